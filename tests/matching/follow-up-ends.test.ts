// The readings behind the second pass on the Year 11 trial's follow-ups (tests/commands/ask-maya-followups-2.test.ts):
// asking how someone's story ended, the answer that tells it, and an entry dated outside the decade asked.
import { describe, expect, it } from 'vitest';
import { asksHowItEnded, endOfTheMan, outsideDecade, tellsTheEnd } from '../../src/matching/follow-up.js';

describe('asksHowItEnded', () => {
  it('reads asking how a story ended, misspelt or not', () => {
    for (const q of ['what happend to him in the end', 'what happened to bukharin in the end?', 'so what became of him eventually', 'how did yagoda die', 'when did he die', 'did trotsky die'])
      expect(asksHowItEnded(q), q).toBe(true);
  });

  it('leaves what happened to someone at some point, and other ends, alone', () => {
    for (const q of ['what happened to him', 'what happened to bukharin in 1929', 'how did the nep end', 'when did the terror end', 'why did so many die'])
      expect(asksHowItEnded(q), q).toBe(false);
  });
});

describe('tellsTheEnd and endOfTheMan', () => {
  const defeat = { question: 'How did Stalin defeat Bukharin and the Right?', answer: 'Bukharin lost Pravda. In November 1929 Bukharin was removed from the Politburo.' };
  const trial = { question: 'What happened at the third show trial, when Bukharin was tried?', answer: 'Twenty-one were tried. Bukharin and Rykov were sentenced to death and shot.' };
  const other = { question: 'What happened to Trotsky?', answer: 'Trotsky was murdered in Mexico in 1940.' };

  it('finds how the man ended in a sentence naming him', () => {
    expect(tellsTheEnd('Nikolai Bukharin', trial.answer)).toBe(true);
    expect(tellsTheEnd('Bukharin', defeat.answer)).toBe(false);
  });

  it('chooses an entry close behind, about him, that tells his end over one that does not', () => {
    expect(endOfTheMan([defeat, other, trial], 'Bukharin')).toBe(trial);
    expect(endOfTheMan([trial, defeat], 'Bukharin')).toBeUndefined();
    expect(endOfTheMan([defeat, other], 'Bukharin')).toBeUndefined();
  });
});

describe('outsideDecade', () => {
  it('finds an entry dated only outside the decade asked', () => {
    expect(outsideDecade('what happened to zinoviev and kamenev in the 1920s', 'What happened at the first Moscow show trial in 1936?')).toBe(true);
    expect(outsideDecade('what about bukharin in the 1920s', 'How did Stalin defeat Bukharin and the Right in 1928–29?')).toBe(false);
  });

  it('leaves undated entries, and questions naming no decade, alone', () => {
    expect(outsideDecade('what happened to zinoviev and kamenev in the 1920s', "What happened to Stalin's defeated rivals after the power struggle?")).toBe(false);
    expect(outsideDecade('what happened to zinoviev in 1936', 'What happened at the first Moscow show trial in 1936?')).toBe(false);
  });
});
