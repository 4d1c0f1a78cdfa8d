// Missed questions kept in the server's stored document survive a restart and stay per server.
import { describe, expect, it } from 'vitest';
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
