// What is read aloud: text without what only a screen shows, warnings that fit the round's timing, and
// answers cut at a sentence.
import { describe, expect, it } from 'vitest';
import { warningSeconds } from '../../src/voice/defaults.js';
import { answerToRead, speakable } from '../../src/voice/script.js';

describe('speakable text', () => {
  it('drops Markdown, mentions, escapes and emoji, and ends as a sentence', () => {
    expect(speakable('**The NEP** was _partly_ a retreat: see [the notes](https://example.org) 🥇')).toBe('The NEP was partly a retreat: see the notes.');
    expect(speakable('Sasha\\_K asked <@123> in <#456>')).toBe('Sasha_K asked in.');
    expect(speakable('Who were the Nepmen?')).toBe('Who were the Nepmen?');
    expect(speakable('1921')).toBe('1921.');
  });
});

describe('the time warning', () => {
  it('is ten seconds for questions of 20 seconds or more, five for shorter ones', () => {
    expect(warningSeconds(60_000)).toBe(10);
    expect(warningSeconds(20_000)).toBe(10);
    expect(warningSeconds(19_000)).toBe(5);
    expect(warningSeconds(10_000)).toBe(5);
    expect(warningSeconds(8_000)).toBeNull();
  });
});

describe('an answer read aloud', () => {
  it('is the question then the answer, cut at the last full sentence that fits', () => {
    expect(answerToRead('When was the NEP introduced?', 'In 1921.', 100)).toBe('When was the NEP introduced? In 1921.');
    const long = answerToRead('Why?', 'First reason here. Second reason here. Third reason that is far too long to fit.', 50);
    expect(long).toBe('Why? First reason here. Second reason here.');
  });
});
