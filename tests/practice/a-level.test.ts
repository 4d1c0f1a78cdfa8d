// The A-level questions of /practice (an A-level student's trial, item 4): essays ("To what extent…", "How far…",
// 25 marks, five levels) on each main debate, and interpretation questions on an extract we wrote (our summary of a
// historian's view, never a quotation). The marker gives the top level only to an argued, sustained essay of a
// length the exam's 45 minutes allows, and an interpretation answer's upper levels only where it tests the extract.
import { describe, expect, it } from 'vitest';
import { feedbackReply, modelAnswerReply, questionReply } from '../../src/commands/practice-view.js';
import { A_LEVEL_KINDS, type KnowledgeBase, type PracticeQuestion } from '../../src/knowledge/schema.js';
import { PRACTICE_MESSAGES as P } from '../../src/messages.js';
import { PRACTICE_DEFAULTS } from '../../src/practice/defaults.js';
import type { Marker } from '../../src/practice/marker.js';
import { practiceQuestion, knowledgeProblems } from '../helpers/knowledge.js';
import { useRealMarkerParts } from '../helpers/marker.js';

let kb: KnowledgeBase;
let marker: Marker;
useRealMarkerParts((real) => ({ kb, marker } = real), 60_000);

const question = (id: string): PracticeQuestion => practiceQuestion(kb, id);
const text = (reply: { body?: string; fields?: readonly { name: string; value: string }[] }) => [reply.body ?? '', ...(reply.fields ?? []).map((f) => `${f.name}\n${f.value}`)].join('\n');

const ESSAY = 'pq-power-struggle-essay-machine';
const INTRO =
  "This essay will argue that Stalin's control of the party machine was the most important reason for his victory, because it gave him the votes at every congress, but that it only worked because of his tactical skill and his rivals' mistakes.";
const MACHINE =
  'Stalin became General Secretary in April 1922, and this post gave him control of appointments. This meant that thousands of local party secretaries owed their careers to him, and they in turn chose the delegates to party congresses. ' +
  'As a result, congresses backed Stalin: at the Fourteenth Congress in December 1925 Zinoviev and Kamenev lost every vote, even though Zinoviev controlled the Leningrad party. ' +
  'The Lenin Enrolment of 1924 also brought over 200,000 new members into the party, and because they were young and poorly educated they followed the officials who had admitted them, which gave Stalin a loyal block vote. ' +
  'Furthermore, the ban on factions of 1921 allowed him to accuse the United Opposition of factionalism in 1926–27, so its leaders could be expelled from the party in 1927. ' +
  'Trotsky himself later blamed the bureaucracy, arguing in The Revolution Betrayed that officials weary of revolution raised Stalin up to protect their own position. ' +
  'This paragraph shows that the machine was the foundation of his power, and the most important single factor.';
const OTHER =
  'However, the machine alone does not explain his victory. Stalin used shifting alliances very skilfully: he allied with Zinoviev and Kamenev against Trotsky, then allied with Bukharin against them, and finally turned on Bukharin and the Right in 1928–29. ' +
  'This meant that his rivals never united against him until it was too late, as the United Opposition of 1926 came only after Zinoviev and Kamenev had already been beaten. ' +
  'His ideas also mattered, because Socialism in One Country appealed to a party tired of war, whereas permanent revolution seemed to risk foreign adventures. ' +
  'Therefore Stalin looked like the practical heir of Lenin, and this made the votes his machine delivered look like genuine support rather than manipulation. ' +
  'So his skill turned the machine into victory, which is less important than the machine itself but still essential. ' +
  "In addition, his rivals made mistakes. They underestimated him as a dull administrator, and Zinoviev and Kamenev protected him in 1924 when the Testament was suppressed, so he kept his post as General Secretary. " +
  "Trotsky failed to build support in the party and missed Lenin's funeral, which let Stalin appear as the chief mourner. This was partly luck, but it shows that Stalin's victory depended on others' errors as well as on the machine. " +
  "Historians such as Robert Service argue that Stalin was intelligent and hard-working, with real convictions, rather than a nonentity, which challenges Trotsky's view that the bureaucracy simply raised him up. " +
  'Even so, these mistakes mattered because the machine was ready to exploit them, which is why they are less important than his control of appointments.';
const CONCLUSION =
  'Overall, the party machine was the most important reason, because without control of appointments and congresses his tactics and his rivals\' mistakes could not have been turned into votes. ' +
  'However, it was his skill in using the machine against each rival in turn that decided the outcome, so the machine was necessary but not sufficient, and this is why I largely agree with the view, as the evidence of 1925 to 1929 shows.';
const STRONG = [INTRO, MACHINE, OTHER, CONCLUSION].join('\n\n');

describe('the A-level questions in the fact base', () => {
  it('set an essay on every main debate: the power struggle, the end of the NEP, the plans, collectivisation, the famine, the Terror, and society or Stalinism', () => {
    const essays = kb.practice.filter((q) => q.kind === 'essay');
    const on = (...topics: string[]) => essays.some((q) => topics.includes(q.topic));
    expect(on('power-struggle')).toBe(true);
    expect(on('end-of-nep')).toBe(true);
    expect(on('industrialisation', 'five-year-plans')).toBe(true);
    expect(on('collectivisation')).toBe(true);
    expect(on('famine')).toBe(true);
    expect(on('great-terror', 'terror-assessment', 'terror-origins')).toBe(true);
    expect(on('society', 'stalinism', 'culture')).toBe(true);
    for (const q of essays) {
      expect(q.marks, q.id).toBe(25);
      expect(q.minutes, q.id).toBe(45);
      expect(q.levels.map((l) => l.marks), q.id).toEqual([[1, 5], [6, 10], [11, 15], [16, 20], [21, 25]]);
      expect(q.prompt, q.id).toMatch(/^(To what extent|How far|".+" Assess the validity)/);
      for (const side of ['for', 'against'] as const) expect(q.points.filter((p) => p.side === side).length, `${q.id} ${side}`).toBeGreaterThanOrEqual(4);
    }
  });

  it('set an interpretation question on several debates, each on an extract that is our summary, with no quotation marks', () => {
    const extracts = kb.practice.filter((q) => q.kind === 'extract');
    expect(new Set(extracts.map((q) => q.topic)).size).toBeGreaterThanOrEqual(5);
    for (const q of extracts) {
      expect(q.prompt, q.id).toMatch(/^How convincing is the interpretation in the extract/);
      expect(q.extract?.summary, q.id).not.toMatch(/["“”]/);
      expect(kb.people.some((p) => p.id === q.extract?.historian), q.id).toBe(true);
    }
  });

  it('shows the extract above the question, labelled as a paraphrase in our own words and not a quotation', () => {
    const reply = questionReply(kb, question('pq-terror-assessment-extract-getty'), 0, 'discord');
    expect(reply.body).toContain('**Extract** (our summary of the view of J. Arch Getty in Origins of the Great Purges (1985): a paraphrase in our own words, not a quotation)');
    expect(reply.body).toContain('regional party bosses');
    expect(reply.body?.indexOf('Extract')).toBeLessThan(reply.body?.indexOf('How convincing') ?? -1);
  });

  it('gives each essay a model plan: the line of argument, both sides\' points and a conclusion that weighs them', () => {
    const plan = modelAnswerReply(kb, question(ESSAY)).body ?? '';
    expect(plan).toContain(P.modelJudgement(question(ESSAY).judgement ?? ''));
    expect(plan).toContain('**Control of the party machine: appointments, congresses and the Lenin Enrolment**');
    expect(plan).toContain("**Other reasons: his tactics and ideas, his rivals' mistakes and luck**");
    expect(plan).toContain(P.modelConclusion('essay'));
    expect(plan).toContain('45 minutes');
  });
});

describe('marking an A-level essay', () => {
  it('gives an argued essay of 500 words or more, judged in its opening and its conclusion, the top level', () => {
    const r = marker.mark(question(ESSAY), STRONG);
    expect(r.words).toBeGreaterThanOrEqual(PRACTICE_DEFAULTS.aLevelWordsPerMark[5] * 25);
    expect(r).toMatchObject({ level: 5, maxLevel: 5, maxMark: 25 });
    expect(r.mark).toBeGreaterThanOrEqual(21);
    expect(r.judgement).toMatchObject({ reached: true, supported: true, sustained: true });
  });

  it('holds the same essay without its opening judgement at level 4, and says the judgement must be sustained', () => {
    const r = marker.mark(question(ESSAY), [MACHINE, OTHER, CONCLUSION].join('\n\n'));
    expect(r.level).toBe(4);
    expect(r.judgement?.sustained).toBe(false);
    expect(r.next).toEqual({ kind: 'sustain-judgement' });
    const shown = text(feedbackReply(kb, r, { late: false, now: 0 }));
    expect(shown).toContain(P.notSustained);
    expect(shown).toContain(P.next.sustainJudgement);
  });

  it('takes words by the mark: the same argument in about 300 words reaches level 3, in about 150 level 2, and says why', () => {
    const mid = [INTRO, MACHINE.split('. ').slice(0, 4).join('. '), OTHER.split('. ').slice(0, 4).join('. '), CONCLUSION].join('\n\n');
    const r = marker.mark(question(ESSAY), mid);
    expect(r.words).toBeGreaterThanOrEqual(250);
    // Short of level 4's 350 words by more than the slack (a tenth): 315 would not be held.
    expect(r.words).toBeLessThan(350 * (1 - PRACTICE_DEFAULTS.lengthSlack));
    expect(r.level).toBe(3);
    expect(r.short).toEqual({ words: r.words, need: 350, level: 3 });
    expect(text(feedbackReply(kb, r, { late: false, now: 0 }))).toContain(P.shortForLevel(r.words, 350, 25, 3));
    const short = marker.mark(question(ESSAY), [INTRO, MACHINE.split('. ').slice(0, 2).join('. '), OTHER.split('. ').slice(0, 1).join('. '), CONCLUSION.split('. ')[0]].join('\n\n'));
    expect(short.words).toBeLessThan(250);
    expect(short.level).toBeLessThanOrEqual(2);
  });

  it('holds the top essay with three wrong dates to level 3 of 5, the middle, listing each; with one, to level 4', () => {
    const slips = ['Trotsky was deported in 1926.', 'Kirov was murdered in 1936.', 'Trotsky was murdered in Mexico in 1938.'];
    const withSlips = (n: number) => marker.mark(question(ESSAY), [INTRO, MACHINE, OTHER, slips.slice(0, n).join(' '), CONCLUSION].join('\n\n'));
    expect(withSlips(1)).toMatchObject({ level: 4, wrong: [expect.anything()] });
    const r = withSlips(3);
    expect(r.wrong).toHaveLength(3);
    expect(r.level).toBe(3);
  });

  it('holds a long one-sided essay at level 2, however well it explains its side', () => {
    const opening = "This essay will argue that the party machine was the main reason for Stalin's victory.";
    const r = marker.mark(question(ESSAY), [opening, MACHINE, MACHINE.replace('This paragraph shows', 'All of this shows'), 'Overall, the party machine was the most important reason, because it turned every congress his way.'].join('\n\n'));
    expect(r.judgement?.against).toBe(0);
    expect(r.level).toBe(2);
  });

  it('reads up to 8,000 characters of an A-level answer, twice a GCSE answer\'s room', () => {
    const long = `${STRONG}\n\n${STRONG}`.slice(0, 7900);
    expect(long.length).toBeGreaterThan(PRACTICE_DEFAULTS.maxAnswerLength);
    expect(marker.mark(question(ESSAY), long).truncated).toBe(false);
    expect(marker.mark(question(ESSAY), `${long}\n\n${STRONG}`).truncated).toBe(true);
  });

  it('keeps the GCSE questions on their four levels: a 16-mark answer is marked as before', () => {
    const gcse = kb.practice.filter((q) => !A_LEVEL_KINDS.has(q.kind));
    expect(gcse.every((q) => q.levels.length <= 4)).toBe(true);
    expect(marker.mark(question('pq-interpretations-power-struggle'), STRONG).maxLevel).toBe(4);
  });
});

describe('marking an interpretation answer', () => {
  const GETTY = 'pq-terror-assessment-extract-getty';
  const TESTS =
    'Regional NKVD chiefs asked for their quotas to be raised during the mass operations, and many exceeded them, which shows that local initiative pushed the killing further than Moscow first set. ' +
    'Local party bosses also aimed the Terror at their rivals and at unpopular specialists, because they thought this was what the leadership wanted. ' +
    'Denunciations made arrests snowball, as prisoners were tortured into naming accomplices, so the Terror gained a momentum of its own. ' +
    "Getty and Naumov's The Road to Terror showed the party elite voting one another into prison in 1937–38, which supports the idea of a party at war with itself. " +
    'The NKVD records list 681,692 people shot in 1937–38, which is far below the older estimates of a million, so the highest figures were too high.\n\n' +
    'On the other hand, Stalin signed lists containing the names of tens of thousands of people to be shot and approved the quotas, which shows he was in control. ' +
    'The mass operations were launched by Order No. 00447, approved by the Politburo in July 1937, which set a quota for each region from Moscow, so the Terror was launched from the centre rather than from below. ' +
    'Stalin could also stop it when he chose: the decrees of 15 and 17 November 1938 halted the mass operations at once and Yezhov was discarded, which suggests that the centre was never out of control. ' +
    'Historians such as Oleg Khlevniuk and David Shearer argue that the mass operations were a centrally planned purge of a feared fifth column before the coming war. ' +
    "Robert Conquest argued that the Terror was Stalin's own project, and the archives confirmed his personal role.";
  const OPEN =
    'The extract argues that the Great Terror was not planned by Stalin but grew out of chaos in the party and a conflict between Moscow and the regional bosses. I find this interpretation only partly convincing, because the archives show that Stalin directed the Terror from the top, even if local officials made it worse.';
  const CLOSE =
    'Overall, the extract is only partly convincing. It is right about local zeal and the momentum from below, but it is unconvincing about the origins of the Terror, because the archives show that Stalin planned, directed and ended the mass operations.';

  it('credits knowledge that supports and challenges the extract, and a judgement on how convincing it is', () => {
    const r = marker.mark(question(GETTY), [OPEN, TESTS, CLOSE].join('\n\n'));
    expect(r.judgement).toMatchObject({ reached: true, supported: true, sustained: true, usesExtract: true });
    expect(r.judgement?.for).toBeGreaterThanOrEqual(4);
    expect(r.judgement?.against).toBeGreaterThanOrEqual(4);
    expect(r.level).toBeGreaterThanOrEqual(4);
  });

  it('holds an answer that never discusses the extract below level 4, and says so', () => {
    // Knowledge on both sides, but not a word of the extract or of Getty.
    const unnamed = TESTS.replace(/Getty and Naumov's The Road to Terror showed[^.]+\. /, '');
    expect(unnamed).not.toMatch(/Getty/);
    const r = marker.mark(question(GETTY), [unnamed, 'Overall, Stalin was mainly responsible for the Terror, because he approved the quotas and ended it when he chose, although local officials made it worse.'].join('\n\n'));
    expect(r.judgement?.usesExtract).toBe(false);
    expect(r.level).toBeLessThanOrEqual(3);
    expect(text(feedbackReply(kb, r, { late: false, now: 0 }))).toContain(P.noExtract);
  });

  it('gives nothing for the extract copied back', () => {
    expect(marker.mark(question(GETTY), question(GETTY).extract?.summary ?? '').status).toBe('copied');
  });
});

describe('the loader, on A-level questions', () => {
  const base = `
topic: { id: nep, title: NEP, order: 1, summary: s, keyDates: [{ date: "1921", label: x }], keyTerms: [x] }
sources: [{ id: s, title: S }]
people: [{ id: nove, name: Alec Nove, role: economist, topics: [nep], summary: An economist., sources: [s] }]
questions:
  - { id: nep-why, topic: nep, question: Why NEP?, phrasings: [a b, c d], answer: Because., sources: [s] }
practiceLevels:
  - kind: extract
    marks: 25
    levels:
      - { level: 1, marks: [1, 12], descriptor: Low. }
      - { level: 2, marks: [13, 25], descriptor: High. }
`;
  const load = (practice: string) => knowledgeProblems(`${base}practice:\n${practice}`);
  const question = (extra: string) =>
    `  - id: q1\n    topic: nep\n    kind: extract\n    prompt: How convincing?\n    marks: 25\n    minutes: 45\n    factors: { for: a, against: b }\n${extra}    points:\n` +
    '      - { id: p1, point: A point., concepts: [grain procurement fell], entries: [nep-why], side: for }\n      - { id: p2, point: B., concepts: [war scare Britain], entries: [nep-why], side: against }\n';

  it('takes an interpretation question with its extract and line of argument', () => {
    expect(load(question('    judgement: Partly convincing.\n    extract: { historian: nove, work: An essay (1962), summary: The NEP worked. }\n'))).toEqual([]);
  });

  it('refuses an extract in quotation marks, one by no known person, and an interpretation question without an extract or a line of argument', () => {
    expect(load(question('    judgement: J.\n    extract: { historian: nove, work: W, summary: \'He wrote "it failed".\' }\n'))).toEqual([expect.stringMatching(/extract\.summary.*never a quotation/)]);
    expect(load(question('    judgement: J.\n    extract: { historian: nobody, work: W, summary: S. }\n'))).toEqual([expect.stringMatching(/extract\.historian.*no person has the id "nobody"/)]);
    expect(load(question(''))).toEqual([expect.stringMatching(/an interpretation question needs its extract/), expect.stringMatching(/needs a model line of argument/)]);
  });
});
