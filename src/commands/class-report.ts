// `/tutor report [period]`: the class report for a teacher (Manage Server or the teacher role), privately,
// over the last week, month or all the days kept, with a CSV of one row per student and topic (and one per
// student for all topics, with /ask questions and cards reviewed).
import type { ClassSettings } from '../homework/settings.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import type { LeaderboardService } from '../leaderboard/service.js';
import { MESSAGES, REPORT_MESSAGES as P } from '../messages.js';
import type { AskAgain } from '../missed/recheck.js';
import { MAX_SHARE_ROWS, percentText, shareBarsSvg } from '../pictures/bars.js';
import type { PictureRenderer } from '../pictures/rasterise.js';
import { classReport, REPORT_PERIODS, teachersKnown, type ClassReport, type ReportPeriod } from '../report/class-report.js';
import { toCsv } from '../report/csv.js';
import { capped, clipText } from './homework-view.js';
import { questionTexts } from './quiz-view.js';
import { teacherAccess } from './teacher.js';
import type { TutorExtension } from './tutor.js';
import type { Reply, ReplyAttachment, ReplyField } from './types.js';
import { shownAsTyped, stringOption } from './types.js';

export interface ClassReportDeps {
  readonly kb: KnowledgeBase;
  readonly settings: Pick<ClassSettings, 'teacherRoleId'>;
  readonly leaderboard: Pick<LeaderboardService, 'document'>;
  readonly now: () => number;
  /** Draws the chart of accuracy per topic; the report goes as text alone without it. */
  readonly pictures?: PictureRenderer;
  /** Asks the unanswered questions again, as /tutor missed does, so those the notes now answer are not listed. */
  readonly askAgain?: AskAgain;
}

const percent = (correct: number, answered: number) => (answered === 0 ? null : `${Math.round((100 * correct) / answered)}%`);

/** The CSV: a row per student and topic, then a row per student over all topics with their /ask questions and reviews. */
export function classReportCsv(report: ClassReport, title: (topic: string) => string): ReplyAttachment {
  const header = ['student_id', 'name', 'topic', 'answered', 'correct', 'percent_correct', 'asked', 'cards_reviewed'];
  const rows = report.students.flatMap((s) => [
    ...s.topics.map((t) => [s.userId, s.name, title(t.topic), t.answered, t.correct, t.answered === 0 ? null : Math.round((100 * t.correct) / t.answered), null, null]),
    [s.userId, s.name, '(all topics)', s.answered, s.correct, s.answered === 0 ? null : Math.round((100 * s.correct) / s.answered), s.asked, s.reviewed],
  ]);
  return { name: `class-report-${report.period}-${report.to}.csv`, content: toCsv(header, rows) };
}

const topicTitle = (kb: KnowledgeBase) => (topic: string) => kb.topics.find((t) => t.id === topic)?.title ?? topic;

/** The chart of accuracy per topic, weakest first, as a PNG with alt text naming every topic's figure; undefined when no topic has answers. */
export async function accuracyChart(pictures: PictureRenderer, kb: KnowledgeBase, report: ClassReport): Promise<ReplyAttachment | undefined> {
  if (report.topics.length === 0) return undefined;
  const title = topicTitle(kb);
  const rows = report.topics.slice(0, MAX_SHARE_ROWS);
  const svg = shareBarsSvg(
    { title: P.chartTitle, subtitle: P.chartSubtitle(report.period), countsHeading: P.chartCounts },
    rows.map((t) => ({ label: title(t.topic), share: t.accuracy, counts: `${t.correct}/${t.answered}` })),
  );
  const picture = await pictures.render(svg);
  return {
    name: `class-report-${report.period}-${report.to}.png`,
    content: picture.png,
    image: true,
    description: clipText(P.chartAlt(rows.map((t) => P.chartAltRow(title(t.topic), percentText(t.accuracy), t.correct, t.answered))), 1000),
  };
}

export function classReportReply(kb: KnowledgeBase, report: ClassReport): Reply {
  const title = topicTitle(kb);
  const text = questionTexts(kb);
  const prompt = (id: string) => text(id) ?? id;
  const fields: ReplyField[] = [];
  if (report.topics.length > 0) fields.push({ name: P.topicsField, value: capped(report.topics.map((t) => P.topicLine(title(t.topic), t.accuracy, t.correct, t.answered))) });
  if (report.mostMissed.length > 0)
    fields.push({ name: P.missedField, value: capped(report.mostMissed.map((q, i) => P.missedLine(i + 1, clipText(prompt(q.questionId), 90), q.wrong, q.answered))) });
  // Those the notes answer now are counted, not listed, in the words /tutor missed uses.
  const unanswered = report.unanswered.map((m) => P.unansweredLine(clipText(m.question, 90), m.count));
  const nowAnswered = report.nowAnswered > 0 ? MESSAGES.tutorMissedNowAnswered(report.nowAnswered) : undefined;
  if (unanswered.length > 0 || nowAnswered)
    fields.push({ name: P.unansweredField, value: nowAnswered ? `${capped(unanswered, '\n', 1024 - nowAnswered.length - 1)}\n${nowAnswered}`.trimStart() : capped(unanswered) });
  const empty = report.activeStudents === 0 && report.unanswered.length === 0;
  return {
    title: P.title(report.period),
    body: empty ? P.nothing : P.summary(report.activeStudents, report.answered, percent(report.correct, report.answered), report.asked, report.reviewed),
    fields,
    footer: P.footer(report.from, report.to),
    attachments: [classReportCsv(report, title)],
    private: true,
    tone: 'info',
  };
}

export function createClassReportExtension(deps: ClassReportDeps): TutorExtension {
  return {
    subcommands: [
      {
        name: 'report',
        description: "The class's activity, weakest topics and most missed questions, privately, with a CSV",
        // Reads every record kept and draws a chart.
        slow: true,
        options: [
          {
            name: 'period',
            description: 'The last 7 days (the default), the last 30 days, or all the time kept',
            type: 'string',
            choices: [
              { name: 'the last 7 days', value: 'week' },
              { name: 'the last 30 days', value: 'month' },
              { name: 'all the time kept', value: 'all' },
            ],
          },
        ],
      },
    ],
    async run(input, ctx) {
      const teacher = await teacherAccess(ctx, deps.settings);
      if ('refusal' in teacher) return teacher.refusal;
      const typed = stringOption(input, 'period')?.trim().toLowerCase() || 'week';
      if (!REPORT_PERIODS.includes(typed as ReportPeriod)) return { body: P.periodUnknown(shownAsTyped(ctx, typed.slice(0, 20))), private: true, tone: 'error' };
      const doc = await deps.leaderboard.document(teacher.guildId);
      // Whoever set a homework here, and on Discord the teacher reading it, are no students of the class (a teacher who
      // played a round and did a homework to see them was counted as one of "4 students"). At the console anyone may type
      // the teacher's commands, so reading the report there makes no one a teacher (homework's setter is chosen with
      // the same care: src/commands/homework.ts). The data knows no one else's permissions.
      const reader = ctx.surface === 'console' ? undefined : ctx.userId;
      const report = classReport(doc, typed as ReportPeriod, deps.now(), deps.askAgain, teachersKnown(doc, reader));
      const reply = classReportReply(deps.kb, report);
      // The chart goes under the text, which says the same; if it cannot be drawn, the text goes alone.
      const chart = deps.pictures ? await accuracyChart(deps.pictures, deps.kb, report).catch(() => undefined) : undefined;
      return chart ? { ...reply, attachments: [...(reply.attachments ?? []), chart] } : reply;
    },
  };
}
