// The blind trials of an A-level student (Priya) and a Year 10 student (Amir): an essay title got points on whatever
// shared its factor's word ("terror" → the Terror's causes) instead of on what the title judges; "…? and how many
// executions in 1937-38" lost its second question; "who was tried" after "when was the first show trial" found the
// third trial; "who is zinoviev and kamenev" got an entry on their mistakes instead of who they were.
import { describe, expect, it } from 'vitest';
import { newStudent, useAskConversations } from '../helpers/conversation.js';

const conversation = useAskConversations(newStudent('priya', 'Priya'), 120_000);
const ask = async (question: string) => {
  const reply = await conversation()(question);
  if (!reply) throw new Error(`no reply to ${question}`);
  return reply;
};
const opens = (reply: Awaited<ReturnType<typeof ask>>) => (reply.buttons ?? []).map((b) => b.action);

describe('an essay title that says what it judges', () => {
  it('gets points on that subject, not on what merely shares the factor word', async () => {
    const reply = await ask("'The main reason for the success of Stalin's industrialisation was the use of terror and coercion.' How far do you agree? [30]");
    expect(reply.body).toContain("successes of Stalin's industrialisation");
    expect(reply.body).not.toContain('Why did the Terror happen?');
    expect(reply.body).not.toContain("How far did Stalin's personality cause the Terror?");
  });

  it('"power rested above all on terror" gets points on the bases of his power, not on his responsibility for the Terror', async () => {
    const reply = await ask("'Stalin's power rested above all on terror.' How far do you agree? [25 marks]");
    expect(reply.title).not.toContain('personally responsible for the Terror');
    expect(reply.body).toContain("How did the Terror strengthen Stalin's personal power?");
    expect(reply.body).toMatch(/How much power did Stalin have|Why did Stalin win the power struggle/);
    expect(opens(reply)).not.toContain('ask:terror-assessment-stalin-responsible');
  });

  it('a title whose judgement entry weighs its factor keeps that entry', async () => {
    const reply = await ask("How far was Stalin's paranoia a cause of the purges?");
    expect(reply.title).toBe("How far did Stalin's personality cause the Terror?");
  });
});

describe('a question of two parts', () => {
  it('answers a second question opened by "and" after a question mark', async () => {
    const reply = await ask('how many people were in the gulag by 1939? and how many executions in 1937-38');
    expect(reply.title).toContain('2 parts');
    expect(opens(reply)).toEqual(expect.arrayContaining(['ask:gulag-how-many', 'ask:great-terror-how-many']));
  });

  it('does not add a part that the first answer already gives', async () => {
    const reply = await ask('when was the first show trial and who was tried');
    expect(reply.body).toContain('Zinoviev, Kamenev');
    expect(reply.title).not.toMatch(/parts/);
    expect(reply.body).not.toMatch(/third/i);
  });

  it('still answers a second part that asks something new', async () => {
    const reply = await ask('who was kirov and why was he killed');
    expect(reply.title).toContain('2 parts');
  });

  it('"who is X and Y" gives both people\'s cards', async () => {
    for (const [q, a, b] of [
      ['who is zinoviev and kamenev', 'Zinoviev', 'Kamenev'],
      ['who were bukharin and rykov', 'Bukharin', 'Rykov'],
    ] as const) {
      const reply = await ask(q);
      expect(reply.title, q).toContain('2 parts');
      expect(reply.body, q).toMatch(new RegExp(`Who was [A-Za-z]+ ${a}\\?`));
      expect(reply.body, q).toMatch(new RegExp(`Who was [A-Za-z]+ ${b}\\?`));
      expect(reply.body, q).not.toContain('What mistakes');
    }
  });
});
