// Follow-ups two blind users typed in the eighteenth session that the tutor misread (issue 19), one kind each:
// - what something made ("what did they make" after the Five-Year Plans): its output, not the fear of invasion;
// - a figure of one thing among an answer's many ("how much steel" after the plans' output): that sentence quoted;
// - "what about X" naming a new subject after an answer about a man ("what about women" after Stakhanov's record):
//   X asked about, never the man's answer again;
// - "and X" naming a person (Zinoviev after Kamenev, misspelt): X's card;
// - a correction ("no, I mean X, not Y", "not Y, X", "I meant X") asks the last question again with what was meant;
//   "give me an essay plan for that" then plans it; a plan asked "…, not Y" leaves Y out;
// - "give me the figures" after an answer on one thing: that thing's own figures first (the Kazakh famine's dead);
// - "why did it matter for Stalin": an entry on the last subject naming him, not a card on what it was;
// - "which one is more convincing?" after the schools of historians: the judgement is the student's, said plainly.
import { describe, expect, it } from 'vitest';
import { correctedQuestion, readCorrection } from '../../src/matching/follow-up.js';
import { newStudent, useAskConversations } from '../helpers/conversation.js';

/** A conversation of one student: each /ask is read with the ones before it. */
const conversation = useAskConversations(newStudent('s18b', 'Student'), 120_000);

describe('what something made, and one figure of many', () => {
  it('answers "what did they make" after the Five-Year Plans with their output, then quotes the steel figures', async () => {
    const ask = conversation();
    await ask('what were the five year plans');
    const made = await ask('what did they make');
    expect(made?.title).toBe('How much did coal, steel and electricity output grow under the plans?');
    const steel = await ask('how much steel');
    expect(steel?.body).toMatch(/steel 4\.0, 5\.9, 17\.7 and 18\.3 million tonnes/);
    expect(steel?.body).not.toMatch(/nothing better/i);
  });
});

describe('"what about X" naming a new subject after an answer about a man', () => {
  it('answers "what about women" after Stakhanov\'s record about women\'s work, and "what about skools" about education', async () => {
    const ask = conversation();
    await ask('what record did stakhanov set');
    const women = await ask('what about women');
    expect(women?.title).toMatch(/women/i);
    expect(women?.title).not.toMatch(/Stakhanov/);
    const again = conversation();
    await again('who was stakhanov');
    const schools = await again('what about skools');
    expect(schools?.title).toMatch(/education/i);
    expect(schools?.body ?? '').not.toMatch(/nothing better/i);
  });

  it('still puts a name in the place of a name ("and zinovev" after Kamenev: Zinoviev\'s card)', async () => {
    const ask = conversation();
    await ask('who was kamenev');
    expect((await ask('and zinovev'))?.title).toBe('Who was Grigory Zinoviev?');
  });
});

describe('a correction of what the last answer took the question to mean', () => {
  it('reads what was meant and what was not', () => {
    expect(readCorrection('no, I mean the economy - industry and farming, not education')).toEqual({ meant: 'economy - industry and farming', not: 'education' });
    // A question of its own after "I mean" or "not …," corrects nothing.
    for (const q of ['I mean why did Stalin kill Kirov?', 'not sure, what was the NEP?', 'Not really - what about the famine', 'nah not that one, the five year plans']) expect(readCorrection(q), q).toBeUndefined();
    expect(readCorrection('not education, the economy')).toEqual({ meant: 'economy', not: 'education' });
    expect(readCorrection('I meant Zinoviev')).toEqual({ meant: 'Zinoviev' });
    expect(readCorrection('what do you mean')).toBeUndefined();
    expect(readCorrection('i mean it')).toBeUndefined();
    expect(correctedQuestion('no, I mean industry and farming, not education', 'how successful were stalins economic policies')).toBe('how successful were stalins economic policies: industry and farming');
  });

  it('asks the last question again with what was meant, and "give me an essay plan for that" then plans it', async () => {
    const ask = conversation();
    await ask('essay plan for how successful were stalins economic policies');
    const meant = await ask('no, I mean the economy - industry and farming, not education');
    expect(meant?.body).not.toMatch(/not sure which question/i);
    expect(meant?.title).toMatch(/collectivisation|industrialisation/i);
    const plan = await ask('give me an essay plan for that');
    expect(plan?.title).toBe('Essay plan: how successful were stalins economic policies: economy - industry and farming');
    expect(plan?.body).toMatch(/industrialisation/i);
    expect(plan?.body).toMatch(/collectivisation/i);
  });

  it('answers "not education, the economy" with the economy, and "I meant Zinoviev" after Kamenev with his card', async () => {
    const ask = conversation();
    await ask('how successful were stalins economic policies');
    expect((await ask('not education, the economy'))?.title).not.toMatch(/education/i);
    const again = conversation();
    await again('who was kamenev');
    expect((await again('I meant Zinoviev'))?.title).toBe('Who was Grigory Zinoviev?');
  });

  it('leaves out of a plan what its question says it is not', async () => {
    const plan = await conversation()('essay plan for how successful were stalins economic policies, not education');
    expect(plan?.title).toMatch(/^Essay plan:/);
    expect(plan?.body).not.toMatch(/education policy/i);
    expect(plan?.body).toMatch(/industrialisation/i);
  });
});

describe('the figures of the subject itself', () => {
  it('gives the Kazakh famine\'s deaths for "give me the figures" after why Kazakhstan was hit so hard, not the livestock', async () => {
    const ask = conversation();
    await ask('what happened in kazakhstan');
    const figures = await ask('give me the figures');
    expect(figures?.title).toBe('How many died in the Kazakh famine, and what is it called?');
    expect(figures?.body).toMatch(/1\.5 million/);
  });
});

describe('what the last subject meant to someone', () => {
  it('answers "why did it matter for stalin though" after the NEP\'s results with an entry on Stalin and the NEP, not the smychka', async () => {
    const ask = conversation();
    await ask('why was the nep important');
    const reply = await ask('why did it matter for stalin though');
    expect(reply?.title).not.toBe('What was the smychka?');
    expect(reply?.title).toMatch(/Stalin/);
    expect(reply?.title).toMatch(/NEP/);
  });
});

describe('which view is more convincing, when no note weighs them', () => {
  it('says the judgement is the student\'s after the schools of historians, with the sides in one line', async () => {
    const ask = conversation();
    await ask('what are the schools of historians');
    const reply = await ask('which one is more convincing?');
    expect(reply?.title).not.toBe('What are the main schools of historians on Stalin\'s USSR?');
    expect(reply?.body).toMatch(/your judgement/);
    expect(reply?.body).toMatch(/The sides in "[^"]+": .*Fitzpatrick/);
    expect((reply?.buttons ?? []).length).toBeGreaterThan(0);
  });

  it('still gives the entry weighing the views on the same subject (the Terror\'s interpretations after Conquest and Getty)', async () => {
    const ask = conversation();
    await ask('compare Conquest and Getty on the terror');
    expect((await ask('which one is more convincing?'))?.title).toBe('What are the main interpretations of the Terror put forward by historians?');
  });
});
