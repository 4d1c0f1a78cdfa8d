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
  /**
   * For a place or a project built somewhere (Magnitogorsk, the Dnieprostroi dam): every place a student may rightly
   * say it is in or on, as they would write it ("the Urals", "Russia"), the main one first. The /practice marker
   * flags an answer that puts it in another place these lists name ("Dnieprostroi in Moscow").
   */
  places: z.array(text(60)).min(1).optional(),
});

export const eventSchema = z.strictObject({
  id: idSchema,
  date: dateSchema,
  end: dateSchema.optional(),
  title: text(200),
  topic: idSchema,
  /**
   * Optional: one or two sentences, in our own words, on what happened and why it matters for the course. An
   * "In which year…?" question explains with it; without it, with a sentence of the other entries on the event.
   */
  description: text(300).optional(),
  sources: sourceList,
});

/**
 * A figure's standing: a plan's target, a figure the Soviet state published (an official claim), or a
 * later estimate (historians', or archive counts published long after).
 */
export const seriesPointKindSchema = z.enum(['target', 'official', 'estimate']);

/** One figure of a series: a value, or a range where the figure is disputed or the sources differ. */
export const seriesPointSchema = z.strictObject({
  year: z.number().int().min(1900).max(1960),
  value: z.number().min(0).optional(),
  range: z.tuple([z.number().min(0), z.number().min(0)]).optional(),
  kind: seriesPointKindSchema,
  /** What exactly is counted, when a series mixes measures ("camps alone", "camps and colonies"). */
  measure: text(60).optional(),
  /** For a toll over years, the first and last years it covers ([1930, 1941]: deaths from 1930 to 1941; its year is the last). */
  span: z
    .tuple([z.number().int().min(1900).max(1960), z.number().int().min(1900).max(1960)])
    .refine(([from, to]) => from <= to, 'a span runs from its first year to its last: [1930, 1941]')
    .optional(),
  note: text(300).optional(),
  sources: sourceList,
});

/** Figures of the period for /chart: output against the plans' targets, harvests, livestock, the gulag, the famine. */
export const seriesSchema = z.strictObject({
  id: idSchema,
  title: text(80),
  /** What the values count, e.g. "million tonnes". */
  unit: text(40),
  topics: z.array(idSchema).min(1),
  /** Shown under the chart: where the figures come from and how far to trust them. */
  note: text(600),
  points: z.array(seriesPointSchema).min(2),
});

/** The kinds of exam question a skills entry teaches how to answer (issue 19, part 3). */
export const skillKindSchema = z.enum([
  'describe', 'explain', 'account', 'how-far', 'more-important', 'how-successful',
  'source-utility', 'interpretation', 'essay-plan', 'timing', 'revision',
]);

/** The exam boards whose papers a skill or a /practice question is written for (/tutor board picks the class's). */
export const EXAM_BOARDS = ['aqa', 'edexcel', 'ocr', 'eduqas'] as const;
export const examBoardSchema = z.enum(EXAM_BOARDS);
/** Which boards an entry is for: left out, every board (its advice or question form is shared, or not one board's). */
const boardsSchema = z.array(examBoardSchema).min(1, 'name at least one board, or leave boards out for every board').optional();

/** Exam skills (knowledge/skills.yaml): how to answer a kind of question, with a model paragraph on the course. */
export const skillSchema = z.strictObject({
  id: idSchema,
  kind: skillKindSchema,
  level: z.enum(['gcse', 'a-level', 'both']),
  /** The boards whose papers set this kind of question (AQA's "In what ways…", Edexcel's 12-mark "Explain why…"); left out, every board. */
  boards: boardsSchema,
  question: text(L.questionLength, `must be at most ${L.questionLength} characters, to fit whole on a button (put a longer wording in phrasings)`),
  phrasings: z.array(text(L.phrasingLength)).min(2, 'needs at least 2 alternate phrasings'),
  answer: text(L.answerLength),
  /** A short paragraph on this course's content that does what the answer says. */
  example: text(L.answerLength),
  related: z.array(idSchema).default([]),
});

/**
 * Which skill answers "the N mark question" on one board's GCSE paper on this course (knowledge/skills.yaml,
 * boardMarks): a student who asks about "the 8 mark question" with no kind of question named, in a class that sits
 * that board's papers (/tutor board) or naming the board, gets the first of `skills` (or keeps the one of them the
 * matcher chose). One entry a board and marks; each skill must exist and be for that board.
 */
export const boardMarksSchema = z.strictObject({
  board: examBoardSchema,
  marks: z.number().int().min(1).max(99),
  /** The skills of the paper's questions worth that many marks, the one "the N mark question" means first. */
  skills: z.array(idSchema).min(1, 'name at least one skill'),
});

/**
 * The kinds of exam question /practice sets (issue 13): the English boards' longer questions on this course, GCSE
 * and A-level. `essay` is the A-level essay ("To what extent…", "How far…", 25 marks, five levels); `extract` the
 * A-level interpretation question ("How convincing is this interpretation…"), on an extract we wrote;
 * `three-extracts` AQA's A-level Component 1 question on three extracts ("assess how convincing the arguments in these
 * three extracts are…", 30 marks), each extract judged on its own.
 */
export const practiceKindSchema = z.enum(['describe', 'explain', 'account', 'how-far', 'how-successful', 'more-important', 'essay', 'extract', 'three-extracts']);
/** Kinds that ask for a judgement: their points take a side, and the question names what each side argues. */
export const JUDGEMENT_KINDS: ReadonlySet<PracticeKind> = new Set(['how-far', 'how-successful', 'more-important', 'essay', 'extract', 'three-extracts']);
/** The A-level kinds: an A-level class is offered them first, a GCSE class only when it asks for them. */
export const A_LEVEL_KINDS: ReadonlySet<PracticeKind> = new Set(['essay', 'extract', 'three-extracts']);
/** The kinds set on extracts (one, or three), whose answers are judged on the extracts' own arguments. */
export const EXTRACT_KINDS: ReadonlySet<PracticeKind> = new Set(['extract', 'three-extracts']);
/** How many extracts a `three-extracts` question gives, and their labels in order. */
export const EXTRACT_LABELS = ['A', 'B', 'C'] as const;

/**
 * An interpretation question's extract: a summary, in our own words, of one historian's view (never a quotation:
 * it may hold no quotation marks), with the work it comes from. /practice labels it as our summary.
 */
export const practiceExtractSchema = z.strictObject({
  /** The historian (a person id). */
  historian: idSchema,
  /** The work whose view it summarises, with its year: "Origins of the Great Purges (1985)". */
  work: text(120),
  summary: text(L.extractLength),
});

/** A level of a mark scheme: the marks it spans and what an answer at it does. */
export const practiceLevelSchema = z.strictObject({
  level: z.number().int().min(1).max(6),
  marks: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
  descriptor: text(L.levelDescriptorLength),
});

/**
 * One point of a mark scheme: what it is (shown to students), the concepts that show it (each a short
 * phrase; an answer makes the point when it states one of them: two of its content words together in a
 * sentence, not one stray word), and the entries that teach it (their buttons open them).
 */
export const practicePointSchema = z.strictObject({
  id: idSchema,
  point: text(L.practicePointLength),
  concepts: z.array(text(80)).min(1, 'needs at least one concept: a short phrase an answer making the point would use'),
  entries: z.array(idSchema).min(1, 'must name at least one entry that teaches it'),
  /**
   * Wrong versions of the point students write ("held in secret" for trials held in public): short phrases like
   * concepts, found only as written (their words in order); a sentence stating one does not make the point, and
   * the feedback asks the student to check it.
   */
  wrong: z.array(text(80)).optional(),
  /** For a judgement question: the side it supports (`for` the statement, or the first factor; `against`, or the second). */
  side: z.enum(['for', 'against']).optional(),
  /** For a three-extracts question: the extract (A, B or C) whose argument the point engages with. */
  extract: z.enum(EXTRACT_LABELS).optional(),
});

/** The levels of every question of one kind and mark total, unless a question has its own. */
export const practiceLevelsSchema = z.strictObject({
  kind: practiceKindSchema,
  marks: z.number().int().min(1).max(40),
  levels: z.array(practiceLevelSchema).min(2),
});

export const practiceQuestionSchema = z.strictObject({
  id: idSchema,
  topic: idSchema,
  kind: practiceKindSchema,
  prompt: text(L.promptLength),
  /** The boards that set a question of this form (AQA's three extracts); left out, every board. /practice prefers the class's. */
  boards: boardsSchema,
  marks: z.number().int().min(1).max(40),
  /** A time guide in minutes, as in the exam. */
  minutes: z.number().int().min(1).max(60),
  /** Its own levels; by default those of practiceLevels for its kind and marks. */
  levels: z.array(practiceLevelSchema).min(2).optional(),
  /** For judgement questions: what each side argues (the statement and the case against it, or the two factors). */
  factors: z.strictObject({ for: text(200), against: text(200) }).optional(),
  /** An interpretation (`extract`) question's extract; only they have one. */
  extract: practiceExtractSchema.optional(),
  /** A three-extracts question's extracts, A, B and C in order (exactly three; the loader says when not); only they have them. */
  extracts: z.array(practiceExtractSchema).optional(),
  /** For an essay or an interpretation question: one line of argument a top answer might take, for the model plan. */
  judgement: text(L.judgementLength).optional(),
  points: z.array(practicePointSchema).min(2),
});

/** One file under knowledge/. */
/** A list of the marker's words: optional in each file, but never empty, one lower-case word each. */
const markerWords = (name: string, example: string) =>
  z
    .array(z.string().regex(/^[a-z0-9]+$/, 'one lower-case word, letters and digits only'))
    .min(1, `give at least one word (such as ${example}), or leave ${name} out`)
    .optional();

/**
 * Words about the course that /ask needs and a teacher may edit: what marks a question as another
 * subject's. Words are matched as typed (lower-case); phrases as whole words anywhere in the question.
 */
/** A phrase of an instruction to the tutor: lower-case words separated by single spaces, no apostrophes. */
const tutorPhrase = z.string().regex(/^[a-z]+( [a-z]+)*$/, 'lower-case words separated by single spaces (write "dont", not "don\'t")');

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
   * Names and words at the centre of the course ("stalin", "famine", "purges"): a question in words the notes
   * know that uses one gets "did you mean" suggestions when no entry fits well, not a refusal. Questions of
   * other periods that use them mostly name their period too ("yalta", "1945", "the cold war").
   */
  centralNames: z.array(z.string().regex(/^[a-z0-9]+$/, 'one lower-case word, letters and digits only')).default([]),
  /**
   * Words of exam technique ("marks", "essay", "examiner", "revise"): a question that speaks of the
   * student ("how do I…", "should I…") and uses one of these is read as asking for exam advice first.
   */
  examSkillWords: z.array(z.string().regex(/^[a-z0-9]+$/, 'one lower-case word, letters and digits only')).default([]),
  /**
   * Nazi Germany is another subject but also the threat the USSR faced in the 1930s: these of the
   * offCourseWords ("hitler", "nazi") count as another subject's only when the question does not name the
   * Soviet side as well, with one of sovietSideWords ("stalin", "ussr"): "why did Stalin fear Hitler" is a
   * course question, "how did Hitler reduce unemployment" is not.
   */
  foreignThreatWords: z.array(z.string().regex(/^[a-z0-9]+$/, 'one lower-case word, letters and digits only')).default([]),
  sovietSideWords: z.array(z.string().regex(/^[a-z0-9]+$/, 'one lower-case word, letters and digits only')).default([]),
  /**
   * Words of a question about historians and their books ("historian", "wrote", "published"): a year after
   * the course in such a question is when a book came out, not another period, so it does not make the
   * question another subject's.
   */
  historiographyWords: z.array(z.string().regex(/^[a-z0-9]+$/, 'one lower-case word, letters and digits only')).default([]),
  /**
   * Words of historians' views ("argue", "view", "claim", "revisionist"): beside one of these or of historiographyWords, a
   * historian's name that is also an everyday word ("Ward", "Pipes", "Service") is read as the historian; without,
   * "what is a hospital ward" is not about Chris Ward (src/matching/name-words.ts).
   */
  historianViewWords: z.array(z.string().regex(/^[a-z0-9]+$/, 'one lower-case word, letters and digits only')).default([]),
  /**
   * Words of a question that say what kind of answer it wants or frame the course as a whole ("how far", "success",
   * "stalin", "ussr", "period"), never what it is about: a request of a subject ("give me an essay plan for that",
   * src/matching/subject-request.ts) never takes two questions for the same subject on one of these.
   */
  framingWords: z.array(z.string().regex(/^[a-z0-9]+$/, 'one lower-case word, letters and digits only')).default([]),
  /**
   * Words that say nothing of what a question is about: texting ("ngl", "lol") and requests ("joke", "homework"). A
   * refusal never gives one as its reason ("“homework” belongs to another subject" of a chemistry question); how a
   * question is matched does not change (one of offCourseWords still makes a question another subject's).
   */
  chatWords: z.array(z.string().regex(/^[a-z0-9]+$/, 'one lower-case word, letters and digits only')).default([]),
  /**
   * How a student tells the tutor to step outside its notes or its part, at the start of a message
   * (src/matching/ask-question.ts): `setAside` ("ignore", "forget about") before one of `tutorRules` ("notes",
   * "instructions"), or one of `playAnother` ("pretend you are", "act as"). Lower-case words, apostrophes left out
   * ("dont use"): a typed apostrophe is read either way.
   */
  tutorInstructions: z
    .strictObject({
      setAside: z.array(tutorPhrase).default([]),
      tutorRules: z.array(tutorPhrase).default([]),
      playAnother: z.array(tutorPhrase).default([]),
    })
    .optional(),
  /**
   * The years a question may name and still be about the course (src/matching/matcher.ts): a year outside them is another
   * period's ("what happened in 1915?"), unless beside a course person's name or in a span reaching into the course.
   */
  courseYears: z
    .tuple([z.number().int().min(1800).max(2100), z.number().int().min(1800).max(2100)])
    .refine(([from, to]) => from <= to, 'the first year may not come after the second')
    .optional(),
  /**
   * Words the /practice marker reads answers with (src/practice/marker.ts), each one lower-case word; a list given
   * may not be empty. `personNouns`: nouns for any person ("man", "leader"), which say nothing of what a person did
   * ("Stalin was a very clever man" makes no point). `opposingWords`: words of a historian opposing a view
   * ("rejected", "challenged", "unlike"), whose sentence gives them no view of their own to check. `commonDateWords`:
   * words too common in the course to tie a key date to a point ("stalin", "soviet", "state").
   */
  personNouns: markerWords('personNouns', '"man", "leader"'),
  opposingWords: markerWords('opposingWords', '"rejected", "challenged"'),
  commonDateWords: markerWords('commonDateWords', '"stalin", "soviet"'),
  /**
   * Words students write for a word of the mark schemes, each read by the /practice marker (src/practice/analyse.ts)
   * as the word it `means`, in answers and mark schemes alike ("seized" and "requisitioned" as "take", "starvation" as
   * "famine"). Whole words as a student writes them, not stems: the marker reads every form of a word as one
   * ("seized", "seizes", "seizing"), so one form is enough. Only the marker reads these; /ask's are `synonyms`.
   */
  answerSynonyms: z
    .array(
      z.strictObject({
        means: z.string().regex(/^[a-z]+$/, 'one lower-case word, letters only, as a student writes it ("take", not "tak")'),
        words: z.array(z.string().regex(/^[a-z]+$/, 'one lower-case word, letters only, as a student writes it ("seized", not "seiz")')).min(1, 'give at least one word that means it'),
      }),
    )
    .optional(),
  /**
   * Words and phrases students use for one thing of the course, each read as the word it `means`, in the
   * fact base and in questions alike ("purges" as the Terror, "fyp" as a Five-Year Plan, misspelt names).
   */
  synonyms: z
    .array(
      z.strictObject({
        means: z.string().regex(/^[a-z0-9]+$/, 'one lower-case word, letters and digits only'),
        words: z.array(z.string().regex(/^[a-z0-9]+$/, 'one lower-case word, letters and digits only')).default([]),
        phrases: z.array(z.string().regex(/^[a-z0-9]+( [a-z0-9]+)+$/, 'two or more lower-case words separated by single spaces')).default([]),
      }),
    )
    .default([]),
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

/**
 * How the tutor says a word when it reads aloud (knowledge/pronunciations.yaml, issue 17): a respelling
 * the speech engine reads right ("Boo kahrin" for Bukharin). Matched whole, in any case.
 */
export const pronunciationSchema = z.strictObject({
  word: z.string().max(60).regex(/^[A-Za-z][A-Za-z'.-]*( [A-Za-z][A-Za-z'.-]*)*$/, 'a word or a few words: letters (no accents), with hyphens, apostrophes or full stops, separated by single spaces'),
  say: z.string().max(100).regex(/^[A-Za-z][A-Za-z' .,-]*$/, 'plain letters, spaces, hyphens and apostrophes (no accents or digits): a spelling the speech engine reads aloud'),
});

/** A plain meaning's words, at most: one short line a 10-year-old reads at a glance. */
export const PLAIN_MEANING_WORDS = 20;

/**
 * An everyday word of the answers that is hard for a young reader ("deported", "quota", "bureaucracy") and what it means
 * in plain words (knowledge/plain-words.yaml): /ask's "explain like I'm 10" gives it under the short version of an
 * answer, after the course's own words (the glossary's terms, which come first). Not a word of the course: those are
 * terms, with their sources. A word is matched whole, in any case, as written: "deported" and "deportation" are two entries.
 */
export const plainWordSchema = z.strictObject({
  word: z
    .string()
    .max(40)
    .regex(/^[a-z]+(?:[ -][a-z]+)*$/, 'a word, or a few, in lower case as an answer writes them (letters, with single spaces or hyphens): write "deported", not "Deported"'),
  meaning: text(160).refine(
    (m) => m.split(/\s+/).length <= PLAIN_MEANING_WORDS,
    `at most ${PLAIN_MEANING_WORDS} words: one short, plain meaning in words a 10-year-old knows`,
  ),
});

/**
 * What /ask says to a student who writes that they are in distress or being harmed (knowledge/wellbeing.yaml):
 * kind words and where to get help, which a school edits to give its own helplines and who to talk to.
 */
export const wellbeingSchema = z.strictObject({
  title: text(100),
  /** Said first: kind, short, and that a teacher or another adult can help. */
  reply: text(600),
  /** Where to get help, one line each: who, and how to reach them ("call free on 0800 1111"). */
  helplines: z.array(z.strictObject({ name: text(60), how: text(200) })).min(1, 'give at least one helpline').max(6, 'give at most 6 helplines'),
  /** The last line: what to do in danger now. */
  danger: text(200),
  /**
   * More phrases that mean a student needs help, beyond those the tutor knows ("scared to go home"): matched as
   * whole words anywhere in a question, in lower case, with apostrophes left out ("dont", "im").
   */
  phrases: z.array(z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'lower-case words separated by single spaces, without apostrophes (write "dont", "im")')).default([]),
  /**
   * Who "a …" or "the …" may be when what they wrote or said is a source's words, not a threat to the student ("a
   * kulak recalled…", "one prisoner wrote…"): one lower-case word each, read with -s and -es too. Without the list,
   * only the course's people, by surname, are read so.
   */
  historicalSpeakers: z
    .array(z.string().regex(/^[a-z]+$/, 'one lower-case word, letters only (write "kulak": "kulaks" is read too)'))
    .min(1, 'name at least one speaker ("kulak", "prisoner"), or leave historicalSpeakers out')
    .optional(),
});

/** The most a whole-course summary (revision.course.summary) may hold, its lines together: one Discord message with its title and footer. */
export const COURSE_SUMMARY_ROOM = 1800;

/**
 * What /ask says of revising the whole course (knowledge/revision.yaml): the topics every exam board's paper on
 * Stalin's USSR asks about, which a student with a week left and no results yet starts with.
 */
export const revisionAdviceSchema = z.strictObject({
  coreTopics: z.array(idSchema).min(1, 'name at least one topic').max(8, 'name at most 8 topics: these are where to start, not the course'),
  /**
   * The whole course's must-know lists ("key dates for the whole course", "key people", "key terms" with no topic), each
   * chosen from what the topics, people and terms already hold, so nothing is said twice: a key date by its topic and
   * its date as that topic gives it (in the course's order), a person and a term by id, each with a few words of its own.
   * Each list fits one Discord message.
   */
  course: z
    .strictObject({
      keyDates: z.array(z.strictObject({ topic: idSchema, date: dateSchema })).min(5, 'choose at least 5 dates').max(20, 'choose at most 20 dates: the turning points, not every date'),
      people: z.array(z.strictObject({ person: idSchema, role: text(70, 'a few words (at most 70 characters): the person\'s full role is on their card') })).min(3).max(12, 'choose at most 12 people'),
      terms: z.array(z.strictObject({ term: idSchema, gloss: text(70, 'a few words (at most 70 characters): the full definition is the term\'s own') })).min(3).max(16, 'choose at most 16 terms'),
      /**
       * The whole course in short ("give me a summary of the whole course"): one short line for each part of the course, in
       * its order, in our own words. One Discord message with its title and the line under it: at most COURSE_SUMMARY_ROOM characters in all.
       */
      summary: z
        .array(text(240, 'one short line (at most 240 characters) for each part of the course'))
        .min(6, 'give at least 6 lines, one for each part of the course')
        .max(12, 'give at most 12 lines: the course in short, not its notes')
        .refine((lines) => lines.join('\n').length <= COURSE_SUMMARY_ROOM, { message: `the summary must fit one message: at most ${COURSE_SUMMARY_ROOM} characters in all` })
        .optional(),
    })
    .optional(),
});

/**
 * What a whole-course list of knowledge/revision.yaml names that the fact base does not hold: a topic, a key date of
 * it (exactly one of the topic's keyDates with that date), a person or a term. `field` is under `revision.`.
 */
export function revisionReferenceProblems(
  revision: RevisionAdvice,
  known: {
    readonly topics: ReadonlyMap<string, { readonly keyDates: readonly { readonly date: string }[] }>;
    readonly people: ReadonlySet<string>;
    readonly terms: ReadonlySet<string>;
  },
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const course = revision.course;
  if (!course) return problems;
  course.keyDates.forEach((d, i) => {
    const topic = known.topics.get(d.topic);
    if (!topic) return problems.push({ field: `course.keyDates[${i}].topic`, message: `no topic has the id "${d.topic}"` });
    const matches = topic.keyDates.filter((k) => k.date === d.date).length;
    if (matches !== 1)
      problems.push({
        field: `course.keyDates[${i}].date`,
        message: matches === 0 ? `topic "${d.topic}" has no key date ${d.date} (its dates: ${topic.keyDates.map((k) => k.date).join(', ')})` : `topic "${d.topic}" has ${matches} key dates ${d.date}: choose one with a date of its own`,
      });
    return undefined;
  });
  for (let i = 1; i < course.keyDates.length; i++)
    if ((course.keyDates[i]?.date ?? '') < (course.keyDates[i - 1]?.date ?? '')) problems.push({ field: `course.keyDates[${i}].date`, message: 'list the dates in order, earliest first' });
  course.people.forEach((p, i) => {
    if (!known.people.has(p.person)) problems.push({ field: `course.people[${i}].person`, message: `no person has the id "${p.person}"` });
  });
  course.terms.forEach((t, i) => {
    if (!known.terms.has(t.term)) problems.push({ field: `course.terms[${i}].term`, message: `no term has the id "${t.term}"` });
  });
  return problems;
}

/** A word or a few words of a misconception, as a student would type them (lower case, single spaces); a year may be written bare. */
const premiseWords = z.union([
  z.number().int().min(1000).max(2100).transform(String),
  z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'lower-case words separated by single spaces (write "didnt", not "didn\'t")'),
]);

/**
 * A false premise students bring to a question (knowledge/misconceptions.yaml): "Why did Beria start the Great
 * Terror?". /ask puts it right in one line above its answer when a question, or one part of it, has a word or phrase
 * of every group of `words` and none of `without` (both read as the matcher reads a question: spelling corrected,
 * the course's synonyms applied, endings taken off, so "started" also finds "start" and "purges" the Terror).
 */
export const misconceptionSchema = z.strictObject({
  id: idSchema,
  /**
   * The topics (ids of knowledge/topics/) it is about, the one it belongs to most first: "common mistakes about the Terror"
   * lists that topic's corrections. The course's own fact base gives each at least one (`npm run kb -- check`).
   */
  topics: z.array(idSchema).optional(),
  /** Groups of alternatives: the question must have one of each group ("beria"; "start", "ran"; "great terror"). */
  words: z
    .array(z.array(premiseWords).min(1, 'a group needs at least one word or phrase'))
    .min(2, 'give at least two groups of words (who or what, and what the question wrongly says of them), so that one word alone never brings the correction'),
  /** Words that mean the question has it right or asks something else ("replaced", "lost" for "Trotsky won"). */
  without: z.array(premiseWords).default([]),
  /**
   * Phrases that are the whole premise when a question says nothing else ("how did trotsky win?"): the object the
   * question leaves out can only be this item's, so the other groups need not be there.
   */
  alone: z.array(premiseWords).default([]),
  /** One sentence, in our own words, that says what is wrong and what is right. */
  correction: text(L.correctionLength),
  sources: sourceList,
});

export const knowledgeFileSchema = z.strictObject({
  wellbeing: wellbeingSchema.optional(),
  revision: revisionAdviceSchema.optional(),
  rules: contentRulesSchema.optional(),
  vocabulary: vocabularySchema.optional(),
  sources: z.array(sourceSchema).optional(),
  topic: topicSchema.optional(),
  questions: z.array(questionSchema).optional(),
  quiz: z.array(quizQuestionSchema).optional(),
  people: z.array(personSchema).optional(),
  terms: z.array(termSchema).optional(),
  events: z.array(eventSchema).optional(),
  series: z.array(seriesSchema).optional(),
  skills: z.array(skillSchema).optional(),
  boardMarks: z.array(boardMarksSchema).optional(),
  practiceLevels: z.array(practiceLevelsSchema).optional(),
  practice: z.array(practiceQuestionSchema).optional(),
  pronunciations: z.array(pronunciationSchema).optional(),
  plainWords: z.array(plainWordSchema).optional(),
  misconceptions: z.array(misconceptionSchema).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type QaEntry = z.infer<typeof questionSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type Difficulty = z.infer<typeof difficultySchema>;
export type Person = z.infer<typeof personSchema>;
export type Term = z.infer<typeof termSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type SeriesPoint = z.infer<typeof seriesPointSchema>;
export type SeriesPointKind = z.infer<typeof seriesPointKindSchema>;
export type Skill = z.infer<typeof skillSchema>;
export type ExamBoard = z.infer<typeof examBoardSchema>;
export type BoardMarksEntry = z.infer<typeof boardMarksSchema>;
/** By board, then by marks: the skills of "the N mark question", the one it means first (boardMarksSchema). */
export type BoardMarks = Readonly<Partial<Record<ExamBoard, Readonly<Record<number, readonly string[]>>>>>;
export type Pronunciation = z.infer<typeof pronunciationSchema>;
export type PlainWord = z.infer<typeof plainWordSchema>;
export type Misconception = z.infer<typeof misconceptionSchema>;
export type Wellbeing = z.infer<typeof wellbeingSchema>;
export type RevisionAdvice = z.infer<typeof revisionAdviceSchema>;
export type KnowledgeFile = z.infer<typeof knowledgeFileSchema>;
export type PracticeKind = z.infer<typeof practiceKindSchema>;
export type PracticeLevel = z.infer<typeof practiceLevelSchema>;
export type PracticePoint = z.infer<typeof practicePointSchema>;
/** A practice question with its levels resolved (its own, or its kind's). */
export type PracticeQuestion = Omit<z.infer<typeof practiceQuestionSchema>, 'levels'> & { readonly levels: readonly PracticeLevel[] };
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
  /** Figures for /chart (empty when no file has them). */
  readonly series: readonly Series[];
  /** Exam skills: how to answer each kind of question (empty when no file has them). */
  readonly skills: readonly Skill[];
  /** Which skill answers "the N mark question" on each board's paper (knowledge/skills.yaml; none, or empty, when no file says). */
  readonly boardMarks?: BoardMarks;
  /** Empty lists when no file has a vocabulary section. */
  readonly vocabulary: Vocabulary;
  /** Exam questions with mark schemes, for /practice (empty when no file has them). */
  readonly practice: readonly PracticeQuestion[];
  /** How to say names when reading aloud (empty when no file has them). */
  readonly pronunciations: readonly Pronunciation[];
  /** Everyday words hard for a young reader and their plain meanings, for "explain like I'm 10" (knowledge/plain-words.yaml; none when no file has them). */
  readonly plainWords?: readonly PlainWord[];
  /** What /ask says to a student in distress, and more phrases that mean it (none when no file has it: src/commands/ask.ts says a plain fallback). */
  readonly wellbeing?: Wellbeing;
  /** The topics every board's paper asks about, where a revision plan starts (none when no file has it). */
  readonly revision?: RevisionAdvice;
  /** False premises /ask puts right above its answer (knowledge/misconceptions.yaml; none when no file has them). */
  readonly misconceptions?: readonly Misconception[];
}
