// /ask <question>: answers from the knowledge base, offers suggestions when unsure, refuses what is
// outside the course, and records what it could not answer for the teacher.
import type { AnswerEntry } from '../knowledge/answerable.js';
import type { KnowledgeBase, Source } from '../knowledge/schema.js';
import { clip } from '../knowledge/question-autocomplete.js';
import { askQuestion, offeredEntries, type AskOutcome } from '../matching/ask-question.js';
import { readRevisionRequest } from '../matching/revision-request.js';
import type { TopicFinder } from '../knowledge/topic-finder.js';
import { requestedTopic, revisionReply } from './revision.js';
import { FOLLOW_UP_DEFAULTS, hasOwnWords, leansOnPrevious, readWithPrevious, type ConversationMemory } from '../matching/follow-up.js';
import { normaliseText } from '../matching/normalise.js';
import { FEEDBACK_ACTION, type AnswerFeedback } from './answer-feedback.js';
import type { Matcher, MatchResult } from '../matching/matcher.js';
import { MATCHER_DEFAULTS } from '../matching/defaults.js';
import type { MissedQuestions } from '../missed/missed-questions.js';
import { MESSAGES, REVIEW_MESSAGES } from '../messages.js';
import { REMEMBER_ACTION } from './review-view.js';
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
  /** Remembers answers for their "Not what I asked" button. */
  readonly feedback: AnswerFeedback;
  /** The last answer per student and channel, for follow-up questions. */
  readonly conversation: ConversationMemory;
  /** Finds the topic a revision request names ("summary of the NEP"). */
  readonly topics: TopicFinder;
  /** Counts a question asked in a server, for the teacher's class report (only the count: what was asked is not kept there). */
  readonly onAsked?: (guildId: string, userId: string) => void;
}

export const ASK_ACTION = 'ask';

/** The sources a student is shown: not those kept for the fact base's maintainers (corrections, an unreliable essay). */
export function sourceTitles(kb: KnowledgeBase, ids: readonly string[]): string {
  return ids
    .map((id): Source => kb.sources.find((s) => s.id === id) ?? { id, title: id })
    .filter((s) => !s.forMaintainers)
    .map((s) => s.title)
    .join('; ');
}

/** The Topic field and footer under an answer: exam advice has a level and a caution instead. */
function answerFrame(kb: KnowledgeBase, entry: AnswerEntry): Pick<Reply, 'fields' | 'footer'> {
  const skill = entry.kind === 'skill' ? kb.skills.find((s) => s.id === entry.id) : undefined;
  if (skill) return { fields: [{ name: 'Exam skills', value: MESSAGES.skillLevel(skill.level), inline: true }], footer: MESSAGES.skillFooter };
  const topic = kb.topics.find((t) => t.id === entry.topic);
  const sources = sourceTitles(kb, entry.sources);
  return { fields: topic ? [{ name: 'Topic', value: topic.title, inline: true }] : [], ...(sources ? { footer: `Sources: ${sources}` } : {}) };
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
  const alternatives = extra?.alternatives ?? [];
  const related = entry.related
    .map((id) => matcher.entry(id))
    .filter((e): e is AnswerEntry => !!e && !alternatives.includes(e))
    .slice(0, MATCHER_DEFAULTS.maxRelated);
  const notes = [alternatives.length > 0 ? MESSAGES.askAlternatives(alternatives.length) : undefined, extra?.note].filter(Boolean);
  return {
    title: entry.question,
    body: notes.length > 0 ? `${entry.answer}\n\n${notes.join('\n')}` : entry.answer,
    ...answerFrame(kb, entry),
    buttons: [
      ...alternatives.map((r) => ({ action: `${ASK_ACTION}:${r.id}`, label: r.question, style: 'primary' as const })),
      ...related.map((r) => ({ action: `${ASK_ACTION}:${r.id}`, label: r.question, style: 'secondary' as const })),
    ],
    tone: 'answer',
    ...(extra?.private ? { private: true } : {}),
  };
}

/** The topic of the entry /ask answers a text with, or suggests first; none when it would refuse. */
export function topicOfAnswer(matcher: Pick<Matcher, 'match'>, text: string): string | undefined {
  const r = matcher.match(text);
  return r.status === 'unknown' ? undefined : (r.entry ?? r.suggestions[0])?.topic;
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

/** The "Remember this" button, last under an answer: it keeps the answer in the student's review deck (/review). */
export function withRememberButton(reply: Reply, entryId: string): Reply {
  return { ...reply, buttons: [...(reply.buttons ?? []), { action: `${REMEMBER_ACTION}:${entryId}`, label: REVIEW_MESSAGES.rememberButton, style: 'secondary', key: 'R' }] };
}

/** Room for each part's answer in a reply of several parts (an embed description holds 4096 characters). */
const PART_ANSWER_ROOM = 1100;
const POINT_ROOM = 240;

function firstSentence(text: string, room: number): string {
  return clip(/^.+?[.!?](?=\s|$)/s.exec(text)?.[0] ?? text, room);
}

/** Several questions in one: each part's answer with its own topic and sources, and a button to each. */
export function partsReply(kb: KnowledgeBase, parts: readonly AnswerEntry[], omitted: number): Reply {
  const sections = parts.map((e, i) => {
    const topic = kb.topics.find((t) => t.id === e.topic)?.title ?? e.topic;
    return `**${i + 1}. ${e.question}**\n${clip(e.answer, PART_ANSWER_ROOM)}\n*Topic: ${topic} · Sources: ${sourceTitles(kb, e.sources)}*`;
  });
  return {
    title: MESSAGES.askPartsTitle(parts.length),
    body: [...sections, ...(omitted > 0 ? [MESSAGES.askPartsOmitted(omitted)] : [])].join('\n\n'),
    buttons: parts.map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'secondary' as const })),
    tone: 'answer',
  };
}

/** A broad or essay question no single entry answers: the best few entries, one sentence and one button each. */
export function pointsReply(kb: KnowledgeBase, points: readonly AnswerEntry[]): Reply {
  return {
    title: MESSAGES.askPointsTitle,
    body: [MESSAGES.askPoints, ...points.map((e) => `• **${e.question}** ${firstSentence(e.answer, POINT_ROOM)}`)].join('\n'),
    buttons: points.map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'primary' as const })),
    tone: 'unsure',
  };
}

/** The reply to a whole question: its parts, the points for an essay, or the one match. */
export function outcomeReply(deps: Pick<AskDeps, 'kb' | 'matcher'>, outcome: AskOutcome): Reply {
  const parts = outcome.parts.flatMap((r) => (r.entry ? [r.entry] : []));
  if (parts.length >= 2) return partsReply(deps.kb, parts, outcome.omitted);
  if (outcome.points.length >= 2) return pointsReply(deps.kb, outcome.points);
  return matchReply(deps, outcome.primary);
}

/**
 * Answers a question in the conversation it is part of: a follow-up ("how long did it take?") is read
 * with the student's last answer (src/matching/follow-up.ts) when that finds an answer, and says so.
 */
function askInConversation(deps: Pick<AskDeps, 'matcher' | 'conversation'>, question: string, memoryKey: string, now: number): { outcome: AskOutcome; followUpNote?: string } {
  const outcome = askQuestion(deps.matcher, question);
  const leans = leansOnPrevious(question);
  // A short question ("how many died?") is read with the last answer only when alone it is unsure, or has
  // no word of its own ("why?"): one it cannot place at all may well name something else ("who was hitler").
  const unplaced = outcome.primary.status === 'unsure' || outcome.primary.reason === 'empty';
  const previous = leans === 'yes' || (leans === 'maybe' && unplaced) ? deps.conversation.recall(memoryKey, now) : undefined;
  if (!previous) return { outcome };
  const text = readWithPrevious(question, previous.question);
  let together = askQuestion(deps.matcher, text);
  const chosen = followUpEntry(deps.matcher, text, previous.entryId, together.primary.entry ?? undefined, hasOwnWords(question));
  if (chosen && chosen !== together.primary.entry) together = { ...together, primary: { ...together.primary, entry: chosen, matchedQuestion: chosen.question, alternatives: [] } };
  if (together.primary.status !== 'answered' || !together.primary.entry) return { outcome };
  return { outcome: { ...together, primary: { ...together.primary, query: outcome.primary.query } }, followUpNote: MESSAGES.askFollowUp(previous.question) };
}

/**
 * Which entry answers a follow-up read with the last question. Asked again about the same thing in words
 * of its own ("why was he killed?" after "who was Kirov?"), the student wants what the last answer did
 * not say: the next entry. And a follow-up stays with the last answer's topic when an entry of it comes
 * close ("and on the economy?" after the Terror's effect on the party is the Terror's effect on the economy).
 */
function followUpEntry(matcher: Pick<Matcher, 'rank' | 'entry'>, text: string, previousId: string, answered: AnswerEntry | undefined, ownWords: boolean): AnswerEntry | undefined {
  const candidates = matcher.rank(text).candidates.filter((c) => !(ownWords && c.entry.id === previousId));
  const best = candidates[0];
  if (!best) return answered;
  const topic = matcher.entry(previousId)?.topic;
  const sameTopic = candidates.find((c) => c.entry.topic === topic);
  const pick = sameTopic && best.key - sameTopic.key <= FOLLOW_UP_DEFAULTS.sameTopicMargin ? sameTopic : best;
  return answered && answered.id !== previousId && answered.topic === topic ? answered : pick.entry;
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
      if (ctx.guildId !== null && question.trim()) deps.onAsked?.(ctx.guildId, ctx.userId);
      const memoryKey = `${ctx.guildId ?? deps.dmGuildId}:${ctx.channelId}:${ctx.userId}`;
      const now = deps.now().getTime();
      // "Test me on the famine", "summary of the whole topic", "write my essay": met where they can be.
      const request = readRevisionRequest(question);
      if (request) {
        const last = deps.conversation.recall(memoryKey, now);
        const topic = requestedTopic(deps.topics, deps.kb, request, last ? deps.matcher.entry(last.entryId)?.topic : undefined, (subject) => topicOfAnswer(deps.matcher, subject));
        const essay = request.kind === 'write-essay' ? askQuestion(deps.matcher, request.subject || question) : undefined;
        const points = essay ? (essay.points.length > 0 ? essay.points : offeredEntries(essay.primary)) : [];
        const reply = revisionReply(deps.kb, request, topic, points);
        if (reply) return reply;
      }
      const { outcome, followUpNote } = askInConversation(deps, question, memoryKey, now);
      const result = outcome.primary;
      if (result.status === 'answered' && result.entry) deps.conversation.remember(memoryKey, { entryId: result.entry.id, question: result.entry.question }, now);
      // Nothing to add to the notes for an empty question or one about the tutor itself.
      // A store that cannot save (a full disk, a file from a newer version) must not cost the student the reply.
      if (result.status !== 'answered' && result.reason !== 'empty' && result.reason !== 'about-tutor')
        await deps.missed.record(ctx.guildId ?? deps.dmGuildId, result.query, deps.now()).catch(deps.onRecordError);
      const answered = outcomeReply(deps, outcome);
      const reply = followUpNote ? { ...answered, body: `*${followUpNote}*\n\n${answered.body}` } : answered;
      // One answer outright, to a question worded otherwise than the entry's own: the student can say it
      // missed their question. (An entry's own question, as autocomplete offers it, is what they asked.)
      if (result.status !== 'answered' || !result.entry || outcome.parts.length > 0 || outcome.points.length > 0) return reply;
      if (normaliseText(result.query) === normaliseText(result.entry.question)) return withRememberButton(reply, result.entry.id);
      const token = deps.feedback.remember(ctx.guildId ?? deps.dmGuildId, result.query, result.entry.id);
      return withRememberButton({ ...reply, buttons: [...(reply.buttons ?? []), { action: `${FEEDBACK_ACTION}:${token}`, label: MESSAGES.askFeedbackButton, style: 'secondary' }] }, result.entry.id);
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
      return withRememberButton(answerReply(deps.kb, deps.matcher, entry, { private: true }), entry.id);
    },
  };
}

/** The "Not what I asked" button: recorded for the teacher once per student and answer, privately acknowledged. */
export function createAnswerFeedbackAction(deps: Pick<AskDeps, 'feedback' | 'missed' | 'now' | 'onRecordError'>): ActionHandler {
  return {
    prefix: FEEDBACK_ACTION,
    async run([token], ctx) {
      const pressed = token ? deps.feedback.press(token, ctx.userId) : undefined;
      if (!pressed || pressed.outcome === 'unknown') return { body: MESSAGES.askFeedbackStale, private: true, tone: 'info' };
      if (pressed.outcome !== 'recorded') return { body: MESSAGES.askFeedbackAgain, private: true, tone: 'info' };
      const { guildId, question, entryId } = pressed.answer;
      await deps.missed.record(guildId, question, deps.now(), entryId).catch(deps.onRecordError);
      return { body: MESSAGES.askFeedbackThanks, private: true, tone: 'success' };
    },
  };
}
