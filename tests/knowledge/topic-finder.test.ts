// /topic, /quiz and /leaderboard find a topic from what a student types, and find nothing for a name
// that is not a topic, rather than the nearest-looking one.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { createTopicFinder, type TopicFinder } from '../../src/knowledge/topic-finder.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let finder: TopicFinder;
beforeAll(async () => {
  kb = await loadRealKnowledge();
  finder = createTopicFinder(kb.topics);
});

describe('the topic finder', () => {
  it('finds a topic by id, title, alias, misspelling, its words or its start', () => {
    for (const [typed, id] of [
      ['nep', 'nep'],
      ['The New Economic Policy (NEP)', 'nep'],
      ['the nep', 'nep'],
      ['holodomor', 'famine'],
      ['colectivisation', 'collectivisation'],
      ['propoganda', 'propaganda-cult'],
      ['industrialization', 'industrialisation'],
      ['5 year plans', 'five-year-plans'],
      ['the terrer', 'great-terror'],
      ['terror', 'great-terror'],
      ['collect', 'collectivisation'],
    ] as const)
      expect(finder.find(typed)?.id, typed).toBe(id);
  });

  it('finds a topic by its number in /topics, all of them', () => {
    expect(finder.find('1')?.id).toBe(kb.topics[0]?.id);
    expect(finder.find(String(kb.topics.length))?.id).toBe(kb.topics.at(-1)?.id);
    expect(finder.find(String(kb.topics.length + 1))).toBeUndefined();
    expect(finder.find('0')).toBeUndefined();
  });

  it('finds nothing for a name that is no topic, so the student is told so (not given the gulag for "hitler")', () => {
    for (const typed of ['hitler', 'maths', 'army', 'month', 'cold war', 'x', 'the', 'why', 'how', 'who'])
      expect(finder.find(typed)?.id, typed).toBeUndefined();
  });
});

describe('the topic finder, for a command that acts on what it finds (/quiz)', () => {
  it('says whether a topic was named exactly or read from loose words', () => {
    for (const typed of ['nep', 'The New Economic Policy (NEP)', 'great terror', '3']) expect(finder.match(typed)?.loose, typed).toBe(false);
    for (const [typed, id] of [
      ['terror', 'great-terror'],
      ['economy', 'industrialisation'],
      ['colectivisation', 'collectivisation'],
      ['the terrer', 'great-terror'],
      ['collect', 'collectivisation'],
    ] as const)
      expect(finder.match(typed), typed).toEqual({ item: expect.objectContaining({ id }), loose: true });
  });

  it('finds nothing rather than guess when no topic fits well, or several fit alike (a trial: "stalins economy" started the Nationalities topic)', () => {
    // "stalin" and "stalins" are words of several topics' names; find would still take one of them.
    for (const typed of ['stalins economy', 'stalins', 'stalin', 'womens rights', 'hitler', 'the']) expect(finder.match(typed), typed).toBeUndefined();
    expect(finder.find('stalins')?.id).toBe('stalinism');
  });
});
