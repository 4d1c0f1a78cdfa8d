// The blind trial of a Year 10 student new to English (Amir, issue 19): follow-ups read against the wrong entry while the
// reply said "I read this together with your last question", and "my notes have nothing better" dead ends where the last
// answer holds the reply. The reply now quotes the sentence of the last answer that gives what was asked, or opens the
// entry that does.
import { describe, expect, it } from 'vitest';
import { newStudent, useAskConversations } from '../helpers/conversation.js';

/** A conversation of one student: each /ask is read with the ones before it. */
const conversation = useAskConversations(newStudent('amir', 'Amir'), 120_000);

describe('a fact the last answer gives', () => {
  it('answers "what was her name" after Stalin\'s wife with her name, not the Holodomor', async () => {
    const ask = conversation();
    await ask('his wife kill herself?');
    const reply = await ask('what was her name');
    expect(reply?.title).not.toMatch(/Holodomor/);
    expect(reply?.body).toContain('Nadezhda Alliluyeva');
  });

  it('answers "how many die there" after the special settlements with the deaths there, not how many the camps held', async () => {
    const ask = conversation();
    await ask('what is special settlement');
    const reply = await ask('how many die there');
    expect(reply?.title).not.toMatch(/held in the gulag/);
    expect(reply?.body).toMatch(/killed hundreds of thousands of deportees/);
  });

  it('answers "how many die" after the kulaks\' deportation with the deaths, not Yezhov', async () => {
    const ask = conversation();
    await ask("What happened during the 'liquidation of the kulaks as a class'?");
    const reply = await ask('how many die');
    expect(reply?.title).not.toMatch(/Yezhov/);
    expect(reply?.body).toMatch(/hundreds of thousands died/);
  });

  it('quotes who did it after the Urals-Siberian method: Stalin, in its first sentence', async () => {
    const ask = conversation();
    await ask('what is the urals siberian method');
    const reply = await ask('who did it');
    expect(reply?.body).toMatch(/answers you: .*Stalin launched/);
  });
});

describe('a reason or what came after, in the last answer', () => {
  it('quotes why the Terror was stopped after how it ended, not a bare "nothing better"', async () => {
    const ask = conversation();
    await ask('how the terror end');
    const reply = await ask('why stalin stop it');
    expect(reply?.body).toMatch(/answers you: .*damaged the economy and the army while war was looming/);
  });

  it('quotes what followed the article after "and after?"', async () => {
    const ask = conversation();
    await ask("What was Stalin's article 'Dizzy with Success'?");
    const reply = await ask('and after?');
    expect(reply?.body).toMatch(/answers you: .*peasants left the collective farms/);
  });
});

describe('the thread kept', () => {
  it('keeps "which one better for the peasant" on the kolkhoz and sovkhoz, not the word "peasant"', async () => {
    const ask = conversation();
    await ask('what is kolkhoz and sovkhoz difference');
    const reply = await ask('which one better for the peasant');
    expect(reply?.title).toBe('What was a sovkhoz and how did it differ from a kolkhoz?');
    expect(reply?.body).toContain('I read this together with your last question');
  });

  it('reads "why people do it to there neighbour" with the word just explained, not an answer four turns back', async () => {
    const ask = conversation();
    await ask('what is the urals siberian method');
    await ask('what mean denounce');
    const reply = await ask('why people do it to there neighbour');
    expect(reply?.title).toMatch(/denunciations/i);
  });

  it('answers "how much did they actually produce" after the First Plan\'s targets with what it achieved', async () => {
    const ask = conversation();
    await ask("what were the first five year plan's targets for coal and steel");
    const reply = await ask('how much did they actually produce');
    expect(reply?.title).not.toBe('What were the aims and targets of the First Five-Year Plan?');
    expect(reply?.body).toMatch(/5\.9 million/);
  });
});
