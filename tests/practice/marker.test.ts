// The marker on the real fact base's mark schemes: a point needs its concept stated; lists, copied
// questions, answers about something else and answers too short or too long each get what they should;
// explain and judgement questions are checked for linking and for a supported judgement.
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase, PracticeQuestion } from '../../src/knowledge/schema.js';
import { PRACTICE_DEFAULTS } from '../../src/practice/defaults.js';
import { conceptAt, compileConcept, createMarker, type Marker } from '../../src/practice/marker.js';
import { PLAIN_LEXICON } from '../../src/matching/vocabulary.js';
import { analyseAnswer } from '../../src/practice/analyse.js';
import { practiceQuestion } from '../helpers/knowledge.js';
import { feedbackReply } from '../../src/commands/practice-view.js';
import { showDate, thingSpan } from '../../src/practice/dates.js';
import { PRACTICE_MESSAGES as P } from '../../src/messages.js';
import { useRealMarkerParts } from '../helpers/marker.js';

let kb: KnowledgeBase;
let marker: Marker;
useRealMarkerParts((real) => ({ kb, marker } = real), 60_000);

const question = (id: string): PracticeQuestion => practiceQuestion(kb, id);
const made = (id: string, answer: string) => marker.mark(question(id), answer).made.map((m) => m.point.id);

const END_NEP = 'pq-end-of-nep-explain-why-ended';
const STRONG_END_NEP =
  'In 1927 there was a grain procurement crisis: peasants sold much less grain to the state because prices were low, so the towns and the army were short of food. ' +
  'This meant Stalin believed the NEP could not feed the country. He also wanted rapid industrialisation, and grain exports were needed to buy machinery from abroad. ' +
  'The war scare of 1927 made this urgent because Stalin feared an attack by Britain. Finally, ending the NEP let him attack Bukharin and the Right Opposition, ' +
  'who defended it, so he strengthened his own power.';

describe('a point needs its concept stated', () => {
  it('"the NEP was ended because grain procurement fell" makes the procurement point; "grain" alone does not', () => {
    expect(made(END_NEP, 'The NEP was ended because grain procurement fell in 1927 and 1928.')).toContain('procurement');
    expect(made(END_NEP, 'Stalin ended the NEP in 1928 and 1929 because of grain and because he wanted to.')).not.toContain('procurement');
  });

  it('the concept words must stand together in one sentence, not in two', () => {
    const concept = compileConcept('grain procurement fell', new Set(), PLAIN_LEXICON);
    const one = analyseAnswer('Grain procurement fell sharply.', (w) => w, PLAIN_LEXICON).sentences;
    const split = analyseAnswer('The grain was good. Later, procurement of many other goods went up.', (w) => w, PLAIN_LEXICON).sentences;
    expect(conceptAt(concept, one[0]?.terms ?? [])).toBeGreaterThanOrEqual(0);
    expect(split.every((s) => conceptAt(concept, s.terms) < 0)).toBe(true);
  });

  it('reads misspellings as /ask does', () => {
    expect(made(END_NEP, 'The NEP was ended becuase of the grain procurment crisis, when peasents sold less grain to the state.')).toContain('procurement');
  });

  it('echoing the question\'s own words makes no point', () => {
    expect(made('pq-nep-explain-why-introduced', 'Lenin introduced the NEP in 1921 because he introduced the NEP in 1921.')).toEqual([]);
  });
});

describe('what each kind of answer gets', () => {
  it('a strong, explained answer reaches the top level, with the points it made quoted in its own words', () => {
    const r = marker.mark(question(END_NEP), STRONG_END_NEP);
    expect(r.status).toBe('marked');
    expect(r.level).toBe(4);
    expect(r.mark).toBeGreaterThanOrEqual(7);
    expect(r.made.find((m) => m.point.id === 'war-scare')?.quote).toContain('war scare of 1927');
    expect(r.next.kind).not.toBe('sentences');
  });

  it('a list of key words earns at most the lowest level, and is told to write sentences', () => {
    const r = marker.mark(question(END_NEP), 'grain procurement crisis, war scare, Bukharin, Right Opposition, rapid industrialisation, kulaks, Nepmen');
    expect(r.list).toBe(true);
    expect(r.level).toBeLessThanOrEqual(1);
    expect(r.next.kind).toBe('sentences');
  });

  it('short sentences are not taken for a list', () => {
    expect(marker.mark(question(END_NEP), 'Stalin ended the NEP. There was a grain crisis. He did not like it and he wanted things to change.').list).toBe(false);
  });

  it('the question copied back earns nothing, even joined to itself by "because"', () => {
    const r = marker.mark(question(END_NEP), 'Explain why Stalin ended the NEP in 1928–29.');
    expect(r).toMatchObject({ status: 'copied', mark: 0, level: 0 });
    expect(marker.mark(question('pq-collectivisation-explain-why'), 'Stalin introduced collectivisation in 1929 because he wanted to collectivise.').status).toBe('copied');
  });

  it('an answer about another topic earns nothing and says which', () => {
    const r = marker.mark(question('pq-famine-how-successful-collectivisation'), 'Stalin purged the party in 1937 and the show trials of Zinoviev, Kamenev and Bukharin were held in Moscow. Yezhov ran the NKVD and many officers were shot.');
    expect(r).toMatchObject({ status: 'off-topic', mark: 0 });
    expect(['great-terror', 'terror-origins', 'terror-assessment']).toContain(r.aboutTopic);
  });

  it('an answer about another country earns nothing, though its words seem to make points of the scheme', () => {
    const r = marker.mark(
      question('pq-society-describe-women'),
      "In Victorian England most women could not vote, and Emmeline Pankhurst's suffragettes smashed windows to win it. Women in the Lancashire mills worked long hours and also did the housework.",
    );
    expect(r).toMatchObject({ status: 'off-topic', mark: 0, level: 0, made: [] });
  });

  it('an answer about another period earns nothing, and says which topic it seems to be about', () => {
    const r = marker.mark(
      question(END_NEP),
      'Lenin brought in the NEP in 1921 because War Communism had caused famine and the Kronstadt sailors had rebelled. It let peasants sell their surplus grain on the market after paying a tax.',
    );
    expect(r).toMatchObject({ status: 'off-topic', mark: 0, aboutTopic: 'nep' });
  });

  it('an answer outside the course earns nothing', () => {
    const r = marker.mark(question('pq-famine-how-successful-collectivisation'), 'Hitler came to power in 1933 and the Nazis built the autobahns and rearmed Germany, tearing up the Treaty of Versailles.');
    expect(r).toMatchObject({ status: 'off-topic', mark: 0, aboutTopic: null });
  });

  it('a weak answer that names what the question is about is marked, though its everyday words ("lots", "bigger") lean to another topic (a Year-12 student trial)', () => {
    const weak =
      'stalin did collectivisation because he wanted to. he didnt like the peasents and wanted farms to be bigger. also the kulaks were bad. ' +
      'it happened in 1933 and lots of people died in the famine.';
    const r = marker.mark(question('pq-collectivisation-explain-why'), weak);
    expect(r).toMatchObject({ status: 'marked', level: 1, aboutTopic: null });
    expect(r.mark).toBeGreaterThanOrEqual(1);
    expect(r.mark).toBeLessThanOrEqual(2);
  });

  it('an answer that makes no point and says nothing of the question but a name earns nothing (a Year-12 student trial)', () => {
    const r = marker.mark(question('pq-nep-explain-why-introduced'), 'Once upon a time Lenin was sad.');
    expect(r).toMatchObject({ status: 'off-topic', mark: 0, level: 0 });
  });

  it('an empty or a five-word answer gets its own status, and nothing is made of it', () => {
    expect(marker.mark(question(END_NEP), '   ').status).toBe('empty');
    expect(marker.mark(question(END_NEP), 'grain procurement fell in 1927').status).toBe('too-short');
  });

  it('an answer of 4,000 characters is read whole; a longer one up to 4,000 and says so', () => {
    const long = `${STRONG_END_NEP} `.repeat(10);
    const exact = marker.mark(question(END_NEP), long.slice(0, PRACTICE_DEFAULTS.maxAnswerLength));
    expect(exact.truncated).toBe(false);
    expect(exact.level).toBe(4);
    const over = marker.mark(question(END_NEP), long);
    expect(over.truncated).toBe(true);
    expect(over.level).toBe(4);
  });

  it('an explain answer that narrates without linking stays below level 3', () => {
    const narrative =
      'In 1927 there was a grain procurement crisis. Peasants sold less grain to the state. The war scare of 1927 happened with Britain. ' +
      'In 1928 Stalin went to Siberia. He took grain from the peasants there. Bukharin and the Right Opposition disagreed with him. ' +
      'In 1929 the First Five-Year Plan was launched and rapid industrialisation began. Then collectivisation began at the end of the year.';
    const r = marker.mark(question(END_NEP), narrative);
    expect(r.made.length).toBeGreaterThanOrEqual(3);
    expect(r.explained).toBe(0);
    expect(r.level).toBeLessThanOrEqual(2);
    expect(r.next.kind).toBe('explain-point');
  });

  it('a judgement answer is checked for both sides and a supported conclusion', () => {
    const oneSided =
      'The grain procurement crisis left the towns short of bread, and bread rationing returned in 1928. ' +
      'Without grain exports the state could not buy foreign machinery, so the plans were at risk.';
    const r1 = marker.mark(question('pq-end-of-nep-how-far-grain'), oneSided);
    expect(r1.judgement).toMatchObject({ reached: false, for: 2, against: 0 });
    expect(r1.next.kind).toBe('other-side');

    const balanced = `${oneSided} However, Stalin also wanted rapid industrialisation, which the NEP could not deliver. Ending the NEP also helped him defeat Bukharin and the Right. ` +
      'Overall I agree to a large extent, because without the grain crisis Stalin would have had no reason to act so fast.';
    const r2 = marker.mark(question('pq-end-of-nep-how-far-grain'), balanced);
    expect(r2.judgement).toMatchObject({ reached: true, supported: true });
    expect(r2.judgement?.against).toBeGreaterThanOrEqual(1);
    expect(r2.level).toBeGreaterThan(r1.level);
  });
});

describe('how levels are decided (rules tuned on the marking sets, tests/fixtures/practice/)', () => {
  const TROTSKY = 'pq-power-struggle-how-far-trotsky';
  const GRAIN = 'pq-end-of-nep-how-far-grain';
  const BALANCED =
    'The grain procurement crisis left the towns short of bread, because peasants sold less grain to the state, and bread rationing returned in 1928. ' +
    'Without grain exports the state could not buy foreign machinery, so the plans were at risk. However, Stalin also wanted rapid industrialisation, ' +
    'which the NEP could not deliver. Ending the NEP also helped him defeat Bukharin and the Right.';

  it('"he" stands for the question\'s person, but not in a sentence that names someone else', () => {
    const r = made(TROTSKY, 'He was arrogant and looked down on the other leaders. Lenin was ill in 1922, and Stalin became General Secretary.');
    expect(r).toContain('arrogance');
    expect(r).not.toContain('did-not-act');
  });

  it('a point is explained by the sentence after it when that gives a cause or a result', () => {
    const explained = (answer: string) => marker.mark(question(END_NEP), answer).made.find((m) => m.point.id === 'procurement')?.explained;
    expect(explained('In 1927 there was a grain procurement crisis. The towns and the army were left short of bread, because peasants sold far less grain to the state.')).toBe(true);
    expect(explained('In 1927 there was a grain procurement crisis. The towns and the army were short of bread in the hard winter of 1928 and 1929.')).toBe(false);
  });

  it('a misspelt link word still explains a point', () => {
    const linked = marker.mark(question(END_NEP), 'Stalin ended the NEP becuase the grain procurement crisis of 1927 left the towns short of bread.');
    const listed = marker.mark(question(END_NEP), 'Stalin ended the NEP and the grain procurement crisis of 1927 left the towns short of bread.');
    expect(linked.made.find((m) => m.point.id === 'procurement')?.explained).toBe(true);
    expect(listed.made.find((m) => m.point.id === 'procurement')?.explained).toBe(false);
  });

  it('one sentence, however long, earns the lowest level; an answer on the topic with no point still earns it', () => {
    expect(marker.mark(question(END_NEP), 'Stalin ended it because grain procurement fell.')).toMatchObject({ status: 'marked', level: 1 });
    const long = marker.mark(question(END_NEP), 'Stalin ended the NEP because the grain procurement crisis of 1927 left the towns and the army short of bread.');
    expect(long.made.find((m) => m.point.id === 'procurement')?.explained).toBe(true);
    expect(long.level).toBe(1);
    expect(marker.mark(question(END_NEP), 'Stalin wanted to change the economy of the country.')).toMatchObject({ status: 'marked', level: 1 });
  });

  it('bullet points that each say something are notes, not a list: they can be explained, but the top level needs prose, and level 3 notes of a sentence each', () => {
    const notes =
      '- 1927 grain procurement fell – peasants sold far less grain to the state because prices were low\n' +
      '- towns and the army short of bread – rationing came back in 1928\n' +
      '- war scare of 1927 – Stalin feared an attack by Britain and needed industry fast\n' +
      '- rapid industrialisation wanted – grain exports had to pay for foreign machinery\n' +
      '- Bukharin and the Right defended the NEP – ending it helped Stalin defeat them in 1929\n' +
      '- kulaks blamed for hoarding – Stalin turned against private farming';
    const r = marker.mark(question(END_NEP), notes);
    expect(r.list).toBe(false);
    expect(r.explained).toBeGreaterThanOrEqual(3);
    expect(r.level).toBe(3);
    // The same points as headings of a few words each name the points rather than explain them.
    const headings = marker.mark(
      question(END_NEP),
      '- grain procurement fell – bread short\n- war scare 1927 – needed arms\n- Bukharin and the Right – Stalin beat them\n' +
        '- rapid industrialisation – NEP too slow\n- kulaks hoarded grain – blamed',
    );
    expect(headings.made.length).toBeGreaterThanOrEqual(4);
    expect(headings.level).toBe(2);
  });

  it('a judgement question reaches level 3 only with a judgement, which may be "I only partly agree" or a note headed "Conclusion"', () => {
    expect(marker.mark(question(GRAIN), BALANCED).level).toBe(2);
    const judged = marker.mark(question(GRAIN), `${BALANCED} I only partly agree, because Stalin wanted rapid industrialisation anyway.`);
    expect(judged.judgement).toMatchObject({ reached: true, supported: true });
    expect(judged.level).toBe(3);
    // (Notes long enough for a 16-mark question's level 3: see the A-level student's trial below.)
    const notes = marker.mark(
      question(GRAIN),
      '- the grain crisis of 1927 left the towns and the army short of bread, and rationing came back in the towns in 1928\n' +
        '- grain exports had paid for the machinery from abroad that the Five-Year Plans needed, so less grain meant fewer machines\n' +
        '- Stalin wanted rapid industrialisation anyway, whatever the harvest, because he feared a war with the capitalist powers\n' +
        '- ending the NEP helped him defeat Bukharin and the Right in 1929, as they were its main defenders in the Politburo\n' +
        'Conclusion:\n- the grain crisis mattered most, because it forced Stalin to act quickly, though his other aims made him ready to act',
    );
    expect(notes.judgement?.reached).toBe(true);
    expect(notes.level).toBe(3);
  });

  it('a judgement is supported by a reason given with it ("…, so I mostly agree"), not by the argument before it', () => {
    expect(marker.mark(question(GRAIN), `${BALANCED} I mostly agree.`).judgement).toMatchObject({ reached: true, supported: false });
    expect(marker.mark(question(GRAIN), `${BALANCED} The grain crisis forced Stalin to act, so I mostly agree.`).judgement).toMatchObject({ reached: true, supported: true });
  });

  it('an account that only moves through time ("then", "after that") does not reach the top level', () => {
    const r = marker.mark(
      question('pq-great-terror-account'),
      'In August 1936 Zinoviev and Kamenev were tried in the first show trial and shot. Then in September 1936 Yezhov replaced Yagoda as head of the NKVD. ' +
        'After that, in 1937, the army was purged and Marshal Tukhachevsky was shot with other generals. Later in 1937 the mass operations began, with quotas ' +
        'of arrests and executions for every region. Then in March 1938 Bukharin was tried in the third show trial and shot. Finally, at the end of 1938, ' +
        'Beria replaced Yezhov and the Terror ended, after about 680,000 executions.',
    );
    expect(r.made.length).toBeGreaterThanOrEqual(5);
    expect(r.level).toBe(3);
  });
});

describe('a point stated with a negator just before it is not made', () => {
  const TRIALS = 'pq-great-terror-describe-trials';

  it('"no foreign journalists", "were not held in public", "never confessed" and "didn\'t confess" make no point; the same words without them do', () => {
    expect(made(TRIALS, 'The trials were held in public before foreign journalists and diplomats, as propaganda.')).toContain('public');
    expect(made(TRIALS, 'At the trials in Moscow no foreign journalists could watch what happened.')).not.toContain('public');
    expect(made(TRIALS, 'The show trials in Moscow were not held in public at all, the records say.')).not.toContain('public');
    expect(made(TRIALS, 'The accused confessed to crimes they had not committed, after torture.')).toContain('confessions');
    expect(made(TRIALS, 'The accused never confessed to any crimes at the trials in Moscow.')).not.toContain('confessions');
    expect(made(TRIALS, "The accused didn't confess to any crimes at the trials in Moscow.")).not.toContain('confessions');
  });

  it('keeps it narrow: "not only … but also", "no one could refuse to confess" and "could not" still make the point', () => {
    expect(made(TRIALS, 'The trials were not only held in public but also filmed for the cinema newsreels.')).toContain('public');
    expect(made(TRIALS, 'No one could refuse to confess to the crimes, because of the torture and the threats.')).toContain('confessions');
    // What could not happen is often the point itself.
    expect(made('pq-end-of-nep-how-far-grain', 'Without grain to export, the state could not buy foreign machinery for the new factories.')).toContain('exports');
    // A point of ending or lack is stated by "no" too: "no private traders" is "private trade ended".
    expect(made('pq-five-year-plans-explain-consumer', 'After the NEP ended there were no private traders left to sell things to people.')).toContain('private-trade');
  });
});

describe('a wrong version of a point (the mark scheme\'s `wrong` concepts)', () => {
  const TRIALS = 'pq-great-terror-describe-trials';
  const TRIAL_ANSWER =
    'One feature of the show trials was that they were held in secret so no foreign journalists could watch them. ' +
    'Another feature was that Trotsky was put on trial in Moscow in person and shot in 1937 after he confessed.';

  it('does not make the point, and its words make no other: the answer of two false features earns 1 mark of 4, each fact quoted to check', () => {
    const r = marker.mark(question(TRIALS), TRIAL_ANSWER);
    expect(r.mark).toBeLessThanOrEqual(1);
    expect(r.made.map((m) => m.point.id)).toEqual([]);
    expect(r.wrong.map((w) => w.point.id)).toEqual(['public', 'trotsky-plots']);
    expect(r.wrong.find((w) => w.point.id === 'public')?.quote).toContain('held in secret');
    expect(r.wrong.find((w) => w.point.id === 'trotsky-plots')?.quote).toContain('Trotsky was put on trial in Moscow');
  });

  it('keeps a strong answer off the top level', () => {
    const strong = 'Leading old Bolsheviks such as Zinoviev, Kamenev and Bukharin were put on trial in Moscow between 1936 and 1938. ' +
      'The accused confessed in public to crimes they had not committed, because they had been tortured and their families threatened.';
    expect(marker.mark(question(TRIALS), strong)).toMatchObject({ level: 2, wrong: [] });
    expect(marker.mark(question(TRIALS), `${strong} The trials were held in secret.`)).toMatchObject({ level: 1 });
    const japan = STRONG_END_NEP.replace('The war scare of 1927 made this urgent because Stalin feared an attack by Britain.', 'There was also a war scare with Japan in 1927, so industry was urgent.');
    const r = marker.mark(question(END_NEP), japan);
    expect(r.wrong.map((w) => w.point.id)).toEqual(['war-scare']);
    expect(r.level).toBe(3);
  });

  it('is not found where the sentence denies, hedges or reports it, where it is about someone else, or where the point is also stated rightly', () => {
    const wrongIn = (id: string, answer: string) => marker.mark(question(id), answer).wrong.map((w) => w.point.id);
    expect(wrongIn(TRIALS, 'The trials were not held in secret: foreign journalists and diplomats watched them.')).toEqual([]);
    expect(wrongIn(TRIALS, 'Those accused of plotting with Trotsky were put on trial in Moscow and shot.')).toEqual([]);
    expect(wrongIn(TRIALS, 'The trials were held in public, and the accused had been held in secret prisons before them.')).toEqual([]);
    expect(wrongIn('pq-collectivisation-account-how', 'In Dizzy with Success Stalin claimed collectivisation was voluntary, and said it should be voluntary.')).toEqual([]);
    expect(wrongIn('pq-collectivisation-account-how', 'Collectivisation was voluntary, so the peasants were happy to join the new farms.')).toEqual(['25000ers']);
    // A year that begins what follows is not the date of what came before.
    expect(wrongIn('pq-terror-origins-account-1932-36', "After Kirov's murder, the 1936 show trials began in Moscow.")).toEqual([]);
    expect(wrongIn('pq-terror-origins-account-1932-36', 'Kirov was killed in 1936 and Stalin blamed his enemies.')).toEqual(['kirov']);
  });

  it('the real mark schemes list wrong versions for at least 20 points, and no right statement of the fact base is taken for one', () => {
    const points = kb.practice.flatMap((q) => q.points.filter((p) => (p.wrong ?? []).length > 0).map((p) => ({ q, p })));
    expect(points.length).toBeGreaterThanOrEqual(20);
    const flagged = (q: PracticeQuestion, answer: string) => marker.mark(q, answer).wrong.map((w) => `${q.id}/${w.point.id}: ${w.quote}`);
    // Each concept, each mark scheme's own points, and every answer of the fact base on the question's topic.
    for (const { q, p } of points) for (const concept of p.concepts) expect(flagged(q, `It is clear that ${concept}, as the notes say in detail.`)).toEqual([]);
    for (const q of kb.practice) {
      expect(flagged(q, q.points.map((p) => p.point).join(' '))).toEqual([]);
      for (const entry of kb.questions.filter((e) => e.topic === q.topic)) expect(flagged(q, entry.answer), entry.id).toEqual([]);
    }
  }, 120_000); // marks every statement of the fact base: a minute on a busy machine
});

describe('a wrong figure or year (found by a second blind student trial)', () => {
  const wrongIn = (id: string, answer: string) => marker.mark(question(id), answer).wrong.map((w) => ({ point: w.point.id, right: w.right }));

  it('"it only killed a few thousand" is a fact to check, and does not make the point of millions it contradicts', () => {
    const r = marker.mark(question('pq-famine-describe-effects'), 'The famine happened in 1932-33 and it only killed a few thousand people. It was caused by bad weather and drought. Stalin sent food aid to Ukraine.');
    expect(r.wrong.map((w) => w.point.id)).toEqual(['famine']);
    expect(r.made.map((m) => m.point.id)).toEqual([]);
    // "Few" that is the amount itself does not deny the wrong figure; a smaller figure beside a point of millions unmakes it.
    expect(marker.mark(question('pq-famine-describe-effects'), 'The famine killed only few thousand peasants in Ukraine.').wrong.map((w) => w.point.id)).toEqual(['famine']);
    expect(made('pq-famine-describe-effects', 'In the famine hundreds of peasants starved to death in Ukraine.')).toEqual([]);
    expect(made('pq-famine-describe-effects', 'Millions died in the famine, while thousands of kulaks were deported to special settlements.')).toEqual(['famine', 'deported']);
  });

  it('a year that contradicts the question\'s own date, or a key date of the point, is a fact to check, with what is right', () => {
    expect(wrongIn('pq-terror-origins-describe-consequences', 'After the murder of Kirov in 1936, Stalin used it as an excuse for the Terror.')).toEqual([{ point: 'excuse', right: 'The murder of Kirov in December 1934' }]);
    expect(wrongIn('pq-terror-origins-describe-consequences', 'In 1936 Kirov was murdered and many were arrested in Leningrad.')).toHaveLength(1);
    const yezhov = 'He appointed Yezhov as head of the NKVD, replacing Yagoda, in 1934.';
    expect(wrongIn('pq-terror-assessment-how-far-stalin', yezhov)).toEqual([{ point: 'controlled-nkvd', right: 'Yezhov replaces Yagoda as head of the NKVD (September 1936)' }]);
    const reply = feedbackReply(kb, marker.mark(question('pq-terror-assessment-how-far-stalin'), `${yezhov} Stalin signed death lists.`), { late: true, now: 0 });
    expect(reply.fields?.[0]).toEqual({ name: P.wrongField, value: P.wrongLine(yezhov, 'Yezhov replaces Yagoda as head of the NKVD in September 1936, not 1934.') });
  });

  it('is strict: a year of the same point, a range, another clause\'s date or another fact\'s is no slip', () => {
    const none = (id: string, answer: string) => expect(wrongIn(id, answer), answer).toEqual([]);
    none('pq-terror-origins-describe-consequences', 'The murder of Kirov in December 1934 led to the decree of 1 December.');
    none('pq-terror-origins-describe-consequences', "Zinoviev and Kamenev were sent to prison over Kirov's death in January 1935.");
    none('pq-terror-origins-describe-consequences', "Zinoviev and Kamenev were tried again in 1936 for Kirov's murder.");
    none('pq-terror-origins-explain-kirov', 'Sergei Kirov took over Leningrad from Zinoviev in 1926.');
    none('pq-terror-assessment-how-far-stalin', 'Yezhov was head of the NKVD in 1937, and Beria replaced Yezhov as head of the NKVD in 1938.');
    none('pq-power-struggle-explain-why-won', 'In 1926 Trotsky, Zinoviev and Kamenev formed the United Opposition.');
    none('pq-famine-describe-effects', 'Peasants were denied internal passports in 1933.');
  });

  it('lists the trial\'s other slips as wrong versions: Trotsky shot in 1926, General Secretary in 1917, 7,000 executed', () => {
    expect(wrongIn('pq-power-struggle-explain-why-won', 'Stalin was General Secretary in 1917 straight after the revolution. In 1926 Trotsky was shot on Stalin\'s orders.').map((w) => w.point)).toEqual(['party-machine', 'rivals-mistakes']);
    expect(wrongIn('pq-terror-assessment-how-far-stalin', 'Only about 7,000 people were executed in 1937-38.').map((w) => w.point)).toEqual(['signed-lists']);
    expect(wrongIn('pq-terror-assessment-how-far-stalin', 'Tens of thousands of people were executed in 1937-38 on lists Stalin signed.')).toEqual([]);
  });

  it('takes no key date or event of the course, stated with its date, for a wrong year', () => {
    const facts = [...kb.topics.flatMap((t) => t.keyDates.map((d) => ({ topic: t.id, text: d.label, date: d.date, end: d.end }))), ...kb.events.map((e) => ({ topic: e.topic, text: e.title, date: e.date, end: e.end }))];
    const topicOf = new Map(kb.questions.map((e) => [e.id, e.topic]));
    for (const q of kb.practice) {
      // The facts a question's points may be checked against: its topic's, and its points' entries' topics'.
      const topics = new Set([q.topic, ...q.points.flatMap((p) => p.entries.map((e) => topicOf.get(e) ?? q.topic))]);
      for (const f of facts.filter((x) => topics.has(x.topic))) {
        const date = showDate(f.date, f.end);
        for (const text of [`${f.text} in ${date}.`, `In ${date}, ${f.text.replace(/^./, (c) => c.toLowerCase())}.`])
          expect(marker.mark(q, text).wrong.map((w) => w.quote), `${q.id}: ${text}`).toEqual([]);
      }
    }
  }, 120_000); // reads every key date of the fact base: long on a busy machine
});

// How quickly it marks is measured by the bench (bench/practice.ts, `npm run bench`), not asserted here.
describe('the marker warmed at start', () => {
  it('warmed at start (as the app does), a fresh marker marks a historians\' answer as an unwarmed one does (review 2, finding 14; the time saved is for the bench, not a test)', () => {
    const fresh = createMarker(kb);
    fresh.warm();
    const r = fresh.mark(question('pq-interpretations-terror-planned'), 'J. Arch Getty argued that the Terror was planned and directed by Stalin from the top. Robert Conquest argued that it grew out of chaos.');
    expect(r.wrong.map((w) => w.swapped?.said)).toEqual(['J. Arch Getty', 'Robert Conquest']);
  });
});

describe("a question's dates", () => {
  it('names the fact a question gives a wrong year, the fact it names most fully', () => {
    expect(marker.wrongDates('Why was Kirov murdered in 1936?')).toEqual(['Sergei Kirov is shot dead in the Smolny in Leningrad (December 1934)']);
    expect(marker.wrongDates('when beria replaced yezhov in 1939 what changed')).toEqual(["Beria, Yezhov's deputy since August, replaces him as head of the NKVD (November 1938)"]);
    expect(marker.wrongDates('yezhov replaced yagoda in 1937')).toEqual(['Yezhov replaces Yagoda as head of the NKVD (September 1936)']);
    // "Dies" is a death too, and "of" dates a thing in a question ("the Shakhty trial of 1932").
    expect(marker.wrongDates('Why did Stalin launch the Great Terror after the death of Lenin in 1934?')).toEqual(['Lenin dies (January 1924)']);
    expect(marker.wrongDates('What was the Shakhty trial of 1932')).toHaveLength(1);
    for (const q of ['the shakhty trial of 1928', 'the famine of 1932', 'what was the decree of 1 December 1934']) expect(marker.wrongDates(q), q).toEqual([]);
  });

  it('leaves a right year alone, and one another fact about the same thing has, and a level reached, and a year not written as a date', () => {
    for (const q of [
      'why was kirov killed in 1934',
      // Approved in April 1929, backdated to October 1928: either year is right.
      'why was the first five year plan launched in 1929',
      'How did peasants respond to collectivization in early 1930?',
      'Why did Stalin purge the Red Army in 1937?',
      'what were the 1936 show trials',
      'why was kirov murdered',
    ])
      expect(marker.wrongDates(q), q).toEqual([]);
  });
});


describe('a historian\'s view is theirs: a point naming a historian is made only where they are named', () => {
  const FAMINE = 'pq-interpretations-famine-ukraine';
  // A teacher's trial answer: Davies and Wheatcroft given Conquest's view, and Kotkin never named.
  const MISATTRIBUTED =
    'Robert Conquest in Red Famine (2017) argued that the famine was a deliberate genocide against Ukrainians. ' +
    'R. W. Davies and Stephen Wheatcroft in The Years of Hunger (2004) agreed that it was a planned genocide. ' +
    'Anne Applebaum argues that it was not aimed at Ukraine but was an accident of bad weather. I agree with Conquest because the famine was worst in Ukraine.';

  it('a sentence about Davies and Wheatcroft makes no point on Kotkin\'s view, nor on Conquest\'s', () => {
    const r = marker.mark(question(FAMINE), MISATTRIBUTED);
    expect(r.made.map((m) => m.point.id)).not.toContain('kotkin');
    // Red Famine (2017) is Applebaum's book: a book given to the wrong historian is a fact to check and makes no point.
    expect(r.made.map((m) => m.point.id)).not.toContain('conquest');
    expect(r.wrong.find((w) => w.quote.startsWith('Robert Conquest in Red Famine'))?.correction).toMatchObject({ fact: 'Red Famine', saidPerson: 'Robert Conquest', rightPerson: 'Anne Applebaum' });
    expect(r.mark).toBeLessThan(r.maxMark);
  });

  it('the view is made where the historian is named, or in the sentence after ("He argued…")', () => {
    expect(made(FAMINE, 'Stephen Kotkin wrote a long biography of Stalin. He argued that the famine came from reckless policy, not a plan.')).toContain('kotkin');
    expect(made(FAMINE, 'Davies and Wheatcroft wrote The Years of Hunger. They argued that it came from reckless policy, not a plan.')).not.toContain('kotkin');
  });

  it('an initial is no sentence of its own: "R. W. Davies" is one sentence', () => {
    expect(analyseAnswer('R. W. Davies wrote it. He argued so.', (w) => w, PLAIN_LEXICON).sentences.map((s) => s.text)).toEqual(['R. W. Davies wrote it.', 'He argued so.']);
  });
});

describe('a historian\'s view is made by stating the view, not by naming the historian or the book (an A-level teacher\'s trial)', () => {
  const FAMINE = 'pq-interpretations-famine-ukraine';
  const TEACHER =
    'Robert Conquest in Red Famine (2017) argued that the famine was a deliberate genocide against Ukrainians. ' +
    'R. W. Davies and Stephen Wheatcroft in The Years of Hunger (2004) agreed that it was a planned genocide. ' +
    'Anne Applebaum argues that it was not aimed at Ukraine but was an accident of bad weather. I agree with Conquest because the famine was worst in Ukraine.';

  it('a sentence naming Applebaum, or Davies and Wheatcroft and their book, but giving the opposite view makes no point on theirs', () => {
    const points = made(FAMINE, TEACHER);
    expect(points).not.toContain('applebaum');
    expect(points).not.toContain('davies-wheatcroft');
    // Conquest's view is given to him in a sentence that credits him with Applebaum's Red Famine: it earns nothing.
    expect(points).not.toContain('conquest');
    expect(made(FAMINE, 'Robert Conquest in The Harvest of Sorrow (1986) argued that the famine was a deliberate genocide against Ukrainians.')).toContain('conquest');
  });

  it('each view stated rightly is still credited, with the historian named', () => {
    const right =
      'Robert Conquest argued that the famine was a deliberate attack on Ukraine. ' +
      'Anne Applebaum argues in Red Famine that it was a political famine, used to crush Ukrainian national feeling. ' +
      'R. W. Davies and Stephen Wheatcroft in The Years of Hunger argued that it was not genocide: Stalin\'s policies were ruthless but there was no plan to starve the peasants.';
    expect(made(FAMINE, right)).toEqual(expect.arrayContaining(['conquest', 'applebaum', 'davies-wheatcroft']));
    expect(made(FAMINE, 'Davies and Wheatcroft argued that the famine was not genocide and came from a brutal policy.')).toContain('davies-wheatcroft');
    expect(made(FAMINE, 'Anne Applebaum argued that the famine was deliberate and aimed at the peasants of Ukraine.')).toContain('applebaum');
  });

  it('an unnamed sentence that the famine was a planned genocide makes no point on the views that it was not', () => {
    const points = made(FAMINE, 'Stalin had a deliberate plan to starve Ukraine, which was a planned genocide against its people.');
    expect(points).not.toContain('davies-wheatcroft');
    expect(points).not.toContain('kotkin');
  });

  it('on the Terror, Getty given Conquest\'s view, or Conquest Getty\'s, makes neither point', () => {
    const TERROR = 'pq-interpretations-terror-planned';
    expect(made(TERROR, 'J. Arch Getty argued that Stalin had planned the Terror from the start and directed it himself.')).not.toContain('getty');
    expect(made(TERROR, 'Robert Conquest argued that the Terror was not planned and grew out of chaos in the regions.')).not.toContain('conquest');
  });
});

describe('any dated fact of the course given a wrong year goes under Facts to check', () => {
  it('"The First Five-Year Plan began in 1932" in an answer on the end of the NEP, with the right dates', () => {
    const r = marker.mark(question(END_NEP), `${STRONG_END_NEP} The First Five-Year Plan began in 1932.`);
    const w = r.wrong.filter((x) => /1932/.test(x.quote));
    expect(w).toHaveLength(1);
    expect(w[0]?.right).toMatch(/First Five-Year Plan.*October 1928–December 1932/);
    expect(feedbackReply(kb, r, { late: false, now: 0 }).fields?.find((f) => f.name === P.wrongField)?.value).toContain('began in 1932');
  });

  it('a right start is not flagged, nor the start of another plan', () => {
    const r = marker.mark(question(END_NEP), `${STRONG_END_NEP} The First Five-Year Plan began in 1928 and the Second Five-Year Plan began in 1933.`);
    expect(r.wrong).toEqual([]);
  });

  it('a fact /ask reads as given a wrong year ("Kirov was killed in 1936") is listed once for its sentence', () => {
    const r = marker.mark(question(END_NEP), `${STRONG_END_NEP} Later, Kirov was murdered in 1936.`);
    const w = r.wrong.filter((x) => /Kirov/.test(x.quote));
    expect(w).toHaveLength(1);
    expect(w[0]?.right).toMatch(/Kirov.*December 1934/);
  });
});

describe('a conclusion backed by "since", "as", "given that", "as shown by", "the evidence of" or "due to" is supported', () => {
  const BODY =
    'Stalin signed lists of people to be shot, and he approved Order 00447 in July 1937, which set quotas for arrests and executions in each region. ' +
    'This meant that the mass operations were directed from the top. He also controlled the NKVD through Yezhov, whom he appointed in September 1936, so the terror followed his orders. ' +
    'However, local officials added names and denunciations by ordinary people helped the purges grow, because people settled scores with neighbours. ' +
    'Fear of war with Germany and Japan also pushed the leadership to remove a possible fifth column, which meant more arrests.';
  it.each([
    'Overall I agree to a large extent, since without his orders the mass operations would not have happened.',
    'I agree to a large extent as without his orders the mass operations would not have happened.',
    'I agree to a large extent given that his orders started the mass operations.',
    'I agree to a large extent, as shown by his orders for the mass operations.',
    'I agree to a large extent. This is shown by his orders for the mass operations.',
    'I agree to a large extent: the evidence of his orders for the mass operations is clear.',
    'I agree to a large extent, due to his orders for the mass operations.',
  ])('"%s"', (conclusion) => {
    expect(marker.mark(question('pq-terror-assessment-how-far-stalin'), `${BODY} ${conclusion}`).judgement).toMatchObject({ reached: true, supported: true });
  });
});

describe('a "describe two" answer: points drawn from one clause are one feature (an A-level teacher\'s trial)', () => {
  const REALISM = 'pq-culture-describe-socialist-realism';

  it('one feature in one sentence ("optimistic, heroic images") stays at level 1, however many points its words touch', () => {
    const r = marker.mark(question(REALISM), 'Socialist realism was art that showed optimistic, heroic images of Soviet workers and their future.');
    expect(r.level).toBe(1);
    expect(r.mark).toBeLessThanOrEqual(2);
    expect(r.next.kind).toBe('add-point');
  });

  it('two features, in two sentences or two clauses, still reach the top level', () => {
    expect(marker.mark(question(REALISM), 'Socialist realism showed heroic workers building socialism in the factories. It also showed an optimistic future for the whole USSR.').mark).toBe(4);
    expect(marker.mark(question(REALISM), 'Socialist realism was the official style approved by the Congress of Writers in 1934, and it showed heroic workers building socialism.').level).toBe(2);
  });

  it('a point credited names what the student said: the optimism point no longer claims they praised Stalin', () => {
    const r = marker.mark(question(REALISM), 'Socialist realism showed heroic workers building socialism. It also showed an optimistic future for the whole USSR.');
    const optimism = r.made.find((m) => m.point.id === 'optimistic');
    expect(optimism?.quote).not.toMatch(/stalin/i);
    expect(optimism?.point.point).not.toMatch(/, and praised Stalin/);
  });
});

describe('the next step fits the kind of question', () => {
  const nextStep = (id: string, answer: string) => feedbackReply(kb, marker.mark(question(id), answer), { late: false, now: 0 }).fields?.find((f) => f.name === P.nextField)?.value ?? '';

  it('a copied "Describe two…" is asked for a feature, not a reason; a copied "Explain why…" for a reason', () => {
    const describeCopy = marker.mark(question('pq-culture-describe-socialist-realism'), 'Two features of socialist realism, describe two features of socialist realism.');
    expect(describeCopy.status).toBe('copied');
    const describeNext = nextStep('pq-culture-describe-socialist-realism', 'Two features of socialist realism, describe two features of socialist realism.');
    expect(describeNext).toContain('One feature was');
    expect(describeNext).not.toContain('One reason was');
    const explain = question(END_NEP);
    expect(nextStep(END_NEP, `${explain.prompt} ${explain.prompt}`)).toContain('One reason was');
  });
});

describe('lists and one-sided answers to judgement questions (an A-level teacher\'s trial, runs practice-6 and practice-7)', () => {
  const CARROT = 'pq-industrial-workers-more-important-carrot';
  const FIRST_PLAN = 'pq-five-year-plans-how-successful-first';
  const LISTED =
    'Rewards: Stakhanovites got higher pay, better flats and medals. Wages were unequal after 1931. ' +
    'Punishments: the 1938 labour book, being late 20 minutes was a crime from 1940, sacking and loss of housing. Both were used. Punishments were more important.';
  const ALL_SUCCESSES =
    'The First Five-Year Plan was very successful. Heavy industry grew fast: coal and steel output rose a lot and new industrial cities like Magnitogorsk were built, ' +
    'and the Dnieper dam was built. This meant the USSR became much stronger. It was also declared finished early, in four years and three months.';
  const field = (id: string, answer: string, name: string) =>
    feedbackReply(kb, marker.mark(question(id), answer), { late: false, now: 0 }).fields?.find((f) => f.name === name)?.value ?? '';

  it('points listed together, none explained, with a bare verdict, stay at level 2, not the level that "explains both factors"', () => {
    const r = marker.mark(question(CARROT), LISTED);
    expect(r.judgement).toMatchObject({ reached: true, supported: false, for: 2, against: 2 });
    expect(r.explained).toBe(0);
    expect(r.level).toBe(2);
    expect(r.mark).toBeLessThanOrEqual(6);
    expect(feedbackReply(kb, r, { late: false, now: 0 }).body).not.toContain('Explains both factors');
  });

  it('the same points each said at length, or the verdict backed by a reason, still reach level 3', () => {
    // Each long enough for a 12-mark question's level 3 (90 words: see the A-level student's trial below).
    const atLength =
      'Stakhanovites got higher pay, better flats and medals for breaking their norms, and newspapers praised them as heroes of labour. Wages were unequal after 1931, when equal pay was attacked and skilled workers earned far more than the unskilled. ' +
      'The 1938 labour book tied workers to their jobs in the factory and recorded their faults. From 1940 being late by 20 minutes was a crime, and workers could be sacked and lose their housing in the factory barracks. Both were used, side by side, in every factory. Punishments were more important.';
    expect(marker.mark(question(CARROT), atLength).level).toBe(3);
    const listedAndBacked =
      'Rewards: Stakhanovites got higher pay, better flats and medals. Wages were unequal after 1931. Skilled workers earned far more than the unskilled, and shock workers got extra rations and places in holiday homes. ' +
      'Punishments: the 1938 labour book, being late 20 minutes was a crime from 1940, sacking and loss of housing. Managers could be accused of wrecking and sent to the camps. ' +
      'Both were used, in every factory and on every building site, all through the 1930s. Punishments were more important because workers could not leave their jobs or refuse the work.';
    expect(marker.mark(question(CARROT), listedAndBacked).level).toBe(3);
  });

  it('an answer with every point on one side stays at level 2, and its feedback says it is one-sided rather than supported', () => {
    const r = marker.mark(question(FIRST_PLAN), ALL_SUCCESSES);
    expect(r.judgement).toMatchObject({ reached: true, for: 2, against: 0 });
    expect(r.level).toBe(2);
    const judgement = field(FIRST_PLAN, ALL_SUCCESSES, P.judgementField);
    expect(judgement).toContain('one-sided');
    expect(judgement).toContain('"Its failures"');
    expect(judgement).not.toContain(P.judgement(true, true));
  });

  it('"declared finished early, in four years", said as a success, is not the failure point of missed targets and exaggerated figures', () => {
    expect(made(FIRST_PLAN, ALL_SUCCESSES)).not.toContain('targets-missed');
    expect(made(FIRST_PLAN, 'Stalin declared the plan complete in four years, but most targets were missed.')).toContain('targets-missed');
    expect(made(FIRST_PLAN, 'It was a failure in many ways, because steel output fell short of its targets by a long way.')).toContain('targets-missed');
    expect(made(FIRST_PLAN, 'It was a failure in many ways, because managers inflated their statistics to avoid blame.')).toContain('targets-missed');
  });
});

describe('a Year-11 student with dyslexia\'s trial (items 5, 23 and 24)', () => {
  const wrongIn = (id: string, answer: string) => marker.mark(question(id), answer).wrong.map((w) => w.right);
  const CONFESS = 'pq-great-terror-explain-confess';
  const ABANDONS = 'Stalin abandons the NEP during the grain procurement crisis (1928)';
  const SPELT_RIGHT =
    'Stalin ended the NEP because of the grain crisis in 1927. The peasants would not sell their grain to the state because the prices were too low, so the towns did not have enough food. This meant Stalin thought the NEP did not work.\n' +
    'Also there was a war scare in 1927 with Britain so Stalin wanted to industrialise fast to make weapons and the NEP was too slow.\n' +
    'Also the NEP was capitalist and lots of communists hated the Nepmen and kulaks so ending it was popular.\n' +
    'It also helped Stalin beat Bukharin and the Right who supported the NEP.';
  const AS_WRITTEN =
    'stallin ended the nep becuase of the grane crisis in 1927 the peesants woudnt sell there grane to the state becuase the prises were to low so the towns didnt have enuf food. this ment stallin thort the nep didnt work.\n' +
    'also there was a war scare in 1927 with britian so stallin wanted to indusrtialise fast to make wepons and the nep was to slow.\n' +
    'also the nep was capitalist and lots of comunists hated the nepmen and kulacks so ending it was popluar.\n' +
    'it also helpd stallin beat bukarin and the rite who suported the nep.';

  it('a fact during a period takes any year of it: the NEP was abandoned in 1928, during the grain crisis of 1927–28, so "the grain crisis in 1927" is no slip', () => {
    expect(wrongIn(END_NEP, 'Stalin ended the NEP because of the grain crisis in 1927.')).toEqual([]);
    expect(wrongIn(END_NEP, 'Stalin abandoned the NEP during the grain crisis in 1927.')).toEqual([]);
    const r = marker.mark(question(END_NEP), SPELT_RIGHT);
    expect(r.wrong).toEqual([]);
    expect(r.level).toBe(4);
    for (const q of ['why did the grain crisis happen in 1927', 'did stalin end the nep because of the grain crisis in 1927', 'why did stalin abandon the nep during the grain crisis in 1927'])
      expect(marker.wrongDates(q), q).toEqual([]);
  });

  it('reads a dated fact\'s words within one clause, not across "because", "before" or "since" (stemmed "becaus", "befor", "sinc")', () => {
    const terms = (text: string) => analyseAnswer(text, (w) => w, PLAIN_LEXICON).sentences[0]?.terms ?? [];
    const nepAndGrain = new Set(['nep', 'grain']);
    expect(thingSpan(nepAndGrain, 2, terms('Stalin ended the NEP and the grain'))).not.toBeNull();
    for (const word of ['because', 'before', 'since']) expect(thingSpan(nepAndGrain, 2, terms(`Stalin ended the NEP ${word} the grain`)), word).toBeNull();
  });

  it('a year outside the period is still a slip, in an answer and in a question', () => {
    expect(wrongIn(END_NEP, 'Stalin abandoned the NEP during the grain crisis in 1935.')).toEqual([ABANDONS]);
    expect(marker.wrongDates('why did stalin abandon the nep during the grain crisis in 1935')).toEqual([ABANDONS]);
  });

  it('"their duty to the party" makes the point that confessing was a last service to the party, spelt right or not; denied, or the party forcing a confession, it does not', () => {
    expect(made(CONFESS, 'Some Old Bolsheviks like Bukharin believed it was their duty to the party to confess even if it was a lie.')).toContain('party-loyalty');
    expect(made(CONFESS, 'some old bolshevicks like bukarin beleived it was there duty to the party to confes even if it was a lie.')).toContain('party-loyalty');
    expect(made(CONFESS, 'They sacrificed themselves for the party by confessing to crimes they had not done.')).toContain('party-loyalty');
    expect(made(CONFESS, 'They felt no duty to the party, but they were tortured until they confessed.')).not.toContain('party-loyalty');
    expect(made(CONFESS, 'They were not loyal to the party any more, they confessed to save their families.')).not.toContain('party-loyalty');
    expect(made(CONFESS, 'The party forced them to confess to crimes they had not committed.')).not.toContain('party-loyalty');
  });

  it('a spelling the notes list for a word counts as that word: "kulacks" are kulaks, "war comunism" War Communism', () => {
    const ideology = 'Many party members saw the kulaks as class enemies of the revolution.';
    expect(made(END_NEP, ideology)).toContain('ideology');
    expect(made(END_NEP, ideology.replace('kulaks', 'kulacks'))).toContain('ideology');
    expect(made('pq-nep-explain-why-introduced', 'Lenin brought in the NEP because war comunism had caused big problems.')).toContain('economy-ruined');
  });

  it('the answer as the student wrote it is marked as the same answer spelt right: the same points and mark', () => {
    const right = marker.mark(question(END_NEP), SPELT_RIGHT);
    const written = marker.mark(question(END_NEP), AS_WRITTEN);
    expect(written.made.map((m) => m.point.id)).toEqual(right.made.map((m) => m.point.id));
    expect(written.mark).toBe(right.mark);
  });
});

describe('an A-level student\'s trial of /practice (items 1, 6, 7 and 22)', () => {
  const TERROR = 'pq-interpretations-terror-planned';
  const SWAPPED =
    'J. Arch Getty argued that the Terror was planned and directed by Stalin from the top, and he estimated that around 20 million people were killed. ' +
    'Robert Conquest, on the other hand, argued that the Terror was chaotic and driven by local party bosses, and that the numbers were much lower. ' +
    'The archives show Stalin signed the lists, so Getty was right. Overall I agree with the view.';
  const factsToCheck = (id: string, answer: string) => feedbackReply(kb, marker.mark(question(id), answer), { late: false, now: 0 }).fields?.filter((f) => f.name === P.wrongField || f.name === P.wrongFieldMore).map((f) => f.value).join('\n') ?? '';

  it('historians put on the wrong side are facts to check, each with whose view it is, what the historian argued and what the notes say of their figures', () => {
    const r = marker.mark(question(TERROR), SWAPPED);
    expect(r.wrong.map((w) => [w.swapped?.said, w.point.id, w.swapped?.theirs?.id])).toEqual([
      ['J. Arch Getty', 'conquest', 'getty'],
      ['Robert Conquest', 'getty', 'conquest'],
    ]);
    expect(r.made.map((m) => m.point.id)).not.toContain('getty');
    expect(r.made.map((m) => m.point.id)).not.toContain('conquest');
    const facts = factsToCheck(TERROR, SWAPPED);
    expect(facts).toContain('this puts Getty on the wrong side of the debate. Robert Conquest (The Great Terror, 1968) argued that the Terror was Stalin\'s own project');
    expect(facts).toContain('argued that the Terror grew out of chaos and conflict between Moscow and regional party bosses');
    // What else the sentence claims of them, against their cards: Getty's lower figures, Conquest's higher ones.
    expect(facts).toMatch(/notes on Getty also say: “[^”]*questioned the highest estimates of victims/);
    expect(facts).toMatch(/notes on Conquest also say: “[^”]*far higher than the figures later found in the Soviet archives/);
    // The same in another debate the two are on opposite sides of.
    expect(marker.mark(question('pq-interpretations-totalitarian'), 'J. Arch Getty argued that the USSR was an all-powerful state driven from the top by Stalin.').wrong.map((w) => w.swapped?.said)).toEqual(['J. Arch Getty']);
  });

  it('a historian given their own view, one they opposed, or a view the notes also give them is no swap', () => {
    const swaps = (id: string, answer: string) => marker.mark(question(id), answer).wrong.filter((w) => w.swapped);
    expect(swaps(TERROR, 'Robert Conquest argued that the Terror was planned from the top by Stalin. J. Arch Getty argued that it grew out of chaos in the party and conflict with regional party bosses.')).toEqual([]);
    expect(swaps(TERROR, 'J. Arch Getty rejected the view that the Terror was planned from the top.')).toEqual([]);
    // Denied, disputed or given to critics, a view is not the historian's (review 2, finding 3).
    for (const answer of [
      'Getty argued that the Terror was never planned and directed by Stalin from the top.',
      'Getty thought it was wrong to say the Terror was planned and directed by Stalin from the top.',
      'Getty would disagree that the Terror was planned and directed by Stalin from the top.',
      'Conquest never believed the Terror grew out of chaos and conflict with regional party bosses.',
      "Getty's critics said he ignored that the Terror was planned and directed by Stalin from the top.",
    ])
      expect(swaps(TERROR, answer), answer).toEqual([]);
    // Denying another view does not hide the swap stated after it.
    expect(swaps(TERROR, 'J. Arch Getty argued that the Terror was planned and directed by Stalin from the top, not chaotic.').map((w) => w.swapped?.said)).toEqual(['J. Arch Getty']);
    expect(swaps(TERROR, 'Getty and Naumov later gave Stalin a central role, with the party elite voting one another into prison.')).toEqual([]);
    // The notes give Conquest both sides of the famine debate (his letter of 2003).
    expect(swaps('pq-interpretations-famine-ukraine', 'Robert Conquest later wrote that Stalin did not cause the famine on purpose and let it happen rather than change course.')).toEqual([]);
  });

  it('no sentence of the fact base about a historian, marked on any question on historians, is taken for a swap', () => {
    const surnames = kb.people.filter((p) => /historian|economist|sociologist|political scientist|biograph/i.test(p.role)).map((p) => p.name.split(' ').at(-1) ?? p.name);
    const names = new RegExp(`\\b(${surnames.join('|')})\\b`);
    const sentences = [...new Set([...kb.questions.map((e) => e.answer), ...kb.people.map((p) => p.summary)].flatMap((t) => t.split(/(?<=[.!?])\s+(?=[A-Z])/)).filter((s) => names.test(s)))];
    const questions = kb.practice.filter((q) => q.points.some((p) => names.test(p.point)));
    expect(sentences.length).toBeGreaterThan(100);
    for (const q of questions) for (const s of sentences) expect(marker.mark(q, s).wrong.filter((w) => w.swapped).map((w) => w.quote), `${q.id}: ${s}`).toEqual([]);
  }, 120_000); // marks every such sentence of the fact base on every historians' question: thousands of marks

  it('wrong years the trial found are facts to check, with the right date and place (item 6)', () => {
    const PS = 'pq-interpretations-power-struggle';
    const r = marker.mark(question(PS), 'Stalin became General Secretary in 1924 after Lenin died. He was very clever. Trotsky was exiled to Siberia in 1925. Zinoviev and Kamenev were his friends and then his enemies. Bukharin was on the right. Stalin won in 1929. Some historians agree and some disagree.');
    expect(r.wrong.map((w) => w.right)).toEqual(['Stalin becomes General Secretary of the Communist Party (April 1922)', 'Trotsky is sent into internal exile at Alma-Ata in Kazakhstan (January 1928)']);
    const kulaks = marker.mark(question('pq-collectivisation-more-important-motives'), 'The grain procurement crisis of 1927-28 convinced Stalin that the peasantry could hold the regime to ransom, and in December 1927 he announced the liquidation of the kulaks as a class.');
    expect(kulaks.wrong.map((w) => [w.quote, w.right])).toEqual([['…in December 1927 he announced the liquidation of the kulaks as a class.', 'Stalin announces the liquidation of the kulaks as a class (December 1929)']]);
    expect(marker.wrongDates('Stalin became General Secretary in 1924 after Lenin died?')).toEqual(['Stalin becomes General Secretary of the Communist Party (April 1922)']);
  });

  it('stays strict: a right year, a near step of the same person\'s story, a place another fact of that year names, or another clause\'s illness is no slip', () => {
    for (const q of ['Trotsky was exiled in 1929.', 'Trotsky was expelled from the USSR in 1929.', 'Trotsky was exiled to Alma-Ata in 1928.', 'Lenin became ill in 1922.', 'In December 1929 Stalin announced the liquidation of the kulaks as a class.', 'Stalin became General Secretary in 1922, two years before Lenin died.'])
      expect(marker.wrongDates(q), q).toEqual([]);
  });

  it('the kulaks liquidated as a class in 1930 or 1931 is the campaign, not a wrong date for Stalin\'s call for it; the call itself given 1930 is (review 2, finding 4)', () => {
    const MOTIVES = 'pq-collectivisation-more-important-motives';
    for (const s of ['The kulaks were liquidated as a class in 1930.', 'The kulaks were liquidated as a class in 1931.', 'Why were the kulaks liquidated as a class in 1930?', 'Why were the kulaks liquidated as a class in 1931?']) {
      expect(marker.wrongDates(s), s).toEqual([]);
      expect(marker.mark(question(MOTIVES), s).wrong, s).toEqual([]);
    }
    expect(marker.wrongDates('Why did Stalin call for the liquidation of the kulaks as a class in 1930?')).toEqual(['Stalin calls for the liquidation of the kulaks as a class (December 1929)']);
  });

  it('a point made by words with a wrong year is credited, but its line says the date is wrong (the blind markers credit the knowledge and mark the slip down)', () => {
    const r = marker.mark(question('pq-interpretations-power-struggle'), 'Stalin became General Secretary in 1924, which gave him control of appointments across the party. Service argues that he was intelligent and hard-working.');
    const gs = r.made.find((m) => m.point.id === 'general-secretary');
    expect(gs?.wrongYear).toBe(true);
    expect(r.made.find((m) => m.point.id === 'service')?.wrongYear).toBeUndefined();
    const made = feedbackReply(kb, r, { late: false, now: 0 }).fields?.find((f) => f.name === P.madeField)?.value ?? '';
    expect(made).toContain('(the date there is wrong: see Facts to check)');
  });

  it('"He was very clever." is too vague to make the point on Stalin\'s tactics; said with what he did, it makes it (item 6)', () => {
    const PS = 'pq-interpretations-power-struggle';
    expect(made(PS, 'He was very clever.  Stalin was General Secretary, which gave him control of appointments.')).not.toContain('ideas');
    // Named, or with a noun for any person, it is no less vague (review 2, finding 10).
    for (const vague of ['Stalin was very clever.', 'He was a very clever man.', 'He was very clever person.', 'Stalin was a clever politician.'])
      expect(made(PS, `${vague}  Stalin was General Secretary, which gave him control of appointments.`), vague).not.toContain('ideas');
    expect(made(PS, 'Stalin was a skilful tactician.  Stalin was General Secretary, which gave him control of appointments.')).toContain('ideas');
    expect(made(PS, 'He was clever and played his rivals against each other, first the Left and then the Right.')).toContain('ideas');
  });

  it('reads the nouns for any person from the fact base: one a teacher adds to knowledge/vocabulary.yaml ("chap") is as vague as "man"', () => {
    const PS = 'pq-interpretations-power-struggle';
    const answer = 'He was a very clever chap.  Stalin was General Secretary, which gave him control of appointments.';
    expect(made(PS, answer)).toContain('ideas');
    const added = createMarker({ ...kb, vocabulary: { ...kb.vocabulary, personNouns: [...(kb.vocabulary.personNouns ?? []), 'chap'] } });
    expect(added.mark(question(PS), answer).made.map((m) => m.point.id)).not.toContain('ideas');
  });

  it('a 16-mark answer under 120 words, or a 12-mark one under 90, does not reach level 3, and is told why (item 7)', () => {
    const NEP =
      'The NEP was quite successful economically: grain production recovered to about pre-war levels by 1926 and small industry and trade revived through the Nepmen. ' +
      'However it failed politically because many Bolsheviks saw it as a retreat to capitalism, and the scissors crisis of 1923 showed the gap between industrial and farm prices. Overall it was a partial success.';
    const r = marker.mark(question('pq-nep-how-successful'), NEP);
    expect(r.level).toBe(2);
    expect(r.short).toEqual({ words: r.words, need: 120, level: 2 });
    expect(feedbackReply(kb, r, { late: false, now: 0 }).body).toContain(P.shortForLevel(r.words, 120, 16, 2));
    const COLLECTIVISATION =
      'The economic reason was to pay for industrialisation by exporting grain, because the state needed foreign machinery. ' +
      'The political reason was to destroy the kulaks, who were seen as capitalists, which would give the party control of the villages. I think the economic reason was more important because without grain industry would fail.';
    expect(marker.mark(question('pq-collectivisation-more-important-motives'), COLLECTIVISATION)).toMatchObject({ level: 2, short: { need: 90 } });
    // The same points at length reach level 3, and no length is blamed.
    const longer = marker.mark(question('pq-collectivisation-more-important-motives'), `${COLLECTIVISATION} ${COLLECTIVISATION.replace('I think', 'So overall I think')}`);
    expect(longer.level).toBeGreaterThanOrEqual(3);
    expect(longer.short).toBeUndefined();
  });

  it('an explain question held down by its length is told to develop each cause, not each side, with "an 8-mark" (review 2, finding 8)', () => {
    const TESTAMENT =
      'The Testament did not stop Stalin because the Central Committee agreed not to publish it, so few party members knew what it said. ' +
      'Zinoviev and Kamenev also defended Stalin in 1924 because they needed him against Trotsky. The Testament criticised all the leading Bolsheviks too, so none of them wanted it made public.';
    const r = marker.mark(question('pq-lenin-legacy-explain-testament'), TESTAMENT);
    expect(r.short).toEqual({ words: r.words, need: 90, level: 3 });
    const body = feedbackReply(kb, r, { late: false, now: 0 }).body ?? '';
    expect(body).toContain(`Held at level 3 by length. Your answer is ${r.words} words long. An 8-mark answer needs about 90 words to reach level 4, because each cause needs developing with detail.`);
    expect(body).not.toContain('each side');
    expect(P.shortForLevel(100, 120, 11, 2, 'how-far')).toContain('An 11-mark answer');
    expect(P.shortForLevel(100, 120, 16, 2, 'how-far')).toContain('A 16-mark answer needs about 120 words to reach level 3, because each side needs its points explained with evidence');
  });

  it('a historian\'s view is not made by a sentence that speaks of no historian unless it states the view in full (item 22)', () => {
    const TOTAL = 'pq-interpretations-totalitarian';
    expect(made(TOTAL, 'This meant that by 1924 the USSR was already a one-party state in which opposition inside the party could be treated as treason, which Stalin later exploited in the show trials.')).not.toContain('archives');
    expect(made(TOTAL, 'The archives showed Stalin deciding every major issue himself.')).toContain('archives');
    expect(made(TOTAL, 'Since the archives opened, historians such as Khlevniuk have shown Stalin deciding every issue.')).toContain('archives');
  });
});
