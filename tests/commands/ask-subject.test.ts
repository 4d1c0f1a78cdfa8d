// What an A-level student asks of a subject (src/commands/ask-subject.ts), as the A-level trial asked it: "…what do
// historians say", "give me a counter-argument", "what's the evidence?", "which one is more convincing?", "which
// historian says that?", "give me an essay plan for that", "…? Give me the figures". Each is answered on the subject
// of the question before it (in the same message or the last answer), never with an entry on something else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app.js';
import type { CommandContext } from '../../src/commands/types.js';
import { ASK_SUBJECT_MESSAGES, MESSAGES } from '../../src/messages.js';
import { createInMemoryMissedQuestions, type MissedQuestions } from '../../src/missed/missed-questions.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let app: App;
let missed: MissedQuestions;
let channel = 0;
const clock = new Date('2026-03-02T10:00:00Z');

beforeAll(async () => {
  missed = createInMemoryMissedQuestions();
  app = buildApp({ kb: await loadRealKnowledge(), missed, now: () => clock });
});
afterAll(async () => {
  await app.shutdown();
});

/** A conversation of its own: a new channel, so no earlier answer is leaned on. */
function conversation() {
  const ctx: CommandContext = { guildId: 'g1', channelId: `c${channel++}`, userId: 'u1', userName: 'Ada', canManageServer: false };
  return (question: string) => app.router.runCommand('ask', { options: { question } }, ctx);
}
/** An entry's own question, which is the title of the reply that answers with it. */
const title = (id: string) => app.matcher.entry(id)?.question ?? `(no entry ${id})`;

describe('"…what do historians say" after a question', () => {
  it('gives the historians\' debate on that question, not a second part on the Terror', async () => {
    const ask = conversation();
    const famine = await ask('was the famine a genocide? what do historians say');
    expect(famine?.title).not.toBe(MESSAGES.askPartsTitle(2));
    expect([title('famine-genocide-debate'), title('interpretations-famine-debate')]).toContain(famine?.title);
    expect(famine?.body).not.toContain(title('terror-assessment-interpretations'));
    expect(famine?.body).toContain('Applebaum');

    const retreat = await conversation()('was the great retreat really a retreat? what do historians say');
    expect(retreat?.title).toBe(title('interpretations-great-retreat'));
    expect(retreat?.body).toContain('Timasheff');
  });

  it('reads "what\'s the historiography" joined on with "and" the same way', async () => {
    const reply = await conversation()('What was collectivisation and what is the historiography?');
    expect(reply?.title).not.toBe(MESSAGES.askPartsTitle(2));
    expect(reply?.title).toMatch(/historians/i);
    expect(reply?.title).toMatch(/collectivisation/i);
  });

  it('reads a second part that names the first part\'s subject again ("the term") with that subject', async () => {
    const reply = await conversation()('what was the Great Retreat and who came up with the term?');
    // One answer that names him, or two parts whose second does: never the gulag's prisoners.
    expect(reply?.body).toContain('Timasheff');
    expect(reply?.body).not.toContain(title('gulag-who-sent'));
    expect(reply?.buttons?.map((b) => b.action)).not.toContain('ask:gulag-who-sent');
  });
});

describe('follow-ups that ask for the other side or the evidence', () => {
  it('gives the debate on the last question for "give me a counter-argument", never Article 58', async () => {
    const ask = conversation();
    await ask("To what extent was Stalin Lenin's natural heir?");
    const counter = await ask('give me a counter-argument');
    expect(counter?.title).toBe(title('stalinism-leninism'));
    // It quotes the question of the answer it leans on, as the notes word it, not the student's words.
    const quoted = /^\*The other side of "([^"]+)"/.exec(counter?.body ?? '')?.[1] ?? '';
    expect(app.matcher.match(quoted).entry?.question).toBe(quoted);
    expect(counter?.body).not.toContain("natural heir?\"");
    expect(counter?.title).not.toMatch(/Article 58/);
  });

  it('gives the failures for the other side of a question about success', async () => {
    const ask = conversation();
    await ask('Were the Five-Year Plans a success? 16 marker');
    const other = await ask("what's the other side?");
    expect(other?.title).toMatch(/failures/i);
  });

  it('gives the archives behind the Terror\'s figures for "what evidence supports that?"', async () => {
    const ask = conversation();
    await ask('How many people were executed in the Great Terror?');
    const evidence = await ask('what evidence supports that?');
    expect(evidence?.title).toBe(title('terror-assessment-archives'));
    expect(evidence?.title).not.toBe(title('propaganda-cult-public-opinion'));
  });

  it('says plainly when the notes have no more evidence, quotes what the answer gives, and offers related questions', async () => {
    const ask = conversation();
    await ask('What was the law of spikelets?');
    const evidence = await ask("what's the evidence?");
    expect(evidence?.title).not.toBe(title('propaganda-cult-public-opinion'));
    expect(evidence?.body).toContain(ASK_SUBJECT_MESSAGES.none('evidence', title('famine-spikelets-law'), 3).split(' These')[0]);
    // The sentencing figures the answer itself gives (Ellman, Werth).
    expect(evidence?.body).toContain('Ellman');
    const related = app.matcher.entry('famine-spikelets-law')?.related ?? [];
    expect(evidence?.buttons?.map((b) => b.action)).toEqual(expect.arrayContaining(related.map((id) => `ask:${id}`)));
    // And the conversation goes on from the law of spikelets: the other side is the famine's debate, not the evidence reply's.
    const other = await ask("what's the other side?");
    expect(other?.body).toContain(ASK_SUBJECT_MESSAGES.note('counter', title('famine-spikelets-law')));
  });

  it('reads "how do we know" and "are those figures reliable" as asking for the evidence on the last answer', async () => {
    const ask = conversation();
    await ask('how much did coal steel and electricity output grow under the plans');
    expect((await ask('are those figures reliable'))?.title).toBe(title('industrialisation-official-figures'));
  });

  it('says a counter-argument needs a question first when nothing came before, and keeps nothing for the teacher', async () => {
    const before = (await missed.list('g1')).length;
    const reply = await conversation()('give me a counter-argument');
    expect(reply?.body).toBe(ASK_SUBJECT_MESSAGES.nothingBefore('counter'));
    expect(reply?.private).toBe(true);
    expect((await missed.list('g1')).length).toBe(before);
  });
});

describe('follow-ups that ask for the historians or which view is stronger', () => {
  it('gives where historians stand for "which one is more convincing?" after a comparison, not "nothing better"', async () => {
    const ask = conversation();
    await ask('compare Conquest and Getty on the terror');
    const judge = await ask('which one is more convincing?');
    expect(judge?.body).not.toContain(MESSAGES.askSameAnswer(title('terror-assessment-conquest-vs-getty')));
    expect(judge?.title).toBe(title('terror-assessment-interpretations'));
    expect(judge?.body).toContain('Most now combine');
  });

  it('gives the historians\' explanations for "which historian says that?" after an answer that names none', async () => {
    const ask = conversation();
    await ask('Stalin ended the NEP because it was failing to deliver grain to the towns');
    expect((await ask('which historian says that?'))?.title).toBe(title('interpretations-end-of-nep'));
  });

  it('says who says what for "which historian says that?" after a debate, and the counter-argument is then the other side of that debate', async () => {
    // A teacher's trial: "which historian says that?" got the overview of every school, and "give me a counter-argument"
    // after it the archives, not the case against the totalitarian model.
    const ask = conversation();
    await ask("how far was Stalin's USSR totalitarian? what do historians say");
    const who = await ask('which historian says that?');
    expect(who?.title).toBe(ASK_SUBJECT_MESSAGES.whoSaysTitle);
    // Each side with its historians, in the answer's own words: the model's authors (cited, without cards) and the revisionists.
    expect(who?.body).toContain('Arendt');
    expect(who?.body).toMatch(/revisionists such as Moshe Lewin, Sheila Fitzpatrick/);
    expect(who?.buttons?.length).toBeGreaterThan(0);
    const counter = await ask('give me a counter-argument');
    expect(counter?.title).toBe(title('interpretations-everyday-life'));
    expect(counter?.title).not.toBe(title('interpretations-archives'));
    expect(counter?.body).toContain(ASK_SUBJECT_MESSAGES.note('counter', title('stalinism-totalitarian')));
  });
});

describe('essay plans and figures asked of a question', () => {
  it('plans the question just asked, from the notes, not the exam-skills card with another question as its example', async () => {
    const ask = conversation();
    await ask('How successful were the Five-Year Plans in 1928-41?');
    const plan = await ask('give me an essay plan for that');
    expect(plan?.title).toBe(ASK_SUBJECT_MESSAGES.planTitle('How successful were the Five-Year Plans in 1928-41?'));
    expect(plan?.body).toContain(ASK_SUBJECT_MESSAGES.planConclusion);
    expect(plan?.body).not.toMatch(/responsible for the famine/);
    // Both sides: a point on what went well and one on what did not.
    expect(plan?.body).toMatch(/achieve|success/i);
    expect(plan?.body).toMatch(/fail|problem/i);
  });

  it('plans a question that /practice has with its model plan, and one given after "essay plan:" too', async () => {
    const ask = conversation();
    await ask('How successful was the NEP?');
    const plan = await ask('give me an essay plan for that');
    expect(plan?.body).toContain(ASK_SUBJECT_MESSAGES.planFromPractice('How successful was the NEP in the years 1921 to 1928?'));
    const named = await conversation()('give me an essay plan: "How successful was the NEP?"');
    expect(named?.title).toBe(ASK_SUBJECT_MESSAGES.planTitle('How successful was the NEP?'));
  });

  it('gives the output figures, with the charts to see them, for "…? Give me the figures"', async () => {
    const reply = await conversation()('How far were the Five-Year Plans a success? Give me the figures');
    expect(reply?.title).toBe(title('five-year-plans-output-figures'));
    expect(reply?.body).toContain('/chart steel');
    expect(reply?.fields?.[0]?.name).not.toBe('Exam skills');
  });
});

describe('requests after exam advice, with nothing to lean on, and across several requests', () => {
  it('gives the gulag\'s figures and chart after the gulag\'s dead, never the famine\'s', async () => {
    const ask = conversation();
    await ask('how many died in the gulag');
    const figures = await ask('give me the figures');
    expect(figures?.title).toBe(title('gulag-how-many'));
    expect(figures?.body).toContain('/chart gulag-population');
    expect(figures?.body).not.toContain('/chart famine-deaths');
    expect(figures?.title).not.toBe(title('famine-death-toll'));
    expect(figures?.buttons?.map((b) => b.action)).not.toContain('ask:famine-death-toll');
  });

  it('shows the chart of what was asked, not every chart of its topic', async () => {
    const ask = conversation();
    await ask('how many people died in the famine of 1932-33');
    const figures = await ask('give me the figures');
    expect(figures?.body).toContain('/chart famine-deaths');
    expect(figures?.body).not.toContain('/chart cattle');
  });

  it('treats exam-skills advice as nothing before: "give me the figures" and "what\'s the evidence?" get no unrelated entry', async () => {
    const first = conversation();
    await first('how do i answer which interpretation is more convincing');
    const figures = await first('give me the figures');
    expect(figures?.body).toBe(ASK_SUBJECT_MESSAGES.nothingBefore('figures'));
    expect(figures?.title).not.toBe(title('terror-assessment-death-toll'));

    const second = conversation();
    await second('how do i write a good conclusion');
    const evidence = await second("what's the evidence?");
    expect(evidence?.body).toBe(ASK_SUBJECT_MESSAGES.nothingBefore('evidence'));
    expect(evidence?.private).toBe(true);
    expect(evidence?.body).not.toMatch(/gulag/i);
  });

  it('gives "which interpretation is more convincing?" with nothing before to the matcher (the exam advice), not "Which views?"', async () => {
    const reply = await conversation()('which interpretation is more convincing?');
    expect(reply?.body).not.toBe(ASK_SUBJECT_MESSAGES.nothingBefore('judge'));
    const offered = [reply?.title, ...(reply?.buttons ?? []).map((b) => b.label)].join('\n');
    expect(offered).toMatch(/interpretation/i);
    // "Which one is more convincing?" names no views at all: still asked for them.
    expect((await conversation()('which one is more convincing?'))?.body).toBe(ASK_SUBJECT_MESSAGES.nothingBefore('judge'));
  });

  it('plans the student\'s own question after figures and evidence were asked of it, privately and escaped in a server', async () => {
    const ask = conversation();
    const first = await ask('how successful were the *five year plans*');
    await ask('give me the figures');
    const evidence = await ask("what's the evidence?");
    // The notes' own question is quoted, not the student's words.
    expect(evidence?.body).not.toContain('*five year plans*');
    const plan = await ask('give me an essay plan for that');
    expect(plan?.title).toBe(ASK_SUBJECT_MESSAGES.planTitle('how successful were the *five year plans*'));
    expect(plan?.title).not.toMatch(/how much did/i);
    expect(plan?.private).toBe(true);
    expect(first?.title).not.toBe(plan?.title);

    // In Discord the typed words are escaped where the plan shows them.
    const ctx: CommandContext = { guildId: 'g1', channelId: `c${channel++}`, userId: 'u1', userName: 'Ada', canManageServer: false, showTyped: (t) => t.replace(/[*_`~|\\]/g, '\\$&') };
    const run = (question: string) => app.router.runCommand('ask', { options: { question } }, ctx);
    await run('how successful were the *five year plans*');
    await run('give me the figures');
    const escaped = await run('essay plan for that');
    expect(escaped?.title).toBe(ASK_SUBJECT_MESSAGES.planTitle('how successful were the \\*five year plans\\*'));
    expect(escaped?.body).toContain('**how successful were the \\*five year plans\\***');
    expect(escaped?.private).toBe(true);
  });
});


describe('plans for a question that names what it weighs (a GCSE student’s trial)', () => {
  const GS = "'The main reason Stalin won the power struggle was his position as General Secretary.' How far do you agree? Explain your answer. [16 marks]";
  const COMPARE = 'Which of the following was the more important reason why Stalin was able to control the USSR: propaganda or the terror? Explain your answer with reference to both. [12 marks]';

  it('"how far do you agree": its title as typed, a paragraph on the factor and on the others, and a judgement on this question, not another’s', async () => {
    const ask = conversation();
    await ask(GS);
    const plan = await ask('can u give me an essay plan for that');
    expect(plan?.title).toBe(ASK_SUBJECT_MESSAGES.planTitle(GS));
    const body = plan?.body ?? '';
    expect(body).toContain(ASK_SUBJECT_MESSAGES.planOnFactor('his position as general secretary'));
    expect(body).toContain(ASK_SUBJECT_MESSAGES.planOtherFactors);
    const others = body.split(ASK_SUBJECT_MESSAGES.planOtherFactors)[1] ?? '';
    expect(others.match(/^\d\. /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(others).not.toMatch(/General Secretary so useful/);
    // No note weighs the General Secretary against the rest: the student is told how to reach a judgement, never luck's.
    expect(body).toContain(ASK_SUBJECT_MESSAGES.planJudgementFactor('his position as general secretary'));
    expect(body).not.toMatch(/Judgement to argue.*luck/);
    // A GCSE answer earns nothing for historians.
    expect(body).not.toContain('Historians to use');
  });

  it('"which was more important": both factors among the points and in the plan, each with a paragraph', async () => {
    const ask = conversation();
    const points = await ask(COMPARE);
    const offered = (points?.buttons ?? []).map((b) => b.label).join('\n');
    expect(offered).toMatch(/propaganda/i);
    expect(offered).toMatch(/terror/i);
    const plan = await ask('can u give me an essay plan for that');
    const body = plan?.body ?? '';
    const [, onPropaganda = '', onTerror = ''] = body.split(/\*\*On (?:propaganda|the terror):\*\*/);
    expect(onPropaganda).toMatch(/^\s*\n\n1\. /);
    expect(onTerror).toMatch(/\d\. \*\*[^*]*Terror/);
    expect(body).toContain(ASK_SUBJECT_MESSAGES.planJudgementCompare('propaganda', 'the terror'));
    expect(body).toContain(ASK_SUBJECT_MESSAGES.planConclusionCompare('propaganda', 'the terror'));
    expect(body).not.toContain('Historians to use');
  });

  it('names historians for an A-level class (/tutor level), and for a question on interpretations', async () => {
    const teacher: CommandContext = { guildId: 'g-alevel', channelId: 'c-level', userId: 't1', userName: 'Ms Smith', canManageServer: true };
    await app.router.runCommand('tutor', { subcommand: 'level', options: { class: 'a-level' } }, teacher);
    const student: CommandContext = { guildId: 'g-alevel', channelId: 'c-alevel', userId: 'u9', userName: 'Bo', canManageServer: false };
    const plan = await app.router.runCommand('ask', { options: { question: `give me an essay plan: ${GS}` } }, student);
    expect(plan?.body).toContain('Historians to use');
    const interpretations = await conversation()('give me an essay plan: How far do historians agree that Stalin won the power struggle because he was General Secretary?');
    expect(interpretations?.body).toContain('Historians to use');
  });
});

describe('"luck or skill?" and what an A-level student asks of it next (a blind trial, 7 December 2026)', () => {
  it('plans both sides: luck from the notes on it, skill from the posts and alliances the luck answer turns to', async () => {
    const ask = conversation();
    await ask("is stalin's rise down to luck or skill");
    const plan = await ask('give me an essay plan for that');
    expect(plan?.body).toContain('**On luck:**');
    expect(plan?.body).toContain('**On skill:**');
    const skill = plan?.body?.split('**On skill:**')[1] ?? '';
    expect(skill).toContain(title('lenin-legacy-general-secretary'));
    expect(plan?.body).toContain(title('lenin-legacy-testament-suppressed'));
    expect(plan?.body).not.toContain(ASK_SUBJECT_MESSAGES.planThin);
  });

  it('gives a counter-argument to luck from the side the notes turn to (his skill), not more luck', async () => {
    const ask = conversation();
    await ask("is stalin's rise down to luck or skill");
    const counter = await ask('give me a counter-argument');
    expect(counter?.title).toBe(title('lenin-legacy-general-secretary'));
    expect(counter?.title).not.toBe(title('lenin-legacy-testament-suppressed'));
    // The same asked of the judgement by its own words.
    const again = conversation();
    await again('how far was luck important in stalins rise to power');
    expect((await again('give me a counter-argument'))?.title).toBe(title('lenin-legacy-general-secretary'));
  });

  it('names the chart of the last answer\'s own figures: cattle after the livestock answer', async () => {
    const ask = conversation();
    await ask('how many cattle were lost');
    const figures = await ask('give me the figures');
    expect(figures?.body).toContain('/chart cattle');
    expect(figures?.body).not.toContain('/chart grain-harvest');
  });
});

describe('"what evidence for the other side" after exam advice on the student\'s own essay question', () => {
  it('gives the other side of that question (causes beside paranoia), not nothing', async () => {
    const ask = conversation();
    await ask("'The Great Terror was caused by Stalin's paranoia.' Assess the validity of this view. help me structure it");
    const other = await ask('what evidence for the other side');
    expect(other?.title).toBe(title('terror-assessment-economic-motive'));
    expect(other?.body).not.toContain(ASK_SUBJECT_MESSAGES.planThin);
  });

  it('still says there is nothing to weigh after exam advice that names no question of the student\'s', async () => {
    const ask = conversation();
    await ask('how do i write a good conclusion');
    const other = await ask('give me a counter-argument');
    expect(other?.title).toBeUndefined();
  });
});
