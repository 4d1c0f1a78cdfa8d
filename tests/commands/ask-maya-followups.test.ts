// Follow-ups the blind Year 11 trial ("Maya", 7 December 2026, issue 19) found read wrong, put right: a question that
// stands alone bent towards the last answer (T14–T15), "my notes have nothing better" where the notes had the answer (T43,
// T97), "which one was more common" (T161), "which of those is the most important" (T140), "he" after an answer naming no one (T9), "was he right" (T144),
// "and the famine, how many died" (T27) and "shorter pls" after a topic's summary (T60, T147). Each is her exchange and a
// variant of it.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/messages.js';
import { newStudent, useAskConversations } from '../helpers/conversation.js';

/** A conversation of one student: each /ask is read with the ones before it. */
const conversation = useAskConversations(newStudent('maya', 'Maya'), 120_000);
const nothingBetter = (title: string) => MESSAGES.askSameAnswer(title);

describe('a question that stands alone is not bent towards the last answer', () => {
  it('answers "what were the purgs" after the show trials as asked alone', async () => {
    const ask = conversation();
    await ask('why did they confess at the show trials');
    await ask('what part did vyshinsky play in the show trials');
    const reply = await ask('what were the purgs');
    expect(reply?.title).toBe('What is the difference between a party purge and the Terror?');
    expect(reply?.body).not.toContain(MESSAGES.askFollowUp('What part did Andrei Vyshinsky play in the show trials?'));
  });

  it('reads "then" closing "what were the purges then" as a word of talk, not as pointing back', async () => {
    const ask = conversation();
    await ask('what were the show trials');
    expect((await ask('what were the purges then'))?.title).toBe('What is the difference between a party purge and the Terror?');
  });

  it('still reads "then" with the last answer when the question is not what something is', async () => {
    const ask = conversation();
    await ask('how did stalin react in the days after kirov was killed');
    expect((await ask('what happened to zinoviev and kamenev then'))?.body).toContain('I read this together with your last question');
  });
});

describe('no false "my notes have nothing better"', () => {
  it('answers "did it get better" after workers\' living conditions with how far life improved', async () => {
    const ask = conversation();
    await ask('what were living and working conditions like for workers in the 1930s');
    const reply = await ask('did it get better');
    expect(reply?.title).toBe('How far did life improve for industrial workers under Stalin by 1941?');
    expect(reply?.body).toContain(MESSAGES.askFollowUp('What were living and working conditions like for industrial workers?'));
  });

  it('answers "so why didnt they get rid of him" after Lenin\'s Testament with why it was not published', async () => {
    const ask = conversation();
    await ask('when did lenin die');
    await ask('what did his testament say about stalin');
    const reply = await ask('so why didnt they get rid of him');
    expect(reply?.title).toBe("Why was Lenin's Testament not published, and why did that matter?");
    expect(reply?.body).not.toContain(nothingBetter("What did Lenin's Testament say about the leading Bolsheviks?"));
  });

  it('quotes the sentence of the last answer that says which was more common, when nothing else fits', async () => {
    const ask = conversation();
    await ask('whats the difference between a kolkhoz and a sovkhoz');
    const reply = await ask('which one was more common');
    expect(reply?.body).toContain(MESSAGES.askFittingPart('Most peasants ended up in kolkhozy; sovkhozy were far fewer.'));
  });

  it('keeps to the man "he" stands for: "what happened to him in the end" after Yezhov\'s part is not how the Terror ended', async () => {
    const ask = conversation();
    await ask('what part did yezhov play in the great terror');
    expect((await ask('what happened to him in the end'))?.title).not.toBe('How did the Great Terror come to an end?');
  });
});

describe('which of the reasons weighs most', () => {
  it('answers "which of those is the most important" after why Stalin industrialised with how to weigh reasons, not the Terror\'s victims', async () => {
    const ask = conversation();
    await ask('y did stalin want to industrialise so fast');
    const reply = await ask('which of those is the most important');
    expect(reply?.title).toBe('How do I answer a "Which was the more important reason…" question?');
    expect(reply?.body).toContain(MESSAGES.askFollowUp('Why did Stalin decide to industrialise the USSR so rapidly?'));
  });

  it('answers "which was the main one" after why the NEP ended with the entry weighing those reasons', async () => {
    const ask = conversation();
    await ask('why did stalin end the nep');
    expect((await ask('which was the main one'))?.title).toBe('How important was the grain crisis among the reasons for ending the NEP?');
  });
});

describe('"he", "right" and "how many"', () => {
  it('reads "him" after an answer naming no one as the man named just before it', async () => {
    const ask = conversation();
    await ask('who was bukharin');
    await ask('what does smychka mean');
    const reply = await ask('what happend to him in the end');
    expect(reply?.title).not.toBe('What happened to Trotsky after he was defeated?');
    expect(reply?.title).toContain('Bukharin');
  });

  it('reads "was he right" as whether he was correct, not as the Right Opposition', async () => {
    const ask = conversation();
    await ask('how did the fear of invasion push stalin');
    const reply = await ask('was he right');
    expect(reply?.title).not.toContain('Right');
    // Nor as "correct", which the matcher would read as the word in "corrective labour camp".
    const again = conversation();
    await again('what was the nep');
    const nep = await again('was it right');
    expect(nep?.title).not.toMatch(/Right|corrective/i);
  });

  it('answers "and the famine, how many died" with the famine\'s death toll', async () => {
    const ask = conversation();
    await ask('what does second serfdom mean');
    expect((await ask('and the famine, how many died'))?.title).toBe('How many people died in the famine of 1932–33?');
  });
});

describe('"shorter pls" after a topic\'s summary', () => {
  it('shortens the summary just shown, not the answer before it', async () => {
    const ask = conversation();
    await ask('did industrialisation prepare them for the war');
    const summary = await ask('summary of collectivisation');
    const reply = await ask('shorter pls');
    expect(reply?.title).toBe(summary?.title);
    expect(reply?.body).toContain(MESSAGES.askSimpler);
    expect(reply?.body.length).toBeLessThan(summary?.body.length ?? 0);
  });

  it('does the same for "in simple words" after a quick summary of the Terror', async () => {
    const ask = conversation();
    await ask('how many died in the famine');
    await ask('quick summary of the great terror pls');
    expect((await ask('in simple words'))?.title).toBe('The Great Terror: show trials and purges');
  });

  it('shortens the answer again once an answer comes after the summary', async () => {
    const ask = conversation();
    await ask('summary of collectivisation');
    await ask('what was the nep');
    expect((await ask('shorter pls'))?.title).toBe('What was the New Economic Policy (NEP)?');
  });

  it('does not shorten an older summary once another revision reply comes after it', async () => {
    for (const simpler of ['shorter pls', 'explain like im 10']) {
      const ask = conversation();
      const famine = await ask('summary of the famine');
      const dates = await ask('key dates for the gulag');
      expect(dates?.title, simpler).toMatch(/gulag/i);
      const reply = await ask(simpler);
      expect(reply?.title, simpler).not.toBe(famine?.title);
      expect(reply?.body, simpler).not.toContain(MESSAGES.askSimpler);
    }
  });

  it('shortens the newer of two summaries', async () => {
    const ask = conversation();
    await ask('summary of the famine');
    const gulag = await ask('summary of the gulag');
    const reply = await ask('shorter pls');
    expect(reply?.title).toBe(gulag?.title);
    expect(reply?.body).toContain(MESSAGES.askSimpler);
  });
});
