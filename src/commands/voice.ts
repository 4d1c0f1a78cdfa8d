// Voice in the commands (issue 17): /quiz start voice:true joins the starter's voice channel; a Read aloud button
// reads an /ask answer, a /topic page, a revision reply's part of a topic, a /review card once its answer is shown,
// and a /practice question or its model answer plan; /voice leave sends the tutor away. What is read, and when the
// tutor leaves on its own, is src/voice/host.ts; which voice channel the user is in, and what the tutor lacks
// there, the adapter finds (CommandContext.voice).
import type { AnswerEntry } from '../knowledge/answerable.js';
import { EXTRACT_LABELS, type KnowledgeBase, type PracticeQuestion, type QuizQuestion, type Topic } from '../knowledge/schema.js';
import { answerPart, type AnswerPart } from '../matching/follow-up.js';
import { shortVersion, wordsExplained } from './simpler.js';
import type { RevisionKind } from '../matching/revision-request.js';
import { sentencesOf } from '../matching/normalise.js';
import { MESSAGES, PRACTICE_MESSAGES, VOICE_MESSAGES as V } from '../messages.js';
import { VOICE_DEFAULTS } from '../voice/defaults.js';
import type { RoundVoice, VoiceBusy, VoiceHost, VoiceJoinFailed } from '../voice/host.js';
import { speakable } from '../voice/script.js';
import { KEYS } from './keys.js';
import { fitLines, keyDateItem, timelineLine } from './picture-text.js';
import { modelAnswerPlan } from './practice-view.js';
import { revisionLists, termsOnPage, termsPageTitle } from './revision.js';
import { encodeAction } from './router.js';
import type { ActionHandler, Command, CommandContext, Reply, ReplyButton, UserVoice } from './types.js';
import { shownAsTyped } from './types.js';

export const VOICE_ACTION = 'voice';

const refusal = (body: string): Reply => ({ body, private: true, tone: 'error' });

const busyReply = (o: VoiceBusy): Reply => refusal(o.quiz ? V.busyQuiz(o.channelName) : V.busyAnswers(o.channelName));
const failedReply = (o: VoiceJoinFailed): Reply => refusal(V.joinFailed[o.failure]);

/** Why the tutor cannot speak in the user's voice channel (none, a Stage, full, or permissions it lacks there), or undefined when it can. */
function cannotSpeakReply(host: VoiceHost, ctx: CommandContext, guildId: string, voice: UserVoice | null, forAnswer: boolean): Reply | undefined {
  if (voice === null) return { body: forAnswer ? V.readAloudNotInVoice : V.notInVoice, private: true, tone: 'info' };
  const name = host.channelName(guildId, voice.channelId);
  if (voice.unusable) return refusal(voice.unusable === 'stage' ? V.stageChannel(name, forAnswer) : V.channelFull(name, forAnswer));
  if (voice.cannotSpeak.length === 0) return undefined;
  const missing = voice.cannotSpeak.map((p) => V.permission[p]);
  return refusal(forAnswer ? V.readAloudCannotSpeak(name, missing) : V.cannotSpeak(name, missing));
}

/** Joins the starter's voice channel for a round about to start; or the private reply saying why not. */
export async function joinVoiceForRound(host: VoiceHost | undefined, ctx: CommandContext, guildId: string): Promise<{ ok: true; voice: RoundVoice } | { ok: false; reply: Reply }> {
  if (!host || ctx.voice === undefined) return { ok: false, reply: refusal(V.unavailable) };
  const cannot = cannotSpeakReply(host, ctx, guildId, ctx.voice, false);
  if (cannot || !ctx.voice) return { ok: false, reply: cannot ?? refusal(V.notInVoice) };
  const outcome = await host.joinForRound({ guildId, channelId: ctx.voice.channelId, userId: ctx.userId, userName: ctx.userName, textChannelId: ctx.channelId });
  if (outcome.ok) return outcome;
  return { ok: false, reply: outcome.reason === 'busy' ? busyReply(outcome) : failedReply(outcome) };
}

/** Whether a Read aloud button fits: the student is in a voice channel (of a server) the tutor can speak in. */
function canOfferReadAloud(host: VoiceHost | undefined, ctx: CommandContext): boolean {
  const voice = ctx.voice;
  return host !== undefined && ctx.guildId !== null && !!voice && voice.cannotSpeak.length === 0 && !voice.unusable;
}

/** The part of a topic a revision reply shows: its key dates, its key words, or what to know for it. */
export type TopicPart = 'dates' | 'terms' | 'know';

/**
 * What a Read aloud button reads, all of it in the button's action (`voice:<what>:<id>[:<part>]`), so a button
 * still works after a restart and a stale one gets the unknown-action reply. Ids are the fact base's (at most
 * some 60 characters), well within Discord's 100 for an action.
 */
export type ReadAloudTarget =
  /** An answer, or only its part shown (the short version for "explain that simpler"); a /review note card is one. */
  | { readonly kind: 'answer'; readonly entryId: string; readonly part?: AnswerPart }
  /**
   * A topic's title and summary (/topic, "summary of …"), or the part of it a revision reply shows; of its key
   * words, the page from the `from`th word (the first page without it), as each page has its own Read aloud.
   */
  | { readonly kind: 'topic'; readonly topicId: string; readonly part?: TopicPart; readonly from?: number }
  /** A /review quiz card answered: its question, the right answer and the explanation. */
  | { readonly kind: 'quiz-card'; readonly questionId: string }
  /** A /practice question, or its model answer's plan. */
  | { readonly kind: 'practice'; readonly questionId: string; readonly part?: 'model' };

const optional = (part: string | undefined) => (part ? [part] : []);

function actionOf(target: ReadAloudTarget): string {
  switch (target.kind) {
    case 'answer':
      return encodeAction(VOICE_ACTION, 'read', target.entryId, ...optional(target.part));
    case 'topic':
      return encodeAction(VOICE_ACTION, 'topic', target.topicId, ...optional(target.part), ...(target.part === 'terms' && target.from ? [String(target.from)] : []));
    case 'quiz-card':
      return encodeAction(VOICE_ACTION, 'quiz', target.questionId);
    case 'practice':
      return encodeAction(VOICE_ACTION, 'practice', target.questionId, ...optional(target.part));
  }
}

/** The Read aloud button (the one place it is built), when the student is in a voice channel the tutor can speak in. */
export function readAloudButton(host: VoiceHost | undefined, ctx: CommandContext, target: ReadAloudTarget): ReplyButton | undefined {
  if (!canOfferReadAloud(host, ctx)) return undefined;
  return { action: actionOf(target), label: V.readAloudButton, style: 'secondary', key: KEYS.readAloud };
}

/** The reply with a Read aloud button added, when one fits (see readAloudButton). */
export function withReadAloud(reply: Reply, host: VoiceHost | undefined, ctx: CommandContext, target: ReadAloudTarget): Reply {
  const button = readAloudButton(host, ctx, target);
  return button ? { ...reply, buttons: [...(reply.buttons ?? []), button] } : reply;
}

/** Adds a Read aloud button to a reply where one fits: what commands are given (the tutor's voice bound in). */
export type ReadAloud = (reply: Reply, ctx: CommandContext, target: ReadAloudTarget) => Reply;

/** What Read aloud reads of /ask's reply to a revision request on a topic; none for a quiz's or an essay's reply, which show none of it. */
export function revisionTarget(kind: RevisionKind, topicId: string): ReadAloudTarget | undefined {
  switch (kind) {
    case 'summary':
      return { kind: 'topic', topicId };
    case 'key-dates':
      return { kind: 'topic', topicId, part: 'dates' };
    case 'key-terms':
      return { kind: 'topic', topicId, part: 'terms' };
    case 'what-to-revise':
      return { kind: 'topic', topicId, part: 'know' };
    case 'test-me':
    case 'write-essay':
      return undefined;
  }
}

export interface ReadAloudDeps {
  readonly host: VoiceHost | undefined;
  readonly kb: KnowledgeBase;
  readonly entry: (id: string) => AnswerEntry | undefined;
  /** Quiz questions as /review asks them (the date questions too). */
  readonly quizQuestion: (id: string) => QuizQuestion | undefined;
}

interface ToRead {
  readonly heading: string;
  readonly text: string;
  readonly maxChars?: number;
}

/** A heading read as a sentence, so the speech pauses before what follows. */
const asSentence = (text: string) => speakable(text);

/** A sentence ends where a full stop meets a space, but not after an initial ("J. Arch Getty") or "c.". */
function firstSentence(text: string): string {
  const parts = sentencesOf(text);
  let first = parts.shift() ?? '';
  while (parts.length > 0 && /(?:^|\s)(?:[A-Z]|c|e\.g|i\.e|St|Dr)\.$/.test(first)) first = `${first} ${parts.shift() ?? ''}`;
  return first;
}

/**
 * Lines that fit `room` characters, joined: all of them, or each shortened, or as many shortened as fit and
 * then a sentence saying how many more are on the screen. A line is never cut.
 */
function fitted(full: readonly string[], short: readonly string[], room: number): string {
  const joined = full.join(' ');
  return joined.length <= room ? joined : fitLines(short, room, V.aloud.moreOnScreen, ' ');
}

/**
 * A topic, or the part of it a revision reply shows, as sentences (lists read one item a sentence), within the
 * topic limit. Key words are read a page at a time (`page`, the first word's index, as src/commands/revision.ts
 * pages them), as each page shows them.
 */
function topicToRead(kb: KnowledgeBase, topic: Topic, part: string | undefined, page: string | undefined): ToRead | undefined {
  if (page !== undefined && part !== 'terms') return undefined;
  const maxChars = VOICE_DEFAULTS.maxTopicChars;
  const lists = revisionLists(kb, topic);
  // Dates in words, as /topic's Key dates shows them ("7 August 1932: …", a range "1932 to 1933").
  const dateLines = (dates: Topic['keyDates']) => dates.map((d) => asSentence(timelineLine(keyDateItem(d))));
  switch (part) {
    case undefined:
      // The title and summary only (a list of dates and terms is hard to follow by ear); the title ends as a
      // sentence, so the speech pauses before the summary.
      return { heading: asSentence(topic.title), text: topic.summary, maxChars };
    case 'dates': {
      const heading = asSentence(MESSAGES.reviseDatesTitle(topic.title));
      const lines = dateLines(lists.keyDates);
      return { heading, text: fitted(lines, lines, maxChars - heading.length - 1), maxChars };
    }
    case 'terms': {
      // The page from the `page`th word, as the More button names it (none: the first page); a page past the last
      // word (the fact base reloaded since) is stale.
      const start = page === undefined ? 0 : /^[1-9]\d{0,3}$/.test(page) ? Number(page) : NaN;
      if (!(start === 0 || start < lists.terms.length)) return undefined;
      const heading = asSentence(termsPageTitle(topic, start));
      if (lists.terms.length === 0) return { heading, text: asSentence(topic.keyTerms.join(', ')), maxChars };
      // Each word of the page with what it means: the whole definitions when they fit, else the first sentence of each.
      const { terms } = termsOnPage(kb, topic, start);
      const full = terms.map((t) => asSentence(`${t.term}: ${t.definition}`));
      const short = terms.map((t) => asSentence(`${t.term}: ${firstSentence(t.definition)}`));
      return { heading, text: fitted(full, short, maxChars - heading.length - 1), maxChars };
    }
    case 'know': {
      const heading = asSentence(MESSAGES.reviseMustKnowTitle(topic.title));
      const lines = [
        V.aloud.keyDates,
        ...dateLines(lists.mustKnowDates),
        asSentence(V.aloud.terms(topic.keyTerms)),
        ...(lists.people.length > 0 ? [asSentence(V.aloud.people(lists.people))] : []),
      ];
      return { heading, text: lines.join(' '), maxChars };
    }
    default:
      return undefined;
  }
}

/** A /practice question (its prompt, marks and time), or its model answer's plan (the reply's lines), a sentence a line. */
function practiceToRead(question: PracticeQuestion, part: string | undefined): ToRead | undefined {
  // An interpretation question's extract (or a three-extract question's three) is read before its marks: the question asks about it.
  const single = question.extract ? [[PRACTICE_MESSAGES.extractAloud, question.extract.summary]] : [];
  const labelled = (question.extracts ?? []).map((x, i) => [PRACTICE_MESSAGES.extractAloudLabelled(EXTRACT_LABELS[i] ?? String(i + 1)), x.summary]);
  const extract = [...single, ...labelled].map((said) => `${said.map(asSentence).join(' ')} `).join('');
  // Three extracts run to a topic summary's length.
  if (part === undefined) return { heading: question.prompt, text: `${extract}${V.aloud.practice(question.marks, question.minutes)}`, ...(labelled.length ? { maxChars: VOICE_DEFAULTS.maxTopicChars } : {}) };
  if (part !== 'model') return undefined;
  const plan = modelAnswerPlan(question);
  const lines = [question.prompt, plan.intro, ...(plan.judgement ? [plan.judgement] : []), ...plan.lines, ...(plan.conclusion ? [plan.conclusion] : [])];
  return { heading: asSentence(PRACTICE_MESSAGES.modelTitle), text: lines.map(asSentence).join(' '), maxChars: VOICE_DEFAULTS.maxTopicChars };
}

/** What a Read aloud button reads (a heading and its text), or undefined for an unknown or stale id. */
function toRead([what, id, part, page, ...rest]: readonly string[], deps: ReadAloudDeps): ToRead | undefined {
  if (!id || rest.length > 0 || (page !== undefined && what !== 'topic')) return undefined;
  switch (what) {
    case 'read': {
      const entry = deps.entry(id);
      if (!entry) return undefined;
      // The answer's first short version with its course words explained (src/commands/simpler.ts); not yet each plainer
      // step a reply shows after "simpler" again (the button keeps no more than the entry and the part).
      if (part === 'short') {
        const short = shortVersion(deps.kb, entry.answer);
        return { heading: entry.question, text: [short, ...wordsExplained(deps.kb, short, entry.question).map((w) => asSentence(`${w.word}: ${w.meaning}`))].join(' ') };
      }
      return { heading: entry.question, text: part === 'examples' ? answerPart(entry.answer, part) : entry.answer };
    }
    case 'topic': {
      const topic = deps.kb.topics.find((t) => t.id === id);
      return topic ? topicToRead(deps.kb, topic, part, page) : undefined;
    }
    case 'quiz': {
      // The card's question and its answer from the fact base; not whether the student got it right.
      const question = part === undefined ? deps.quizQuestion(id) : undefined;
      return question ? { heading: question.prompt, text: `${asSentence(V.aloud.cardAnswer(question.correct))} ${question.explanation}` } : undefined;
    }
    case 'practice': {
      const question = deps.kb.practice.find((q) => q.id === id);
      return question ? practiceToRead(question, part) : undefined;
    }
    default:
      return undefined;
  }
}

/** Read aloud: what the button names is read in the voice channel the student is in when they press it. */
export function createReadAloudAction(deps: ReadAloudDeps): ActionHandler {
  return {
    prefix: VOICE_ACTION,
    async run(args, ctx) {
      const read = toRead(args, deps);
      if (!read) return { body: MESSAGES.unknownAction, private: true, tone: 'info' };
      if (!deps.host || ctx.guildId === null || ctx.voice === undefined) return refusal(V.unavailable);
      const cannot = cannotSpeakReply(deps.host, ctx, ctx.guildId, ctx.voice, true);
      if (cannot || !ctx.voice) return cannot ?? refusal(V.readAloudNotInVoice);
      const outcome = await deps.host.readAloud({ guildId: ctx.guildId, channelId: ctx.voice.channelId, userId: ctx.userId, userName: ctx.userName, question: read.heading, answer: read.text, ...(read.maxChars ? { maxChars: read.maxChars } : {}) });
      if (outcome.ok) return { body: V.readAloudStarted(outcome.channelName), private: true, tone: 'success' };
      return outcome.reason === 'busy' ? busyReply(outcome) : failedReply(outcome);
    },
  };
}
/** /voice leave: whoever asked the tutor into its voice channel (a round's starter), or a moderator. */
export function createVoiceCommand(host: VoiceHost | undefined): Command {
  return {
    spec: {
      name: 'voice',
      description: V.commandDescription,
      guildOnly: true,
      subcommands: [{ name: 'leave', description: V.leaveDescription }],
    },
    run(_input, ctx) {
      if (ctx.guildId === null) return refusal(MESSAGES.discordGuildOnly);
      if (!host) return refusal(V.unavailable);
      const outcome = host.leave(ctx.guildId, ctx.userId, ctx.canManageServer || ctx.canModerateChannel === true);
      if (outcome.ok) return { body: V.left(shownAsTyped(ctx, ctx.userName), outcome.channelName, outcome.quiz), tone: 'info' };
      if (outcome.reason === 'none') return { body: V.leaveNone, private: true, tone: 'info' };
      return refusal(V.leaveNotAllowed(shownAsTyped(ctx, outcome.starterName)));
    },
  };
}
