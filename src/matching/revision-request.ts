// Revision requests are not questions about history: "test me on the famine", "quick summary of the
// whole topic", "key dates for collectivisation", "what should I revise", "can you write my essay". They
// go where they can be met (a topic page, a quiz button, a must-know list, a kind no) instead of to
// whichever entry shares their words. The patterns are everyday English, not the course's words.
import { normaliseText } from './normalise.js';

export type RevisionKind = 'test-me' | 'summary' | 'key-dates' | 'key-terms' | 'what-to-revise' | 'write-essay';

export interface RevisionRequest {
  readonly kind: RevisionKind;
  /** What it is about, as typed after the request ("the famine topic"); empty when nothing is named. */
  readonly subject: string;
}

// Checked in order: "write my essay on the key dates" is an essay request.
const REQUESTS: ReadonlyArray<readonly [RevisionKind, RegExp]> = [
  ['write-essay', /\b(?:write|do|make) (?:my|me|me an?|an|the|this) (?:essay|homework|coursework|assignment|answer)\b(.*)$|\bwrite (?:me )?(?:an? |my |\d+ words? )?(?:\d+ ?marker|paragraph|essay|answer|words|\d+ words)\b(.*)$|\b(?:write|do) (?:it|this|that) for me\b(.*)$/],
  ['test-me', /\b(?:test|quiz) me\b(.*)$|\btest my (?:knowledge|memory)\b(.*)$|\b(?:ask|give) me (?:some |a few |\d+ )?(?:questions|qs|a quiz|a test)\b(.*)$/],
  [
    'what-to-revise',
    /\bwhat (?:should|do|must|shall) i (?:need to )?(?:revise|learn|know|study|focus on)\b(.*)$|\b(?:most important|main|key) things? to (?:revise|learn|know)\b(.*)$|\bmust know\b(.*)$|\bwhat to revise\b(.*)$|\b(?:important|key) to (?:revise|know|learn)\b(.*)$|\bwhere (?:do i|to|should i) (?:even )?start (?:revising|revision)\b(.*)$|\bwhat do (?:examiners|they|teachers) (?:want|expect) (?:us|me|you) to know\b(.*)$/,
  ],
  ['key-dates', /\b(?:key|important|main) dates\b(.*)$|\btimeline\b(.*)$|\b(?:what |which )?dates (?:do i need|should i know|i need|to know|i should know|for)\b(.*)$|\bwhen did (?:everything|it all|all of it) happen\b(.*)$/],
  ['key-terms', /\b(?:key|important|main) (?:words|terms|vocab|vocabulary|terminology)\b(.*)$|\bglossary\b(.*)$|\b(?:words|terms|vocab) (?:do )?i (?:need|should|shd|must) (?:to )?know\b(.*)$|\bterminology\b(.*)$/],
  ['summary', /\b(?:summary|summarise|overview|recap|sum up|gist|tldr|tl dr|in a nutshell|rundown|run down)\b(.*)$/],
];

/** Filler around the subject: "of the whole topic", "on", "for the", "pls". */
const FILLER = /\b(key (words|terms|dates)|of|on|for|about|abt|from|in|the|whole|entire|topic|unit|chapter|pls|please|plz|quick|quickly|short|a|an|me|my|to|with|can|could|you|u|give|some|all|bit|little|thanks|ty)\b/g;

export function readRevisionRequest(question: string): RevisionRequest | undefined {
  const s = normaliseText(question);
  for (const [kind, pattern] of REQUESTS) {
    const m = pattern.exec(s);
    if (!m) continue;
    const rest = m.slice(1).filter((g): g is string => typeof g === 'string' && g.trim() !== '').at(-1) ?? '';
    return { kind, subject: rest.replace(FILLER, ' ').replace(/\s+/g, ' ').trim() };
  }
  return undefined;
}
