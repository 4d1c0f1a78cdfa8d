// Pictures of the fact base: /timeline (key dates and events on a line), /chart (a series of figures),
// and the timeline that /topic shows under a topic's summary. Each handler builds the SVG (pure), has it
// drawn as a PNG by the picture renderer (cached by content, drawn off the event loop) and returns it as
// an image attachment with alt text. The reply's text lists what the picture shows (the events, the figures),
// so that a student with a screen reader, or with pictures off, gets it all.
import type { KnowledgeBase, Series, Topic } from '../knowledge/schema.js';
import { createNameFinder, type TopicFinder } from '../knowledge/topic-finder.js';
import { PICTURE_MESSAGES as P } from '../messages.js';
import { chartGroups, chartSvg, groupName, type ChartWords } from '../pictures/chart.js';
import type { PictureRenderer } from '../pictures/rasterise.js';
import { sortItems, timelinePages, timelineSvg, yearOf, type TimelineItem, type TimelinePage } from '../pictures/timeline.js';
import { chartLines, figureInWords, fitLines, rangesInWords, timelineLine, topicTimelineItems, yearsInWords } from './picture-text.js';
import { topicNotFoundReply, topicTimelineLastYear, topicTimelineParts } from './topics.js';
import type { Command, Reply, ReplyAttachment } from './types.js';
import { integerOption, shownAsTyped, stringOption } from './types.js';

/** Limits of the pictures, in one place. */
export const PICTURE_DEFAULTS = Object.freeze({
  /** Most items on one timeline picture: more would not be readable on a phone. */
  timelineItems: 18,
  /** Most pictures one /timeline sends (Discord takes 10 files a message): the whole course takes 6. */
  timelinePictures: 8,
  /** The years /timeline shows without a topic or years: the course. */
  courseYears: [1924, 1941] as const,
  firstYear: 1900,
  lastYear: 1960,
  /** Alt text longer than this is cut (Discord allows 1024). */
  altLength: 1000,
  /**
   * A reply's text with the picture's events or figures is cut (at whole lines) at this: an embed's description
   * allows 4096, and a message's title, description and footer 6000 together.
   */
  textLength: 4000,
});

export interface PictureDeps {
  readonly kb: KnowledgeBase;
  readonly topics: TopicFinder;
  readonly pictures: PictureRenderer;
}

/** Room for a topic's dates after the course's years under /timeline's list (a few historians' books). */
const LATER_LENGTH = 600;

const clipAlt = (text: string) => (text.length <= PICTURE_DEFAULTS.altLength ? text : `${text.slice(0, PICTURE_DEFAULTS.altLength - 1)}…`);

/** Whether an item touches the years from..to (a period that spans them counts). */
function within(item: TimelineItem, from: number, to: number): boolean {
  return Math.floor(yearOf(item.date)) <= to && Math.floor(yearOf(item.end ?? item.date)) >= from;
}

interface TimelineDrawing {
  readonly name: string;
  readonly title: string;
  readonly subtitle: string;
  /** What the alt text says it is a timeline of; the title when left out. */
  readonly about?: string;
  readonly years?: readonly [number, number];
  /** Which picture of how many, when the timeline takes several. */
  readonly part?: readonly [number, number];
}

/** Alt text of a timeline: what it is of, then as many of its items, whole and in order, as fit. */
export function timelineDescription(about: string, items: readonly TimelineItem[]): string {
  const lines = items.map(timelineLine);
  let shown = lines.length;
  while (shown > 0 && P.timelineAlt(about, lines.length, lines.slice(0, shown)).length > PICTURE_DEFAULTS.altLength) shown--;
  return clipAlt(P.timelineAlt(about, lines.length, lines.slice(0, shown)));
}

async function timelineAttachment(pictures: PictureRenderer, items: readonly TimelineItem[], drawing: TimelineDrawing): Promise<ReplyAttachment> {
  const drawn = timelineSvg(drawing.title, drawing.subtitle, items, drawing.years);
  const picture = await pictures.render(drawn.svg);
  return {
    name: drawing.name,
    content: picture.png,
    image: true,
    description: timelineDescription(rangesInWords(drawing.about ?? drawing.title), drawn.items),
    label: P.timelineLabel(rangesInWords(drawing.about ?? drawing.title), drawing.part),
  };
}

/** /timeline's pictures, one per page: a topic's title on each, or the years each runs over. */
function timelineAttachments(pictures: PictureRenderer, topic: Topic | undefined, pages: readonly TimelinePage[]): Promise<ReplyAttachment[]> {
  return Promise.all(
    pages.map((page, i) => {
      const part = pages.length > 1 ? ([i + 1, pages.length] as const) : undefined;
      const subtitle = P.timelineSubtitle(page.items.length, page.first, page.last, part);
      const years = [page.first, page.last] as const;
      const parts = part ? { part } : {};
      if (topic) return timelineAttachment(pictures, page.items, { name: `timeline-${topic.id}-${page.first}-${page.last}.png`, title: topic.title, subtitle, years, ...parts });
      const title = P.timelineYearsTitle(page.first, page.last);
      return timelineAttachment(pictures, page.items, { name: `timeline-${page.first}-${page.last}.png`, title, subtitle, about: P.timelineYearsAbout(page.first, page.last), years, ...parts });
    }),
  );
}

/**
 * The events of a timeline's pictures as text, one a line in the pictures' order, under a heading per picture
 * when there are several; cut at whole lines to fit a message, saying how many more there are and the command
 * that lists them: from the first left out to `lastYear`, the end of the years asked for (that reply cuts itself
 * in turn). `exampleTopic`: a topic id the course-wide hint offers as an example.
 */
export function timelineText(pages: readonly TimelinePage[], topic: Topic | undefined, room: number, lastYear: number, exampleTopic?: string): string {
  const rows = pages.flatMap((page, i) => [
    ...(pages.length > 1 ? [{ line: `${i > 0 ? '\n' : ''}${P.timelineTextPart(i + 1, pages.length, yearsInWords(page.first, page.last))}`, page, event: false }] : []),
    ...page.items.map((item) => ({ line: timelineLine(item), page, event: true, from: Math.max(page.first, Math.floor(yearOf(item.date))) })),
  ]);
  // "And N more" counts the events left out (not the pictures' headings), and names the command that lists the next ones.
  const more = (left: number) => {
    const rest = rows.slice(rows.length - left);
    const next = rest.find((r) => r.event);
    const from = next && 'from' in next ? next.from : (next?.page.first ?? 0);
    const command = `/timeline ${topic ? `topic:${topic.id} ` : ''}from:${from} to:${Math.max(from, lastYear)}`;
    return P.timelineTextMore(rest.filter((r) => r.event).length, command, topic === undefined ? exampleTopic : undefined);
  };
  return fitLines(
    rows.map((r) => r.line),
    room,
    more,
  );
}

/**
 * The timeline under /topic's summary, of the topic's own years (its dates after the course's are a field of the
 * reply: topicReply); undefined when it could not be drawn (the reply goes without it).
 */
export async function topicTimeline(deps: Pick<PictureDeps, 'kb' | 'pictures'>, topic: Topic): Promise<ReplyAttachment | undefined> {
  const items = topicTimelineParts(deps.kb, topic).drawn;
  if (items.length === 0) return undefined;
  const years = yearsOf(items);
  return timelineAttachment(deps.pictures, items, { name: `timeline-${topic.id}.png`, title: topic.title, subtitle: P.timelineSubtitle(items.length, years[0], years[1]) });
}

function yearsOf(items: readonly TimelineItem[]): [number, number] {
  const starts = items.map((i) => Math.floor(yearOf(i.date)));
  const ends = items.map((i) => Math.floor(yearOf(i.end ?? i.date)));
  return [Math.min(...starts), Math.max(...ends)];
}

export function createTimelineCommand(deps: PictureDeps): Command {
  const { kb, topics } = deps;
  return {
    spec: {
      name: 'timeline',
      description: "A timeline picture of a topic's key dates and events, or of the events between two years",
      options: [
        { name: 'topic', description: 'The topic, e.g. power struggle (leave out for every topic)', type: 'string', autocomplete: true },
        { name: 'from', description: 'The first year, e.g. 1928', type: 'integer', min: PICTURE_DEFAULTS.firstYear, max: PICTURE_DEFAULTS.lastYear },
        { name: 'to', description: 'The last year, e.g. 1932', type: 'integer', min: PICTURE_DEFAULTS.firstYear, max: PICTURE_DEFAULTS.lastYear },
      ],
    },
    async run(input, ctx) {
      const typed = stringOption(input, 'topic')?.trim() ?? '';
      const topic = typed ? topics.find(typed) : undefined;
      if (typed && !topic) return topicNotFoundReply(ctx, typed);
      const [courseFrom, courseTo] = PICTURE_DEFAULTS.courseYears;
      const askedFrom = integerOption(input, 'from');
      const askedTo = integerOption(input, 'to');
      const from = askedFrom ?? (topic ? PICTURE_DEFAULTS.firstYear : courseFrom);
      // A topic's own years, as /topic draws them, its dates after the course's (historians' books) listed below the
      // others; unless the years asked for start after the course's.
      const topicLast = topicTimelineLastYear(kb);
      const topicTo = askedFrom !== undefined && askedFrom > topicLast ? PICTURE_DEFAULTS.lastYear : topicLast;
      const to = askedTo ?? (topic ? topicTo : courseTo);
      if (from > to) return { body: P.timelineBadYears(from, to), private: true, tone: 'error' };
      const later = topic && askedTo === undefined && to === topicLast ? topicTimelineParts(kb, topic).later : [];
      const all = (topic ? topicTimelineItems(kb, topic) : sortItems(kb.events.map((e) => ({ date: e.date, ...(e.end ? { end: e.end } : {}), label: e.title })))).filter((i) =>
        within(i, from, to),
      );
      if (all.length === 0) return { body: P.timelineNothing, private: true, tone: 'info' };
      // The line spans the years asked for (periods reaching beyond are cut), or the items' own years.
      const [itemsFirst, itemsLast] = yearsOf(all);
      const first = Math.max(itemsFirst, from);
      const last = Math.min(itemsLast, to);
      // More items than one picture holds readably: several pictures of whole years, the course in one reply.
      const pages = timelinePages(all, first, last, PICTURE_DEFAULTS.timelineItems).slice(0, PICTURE_DEFAULTS.timelinePictures);
      const shown = pages.flatMap((p) => p.items);
      const shownLast = pages.at(-1)?.last ?? last;
      // Years asked for that have no events are not drawn: say which years the timeline shows.
      const narrower = (askedFrom !== undefined && first > askedFrom) || (askedTo !== undefined && last < askedTo);
      const intro = [P.timelineBody(all.length, shown.length, pages.length > 1 ? pages.map((p) => yearsInWords(p.first, p.last)) : []), ...(narrower ? [P.timelineYearsShown(first, last)] : [])].join('\n');
      // The events the pictures draw, as text too (a screen reader cannot read a picture), cut to fit a message.
      const text = (note?: string) => {
        const head = [intro, ...(note ? [note] : [])].join('\n\n');
        const tail = later.length > 0 ? `\n\n${P.timelineLaterHeading(to)}\n${fitLines(later.map(timelineLine), LATER_LENGTH, P.topicLaterMore)}` : '';
        return `${head}\n\n${timelineText(pages, topic, PICTURE_DEFAULTS.textLength - head.length - 2 - tail.length, last, kb.topics[0]?.id)}${tail}`;
      };
      const reply: Reply = { title: topic ? P.timelineTopicTitle(topic.title) : P.timelineYearsTitle(first, shownLast), body: text(), tone: 'info' };
      try {
        return { ...reply, attachments: await timelineAttachments(deps.pictures, topic, pages) };
      } catch {
        // The drawing worker failed: the text alone, and a word that the picture may come next time.
        return { ...reply, body: text(P.drawFailed) };
      }
    },
    autocomplete(_option, partial) {
      return topics.suggest(partial, 25).map((t) => ({ name: t.title, value: t.id }));
    },
  };
}

/** The words drawn on a chart: the kinds of figure, and a subtitle naming those the chart has. */
export function chartWords(series: Series): ChartWords {
  const kinds = (['official', 'target', 'estimate'] as const).filter((k) => series.points.some((p) => p.kind === k));
  return { kinds: P.kinds, subtitle: P.chartSubtitle(series.unit, kinds.map((k) => P.kindsPlural[k])) };
}

/** Alt text: what the chart is of and its years, then every figure it draws, by kind (as many as fit). */
export function chartDescription(series: Series): string {
  const words = chartWords(series);
  const years = series.points.map((p) => p.year);
  return clipAlt(
    P.chartAlt(
      rangesInWords(series.title),
      series.unit,
      yearsInWords(Math.min(...years), Math.max(...years)),
      chartGroups(series).map((g) => ({ name: rangesInWords(groupName(g, words)), figures: g.points.map((p) => `${p.year} ${figureInWords(p)}`).join(', ') })),
    ),
  );
}

/** A chart's figures as text, before its caption: a line a year, each figure marked by its kind. */
export function chartText(series: Series): string {
  return [P.chartTextHeading(series.unit), ...chartLines(series)].join('\n');
}

export async function chartAttachment(pictures: PictureRenderer, series: Series): Promise<ReplyAttachment> {
  const picture = await pictures.render(chartSvg(series, chartWords(series)));
  return { name: `chart-${series.id}.png`, content: picture.png, image: true, description: chartDescription(series), label: P.chartLabel(rangesInWords(series.title)) };
}

export function createChartCommand(deps: Pick<PictureDeps, 'kb' | 'pictures'>): Command {
  const { kb } = deps;
  const list = () => kb.series.map((s) => s.id).join(', ');
  // A series by its id, with spaces for hyphens ("famine deaths"), its title, its words or a slip, as /topic finds a topic.
  const finder = createNameFinder(kb.series, (s) => [s.id.replace(/-/g, ' '), s.title]);
  return {
    spec: {
      name: 'chart',
      description: "A chart of the period's figures: output against the plans' targets, harvests, livestock, the gulag",
      options: [{ name: 'series', description: 'Which figures, e.g. coal or grain-harvest', type: 'string', required: true, autocomplete: true }],
    },
    async run(input, ctx): Promise<Reply> {
      const typed = stringOption(input, 'series')?.trim() ?? '';
      if (!typed) return { body: P.chartMissing(list()), private: true, tone: 'info' };
      const series = finder.find(typed);
      if (!series) return { body: P.chartUnknown(shownAsTyped(ctx, typed.slice(0, 100)), list()), private: true, tone: 'error' };
      const sources = [...new Set(series.points.flatMap((p) => p.sources))]
        .map((id) => kb.sources.find((s) => s.id === id))
        .filter((s) => s !== undefined && !s.forMaintainers)
        .map((s) => s?.title ?? '');
      // The figures as text first (a screen reader cannot read the chart), then the caption drawn under it.
      const text = (note?: string) =>
        [...(note ? [note] : []), fitLines(chartText(series).split('\n'), PICTURE_DEFAULTS.textLength - series.note.length - (note?.length ?? 0) - 4, P.chartTextMore), P.chartBody(series.note)].join('\n\n');
      const reply: Reply = { title: P.chartTitle(series.title), body: text(), footer: P.chartFooter(sources), tone: 'info' };
      try {
        return { ...reply, attachments: [await chartAttachment(deps.pictures, series)] };
      } catch {
        // The drawing worker failed: the text alone, and a word that the picture may come next time.
        return { ...reply, body: text(P.drawFailed) };
      }
    },
    autocomplete(_option, partial) {
      const key = partial.trim().toLowerCase();
      const score = (s: Series) => (!key ? 1 : s.id === key ? 4 : s.id.startsWith(key) || s.title.toLowerCase().startsWith(key) ? 3 : s.id.includes(key) || s.title.toLowerCase().includes(key) ? 2 : 0);
      return kb.series
        .map((s) => ({ s, n: score(s) }))
        .filter((x) => x.n > 0)
        .sort((a, b) => b.n - a.n)
        .slice(0, 25)
        .map(({ s }) => ({ name: `${s.title} (${s.unit})`, value: s.id }));
    },
  };
}
