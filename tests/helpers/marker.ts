// The real fact base's marker for a practice test file, with the few ways those tests mark an answer.
import { feedbackParts } from '../../src/commands/practice-view.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { createMarker, type MarkResult, type Marker } from '../../src/practice/marker.js';
import { practiceQuestion, useRealKnowledge } from './knowledge.js';

/** Padding that makes no point, so each sentence is marked as part of an answer. */
export const PAD = ' This is what happened over those years, one step after another.';

export interface RealMarker {
  readonly kb: KnowledgeBase;
  readonly marker: Marker;
  /** The answer, padded, marked on the practice question `id`. */
  mark(id: string, answer: string): MarkResult;
  /** The ids of the points the padded answer makes. */
  made(id: string, answer: string): string[];
  /** The lines of the feedback's "Facts to check". */
  checks(id: string, answer: string): string[];
}

/**
 * The real fact base and its marker, handed to `take` before the file's tests (a beforeAll, with `timeout`), for a file
 * that keeps its own variables: `useRealMarkerParts((real) => ({ kb, marker } = real), 60_000)`.
 */
export function useRealMarkerParts(take: (real: { kb: KnowledgeBase; marker: Marker }) => void, timeout?: number): void {
  useRealKnowledge((kb) => ({ marker: createMarker(kb) }), take, timeout);
}

/** Loads the real fact base and builds its marker before the file's tests (call at the top of a test file). */
export function useRealMarker(): RealMarker {
  let kb: KnowledgeBase | undefined;
  let marker: Marker | undefined;
  useRealMarkerParts((real) => ({ kb, marker } = real), 60_000);
  const ready = () => {
    if (!kb || !marker) throw new Error('useRealMarker: the fact base is loaded in beforeAll');
    return { kb, marker };
  };
  const mark = (id: string, answer: string) => {
    const { kb, marker } = ready();
    return marker.mark(practiceQuestion(kb, id), answer + PAD);
  };
  return {
    get kb() {
      return ready().kb;
    },
    get marker() {
      return ready().marker;
    },
    mark,
    made: (id, answer) => mark(id, answer).made.map((m) => m.point.id),
    checks: (id, answer) =>
      (feedbackParts(ready().kb, mark(id, answer)).fields ?? []).filter((f) => f.name.startsWith('Facts to check')).flatMap((f) => f.value.split('\n')),
  };
}
