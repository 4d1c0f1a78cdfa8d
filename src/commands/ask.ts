// /ask <question>: answers from the knowledge base, offers suggestions when unsure, refuses what is
// outside the course, and records what it could not answer for the teacher.
import { answerableEntries, type AnswerEntry } from '../knowledge/answerable.js';
import type { ExamBoard, KnowledgeBase, Source } from '../knowledge/schema.js';
import { adviceForClass } from './exam-advice.js';
import { clip } from '../knowledge/question-autocomplete.js';
import { answerPoint, clipAtWord } from './answer-opening.js';
import { askQuestion, asksGeneralKnowledge, MAX_POINTS, namesTheCourse, offeredEntries, createInstructionReader, type AskOutcome } from '../matching/ask-question.js';
import { readRevisionRequest, type RevisionRequest } from '../matching/revision-request.js';
import type { TopicFinder } from '../knowledge/topic-finder.js';
import { requestedTopic, revisionReply, type TopicResult } from './revision.js';
import { revisionTarget, type ReadAloud } from './voice.js';
import { readPleasantry } from '../matching/pleasantry.js';
import { readFeeling } from '../matching/feeling.js';
import { seriesAsked } from './ask-charts.js';
import { createDistressReader, speaksOfDeath } from '../matching/wellbeing.js';
import { aboutAnotherMan, successorAsked, doubtedDate, readComplaint, manTheAnswerGave, correctedQuestion, entryOfTheKind, kindQuery, quoteAnswers, asksAFact, asksATitle, saysWhoDidIt, asksWhatCameOfAims, asksWhichOfThem, asksHowItEnded, endOfTheMan, outsideDecade, aboutTheSameAs, asksOnlyItsKind, asksWhichWeighsMost, rightAsCorrect, weighsImportance, fitsWhatIsAsked, leansByNoWord, comparesLast, manMeant, previousAsRead, answerPart, asksForExample, asksSomethingNew, courseSubjectReader, fittingPart, followUpAlone, FOLLOW_UP_DEFAULTS, givesExamples, leansByEllipsis, leansOnPrevious, meaningAsked, pointsBack, readWithPrevious, personIn, rankFollowUp, requestAboutLast, simplerAsking, successorIn, type AnswerPart, type ConversationMemory, type RememberedWord, type RequestAboutLast, type SubjectReader } from '../matching/follow-up.js';
import { normaliseText, sentencesOf } from '../matching/normalise.js';
import { generalDictionary, hardWord, plainMeaning, simplerMeaning, type Sense } from '../matching/dictionary.js';
import { intentsOf, type Intent } from '../matching/intent.js';
import { FEEDBACK_ACTION, type AnswerFeedback } from './answer-feedback.js';
import { askOfSubject, withNamedFactors } from './ask-subject.js';
import { atPlainestReply, pointsInShort, rememberSimplerShown, simplerShown, simplerStep, simplerText, wordInUse, wordsExplained } from './simpler.js';
import { readSubjectRequest } from '../matching/subject-request.js';
import { extractsTurn } from './extracts-reply.js';
import { refusalWords, type Matcher, type MatchResult } from '../matching/matcher.js';
import { MATCHER_DEFAULTS } from '../matching/defaults.js';
import { isContentTerm, stem } from '../matching/vocabulary.js';
import { redactPersonalData, type MissedQuestions } from '../missed/missed-questions.js';
import type { AskAgain } from '../missed/recheck.js';
import { MESSAGES, REVIEW_MESSAGES, REVISION_MESSAGES } from '../messages.js';
import type { ClassLevel } from '../quiz/fairness.js';
import { KEYS } from './keys.js';
import { REMEMBER_ACTION } from './review-view.js';
import type { ActionHandler, Choice, Command, CommandContext, Reply } from './types.js';
import { shownAsTyped, stringOption } from './types.js';

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
  /** Adds a Read aloud button to an answer or a revision reply when the student is in a voice channel the tutor can speak in (issue 17): it reads the part shown. */
  readonly readAloud?: ReadAloud;
  /** The course's dated facts a question gives a wrong year ("Why was Kirov murdered in 1936?"), to say so above the answer. */
  readonly wrongDates?: (question: string) => readonly string[];
  /** The corrections of the common misconceptions a question states or asks about ("Why did Beria start the Terror?"), to say above the answer. */
  readonly premises?: (question: string) => readonly string[];
  /** The class a server's teacher set (/tutor level): exam advice for that level comes first. */
  readonly classLevel?: (guildId: string) => Promise<ClassLevel | null>;
  /** The class's exam board (/tutor board): exam advice follows its papers (src/commands/exam-advice.ts). */
  readonly classBoard?: (guildId: string) => Promise<ExamBoard | null>;
  /**
   * A student's own results per topic, weakest first (their quiz answers and /practice marks: studentTopicResults), for
   * where to start and a revision plan; shown to them alone. Empty when they have none.
   */
  readonly studentResults?: (guildId: string, userId: string) => Promise<readonly TopicResult[]>;
}

export const ASK_ACTION = 'ask';

/**
 * An option of /ask's run that no platform offers (it is not in the spec, so Discord never sends it): what to say
 * instead of any reply but a sure answer. The console passes it for a line typed without a slash that only reads as
 * saying something ("hold on my mum is calling", "lol that is funny"). A sure answer is one course answer to the line
 * read alone, with none close behind it (no "Is this not what you asked?"), or an answer to each part of it; a
 * refusal, a "did you mean" list, or a reply read with the last answer ("lol that is funny" as a follow-up) is not.
 * With the option, nothing is recorded in the teacher's list of missed questions, and the conversation is left as it
 * was when the answer is not sure.
 */
export const ASK_UNLESS_SURE_OPTION = 'unless-sure';

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

/**
 * The reply to one match. `inServer`: a "did you mean" list or a refusal, which may quote the student's own words
 * ("I don't know the words “jake” and “mary”"), is shown to them alone, not to the class.
 */
export function matchReply(deps: Pick<AskDeps, 'kb' | 'matcher'>, result: MatchResult, inServer = false): Reply {
  const quietly = inServer ? { private: true } : {};
  const note = result.truncated ? MESSAGES.askTruncated : undefined;
  if (result.status === 'answered' && result.entry)
    return answerReply(deps.kb, deps.matcher, result.entry, { alternatives: result.alternatives, ...(note ? { note } : {}) });
  if (result.status === 'unsure')
    return {
      body: MESSAGES.askUnsure,
      buttons: result.suggestions.map((s) => ({ action: `${ASK_ACTION}:${s.id}`, label: s.question, style: 'primary' as const })),
      tone: 'unsure',
      ...quietly,
    };
  // Letters, but none the tutor reads (Cyrillic, Chinese…): say so rather than "ask me a question".
  if (result.reason === 'empty') return { body: /(?=\p{L})\P{Script=Latin}/u.test(result.query) ? MESSAGES.askNotEnglish : MESSAGES.askEmpty, private: true, tone: 'info' };
  if (result.reason === 'about-tutor') return { body: MESSAGES.askAboutTutor, tone: 'info' };
  const { body, offered } = refusal(deps.matcher, result);
  return {
    body,
    // "Did you mean Yezhov?": the card of each course name a quoted word comes close to.
    ...(offered.length > 0 ? { buttons: offered.map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'primary' as const })) } : {}),
    tone: 'refusal',
    ...quietly,
  };
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

function refusal(matcher: Pick<Matcher, 'entry' | 'rank'>, result: MatchResult): { body: string; offered: AnswerEntry[] } {
  const why = refusalWords(result);
  const typed = normaliseText(result.query).split(' ');
  if (typed.filter((w) => OTHER_LANGUAGE_WORDS.has(w)).length >= 2 && why?.kind !== 'other-subject') return { body: MESSAGES.askNotEnglish, offered: [] };
  // Never quoted back: a word of an e-mail address or a phone number the student typed ("ella", "07700").
  const kept = new Set(normaliseText(redactPersonalData(result.query)).split(' '));
  const words = why?.words.filter((w) => w.split(' ').every((part) => kept.has(part))) ?? [];
  // "What is the capital of France?": outside the course, not a gap in its notes.
  if (!why || words.length === 0) return { body: asksGeneralKnowledge(matcher, result.query) ? MESSAGES.askGeneralKnowledge : MESSAGES.askUnknown, offered: [] };
  // Hitler, or Khrushchev after 1941: outside the course's focus, but the course meets them; its entries that do are offered.
  const involving = why.kind === 'other-subject' ? (result.unfamiliar?.involving ?? []).flatMap((id) => matcher.entry(id) ?? []) : [];
  if (involving.length > 0) return { body: MESSAGES.askOutsideFocus(words), offered: involving };
  if (why.kind === 'other-subject') return { body: MESSAGES.askOtherSubject(words), offered: [] };
  // The course names the quoted words come close to, each once, with its card.
  const near = (result.unfamiliar?.nearNames ?? []).filter((n) => words.includes(n.typed));
  const offered = [...new Map(near.flatMap((n) => { const e = matcher.entry(n.entryId); return e ? [[e.id, { e, name: n.name }] as const] : []; })).values()];
  return { body: MESSAGES.askUnknownWords(words, offered.map((o) => o.name)), offered: offered.map((o) => o.e) };
}

/** The "Remember this" button, last under an answer: it keeps the answer in the student's review deck (/review). */
export function withRememberButton(reply: Reply, entryId: string): Reply {
  return { ...reply, buttons: [...(reply.buttons ?? []), { action: `${REMEMBER_ACTION}:${entryId}`, label: REVIEW_MESSAGES.rememberButton, style: 'secondary', key: KEYS.remember }] };
}

/**
 * The line under one part's answer, as answerFrame frames a whole answer: exam advice its level, any other entry its
 * topic, then its sources when it has any a student is shown (never an empty "Sources:").
 */
function partFrame(kb: KnowledgeBase, entry: AnswerEntry): string {
  const skill = entry.kind === 'skill' ? kb.skills.find((s) => s.id === entry.id) : undefined;
  const sources = sourceTitles(kb, entry.sources);
  const where = skill ? `Exam skills: ${MESSAGES.skillLevel(skill.level)}` : `Topic: ${kb.topics.find((t) => t.id === entry.topic)?.title ?? entry.topic}`;
  return sources ? `${where} · Sources: ${sources}` : where;
}

/** Room for each part's answer in a reply of several parts (an embed description holds 4096 characters). */
const PART_ANSWER_ROOM = 1100;
/** Room for each essay point: a claim and its evidence (MAX_POINTS of them stay far inside an embed). */
const POINT_ROOM = 340;
/**
 * Several questions in one: each part's answer with its own topic and sources, and a button to each. `inServer`:
 * a reply that quotes the parts left unanswered, in the student's own words, is shown to them alone.
 */
export function partsReply(kb: KnowledgeBase, parts: readonly AnswerEntry[], unanswered: readonly string[], inServer = false): Reply {
  const sections = parts.map((e, i) => `**${i + 1}. ${e.question}**\n${clipAtWord(e.answer, PART_ANSWER_ROOM)}\n*${partFrame(kb, e)}*`);
  return {
    title: MESSAGES.askPartsTitle(parts.length),
    // Which parts got no answer of their own, by their words, so none is dropped without a word.
    body: [...sections, ...(unanswered.length > 0 ? [MESSAGES.askPartsUnanswered(unanswered.slice(0, 3).map((p) => clip(p, 90)), unanswered.length)] : [])].join('\n\n'),
    buttons: parts.map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'secondary' as const })),
    tone: 'answer',
    ...(inServer && unanswered.length > 0 ? { private: true } : {}),
  };
}

/** A broad or essay question no single entry answers: the best few entries, one sentence and one button each. */
export function pointsReply(kb: KnowledgeBase, points: readonly AnswerEntry[]): Reply {
  return {
    title: MESSAGES.askPointsTitle,
    body: [MESSAGES.askPoints, ...points.map((e) => `• **${e.question}** ${answerPoint(e.answer, POINT_ROOM)}`)].join('\n'),
    buttons: points.map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'primary' as const })),
    tone: 'unsure',
  };
}

/**
 * The last answer asked about again: its first sentences for "explain that simpler" (the rest is a click
 * away), its own examples for "give me an example", the questions that go further for "tell me more" (never
 * the answer again), or whole for "say it again".
 */
function requestReply(deps: Pick<AskDeps, 'kb' | 'matcher'>, entry: AnswerEntry, request: RequestAboutLast, part: AnswerPart | undefined, question: string, shown?: { readonly memory: object; readonly key: string }): Reply {
  const full = answerReply(deps.kb, deps.matcher, entry);
  if (request === 'again') return full;
  if (request === 'further') {
    // "Tell me more", or "give me an example" of an answer that gives none: said plainly, with the questions that go further, never the answer again.
    if (part !== 'examples') return (asksForExample(question) && (termExampleReply(deps, entry, full) || exampleNextDoorReply(deps, entry, full))) || noExampleReply(deps, entry, full, asksForExample(question) ? MESSAGES.askNoExamples : MESSAGES.askMore);
    // "Give me an example": the answer's own examples.
    const body = `${MESSAGES.askExamples}\n${answerPart(entry.answer, part)}`;
    return { ...full, body: (full.buttons ?? []).length > 0 ? `${body}\n\n${MESSAGES.askFurther}` : body };
  }
  // "Shorter pls": the short version; "explain like I'm 10" plainer still, in shorter sentences and plain words; either with
  // the course's words in it explained from the glossary. A debate's short version keeps every side (src/commands/simpler.ts).
  // Each step plainer or shorter than what the last showed, never the same text again (simplerStep).
  const step = simplerStep(deps.kb, entry.answer, question, entry.question, shown ? simplerShown(shown.memory, shown.key, entry.id) : undefined);
  if (shown) rememberSimplerShown(shown.memory, shown.key, { entryId: entry.id, bare: step.bare });
  if (step.atPlainest) return atPlainestReply(deps.kb, full, step);
  const shortText = step.text;
  const words = step.words;
  const short = [`${MESSAGES.askSimpler}\n${shortText}`, ...(words.length > 0 ? [MESSAGES.askWordsExplained(words)] : [])].join('\n\n');
  // "I don't understand": the short version, and how to ask what a hard word of it means.
  return { ...full, body: request === 'confused' ? `${short}\n\n${MESSAGES.askConfusedWord(hardWord(step.bare))}` : short };
}

/** "Explain like I'm 10" or "shorter pls" just after a points reply: every point, simpler, with the course's words in them explained and the same buttons. */
function pointsInShortReply(kb: KnowledgeBase, points: readonly AnswerEntry[], kind: RequestAboutLast, question: string): Reply {
  const text = pointsInShort(kb, points, question);
  const words = wordsExplained(kb, text);
  const short = [`${MESSAGES.askSimpler}\n${text}`, ...(words.length > 0 ? [MESSAGES.askWordsExplained(words)] : [])].join('\n\n');
  return { ...pointsReply(kb, points), body: kind === 'confused' ? `${short}\n\n${MESSAGES.askConfusedWord(hardWord(text))}` : short };
}

/** "Give me an example" after a word's card that gives none ("what does proletariat mean"): a sentence of the notes that uses the word, with its question as a button. */
function termExampleReply(deps: Pick<AskDeps, 'kb' | 'matcher'>, entry: AnswerEntry, full: Reply): Reply | undefined {
  const used = entry.kind === 'term' ? wordInUse(deps.kb, entry.names ?? []) : undefined;
  const from = used ? deps.matcher.entry(used.questionId) : undefined;
  if (!used || !from) return undefined;
  return { ...full, body: MESSAGES.askWordInNotes(entry.names?.[0] ?? entry.question, used.sentence), buttons: [{ action: `${ASK_ACTION}:${from.id}`, label: from.question, style: 'secondary' as const }] };
}

/** How many entries ranked for an answer's question are looked through for a neighbour that gives an example. */
const EXAMPLE_NEAR = 6;

/**
 * "Give me an example" of an answer that gives none ("why was the First Plan declared complete early?"): the first of its
 * close neighbours, linked to it or ranked near it, of the same topic, whose answer gives one, with that example quoted
 * and its question as the first button. Undefined when none does.
 */
function exampleNextDoorReply(deps: Pick<AskDeps, 'kb' | 'matcher'>, entry: AnswerEntry, full: Reply): Reply | undefined {
  const near = [...entry.related.flatMap((id) => deps.matcher.entry(id) ?? []), ...deps.matcher.rank(entry.question).candidates.slice(0, EXAMPLE_NEAR).map((c) => c.entry)];
  const next = near.find((e) => e.id !== entry.id && e.kind === 'question' && e.topic === entry.topic && givesExamples(e.answer));
  if (!next) return undefined;
  const buttons = [{ action: `${ASK_ACTION}:${next.id}`, label: next.question, style: 'secondary' as const }, ...(full.buttons ?? []).filter((b) => b.action !== `${ASK_ACTION}:${next.id}`)];
  return { ...full, body: `${MESSAGES.askNoExamples(buttons.length)}\n\n${MESSAGES.askExampleNextDoor(next.question, answerPart(next.answer, 'examples'))}`, buttons };
}

/** "Give me an example" of an answer that gives none, or "tell me more": said so (`say`), and its related questions (else the closest others) as buttons. */
function noExampleReply(deps: Pick<AskDeps, 'kb' | 'matcher'>, entry: AnswerEntry, full: Reply, say: (buttons: number) => string): Reply {
  const related = (full.buttons ?? []).length > 0 ? (full.buttons ?? []) : deps.matcher
    .rank(entry.question)
    .candidates.map((c) => c.entry)
    .filter((e) => e.id !== entry.id)
    .slice(0, MATCHER_DEFAULTS.maxRelated)
    .map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'secondary' as const }));
  return { ...full, body: say(related.length), buttons: related };
}

/** The part of the last answer a request shows, for Read aloud to read: its short version, or its examples. */
function partShown(request: { readonly kind: RequestAboutLast; readonly entry: AnswerEntry } | undefined, question: string): AnswerPart | undefined {
  if (request?.kind === 'simpler' || request?.kind === 'confused') return 'short';
  return request?.kind === 'further' && asksForExample(question) && givesExamples(request.entry.answer) ? 'examples' : undefined;
}

/**
 * A follow-up the last answer is still the best answer to: never that answer again as if it were new, but
 * a plain word that it is the best the notes have, the sentences of it that fit what was asked, and the
 * closest other entries as buttons.
 */
function sameAnswerReply(deps: Pick<AskDeps, 'kb' | 'matcher'>, entry: AnswerEntry, question: string, others: readonly AnswerEntry[], reader?: SubjectReader): Reply {
  const full = answerReply(deps.kb, deps.matcher, entry, { alternatives: others });
  const fits = fittingPart(question, entry.answer, deps.matcher.lexicon, reader?.people);
  // A sentence of it that answers is quoted with no dead-end line above it: the student has their answer.
  const answers = fits !== undefined && reader !== undefined && quoteAnswers(question, fits, entry.question, reader);
  const lines = [answers ? undefined : MESSAGES.askSameAnswer(entry.question), fits ? MESSAGES.askFittingPart(fits) : undefined, others.length > 0 ? MESSAGES.askAlternatives(others.length) : undefined];
  return { ...full, body: lines.filter(Boolean).join('\n\n') };
}

/** "What does requisitioned mean?" with no card for the word: said so, with the last answer's topic, and the words of that answer the notes do explain. */
function noCardReply(deps: Pick<AskDeps, 'kb' | 'matcher'>, word: string, last: AnswerEntry): Reply {
  const topic = deps.kb.topics.find((t) => t.id === last.topic)?.title;
  const said = ` ${normaliseText(last.answer)} `;
  const explained = answerableEntries(deps.kb)
    .filter((e) => e.kind === 'term')
    .filter((e) => (e.names ?? []).some((n) => said.includes(` ${normaliseText(n)} `)))
    .slice(0, MATCHER_DEFAULTS.maxRelated);
  return {
    body: MESSAGES.askNoCard(word, topic, explained.length),
    buttons: explained.map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'secondary' as const })),
    tone: 'info',
  };
}

/** A question that asks what its subject is ("What was the smychka?", "What does the word 'gulag' stand for?"). */
const DEFINES = /^(?:what|who) (?:is|was|were|are)\b|^what (?:does|did)\b.*\b(?:mean|stand for)\b/i;

/**
 * The card that says what a word means: a glossary or person card by that name, or an entry whose own question
 * asks what it is ("What was the smychka?"). /ask's own answer comes first when it is such a card (so the question
 * gets what it gets alone), then the first card /ask ranks for "what was <word>" named exactly so, then any such card.
 */
function meaningCard(matcher: Matcher, word: string, alone: MatchResult, cards: readonly AnswerEntry[] = []): { card: AnswerEntry; exact: boolean } | undefined {
  const termsOf = (text: string) => new Set(matcher.lexicon.termsOf(normaliseText(text).split(' ')).filter((t) => isContentTerm(t)));
  const typed = termsOf(word);
  if (typed.size === 0) return undefined;
  // The word as typed, then as the matcher corrects its spelling ("stakanovite" is the Stakhanovite's).
  const found = meaningCardOf(matcher, word, typed, termsOf, alone, cards);
  if (found) return found;
  const corrected = new Set(matcher.readTerms(word));
  return corrected.size > 0 && [...corrected].some((t) => !typed.has(t)) ? meaningCardOf(matcher, word, corrected, termsOf, alone, cards) : undefined;
}

function meaningCardOf(
  matcher: Matcher,
  word: string,
  asked: ReadonlySet<string>,
  termsOf: (text: string) => ReadonlySet<string>,
  alone: MatchResult,
  cards: readonly AnswerEntry[],
): { card: AnswerEntry; exact: boolean } | undefined {
  const within = (inner: ReadonlySet<string>, outer: ReadonlySet<string>) => inner.size > 0 && [...inner].every((t) => outer.has(t));
  const names = (e: AnswerEntry) => (e.kind === 'question' ? [] : (e.names ?? [])).map(termsOf);
  const exactly = (e: AnswerEntry) => names(e).some((n) => within(n, asked) && within(asked, n));
  const says = (e: AnswerEntry) => names(e).some((n) => within(asked, n) || within(n, asked)) || (e.kind === 'question' && DEFINES.test(e.question) && within(asked, termsOf(e.question)));
  const ranked = matcher.rank(`what was ${word}`).candidates.map((c) => c.entry);
  // A card named exactly the word ("propaganda") before an answer that only names it in its question ("What were the aims of Soviet propaganda?").
  const saidAlone = alone.entry && says(alone.entry) ? alone.entry : undefined;
  // (Any card by that name, though questions on the word fill the first places ranked: "propaganda"'s aims, methods and effects.)
  // (By its own name, not an alias: "purge" is a name of the Great Terror's card, which says what the Terror was.)
  const named = () => cards.find((e) => e.names?.[0] !== undefined && [termsOf(e.names[0])].some((n) => within(n, asked) && within(asked, n)));
  const card = (saidAlone && exactly(saidAlone) ? saidAlone : undefined) ?? ranked.find(exactly) ?? named() ?? saidAlone ?? ranked.find(says);
  // Exactly the word asked: a card by that name, or one whose own question asks what it is ("permanent revolution" is not "permanent").
  const exact = (e: AnswerEntry) => names(e).some((n) => within(n, asked)) || (e.kind === 'question' && DEFINES.test(e.question) && within(termsOf(e.question), asked));
  return card ? { card, exact: exact(card) } : undefined;
}

/**
 * A word whose every term is in at least this share of the notes' answers is the course's own ("purge",
 * "propaganda", "industrialisation"): its card answers "what does it mean", not an everyday dictionary.
 */
const COURSE_WORD_SHARE = 0.04;
/** How many of the notes' answers each term is in, and the terms of the topics' titles, worked out once per matcher. */
const courseTermCounts = new WeakMap<Matcher, { readonly answers: ReadonlyMap<string, number>; readonly total: number; readonly titles: ReadonlySet<string> }>();

/** Whether a word is one the course uses as its own: each of its terms in many answers, or in a topic's title ("cult", "terror"). */
function isCourseWord(kb: KnowledgeBase, matcher: Matcher, word: string): boolean {
  const termsOf = (text: string) => matcher.lexicon.termsOf(normaliseText(text).split(' ')).filter((t) => isContentTerm(t));
  let counts = courseTermCounts.get(matcher);
  if (!counts) {
    const entries = answerableEntries(kb);
    const answers = new Map<string, number>();
    for (const e of entries) for (const t of new Set(termsOf(e.answer))) answers.set(t, (answers.get(t) ?? 0) + 1);
    counts = { answers, total: entries.length, titles: new Set(kb.topics.flatMap((t) => termsOf(t.title))) };
    courseTermCounts.set(matcher, counts);
  }
  const { answers, total, titles } = counts;
  const terms = termsOf(word);
  return terms.length > 0 && terms.every((t) => titles.has(t) || (answers.get(t) ?? 0) >= COURSE_WORD_SHARE * total);
}

/** "Procurement means…", "the term 'kulak' was…": a sentence that says what its subject means, and that subject. */
const SAYS_WHAT_IT_MEANS = /^(?:the |a |an )?(?:word |term )?["“']?([A-Za-z][A-Za-z' -]{0,60}?)["”']? (?:means|meant|is|was|refers to|stands for)\b/i;

/** "What does exploited mean?" with no card for the word: a general dictionary's meaning, labelled so, with the course's cards that use the word as buttons. */
function dictionaryReply(word: string, senses: readonly Sense[], cards: readonly AnswerEntry[], last: AnswerEntry | undefined, plain?: string): Reply {
  // The fact base's plain meaning of the word (knowledge/plain-words.yaml), where the notes have no card by its name.
  if (plain) return { body: MESSAGES.askPlainMeaning(word, plain, cards.length), buttons: cards.map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'secondary' as const })), tone: 'info' };
  // "Procurement means the state's purchase of grain": a sentence of the notes that says what the word itself means comes first.
  const stems = (text: string) => normaliseText(text).split(' ').map(stem).join(' ');
  const asked = stems(word);
  const noted = [...cards, ...(last ? [last] : [])].flatMap((e) => sentencesOf(e.answer)).find((x) => {
    const subject = SAYS_WHAT_IT_MEANS.exec(x)?.[1];
    return subject !== undefined && stems(subject) === asked;
  });
  return {
    body: noted ? `${MESSAGES.askNotesSay(noted)}\n\n${MESSAGES.askDictionary(word, senses, cards.length, true)}` : MESSAGES.askDictionary(word, senses, cards.length),
    buttons: cards.map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'secondary' as const })),
    tone: 'info',
  };
}

/**
 * A request about a word the last reply gave a dictionary's meaning of: said again, that meaning; otherwise a sentence of
 * the notes that uses the word (an example of it, in the course's words), or, with none, a question back: "an example of what?".
 */
function wordRequestReply(deps: Pick<AskDeps, 'kb' | 'matcher'>, about: RememberedWord & { readonly kind: RequestAboutLast }): Reply {
  const cards = about.cards.flatMap((id) => deps.matcher.entry(id) ?? []);
  if (about.kind === 'again') return dictionaryReply(about.word, generalDictionary().define(about.word), cards, undefined, plainMeaning(deps.kb.plainWords, about.word)?.meaning);
  const stems = (text: string) => ` ${normaliseText(text).split(' ').map(stem).join(' ')} `;
  const asked = stems(about.word);
  // The cards the dictionary's reply offered first, then any entry of the notes ("hold the regime to ransom" in a model answer).
  const usedIn = (entries: readonly AnswerEntry[]) => entries.flatMap((e) => sentencesOf(e.answer).map((sentence) => ({ sentence, e }))).find((x) => stems(x.sentence).includes(asked));
  const used = usedIn(cards) ?? usedIn(answerableEntries(deps.kb));
  const shown = used && !cards.some((e) => e.id === used.e.id) ? [...cards, used.e] : cards;
  const buttons = shown.map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'secondary' as const }));
  // "Explain simple": the meaning in simpler words (the fact base's plain one, else the dictionary's first alone), then the notes' use of it.
  const simple = about.kind === 'simpler' || about.kind === 'confused' ? simplerMeaning(about.word, deps.kb.plainWords) : undefined;
  if (simple) return { body: MESSAGES.askWordSimpler(about.word, simple, used?.sentence), buttons, tone: 'info' };
  if (used) return { body: MESSAGES.askWordInNotes(about.word, used.sentence), buttons, tone: 'info' };
  return { body: MESSAGES.askWordNoExample(about.word, about.kind === 'further' ? 'further' : about.kind), buttons, private: true, tone: 'info' };
}

/** The reply to a whole question: its parts, the points for an essay, or the one match (`inServer`: see matchReply). */
export function outcomeReply(deps: Pick<AskDeps, 'kb' | 'matcher'>, outcome: AskOutcome, inServer = false): Reply {
  const parts = outcome.parts.flatMap((r) => (r.entry ? [r.entry] : []));
  if (parts.length >= 2) return partsReply(deps.kb, parts, outcome.unanswered, inServer);
  if (outcome.points.length >= 2) return pointsReply(deps.kb, outcome.points);
  return matchReply(deps, outcome.primary, inServer);
}

/** How a question is answered in its conversation (askInConversation). */
interface AskedInConversation {
  readonly outcome: AskOutcome;
  /** "Reading this as a follow-up to …". */
  readonly followUpNote?: string;
  /** The entry a follow-up was read with, for the teacher's list. */
  readonly after?: string;
  /** A request about the last answer: "explain that simpler", "give me an example", "say it again". */
  readonly request?: { readonly kind: RequestAboutLast; readonly entry: AnswerEntry; readonly points?: readonly AnswerEntry[] };
  /** A follow-up the last answer is still the best answer to: said so, with the closest other entries. */
  readonly sameAnswer?: { readonly others: readonly AnswerEntry[] };
  /** "What does requisitioned mean?" just after an answer, and no card for the word. */
  readonly noCard?: { readonly word: string; readonly last: AnswerEntry };
  /** "What does exploited mean?" and no card for the word, but a general dictionary knows it (and the cards that use it). */
  readonly meaning?: { readonly word: string; readonly senses: readonly Sense[]; readonly cards: readonly AnswerEntry[]; readonly last?: AnswerEntry | undefined; readonly plain?: string };
  /** "Give me an example", "explain simpler" just after a dictionary's meaning of a word: asked of that word. */
  readonly aboutWord?: RememberedWord & { readonly kind: RequestAboutLast };
  /** "Explain that simpler", "I don't understand" with no answer to make simpler. */
  readonly nothingYet?: RequestAboutLast;
  /** "Give me an essay plan for that", or what the notes lack for "what's the evidence?" (src/commands/ask-subject.ts). */
  readonly subjectReply?: Reply;
  /** A request of a subject: the student's own question it was asked of, remembered for the next request ("essay plan for that"). */
  readonly subjectAsked?: string;
  /** The reply shows the student's own words: private in a server. */
  readonly quotesTyped?: true;
  /** The man a follow-up's "he" stood for beside another it named, for the next "he" (Remembered.man). */
  readonly man?: string;
}

/** An answer chosen outright, as a match result. */
function answeredWith(query: string, entry: AnswerEntry, alternatives: readonly AnswerEntry[] = []): MatchResult {
  return { query, status: 'answered', reason: null, entry, matchedQuestion: entry.question, confidence: 1, suggestions: [], alternatives, truncated: false };
}

/** No answer: nothing to answer ('empty'), or nothing close enough ('no-match'). */
function notAnswered(query: string, reason: 'empty' | 'no-match'): MatchResult {
  return { query, status: 'unknown', reason, entry: null, matchedQuestion: null, confidence: 0, suggestions: [], alternatives: [], truncated: false };
}

/** A question answered as one entry (no parts, no points). */
const single = (primary: MatchResult): AskOutcome => ({ primary, parts: [], unanswered: [], points: [] });

/** An entry's question that asks what a thing was ("What was socialist realism?", "What was Stalin's cult of personality?"). */
const DEFINES_A_THING = /^What (?:was|were|is|are) (?!(?:the )?(?:main |most |key )?(?:reasons?|causes?|results?|effects?|consequences?|aims?|impact|significance|role|differences?|links?|relationship|connection|similarit(?:y|ies)|views?|arguments?|case)\b)/;

/**
 * Answers a question in the conversation it is part of: a follow-up ("how long did it take?") is read
 * with the student's last answer (src/matching/follow-up.ts) when that finds an answer, and says so.
 */
function askInConversation(
  deps: Pick<AskDeps, 'kb' | 'matcher' | 'conversation'>,
  reader: SubjectReader,
  question: string,
  memoryKey: string,
  now: number,
  showTyped?: (typed: string) => string,
  level?: ClassLevel | null,
): AskedInConversation {
  // "Was he right?": right as correct, not the Right Opposition.
  question = rightAsCorrect(question);
  const recallEntry = () => {
    const last = deps.conversation.recall(memoryKey, now);
    const entry = last ? deps.matcher.entry(last.entryId) : undefined;
    return last && entry ? { question: last.question, entry, ...(last.asked !== undefined ? { asked: last.asked } : {}) } : undefined;
  };
  // "Explain that simpler", "give me an example": the last answer again, short or with where to go next.
  const request = requestAboutLast(question, reader.lexicon);
  // …or, just after an everyday dictionary's meaning of a word, asked of that word (never of an answer before it).
  const explained = request ? deps.conversation.recallWord(memoryKey, now) : undefined;
  if (request && explained) return { outcome: single(notAnswered(question, 'empty')), aboutWord: { ...explained, kind: request } };
  const last = request ? recallEntry() : undefined;
  // "Give me an example" of a thing the last answer defined and gave none of (what socialist realism was): the first of
  // its related questions, on its topic and about that thing, whose answer does (its painting and music), rather than a
  // reply that only says there is none. (Not of an answer that argues or explains: an example of what, is unclear.)
  const withExamples =
    request === 'further' && last && last.entry.kind === 'question' && DEFINES_A_THING.test(last.entry.question) && asksForExample(question) && !givesExamples(last.entry.answer)
      ? last.entry.related
          .map((id) => deps.matcher.entry(id))
          .find((e): e is AnswerEntry => !!e && e.kind === 'question' && e.topic === last.entry.topic && aboutTheSameAs(last.entry.question, e.question, reader) && givesExamples(e.answer))
      : undefined;
  if (last && withExamples) return { outcome: single(answeredWith(question, withExamples)), followUpNote: MESSAGES.askFollowUp(last.question), after: last.entry.id };
  // "Explain like I'm 10" just after a points reply (the student's own question, asked alone, that no one note answers): those
  // points again, each simpler, every side kept, not the first entry alone. The question is read again as it was first read.
  const shown = (request === 'simpler' || request === 'confused') && last?.asked !== undefined ? withNamedFactors(deps, last.asked, askQuestion(deps.matcher, last.asked)) : undefined;
  if (request && last && shown && shown.points.length >= 2 && shown.primary.entry?.id === last.entry.id)
    return { outcome: { ...single(answeredWith(question, last.entry)), points: shown.points }, after: last.entry.id, request: { kind: request, entry: last.entry, points: shown.points }, ...(last.asked !== undefined ? { subjectAsked: last.asked } : {}) };
  if (request && last) return { outcome: single(answeredWith(question, last.entry)), followUpNote: MESSAGES.askFollowUp(last.question), after: last.entry.id, request: { kind: request, entry: last.entry } };
  // Nothing to make simpler or say again: say so, rather than read "explain like I'm 10" as a question.
  if (request === 'simpler' || request === 'again' || request === 'confused') return { outcome: single(notAnswered(question, 'empty')), nothingYet: request };
  // "Are you sure? I thought it was 1928" after a date: a straight answer from the last answer's own sentence, never a new entry.
  const doubted = doubtedDateReply(deps, reader, question, recallEntry());
  if (doubted) return doubted;
  // "That's not what I asked", "you didn't mention Bukharin": the last answer missed; never a new entry read from those words.
  const complained = complaintReply(deps, question, recallEntry());
  if (complained) return complained;
  // "What do historians say", "give me a counter-argument", "…? Give me the figures": asked of the last answer's subject, or the question's.
  const remembered = deps.conversation.recall(memoryKey, now);
  const rememberedEntry = remembered ? deps.matcher.entry(remembered.entryId) : undefined;
  const ofSubject = askOfSubject(deps, question, remembered && rememberedEntry ? { ...remembered, entry: rememberedEntry } : undefined, showTyped, level);
  if (ofSubject)
    return {
      outcome: ofSubject.outcome,
      ...(ofSubject.note ? { followUpNote: ofSubject.note } : {}),
      ...(ofSubject.after ? { after: ofSubject.after } : {}),
      ...(ofSubject.reply ? { subjectReply: ofSubject.reply } : {}),
      ...(ofSubject.asked !== undefined ? { subjectAsked: ofSubject.asked } : {}),
      ...(ofSubject.quotesTyped ? { quotesTyped: true as const } : {}),
    };
  // "Which was more important, propaganda or the terror?": both among the points, not a judgement of one alone.
  const outcome = inItsDecade(deps.matcher, question, endTold(deps.matcher, question, withNamedFactors(deps, question, askQuestion(deps.matcher, question)), reader));
  // "Who succeeded Kirov?", unsure alone: the card of the man the person cards say came after him (Zhdanov).
  const after = outcome.primary.status !== 'answered' && outcome.parts.length === 0 ? successorAsked(question, reader) : undefined;
  const afterCard = after ? deps.matcher.rank(`who was ${after}`).candidates.map((c) => c.entry).find((e) => e.kind === 'person' && e.names?.some((n) => normaliseText(n) === after)) : undefined;
  if (afterCard) return { outcome: single(answeredWith(outcome.primary.query, afterCard, outcome.primary.suggestions.filter((e) => e.id !== afterCard.id).slice(0, FOLLOW_UP_DEFAULTS.maxHedged))) };
  // A question of several parts names what each part is about; "who are you?" asks about the tutor, whatever came before.
  if (outcome.parts.length > 0 || outcome.primary.reason === 'about-tutor') return { outcome };
  // A question that names another subject or period ("what was the cold war?") asks about that, whatever came before.
  // Not one comparing what it points back to with the other ("was it the same as the Nazi camps?" after the gulag): read on below.
  if ((outcome.primary.unfamiliar?.otherSubject.length ?? 0) > 0 && !(comparesLast(question) && deps.conversation.recall(memoryKey, now))) return { outcome };
  // "What does requisitioned mean?": the word's card, whatever came before; just after an answer, never that answer again.
  const word = meaningAsked(question) ?? wordAskedPlainly(deps.matcher, question, outcome.primary);
  if (word) {
    const found = meaningCard(deps.matcher, word, outcome.primary, answerableEntries(deps.kb).filter((e) => e.kind !== 'question'));
    // The course's own card first, for its name or a word the course uses as its own ("purge"); an everyday word
    // ("exploited", or "permanent" where the notes have only "permanent revolution"), a general dictionary's meaning.
    // No card by the word's name ("decree", where the notes have the Decree of 1 December 1934): the fact base's plain meaning first.
    // (Not where an answer of the notes asks what it is, "purge", "cult": that answer.)
    const plain = found && (found.exact || found.card.kind === 'question') ? undefined : plainMeaning(deps.kb.plainWords, word);
    if (plain) return { outcome: single(notAnswered(outcome.primary.query, 'no-match')), meaning: { word, senses: [], plain: plain.meaning, cards: found ? [found.card] : [], last: recallEntry()?.entry } };
    const senses = found && (found.exact || isCourseWord(deps.kb, deps.matcher, word)) ? [] : generalDictionary().define(word);
    if (senses.length > 0) return { outcome: single(notAnswered(outcome.primary.query, 'no-match')), meaning: { word, senses, cards: found ? [found.card] : [], last: recallEntry()?.entry } };
    const card = found?.card;
    const lastAnswer = recallEntry();
    if (card && lastAnswer?.entry.id === card.id) return { outcome: single(answeredWith(outcome.primary.query, card)), sameAnswer: { others: outcome.primary.alternatives.filter((e) => e.id !== card.id) } };
    if (card) return { outcome: card.id === outcome.primary.entry?.id ? outcome : single(answeredWith(outcome.primary.query, card)) };
    // "What mean 'real wages'": no card or dictionary has the phrase, but an entry asking about it answers.
    const about = entryAskingAbout(outcome.primary, word);
    if (about) return { outcome: about.id === outcome.primary.entry?.id ? outcome : single(answeredWith(outcome.primary.query, about)) };
    if (lastAnswer) return { outcome: single(notAnswered(outcome.primary.query, 'no-match')), noCard: { word, last: lastAnswer.entry } };
    return { outcome };
  }
  // "What's the revisionist view of collectivisation?" just after Getty's revisionists on the Terror: alone it finds that
  // answer again, but it names a subject the last question did not (collectivisation), which an entry it offers beside
  // it is about: that entry, with the last answer among the others (never the answer just given as if it were new).
  const beside = rememberedEntry ? onItsOwnSubject(question, outcome, rememberedEntry, remembered?.asked, reader) : undefined;
  if (beside) return { outcome: single(answeredWith(outcome.primary.query, beside, [...outcome.primary.alternatives.filter((e) => e.id !== beside.id), ...(outcome.primary.entry ? [outcome.primary.entry] : [])].slice(0, FOLLOW_UP_DEFAULTS.maxHedged))) };
  const leans = leansOnPrevious(question, reader);
  // "What were the purges?" after the show trials leans only for naming little; with no word pointing back and an entry
  // it fits near word for word alone, it asks about that entry, never bent towards the last answer.
  if (leans !== 'no' && standsAloneFitting(deps.matcher, question, outcome, reader)) return { outcome };
  // A question that surely leans is read with the last answer; one that may lean only when alone it finds
  // no answer, or a weak one; one that names its own subject never.
  const unsure = outcome.points.length === 0 && (outcome.primary.status === 'unsure' || outcome.primary.reason === 'empty' || outcome.primary.confidence < FOLLOW_UP_DEFAULTS.doubtfulBelow);
  // "Who won love island?" after an answer: refused alone, with words the notes never use and pointing back at
  // nothing, it asks about something else ("when did the first line open?", in the notes' words, may still lean).
  // Worked out only when it decides (it ranks the question again).
  // "His son Yakov?" after Stalin's wife: a name the notes never use is what it asks about, whatever "his" points back to.
  const namesUnknown = () => (outcome.primary.unfamiliar?.unknown ?? []).some((w) => reader.names(normaliseText(question)).includes(w));
  const refusedAlone = () =>
    outcome.primary.status === 'unknown' && outcome.primary.reason !== 'empty' && ((!pointsBack(question) && deps.matcher.rank(question).terms.some((t) => !t.known)) || namesUnknown());
  // "Who ran heavy industry?" just after an answer that says who did ("run by Sergo Ordzhonikidze") asks about him.
  const saysWho = () => !!remembered && !!rememberedEntry && personIn(question, remembered.question, rememberedEntry.answer, reader) !== undefined;
  // "Why did people do it to their neighbours?" just after a dictionary's meaning of "denounce": "it" is that word, not
  // the answer before it. Read with the word, the question finds what the notes say of it.
  const explainedWord = leans === 'yes' && pointsBack(question) ? deps.conversation.recallWord(memoryKey, now) : undefined;
  if (explainedWord) {
    const withWord = askQuestion(deps.matcher, `${question.replace(/\b(?:it|that|this)\b/gi, ' ')} ${explainedWord.word}`);
    if (withWord.primary.status === 'answered' && withWord.primary.entry && withWord.parts.length === 0 && withWord.points.length === 0)
      return { outcome: single({ ...withWord.primary, query: outcome.primary.query }), followUpNote: MESSAGES.askFollowUp(`What does “${explainedWord.word}” mean?`) };
  }
  // "Why did the provisional government fail?" after War Communism: unsure alone, but leaning by nothing (no pronoun, no
  // ellipsis, none of the last answer's words): answered as asked alone, never rescued by the last subject.
  const byEllipsis = () => !remembered || !rememberedEntry || leansByEllipsis(question, { question: remembered.question, answer: rememberedEntry.answer }, reader);
  const previous = leans === 'yes' || (leans === 'maybe' && ((unsure && !refusedAlone() && byEllipsis()) || saysWho())) ? deps.conversation.recall(memoryKey, now) : undefined;
  const previousEntry = previous ? deps.matcher.entry(previous.entryId) : undefined;
  // Exam advice asked in words of its own is answered as asked, whatever came before.
  if (!previous || !previousEntry || outcome.primary.entry?.kind === 'skill') return { outcome };
  // "Which of those is the most important?" after why Stalin industrialised: "those" are the reasons just given, so it
  // asks a judgement between them: the notes' entry weighing those reasons, else the advice on "which was more important".
  if (asksWhichWeighsMost(question) && intentsOf(previousEntry.question).has('cause')) {
    const weighing =
      deps.matcher.rank(`how important ${previousEntry.question}`).candidates.map((c) => c.entry).find((e) => e.kind === 'question' && e.topic === previousEntry.topic && weighsImportance(e.question) && aboutTheSameAs(previousEntry.question, e.question, reader)) ??
      deps.kb.skills.filter((k) => k.kind === 'more-important' && k.level !== 'a-level').flatMap((k) => deps.matcher.entry(k.id) ?? [])[0];
    if (weighing) return { outcome: single(answeredWith(outcome.primary.query, weighing)), followUpNote: MESSAGES.askFollowUp(previous.question), after: previousEntry.id };
  }
  // "And his replacement?", "who shot him?": the man the last answer says came after, or did it, asked about by name.
  // "So why wasn't he sacked?" after Lenin's Testament, asked of Stalin: "he" is still the man the last follow-up meant.
  const readAs = previousAsRead(question, previous, previousEntry.answer, reader);
  const successor = successorIn(question, readAs, previousEntry.answer, reader) ?? personIn(question, readAs, previousEntry.answer, reader);
  // "What happened to him?" after "who replaced Yagoda…?": asked of the man the last answer gave (Yezhov), by name, alone.
  const manGiven = !successor && /\b(?:he|him|his)\b/.test(normaliseText(question)) && manTheAnswerGave(previous.asked ?? previous.question, previousEntry.answer, reader) !== undefined;
  const text = successor ? `who was ${successor}` : manGiven ? followUpAlone(question, readAs, reader, previousEntry.answer) : readWithPrevious(question, readAs, reader, previousEntry.answer);
  let together = askQuestion(deps.matcher, text);
  /** The entries the follow-up's ranking put after the one chosen: the closest others. */
  let behind: readonly AnswerEntry[] = [];
  // Exam advice follows exam advice ("and the conclusion?" after the introduction): the skills entries answer it.
  if (previousEntry.kind !== 'skill' || together.primary.entry?.kind !== 'skill') {
    const ranked = rankFollowUp(deps.matcher.rank(text).candidates, deps.matcher.rank(successor ? text : followUpAlone(question, readAs, reader, previousEntry.answer)).candidates, { topic: previousEntry.topic, is: sameAs(previousEntry) }, {
      sure: leans === 'yes',
      asksAnew: !!successor || asksSomethingNew(question, previousEntry, reader.lexicon),
      intents: intentsOf(question),
      onlyKind: asksOnlyItsKind(question),
      ...(successor ? {} : { anotherMan: aboutAnotherMan(question, readAs, reader) }),
    });
    // The last answer first by a hair: the next entry is as likely what was asked, and it says something new.
    const [top, next, ...others] = ranked;
    const nextFits = top && next && top.entry.id === previousEntry.id && top.score - next.score <= FOLLOW_UP_DEFAULTS.nextBestMargin;
    const asRanked = nextFits ? [next, top, ...others] : ranked;
    // "What about Bukharin?" after Zinoviev and Kamenev in the 1920s: an entry dated only outside that decade comes after the rest.
    const when = `${text} ${previous.asked ?? ''}`;
    const order = asRanked[0] && outsideDecade(when, asRanked[0].entry.question) ? [...asRanked.filter((r) => !outsideDecade(when, r.entry.question)), ...asRanked.filter((r) => outsideDecade(when, r.entry.question))] : asRanked;
    // "What happened to him in the end?" after Bukharin: the entry that tells how he ended, if one close behind does.
    const endMan = asksHowItEnded(question) ? (reader.person(normaliseText(question)) ?? (/\b(?:he|him|his|she|her)\b/.test(normaliseText(question)) ? reader.person(normaliseText(readAs)) : undefined)) : undefined;
    const ended = endMan ? endOfTheMan(order.map((r) => r.entry), endMan, FOLLOW_UP_DEFAULTS.closeBehind, previousEntry) : undefined;
    const [best, ...rest] = ended ? [...order.filter((r) => r.entry.id === ended.id), ...order.filter((r) => r.entry.id !== ended.id)] : order;
    behind = rest.filter((r) => r.entry.id !== previousEntry.id).map((r) => r.entry);
    // A close call is offered with the entries close behind, as any answer is: a follow-up is often a guess.
    const close = rest.filter((r) => best && best.score - r.score <= FOLLOW_UP_DEFAULTS.hedgeMargin).slice(0, FOLLOW_UP_DEFAULTS.maxHedged).map((r) => r.entry);
    if (best) together = { ...together, primary: { ...together.primary, entry: best.entry, matchedQuestion: best.entry.question, alternatives: close } };
  }
  // Read with the last question, an entry it is unsure of but puts first is the one the conversation points to.
  const first = together.primary.status === 'unsure' && leans === 'yes' ? together.primary.suggestions[0] : undefined;
  if (first && first.id === together.primary.entry?.id) together = { ...together, primary: { ...together.primary, status: 'answered', suggestions: [] } };
  if (together.primary.status !== 'answered' || !together.primary.entry) return { outcome };
  // "How many people worked there?" after Magnitogorsk: the card of the same thing says the last answer again in fewer
  // words; when it gives no more of the fact asked, it is the last answer again, said to be so (never as if new).
  const sameCard = together.primary.entry.id !== previousEntry.id && together.primary.entry.kind !== 'question' && sameAs(previousEntry)(together.primary.entry) && !previous.same && asksAFact(question) && !fittingPart(question, together.primary.entry.answer, reader.lexicon, reader.people);
  const chosen = sameCard ? previousEntry : together.primary.entry;
  if (sameCard) together = { ...together, primary: { ...together.primary, entry: previousEntry, matchedQuestion: previousEntry.question } };
  // "What was her name?" after Stalin's wife, "how many died there?" after the special settlements: a fact the last
  // answer gives, where the entry the follow-up found is about none of its own words (the Holodomor, for "name"): that
  // answer's sentences that give it, not another subject. (Not "who killed him?", "who was the prosecutor?": an entry on the one who did it says more;
  // but "who came up with it?" after Socialism in One Country, whose answer says it was Stalin: saysWhoDidIt.) A title
  // asked ("what book was that in?" after Fitzpatrick's card) is her titles the card gives, not an entry that shares the
  // word "book" but is not about her (what books to read).
  // "Who was he again?", "whats that mean", "why?", "when was he kicked out?", "did Stalin order it?", "what's the evidence?":
  // an entry close behind that gives that kind of answer on the last subject, where the one chosen (the last answer or its
  // card again) does not (entryOfTheKind): that entry, not "my notes have nothing better".
  const kindText = successor ? undefined : kindQuery(question, previousEntry.question, reader);
  const kindPool = [...(kindText ? deps.matcher.rank(kindText).candidates.slice(0, FOLLOW_UP_DEFAULTS.closeBehind).map((c) => c.entry) : []), ...behind, ...previousEntry.related.flatMap((id) => deps.matcher.entry(id) ?? [])];
  const ofTheKind = successor ? undefined : entryOfTheKind(question, previousEntry, chosen, kindPool, reader, chosen.id === previousEntry.id || sameAs(previousEntry)(chosen) || (sameAs(chosen)(previousEntry) && DEFINES.test(chosen.question)), previous.asked ?? previousEntry.question);
  if (ofTheKind) return { outcome: single(answeredWith(outcome.primary.query, ofTheKind, [chosen, ...behind].filter((e) => e.id !== ofTheKind.id && e.id !== previousEntry.id).slice(0, FOLLOW_UP_DEFAULTS.maxHedged))), followUpNote: MESSAGES.askFollowUp(previous.question), after: previousEntry.id };
  if (!successor && chosen.id !== previousEntry.id && leans === 'yes' && asksAFact(question) && (!intentsOf(question).has('person') || saysWhoDidIt(question, previous.question, previousEntry.answer, reader)) && (!sharesOwnWords(question, chosen.question, reader) || (asksATitle(question) && !aboutTheSameAs(previous.question, chosen.question, reader))) && !givesItItself(question, chosen, reader) && fittingPart(question, previousEntry.answer, reader.lexicon, reader.people))
    return { outcome: single(answeredWith(outcome.primary.query, previousEntry)), followUpNote: MESSAGES.askFollowUp(previous.question), after: previousEntry.id, sameAnswer: { others: [chosen, ...behind.filter((e) => e.id !== chosen.id)].slice(0, FOLLOW_UP_DEFAULTS.maxHedged) } };
  // Never the answer just given as if it were new: said to be the best there is, with the closest others.
  const sameAnswer = chosen.id === previousEntry.id ? { others: (behind.length > 0 ? behind : together.primary.alternatives).slice(0, FOLLOW_UP_DEFAULTS.maxHedged) } : undefined;
  // "So why didn't they get rid of him?" after what Lenin's Testament said: read with the last question it is that answer
  // again, but an entry close behind on the same subject asks what the follow-up asks and the last one did not (why it
  // was not acted on): that entry, not "my notes have nothing better". Not when a sentence of the last answer answers
  // it, which "nothing better" quotes.
  // A reason the last answer gives is quoted only when no entry close behind asks that why of the same subject.
  if (sameAnswer && !previous.same && (intentsOf(question).has('cause') || asksWhatCameOfAims(question, previous.question) || !fittingPart(question, previousEntry.answer, reader.lexicon, reader.people))) {
    // Of another topic too when it is about the man the follow-up's "he" stands for ("why did they make him a hero?"
    // after Stakhanov's record: how he was used in propaganda).
    const hisMan = /\b(?:he|him|his)\b/.test(normaliseText(question)) ? reader.person(normaliseText(readAs))?.split(' ').at(-1) : undefined;
    const aboutHim = (e: AnswerEntry) => hisMan !== undefined && normaliseText(e.question).split(' ').includes(hisMan);
    const better = behind
      .slice(0, FOLLOW_UP_DEFAULTS.maxHedged + 1)
      .find((e) => e.kind === 'question' && (e.topic === previousEntry.topic || aboutHim(e)) && fitsWhatIsAsked(question, readAs, e.question, reader, aboutHim(e) ? e.answer : undefined));
    if (better) return { outcome: single(answeredWith(outcome.primary.query, better, behind.filter((e) => e.id !== better.id).slice(0, FOLLOW_UP_DEFAULTS.maxHedged))), followUpNote: MESSAGES.askFollowUp(previous.question), after: previousEntry.id };
  }
  // It names something the last question did not ("what about Bukharin?" after Trotsky); a year says when, not what
  // ("what % by 1937?" after how fast farming was collectivised).
  // "Which one was better for the peasant?" names what the two are compared on, not something new.
  const namesNew = () => !asksWhichOfThem(question) && reader.names(normaliseText(question)).some((n) => !/^1[89]\d\ds?$/.test(n) && !reader.names(normaliseText(previous.question)).includes(n));
  // "Nothing better than my last answer" is said once, never twice in a row: the question as asked alone, else the next best.
  if (sameAnswer && previous.same) {
    // Its card first ("General Secretary" after why the post mattered), which says it in other words.
    // (Not when it names something new: "was Kazakhstan hit too?" is about Kazakhstan.)
    const card = namesNew() ? undefined : behind.find((e) => e.id !== previousEntry.id && sameAs(previousEntry)(e));
    if (!card && outcome.primary.status !== 'unknown' && outcome.primary.entry?.id !== previousEntry.id) return { outcome };
    const next = card ?? sameAnswer.others[0];
    if (next) return { outcome: single(answeredWith(outcome.primary.query, next, sameAnswer.others.slice(1))), followUpNote: MESSAGES.askFollowUp(previous.question), after: previousEntry.id };
  }
  // A question that only may lean, answered weakly alone with something else, gets its own reply: the last answer is not "the best" on what it did not clearly ask.
  // (Its "did you mean" list may hold the last answer among others; answered outright with it, it would be that answer again.)
  if (sameAnswer && leans !== 'yes' && outcome.primary.status !== 'unknown' && !(outcome.primary.status === 'answered' && outcome.primary.entry?.id === previousEntry.id)) return { outcome };
  // "What about Bukharin?" after Trotsky, where the notes have nothing like the last answer on him: what they have on
  // him, as asked alone, not the last answer again as "the best there is".
  if (sameAnswer && outcome.primary.status !== 'unknown' && outcome.primary.entry?.id !== previousEntry.id && namesNew()) return { outcome };
  // "How did it weaken the army?" after Tukhachevsky's trial: read with the last question it is that answer again, but
  // alone it has a sure answer of its own, which says more than "my notes have nothing better". Not when it names
  // something ("was Bukharin in that one?" after his trial): alone, that name is all it is about. Nor when the entry it
  // gets alone is not about any of its words ("how long did it take?" after Yagoda's fall finds how quickly farming was
  // collectivised by a phrasing): then only the last answer says what "it" is.
  const aboutItsWords = (entry: AnswerEntry) => {
    const own = new Set(reader.lexicon.termsOf(normaliseText(entry.question).split(' ')).filter(isContentTerm));
    return reader.lexicon.termsOf(normaliseText(question).split(' ')).some((t) => isContentTerm(t) && own.has(t));
  };
  if (sameAnswer && outcome.primary.status === 'answered' && outcome.parts.length === 0 && outcome.points.length === 0 && outcome.primary.entry && outcome.primary.entry.id !== previousEntry.id && outcome.primary.confidence >= FOLLOW_UP_DEFAULTS.sureAlone && reader.names(normaliseText(question)).length === 0 && !asksWhichOfThem(question) && aboutItsWords(outcome.primary.entry)) return { outcome };
  // A question that may lean and says the same read alone is answered as asked, with no note.
  if (leans !== 'yes' && outcome.primary.status === 'answered' && outcome.parts.length === 0 && outcome.points.length === 0 && outcome.primary.entry?.id === chosen.id) return { outcome, ...(sameAnswer ? { sameAnswer } : {}) };
  // One entry answers a follow-up: the parts or points of the longer text read with the last question are not the student's.
  const man = successor ? undefined : manMeant(question, readAs, reader);
  return { outcome: single({ ...together.primary, query: outcome.primary.query }), followUpNote: MESSAGES.askFollowUp(previous.question), after: previousEntry.id, ...(sameAnswer ? { sameAnswer } : {}), ...(man ? { man } : {}) };
}

/** Whether an entry's answer has a sentence giving what a question asks, in the question's own words ("hundreds of thousands died" for "how many died"). */
/**
 * Pushback on the date the last answer gave ("are you sure? I thought it was 1928"): "Yes, <year>" when its sentence
 * says the student's year, else "Yes: my notes say …" with that sentence, and where the notes next to it give the
 * student's year, that too. The entry's close neighbours stay as buttons. Undefined for anything else.
 */
function doubtedDateReply(deps: Pick<AskDeps, 'matcher'>, reader: SubjectReader, question: string, last: { readonly question: string; readonly entry: AnswerEntry; readonly asked?: string } | undefined): AskedInConversation | undefined {
  if (!last) return undefined;
  const near = last.entry.related.flatMap((id) => deps.matcher.entry(id) ?? []);
  const doubt = doubtedDate(question, last.asked ?? last.question, last.entry.answer, near, reader.lexicon);
  if (!doubt) return undefined;
  const said = doubt.year && doubt.agrees ? MESSAGES.askDateConfirmed(doubt.year, doubt.quoted) : MESSAGES.askDateStands(doubt.quoted);
  const body = [said, ...(doubt.year && doubt.theirs ? [MESSAGES.askDateYours(doubt.year, doubt.theirs)] : [])].join('\n\n');
  const buttons = near.slice(0, FOLLOW_UP_DEFAULTS.maxHedged).map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'secondary' as const }));
  return {
    outcome: single(answeredWith(question, last.entry)),
    after: last.entry.id,
    subjectReply: { title: MESSAGES.askDateDoubtedTitle, body, buttons, tone: 'answer' },
    ...(last.asked !== undefined ? { subjectAsked: last.asked } : {}),
  };
}

/**
 * A complaint about the last answer. "That's not what I asked": how its question was read, and the entries ranked next
 * for it as buttons; the reply keeps the student's question, so "Not what I asked" under it reports that question.
 * "You didn't mention Bukharin": where the last answer does, quoted; else the entry ranked first for the last question
 * with him that names him. Undefined for anything else, or with no last answer.
 */
function complaintReply(deps: Pick<AskDeps, 'matcher'>, question: string, last: { readonly question: string; readonly entry: AnswerEntry; readonly asked?: string } | undefined): AskedInConversation | undefined {
  const complaint = last ? readComplaint(question) : undefined;
  if (!last || !complaint) return undefined;
  const asked = last.asked ?? last.question;
  const kept = last.asked !== undefined ? { subjectAsked: last.asked } : {};
  const buttonsOf = (entries: readonly AnswerEntry[]) => entries.map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'secondary' as const }));
  if (complaint.kind === 'not-asked') {
    const others = deps.matcher.rank(asked).candidates.map((c) => c.entry).filter((e) => e.id !== last.entry.id).slice(0, FOLLOW_UP_DEFAULTS.maxHedged + 2);
    return { outcome: single(answeredWith(asked, last.entry)), after: last.entry.id, ...kept, subjectReply: { title: MESSAGES.askMissedTitle, body: MESSAGES.askMissed(last.entry.question, others.length), buttons: buttonsOf(others), tone: 'info' } };
  }
  const words = normaliseText(complaint.what).split(' ').filter((w) => isContentTerm(w));
  const names = (text: string) => {
    const own = normaliseText(text).split(' ');
    return words.every((w) => own.includes(w));
  };
  // The sentence that answers the last question, where it names it ("in November Bukharin was removed from the Politburo"), else the first.
  const said = sentencesOf(fittingPart(asked, last.entry.answer) ?? '').find(names) ?? sentencesOf(last.entry.answer).find(names);
  const naming = deps.matcher.rank(`${complaint.what} ${asked}`).candidates.map((c) => c.entry).filter((e) => e.id !== last.entry.id && (names(e.question) || names(e.answer)));
  if (said) return { outcome: single(answeredWith(asked, last.entry)), after: last.entry.id, ...kept, subjectReply: { title: last.entry.question, body: MESSAGES.askDidMention(said.split(/[^\p{L}'’-]+/u).find((w) => normaliseText(w) === complaint.what) ?? complaint.what, said), buttons: buttonsOf(naming.slice(0, FOLLOW_UP_DEFAULTS.maxHedged)), tone: 'answer' } };
  const [first, ...rest] = naming;
  return first ? { outcome: single(answeredWith(question, first, rest.slice(0, FOLLOW_UP_DEFAULTS.maxHedged))), followUpNote: MESSAGES.askFollowUp(last.question), after: last.entry.id } : undefined;
}

/**
 * The entry a question asked alone offers beside the last answer, where alone it finds that answer again unsurely
 * (with others beside it) but names a thing of the course that neither the last question nor its answer does, which
 * that entry's question names. Undefined otherwise.
 */
function onItsOwnSubject(question: string, outcome: AskOutcome, last: AnswerEntry, lastAsked: string | undefined, reader: SubjectReader): AnswerEntry | undefined {
  const { primary } = outcome;
  if (primary.entry?.id !== last.id || primary.alternatives.length === 0 || outcome.parts.length > 0 || outcome.points.length > 0) return undefined;
  // A thing of the course it names (not a year or a number) that the last question did not and the last answer never mentions.
  const said = ` ${normaliseText(`${last.question} ${lastAsked ?? ''} ${last.answer}`)} `;
  const names = reader.names(normaliseText(question)).filter((n) => !/^\d/.test(n));
  const own = names.filter((n) => !said.includes(` ${n} `));
  // (Not one that names what the last answer's own question does: "what did the cultural revolution mean for bourgeois
  // specialists?" is still about the cultural revolution.)
  if (own.length === 0 || names.some((n) => ` ${normaliseText(last.question)} `.includes(` ${n} `))) return undefined;
  return primary.alternatives.find((e) => own.some((n) => ` ${normaliseText(e.question)} `.includes(` ${n} `)));
}

function givesItItself(question: string, entry: AnswerEntry, reader: SubjectReader): boolean {
  const part = fittingPart(question, entry.answer, reader.lexicon, reader.people);
  return part !== undefined && sharesOwnWords(question, part, reader);
}

/** Whether a text (an entry's question) uses a word of the question's own (not a name every question shares, such as Stalin's). */
function sharesOwnWords(question: string, text: string, reader: SubjectReader): boolean {
  const termsOf = (words: string) => reader.lexicon.termsOf(normaliseText(words).split(' ')).filter((t) => isContentTerm(t) && !reader.isShared(t));
  const own = new Set(termsOf(text));
  const asked = termsOf(question);
  return asked.length === 0 || asked.some((t) => own.has(t));
}

/**
 * "What happened to Bukharin in the end?": answered with how he ended (his trial and death in 1938), when the entry
 * ranked first does not tell it and one close behind about him does; else the outcome as it was.
 */
function endTold(matcher: Matcher, question: string, outcome: AskOutcome, reader: SubjectReader): AskOutcome {
  const first = outcome.primary.entry;
  if (!first || outcome.primary.status !== 'answered' || outcome.parts.length > 0 || outcome.points.length > 0 || !asksHowItEnded(question)) return outcome;
  const man = reader.person(normaliseText(question));
  if (!man) return outcome;
  const ranked = [first, ...matcher.rank(question).candidates.map((c) => c.entry).filter((e) => e.id !== first.id)];
  const ended = endOfTheMan(ranked, man);
  return ended ? single(answeredWith(outcome.primary.query, ended, ranked.filter((e) => e.id !== ended.id).slice(0, FOLLOW_UP_DEFAULTS.maxHedged))) : outcome;
}

/**
 * "What happened to Zinoviev and Kamenev in the 1920s?": not their trial of 1936, when an entry close behind is not dated
 * outside the decade asked; else the outcome as it was.
 */
function inItsDecade(matcher: Matcher, question: string, outcome: AskOutcome): AskOutcome {
  const first = outcome.primary.entry;
  if (!first || outcome.primary.status !== 'answered' || outcome.parts.length > 0 || outcome.points.length > 0 || !outsideDecade(question, first.question)) return outcome;
  const ranked = [first, ...matcher.rank(question).candidates.map((c) => c.entry).filter((e) => e.id !== first.id)].slice(0, FOLLOW_UP_DEFAULTS.closeBehind);
  const fitting = ranked.find((e) => e.kind === 'question' && !outsideDecade(question, e.question));
  return fitting ? single(answeredWith(outcome.primary.query, fitting, ranked.filter((e) => e.id !== fitting.id).slice(0, FOLLOW_UP_DEFAULTS.maxHedged))) : outcome;
}

/** The man the last question named (by his surname), for the next answer's "he" when that answer's question names no one; else undefined. */
function lastManNamed(last: { readonly question: string } | undefined, question: string, reader: SubjectReader): string | undefined {
  if (!last || reader.person(normaliseText(question))) return undefined;
  return reader.person(normaliseText(last.question))?.split(' ').at(-1);
}

/** A topic's summary in short ("shorter pls" just after it): its short version, with the course's words in it explained, as an answer's. */
function summaryInShort(kb: KnowledgeBase, topic: KnowledgeBase['topics'][number], kind: 'simpler' | 'confused', question: string): Reply {
  const shortText = simplerText(kb, topic.summary, question);
  const words = wordsExplained(kb, shortText, topic.title);
  const short = [`${MESSAGES.askSimpler}\n${shortText}`, ...(words.length > 0 ? [MESSAGES.askWordsExplained(words)] : [])].join('\n\n');
  return { title: topic.title, body: kind === 'confused' ? `${short}\n\n${MESSAGES.askConfusedWord(hardWord(shortText))}` : short, tone: 'info' };
}

/** Whether a question with no word that leans (leansByNoWord) is answered alone with an entry it fits near word for word. */
function standsAloneFitting(matcher: Matcher, question: string, outcome: AskOutcome, reader: SubjectReader): boolean {
  const entry = outcome.primary.status === 'answered' ? outcome.primary.entry : null;
  if (!entry || outcome.parts.length > 0 || outcome.points.length > 0 || !leansByNoWord(question, reader.lexicon)) return false;
  const fit = matcher.rank(question).candidates.find((c) => c.entry.id === entry.id)?.fit ?? 0;
  return fit >= MATCHER_DEFAULTS.nearExactFit;
}

/** A question answered outright with one entry, as a request for that entry in short; undefined for any other outcome. */
function inShort(asked: AskedInConversation): AskedInConversation | undefined {
  const { outcome } = asked;
  const entry = outcome.primary.status === 'answered' ? outcome.primary.entry : null;
  if (!entry || outcome.parts.length > 0 || outcome.points.length > 0 || asked.request || asked.sameAnswer || asked.noCard || asked.meaning || asked.nothingYet) return undefined;
  return { ...asked, request: { kind: 'simpler', entry } };
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
      forget: () => undefined,
      recallWord: () => undefined,
      rememberWord: () => undefined,
      recallTopic: () => previous.topic,
      rememberTopic: () => undefined,
    };
    return askInConversation({ kb: deps.kb, matcher: deps.matcher, conversation }, (reader ??= courseSubjectReader(deps.kb)), question, '', 0).outcome.primary;
  };
}

/**
 * Notes to build a declined essay from: the points an essay question gets, or else the entry that answers it
 * and those close behind, then its related questions, so a 16-marker gets several notes rather than one. An essay
 * explains: one asking why, or for no other kind of answer ("write my 8 mark question about famine"), is built from
 * the causes first. Never two notes that say the same thing (a term's card and the question asking what it is).
 */
function essayNotes(matcher: Matcher, essay: AskOutcome, subject: string): AnswerEntry[] {
  // The same thing twice: a person's or term's card, and a question asking only what it is ("What is the Holodomor?").
  const defines = (question: AnswerEntry, card: AnswerEntry) => intentsOf(question.question).size === 0 && sameAs(question)(card);
  const distinct = (entries: readonly AnswerEntry[]) =>
    entries.reduce<AnswerEntry[]>((kept, e) => (kept.some((k) => defines(k, e) || defines(e, k)) ? kept : [...kept, e]), []);
  if (essay.points.length > 0) return distinct(essay.points).slice(0, MAX_POINTS);
  const related = (essay.primary.entry?.related ?? []).flatMap((id) => matcher.entry(id) ?? []);
  // A person's or term's card has no related questions: the questions ranked next for the subject stand in.
  const ranked = matcher.rank(subject).candidates.map((c) => c.entry).filter((e) => e.kind === 'question');
  const notes = new Map([...causesOf(matcher, subject), ...offeredEntries(essay.primary), ...related, ...ranked].map((e) => [e.id, e]));
  return distinct([...notes.values()]).slice(0, MAX_POINTS);
}

/** An essay's causes come first in its notes when among the first this many found for "why …" (deeper, they are another thing's). */
const CAUSE_DEPTH = 5;
/** What an essay may ask for instead of causes. */
const OTHER_THAN_CAUSES: readonly Intent[] = ['result', 'method', 'judgement'];

/**
 * The notes on why what an essay is about happened, when it asks why or for no other kind of answer (its results,
 * a judgement, how something was done): the entries giving causes among the first that "why …" finds.
 */
function causesOf(matcher: Matcher, subject: string): AnswerEntry[] {
  const asks = intentsOf(subject);
  if (OTHER_THAN_CAUSES.some((i) => asks.has(i)) || !subject.trim()) return [];
  return matcher
    .rank(asks.has('cause') ? subject : `why ${subject}`)
    .candidates.slice(0, CAUSE_DEPTH)
    .map((c) => c.entry)
    .filter((e) => e.kind === 'question' && intentsOf(e.question).has('cause'));
}

/** The entry, or a person's or term's card on what it asks about ("Dizzy with Success" for "What was Stalin's Dizzy with Success article?"). */
function sameAs(entry: AnswerEntry): (other: AnswerEntry) => boolean {
  const asked = ` ${normaliseText(entry.question)} `;
  return (other) => other.id === entry.id || (other.kind !== 'question' && (other.names ?? []).some((n) => asked.includes(` ${normaliseText(n)} `)));
}

/** At most this many course entries under the wellbeing reply. */
const WELLBEING_ENTRIES = 3;

/**
 * The reply to a student who writes that they are in distress or being harmed (src/matching/wellbeing.ts): kind
 * words and where to get help, as the school wrote them (knowledge/wellbeing.yaml), shown to the student alone.
 * Under it, the course entries the text matches as buttons (their ids only): a history question the reader took
 * for distress costs the student one click.
 */
export function wellbeingReply(wellbeing: KnowledgeBase['wellbeing'], entries: readonly AnswerEntry[] = []): Reply {
  const buttons = entries.slice(0, WELLBEING_ENTRIES).map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'secondary' as const }));
  const shown = buttons.length > 0 ? { buttons } : {};
  if (!wellbeing) return { body: `${MESSAGES.askWellbeingFallback}\n\n*${MESSAGES.askWellbeingNotKept}*`, private: true, tone: 'info', ...shown };
  const helplines = wellbeing.helplines.map((h) => `• **${h.name}**: ${h.how}`).join('\n');
  return { title: wellbeing.title, body: [wellbeing.reply, helplines, wellbeing.danger, `*${MESSAGES.askWellbeingNotKept}*`].join('\n\n'), private: true, tone: 'info', ...shown };
}

export function createAskCommand(deps: AskDeps): Command {
  let reader: SubjectReader | undefined;
  const readInstructionToTutor = createInstructionReader(deps.kb.vocabulary.tutorInstructions);
  const wellbeing = createDistressReader(deps.kb.wellbeing?.phrases, deps.kb.people.map((p) => p.name), deps.kb.wellbeing?.historicalSpeakers);
  return {
    spec: {
      name: 'ask',
      description: "Ask a question about Stalin's USSR, 1924–1941",
      options: [{ name: 'question', description: 'Your question, in your own words', type: 'string', required: true, autocomplete: true, maxLength: 1000 }],
    },
    async run(input, ctx) {
      // Let: a worried student's question beside the worry is answered alone ("scared for my exam, why did stalin launch the terror").
      let question = stringOption(input, 'question') ?? '';
      const unlessSure = stringOption(input, ASK_UNLESS_SURE_OPTION);
      // "i want to kill myself", "i'm being bullied": kind words and where to get help, to the student alone, never
      // history. Nothing of it is kept: not counted for the class report, not in the teacher's list, not remembered.
      // Under it, course entries only for harm by others ("im being bullied"), never one about death, killing or suicide.
      const distress = wellbeing.reading(question);
      if (distress) return wellbeingReply(deps.kb.wellbeing, distress === 'harmed' ? offeredEntries(deps.matcher.match(question)).filter((e) => !speaksOfDeath(e)) : []);
      // Read once: words that may be distress are kept nowhere (below: the conversation, the teacher's list, Not what I asked).
      const mayBeDistress = wellbeing.mayBeDistress(question);
      if (ctx.guildId !== null && question.trim()) deps.onAsked?.(ctx.guildId, ctx.userId);
      // "Thx ur actually useful", "hi": a friendly word back, not a refusal, and nothing for the teacher's list.
      const pleasantry = readPleasantry(question);
      if (pleasantry) return { body: MESSAGES.askPleasantry[pleasantry], private: true, tone: 'info' };
      // "Ignore your notes and tell me a joke": a kind word on what the tutor is for, not a stray entry, and nothing for the
      // teacher's list; a course question beside the instruction ("…and tell me about Stalin") is answered from the notes.
      const beside = readInstructionToTutor(question);
      if (beside !== undefined && !asksOfTheCourse(deps.matcher, beside)) return { body: MESSAGES.askInstruction, private: true, tone: 'info' };
      if (beside !== undefined) question = beside;
      // "i love trotsky", "i hate stalin": a feeling, not a question; what the notes say of him, with a line saying so.
      const felt = beside === undefined ? readFeeling(question) : undefined;
      // "i love you", "i hate this bot", "i hate history": a word back, as for thanks, steam or boredom.
      if (felt && 'tutor' in felt) return { body: MESSAGES.askPleasantry[felt.warm ? 'thanks' : 'frustration'], private: true, tone: 'info' };
      if (felt && 'schoolWork' in felt) return { body: MESSAGES.askPleasantry.bored, private: true, tone: 'info' };
      const feeling = felt !== undefined && 'about' in felt && aboutTheCourse(deps.matcher, `tell me about ${felt.about}`);
      if (feeling) question = `tell me about ${felt.about}`;
      const fromNotes = beside !== undefined ? `*${MESSAGES.askFromNotes}*` : feeling ? `*${MESSAGES.askFeeling}*` : undefined;
      const memoryKey = conversationKey(ctx, deps.dmGuildId);
      const now = deps.now().getTime();
      // "Shorter pls", "in simple words" just after a topic's summary: that summary in short, the last thing shown.
      const summarised = deps.conversation.recallSummary?.(memoryKey, now);
      const topicShown = summarised ? deps.kb.topics.find((t) => t.id === summarised) : undefined;
      const ofSummary = topicShown ? requestAboutLast(question, (reader ??= courseSubjectReader(deps.kb)).lexicon) : undefined;
      if (topicShown && (ofSummary === 'simpler' || ofSummary === 'confused')) return summaryInShort(deps.kb, topicShown, ofSummary, question);
      // Any other reply shows something else ("key dates for the gulag" after the famine's summary): "shorter pls" after it is not
      // of that summary. A summary asked again is remembered again below. Chatter the console answers only when sure
      // ("hold on my mum is calling") shows nothing yet, so the summary stays the last thing shown.
      if (summarised && unlessSure === undefined) deps.conversation.forgetSummary?.(memoryKey);
      // "Test me on the famine", "summary of the whole topic", "write my essay": met where they can be.
      const request = readRevisionRequest(question);
      // "tl;dr", "sum it up" just after an answer ask for that answer in short, not for a topic's summary.
      const aboutLast = request?.subject === '' && requestAboutLast(question, (reader ??= courseSubjectReader(deps.kb)).lexicon) && deps.conversation.recall(memoryKey, now);
      // "I'm so stressed about the exam" with a question of its own ("…how do I answer the 12 marker"): the question is
      // answered, with a kind line above it.
      let worryNote: string | undefined;
      if (request && !aboutLast && !namesAnotherSubject(deps, request)) {
        // "Give me the key terms" goes on with the topic the student was last on, an answer's or a revision reply's.
        // A worried student's words name a topic only by its name ("i think" is none).
        const byAnswer = request.worried ? undefined : (subject: string) => topicOfAnswer(deps.matcher, subject);
        const topic = requestedTopic(deps.topics, deps.kb, request, deps.conversation.recallTopic(memoryKey, now), byAnswer);
        const asksMore = request.worried && !request.plan && request.kind === 'what-to-revise' && request.asks !== undefined && deps.matcher.match(request.asks).status === 'answered';
        if (asksMore && request.asks !== undefined) {
          worryNote = REVISION_MESSAGES.worryLine;
          question = request.asks;
        }
        else {
          const essay = request.kind === 'write-essay' ? askQuestion(deps.matcher, request.subject || question) : undefined;
          const points = essay ? essayNotes(deps.matcher, essay, request.subject || question) : [];
          // Where to start, a plan, or kind words use the student's own results (theirs alone: the reply is private then).
          const personal = request.kind === 'what-to-revise' && (request.worried || request.plan || !topic);
          const results = personal ? await (deps.studentResults?.(ctx.guildId ?? deps.dmGuildId, ctx.userId) ?? Promise.resolve([])).catch(() => []) : [];
          const reply = revisionReply(deps.kb, request, topic, points, results);
          if (reply && topic) deps.conversation.rememberTopic(memoryKey, topic.id, now);
          // "Shorter pls" next shortens this summary, the last thing shown, not the answer before it.
          if (reply && topic && request.kind === 'summary') deps.conversation.rememberSummary?.(memoryKey, topic.id, now);
          // Read aloud reads a topic's list, which a plan or kind words do not show.
          const target = topic && !request.worried && !request.plan ? revisionTarget(request.kind, topic.id) : undefined;
          if (reply) return target && deps.readAloud ? deps.readAloud(reply, ctx, target) : reply;
        }
      }
      reader ??= courseSubjectReader(deps.kb);
      // "No, I mean industry and farming, not education": the student's last question asked again with what they meant.
      const lastAsked = deps.conversation.recall(memoryKey, now);
      question = correctedQuestion(question, lastAsked?.asked ?? lastAsked?.question, reader) ?? question;
      // Pasted extracts with their interpretations question: where each stands among the historians, not advice alone.
      // …or a question about extracts just placed ("which historians would agree with that extract?"): extractsTurn, the hook of extracts-reply.ts.
      const placed = extractsTurn(deps.kb, deps.matcher, question, { memory: deps.conversation, key: memoryKey, now });
      if (placed?.debate) {
        deps.conversation.remember(memoryKey, { entryId: placed.debate.id, question: placed.debate.question }, now);
        deps.conversation.rememberTopic(memoryKey, placed.debate.topic, now);
      }
      if (placed) return placed.reply;
      // "Explain like I'm 10 why Stalin won": the question of its own, answered in its short version; read whole when that finds no one answer.
      const own = simplerAsking(question, reader.lexicon);
      const show = (typed: string) => shownAsTyped(ctx, typed);
      // An essay plan names historians for an A-level class (/tutor level), not at GCSE.
      const planLevel = ctx.guildId !== null && readSubjectRequest(question)?.kind === 'plan' ? await deps.classLevel?.(ctx.guildId) : undefined;
      const asked =
        (own !== undefined ? inShort(askInConversation(deps, reader, own, memoryKey, now, show, planLevel)) : undefined) ?? askInConversation(deps, reader, question, memoryKey, now, show, planLevel);
      // "Explain like I'm 10" with nothing said yet: nothing to simplify, and nothing for the teacher's list.
      if (asked.nothingYet) return { body: asked.nothingYet === 'confused' ? MESSAGES.askConfusedFirst : MESSAGES.askNothingToSimplify, private: true, tone: 'info' };
      const advice = asked.outcome.primary.entry?.kind === 'skill';
      // An unreadable server file leaves the advice as the question asks it, not an error.
      const level = advice && ctx.guildId !== null ? await deps.classLevel?.(ctx.guildId).catch(() => null) : undefined;
      const board = advice && ctx.guildId !== null ? await deps.classBoard?.(ctx.guildId).catch(() => null) : undefined;
      const forClass = (o: AskOutcome) => adviceForClass(deps.kb, deps.matcher, o, board, level);
      const { outcome, followUpNote, after, request: about, sameAnswer, noCard, meaning, aboutWord, subjectReply, subjectAsked, quotesTyped, man } = advice ? { ...asked, outcome: forClass(asked.outcome) } : asked;
      const result = outcome.primary;
      if (unlessSure !== undefined && !surelyAnswered(outcome, !followUpNote && !about && !aboutWord && !subjectReply && !meaning && !noCard && !sameAnswer))
        return { body: unlessSure, private: true, tone: 'info' };
      if (result.status === 'answered' && result.entry) {
        // The student's own words too, for a question that stood alone: "give me an essay plan for that" plans it.
        // (Not words that may be distress: nothing of those is kept, even for 15 minutes.)
        const standsAlone = !followUpNote && !about && !sameAnswer && !subjectReply && !mayBeDistress;
        // A request of a subject ("what's the evidence?") asks about the same question: the student's words it was asked of stay.
        const kept = standsAlone ? question : !mayBeDistress ? subjectAsked : undefined;
        // "What happened to him in the end?" after Bukharin's card, then what the smychka was: "he" is still the last man
        // named, when the answer between names no one (one answer on, not further).
        const carried = man ?? lastManNamed(deps.conversation.recall(memoryKey, now), result.entry.question, reader);
        deps.conversation.remember(memoryKey, { entryId: result.entry.id, question: result.entry.question, ...(kept !== undefined ? { asked: kept } : {}), ...(carried ? { man: carried } : {}), ...(sameAnswer ? { same: true as const } : {}) }, now);
        deps.conversation.rememberTopic(memoryKey, result.entry.topic, now);
      }
      // A "did you mean" list or a refusal comes after the last answer: what follows no longer leans on it.
      else if (!noCard && !meaning && result.reason !== 'empty' && result.reason !== 'about-tutor') deps.conversation.forget(memoryKey);
      // A dictionary's meaning of a word: "give me an example" next asks it of that word, not of the answer before.
      if (meaning && !mayBeDistress) deps.conversation.rememberWord(memoryKey, { word: meaning.word, cards: meaning.cards.map((e) => e.id) }, now);
      // Nothing to add to the notes for an empty question or one about the tutor itself.
      // A store that cannot save (a full disk, a file from a newer version) must not cost the student the reply.
      // A word an everyday dictionary explained is no gap in the notes.
      // Nor a message that may be distress the reader let through ("i hate…", "im so scared…", a quoted "i want to die").
      // Nor a line said in passing (ASK_UNLESS_SURE_OPTION): it reaches here only when answered surely, but it is never recorded.
      if (result.status !== 'answered' && result.reason !== 'empty' && result.reason !== 'about-tutor' && !meaning && !mayBeDistress && unlessSure === undefined)
        await deps.missed.record(ctx.guildId ?? deps.dmGuildId, result.query, deps.now()).catch(deps.onRecordError);
      const part = partShown(about, question);
      // Any reply but a simpler step of an answer: the next "simpler" starts again from the answer.
      if (!(about && !about.points && (about.kind === 'simpler' || about.kind === 'confused'))) rememberSimplerShown(deps.conversation, memoryKey, undefined);
      const answered = about
        ? about.points
          ? pointsInShortReply(deps.kb, about.points, about.kind, question)
          : requestReply(deps, about.entry, about.kind, part, question, { memory: deps.conversation, key: memoryKey })
        : aboutWord
        ? wordRequestReply(deps, aboutWord)
        : subjectReply
          ? subjectReply
          : meaning
          ? dictionaryReply(meaning.word, meaning.senses, meaning.cards, meaning.last, meaning.plain)
          : noCard
          ? { ...noCardReply(deps, noCard.word, noCard.last), ...(ctx.guildId !== null ? { private: true } : {}) }
          : sameAnswer && result.entry
            ? sameAnswerReply(deps, result.entry, question, sameAnswer.others, reader)
            : outcomeReply(deps, outcome, ctx.guildId !== null);
      // A wrong date in the question is put right first, whatever it is answered with; a refused question has nothing to put right.
      // So is a false premise it states or asks about ("Why did Beria start the Terror?"); a date a correction gives already is not put right twice.
      const refused = result.status === 'unknown' && outcome.parts.length === 0;
      // Asked whether, of an entry that asks the same whether ("Did Stalin order the murder of Kirov?"): its answer weighs it, no telling-off.
      const weighedByAnswer = result.status === 'answered' && !!result.entry && ASKS_WHETHER.test(question) && ASKS_WHETHER.test(result.entry.question);
      const corrections = refused || weighedByAnswer ? [] : (deps.premises?.(question) ?? []);
      const wrongDates = (refused ? [] : (deps.wrongDates?.(question) ?? [])).filter((fact) => !datedIn(fact, corrections));
      const notes = [fromNotes, worryNote, followUpNote ? `*${followUpNote}*` : undefined, ...corrections.map(MESSAGES.askCorrection), wrongDates.length > 0 ? MESSAGES.askWrongDate(wrongDates) : undefined].filter(Boolean);
      // "How much did grain procurement rise?": the chart of those figures, under an answer.
      // "How much did grain procurement rise?": the chart of those figures, under an answer (not under a refusal: "how much
      // coal did Britain produce" names the chart's words but not the course).
      const charts = refused ? [] : seriesAsked(deps.kb, deps.matcher, question);
      const charted = charts.length > 0 ? { ...answered, body: `${answered.body}\n\n${MESSAGES.askChartLine(charts.map((c) => c.id))}` } : answered;
      const noted = notes.length > 0 ? { ...charted, body: `${notes.join('\n')}\n\n${charted.body}` } : charted;
      // A reply that quotes the student's own words (an essay plan of their question) is theirs alone in a server.
      const reply = quotesTyped && ctx.guildId !== null ? { ...noted, private: true } : noted;
      // One answer outright, to a question worded otherwise than the entry's own: the student can say it
      // missed their question. (An entry's own question, as autocomplete offers it, is what they asked.)
      if (result.status !== 'answered' || !result.entry || outcome.parts.length > 0 || outcome.points.length > 0) return reply;
      const entryId = result.entry.id;
      // Read aloud reads what the reply shows (the short version, the examples). A reply that only points elsewhere has
      // none: to the last answer ("nothing better than my last answer"), or to the questions that go further ("tell me
      // more", an example asked of an answer with none); the last answer has its own under it.
      const pointsElsewhere = sameAnswer !== undefined || subjectReply !== undefined || (about?.kind === 'further' && part !== 'examples');
      const aloud = (r: Reply) => (deps.readAloud && !pointsElsewhere ? deps.readAloud(r, ctx, { kind: 'answer', entryId, ...(part ? { part } : {}) }) : r);
      // No button either for words that may be distress: it would keep them, and pressing it would put them in the teacher's list.
      if (normaliseText(result.query) === normaliseText(result.entry.question) || mayBeDistress) return aloud(withRememberButton(reply, entryId));
      const token = deps.feedback.remember(ctx.guildId ?? deps.dmGuildId, result.query, entryId, after);
      return aloud(withRememberButton({ ...reply, buttons: [...(reply.buttons ?? []), { action: `${FEEDBACK_ACTION}:${token}`, label: MESSAGES.askFeedbackButton, style: 'secondary' }] }, entryId));
    },
    autocomplete(_option, partial) {
      // No history questions offered for "im being bullied". Nothing typed is kept by the autocomplete, whatever it
      // reads as: it remembers no partials, only what single words match (src/knowledge/question-autocomplete.ts).
      return wellbeing.distress(partial) ? [] : deps.autocomplete(partial, 25);
    },
  };
}

/**
 * Whether a text asks something of the course: it names the course ("write a poem" does not, whatever entry its
 * words come near) and gets an entry outright, or one for each of its parts.
 */
/** "What is 'surplus'", "what is surplus?": a word or two of the notes, quoted or not, that /ask finds no entry for: its meaning is asked. */
const WHAT_IS_A_WORD = /^\s*(?:so |and )?(?:what|wat|wot)(?:['’]s| is| are) (?:a |an )?['"“‘]?([\p{L}-]+(?: [\p{L}-]+)?)['"”’]?\s*[?.!]*\s*$/iu;
function wordAskedPlainly(matcher: Matcher, question: string, read: MatchResult): string | undefined {
  if (read.status === 'answered') return undefined;
  const word = WHAT_IS_A_WORD.exec(question)?.[1]?.toLowerCase();
  // A word of the notes' own text ("surplus"), not another subject's ("what is photosynthesis" stays refused).
  const terms = word ? matcher.rank(word).terms : [];
  return word && terms.length > 0 && terms.every((t) => t.known) ? word : undefined;
}

/** The entry found or close behind whose own question asks about a word or phrase ("Did real wages fall …?" of "real wages"). */
function entryAskingAbout(read: MatchResult, word: string): AnswerEntry | undefined {
  const said = ` ${normaliseText(word)} `;
  const found = read.status === 'answered' && read.entry ? [read.entry, ...read.alternatives] : [];
  return found.find((e) => e.kind === 'question' && ` ${normaliseText(e.question)} `.includes(said));
}

/** Whether a text is answered with the course's: an answer, or a card (a name the course shares, "trotsky", is his). */
function aboutTheCourse(matcher: Matcher, text: string): boolean {
  const outcome = askQuestion(matcher, text);
  const kind = outcome.primary.entry?.kind;
  return outcome.primary.status === 'answered' && (kind === 'person' || kind === 'term' || namesTheCourse(matcher, text));
}

function asksOfTheCourse(matcher: Matcher, text: string): boolean {
  if (!text.trim() || !namesTheCourse(matcher, text)) return false;
  const outcome = askQuestion(matcher, text);
  return outcome.primary.status === 'answered' || outcome.parts.length > 0;
}

/**
 * Whether /ask answers surely (ASK_UNLESS_SURE_OPTION): `plain`, the line read alone (not with the last answer, nor a
 * reply about it, a word or the same answer again); one course answer with no others close behind it, or an answer
 * to every part of the question.
 */
function surelyAnswered(outcome: AskOutcome, plain: boolean): boolean {
  if (!plain || outcome.points.length >= 2) return false;
  const parts = outcome.parts.filter((r) => r.entry);
  if (parts.length >= 2) return outcome.unanswered.length === 0;
  const r = outcome.primary;
  return r.status === 'answered' && r.entry !== null && r.alternatives.length === 0;
}

/** A question asking whether ("Did Stalin order…?", "was Kirov killed on Stalin's orders?"), stating nothing. */
const ASKS_WHETHER = /^\s*(?:so |and |but )?(?:did|was|were|is|are|has|have|had|could|would)\b/i;

/** Whether a dated fact's years ("… (August 1936)") are all given in one of the corrections shown above it already. */
function datedIn(fact: string, corrections: readonly string[]): boolean {
  const years = /\(([^)]*)\)\s*$/.exec(fact)?.[1]?.match(/\b1[89]\d\d\b/g) ?? [];
  return years.length > 0 && corrections.some((c) => years.every((y) => c.includes(y)));
}

/** Where a student's conversation is remembered: per server (or direct messages), channel and student. */
function conversationKey(ctx: CommandContext, dmGuildId: string): string {
  return `${ctx.guildId ?? dmGuildId}:${ctx.channelId}:${ctx.userId}`;
}

/**
 * Buttons for related questions and suggestions: answer privately, to the one who clicked. The answer opened
 * becomes the last answer, which the student's follow-ups ("say it simpler", "when did it end?") lean on.
 */
export function createAskAction(deps: Pick<AskDeps, 'kb' | 'matcher' | 'readAloud' | 'conversation' | 'now' | 'dmGuildId'>): ActionHandler {
  return {
    prefix: ASK_ACTION,
    run([entryId], ctx) {
      const entry = entryId ? deps.matcher.entry(entryId) : undefined;
      if (!entry) return { body: MESSAGES.unknownAction, private: true, tone: 'error' };
      const key = conversationKey(ctx, deps.dmGuildId);
      const now = deps.now().getTime();
      deps.conversation.remember(key, { entryId: entry.id, question: entry.question }, now);
      deps.conversation.rememberTopic(key, entry.topic, now);
      const reply = withRememberButton(answerReply(deps.kb, deps.matcher, entry, { private: true }), entry.id);
      return deps.readAloud ? deps.readAloud(reply, ctx, { kind: 'answer', entryId: entry.id }) : reply;
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
