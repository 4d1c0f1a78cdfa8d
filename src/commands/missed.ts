// The teacher's list of questions the tutor could not answer: /missed in the console, /tutor missed on
// Discord. Each question is asked again of the current fact base first, so one that the notes now answer
// (a teacher added an entry or a phrasing) drops off the list and is only counted.
import { refusalWords, type Matcher, type MatchResult } from '../matching/matcher.js';
import { MESSAGES } from '../messages.js';
import type { MissedQuestion, MissedQuestions } from '../missed/missed-questions.js';
import type { Command, CommandContext, Reply } from './types.js';
import { shownAsTyped } from './types.js';

export const MISSED_DEFAULTS = Object.freeze({
  /** Unanswered questions shown at once, most asked first. */
  shown: 20,
});

/** `ctx` says how to show what students typed back on the surface asking (escaped on Discord). */
export function missedReply(list: readonly MissedQuestion[], matcher: Pick<Matcher, 'match' | 'entry'>, ctx: Pick<CommandContext, 'showTyped'>): Reply {
  // A question not answered is gone once the notes answer it; one whose answer students said missed it,
  // once the notes answer it with another entry.
  const now = new Map(list.map((m) => [m, matcher.match(m.question)]));
  const still = list.filter((m) => {
    const r = now.get(m);
    return m.entryId === undefined ? r?.status !== 'answered' : r?.status === 'answered' && r.entry?.id === m.entryId;
  });
  const nowAnswered = list.length - still.length;
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
        const line = `${m.count}× ${shownAsTyped(ctx, m.question)} (last ${m.lastAsked.slice(0, 10)})`;
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
export function createMissedCommand(missed: Pick<MissedQuestions, 'list'>, matcher: Pick<Matcher, 'match' | 'entry'>): Command {
  return {
    spec: { name: 'missed', description: 'Questions I could not answer here (for teachers)', manageServer: true, guildOnly: true, consoleOnly: true },
    async run(_input, ctx) {
      if (!ctx.canManageServer) return { body: MESSAGES.needsManageServer, private: true, tone: 'error' };
      return missedReply(await missed.list(ctx.guildId ?? ''), matcher, ctx);
    },
  };
}
