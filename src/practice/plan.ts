// A model answer's plan, built from the mark scheme: the points in the order an answer of the top level
// would take them, grouped by side for a judgement, with what to do with each and how to end.
import { JUDGEMENT_KINDS, type PracticePoint, type PracticeQuestion } from '../knowledge/schema.js';

export interface PlanSection {
  /** 'points' for describe/explain/account; 'for' and 'against' for a judgement. */
  readonly part: 'points' | 'for' | 'against';
  readonly points: readonly PracticePoint[];
}

export interface AnswerPlan {
  readonly question: PracticeQuestion;
  readonly sections: readonly PlanSection[];
  /** A judgement question ends with a conclusion; the others need none. */
  readonly conclusion: boolean;
  /** How many points a top answer makes: two for describe, three or more for the others. */
  readonly pointsToMake: number;
}

export function answerPlan(question: PracticeQuestion): AnswerPlan {
  const judgement = JUDGEMENT_KINDS.has(question.kind);
  const sections: PlanSection[] = judgement
    ? (['for', 'against'] as const).map((part) => ({ part, points: question.points.filter((p) => p.side === part) }))
    : [{ part: 'points', points: question.points }];
  return {
    question,
    sections: sections.filter((s) => s.points.length > 0),
    conclusion: judgement,
    pointsToMake: question.kind === 'describe' ? 2 : Math.min(question.points.length, judgement ? 4 : 3),
  };
}
