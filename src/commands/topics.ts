// /topics lists the course; /topic <name> shows one topic's summary, key dates and terms.
import type { KnowledgeBase, Topic } from '../knowledge/schema.js';
import type { TopicFinder } from '../knowledge/topic-finder.js';
import { MESSAGES, PICTURE_MESSAGES } from '../messages.js';
import { shortDate, yearOf, type TimelineItem } from '../pictures/timeline.js';
import { courseYearsOf } from '../practice/dates.js';
import { fitLines, timelineLine, topicKeyDateItems, topicTimelineItems } from './picture-text.js';
import type { Command, CommandContext, Reply, ReplyAttachment } from './types.js';
import { shownAsTyped, stringOption } from './types.js';

/** A key date as written in a list: "Aug 1932", "Oct 1928–Dec 1932" (as the timeline pictures draw it). */
export const formatDate = (date: string, end?: string): string => shortDate(date, end);

/** The private "no such topic" reply, with the name as typed (escaped where the surface needs it). */
export function topicNotFoundReply(ctx: Pick<CommandContext, 'showTyped'>, typed: string): Reply {
  return { body: MESSAGES.topicNotFound(shownAsTyped(ctx, typed.slice(0, 100))), private: true, tone: 'error' };
}

/** /topic's key dates are cut at whole lines to this (a field on Discord holds 1024 characters). */
const KEY_DATES_LENGTH = 1000;

/**
 * The last year a topic's timeline draws: the course's (courseYears in knowledge/vocabulary.yaml), as date questions
 * take it. A historians' book of 2017 would stretch the line to 2018 (the famine's was 6,751 px tall) and squeeze the
 * topic's own events into its top tenth.
 */
export const topicTimelineLastYear = (kb: Pick<KnowledgeBase, 'vocabulary'>): number => courseYearsOf(kb).to;

/** A topic's timeline items: those drawn (to the course's last year, in date order) and those after it, listed as text. */
export function topicTimelineParts(kb: KnowledgeBase, topic: Topic): { readonly drawn: TimelineItem[]; readonly later: TimelineItem[] } {
  const items = topicTimelineItems(kb, topic);
  const last = topicTimelineLastYear(kb);
  const isLater = (item: TimelineItem) => Math.floor(yearOf(item.date)) > last;
  return { drawn: items.filter((i) => !isLater(i)), later: items.filter(isLater) };
}

export function topicReply(kb: KnowledgeBase, topic: Topic): Reply {
  const questions = kb.questions.filter((q) => q.topic === topic.id).length;
  const quiz = kb.quiz.filter((q) => q.topic === topic.id).length;
  const { later } = topicTimelineParts(kb, topic);
  return {
    title: topic.title,
    body: topic.summary,
    fields: [
      // The topic's key dates (the dates /ask's key dates and Read aloud give; its timeline adds the events), in date
      // order, dates in words (a screen reader skips a dash); cut at whole lines to fit a field (1024 characters on Discord).
      { name: 'Key dates', value: fitLines(topicKeyDateItems(topic).map(timelineLine), KEY_DATES_LENGTH, (n) => PICTURE_MESSAGES.topicDatesMore(n, topic.id)) },
      // What the timeline leaves out (historians' books, the archives opening), so it is still there to read.
      ...(later.length > 0
        ? [{ name: PICTURE_MESSAGES.topicLaterField(topicTimelineLastYear(kb)), value: fitLines(later.map(timelineLine), KEY_DATES_LENGTH, PICTURE_MESSAGES.topicLaterMore) }]
        : []),
      { name: 'Key terms', value: topic.keyTerms.join(', ') },
    ],
    footer: `${questions} questions to /ask about · ${quiz} quiz questions · /quiz start topic:${topic.id}`,
    tone: 'info',
  };
}

export function createTopicsCommand(kb: KnowledgeBase): Command {
  return {
    spec: { name: 'topics', description: 'List the topics of the course' },
    run() {
      return {
        title: "Stalin's USSR, 1924–1941: the topics",
        body: kb.topics.map((t, i) => `${i + 1}. **${t.title}** (\`${t.id}\`)`).join('\n'),
        footer: 'See one with /topic <name>; ask anything with /ask <question>.',
        tone: 'info',
      };
    },
  };
}

/** The topic's timeline as a picture, when pictures are on; undefined when it cannot be drawn. */
export type TopicPicture = (topic: Topic) => Promise<ReplyAttachment | undefined>;

/** The reply with a Read aloud button for the topic, when the student is where the tutor can read it (src/commands/voice.ts). */
export type TopicReadAloud = (reply: Reply, ctx: CommandContext, topicId: string) => Reply;

export function createTopicCommand(kb: KnowledgeBase, finder: TopicFinder, timeline?: TopicPicture, readAloud?: TopicReadAloud): Command {
  return {
    spec: {
      name: 'topic',
      description: "Show a topic's summary, key dates and key terms",
      options: [{ name: 'name', description: 'The topic, e.g. nep or collectivisation', type: 'string', required: true, autocomplete: true }],
    },
    async run(input, ctx) {
      const name = stringOption(input, 'name')?.trim() ?? '';
      if (!name) return { body: MESSAGES.topicMissingName, private: true, tone: 'info' };
      const topic = finder.find(name);
      if (!topic) return topicNotFoundReply(ctx, name);
      const reply = topicReply(kb, topic);
      // The charts of this topic's figures, and its timeline under the summary; the text stands without them.
      const charts = kb.series.filter((s) => s.topics.includes(topic.id));
      const withCharts: Reply = charts.length > 0 ? { ...reply, fields: [...(reply.fields ?? []), { name: MESSAGES.topicChartsField, value: charts.map((c) => `/chart ${c.id}`).join(', ') }] } : reply;
      const picture = timeline ? await timeline(topic).catch(() => undefined) : undefined;
      const shown = picture ? { ...withCharts, attachments: [picture] } : withCharts;
      return readAloud ? readAloud(shown, ctx, topic.id) : shown;
    },
    autocomplete(_option, partial) {
      return finder.suggest(partial, 25).map((t) => ({ name: t.title, value: t.id }));
    },
  };
}
