// "Explain like I'm 10" with plain words (a blind Year 11 tester: "in simple words pls" and "explain like im 10" never
// got simpler, as the hard words left were everyday ones the glossary does not hold: "requisitioned", "procurement",
// "bureaucracy"). The short version now explains, after the course's words, the words of knowledge/plain-words.yaml it
// uses, four at most, and the reply stays short.
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { shortVersion, wordsExplained } from '../../src/commands/simpler.js';
import type { CommandContext } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { MESSAGES } from '../../src/messages.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import { AFTER_SCHOOL, useRealApp } from '../helpers/conversation.js';

let kb: KnowledgeBase;
let app: App;
const ctx = (userId: string): CommandContext => ({ guildId: 'g1', channelId: `c-${userId}`, userId, userName: userId, canManageServer: false });

useRealApp((real) => ({ kb, app } = real), { store: createMemoryGuildStore(), now: AFTER_SCHOOL }, 60_000);

const meaningOf = (word: string) => kb.plainWords?.find((w) => w.word === word)?.meaning ?? '';

describe('"explain like im 10" after an answer with everyday hard words', () => {
  // Since s18 a word is explained in brackets where it first stands when its meaning is short enough, else in the list under it.
  const explained = (body: string, word: string) => body.includes(`${word} (`) || body.includes(`• **${word}**: ${meaningOf(word)}`);
  it('explains "requisitioned" and "nationalised" in plain words after the course\'s words', async () => {
    const run = (question: string) => app.router.runCommand('ask', { options: { question } }, ctx('plain1'));
    const full = await run('what was war communism');
    expect(full?.body).toContain('Armed squads requisitioned grain');
    const simpler = await run('explain like im 10');
    const body = simpler?.body ?? '';
    expect(body).toContain(MESSAGES.askSimpler);
    expect(body).toContain('Armed squads requisitioned (');
    for (const word of ['requisitioned', 'nationalised']) expect(explained(body, word), word).toBe(true);
    // The course's words come first.
    expect(body.indexOf('Bolsheviks (')).toBeLessThan(body.indexOf('requisitioned ('));
    expect(body.length).toBeLessThan(2000);
  });

  it('explains the plain words of the short version for "in simple words pls" too', async () => {
    const run = (question: string) => app.router.runCommand('ask', { options: { question } }, ctx('plain2'));
    await run('why was kazakhstan so badly hit by famine');
    const body = (await run('in simple words pls'))?.body ?? '';
    for (const word of ['nomadic', 'herders']) expect(explained(body, word), word).toBe(true);
  });
});

describe('every short version with its words explained', () => {
  it('stays well inside a message (2,000 characters), four words at most', () => {
    for (const q of kb.questions) {
      const short = shortVersion(kb, q.answer);
      const words = wordsExplained(kb, short, q.question);
      expect(words.length, q.id).toBeLessThanOrEqual(4);
      const body = [`${MESSAGES.askSimpler}\n${short}`, ...(words.length > 0 ? [MESSAGES.askWordsExplained(words)] : [])].join('\n\n');
      expect(body.length, q.id).toBeLessThan(2000);
    }
  });
});
