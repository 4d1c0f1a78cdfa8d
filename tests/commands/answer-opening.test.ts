// An answer's opening beside its question (/ask's points, essay plans, parts): cut at a sentence or a word, never inside
// a word (a GCSE student's trial: "…wanted to protect t…" read as broken).
import { describe, expect, it } from 'vitest';
import { answerOpening, answerPoint, clipAtWord } from '../../src/commands/answer-opening.js';

const TEXT =
  'Trotsky, the loser, blamed the bureaucracy: in The Revolution Betrayed (1936) and other writings he portrayed Stalin as a mediocre figure ' +
  'raised up by party officials who were weary of revolution and wanted to protect their privileges. Later historians disagreed.';

describe('cutting an answer short', () => {
  it('ends at its last whole sentence when that keeps most of the room, else after a whole word with "…"', () => {
    expect(clipAtWord(TEXT, 240)).toBe(TEXT.slice(0, TEXT.indexOf(' Later')));
    for (const room of [30, 60, 100, 180, 220]) {
      const cut = clipAtWord(TEXT, room);
      expect(cut.length, String(room)).toBeLessThanOrEqual(room);
      expect(cut.endsWith('…'), String(room)).toBe(true);
      const kept = cut.slice(0, -1);
      expect(TEXT.startsWith(kept), String(room)).toBe(true);
      // The next character of the text is no letter: the last word is whole.
      expect(TEXT[kept.length] ?? ' ', String(room)).toMatch(/[^A-Za-z]/);
    }
    expect(clipAtWord('Short enough.', 40)).toBe('Short enough.');
  });

  it('gives an answer’s opening within the room, whole words only', () => {
    // A first sentence longer than the room is cut after its last whole word.
    const opening = answerOpening(TEXT, 200);
    expect(opening.length).toBeLessThanOrEqual(200);
    expect(opening).toMatch(/ weary of revolution…$/);
  });

  it('gives an essay point its evidence: the opening sentences that fit, three at most', () => {
    const note = 'Stalin became General Secretary in 1922. It meant running the party office. He controlled appointments. He set the agenda.';
    expect(answerPoint(note, 200)).toBe('Stalin became General Secretary in 1922. It meant running the party office. He controlled appointments.');
    expect(answerPoint(note, 80)).toBe('Stalin became General Secretary in 1922. It meant running the party office.');
    expect(answerPoint(TEXT, 200)).toBe(answerOpening(TEXT, 200));
  });
});
