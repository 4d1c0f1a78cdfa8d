// Discord's limits, in one place. The renderer, the command definitions and the dispatcher hold them
// by construction (clipping text, dropping what does not fit), and the tests check against them.
// Source: https://discord.com/developers/docs (Message, Embed, Components, Application Commands,
// Receiving and Responding to interactions).
export const DISCORD_LIMITS = Object.freeze({
  /** An interaction must get its first response within this time, or Discord forgets it (10062). */
  interactionAckMs: 3000,
  /** Follow-ups and edits work for this long after the interaction. */
  interactionTokenMs: 15 * 60 * 1000,

  messageContent: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthorName: 256,
  /** Title, description, field names and values, footer and author name together, per message. */
  embedTotal: 6000,
  /** An attachment's description (a picture's alt text). */
  attachmentDescription: 1024,
  /** The largest file a bot may upload when an interaction does not say (its attachmentSizeLimit; boosted servers allow more). */
  attachmentBytes: 10 * 1024 * 1024,

  /** Modals (forms): title, components, a label's text and description, a text input's value and placeholder. */
  modalTitle: 45,
  modalComponents: 5,
  modalLabel: 45,
  modalLabelDescription: 100,
  textInputLength: 4000,
  textInputPlaceholder: 100,

  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,

  commandsPerScope: 100,
  commandName: 32,
  commandDescription: 100,
  options: 25,
  optionName: 32,
  optionDescription: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  stringOptionLength: 6000,
  /** Names, descriptions, choice names and values of one command together. */
  commandTotalCharacters: 4000,
});

/** Command, subcommand and option names: lower case letters, digits, - and _ (Discord allows more scripts; we use these). */
export const COMMAND_NAME_PATTERN = /^[-_\p{Ll}\p{N}]{1,32}$/u;
