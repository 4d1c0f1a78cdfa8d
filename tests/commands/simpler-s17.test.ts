// "Explain like I'm 10" from two blind trials: after a points reply (an essay question no one note answers) it answered a
// different entry in two sentences, where a GCSE student expected the same points, both sides, each in plain words; and
// on an ordinary answer it "only dropped a sentence and defined three words", where a teacher expected shorter sentences
// and plain words, still accurate and keeping every figure and date (src/commands/simpler.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { asksPlainer, plainVersion, pointsInShort, shortVersion, simplerText, wordsExplained } from '../../src/commands/simpler.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { sentencesOf } from '../../src/matching/normalise.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadRealKnowledge();
}, 60_000);

const entry = (id: string) => {
  const found = kb.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};
/** Figures and dates of a text, without the punctuation after them ("1922," and "1922." are one date). */
const figures = (text: string) => (text.match(/\d[\d,.–-]*/g) ?? []).map((n) => n.replace(/[,.]$/, '')).sort();
const longestSentence = (text: string) => Math.max(...sentencesOf(text).map((s) => s.length));
const averageSentence = (text: string) => text.length / sentencesOf(text).length;

describe('"explain like I\'m 10" asks for plainer words; "shorter pls" for fewer', () => {
  it.each(['explain like im 10', "explain like I'm 10", 'in simple words pls', 'eli5', 'i dont get it', 'simpler', 'make it simpler and shorter', 'explain it to a 12 year old'])(
    '"%s" asks for plainer words',
    (request) => expect(asksPlainer(request)).toBe(true),
  );
  it.each(['shorter pls', 'tl;dr', 'keep it short', 'in short', 'too long', 'sum it up'])('"%s" asks only for a shorter version', (request) => expect(asksPlainer(request)).toBe(false));

  it('"shorter pls" keeps the short version as it was; "like I\'m 10" is plainer: more, shorter sentences, cut at their own joins', () => {
    const { answer } = entry('power-struggle-why-trotsky-lost');
    expect(simplerText(kb, answer, 'shorter pls')).toBe(shortVersion(kb, answer));
    const plain = simplerText(kb, answer, 'explain like im 10');
    expect(plain).toBe(plainVersion(kb, answer));
    // "…to make himself a dictator, so the others united against him." becomes two sentences.
    expect(plain).toContain('feared he might use the army to make himself a dictator. So the others united against him.');
    expect(sentencesOf(plain).length).toBeGreaterThan(sentencesOf(shortVersion(kb, answer)).length);
    expect(averageSentence(plain)).toBeLessThan(averageSentence(shortVersion(kb, answer)));
    // "…broadly achieved: heavy industry and armaments grew fast, …" becomes two sentences too.
    const aims = entry('industrialisation-how-far').answer;
    expect(plainVersion(kb, aims)).toContain('Stalin\'s main aims were defence, a strong industrial base and political control. All were broadly achieved. Heavy industry and armaments grew fast');
    expect(longestSentence(plainVersion(kb, aims))).toBeLessThan(longestSentence(shortVersion(kb, aims)));
  });

  it('splits at a semicolon and at a colon before a statement, never a title\'s colon nor a list after a count', () => {
    expect(plainVersion(kb, entry('collectivisation-backward-farming').answer)).toContain('using wooden ploughs, sickles and scythes. Few could afford a tractor or combine harvester.');
    // A book's title keeps its colon.
    expect(plainVersion(kb, entry('interpretations-kotkin').answer)).toContain('Magnetic Mountain: Stalinism as a Civilization');
    // "Most historians now combine three things: …" keeps its three things in one sentence.
    expect(plainVersion(kb, entry('power-struggle-why-stalin-won').answer)).toContain('Most historians now combine three things: his control of the party machine, his own political skill, and his rivals\' errors.');
    // ", and" before a statement of its own: the 1936 Constitution's point that the rights stayed on paper kept, and said alone.
    expect(plainVersion(kb, entry('stalinism-constitution-what').answer)).toContain('though their rights stayed largely on paper. The Communist Party was named the leading force in society.');
    // Never before a list's last item, nor a clause whose subject is the one before ("…, and had to hand over…").
    expect(plainVersion(kb, entry('collectivisation-why-stalin').answer)).toContain('grain to export in exchange for foreign machinery, and extra peasants to work in factories');
    expect(plainVersion(kb, entry('collectivisation-second-serfdom').answer)).toContain(', and had to hand over a large share of the harvest.');
    // A historian's view, or what someone said, is never cut in two: its second half would read as the tutor's own claim.
    expect(plainVersion(kb, entry('interpretations-end-of-nep').answer)).toContain('Stephen Kotkin stresses ideology: Stalin gambled on collectivisation');
    expect(plainVersion(kb, entry('interpretations-soviet-views').answer)).toContain('compulsory reading until the mid-1950s: Stalin was Lenin\'s true heir');
    // A list after a colon stays whole: "…hated the methods used: grain seizures, outsiders bullying villages, …".
    expect(plainVersion(kb, entry('collectivisation-resistance-why').answer)).toContain('They hated the methods used: grain seizures');
    // "…, yet held that…" has no subject of its own: one sentence still.
    expect(plainVersion(kb, entry('interpretations-stalin-necessary').answer)).toContain('in a hurry to industrialise, yet held that much of the suffering Stalin caused was avoidable.');
  });

  it('swaps a hard word of the plain-words list for its plain stand-in, the article fitted, never a name\'s word nor a quotation', () => {
    expect(plainVersion(kb, entry('collectivisation-what-was-it').answer)).toContain('Peasants had to give up their land, farm animals and equipment');
    expect(plainVersion(kb, entry('famine-death-toll').answer)).toContain('because the government hid the famine');
    expect(plainVersion(kb, entry('famine-spikelets-law').answer)).toMatch(/^It was an order of 7 August 1932/);
    // "Much of their livestock" is no "much of their farm animals".
    expect(plainVersion(kb, entry('famine-causes').answer)).toContain('much of their livestock');
    const made = plainVersion(kb, 'The Decree on Land gave peasants the land. A decree of 1918 abolished school exams, and "the regime" was their word.');
    expect(made).toContain('The Decree on Land gave peasants the land.');
    expect(made).toContain('An order of 1918 ended school exams');
    expect(made).toContain('"the regime"');
  });

  it('a swapped word is not explained again under it; the course\'s words still are', () => {
    const plain = plainVersion(kb, entry('collectivisation-what-was-it').answer);
    expect(wordsExplained(kb, plain).map((w) => w.word)).not.toContain('livestock');
  });

  it('for every answer: every figure and date the short version keeps, every sentence it keeps (none lost), well inside a message', () => {
    for (const { id, answer } of kb.questions) {
      const short = shortVersion(kb, answer);
      const plain = plainVersion(kb, answer);
      expect(figures(plain), id).toEqual(figures(short));
      expect(sentencesOf(plain).length, id).toBeGreaterThanOrEqual(sentencesOf(short).length);
      expect(plain.length, id).toBeLessThanOrEqual(short.length + 200);
      expect(plain.length, id).toBeLessThan(1_500);
    }
  });

  it('keeps every ordinal item of a list: "First… Second… Third… Finally…" after the kulaks\' four reasons', () => {
    const plain = plainVersion(kb, entry('collectivisation-why-kulaks').answer);
    for (const label of ['First,', 'Second,', 'Third,', 'Finally,']) expect(plain).toContain(label);
  });
});

describe('a simpler request after a points reply simplifies those points', () => {
  // The points shown for "which was more important for stalin winning the power struggle, his post as general secretary or his rivals mistakes".
  const shown = ['lenin-legacy-general-secretary', 'power-struggle-why-trotsky-lost', 'lenin-legacy-stalin-posts', 'power-struggle-zinoviev-kamenev-mistakes'];

  it('"explain like im 10": every point, each side, in the order shown, each its opening in plain words', () => {
    const text = pointsInShort(kb, shown.map(entry), 'explain like im 10');
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    shown.forEach((id, i) => expect(lines[i]).toMatch(new RegExp(`^• \\*\\*${entry(id).question.replace(/[?()]/g, '\\$&')}\\*\\* `)));
    // His post…
    expect(lines[0]).toContain('Stalin became General Secretary in April 1922');
    // …and his rivals' mistakes, cut at their own joins.
    expect(lines[1]).toContain('make himself a dictator. So the others united against him.');
    expect(lines[3]).toContain('Zinoviev and Kamenev badly underestimated Stalin.');
    expect(text.length).toBeLessThan(1_300);
  });

  it('"shorter pls": the same points, each its short version\'s opening', () => {
    const lines = pointsInShort(kb, shown.map(entry), 'shorter pls').split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('make himself a dictator, so the others united against him.');
  });
});
