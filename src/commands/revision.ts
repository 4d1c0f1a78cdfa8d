// Replies to revision requests (src/matching/revision-request.ts): a topic's page or part of it, a button
// that starts a quiz on it, what to know, and a kind no to writing an essay.
import type { KnowledgeBase, Term, Topic } from '../knowledge/schema.js';
import type { TopicFinder } from '../knowledge/topic-finder.js';
import type { RevisionRequest } from '../matching/revision-request.js';
import { normaliseText } from '../matching/normalise.js';
import { QUESTION_WORDS, STOPWORDS } from '../matching/vocabulary.js';
import { MESSAGES, REVISION_MESSAGES as R } from '../messages.js';
import { encodeAction } from './router.js';
import { formatDate, topicReply } from './topics.js';
import type { ActionHandler, Command, Reply } from './types.js';
import type { ReadAloud } from './voice.js';

export const REVISION_ACTION = 'revise';

/** The topic a request names, else the one the conversation is on (the student's last answer). */
export function requestedTopic(
  finder: TopicFinder,
  kb: KnowledgeBase,
  request: RevisionRequest,
  lastTopicId: string | undefined,
  /** The topic of the entry /ask would answer the subject with ("lenins testament" → Lenin's legacy), when no topic is named. */
  topicOfAnswer?: (subject: string) => string | undefined,
): Topic | undefined {
  // A subject of names the course shares with other periods only ("stalin", "the ussr") names the whole course.
  const shared = new Set(kb.vocabulary.sharedNames);
  const words = contentWords(` ${request.subject} `);
  const subject = words.every((w) => shared.has(w) || shared.has(w.replace(/s$/, ''))) ? '' : request.subject;
  const byAnswer = () => {
    const id = subject && topicOfAnswer ? topicOfAnswer(subject) : undefined;
    return kb.topics.find((t) => t.id === id);
  };
  const named = subject ? (finder.find(subject) ?? firstNamed(finder, subject) ?? byName(kb, subject, 'most') ?? byAnswer() ?? byName(kb, subject, 'any')) : undefined;
  // "What should I revise?" with no topic named is about the whole course, not the last answer's topic; so is any request
  // that names the whole course ("key dates for the whole course", "quiz me on all the topics"), a summary aside (a summary
  // of the whole course is no topic's page). "Key dates", "key people" alone go on with the topic the student was on.
  if (named) return named;
  if ((request.kind === 'what-to-revise' && !request.people) || (request.wholeCourse && request.kind !== 'write-essay')) return undefined;
  return kb.topics.find((t) => t.id === lastTopicId);
}

/**
 * Whether a request with no topic is about the whole course: it names it, names nothing, or only names the course shares
 * with other periods ("key dates for stalin"). "Key dates for the purges of 1950" names something else: /ask answers it.
 */
function aboutWholeCourse(kb: KnowledgeBase, request: RevisionRequest): boolean {
  if (request.wholeCourse) return true;
  const shared = new Set(kb.vocabulary.sharedNames);
  return contentWords(` ${normaliseText(request.subject)} `).every((w) => shared.has(w) || shared.has(w.replace(/s$/, '')));
}

/** Whether a request names no topic of its own, so that its topic is the conversation's ("give me the main dates I need to know"). */
function fromConversation(kb: KnowledgeBase, request: RevisionRequest): boolean {
  return !request.wholeCourse && contentWords(` ${normaliseText(request.subject)} `).length === 0;
}

/**
 * The whole course's must-know lists (knowledge/revision.yaml's `course`): its turning points, one a line, as their
 * topics give them; its key people with a few words each; its key words with a few words each. Empty when the fact
 * base has none; a reference the fact base no longer holds is left out (kb check names it).
 */
export function courseLists(kb: KnowledgeBase) {
  const course = kb.revision?.course;
  const dates = (course?.keyDates ?? []).flatMap((ref) => kb.topics.find((t) => t.id === ref.topic)?.keyDates.filter((d) => d.date === ref.date).slice(0, 1) ?? []);
  const people = (course?.people ?? []).flatMap((ref) => kb.people.filter((p) => p.id === ref.person).slice(0, 1).map((p) => ({ name: p.name, role: ref.role })));
  const terms = (course?.terms ?? []).flatMap((ref) => kb.terms.filter((t) => t.id === ref.term).slice(0, 1).map((t) => ({ term: t.term, gloss: ref.gloss })));
  return { dates, people, terms };
}

/** A whole-course list as a reply: its lines, then the picture (for dates) and each topic's own list. None when the list is empty. */
export function courseListReply(kb: KnowledgeBase, kind: 'dates' | 'people' | 'terms'): Reply | undefined {
  const lists = courseLists(kb);
  const lines =
    kind === 'dates'
      ? lists.dates.map(dateLine)
      : kind === 'people'
        ? lists.people.map((p) => `**${p.name}**: ${p.role}`)
        : lists.terms.map((t) => `**${t.term}**: ${t.gloss}`);
  if (lines.length === 0) return undefined;
  const title = kind === 'dates' ? R.courseDatesTitle : kind === 'people' ? R.coursePeopleTitle : R.courseTermsTitle;
  return { title, body: `${lines.join('\n')}\n\n${R.courseMore(kind)}`, tone: 'info' };
}

/** The first of several things named that names a topic: "education and youth under Stalin" is education's. */
function firstNamed(finder: TopicFinder, subject: string): Topic | undefined {
  const parts = subject.split(/\b(?:and|or|with|plus|vs|versus|then)\b/).map((p) => p.trim());
  if (parts.length < 2) return undefined;
  for (const part of parts) {
    const found = part ? finder.find(part) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * The topic whose name (its title or an alias) the subject holds, the longest such name first: "how
 * successful the five year plans were". With 'most', only a name that is most of what the subject says:
 * in "why the NEP was abandoned" the NEP is what was abandoned, which is the answer's topic to tell.
 */
function byName(kb: KnowledgeBase, subject: string, cover: 'most' | 'any'): Topic | undefined {
  const text = ` ${normaliseText(subject)} `;
  let best: { topic: Topic; name: string } | undefined;
  for (const topic of kb.topics)
    for (const name of [topic.title, ...topic.aliases].map((n) => normaliseText(n)))
      if (name && text.includes(` ${name} `) && (!best || name.length > best.name.length)) best = { topic, name };
  if (!best) return undefined;
  return cover === 'any' || contentWords(` ${best.name} `).length * 2 > contentWords(text).length ? best.topic : undefined;
}

const contentWords = (text: string) => text.split(' ').filter((w) => w && !STOPWORDS.has(w) && !QUESTION_WORDS.has(w));

/** What a topic's revision replies list (and Read aloud reads of them): its key dates, the words defined for it, and what to know of it. */
export function revisionLists(kb: KnowledgeBase, topic: Topic) {
  return {
    keyDates: topic.keyDates,
    terms: kb.terms.filter((t) => t.topics.includes(topic.id)),
    mustKnowDates: topic.keyDates.slice(0, 6),
    people: kb.people.filter((p) => p.topics[0] === topic.id).map((p) => p.name),
  };
}

/** A key date as a line of its own: "Aug 1936 — First Moscow show trial". */
const dateLine = (d: Topic['keyDates'][number]) => `${formatDate(d.date, d.end)} — ${d.label}`;

function mustKnow(kb: KnowledgeBase, topic: Topic): string {
  const { mustKnowDates, people } = revisionLists(kb, topic);
  return [
    `**${topic.title}**`,
    // One date a line, so a screen reader moves from one to the next.
    MESSAGES.reviseMustKnowDates,
    ...mustKnowDates.map(dateLine),
    `Terms: ${topic.keyTerms.join(', ')}`,
    ...(people.length > 0 ? [`People: ${people.join(', ')}`] : []),
  ].join('\n');
}

/** A student's own results on a topic: their quiz answers and /practice marks, as one share right. */
export interface TopicResult {
  readonly topic: string;
  /** Share right, 0–1: quiz answers right and /practice marks, each answer counted once. */
  readonly share: number;
  /** How many answers it rests on: each quiz answer once, each /practice answer PRACTICE_WEIGHT times. */
  readonly answers: number;
}

/** A topic's results count once they rest on this many answers (a /practice answer counts as PRACTICE_WEIGHT). */
const ENOUGH_ANSWERS = 3;
/** A marked exam answer says more of a topic than one quiz question. */
const PRACTICE_WEIGHT = 3;
/** A topic at or above this share right is one the student knows: last in a plan, never "weakest". */
const KNOWN_SHARE = 0.8;

/**
 * A student's results per topic, weakest first, from their own quiz answers (per topic, answered and right) and
 * /practice marks (per topic, the mean share of the marks): only topics with enough answers to say anything.
 */
export function studentTopicResults(
  quiz: readonly { readonly topic: string; readonly answered: number; readonly correct: number }[],
  practice: readonly { readonly topic: string; readonly attempts: number; readonly average: number }[],
): TopicResult[] {
  const totals = new Map<string, { right: number; of: number }>();
  const add = (topic: string, right: number, of: number) => {
    const t = totals.get(topic) ?? { right: 0, of: 0 };
    totals.set(topic, { right: t.right + right, of: t.of + of });
  };
  for (const q of quiz) if (q.answered > 0) add(q.topic, q.correct, q.answered);
  for (const p of practice) if (p.attempts > 0) add(p.topic, p.average * p.attempts * PRACTICE_WEIGHT, p.attempts * PRACTICE_WEIGHT);
  return [...totals]
    .filter(([, t]) => t.of >= ENOUGH_ANSWERS)
    .map(([topic, t]) => ({ topic, share: t.right / t.of, answers: t.of }))
    .sort((a, b) => a.share - b.share || a.topic.localeCompare(b.topic));
}

/** The topics a student's results say are weak (below KNOWN_SHARE), weakest first. */
const weakOnes = (kb: KnowledgeBase, results: readonly TopicResult[]) =>
  results.filter((r) => r.share < KNOWN_SHARE).flatMap((r) => kb.topics.filter((t) => t.id === r.topic).map((topic) => ({ topic, share: r.share })));

/** The topics every board asks about (knowledge/revision.yaml), in the course's order; the whole course when none are listed. */
const coreTopics = (kb: KnowledgeBase): Topic[] => {
  const core = new Set(kb.revision?.coreTopics ?? []);
  const listed = kb.topics.filter((t) => core.has(t.id));
  return listed.length > 0 ? listed : [...kb.topics];
};

/** A topic as a plan names it: its title and the name /topic, /quiz and /practice take. */
const topicLabel = (t: Topic) => `**${t.title}** (\`${t.id}\`)`;

/**
 * The course's topics in the order to revise them: the one asked about, then the student's weak ones (weakest first), then
 * the topics every board asks about, then the rest in the course's order, and the ones they know (KNOWN_SHARE) last.
 */
function revisionOrder(kb: KnowledgeBase, results: readonly TopicResult[], first: Topic | undefined): Topic[] {
  const known = new Set(results.filter((r) => r.share >= KNOWN_SHARE).map((r) => r.topic));
  const ordered = [...(first ? [first] : []), ...weakOnes(kb, results).map((w) => w.topic), ...coreTopics(kb), ...kb.topics.filter((t) => !known.has(t.id)), ...kb.topics];
  return [...new Map(ordered.map((t) => [t.id, t])).values()];
}

/** Days of a plan that go through the topics (then a day of exam questions and a day of review). */
const PLAN_TOPIC_DAYS = 5;
/** A day's 45 minutes hold two topics at most (about 20 minutes each): four packed into it teach none. */
const PLAN_TOPICS_A_DAY = 2;

/**
 * A week's plan: the topics in revisionOrder over five days, read and tested; a day of exam questions on the first
 * (weakest) ones, marked; a last day of mixed quiz and review. Private when it uses the student's results.
 */
export function revisionPlanReply(kb: KnowledgeBase, results: readonly TopicResult[], first: Topic | undefined): Reply {
  const order = revisionOrder(kb, results, first);
  // At most PLAN_TOPICS_A_DAY topics a day, in 45 minutes: the first in revisionOrder; the rest after, for more time.
  const planned = order.slice(0, PLAN_TOPIC_DAYS * PLAN_TOPICS_A_DAY);
  const days: Topic[][] = Array.from({ length: Math.min(PLAN_TOPIC_DAYS, planned.length) }, () => []);
  planned.forEach((t, i) => days[Math.floor((i * days.length) / planned.length)]?.push(t));
  const rest = order.slice(planned.length);
  const weakestFirst = weakOnes(kb, results).length > 0;
  const body = [
    R.planIntro(weakestFirst),
    ...days.map((topics, i) => R.planDay(i + 1, topics.map(topicLabel))),
    ...(rest.length > 0 ? [R.planRest(rest.map((t) => `\`${t.id}\``))] : []),
    R.planPractice(order.slice(0, 2).map((t) => t.id)),
    R.planLast,
    R.planReviewFirst,
  ].join('\n');
  return { title: R.planTitle, body, footer: R.planFooter, tone: 'info', ...(results.length > 0 ? { private: true } : {}) };
}

/**
 * Where to start on the whole course ("where do I even start", "what is likely to come up"): honest that no one
 * knows what will come up, the topics every board asks about, the student's weakest first when their results are
 * known (privately), and the tutor's own tools to revise them with.
 */
export function startReply(kb: KnowledgeBase, results: readonly TopicResult[], comesUp: boolean): Reply {
  const weak = weakOnes(kb, results).slice(0, 3);
  const core = coreTopics(kb);
  // The rest of the course in one line, so the whole of it is in sight (a GCSE student asked where the famine was).
  const rest = kb.topics.filter((t) => !core.includes(t));
  const body = [
    comesUp ? R.comesUp : R.startCore,
    [...core.map((t) => `• ${topicLabel(t)}`), ...(rest.length > 0 ? [R.startThen(rest.map((t) => `\`${t.id}\``))] : [])].join('\n'),
    ...(weak.length > 0 ? [R.startWeakest(weak.map((w) => topicLabel(w.topic)))] : []),
    R.startHow,
    ...(kb.revision?.course ? [R.startLists] : []),
  ].join('\n\n');
  return { title: R.startTitle, body, footer: R.startFooter, tone: 'info', ...(weak.length > 0 ? { private: true } : {}) };
}

/**
 * Kind words for a student worried about the exam, then a short way to start with the tutor's own tools: their weakest
 * topic when their results say, else the topic they named, else the topics every board asks about. Always private.
 * Distress itself never comes here: /ask reads it first (src/matching/wellbeing.ts).
 */
export function worryReply(kb: KnowledgeBase, results: readonly TopicResult[], topic: Topic | undefined): Reply {
  const weakest = weakOnes(kb, results)[0];
  const start = topic
    ? R.worryStartTopic(topic.title, topic.id)
    : weakest
      ? R.worryStartWeakest(weakest.topic.title, weakest.topic.id, Math.round(weakest.share * 100))
      : R.worryStartCore(coreTopics(kb).map(topicLabel));
  const id = topic?.id ?? weakest?.topic.id;
  const body = [R.worry, `${start}\n${R.worrySteps(id)}`, ...(topic ? [mustKnow(kb, topic)] : []), R.worryMore].join('\n\n');
  return { title: R.worryTitle, body, tone: 'info', private: true };
}

/**
 * The reply to a revision request, or undefined when it needs a topic and names none (then /ask answers
 * it as a question). `essayPoints` are the entries /ask would offer to build an essay from. `results`: the
 * student's own results per topic (studentTopicResults), for a plan or a starting point; empty when unknown.
 */
export function revisionReply(
  kb: KnowledgeBase,
  request: RevisionRequest,
  topic: Topic | undefined,
  essayPoints: readonly { id: string; question: string }[],
  results: readonly TopicResult[] = [],
): Reply | undefined {
  if (request.kind === 'what-to-revise' && request.worried && !request.plan) return worryReply(kb, results, topic);
  const reply = request.kind === 'what-to-revise' && request.plan ? revisionPlanReply(kb, results, topic) : revisionReplyOf(kb, request, topic, essayPoints, results);
  // "So stressed, test me on the famine": a kind line above what was asked, for the student alone.
  return reply && request.worried ? { ...reply, body: `${R.worryLine}\n\n${reply.body}`, private: true } : reply;
}

function revisionReplyOf(
  kb: KnowledgeBase,
  request: RevisionRequest,
  topic: Topic | undefined,
  essayPoints: readonly { id: string; question: string }[],
  results: readonly TopicResult[],
): Reply | undefined {
  switch (request.kind) {
    case 'write-essay':
      // With nothing named to find notes on ("can you do my homework"), it must not promise notes it does not show.
      if (essayPoints.length === 0) return { title: MESSAGES.reviseEssayTitle, body: MESSAGES.reviseEssayNoNotes(kb.topics.map((t) => t.title)), tone: 'info' };
      return {
        title: MESSAGES.reviseEssayTitle,
        body: MESSAGES.reviseEssay,
        buttons: essayPoints.slice(0, 4).map((e) => ({ action: `ask:${e.id}`, label: e.question, style: 'primary' as const })),
        tone: 'info',
      };
    case 'what-to-revise':
      if (topic)
        return {
          title: MESSAGES.reviseMustKnowTitle(topic.title),
          body: [
            ...(request.comesUp ? [R.comesUpTopic] : []),
            mustKnow(kb, topic),
            ...(fromConversation(kb, request) ? [R.fromConversation(topic.title, request.people ? 'people' : 'must-know')] : []),
          ].join('\n\n'),
          footer: MESSAGES.reviseMustKnowFooter(topic.id),
          tone: 'info',
        };
      // "Key people" for the whole course: its list; a topic's people are in its must-know list above.
      if (request.people) return aboutWholeCourse(kb, request) ? courseListReply(kb, 'people') : undefined;
      // "What should I learn for the test", "…for all of it": the whole course's must-know list; a student with results of
      // their own gets where to start, their weakest topics among it, as before.
      if (request.everything && results.length === 0) return courseMustKnowReply(kb) ?? startReply(kb, results, request.comesUp === true);
      // The whole course: where to start, then the rest of the course and where its must-know lists are.
      return startReply(kb, results, request.comesUp === true);
    case 'test-me':
      // "Quiz me" naming no topic: a round on the whole course, or the student names one.
      if (!topic)
        return {
          body: MESSAGES.reviseTestMeAny(kb.topics.map((t) => t.title)),
          // "all" is /quiz start's own word for every topic (resolveTopic in src/commands/quiz.ts).
          buttons: [{ action: encodeAction(REVISION_ACTION, 'quiz', 'all'), label: MESSAGES.reviseStartQuizAll, style: 'success' }],
          tone: 'info',
        };
      return {
        body: MESSAGES.reviseTestMe(topic.title),
        buttons: [{ action: encodeAction(REVISION_ACTION, 'quiz', topic.id), label: MESSAGES.reviseStartQuiz(topic.title), style: 'success' }],
        tone: 'info',
      };
    case 'key-dates': {
      // "Key dates for the whole course", "timeline of the whole course", a bare "key dates" with no topic before it.
      if (!topic) return aboutWholeCourse(kb, request) ? courseListReply(kb, 'dates') : undefined;
      const dates = revisionLists(kb, topic).keyDates.map(dateLine).join('\n');
      // "Give me the main dates I need to know" after the NEP: the NEP's, said so, with the way to the whole course's.
      return { title: MESSAGES.reviseDatesTitle(topic.title), body: fromConversation(kb, request) ? `${dates}\n\n${R.fromConversation(topic.title, 'dates')}` : dates, tone: 'info' };
    }
    case 'key-terms': {
      if (!topic) return aboutWholeCourse(kb, request) ? courseListReply(kb, 'terms') : undefined;
      const page = termsPage(kb, topic, 0);
      // Above the list: its last line names the words on the pages still to come.
      return fromConversation(kb, request) ? { ...page, body: `${R.fromConversation(topic.title, 'terms')}\n\n${page.body}` } : page;
    }
    case 'summary':
      if (topic) return topicReply(kb, topic);
      // "A summary of the whole course", "summary of everything": the course in short (knowledge/revision.yaml).
      return aboutWholeCourse(kb, request) ? courseSummaryReply(kb) : undefined;
    case 'lesson-plan':
      if (!topic) return { title: R.lessonTitle("Stalin's USSR"), body: R.lessonNoTopic(kb.topics.map((t) => t.title)), tone: 'info' };
      return { title: R.lessonTitle(topic.title), body: [R.lessonNo, R.lessonTools(topic.aliases[0] ?? topic.title, topic.id), mustKnow(kb, topic)].join('\n\n'), footer: R.lessonFooter(topic.id), tone: 'info' };
    case 'mistakes':
      return topic ? mistakesReply(kb, topic) : { body: R.mistakesNoTopic, tone: 'info' };
  }
}

/** At most this many common mistakes in one reply. */
const MISTAKES_SHOWN = 6;

/**
 * The common mistakes about a topic (knowledge/misconceptions.yaml, those whose `topics` name it, the ones it belongs to most
 * first), each its correction on a line; none noted, it says so and gives what to know for the topic instead.
 */
export function mistakesReply(kb: KnowledgeBase, topic: Topic): Reply {
  const all = kb.misconceptions ?? [];
  const found = [...all.filter((m) => m.topics?.[0] === topic.id), ...all.filter((m) => (m.topics?.indexOf(topic.id) ?? -1) > 0)].slice(0, MISTAKES_SHOWN);
  const footer = R.mistakesFooter(topic.id);
  if (found.length === 0) return { title: MESSAGES.reviseMustKnowTitle(topic.title), body: `${R.mistakesNone(topic.title)}\n\n${mustKnow(kb, topic)}`, footer, tone: 'info' };
  return { title: R.mistakesTitle(topic.title), body: found.map((m) => `• ${m.correction}`).join('\n'), footer, tone: 'info' };
}

/** The whole course in short (knowledge/revision.yaml's course summary), a line for each part; none when the fact base has none. */
export function courseSummaryReply(kb: KnowledgeBase): Reply | undefined {
  const lines = kb.revision?.course?.summary ?? [];
  if (lines.length === 0) return undefined;
  return { title: R.courseSummaryTitle, body: lines.join('\n'), footer: R.courseSummaryFooter, tone: 'info' };
}

/**
 * What to know for the whole course ("what should I learn for the test", "…for all of it"): its key dates one a line, its
 * people by surname and terms by name (each with its few words on /ask key people, key terms), and how to get one topic's
 * list: within one Discord message.
 */
export function courseMustKnowReply(kb: KnowledgeBase): Reply | undefined {
  const lists = courseLists(kb);
  if (lists.dates.length === 0) return undefined;
  const body = [
    [R.courseMustKnowDates, ...lists.dates.map(dateLine)].join('\n'),
    ...(lists.people.length > 0 ? [R.courseMustKnowPeople(lists.people.map((p) => p.name.split(' ').at(-1) ?? p.name))] : []),
    ...(lists.terms.length > 0 ? [R.courseMustKnowTerms(lists.terms.map((t) => t.term))] : []),
    R.courseMustKnowMore,
  ].join('\n\n');
  return { title: R.courseMustKnowTitle, body, tone: 'info' };
}

/**
 * The words with their definitions a page of a topic's key words holds, at most: a page must fit one message
 * (an embed description holds 4096 characters on Discord), with its title and the line naming the words
 * still to come. The topics with the most words (Lenin's legacy, 20) take two pages.
 */
export const TERMS_PAGE_ROOM = 3700;

/**
 * A page of a topic's key words from the `start`th: whole words with their definitions, one a line, as
 * many as fit TERMS_PAGE_ROOM; then the words still to come by name, and a button for the next page. A
 * screenful at a time, no definition cut, and every word of the topic named on the first page.
 */
export function termsPage(kb: KnowledgeBase, topic: Topic, start: number): Reply {
  const title = termsPageTitle(topic, start);
  if (revisionLists(kb, topic).terms.length === 0) return { title, body: topic.keyTerms.join(', '), tone: 'info' };
  const { terms, rest } = termsOnPage(kb, topic, start);
  const lines = terms.map(termLine);
  if (rest.length === 0) return { title, body: lines.join('\n'), tone: 'info' };
  return {
    title,
    body: `${lines.join('\n')}\n\n${MESSAGES.reviseTermsRest(rest.map((t) => t.term))}`,
    buttons: [{ action: encodeAction(REVISION_ACTION, 'terms', topic.id, String(start + terms.length)), label: MESSAGES.reviseTermsMoreButton(rest.length), style: 'primary' }],
    tone: 'info',
  };
}

/** The title of a page of a topic's key words: the first page's, or "(continued)". */
export function termsPageTitle(topic: Topic, start: number): string {
  return start > 0 ? MESSAGES.reviseTermsMoreTitle(topic.title) : MESSAGES.reviseTermsTitle(topic.title);
}

/** A key word with its definition, as a line of its own: "**Nepmen**: Private traders…". */
const termLine = (t: Term) => `**${t.term}**: ${t.definition}`;

/**
 * The words a page of a topic's key words from the `start`th defines (whole words with their definitions, as
 * many as fit TERMS_PAGE_ROOM, one a line; at least one), and the words after it: the one paging, for the page
 * and for what its Read aloud reads. None when the topic has none defined, or `start` is past its last word.
 */
export function termsOnPage(kb: KnowledgeBase, topic: Topic, start: number): { terms: Term[]; rest: Term[] } {
  const all = revisionLists(kb, topic).terms;
  const terms: Term[] = [];
  let used = 0;
  for (const t of all.slice(start)) {
    const length = termLine(t).length + 1;
    if (terms.length > 0 && used + length > TERMS_PAGE_ROOM) break;
    terms.push(t);
    used += length;
  }
  return { terms, rest: all.slice(start + terms.length) };
}

/**
 * The revision buttons: "Start a quiz on …" runs /quiz start for that topic, with all its checks; "More key
 * words" shows the next page of a topic's key words, to the one who pressed it, with its own Read aloud.
 */
export function createRevisionAction(quiz: Command, kb: KnowledgeBase, readAloud?: ReadAloud): ActionHandler {
  return {
    prefix: REVISION_ACTION,
    run([verb, topicId, from], ctx) {
      const topic = kb.topics.find((t) => t.id === topicId);
      const start = Number(from);
      // A page past the words there are now (the fact base reloaded since) starts again from the first.
      if (verb === 'terms' && topic && Number.isInteger(start) && start > 0) {
        const first = start < revisionLists(kb, topic).terms.length ? start : 0;
        const page = termsPage(kb, topic, first);
        // Its own Read aloud, which reads this page's words only.
        const target = { kind: 'topic', topicId: topic.id, part: 'terms', ...(first > 0 ? { from: first } : {}) } as const;
        return { ...(readAloud ? readAloud(page, ctx, target) : page), private: true };
      }
      if (verb !== 'quiz' || !topicId) return { body: MESSAGES.unknownAction, private: true, tone: 'error' };
      return quiz.run({ subcommand: 'start', options: { topic: topicId } }, ctx);
    },
  };
}
