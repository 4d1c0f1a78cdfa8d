// The second pass on the blind Year 11 trial's follow-ups (issue 19): "what happend to him in the end" after Bukharin
// (T9) gets how he ended, not how he lost power in 1929; "no why did they make him a hero" after Stakhanov's record (T36)
// gets how he was used in propaganda, in another topic, not "my notes have nothing better"; a decade asked ("in the
// 1920s") is not answered with an entry dated only outside it, nor is the follow-up after it; "give me an example" of an
// answer that gives none gets a related answer on its topic that does (blind-3: socialist realism).
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/messages.js';
import { newStudent, useAskConversations } from '../helpers/conversation.js';

/** A conversation of one student: each /ask is read with the ones before it. */
const conversation = useAskConversations(newStudent('maya2', 'Maya'), 120_000);
const THIRD_TRIAL = 'What happened at the third show trial in 1938, when Bukharin was tried?';

describe('how someone ended', () => {
  it('answers "what happend to him in the end" after Bukharin and the smychka with his trial and death', async () => {
    const ask = conversation();
    await ask('who was bukharin');
    await ask('what does smychka mean');
    const reply = await ask('what happend to him in the end');
    expect(reply?.title).toBe(THIRD_TRIAL);
    expect(reply?.body).toContain('shot');
  });

  it('answers "what happened to bukharin in the end" asked alone the same way', async () => {
    const reply = await conversation()('what happened to bukharin in the end');
    expect(reply?.title).toBe(THIRD_TRIAL);
  });

  it('still answers what happened to him when he lost power, asked without "in the end"', async () => {
    const reply = await conversation()('how did stalin defeat bukharin and the right');
    expect(reply?.title).toBe('How did Stalin defeat Bukharin and the Right in 1928–29?');
  });
});

describe('a better entry about the same man, in another topic', () => {
  it('answers "no why did they make him a hero" after Stakhanov\'s record with how he was used in propaganda', async () => {
    const ask = conversation();
    await ask('who was stakanov');
    await ask('why?');
    const reply = await ask('no why did they make him a hero');
    expect(reply?.title).toBe('How was Alexei Stakhanov used in propaganda?');
    expect(reply?.body).not.toContain(MESSAGES.askSameAnswer('What record did Alexei Stakhanov set in 1935?'));
  });
});

describe('the decade asked', () => {
  it('answers what happened to Zinoviev and Kamenev in the 1920s with no entry on 1936, and "what about bukharin?" then with the 1920s', async () => {
    const ask = conversation();
    const first = await ask('wat happened to zinoviev and kamenev in the 1920s');
    expect(first?.title).not.toContain('1936');
    const reply = await ask('what about bukharin?');
    expect(reply?.title).toBe('How did Stalin defeat Bukharin and the Right in 1928–29?');
  });

  it('keeps a decade-dated entry when the decade asked is its own', async () => {
    const reply = await conversation()('what happened at the first show trial in the 1930s');
    expect(reply?.title).toBe('What happened at the first Moscow show trial in 1936?');
  });
});

describe('an example where the last answer gives none', () => {
  it('answers "give me an example" after socialist realism with the related answer that gives examples', async () => {
    const ask = conversation();
    await ask('whats socialist realism fr');
    const reply = await ask('give me an example');
    expect(reply?.title).toBe('What were painting and music expected to be like under socialist realism?');
    expect(reply?.body).toContain(MESSAGES.askFollowUp('What was socialist realism?'));
    expect(reply?.body).not.toContain(MESSAGES.askNoExamples(0).slice(0, 20));
  });
});
