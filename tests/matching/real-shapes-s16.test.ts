// Shapes of real questions (issue 12) that /ask read wrong, and what a revision deck expects it to know: a worksheet's
// "define X and Y" gets both definitions; a post that ends on a short question leaning on the sentence before it is
// answered about what that sentence names; a student's adjective finds the entry written with the noun ("religious",
// "invaded"); and flashcard wordings that went to a neighbouring entry get the entry that answers them.
import { beforeAll, describe, expect, it } from 'vitest';
import { outcomeReply } from '../../src/commands/ask.js';
import { askQuestion } from '../../src/matching/ask-question.js';
import { createCourseMatcher, type Matcher } from '../../src/matching/matcher.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let matcher: Matcher;
beforeAll(async () => {
  kb = await loadRealKnowledge();
  matcher = createCourseMatcher(kb);
});

/** The entries a student is answered with: the parts when there are several, else the one answer. */
const answeredWith = (q: string) => {
  const outcome = askQuestion(matcher, q);
  const shown = outcome.parts.length > 0 ? outcome.parts : [outcome.primary];
  return shown.filter((r) => r.status === 'answered').map((r) => r.entry?.id);
};

describe('a worksheet asking to define two things', () => {
  it('gets each definition, not one entry that names both', () => {
    expect(answeredWith('Briefly define kulaks and gulags.')).toEqual(['term-kulak', 'term-gulag']);
    expect(answeredWith('Define the terms NEP and kulak')).toEqual(['nep-what-was', 'term-kulak']);
    expect(answeredWith('define kulak and NEP.')).toEqual(['term-kulak', 'nep-what-was']);
  });

  it('shows both definitions in the reply', () => {
    const reply = outcomeReply({ kb, matcher }, askQuestion(matcher, 'Briefly define kulaks and gulags.'));
    expect(reply.body.toLowerCase()).toContain('kulak');
    expect(reply.body.toLowerCase()).toContain('gulag');
  });

  it('leaves one thing defined, and a question about two things together, as they were', () => {
    expect(answeredWith('define nep')).toEqual(['nep-what-was']);
    // Not an instruction to define: the entry on the two together still answers it.
    expect(askQuestion(matcher, 'what was the link between the kulaks and the gulag').parts).toEqual([]);
  });
});

describe('a long post that ends on a short question about what it has just named', () => {
  it('is answered about the thing the sentence before names', () => {
    const post =
      'There is this notion that a lot of what went wrong in the Soviet Union for decades goes back to Stalin. ' +
      'One thing people mention is the 1936 Family Code. So what was it about?';
    const outcome = askQuestion(matcher, post);
    expect(outcome.primary.status).toBe('answered');
    expect(outcome.primary.entry?.id).toBe('society-family-code');
  });

  it('keeps a post answered well as a whole', () => {
    const post = 'I read a book about the Moscow show trials last week. Why did the accused confess?';
    expect(askQuestion(matcher, post).primary.entry?.id).toBe('great-terror-why-confess');
  });
});

describe('a word the stemmer keeps apart from the entry’s form of it', () => {
  it('finds the entry written with the other form', () => {
    expect(answeredWith('How many people still admitted to being religious in the 1937 census?')).toEqual(['society-religion-success']);
    expect(answeredWith('Why did the Soviet leaders fear being invaded in 1927?')).toEqual(['end-of-nep-war-scare']);
  });
});

describe('revision-deck wordings', () => {
  it('get the entry that answers them, not a neighbour sharing their words', () => {
    for (const [q, id] of [
      ['Who did Stalin purge?', 'great-terror-who-victims'],
      ['What happened to Kirov?', 'terror-origins-kirov-murder'],
      ["What were Stalin's economic aims?", 'industrialisation-why'],
      ['What did the Cheka become?', 'terror-origins-ogpu-nkvd'],
      ['How did the kulaks react to collectivisation?', 'collectivisation-resistance-how'],
      ["What was Stalin's policy towards religion?", 'society-religion-stalin'],
      ['How did Stalin take control of the Soviet Union?', 'power-struggle-why-stalin-won'],
    ] as const) {
      expect(askQuestion(matcher, q).primary.entry?.id, q).toBe(id);
    }
  });

  it('answers why the Communists opposed religion, apart from what they did to it', () => {
    const why = askQuestion(matcher, 'Why did the Communists oppose religion?');
    expect(why.primary.entry?.id).toBe('society-religion-why-opposed');
    expect(why.primary.entry?.answer).toContain('opium of the');
    expect(askQuestion(matcher, 'What did Stalin do with the Church?').primary.entry?.id).toBe('society-religion-stalin');
  });
});
