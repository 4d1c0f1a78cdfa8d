// Feelings said to the tutor (issue 19): "i love trotsky" got how the cult of Stalin was spread, "i hate stalin" how
// effective propaganda was, "i love you" the cult again. A feeling about someone of the course gets his card with a line
// on weighing views against evidence; one about the tutor or school work gets a word back.
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });
import type { App } from '../../src/app.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import { readFeeling } from '../../src/matching/feeling.js';
import { MESSAGES } from '../../src/messages.js';
import { AFTER_SCHOOL, useRealApp } from '../helpers/conversation.js';

let app: App;
let users = 0;
useRealApp((real) => ({ app } = real), { now: AFTER_SCHOOL }, 120_000);

async function ask(question: string): Promise<Reply> {
  const userId = `feeling-${++users}`;
  const ctx: CommandContext = { guildId: 'g1', channelId: `c-${userId}`, userId, userName: userId, canManageServer: false };
  const reply = await app.router.runCommand('ask', { options: { question } }, ctx);
  if (!reply) throw new Error('no reply');
  return reply;
}

describe('a feeling about someone or something of the course', () => {
  it('gets the card, with a line on views and evidence', async () => {
    for (const [said, title] of [
      ['i love trotsky', /Trotsky/],
      ['i hate stalin', /Stalin/],
      ['bukharin is my favourite', /Bukharin/],
      ['i really like the nep', /New Economic Policy/],
    ] as const) {
      const reply = await ask(said);
      expect(reply.title, said).toMatch(title);
      expect(reply.body, said).toContain(MESSAGES.askFeeling);
    }
  });

  it('leaves a question about feelings in the past to /ask as before', async () => {
    const reply = await ask('why did peasants hate collectivisation');
    expect(reply.body).not.toContain(MESSAGES.askFeeling);
    expect(reply.title).toMatch(/peasants/i);
  });
});

describe('a feeling about the tutor or school work', () => {
  it('gets a word back, no course entry', async () => {
    expect((await ask('i love you')).body).toBe(MESSAGES.askPleasantry.thanks);
    expect((await ask('i hate this bot')).body).toBe(MESSAGES.askPleasantry.frustration);
    expect((await ask('i hate history')).body).toBe(MESSAGES.askPleasantry.bored);
  });

  it('is not read into a question', () => {
    expect(readFeeling('do you love stalin?')).toBeUndefined();
    expect(readFeeling('i love how the nep worked, but why did it end')).toBeUndefined();
  });
});
