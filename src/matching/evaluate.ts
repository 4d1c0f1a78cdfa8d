// Measures the matcher on an evaluation set: top-1 accuracy on in-course questions and the share of
// out-of-course questions refused. Used by the accuracy test and by `npm run bench`.
import { z } from 'zod';
import type { MatchResult } from './matcher.js';

export const inCourseCaseSchema = z.object({
  q: z.string(),
  topic: z.string(),
  /** What the question is about, in a few words (the evaluation set has it; the development set does not). */
  about: z.string().optional(),
  style: z.enum(['plain', 'misspelt', 'exam', 'short', 'informal']),
  /** The entry ids that answer it (any one of them counts as right). */
  expect: z.array(z.string()).min(1),
});
export const outOfCourseCaseSchema = z.object({ q: z.string(), nearMiss: z.boolean() });

export type InCourseCase = z.infer<typeof inCourseCaseSchema>;
export type OutOfCourseCase = z.infer<typeof outOfCourseCaseSchema>;

export function parseJsonLines<T>(text: string, schema: z.ZodType<T>, file: string): T[] {
  return text
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, n }) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${n}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    });
}

export interface EvaluationMiss {
  readonly q: string;
  readonly expected: string;
  readonly got: string;
}

export interface Evaluation {
  readonly accuracy: number;
  readonly refusal: number;
  readonly inCourse: number;
  readonly outOfCourse: number;
  readonly wrong: EvaluationMiss[];
  readonly notRefused: EvaluationMiss[];
}

const describe = (r: MatchResult) =>
  r.status === 'answered' ? `answered ${r.entry?.id}` : r.status === 'unsure' ? `unsure [${r.suggestions.map((s) => s.id).join(', ')}]` : `unknown (${r.reason})`;

export function evaluate(match: (q: string) => MatchResult, inCourse: readonly InCourseCase[], outOfCourse: readonly OutOfCourseCase[]): Evaluation {
  const wrong: EvaluationMiss[] = [];
  for (const c of inCourse) {
    const r = match(c.q);
    if (!(r.status === 'answered' && r.entry && c.expect.includes(r.entry.id))) wrong.push({ q: c.q, expected: c.expect.join(' | '), got: describe(r) });
  }
  const notRefused: EvaluationMiss[] = [];
  for (const c of outOfCourse) {
    const r = match(c.q);
    if (r.status !== 'unknown') notRefused.push({ q: c.q, expected: 'unknown', got: describe(r) });
  }
  return {
    accuracy: inCourse.length ? 1 - wrong.length / inCourse.length : 1,
    refusal: outOfCourse.length ? 1 - notRefused.length / outOfCourse.length : 1,
    inCourse: inCourse.length,
    outOfCourse: outOfCourse.length,
    wrong,
    notRefused,
  };
}
