// /practice's handlers, called directly, and in the console: a question set privately; the answer taken
// as the lines up to /done; a stale question; no history kept from a direct message; /stats shows a
// student their own practice and no one else's.
import { describe, expect, it } from 'vitest';
import { consoleTranscript } from '../helpers/console-session.js';
import { buildApp } from '../../src/app.js';
import type { CommandContext, Reply, ReplyForm } from '../../src/commands/types.js';
import { modelAnswerReply } from '../../src/commands/practice-view.js';
import { PRACTICE_MESSAGES as P, REVIEW_MESSAGES } from '../../src/messages.js';
import { FakeTime } from '../fakes/time.js';
import { loadFixtureKnowledge, loadRealKnowledge } from '../helpers/knowledge.js';

const ctx = (over: Partial<CommandContext> = {}): CommandContext => ({ guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Ann', canManageServer: false, ...over });
/** A describe answer with a wrong fact (the NEP was Lenin's) beside two features made well. */
const WRONG_NEP =
  'Stalin introduced the NEP in 1921 to end War Communism. Small businesses and traders could trade privately for profit again, so markets came back. ' +
  'Requisitioning ended and the peasants paid a grain tax instead, so they could sell their surplus.';
const GOOD = 'Lenin introduced the NEP because War Communism had ruined the economy, so output collapsed. The Kronstadt sailors rebelled in 1921, which showed that loyal supporters had turned against the regime.';

async function setUp() {
  const time = new FakeTime();
  const app = buildApp({ kb: await loadFixtureKnowledge(), clock: time, scheduler: time, random: () => 0 });
  const ask = async (options: Record<string, string>, c = ctx()) => (await app.router.runCommand('practice', { options }, c)) as Reply;
  const answerOf = (reply: Reply) => reply.buttons?.find((b) => b.label === P.answerButton)?.action ?? '';
  const submit = async (reply: Reply, answer: string, c = ctx()) => (await app.router.runSubmit(answerOf(reply), { answer }, c)) as Reply;
  return { app, time, ask, answerOf, submit };
}

describe('/practice', () => {
  it('sets a question privately with its marks and time guide, and opens a form for the answer', async () => {
    const { app, ask, answerOf } = await setUp();
    const reply = await ask({ topic: 'nep', kind: 'describe' });
    expect(reply).toMatchObject({ private: true, title: P.questionTitle('Describe', 4) });
    expect(reply.fields).toEqual(expect.arrayContaining([{ name: P.fieldMarks, value: '4', inline: true }, { name: P.fieldTime, value: '5 minutes', inline: true }]));
    const form = app.router.form(answerOf(reply), ctx()) as ReplyForm;
    expect(form.fields).toEqual([expect.objectContaining({ id: 'answer', long: true, maxLength: 4000 })]);
  });

  it('reads a kind of question as students name it, and says so when a typed kind names none', async () => {
    const { ask } = await setUp();
    expect((await ask({ topic: 'nep', kind: 'agree' })).title).toMatch(/^Practice: How far do you agree/);
    expect((await ask({ topic: 'nep', kind: 'explain-why' })).title).toMatch(/^Practice: Explain why/);
    const unknown = await ask({ topic: 'nep', kind: 'poem' });
    expect(unknown).toMatchObject({ private: true, tone: 'error' });
    expect(unknown.body).toContain('"poem"');
    expect(unknown.body).toContain('How far do you agree');
  });

  it('reads exam wording for marks as the kinds worth them ("/practice famine 8 mark", a Year-10 trial), and lists each kind\'s marks for marks none is worth', async () => {
    const { ask } = await setUp();
    for (const kind of ['8 mark', '8 marks', 'an 8 marker', '8-marker']) expect((await ask({ topic: 'nep', kind })).title, kind).toBe(P.questionTitle('Explain why', 8));
    expect((await ask({ topic: 'nep', kind: '4 marker' })).title).toBe(P.questionTitle('Describe', 4));
    expect((await ask({ topic: 'nep', kind: '12 mark question' })).title).toBe(P.questionTitle('How far do you agree', 12));
    const none = await ask({ topic: 'nep', kind: '5 mark' });
    expect(none).toMatchObject({ private: true, tone: 'error' });
    expect(none.body).toContain(P.kindWithMarks('Describe', [4]));
    expect(none.body).toContain(P.kindWithMarks('Explain why', [8]));
  });

  it('takes marks typed after the topic in the console as the kind', async () => {
    const out = await consoleTranscript(buildApp({ kb: await loadFixtureKnowledge(), random: () => 0 }), ['/practice nep 8 mark', '/cancel', '/practice new economic policy 4 marks', '/cancel', '/quit']);
    expect(out).toContain(`== ${P.questionTitle('Explain why', 8)} ==`);
    expect(out).toContain(`== ${P.questionTitle('Describe', 4)} ==`);
    expect(out).not.toContain('There is no kind of question');
  });

  it('marks a submitted answer, and keeps it for /stats, which shows it to the student only', async () => {
    const { app, ask, submit } = await setUp();
    const feedback = await submit(await ask({ topic: 'nep', kind: 'explain' }), GOOD);
    expect(feedback.private).toBe(true);
    expect(feedback.title).toMatch(/^\d\/8 marks · level \d of 4$/);
    expect(feedback.footer).toBe(P.guide);
    expect(feedback.buttons?.map((b) => b.action)).toContain('ask:nep-why-introduced');
    const mine = (await app.router.runCommand('stats', { options: {} }, ctx())) as Reply;
    expect(`${mine.body}\n${JSON.stringify(mine.fields)}`).toContain('The New Economic Policy (NEP): 1 answered');
    const theirs = (await app.router.runCommand('stats', { options: { user: 'u1' } }, ctx({ userId: 'u2' }))) as Reply;
    expect(JSON.stringify(theirs)).not.toContain(P.statsTitle);
  });

  it('lists a topic\'s latest marks in /stats newest first', async () => {
    const { app, ask, submit } = await setUp();
    const first = (await submit(await ask({ topic: 'nep', kind: 'explain' }), GOOD)).title ?? '';
    const second = (await submit(await ask({ topic: 'nep', kind: 'explain' }), 'War Communism had ruined the economy, so Lenin brought in the NEP.')).title ?? '';
    const mark = (title: string) => /^(\d+\/\d+)/.exec(title)?.[1] ?? '?';
    expect(mark(first)).not.toBe(mark(second));
    const mine = (await app.router.runCommand('stats', { options: {} }, ctx())) as Reply;
    expect(`${mine.body}\n${JSON.stringify(mine.fields)}`).toContain(`latest ${mark(second)}, ${mark(first)}`);
  });

  it('says an answer to a question set more than an hour before is late, and marks it', async () => {
    const { ask, submit, time } = await setUp();
    const question = await ask({ topic: 'nep', kind: 'explain' });
    await time.advance(59 * 60 * 1000);
    expect((await submit(question, GOOD)).body).not.toContain(P.late);
    await time.advance(2 * 60 * 1000);
    const late = await submit(question, GOOD);
    expect(late.body).toContain(P.late);
    expect(late.title).toMatch(/marks/);
  });

  it('says a question no longer in the notes is stale, for its buttons and its answers', async () => {
    const { app } = await setUp();
    expect(app.router.form('practice:answer:gone:abc', ctx())).toMatchObject({ body: P.stale });
    expect(await app.router.runSubmit('practice:answer:gone:abc', { answer: GOOD }, ctx())).toMatchObject({ body: P.stale });
    expect(await app.router.runAction('practice:model:gone', ctx())).toMatchObject({ body: P.stale });
  });

  it('puts each point an answer missed into the student\'s review deck, as the entry that teaches it', async () => {
    const { app, ask, submit } = await setUp();
    expect((await app.router.runCommand('review', { options: {} }, ctx()))?.body).toBe(REVIEW_MESSAGES.emptyDeck);
    const feedback = await submit(await ask({ topic: 'nep', kind: 'explain' }), 'The NEP came in because War Communism had ruined the economy and output collapsed badly everywhere.');
    expect(feedback.title).toMatch(/marks/);
    const card = await app.router.runCommand('review', { options: {} }, ctx());
    expect(card?.body).not.toBe(REVIEW_MESSAGES.emptyDeck);
    expect(card?.body).toMatch(/\*\*.+\?\*\*/);
  });

  it('puts at most two missed points of one answer into the deck, so a few answers do not bury the student in cards', async () => {
    const time = new FakeTime();
    const app = buildApp({ kb: await loadRealKnowledge(), clock: time, scheduler: time, random: () => 0 });
    const question = (await app.router.runCommand('practice', { options: { topic: 'terror-assessment', kind: 'how-far' } }, ctx())) as Reply;
    const action = question.buttons?.find((b) => b.label === P.answerButton)?.action ?? '';
    const feedback = (await app.router.runSubmit(action, { answer: 'Stalin was responsible for the Terror because he signed the lists of people to be shot.' }, ctx())) as Reply;
    expect(feedback.title).toMatch(/marks/);
    const card = await app.router.runCommand('review', { options: {} }, ctx());
    expect(card?.footer).toBe(REVIEW_MESSAGES.cardFooter(2));
    await app.shutdown();
  });

  it('keeps no history from a direct message', async () => {
    const { app, ask, submit } = await setUp();
    await submit(await ask({ topic: 'nep', kind: 'explain' }, ctx({ guildId: null })), GOOD, ctx({ guildId: null }));
    expect(await app.router.runCommand('stats', { options: {} }, ctx())).toMatchObject({ body: expect.not.stringContaining('answered') });
  });

  it('gives an empty and a five-word answer a clear reply, and no mark', async () => {
    const { ask, submit } = await setUp();
    const question = await ask({ topic: 'nep', kind: 'explain' });
    expect((await submit(question, ' ')).body).toContain(P.empty);
    expect((await submit(question, 'the economy was ruined badly')).body).toContain(P.tooShort(5));
  });

  it('says an answer on another part of the course does not answer this question, and what the question asks, not that it is off the course (a dyslexic student\'s trial)', async () => {
    const time = new FakeTime();
    const app = buildApp({ kb: await loadRealKnowledge(), clock: time, scheduler: time, random: () => 0 });
    const question = app.kb.practice.find((q) => q.id === 'pq-great-terror-explain-confess');
    if (!question) throw new Error('no question on the confessions');
    const whyTheTerror =
      'Stalin started the Terror because he was paranoid and thought everyone was plotting against him, especially after Kirov was killed in 1934.\n' +
      'He wanted to get rid of the Old Bolsheviks like Zinoviev, Kamenev and Bukharin who could be rivals so he had show trials.\n' +
      'He also purged the Red Army because he was scared of a coup by Tukhachevsky.\n' +
      'The Terror also gave him scapegoats to blame for the problems with the Five-Year Plans.';
    const action = `practice:answer:${question.id}:${time.now().toString(36)}`;
    const feedback = (await app.router.runSubmit(action, { answer: whyTheTerror }, ctx())) as Reply;
    expect(feedback.title).toBe(P.nothingTitle(8));
    expect(feedback.body).toContain(P.offTopic(null, question.prompt));
    expect(feedback.body).toContain('The question asks: “Explain why the defendants at the show trials confessed to crimes they had not committed.”');
    expect(feedback.body).not.toContain('course');
  });

  it('asks the student to check a wrong fact, quoting it with the point it gets wrong, and keeps the answer off the top level', async () => {
    const { ask, submit } = await setUp();
    const feedback = await submit(await ask({ topic: 'nep', kind: 'describe' }), WRONG_NEP);
    expect(feedback.body).toContain(P.wrongNote(false));
    expect(feedback.fields?.[0]).toEqual({ name: P.wrongField, value: P.wrongLine('Stalin introduced the NEP in 1921 to end War Communism.', 'Grain requisitioning was replaced by a tax in kind.') });
    expect(feedback.title).toMatch(/ · level 1 of 2$/);
  });

  it('says so when a topic has no questions of the kind asked for', async () => {
    const { ask } = await setUp();
    expect((await ask({ topic: 'nep', kind: 'account' })).body).toBe(P.noKindQuestions('Write an account', 'The New Economic Policy (NEP)'));
  });
});

describe('/practice on historians\' views', () => {
  it('"interpretation", "historians" or "historiography" as the kind sets a question on historians\' views, in the topic given', async () => {
    const app = buildApp({ kb: await loadRealKnowledge(), random: () => 0 });
    const ask = async (options: Record<string, string>) => (await app.router.runCommand('practice', { options }, ctx())) as Reply;
    for (const kind of ['interpretation', 'interpretations', 'historians', 'historiography']) {
      const reply = await ask({ topic: 'terror-assessment', kind });
      expect(reply.body, kind).toContain('The Great Terror was planned and directed by Stalin');
    }
    expect((await ask({ kind: 'historians' })).body).toMatch(/historians/i);
    const none = await ask({ topic: 'nep', kind: 'interpretation' });
    expect(none.body).toContain("There is no question on historians' views on");
    expect(none.body).toContain('Why the Terror happened, and its impact');
  }, 60_000);
});

describe('/practice model answers', () => {
  it('plan the effects a "how … affected" question asks for, and the causes an "Explain why" asks for (a Year-12 student trial)', async () => {
    const kb = await loadRealKnowledge();
    const plan = (id: string) => {
      const q = kb.practice.find((p) => p.id === id);
      if (!q) throw new Error(id);
      return modelAnswerReply(kb, q).body;
    };
    const effects = plan('pq-terror-assessment-explain-effects');
    expect(effects).toContain('Explain how the Terror affected the USSR by 1941.');
    expect(effects).toMatch(/Explain \d or more effects/);
    expect(effects).not.toContain('causes');
    expect(plan('pq-collectivisation-explain-why')).toMatch(/Explain \d or more causes/);
  }, 60_000);
});

describe('/practice in the console', () => {
  it('prints the question, takes the lines up to /done as the answer, and marks it', async () => {
    const app = buildApp({ kb: await loadFixtureKnowledge() });
    const text = await consoleTranscript(app, ['/practice nep', 'Lenin introduced the NEP because War Communism had ruined the economy,', 'so output collapsed.', '', 'The Kronstadt sailors rebelled in 1921.', '/done', '/quit']);
    expect(text).toContain('a line /done hands it in');
    expect(text).toMatch(/== \d\/\d+ marks · level \d of \d+ ==/);
    expect(text).toContain(P.guide);
  });

  it('shows a wrong fact to check, as Discord does', async () => {
    const app = buildApp({ kb: await loadFixtureKnowledge() });
    const text = await consoleTranscript(app, ['/practice nep describe', WRONG_NEP, '/done', '/quit']);
    expect(text).toContain(P.wrongField);
    expect(text).toContain(P.wrongLine('Stalin introduced the NEP in 1921 to end War Communism.', 'Grain requisitioning was replaced by a tax in kind.'));
  });

  it('reads the words after /practice as a topic and a trailing kind, and a kind alone as the kind (a Year-12 student trial)', async () => {
    const app = buildApp({ kb: await loadRealKnowledge(), random: () => 0 });
    const lines = ['/practice great terror interpretation', '/cancel', '/practice interpretation', '/cancel', '/practice collectivisation how far', '/cancel', '/practice end of nep', '/cancel', '/quit'];
    const text = await consoleTranscript(app, lines);
    // The Great Terror has no question on historians' views: the Terror's own, under a near topic, is set and said to be
    // (an A-level student's trial, item 16), not one of the grain crisis ("great" alone).
    expect(text).toContain(P.nearTopic('The Great Terror: show trials and purges', 'Why the Terror happened, and its impact'));
    expect(text).toContain('The Great Terror was planned and directed by Stalin');
    expect(text).not.toContain('The grain crisis and the end of the NEP yet');
    expect(text).toContain('How far do historians agree with this view?');
    expect(text).toContain('How far do you agree');
    expect(text).toMatch(/collectivisation/i);
    expect(text).toContain('Stalin ended the NEP');
    expect(text).not.toContain('There is no kind of question called');
  }, 60_000);

  it('lets a student drop an answer with /cancel', async () => {
    const app = buildApp({ kb: await loadFixtureKnowledge() });
    const text = await consoleTranscript(app, ['/practice nep', 'half an answer', '/cancel', '/quit']);
    expect(text).toContain(P.consoleCancelled);
    expect(text).not.toMatch(/marks · level/);
  });

  it('says there is nothing to cancel (or hand in) when no answer is being written, not that /cancel is no command', async () => {
    const app = buildApp({ kb: await loadFixtureKnowledge() });
    const text = await consoleTranscript(app, ['/cancel', '/practice nep', 'half an answer', '/cancel', '/cancel', '/done', '/quit']);
    expect(text.split(P.consoleNothingToCancel).length - 1).toBe(2);
    expect(text).toContain(P.consoleNothingToHandIn);
    expect(text).not.toContain('There is no /cancel command');
  });
});
