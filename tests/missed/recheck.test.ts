// Asking the teacher's lists again of the notes as they are now: what stays listed, and a "Not what I asked"
// report on a follow-up, which is read again with the answer it followed.
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { CommandContext } from '../../src/commands/types.js';
import type { AnswerEntry } from '../../src/knowledge/answerable.js';
import type { MatchResult } from '../../src/matching/matcher.js';
import { MESSAGES } from '../../src/messages.js';
import { createInMemoryMissedQuestions, type MissedQuestion } from '../../src/missed/missed-questions.js';
import { recheckMissed } from '../../src/missed/recheck.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

const at = '2026-03-02T10:00:00.000Z';
const result = (status: MatchResult['status'], entryId?: string): MatchResult => ({
  query: 'q', status, reason: status === 'unknown' ? 'no-match' : null, entry: entryId ? ({ id: entryId } as AnswerEntry) : null,
  matchedQuestion: null, confidence: 0, suggestions: [], alternatives: [], truncated: false,
});

describe('re-checking the missed questions', () => {
  const notAnswered: MissedQuestion = { question: 'who painted guernica', count: 1, lastAsked: at };
  const flagged: MissedQuestion = { question: 'why nep', count: 2, lastAsked: at, entryId: 'nep-ended' };

  it('drops a question not answered once the notes answer it, and keeps it while they refuse or are unsure', () => {
    expect(recheckMissed([notAnswered], () => result('answered', 'x')).still).toEqual([]);
    expect(recheckMissed([notAnswered], () => result('unknown')).still).toEqual([notAnswered]);
    expect(recheckMissed([notAnswered], () => result('unsure', 'x')).still).toEqual([notAnswered]);
  });

  it('keeps a flagged answer until the notes answer the question with another entry', () => {
    expect(recheckMissed([flagged], () => result('answered', 'nep-ended'))).toMatchObject({ still: [flagged], nowAnswered: 0 });
    // The student's report is about the answer they got: a refusal or a doubt now does not make it answered.
    expect(recheckMissed([flagged], () => result('unknown')).still).toEqual([flagged]);
    expect(recheckMissed([flagged], () => result('unsure', 'nep-features')).still).toEqual([flagged]);
    expect(recheckMissed([flagged], () => result('answered', 'nep-why-introduced'))).toMatchObject({ still: [], nowAnswered: 1 });
  });

  it('asks a follow-up again with the answer it followed', () => {
    const asked: [string, string | undefined][] = [];
    recheckMissed([{ ...flagged, after: 'nep-features' }, notAnswered], (question, after) => {
      asked.push([question, after]);
      return result('unknown');
    });
    expect(asked).toEqual([
      ['why nep', 'nep-features'],
      ['who painted guernica', undefined],
    ]);
  });
});

describe('"Not what I asked" on a follow-up', () => {
  it('stays on /missed and /tutor missed, named as a follow-up, though the question alone is answered otherwise', async () => {
    const kb = await loadRealKnowledge();
    const missed = createInMemoryMissedQuestions();
    const app = buildApp({ kb, missed, now: () => new Date(at) });
    const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Alice', canManageServer: false };
    const ask = (question: string) => app.router.runCommand('ask', { options: { question } }, ctx);
    const first = await ask('who was tukhachevsky');
    const followUp = await ask('why was he killed');
    expect(followUp?.body).toContain(MESSAGES.askFollowUp(first?.title ?? ''));
    const flag = followUp?.buttons?.find((b) => b.label === MESSAGES.askFeedbackButton)?.action ?? '';
    expect(await app.router.runAction(flag, ctx)).toMatchObject({ body: MESSAGES.askFeedbackThanks });
    // Asked alone, the question gets another entry (Kirov's murder): re-checked so, the report would vanish.
    const alone = app.matcher.match('why was he killed');
    expect(alone.status).toBe('answered');
    expect(alone.entry?.question).not.toBe(followUp?.title);

    const line = `1. 1× why was he killed ${MESSAGES.tutorMissedFollowUp(first?.title ?? '')} (last 2026-03-02) ${MESSAGES.tutorMissedWrongAnswer(followUp?.title ?? '')}`;
    const teacher = { ...ctx, canManageServer: true };
    const listed = await app.router.runCommand('missed', { options: {} }, { ...teacher, surface: 'console' });
    expect(listed?.body).toBe(line);
    expect(listed?.footer).toBe(MESSAGES.tutorMissedDeleteHint);
    expect((await app.router.runCommand('tutor', { subcommand: 'missed', options: {} }, teacher))?.body).toBe(line);
    await app.shutdown();
  });
});
