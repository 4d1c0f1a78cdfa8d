// The shape of the fact base. Every file under knowledge/ is a YAML document whose top-level keys
// are sections (topic, questions, quiz, people, terms, events, sources); any file may hold any of them,
// so a teacher can keep one topic's material together or split it however suits them.
import { z } from 'zod';
import { KNOWLEDGE_LIMITS as L } from './limits.js';

export const idSchema = z
  .string()
  .max(L.idLength)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "nep-features"');

/** A date as precise as it is known: "1934", "1934-12" or "1934-12-01". */
export const dateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

const text = (max: number, tooLong?: string) => z.string().trim().min(1, 'must not be empty').max(max, tooLong);
const sourceList = z.array(idSchema).min(1, 'must name at least one source');

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: text(120),
  file: text(200).optional(),
  /** Kept for the fact base's maintainers (a corrections list, an unreliable text): never shown to students as a source. */
  forMaintainers: z.boolean().optional(),
});

export const keyDateSchema = z.strictObject({
  date: dateSchema,
  end: dateSchema.optional(),
  label: text(200),
});

export const topicSchema = z.strictObject({
  id: idSchema,
  title: text(L.titleLength),
  order: z.number().int().min(0),
  /** Other names students use for the topic ("nep", "new economic policy"). */
  aliases: z.array(text(L.titleLength)).default([]),
  summary: text(L.summaryLength),
  keyDates: z.array(keyDateSchema).min(1),
  keyTerms: z.array(text(80)).min(1),
});

export const questionSchema = z.strictObject({
  id: idSchema,
  topic: idSchema,
  question: text(L.questionLength, `must be at most ${L.questionLength} characters, to fit whole on a button (put a longer wording in phrasings)`),
  phrasings: z.array(text(L.phrasingLength)).min(2, 'needs at least 2 alternate phrasings'),
  answer: text(L.answerLength),
  related: z.array(idSchema).default([]),
  sources: sourceList,
});

export const difficultySchema = z.enum(['easy', 'medium', 'hard']);

export const quizQuestionSchema = z.strictObject({
  id: idSchema,
  topic: idSchema,
  prompt: text(L.promptLength),
  choices: z.array(text(L.choiceLength)).length(4, 'must have exactly 4 choices'),
  /** The correct choice, written exactly as it appears in `choices`. */
  correct: text(L.choiceLength),
  explanation: text(L.explanationLength),
  difficulty: difficultySchema,
  /**
   * Optional: what the question is about, when the tutor's own reading is wrong (src/quiz/fairness.ts reads
   * the course people and terms its prompt and answer name). A round asks at most two on one subtopic.
   */
  subtopic: text(80).optional(),
  /** Optional: which classes it suits. Hard questions are for A-level only unless this says `gcse`. */
  level: z.enum(['gcse', 'a-level']).optional(),
  sources: sourceList,
});

export const personSchema = z.strictObject({
  id: idSchema,
  name: text(100),
  aliases: z.array(text(100)).default([]),
  role: text(200),
  summary: text(L.answerLength),
  topics: z.array(idSchema).min(1),
  sources: sourceList,
});

export const termSchema = z.strictObject({
  id: idSchema,
  term: text(100),
  aliases: z.array(text(100)).default([]),
  definition: text(L.answerLength),
  topics: z.array(idSchema).min(1),
  sources: sourceList,
});

export const eventSchema = z.strictObject({
  id: idSchema,
  date: dateSchema,
  end: dateSchema.optional(),
  title: text(200),
  topic: idSchema,
  sources: sourceList,
});

/** The kinds of exam question a skills entry teaches how to answer (issue 19, part 3). */
export const skillKindSchema = z.enum([
  'describe', 'explain', 'account', 'how-far', 'more-important', 'how-successful',
  'source-utility', 'interpretation', 'essay-plan', 'timing', 'revision',
]);

/** Exam skills (knowledge/skills.yaml): how to answer a kind of question, with a model paragraph on the course. */
export const skillSchema = z.strictObject({
  id: idSchema,
  kind: skillKindSchema,
  level: z.enum(['gcse', 'a-level', 'both']),
  question: text(L.questionLength, `must be at most ${L.questionLength} characters, to fit whole on a button (put a longer wording in phrasings)`),
  phrasings: z.array(text(L.phrasingLength)).min(2, 'needs at least 2 alternate phrasings'),
  answer: text(L.answerLength),
  /** A short paragraph on this course's content that does what the answer says. */
  example: text(L.answerLength),
  related: z.array(idSchema).default([]),
});

/** One file under knowledge/. */
/**
 * Words about the course that /ask needs and a teacher may edit: what marks a question as another
 * subject's. Words are matched as typed (lower-case); phrases as whole words anywhere in the question.
 */
export const vocabularySchema = z.strictObject({
  /** Words of other subjects, periods and places ("hitler", "khrushchev", "mao"). */
  offCourseWords: z.array(z.string().regex(/^[a-z0-9]+$/, 'one lower-case word, letters and digits only')),
  /** Phrases naming another subject in everyday words ("new deal", "february revolution"). */
  offCoursePhrases: z.array(z.string().regex(/^[a-z0-9]+( [a-z0-9]+)+$/, 'two or more lower-case words separated by single spaces')),
  /**
   * Names the course shares with other periods ("stalin", "lenin", "bolsheviks"): a question naming only
   * these is not taken for the course's on that alone (1917, the war and the Cold War name them too).
   */
  sharedNames: z.array(z.string().regex(/^[a-z0-9]+$/, 'one lower-case word, letters and digits only')).default([]),
  /**
   * Words of exam technique ("marks", "essay", "examiner", "revise"): a question that speaks of the
   * student ("how do I…", "should I…") and uses one of these is read as asking for exam advice first.
   */
  examSkillWords: z.array(z.string().regex(/^[a-z0-9]+$/, 'one lower-case word, letters and digits only')).default([]),
});

/**
 * The fact base's own content rules, which `npm run kb -- check` applies (knowledge/rules.yaml): how long
 * answers and topic summaries are, and how many phrasings a question has at least.
 */
export const contentRulesSchema = z.strictObject({
  answerWords: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
  summaryWords: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
  minPhrasings: z.number().int().min(0),
});

export const knowledgeFileSchema = z.strictObject({
  rules: contentRulesSchema.optional(),
  vocabulary: vocabularySchema.optional(),
  sources: z.array(sourceSchema).optional(),
  topic: topicSchema.optional(),
  questions: z.array(questionSchema).optional(),
  quiz: z.array(quizQuestionSchema).optional(),
  people: z.array(personSchema).optional(),
  terms: z.array(termSchema).optional(),
  events: z.array(eventSchema).optional(),
  skills: z.array(skillSchema).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type QaEntry = z.infer<typeof questionSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type Difficulty = z.infer<typeof difficultySchema>;
export type Person = z.infer<typeof personSchema>;
export type Term = z.infer<typeof termSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Skill = z.infer<typeof skillSchema>;
export type KnowledgeFile = z.infer<typeof knowledgeFileSchema>;
export type Vocabulary = z.infer<typeof vocabularySchema>;
export type ContentRules = z.infer<typeof contentRulesSchema>;

/** The whole fact base once every file is loaded and cross-checked. */
export interface KnowledgeBase {
  readonly sources: readonly Source[];
  readonly topics: readonly Topic[];
  readonly questions: readonly QaEntry[];
  readonly quiz: readonly QuizQuestion[];
  readonly people: readonly Person[];
  readonly terms: readonly Term[];
  readonly events: readonly TimelineEvent[];
  /** Exam skills: how to answer each kind of question (empty when no file has them). */
  readonly skills: readonly Skill[];
  /** Empty lists when no file has a vocabulary section. */
  readonly vocabulary: Vocabulary;
}
