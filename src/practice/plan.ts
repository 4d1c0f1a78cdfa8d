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
  /** What an "explain" prompt asks for: "Explain why…" its causes, "Explain how the Terror affected…" its effects. */
  readonly asks: PlanAsks;
}

export type PlanAsks = 'causes' | 'effects' | 'features';

/** Words of a prompt that ask what something did or what it was like, rather than why it happened. */
const ASKS_EFFECTS = /\b(affect(ed|s)?|effects?|impacts?|consequences?|results?|change[ds]?)\b/i;
const ASKS_FEATURES = /\b(features?|characteristics?|what (was|were) .+ like)\b/i;

/** What a prompt asks an answer to explain: a "why" asks for causes, whatever else it says; "how … affected" for effects. */
function promptAsks(prompt: string): PlanAsks {
  if (/\bwhy\b/i.test(prompt)) return 'causes';
  if (ASKS_EFFECTS.test(prompt)) return 'effects';
  return ASKS_FEATURES.test(prompt) ? 'features' : 'causes';
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
    asks: promptAsks(question.prompt),
  };
}
