// /tutor's handlers, called directly (no Discord): the Manage Server check, the missed list, the reset
// confirmation (and its expiry) and the fairness switch. (The e2e tests run them through Discord.)
import { describe, expect, it } from 'vitest';
import { MISSED_DEFAULTS } from '../../src/commands/missed.js';
import { createTutorAction, createTutorCommand, TUTOR_DEFAULTS, type TutorDeps } from '../../src/commands/tutor.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import { MESSAGES } from '../../src/messages.js';
import type { MatchResult } from '../../src/matching/matcher.js';
import { createLeaderboardService } from '../../src/leaderboard/service.js';
import { createInMemoryMissedQuestions } from '../../src/missed/missed-questions.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';

const teacher: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 't1', userName: 'Ms Smith', canManageServer: true };
const student: CommandContext = { ...teacher, userId: 's1', userName: 'Sam', canManageServer: false };

/** The fact base as the matcher sees it: only the questions in `answerable` have an answer. */
function fakeMatcher(answerable: ReadonlySet<string>) {
  return {
    match: (question: string): MatchResult => ({
      query: question, status: answerable.has(question) ? 'answered' : 'unknown', reason: answerable.has(question) ? null : 'no-match',
      entry: null, matchedQuestion: null, confidence: 0, suggestions: [], alternatives: [], truncated: false,
    }),
    entry: () => undefined,
  };
}

function setup(answerable: ReadonlySet<string> = new Set()) {
  let now = Date.UTC(2025, 0, 6, 9);
  const calls: string[] = [];
  const missed = createInMemoryMissedQuestions();
  const service = createLeaderboardService({ store: createMemoryGuildStore(), clock: { now: () => now } });
  const deps: TutorDeps = {
    missed,
    matcher: fakeMatcher(answerable),
    kb: { topics: [] },
    leaderboard: {
      async resetOnce(guildId, since) {
        const reset = await service.resetOnce(guildId, since);
        if (reset) calls.push(`reset ${guildId}`);
        return reset;
      },
      resetSince: (guildId, since) => service.resetSince(guildId, since),
      async setFlatScoring(guildId, on) {
        calls.push(`flat ${guildId} ${on}`);
        await service.setFlatScoring(guildId, on);
      },
      flatScoring: (guildId) => service.flatScoring(guildId),
      document: (guildId) => service.document(guildId),
      quizLevel: (guildId) => service.quizLevel(guildId),
      setQuizLevel: (guildId, level) => service.setQuizLevel(guildId, level),
      examBoard: (guildId) => service.examBoard(guildId),
      setExamBoard: (guildId, board) => service.setExamBoard(guildId, board),
    },
    retention: {
      async setRetention(guildId, days) {
        calls.push(`retention ${guildId} ${days}`);
      },
      periodOf: async () => ({ days: 365, ownSetting: false }),
      defaultDays: 365,
    },
    async forgetStudent(guildId, userId) {
      calls.push(`forget ${guildId} ${userId}`);
      return true;
    },
    now: () => new Date(now),
  };
  return { command: createTutorCommand(deps), action: createTutorAction(deps), calls, missed, advance: (ms: number) => (now += ms) };
}

const run = async (t: ReturnType<typeof setup>, subcommand: string, ctx: CommandContext, options: Record<string, string> = {}): Promise<Reply> =>
  t.command.run({ subcommand, options }, ctx);

describe('/tutor', () => {
  it('refuses anyone without Manage Server, and direct messages, privately', async () => {
    const t = setup();
    for (const sub of ['missed', 'reset-leaderboard', 'fairness', 'level']) {
      expect(await run(t, sub, student, { mode: 'on' })).toMatchObject({ body: MESSAGES.needsManageServer, private: true });
      expect(await run(t, sub, { ...teacher, guildId: null }, { mode: 'on' })).toMatchObject({ body: MESSAGES.tutorServerOnly, private: true });
    }
    expect(t.calls).toEqual([]);
  });

  it('lists the unanswered questions of this server, most asked first, the first 20', async () => {
    const t = setup();
    expect(await run(t, 'missed', teacher)).toMatchObject({ body: MESSAGES.tutorMissedNone, private: true });
    const at = new Date(Date.UTC(2025, 0, 6));
    for (let i = 0; i < 25; i++) await t.missed.record('g1', `question number ${i}`, at);
    await t.missed.record('g1', 'question number 7', at);
    await t.missed.record('other', 'elsewhere', at);
    const reply = await run(t, 'missed', teacher);
    const lines = reply.body.split('\n');
    expect(lines).toHaveLength(MISSED_DEFAULTS.shown);
    expect(lines[0]).toBe('1. 2× question number 7 (last 2025-01-06)');
    expect(lines[19]).toMatch(/^20\. 1× question number/);
    expect(reply.body).not.toContain('elsewhere');
    expect(reply.footer).toBe(`${MESSAGES.tutorMissedMore(20, 25)} ${MESSAGES.tutorMissedDeleteHint}`);
  });

  it('shows each question the way the surface asking shows typed text (escaped on Discord)', async () => {
    const t = setup();
    await t.missed.record('g1', 'who were the *kulaks*', new Date(Date.UTC(2025, 0, 6)));
    expect((await run(t, 'missed', teacher)).body).toBe('1. 1× who were the *kulaks* (last 2025-01-06)');
    const discord = { ...teacher, showTyped: (typed: string) => typed.replaceAll('*', '\\*') };
    expect((await run(t, 'missed', discord)).body).toBe('1. 1× who were the \\*kulaks\\* (last 2025-01-06)');
  });

  it('leaves out the questions the notes answer now, and says how many', async () => {
    const t = setup(new Set(['what was the nep', 'who was bukharin']));
    const at = new Date(Date.UTC(2025, 0, 6));
    for (const q of ['what was the nep', 'who was bukharin', 'what was the nep', 'who painted guernica']) await t.missed.record('g1', q, at);
    const reply = await run(t, 'missed', teacher);
    expect(reply.body).toBe('1. 1× who painted guernica (last 2025-01-06)');
    expect(reply.footer).toBe(`${MESSAGES.tutorMissedNowAnswered(2)} ${MESSAGES.tutorMissedDeleteHint}`);

    const allAnswered = setup(new Set(['what was the nep']));
    await allAnswered.missed.record('g1', 'what was the nep', at);
    expect(await run(allAnswered, 'missed', teacher)).toMatchObject({ body: MESSAGES.tutorMissedNowAnswered(1), private: true });
  });

  it('resets the leaderboard only when the confirmation is pressed in time', async () => {
    const t = setup();
    const prompt = await run(t, 'reset-leaderboard', teacher);
    expect(prompt).toMatchObject({ title: MESSAGES.tutorResetTitle, private: true });
    const [confirm, cancel] = prompt.buttons ?? [];
    expect(t.calls).toEqual([]);

    const press = (action: string | undefined, ctx: CommandContext) => t.action.run((action ?? '').split(':').slice(1), ctx);
    // Each outcome takes the prompt's place (its buttons gone), so nothing can be pressed after it.
    const cancelled = await press(cancel?.action, teacher);
    expect(cancelled).toMatchObject({ body: MESSAGES.tutorResetCancelled, update: true });
    expect(cancelled.buttons ?? []).toEqual([]);
    expect(await press(confirm?.action, student)).toMatchObject({ body: MESSAGES.needsManageServer });
    expect(t.calls).toEqual([]);
    expect(await press(confirm?.action, teacher)).toMatchObject({ body: MESSAGES.tutorResetDone, tone: 'success', update: true });
    expect(t.calls).toEqual(['reset g1']);

    // A second Yes, or a Cancel, that arrives before the prompt was replaced: nothing more is reset, and
    // the Cancel does not claim the leaderboard is unchanged.
    t.advance(1000);
    expect(await press(confirm?.action, teacher)).toMatchObject({ body: MESSAGES.tutorResetAlready, update: true });
    expect(await press(cancel?.action, teacher)).toMatchObject({ body: MESSAGES.tutorResetAlready, update: true });
    expect(t.calls).toEqual(['reset g1']);
    // A new prompt can reset again.
    const again = (await run(t, 'reset-leaderboard', teacher)).buttons?.[0];
    expect(await press(again?.action, teacher)).toMatchObject({ body: MESSAGES.tutorResetDone });
    expect(t.calls).toEqual(['reset g1', 'reset g1']);

    t.advance(TUTOR_DEFAULTS.resetConfirmMs + 1);
    expect(await press(confirm?.action, teacher)).toMatchObject({ body: MESSAGES.tutorResetExpired, update: true });
    expect(await t.action.run(['nonsense'], teacher)).toMatchObject({ body: MESSAGES.unknownAction });
    expect(t.calls).toEqual(['reset g1', 'reset g1']);
  });

  it('switches fair scoring on and off', async () => {
    const t = setup();
    expect(await run(t, 'fairness', teacher, { mode: 'on' })).toMatchObject({ body: MESSAGES.tutorFairnessOn });
    expect(await run(t, 'fairness', teacher, { mode: 'OFF' })).toMatchObject({ body: MESSAGES.tutorFairnessOff });
    expect(await run(t, 'fairness', teacher, { mode: 'maybe' })).toMatchObject({ body: `${MESSAGES.tutorFairnessChoose}. ${MESSAGES.tutorFairnessNow(false)}`, tone: 'error' });
    expect(t.calls).toEqual(['flat g1 true', 'flat g1 false']);
  });

  it('says the fairness and class level as they are when asked with no option, as /tutor timezone does', async () => {
    const t = setup();
    expect(await run(t, 'fairness', teacher)).toMatchObject({ body: `${MESSAGES.tutorFairnessNow(false)} ${MESSAGES.tutorFairnessChange(false)}`, private: true, tone: 'info' });
    expect(await run(t, 'level', teacher)).toMatchObject({ body: `${MESSAGES.tutorLevelNow(null)} ${MESSAGES.tutorLevelChange}`, private: true, tone: 'info' });
    await run(t, 'fairness', teacher, { mode: 'on' });
    await run(t, 'level', teacher, { class: 'gcse' });
    expect((await run(t, 'fairness', teacher)).body).toBe(`${MESSAGES.tutorFairnessNow(true)} ${MESSAGES.tutorFairnessChange(true)}`);
    expect((await run(t, 'level', teacher)).body).toBe(`${MESSAGES.tutorLevelNow('gcse')} ${MESSAGES.tutorLevelChange}`);
    expect(MESSAGES.tutorFairnessNow(true)).toMatch(/^Fair scoring is on here/);
    expect(MESSAGES.tutorLevelNow('gcse')).toMatch(/^Quiz rounds here are for a GCSE class/);
    // Asking changes nothing.
    expect(t.calls).toEqual(['flat g1 true']);
  });
});
