// An A-level student's blind trial (F1): an interpretation answer earns its upper levels only by discussing the extract
// as a teacher looks for it (naming the extract or interpretation, reporting its author's view, naming the work, quoting
// it). The author's name alone is not enough: Trotsky, the power-struggle extract's author, is also one of its actors.
// The answers are our own, written as the student's were.
import { describe, expect, it } from 'vitest';
import { feedbackParts } from '../../src/commands/practice-view.js';
import { useRealMarker } from '../helpers/marker.js';

const real = useRealMarker();
const TROTSKY = 'pq-power-struggle-extract-trotsky';

// An essay on "the party machine" set on the Trotsky extract: it argues much as the extract does, names Trotsky as a
// rival throughout and never discusses the extract.
const MACHINE_ESSAY = [
  "Stalin's control of the party machine was the main reason for his victory in the power struggle of 1924-29, because it turned every other advantage he had into votes; but it only worked because his rivals underestimated him and because his policies, above all Socialism in One Country, matched what the new party members wanted.",
  'The most important factor was his position as General Secretary, which he held from April 1922. This gave him control over appointments through the Secretariat and Orgburo, so thousands of local party secretaries owed their jobs to him. Because these secretaries chose the delegates to party congresses, Stalin could pack the congresses with supporters. This is why the Fourteenth Congress in December 1925 voted down Zinoviev and Kamenev by 559 votes to 65. The Lenin Enrolment of 1924, which brought over 200,000 young workers into the party, added to this, since these new members followed the line set by the officials who had admitted them.',
  "However, the machine alone does not explain why the party accepted Stalin's line. Socialism in One Country, set out in 1924, promised that the USSR could build socialism by its own efforts, which appealed to patriotic party members who were tired of war after the failure of revolutions in Germany and Hungary. Trotsky's permanent revolution made him look like an adventurer who would drag Russia into foreign wars. Stalin also kept to the centre in 1924-27, backing the NEP with Bukharin against the Left, and then in 1928 moved left when the grain procurement crisis made the NEP look like it had failed.",
  'The mistakes of his rivals were also very important. Trotsky was arrogant, did not build a following in the party, missed Lenin\'s funeral and turned down the post of deputy chairman of Sovnarkom. Zinoviev and Kamenev helped Stalin by agreeing in May 1924 that Lenin\'s Testament should not be published. When they formed the United Opposition with Trotsky in 1926 it was too late, and they were expelled in 1927. Bukharin approached Kamenev secretly in July 1928, and this was used to brand the Right as a faction. The ban on factions of 1921 meant any organised opposition could be called disloyal.',
  'Luck played a part too: Lenin\'s stroke in March 1923 stopped him acting against Stalin. But luck only gave Stalin time; it was the machine that used it.',
  "In conclusion, Stalin's control of the party machine was the main reason for his victory, because it allowed him to win votes at congresses and to isolate Trotsky in 1925-27 and to defeat Bukharin, who was removed from the Politburo in November 1929. Ideas and his rivals' mistakes mattered, but they worked through the machine.",
].join('\n');

describe('an interpretation answer must discuss its extract (F1)', () => {
  it("caps a strong essay that names the extract's author only as a rival, and says it does not discuss the extract", () => {
    const result = real.mark(TROTSKY, MACHINE_ESSAY);
    expect(result.judgement?.usesExtract).toBe(false);
    expect(result.level).toBeLessThanOrEqual(3);
    const text = JSON.stringify(feedbackParts(real.kb, result));
    expect(text).toContain('You do not discuss the extract itself');
  });

  it.each([
    ['reports the author', 'Trotsky argues that the tired officials raised Stalin up as the defender of their privileges, and this is largely convincing.'],
    ['names the interpretation', 'The interpretation is convincing about the officials, but it underplays Stalin\'s own skill.'],
    ["names the author's view", "Trotsky's view that Stalin's talents were ordinary is unconvincing, since Stalin outmanoeuvred every rival."],
    ['names the work', 'In The Revolution Betrayed the officials choose Stalin as their man, which fits the Lenin Enrolment.'],
    ['quotes it', 'Stalin was the "defender of their interests" because the secretaries owed him their posts.'],
  ])('credits the same essay with discussing the extract when it %s', (_how, sentence) => {
    const result = real.mark(TROTSKY, `${sentence}\n${MACHINE_ESSAY}`);
    expect(result.judgement?.usesExtract).toBe(true);
    expect(result.level).toBeGreaterThanOrEqual(4);
  });
});
