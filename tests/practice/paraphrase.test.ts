// /practice feedback an EAL student's trial found confusing: a point made in plain or learner's English ("peasants
// must give their land to the kolkhoz, everything was together") was listed under "Points you could add", and an
// answer with full marks was still told to "Develop this point…". The marker reads giving up one's own ("give their
// land", "gave up", "hand over") as surrendering it and "together", "merged" as pooling; "given a plot of land" and
// "did not give their land" make no such point. Full marks get no step to improve.
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase, PracticeQuestion } from '../../src/knowledge/schema.js';
import type { Marker } from '../../src/practice/marker.js';
import { feedbackReply } from '../../src/commands/practice-view.js';
import { PRACTICE_MESSAGES as P } from '../../src/messages.js';
import { useRealMarkerParts } from '../helpers/marker.js';

let kb: KnowledgeBase;
let marker: Marker;
useRealMarkerParts((real) => ({ kb, marker } = real), 60_000);

const FARMS = 'pq-collectivisation-describe-farms';
const question = (id: string): PracticeQuestion => {
  const q = kb.practice.find((p) => p.id === id);
  if (!q) throw new Error(`no practice question ${id}`);
  return q;
};
const made = (id: string, answer: string) => marker.mark(question(id), answer).made.map((m) => m.point.id);
const feedback = (id: string, answer: string) => feedbackReply(kb, marker.mark(question(id), answer), { late: false, now: 0 });
const field = (reply: ReturnType<typeof feedback>, name: string) => reply.fields?.find((f) => f.name === name)?.value ?? '';

/** A full-marks "describe" answer in a learner's English, whose last point is only a few words. */
const LEARNER_FULL =
  'One feature is that the peasants must give their land and their animals to the kolkhoz, all was together and nothing private, and the party chose the chairman. ' +
  'Other feature, the kolkhoz must give a big part of the grain to the state for a very low price, and the peasants was paid in labour days so they stayed poor. ' +
  'They kept a small private plot.';

describe('pooling said in plain or learner\'s English counts', () => {
  it.each([
    'Peasants had to give their land and animals to the kolkhoz, and everything was together.',
    'Peasants had to hand over their land and livestock to the collective farm.',
    'The peasants gave up their animals and tools to the collective.',
    'All the small farms were merged into one big collective farm.',
    'The chairman of the farm was chosen by the party, not by the peasants.',
  ])('"%s" makes the pooling point', (answer) => {
    expect(made(FARMS, answer)).toContain('pooled');
  });

  it('the learner\'s full answer is credited with pooling, so it is not listed under "Points you could add"', () => {
    const r = marker.mark(question(FARMS), LEARNER_FULL);
    expect(r.made.map((m) => m.point.id)).toEqual(expect.arrayContaining(['pooled', 'quotas', 'labour-days', 'private-plot']));
    expect(field(feedback(FARMS, LEARNER_FULL), P.missingField)).not.toContain('pooled into one large farm');
  });

  it.each([
    'Members were given a small plot of land next to their house, where they grew vegetables.',
    'Many peasants did not give their land to the kolkhoz willingly.',
    'The government gave land to the peasants in 1917.',
    'Peasants had to give their grain to the state at low prices.',
  ])('"%s" does not make the pooling point', (answer) => {
    expect(made(FARMS, answer)).not.toContain('pooled');
  });
});

describe('full marks get no step to improve', () => {
  it('a full-marks "describe" answer with a short point is told what earned full marks, not to develop the point', () => {
    const r = marker.mark(question(FARMS), LEARNER_FULL);
    expect(r.mark).toBe(r.maxMark);
    expect(r.next.kind).toBe('full-marks');
    const next = field(feedback(FARMS, LEARNER_FULL), P.nextField);
    expect(next).toMatch(/^Full marks: you describe two features/);
    expect(next).not.toMatch(/Develop|Add this point|Explain this point/);
  });

  it('a full-marks "explain" answer is told so too; an answer short of full marks still gets a step', () => {
    const strong =
      'In 1927 there was a grain procurement crisis: peasants sold much less grain to the state because prices were low, so the towns and the army were short of food. ' +
      'This meant Stalin believed the NEP could not feed the country. He also wanted rapid industrialisation, and grain exports were needed to buy machinery from abroad. ' +
      'The war scare of 1927 made this urgent because Stalin feared an attack by Britain. Finally, ending the NEP let him attack Bukharin and the Right Opposition, ' +
      'who defended it, so he strengthened his own power.';
    const END_NEP = 'pq-end-of-nep-explain-why-ended';
    expect(marker.mark(question(END_NEP), strong).next.kind).toBe('full-marks');
    expect(field(feedback(END_NEP, strong), P.nextField)).toMatch(/^Full marks/);
    const weak = marker.mark(question(FARMS), 'Peasants had to hand over their land to the collective farm.');
    expect(weak.mark).toBeLessThan(weak.maxMark);
    expect(weak.next.kind).not.toBe('full-marks');
  });
});
