// Missed questions kept in the server's stored document survive a restart and stay per server.
import { describe, expect, it } from 'vitest';
import { MISSED_QUESTION_LENGTH, recordMissed } from '../../src/missed/missed-questions.js';
import { createStoreMissedQuestions } from '../../src/missed/store-missed-questions.js';
import { JsonGuildStore } from '../../src/store/json-store.js';
import { MemoryLogger, tempDir } from './helpers.js';

describe('missed questions in the store', () => {
  it('counts repeats, keeps servers apart, and survives a restart', async () => {
    const { dir, remove } = await tempDir();
    try {
      const at = new Date(Date.UTC(2025, 0, 6, 9));
      const first = createStoreMissedQuestions(new JsonGuildStore({ dir, logger: new MemoryLogger() }));
      await first.record('g1', 'Who was Hitler?', at);
      await first.record('g1', 'who was hitler', at);
      await first.record('g1', 'What is a tractor?', at);
      await first.record('g2', 'Who was Trotsky?', at);
      const later = createStoreMissedQuestions(new JsonGuildStore({ dir, logger: new MemoryLogger() }));
      expect(await later.list('g1')).toEqual([
        { question: 'Who was Hitler?', count: 2, lastAsked: at.toISOString() },
        { question: 'What is a tractor?', count: 1, lastAsked: at.toISOString() },
      ]);
      expect((await later.list('g2')).map((m) => m.question)).toEqual(['Who was Trotsky?']);
    } finally {
      await remove();
    }
  });
});

describe('recording a missed question', () => {
  const at = new Date(Date.UTC(2025, 0, 6, 9));

  it('counts a long question as one however often it is asked, keeping its first 200 characters', () => {
    const long = `why did stalin ${'really '.repeat(60)}do it`;
    let list = recordMissed([], long, at);
    list = recordMissed(list, long, at);
    list = recordMissed(list, long, at);
    expect(list).toHaveLength(1);
    expect(list[0]?.count).toBe(3);
    expect(list[0]?.question).toBe(long.slice(0, MISSED_QUESTION_LENGTH));
  });

  it('keeps no mention, e-mail address or phone number a student typed, but keeps years', () => {
    const [m] = recordMissed([], 'my email is ann.smith+hw@school.org.uk and phone 07700 900123, ask <@123456789012345678> why 1928-1932 and 1924 1929 1932', at);
    expect(m?.question).toBe('my email is [email] and phone [number], ask @someone why 1928-1932 and 1924 1929 1932');
    for (const figure of ['did 20000000 people die in the gulag', 'was it 20 000 000 or 1 500 000'])
      expect(recordMissed([], figure, at)[0]?.question).toBe(figure);
    expect(recordMissed([], 'call me on 555-1234 or 9123 4567', at)[0]?.question).toBe('call me on [number] or [number]');
  });
});
