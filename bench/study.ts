// Issue 14's store figures: the file of a server of 40 students with 300 review cards each, 20 homework
// assignments done by all of them and a term of daily activity; its size on disk, how long it takes to read,
// and how long one update takes (a card reviewed) from the change to the file synced, with the parts of it.
// Printed, never asserted. `npx tsx bench/study.ts` runs it alone; bench/run.ts calls benchStudy(kb).
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { addMisses, cardKey, gradeCard, REVIEW_GRADES } from '../src/review/cards.js';
import { changeDeck, readDeck } from '../src/review/deck-text.js';
import { recordAnswer, recordAsk, recordReview } from '../src/report/activity.js';
import { classReport } from '../src/report/class-report.js';
import { homeworkReport } from '../src/homework/report.js';
import { formatProblem, loadKnowledge } from '../src/knowledge/loader.js';
import type { KnowledgeBase } from '../src/knowledge/schema.js';
import { seededRandom } from '../src/quiz/clock.js';
import { applyChange } from '../src/store/guild-store.js';
import { JsonGuildStore } from '../src/store/json-store.js';
import { freshGuildDocument, type GuildDocument } from '../src/store/schema.js';

const STUDENTS = 40;
const CARDS = 300;
const ASSIGNMENTS = 20;
const QUESTIONS_PER_ASSIGNMENT = 10;
const DAYS = 90;
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5, 9);

/** The server after a term: decks of CARDS cards (quiz and note cards, reviewed a few times), homework, activity. */
export function studyDocument(kb: KnowledgeBase): GuildDocument {
  const random = seededRandom(14);
  const doc = freshGuildDocument('gstudy');
  const now = START + DAYS * DAY;
  const keys = [...kb.quiz.map((q) => cardKey('quiz', q.id)), ...kb.questions.map((q) => cardKey('note', q.id))];
  const students = Array.from({ length: STUDENTS }, (_, i) => `1000000000000000${String(i).padStart(2, '0')}`);
  students.forEach((userId, s) => {
    doc.players[userId] = { name: `Student number ${s}`, bestStreak: 5, roundsPlayed: 30, roundsWon: 2, lastSeen: new Date(now).toISOString() };
    const mine = [...keys].sort(() => random() - 0.5).slice(0, CARDS);
    changeDeck(doc, userId, (deck) => {
      addMisses(deck, mine, START + Math.floor(random() * DAYS) * DAY, CARDS);
      for (const key of mine) {
        let card = deck[key];
        let at = card?.added ?? START;
        for (let r = 0; r < 3 && card; r++) {
          at = Math.max(at, card.due);
          card = gradeCard(card, REVIEW_GRADES[Math.floor(random() * 4)] ?? 'good', at);
        }
        if (card) deck[key] = card;
      }
    });
  });
  for (let a = 0; a < ASSIGNMENTS; a++) {
    const questionIds = Array.from({ length: QUESTIONS_PER_ASSIGNMENT }, (_, i) => kb.quiz[(a * QUESTIONS_PER_ASSIGNMENT + i) % kb.quiz.length]?.id ?? 'q');
    const setAt = START + a * 4 * DAY;
    doc.homework.assignments.push({
      id: `h${a + 1}`,
      channelId: '200000000000000000',
      topic: kb.quiz[a]?.topic ?? null,
      questionIds,
      seconds: 20,
      setBy: '300000000000000000',
      setByName: 'Ms Smith',
      setAt: new Date(setAt).toISOString(),
      due: new Date(setAt + 7 * DAY).toISOString(),
      closedAt: null,
      messageId: '400000000000000000',
      attempts: Object.fromEntries(
        students.map((userId, s) => [
          userId,
          {
            name: `Student number ${s}`,
            startedAt: new Date(setAt + DAY).toISOString(),
            finishedAt: new Date(setAt + DAY + 300_000).toISOString(),
            answers: questionIds.map((id) => ({ choice: kb.quiz.find((q) => q.id === id)?.correct ?? 'x', correct: random() < 0.7 })),
            shownAt: null,
          },
        ]),
      ),
    });
  }
  doc.homework.next = ASSIGNMENTS + 1;
  for (let d = 0; d < DAYS; d++)
    for (const userId of students) {
      if (random() < 0.5) continue;
      for (let i = 0; i < 5; i++) {
        const q = kb.quiz[Math.floor(random() * kb.quiz.length)];
        if (q) recordAnswer(doc, { userId, questionId: q.id, topic: q.topic, correct: random() < 0.7, at: START + d * DAY });
      }
      recordAsk(doc, userId, START + d * DAY);
      recordReview(doc, userId, START + d * DAY);
    }
  return doc;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function time<T>(run: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = run();
  return { ms: performance.now() - t0, value };
}

export async function benchStudy(kb: KnowledgeBase): Promise<void> {
  const doc = studyDocument(kb);
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-study-'));
  try {
    const text = `${JSON.stringify(doc, null, 1)}\n`;
    await writeFile(path.join(dir, 'gstudy.json'), text);
    const size = (await stat(path.join(dir, 'gstudy.json'))).size;
    const logger = { warn: () => {}, error: (m: string) => console.error(m) };
    const store = new JsonGuildStore({ dir, logger });
    const read = performance.now();
    await store.load('gstudy');
    const readMs = performance.now() - read;

    // One card reviewed at a time, each update awaited (its own write), as a student's session does.
    const student = '100000000000000000';
    const keys = Object.keys(readDeck(doc, student));
    const saves: number[] = [];
    for (let i = 0; i < 20; i++) {
      const key = keys[i] ?? '';
      const t0 = performance.now();
      await store.update('gstudy', (draft) => {
        changeDeck(draft, student, (deck) => {
          const card = deck[key];
          if (card) deck[key] = gradeCard(card, 'good', START + DAYS * DAY);
        });
      });
      saves.push(performance.now() - t0);
    }
    // Its parts: copying and validating the document, and turning it into text (the rest is the disk).
    const change = median(Array.from({ length: 5 }, () => time(() => applyChange(doc, () => undefined)).ms));
    const stringify = median(Array.from({ length: 5 }, () => time(() => JSON.stringify(doc, null, 1)).ms));
    const reportMs = median(Array.from({ length: 5 }, () => time(() => classReport(doc, 'all', START + DAYS * DAY)).ms));
    const homeworkMs = median(Array.from({ length: 5 }, () => time(() => doc.homework.assignments[0] && homeworkReport(doc.homework.assignments[0], START + DAYS * DAY)).ms));
    const cards = Object.keys(doc.decks).reduce((n, userId) => n + Object.keys(readDeck(doc, userId)).length, 0);
    console.log(`\nstudy store: one server, ${STUDENTS} students × ${CARDS} review cards (${cards}), ${ASSIGNMENTS} homework × ${STUDENTS} attempts, ${DAYS} days of activity`);
    console.log(`  file ${(size / 1e6).toFixed(2)} MB; read and validated in ${readMs.toFixed(0)} ms`);
    console.log(
      `  one card reviewed, saved (update to fsync'd file), median of ${saves.length}: ${median(saves).toFixed(0)} ms ` +
        `(copy and validate ${change.toFixed(0)} ms, JSON text ${stringify.toFixed(0)} ms, the rest writing)`,
    );
    console.log(`  /tutor report over all of it: ${reportMs.toFixed(1)} ms; one homework report: ${homeworkMs.toFixed(2)} ms`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const loaded = await loadKnowledge(path.resolve('knowledge'));
  if (!loaded.ok) {
    console.error(loaded.problems.map(formatProblem).join('\n'));
    process.exit(1);
  }
  await benchStudy(loaded.kb);
}
