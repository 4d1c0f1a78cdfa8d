// /ask <question>: answers from the knowledge base, offers suggestions when unsure, refuses what is
// outside the course, and records what it could not answer for the teacher.
import type { AnswerEntry } from '../knowledge/answerable.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import type { Matcher, MatchResult } from '../matching/matcher.js';
import { MATCHER_DEFAULTS } from '../matching/defaults.js';
import type { MissedQuestions } from '../missed/missed-questions.js';
import { MESSAGES } from '../messages.js';
import type { ActionHandler, Choice, Command, Reply } from './types.js';
import { stringOption } from './types.js';

export interface AskDeps {
  readonly kb: KnowledgeBase;
  readonly matcher: Matcher;
  readonly missed: MissedQuestions;
  readonly now: () => Date;
  /** Where DMs record missed questions (no server). */
  readonly dmGuildId: string;
  readonly autocomplete: (partial: string, limit: number) => Choice[];
  /** Told when a missed question could not be recorded; the student still gets the reply. */
  readonly onRecordError: (error: unknown) => void;
}

export const ASK_ACTION = 'ask';

export function sourceTitles(kb: KnowledgeBase, ids: readonly string[]): string {
  return ids.map((id) => kb.sources.find((s) => s.id === id)?.title ?? id).join('; ');
}

/**
 * The reply a student sees for one knowledge entry. Entries that came close behind it in the matching
 * (`alternatives`) are offered first, in case the student meant one of them; then the related questions.
 */
export function answerReply(
  kb: KnowledgeBase,
  matcher: Matcher,
  entry: AnswerEntry,
  extra?: { private?: boolean; note?: string; alternatives?: readonly AnswerEntry[] },
): Reply {
  const topic = kb.topics.find((t) => t.id === entry.topic);
  const alternatives = extra?.alternatives ?? [];
  const related = entry.related
    .map((id) => matcher.entry(id))
    .filter((e): e is AnswerEntry => !!e && !alternatives.includes(e))
    .slice(0, MATCHER_DEFAULTS.maxRelated);
  const notes = [alternatives.length > 0 ? MESSAGES.askAlternatives(alternatives.length) : undefined, extra?.note].filter(Boolean);
  return {
    title: entry.question,
    body: notes.length > 0 ? `${entry.answer}\n\n${notes.join('\n')}` : entry.answer,
    fields: topic ? [{ name: 'Topic', value: topic.title, inline: true }] : [],
    footer: `Sources: ${sourceTitles(kb, entry.sources)}`,
    buttons: [
      ...alternatives.map((r) => ({ action: `${ASK_ACTION}:${r.id}`, label: r.question, style: 'primary' as const })),
      ...related.map((r) => ({ action: `${ASK_ACTION}:${r.id}`, label: r.question, style: 'secondary' as const })),
    ],
    tone: 'answer',
    ...(extra?.private ? { private: true } : {}),
  };
}

export function matchReply(deps: Pick<AskDeps, 'kb' | 'matcher'>, result: MatchResult): Reply {
  const note = result.truncated ? MESSAGES.askTruncated(MATCHER_DEFAULTS.maxQueryLength) : undefined;
  if (result.status === 'answered' && result.entry)
    return answerReply(deps.kb, deps.matcher, result.entry, { alternatives: result.alternatives, ...(note ? { note } : {}) });
  if (result.status === 'unsure')
    return {
      body: MESSAGES.askUnsure,
      buttons: result.suggestions.map((s) => ({ action: `${ASK_ACTION}:${s.id}`, label: s.question, style: 'primary' as const })),
      tone: 'unsure',
    };
  // Letters, but none the tutor reads (Cyrillic, Chinese…): say so rather than "ask me a question".
  if (result.reason === 'empty') return { body: /(?=\p{L})\P{Script=Latin}/u.test(result.query) ? MESSAGES.askNotEnglish : MESSAGES.askEmpty, private: true, tone: 'info' };
  if (result.reason === 'about-tutor') return { body: MESSAGES.askAboutTutor, tone: 'info' };
  return { body: MESSAGES.askUnknown, tone: 'refusal' };
}

export function createAskCommand(deps: AskDeps): Command {
  return {
    spec: {
      name: 'ask',
      description: "Ask a question about Stalin's USSR, 1924–1941",
      options: [{ name: 'question', description: 'Your question, in your own words', type: 'string', required: true, autocomplete: true, maxLength: 1000 }],
    },
    async run(input, ctx) {
      const question = stringOption(input, 'question') ?? '';
      const result = deps.matcher.match(question);
      // Nothing to add to the notes for an empty question or one about the tutor itself.
      // A store that cannot save (a full disk, a file from a newer version) must not cost the student the reply.
      if (result.status !== 'answered' && result.reason !== 'empty' && result.reason !== 'about-tutor')
        await deps.missed.record(ctx.guildId ?? deps.dmGuildId, result.query, deps.now()).catch(deps.onRecordError);
      return matchReply(deps, result);
    },
    autocomplete(_option, partial) {
      return deps.autocomplete(partial, 25);
    },
  };
}

/** Buttons for related questions and suggestions: answer privately, to the one who clicked. */
export function createAskAction(deps: Pick<AskDeps, 'kb' | 'matcher'>): ActionHandler {
  return {
    prefix: ASK_ACTION,
    run([entryId]) {
      const entry = entryId ? deps.matcher.entry(entryId) : undefined;
      if (!entry) return { body: MESSAGES.unknownAction, private: true, tone: 'error' };
      return answerReply(deps.kb, deps.matcher, entry, { private: true });
    },
  };
}
