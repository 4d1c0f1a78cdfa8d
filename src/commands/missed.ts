// The teacher's list of questions the tutor could not answer: /missed in the console, /tutor missed on
// Discord. Each question is asked again of the current fact base first (src/missed/recheck.ts, as the class
// report does), so one that the notes now answer (a teacher added an entry or a phrasing) drops off the list
// and is only counted. The list is numbered, and /tutor missed-delete deletes an entry by its number (or all of
// them) after a confirmation button, since a student may have typed something no one should keep.
import { createHash } from 'node:crypto';
import { refusalWords, type Matcher, type MatchResult } from '../matching/matcher.js';
import { MESSAGES } from '../messages.js';
import { MAX_MISSED_PER_GUILD, type MissedQuestion, type MissedQuestions } from '../missed/missed-questions.js';
import { recheckMissed, type AskAgain } from '../missed/recheck.js';
import { KEYS } from './keys.js';
import { encodeAction } from './router.js';
import type { Command, CommandContext, CommandInput, Reply, SubcommandSpec } from './types.js';
import { booleanOption, integerOption, shownAsTyped } from './types.js';

export const MISSED_DEFAULTS = Object.freeze({
  /** Unanswered questions shown at once, most asked first. */
  shown: 20,
});

/** The re-check without a conversation: each question asked alone (what the tests' fake matchers support). */
const askAlone =
  (matcher: Pick<Matcher, 'match'>): AskAgain =>
  (question) =>
    matcher.match(question);

/**
 * `ctx` says how to show what students typed back on the surface asking (escaped on Discord); `askAgain`
 * re-asks each question (a follow-up with the answer it followed: src/commands/ask.ts).
 */
export function missedReply(
  list: readonly MissedQuestion[],
  matcher: Pick<Matcher, 'match' | 'entry'>,
  ctx: Pick<CommandContext, 'showTyped'>,
  askAgain: AskAgain = askAlone(matcher),
): Reply {
  const { still, nowAnswered, results: now } = recheckMissed(list, askAgain);
  const shown = still.slice(0, MISSED_DEFAULTS.shown);
  const footer = [
    still.length > shown.length ? MESSAGES.tutorMissedMore(shown.length, still.length) : undefined,
    nowAnswered > 0 ? MESSAGES.tutorMissedNowAnswered(nowAnswered) : undefined,
    shown.length > 0 ? MESSAGES.tutorMissedDeleteHint : undefined,
  ].filter(Boolean);
  if (shown.length === 0) return { body: footer.length > 0 ? footer.join(' ') : MESSAGES.tutorMissedNone, private: true, tone: 'info' };
  return {
    title: MESSAGES.tutorMissedTitle,
    body: shown.map((m, i) => `${i + 1}. ${missedLine(m, matcher, ctx, now.get(m))}`).join('\n'),
    ...(footer.length > 0 ? { footer: footer.join(' ') } : {}),
    private: true,
    tone: 'info',
  };
}

/** One entry as the list shows it: how often, what was typed, what it followed, when, and why it is there. */
function missedLine(m: MissedQuestion, matcher: Pick<Matcher, 'entry'>, ctx: Pick<CommandContext, 'showTyped'>, now: MatchResult | undefined): string {
  const asked = `${m.count}× ${shownAsTyped(ctx, m.question)}`;
  const followed = m.after !== undefined ? ` ${MESSAGES.tutorMissedFollowUp(matcher.entry(m.after)?.question ?? m.after)}` : '';
  const line = `${asked}${followed} (last ${m.lastAsked.slice(0, 10)})`;
  if (m.entryId !== undefined) return `${line} ${MESSAGES.tutorMissedWrongAnswer(matcher.entry(m.entryId)?.question ?? m.entryId)}`;
  const why = whyRefused(now);
  return why ? `${line} ${why}` : line;
}

/** Why the notes refuse a question, where the words say: another subject's, or words the notes never use (shown as read: lower-case letters and digits). */
function whyRefused(result: MatchResult | undefined): string | undefined {
  const why = result && refusalWords(result);
  if (!why) return undefined;
  return why.kind === 'other-subject' ? MESSAGES.tutorMissedOtherSubject(why.words) : MESSAGES.tutorMissedNotInNotes(why.words);
}

/** /missed, in the console (Discord has /tutor missed). */
export function createMissedCommand(missed: Pick<MissedQuestions, 'list'>, matcher: Pick<Matcher, 'match' | 'entry'>, askAgain?: AskAgain): Command {
  return {
    spec: { name: 'missed', description: 'Questions I could not answer here (for teachers)', manageServer: true, guildOnly: true, consoleOnly: true },
    async run(_input, ctx) {
      if (!ctx.canManageServer) return { body: MESSAGES.needsManageServer, private: true, tone: 'error' };
      return missedReply(await missed.list(ctx.guildId ?? ''), matcher, ctx, askAgain);
    },
  };
}

export const MISSED_DELETE_DEFAULTS = Object.freeze({
  /** How long the confirmation buttons of /tutor missed-delete stay valid. */
  confirmMs: 2 * 60 * 1000,
});

/** /tutor missed-delete: an entry by its number in /tutor missed, or every entry. */
export const MISSED_DELETE_SUBCOMMAND: SubcommandSpec = {
  name: 'missed-delete',
  description: 'Delete an unanswered question from /tutor missed by its number, or all of them (asks to confirm)',
  options: [
    { name: 'number', description: 'Its number in /tutor missed', type: 'integer', min: 1, max: MAX_MISSED_PER_GUILD },
    { name: 'all', description: 'true: delete every entry of the list', type: 'boolean' },
  ],
};

/** The verbs of its buttons, after /tutor's action prefix: delete (an entry's key, or "all"), and keep. */
export const MISSED_DELETE_VERB = 'missed-delete';
export const MISSED_KEEP_VERB = 'missed-keep';
const ALL = 'all';

export interface MissedDeleteDeps {
  readonly missed: Pick<MissedQuestions, 'list' | 'remove'>;
  readonly matcher: Pick<Matcher, 'match' | 'entry'>;
  readonly askAgain?: AskAgain;
  readonly now: () => Date;
}

/** An entry's key in a button: the same for the same question (and answer, and question it followed), however often asked. */
const entryKey = (m: MissedQuestion) => createHash('sha256').update(JSON.stringify([m.question, m.entryId ?? null, m.after ?? null])).digest('hex').slice(0, 16);

/**
 * The confirmation prompt: the entry numbered as /tutor missed numbers it now (the notes asked again), quoted
 * whole so the teacher sees what goes; or every entry kept, those the notes now answer too. Private.
 */
export async function missedDeletePrompt(deps: MissedDeleteDeps, prefix: string, guildId: string, input: CommandInput, ctx: Pick<CommandContext, 'showTyped'>): Promise<Reply> {
  const number = integerOption(input, 'number');
  const all = booleanOption(input, 'all') === true;
  if ((number === undefined) === !all) return { body: MESSAGES.tutorMissedDeleteChoose, private: true, tone: 'error' };
  const list = await deps.missed.list(guildId);
  if (list.length === 0) return { body: MESSAGES.tutorMissedDeleteEmpty, private: true, tone: 'info' };
  const { still, results } = recheckMissed(list, deps.askAgain ?? ((question) => deps.matcher.match(question)));
  const chosen = number === undefined ? undefined : still[number - 1];
  if (number !== undefined && !chosen) return { body: MESSAGES.tutorMissedDeleteNoSuch(number, still.length), private: true, tone: 'error' };
  const expires = String(deps.now().getTime() + MISSED_DELETE_DEFAULTS.confirmMs);
  return {
    title: MESSAGES.tutorMissedDeleteTitle,
    body: chosen ? MESSAGES.tutorMissedDeleteOne(`${number}. ${missedLine(chosen, deps.matcher, ctx, results.get(chosen))}`) : MESSAGES.tutorMissedDeleteAll(list.length),
    buttons: [
      { action: encodeAction(prefix, MISSED_DELETE_VERB, expires, chosen ? entryKey(chosen) : ALL), label: MESSAGES.tutorMissedDeleteButton, style: 'danger', key: KEYS.confirm },
      { action: encodeAction(prefix, MISSED_KEEP_VERB, expires), label: MESSAGES.tutorMissedKeepButton, style: 'secondary', key: KEYS.cancel },
    ],
    private: true,
    tone: 'info',
  };
}

/** A press of the prompt's buttons; its outcome replaces the prompt, so neither button can be pressed twice. */
export async function missedDeleteAction(deps: MissedDeleteDeps, guildId: string, [verb, expires, which]: readonly (string | undefined)[]): Promise<Reply> {
  const outcome = (body: string, tone: Reply['tone']): Reply => ({ body, private: true, tone, update: true });
  if (verb === MISSED_KEEP_VERB) return outcome(MESSAGES.tutorMissedDeleteCancelled, 'info');
  if (!(Number(expires) > deps.now().getTime())) return outcome(MESSAGES.tutorMissedDeleteExpired, 'error');
  if (which === ALL) {
    // The entries the prompt counted: none asked since it was shown (a new one, or one asked again), which the teacher has not seen.
    const shown = new Date(Number(expires) - MISSED_DELETE_DEFAULTS.confirmMs).toISOString();
    const removed = await deps.missed.remove(guildId, (m) => m.lastAsked <= shown);
    const kept = (await deps.missed.list(guildId)).length;
    return outcome(kept > 0 ? MESSAGES.tutorMissedDeletedAllButNew(removed, kept) : MESSAGES.tutorMissedDeletedAll(removed), 'success');
  }
  const removed = await deps.missed.remove(guildId, (m) => entryKey(m) === which);
  return removed > 0 ? outcome(MESSAGES.tutorMissedDeleted, 'success') : outcome(MESSAGES.tutorMissedDeleteGone, 'info');
}
