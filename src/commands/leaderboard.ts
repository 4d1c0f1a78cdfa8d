// /leaderboard [period] [topic]: this server's top 10, all time or this ISO week, overall or for one
// topic, plus the asker's own place when lower. A student who hid their name (/privacy leaderboard:hide) is
// "a player" in the list, the podium picture and its alt text; their own /leaderboard is private, with their place.
import { createHash } from 'node:crypto';
import type { KnowledgeBase } from '../knowledge/schema.js';
import type { TopicFinder } from '../knowledge/topic-finder.js';
import type { Period, Standing } from '../leaderboard/ranking.js';
import type { LeaderboardService } from '../leaderboard/service.js';
import { ordinal, PICTURE_MESSAGES as P, QUIZ_MESSAGES as Q } from '../messages.js';
import { withNamesHidden } from '../leaderboard/hidden-names.js';
import { podiumSvg } from '../pictures/podium.js';
import type { PictureRenderer } from '../pictures/rasterise.js';
import { clipText } from './homework-view.js';
import { resolveTopic, serverOnly, topicChoices } from './quiz.js';
import { formatPoints, topicTitles } from './quiz-view.js';
import type { Command, ReplyAttachment } from './types.js';
import { topicNotFoundReply } from './topics.js';
import { postedName, shownAsTyped, stringOption } from './types.js';

export interface LeaderboardCommandDeps {
  readonly kb: KnowledgeBase;
  readonly topics: TopicFinder;
  /** `hiddenNames`: the students shown as "a player"; none without it. */
  readonly leaderboard: Pick<LeaderboardService, 'board'> & Partial<Pick<LeaderboardService, 'hiddenNames'>>;
  /** Draws the podium picture; the leaderboard goes as text alone without it. */
  readonly pictures?: PictureRenderer;
}

const PERIODS: Readonly<Record<string, Period>> = { all: 'all', 'all time': 'all', alltime: 'all', week: 'week', 'this week': 'week' };

/** A place on the board as text; the name is shown as typed (escaped on Discord). The podium picture draws it plain. */
const line = (s: Standing, show: (name: string) => string) => `${s.rank}. ${show(s.name)} — ${formatPoints(s.points)}`;

/**
 * The first three places as a podium picture, with alt text naming each; the text list says the same. Named by
 * its board and content (as timelines and charts are by theirs): the console keeps each podium it showed, where one
 * name for all would write each over the last.
 */
export async function podiumPicture(pictures: PictureRenderer, title: string, top: readonly Standing[], board = 'podium'): Promise<ReplyAttachment> {
  const places = top.slice(0, 3).map((s) => ({ rank: s.rank, name: s.name, points: formatPoints(s.points) }));
  const picture = await pictures.render(podiumSvg({ title, ordinal, points: P.podiumPoints }, places));
  return {
    name: `${board}-${createHash('sha256').update(picture.png).digest('hex').slice(0, 8)}.png`,
    content: picture.png,
    image: true,
    description: clipText(P.podiumAlt(title, places.map((p) => P.podiumAltPlace(ordinal(p.rank), p.name, p.points))), 1000),
  };
}

export function createLeaderboardCommand(deps: LeaderboardCommandDeps): Command {
  const titles = topicTitles(deps.kb);
  return {
    spec: {
      name: 'leaderboard',
      description: "This server's quiz leaderboard",
      guildOnly: true,
      options: [
        {
          name: 'period',
          description: 'All time or this week',
          type: 'string',
          choices: [
            { name: 'All time', value: 'all' },
            { name: 'This week', value: 'week' },
          ],
        },
        { name: 'topic', description: 'Only points from one topic', type: 'string', autocomplete: true },
      ],
    },
    async run(input, ctx) {
      if (ctx.guildId === null) return serverOnly();
      let periodText = stringOption(input, 'period')?.trim().toLowerCase() ?? '';
      let topicText = stringOption(input, 'topic');
      // The console passes words in order; "/leaderboard nep" means the topic.
      if (periodText && !PERIODS[periodText] && topicText === undefined) {
        topicText = periodText;
        periodText = '';
      }
      const period = periodText ? PERIODS[periodText] : 'all';
      if (!period) return { body: Q.leaderboardUnknownPeriod(shownAsTyped(ctx, periodText.slice(0, 40))), private: true, tone: 'error' };
      const topicId = resolveTopic(deps.topics, topicText);
      if (topicId === undefined) return topicNotFoundReply(ctx, topicText ?? '');
      const view = await deps.leaderboard.board(ctx.guildId, { period, topicId, userId: ctx.userId });
      const title = Q.leaderboardTitle(period, titles(topicId));
      if (view.top.length === 0) return { title, body: Q.leaderboardEmpty(period), tone: 'info' };
      const hidden = (await deps.leaderboard.hiddenNames?.(ctx.guildId)) ?? new Set<string>();
      const top = withNamesHidden(view.top, 'name', hidden, Q.hiddenPlayer);
      // A hidden student sees their own place (in the list or not), by name, in a reply no one else sees.
      const askerHidden = hidden.has(ctx.userId);
      const me = askerHidden ? (view.me ?? view.top.find((s) => s.userId === ctx.userId) ?? null) : view.me;
      // The podium goes with the list; if it cannot be drawn, the list goes alone. Only points earn a step on it.
      const scored = top.filter((s) => s.points > 0);
      const board = `podium-${period}${topicId ? `-${topicId}` : ''}`;
      const podium = deps.pictures && scored.length > 0 ? await podiumPicture(deps.pictures, title, scored, board).catch(() => undefined) : undefined;
      const show = postedName(ctx);
      return {
        title,
        body: top.map((s) => line(s, show)).join('\n'),
        fields: me ? [{ name: Q.leaderboardYou, value: line(me, show) }] : [],
        footer: Q.leaderboardFooter(view.total, view.week),
        ...(podium ? { attachments: [podium] } : {}),
        ...(askerHidden ? { private: true } : {}),
        tone: 'info',
      };
    },
    autocomplete(option, partial) {
      return option === 'topic' ? topicChoices(deps.topics, partial) : [];
    },
  };
}
