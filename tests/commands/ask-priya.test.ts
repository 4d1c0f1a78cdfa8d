// The blind trial of an A-level student (Priya, s15): questions refused or misread. A year after the course in a question
// about historians' debates, a phrase of another subject that is a course historian's book title, and an off-course word
// that is a course card's own name are no other period; a claim "my textbook says…" put to be checked is a question of
// history, not of exam technique; "which historian says that?" gives the last answer's own historians or says there are
// none; and a misspelt word asked the meaning of is read as spelt right.
import { describe, expect, it } from 'vitest';
import { newStudent, useAskConversations } from '../helpers/conversation.js';

/** A conversation of one student: each /ask is read with the ones before it. */
const conversation = useAskConversations(newStudent('priya', 'Priya'), 120_000);
const OTHER_PERIOD = /belongs? to another subject or period/;

describe('words of another period that are the course\'s here', () => {
  it('answers "which is more convincing now, post-1991?" after the totalitarian debate instead of refusing 1991', async () => {
    const ask = conversation();
    await ask("what did totalitarian historians and revisionists argue about stalin's power?");
    const reply = await ask('which is more convincing now, post-1991?');
    expect(reply?.body).not.toMatch(OTHER_PERIOD);
    expect(reply?.body).toMatch(/historian|Conquest|Getty|Fitzpatrick|archives/i);
  });

  it('still refuses a question about Russia after 1991', async () => {
    const reply = await conversation()('what happened in russia after 1991');
    expect(reply?.body).toMatch(OTHER_PERIOD);
  });

  it("answers what Kuromiya argued in Stalin's Industrial Revolution, a book of the course", async () => {
    const reply = await conversation()("what did kuromiya argue in stalin's industrial revolution?");
    expect(reply?.body).not.toMatch(OTHER_PERIOD);
    expect(reply?.body).toContain('Kuromiya');
  });

  it('still refuses the industrial revolution asked about alone', async () => {
    const reply = await conversation()('what was the industrial revolution');
    expect(reply?.body).toMatch(OTHER_PERIOD);
  });

  it('answers why Stalin was surprised by Operation Barbarossa, the invasion of June 1941', async () => {
    const reply = await conversation()('why was stalin surprised by operation barbarossa');
    expect(reply?.body).not.toMatch(OTHER_PERIOD);
    expect(reply?.body).toMatch(/22 June 1941/);
  });

  it('still refuses Stalingrad', async () => {
    const reply = await conversation()('what happened at stalingrad');
    expect(reply?.body).toMatch(OTHER_PERIOD);
  });
});

describe('a claim put to be checked', () => {
  it('answers "my textbook says the famine killed 10 million ukrainians, is that right?" with the famine\'s figures, not source advice', async () => {
    const reply = await conversation()('my textbook says the famine killed 10 million ukrainians, is that right?');
    expect(reply?.title).not.toMatch(/source|How do I/i);
    expect(reply?.body).toMatch(/3 and 5 million|3–5 million/);
  });

  it('still gives exam advice when what the teacher says is about writing the answer', async () => {
    const reply = await conversation()('my teacher says i should write four paragraphs, is that right?');
    expect(reply?.title).toMatch(/essay|structure|answer/i);
  });
});

describe('"which historian says that?" of the last answer', () => {
  it('does not give the five interpretations of the Terror after the Terror\'s effect on the economy', async () => {
    const ask = conversation();
    await ask('how did the terror affect the economy? third five year plan');
    const reply = await ask('which historian says that?');
    expect(reply?.title).not.toMatch(/main interpretations of the Terror/);
    expect(reply?.body).not.toMatch(/Historians usually group them into five/);
  });

  it('does not give the power struggle\'s or the Terror\'s historians after propaganda', async () => {
    const ask = conversation();
    await ask('how far did stalin rely on propaganda to stay in power?');
    const reply = await ask('which historian says that?');
    expect(reply?.title).not.toMatch(/power struggle|interpretations of the Terror/);
  });
});

describe('the meaning of a misspelt word', () => {
  it('explains "stakanovite" as the Stakhanovite after another answer', async () => {
    const ask = conversation();
    await ask('who was beria');
    const reply = await ask('what mean stakanovite');
    expect(reply?.body).not.toMatch(/not in my dictionary/);
    expect(reply?.body).toMatch(/Stakhanov/);
  });
});
