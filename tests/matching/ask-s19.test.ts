// What the nineteenth session found in /ask (issue 12), each kind fixed in general: a question typed as one of an entry's
// own phrasings kept its entry even when another entry asks its kind ("how successful were the purges" went to
// propaganda); "did X work" read "work" as workers; "tell me about stalin" got an entry whose phrasing was "did people
// like stalin" rather than his card.
import { describe, expect, it } from 'vitest';
import { askQuestion } from '../../src/matching/ask-question.js';
import { intentsOf } from '../../src/matching/intent.js';
import type { Matcher } from '../../src/matching/matcher.js';
import { useRealMatcher } from '../helpers/knowledge.js';

let matcher: Matcher;
useRealMatcher((real) => ({ matcher } = real), 60_000);

const answered = (q: string) => {
  const { primary } = askQuestion(matcher, q);
  return primary.status === 'answered' ? primary.entry?.id : undefined;
};

describe('a question asked as an entry asks it', () => {
  it('keeps that entry, though another asks the kind of question more plainly', () => {
    expect(answered('how successful were the purges')).toBe('terror-assessment-strengthen-ussr');
    expect(answered('were the purges successful')).toBe('terror-assessment-strengthen-ussr');
    expect(answered('was the terror a success')).toBe('terror-assessment-strengthen-ussr');
  });

  it('reads "strengthened or weakened" as a judgement', () => {
    expect(intentsOf('Had the Great Terror strengthened or weakened the USSR by 1941?').has('judgement')).toBe(true);
    expect(intentsOf('How did the Terror strengthen Stalin’s power?').has('judgement')).toBe(false);
  });
});

describe('did X work', () => {
  it('asks whether the policy worked, not about workers', () => {
    expect(answered('did the purges work')).toBe('terror-assessment-strengthen-ussr');
    expect(answered('did stalins purges work')).toBe('terror-assessment-strengthen-ussr');
    expect(answered("did stalin's purges work?")).toBe('terror-assessment-strengthen-ussr');
    expect(answered('did the 5 yr plans work')).toBe('industrialisation-how-far');
    expect(answered('did propaganda work')).toBe('propaganda-cult-effectiveness');
  });

  it('leaves who worked to the entries on work', () => {
    expect(answered('did women work')).not.toMatch(/how-far|success|effective/);
    expect(answered('did the gulag prisoners work')).not.toMatch(/how-far|success|effective|strengthen/);
  });
});

describe('a card asked for by its name', () => {
  it('is the card, as the name typed alone is', () => {
    expect(answered('tell me about stalin')).toBe('person-stalin');
    expect(answered('tell me about kulaks')).toBe('term-kulak');
    expect(answered('can you tell me about trotsky')).toBe('person-trotsky');
  });
});

describe('"X was known as the ..."', () => {
  it('gets the card among whose names X is, whoever’s and whenever it was', () => {
    expect(answered('The Great Purge was also known as the')).toBe('term-great-terror');
    expect(answered("Stalin's purges of 1936-38 are also known as the ___")).toBe('term-great-terror');
    expect(answered('The Gulag was also known as...')).toBe('term-gulag');
  });

  it('leaves a description to the clue reading: richer peasants are no other name for peasants', () => {
    expect(answered('Richer peasants were known as')).toBe('term-kulak');
  });
});

describe('an opinion asked of the tutor', () => {
  it('gets the course’s judgement of the thing, or the person’s card', () => {
    expect(answered('what do you think about stalin')).toBe('stalinism-judging-stalin');
    expect(answered('what do you think about trotsky')).toBe('person-trotsky');
    expect(answered('what do you think of the terror')).toBe('terror-assessment-strengthen-ussr');
  });

  it('never takes another man’s judgement for his', () => {
    expect(answered('what do you think about bukharin')).not.toBe('stalinism-judging-stalin');
    expect(answered('what do you think about the gulag')).not.toBe('stalinism-judging-stalin');
  });
});

describe('who the student heard it from', () => {
  it('is no part of the question', () => {
    expect(answered('my teacher say holodomor, what is this?')).toBe('term-holodomor');
    expect(answered('our teacher said the famine was genocide, is that true?')).toBe('famine-genocide-debate');
  });
});

describe('who came after a man named in full', () => {
  it('reads the surname, not his first name', () => {
    expect(answered('Who succeeded Vladimir Lenin and became the leader of the Soviet Union?')).toBe('person-stalin');
    expect(answered('who replaced Sergei Kirov')).toBe('person-zhdanov');
  });
});

describe('a line students credit to the wrong man', () => {
  it('"Churchill said Stalin found Russia with the wooden plough…" gets who wrote it, not a refusal for naming Churchill', () => {
    expect(answered('Churchill said Stalin found Russia with the wooden plough and left it with atomic piles, right?')).toBe('stalinism-wooden-plough');
    expect(matcher.entry('stalinism-wooden-plough')?.answer).toMatch(/Deutscher/);
  });
});

describe('a later event as the end of a span', () => {
  it('"…until Stalin’s death" says how long, and is no other subject', () => {
    expect(askQuestion(matcher, "Who took over the leadership of the NKVD in 1939, and continued in this post until Stalin's death?").primary.status).toBe('answered');
    expect(askQuestion(matcher, "what happened after stalin's death").primary.status).toBe('unknown');
  });
});

describe('a decade that only says when', () => {
  it('does not keep a why-question on an entry that names the decade but says what it was', () => {
    expect(answered('why stalin do czystki in 1930s')).toBe('terror-assessment-why-happen');
    expect(intentsOf(matcher.entry(answered('why did the terror happen in the 1930s') ?? '')?.question ?? '').has('cause')).toBe(true);
  });
});

describe('parts that are no questions of their own', () => {
  it('"…and who did it" after a killing is told by the killing’s answer, not the dead man’s card', () => {
    const outcome = askQuestion(matcher, 'when was trotsky killed and who did it');
    expect(outcome.primary.entry?.id).toBe('power-struggle-trotsky-fate');
    expect([outcome.primary, ...outcome.parts].map((r) => r.entry?.id)).not.toContain('person-trotsky');
    expect(outcome.primary.entry?.answer).toMatch(/Mercader/);
  });

  it('a guess after a who-question ("who kill kirov? stalin?") is no part', () => {
    const outcome = askQuestion(matcher, 'who kill kirov? stalin?');
    expect(outcome.parts.map((r) => r.entry?.id)).not.toContain('person-stalin');
    expect(outcome.primary.entry?.id).toBe('terror-origins-stalin-order-kirov');
  });

  it('keeps two real questions as two parts', () => {
    expect(askQuestion(matcher, 'who was kirov? who was yagoda?').parts.map((r) => r.entry?.id)).toEqual(['person-kirov', 'person-yagoda']);
  });
});

describe('what a phone revises in few words', () => {
  it('"pros n cons" asks for a policy’s good and bad sides, not a contender’s strengths', () => {
    expect(answered('collectivisation pros n cons')).toBe('famine-economic-success');
    expect(answered('bukharin pros and cons')).toBe('lenin-legacy-bukharin-strengths');
  });

  it('"rate stalin out of 10" asks the course’s judgement of him', () => {
    expect(answered('rate stalin out of 10')).toBe('stalinism-judging-stalin');
  });
});

describe('review mends', () => {
  it('keeps "five year plan" whole in a revision request, while "this year" is only when', async () => {
    const { readRevisionRequest } = await import('../../src/matching/revision-request.js');
    expect(readRevisionRequest('what should i revise for the first five year plan')?.subject).toBe('five year plan');
    expect(readRevisionRequest('what will come up this year in the OCR exam')?.subject).toBe('');
  });
});
