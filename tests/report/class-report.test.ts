// The class report's figures against hand-counted fixtures, and the report as a teacher gets it.
import { describe, expect, it } from 'vitest';
import { forgetActivity, recordAnswer, recordAsk, recordReview } from '../../src/report/activity.js';
import { classReport } from '../../src/report/class-report.js';
import { classReportReply } from '../../src/commands/class-report.js';
import { CONSOLE_PLAYER, knownStudents } from '../../src/report/student-data.js';
import { chronologyQuestions } from '../../src/quiz/chronology.js';
import { CHRONOLOGY_MESSAGES } from '../../src/messages.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';
import { csvField, toCsv } from '../../src/report/csv.js';
import { freshGuildDocument, type GuildDocument } from '../../src/store/schema.js';
import { REPORT_MESSAGES as P, TEACHER_MESSAGES as T } from '../../src/messages.js';
import { readCsv } from '../helpers/csv.js';
import { quizHarness } from '../quiz/harness.js';
import { buildApp } from '../../src/app.js';
import type { CommandContext } from '../../src/commands/types.js';
import { MESSAGES } from '../../src/messages.js';
import type { MatchResult } from '../../src/matching/matcher.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 0, 31, 12);

/**
 * Hand-counted: in the last week, Ann answers nep q1 right and q2 wrong, Ben answers q2 wrong and a
 * collectivisation question right, and Ben asks twice and reviews three cards; 20 days ago Ann got
 * q3 wrong (in the month, not the week).
 */
function fixture(): GuildDocument {
  const doc = freshGuildDocument('g1');
  doc.players.ann = { name: 'Ann', bestStreak: 0, roundsPlayed: 1, roundsWon: 0, lastSeen: new Date(NOW).toISOString() };
  const a = (userId: string, questionId: string, topic: string, correct: boolean, at: number) => recordAnswer(doc, { userId, questionId, topic, correct, at });
  a('ann', 'q1', 'nep', true, NOW - DAY);
  a('ann', 'q2', 'nep', false, NOW - DAY);
  a('ben', 'q2', 'nep', false, NOW - 2 * DAY);
  a('ben', 'c1', 'collectivisation', true, NOW);
  a('ann', 'q3', 'nep', false, NOW - 20 * DAY);
  recordAsk(doc, 'ben', NOW);
  recordAsk(doc, 'ben', NOW - DAY);
  for (let i = 0; i < 3; i++) recordReview(doc, 'ben', NOW);
  doc.missed = [
    { question: 'who was hitler', count: 5, lastAsked: new Date(NOW - 30 * DAY).toISOString() },
    { question: 'what is the capital of france', count: 2, lastAsked: new Date(NOW - DAY).toISOString() },
    { question: 'why nep', count: 9, lastAsked: new Date(NOW).toISOString(), entryId: 'nep-ended' },
  ];
  return doc;
}

describe('the class report', () => {
  it('counts the last week as hand-counted: activity, accuracy per topic weakest first, the most missed', () => {
    const r = classReport(fixture(), 'week', NOW);
    expect(r).toMatchObject({ from: '2025-01-29', to: '2025-01-31', activeStudents: 2, answered: 4, correct: 2, asked: 2, reviewed: 3 });
    expect(r.topics).toEqual([
      { topic: 'nep', answered: 3, correct: 1, accuracy: 1 / 3 },
      { topic: 'collectivisation', answered: 1, correct: 1, accuracy: 1 },
    ]);
    expect(r.mostMissed).toEqual([{ questionId: 'q2', answered: 2, wrong: 2 }]);
    // Only questions nobody's answer was reported against, asked in the week.
    expect(r.unanswered).toEqual([{ question: 'what is the capital of france', count: 2 }]);
    expect(r.students.map((s) => [s.name, s.answered, s.correct, s.asked, s.reviewed])).toEqual([
      ['Ann', 2, 1, 0, 0],
      ['ben', 2, 1, 2, 3],
    ]);
  });

  it('takes in more days for the month and for all time', () => {
    const month = classReport(fixture(), 'month', NOW);
    expect(month).toMatchObject({ from: '2025-01-11', answered: 5, correct: 2 });
    expect(month.mostMissed.map((q) => q.questionId)).toEqual(['q2', 'q3']);
    const all = classReport(fixture(), 'all', NOW);
    expect(all.unanswered.map((m) => m.question)).toEqual(['who was hitler', 'what is the capital of france']);
  });

  it('leaves out the questions the notes answer now, and counts them, when asked to re-check them', () => {
    const answers = (answered: string) => (question: string): MatchResult => ({
      query: question, status: question === answered ? 'answered' : 'unknown', reason: question === answered ? null : 'no-match',
      entry: null, matchedQuestion: null, confidence: 0, suggestions: [], alternatives: [], truncated: false,
    });
    const all = classReport(fixture(), 'all', NOW, answers('who was hitler'));
    expect(all.unanswered.map((m) => m.question)).toEqual(['what is the capital of france']);
    expect(all.nowAnswered).toBe(1);
    // Only those asked in the period are asked again, and counted.
    expect(classReport(fixture(), 'week', NOW, answers('who was hitler')).nowAnswered).toBe(0);
    expect(classReport(fixture(), 'all', NOW).nowAnswered).toBe(0);
  });

  it('agrees with itself after a student is deleted: their answers leave the most missed as they leave the totals', () => {
    const doc = fixture();
    forgetActivity(doc, 'ann');
    const r = classReport(doc, 'month', NOW);
    expect([r.activeStudents, r.answered]).toEqual([1, 2]);
    // Ben's q2 only: Ann's q2, and q3 that only she answered, are gone.
    expect(r.mostMissed).toEqual([{ questionId: 'q2', answered: 1, wrong: 1 }]);
    expect(Object.values(doc.activity).join('\n')).not.toContain('ann');
  });

  it('names at most ten most missed questions', () => {
    const doc = freshGuildDocument('g1');
    for (let i = 1; i <= 12; i++) for (let k = 0; k < i; k++) recordAnswer(doc, { userId: `u${k}`, questionId: `q${i}`, topic: 'nep', correct: false, at: NOW });
    const r = classReport(doc, 'week', NOW);
    expect(r.mostMissed.map((q) => q.questionId)).toEqual(['q12', 'q11', 'q10', 'q9', 'q8', 'q7', 'q6', 'q5', 'q4', 'q3']);
  });
});

describe('the class report of date questions and the console', () => {
  it("names a date question by its prompt and events, never its id, and the console's player as Player 1", async () => {
    const kb = await loadRealKnowledge();
    const first = chronologyQuestions(kb.events, CHRONOLOGY_MESSAGES).find((q) => q.prompt === CHRONOLOGY_MESSAGES.firstPrompt);
    if (!first) throw new Error('no "which first" question');
    const doc = freshGuildDocument('g1');
    const a = (questionId: string) => recordAnswer(doc, { userId: CONSOLE_PLAYER.userId, questionId, topic: 'famine', correct: false, at: NOW });
    a(first.id);
    a('chrono-year-event-living-standards-low-1933');
    // The trial's question, asked before date questions kept to their topic's events: no longer made, still named.
    a('chrono-first-event-living-standards-low-1933');
    const reply = classReportReply(kb, classReport(doc, 'week', NOW));
    const missed = reply.fields?.find((f) => f.name === P.missedField)?.value ?? '';
    expect(missed).not.toContain('chrono-');
    expect(missed).toContain(`Which of these happened first? ${first.choices[0]?.slice(0, 30)}`);
    expect(missed).toContain('In which year did this happen? Living standards in the towns hit');
    expect(missed).toContain('Which of these happened first? Living standards in the towns');
    expect(classReport(doc, 'week', NOW).students.map((s) => s.name)).toEqual([CONSOLE_PLAYER.userName]);
    // The homework report's "not started" and the export list students as knownStudents names them.
    expect(knownStudents(doc).get(CONSOLE_PLAYER.userId)).toBe('Player 1');
  });
});

describe('CSV', () => {
  it('is read back by a spreadsheet as written: quotes, commas, line breaks and names in any script', () => {
    const names = ['Олег "Oleg", Jr.', '张伟', 'Zoë\nNew line', 'محمد', '😀 Emoji'];
    const text = toCsv(['name', 'n'], names.map((n, i) => [n, i]));
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(readCsv(text)).toEqual([['name', 'n'], ...names.map((n, i) => [n, String(i)])]);
  });

  it('keeps a spreadsheet from running a field as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@sum')).toBe("'@sum");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });
});

describe('/tutor report', () => {
  it('gives a teacher the week\'s report privately, with a CSV per student and topic', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 10 });
    // Hand count: question 1, Alice right and Bob wrong; question 2, Alice wrong; question 3, nobody.
    await h.answer('Alice', true);
    await h.answer('Bob', false);
    await h.wait(10_000);
    await h.answer('Alice', false);
    await h.wait(20_000);
    await h.command('Bob', 'ask', { options: { question: 'who won the 1930 world cup' } });

    const report = await h.command('Ms Smith', 'tutor', { subcommand: 'report', options: {} }, { mod: true });
    expect(report.private).toBe(true);
    expect(report.title).toBe(P.title('week'));
    expect(report.body).toBe(P.summary(2, 3, '33%', 1, 0));
    expect(report.fields?.[0]).toEqual({ name: P.topicsField, value: P.topicLine('The New Economic Policy (NEP)', 1 / 3, 1, 3) });
    expect(report.fields?.[1]?.name).toBe(P.missedField);
    expect(report.fields?.[2]).toEqual({ name: P.unansweredField, value: P.unansweredLine('who won the 1930 world cup', 1) });
    const csv = report.attachments?.[0];
    expect(csv?.name).toBe('class-report-week-2025-01-06.csv');
    const rows = readCsv(typeof csv?.content === 'string' ? csv.content : '');
    expect(rows).toEqual([
      ['student_id', 'name', 'topic', 'answered', 'correct', 'percent_correct', 'asked', 'cards_reviewed'],
      ['u-alice', 'Alice', 'The New Economic Policy (NEP)', '2', '1', '50', '', ''],
      ['u-alice', 'Alice', '(all topics)', '2', '1', '50', '0', '0'],
      ['u-bob', 'Bob', 'The New Economic Policy (NEP)', '1', '0', '0', '', ''],
      ['u-bob', 'Bob', '(all topics)', '1', '0', '0', '1', '0'],
    ]);
    expect((await h.command('Bob', 'tutor', { subcommand: 'report', options: {} })).body).toBe(T.needsTeacher);
    expect((await h.command('Ms Smith', 'tutor', { subcommand: 'report', options: { period: 'year' } }, { mod: true })).body).toBe(P.periodUnknown('year'));
  });
});

describe('/tutor report and /tutor missed', () => {
  it('list the same unanswered questions: those the notes answer now are counted, not listed, in both', async () => {
    const store = createMemoryGuildStore();
    const now = new Date(NOW);
    const app = buildApp({ kb: await loadFixtureKnowledge(), store, now: () => now, clock: { now: () => NOW } });
    // Asked when the notes could not answer them; the fixture's notes answer the first now.
    await store.update('g1', (doc) => {
      doc.missed = [
        { question: 'why was the nep brought in', count: 3, lastAsked: new Date(NOW - DAY).toISOString() },
        { question: 'who won the 1930 world cup', count: 1, lastAsked: new Date(NOW - DAY).toISOString() },
      ];
    });
    const teacher: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 't1', userName: 'Ms Smith', canManageServer: true };
    const missed = await app.router.runCommand('tutor', { subcommand: 'missed', options: {} }, teacher);
    expect(missed?.body).toMatch(/^1\. 1× who won the 1930 world cup \(last 2025-01-30\)/);
    expect(missed?.footer).toBe(`${MESSAGES.tutorMissedNowAnswered(1)} ${MESSAGES.tutorMissedDeleteHint}`);
    const report = await app.router.runCommand('tutor', { subcommand: 'report', options: {} }, teacher);
    expect(report?.fields?.find((f) => f.name === P.unansweredField)?.value).toBe(`${P.unansweredLine('who won the 1930 world cup', 1)}\n${MESSAGES.tutorMissedNowAnswered(1)}`);
    await app.shutdown();
  });
});
