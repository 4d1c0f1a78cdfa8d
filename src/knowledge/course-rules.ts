// The fact base's own content rules (knowledge/rules.yaml), beyond the schema's: what `npm test` holds the
// real fact base to, checked by `npm run kb -- check` too, so a teacher hears of a 9-word answer there,
// in plain words, with the file and the entry, instead of from a failing test. A fact base without a
// rules section (the tests' small fixtures) has none.
import type { KnowledgeFile } from './schema.js';
import type { KnowledgeProblem } from './loader.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Too few phrasings, in the rule's words: the loader says the same when the schema's floor refuses a list. */
export const phrasingsMessage = (count: number, least: number) =>
  `it has ${count} phrasing(s); give at least ${least} other ways students might ask it`;

export function courseRuleProblems(files: ReadonlyArray<{ file: string; data: KnowledgeFile }>): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const rules = files.find((f) => f.data.rules)?.data.rules;
  if (!rules) return problems;
  const [minAnswer, maxAnswer] = rules.answerWords;
  const [minSummary, maxSummary] = rules.summaryWords;
  for (const { file, data } of files) {
    if (data.topic) {
      const n = words(data.topic.summary);
      if (n < minSummary || n > maxSummary)
        problems.push({ file, entryId: data.topic.id, field: 'topic.summary', message: `the summary has ${n} words; a topic's summary has ${minSummary} to ${maxSummary}` });
    }
    const answerable = (section: string, list: ReadonlyArray<{ id: string; answer: string; phrasings: string[]; example?: string }>) =>
      list.forEach((q, i) => {
        for (const field of ['answer', 'example'] as const) {
          const value = q[field];
          if (value === undefined) continue;
          const n = words(value);
          if (n < minAnswer || n > maxAnswer)
            problems.push({
              file,
              entryId: q.id,
              field: `${section}[${i}].${field}`,
              message: `the ${field} has ${n} words; ${field}s have ${minAnswer} to ${maxAnswer} (enough to teach, short enough to read in Discord)`,
            });
        }
        if (q.phrasings.length < rules.minPhrasings)
          problems.push({
            file,
            entryId: q.id,
            field: `${section}[${i}].phrasings`,
            message: phrasingsMessage(q.phrasings.length, rules.minPhrasings),
          });
      });
    answerable('questions', data.questions ?? []);
    answerable('skills', data.skills ?? []);
  }
  // Each misconception names the topics it is about ("common mistakes about the Terror"), each a topic the fact base has.
  const topicIds = new Set(files.flatMap((f) => (f.data.topic ? [f.data.topic.id] : [])));
  for (const { file, data } of files)
    (data.misconceptions ?? []).forEach((m, i) => {
      if (!m.topics || m.topics.length === 0)
        problems.push({ file, entryId: m.id, field: `misconceptions[${i}].topics`, message: 'name the topics it is about (ids of knowledge/topics/), so "common mistakes about <topic>" lists it' });
      (m.topics ?? []).forEach((t, j) => {
        if (!topicIds.has(t)) problems.push({ file, entryId: m.id, field: `misconceptions[${i}].topics[${j}]`, message: `no topic has the id "${t}"` });
      });
    });
  return problems;
}
