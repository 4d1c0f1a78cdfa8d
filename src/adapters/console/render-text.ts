// Renders a Reply as terminal text. Buttons become numbered (or lettered) choices to type.
import { FEEDBACK_ACTION } from '../../commands/answer-feedback.js';
import { KEYS } from '../../commands/keys.js';
import { rangesInWords } from '../../commands/picture-text.js';
import { decodeAction } from '../../commands/router.js';
import type { Reply, ReplyAttachment, ReplyButton } from '../../commands/types.js';
import { MESSAGES, ordinal, PICTURE_MESSAGES, QUIZ_MESSAGES } from '../../messages.js';

/**
 * Removes the light markdown replies use, for a plain terminal: **bold**, *italics* and `code` print as their
 * words (a screen reader says "star" for each star). Not the voice's speakable() (src/voice/script.ts), on
 * purpose: this keeps everything else as typed (a name like Sasha_K, "5 * 3", an unmatched **), its lines and
 * its emoji (forListening says those for --plain), where speech must lose every symbol, mention and link, on one
 * line that ends as a sentence.
 */
function plain(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/gm, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

/** How the console prints: `plain` is for a screen reader (`npm start -- --plain`): see forListening. */
export interface RenderOptions {
  readonly plain?: boolean;
}

const MEDAL_PLACES: Readonly<Record<string, string>> = Object.freeze({ '🥇': ordinal(1), '🥈': ordinal(2), '🥉': ordinal(3) });

const MONTH_OR_SEASON = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|winter';
/** The words either side of an en dash that make it a range: a number, a month or a season. */
const RANGE_END = new RegExp(`(?:\\d|\\b(?:${MONTH_OR_SEASON})\\.?)$`, 'i');
const RANGE_START = new RegExp(`^(?:\\d|(?:${MONTH_OR_SEASON})\\b)`, 'i');

/**
 * Text as a screen reader should say it: no emoji or symbols it names aloud (a medal is a place, a list's ✓ and •
 * are numbers), "to" in ranges (an en dash is silent: "1927–28" is heard as "1927 28"), a comma or colon for a
 * dash, and commas for the middle dots between items.
 */
export function forListening(text: string): string {
  const counts = { marker: '', n: 0 };
  return text
    .split('\n')
    .map((raw) => {
      let line = raw;
      // A list marked with ✓, ✗ or •: numbered, counting again at each new list.
      const listed = /^(\s*)([✓✗•])\s+/u.exec(line);
      if (listed) {
        counts.n = counts.marker === listed[2] ? counts.n + 1 : 1;
        counts.marker = listed[2] ?? '';
        line = `${listed[1] ?? ''}${counts.n}. ${line.slice(listed[0].length)}`;
      } else counts.marker = '';
      line = line.replace(/(🥇|🥈|🥉)\s*/gu, (m, medal: string) => `${MEDAL_PLACES[medal] ?? ''}: `);
      line = line.replace(/\s*\p{Extended_Pictographic}\uFE0F?\s*/gu, (m, offset: number) => (offset === 0 ? '' : ' ')).trimEnd();
      line = rangesInWords(line);
      // A range has a number or a month (or season) on a side; "Nazi–Soviet", "White Sea–Baltic" are joined names.
      line = line.replace(/(\S+)–(\S+)/g, (_m, a: string, b: string) => (RANGE_END.test(a) || RANGE_START.test(b) ? `${a} to ${b}` : `${a}-${b}`));
      line = line.replace(/\s–\s/g, ', ');
      // "7 Aug 1932 — Decree…": a date's event after a colon; elsewhere a dash is a pause.
      line = line.replace(/^(\s*(?:\d{1,2} )?(?:[A-Z][a-z]{2,8} )?\d{4}(?: to (?:\d{1,2} )?(?:[A-Z][a-z]{2,8} )?\d{4})?) — /, '$1: ');
      // "/ask <question> — Ask a question": a command and what it does.
      line = line.replace(/^(\/\S.*?) — /, '$1: ');
      line = line.replace(/\s*—\s*/g, ', ');
      return line.replace(/ · /g, ', ').replace(/·/g, ',');
    })
    .join('\n');
}

/** A heading as a sentence ("Question 1 of 5, The NEP."), not between "==" that a screen reader reads out. */
function plainHeading(title: string): string {
  return /[.?!:]$/.test(title) ? title : `${title}.`;
}

/**
 * Letters the console gives buttons by their action. "Not what I asked" files a report for the teacher: on a
 * number it moved between [1] and [7] with the related questions beside it, and students pressed it by mistake.
 */
const KEYS_BY_ACTION: Readonly<Record<string, string>> = Object.freeze({ [FEEDBACK_ACTION]: KEYS.notWhatIAsked });

/** The key typed for each button: its own letter, the console's, or else a number, counting the unlettered buttons only. */
export function buttonKeys(buttons: readonly ReplyButton[]): string[] {
  let numbered = 0;
  return buttons.map((b) => b.key ?? KEYS_BY_ACTION[decodeAction(b.action).prefix] ?? String(++numbered));
}

/**
 * Where the console saved a reply's picture, or undefined when pictures are off (then only its
 * description is printed).
 */
export type PictureSaver = (picture: ReplyAttachment) => string | undefined;

/** Each button on its line, as "[key] label". */
function buttonLines(buttons: readonly ReplyButton[]): string[] {
  const keys = buttonKeys(buttons);
  return buttons.map((b, i) => {
    const key = keys[i] ?? '';
    return `  [${key}] ${labelOf(b, key)}${b.disabled ? ' (closed)' : ''}`;
  });
}

/** Quiz labels carry their letter for Discord ("A · 1921"); the console shows the key already. */
function labelOf(b: ReplyButton, key: string): string {
  return b.label.startsWith(`${key} · `) ? b.label.slice(key.length + 3) : b.label;
}

/**
 * Buttons for a listener: a question's choices (ReplyButton.choice) and numbered buttons each on a line ("A: Kirov",
 * "1: Who was Bukharin?"), without brackets; the lettered keys that are not choices (N, R, V after an answer)
 * together on one line, each label as the button has it (a name keeps its capital).
 */
function plainButtonLines(buttons: readonly ReplyButton[]): string[] {
  const keys = buttonKeys(buttons);
  const lines: string[] = [];
  const lettered: string[] = [];
  buttons.forEach((b, i) => {
    const key = keys[i] ?? '';
    const label = `${labelOf(b, key)}${b.disabled ? ' (closed)' : ''}`;
    if (/^[a-z]$/i.test(key) && b.choice !== true) lettered.push(`${key} ${label}`);
    else lines.push(`  ${key}: ${label}`);
  });
  return lettered.length > 0 ? [...lines, MESSAGES.consoleKeys(lettered)] : lines;
}

export function renderText(reply: Reply, savePicture?: PictureSaver, options: RenderOptions = {}): string {
  const listening = options.plain === true;
  /** Text as it is printed: for a listener, as a screen reader should say it (forListening), once. */
  const said = (text: string) => (listening ? forListening(text) : text);
  const lines: string[] = [];
  if (reply.title) lines.push(listening ? plainHeading(said(plain(reply.title))) : `== ${plain(reply.title)} ==`);
  lines.push(said(plain(reply.body)));
  // A field of one line on one line with its name ("Topic: The gulag"), however long: the terminal wraps it as it wraps
  // the body's lines, where a name alone on its line ("Topic:") is read out by a screen reader as a line saying nothing.
  // A list below its name.
  for (const f of reply.fields ?? []) {
    const value = plain(f.value);
    if (f.inline && !value.includes('\n')) lines.push('', said(`${f.name}: ${value}`));
    else lines.push('', said(`${f.name}:`), said(value));
  }
  const footer = () => {
    if (reply.footer) lines.push('', listening ? plainHeading(said(plain(reply.footer))) : `(${plain(reply.footer)})`);
  };
  // A question with a time limit: its choices straight after it, then its time, so they are read first.
  const timed = reply.deadline !== undefined;
  if (!timed) footer();
  const buttons = reply.buttons ?? [];
  if (buttons.length > 0) lines.push('', ...(listening ? plainButtonLines(buttons).map(said) : buttonLines(buttons)));
  if (timed) {
    footer();
    // The clock time is of no use to a listener: the footer says the seconds, and the countdown and Q the time left.
    if (!listening) lines.push(QUIZ_MESSAGES.consoleDeadline(new Date(reply.deadline ?? 0).toLocaleTimeString('en-GB')));
  }
  // A picture: saved to a file whose path is printed after what it is, or left out (pictures off, --no-images).
  const pictures: string[] = [];
  // Files (a data export): printed whole, between markers, to be copied or redirected (as they are, in every mode).
  const files: string[] = [];
  for (const a of reply.attachments ?? []) {
    if (typeof a.content === 'string') files.push('', `----- ${a.name} -----`, a.content.trimEnd(), `----- end of ${a.name} -----`);
    else if (a.image) {
      const saved = savePicture?.(a);
      if (saved) pictures.push('', said(PICTURE_MESSAGES.consoleImage(saved, a.label)));
    }
  }
  return [...lines, ...pictures, ...files].join('\n');
}
