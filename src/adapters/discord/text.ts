// Text helpers for Discord: clipping to a limit without splitting a character, and escaping what
// users typed before it is shown back.
import { escapeMarkdown } from 'discord.js';

const ELLIPSIS = '…';

/**
 * Clips `text` to at most `max` UTF-16 units (Discord counts characters; UTF-16 units are never
 * fewer), ending with an ellipsis when something was cut, and never splitting a surrogate pair.
 */
export function clip(text: string, max: number): string {
  if (max <= 0) return '';
  if (text.length <= max) return text;
  if (max === 1) return ELLIPSIS;
  let cut = text.slice(0, max - ELLIPSIS.length);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** Discord rejects empty embed field names and values; a zero-width space stands in. */
export const BLANK = '\u200b';

export function nonEmpty(text: string): string {
  return text.trim() === '' ? BLANK : text;
}

/**
 * User text (names, typed options) with every Markdown construct escaped (block quotes too), so it shows as typed; and
 * Discord's angle-bracket syntax (<@id> mentions, <#id> channels, <t:…> timestamps, <:emoji:id>,
 * </command:id>) too, so it shows as text rather than as a mention or a timestamp. (Nothing the bot
 * sends pings anyway: allowedMentions parses nothing.)
 */
export function escapeUserText(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
    .replace(/<(?=[@#:/]|a:|t:|id:)/g, '\\<')
    // escapeMarkdown leaves block quotes ("> name" at the start of a line quotes the rest of the message).
    .replace(/^(\s*)>/gm, '$1\\>');
}
