// Kinds of real question (issue 12) that /ask read wrong on the readable third and fourth sets, asked here in our own
// words (no set's wording): "who succeeded X" asks for the one who came after X, not whether X succeeded; what an
// institution was "used for" or "in charge of" asks its purpose or role; "weaknesses" of a body asks its failures,
// not what it was; "gain and hold on to power" is about keeping control; "who believed X" asks for the one who held
// the view; the name the purges go by; and a handful of neighbouring entries that won questions they do not answer.
import { describe, expect, it } from 'vitest';
import { askQuestion } from '../../src/matching/ask-question.js';
import { intentsOf } from '../../src/matching/intent.js';
import type { Matcher } from '../../src/matching/matcher.js';
import { entriesAnswered, useRealMatcher } from '../helpers/knowledge.js';

let matcher: Matcher;
useRealMatcher((real) => ({ matcher } = real));

/** The entries a student is answered with: the parts when there are several, else the one answer. */
const answeredWith = (q: string) => entriesAnswered(matcher, q);

describe('"succeeded" with a person after it', () => {
  it('asks who came after them, not how successful anything was', () => {
    expect([...intentsOf('who succeeded Lenin as leader')]).toEqual(['person']);
    expect(intentsOf('who would succeed lenin after 1924').has('judgement')).toBe(false);
  });

  it('is still a judgement when it ends the question or is followed by "in"', () => {
    expect(intentsOf('did collectivisation succeed').has('judgement')).toBe(true);
    expect(intentsOf('how far did Stalin succeed in modernising the USSR?').has('judgement')).toBe(true);
    expect(intentsOf('did the plans succeed or fail').has('judgement')).toBe(true);
  });

  it('is still a judgement when a word about the success follows it ("for", "as", "though")', () => {
    expect(intentsOf('did the plans succeed though').has('judgement')).toBe(true);
    expect(intentsOf('did collectivisation succeed for the peasants').has('judgement')).toBe(true);
    expect(intentsOf('did the nep succeed as a policy').has('judgement')).toBe(true);
  });

  it("is answered with who took over, not with Lenin's own card", () => {
    expect(answeredWith('Who succeeded Lenin and went on to lead the USSR?')).toEqual(['lenin-legacy-contenders']);
    expect(answeredWith('who succeeded lenin as leader of the soviet union')).toEqual(['lenin-legacy-contenders']);
  });
});

describe('what a camp system or a police force was for', () => {
  it('answers the purpose of the camps, with "mainly" in the way too', () => {
    expect(answeredWith('what were the gulags mainly used for?')).toEqual(['gulag-why-forced-labour']);
    expect(answeredWith('what use did the state make of the gulag')).toEqual(['gulag-why-forced-labour']);
  });

  it("answers the secret police's role", () => {
    expect(answeredWith('what was the OGPU in charge of?')).toEqual(['terror-origins-ogpu-nkvd']);
    expect(answeredWith('what kind of work did the ogpu do')).toEqual(['terror-origins-ogpu-nkvd']);
  });
});

describe('the weaknesses of a body, and a broad question about power', () => {
  it("gives the planning system's failures, not what Gosplan was", () => {
    expect(answeredWith("what were gosplan's main weaknesses?")).toEqual(['industrialisation-failures']);
    expect(answeredWith('what was wrong with soviet central planning')).toEqual(['industrialisation-failures']);
    expect(answeredWith('what was gosplan')).toEqual(['industrialisation-gosplan']);
  });

  it('answers how Stalin kept power', () => {
    expect(answeredWith('how did Stalin hold onto power?')).toEqual(['stalinism-how-control']);
    expect(answeredWith('how did stalin keep his grip on power in the 30s')).toEqual(['stalinism-how-control']);
  });
});

describe('a person described by what they believed, and a name asked for', () => {
  it('answers with the Bolshevik who held the view', () => {
    expect(answeredWith('which Bolshevik believed the peasants should be allowed to get richer?')).toEqual(['nep-bukharin']);
  });

  it('names the purges', () => {
    expect(answeredWith("what were Stalin's purges called?")).toEqual(['great-terror-what-was']);
  });

  it('still refuses a question about Russia after the Soviet Union', () => {
    expect(askQuestion(matcher, 'Who took control of Russia once the Soviet Union was dissolved?').primary.status).toBe('unknown');
  });
});

describe('questions a neighbouring entry used to win', () => {
  it.each([
    ['what difficulties did the people building Magnitogorsk face?', 'five-year-plans-magnitogorsk'],
    ['why did some communists like the idea of collective farms', 'collectivisation-ideology'],
    ['why did Stalin think collectivisation was needed?', 'collectivisation-why-stalin'],
    ['which two old bolsheviks were tried in the first show trial', 'great-terror-first-trial'],
    ['what were working conditions like for factory workers after 1938', 'industrial-workers-discipline'],
    ['what was the big debate in the party at the end of the 1920s about', 'industrialisation-debate'],
  ])('%s', (question, id) => {
    expect(answeredWith(question)).toEqual([id]);
  });
});
