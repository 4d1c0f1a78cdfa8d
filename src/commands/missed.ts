// The teacher's list of questions the tutor could not answer: /missed in the console, /tutor missed on
// Discord. Each question is asked again of the current fact base first (src/missed/recheck.ts, as the class
// report does), so one that the notes now answer (a teacher added an entry or a phrasing) drops off the list
// and is only counted.
import { refusalWords, type Matcher, type MatchResult } from '../matching/matcher.js';
import { MESSAGES } from '../messages.js';
import type { MissedQuestion, MissedQuestions } from '../missed/missed-questions.js';
import { recheckMissed, type AskAgain } from '../missed/recheck.js';
import type { Command, CommandContext, Reply } from './types.js';
import { shownAsTyped } from './types.js';

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
  ].filter(Boolean);
  if (shown.length === 0) return { body: footer.length > 0 ? footer.join(' ') : MESSAGES.tutorMissedNone, private: true, tone: 'info' };
  return {
    title: MESSAGES.tutorMissedTitle,
    body: shown
      .map((m) => {
        const asked = `${m.count}× ${shownAsTyped(ctx, m.question)}`;
        const followed = m.after !== undefined ? ` ${MESSAGES.tutorMissedFollowUp(matcher.entry(m.after)?.question ?? m.after)}` : '';
        const line = `${asked}${followed} (last ${m.lastAsked.slice(0, 10)})`;
        if (m.entryId !== undefined) return `${line} ${MESSAGES.tutorMissedWrongAnswer(matcher.entry(m.entryId)?.question ?? m.entryId)}`;
        const why = whyRefused(now.get(m));
        return why ? `${line} ${why}` : line;
      })
      .join('\n'),
    ...(footer.length > 0 ? { footer: footer.join(' ') } : {}),
    private: true,
    tone: 'info',
  };
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
