// Essay points, plans and the notes under a declined essay, from an ESL student's trial: a "which was more important:
// X or Y?" question gets notes on both factors, each point says something to write from (a claim and its evidence, not
// only the note's opening line), and "write my answer for the 8 mark question about famine" offers its causes, never
// two notes that say the same thing.
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { CommandContext } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { MESSAGES } from '../../src/messages.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import { AFTER_SCHOOL, useRealApp } from '../helpers/conversation.js';

let kb: KnowledgeBase;
let app: App;
useRealApp((real) => ({ kb, app } = real), { store: createMemoryGuildStore(), now: AFTER_SCHOOL }, 60_000);

let channel = 0;
/** A conversation of its own: a new channel, so no earlier answer is leaned on. */
function conversation() {
  const ctx: CommandContext = { guildId: 'g1', channelId: `essay-${channel++}`, userId: 'u1', userName: 'Amira', canManageServer: false };
  return (question: string) => app.router.runCommand('ask', { options: { question } }, ctx);
}

const RIVALS = 'Which was more important in Stalin rise to power: his job as general secretary or the mistakes of his rivals? (12 marks)';
const labels = (reply: { buttons?: readonly { label: string }[] } | undefined) => (reply?.buttons ?? []).map((b) => b.label);
/** The first sentence of a note's answer, found by its question. */
const firstSentenceOf = (question: string) => {
  const entry = kb.questions.find((q) => q.question === question);
  return entry?.answer.split(/(?<=[.!?])\s/)[0] ?? '';
};

describe('essay points for a question that weighs two factors', () => {
  it('has points on both factors: the General Secretary and the rivals’ own mistakes', async () => {
    const reply = await conversation()(RIVALS);
    const offered = labels(reply).join('\n');
    expect(offered).toMatch(/General Secretary/);
    expect(offered).toMatch(/mistakes did Zinoviev and Kamenev make/);
    expect(offered).toMatch(/Why did Trotsky lose/);
  });

  it('gives each point its evidence, not only the note’s first sentence', async () => {
    const body = (await conversation()(RIVALS))?.body ?? '';
    const point = body.split('\n').find((l) => l.includes('**Why was the post of General Secretary so useful to Stalin?**')) ?? '';
    const first = firstSentenceOf('Why was the post of General Secretary so useful to Stalin?');
    expect(first.length).toBeGreaterThan(20);
    expect(point).toContain(first);
    // Past the opening line ("…when the job looked like dull paperwork."): what the job let him do.
    expect(point.length).toBeGreaterThan(point.indexOf(first) + first.length + 40);
    expect(point).toMatch(/appointments/);
  });

  it('plans a paragraph on each factor, the rivals’ mistakes under their own heading', async () => {
    const ask = conversation();
    await ask(RIVALS);
    const body = (await ask('can u give me an essay plan for that'))?.body ?? '';
    const [, onJob = '', onRivals = ''] = body.split(/\*\*On (?:his job as general secretary|the mistakes of his rivals):\*\*/);
    expect(onJob).toMatch(/General Secretary/);
    expect(onRivals).toMatch(/Zinoviev and Kamenev/);
    expect(body.length).toBeLessThan(4096);
  });
});

describe('the notes under a declined essay', () => {
  it('offer what caused the famine for "write my answer for the 8 mark question about famine", and one note per thing', async () => {
    const reply = await conversation()('can you write my answer for the 8 mark question about famine pls');
    expect(reply?.title).toBe(MESSAGES.reviseEssayTitle);
    const offered = labels(reply);
    expect(offered[0]).toMatch(/caused the famine/i);
    // The Holodomor's card and the question asking what it is say the same thing: one of them at most.
    expect(offered.filter((l) => /Holodomor/.test(l)).length).toBeLessThanOrEqual(1);
  });
});
