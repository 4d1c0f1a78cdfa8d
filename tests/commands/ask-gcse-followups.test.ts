// Follow-ups the blind Year 10 GCSE trial (trial 2, 7 December 2026) found read wrong, put right: "why did it happen"
// after the Terror's death toll (F7), "what did that mean" (F8), "who was kirov and y was he killed" (F15) and "give me
// an example" after a word's card (F18). Each is the student's exchange and a variant of it.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/messages.js';
import { newStudent, useAskConversations } from '../helpers/conversation.js';

/** A conversation of one student: each /ask is read with the ones before it. */
const conversation = useAskConversations(newStudent('kayla', 'Kayla'), 120_000);

describe('follow-ups after the Year 10 trial', () => {
  it('answers "ok but why did it happen" after the Terror\'s death toll with its causes', async () => {
    const ask = conversation();
    await ask('how many ppl were shot in the great terror');
    expect((await ask('ok but why did it happen'))?.title).toBe('Why did the Terror happen?');
  });

  it('answers "but why did it happen" after the famine\'s death toll with its causes', async () => {
    const ask = conversation();
    await ask('how many died in the famine');
    expect((await ask('but why did it happen'))?.title).toBe('What caused the famine of 1932–33?');
  });

  it('reads "what did that mean" after Dizzy with Success as a request to say it more simply, not a word to look up', async () => {
    const ask = conversation();
    const first = await ask('dizzy with sucess');
    const reply = await ask('what did that mean');
    expect(reply?.title).toBe(first?.title);
    expect(reply?.body).toContain(MESSAGES.askSimpler);
    expect(reply?.body).not.toContain('did that');
  });

  it('reads "wat did it mean" after the NEP the same way', async () => {
    const ask = conversation();
    const first = await ask('what was the nep');
    const reply = await ask('wat did it mean');
    expect(reply?.title).toBe(first?.title);
    expect(reply?.body).toContain(MESSAGES.askSimpler);
  });

  it('splits "who was kirov and y was he killed" into who Kirov was and why he was killed', async () => {
    const reply = await conversation()('who was kirov and y was he killed');
    expect(reply?.body).toContain('Who was Sergei Kirov?');
    expect(reply?.body).toContain('Did Stalin order the murder of Kirov?');
  });

  it('splits "who was trotsky n wen was he exiled", texted the same way', async () => {
    const reply = await conversation()('who was trotsky n wen was he exiled');
    expect(reply?.title).toBe(MESSAGES.askPartsTitle(2));
    expect(reply?.body).toContain('Who was Leon Trotsky?');
  });

  it('gives an example of "proletariat" from the notes, not "my answer has no example"', async () => {
    const ask = conversation();
    await ask('wat does proletariat mean');
    const reply = await ask('give me an example');
    expect(reply?.body).toContain('used in my notes');
    expect(reply?.body).toMatch(/proletariat/i);
    expect(reply?.body).not.toContain('My answer has no example in it');
    expect(reply?.buttons?.some((b) => b.action.startsWith('ask:'))).toBe(true);
  });

  it('gives an example of "Nepmen" from the notes the same way', async () => {
    const ask = conversation();
    await ask('what does nepman mean');
    const reply = await ask('any examples');
    expect(reply?.body).toContain('used in my notes');
    expect(reply?.body).toMatch(/Nepm[ae]n/);
  });
});
