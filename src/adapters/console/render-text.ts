// Renders a Reply as terminal text. Buttons become numbered (or lettered) choices to type.
import { FEEDBACK_ACTION } from '../../commands/answer-feedback.js';
import { decodeAction } from '../../commands/router.js';
import type { Reply, ReplyAttachment, ReplyButton } from '../../commands/types.js';
import { PICTURE_MESSAGES, QUIZ_MESSAGES } from '../../messages.js';

/** Removes the light markdown replies use, for a plain terminal. */
function plain(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1');
}

/**
 * Letters the console gives buttons by their action. "Not what I asked" files a report for the teacher: on a
 * number it moved between [1] and [7] with the related questions beside it, and students pressed it by mistake.
 */
const CONSOLE_KEYS: Readonly<Record<string, string>> = Object.freeze({ [FEEDBACK_ACTION]: 'N' });

/** The key typed for each button: its own letter, the console's, or else a number, counting the unlettered buttons only. */
export function buttonKeys(buttons: readonly ReplyButton[]): string[] {
  let numbered = 0;
  return buttons.map((b) => b.key ?? CONSOLE_KEYS[decodeAction(b.action).prefix] ?? String(++numbered));
}

/**
 * Where the console saved a reply's picture, or undefined when pictures are off (then only its
 * description is printed).
 */
export type PictureSaver = (picture: ReplyAttachment) => string | undefined;

export function renderText(reply: Reply, savePicture?: PictureSaver): string {
  const lines: string[] = [];
  if (reply.title) lines.push(`== ${plain(reply.title)} ==`);
  lines.push(plain(reply.body));
  // A short field on one line ("Topic: The gulag"); a list or a long one below its name.
  for (const f of reply.fields ?? []) {
    const value = plain(f.value);
    if (f.inline && !value.includes('\n') && value.length <= 60) lines.push('', `${f.name}: ${value}`);
    else lines.push('', `${f.name}:`, value);
  }
  if (reply.footer) lines.push('', `(${plain(reply.footer)})`);
  if (reply.deadline !== undefined) lines.push(QUIZ_MESSAGES.consoleDeadline(new Date(reply.deadline).toLocaleTimeString('en-GB')));
  const buttons = reply.buttons ?? [];
  if (buttons.length > 0) {
    lines.push('');
    const keys = buttonKeys(buttons);
    buttons.forEach((b, i) => {
      const key = keys[i] ?? '';
      // Quiz labels carry their letter for Discord ("A · 1921"); the console shows the key already.
      const label = b.label.startsWith(`${key} · `) ? b.label.slice(key.length + 3) : b.label;
      lines.push(`  [${key}] ${label}${b.disabled ? ' (closed)' : ''}`);
    });
  }
  // Files (a data export): printed whole, between markers, to be copied or redirected.
  for (const a of reply.attachments ?? []) {
    if (typeof a.content === 'string') lines.push('', `----- ${a.name} -----`, a.content.trimEnd(), `----- end of ${a.name} -----`);
    else if (a.image) {
      // A picture: saved to a file whose path is printed, or left out (pictures off, --no-images).
      const saved = savePicture?.(a);
      if (saved) lines.push('', PICTURE_MESSAGES.consoleImage(saved));
    }
  }
  return lines.join('\n');
}
