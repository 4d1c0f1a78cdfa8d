// What only the local console says (kept here, beside the console, rather than in src/messages.ts).
import { joinedWithAnd, PRACTICE_MESSAGES } from '../../messages.js';

export const CONSOLE_MESSAGES = Object.freeze({
  /**
   * A line typed without a slash that only says something ("hold on my mum is calling", "lol that is funny") and that
   * /ask has no sure answer to: how to ask, instead of a stray answer or a refusal (nothing of it is kept).
   */
  howToAsk:
    'I\'m here whenever you want me: type a question about Stalin\'s USSR (for example "why was the NEP brought in?"), or /help to see everything else I can do.',
  /**
   * A line that can only mean the last answer ("more", "still difficult") that /ask could not read: what may be asked
   * of an answer, instead of how commands work (nothing of it is kept).
   */
  followOnUnread:
    'I did not quite catch what you want from my last answer. Try "simpler", "give an example", "more detail" or "say it again", or ask your question in a few words (for example "why did Stalin end the NEP?").',
  /**
   * A new round's players at one keyboard, said at its start: those of the last round play on (a GCSE trial: a friend
   * left out of question 1 of the next round), so whoever is not there any more is seen, and /as adds a player.
   */
  playing: (players: readonly string[]) =>
    `Playing at this keyboard: ${joinedWithAnd(players)}. Each question waits for all of you: type /as and a name to take a turn or add a player, ` +
    `or /as <name> out for one who is not playing (e.g. /as ${players.at(-1) ?? 'Sam'} out). One who misses two questions in a row is not waited for.`,
  /** "/as <name> out": that player is no longer waited for, in this round or the next. */
  playerOut: (name: string) => `${name} is out: no question waits for ${name} now, in this round or the next. To play again, type /as ${name} and answer.`,
  /** "/as <name> out" for the name the keyboard plays as: its next letter would make them a player again. */
  stillAtKeyboard: (name: string) => `The keyboard still plays as ${name}: type /as and the next player's name before answering.`,
  /** "/as <name> out" for a name that is not playing. */
  notAPlayer: (name: string) => `${name} is not playing, so there is nobody to take out. Type /as ${name} to play.`,
  /**
   * A line that reads as part of a practice answer, typed when none is being written: after the mark, an /ask in
   * between took the keys, and "1" pressed its button instead of Answer again (a GCSE trial). The lines are kept.
   */
  practiceNotOpen: (key: string, lines: number) =>
    `That looks like part of a practice answer, but no answer is being written now. Your ${lines === 1 ? 'line is' : `${lines} lines are`} kept: press ${key} (Answer again) to open the answer with ${lines === 1 ? 'it' : 'them'}, go on typing, and a line /done hands it in. To ask me something instead, start the line with /ask.`,
  /** Another such line, or /done, before Answer again is pressed. */
  practiceStillNotOpen: (key: string, lines: number) =>
    `Kept too (${lines} line${lines === 1 ? '' : 's'} so far), but no answer is open yet: press ${key} (Answer again) first, then a line /done hands it in.`,
  /** /done with such lines kept and no answer open. */
  practiceDoneNotOpen: (key: string, lines: number) =>
    `${PRACTICE_MESSAGES.consoleNothingToHandIn} Your ${lines === 1 ? 'line' : `${lines} lines`} typed since ${lines === 1 ? 'is' : 'are'} kept, though: press ${key} (Answer again) to open the answer with ${lines === 1 ? 'it' : 'them'}, then a line /done hands it in.`,
});
