// AQA's A-level Component 1 question on three extracts (30 marks): "assess how convincing the arguments in these three
// extracts are…". The loader takes a question only with exactly three extracts; the marker judges each extract on its
// own, holding an answer that leaves one out at level 2 and saying which; the question fits Discord's limits.
import { describe, expect, it } from 'vitest';
import { feedbackParts, feedbackReply, modelAnswerReply, questionReply } from '../../src/commands/practice-view.js';
import { renderReply } from '../../src/adapters/discord/render.js';
import { DISCORD_LIMITS as L } from '../../src/adapters/discord/limits.js';
import type { KnowledgeBase, PracticeQuestion } from '../../src/knowledge/schema.js';
import { engagesLabelledExtract, type Marker } from '../../src/practice/marker.js';
import { practiceQuestion, knowledgeProblems } from '../helpers/knowledge.js';
import { useRealMarkerParts } from '../helpers/marker.js';

let kb: KnowledgeBase;
let marker: Marker;
useRealMarkerParts((real) => ({ kb, marker } = real), 60_000);

const TERROR = 'pq-terror-assessment-three-extracts-causes';
const PEASANTS = 'pq-collectivisation-three-extracts-peasants';
const question = (id: string): PracticeQuestion => practiceQuestion(kb, id);

// An answer of our own, a section for each extract, each tested against context on both sides and judged.
const ON_A = [
  'Extract A argues that the Terror was Stalin\'s own design, a deliberate plan to remove everyone who might oppose him.',
  'This is convincing in part, because the archives show that Stalin signed lists of tens of thousands of party officials, officers and managers to be shot in 1937 and 1938. This meant that the top of the Terror was directed by Stalin personally.',
  'The show trials of 1936 to 1938 also destroyed his old rivals, Zinoviev, Kamenev and Bukharin, on invented charges, which fits the idea of a plan to remove opponents, and Tukhachevsky was shot in June 1937 as the army purge removed a power that could have challenged him.',
  'However, Conquest claims that Stalin was behind the murder of Kirov, and there is no proof that Stalin ordered the Kirov murder; even historians who stress his role found no document for it.',
  'Conquest also says the victims ran into many millions, but the NKVD records show about 680,000 people shot in 1937-38, so the estimates were too high.',
  'Overall Extract A is largely convincing about Stalin\'s direction of the Terror, because the signed lists prove it, but it overstates the numbers and the Kirov case.',
];
const ON_B = [
  'Extract B, by Getty, argues that there was no master plan and that the Terror came out of a struggle between the centre and the regional bosses.',
  'This is partly convincing because regional NKVD chiefs asked for their quotas to be raised and exceeded quotas, and local party bosses aimed arrests at their rivals. This meant the Terror spread further than Moscow had set.',
  'Denunciations from below also made the arrests snowball, since forced confessions named accomplices, so the Terror had a momentum of its own.',
  'However, the mass operations were launched from Moscow by Order 00447 in July 1937, which set quotas for each region, and Stalin stopped the Terror when he chose with the November 1938 decrees, when Yezhov was replaced by Beria.',
  'Therefore Extract B is only partly convincing, because it explains local zeal but underrates the orders from the centre.',
];
const ON_C = [
  'Extract C, Khlevniuk\'s view, argues that the Terror was planned at the centre to destroy a possible fifth column before war.',
  'This is convincing because Hitler was in power and Germany and Japan signed the Anti-Comintern Pact in 1936, so Stalin feared hidden enemies in a coming war. As a result the national operations targeted Poles, Germans and former kulaks, which fits a planned purge of whole groups.',
  'However, the centre did not control every arrest, as local zeal carried the Terror beyond the quotas, and many victims were loyal party members, which suggests Stalin\'s suspicion and wish for total power as well as war fears.',
  'Overall Extract C is the most convincing, because it rests on the documents, although it underplays local initiative.',
];
const ALL_THREE = [...ON_A, ...ON_B, ...ON_C].join('\n');
// Only Extract A, at length: the same section, developed further, with no word on B or C.
const ONLY_A = [
  ...ON_A,
  'The purge of the army is further evidence for Extract A, since the officer corps was purged in 1937 and 1938 and thousands of officers were arrested, which left Stalin without any force that could resist him.',
  'Stalin\'s suspicion also mattered, because many of the victims were old comrades who had once opposed him, and the show trials made a public example of them. This meant that the party learned that no one was safe.',
  'In conclusion Extract A is largely convincing, because Stalin signed the lists and directed the trials, even if its figures are too high.',
].join('\n');

describe('the three-extracts question (30 marks)', () => {
  it('has two questions on the course, each with three extracts by known historians and points for each extract', () => {
    for (const id of [TERROR, PEASANTS]) {
      const q = question(id);
      expect(q.kind).toBe('three-extracts');
      expect(q.marks).toBe(30);
      expect(q.minutes).toBe(60);
      expect(q.extracts).toHaveLength(3);
      expect(q.levels.map((l) => l.marks)).toEqual([[1, 6], [7, 12], [13, 18], [19, 24], [25, 30]]);
      for (const label of ['A', 'B', 'C']) {
        expect(q.points.some((p) => p.extract === label && p.side === 'for')).toBe(true);
        expect(q.points.some((p) => p.extract === label && p.side === 'against')).toBe(true);
      }
    }
  });

  it('marks an answer on all three extracts with context above one on Extract A only, which is held at level 2 and told so', () => {
    const all = marker.mark(question(TERROR), ALL_THREE);
    const onlyA = marker.mark(question(TERROR), ONLY_A);
    expect(all.judgement?.extractsMissing).toEqual([]);
    expect(onlyA.judgement?.extractsMissing).toEqual(['B', 'C']);
    expect(onlyA.level).toBeLessThanOrEqual(2);
    expect(all.level).toBeGreaterThanOrEqual(3);
    expect(all.mark).toBeGreaterThan(onlyA.mark);
    const feedback = JSON.stringify(feedbackParts(kb, onlyA));
    expect(feedback).toContain('Extracts B and C are not discussed');
  });

  it('names the one extract left out ("Extract B is not discussed")', () => {
    const noB = marker.mark(question(TERROR), [...ON_A, ...ON_C].join('\n'));
    expect(noB.judgement?.extractsMissing).toEqual(['B']);
    expect(noB.level).toBeLessThanOrEqual(2);
    expect(JSON.stringify(feedbackParts(kb, noB))).toContain('Extract B is not discussed');
  });

  it('says an extract is not discussed once: the next step asks for a section on it in other words', () => {
    const fields = feedbackParts(kb, marker.mark(question(TERROR), ONLY_A)).fields ?? [];
    const said = fields.flatMap((f) => f.value.split(/(?<=[.?!])\s+/)).filter((sentence) => sentence.length > 30);
    expect(new Set(said).size).toBe(said.length);
    expect(JSON.stringify(fields)).toMatch(/Add a section on Extracts B and C/);
  });

  it('does not credit Stalin\'s suspicion of loyal comrades for saying only that he directed the Terror personally', () => {
    const result = marker.mark(question(TERROR), [...ON_A, 'The Terror was directed by Stalin personally.'].join('\n'));
    expect(result.made.map((m) => m.point.id)).not.toContain('c-personal-motive');
  });

  it('counts a judgement on each extract: one discussed but never judged is named', () => {
    // Extract C described and set against context, but nothing said of how convincing it is.
    const cWithoutJudgement = [
      'Extract C, Khlevniuk\'s view, argues that the Terror was planned at the centre to destroy a possible fifth column before war.',
      'Hitler was in power and Germany and Japan signed the Anti-Comintern Pact in 1936, so Stalin feared hidden enemies in a coming war. As a result the national operations targeted Poles, Germans and former kulaks.',
      'Yet the centre did not control every arrest, as local zeal carried the Terror beyond the quotas, and many victims were loyal party members.',
    ];
    const result = marker.mark(question(TERROR), [...ON_A, ...ON_B, ...cWithoutJudgement].join('\n'));
    expect(result.judgement?.extractsMissing).toEqual([]);
    expect(result.judgement?.extractsUnjudged).toEqual(['C']);
    expect(result.level).toBeLessThan(5);
    expect(JSON.stringify(feedbackParts(kb, result))).toContain('You reach no judgement on Extract C');
  });

  it('reads which extract a sentence discusses: its letter, its author\'s view or its work, not "extract a confession"', () => {
    const x = { summary: 'The party was in disorder.', work: 'Origins of the Great Purges (1985)' };
    expect(engagesLabelledExtract(['Extract B is partly convincing.'], x, 'getty', 'B')).toBe(true);
    expect(engagesLabelledExtract(['Extracts A and B disagree about Stalin.'], x, 'getty', 'B')).toBe(true);
    expect(engagesLabelledExtract(['extract b argues that there was chaos.'], x, 'getty', 'B')).toBe(true);
    expect(engagesLabelledExtract(['Getty argues that the party was chaotic.'], x, 'getty', 'B')).toBe(true);
    expect(engagesLabelledExtract(['Origins of the Great Purges stresses the regions.'], x, 'getty', 'B')).toBe(true);
    expect(engagesLabelledExtract(['The NKVD beat prisoners to extract a confession.'], x, 'conquest', 'A')).toBe(false);
    expect(engagesLabelledExtract(['The extract is convincing.'], x, 'getty', 'B')).toBe(false);
  });

  it('shows the three extracts labelled A, B and C with historian and work, as our summaries, within Discord\'s limits', () => {
    for (const id of [TERROR, PEASANTS]) {
      const q = question(id);
      const reply = questionReply(kb, q, Date.UTC(2026, 11, 7), 'discord');
      const names = (reply.fields ?? []).map((f) => f.name);
      expect(names.slice(0, 3)).toEqual(
        (q.extracts ?? []).map((x, i) => `Extract ${'ABC'[i]}: ${kb.people.find((p) => p.id === x.historian)?.name ?? ''}, ${x.work}`),
      );
      for (const f of (reply.fields ?? []).slice(0, 3)) expect(f.value).toMatch(/^\*Our summary of this historian's view, in our own words, not a quotation\.\*\n/);
      // Every extract whole: no field over 1024, the embed under 6000, the body under 4096.
      for (const [i, x] of (q.extracts ?? []).entries()) expect(reply.fields?.[i]?.value).toContain(x.summary);
      for (const f of reply.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(L.embedFieldValue);
      const total = (reply.title ?? '').length + (reply.body ?? '').length + (reply.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0) + (reply.footer ?? '').length;
      expect(total).toBeLessThanOrEqual(L.embedTotal);
      expect((reply.body ?? '').length).toBeLessThanOrEqual(L.embedDescription);
      const rendered = JSON.stringify(renderReply(reply));
      for (const x of q.extracts ?? []) expect(rendered).toContain(JSON.stringify(x.summary).slice(1, -1));
      // The model answer's plan and a marked answer's feedback fit too.
      const model = modelAnswerReply(kb, q);
      expect((model.body ?? '').length).toBeLessThanOrEqual(L.messageContent);
      for (const f of model.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(L.embedFieldValue);
      const modelTotal = (model.title ?? '').length + (model.body ?? '').length + (model.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0) + (model.footer ?? '').length;
      expect(modelTotal).toBeLessThanOrEqual(L.embedTotal);
      const fb = feedbackReply(kb, marker.mark(q, ALL_THREE), { late: false, now: Date.UTC(2026, 11, 7) });
      for (const f of fb.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(L.embedFieldValue);
    }
  });

  it('plans the model answer a section per extract, with no comparison or overall verdict asked', () => {
    const model = modelAnswerReply(kb, question(TERROR));
    expect((model.fields ?? []).map((f) => f.name)).toEqual(['Extract A', 'Extract B', 'Extract C']);
    expect(model.fields?.[1]?.value).toContain('Challenges: The mass operations were launched from Moscow');
    expect(model.body).toContain('You need not compare the extracts');
  });
});

describe('the loader, on three-extracts questions', () => {
  const base = `
topic: { id: nep, title: NEP, order: 1, summary: s, keyDates: [{ date: "1921", label: x }], keyTerms: [x] }
sources: [{ id: s, title: S }]
people: [{ id: nove, name: Alec Nove, role: economist, topics: [nep], summary: An economist., sources: [s] }]
questions:
  - { id: nep-why, topic: nep, question: Why NEP?, phrasings: [a b, c d], answer: Because., sources: [s] }
practiceLevels:
  - kind: three-extracts
    marks: 30
    levels:
      - { level: 1, marks: [1, 15], descriptor: Low. }
      - { level: 2, marks: [16, 30], descriptor: High. }
  - kind: extract
    marks: 25
    levels:
      - { level: 1, marks: [1, 12], descriptor: Low. }
      - { level: 2, marks: [13, 25], descriptor: High. }
`;
  const load = (practice: string) => knowledgeProblems(`${base}practice:\n${practice}`);
  const x = (summary = 'The NEP worked.') => `      - { historian: nove, work: An essay (1962), summary: ${summary} }\n`;
  const q = (kind: string, marks: number, extra: string) =>
    `  - id: q1\n    topic: nep\n    kind: ${kind}\n    prompt: How convincing?\n    marks: ${marks}\n    minutes: 60\n    factors: { for: a, against: b }\n    judgement: J.\n${extra}    points:\n` +
    `      - { id: p1, point: A point., concepts: [grain procurement fell], entries: [nep-why], side: for${kind === 'three-extracts' ? ', extract: A' : ''} }\n` +
    `      - { id: p2, point: B., concepts: [war scare Britain], entries: [nep-why], side: against${kind === 'three-extracts' ? ', extract: B' : ''} }\n`;

  it('takes a three-extracts question with three extracts', () => {
    expect(load(q('three-extracts', 30, `    extracts:\n${x()}${x()}${x()}`))).toEqual([]);
  });

  it('says clearly when a three-extracts question lacks three extracts, or has one extract instead', () => {
    expect(load(q('three-extracts', 30, `    extracts:\n${x()}${x()}`))).toEqual([expect.stringMatching(/extracts.*needs exactly 3 extracts \(A, B and C.*it has 2/)]);
    expect(load(q('three-extracts', 30, '    extract: { historian: nove, work: W, summary: S. }\n'))).toEqual([
      expect.stringMatching(/has three extracts \(extracts: A, B and C\), not one extract/),
      expect.stringMatching(/needs exactly 3 extracts.*it has 0/),
    ]);
  });

  it('says so when a three-extracts question\'s point names no extract (the model plan goes extract by extract)', () => {
    const unlabelled = q('three-extracts', 30, `    extracts:\n${x()}${x()}${x()}`).replace(', extract: B', '');
    expect(load(unlabelled)).toEqual([expect.stringMatching(/points\[1\]\.extract.*names the extract it tests/)]);
  });

  it('says so when another kind has extracts, and checks each extract as the single extract is checked', () => {
    expect(load(q('extract', 25, `    extract: { historian: nove, work: W, summary: S. }\n    extracts:\n${x()}${x()}${x()}`))).toEqual([
      expect.stringMatching(/only three-extracts questions have extracts \(this is a "extract" question: give its one extract as extract\)/),
    ]);
    expect(load(q('three-extracts', 30, `    extracts:\n${x()}${x('\'He wrote "it failed".\'')}${x()}`))).toEqual([expect.stringMatching(/extracts\[1\]\.summary.*never a quotation/)]);
  });
});
