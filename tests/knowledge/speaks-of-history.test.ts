// Issue 18: what a student reads speaks of history, not of the material the fact base was written from.
// A student never saw our course notes, the seed files or the corrections file, so "one set of notes puts it
// at…", "the course notes say…" or "our sources differ" means nothing to them; an answer attributes a figure
// as a textbook does (the regime's own figures, later estimates by historians, archive-based research).
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

/** Every text a student can be shown, named by where it comes from. */
function studentTexts(kb: KnowledgeBase): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, text: string | undefined) => {
    if (text) out.push({ where, text });
  };
  for (const t of kb.topics) {
    add(`topic ${t.id}: title`, t.title);
    add(`topic ${t.id}: summary`, t.summary);
    t.keyDates.forEach((d, i) => add(`topic ${t.id}: keyDates[${i}]`, d.label));
    t.keyTerms.forEach((k, i) => add(`topic ${t.id}: keyTerms[${i}]`, k));
  }
  for (const q of kb.questions) {
    add(`question ${q.id}: question`, q.question);
    add(`question ${q.id}: answer`, q.answer);
  }
  for (const q of kb.quiz) {
    add(`quiz ${q.id}: prompt`, q.prompt);
    q.choices.forEach((c, i) => add(`quiz ${q.id}: choices[${i}]`, c));
    add(`quiz ${q.id}: explanation`, q.explanation);
  }
  for (const p of kb.people) {
    add(`person ${p.id}: role`, p.role);
    add(`person ${p.id}: summary`, p.summary);
  }
  for (const t of kb.terms) add(`term ${t.id}: definition`, t.definition);
  for (const e of kb.events) {
    add(`event ${e.id}: title`, e.title);
    if (e.description) add(`event ${e.id}: description`, e.description);
  }
  return out;
}

/**
 * Historical uses of the words, taken out before looking: Lenin's dictated notes (his "Testament"),
 * Bukharin's article "Notes of an Economist", and seed grain taken from the villages.
 */
const HISTORICAL_USES: readonly RegExp[] = [
  /\bnotes of an economist\b/gi,
  /\bnotes (known as|now called) his testament\b/gi,
  /\bnotes lenin dictated\b/gi,
  /\bnotes dictated by lenin\b/gi,
  /\blenin dictated (his|the) notes\b/gi,
  /\bseed grain\b/gi,
  /\bthe seed for (the )?next\b/gi,
  /\bincluding (the )?seed\b/gi,
];

/** The fact base speaking of its own material instead of history. */
const SPEAKS_OF_ITS_MATERIAL: readonly RegExp[] = [
  /\bnotes?\b(?! that)/i, // any other "notes" ("historians note that…" is the verb, and allowed)
  /\bseeds?\b/i,
  /\bour (course )?(sources|notes|material)\b/i,
  /\b(the|these|our|some|other|two|both) sources (differ|disagree|vary|give|say|put|suggest)\b/i,
  /\bsources (differ|disagree|vary|give)\b/i,
  /\bvar(y|ies) between sources\b/i,
  /\bone set (of|puts|gives|says)\b/i,
  /\bone passage\b/i,
  /\berrata\b/i,
  /\bcorrections file\b/i,
  /\bessay fragment\b/i,
];

/** Exam advice may tell a student to make notes or weigh sources; it may not cite our own material. */
const SKILLS_MUST_NOT: readonly RegExp[] = [
  /\bcourse notes?\b/i,
  /\bour (course )?(sources|notes)\b/i,
  /\bone set of notes\b/i,
  /\bseed(-| file)\d*/i,
  /\bthe seeds\b/i,
  /\berrata\b/i,
];

function offences(text: string, patterns: readonly RegExp[]): string[] {
  let cleaned = text;
  for (const allowed of HISTORICAL_USES) cleaned = cleaned.replace(allowed, ' ');
  return patterns.flatMap((p) => {
    const m = p.exec(cleaned);
    if (!m) return [];
    const at = m.index;
    return [`"${cleaned.slice(Math.max(0, at - 30), at + m[0].length + 30).replace(/\s+/g, ' ').trim()}"`];
  });
}

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadRealKnowledge();
});

describe('what a student reads', () => {
  it('speaks of history, never of "the notes", "the seeds" or "our sources"', () => {
    const found = studentTexts(kb).flatMap(({ where, text }) => offences(text, SPEAKS_OF_ITS_MATERIAL).map((o) => `${where}: ${o}`));
    expect(found).toEqual([]);
  });

  it('gives exam advice that never cites the fact base\'s own material', () => {
    const found = kb.skills.flatMap((s) =>
      [['answer', s.answer], ['example', s.example], ['question', s.question]].flatMap(([field, text]) =>
        offences(text ?? '', SKILLS_MUST_NOT).map((o) => `skill ${s.id}: ${field}: ${o}`),
      ),
    );
    expect(found).toEqual([]);
  });

  it('still allows the history that uses the same words (Lenin\'s notes, seed grain)', () => {
    expect(offences('Lenin dictated his notes in December 1922, and officials took the seed grain.', SPEAKS_OF_ITS_MATERIAL)).toEqual([]);
    expect(offences('Historians note that output rose.', SPEAKS_OF_ITS_MATERIAL)).toEqual([]);
    expect(offences('One set of notes puts it at 70%.', SPEAKS_OF_ITS_MATERIAL)).not.toEqual([]);
    expect(offences('The figures vary between sources.', SPEAKS_OF_ITS_MATERIAL)).not.toEqual([]);
    expect(offences('Our course notes give 7 million.', SPEAKS_OF_ITS_MATERIAL)).not.toEqual([]);
  });
});
