// Turns a round's events into channel messages: the question with four buttons and its deadline, the
// question closed at the reveal (buttons disabled, the right one marked), the reveal itself, and the
// podium. Text only, through ChannelMessenger; no platform code.
import type { KnowledgeBase } from '../knowledge/schema.js';
import { LEADERBOARD_DEFAULTS } from '../leaderboard/defaults.js';
import { withNamesHidden } from '../leaderboard/hidden-names.js';
import { roundIsContested } from '../leaderboard/ranking.js';
import { courseYearsOf } from '../practice/dates.js';
import { chronologyQuestions, readChronologyId } from '../quiz/chronology.js';
import { QUIZ_DEFAULTS } from '../quiz/defaults.js';
import type { AnswerOutcome, OrderProgress, PlayerStanding, RoundEvent, RoundInfo } from '../quiz/round.js';
import { CHRONOLOGY_MESSAGES as C, ordinal, QUIZ_MESSAGES as Q } from '../messages.js';
import { CHOICE_KEYS } from './keys.js';
import { encodeAction } from './router.js';
import { ChannelUnavailableError, postedName, type ChannelMessenger, type Reply, type ReplyButton, type ReplyField } from './types.js';

/** How a player's name is shown in a post: escaped on Discord (`ChannelMessenger.showTyped`), as is elsewhere. */
export type ShowName = (name: string) => string;
const asIs: ShowName = (name) => name;

export const QUIZ_ACTION = 'quiz';

type QuestionEvent = Extract<RoundEvent, { kind: 'question' }>;
type RevealEvent = Extract<RoundEvent, { kind: 'reveal' }>;
type EndEvent = Extract<RoundEvent, { kind: 'end' }>;

/** Topic ids to titles, for headings. */
export type TopicTitles = (topicId: string | null) => string | null;

export function topicTitles(kb: Pick<KnowledgeBase, 'topics'>): TopicTitles {
  const titles = new Map(kb.topics.map((t) => [t.id, t.title]));
  return (id) => (id === null ? null : (titles.get(id) ?? id));
}

/**
 * Quiz questions' words by id, for teachers' reports: a written question's prompt; a date question's, with
 * its events named where the prompt alone ("Which of these happened first?") does not say what was asked.
 * Undefined for an id the fact base no longer has.
 */
export function questionTexts(kb: KnowledgeBase): (questionId: string) => string | undefined {
  const texts = new Map(kb.quiz.map((q) => [q.id, q.prompt]));
  for (const q of chronologyQuestions(kb.events, C, undefined, courseYearsOf(kb))) {
    const text = q.order ? C.reportOrder(q.order) : q.prompt === C.firstPrompt ? C.reportFirst(q.choices) : q.prompt;
    if (!texts.has(q.id)) texts.set(q.id, text);
  }
  /** A date question no longer made: its first event, and "…" for the others. */
  const former = (id: string) => {
    const read = readChronologyId(id, kb.events);
    if (!read) return undefined;
    const title = read.event.title;
    return read.kind === 'year' ? C.yearPrompt(title) : read.kind === 'first' ? C.reportFirst([title, '…']) : C.reportOrder([title, '…']);
  };
  return (id) => texts.get(id) ?? former(id);
}

export const choiceKey = (index: number): string => CHOICE_KEYS[index] ?? String(index + 1);

export function formatPoints(n: number): string {
  return n.toLocaleString('en-GB');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Joins items until a field would get too long, then says how many more there are. */
function joinCapped(items: readonly string[], separator: string, max = 1000): string {
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const next = out ? `${out}${separator}${items[i]}` : (items[i] ?? '');
    if (next.length > max - 20) return `${out}${separator}… and ${items.length - i} more`;
    out = next;
  }
  return out;
}

function buttonLabel(index: number, choice: string): string {
  const label = `${choiceKey(index)} · ${choice}`;
  const max = QUIZ_DEFAULTS.buttonLabelLength;
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

function choiceButtons(e: QuestionEvent | RevealEvent, closed: boolean): ReplyButton[] {
  const order = e.question.order;
  return e.question.choices.map((choice, i) => ({
    action: encodeAction(QUIZ_ACTION, e.round.roundId, String(e.index), String(i)),
    // Closed, an order question's buttons say each one's place ("A · 2nd · …").
    label: closed && order ? buttonLabel(i, `${ordinal(order.indexOf(i) + 1)} · ${choice}`) : buttonLabel(i, choice),
    key: choiceKey(i),
    choice: true as const,
    style: closed ? (i === e.question.correctIndex || order ? 'success' : 'secondary') : 'primary',
    ...(closed ? { disabled: true } : {}),
  }));
}

/**
 * The question's footer: its time, and for an order question how to answer it. How points are scored is said on the
 * first question only: a screen reader read it out before every question's choices (a blind student's trial).
 */
function questionFooter(e: QuestionEvent): string {
  const footer = e.index === 0 ? Q.questionFooter(e.round.limitMs / 1000, e.round.flat) : Q.questionTime(e.round.limitMs / 1000);
  return e.question.order ? `${C.orderFooter} · ${footer}` : footer;
}

/** The outcomes of a press that an order question answers with the player's order so far. */
export type PressOutcome = Extract<AnswerOutcome, 'accepted' | 'placed' | 'repeated' | 'out-of-order'>;
export const isPressOutcome = (o: AnswerOutcome): o is PressOutcome => o === 'accepted' || o === 'placed' || o === 'repeated' || o === 'out-of-order';

/**
 * What a player pressing an order question's buttons is told (privately): their order so far as letters. With
 * presses hidden (players sharing one screen), a finished order is only locked in, right or wrong.
 */
export function orderPressReply(outcome: PressOutcome, progress: OrderProgress, choiceIndex: number): Reply {
  const keys = progress.pressed.map(choiceKey);
  if (progress.hidden && (outcome === 'accepted' || outcome === 'out-of-order')) return { body: C.orderLockedIn(keys), private: true, tone: 'info' };
  switch (outcome) {
    case 'placed':
      return { body: C.orderPlaced(keys, progress.of - keys.length), private: true, tone: 'info' };
    case 'repeated':
      return { body: C.orderRepeated(choiceKey(choiceIndex), keys), private: true, tone: 'info' };
    case 'out-of-order':
      return { body: C.orderOutOfOrder(keys), private: true, tone: 'info' };
    case 'accepted':
      return { body: C.orderDone(keys), private: true, tone: 'success' };
  }
}

export function questionReply(e: QuestionEvent, titles: TopicTitles): Reply {
  return {
    title: Q.questionTitle(e.index + 1, e.round.questionCount, titles(e.question.topic)),
    body: e.question.prompt,
    footer: questionFooter(e),
    buttons: choiceButtons(e, false),
    deadline: e.deadline,
    tone: 'info',
  };
}

/** The question as it stands after the reveal. */
export function closedQuestionReply(e: RevealEvent, titles: TopicTitles): Reply {
  return {
    title: Q.questionTitle(e.index + 1, e.round.questionCount, titles(e.question.topic)),
    body: e.question.prompt,
    footer: Q.questionClosedFooter,
    buttons: choiceButtons(e, true),
    tone: 'info',
  };
}

function leaders(standings: readonly PlayerStanding[], show: ShowName): string {
  return standings
    .filter((s) => s.rank <= QUIZ_DEFAULTS.podiumSize && s.score > 0)
    .map((s) => Q.standing(s.rank, show(s.userName), formatPoints(s.score), s.correct, s.answered, s.unanswered))
    .join(' · ');
}

/** A wrong answer when one player is in the round: said to them, not to a group. */
function soloMiss(e: RevealEvent): string {
  const order = e.question.order;
  return order ? Q.revealSoloMissOrder(order.map(choiceKey)) : Q.revealSoloMiss(choiceKey(e.question.correctIndex));
}

export function revealReply(e: RevealEvent, show: ShowName = asIs): Reply {
  const right = e.answers.filter((a) => a.correct);
  const fields: ReplyField[] = [];
  let outcome = '';
  if (e.answers.length === 0) {
    outcome = Q.revealNoAnswers;
  } else if (right.length === 0) {
    outcome = e.standings.length === 1 ? soloMiss(e) : Q.revealNobodyRight(e.answers.length);
  } else {
    const items = right.map((a) =>
      a.streak > 1 && a.score.bonus > 0 ? `${show(a.userName)} ${Q.pointsWithStreak(formatPoints(a.score.total), a.streak)}` : `${show(a.userName)} +${formatPoints(a.score.total)}`,
    );
    fields.push({ name: Q.revealRight(right.length), value: joinCapped(items, ', ') });
    // With fair scoring on, speed earns nothing, so naming the fastest would only reward it another way.
    const fastest = e.round.flat ? undefined : [...right].sort((a, b) => a.elapsedMs - b.elapsedMs)[0];
    if (fastest) fields.push({ name: Q.revealFastest, value: `${show(fastest.userName)} — ${seconds(fastest.elapsedMs)}`, inline: true });
  }
  const top = leaders(e.standings, show);
  if (top) fields.push({ name: Q.revealLeaders, value: top, inline: true });
  const correct = e.question.choices[e.question.correctIndex] ?? '';
  const order = e.question.order;
  return {
    title: order ? C.revealOrderTitle(order.map(choiceKey)) : Q.revealTitle(choiceKey(e.question.correctIndex), correct),
    body: outcome ? `${e.question.explanation}\n\n${outcome}` : e.question.explanation,
    fields,
    ...(e.nextInMs === null ? {} : { footer: e.nextInMs > 0 ? Q.revealNext(Math.round(e.nextInMs / 1000)) : Q.revealNextNow }),
    tone: 'answer',
  };
}

const MEDALS = ['🥇', '🥈', '🥉'];

/** The podium's lines: medals when the round counts as won on /stats; a round played alone gets its score, and no medal. */
function podiumLines(standings: readonly PlayerStanding[], show: ShowName): string[] {
  const scored = standings.filter((s) => s.score > 0);
  if (!roundIsContested(standings)) return scored.map((s) => Q.endAlone(show(s.userName), formatPoints(s.score), LEADERBOARD_DEFAULTS.playersForAWin));
  return scored.filter((s) => s.rank <= QUIZ_DEFAULTS.podiumSize).map((s) => `${MEDALS[s.rank - 1] ?? `${s.rank}.`} **${show(s.userName)}** — ${formatPoints(s.score)}`);
}

export function endReply(e: EndEvent, show: ShowName = asIs): Reply {
  const podium = podiumLines(e.standings, show);
  // A player who joined without answering (the console's /as) played no part: "Priya 0 (0/0)" is left out.
  const played = e.standings.filter((s) => s.answered > 0);
  const fields: ReplyField[] =
    played.length > 0
      ? [{ name: Q.endEveryone, value: joinCapped(played.map((s) => Q.standing(s.rank, show(s.userName), formatPoints(s.score), s.correct, s.answered, s.unanswered)), '\n') }]
      : [];
  return {
    title: Q.endTitle,
    body: [Q.endReason[e.reason], '', ...(podium.length > 0 ? [...podium, '', Q.endScoring(e.round.flat, QUIZ_DEFAULTS)] : [Q.endNobody])].join('\n'),
    fields,
    footer: Q.endFooter,
    tone: 'success',
  };
}

/**
 * A round's event as the channel sees and hears it: the students who hid their names (/privacy leaderboard:hide)
 * are "a player" among those who got it right, the fastest, the leaders, the podium and everyone's standings.
 */
export function withRoundNamesHidden(event: RoundEvent, hidden: ReadonlySet<string>): RoundEvent {
  if (event.kind === 'question' || hidden.size === 0) return event;
  const standings = withNamesHidden(event.standings, 'userName', hidden, Q.hiddenPlayer);
  return event.kind === 'reveal' ? { ...event, answers: withNamesHidden(event.answers, 'userName', hidden, Q.hiddenPlayer), standings } : { ...event, standings };
}

/**
 * Presents round events in a channel, remembering each question's message to edit it at the reveal.
 *
 * A question that cannot be posted ends its round through `endRound` rather than letting it run on with
 * nobody seeing the questions (e.g. the bot may not post in the channel); the error is still thrown,
 * for the round to log. The reveal of a question nobody saw is not posted; and when the channel is
 * unavailable (ChannelUnavailableError), nothing more of that round is tried there.
 */
export function createQuizPresenter(
  messenger: ChannelMessenger,
  titles: TopicTitles,
  endRound: (round: RoundInfo) => void = () => {},
): (event: RoundEvent) => Promise<void> {
  const messages = new Map<string, string>();
  const unposted = new Set<string>();
  const unavailable = new Set<string>();
  const key = (roundId: string, index: number) => `${roundId}/${index}`;
  const show: ShowName = postedName(messenger);
  /** Forgets what was kept for a round that has ended. */
  const forget = (roundId: string) => {
    unavailable.delete(roundId);
    for (const k of unposted) if (k.startsWith(`${roundId}/`)) unposted.delete(k);
  };
  return async (event) => {
    const channel = event.round.channelId;
    const roundId = event.round.roundId;
    if (unavailable.has(roundId)) {
      if (event.kind === 'end') forget(roundId);
      return;
    }
    switch (event.kind) {
      case 'question': {
        const k = key(roundId, event.index);
        try {
          messages.set(k, await messenger.send(channel, questionReply(event, titles)));
        } catch (error) {
          unposted.add(k);
          if (error instanceof ChannelUnavailableError) unavailable.add(roundId);
          endRound(event.round);
          throw error;
        }
        return;
      }
      case 'reveal': {
        const k = key(roundId, event.index);
        if (unposted.delete(k)) return;
        const messageId = messages.get(k);
        messages.delete(k);
        let editFailed: unknown;
        if (messageId !== undefined) {
          try {
            await messenger.edit(channel, messageId, closedQuestionReply(event, titles));
          } catch (err) {
            editFailed = err;
          }
        }
        await messenger.send(channel, revealReply(event, show));
        if (editFailed !== undefined) throw editFailed;
        return;
      }
      case 'end': {
        forget(roundId);
        await messenger.send(channel, endReply(event, show));
        return;
      }
    }
  };
}
