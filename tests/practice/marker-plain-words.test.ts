// A Year-11 student's trial of /practice (console): an answer given 8/8 on "Write an account of how collectivisation
// was carried out between 1929 and 1934" was told, under "Points you could add", two points it had made in plain words:
// "get rid of the kulaks as a class" (the notes: "the liquidation of the kulaks as a class") and "by 1934 about 70% of
// farms were collectivised … it started again more slowly" (the notes: "the drive resumed, and by 1934 about 70 per
// cent of households"). The marker now reads "get rid of" and "eliminate" as liquidating, a per cent sign as "per cent"
// and "started again" as "resumed"; a figure, though, states a point only with what it is a figure of.
import { describe, expect, it } from 'vitest';
import { loadMarkingSet } from '../../bench/practice.js';
import { feedbackText } from '../../src/commands/practice-view.js';
import type { KnowledgeBase, PracticeQuestion } from '../../src/knowledge/schema.js';
import { PRACTICE_MESSAGES as P } from '../../src/messages.js';
import type { Marker } from '../../src/practice/marker.js';
import { practiceQuestion } from '../helpers/knowledge.js';
import { useRealMarkerParts } from '../helpers/marker.js';

let kb: KnowledgeBase;
let marker: Marker;
useRealMarkerParts((real) => ({ kb, marker } = real), 60_000);

const ACCOUNT = 'pq-collectivisation-account-how';
const GREAT_TURN = 'pq-end-of-nep-account-great-turn';
const question = (id: string): PracticeQuestion => practiceQuestion(kb, id);
const made = (id: string, answer: string) => marker.mark(question(id), answer).made.map((m) => m.point.id);

/** The answer the student wrote (T111 of the trial), as typed. */
const TRIAL_ANSWER =
  'in 1929 stalin decided to collectivise farming and get rid of the kulaks as a class. this meant peasants had to join kolkhozes which were big collective farms. ' +
  'party activists and the 25000ers were sent to the villages to force people to join. kulaks were deported to siberia. by march 1930 over half of peasants were in ' +
  'collective farms but there was so much chaos and peasants killed there animals so stalin wrote dizzy with success and let people leave. then it started again more ' +
  'slowly and by 1934 about 70% of farms were collectivised. this led to the famine of 1932-33 because the state took too much grain.';

describe('the trial\'s answer', () => {
  it('is credited with the two points it made in plain words, and is not told to add them', () => {
    const result = marker.mark(question(ACCOUNT), TRIAL_ANSWER);
    const ids = result.made.map((m) => m.point.id);
    expect(ids).toEqual(expect.arrayContaining(['announced', 'pace', '25000ers', 'dekulakisation', 'dizzy', 'famine']));
    expect(result.made.find((m) => m.point.id === 'announced')?.quote).toContain('get rid of the kulaks as a class');
    expect(result.made.find((m) => m.point.id === 'pace')?.quote).toContain('70% of farms');
    const text = feedbackText(kb, result);
    const couldAdd = text.slice(text.indexOf(P.missingField));
    for (const m of result.made) expect(couldAdd, m.point.id).not.toContain(P.missingLine(m.point.point));
  });
});

describe('a point made in plain words', () => {
  it('"get rid of" or "eliminate" the kulaks is their liquidation; the NEP ending near the kulaks is not', () => {
    expect(made(ACCOUNT, 'In 1929 Stalin wanted to get rid of the kulaks as a class.')).toContain('announced');
    expect(made(ACCOUNT, 'Stalin decided in December 1929 to eliminate the kulaks.')).toContain('announced');
    expect(made(ACCOUNT, 'The NEP ended in 1929 and the kulaks were blamed for hoarding grain.')).not.toContain('announced');
  });

  it('"got rid of the NEP" still says the NEP ended', () => {
    expect(made(GREAT_TURN, 'In 1929 Stalin got rid of the NEP.')).toContain('great-turn');
  });

  it('a per cent sign is "per cent", but only with what it is a figure of', () => {
    expect(made(ACCOUNT, 'By 1934 about 70% of households had been collectivised.')).toContain('pace');
    expect(made(ACCOUNT, 'By 1937 over 90% of farms were collectivised.')).toContain('pace');
    expect(made(ACCOUNT, 'About 70% of peasants hated the kolkhoz system.')).not.toContain('pace');
  });

  it('"started again" is "resumed"', () => {
    expect(made(ACCOUNT, 'After the pause the campaign started again more slowly in 1931.')).toContain('pace');
    expect(made(ACCOUNT, 'Collectivisation started in 1929.')).not.toContain('pace');
  });
});

describe('the feedback never contradicts itself', () => {
  it('no point of any readable marking set\'s answers is both made and listed to add, and every point is one or the other', () => {
    for (const name of ['development', 'held-out', 'blind', 'blind-2'] as const)
      for (const a of loadMarkingSet(name).answers) {
        const q = kb.practice.find((p) => p.id === a.question);
        if (!q) continue;
        const r = marker.mark(q, a.answer);
        if (r.status !== 'marked') continue;
        const ids = r.made.map((m) => m.point.id);
        expect(r.missing.filter((p) => ids.includes(p.id)), a.id).toEqual([]);
        expect(ids.length + r.missing.length, a.id).toBe(q.points.length);
      }
  });
});
