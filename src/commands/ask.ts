// /ask <question>: answers from the knowledge base, offers suggestions when unsure, refuses what is
// outside the course, and records what it could not answer for the teacher.
import type { AnswerEntry } from '../knowledge/answerable.js';
import type { KnowledgeBase, Source } from '../knowledge/schema.js';
import { clip } from '../knowledge/question-autocomplete.js';
import { askQuestion, MAX_POINTS, offeredEntries, type AskOutcome } from '../matching/ask-question.js';
import { readRevisionRequest, type RevisionRequest } from '../matching/revision-request.js';
import type { TopicFinder } from '../knowledge/topic-finder.js';
import { requestedTopic, revisionReply } from './revision.js';
import { readPleasantry } from '../matching/pleasantry.js';
import { asksForExample, asksSomethingNew, courseSubjectReader, followUpAlone, FOLLOW_UP_DEFAULTS, leansOnPrevious, pointsBack, readWithPrevious, rankFollowUp, requestAboutLast, type ConversationMemory, type SubjectReader } from '../matching/follow-up.js';
import { normaliseText, sentencesOf } from '../matching/normalise.js';
import { intentsOf } from '../matching/intent.js';
import { FEEDBACK_ACTION, type AnswerFeedback } from './answer-feedback.js';
import { refusalWords, type Matcher, type MatchResult } from '../matching/matcher.js';
import { MATCHER_DEFAULTS } from '../matching/defaults.js';
import { redactPersonalData, type MissedQuestions } from '../missed/missed-questions.js';
import type { AskAgain } from '../missed/recheck.js';
import { MESSAGES, REVIEW_MESSAGES } from '../messages.js';
import type { ClassLevel } from '../quiz/fairness.js';
import { REMEMBER_ACTION } from './review-view.js';
import type { ActionHandler, Choice, Command, CommandContext, Reply } from './types.js';
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
  /** Adds a Read aloud button to an answer when the student is in a voice channel the tutor can speak in (issue 17). */
  readonly readAloud?: (reply: Reply, ctx: CommandContext, entryId: string) => Reply;
  /** The course's dated facts a question gives a wrong year ("Why was Kirov murdered in 1936?"), to say so above the answer. */
  readonly wrongDates?: (question: string) => readonly string[];
  /** The class a server's teacher set (/tutor level): exam advice for that level comes first. */
  readonly classLevel?: (guildId: string) => Promise<ClassLevel | null>;
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

/** At most this many question buttons under an answer: the closest others, then related questions. */
const QUESTION_BUTTONS = MATCHER_DEFAULTS.maxRelated + MATCHER_DEFAULTS.maxAlternatives;

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
    // The closest others come first; the related questions fill what is left of QUESTION_BUTTONS.
    .slice(0, Math.max(0, Math.min(MATCHER_DEFAULTS.maxRelated, QUESTION_BUTTONS - alternatives.length)));
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

/** A request about something that is not this course's ("do my english essay on Romeo and Juliet"): /ask answers it as any question. */
function namesAnotherSubject(deps: Pick<AskDeps, 'kb' | 'matcher' | 'topics'>, request: RevisionRequest): boolean {
  if (!request.subject || requestedTopic(deps.topics, deps.kb, request, undefined)) return false;
  const r = deps.matcher.match(request.subject);
  return r.status === 'unknown' && (r.reason === 'no-match' || r.reason === 'off-course');
}

/** The topic of the entry /ask answers a text with, or suggests first; none when it would refuse. */
export function topicOfAnswer(matcher: Pick<Matcher, 'match'>, text: string): string | undefined {
  const r = matcher.match(text);
  return r.status === 'unknown' ? undefined : (r.entry ?? r.suggestions[0])?.topic;
}

export function matchReply(deps: Pick<AskDeps, 'kb' | 'matcher'>, result: MatchResult): Reply {
  const note = result.truncated ? MESSAGES.askTruncated : undefined;
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
  return { body: refusalText(result), tone: 'refusal' };
}

/** Why a question is refused, in its own words where it has them: another subject's, words the notes never use, or no note close enough. */
/**
 * Little words of the other languages students write in (Spanish, French, German, Portuguese, Italian): a refused
 * question with two of them is in another language, not misspelt ("¿Por qué Stalin colectivizó la agricultura?").
 */
const OTHER_LANGUAGE_WORDS = new Set(
  // Read as normaliseText leaves them: lower case, accents off ("qué" is "que").
  'por que porque cuando como el los las del una para fue fueron pourquoi quand comment est sont les des une pour qui quel quelle warum wann wie ist sind der das und nicht eine einer quando foi sao perche chi erano'.split(' '),
);

function refusalText(result: MatchResult): string {
  const why = refusalWords(result);
  const typed = normaliseText(result.query).split(' ');
  if (typed.filter((w) => OTHER_LANGUAGE_WORDS.has(w)).length >= 2 && why?.kind !== 'other-subject') return MESSAGES.askNotEnglish;
  // Never quoted back: a word of an e-mail address or a phone number the student typed ("ella", "07700").
  const kept = new Set(normaliseText(redactPersonalData(result.query)).split(' '));
  const words = why?.words.filter((w) => w.split(' ').every((part) => kept.has(part))) ?? [];
  if (!why || words.length === 0) return MESSAGES.askUnknown;
  return why.kind === 'other-subject' ? MESSAGES.askOtherSubject(words) : MESSAGES.askUnknownWords(words);
}

/** The "Remember this" button, last under an answer: it keeps the answer in the student's review deck (/review). */
export function withRememberButton(reply: Reply, entryId: string): Reply {
  return { ...reply, buttons: [...(reply.buttons ?? []), { action: `${REMEMBER_ACTION}:${entryId}`, label: REVIEW_MESSAGES.rememberButton, style: 'secondary', key: 'R' }] };
}

/** Room for each part's answer in a reply of several parts (an embed description holds 4096 characters). */
const PART_ANSWER_ROOM = 1100;
const POINT_ROOM = 240;
/** A first sentence shorter than this says too little alone ("Probably not.", "Several factors combined."). */
const SAYS_LITTLE = 60;

/** The opening of an answer: its first sentence, with the next while what it has says too little alone. */
function opening(text: string, room: number): string {
  const [first = text, ...rest] = sentencesOf(text);
  let said = first;
  for (const next of rest) {
    if (said.length >= SAYS_LITTLE || said.length + 1 + next.length > room) break;
    said = `${said} ${next}`;
  }
  return clip(said, room);
}

/** Several questions in one: each part's answer with its own topic and sources, and a button to each. */
export function partsReply(kb: KnowledgeBase, parts: readonly AnswerEntry[], unanswered: readonly string[]): Reply {
  const sections = parts.map((e, i) => {
    const topic = kb.topics.find((t) => t.id === e.topic)?.title ?? e.topic;
    return `**${i + 1}. ${e.question}**\n${clip(e.answer, PART_ANSWER_ROOM)}\n*Topic: ${topic} · Sources: ${sourceTitles(kb, e.sources)}*`;
  });
  return {
    title: MESSAGES.askPartsTitle(parts.length),
    // Which parts got no answer of their own, by their words, so none is dropped without a word.
    body: [...sections, ...(unanswered.length > 0 ? [MESSAGES.askPartsUnanswered(unanswered.slice(0, 3).map((p) => clip(p, 90)), unanswered.length)] : [])].join('\n\n'),
    buttons: parts.map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'secondary' as const })),
    tone: 'answer',
  };
}

/** A broad or essay question no single entry answers: the best few entries, one sentence and one button each. */
export function pointsReply(kb: KnowledgeBase, points: readonly AnswerEntry[]): Reply {
  return {
    title: MESSAGES.askPointsTitle,
    body: [MESSAGES.askPoints, ...points.map((e) => `• **${e.question}** ${opening(e.answer, POINT_ROOM)}`)].join('\n'),
    buttons: points.map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'primary' as const })),
    tone: 'unsure',
  };
}

/** A sentence that gives an example ("such as", "for example"). */
const EXAMPLE = /\b(?:for example|for instance|such as|e\.g\.|including|an example)\b/i;

/**
 * The last answer asked about again: its first sentences for "explain that simpler" (the rest is a click
 * away), or whole with the questions that go further for "give me an example" and "tell me more".
 */
function requestReply(deps: Pick<AskDeps, 'kb' | 'matcher'>, entry: AnswerEntry, request: 'simpler' | 'further', withExamples = false): Reply {
  const full = answerReply(deps.kb, deps.matcher, entry);
  if (request === 'further') {
    // "Give me an example": the answer's own examples first, when it gives some.
    const examples = withExamples ? sentencesOf(entry.answer).filter((s) => EXAMPLE.test(s)) : [];
    const body = examples.length > 0 ? `${MESSAGES.askExamples}\n${examples.join(' ')}` : entry.answer;
    return { ...full, body: (full.buttons ?? []).length > 0 ? `${body}\n\n${MESSAGES.askFurther}` : body };
  }
  return { ...full, body: `${MESSAGES.askSimpler}\n${sentencesOf(entry.answer).slice(0, 2).join(' ')}` };
}

/** The reply to a whole question: its parts, the points for an essay, or the one match. */
export function outcomeReply(deps: Pick<AskDeps, 'kb' | 'matcher'>, outcome: AskOutcome): Reply {
  const parts = outcome.parts.flatMap((r) => (r.entry ? [r.entry] : []));
  if (parts.length >= 2) return partsReply(deps.kb, parts, outcome.unanswered);
  if (outcome.points.length >= 2) return pointsReply(deps.kb, outcome.points);
  return matchReply(deps, outcome.primary);
}

/**
 * Answers a question in the conversation it is part of: a follow-up ("how long did it take?") is read
 * with the student's last answer (src/matching/follow-up.ts) when that finds an answer, and says so.
 */
function askInConversation(
  deps: Pick<AskDeps, 'matcher' | 'conversation'>,
  reader: SubjectReader,
  question: string,
  memoryKey: string,
  now: number,
): { outcome: AskOutcome; followUpNote?: string; after?: string; request?: { readonly kind: 'simpler' | 'further'; readonly entry: AnswerEntry } } {
  // "Explain that simpler", "give me an example": the last answer again, short or with where to go next.
  const request = requestAboutLast(question, reader.lexicon);
  const last = request ? deps.conversation.recall(memoryKey, now) : undefined;
  const lastEntry = last ? deps.matcher.entry(last.entryId) : undefined;
  if (request && last && lastEntry) {
    const primary: MatchResult = { query: question, status: 'answered', reason: null, entry: lastEntry, matchedQuestion: lastEntry.question, confidence: 1, suggestions: [], alternatives: [], truncated: false };
    return { outcome: { primary, parts: [], unanswered: [], points: [] }, followUpNote: MESSAGES.askFollowUp(last.question), after: lastEntry.id, request: { kind: request, entry: lastEntry } };
  }
  const outcome = askQuestion(deps.matcher, question);
  // A question of several parts names what each part is about; "who are you?" asks about the tutor, whatever came before.
  if (outcome.parts.length > 0 || outcome.primary.reason === 'about-tutor') return { outcome };
  // A question that names another subject or period ("what was the cold war?") asks about that, whatever came before.
  if ((outcome.primary.unfamiliar?.otherSubject.length ?? 0) > 0) return { outcome };
  const leans = leansOnPrevious(question, reader);
  // A question that surely leans is read with the last answer; one that may lean only when alone it finds
  // no answer, or a weak one; one that names its own subject never.
  const unsure = outcome.points.length === 0 && (outcome.primary.status === 'unsure' || outcome.primary.reason === 'empty' || outcome.primary.confidence < FOLLOW_UP_DEFAULTS.doubtfulBelow);
  // "Who won love island?" after an answer: refused alone, with words the notes never use and pointing back at
  // nothing, it asks about something else ("when did the first line open?", in the notes' words, may still lean).
  // Worked out only when it decides (it ranks the question again).
  const refusedAlone = () =>
    outcome.primary.status === 'unknown' && outcome.primary.reason !== 'empty' && !pointsBack(question) && deps.matcher.rank(question).terms.some((t) => !t.known);
  const previous = leans === 'yes' || (leans === 'maybe' && unsure && !refusedAlone()) ? deps.conversation.recall(memoryKey, now) : undefined;
  const previousEntry = previous ? deps.matcher.entry(previous.entryId) : undefined;
  // Exam advice asked in words of its own is answered as asked, whatever came before.
  if (!previous || !previousEntry || outcome.primary.entry?.kind === 'skill') return { outcome };
  const text = readWithPrevious(question, previous.question, reader);
  let together = askQuestion(deps.matcher, text);
  // Exam advice follows exam advice ("and the conclusion?" after the introduction): the skills entries answer it.
  if (previousEntry.kind !== 'skill' || together.primary.entry?.kind !== 'skill') {
    const [best, ...behind] = rankFollowUp(deps.matcher.rank(text).candidates, deps.matcher.rank(followUpAlone(question, previous.question, reader)).candidates, { topic: previousEntry.topic, is: sameAs(previousEntry) }, {
      sure: leans === 'yes',
      asksAnew: asksSomethingNew(question, previousEntry, reader.lexicon),
      intents: intentsOf(question),
    });
    // A close call is offered with the entries close behind, as any answer is: a follow-up is often a guess.
    const close = behind.filter((r) => best && best.score - r.score <= FOLLOW_UP_DEFAULTS.hedgeMargin).slice(0, FOLLOW_UP_DEFAULTS.maxHedged).map((r) => r.entry);
    if (best) together = { ...together, primary: { ...together.primary, entry: best.entry, matchedQuestion: best.entry.question, alternatives: close } };
  }
  // Read with the last question, an entry it is unsure of but puts first is the one the conversation points to.
  const first = together.primary.status === 'unsure' && leans === 'yes' ? together.primary.suggestions[0] : undefined;
  if (first && first.id === together.primary.entry?.id) together = { ...together, primary: { ...together.primary, status: 'answered', suggestions: [] } };
  if (together.primary.status !== 'answered' || !together.primary.entry) return { outcome };
  // A question that may lean and says the same read alone is answered as asked, with no note.
  if (leans !== 'yes' && outcome.primary.status === 'answered' && outcome.parts.length === 0 && outcome.points.length === 0 && outcome.primary.entry?.id === together.primary.entry.id) return { outcome };
  // One entry answers a follow-up: the parts or points of the longer text read with the last question are not the student's.
  return { outcome: { primary: { ...together.primary, query: outcome.primary.query }, parts: [], unanswered: [], points: [] }, followUpNote: MESSAGES.askFollowUp(previous.question), after: previousEntry.id };
}

/**
 * A question asked again as it was asked (for the teacher's lists, src/missed/recheck.ts): a follow-up is read
 * with the answer it followed (`after`), since alone it may mean something else ("why was he killed").
 */
export function createAskAgain(deps: Pick<AskDeps, 'kb' | 'matcher'>): AskAgain {
  let reader: SubjectReader | undefined;
  return (question, after) => {
    const previous = after !== undefined ? deps.matcher.entry(after) : undefined;
    if (!previous) return deps.matcher.match(question);
    const conversation: ConversationMemory = {
      recall: () => ({ entryId: previous.id, question: previous.question }),
      remember: () => undefined,
      recallTopic: () => previous.topic,
      rememberTopic: () => undefined,
    };
    return askInConversation({ matcher: deps.matcher, conversation }, (reader ??= courseSubjectReader(deps.kb)), question, '', 0).outcome.primary;
  };
}

/**
 * Exam advice for the class's level: "how do I answer a how far question" in an A-level class gets the A-level
 * advice on that kind of question, as the teacher set with /tutor level, where the words alone fit the GCSE one.
 */
function adviceForLevel(deps: Pick<AskDeps, 'kb' | 'matcher'>, outcome: AskOutcome, level: ClassLevel): AskOutcome {
  const given = outcome.primary.entry;
  const skillOf = (id: string) => deps.kb.skills.find((s) => s.id === id);
  const skill = given ? skillOf(given.id) : undefined;
  if (!skill || skill.level === 'both' || skill.level === level) return outcome;
  const fits = (id: string) => {
    const other = skillOf(id);
    return other !== undefined && other.kind === skill.kind && (other.level === level || other.level === 'both');
  };
  const ranked = deps.matcher.rank(outcome.primary.query).candidates.find((c) => fits(c.entry.id))?.entry;
  const better = ranked ?? deps.kb.skills.filter((s) => fits(s.id)).flatMap((s) => deps.matcher.entry(s.id) ?? [])[0];
  return better ? { ...outcome, primary: { ...outcome.primary, entry: better, matchedQuestion: better.question } } : outcome;
}

/**
 * Notes to build a declined essay from: the points an essay question gets, or else the entry that answers it
 * and those close behind, then its related questions, so a 16-marker gets several notes rather than one.
 */
function essayNotes(matcher: Matcher, essay: AskOutcome, subject: string): AnswerEntry[] {
  if (essay.points.length > 0) return [...essay.points];
  const related = (essay.primary.entry?.related ?? []).flatMap((id) => matcher.entry(id) ?? []);
  // A person's or term's card has no related questions: the questions ranked next for the subject stand in.
  const ranked = matcher.rank(subject).candidates.map((c) => c.entry).filter((e) => e.kind === 'question');
  const notes = new Map([...offeredEntries(essay.primary), ...related, ...ranked].map((e) => [e.id, e]));
  return [...notes.values()].slice(0, MAX_POINTS);
}

/** The entry, or a person's or term's card on what it asks about ("Dizzy with Success" for "What was Stalin's Dizzy with Success article?"). */
function sameAs(entry: AnswerEntry): (other: AnswerEntry) => boolean {
  const asked = ` ${normaliseText(entry.question)} `;
  return (other) => other.id === entry.id || (other.kind !== 'question' && (other.names ?? []).some((n) => asked.includes(` ${normaliseText(n)} `)));
}

export function createAskCommand(deps: AskDeps): Command {
  let reader: SubjectReader | undefined;
  return {
    spec: {
      name: 'ask',
      description: "Ask a question about Stalin's USSR, 1924–1941",
      options: [{ name: 'question', description: 'Your question, in your own words', type: 'string', required: true, autocomplete: true, maxLength: 1000 }],
    },
    async run(input, ctx) {
      const question = stringOption(input, 'question') ?? '';
      if (ctx.guildId !== null && question.trim()) deps.onAsked?.(ctx.guildId, ctx.userId);
      // "Thx ur actually useful", "hi": a friendly word back, not a refusal, and nothing for the teacher's list.
      const pleasantry = readPleasantry(question);
      if (pleasantry) return { body: MESSAGES.askPleasantry[pleasantry], private: true, tone: 'info' };
      const memoryKey = `${ctx.guildId ?? deps.dmGuildId}:${ctx.channelId}:${ctx.userId}`;
      const now = deps.now().getTime();
      // "Test me on the famine", "summary of the whole topic", "write my essay": met where they can be.
      const request = readRevisionRequest(question);
      // "tl;dr", "sum it up" just after an answer ask for that answer in short, not for a topic's summary.
      const aboutLast = request?.subject === '' && requestAboutLast(question, (reader ??= courseSubjectReader(deps.kb)).lexicon) && deps.conversation.recall(memoryKey, now);
      if (request && !aboutLast && !namesAnotherSubject(deps, request)) {
        // "Give me the key terms" goes on with the topic the student was last on, an answer's or a revision reply's.
        const topic = requestedTopic(deps.topics, deps.kb, request, deps.conversation.recallTopic(memoryKey, now), (subject) => topicOfAnswer(deps.matcher, subject));
        const essay = request.kind === 'write-essay' ? askQuestion(deps.matcher, request.subject || question) : undefined;
        const points = essay ? essayNotes(deps.matcher, essay, request.subject || question) : [];
        const reply = revisionReply(deps.kb, request, topic, points);
        if (reply && topic) deps.conversation.rememberTopic(memoryKey, topic.id, now);
        if (reply) return reply;
      }
      const asked = askInConversation(deps, (reader ??= courseSubjectReader(deps.kb)), question, memoryKey, now);
      const level = ctx.guildId !== null && asked.outcome.primary.entry?.kind === 'skill' ? await deps.classLevel?.(ctx.guildId) : undefined;
      const { outcome, followUpNote, after, request: about } = level ? { ...asked, outcome: adviceForLevel(deps, asked.outcome, level) } : asked;
      const result = outcome.primary;
      if (result.status === 'answered' && result.entry) {
        deps.conversation.remember(memoryKey, { entryId: result.entry.id, question: result.entry.question }, now);
        deps.conversation.rememberTopic(memoryKey, result.entry.topic, now);
      }
      // Nothing to add to the notes for an empty question or one about the tutor itself.
      // A store that cannot save (a full disk, a file from a newer version) must not cost the student the reply.
      if (result.status !== 'answered' && result.reason !== 'empty' && result.reason !== 'about-tutor')
        await deps.missed.record(ctx.guildId ?? deps.dmGuildId, result.query, deps.now()).catch(deps.onRecordError);
      const answered = about ? requestReply(deps, about.entry, about.kind, asksForExample(question)) : outcomeReply(deps, outcome);
      // A wrong date in the question is put right first, whatever it is answered with; a refused question has nothing to put right.
      const wrongDates = result.status === 'unknown' && outcome.parts.length === 0 ? [] : (deps.wrongDates?.(question) ?? []);
      const notes = [followUpNote ? `*${followUpNote}*` : undefined, wrongDates.length > 0 ? MESSAGES.askWrongDate(wrongDates) : undefined].filter(Boolean);
      const reply = notes.length > 0 ? { ...answered, body: `${notes.join('\n')}\n\n${answered.body}` } : answered;
      // One answer outright, to a question worded otherwise than the entry's own: the student can say it
      // missed their question. (An entry's own question, as autocomplete offers it, is what they asked.)
      if (result.status !== 'answered' || !result.entry || outcome.parts.length > 0 || outcome.points.length > 0) return reply;
      const entryId = result.entry.id;
      const aloud = (r: Reply) => (deps.readAloud ? deps.readAloud(r, ctx, entryId) : r);
      if (normaliseText(result.query) === normaliseText(result.entry.question)) return aloud(withRememberButton(reply, entryId));
      const token = deps.feedback.remember(ctx.guildId ?? deps.dmGuildId, result.query, entryId, after);
      return aloud(withRememberButton({ ...reply, buttons: [...(reply.buttons ?? []), { action: `${FEEDBACK_ACTION}:${token}`, label: MESSAGES.askFeedbackButton, style: 'secondary' }] }, entryId));
    },
    autocomplete(_option, partial) {
      return deps.autocomplete(partial, 25);
    },
  };
}

/** Buttons for related questions and suggestions: answer privately, to the one who clicked. */
export function createAskAction(deps: Pick<AskDeps, 'kb' | 'matcher' | 'readAloud'>): ActionHandler {
  return {
    prefix: ASK_ACTION,
    run([entryId], ctx) {
      const entry = entryId ? deps.matcher.entry(entryId) : undefined;
      if (!entry) return { body: MESSAGES.unknownAction, private: true, tone: 'error' };
      const reply = withRememberButton(answerReply(deps.kb, deps.matcher, entry, { private: true }), entry.id);
      return deps.readAloud ? deps.readAloud(reply, ctx, entry.id) : reply;
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
      const { guildId, question, entryId, after } = pressed.answer;
      await deps.missed.record(guildId, question, deps.now(), entryId, after).catch(deps.onRecordError);
      return { body: MESSAGES.askFeedbackThanks, private: true, tone: 'success' };
    },
  };
}
