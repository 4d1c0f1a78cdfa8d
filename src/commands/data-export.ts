// /tutor export: a server's data as files a school can hand over for a subject access request: the whole
// stored document as JSON, and the scores as CSV (one row per student and topic) for a spreadsheet.
import type { GuildDocument } from '../store/schema.js';
import type { ReplyAttachment } from './types.js';

/** A CSV field: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is neutralised so a spreadsheet does not run it. */
function csvField(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function scoresCsv(doc: GuildDocument): string {
  const rows: (string | number)[][] = [['user_id', 'display_name', 'topic', 'points', 'answered', 'correct']];
  for (const [userId, topics] of Object.entries(doc.allTime)) {
    const name = Object.hasOwn(doc.players, userId) ? (doc.players[userId]?.name ?? '') : '';
    for (const [topic, t] of Object.entries(topics)) rows.push([userId, name, topic, t.points, t.answered, t.correct]);
  }
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function exportFiles(doc: GuildDocument): ReplyAttachment[] {
  return [
    { name: `tutor-data-${doc.guildId}.json`, content: `${JSON.stringify(doc, null, 2)}\n` },
    { name: `tutor-scores-${doc.guildId}.csv`, content: scoresCsv(doc) },
  ];
}
