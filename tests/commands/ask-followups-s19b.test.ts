// Short follow-ups a blind GCSE student typed on his phone (issue 19): "and?" read as nothing, "did it work" given the
// plan's aims again, "was it a fail tho" told "nothing better", "when tho" given the Civil War (Tukhachevsky) or the
// targets' years (the First Plan), and "how did he die" told "nothing better" where the last answer says he was killed.
import { describe, expect, it } from 'vitest';
import { newStudent, useAskConversations } from '../helpers/conversation.js';

const conversation = useAskConversations(newStudent('s19b', 'Ben'), 120_000);

describe('"and?" after an answer', () => {
  it('reads a bare "and?" as asking for more on the last answer, not as something it did not catch', async () => {
    const ask = conversation();
    await ask('What did the First Five-Year Plan achieve?');
    const reply = await ask('and?');
    expect(reply?.body).not.toMatch(/did not quite catch/);
    expect(reply?.body).toMatch(/To go further, press a button below/);
    expect(reply?.buttons?.map((b) => b.action)).toContain('ask:five-year-plans-first-failures');
  });
});

describe('whether it worked', () => {
  it('answers "did it work" after what the First Plan achieved with the judgement of whether industrialisation worked', async () => {
    const ask = conversation();
    await ask('What did the First Five-Year Plan achieve?');
    const reply = await ask('did it work');
    expect(reply?.title).toMatch(/How far had industrialisation met Stalin's objectives/);
    expect(reply?.body).toMatch(/I read this together with your last question/);
  });

  it('answers "was it a fail tho" after the Third Plan with a judgement, not "nothing better"', async () => {
    const ask = conversation();
    await ask('What was the Third Five-Year Plan?');
    const reply = await ask('was it a fail tho');
    expect(reply?.body).not.toMatch(/nothing better/);
    expect(reply?.title).toMatch(/How far had industrialisation met Stalin's objectives/);
  });
});

describe('a bare "when tho"', () => {
  it('gives Tukhachevsky\'s trial and shooting in June 1937 after his card, not the Civil War', async () => {
    const ask = conversation();
    await ask('who was Tukhachevsky');
    const reply = await ask('when tho');
    expect(reply?.title).toMatch(/Tukhachevsky in 1937/);
    expect(reply?.body).toMatch(/June 1937/);
    expect(reply?.body).not.toMatch(/This part of it answers you: .*Civil War/);
  });

  it('gives the plan\'s years (1928 to 1932) after the First Plan\'s aims, not its targets for 1932–33', async () => {
    const ask = conversation();
    await ask('What were the aims of the First Five-Year Plan?');
    const reply = await ask('when tho');
    expect(reply?.body).not.toMatch(/This part of it answers you: Its targets for 1932–33/);
    expect(reply?.body).toMatch(/October 1928 to December 1932/);
  });
});

describe('how he died, which the last answer says', () => {
  it('quotes the ice-axe sentence for "how did he die" after what happened to Trotsky', async () => {
    const ask = conversation();
    await ask('what happened to trotsky after he was defeated');
    const reply = await ask('how did he die');
    expect(reply?.body).toMatch(/This part of it answers you: In August 1940 he was killed in Mexico .*ice axe\./);
    expect(reply?.body).not.toMatch(/^My notes have nothing better/);
  });
});
