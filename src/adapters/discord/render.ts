// Reply → Discord message: one embed and rows of buttons. Every limit in DISCORD_LIMITS holds by
// construction: text is clipped, fields and buttons that do not fit are left out, and button ids
// that Discord would refuse (too long, repeated) are dropped rather than sent.
import { ButtonStyle as DiscordButtonStyle, ComponentType, MessageFlags, TextInputStyle } from 'discord.js';
import type {
  APIActionRowComponent,
  APIApplicationCommandOptionChoice,
  APIButtonComponentWithCustomId,
  APIEmbed,
  APIEmbedField,
  APIModalInteractionResponseCallbackData,
} from 'discord.js';
import type { ButtonStyle, Choice, Reply, ReplyButton, ReplyField, ReplyForm, ReplyTone } from '../../commands/types.js';
import { MESSAGES } from '../../messages.js';
import { DISCORD_LIMITS as L } from './limits.js';
import { BLANK, clip, nonEmpty } from './text.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** The parts of a message both interaction replies and channel messages use (API JSON). */
export interface RenderedMessage {
  readonly embeds: APIEmbed[];
  readonly components: ButtonRow[];
  /** MessageFlags.Ephemeral for private replies; channel messages ignore it. */
  readonly flags?: number;
  /** Files to upload with the message. */
  readonly files?: { readonly attachment: Buffer; readonly name: string; readonly description?: string }[];
}

const TONE_COLOURS: Readonly<Record<ReplyTone, number>> = Object.freeze({
  answer: 0x2b6cb0,
  info: 0x4a5568,
  unsure: 0xd69e2e,
  refusal: 0x718096,
  error: 0xc53030,
  success: 0x2f855a,
});

const BUTTON_STYLES: Readonly<Record<ButtonStyle, DiscordButtonStyle.Primary | DiscordButtonStyle.Secondary | DiscordButtonStyle.Success | DiscordButtonStyle.Danger>> =
  Object.freeze({
    primary: DiscordButtonStyle.Primary,
    secondary: DiscordButtonStyle.Secondary,
    success: DiscordButtonStyle.Success,
    danger: DiscordButtonStyle.Danger,
  });

export function relativeTimestamp(epochMs: number): string {
  return `<t:${Math.floor(epochMs / 1000)}:R>`;
}

export function renderEmbed(reply: Reply): APIEmbed {
  const title = reply.title ? clip(reply.title, L.embedTitle) : undefined;
  const footer = reply.footer ? clip(reply.footer, L.embedFooter) : undefined;
  const deadline = reply.deadline;
  const suffix = deadline === undefined ? '' : `\n\n${MESSAGES.discordDeadline(relativeTimestamp(deadline))}`;
  // The description gets what the title and footer leave of the total, and never loses the deadline.
  const descriptionRoom = Math.min(L.embedDescription, L.embedTotal - (title?.length ?? 0) - (footer?.length ?? 0)) - suffix.length;
  let description = `${clip(reply.body, descriptionRoom)}${suffix}`.trim();
  if (!description && !title) description = BLANK;

  let used = (title?.length ?? 0) + description.length + (footer?.length ?? 0);
  const fields: APIEmbedField[] = [];
  for (const field of (reply.fields ?? []).slice(0, L.embedFields)) {
    const fitted = fitField(field, L.embedTotal - used);
    if (!fitted) break;
    fields.push(fitted);
    used += fitted.name.length + fitted.value.length;
  }

  return {
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...(fields.length > 0 ? { fields } : {}),
    ...(footer ? { footer: { text: footer } } : {}),
    color: TONE_COLOURS[reply.tone ?? 'info'],
  };
}

/** A field clipped to its limits and to `room` characters, or undefined when not even a short one fits. */
function fitField(field: ReplyField, room: number): APIEmbedField | undefined {
  const name = nonEmpty(clip(field.name, L.embedFieldName));
  const valueRoom = Math.min(L.embedFieldValue, room - name.length);
  if (valueRoom < Math.min(20, field.value.length || 1)) return undefined;
  const value = nonEmpty(clip(field.value, valueRoom));
  if (name.length + value.length > room) return undefined;
  return { name, value, ...(field.inline ? { inline: true } : {}) };
}

/** Buttons in rows of five, at most five rows; ids Discord would refuse are dropped. */
export function renderButtons(buttons: readonly ReplyButton[]): ButtonRow[] {
  const seen = new Set<string>();
  const usable = buttons.filter((b) => {
    if (b.action.length === 0 || b.action.length > L.customId || seen.has(b.action)) return false;
    seen.add(b.action);
    return true;
  });
  const rows: ButtonRow[] = [];
  for (const button of usable.slice(0, L.actionRows * L.buttonsPerRow)) {
    let row = rows[rows.length - 1];
    if (!row || row.components.length >= L.buttonsPerRow) {
      row = { type: ComponentType.ActionRow, components: [] };
      rows.push(row);
    }
    row.components.push({
      type: ComponentType.Button,
      custom_id: button.action,
      label: nonEmpty(clip(button.label, L.buttonLabel)),
      style: BUTTON_STYLES[button.style ?? 'secondary'],
      ...(button.disabled ? { disabled: true } : {}),
    });
  }
  return rows;
}

/** The whole message for a reply. `components` is always present so an edit clears old buttons. */
export function renderReply(reply: Reply): RenderedMessage {
  // A picture is shown inside the embed, from the file uploaded with the message.
  const picture = reply.attachments?.find((a) => a.image);
  const embed = renderEmbed(reply);
  return {
    embeds: [picture ? { ...embed, image: { url: `attachment://${picture.name}` } } : embed],
    components: renderButtons(reply.buttons ?? []),
    ...(reply.private ? { flags: MessageFlags.Ephemeral } : {}),
    ...(reply.attachments?.length ? { files: reply.attachments.map(renderFile) } : {}),
  };
}

/** A file to upload: text as UTF-8, a picture's bytes as they are, with its description (alt text) clipped to Discord's limit. */
function renderFile(a: NonNullable<Reply['attachments']>[number]): { attachment: Buffer; name: string; description?: string } {
  const attachment = typeof a.content === 'string' ? Buffer.from(a.content, 'utf8') : Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength);
  return { attachment, name: a.name, ...(a.description ? { description: clip(a.description, L.attachmentDescription) } : {}) };
}

/**
 * Autocomplete suggestions: at most 25, names clipped to 100. A value cannot be clipped without
 * changing what it means, so a value that is empty or too long leaves its suggestion out.
 */
export function renderChoices(choices: readonly Choice[]): APIApplicationCommandOptionChoice<string>[] {
  return choices
    .filter((c) => c.value.length > 0 && c.value.length <= L.choiceValue)
    .slice(0, L.choices)
    .map((c) => ({ name: nonEmpty(clip(c.name, L.choiceName)), value: c.value }));
}

/** Total embed characters as Discord counts them, for tests and checks. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

/**
 * A form as a Discord modal: each field a text input in a label (the current form of modal components),
 * at most five; titles, labels and placeholders clipped, lengths held to what a text input allows.
 */
export function renderModal(form: ReplyForm): APIModalInteractionResponseCallbackData {
  return {
    custom_id: form.action.slice(0, L.customId),
    title: nonEmpty(clip(form.title, L.modalTitle)),
    components: form.fields.slice(0, L.modalComponents).map((field) => ({
      type: ComponentType.Label,
      label: nonEmpty(clip(field.label, L.modalLabel)),
      component: {
        type: ComponentType.TextInput,
        custom_id: field.id,
        style: field.long ? TextInputStyle.Paragraph : TextInputStyle.Short,
        max_length: Math.min(field.maxLength, L.textInputLength),
        ...(field.minLength !== undefined ? { min_length: Math.min(field.minLength, field.maxLength, L.textInputLength) } : {}),
        ...(field.placeholder ? { placeholder: clip(field.placeholder, L.textInputPlaceholder) } : {}),
        required: field.optional !== true,
      },
    })),
  };
}
