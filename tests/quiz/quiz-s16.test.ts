// Slips two blind trials found in rounds and the class report (session 16): `/quiz stop` typed while a question was
// open gave "3 of 4 right (1 not answered)" for a question nobody had the chance to answer; the teacher's /tutor
// report counted the teacher, who had played a round and done a homework to see them, as one of "4 students".
import { describe, expect, it } from 'vitest';
import { QUIZ_MESSAGES as Q, REPORT_MESSAGES as P, REVIEW_MESSAGES as R } from '../../src/messages.js';
import { recordAnswer } from '../../src/report/activity.js';
import { classReport, teachersKnown } from '../../src/report/class-report.js';
import { freshGuildDocument } from '../../src/store/schema.js';
import { quizHarness, START, textOf } from './harness.js';

const SECOND = 1000;

describe('a round stopped while a question is open', () => {
  it('does not count that question against a player who had not answered it yet', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 5, seconds: 20 });
    await h.answer('Alice', true);
    await h.answer('Bob', true);
    await h.wait(20 * SECOND);
    // Question 2 is open: Alice answers it, Bob has not yet when Alice stops the round.
    await h.answer('Alice', true);
    await h.stop('Alice');
    const end = textOf(h.postsTitled('Quiz over')[0]);
    expect(end).toContain(Q.endReason.stopped);
    expect(end).toContain('Bob, 1,000 points, 1 of 1 right');
    expect(end).not.toContain('not answered');
    expect(end).toContain('Alice, 2,100 points, 2 of 2 right');
  });

  it('leaves a question nobody had answered out of the round: "1 of 1 right", and no review card for it', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 5, seconds: 20 });
    await h.answer('Alice', true);
    await h.wait(20 * SECOND);
    expect(h.postsTitled('Question 2')).toHaveLength(1);
    await h.stop('Alice');
    // Before: "1st: Alice, 1,000 points, 1 of 2 right (1 not answered)".
    expect(textOf(h.postsTitled('Quiz over')[0])).toContain(`Everyone: ${Q.standing(1, 'Alice', '1,000', 1, 1)}`);
    // Question 2 was not hers to get wrong: her review deck stays empty (question 1 she got right).
    expect((await h.command('Alice', 'review', {})).body).toContain(R.emptyDeck);
  });

  it('still counts a question that ran its time out before the stop', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 5, seconds: 20 });
    await h.answer('Alice', true);
    await h.wait(20 * SECOND);
    await h.wait(20 * SECOND);
    await h.stop('Alice');
    expect(textOf(h.postsTitled('Quiz over')[0])).toContain(Q.standing(1, 'Alice', '1,000', 1, 1, 1));
  });
});

describe('the class report and the teacher', () => {
  it('leaves out a teacher who played a round and set a homework: 2 students, not 3', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 10 });
    await h.answer('Alice', true);
    await h.answer('Bob', false);
    await h.answer('Ms Smith', false);
    await h.stop('Alice');
    await h.command('Ms Smith', 'tutor', { group: 'homework', subcommand: 'set', options: { topic: 'nep', due: '2030-01-10T09:00', questions: 3 } }, { mod: true });
    // Another teacher reads it: Ms Smith is known as a teacher by the homework she set.
    const report = await h.command('Mr Jones', 'tutor', { subcommand: 'report', options: {} }, { mod: true });
    expect(report.body).toBe(P.summary(2, 2, '50%', 0, 0));
    expect(report.fields?.[0]).toEqual({ name: P.topicsField, value: P.topicLine('The New Economic Policy (NEP)', 1 / 2, 1, 2) });
    const csv = report.attachments?.[0]?.content;
    expect(typeof csv === 'string' ? csv : '').not.toContain('Ms Smith');
  });

  it('leaves out the teacher reading it on Discord, but not whoever types it at the console, where anyone may', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 10 });
    await h.answer('Alice', true);
    await h.answer('Mr Jones', false);
    await h.stop('Alice');
    expect((await h.command('Mr Jones', 'tutor', { subcommand: 'report', options: {} }, { mod: true })).body).toBe(P.summary(1, 1, '100%', 0, 0));
    const atConsole = await h.app.router.runCommand('tutor', { subcommand: 'report', options: {} }, { ...h.ctx('Mr Jones', { mod: true }), surface: 'console' });
    expect(atConsole?.body).toBe(P.summary(2, 2, '50%', 0, 0));
  });

  it('takes the teachers out of the most missed too, and keeps a teacher trying it alone', () => {
    const doc = freshGuildDocument('g1');
    recordAnswer(doc, { userId: 'ann', questionId: 'q1', topic: 'nep', correct: true, at: START });
    recordAnswer(doc, { userId: 't1', questionId: 'q1', topic: 'nep', correct: false, at: START });
    recordAnswer(doc, { userId: 't1', questionId: 'q2', topic: 'nep', correct: false, at: START });
    const teachers = teachersKnown(doc, 't1');
    const r = classReport(doc, 'week', START, undefined, teachers);
    expect(r).toMatchObject({ activeStudents: 1, answered: 1, correct: 1, mostMissed: [] });
    expect(r.students.map((s) => s.userId)).toEqual(['ann']);
    // Without the class, the teacher's own figures: the report is not empty for one trying the tutor alone.
    const alone = freshGuildDocument('g1');
    recordAnswer(alone, { userId: 't1', questionId: 'q1', topic: 'nep', correct: false, at: START });
    expect(classReport(alone, 'week', START, undefined, teachersKnown(alone, 't1'))).toMatchObject({ activeStudents: 1, answered: 1 });
  });
});
