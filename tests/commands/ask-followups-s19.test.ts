// Follow-ups and pushback as two blind users found them (issue 19): "give me a stat for that" read as a question of its
// own (another topic's figures), "are you sure? I thought it was 1928" answered with a part of another entry, "what
// happened to him?" asked of the man the last question named rather than the one its answer gave, a question naming its
// own subject given the last answer again, "that's not what I asked" read as a question, and "give example" a dead end
// where the entry next to the last answer gives one.
import { describe, expect, it } from 'vitest';
import { newStudent, useAskConversations } from '../helpers/conversation.js';

const conversation = useAskConversations(newStudent('s19', 'Sam'), 120_000);

describe('figures asked of the last answer', () => {
  it('gives the figure of the Congress of Victors answer for "give me a stat for that", not the plans\' output', async () => {
    const ask = conversation();
    await ask('what was the Congress of Victors');
    const reply = await ask('give me a stat for that');
    expect(reply?.title).not.toMatch(/coal, steel and electricity/);
    expect(reply?.body).toMatch(/more than half of its delegates were later arrested/);
  });

  it('gives collectivisation\'s own figures (grain output) after a judgement with none, not industry\'s', async () => {
    const ask = conversation();
    await ask('was collectivisation a success');
    const reply = await ask('give me a stat for that');
    expect(reply?.title).toMatch(/grain production after collectivisation/);
    expect(reply?.body).toMatch(/73\.3 million tonnes/);
  });

  it('gives the grain figures for "give me the figures for the grain the state collected", not exam advice', async () => {
    const ask = conversation();
    await ask('was collectivisation a success');
    const reply = await ask('give me the figures for the grain the state collected');
    expect(reply?.title).not.toMatch(/evidence and specific detail/);
    expect(reply?.title).toMatch(/grain/i);
    expect(reply?.body).toMatch(/million tonnes/);
    expect(reply?.body).toContain('the grain the state collected');
  });

  it('keeps to the last answer\'s own figures for "any stats?" after the plans\' output, never another topic\'s', async () => {
    const ask = conversation();
    await ask('How much did coal, steel and electricity output grow under the plans?');
    const reply = await ask('any stats?');
    expect(reply?.title).not.toMatch(/Ukraine/);
    expect(reply?.body).toMatch(/coal 35\.5/);
  });
});

describe('pushback on a date', () => {
  it('answers "are you sure? I thought it was 1928" with the last answer\'s own sentence: November 1929', async () => {
    const ask = conversation();
    await ask('when was Bukharin removed from the Politburo');
    const reply = await ask('are you sure? I thought it was 1928');
    expect(reply?.body).toMatch(/^My notes say otherwise: "During 1929 .*in November Bukharin was removed from the Politburo\."/);
    expect(reply?.buttons?.map((b) => b.action)).toContain('remember:power-struggle-right-defeat');
  });

  it('says "Yes, 1929" when the student\'s year is the one the answer gives', async () => {
    const ask = conversation();
    await ask('when was Bukharin removed from the Politburo');
    const reply = await ask("wasn't it 1929?");
    expect(reply?.body).toMatch(/^Yes, 1929\. My notes say: /);
  });

  it('gives the First Plan\'s start and where 1929 comes from (approved in April 1929, backdated)', async () => {
    const ask = conversation();
    await ask('when did the first five-year plan start');
    const reply = await ask('are you sure? I thought it was 1929');
    expect(reply?.title).not.toMatch(/2\+2=5/);
    expect(reply?.body).toMatch(/^My notes say otherwise: "The First Plan ran from October 1928/);
    expect(reply?.body).toMatch(/You may be thinking of 1929 here: .*approved in April 1929/);
  });

  it('reads "are you sure? why did he do it" as a question of its own, not a doubt', async () => {
    const ask = conversation();
    await ask('when was Bukharin removed from the Politburo');
    const reply = await ask('are you sure? why did stalin do it');
    expect(reply?.body).not.toMatch(/^Yes/);
  });
});

describe('complaints about the last answer', () => {
  it('answers "that\'s not what I asked" with how the question was read and the nearest others, not a new entry', async () => {
    const ask = conversation();
    await ask('when was Bukharin removed from the Politburo');
    const reply = await ask("that's not what I asked");
    expect(reply?.body).toMatch(/I read your last question as "How did Stalin defeat Bukharin/);
    expect(reply?.buttons?.filter((b) => b.action.startsWith('ask:')).length).toBeGreaterThan(0);
    expect(reply?.buttons?.map((b) => b.action)).not.toContain('ask:power-struggle-right-defeat');
  });

  it('quotes where the last answer names Bukharin for "you didn\'t mention Bukharin"', async () => {
    const ask = conversation();
    await ask('when was Bukharin removed from the Politburo');
    const reply = await ask("you didn't mention Bukharin");
    expect(reply?.body).toMatch(/^My answer does mention Bukharin: ".*in November Bukharin was removed from the Politburo/);
  });
});

describe('"him" is the man the last answer gave', () => {
  it('tells Yezhov\'s fate for "what happened to him?" after who replaced Yagoda', async () => {
    const ask = conversation();
    await ask('who replaced Yagoda as head of the NKVD and when');
    const reply = await ask('what happened to him?');
    expect(reply?.body).not.toMatch(/nothing better/);
    expect(reply?.title).toMatch(/Yezhov/);
    expect(reply?.body).toMatch(/arrested in 1939 and shot in 1940/);
  });
});

describe('who came after someone, asked alone', () => {
  it('answers "who succeeded Kirov" with Zhdanov\'s card, and reads the next "him" as Zhdanov, not Kirov', async () => {
    const ask = conversation();
    const first = await ask('who succeeded Kirov');
    expect(first?.title).toBe('Who was Andrei Zhdanov?');
    const reply = await ask('what happened to him?');
    expect(reply?.title).not.toMatch(/archives|Kirov/);
    expect(reply?.body).toMatch(/Zhdanov/);
  });
});

describe('a question naming its own subject', () => {
  it('answers "what\'s the revisionist view of collectivisation" after Getty with collectivisation, not Getty again', async () => {
    const ask = conversation();
    await ask('what did Getty and the revisionists argue');
    const reply = await ask("what's the revisionist view of collectivisation");
    expect(reply?.title).not.toMatch(/Getty/);
    expect(reply?.title).toMatch(/collectivisation/);
  });
});

describe('an example next door', () => {
  it('quotes the example of the entry next to an answer with none, with that entry first among the buttons', async () => {
    const ask = conversation();
    await ask('why was the first five year plan declared complete early');
    const reply = await ask('give example');
    expect(reply?.body).toMatch(/My answer has no example in it\..*\n\nThe first, "How and when was the First Five-Year Plan adopted\?", next to it in my notes, gives one: .*Dnieper dam/);
    expect(reply?.buttons?.[0]?.action).toBe('ask:five-year-plans-first-adopted');
  });
});
