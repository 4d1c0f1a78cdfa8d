// Kinds of question two blind trials (a head of history and a GCSE student, issue 12) saw /ask read wrong, asked here in
// our own words: a later part whose "him", "it" or "each" stands for what an earlier part asked a fact of; "who
// succeeded X" answered with X's own entry, and "what happened to X" with what else happened that month; quiz-site
// stems ("… were known as the ___", "True/False"); "what were X often used for"; and neighbouring entries that won.
import { describe, expect, it } from 'vitest';
import type { Matcher } from '../../src/matching/matcher.js';
import { splitQuestion } from '../../src/matching/question-parts.js';
import { entriesAnswered, useRealMatcher } from '../helpers/knowledge.js';

let matcher: Matcher;
useRealMatcher((real) => ({ matcher } = real));

/** The entries a student is answered with: the parts when there are several, else the one answer. */
const answeredWith = (q: string) => entriesAnswered(matcher, q);

describe('a later part leaning on the subject of an earlier one', () => {
  it('reads "him" as the man the first part asked about, not the first part again', () => {
    expect(splitQuestion('When was Bukharin arrested, and what happened to him?').parts).toEqual(['When was Bukharin arrested', 'what happened to Bukharin?']);
    expect(splitQuestion('when did trotsky leave the ussr and what became of him').parts).toEqual(['when did trotsky leave the ussr', 'what became of trotsky']);
  });

  it('reads "each" and "it" as the thing the first part asked a fact of', () => {
    expect(splitQuestion('When were the Moscow show trials held, and who was tried in each?').parts).toEqual([
      'When were the Moscow show trials held',
      'who was tried in each of the Moscow show trials?',
    ]);
    expect(splitQuestion('when was the second plan started and what was new about it').parts).toEqual(['when was the second plan started', 'what was new about the second plan']);
  });

  it('keeps the old reading when the part before asks nothing of a named subject', () => {
    expect(splitQuestion('why did stalin introduce collectivisation and what were its effects').parts[1]).toContain('collectivisation');
    expect(splitQuestion('what was the NEP and why did Lenin bring it in').parts).toEqual(['what was the NEP', 'why did Lenin bring the NEP in']);
  });

  it("answers a man's fall and fate with his own entry, not another chief's fall", () => {
    expect(answeredWith('when was yezhov removed from the nkvd, and what happened to him afterwards?')).not.toContain('great-terror-yagoda-fall');
    expect(answeredWith('When did Yezhov lose power, and what became of him?')).toContain('great-terror-yezhov-role');
  });

  it('answers the defendants of the trials with the trials, not with something the words "main" and "each" found', () => {
    expect(answeredWith('When were the Moscow show trials held, and who were the accused in each?')).toEqual(['great-terror-show-trials']);
  });

  it('answers when the Second Plan was adopted with the Second Plan', () => {
    expect(answeredWith('when was the second five year plan approved and how was it different')[0]).toBe('five-year-plans-second');
  });
});

describe('the one named in "who succeeded X" and "what happened to X"', () => {
  it('answers who took over from a man with the one who did, not with the man', () => {
    expect(answeredWith('who took over from kirov in leningrad')).toEqual(['person-zhdanov']);
    expect(answeredWith('who replaced kirov as leningrad party chief')).toEqual(['person-zhdanov']);
    expect(answeredWith('who replaced trotsky as commissar for war')).toEqual(['person-frunze']);
    // Beria's card or the entry on his takeover, not Yezhov's own.
    expect(answeredWith('who replaced yezhov at the head of the nkvd')[0]).toMatch(/beria/);
    expect(answeredWith('who replaced yezhov')).toEqual(['person-beria']);
  });

  it('keeps an entry on the succession itself', () => {
    expect(answeredWith('who succeeded lenin as leader of the soviet union')).toEqual(['lenin-legacy-contenders']);
  });

  it("answers what happened to a man with his own card when the month's event won", () => {
    expect(answeredWith('what happened to sergo ordzhonikidze in 1937')).toEqual(['person-ordzhonikidze']);
    expect(answeredWith('what happened to trotsky')).toEqual(['power-struggle-trotsky-fate']);
  });
});

describe('quiz-site stems and how often', () => {
  it('reads "True/False" about how far collectivisation went as its pace', () => {
    expect(answeredWith('By 1941 collectivisation was complete. True or false?')).toEqual(['collectivisation-pace']);
  });

  it('reads "often" and "usually" as how often, not what about', () => {
    expect(answeredWith('what were the labour camps usually used for')).toEqual(answeredWith('what were the labour camps used for'));
    expect(answeredWith('what were the gulags often used for')).toEqual(answeredWith('what were the gulags used for'));
  });
});

describe('questions a neighbouring entry used to win', () => {
  it.each([
    ['how was stalin shown in soviet propaganda', 'propaganda-cult-what-is-cult'],
    ['red army purge - what happened', 'great-terror-army-purge'],
    ["how were peasants affected by stalin's policies", 'famine-social-impact'],
    ['what problems did factory workers face in the five year plans', 'industrial-workers-living-conditions'],
    ['describe how the terror developed between 1934 and 1938', 'great-terror-how-developed'],
    ['why are 1934-36 called the three good years', 'five-year-plans-second-results'],
    ['how many people were sent to the gulag', 'gulag-how-many'],
    ['what happened to the church under stalin', 'society-religion-stalin'],
  ])('%s → %s', (q, id) => {
    expect(answeredWith(q)).toEqual([id]);
  });
});

describe('the revolution of 1917, background to the course', () => {
  it('answers why the Bolsheviks took power with the background card', () => {
    expect(answeredWith('why did the bolsheviks seize power in 1917')).toEqual(['term-russian-revolution']);
  });

  it('keeps course questions that mention 1917 in passing', () => {
    expect(answeredWith('what did zinoviev and kamenev do in october 1917')).toEqual(['lenin-legacy-zinoviev-kamenev-1917']);
    expect(answeredWith('what did stalin do in 1917')).toEqual(['lenin-legacy-stalin-posts']);
  });
});
