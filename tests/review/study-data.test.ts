// What issue 14 keeps per student is stored, migrated, deleted on request and swept as the rest is.
import { describe, expect, it } from 'vitest';
import { addMisses, cardKey } from '../../src/review/cards.js';
import { changeDeck, readDeck } from '../../src/review/deck-text.js';
import { readDay, recordAnswer } from '../../src/report/activity.js';
import { forgetStudyData, hasOldStudyData, sweepOldStudyData } from '../../src/report/student-data.js';
import { freshGuildDocument, GUILD_SCHEMA_VERSION, parseGuildDocument } from '../../src/store/schema.js';
import { REVIEW_MESSAGES as R } from '../../src/messages.js';
import { quizHarness } from '../quiz/harness.js';

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 6, 9);

describe('the stored study data', () => {
  it('migrates a version-2 file (through version 3) with empty decks, homework and activity, keeping the rest', () => {
    const v2 = { ...freshGuildDocument('g1'), schemaVersion: 2, allTime: { u1: { nep: { points: 900, answered: 1, correct: 1 } } } } as Record<string, unknown>;
    delete v2.decks;
    delete v2.homework;
    delete v2.activity;
    const settings = { ...(v2.settings as Record<string, unknown>) };
    delete settings.timeZone;
    delete settings.teacherRoleId;
    v2.settings = settings;
    const parsed = parseGuildDocument(JSON.stringify(v2));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.doc).toMatchObject({ schemaVersion: GUILD_SCHEMA_VERSION, decks: {}, homework: { next: 1, assignments: [] }, activity: {}, allTime: { u1: { nep: { points: 900 } } } });
    expect(parsed.doc.settings).toMatchObject({ timeZone: 'Europe/London', teacherRoleId: null });
  });

  it('deletes one student\'s deck, attempts and activity, and no one else\'s', () => {
    const doc = freshGuildDocument('g1');
    changeDeck(doc, 'u1', (deck) => addMisses(deck, [cardKey('quiz', 'q1')], START));
    changeDeck(doc, 'u2', (deck) => addMisses(deck, [cardKey('quiz', 'q1')], START));
    recordAnswer(doc, { userId: 'u1', questionId: 'q1', topic: 'nep', correct: false, at: START });
    recordAnswer(doc, { userId: 'u2', questionId: 'q1', topic: 'nep', correct: true, at: START });
    expect(forgetStudyData(doc, 'u1')).toBe(true);
    expect(Object.keys(doc.decks)).toEqual(['u2']);
    expect(Object.keys(readDay(doc, '2025-01-06').students)).toEqual(['u2']);
    expect(forgetStudyData(doc, 'u1')).toBe(false);
  });

  it('deletes the activity of a student whose id the days keep as a word of their text (a space or "=" in it)', () => {
    const doc = freshGuildDocument('g1');
    recordAnswer(doc, { userId: 'u =1', questionId: 'q1', topic: 'nep', correct: false, at: START });
    expect(forgetStudyData(doc, 'u =1')).toBe(true);
    expect(readDay(doc, '2025-01-06').students).toEqual({});
  });

  it('sweeps cards, homework and days of activity older than the retention period', () => {
    const doc = freshGuildDocument('g1');
    changeDeck(doc, 'u1', (deck) => addMisses(deck, [cardKey('quiz', 'old')], START));
    changeDeck(doc, 'u1', (deck) => addMisses(deck, [cardKey('quiz', 'new')], START + 20 * DAY));
    recordAnswer(doc, { userId: 'u1', questionId: 'old', topic: 'nep', correct: false, at: START });
    recordAnswer(doc, { userId: 'u1', questionId: 'new', topic: 'nep', correct: false, at: START + 20 * DAY });
    const now = new Date(START + 25 * DAY);
    expect(hasOldStudyData(doc, 10, now)).toBe(true);
    expect(sweepOldStudyData(doc, 10, now)).toEqual({ cards: 1, assignments: 0, days: 1 });
    expect(Object.keys(readDeck(doc, 'u1'))).toEqual(['quiz/new']);
    expect(Object.keys(doc.activity)).toEqual(['2025-01-26']);
    expect(hasOldStudyData(doc, 10, now)).toBe(false);
  });

  it('forgets a student\'s deck and ends their review session when they use /forget-me', async () => {
    const h = quizHarness();
    await h.store.update('g1', (d) => changeDeck(d, 'u-alice', (deck) => addMisses(deck, [cardKey('quiz', 'nep-q1')], h.time.now())));
    const card = await h.command('Alice', 'review', {});
    const prompt = await h.command('Alice', 'forget-me', {});
    const yes = prompt.buttons?.find((b) => b.key === 'Y')?.action ?? '';
    await h.app.router.runAction(yes, h.ctx('Alice'));
    expect((await h.command('Alice', 'review', {})).body).toBe(R.emptyDeck);
    const stale = await h.app.router.runAction(card.buttons?.[0]?.action ?? '', h.ctx('Alice'));
    expect(stale?.body).toBe(R.stale);
  });
});
