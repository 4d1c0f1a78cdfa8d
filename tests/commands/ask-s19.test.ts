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

describe('what two blind users asked on 8 December 2026', () => {
  it('asks a word’s meaning with "what is \'surplus\'", quoted or not, as "what does surplus mean" does', async () => {
    for (const said of ["what is 'surplus'", 'what is surplus?']) expect((await ask(said)).body, said).toMatch(/“surplus” means/);
  });

  it('explains "real wages" by its card, not "my notes do not explain"', async () => {
    const reply = await ask("what mean 'real wages'");
    expect(reply.title).toMatch(/real wages/);
    expect(reply.body).toMatch(/prices/);
  });

  it('says no one knows what will come up, however the exam is named', async () => {
    for (const said of ['what will come up this year in the OCR exam', 'exam predictions?']) expect((await ask(said)).body, said).toMatch(/No one knows what will come up/);
  });

  it('gives the whole course’s summary to a student revising at 11pm', async () => {
    const reply = await ask('its 11pm and i have my exam soon can you just give me a summary of everything');
    expect(reply.body).not.toMatch(/11pm/);
    expect(reply.title ?? '').toMatch(/summary|course/i);
  });

  it('answers "did Stalin order the murder of Kirov?" without calling the question a mistake, but still corrects "why did Stalin order…"', async () => {
    const asked = await ask('Did Stalin order the murder of Kirov?');
    expect(asked.body).toMatch(/Nikolaev/);
    expect(asked.body).not.toContain('A correction');
    expect((await ask('why did stalin order kirovs murder')).body).toContain('A correction');
  });
});

describe('an "it" that stands for nothing', () => {
  it('"what was it like in the camps" after the gulag asks of the camps, not the gulag’s name again', async () => {
    const userId = 'impersonal-it';
    const ctx: CommandContext = { guildId: 'g1', channelId: 'c-it', userId, userName: userId, canManageServer: false };
    await app.router.runCommand('ask', { options: { question: 'what was the gulag' } }, ctx);
    const reply = await app.router.runCommand('ask', { options: { question: 'what was it like in the camps' } }, ctx);
    expect(reply?.title).toMatch(/conditions/i);
  });
});

describe('a figures question whose figures a chart has', () => {
  it('points to the chart under the answer', async () => {
    expect((await ask('how much did grain procurement rise in 1930')).body).toContain('/chart grain-procurement');
    expect((await ask('how many cattle were lost in collectivisation')).body).toContain('/chart cattle');
  });

  it('adds nothing to a question asking no figures, or figures no chart has', async () => {
    expect((await ask('why did stalin collectivise farming')).body).not.toContain('/chart');
    expect((await ask('how many women worked in industry by 1940')).body).not.toContain('/chart');
  });
});

describe('false premises a head of history tried', () => {
  it('puts each right above the answer, and no unrelated correction', async () => {
    expect((await ask('when did Trotsky die in the show trials')).body).toMatch(/A correction.*never in the dock/);
    const kirov = (await ask('what did Kirov say about being fifty or a hundred years behind')).body;
    expect(kirov).toMatch(/are Stalin's/);
    expect(kirov).not.toMatch(/ordered Kirov's murder/);
  });

  it('leaves the right way round alone', async () => {
    for (const said of ['when was yezhov replaced by beria', 'why was trotsky blamed in the show trials', 'was stalin behind kirovs murder']) expect((await ask(said)).body, said).not.toContain('A correction');
  });
});

describe('another country’s figures', () => {
  it('are refused as before, with no Soviet chart', async () => {
    for (const said of ['how much steel did nazi germany produce', 'how much coal did britain produce in 1932']) expect((await ask(said)).body, said).not.toContain('/chart');
  });
});

describe('review mends', () => {
  it('reads no feeling into "i hate him" (the last answer’s man) or "i like to know when…" (a question)', () => {
    expect(readFeeling('i hate him')).toBeUndefined();
    expect(readFeeling('i like to know when stalin died')).toBeUndefined();
  });
});
