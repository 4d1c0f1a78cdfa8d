// Revision replies in /ask ("key words for Lenin's legacy", "key dates", "what should I revise") on Discord:
// every one for every topic of the real fact base fits a message whole, rendered by the adapter, with nothing
// clipped; a topic's key words too long for one message come a page at a time, every word whole.
import { beforeAll, describe, expect, it } from 'vitest';
import { DISCORD_LIMITS as L } from '../../src/adapters/discord/limits.js';
import { embedLength, renderReply } from '../../src/adapters/discord/render.js';
import { buildApp, type App } from '../../src/app.js';
import { revisionReply } from '../../src/commands/revision.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import type { RevisionRequest } from '../../src/matching/revision-request.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Ada', canManageServer: false };
let kb: KnowledgeBase;
let app: App;
beforeAll(async () => {
  kb = await loadRealKnowledge();
  app = buildApp({ kb, now: () => new Date('2026-03-02T10:00:00Z') });
});

/** The reply as Discord gets it, checked to hold all its text: no part clipped or left out. */
function expectWhole(reply: Reply, what: string) {
  const message = renderReply(reply);
  const embed = message.embeds[0] ?? {};
  expect(embedLength(embed), what).toBeLessThanOrEqual(L.embedTotal);
  expect(embed.description, what).toBe(reply.body);
  expect(embed.title, what).toBe(reply.title);
  expect(embed.footer?.text, what).toBe(reply.footer);
  expect(embed.fields ?? [], what).toEqual((reply.fields ?? []).map((f) => ({ name: f.name, value: f.value })));
  expect(message.components.flatMap((r) => r.components).length, what).toBe(reply.buttons?.length ?? 0);
}

const request = (kind: RevisionRequest['kind']): RevisionRequest => ({ kind, subject: '' });

/** A topic's key words, page after page, by pressing each page's button as a student does. */
async function termPages(first: Reply): Promise<Reply[]> {
  const pages = [first];
  for (let page = first; page.buttons?.[0]; ) {
    const next = await app.router.runAction(page.buttons[0].action, ctx);
    if (!next) throw new Error('no page');
    pages.push(next);
    page = next;
  }
  return pages;
}

describe('revision replies fit Discord', () => {
  it('fits every topic\'s key dates, what to know, and the whole course in one message, nothing clipped', () => {
    for (const topic of kb.topics)
      for (const kind of ['key-dates', 'what-to-revise', 'summary'] as const) {
        const reply = revisionReply(kb, request(kind), topic, []);
        if (!reply) throw new Error(`${kind} ${topic.id}`);
        expectWhole(reply, `${kind} ${topic.id}`);
      }
    const course = revisionReply(kb, request('what-to-revise'), undefined, []);
    if (!course) throw new Error('course');
    expectWhole(course, 'the whole course');
  });

  it('gives every topic\'s key words whole, each page a message: the long ones (Lenin\'s legacy, 19 words) a page at a time, the rest named on the first', async () => {
    let paged = 0;
    for (const topic of kb.topics) {
      const first = revisionReply(kb, request('key-terms'), topic, []);
      if (!first) throw new Error(topic.id);
      const pages = await termPages(first);
      for (const [i, page] of pages.entries()) expectWhole(page, `key words ${topic.id}, page ${i + 1}`);
      const words = kb.terms.filter((t) => t.topics.includes(topic.id));
      // Every word once, its definition whole, on one of the pages.
      for (const t of words) expect(pages.filter((p) => p.body.includes(`**${t.term}**: ${t.definition}`)).length, `${topic.id}: ${t.term}`).toBe(1);
      if (pages.length > 1) {
        paged += 1;
        const onFirst = words.filter((t) => first.body.includes(`**${t.term}**:`));
        // The words still to come are named on the first page, so a student sees every word there.
        for (const t of words.slice(onFirst.length)) expect(first.body.split('\n').at(-1), `${topic.id}: ${t.term}`).toContain(t.term);
        expect(pages.slice(1).every((p) => p.private)).toBe(true);
      }
    }
    expect(paged).toBeGreaterThan(0);
    const lenin = revisionReply(kb, request('key-terms'), kb.topics.find((t) => t.id === 'lenin-legacy'), []);
    expect(lenin?.buttons?.[0]?.label).toMatch(/^More key words \(\d+\)$/);
  });
});
