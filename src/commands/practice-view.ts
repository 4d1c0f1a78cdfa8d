// How /practice looks: the question, the feedback on a marked answer, the model answer's plan and the
// practice history /stats shows. Each reply fits Discord's limits whole: a list too long for one field
// goes on in another, and student quotes (never the mark scheme's points) are shortened if need be.
import { A_LEVEL_KINDS, EXTRACT_LABELS, type KnowledgeBase, type PracticeKind, type PracticePoint, type PracticeQuestion } from '../knowledge/schema.js';
import { PRACTICE_MESSAGES as P, QUIZ_MESSAGES as Q } from '../messages.js';
import { answerRoom, PRACTICE_DEFAULTS } from '../practice/defaults.js';
import type { TopicRecord } from '../practice/history.js';
import type { JudgementCheck, MarkResult, NextStep } from '../practice/marker.js';
import { PLAIN_LEXICON } from '../matching/vocabulary.js';
import { answerLexicon, contentTerms } from '../practice/analyse.js';
import { pointEvidence } from '../practice/evidence.js';
import { answerPlan } from '../practice/plan.js';
import { ASK_ACTION } from './ask.js';
import { capped } from './homework-view.js';
import { encodeAction } from './router.js';
import type { ReplyButton, ReplyField, Reply, ReplyForm } from './types.js';

export const PRACTICE_ACTION = 'practice';
export const ANSWER_FIELD = 'answer';
/** An A-level answer's second box, for the rest of an essay the first could not hold. */
export const ANSWER_MORE_FIELD = 'answer-more';

/** The answer submitted: its box, and for an A-level answer its second box after it. */
export const answerText = (values: Readonly<Record<string, string>>): string =>
  [values[ANSWER_FIELD] ?? '', values[ANSWER_MORE_FIELD] ?? ''].map((v) => v.trim()).filter((v) => v !== '').join('\n\n');

/** Room per embed field, and for the whole message (Discord: 1024 and 6000; a margin for the title and footer). */
const FIELD_ROOM = 1024;
const MESSAGE_ROOM = 5600;
const BUTTON_ROOM = 25;

export const kindName = (kind: PracticeKind): string => P.kindNames[kind];

const titleOf = (kb: KnowledgeBase) => (topicId: string) => kb.topics.find((t) => t.id === topicId)?.title ?? topicId;

export function answerAction(question: PracticeQuestion, issuedAt: number): string {
  return encodeAction(PRACTICE_ACTION, 'answer', question.id, issuedAt.toString(36));
}

export function answerForm(question: PracticeQuestion, issuedAt: number): ReplyForm {
  const box = { long: true, maxLength: PRACTICE_DEFAULTS.maxAnswerLength } as const;
  // An essay runs past one box's 4,000 characters: a second, optional one takes the rest (answerRoom: both together).
  const more = A_LEVEL_KINDS.has(question.kind) ? [{ id: ANSWER_MORE_FIELD, label: P.formLabelMore, ...box, optional: true }] : [];
  return {
    action: answerAction(question, issuedAt),
    title: P.formTitle,
    fields: [{ id: ANSWER_FIELD, label: P.formLabel(question.marks), ...box, placeholder: P.formPlaceholder }, ...more],
  };
}

/** What the question shows above its prompt: an interpretation question's extract, labelled as our summary. */
function extractText(kb: KnowledgeBase, question: PracticeQuestion): string | undefined {
  const { extract } = question;
  if (!extract) return undefined;
  const historian = kb.people.find((p) => p.id === extract.historian)?.name ?? extract.historian;
  return P.extract(historian, extract.work, extract.summary);
}

/**
 * A three-extracts question's extracts, A, B and C: a field each (Discord: 1024 characters a field, which an extract
 * of at most L.extractLength fits), named with its historian and work and labelled as our summary.
 */
export function extractFields(kb: KnowledgeBase, question: PracticeQuestion): ReplyField[] {
  return (question.extracts ?? []).map((x, i) => ({
    name: P.extractFieldName(EXTRACT_LABELS[i] ?? String(i + 1), kb.people.find((p) => p.id === x.historian)?.name ?? x.historian, x.work),
    value: P.extractFieldValue(x.summary),
  }));
}

/** A kind's name that gives its marks ("A-level three extracts (30 marks)"): the title gives them once, after it. */
const MARKS_IN_NAME = /\s*\(\d+ marks\)$/;

/** The question, privately, with its Answer, Model answer and Another question buttons; the console takes the answer at once. */
export function questionReply(kb: KnowledgeBase, question: PracticeQuestion, issuedAt: number, surface: 'discord' | 'console'): Reply {
  return {
    title: P.questionTitle(kindName(question.kind).replace(MARKS_IN_NAME, ''), question.marks),
    body: [
      extractText(kb, question),
      question.kind === 'three-extracts' ? P.threeExtractsIntro : undefined,
      surface === 'console'
        ? P.questionConsole(question.prompt, question.minutes)
        : A_LEVEL_KINDS.has(question.kind)
          ? P.questionBodyEssay(question.prompt, question.minutes)
          : P.questionBody(question.prompt, question.minutes),
    ]
      .filter((part) => part !== undefined)
      .join('\n\n'),
    fields: [
      ...extractFields(kb, question),
      { name: P.fieldTopic, value: titleOf(kb)(question.topic), inline: true },
      { name: P.fieldMarks, value: String(question.marks), inline: true },
      { name: P.fieldTime, value: P.minutes(question.minutes), inline: true },
    ],
    buttons: [
      { action: answerAction(question, issuedAt), label: P.answerButton, style: 'primary' },
      { action: encodeAction(PRACTICE_ACTION, 'model', question.id), label: P.modelButton, style: 'secondary' },
      { action: encodeAction(PRACTICE_ACTION, 'another', question.topic, question.id), label: P.anotherButton, style: 'secondary' },
    ],
    private: true,
    tone: 'info',
    ...(surface === 'console' ? { form: answerForm(question, issuedAt) } : {}),
  };
}

/** Lines as fields of at most FIELD_ROOM characters, never splitting a line: the first named `name`, the rest `more`. */
export function splitIntoFields(name: string, more: string, lines: readonly string[]): ReplyField[] {
  const fields: ReplyField[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) fields.push({ name: fields.length === 0 ? name : more, value: current.join('\n') });
    current = [];
  };
  for (const line of lines) {
    if (current.length > 0 && [...current, line].join('\n').length > FIELD_ROOM) flush();
    current.push(line);
  }
  flush();
  return fields;
}

const shorten = (quote: string, max: number) => {
  if (quote.length <= max) return quote;
  const cut = quote.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/…$/, '').trimEnd()}…`;
};

function nextStepText(next: NextStep, kind: PracticeKind): string {
  switch (next.kind) {
    case 'write-more':
      return P.next.writeMore;
    case 'own-words':
      return P.next.ownWords(kind);
    case 'answer-the-question':
      return P.next.answerTheQuestion;
    case 'sentences':
      return P.next.sentences;
    case 'reach-judgement':
      return P.next.reachJudgement(kind);
    case 'support-judgement':
      return P.next.supportJudgement;
    case 'sustain-judgement':
      return P.next.sustainJudgement;
    case 'use-extract':
      return P.next.useExtract;
    case 'keep-going':
      return P.next.keepGoing;
    case 'check-facts':
      return P.next.checkFacts;
    case 'full-marks':
      return P.next.fullMarks(kind);
    case 'add-point':
      return P.next.addPoint(next.point.point);
    case 'explain-point':
      return next.linked ? P.next.explainLinkedPoint(next.point.point) : P.next.explainPoint(next.point.point);
    case 'develop-point':
      return P.next.developPoint(next.point.point);
    case 'other-side':
      return P.next.otherSide(next.point.point);
    case 'cover-extracts':
      return P.next.coverExtracts(next.labels);
    case 'judge-extracts':
      return P.next.judgeExtracts(next.labels);
  }
}

/**
 * The judgement check, with the points made on each side. Points all on one side are said to be one-sided, not
 * "supported": level 2, where such an answer stays, says any judgement is asserted.
 */
function judgementText(question: PracticeQuestion, j: JudgementCheck): string {
  const own = judgementOwn(question, j);
  // What an A-level answer's top level asks beyond a supported conclusion: the extract discussed, the judgement sustained.
  // Three extracts: those not discussed (which hold it at level 2), and those discussed but not judged.
  if (j.extractsMissing || j.extractsUnjudged) {
    const missing = j.extractsMissing ?? [];
    const unjudged = j.extractsUnjudged ?? [];
    return [own, j.offQuestion ? P.offQuestionJudgement : '', missing.length > 0 ? P.extractsNotDiscussed(missing) : '', unjudged.length > 0 ? P.extractsUnjudged(unjudged) : ''].filter(Boolean).join(' ');
  }
  const extra = [j.offQuestion ? P.offQuestionJudgement : '', j.usesExtract === false ? P.noExtract : '', j.reached && j.sustained === false ? P.notSustained : ''].filter(Boolean);
  return [own, ...extra].join(' ');
}

function judgementOwn(question: PracticeQuestion, j: JudgementCheck): string {
  const { factors } = question;
  if (!factors) return P.judgement(j.reached, j.supported);
  const sides = P.sides(factors.for, j.for, factors.against, j.against);
  const oneSided = j.for + j.against > 0 && (j.for === 0 || j.against === 0);
  if (!oneSided) return `${P.judgement(j.reached, j.supported)} ${sides}`;
  const [side, other] = j.for > 0 ? [factors.for, factors.against] : [factors.against, factors.for];
  return `${j.reached ? '' : `${P.judgement(false, false)} `}${P.oneSided(j.reached, side, other)} ${sides}`;
}

/** The marks of the GCSE questions that carry SPaG marks beside them (Edexcel's "How far do you agree", AQA's extended questions). */
const SPAG_QUESTION_MARKS = 16;


/** What a marked answer's feedback says, as a title, a body and fields: one source for Discord, the console and the CLI. */
export function feedbackParts(kb: KnowledgeBase, result: MarkResult, extra: { readonly late?: boolean } = {}): Pick<Reply, 'title' | 'body' | 'fields' | 'footer'> {
  const { question } = result;
  const level = question.levels[result.level - 1];
  const notes: string[] = [];
  if (result.status === 'empty') notes.push(P.empty);
  else if (result.status === 'too-short') notes.push(P.tooShort(result.words));
  else if (result.status === 'copied') notes.push(P.copied);
  else if (result.status === 'off-topic') notes.push(P.offTopic(result.aboutTopic ? titleOf(kb)(result.aboutTopic) : null, question.prompt));
  // Held by its length: that is what the level line says, not the descriptor of a level the answer may do more than.
  const held = result.status === 'marked' && result.short ? P.shortForLevel(result.short.words, result.short.need, result.maxMark, result.short.level, question.kind) : undefined;
  if (result.status === 'marked' && result.wrong.length > 0)
    notes.push(result.level >= result.maxLevel ? P.wrongNoteMark : P.wrongNote(result.wrong.length >= PRACTICE_DEFAULTS.wrongForMiddle));
  // The GCSE boards' 16-mark questions carry 4 more for spelling, punctuation and grammar: said, never marked here.
  if (result.status === 'marked' && question.marks === SPAG_QUESTION_MARKS && !A_LEVEL_KINDS.has(question.kind)) notes.push(P.spag);
  if (result.list) notes.push(P.list);
  if (result.truncated) notes.push(P.truncated(answerRoom(question.kind)));
  if (extra.late) notes.push(P.late);
  const body = [level ? P.levelLine(result.level, held ?? level.descriptor) : P.levelZero, ...notes].join('\n\n');

  const checks: ReplyField[] = [];
  if (result.status === 'marked') {
    if (result.explained !== null) checks.push({ name: P.explainingField, value: P.explaining(result.explained, result.made.length, result.mark >= result.maxMark) });
    const j = result.judgement;
    if (j) {
      checks.push({ name: P.judgementField, value: judgementText(question, j) });
    }
  }
  const next: ReplyField = { name: P.nextField, value: nextStepText(result.next, question.kind) };
  const missing = result.status === 'marked' ? result.missing : [];
  const missingLines = missing.map((p) => P.missingLine(p.point));
  // A wrong date or person, corrected in one plain sentence: "The First Five-Year Plan began in October 1928, not 1932."
  const corrected = (c: NonNullable<MarkResult['wrong'][number]['correction']>): string => {
    if (c.saidPerson && c.rightPerson) return `It was ${c.rightPerson}, not ${c.saidPerson}: ${c.fact} (${c.when}).`;
    if (c.rightPlace && c.saidPlace) return `${c.fact} (${c.rightPlace}) was not in ${c.saidPlace}.`;
    const years = c.saidYears ?? [];
    const said = years.length === 0 ? '' : `, not ${years.length > 1 ? `${years[0]}–${years.at(-1)}` : years[0]}`;
    if (c.began) return `${/^the\b/i.test(c.fact) ? c.fact : `The ${c.fact}`} began in ${c.when.split('–')[0]}${said}.`;
    if (c.ended) return `${/^the\b/i.test(c.fact) ? c.fact : `The ${c.fact}`} ended in ${c.when.split('–').at(-1) ?? c.when}${said}.`;
    return `${c.fact} in ${c.when}${said}.`;
  };
  const build = (quoteRoom: number): ReplyField[] => [
    // A wrong fact first: it matters more than any point to add.
    ...splitIntoFields(
      P.wrongField,
      P.wrongFieldMore,
      result.wrong.map((w) =>
        w.swapped
          ? P.wrongSwappedLine(shorten(w.quote, quoteRoom), w.swapped.said, w.point.point, w.swapped.theirs?.point, w.swapped.notes)
          : P.wrongLine(shorten(w.quote, quoteRoom), w.total ? P.knownTotal(w.total) : w.correction ? corrected(w.correction) : (w.right ?? w.point.point)),
      ),
    ),
    // Sweeping claims with nothing to back them (A-level): not wrong facts, so under their own heading.
    ...splitIntoFields(P.supportField, P.supportFieldMore, (result.unsupported ?? []).map((u) => P.supportLine(shorten(u.quote, quoteRoom), u.absolute))),
    ...splitIntoFields(
      P.madeField,
      P.madeFieldMore,
      result.made.map((m) =>
        m.unnamedHistorians && !m.wrongYear
          ? P.madeLineUnnamed(m.point.point, shorten(m.quote, quoteRoom), m.unnamedHistorians.join(' and '))
          : (m.wrongYear ? P.madeLineWrongYear : P.madeLine)(m.point.point, shorten(m.quote, quoteRoom)),
      ),
    ),
    ...splitIntoFields(P.missingField, P.missingFieldMore, missingLines.length > 0 ? [...missingLines, P.missingButtons] : []),
    ...checks,
    next,
  ];
  const size = (fields: readonly ReplyField[]) => fields.reduce((n, f) => n + f.name.length + f.value.length, body.length + P.guide.length + 40);
  let quoteRoom = PRACTICE_DEFAULTS.quoteLength;
  let fields = build(quoteRoom);
  while (size(fields) > MESSAGE_ROOM && quoteRoom > 30) fields = build((quoteRoom -= 30));
  return {
    title: result.status === 'marked' ? P.markedTitle(result.mark, result.maxMark, result.level, result.maxLevel) : P.nothingTitle(result.maxMark),
    body,
    fields,
    footer: P.guide,
  };
}

/** The buttons under feedback: the notes for each point missed, then answer again, the model answer and another question. */
function feedbackButtons(kb: KnowledgeBase, result: MarkResult, now: number): ReplyButton[] {
  const missing = result.status === 'marked' ? result.missing : [];
  const entries = [...new Set(missing.flatMap((p) => p.entries.slice(0, 1)))];
  const entryButtons = entries.flatMap((id) => {
    const entry = kb.questions.find((q) => q.id === id) ?? kb.skills.find((s) => s.id === id);
    return entry ? [{ action: encodeAction(ASK_ACTION, id), label: entry.question, style: 'secondary' as const }] : [];
  });
  const own: ReplyButton[] = [
    { action: answerAction(result.question, now), label: P.againButton, style: 'primary' },
    { action: encodeAction(PRACTICE_ACTION, 'model', result.question.id), label: P.modelButton, style: 'secondary' },
    { action: encodeAction(PRACTICE_ACTION, 'another', result.question.topic, result.question.id), label: P.anotherButton, style: 'secondary' },
  ];
  return [...own, ...entryButtons].slice(0, BUTTON_ROOM);
}

export function feedbackReply(kb: KnowledgeBase, result: MarkResult, options: { readonly late: boolean; readonly now: number }): Reply {
  const good = result.status === 'marked' && result.mark >= result.maxMark * 0.7;
  return {
    ...feedbackParts(kb, result, { late: options.late }),
    buttons: feedbackButtons(kb, result, options.now),
    private: true,
    tone: result.status !== 'marked' ? 'info' : good ? 'success' : 'answer',
  };
}

/** The feedback as the plain text the CLI prints (`feedback`): the same parts, one after another. */
export function feedbackText(kb: KnowledgeBase, result: MarkResult, extra: { readonly late?: boolean } = {}): string {
  const parts = feedbackParts(kb, result, extra);
  const plain = (s: string) => s.replace(/\*\*(.+?)\*\*/g, '$1');
  return [parts.title ?? '', plain(parts.body), ...(parts.fields ?? []).map((f) => `${f.name}:\n${plain(f.value)}`), parts.footer ?? ''].filter(Boolean).join('\n\n');
}

/** A plan for a top-level answer, from the mark scheme, with a button to the notes behind each point. */
/** A model answer's plan in words: how to answer, its points (numbered, under each side's name) and how to conclude. */
export function modelAnswerPlan(question: PracticeQuestion): {
  readonly intro: string;
  readonly judgement?: string;
  readonly lines: readonly string[];
  /** The point each line gives (none for a side's heading), for the evidence under it. */
  readonly pointOf: readonly (PracticePoint | undefined)[];
  readonly conclusion?: string;
} {
  const plan = answerPlan(question);
  let n = 0;
  const sideName = (part: 'for' | 'against') => question.factors?.[part] ?? part;
  // Three extracts: a section per extract, what supports its argument first and then what challenges it.
  const rows =
    question.kind === 'three-extracts'
      ? EXTRACT_LABELS.flatMap((label) => {
          const points = (['for', 'against'] as const).flatMap((side) => question.points.filter((p) => p.extract === label && p.side === side));
          return points.length === 0
            ? []
            : [{ line: P.modelSide(P.modelExtract(label)), point: undefined }, ...points.map((p) => ({ line: P.modelExtractPoint(++n, p.point, p.side === 'for'), point: p }))];
        })
      : plan.sections.flatMap((s) => [
          ...(s.part === 'points' ? [] : [{ line: P.modelSide(sideName(s.part)), point: undefined }]),
          ...s.points.map((p: PracticePoint) => ({ line: P.modelPoint(++n, p.point), point: p })),
        ]);
  return {
    intro: P.modelIntro(question.kind, plan.pointsToMake, plan.asks, question.minutes),
    ...(question.judgement ? { judgement: P.modelJudgement(question.judgement) } : {}),
    lines: rows.map((r) => r.line),
    pointOf: rows.map((r) => r.point),
    ...(plan.conclusion ? { conclusion: P.modelConclusion(question.kind) } : {}),
  };
}

/** The model answer fits one Discord message (2,000 characters), its evidence included. */
const MODEL_ROOM = 2000;
/** The longest sentence of the notes given as a point's evidence. */
const EVIDENCE_ROOM = 220;
/** A point's evidence, under it (a trial: a plan of bare points gave an ESL student no date or figure to write from). */
const evidenceLine = P.modelEvidence;

/** The model answer's plan, each point with the notes' evidence for it (pointEvidence) while the message has room. */
function modelAnswerBody(kb: KnowledgeBase, question: PracticeQuestion): string {
  const plan = modelAnswerPlan(question);
  const answerOf = (id: string) => kb.questions.find((q) => q.id === id)?.answer;
  const body = (lines: readonly string[]) =>
    [`**${question.prompt}**`, plan.intro, ...(plan.judgement ? [plan.judgement] : []), lines.join('\n'), ...(plan.conclusion ? [plan.conclusion] : [])].join('\n\n');
  const lines = [...plan.lines];
  let length = body(lines).length;
  const used = new Set<string>();
  // "Stalin", "Soviet": shared by most sentences of the notes, so no sign that one backs a point.
  const reading = answerLexicon(PLAIN_LEXICON, kb.vocabulary.answerSynonyms);
  const common = new Set(contentTerms((kb.vocabulary.commonDateWords ?? []).join(' '), reading));
  plan.pointOf.forEach((point, i) => {
    const evidence = point && pointEvidence(point, answerOf, EVIDENCE_ROOM, used, common, reading);
    if (!evidence) return;
    const line = `${lines[i] ?? ''}\n${evidenceLine(evidence)}`;
    const grown = length + line.length - (lines[i]?.length ?? 0);
    // Whole points only: evidence that would not fit is left out, never cut short.
    if (grown > MODEL_ROOM) return;
    lines[i] = line;
    length = grown;
    used.add(evidence);
  });
  return body(lines);
}

/**
 * A three-extracts plan, too long for one message's 2,000 characters: the question, how to answer and the line of
 * argument in the body, and each extract's points in a field of its own (1,024 characters), with the notes' evidence
 * under a point while its field has room.
 */
function modelExtractsParts(kb: KnowledgeBase, question: PracticeQuestion): { readonly body: string; readonly fields: ReplyField[] } {
  const plan = modelAnswerPlan(question);
  const body = [`**${question.prompt}**`, plan.intro, ...(plan.judgement ? [plan.judgement] : []), ...(plan.conclusion ? [plan.conclusion] : [])].join('\n\n');
  const answerOf = (id: string) => kb.questions.find((q) => q.id === id)?.answer;
  const used = new Set<string>();
  const reading = answerLexicon(PLAIN_LEXICON, kb.vocabulary.answerSynonyms);
  const common = new Set(contentTerms((kb.vocabulary.commonDateWords ?? []).join(' '), reading));
  // A section per extract: its heading (a line with no point) starts it.
  const sections: { name: string; points: PracticePoint[]; lines: string[] }[] = [];
  plan.lines.forEach((line, i) => {
    const point = plan.pointOf[i];
    if (!point) sections.push({ name: line.replace(/\*\*/g, ''), points: [], lines: [] });
    else if (sections.at(-1)) {
      sections.at(-1)?.points.push(point);
      sections.at(-1)?.lines.push(line);
    }
  });
  // Evidence under each point while its field has room (whole lines only, never cut short).
  const fields: ReplyField[] = sections.map(({ name, points, lines }) => {
    let length = lines.join('\n').length;
    const value = lines.map((line, i) => {
      const point = points[i];
      const evidence = point && pointEvidence(point, answerOf, EVIDENCE_ROOM, used, common, reading);
      if (!evidence) return line;
      const grown = `${line}\n${evidenceLine(evidence)}`;
      if (length + grown.length - line.length > FIELD_ROOM) return line;
      length += grown.length - line.length;
      used.add(evidence);
      return grown;
    });
    return { name, value: value.join('\n') };
  });
  return { body, fields: fields.map((f) => ({ ...f, value: f.value.length > FIELD_ROOM ? shorten(f.value, FIELD_ROOM) : f.value })) };
}

export function modelAnswerReply(kb: KnowledgeBase, question: PracticeQuestion): Reply {
  const entries = [...new Set(question.points.flatMap((p) => p.entries.slice(0, 1)))];
  const parts = question.kind === 'three-extracts' ? modelExtractsParts(kb, question) : { body: modelAnswerBody(kb, question) };
  return {
    title: P.modelTitle,
    ...parts,
    footer: P.modelFooter,
    buttons: entries.flatMap((id) => {
      const entry = kb.questions.find((q) => q.id === id) ?? kb.skills.find((s) => s.id === id);
      return entry ? [{ action: encodeAction(ASK_ACTION, id), label: entry.question, style: 'secondary' as const }] : [];
    }).slice(0, BUTTON_ROOM),
    private: true,
    tone: 'info',
  };
}

/** The practice lines of /stats: per topic, how many, the average and the latest marks. */
export function practiceStatsField(kb: KnowledgeBase, records: readonly TopicRecord[]): ReplyField {
  const title = titleOf(kb);
  // "Latest 3/12, 12/12": the newest mark first, as "latest" reads.
  const lines = records.map((r) => P.statsLine(title(r.topic), r.attempts, r.average, [...r.recent].reverse().map((a) => `${a.mark}/${a.maxMark}`).join(', ')));
  // Whole lines only: a line cut short ("…0/1 correc") reads as a mistake.
  return { name: P.statsTitle, value: lines.length > 0 ? capped(lines, '\n', FIELD_ROOM, Q.statsMoreTopics) : P.statsNone };
}
