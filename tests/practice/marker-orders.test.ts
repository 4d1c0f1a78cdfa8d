// A numbered order given the wrong year is put right under the name the notes give it: the body that issued it comes
// from the fact base's own texts ("NKVD Order No. 00447"), so an order of another body would be named as that body's.
import { beforeAll, describe, expect, it } from 'vitest';
import { feedbackParts } from '../../src/commands/practice-view.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { createMarker, datedOrders, wrongOrderYear } from '../../src/practice/marker.js';
import { loadRealKnowledge, practiceQuestion } from '../helpers/knowledge.js';
import { PAD, useRealMarker } from '../helpers/marker.js';

const GETTY = 'pq-terror-assessment-extract-getty';
const ANSWER = 'Under Order 00447 of July 1938 each region got quotas and local NKVD chiefs asked for their quotas to be raised.';

describe('the numbered orders of the notes', () => {
  it('take their issuing body from the texts that name it, and their date from the first that dates them', () => {
    const orders = datedOrders([
      'Order No. 01234 of March 1930 set up the camps.',
      'The OGPU Order No. 01234 was harsh.',
      'Politburo decisions came first; Order No. 05678 of May 1933 followed.',
    ]);
    expect(orders.get('01234')).toEqual({ when: 'March 1930', year: 1930, by: 'OGPU' });
    // No body named before it: none made up.
    expect(orders.get('05678')).toEqual({ when: 'May 1933', year: 1933 });
    expect(wrongOrderYear('Order 01234 of 1931 set up the camps', orders)?.name).toBe('OGPU Order No. 01234');
    expect(wrongOrderYear('Order 05678 of 1934 came later', orders)?.name).toBe('Order No. 05678');
  });
});

describe('the slip for an order given the wrong year', () => {
  const real = useRealMarker();

  it('names the real fact base\'s order as the notes do', () => {
    const lines = (feedbackParts(real.kb, real.mark(GETTY, ANSWER)).fields ?? []).filter((f) => f.name.startsWith('Facts to check')).flatMap((f) => f.value.split('\n'));
    expect(lines.join('\n')).toContain('NKVD Order No. 00447 in July 1937, not 1938.');
  });

  describe('in a fact base where the order is another body\'s', () => {
    let kb: KnowledgeBase;
    beforeAll(async () => {
      // The real fact base with Order 00447 put down to the OGPU wherever it names the body: a test fact base, not history.
      kb = JSON.parse(JSON.stringify(await loadRealKnowledge()).replaceAll('NKVD Order No. 00447', 'OGPU Order No. 00447')) as KnowledgeBase;
    }, 60_000);

    it('names that body, not the NKVD', () => {
      const result = createMarker(kb).mark(practiceQuestion(kb, GETTY), ANSWER + PAD);
      const lines = (feedbackParts(kb, result).fields ?? []).filter((f) => f.name.startsWith('Facts to check')).flatMap((f) => f.value.split('\n'));
      expect(lines.join('\n')).toContain('OGPU Order No. 00447 in July 1937, not 1938.');
      expect(lines.join('\n')).not.toContain('NKVD Order No. 00447');
    });
  });
});
