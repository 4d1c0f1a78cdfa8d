// The marker's words for the mark schemes' words are the fact base's (answerSynonyms in knowledge/vocabulary.yaml),
// not the code's: a word a teacher adds there is read by /practice's marker, and a line taken out is no longer read.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, loadKnowledgeTexts, readKnowledgeTexts, type KnowledgeText } from '../../src/knowledge/loader.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { createMarker, type Marker } from '../../src/practice/marker.js';
import { practiceQuestion } from '../helpers/knowledge.js';

let texts: KnowledgeText[];
let real: KnowledgeBase;

/** The real fact base with its vocabulary.yaml edited as a teacher would edit it, loaded in memory. */
function withVocabulary(edit: (yaml: string) => string): KnowledgeBase {
  const edited = texts.map((t) => (t.file === 'vocabulary.yaml' ? { ...t, text: edit(t.text) } : t));
  expect(edited.some((t, i) => t.text !== texts[i]?.text), 'the edit changed vocabulary.yaml').toBe(true);
  const loaded = loadKnowledgeTexts(edited);
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  return loaded.kb;
}

beforeAll(async () => {
  const read = await readKnowledgeTexts('knowledge');
  if (!read.ok) throw new Error(read.problems.map(formatProblem).join('\n'));
  texts = read.texts;
  real = withVocabulary((yaml) => `${yaml}\n`);
}, 60_000);

// "The threat of the camps made people afraid to speak out" (concepts: "fear of camps", "afraid to speak", "fear arrest", …).
const GULAG = 'pq-gulag-more-important-purpose';
const markers = new WeakMap<KnowledgeBase, Marker>();
const made = (kb: KnowledgeBase, answer: string) => {
  let marker = markers.get(kb);
  if (!marker) markers.set(kb, (marker = createMarker(kb)));
  return marker.mark(practiceQuestion(kb, GULAG), answer).made.map((m) => m.point.id);
};

describe('answer synonyms a teacher edits in knowledge/vocabulary.yaml', () => {
  it('a word added under a meaning makes the point it did not make before, in every form of it', () => {
    const answers = ['People were petrified of the camps.', 'The thought of the camps was petrifying to everyone.'];
    for (const answer of answers) expect(made(real, answer), answer).not.toContain('fear');
    const added = withVocabulary((yaml) => yaml.replace(/^ {2}answerSynonyms:\n/m, (list) => `${list}    - { means: fear, words: [petrified] }\n`));
    expect(added.vocabulary.answerSynonyms).toContainEqual({ means: 'fear', words: ['petrified'] });
    for (const answer of answers) expect(made(added, answer), answer).toContain('fear');
  }, 60_000);

  it('a word whose line is taken out no longer makes the point', () => {
    const answer = 'People were terrified of the camps.';
    expect(made(real, answer)).toContain('fear');
    const without = withVocabulary((yaml) => yaml.replace(/^ {4}- \{ means: fear, words: \[[a-z, ]+\] \}\n/m, ''));
    expect(without.vocabulary.answerSynonyms?.some((g) => g.means === 'fear')).toBe(false);
    expect(made(without, answer)).not.toContain('fear');
  }, 60_000);
});
