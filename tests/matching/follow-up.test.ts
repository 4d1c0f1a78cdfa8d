// Follow-up questions: which lean on the last answer, how they are read, and the conversation set's figures.
import { describe, expect, it } from 'vitest';
import { conversationFigures, HELD_OUT_CONVERSATIONS, loadConversations } from '../../bench/conversations.js';
import { leansOnPrevious, readWithPrevious } from '../../src/matching/follow-up.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

describe('a question that leans on the last answer', () => {
  it('points back or carries on, with few words of its own', () => {
    for (const q of ['how long did it take to build?', 'why was he killed', 'and kamenev?', 'what about zinoviev?', 'was it successful'])
      expect(leansOnPrevious(q), q).toBe('yes');
    for (const q of ['why?', 'how many died?', 'when?']) expect(leansOnPrevious(q), q).toBe('maybe');
  });

  it('stands on its own when it says what it is about', () => {
    for (const q of ['why did stalin end the nep', 'how did the famine affect ukraine in 1932', 'what was the policy that ended the nep'])
      expect(leansOnPrevious(q), q).toBe('no');
    // A short question ("who was kirov") may lean, but is read with the last answer only when it finds none alone.
    expect(leansOnPrevious('who was kirov')).toBe('maybe');
  });

  it('is read with the last question’s subject, or as its kind of question about a new one', () => {
    expect(readWithPrevious('how long did it take to build?', 'Why was the Moscow Metro important?')).toBe('how long did it take to build moscow metro');
    expect(readWithPrevious('what about zinoviev?', 'Who was Sergei Kirov?')).toBe('who was zinoviev');
  });
});

describe('the conversation set (130 conversations written apart from the code)', () => {
  // Figures when this was written: 69.4% of follow-ups read right, 90 of 91 later stand-alone questions
  // left as they are alone. The set was used to choose settings, so it is no longer held out.
  it('reads ≥ 67% of follow-ups right and bends at most one question in fifty that stands on its own', async () => {
    const f = await conversationFigures(await loadRealKnowledge(), loadConversations());
    expect(f.followUps).toBeGreaterThanOrEqual(120);
    expect(f.followUpsRight / f.followUps, JSON.stringify(f)).toBeGreaterThanOrEqual(0.67);
    expect(f.standalonesUnbent / f.standalones, JSON.stringify(f)).toBeGreaterThanOrEqual(0.98);
  });
});

describe('the held-out conversation set (70 conversations, written later, blind, measured once)', () => {
  // 59.4% of 101 follow-ups read right (the same before and after the last changes), all 32 later
  // stand-alone questions left as they are alone.
  it('reads ≥ 57% of follow-ups right and never bends a question that stands on its own', async () => {
    const f = await conversationFigures(await loadRealKnowledge(), loadConversations(HELD_OUT_CONVERSATIONS));
    expect(f.followUps).toBeGreaterThanOrEqual(100);
    expect(f.followUpsRight / f.followUps, JSON.stringify(f)).toBeGreaterThanOrEqual(0.57);
    expect(f.standalonesUnbent / f.standalones, JSON.stringify(f)).toBeGreaterThanOrEqual(0.98);
  });
});
