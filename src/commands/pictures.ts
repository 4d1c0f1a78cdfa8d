// Pictures of the fact base: /timeline (key dates and events on a line), /chart (a series of figures),
// and the timeline that /topic shows under a topic's summary. Each handler builds the SVG (pure), has it
// drawn as a PNG by the picture renderer (cached by content, drawn off the event loop) and returns it as
// an image attachment with alt text.
import type { KnowledgeBase, Series, Topic } from '../knowledge/schema.js';
import { createNameFinder, type TopicFinder } from '../knowledge/topic-finder.js';
import { PICTURE_MESSAGES as P } from '../messages.js';
import { chartGroups, chartSvg, figure, groupName, type ChartWords } from '../pictures/chart.js';
import type { PictureRenderer } from '../pictures/rasterise.js';
import { shortDate, sortItems, timelinePages, timelineSvg, yearOf, type TimelineItem, type TimelinePage } from '../pictures/timeline.js';
import { clipText } from './homework-view.js';
import { topicNotFoundReply } from './topics.js';
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
  /** A reply's text in place of a picture that could not be drawn is cut at this (an embed's description allows 4096). */
  textLength: 3500,
});

export interface PictureDeps {
  readonly kb: KnowledgeBase;
  readonly topics: TopicFinder;
  readonly pictures: PictureRenderer;
}

const clipAlt = (text: string) => (text.length <= PICTURE_DEFAULTS.altLength ? text : `${text.slice(0, PICTURE_DEFAULTS.altLength - 1)}…`);

/** A topic's key dates and its events, an event left out when a key date has the same date (the same moment, said twice). */
export function topicTimelineItems(kb: KnowledgeBase, topic: Topic): TimelineItem[] {
  const dates = new Set(topic.keyDates.map((d) => d.date));
  const events = kb.events.filter((e) => e.topic === topic.id && !dates.has(e.date));
  return sortItems([
    ...topic.keyDates.map((d) => ({ date: d.date, ...(d.end ? { end: d.end } : {}), label: d.label })),
    ...events.map((e) => ({ date: e.date, ...(e.end ? { end: e.end } : {}), label: e.title })),
  ]);
}

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
}

async function timelineAttachment(pictures: PictureRenderer, items: readonly TimelineItem[], drawing: TimelineDrawing): Promise<ReplyAttachment> {
  const drawn = timelineSvg(drawing.title, drawing.subtitle, items, drawing.years);
  const picture = await pictures.render(drawn.svg);
  return {
    name: drawing.name,
    content: picture.png,
    image: true,
    description: clipAlt(P.timelineAlt(drawing.about ?? drawing.title, drawn.items.map((i) => `${shortDate(i.date, i.end)} ${i.label}`))),
  };
}

/** /timeline's pictures, one per page: a topic's title on each, or the years each runs over. */
function timelineAttachments(pictures: PictureRenderer, topic: Topic | undefined, pages: readonly TimelinePage[]): Promise<ReplyAttachment[]> {
  return Promise.all(
    pages.map((page, i) => {
      const part = pages.length > 1 ? ([i + 1, pages.length] as const) : undefined;
      const subtitle = P.timelineSubtitle(page.items.length, page.first, page.last, part);
      const years = [page.first, page.last] as const;
      if (topic) return timelineAttachment(pictures, page.items, { name: `timeline-${topic.id}-${page.first}-${page.last}.png`, title: topic.title, subtitle, years });
      const title = P.timelineYearsTitle(page.first, page.last);
      return timelineAttachment(pictures, page.items, { name: `timeline-${page.first}-${page.last}.png`, title, subtitle, about: P.timelineYearsAbout(page.first, page.last), years });
    }),
  );
}

/** The timeline under /topic's summary; undefined when it could not be drawn (the reply goes without it). */
export async function topicTimeline(deps: Pick<PictureDeps, 'kb' | 'pictures'>, topic: Topic): Promise<ReplyAttachment | undefined> {
  const items = topicTimelineItems(deps.kb, topic);
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
      const to = askedTo ?? (topic ? PICTURE_DEFAULTS.lastYear : courseTo);
      if (from > to) return { body: P.timelineBadYears(from, to), private: true, tone: 'error' };
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
      const body = [P.timelineBody(all.length, shown.length, pages.length > 1 ? pages.map((p) => P.years(p.first, p.last)) : []), ...(narrower ? [P.timelineYearsShown(first, last)] : [])].join('\n');
      const reply: Reply = { title: topic ? P.timelineTopicTitle(topic.title) : P.timelineYearsTitle(first, shownLast), body, tone: 'info' };
      try {
        return { ...reply, attachments: await timelineAttachments(deps.pictures, topic, pages) };
      } catch {
        // The drawing worker failed: the dates as text instead, and a word that the picture may come next time.
        const dates = shown.map((i) => `${shortDate(i.date, i.end)} — ${i.label}`).join('\n');
        return { ...reply, body: clipText(`${body}\n\n${P.drawFailed}\n\n${dates}`, PICTURE_DEFAULTS.textLength) };
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

/** Alt text: every figure the chart draws, by kind. */
export function chartDescription(series: Series): string {
  const words = chartWords(series);
  return clipAlt(
    P.chartAlt(
      series.title,
      series.unit,
      chartGroups(series).map((g) => ({ name: groupName(g, words), figures: g.points.map((p) => `${p.year} ${figure(p)}`).join(', ') })),
    ),
  );
}

export async function chartAttachment(pictures: PictureRenderer, series: Series): Promise<ReplyAttachment> {
  const picture = await pictures.render(chartSvg(series, chartWords(series)));
  return { name: `chart-${series.id}.png`, content: picture.png, image: true, description: chartDescription(series) };
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
      const reply: Reply = { title: P.chartTitle(series.title), body: P.chartBody(series.note), footer: P.chartFooter(sources), tone: 'info' };
      try {
        return { ...reply, attachments: [await chartAttachment(deps.pictures, series)] };
      } catch {
        // The drawing worker failed: every figure as text (the alt text says them all), and a word that the picture may come next time.
        return { ...reply, body: clipText(`${P.chartBody(series.note)}\n\n${P.drawFailed}\n${chartDescription(series)}`, PICTURE_DEFAULTS.textLength) };
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
