// Every sentence the tutor says to users, in one place, so wording stays consistent across Discord
// and the console and tests can import the exact text they expect.
export const MESSAGES = Object.freeze({
  consoleBanner:
    'Stalin\'s USSR tutor — local console (no DISCORD_TOKEN set, so nothing connects to Discord).\n' +
    'Type /help for commands. To run on Discord, put DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see README).',
  consoleUnknownCommand: (name: string) => `There is no /${name} command. Type /help to see what I can do.`,
  consoleNotACommand: 'Commands start with a slash, e.g. /ask why did Stalin end the NEP. Type /help for the list.',
  consoleBye: 'Goodbye — good luck with your revision!',
  askEmpty: 'Ask me a question about Stalin\'s USSR, 1924–1941 — for example: /ask why did Stalin end the NEP',
  askUnknown:
    'That does not look like part of this course (Stalin\'s USSR, 1924–1941), so I will not guess. ' +
    'Try /topics to see what I can help with.',
  askUnsure: 'I am not sure which question you mean. Did you mean one of these?',
  askTruncated: (max: number) => `(Your question was long, so I read only its first ${max} characters.)`,
  topicNotFound: (name: string) => `I have no topic called "${name}". Try /topics to see them all.`,
  topicMissingName: 'Which topic? Try /topic nep, or /topics to see them all.',
  unknownAction: 'That button no longer works. Ask again, or type /help.',
  internalError: (errorId: string) =>
    `Sorry — something went wrong on my side. If it keeps happening, tell your teacher this error id: ${errorId}`,
});
