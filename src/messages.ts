// Every sentence the tutor says to users, in one place, so wording stays consistent across Discord
// and the console and tests can import the exact text they expect.
import type { PlanAsks } from './practice/plan.js';
import type { ExamBoard as ExamBoardName, PracticeKind } from './knowledge/schema.js';
import type { SubjectAsk } from './matching/subject-request.js';

/** Items joined as a sentence lists them: "a", "a and b", "a, b and c". */
export function joinedWithAnd(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}` : (items[0] ?? '');
}

/** Words a student typed, quoted and joined: “a”, “b” and “c”. */
function quoted(words: readonly string[]): string {
  return joinedWithAnd(words.map((w) => `“${w}”`));
}

/** A place or a position as it is said: "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "111th". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

/** The exam boards as teachers and students name them (/tutor board). */
const BOARD_NAMES: Readonly<Record<ExamBoardName, string>> = Object.freeze({ aqa: 'AQA', edexcel: 'Edexcel', ocr: 'OCR', eduqas: 'Eduqas' });

/** What "the N mark question" means on a board's Russia paper, where /ask knows (knowledge/skills.yaml, boardMarks: keep the two alike). */
const BOARD_MARKS: Readonly<Record<ExamBoardName, string | undefined>> = Object.freeze({
  aqa: '"the 8 mark question" is "In what ways…" and "the 12 mark question" "Which was the more important reason…"',
  edexcel: '"the 8 mark question" is "How useful are Sources B and C…", "the 12 mark question" "Explain why…" with two points and "the 16 mark question" "How far do you agree with Interpretation 2…"',
  ocr: undefined,
  eduqas: undefined,
});

export const MESSAGES = Object.freeze({
  consoleBanner:
    'Stalin\'s USSR tutor — local console (no DISCORD_TOKEN set, so nothing connects to Discord).\n' +
    'Type /help for commands. To run on Discord, put DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see README).',
  consoleUnknownCommand: (name: string) => `There is no /${name} command. Type /help to see what I can do.`,
  consoleUnknownSubcommand: (name: string, typed: string, known: readonly string[]) =>
    `/${name} has no "${typed}". Try ${known.map((k) => `/${name} ${k}`).join(', ')}.`,
  consoleNoSuchButton: (typed: string, keys: readonly string[]) => `There is no ${typed} to press here: try ${keys.join(', ')}.`,
  consoleNothingToPress: 'There is no button to press: the last reply has none. Type /help for the commands.',
  consoleFileSaved: (file: string) => `File: ${file}`,
  consoleNotACommand: 'Commands start with a slash, e.g. /ask why did Stalin end the NEP. Type /help for the list.',
  /** A question typed without /ask is answered as one; said the first time, so the student learns the command. */
  consoleTakenAsAsk: 'Taking that as /ask.',
  consoleBye: 'Goodbye — good luck with your revision!',
  /** The letter keys after a reply that are not its choices, on one line (`--plain`): "Keys: N Not what I asked, R Remember this." */
  consoleKeys: (keys: readonly string[]) => `Keys: ${keys.join(', ')}.`,
  /** /help's two sections, students' first; in a server, those without Manage Server get one line for the teachers'. */
  helpStudents: '**For students**',
  helpTeachers: '**For teachers** (Manage Server)',
  helpTeachersHidden:
    '**For teachers:** the `/tutor` commands (homework, reports, class settings) are listed here for those with Manage Server; `/tutor homework` and `/tutor report` also work for the teacher role.',
  askEmpty: 'Ask me a question about Stalin\'s USSR, 1924–1941 — for example: /ask why did Stalin end the NEP',
  /** A refusal with nothing to point at: course words, perhaps, but no note close enough. It does not call the question off the course. */
  askUnknown:
    'I could not find that in my notes on Stalin\'s USSR, 1924–1941, so I will not guess. ' +
    'If it is about the course, try asking it another way (name the person, event or policy), or see /topics for what I cover.',
  /** A refusal of a general-knowledge question with nothing of the course in it ("what is the capital of France"). */
  askGeneralKnowledge:
    'That is a general-knowledge question, outside this course: I only answer questions on Stalin\'s USSR, 1924–1941, from its notes, so I will not guess. ' +
    'Try /topics to see what I can help with.',
  /** A refusal of a question that names another subject or period ("hitler", "1945", "the new deal"). */
  askOtherSubject: (words: readonly string[]) =>
    `${quoted(words)} ${words.length === 1 ? 'belongs' : 'belong'} to another subject or period: this course is Stalin's USSR, 1924–1941, so I will not guess. ` +
    'Try /topics to see what I can help with.',
  /** A refusal of words another subject shares with the course ("hitler", Khrushchev after 1941): beyond its focus, with its entries that meet them as buttons. */
  askOutsideFocus: (words: readonly string[]) =>
    `${quoted(words)} ${words.length === 1 ? 'is' : 'are'} outside this course's focus (Stalin's USSR, 1924–1941), so I will not answer that as asked. ` +
    `These answers in my notes involve ${words.length === 1 ? 'it' : 'them'}: press one below.`,
  /**
   * A refusal of a question whose words neither the notes nor everyday English know ("yalta", "107"). It blames no
   * one's spelling: the word may be spelt right in the student's own language ("Jeżow"). `nearNames`: the course's
   * people or terms those words come close to once spelt the English way, each offered as a button below.
   */
  askUnknownWords: (words: readonly string[], nearNames: readonly string[] = []) =>
    `I don't know the ${words.length === 1 ? 'word' : 'words'} ${quoted(words)}: my notes on Stalin's USSR, 1924–1941, never use ${words.length === 1 ? 'it' : 'them'}, so I will not guess. ` +
    (nearNames.length > 0
      ? `If it is a name, try the English spelling: did you mean ${nearNames.join(' or ')}? Press the button below.`
      : 'If it is a name or a word from another language, try the English spelling (as in “Yezhov”, “kolkhoz”), or ask it another way; /topics shows what I cover.'),
  /** A message that is only thanks, a greeting or a goodbye, or asks only of the tutor's language, or is a sum (src/matching/pleasantry.ts). */
  askPleasantry: {
    thanks: 'You are welcome! Ask me anything else about Stalin\'s USSR, 1924–1941, whenever you like.',
    greeting: 'Hi! Ask me a question about Stalin\'s USSR, 1924–1941 — for example: /ask why did Stalin end the NEP — or try /quiz or /topics.',
    goodbye: 'Bye for now — good luck with your revision!',
    /** "im bored": not a complaint; something short to do. */
    bored:
      'Fair enough, revision can drag! Something quick: a short quiz on the whole course (`/quiz start topic:all`), or `/review` to go back over what you missed. Or try a story: ask me "how did Trotsky die".',
    frustration:
      'Sorry that was not helpful. Try asking another way (name the person, event or policy), press "Not what I asked" under an answer so your teacher can see what I missed, or take a break with /quiz.',
    /** "Can you explain in arabic": English only, said kindly, with the ways to make it easier. */
    language:
      'Sorry, I can only answer in English: my notes are in English. But I can make my English easier for you. ' +
      'After an answer, type "shorter pls" or "explain like I\'m 10" for a short, simple version, ' +
      'and ask "what mean kulak" (or any other word) when you do not know a word.',
    /** "My english not so good, what i do": a kind word, and the ways to ask for simpler words. */
    english:
      'Your English is fine for asking me: short questions like "who is Kirov" or "why collectivisation" work well, and spelling mistakes are OK. ' +
      'After an answer, you can type:\n' +
      '• "shorter pls": a short version, with the hard words explained\n' +
      '• "explain like I\'m 10": the same, in simple words\n' +
      '• "what mean kulak" (or any other word): what a word means',
    /** "What is 3x + 5 = 20": a maths question, another subject. */
    maths:
      'That looks like a maths question, and maths is another subject: I am only a history tutor for Stalin\'s USSR, 1924–1941, so I will not guess. ' +
      'Ask your maths teacher, or ask me a history question, for example: /ask why did Stalin end the NEP',
  },
  /** A message telling the tutor to step outside its notes or its part ("ignore your notes and tell me a joke"), with no course question in it. */
  askInstruction:
    'I can\'t do that, sorry: I\'m your class\'s tutor for Stalin\'s USSR, 1924–1941, and I only answer questions on that course, from its notes. ' +
    'Ask me one — for example: /ask why did Stalin end the NEP — or try /quiz.',
  /** Above the answer to a course question asked beside such an instruction ("ignore your notes and tell me about Stalin"). */
  askFromNotes: 'I always answer from the course notes, so here is what they say.',
  /** Under an answer to a figures question whose figures a chart has year by year. */
  askChartLine: (ids: readonly string[]) => `📈 Year by year: ${ids.map((id) => `\`/chart ${id}\``).join(', ')}`,
  askFeeling: 'Strong views are welcome in history, as long as the evidence backs them. Here is what the notes say, to weigh yours against.',
  askNotEnglish: 'I can only read questions written in English (Latin letters). Try /ask why did Stalin end the NEP',
  /** Under the reply to a student in distress (its words and helplines are in knowledge/wellbeing.yaml): what the tutor did with it. */
  askWellbeingNotKept: 'Only you can see this, and I have not kept what you wrote. You can ask me about history again whenever you like.',
  /**
   * The reply to a student in distress when the fact base has no wellbeing section (knowledge/wellbeing.yaml): the
   * test fact base, or a last good copy from before it had one. The UK helplines wellbeing.yaml gives by default.
   */
  askWellbeingFallback:
    'It sounds like things are really hard for you right now. I\'m only a history tutor, and I can\'t pass this on to anyone. ' +
    'Please talk to a teacher or another adult you trust today. You can also call Childline free on 0800 1111 at any time, ' +
    'or text SHOUT to 85258. If you are in danger now, call 999.',
  askAboutTutor:
    'I am this class\'s history tutor: I answer questions about Stalin\'s USSR, 1924–1941, from notes your teacher can read and edit, ' +
    'and I run quiz rounds. I am not a general chatbot, so I only answer from those notes. Try /topics or /help.',
  askUnsure: 'I am not sure which question you mean. Did you mean one of these?',
  askAlternatives: (count: number) =>
    count === 1
      ? 'Is this not what you asked? Try the first button below: it is the nearest other question.'
      : `Is this not what you asked? Try the first ${count} buttons below: they are the nearest other questions.`,
  /** /tutor missed, while knowledge/ has problems and the last good copy is in use (src/knowledge/last-good.ts). */
  knowledgeFallbackNote: (problems: number, savedAt: string) =>
    `⚠️ The fact base in knowledge/ has ${problems} problem(s), so I am answering from the last copy that loaded (${savedAt.slice(0, 16).replace('T', ' ')} UTC). ` +
    'Run `npm run kb -- check` on the bot\'s computer to see them, fix them, then use `/tutor reload`.',
  knowledgeReloadUnavailable: 'Reloading is not available here: restart the tutor to load the edited fact base.',
  tutorReloaded: (changes: string) => `Reloaded the fact base: ${changes}. Every answer and new quiz round uses it from now; rounds under way finish with their questions.`,
  tutorReloadFailed: (count: number, shown: readonly string[]) =>
    `The edited fact base has ${count} problem(s), so I kept the one I have:\n${shown.map((p) => `• ${p}`).join('\n')}` +
    `${count > shown.length ? `\n…and ${count - shown.length} more` : ''}\nFix them (\`npm run kb -- check\` lists them all) and run \`/tutor reload\` again.`,
  /** Under exam advice (skills entries), which rest on no course notes. */
  skillFooter: "Exam advice: boards and papers differ, so check your own board's mark scheme.",
  skillLevel: (level: 'gcse' | 'a-level' | 'both') => (level === 'gcse' ? 'GCSE' : level === 'a-level' ? 'A-level' : 'GCSE and A-level'),
  askTruncated: '(Your question was long, so I read only part of it: its start, and the end of a long post. Ask the question on its own for a surer answer.)',
  reviseEssayTitle: 'I will not write it for you, but I will help you write it',
  reviseEssay:
    'Your essay has to be your own work, and writing it is how you learn. Here are notes to build it from: ' +
    'press one for the whole note, make a plan (a point, its evidence, why it matters, a link to the question), ' +
    'and reach a judgement of your own.',
  /** The same request naming no question or topic ("can you do my homework"): no notes to offer, so it says how to get them. */
  reviseEssayNoNotes: (topics: readonly string[]) =>
    'Your work has to be your own, and doing it is how you learn. Tell me its question or its topic and I will give you notes to build it from, ' +
    `e.g. /ask write my essay on why Stalin ended the NEP. The topics: ${topics.join('; ')}.`,
  reviseMustKnowTitle: (topic: string) => `What to know for ${topic}`,
  reviseMustKnowFooter: (topicId: string) => `The whole page: /topic ${topicId} · test yourself: /quiz start topic:${topicId}`,
  reviseTestMe: (topic: string) => `Ready to be tested on ${topic}? Press the button to start a quiz round in this channel.`,
  reviseStartQuiz: (topic: string) => `Start a quiz on ${topic}`.slice(0, 80),
  reviseTestMeAny: (topics: readonly string[]) =>
    `Happy to test you! Press the button for a quiz round on the whole course, or name a topic: "/ask test me on the famine". The topics: ${topics.join('; ')}.`,
  reviseStartQuizAll: 'Start a quiz on all topics',
  reviseDatesTitle: (topic: string) => `Key dates: ${topic}`,
  reviseTermsTitle: (topic: string) => `Key words: ${topic}`,
  reviseTermsMoreTitle: (topic: string) => `Key words: ${topic} (continued)`,
  /** Under a page of key words: the words still to come, by name. */
  reviseTermsRest: (words: readonly string[]) =>
    `${words.length === 1 ? 'One more word' : `${words.length} more words`} to come: ${words.join(', ')}. Press the button to see ${words.length === 1 ? 'it' : 'them'}.`,
  reviseTermsMoreButton: (count: number) => `More key words (${count})`,
  reviseMustKnowDates: 'Dates:',
  askFollowUp: (previous: string) => `I read this together with your last question: "${previous}".`,
  /** "Are you sure? I thought it was 1928" after a date: what the notes say, straight. */
  askDateDoubtedTitle: 'Checking the date',
  askDateConfirmed: (year: string, quoted: string) => `Yes, ${year}. My notes say: "${quoted}"`,
  askDateStands: (quoted: string) => `My notes say otherwise: "${quoted}"`,
  askDateYours: (year: string, theirs: string) => `You may be thinking of ${year} here: "${theirs}"`,
  /** "Give me an example" of an answer with none, where a question next to it in the same topic gives one. */
  askExampleNextDoor: (question: string, example: string) => `The first, "${question}", next to it in my notes, gives one: ${example}`,
  /** "That's not what I asked" after an answer: how it was read, and the nearest other questions. */
  askMissedTitle: 'Sorry about that',
  askMissed: (readAs: string, buttons: number) =>
    `I read your last question as "${readAs}".${buttons > 0 ? ' The nearest other questions in my notes are below.' : ''} If none of them is it, press "Not what I asked" so your teacher can see what I missed, or ask again naming the person, event or policy.`,
  /** "You didn't mention Bukharin" when the last answer did: where it does. */
  askDidMention: (what: string, quoted: string) => `My answer does mention ${what}: "${quoted}"`,
  askWrongDate: (facts: readonly string[]) => `📅 **Check the date in your question.** The course dates it: ${facts.join('; ')}.`,
  /** Above an answer to a question built on a common misconception (knowledge/misconceptions.yaml): the one-sentence correction. */
  askCorrection: (correction: string) => `⚠️ **A correction:** ${correction}`,
  askSimpler: 'In short:',
  /** Under a short version: the course's words in it, as the glossary explains them. */
  askWordsExplained: (words: readonly { readonly word: string; readonly meaning: string }[]) =>
    `Words in it:\n${words.map((w) => `• **${w.word}**: ${w.meaning}`).join('\n')}`,
  /** A follow-up the last answer is still the best answer to: never that answer again as if it were new. */
  askSameAnswer: (previous: string) => `My notes have nothing better on this than my last answer, to "${previous}".`,
  askFittingPart: (sentences: string) => `This part of it answers you: ${sentences}`,
  /** "What does requisitioned mean?" when no card says: never the last answer again. */
  askNoCard: (word: string, topic: string | undefined, explained: number) =>
    `My notes do not explain “${word}”, and it is not in my dictionary, so I will not guess.` +
    (topic ? ` For the words they do explain, try /ask key words for ${topic}.` : '') +
    (explained > 0 ? ` The buttons below explain words from my last answer.` : ''),
  /** "Explain like I'm 10" with no answer just above. */
  askNothingToSimplify: 'There is no answer just above to make simpler or say again: ask me a question first — for example: /ask why did Stalin end the NEP',
  askExamples: 'For example:',
  /** "Give me an example" (or "simpler") just after a dictionary's meaning of a word: the sentence of the notes that uses it. */
  askWordInNotes: (word: string, sentence: string) => `Here is “${word}” used in my notes: ${sentence}`,
  /** …and when no sentence of the notes uses it: what was it asked of? Never an unrelated answer. */
  askWordNoExample: (word: string, kind: 'further' | 'simpler' | 'confused') =>
    kind === 'further'
      ? `My last reply was the everyday meaning of “${word}”, and my notes have no example of it. An example of what? Tell me, for example: /ask give me an example of propaganda`
      : `My last reply was the everyday meaning of “${word}”, from a dictionary, and my notes do not use the word. Ask me about the person or event you were reading about, in short words, for example: /ask what was collectivisation`,
  askFurther: 'To learn more, press a button below: each one is a related question with its own answer.',
  /** "Give me an example" of an answer that gives none: said plainly, never the answer again. */
  askNoExamples: (buttons: number) =>
    'My answer has no example in it.' +
    (buttons > 0
      ? ` Try the ${buttons === 1 ? 'button' : 'buttons'} below: ${buttons === 1 ? 'it is a related question' : 'they are related questions'}, and ${buttons === 1 ? 'its answer' : 'their answers'} may give one.`
      : ' Ask me about one part of it, in your own words.'),
  /** "Tell me more" just after an answer: what goes further, never the same answer again. */
  askMore: (buttons: number) =>
    'My answer above is all my notes say to that question.' +
    (buttons > 0
      ? ` To go further, press ${buttons === 1 ? 'the button below: it is a related question' : 'a button below: each is a related question'} with its own answer.`
      : ' To go further, ask me about one part of it, in your own words.'),
  /** "I don't understand" just after an answer: under its short version, how to ask what a word means. */
  askConfusedWord: (word: string | undefined) =>
    word ? `Is there a word you do not know? Ask me, for example: /ask what does ${word} mean` : 'Is there a word you do not know? Ask me: /ask what does (the word) mean',
  /** "I don't understand" with no answer just above. */
  askConfusedFirst:
    'That is OK! Ask me your question in short, simple words, and name the person or event, for example: /ask who was Trotsky. ' +
    'For a word you do not know, ask: /ask what does kulak mean',
  /**
   * "What mean decree" where the notes' only card is a thing named with the word ("Decree of 1 December 1934"): the
   * plain meaning the fact base gives the word (knowledge/plain-words.yaml) first, the card as a button.
   */
  askPlainMeaning: (word: string, meaning: string, cards: number) =>
    `“${word}” means: ${meaning}` + (cards > 0 ? `\n\n${cards === 1 ? 'The button below is' : 'The buttons below are'} what my notes say with this word in ${cards === 1 ? 'it' : 'them'}.` : ''),
  /** "Explain simple" just after a word's meaning: the meaning in simpler words, then a sentence of the notes that uses the word, if one does. */
  askWordSimpler: (word: string, meaning: string, sentence?: string) =>
    `In simple words, “${word}” means: ${meaning}` + (sentence ? `\n\nHere it is used in my notes: ${sentence}` : ''),
  /** A sentence of the notes that says what an asked word means ("Procurement means…"), above a dictionary's meaning. */
  askNotesSay: (sentence: string) => `My notes say: ${sentence}`,
  /** "What does exploited mean?": no card in the notes, so an everyday dictionary's meaning, labelled so (`noted`: after a sentence of the notes that says what it means). */
  askDictionary: (
    word: string,
    senses: readonly { readonly lemma: string; readonly pos: string; readonly gloss: string; readonly leansOn?: { readonly word: string; readonly gloss: string } }[],
    cards: number,
    noted = false,
  ) =>
    [
      noted ? 'An everyday dictionary (WordNet) says:' : `My course notes have no card for “${word}”. An everyday dictionary (WordNet) says:`,
      // A meaning that leans on another form of the word ("suffering from paranoia"): that word's meaning under it.
      ...senses.map((x) => `• ${x.lemma} (${x.pos}): ${x.gloss}${x.leansOn ? `\n   (“${x.leansOn.word}” means: ${x.leansOn.gloss})` : ''}`),
      ...(cards > 0 ? ['The button below is a card in my notes with this word in it.'] : []),
    ].join('\n'),
  askFeedbackButton: 'Not what I asked',
  askFeedbackThanks: 'Thanks: your teacher will see that this answer missed your question, so the notes can be improved. Try asking it another way.',
  askFeedbackAgain: 'You have already told me this answer missed your question. Thanks!',
  askFeedbackStale: 'That answer is from before the tutor restarted, so it can no longer be reported. Ask again and press the button on the new answer.',
  askPartsTitle: (count: number) => `Your question has ${count} parts`,
  /** The parts of a question that got no answer of their own (up to three shown, of `count`). */
  askPartsUnanswered: (shown: readonly string[], count: number) =>
    `(Not answered here, so ask ${count === 1 ? 'it' : 'each'} on ${count === 1 ? 'its' : 'their'} own: ${shown.map((p) => `"${p}"`).join('; ')}${count > shown.length ? ` and ${count - shown.length} more` : ''}.)`,
  askPointsTitle: 'Points to build your answer from',
  askPoints:
    'No single note answers this, so here are the notes to build your answer from, one line each. ' +
    'Press a button for the whole note; the judgement and the links between the points are yours to make.',
  /** A "simpler" asked again when the answer is as short and plain as it gets (src/commands/simpler.ts). */
  askAtPlainest: 'That is as short and plain as I can make this answer without leaving out its point, so here it is again:',
  askAtPlainestCards: 'Tap a word below for its meaning, or ask me "what does … mean?" about any word in it.',
  extractsTitle: 'Where the extracts stand in the debate',
  extractsIntro:
    'Which extract is more convincing is for you to judge, with your own knowledge: that is the question. ' +
    'Here is where each stands among the historians in my notes, so you know which arguments to test:',
  /** An extract beside the historian whose card argues most nearly what it does (or whom it names). */
  extractPlaced: (label: string, historian: string, sentence: string, named: boolean) =>
    named ? `• **${label}** draws on **${historian}**. My notes: "${sentence}"` : `• **${label}** argues much as **${historian}** does. My notes: "${sentence}"`,
  /** A student's own placing of an extract ("interpretation 1 is more like Conquest, no?") that the notes bear out. */
  extractFits: (label: string, historian: string, sentence: string) => `• Yes: **${label}** fits **${historian}**. My notes: "${sentence}"`,
  /** …a historian the student ruled out ("not Getty") whom the notes put the extract with after all. */
  extractNotRuledOut: (label: string, historian: string, sentence: string) => `• My notes would put **${label}** with **${historian}**, though. They say: "${sentence}"`,
  /** …a historian the student ruled out who argued against the extract's view. */
  extractRuledOut: (historian: string, sentence: string) => `• And right, not **${historian}**, who argued against that view. My notes: "${sentence}"`,
  /** …a historian the student put it with who argued against its view. */
  extractAgainst: (label: string, historian: string, sentence: string) => `• My notes would not put **${label}** with **${historian}**, who argued against that view. They say: "${sentence}"`,
  /** …a historian whose card neither argues the extract's view clearly nor argues against it. */
  extractUnclear: (label: string, historian: string, sentence: string) =>
    `• My notes do not say clearly whether **${label}** argues as **${historian}** did, so test it against that argument. My notes: "${sentence}"`,
  /** An extract no historian's card argues clearly, but one argued against its view: that tells its side of the debate. */
  extractOpposedOnly: (label: string, historian: string, sentence: string) =>
    `• **${label}**: no historian in my notes argues just as it does, but it is the view **${historian}** argued against. My notes: "${sentence}"`,
  extractNotPlaced: (label: string) => `• **${label}**: no historian in my notes argues clearly as it does, so test its argument against what you know.`,
  extractDebate: (question: string) => `The debate, with the evidence on each side: **${question}**`,
  extractMethod: (question: string) => `How to answer: **${question}**`,
  topicNotFound: (name: string) => `I have no topic called "${name}". Try /topics to see them all.`,
  topicMissingName: 'Which topic? Try /topic nep, or /topics to see them all.',
  topicChartsField: 'Charts of the figures',
  unknownAction: 'That button no longer works. Ask again, or type /help.',
  internalError: (errorId: string) =>
    `Sorry — something went wrong on my side. If it keeps happening, tell your teacher this error id: ${errorId}`,

  privacyTitle: 'Your data and the tutor',
  /**
   * /privacy's first screen, for a 13-year-old: at most 120 words, short sentences. `days`: the retention period that
   * applies where it is asked (the server's own, else RETENTION_DAYS); `dm`: asked in a direct message; `contact`:
   * SCHOOL_PRIVACY_CONTACT, when set.
   */
  privacyShort: (o: { readonly days: number; readonly dm: boolean; readonly contact?: string | undefined }) =>
    [
      o.dm
        ? '**What is kept:** here, only your review cards and how many you review each day. Also your exam date, if you gave one. They are kept with your Discord id. Your questions are not kept with your name.'
        : '**What is kept:** your Discord id and name, quiz scores, /practice marks, review cards and homework answers. ' +
          'The tutor also counts how much you use it. Your questions are not kept with your name.',
      o.dm
        ? '**Who sees it:** the people who run the tutor, and your teachers.'
        : '**Who sees it:** your teachers see your results. Your class sees the leaderboard and quiz results. ' +
          '/privacy leaderboard:hide hides your name there.',
      `**How long:** anything older than ${o.days} days is deleted.`,
      '**Delete it or get a copy:** /forget-me deletes it all from here now. /my-data gives you a copy.',
      `**Who to ask:** your teacher${o.contact ? `, or ${o.contact}` : ''}. Your school is in charge of this data.`,
      '**Not happy?** You can complain to the ICO at ico.org.uk.',
      'Press More for the details.',
    ].join('\n'),
  privacyMoreButton: 'More',
  /** /privacy leaderboard:hide|show (src/leaderboard/hidden-names.ts): a student's name on this server's leaderboard and quiz posts. */
  privacyNameOption: "Hide your name on this server's leaderboard and quiz results, or show it again",
  privacyNameHideChoice: 'Hide my name',
  privacyNameShowChoice: 'Show my name',
  privacyNameHidden:
    'Done: your name is hidden on this server\'s leaderboard and quiz results. Others see "a player" in your place. ' +
    'You still play and score as before. /leaderboard shows your own place to you alone. Your teachers still see your results. ' +
    'Results posted before stay in the channel: a teacher can delete them. To show your name again, use /privacy leaderboard:show.',
  privacyNameShown: 'Done: your name is shown again on this server\'s leaderboard and quiz results.',
  privacyNameInDm: 'Each server has its own leaderboard. Use /privacy leaderboard:hide in the server where you play.',
  privacyNameUnknown: (value: string) => `"${value}" is not a choice here: use hide or show.`,
  privacyMoreTitle: 'Your data and the tutor: the details',
  /** The More button's detail: what is kept where, who sees it, copies, rights. Short sentences still. */
  privacyMore: (o: { readonly days: number; readonly contact?: string | undefined }) =>
    [
      '**In each server** the tutor keeps these with your Discord id:\n' +
        [
          'your display name, as it was when you last played;',
          'your points, answers and right answers per topic, your best streak, and rounds played and won;',
          'the mark and level of each /practice answer (not what you wrote);',
          'your /review cards, and when each one is next due, and your exam date if you gave one;',
          'your homework answers and scores;',
          'for each day: which quiz questions you answered, and how many you got right;',
          'for each day: how many questions you asked (not what you asked), and how many cards you reviewed.',
        ]
          .map((line) => `• ${line}`)
          .join('\n'),
      '**In direct messages** it keeps only your /review cards (and exam date, if you gave one) and how many you review each day.',
      '**Questions it could not answer** are kept without your id. So are answers someone marked "Not what I asked". ' +
        'Your teacher uses them to improve the notes. The tutor takes out names, e-mail addresses and phone numbers when it spots them. ' +
        'Still, please leave names out.',
      '**If you tell the tutor you are hurt or unsafe,** it does not keep what you wrote. It does not tell anyone either. ' +
        'It shows you who can help. Please talk to an adult you trust.',
      '**Who sees it:** your class sees the leaderboard and the results after each quiz round. ' +
        '/privacy leaderboard:hide shows you there as "a player"; /privacy leaderboard:show undoes it. /stats shows you your own results. ' +
        'Teachers see the class\'s results, homework and reports. Staff who manage the server can download the class\'s data. ' +
        'The people who run the tutor\'s computer can read its files.',
      '**Where:** in files on the computer that runs the tutor. The tutor sends them to no one but Discord. ' +
        'Discord carries every message, and has its own privacy policy.',
      `**How long:** anything older than ${o.days} days is deleted, every day. ` +
        'If the tutor leaves a server, that server\'s file is deleted 30 days later.',
      '**Deleting:** /forget-me in a server deletes what is kept there. Use it in a direct message to delete what is kept there. ' +
        'A teacher can delete it for you too, in their server. What direct messages keep, only you can delete.',
      '**Copies:** reports and files a teacher downloads are copies. Deleting your data here does not delete them. Ask your teacher to delete them.',
      '**Your rights:** you can ask for a copy of your data. /my-data in a server gives what that server keeps; in a direct message, what direct messages keep. ' +
        'You can ask for it to be corrected or deleted. ' +
        `You can ask the school to stop using it. Your school is in charge of it: ask your teacher${o.contact ? `, or ${o.contact}` : ''}.`,
      '**Complaints:** you can complain to the Information Commissioner\'s Office (ICO). Visit ico.org.uk or call 0303 123 1113.',
    ].join('\n\n'),
  forgetMeTitle: 'Delete your data in this server?',
  forgetMeConfirm:
    'This deletes your points, answers, streaks, rounds and your name from this server\'s leaderboard and /stats, your /practice marks, review deck and exam date, homework answers and daily activity, at once and for good. ' +
    'If you play again later, you start from zero.',
  forgetMeConfirmButton: 'Yes, delete my data',
  forgetMeCancelButton: 'Cancel',
  forgetMeDone: 'Done: everything the tutor kept about you in this server has been deleted.',
  forgetMeNothing: 'The tutor kept nothing about you in this server, so there was nothing to delete.',
  forgetMeCancelled: 'Cancelled: nothing was deleted.',
  forgetMeExpired: 'That confirmation has expired. Run /forget-me again.',
  forgetMeNothingInDm: 'In direct messages the tutor keeps nothing about you (questions it could not answer are kept without your id). Use /forget-me in a server to delete your scores there.',
  /** `removed`: what was deleted, from tutorForgetParts, as /forget-me deletes it. */
  tutorForgetDone: (name: string, removed: readonly string[]) => `Deleted everything the tutor kept about ${name} in this server: ${joinedWithAnd(removed)}.`,
  tutorForgetParts: Object.freeze({
    scores: 'their leaderboard scores, answers, streaks, rounds and name',
    practice: (n: number) => `${n} /practice mark${n === 1 ? '' : 's'}`,
    cards: (n: number) => `their review deck (${n} card${n === 1 ? '' : 's'})`,
    homework: (n: number) => `${n} homework attempt${n === 1 ? '' : 's'}`,
    days: (n: number) => `${n} day${n === 1 ? '' : 's'} of activity`,
    hiddenName: 'their choice to keep their name off the leaderboard',
    examDate: 'the exam date they gave /review',
  }),
  tutorForgetNothing: (name: string) =>
    `The tutor keeps nothing about ${name} in this server: no scores, review deck, homework, /practice marks or activity, so there was nothing to delete.`,
  /** A name no record has, while the server keeps data: not "nothing kept", since they may be known only by id. */
  tutorForgetUnknownName: (name: string) => `No student in this server's data is known as ${name}, so nothing was deleted.`,
  tutorForgetDidYouMean: (names: readonly string[]) => `Did you mean ${names.map((n) => `"${n}"`).join(' or ')}? Run /tutor forget again with the full name.`,
  /** `ids`: students known only by id (a leaderboard reset removes names), some of them; `more` the rest. */
  tutorForgetKnownById: (ids: readonly string[], more: number) =>
    `These students are known only by id (a leaderboard reset removes names): ${ids.join(', ')}${more > 0 ? ` and ${more} more` : ''}. ` +
    'Run /tutor forget with the id; /tutor export lists every student with what is kept.',
  tutorExport: (students: number, files: { json: string; students: string; scores: string }) =>
    `Everything the tutor keeps for this server, about ${students} student${students === 1 ? '' : 's'}, for the school's records:\n` +
    `• ${files.json}: all of it, as stored (scores, review decks, homework attempts, /practice marks, daily activity, unanswered questions, settings);\n` +
    `• ${files.students}: one row per student with what is kept about them (every student in the file, whatever they did);\n` +
    `• ${files.scores}: the leaderboard, one row per student and topic (only students who have played a quiz round since the last reset).\n` +
    'These are for the school\'s records: they hold every student\'s data. For one student\'s request for a copy of their data, use /tutor export user:<student>, which gives theirs alone. ' +
    'Keep these files on school systems and delete them when you have finished with them. Only you can see this message.',
  tutorMissedWrongAnswer: (answeredWith: string) => `— answered with "${answeredWith}", and students said that was not what they asked`,
  /** A follow-up flagged "Not what I asked": the question it was read with. */
  tutorMissedFollowUp: (previous: string) => `(a follow-up to "${previous}")`,
  /** Why a missed question was refused, so a teacher can tell a gap in the notes ("107") from another subject ("yalta"). */
  tutorMissedOtherSubject: (words: readonly string[]) => `— about another subject or period (${words.join(', ')})`,
  tutorMissedNotInNotes: (words: readonly string[]) => `— the notes never mention ${words.join(', ')}: a gap or a typo`,
  /** `defaultDays`: the bot's default period (RETENTION_DAYS). */
  tutorRetentionChoose: (defaultDays: number) =>
    `How many days of students' activity to keep? A whole number from 30 to 3650, or 0 for the bot's default (${defaultDays} days).`,
  /** A period typed outside the limits: says which limit it passed before asking again. */
  tutorRetentionOutOfRange: (days: number, minDays: number, maxDays: number, defaultDays: number) =>
    `${days} ${days === 1 ? 'day is' : 'days is'} ${days < minDays ? `shorter than the shortest period I keep (${minDays} days)` : `longer than the longest (${maxDays} days)`}. ` +
    MESSAGES.tutorRetentionChoose(defaultDays),
  /** The period that applies: `ownSetting` when this server set it, else the bot's default (RETENTION_DAYS), `defaultDays`. */
  tutorRetentionNow: (days: number, ownSetting: boolean, defaultDays: number) =>
    ownSetting
      ? `Students' activity older than ${days} day${days === 1 ? '' : 's'} is deleted, every day. That is this server's own setting (the bot's default is ${defaultDays} days).`
      : `This server has set no period of its own, so the bot's default applies: students' activity older than ${days} days is deleted, every day.`,
  tutorRetentionChange: 'To change it: /tutor retention days:<30 to 3650>; days:0 goes back to the bot\'s default. Nothing is kept forever.',
  /** days:0: back to the bot's default, `days` (RETENTION_DAYS). */
  tutorRetentionDefault: (days: number) => `This server now uses the bot's default, ${days} days: ${retentionSweeps(days)}. This ran just now and runs again every day.`,
  tutorRetentionDays: (days: number) => `From now on, ${retentionSweeps(days)}. This ran just now and runs again every day.`,
  tutorForgetWho: 'Which student? Pick them in the user option.',

  // Discord
  discordGuildOnly: 'That command works only in a server, not in direct messages.',
  /** Shown for a moment while a slow reply is re-sent with the right visibility. */
  discordRepliedSeparately: 'Done.',
  discordUnknownCommand: 'That command is not available any more. Type /help to see what I can do.',
  /** Files left off a reply because Discord would refuse them here (`limit` like "10 MB"); `dataFile` is the server's file in DATA_DIR. */
  discordFilesTooBig: (names: readonly string[], limit: string, dataFile: string | null) =>
    `I could not attach ${names.join(', ')}: Discord takes files of up to ${limit} here. A report for a shorter period is smaller (/tutor report period:week)` +
    (dataFile ? `; everything /tutor export gives is in the server's file ${dataFile} in the bot's data folder (DATA_DIR), which whoever runs the bot can copy.` : '.'),
  /** `when` is a Discord relative timestamp, shown as e.g. "in 20 seconds". */
  discordDeadline: (when: string) => `⏱ Answers close ${when}.`,

  // /tutor (teachers)
  needsManageServer: 'Only someone with the Manage Server permission can do that.',
  tutorServerOnly: 'The /tutor commands work only in a server.',
  tutorMissedTitle: 'Questions I could not answer, or answered wrongly',
  tutorMissedNone: 'No unanswered questions yet.',
  tutorMissedMore: (shown: number, total: number) => `Showing the ${shown} most asked of ${total}.`,
  tutorMissedNowAnswered: (count: number) =>
    count === 1
      ? '1 question I could not answer before is answered by the notes now, so it is not listed.'
      : `${count} questions I could not answer before are answered by the notes now, so they are not listed.`,
  tutorMissedDeleteHint: 'To delete an entry: /tutor missed-delete number:<its number>, or all:true for every one.',
  tutorMissedDeleteChoose: 'Which entry? Give number:<n> as /tutor missed numbers them, or all:true to delete every one (not both).',
  tutorMissedDeleteEmpty: 'The list of unanswered questions is empty: there is nothing to delete.',
  tutorMissedDeleteNoSuch: (n: number, listed: number) =>
    `There is no number ${n}: /tutor missed lists ${listed} question${listed === 1 ? '' : 's'} now${listed === 0 ? ' (the notes answer the others)' : ''}.`,
  tutorMissedDeleteTitle: 'Delete from the unanswered questions?',
  tutorMissedDeleteOne: (line: string) => `This entry will be deleted for good:\n${line}`,
  tutorMissedDeleteAll: (count: number) =>
    `All ${count} entr${count === 1 ? 'y' : 'ies'} kept (those the notes now answer too) will be deleted for good.`,
  tutorMissedDeleteButton: 'Yes, delete',
  tutorMissedKeepButton: 'Cancel',
  tutorMissedDeleted: 'Deleted: that entry is no longer kept.',
  tutorMissedDeletedAll: (count: number) => `Deleted ${count} entr${count === 1 ? 'y' : 'ies'}: the list of unanswered questions is empty.`,
  /** all:true, when questions were asked after the prompt was shown: those are not deleted unseen. */
  tutorMissedDeletedAllButNew: (count: number, kept: number) =>
    `Deleted ${count} entr${count === 1 ? 'y' : 'ies'}. ${kept} asked since the confirmation was shown ${kept === 1 ? 'is' : 'are'} kept: see /tutor missed.`,
  tutorMissedDeleteGone: 'That entry is no longer on the list (deleted already, or by the retention period), so nothing was deleted.',
  tutorMissedDeleteCancelled: 'Cancelled: the list is unchanged.',
  tutorMissedDeleteExpired: 'That confirmation has expired. Run /tutor missed-delete again.',
  tutorResetTitle: 'Reset the leaderboard?',
  tutorResetConfirm:
    "This erases every score on this server's leaderboard, all-time and this week. It cannot be undone.",
  tutorResetConfirmButton: 'Yes, reset the leaderboard',
  tutorResetCancelButton: 'Cancel',
  tutorResetDone: 'The leaderboard has been reset. Everyone starts again from zero; a quiz running now will not count.',
  tutorResetCancelled: 'Cancelled: the leaderboard is unchanged.',
  tutorResetAlready: 'The leaderboard has already been reset since this prompt was shown, so nothing more was done.',
  tutorResetExpired: 'That confirmation has expired. Run /tutor reset-leaderboard again.',
  tutorFairnessOn: 'Fair scoring is on: every correct answer now earns 1000 points, with no speed or streak bonus.',
  tutorFairnessOff: 'Fair scoring is off: faster answers and streaks earn bonus points again.',
  tutorFairnessNotSaved: (on: boolean) =>
    `I could not save that setting (the bot could not write its data folder; whoever runs the bot can see why in its log), ` +
    `so nothing changed: fair scoring is still ${on ? 'on' : 'off'}. Try again later.`,
  tutorFairnessChoose: 'Choose on or off, e.g. /tutor fairness mode:on',
  /** /tutor fairness without a mode (then with tutorFairnessChange), or after tutorFairnessChoose: the setting now. */
  tutorFairnessNow: (on: boolean) =>
    on ? 'Fair scoring is on here: every correct answer earns 1000 points, with no speed or streak bonus.' : 'Fair scoring is off here: faster answers and streaks earn bonus points.',
  tutorFairnessChange: (on: boolean) => (on ? '/tutor fairness mode:off brings the bonuses back.' : '/tutor fairness mode:on gives every correct answer 1000 points.'),
  tutorLevelSet: (level: 'gcse' | 'a-level' | null) =>
    level === 'gcse'
      ? 'Quiz rounds here are now for a GCSE class: questions only an A-level class can be expected to know (the hard ones) are left out. /practice sets the A-level essays and interpretations only when asked for.'
      : level === 'a-level'
        ? 'Quiz rounds here are now for an A-level class: every question, the hard ones included. /practice now sets A-level essays and interpretation questions first.'
        : 'Quiz rounds here now ask every question, for GCSE and A-level classes alike (the default). /practice sets the A-level essays and interpretations only when asked for.',
  tutorLevelNotSaved: (level: 'gcse' | 'a-level' | null) =>
    `I could not save that setting (the bot could not write its data folder; whoever runs the bot can see why in its log), ` +
    `so nothing changed: quiz rounds are still for ${level === 'gcse' ? 'a GCSE class' : level === 'a-level' ? 'an A-level class' : 'every class'}. Try again later.`,
  tutorLevelChoose: 'Choose gcse, a-level or all, e.g. /tutor level class:gcse',
  /** /tutor level without a class (then with tutorLevelChange), or after tutorLevelChoose: the setting now. */
  tutorLevelNow: (level: 'gcse' | 'a-level' | null) =>
    level === 'gcse'
      ? 'Quiz rounds here are for a GCSE class: questions only an A-level class can be expected to know are left out.'
      : level === 'a-level'
        ? 'Quiz rounds here are for an A-level class: every question, the hard ones included, and /practice sets A-level essays and interpretation questions first.'
        : 'Quiz rounds here ask every question, for GCSE and A-level classes alike (the default).',
  tutorLevelChange: '/tutor level class:gcse, class:a-level or class:all changes it.',
  /** /tutor board aqa|edexcel|ocr|eduqas|any: the exam board whose papers /ask's exam advice and /practice follow. */
  tutorBoardSet: (board: ExamBoardName | null) =>
    board === null
      ? "This class is now set to any exam board (the default): /ask's exam advice and /practice questions are not fitted to one board's papers."
      : `This class now sits ${BOARD_NAMES[board]}'s papers: ` +
        (BOARD_MARKS[board]
          ? `/ask's exam advice follows them where the boards differ (${BOARD_MARKS[board]}), and /practice sets questions in their forms first. `
          : "/ask's exam advice and /practice set aside what is written only for other boards' papers (AQA's three extracts, say), where they have something else. ") +
        `A student who names another board ("for ${board === 'aqa' ? 'Edexcel' : 'AQA'}") gets that board's advice.`,
  tutorBoardNotSaved: (board: ExamBoardName | null) =>
    `I could not save that setting (the bot could not write its data folder; whoever runs the bot can see why in its log), ` +
    `so nothing changed: ${board === null ? 'the class is still set to any exam board' : `the class still sits ${BOARD_NAMES[board]}'s papers`}. Try again later.`,
  tutorBoardChoose: 'Choose aqa, edexcel, ocr, eduqas or any, e.g. /tutor board board:aqa',
  /** /tutor board without a board (then with tutorBoardChange), or after tutorBoardChoose: the setting now. */
  tutorBoardNow: (board: ExamBoardName | null) =>
    board === null
      ? "No exam board is set here: /ask's exam advice and /practice questions suit any board (the default)."
      : BOARD_MARKS[board]
        ? `This class sits ${BOARD_NAMES[board]}'s papers: /ask's exam advice and /practice follow them where the boards differ.`
        : `This class sits ${BOARD_NAMES[board]}'s papers: /ask's exam advice and /practice set aside what is written only for other boards' papers.`,
  tutorBoardChange: '/tutor board board:aqa, board:edexcel, board:ocr, board:eduqas or board:any changes it (/tutor level sets GCSE or A-level).',
});

/** What quiz rounds, leaderboards and stats say. */
export const QUIZ_MESSAGES = Object.freeze({
  serverOnly: 'Quizzes, leaderboards and stats belong to a server: use this in a server channel.',
  closing: 'The tutor is stopping, so no quiz can start just now. Try again once it is back.',
  serverBusy: (limit: number) => `${limit} quizzes are already running in this server. Join one, or start yours when one ends.`,
  busy: (starter: string) =>
    `A quiz is already running in this channel (started by ${starter}). Wait for it to end, or ask ${starter} or a moderator to use /quiz stop.`,
  noQuestions: (topic: string | null) =>
    topic ? `There are no quiz questions on ${topic} yet. Try /quiz start without a topic to mix them all.` : 'There are no quiz questions yet.',
  startTitle: (topic: string | null) => `Quiz: ${topic ?? 'all topics'}`,
  startBody: (starter: string, questions: number, seconds: number) =>
    `${starter} started a quiz: ${questions} question${questions === 1 ? '' : 's'}, ${seconds} seconds each. ` +
    'Everyone in this channel can play: press a letter to answer. Your first answer counts.',
  startScoring: (flat: boolean) =>
    flat
      ? 'Scoring: every correct answer earns 1000 points.'
      : 'Scoring: up to 1000 points for a correct answer (faster earns more), plus a streak bonus of +100 per answer in a row, up to +500.',
  startFewer: (available: number, forGcse = false) =>
    `(This topic has ${available} quiz question${available === 1 ? '' : 's'}${forGcse ? ' for GCSE' : ''}, so the round has that many.)`,
  startLevel: (level: 'gcse' | 'a-level') =>
    level === 'gcse'
      ? 'For a GCSE class: questions only an A-level class can be expected to know are left out.'
      : 'For an A-level class: every question, the hard ones included.',
  noQuestionsForGcse: (topic: string | null) =>
    `There are no GCSE quiz questions on ${topic ?? 'this course'} yet (this server's quizzes are set to GCSE with /tutor level). Try another topic, or all topics.`,
  /** A topic read from loose words ("/quiz economy"): which one the round is on. */
  startTaking: (typed: string, topic: string) => `Taking “${typed}” as ${topic}. Not that one? /quiz stop ends the round, and /topics lists the others.`,
  /** A topic given by its number in the list ("/quiz 6 3"): which it is, and how to ask for every topic instead. */
  startTopicNumber: (n: number, topic: string) =>
    `Topic ${n} in the list is ${topic}. Not that one? /quiz stop ends the round. For a round on every topic, name it all: /quiz start topic:all questions:${n}.`,
  /** Words that fit no topic well, or several alike ("stalin"): the topics, instead of a guess. */
  topicUnsure: (typed: string, topics: readonly { readonly id: string; readonly title: string }[]) =>
    `I am not sure which topic “${typed}” means, so no round has started. The topics:\n` +
    `${topics.map((t, i) => `${i + 1}. ${t.title} (${t.id})`).join('\n')}\n` +
    `Start one by its name or its number here, e.g. /quiz start topic:${topics[0]?.id ?? 'nep'}, or /quiz start topic:1 questions:5 (topic 1, 5 questions).`,
  startAdjusted: (questions: number, seconds: number) =>
    `(Rounds have 3–20 questions and 10–60 seconds per question, so I used ${questions} questions, ${seconds} seconds.)`,
  startFooter: 'The starter or a moderator can end the round early with /quiz stop.',
  /** `missing`: the names of the permissions the tutor lacks in the channel (postingPermission). */
  cannotPost: (missing: readonly string[]) => {
    const list = joinedWithAnd(missing);
    return (
      `I cannot post in this channel, so nobody would see the questions. A quiz here needs me to have ${list} in this channel: ` +
      'ask someone who manages the server to allow it, or start the quiz in another channel.'
    );
  },
  /** The platform's names for what the tutor needs to post a quiz (Discord's permission names). */
  postingPermission: Object.freeze({
    'view-channel': 'View Channel',
    'send-messages': 'Send Messages',
    'send-messages-in-threads': 'Send Messages in Threads',
    'embed-links': 'Embed Links',
  }),

  stopNone: 'No quiz is running in this channel.',
  stopNotAllowed: (starter: string) => `Only ${starter}, who started this quiz, or a moderator can stop it.`,
  stopped: (name: string) => `${name} stopped the quiz.`,

  answerLocked: 'Answer locked in.',
  answerDuplicate: 'You already answered — your first answer counts.',
  answerLate: 'Time is up — that answer does not count.',
  answerEnded: 'This quiz has ended.',

  questionTitle: (number: number, total: number, topic: string | null) => `Question ${number} of ${total}${topic ? ` · ${topic}` : ''}`,
  questionFooter: (seconds: number, flat: boolean) =>
    `${seconds} seconds to answer · ${flat ? 'every correct answer scores 1000' : 'faster correct answers score more'}`,
  /** The footer of the questions after the first: the time alone. */
  questionTime: (seconds: number) => `${seconds} seconds to answer`,
  questionClosedFooter: 'Answers are closed.',
  revealTitle: (letter: string, choice: string) => `The answer: ${letter} · ${choice}`,
  revealRight: (count: number) => `Right (${count})`,
  revealNobodyRight: (answered: number) => `Nobody got it right (${answered} answer${answered === 1 ? '' : 's'}).`,
  /** A wrong answer when one player is in the round. */
  revealSoloMiss: (key: string) => `Not this time: the answer was ${key}.`,
  revealSoloMissOrder: (keys: readonly string[]) => `Not this time: the right order was ${keys.join(', ')}.`,
  revealNoAnswers: 'Nobody answered this one.',
  revealFastest: 'Fastest',
  revealLeaders: 'Leaders',
  /**
   * A player's place, said as it is heard: "1st: Ann, 892 points, 2 of 3 right" (not "1. Ann 892 (2/3)"). A question
   * they let time out was asked and not right: "2 of 5 right (1 not answered)".
   */
  standing: (rank: number, name: string, points: string, correct: number, answered: number, unanswered = 0) =>
    `${ordinal(rank)}: ${name}, ${points} point${points === '1' ? '' : 's'}, ${correct} of ${answered + unanswered} right${unanswered > 0 ? ` (${unanswered} not answered)` : ''}`,
  revealNext: (seconds: number) => `Next question in ${seconds} seconds.`,
  revealNextNow: 'Next question coming up.',
  pointsWithStreak: (points: string, streak: number) => `+${points} (${streak} in a row)`,

  endTitle: 'Quiz over',
  endReason: Object.freeze({
    completed: 'That was the last question.',
    stopped: 'The quiz was stopped.',
    idle: 'Nobody answered two questions in a row, so the quiz has ended.',
    shutdown: 'The tutor is stopping, so the quiz has ended. Points so far are saved.',
    unpostable: 'A question could not be posted here, so the quiz has ended. Points so far are saved.',
  }),
  endNobody: 'Nobody scored this time.',
  /** A round played alone: its score, without a medal, as /stats counts no win for it. */
  endAlone: (name: string, points: string, playersForAWin: number) =>
    `**${name}** — ${points}\nPlayed alone, so not counted as a win: a round is won against at least ${playersForAWin - 1} other player${playersForAWin === 2 ? '' : 's'}.`,
  /** How the points on the podium were earned, in plain words (the rule is src/quiz/scoring.ts). */
  endScoring: (flat: boolean, p: { readonly maxPoints: number; readonly streakStep: number; readonly streakCap: number }) => {
    const n = (points: number) => points.toLocaleString('en-GB');
    return flat
      ? `How the points were earned: ${n(p.maxPoints)} for each right answer, however fast.`
      : `How the points were earned: up to ${n(p.maxPoints)} for each right answer, more the faster it came (${n(p.maxPoints / 2)} at the last second), ` +
          `and a bonus of ${n(p.streakStep)} for each right answer in a row before it (up to ${n(p.streakCap)}).`;
  },
  endEveryone: 'Everyone',
  endFooter: 'Points go on this server’s /leaderboard.',

  leaderboardTitle: (period: 'all' | 'week', topic: string | null) =>
    `Leaderboard · ${period === 'week' ? 'this week' : 'all time'}${topic ? ` · ${topic}` : ''}`,
  leaderboardEmpty: (period: 'all' | 'week') =>
    `No points ${period === 'week' ? 'this week' : 'yet'}. Start a round with /quiz start.`,
  leaderboardYou: 'You',
  /** A student's name where they asked for it to be hidden (/privacy leaderboard:hide): the leaderboard, a round's posts, the podium. */
  hiddenPlayer: 'a player',
  leaderboardFooter: (total: number, week: string | null) =>
    // The week's key (2025-W02) is for the store; students read plain words.
    `${total} player${total === 1 ? '' : 's'}${week ? ' · this week, Monday to Sunday' : ''}`,
  leaderboardUnknownPeriod: (value: string) => `"${value}" is not a period: use all or week.`,

  statsTitle: (name: string) => `Quiz stats: ${name}`,
  statsNone: (name: string | null) =>
    name ? `${name} has not played a quiz on this server yet.` : 'You have not played a quiz on this server yet. Start one with /quiz start.',
  statsNotFound: (query: string) => `I do not know a player called "${query}" on this server.`,
  statsOthersTeachersOnly: "You can see your own stats; your teacher can see the class's.",
  /**
   * Accuracy is of the questions answered (the leaderboard keeps no others), so it says "answered": the round's own
   * summary, which counts one let time out ("2 of 5 right (1 not answered)"), would otherwise seem to disagree.
   */
  statsBody: (s: { points: string; answered: number; correct: number; accuracy: string; bestStreak: number; roundsPlayed: number; roundsWon: number }) =>
    `**${s.points}** points · ${s.correct} of ${s.answered} answered right (${s.accuracy})\n` +
    `Best streak: ${s.bestStreak} · Rounds played: ${s.roundsPlayed} · Rounds won: ${s.roundsWon}`,
  /** A topic's line: only questions answered count (one let time out is in /review, not here), so the line says so. */
  statsTopicLine: (topic: string, correct: number, answered: number, accuracy: string, points: string) =>
    `${topic}: ${correct} of ${answered} answered right (${accuracy}) · ${points} points`,
  statsTopics: 'By topic',
  statsTopicsMore: 'By topic (continued)',
  /** The end of a list cut to fit a message, whole lines only. */
  statsMoreTopics: (n: number) => `…and ${n} more topic${n === 1 ? '' : 's'}`,
  /** /stats of a player with no points since a reset: `when` as the server's clock shows it. */
  statsSinceReset: (name: string | null, when: string) =>
    `${name ? `${name} has` : 'You have'} no points since the leaderboard was reset on ${when}: a teacher reset it, and points count again from the next round.`,
  /** Under the stats of a server whose leaderboard was reset: what the figures cover. */
  statsResetFooter: (when: string) => `Points and answers since the leaderboard was reset on ${when}.`,
  /** After a reset, a student's own answers the class report keeps (rounds and homework), which the reset did not clear. */
  statsKeptAnswers: (correct: number, answered: number, accuracy: string) =>
    `Your answers kept for your teacher's report (quiz rounds and homework, the reset did not clear them): ${correct} of ${answered} right (${accuracy}).`,
  statsKeptLine: (topic: string, correct: number, answered: number, accuracy: string) => `${topic}: ${correct}/${answered} right (${accuracy})`,
  statsKeptTopics: 'Answers kept, by topic',
  /** /stats of a student who has done homework but played no round: homework earns no points (it is not on the leaderboard). */
  statsNoRounds: (name: string | null) =>
    name ? `${name} has not played a quiz round on this server yet, so has no points.` : 'You have not played a quiz round on this server yet, so you have no points. Start one with /quiz start.',
  /** The homework a student started, as the teacher's homework report counts it; homework is for the teacher, not the leaderboard. */
  statsHomework: 'Homework (earns no leaderboard points)',
  statsHomeworkMore: 'Homework (continued)',
  /** Sets done, not finished before they closed, and under way; right out of all the questions of the sets ended, unreached ones included (as the homework report scores each set). */
  statsHomeworkSummary: (done: number, unfinished: number, working: number, right: number, asked: number, accuracy: string) => {
    const parts = [
      ...(done > 0 || unfinished + working === 0 ? [{ n: done, what: 'done' }] : []),
      ...(unfinished > 0 ? [{ n: unfinished, what: 'not finished' }] : []),
      ...(working > 0 ? [{ n: working, what: 'under way' }] : []),
    ].map((p, i) => (i === 0 ? `${p.n} set${p.n === 1 ? '' : 's'} ${p.what}` : `${p.n} ${p.what}`));
    return `${parts.join(', ')}${asked > 0 ? ` · ${right} of ${asked} questions right (${accuracy})` : ''}`;
  },
  /** One homework: done (an attempt can only finish by its due time, so on time), cut short when it closed, or under way. */
  statsHomeworkLine: (h: { id: string; topic: string | null; score: number; total: number; answered: number; status: 'done' | 'working' | 'unfinished'; closedEarly: boolean; due: string }) => {
    const set = `${h.id} · ${h.topic ?? 'all topics'}`;
    return h.status === 'done'
      ? `${set}: ${h.score}/${h.total} right · done on time`
      : h.status === 'unfinished'
        ? `${set}: ${h.score}/${h.total} right · not finished ${h.closedEarly ? 'before a teacher closed it' : 'by the due time'}`
        : `${set}: ${h.score} right of ${h.answered} answered so far (${h.total} questions) · due ${h.due}`;
  },
  statsMoreHomework: (n: number) => `…and ${n} more set${n === 1 ? '' : 's'}`,

  consoleAsUsage: 'Who is playing? Type /as <name>, e.g. /as Sasha.',
  consoleAs: (name: string) => `You are now playing as ${name}.`,
  /** After a player's answer, while the question waits for others of the round (one keyboard: each takes a turn with /as). */
  consoleWaitingFor: (names: readonly string[]) =>
    `Waiting for ${joinedWithAnd(names)} to answer (type /as ${names.length === 1 ? names[0] : '<name>'} to take that turn), or for the time to run out.`,
  consoleTimeLeft: (seconds: number) => `⏱ ${seconds} seconds left.`,
  consoleDeadline: (time: string) => `⏱ Answers close at ${time}.`,
  /** One keyboard: a letter typed just as a question closed lands on the next, so the confirmation says which. */
  consoleAnswerLockedFor: (n: number) => `Answer locked in for question ${n}.`,
  /** A player who switched in (/as) and missed two questions in a row: the round's questions stop waiting for them. */
  consoleNotWaitingFor: (name: string) => `Not waiting for ${name} any more — /as ${name} to come back in.`,
  /** After /quiz in the console: question 1 waits for Enter, so its time does not run while the rules are read. */
  consoleReady: (keys: { readonly first: string; readonly last: string; readonly repeat: string }) =>
    `Press Enter for question 1: its time starts then. During the round, press ${keys.first} to ${keys.last} to answer, and ${keys.repeat} to hear the question and its choices again with the time left.`,
  /** Under consoleReady while fewer than two players are in: a question closes once everyone in has answered. */
  consoleTogether: 'Playing with friends at this keyboard? Type /as and a name for each player before you start (e.g. /as Sam, then /as Jo), so each question waits for all of you.',
  /** Q before question 1. */
  consoleNotAskedYet: 'Question 1 has not been asked yet: press Enter for it.',
  /** Q: the open question again, then this. */
  consoleSecondsLeft: (seconds: number) => `${seconds} second${seconds === 1 ? '' : 's'} left to answer.`,
  /** Q when the question has closed (the next is on its way), or between rounds. */
  consoleNoOpenQuestion: 'No question is open just now.',
  /** Words typed while a question is open that are no answer ("is it 1921?", "a or b"): kindly, what to type. */
  consoleJustTheLetter: (keys: readonly string[], order: boolean) =>
    `${order ? `To answer, just type the letters, earliest first (${keys.join(' ')})` : `To answer, just type one letter: ${keys.length > 1 ? `${keys.slice(0, -1).join(', ')} or ${keys.at(-1) ?? ''}` : (keys[0] ?? '')}`}. To ask me something first, start with /ask.`,
  /** Several letters typed on one line for a question that takes one (not "put in order"): one message, with the one that counted. */
  consoleOneLetterCounts: (key: string, n: number, ignored: readonly string[]) =>
    `Answer ${key} locked in for question ${n}. This question takes one letter, so ${joinedWithAnd(ignored)} ${ignored.length === 1 ? 'was' : 'were'} not counted.`,
});

/** /practice (issue 13): exam questions, answers marked on the mark scheme's points. */
/** "Extract B", "Extracts A and C", "Extracts A, B and C": a three-extract question's extracts named in a sentence. */
function extractList(labels: readonly string[]): string {
  return labels.length === 1 ? `Extract ${labels[0] ?? ''}` : `Extracts ${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}

export const PRACTICE_MESSAGES = Object.freeze({
  /** An A-level answer's sweeping claim with no evidence beside it (src/practice/unsupported.ts): asked for support, not corrected. */
  supportField: 'Claims to support',
  supportFieldMore: 'Claims to support (continued)',
  supportLine: (quote: string, absolute: string): string =>
    `Support this: “${quote}” — “${absolute}” is a sweeping claim: give evidence for it (a figure, a date, a named event, or "for example…"), or qualify it.`,
  kindNames: Object.freeze({
    describe: 'Describe',
    explain: 'Explain why',
    account: 'Write an account',
    'how-far': 'How far do you agree',
    'how-successful': 'How successful',
    'more-important': 'Which was more important',
    essay: 'A-level essay (To what extent)',
    extract: 'A-level interpretation (How convincing)',
    'three-extracts': 'A-level three extracts (30 marks)',
  } as const),
  /** The GCSE source question's kind, which has no questions yet (src/commands/practice.ts). */
  sourcesKindName: 'How useful are the sources',
  questionTitle: (kind: string, marks: number) => `Practice: ${kind} (${marks} marks)`,
  questionBody: (prompt: string, minutes: number) =>
    `**${prompt}**\n\nAllow about ${minutes} minutes. Press **Answer** to write your answer (up to 4,000 characters): it is marked privately, on the mark scheme's points.`,
  questionConsole: (prompt: string, minutes: number) =>
    `**${prompt}**\n\nAllow about ${minutes} minutes. Type your answer below, on as many lines as you like; a line /done hands it in (/cancel drops it).`,
  /** An interpretation question's extract, above its question: always said to be our summary, never the historian's words. */
  extract: (historian: string, work: string, summary: string) =>
    `**Extract** (our summary of the view of ${historian} in ${work}: a paraphrase in our own words, not a quotation)\n${summary}`,
  /** A three-extracts question's extract, as a field of its own: its label, historian and work, then our summary of the view. */
  extractFieldName: (label: string, historian: string, work: string) => `Extract ${label}: ${historian}, ${work}`,
  extractFieldValue: (summary: string) => `*Our summary of this historian's view, in our own words, not a quotation.*\n${summary}`,
  /** Read aloud before an extract: whose it is not. */
  extractAloud: 'The extract, our own summary of the historian\'s view',
  /** Read aloud before each of a three-extract question's extracts. */
  extractAloudLabelled: (label: string) => `Extract ${label}, our own summary of the historian's view`,
  /** An A-level essay's question: the room it has on Discord, in two boxes. */
  questionBodyEssay: (prompt: string, minutes: number) =>
    `**${prompt}**\n\nAllow about ${minutes} minutes. Press **Answer** to write your answer (two boxes of up to 4,000 characters each; use the second if the first is full): it is marked privately, on the mark scheme's points and levels.`,
  fieldTopic: 'Topic',
  fieldMarks: 'Marks',
  fieldTime: 'Time guide',
  minutes: (n: number) => `${n} minutes`,
  answerButton: 'Answer',
  modelButton: 'Model answer',
  anotherButton: 'Another question',
  againButton: 'Answer again',
  formTitle: 'Your answer',
  formLabel: (marks: number) => `Your answer (${marks} marks)`,
  /** An A-level essay's second box: for the rest of an answer the first could not hold. */
  formLabelMore: 'The rest of your answer, if the first box is full',
  formPlaceholder: 'Write in sentences: make a point, back it with detail, and say why it matters.',
  noQuestions: 'There are no practice questions in the notes yet: your teacher can add them (knowledge/practice.yaml).',
  noTopicQuestions: (topic: string) => `There are no practice questions on ${topic} yet. Try /practice without a topic.`,
  unknownKind: (typed: string, kinds: readonly string[]) => `There is no kind of question called "${typed}". The kinds: ${kinds.join(', ')}.`,
  /** A kind in unknownKind's list, with the marks its questions are worth: "Explain why (8 marks)". */
  kindWithMarks: (kind: string, marks: readonly number[]) => (marks.length === 0 ? kind : `${kind} (${marks.join(' or ')} marks)`),
  /** Under a model answer's point: a date or figure from the notes that backs it. */
  modelEvidence: (text: string) => `   Evidence: ${text}`,
  noKindQuestions: (kind: string, topic: string | null) =>
    `There are no "${kind}" questions${topic ? ` on ${topic}` : ''} yet. Try another kind, or leave the kind empty.`,
  /** The kind option's choice for the questions on historians' views, and what /practice says when a topic has none. */
  historiansKind: "On historians' views (interpretations)",
  noTopicHistorians: (topic: string, topics: readonly string[]) =>
    `There is no question on historians' views on ${topic} yet. There are on: ${topics.join(', ')}. Try one of those, or leave the topic empty.`,
  /** A question of the kind asked on a topic near the one named, which has none ("terror" and the Terror's historians). */
  nearTopic: (asked: string, used: string) => `There is no question of that kind on ${asked} yet, so here is one on a topic close to it: ${used}.`,
  /** Said when a 30-mark or three-extract question was asked for but the topic has none: one extract is set instead. */
  threeExtracts:
    "AQA's 30-mark question gives three extracts and asks how convincing each one's argument is, using your knowledge of the context. There is no three-extract question on this topic yet, so here is one extract for 25 marks: practise the same skill on it, and judge each extract on its own in the exam. For a three-extract question, try /practice with the kind \"A-level three extracts (30 marks)\" (or type \"three extracts\") and no topic.",
  /** A three-extracts answer that discusses some extracts but judges none of these: kept below the top level. */
  extractsUnjudged: (labels: readonly string[]) =>
    `You reach no judgement on ${extractList(labels)}: the top level judges how convincing each extract is.`,
  /** Above a three-extracts question: what the 30-mark question asks, and what it does not. */
  threeExtractsIntro:
    "AQA's 30-mark question: judge how convincing each extract's argument is, on its own, using your knowledge of the context. You do not need to compare the extracts or give one overall verdict.",
  /** A three-extracts answer that leaves extracts out: held at level 2 at most. */
  extractsNotDiscussed: (labels: readonly string[]) =>
    `${extractList(labels)} ${labels.length === 1 ? 'is' : 'are'} not discussed. The question asks how convincing each of the three is: an answer that leaves one out stays at level 2 at most. Name the extract (Extract ${labels[0] ?? ''}) or its historian, and test its argument.`,
  nearTopicALevel: (asked: string, used: string) => `There is no A-level question on ${asked} yet, so here is one on a topic close to it: ${used}.`,
  /**
   * Above a question not in the class's board's own form, where the notes have none in it (OCR, Eduqas): one line, naming
   * the form it is in (the boards it is tagged for), or saying it is the form the notes set for every board.
   */
  noBoardForm: (board: ExamBoardName, formBoards: readonly ExamBoardName[] | undefined) =>
    `No ${BOARD_NAMES[board]}-style question of this kind in these notes yet: ${
      formBoards && formBoards.length > 0 ? `this is ${formBoards.map((b) => BOARD_NAMES[b]).join(' and ')}'s form.` : `this is the form the notes set for every board, not ${BOARD_NAMES[board]}'s own.`
    }`,
  /** Above a question worth other marks than those asked for ("12 mark"), where the topic has none worth them: one line. */
  otherMarks: (asked: number, given: number, board: ExamBoardName | null) =>
    `No ${asked}-mark question${board ? ` in ${BOARD_NAMES[board]}'s form` : ''} on this topic yet: this one is worth ${given} marks.`,
  stale: 'That practice question is no longer in the notes, so I cannot mark an answer to it. Type /practice for a new one.',

  markedTitle: (mark: number, max: number, level: number, maxLevel: number) => `${mark}/${max} marks · level ${level} of ${maxLevel}`,
  nothingTitle: (max: number) => `0/${max} marks`,
  levelLine: (level: number, descriptor: string) => `**Level ${level}:** ${descriptor}`,
  levelZero: '**Level 0:** nothing yet that the mark scheme credits.',
  empty: 'Your answer was empty, so there is nothing to mark.',
  /**
   * Held down by its length alone (MarkResult.short): an explain or account question has causes to develop, a judgement
   * two sides. Said plainly first, and in place of the level's descriptor (S8 of a teacher's trial: level 2's "mostly to
   * agree or mostly to disagree" beside an answer that weighed both sides).
   */
  shortForLevel: (words: number, need: number, marks: number, level: number, kind?: PracticeKind) =>
    `Held at level ${level} by length. Your answer is ${words} words long. ${/^8|^1[18]$/.test(String(marks)) ? 'An' : 'A'} ${marks}-mark answer needs about ${need} words to reach level ${level + 1}, because ${
      kind === 'explain' || kind === 'account' ? 'each cause needs developing with detail' : 'each side needs its points explained with evidence'
    }.`,
  tooShort: (words: number) => `That is only ${words} word${words === 1 ? '' : 's'}: too short to earn marks.`,
  copied: 'Your answer repeats the question, which earns no marks: the marks are for what you add to it.',
  /** An answer off the question: said of the question only (an answer on another part of the course is still on the course), with what it asks. */
  offTopic: (topic: string | null, prompt: string) =>
    `${topic ? `Your answer seems to be about ${topic}, not this question` : 'Your answer does not answer this question'}, so it earns no marks. The question asks: “${prompt}”`,
  late: 'You answered more than an hour after the question was set, so it is marked late (in the exam, keep to the time guide).',
  truncated: (max: number) => `Your answer was longer than ${max.toLocaleString('en-GB')} characters: I marked the first ${max.toLocaleString('en-GB')}.`,
  list: 'Your answer is a list of key words rather than sentences, so it can reach level 1 at most.',
  madeField: 'Points you made',
  madeFieldMore: 'Points you made (continued)',
  madeLine: (point: string, quote: string) => `✓ ${point} — “${quote}”`,
  /** A point made by words that give a thing a wrong year: credited, with the date to check. */
  madeLineWrongYear: (point: string, quote: string) => `✓ ${point} — “${quote}” (the date there is wrong: see Facts to check)`,
  /** A historian's view credited from the argument alone: the student did not name them, and is told so. */
  madeLineUnnamed: (point: string, quote: string, historians: string) =>
    `✓ ${point} — “${quote}” (you argue the view of ${historians} without naming them: say whose view it is to use the debate)`,
  missingField: 'Points you could add',
  missingFieldMore: 'Points you could add (continued)',
  missingLine: (point: string) => `• ${point}`,
  missingButtons: 'The buttons below open the notes on each.',
  wrongField: 'Facts to check',
  wrongFieldMore: 'Facts to check (continued)',
  wrongLine: (quote: string, point: string) => `Check this: “${quote}” — ${point}`,
  /**
   * What the notes give for a toll a figure is far from (WrongFact.total, src/practice/figures.ts): "Deaths in the famine
   * of 1932–33: most estimates run from 5.5 to 8.7 million (the USSR)". Its first estimate, a range or one figure, as shown.
   */
  knownTotal: (t: { readonly title: string; readonly low: string; readonly high?: string; readonly unit: string; readonly measure?: string }) =>
    `${t.title}: most estimates run ${t.high === undefined ? `about ${t.low}` : `from ${t.low} to ${t.high}`} ${t.unit}${t.measure ? ` (${t.measure})` : ''}`,
  /** A historian given a view the notes give to others (WrongFact.swapped): whose it is, and what the historian argued. */
  wrongSwappedLine: (quote: string, said: string, view: string, theirs?: string, notes?: string) => {
    const surname = said.split(' ').at(-1) ?? said;
    return `Check this: “${quote}” — this puts ${surname} on the wrong side of the debate. ${view}${theirs ? ` ${theirs}` : ''}${notes ? ` The notes on ${surname} also say: “${notes}”` : ''}`;
  },
  /** An A-level answer whose judgement comes only at its end (JudgementCheck.sustained false). */
  notSustained: 'Your judgement comes only at the end. For the top level, set it out in your introduction and carry it through each paragraph to the conclusion.',
  /** An interpretation answer that never speaks of the extract (JudgementCheck.usesExtract false). */
  spag: 'On some papers (Edexcel\'s Paper 3 among them) this question carries 4 more marks for spelling, punctuation and grammar (SPaG): check your board. They are not marked here: read your answer through for them.',
  offQuestionJudgement: 'Your conclusion is about something else: it must answer this question, weighing its own factors.',
  noExtract: 'You do not discuss the extract itself: say what its argument is, then test it against what you know.',
  /** `held`: three wrong facts or more hold the answer at the middle level (PRACTICE_DEFAULTS.wrongForMiddle), not just below the top. */
  wrongNote: (held = false) =>
    held
      ? 'Several things you wrote do not match the notes (see **Facts to check**). Knowledge that is only partly accurate holds an answer at the middle level at best, so this one stays there until they are put right.'
      : 'Some of what you wrote does not match the notes (see **Facts to check**). A wrong fact is not accurate detail, so this answer cannot reach the top level until it is put right.',
  /** A "describe" answer at the top level with one detail wrong: the slip costs a mark, not the level. */
  wrongNoteMark: 'Some of what you wrote does not match the notes (see **Facts to check**). A wrong detail costs a mark, so this answer cannot earn full marks until it is put right.',
  explainingField: 'Explaining',
  /** `full`: the answer has full marks, which it gets with most of its points explained (never beside "only stated"). */
  explaining: (explained: number, made: number, full = false) =>
    made === 0
      ? 'You have not made a point of the mark scheme yet, so there is nothing explained.'
      : explained === 0
        ? 'Your points are stated but not explained: say why each one mattered, with "because…" or "this meant that…".'
        : explained === made
          ? `${made === 1 ? 'Your point is' : `All ${made} of your points are`} explained: you link ${made === 1 ? 'it' : 'them'} to what ${made === 1 ? 'it' : 'they'} led to.`
          : full
            ? `${explained} of your ${made} points are explained, which with the detail of the ${made - explained === 1 ? 'other' : 'others'} is enough for full marks.`
            : `${explained} of your ${made} points ${explained === 1 ? 'is' : 'are'} explained; ${made - explained === 1 ? 'the other is' : 'the others are'} only stated.`,
  judgementField: 'Judgement',
  judgement: (reached: boolean, supported: boolean) =>
    !reached
      ? 'You do not reach a judgement: end with a conclusion that answers the question.'
      : supported
        ? 'You reach a judgement and support it.'
        : 'You reach a judgement but do not back it up: give the reason for it.',
  /** Every point made on one side of a judgement question: the level is held at 2, whatever the judgement. */
  oneSided: (reached: boolean, side: string, other: string) =>
    `${reached ? 'You reach a judgement, but it' : 'Your answer'} is one-sided: all your points are for "${side}". Weigh "${other}" too: a one-sided answer stays at level 2 at most.`,
  sides: (forSide: string, forCount: number, againstSide: string, againstCount: number) =>
    `Points made for "${forSide}": ${forCount} · for "${againstSide}": ${againstCount}.`,
  nextField: 'Next step',
  next: Object.freeze({
    writeMore: 'Write at least three sentences: a point, a detail that backs it, and why it matters to the question.',
    /** A start that fits the kind of question ("describe" asks for features, not reasons). */
    ownWords: (kind: string) =>
      `Start with a point of your own rather than the question's words: ${
        kind === 'describe'
          ? '"One feature was… For example,…".'
          : kind === 'account'
            ? '"First,… This led to…".'
            : kind === 'how-far' || kind === 'essay'
              ? '"One point that supports this view is… However,…".'
              : kind === 'extract'
                ? '"The extract argues that… This is convincing because… However,…".'
              : kind === 'three-extracts'
                ? '"Extract A argues that… This is convincing because… However,…". Then Extract B, then Extract C.'
              : kind === 'how-successful'
                ? '"One success was… However, it failed to…".'
                : kind === 'more-important'
                  ? '"The first factor mattered because… It was more important than the second because…".'
                  : '"One reason was… This meant that…".'
      }`,
    answerTheQuestion: 'Reread the question and write about what it asks: the Model answer button shows the points it wants.',
    sentences: 'Turn your key words into sentences: for each, say what happened and why it matters to the question.',
    addPoint: (point: string) => `Add this point: ${point} The button below opens the notes on it.`,
    explainPoint: (point: string) => `Explain this point of yours: ${point} Add a sentence saying what it led to, starting "This meant that…".`,
    /** The point is linked already, too thinly: ask for more, not for the link the answer has written. */
    explainLinkedPoint: (point: string) =>
      `Explain this point of yours more fully: ${point} You link it already; now say how and why it led there, with a detail (who, what, how many).`,
    developPoint: (point: string) => `Develop this point of yours: ${point} Add a detail that backs it: a date, a figure or an example.`,
    otherSide: (point: string) => `Weigh the other side too, for example: ${point}`,
    reachJudgement: (kind: string) =>
      kind === 'three-extracts'
        ? 'End each extract\'s part with a judgement: how convincing is its argument, and why? Say which parts stand up to the evidence.'
        : kind === 'extract'
        ? 'End with a conclusion: how convincing is the interpretation overall, and why? Say which parts stand up to the evidence.'
        : kind === 'more-important'
        ? 'End with a conclusion: which was more important, and why? Compare the two directly.'
        : kind === 'how-successful'
          ? 'End with a conclusion: how successful was it overall, and why? Say what it was meant to achieve.'
          : 'End with a conclusion: how far do you agree, and why? Say which side is stronger.',
    supportJudgement: 'Back your conclusion with your strongest point: "…because…".',
    sustainJudgement:
      'Set out your judgement in your introduction ("This essay will argue that…") and end each paragraph by saying what it shows about the question, so the argument is sustained to the conclusion.',
    /** A three-extracts answer that leaves these extracts out (the judgement line says what that costs). */
    coverExtracts: (labels: readonly string[]) =>
      `Add a section on ${extractList(labels)}: name it or its historian, sum up its argument, and test it against your knowledge of the context.`,
    /** A three-extracts answer that discusses these extracts but reaches no judgement on them. */
    judgeExtracts: (labels: readonly string[]) =>
      `End your section on ${extractList(labels)} with a judgement: how convincing is its argument, and why? Each extract needs a supported judgement of its own.`,
    useExtract: 'Start from the extract: say what its argument is, then test each part of it against your own knowledge, what supports it and what challenges it.',
    keepGoing: 'A strong answer. Practise another kind of question next: /practice with a different kind.',
    /** Held only by a slip the Facts to check name (a "describe" answer with its two features): put it right. */
    checkFacts: 'Put right the detail under **Facts to check**: you have described two features, so a third would earn nothing more.',
    /** Full marks: what earned them, for the kind of question, and no step to improve. */
    fullMarks: (kind: string) =>
      `Full marks: ${
        kind === 'describe'
          ? 'you describe two features and back each with detail.'
          : kind === 'account'
            ? 'your account goes in order and shows how each development led to the next.'
            : kind === 'explain'
              ? 'you explain several points with accurate detail and show how each mattered.'
              : kind === 'essay'
                ? 'you weigh both sides in depth with precise evidence and sustain your judgement from the introduction to the conclusion.'
                : kind === 'three-extracts'
                  ? 'you test each extract\'s argument against precise knowledge of the context and reach a supported judgement on each.'
                : kind === 'extract'
                  ? 'you test the extract\'s argument against precise knowledge on both sides and sustain a judgement on how convincing it is.'
                  : 'you weigh both sides in depth and back your judgement with your argument.'
      } Practise another kind of question next: /practice with a different kind.`,
  }),
  guide:
    'The mark is a guide: the tutor looks for the mark scheme\'s points and how you explain them, and may miss a point put in an unusual way. Your teacher\'s marking is what counts.',

  modelTitle: 'Model answer: a plan',
  /** `minutes`: the question's own time guide (a GCSE 16-marker about 20, an A-level essay 45), which the plan keeps to. */
  modelIntro: (kind: string, points: number, asks: PlanAsks = 'causes', minutes?: number) =>
    kind === 'describe'
      ? `Describe ${points} features, each in a sentence or two with a detail that backs it (a date, a figure, an example).`
      : kind === 'account'
        ? `Tell it in order, and show how each step led to the next: ${points} or more points, each linked to the next with "this led to…".`
        : kind === 'explain'
          ? asks === 'effects'
            ? `Explain ${points} or more effects, a paragraph each: the point, the evidence, and what it led to ("this meant that…").`
            : asks === 'features'
              ? `Explain ${points} or more features, a paragraph each: the point, the evidence, and why it mattered ("this meant that…").`
              : `Explain ${points} or more causes, a paragraph each: the point, the evidence, and how it led to the result ("this meant that…").`
          : kind === 'essay'
            ? `Plan for ${minutes ?? 45} minutes. Open with an introduction that answers the question and sets out your line of argument. Then write three or four paragraphs, each on one theme and weighing both sides, with precise evidence and a judgement at its end. Finish with a conclusion that follows from them.`
            : kind === 'three-extracts'
              ? `Plan for about ${minutes ?? 60} minutes. Take the extracts one at a time, a section each: say what the extract argues and what it stresses, test it against your own knowledge of the context (what supports it, what challenges it), and end with a judgement on how convincing it is. You need not compare the extracts.`
            : kind === 'extract'
              ? 'Start by saying what the extract argues and what it stresses. Then test each part of it against your own knowledge of the context: first what supports it, then what challenges it, and name historians where they help. Reach a judgement on how convincing it is.'
              : `${minutes !== undefined ? `Give it about ${minutes} minutes. ` : ''}Argue both sides, a paragraph per point (point, evidence, why it matters), then reach a judgement.`,
  modelSide: (side: string) => `**${side}**`,
  modelPoint: (n: number, point: string) => `${n}. ${point}`,
  /** A three-extracts plan's heading for one extract's section, and a point in it: supporting or challenging its argument. */
  modelExtract: (label: string) => `Extract ${label}`,
  modelExtractPoint: (n: number, point: string, supports: boolean) => `${n}. ${supports ? 'Supports' : 'Challenges'}: ${point}`,
  /** An A-level question's model line of argument (PracticeQuestion.judgement). */
  modelJudgement: (line: string) => `**A possible line of argument:** ${line}`,
  modelConclusion: (kind: string) =>
    kind === 'essay'
      ? '**Conclusion:** come back to the judgement of your introduction, weigh the factors directly and say which mattered most and why; the best essays show how they were linked.'
      : kind === 'three-extracts'
        ? '**Judgements:** end each extract\'s section with how convincing its argument is and why; a short conclusion may sum them up, but no comparison is needed.'
      : kind === 'extract'
        ? '**Conclusion:** say how convincing the interpretation is overall, which parts stand up to the evidence and which do not, and why.'
        : kind === 'more-important'
      ? '**Conclusion:** say which was more important and why: compare the two directly, and show how one depended on the other.'
      : kind === 'how-successful'
        ? '**Conclusion:** say how successful it was overall, judged against what it set out to do, and why.'
        : '**Conclusion:** say how far you agree, which side is stronger and why; the best answers link the two sides.',
  modelFooter: 'A plan from the mark scheme, not the only good answer: use your own words and your own evidence.',

  statsTitle: 'Your practice',
  statsNone: 'You have not practised an exam question here yet: try /practice.',
  statsLine: (topic: string, attempts: number, average: number, recent: string) =>
    `${topic}: ${attempts} answered, average ${Math.round(average * 100)}% · latest ${recent}`,
  statsPrivate: 'Only you see your practice marks.',

  consoleTaking: 'Type your answer; a line /done hands it in, /cancel drops it.',
  /**
   * After a button pressed or a command run while a practice answer is open (the console): it stays open, with what
   * has been written of it, and commands still run.
   */
  consoleStillWriting: (lines: number) =>
    lines === 0
      ? 'Your practice answer is still open: type it below, and a line /done hands it in (/cancel drops it). Commands such as /ask still work.'
      : `You are still writing your practice answer (${lines} line${lines === 1 ? '' : 's'} so far, kept): go on typing it; a line /done hands it in, /cancel drops it.`,
  /** A command that would drop or hand over the answer being written (a new /practice question, /as), or no command at all. */
  consoleWritingAnswer: (typed: string) =>
    `You are writing a practice answer, so ${typed} was not run and is not part of your answer. A line /done hands the answer in, /cancel drops it; then type ${typed} again.`,
  /** /quit while an answer is written: it is not kept once the console closes (answers are never stored), so asked once. */
  consoleQuitWhileWriting: (lines: number) =>
    `You are writing a practice answer (${lines} line${lines === 1 ? '' : 's'} so far), and it is lost if you leave now. A line /done hands it in; /quit again leaves without it; or go on typing.`,
  consoleCancelled: 'Answer dropped. Type /practice for a question.',
  /** /cancel or /done typed when no practice answer is being written: there is nothing to drop or hand in. */
  consoleNothingToCancel: 'There is nothing to cancel: no practice answer is being written. Type /practice for a question.',
  consoleNothingToHandIn: 'There is nothing to hand in: no practice answer is being written. Type /practice for a question.',
});

/** "in 3 days": how long until a moment, in the largest whole unit that fits (issue 14). */
function inTime(ms: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const minutes = Math.round(ms / 60_000);
  if (ms <= 0) return 'now';
  if (minutes < 1) return 'in under a minute';
  if (minutes < 60) return `in ${plural(minutes, 'minute')}`;
  const hours = Math.round(ms / 3_600_000);
  if (hours < 24) return `in ${plural(hours, 'hour')}`;
  const days = Math.round(ms / 86_400_000);
  if (days < 60) return `in ${plural(days, 'day')}`;
  return `in ${plural(Math.round(days / 30.4), 'month')}`;
}

/** A short span for a button: "10 min", "5 h", "3 days". */
function shortTime(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(ms / 3_600_000);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(ms / 86_400_000);
  return days < 60 ? `${days} day${days === 1 ? '' : 's'}` : `${Math.round(days / 30.4)} months`;
}

const REVIEW_GRADE_NAMES = Object.freeze({ again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' } as const);

/** /review (issue 14): spaced repetition of what each student got wrong and the answers they kept. */
export const REVIEW_MESSAGES = Object.freeze({
  inTime,
  shortTime,
  /** When a card is due: "in 3 days (Friday 10 January 2025, 09:00)"; `wall` is that moment in the server's time zone. */
  dueWhen: (ms: number, wall: string) => (ms <= 60_000 ? inTime(ms) : `${inTime(ms)} (${wall})`),
  title: 'Your review',
  emptyDeck:
    'Your review deck is empty. Quiz questions you get wrong or leave unanswered (in rounds and homework) go into it, ' +
    'so do up to two points each /practice answer missed, and answers you keep with the **Remember this** button under /ask. Then /review brings each back just before you would forget it.',
  nothingDue: (when: string, cards: number) => `Nothing is due just now: your next card is due ${when}. Your deck has ${cards} card${cards === 1 ? '' : 's'}.`,
  cardTitle: (n: number, topic: string | null) => `Review card ${n}${topic ? ` · ${topic}` : ''}`,
  /** `exam`: the exam line (examLine), when an exam date is set; `weakestFirst`: its last days, when the weakest cards come first. */
  cardFooter: (due: number, exam?: string, weakestFirst = false) =>
    `${exam ? `${exam} · ` : ''}${due} due now${weakestFirst ? ', weakest first' : ''} · up to 20 in a session · only you can see this`,
  recallFirst: 'Say or write the answer to yourself first, then press **Show answer** and be honest about how well you knew it.',
  showButton: 'Show answer',
  stopButton: 'Stop',
  nextButton: 'Next card',
  gradeFooter: 'How well did you remember it? Each button says when the card comes back.',
  gradeButton: (grade: 'again' | 'hard' | 'good' | 'easy', when: string) => `${REVIEW_GRADE_NAMES[grade]} (${when})`,
  right: 'Right!',
  wrong: (correct: string) => `Not quite: the answer is ${correct}`,
  comesBackField: 'Comes back',
  saved: (when: string) => `Saved: that card comes back ${when}.`,
  notSaved: 'That review could not be saved just now, so the card will come back as it was.',
  gone: 'A card whose question is no longer in the notes was taken out of your deck.',
  endTitle: 'Review session over',
  allDone: (reviewed: number, next: string | null) =>
    `That is everything due: you reviewed ${reviewed} card${reviewed === 1 ? '' : 's'}.${next ? ` Your next card is due ${next}.` : ''}`,
  limitReached: (reviewed: number, left: number) =>
    `You reviewed ${reviewed} cards, a full session. ${left} more ${left === 1 ? 'is' : 'are'} due: take a break, then /review again.`,
  stopped: (reviewed: number, left: number) =>
    `Session stopped after ${reviewed} card${reviewed === 1 ? '' : 's'}. ${left > 0 ? `${left} ${left === 1 ? 'is' : 'are'} still due: /review carries on.` : 'Nothing else is due.'}`,
  stale: 'This review session has ended. Type /review for the cards due now.',
  alreadyDone: 'You have already answered that card.',
  rememberButton: 'Remember this',
  remembered: (question: string) => `Kept for review: "${question}". /review brings it back when it is due, starting now.`,
  rememberedAlready: (question: string) => `"${question}" is already in your review deck.`,
  rememberGone: 'That answer is no longer in the notes, so it cannot be kept.',
  heldBack: 'A card is held back while a quiz on it is running: it stays due, for a /review after the quiz.',
  /** /review exam: (src/review/exam-date.ts). Its description, within Discord's 100 characters. */
  examOption: 'Your exam date, e.g. 2027-05-20 or 20/05/2027: cards come back before it. "none" clears it',
  /** `day`: "Thursday 20 May"; `daysLeft`: calendar days to it. */
  examLine: (day: string, daysLeft: number) =>
    daysLeft === 0 ? `Exam today (${day}): good luck!` : daysLeft === 1 ? `Exam tomorrow (${day})` : `Exam on ${day}: ${daysLeft} days`,
  /**
   * `moved`: cards due later than the exam allows, brought forward; `finalDays`: the last days, weakest first;
   * `inServer`: kept with this server's deck, else the direct messages'.
   */
  examSet: (o: { readonly day: string; readonly daysLeft: number; readonly moved: number; readonly finalDays: number; readonly inServer: boolean }) =>
    `Exam date saved: ${o.day}${o.daysLeft === 0 ? ', today' : o.daysLeft === 1 ? ', tomorrow' : `, in ${o.daysLeft} days`}. ` +
    (o.daysLeft <= 1 ? 'Every card in your deck is due now' : 'Until then, every card comes back by the day before it') +
    (o.moved > 0 ? ` (${o.moved} card${o.moved === 1 ? '' : 's'} due later ${o.moved === 1 ? 'was' : 'were'} brought forward)` : '') +
    `, and ${o.daysLeft <= o.finalDays ? 'from now on' : `in the last ${o.finalDays} days`} the cards you are most likely to have forgotten come first. ` +
    'After the exam, normal spacing comes back by itself. ' +
    `It is kept with your deck ${o.inServer ? 'in this server' : 'in direct messages'}, for you alone; /review exam:none clears it.`,
  examCleared: 'Exam date cleared: each card is spaced as usual from its next review.',
  examNoneToClear: 'You have no exam date set here, so there was nothing to clear.',
  examUnreadable: (typed: string) =>
    `I could not read "${typed}" as a date, so nothing was changed. Write it day first, as 20/05/2027, or as 2027-05-20 (or "none" to clear it).`,
  examPast: (day: string) => `${day} has passed, so nothing was changed. Give the date of an exam still to come.`,
  examTooFar: (day: string, months: number) =>
    `${day} is more than ${months} months away, so nothing was changed. Set it nearer the time: until then, normal spacing brings each card back before you forget it.`,
});

/** A span of years as the timelines write it: "1924–1927", or "1928" alone. */
const yearSpan = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`);

/** Timelines and charts (/timeline, /chart, the timeline under /topic): their replies, the words drawn on them, and their alt text. */
export const PICTURE_MESSAGES = Object.freeze({
  /** The console's line for a picture: what it is (so a listener hears that before the path), then where it was saved. */
  consoleImage: (path: string, what?: string) => (what ? `Image: ${what} — ${path}` : `Image: ${path}`),
  /** Dates and ranges as the text beside a picture says them, in words a screen reader speaks ("1932 to 1933", not a silent dash). */
  months: Object.freeze(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']),
  inWordsRange: (from: string, to: string) => `${from} to ${to}`,
  /** One event of a timeline as text: "7 August 1932: Decree on socialist property". */
  textLine: (when: string, label: string) => `${when}: ${label}`,
  /** Above each picture's events, when a timeline takes several pictures. */
  timelineTextPart: (n: number, of: number, years: string) => `Picture ${n} of ${of}, ${years}:`,
  /** The events as text were cut to fit a message: `next` is the command that lists the next ones; `exampleTopic`, for the course's, a topic's id. */
  timelineTextMore: (n: number, next: string, exampleTopic?: string) =>
    `And ${n} more: ${next} lists the next ones${exampleTopic ? `, and /timeline topic:${exampleTopic} (or any topic) one topic's` : ''}.`,
  /** /topic's key dates were cut to fit. */
  topicDatesMore: (n: number, topic: string) => `And ${n} more: /timeline topic:${topic} lists them all.`,
  /**
   * A topic's dates after the course's last year (historians' books, the archives opening): listed, not drawn, so
   * the timeline is not stretched over decades. /topic's field, and the heading of /timeline's list.
   */
  topicLaterField: (year: number) => `After ${year}`,
  timelineLaterHeading: (year: number) => `After ${year} (listed, not drawn):`,
  topicLaterMore: (n: number) => `And ${n} more.`,
  /** Before a chart's figures as text. */
  chartTextHeading: (unit: string) => `The figures, in ${unit}:`,
  chartTextLine: (when: string, figures: readonly string[]) => `${when}: ${figures.join('; ')}`,
  chartTextMore: (n: number) => `And ${n} more years.`,
  /** One figure as text: "68 to 75 (plan target)", "1.3 (later estimate, camps and colonies)". */
  chartTextFigure: (value: string, kind: string, measure?: string) => `${value} (${kind.toLowerCase()}${measure ? `, ${measure}` : ''})`,
  /** What a picture is, in a few words: the console says it before the file's path. */
  timelineLabel: (title: string, part?: readonly [number, number]) => `Timeline of ${title}${part ? `, picture ${part[0]} of ${part[1]}` : ''}`,
  chartLabel: (title: string) => `Chart of ${title.toLowerCase()}`,
  kinds: Object.freeze({ target: 'Plan target', official: 'Official claim', estimate: 'Later estimate' }),
  kindsPlural: Object.freeze({ target: 'plan targets', official: 'official claims', estimate: 'later estimates' }),
  chartSubtitle: (unit: string, kinds: readonly string[]) => `${unit} · ${kinds.join(', ')}`,
  chartTitle: (title: string) => `Chart: ${title}`,
  chartBody: (note: string) => note,
  chartFooter: (sources: readonly string[]) => `Sources: ${sources.join('; ')}`,
  chartMissing: (list: string) => `Which chart? Try one of: ${list}.`,
  chartUnknown: (typed: string, list: string) => `There is no chart called "${typed}". The charts: ${list}.`,
  chartAlt: (title: string, unit: string, years: string, groups: readonly { readonly name: string; readonly figures: string }[]) =>
    `Chart of ${title.toLowerCase()}, ${years}, in ${unit}. ${groups.map((g) => `${g.name}: ${g.figures}.`).join(' ')}`,
  timelineTopicTitle: (topic: string) => `Timeline: ${topic}`,
  years: yearSpan,
  timelineYearsTitle: (from: number, to: number) => `Timeline, ${yearSpan(from, to)}`,
  /** Under a timeline picture's title; `part` ([2, 6]) when the timeline takes several pictures. */
  timelineSubtitle: (count: number, from: number, to: number, part?: readonly [number, number]) =>
    `${count} key dates and events, ${yearSpan(from, to)}${part ? ` · picture ${part[0]} of ${part[1]}` : ''}`,
  /** `parts`: the years of each picture when there are several. */
  timelineBody: (count: number, shown: number, parts: readonly string[]) =>
    shown < count
      ? `The first ${shown} of ${count} dated events${parts.length > 1 ? `, in ${parts.length} pictures (${parts.join(', ')})` : ''}; narrow the years with from and to to see the rest.`
      : `${count} key dates and events, in order${parts.length > 1 ? `, in ${parts.length} pictures so that each stays readable: ${parts.join(', ')}` : ''}.`,
  /** When the years asked for reach beyond the dated events. */
  timelineYearsShown: (first: number, last: number) =>
    first === last
      ? `In the years you asked for, there are dated events only in ${first}, so the timeline shows ${first}.`
      : `In the years you asked for, there are dated events only from ${first} to ${last}, so the timeline shows ${first}–${last}.`,
  timelineNothing: 'No dated events fall in those years. The course runs from 1924 to 1941; try /timeline from:1928 to:1932.',
  timelineBadYears: (from: number, to: number) => `"from" (${from}) must not be after "to" (${to}).`,
  /** `shown`: the items that fit in the alt text, in order; the rest are counted. */
  timelineAlt: (title: string, count: number, shown: readonly string[]) =>
    `Timeline of ${title}: ${count} dates in order. ${shown.join('; ')}${shown.length < count ? `; and ${count - shown.length} more` : ''}.`,
  /** What a timeline of years (no topic) is of, in its alt text. */
  timelineYearsAbout: (from: number, to: number) => `the events of ${yearSpan(from, to)}`,
  /** When a picture cannot be drawn (the drawing worker failed): the reply goes as text with this line. */
  drawFailed: 'The picture could not be drawn just now, so here it is as text. Try again in a moment.',
  /** The podium picture under /leaderboard (the text list stays, for screen readers). */
  podiumPoints: (points: string) => `${points} points`,
  podiumAlt: (title: string, places: readonly string[]) => `Podium of the ${title.toLowerCase()}: ${places.join('; ')}.`,
  podiumAltPlace: (ordinal: string, name: string, points: string) => `${ordinal} ${name}, ${points} points`,
});

/** Homework (issue 14): set by a teacher, done privately by each student, reported to the teacher. */
export const HOMEWORK_MESSAGES = Object.freeze({
  postTitle: (id: string, topic: string | null) => `Homework ${id}: ${topic ?? 'all topics'}`,
  postBody: (teacher: string, questions: number, seconds: number, due: string, timeZone: string) =>
    `${teacher} set homework: ${questions} quiz question${questions === 1 ? '' : 's'}, ${seconds} seconds each, done privately, one attempt each. ` +
    `**Due ${due}** (${timeZone}).\n\nPress **Start** when you are ready: the questions come one after another, and each answer is locked once given. ` +
    'At the end you see your score and the explanations of what you missed.',
  postFooter: '/homework lists the homework open in this server',
  postClosedFooter: 'This homework is closed: it can no longer be started.',
  startButton: 'Start',
  startButtonFor: (id: string) => `Start ${id}`,
  set: (id: string, questions: number, topic: string | null, due: string, timeZone: string) =>
    `Set homework ${id}: ${questions} question${questions === 1 ? '' : 's'} on ${topic ?? 'all topics'}, due ${due} (${timeZone}). ` +
    `It is posted in this channel with a Start button. \`/tutor homework report assignment:${id}\` shows who has done it.`,
  /** Seconds typed outside HOMEWORK_DEFAULTS' range: what is used instead. */
  setSecondsAdjusted: (seconds: number, shortest: boolean) =>
    `(Each question has ${seconds} seconds, the ${shortest ? 'shortest' : 'longest'} allowed.)`,
  setFewer: (available: number) => `(That topic has ${available} quiz question${available === 1 ? '' : 's'} for this class, so the homework has that many.)`,
  dueUnreadable: (typed: string, timeZone: string) =>
    `I could not read "${typed}" as a due time. Write a date and time such as 2030-01-10T09:00 or 2030-01-10 9am, ` +
    `or a day and time such as friday 9am, next monday or tomorrow 17:30 (in ${timeZone}, the server's time zone: /tutor timezone changes it).`,
  duePast: (due: string, timeZone: string) => `That due time, ${due} (${timeZone}), has already passed. Choose a time in the future.`,
  tooMany: (limit: number) =>
    `This server already has ${limit} homework assignments open, the most there can be. Close one with /tutor homework close, or wait until one is due.`,
  noQuestions: (topic: string | null) => `There are no quiz questions${topic ? ` on ${topic}` : ''} for this class yet, so there is nothing to set.`,
  questionTitle: (id: string, n: number, total: number) => `Homework ${id} · question ${n} of ${total}`,
  questionFooter: (seconds: number) => `${seconds} seconds · only you can see this · your answer is locked once given`,
  late: (n: number) => `Time was up for question ${n}, so it counts as unanswered.`,
  /** The console, when a question's time runs out (said then, as a quiz round's reveal is), with a Go on button on S. */
  consoleTimeUp: (id: string, n: number, key: string) => `⏱ Time is up for question ${n} of homework ${id}: it counts as unanswered. Press ${key} to go on.`,
  consoleGoOn: 'Go on',
  /** A letter typed after that: it answers nothing, and the next question is not shown (its time would start). */
  consoleTimeUpKey: (n: number, key: string) => `Question ${n}'s time is up, so that answer does not count. Press ${key} for the next question.`,
  locked: 'Your answer to that question is locked: answers cannot be changed.',
  finishedTitle: (id: string, score: number, total: number) => `Homework ${id} done: ${score}/${total}`,
  finishedBody: (score: number, total: number) =>
    score === total ? `You got all ${total} right. Well done!` : `You got ${score} of ${total} right.`,
  cutShort: 'The homework closed before you finished: the questions you had not reached count as unanswered.',
  alreadyDone: 'You have done this homework already (one attempt each): here is how it went.',
  missedField: 'What you missed',
  missedFieldMore: 'What you missed (continued)',
  missedLine: (n: number, prompt: string, answer: string, explanation: string, given: string | null) =>
    `**${n}. ${prompt}**\n${given === null ? 'Not answered in time.' : `You said ${given}.`} The answer: **${answer}**. ${explanation}`,
  toDeck: 'What you missed is now in your review deck: /review brings it back before you forget it.',
  closed: (id: string) => `Homework ${id} is closed, so it can no longer be started.`,
  unknown: 'That homework no longer exists.',
  questionGone: 'A question of this homework is no longer in the notes, so it cannot be shown. Tell your teacher.',

  listTitle: 'Homework',
  listNone: 'No homework is open in this server just now.',
  listLine: (id: string, topic: string | null, questions: number, due: string, status: string) =>
    `**${id}** · ${topic ?? 'all topics'} · ${questions} question${questions === 1 ? '' : 's'} · due ${due} — ${status}`,
  statusNotStarted: 'not started',
  statusWorking: 'started: press Start to go on',
  statusDone: (score: number, total: number) => `done: ${score}/${total}`,

  teacherListTitle: 'Homework in this server',
  teacherListNone: 'No homework has been set here yet. `/tutor homework set` sets some.',
  teacherListLine: (id: string, topic: string | null, due: string, open: boolean, finished: number, started: number) =>
    `**${id}** · ${topic ?? 'all topics'} · ${open ? 'due' : 'closed, was due'} ${due} · ${finished} finished${started > finished ? `, ${started - finished} started` : ''}`,
  teacherListFooter: (open: number, limit: number) => `${open} of at most ${limit} open · /tutor homework report shows one in full`,
  closedNow: (id: string, finished: number) =>
    `Closed homework ${id}: ${finished} student${finished === 1 ? '' : 's'} finished it. Attempts under way end as they stand, and the Start button no longer works.`,
  closedAlready: (id: string) => `Homework ${id} was already closed.`,
  whichAssignment: 'Which homework? Give its id, such as h3 (`/tutor homework list` shows them).',
  noSuchAssignment: (typed: string) => `There is no homework "${typed}" in this server. \`/tutor homework list\` shows them.`,
  noAssignments: 'No homework has been set in this server yet.',

  reportTitle: (id: string, topic: string | null) => `Homework ${id} report: ${topic ?? 'all topics'}`,
  /** `closedEarly`: when a teacher closed it before its due time (null when it ran, or runs, to it). */
  reportSummary: (setBy: string, due: string, open: boolean, closedEarly: string | null, done: number, working: number, unfinished: number, accuracy: string | null) =>
    `Set by ${setBy}, ${closedEarly !== null ? `due ${due}, closed early by a teacher on ${closedEarly}` : `${open ? 'due' : 'closed, was due'} ${due}`}. ${done} finished` +
    `${working > 0 ? `, ${working} still working on it` : ''}` +
    `${unfinished > 0 ? `, ${unfinished} did not finish ${closedEarly !== null ? 'before it was closed' : 'in time'}` : ''}.` +
    `${accuracy === null ? '' : ` The class got ${accuracy} of the answers right.`}`,
  reportNobody: 'Nobody has started it yet.',
  reportStudents: 'Students',
  reportStudentLine: (name: string, score: number, total: number, status: 'done' | 'working' | 'unfinished') =>
    `${name}: ${score}/${total}${status === 'working' ? ' (working on it)' : status === 'unfinished' ? ' (did not finish)' : ''}`,
  reportQuestions: 'Per question',
  reportQuestionLine: (n: number, right: number, reached: number, prompt: string) =>
    `Q${n}: ${reached === 0 ? 'nobody yet' : `${Math.round((100 * right) / reached)}% right (${right}/${reached})`} · ${prompt}`,
  reportMostMissed: 'Most missed',
  reportMissedLine: (n: number, missed: number, prompt: string, answer: string) => `Q${n}, missed by ${missed}: ${prompt} (the answer: ${answer})`,
  reportNotStarted: 'Not started (students the tutor knows here)',
  reportFooter: 'The CSV has one row per student and opens in a spreadsheet. Only you can see this.',
  more: (n: number) => `…and ${n} more (all in the CSV)`,
});

/** Teacher settings (issue 14): the teacher role and the server's time zone. */
export const TEACHER_MESSAGES = Object.freeze({
  needsTeacher: 'Only a teacher can do that: someone with the Manage Server permission, or with the teacher role set by /tutor teacher-role.',
  roleSet: (role: string) =>
    `Members with ${role} can now set homework and read reports (/tutor homework, /tutor report). Discord shows /tutor only to Manage Server by default: ` +
    'in Server Settings → Integrations → this bot → /tutor, allow that role too.',
  roleCleared: 'There is no teacher role now: only members with Manage Server can set homework and read reports.',
  roleConsole: 'The console has no roles: everyone here counts as a teacher.',
  timeZoneSet: (zone: string, now: string) => `This server's time zone is now ${zone} (it is ${now} there). Homework due times are read and shown in it.`,
  timeZoneUnknown: (typed: string) => `"${typed}" is not a time zone I know. Use a name such as Europe/London, Europe/Dublin or America/New_York (the list suggests them as you type).`,
  timeZoneShow: (zone: string, now: string) => `This server's time zone is ${zone} (it is ${now} there). \`/tutor timezone zone:Europe/Dublin\` changes it.`,
});

/** The teacher's class report (issue 14): /tutor report [period]. */
export const REPORT_MESSAGES = Object.freeze({
  title: (period: 'week' | 'month' | 'all') => `Class report: ${period === 'week' ? 'the last 7 days' : period === 'month' ? 'the last 30 days' : 'all the time kept'}`,
  summary: (students: number, answered: number, accuracy: string | null, asked: number, reviewed: number) =>
    `**${students}** student${students === 1 ? '' : 's'} active · **${answered}** quiz question${answered === 1 ? '' : 's'} answered` +
    `${accuracy === null ? '' : ` (${accuracy} right)`} · **${asked}** question${asked === 1 ? '' : 's'} asked with /ask · **${reviewed}** card${reviewed === 1 ? '' : 's'} reviewed`,
  nothing: 'Nothing was recorded in this period: no quiz questions answered, no questions asked, no cards reviewed.',
  topicsField: 'Accuracy per topic, weakest first',
  topicLine: (topic: string, accuracy: number, correct: number, answered: number) => `${topic}: ${Math.round(accuracy * 100)}% (${correct}/${answered})`,
  missedField: 'Quiz questions most missed',
  missedLine: (n: number, prompt: string, wrong: number, answered: number) => `${n}. ${prompt} — ${wrong} of ${answered} answer${answered === 1 ? '' : 's'} wrong`,
  unansweredField: 'Questions I could not answer, most asked first',
  unansweredLine: (question: string, count: number) => `"${question}" ×${count}`,
  footer: (from: string | null, to: string) =>
    `${from ? `Days ${from} to ${to} (UTC)` : `Up to ${to} (UTC)`} · quiz answers count rounds and homework · the CSV has a row per student and topic · only you can see this`,
  periodUnknown: (typed: string) => `"${typed}" is not a period: use week, month or all.`,
  /** The chart of accuracy per topic attached to the report (its words, and its alt text). */
  chartTitle: 'Accuracy per topic',
  chartSubtitle: (period: 'week' | 'month' | 'all') =>
    `Quiz answers right, weakest topic first · ${period === 'week' ? 'the last 7 days' : period === 'month' ? 'the last 30 days' : 'all the time kept'}`,
  chartCounts: 'right / answered',
  chartAlt: (rows: readonly string[]) => `Bar chart of the class's accuracy per topic, weakest first: ${rows.join('; ')}.`,
  chartAltRow: (topic: string, percent: string, correct: number, answered: number) => `${topic} ${percent} (${correct} of ${answered} right)`,
});

/** Date questions generated from the dated events (src/quiz/chronology.ts) and /quiz start kind:. */
export const CHRONOLOGY_MESSAGES = Object.freeze({
  firstPrompt: 'Which of these happened first?',
  orderPrompt: 'Put these in order, earliest first: press all four buttons, one after another.',
  // A question mark before the event, whose title may have a colon of its own ("Third Moscow show trial: Bukharin…").
  yearPrompt: (title: string) => `In which year did this happen? ${title}`,
  firstExplanation: (dated: readonly string[]) => `In order: ${dated.join('; ')}.`,
  /** The event and its year, then a sentence of the notes on it, or at least its topic. */
  yearExplanation: (title: string, year: number, context: { readonly sentence?: string; readonly topic?: string }) =>
    `${title}: ${year}.${context.sentence ? ` ${context.sentence}` : context.topic ? ` (Topic: ${context.topic}.)` : ''}`,
  /** A "which first" or "in order" question in a teacher's report, where its buttons are not shown: its events named. */
  reportFirst: (events: readonly string[]) => `Which of these happened first? ${events.join('; ')}`,
  reportOrder: (events: readonly string[]) => `Put these in order: ${events.join('; ')}`,
  kindChoices: Object.freeze([
    { name: 'Mixed: facts, and about one in four a date question (the default)', value: 'mixed' },
    { name: 'Facts: the written questions only', value: 'facts' },
    { name: 'Dates: which came first, in which year, and putting events in order', value: 'dates' },
  ]),
  /** "Put these in order": what a player is told after each press (privately), and the reveal. */
  // True whether a wrong press ends the go at once (told privately) or only shows at the reveal (players sharing a screen).
  orderFooter: 'Press all four, earliest first: one out of order makes the whole order wrong',
  orderPlaced: (keys: readonly string[], left: number) =>
    `${keys.at(-1) ?? ''} is ${ordinal(keys.length)} in your order: ${keys.join(', ')} so far. Press the next one (${left} to go).`,
  orderDone: (keys: readonly string[]) => `Your order is in: ${keys.join(', ')}, every one in the right place. Locked in.`,
  /** Players sharing one screen: a finished order, right or wrong, is only locked in. */
  orderLockedIn: (keys: readonly string[]) => `Your order is in: ${keys.join(', ')}. Locked in: whether it is right shows when answers close, with everyone's.`,
  orderOutOfOrder: (keys: readonly string[]) =>
    `${keys.at(-1) ?? ''} is not next, so your go ends here and counts as wrong (you pressed ${keys.join(', ')}). The right order comes when answers close.`,
  orderRepeated: (key: string, keys: readonly string[]) => `You already pressed ${key}: your order so far is ${keys.join(', ')}. Press the next one.`,
  revealOrderTitle: (keys: readonly string[]) => `The order: ${keys.join(', ')}`,
});

/** Voice (issue 17): what the tutor says aloud in a quiz round, and its replies about voice channels. */
export const VOICE_MESSAGES = Object.freeze({
  /** Said aloud (src/voice/script.ts): written to be heard, so no Markdown and every line a sentence. */
  spoken: Object.freeze({
    question: (n: number, total: number, prompt: string, choices: readonly { readonly letter: string; readonly text: string }[]) =>
      `Question ${n} of ${total}. ${prompt} ${choices.map((c) => `${c.letter}: ${c.text}`).join(' ')}`,
    timeLeft: (seconds: number) => `${seconds === 10 ? 'Ten' : seconds === 5 ? 'Five' : seconds} seconds left.`,
    answer: (choice: { readonly letter: string; readonly text: string }, explanation: string) => `The answer is ${choice.letter}: ${choice.text} ${explanation}`,
    order: (choices: readonly { readonly letter: string; readonly text: string }[], explanation: string) =>
      `The right order is: ${choices.map((c) => `${c.letter}: ${c.text}`).join(' Then ')} ${explanation}`,
    end: (reason: 'completed' | 'stopped' | 'idle' | 'shutdown' | 'unpostable', winners: readonly string[], points: number) => {
      const why = { completed: 'That was the last question.', stopped: 'The quiz was stopped.', idle: 'Nobody answered two questions in a row, so the quiz is over.', shutdown: 'The quiz is over.', unpostable: 'The quiz is over.' }[reason];
      const n = points.toLocaleString('en-GB');
      const who =
        winners.length === 0
          ? 'Nobody scored this time.'
          : winners.length === 1
            ? `The winner is ${winners[0] ?? ''}, with ${n} points.`
            : `${joinedWithAnd(winners)} share first place, with ${n} points.`;
      return `${why} ${who} Thanks for playing.`;
    },
  }),
  voiceOption: 'Read the round aloud in the voice channel you are in',
  commandDescription: 'The tutor in a voice channel',
  leaveDescription: 'Make the tutor leave its voice channel (whoever asked it there, or a moderator)',
  startNote: (channel: string) => `I will read each question, its choices and the answer aloud in ${channel}.`,
  notInVoice: 'To have the round read aloud, join a voice channel first, then start it again (or start it without voice).',
  /** `missing`: the names of the permissions the tutor lacks there (permission). */
  cannotSpeak: (channel: string, missing: readonly string[]) => {
    const list = joinedWithAnd(missing);
    return `I cannot speak in ${channel}: I need ${list} there. Ask someone who manages the server to allow it, or start the quiz without voice.`;
  },
  /** Discord's names for what the tutor needs in a voice channel. */
  permission: Object.freeze({ 'view-channel': 'View Channel', connect: 'Connect', speak: 'Speak' }),
  busyQuiz: (channel: string) =>
    `I am already reading a quiz aloud in ${channel}, and I can be in only one voice channel in a server. Join that one, or wait for that quiz to end.`,
  busyAnswers: (channel: string) =>
    `I am reading answers aloud in ${channel} just now, and I can be in only one voice channel in a server. Try again in a minute.`,
  joinFailed: Object.freeze({
    timeout: 'I could not connect to your voice channel in time. Try again, or start the quiz without voice.',
    'dave-required':
      "Discord refused my voice connection because it did not use Discord's end-to-end encryption (DAVE). Whoever runs the tutor should update it and run it on Node 24 or 22 (see the README).",
    refused: 'Discord refused my voice connection. Try again later, or start the quiz without voice.',
    unavailable: 'Your voice channel is not available to me just now. Try again, or start the quiz without voice.',
  }),
  unavailable: 'Reading aloud is not available here.',
  readAloudButton: 'Read aloud',
  readAloudStarted: (channel: string) => `Reading it aloud in ${channel}.`,
  readAloudNotInVoice: 'Join a voice channel first, then press Read aloud again.',
  readAloudCannotSpeak: (channel: string, missing: readonly string[]) =>
    `I cannot speak in ${channel}: I need ${missing.join(', ')} there. Ask someone who manages the server to allow it.`,
  /** Said aloud by Read aloud for what a reply shows as a list (key dates, key words), a review card's answer and a practice question. */
  aloud: Object.freeze({
    /** The list was longer than a listener can take in one go: the rest is on the screen. */
    moreOnScreen: (n: number) => (n === 1 ? 'One more is on the screen.' : `${n} more are on the screen.`),
    keyDates: 'Key dates.',
    terms: (terms: readonly string[]) => `Key words: ${terms.join(', ')}`,
    people: (people: readonly string[]) => `People: ${people.join(', ')}`,
    cardAnswer: (answer: string) => `The answer: ${answer}`,
    practice: (marks: number, minutes: number) => `${marks} ${marks === 1 ? 'mark' : 'marks'}. Allow about ${minutes} minutes.`,
  }),
  /** The user's voice channel is one the tutor cannot use whatever its permissions: a Stage, or full. */
  stageChannel: (channel: string, forAnswer: boolean) =>
    `${channel} is a Stage channel, where I could only listen. Join an ordinary voice channel${forAnswer ? ', then press Read aloud again.' : ', then start the quiz again (or start it without voice).'}`,
  channelFull: (channel: string, forAnswer: boolean) =>
    `${channel} is full, so I cannot join it. ${forAnswer ? 'Try again when there is room.' : 'Make room, or start the quiz without voice.'}`,
  leaveNone: 'I am not in a voice channel in this server.',
  leaveNotAllowed: (starter: string) => `Only ${starter}, who asked me into the voice channel, or a moderator can make me leave.`,
  left: (name: string, channel: string, quiz: boolean) => `${name} asked me to leave ${channel}.${quiz ? ' The quiz goes on here in text.' : ''}`,
  leftAlone: (channel: string) => `Nobody was left to listen in ${channel}, so I left it. The quiz goes on here in text.`,
  leftLost: (channel: string) => `I was disconnected from ${channel}. The quiz goes on here in text.`,
  consoleChannel: 'the console (as WAV files)',
  consoleAudio: (file: string) => `Audio: ${file}`,
});

/** What the retention sweep deletes (src/leaderboard/retention.ts), as /tutor retention's replies say it. */
function retentionSweeps(days: number): string {
  return (
    `students who have not played for ${days} day${days === 1 ? '' : 's'} are deleted with their scores, ` +
    'and review cards, homework, /practice marks, days of activity and unanswered questions older than that go too'
  );
}

/** Students' own copy of their data (/my-data, /tutor export user:) and deleting what direct messages keep (issue: privacy review, part C). */
export const DATA_MESSAGES = Object.freeze({
  /** The file's first field: what it is. */
  fileAbout:
    "Everything the Stalin's USSR tutor keeps about one student, by their Discord user id: per place (a server, or direct messages with the tutor), " +
    'their leaderboard record and scores, /practice marks, review cards and exam date, homework attempts and each day\'s activity. Times are in UTC.',
  filePlaceServer: (guildId: string) => `server ${guildId}`,
  filePlaceDm: 'direct messages with the tutor',
  fileKeptFor: (days: number) => `activity older than ${days} days is deleted every day`,
  fileNotIncluded:
    'Questions the tutor could not answer, and answers marked "Not what I asked", are kept without any user id, so none of them can be told apart as this student\'s. ' +
    'Copies made earlier (reports and exports a teacher downloaded, backups) are not in this file: ask the school.',
  /** /my-data: `inServer` when asked in a server (the file covers that server), else in a DM (the direct messages). */
  myDataDone: (inServer: boolean) =>
    (inServer
      ? 'Here is a copy of everything the tutor keeps about you in this server. For what your direct messages with it keep, use /my-data in a DM with the tutor.'
      : 'Here is a copy of everything the tutor keeps about you in your direct messages with it. Use /my-data in a server for what is kept there.') +
    ' It is a JSON file: any text editor opens it. Questions the tutor could not answer are kept without your id, so they are not in it. Only you can see this.',
  myDataNothing: (inServer: boolean) =>
    inServer
      ? 'The tutor keeps nothing about you in this server, so there is no file to give you. For what your direct messages with it keep, use /my-data in a DM with the tutor.'
      : 'The tutor keeps nothing about you in your direct messages with it. Use /my-data in a server for what is kept there.',
  /** /tutor export user: `name` as shown, `file` the file's name. */
  exportStudentDone: (name: string, file: string) =>
    `${file} holds what the tutor keeps about ${name} in this server, and no other student's data: ` +
    'it answers their request for a copy of their data. Questions the tutor could not answer are kept without user ids, so none can be told apart as theirs. ' +
    'What their direct messages with the tutor keep, the student gets themselves with /my-data in a DM. ' +
    'Keep the file on school systems and delete it once it has been given to them. Only you can see this message.',
  exportStudentNothing: (name: string) =>
    `The tutor keeps nothing about ${name} in this server, so there is no file to give. ` +
    'What their direct messages with the tutor keep, a student gets themselves with /my-data in a DM.',
  exportUnknownName: (name: string) => `No student in this server's data is known as ${name}, so there is no file.`,
  exportDidYouMean: (names: readonly string[]) => `Did you mean ${names.map((n) => `"${n}"`).join(' or ')}? Run /tutor export again with the full name.`,
  exportKnownById: (ids: readonly string[], more: number) =>
    `These students are known only by id (a leaderboard reset removes names): ${ids.join(', ')}${more > 0 ? ` and ${more} more` : ''}. Run /tutor export with the id.`,
  /** After /tutor forget's reply: a server's teacher never reaches what direct messages keep. */
  forgetNotDms: 'What their direct messages with the tutor keep, a student deletes themselves with /forget-me in a DM (and gets a copy of with /my-data there).',
  /** /forget-me in a direct message: only what the direct messages keep. */
  forgetMeDmTitle: 'Delete what the tutor keeps from your direct messages?',
  forgetMeDmConfirm:
    'This deletes your /review cards, your exam date and how many cards you reviewed each day in direct messages with the tutor, at once and for good. ' +
    'What a server keeps about you stays: use /forget-me in that server for it.',
  forgetMeDmDone: 'Done: everything the tutor kept from your direct messages with it has been deleted.',
  forgetMeDmNothing: 'The tutor kept nothing from your direct messages with it, so there was nothing to delete.',
});

/** /ask's answers to what a student asks of a subject (src/commands/ask-subject.ts): its historians, its other side, its evidence, its figures, an essay plan. */
export const ASK_SUBJECT_MESSAGES = Object.freeze({
  /** "Which one is more convincing?" after a debate: the student's judgement, the sides, how to weigh them. */
  judgementYours: 'Which view is more convincing is your judgement to make: my notes set the historians side by side, and there is no right answer to copy.',
  judgementSides: (debate: string, sides: string) => `The sides in "${debate}": ${sides}.`,
  judgementHow: 'Test each view against the evidence you know (what it explains, what it leaves out, the sources it rests on), then say which you find stronger and why. Press a button for the whole debate.',
  /** The line above the entry that answers the request, naming the question it was asked of. */
  note: (kind: SubjectAsk, subject: string) =>
    ({
      historians: `The historians' views on "${subject}":`,
      judge: `To weigh the views in "${subject}", here is where historians stand:`,
      counter: `The other side of "${subject}", or the debate on it:`,
      evidence: `The evidence behind "${subject}":`,
      figures: `The figures for "${subject}":`,
      plan: `A plan for "${subject}":`,
    })[kind],
  charts: (ids: readonly string[]) => `As ${ids.length === 1 ? 'a chart' : 'charts'}: ${ids.map((id) => `/chart ${id}`).join(', ')}.`,
  /** "Which historian says that?" after an answer that names its historians: who says what in it. */
  whoSaysTitle: 'Which historians say it',
  whoSays: (subject: string) => `Who says what in my answer to "${subject}":`,
  whoSaysMore: (buttons: number) => `For more on ${buttons === 1 ? 'a historian' : 'these historians'}' views, press a button below.`,
  noneTitle: (kind: SubjectAsk) =>
    ({ historians: "Historians' views", judge: 'Weighing the views', counter: 'The other side', evidence: 'The evidence', figures: 'The figures', plan: 'An essay plan' })[kind],
  /** No entry gives what was asked on the subject: said plainly, with the questions next to it. */
  none: (kind: SubjectAsk, subject: string, buttons: number) =>
    ({
      historians: `My notes name no historians on "${subject}" beyond what my answer said.`,
      judge: `My notes do not weigh the views in "${subject}" any further than my answer did.`,
      counter: `My notes do not set out a separate counter-argument to "${subject}".`,
      evidence: `My notes don't give more evidence for "${subject}" than my answer did.`,
      figures: `My notes have no more figures on "${subject}" than my answer gave.`,
      plan: `My notes have too little on "${subject}" to plan an essay from.`,
    })[kind] +
    (buttons > 0 ? ` ${buttons === 1 ? 'This related question may help' : 'These related questions may help'}: press a button below.` : ' Ask me about one part of it, in your own words.'),
  /** Under `none`: the sentences of the last answer that carry evidence of their own (figures, documents). */
  lastAnswerGives: (sentences: string) => `What my answer itself gives: ${sentences}`,
  /** Above the question's own answer when the notes have nothing of the kind asked on it. */
  noneAbove: (kind: SubjectAsk, subject: string) =>
    ({
      historians: `My notes name no historians on "${subject}"; here is what they say on it.`,
      judge: `My notes do not weigh the views in "${subject}"; here is what they say on it.`,
      counter: `My notes set out no separate counter-argument to "${subject}"; here is what they say on it.`,
      evidence: `My notes give no separate evidence for "${subject}"; here is what they say on it.`,
      figures: `My notes have no separate figures for "${subject}"; here is what they say on it.`,
      plan: `My notes have too little to plan "${subject}"; here is what they say on it.`,
    })[kind],
  /** "Give me a counter-argument" with no answer just above to argue against. */
  nothingBefore: (kind: SubjectAsk) =>
    ({
      historians: 'Which subject? Ask me a question first, then ask what historians say about it.',
      judge: 'Which views? Ask me about a debate first, for example: /ask compare Conquest and Getty on the Terror',
      counter: 'A counter-argument to what? Ask me your question first, for example: /ask how successful were the Five-Year Plans, then ask for the other side.',
      evidence: 'Evidence for what? Ask me your question first, then ask for the evidence.',
      figures: 'Which figures? Ask me about a subject first, for example: /ask how much did steel output grow, or try /chart steel',
      plan: 'A plan for which question? Give me the question too, for example: /ask give me an essay plan: How successful was the NEP?',
    })[kind],
  planTitle: (question: string) => `Essay plan: ${question}`,
  planFromPractice: (prompt: string) => `From the practice question "${prompt}" (/practice sets it, and marks your answer):`,
  planJudgement: (question: string, opening: string) => `**Judgement to argue** (from "${question}"): ${opening}`,
  planJudgementYours: '**Judgement:** decide your answer to the question first and say it in your opening sentence.',
  /** Under a plan of fewer than two points. */
  planThin: 'My notes have little on this question itself: use /topic for the rest of the topic.',
  planParagraphs: '**Paragraphs**, one per point, each with specific evidence and a link back to the question (press a button for the whole note):',
  planHistorians: (question: string, opening: string) => `**Historians to use** ("${question}"): ${opening}`,
  planConclusion: '**Conclusion:** weigh the points against each other, say which mattered most and why, and answer the question directly.',
  planFooter: 'A plan from my notes, not the only good answer: use your own words and your own evidence.',
  /** Headings of a plan that weighs named factors (src/matching/essay-form.ts). */
  planOnFactor: (factor: string) => `**On ${factor}:**`,
  planOtherFactors: '**Other factors**, to weigh against it:',
  planOtherFactorsThin: '**Other factors:** my notes have little on the other reasons here: use /topic for the rest of the topic, and weigh at least two against it.',
  planJudgementFactor: (factor: string) =>
    `**Judgement:** none of my notes weighs ${factor} against the other reasons, so the judgement is yours. Say in your opening sentence how far you agree that it mattered most (e.g. "It was important, because…, but … mattered more"), and come back to it in your conclusion.`,
  planJudgementCompare: (a: string, b: string) =>
    `**Judgement:** none of my notes weighs ${a} against ${b}, so the judgement is yours. Say in your opening sentence which mattered more and why, and come back to it in your conclusion.`,
  planConclusionFactor: (factor: string) =>
    `**Conclusion:** weigh ${factor} against the other factors (did it matter most, or only with the others?), say why, and answer the question: how far do you agree?`,
  planConclusionCompare: (a: string, b: string) => `**Conclusion:** say which mattered more, ${a} or ${b}, and why; show how they worked together, and answer the question directly.`,
});

/** /ask's replies to a student revising the whole course: worried about the exam, asking where to start or for a plan (src/commands/revision.ts). */
export const REVISION_MESSAGES = Object.freeze({
  worryTitle: 'Exam nerves are normal',
  worry:
    'Feeling stressed before an exam is normal: it usually means you care about doing well. You do not have to revise everything at once. ' +
    'Short sessions on one thing at a time work better than long ones, and a few days of them make a real difference.',
  /** Under the kind words: where to start, the student's weakest topic first when their results are known. */
  worryStartWeakest: (topic: string, id: string, percent: number) =>
    `**A way to start, today (about 30 minutes):**\n1. Your weakest topic so far is **${topic}** (${percent}% right in your quizzes and practice; only you see this). Read what to know for it: \`/ask what should I revise for ${id}\` (its whole page: \`/topic ${id}\`).`,
  worryStartCore: (topics: readonly string[]) =>
    `**A way to start, today (about 30 minutes):**\n1. Pick the one of these you feel least sure of (every exam board asks about them) and read what to know for it (\`/ask what should I revise for <name>\`): ${topics.join(', ')}.`,
  worryStartTopic: (topic: string, id: string) => `**A way to start, today (about 30 minutes):**\n1. Read what to know for **${topic}** below, or its whole page: \`/topic ${id}\`.`,
  worrySteps: (id: string | undefined) =>
    `2. Test yourself on it: \`/quiz start topic:${id ?? '<name>'}\`, or answer one exam question and get it marked: \`/practice ${id ?? '<name>'}\`.\n` +
    '3. Tomorrow, `/review` brings back what you got wrong, so it sticks.\n\nFor the whole week, day by day: `/ask make me a revision plan for this week`.',
  worryMore: 'If it feels like more than exam nerves, talk to a teacher or an adult you trust.',
  /** Above a reply to another request from a worried student ("so stressed, test me on the famine"). */
  worryLine: 'Exam nerves are normal: one step at a time.',
  startTitle: 'Where to start',
  /** "What is likely to come up": honest that no one knows. */
  comesUp:
    'No one knows what will come up: the boards do not publish their questions, and any "prediction" is a guess. ' +
    "I can't see your paper: check your board's specification and past papers, and ask your teacher. " +
    "What is certain is that every exam board's paper on Stalin's USSR asks about these topics:",
  startCore: "Start with the topics every exam board's paper on Stalin's USSR asks about, one at a time:",
  /** The student's weakest topics, from their own results. */
  startWeakest: (topics: readonly string[]) => `Your weakest so far (from your quizzes and practice; only you see this): ${topics.join(', ')}. Start there.`,
  startHow:
    'For each: read what to know for it (`/ask what should I revise for <name>`), test yourself (`/quiz start topic:<name>`), then answer one exam question and get it marked (`/practice <name>`). ' +
    '`/review` brings back what you got wrong.',
  startFooter: 'Every topic: /topics · a plan for the week: /ask make me a revision plan for this week · one topic: /ask what should I revise for the NEP',
  /** After the topics to start with: the rest of the course, so the whole of it is in sight. */
  startThen: (topics: readonly string[]) => `Then the rest of the course: ${topics.join(', ')}.`,
  /** Where the whole course's must-know lists are. */
  startLists: 'Must-know lists for the whole course: `/ask key dates for the whole course`, `/ask key people`, `/ask key terms for the whole course`; the picture: `/timeline`.',
  courseDatesTitle: 'Key dates: the whole course, 1924–41',
  coursePeopleTitle: 'Key people: the whole course',
  courseTermsTitle: 'Key words: the whole course',
  /** Under a whole-course list: the picture, and each topic's own list. */
  courseMore: (kind: 'dates' | 'people' | 'terms') =>
    `${kind === 'dates' ? 'The picture: `/timeline`. ' : ''}One topic's own list: \`/ask key ${kind === 'terms' ? 'words' : kind} for <topic>\` (every topic: \`/topics\`).`,
  /** Above a topic's must-know list, for "what is likely to come up on the NEP". */
  comesUpTopic:
    "No one knows what will come up: the boards do not publish their questions. I can't see your paper: check your board's specification and past papers, and ask your teacher. " +
    'Here is what to know for this topic.',
  /** Under a topic's list the conversation chose ("give me the main dates I need to know" after the NEP): whose it is, and the whole course's. */
  fromConversation: (topic: string, kind: 'dates' | 'terms' | 'people' | 'must-know') =>
    `*These are for ${topic}, the topic we were on. For the whole course's: \`/ask ${kind === 'dates' ? 'key dates' : kind === 'terms' ? 'key terms' : kind === 'people' ? 'key people' : 'what should I learn'} for the whole course\`.*`,
  courseSummaryTitle: "Stalin's USSR, 1924–41: the whole course in short",
  courseSummaryFooter: 'One topic in short: /ask summary of the famine (any topic) · every topic: /topics · key dates: /ask key dates for the whole course',
  courseMustKnowTitle: 'What to know: the whole course, 1924–41',
  courseMustKnowDates: '**Dates**',
  courseMustKnowPeople: (names: readonly string[]) => `**People:** ${names.join(', ')}`,
  courseMustKnowTerms: (terms: readonly string[]) => `**Terms:** ${terms.join(', ')}`,
  courseMustKnowMore: "One topic's list: `/ask what should I learn for the NEP` (any topic: /topics).",
  /** A teacher's lesson: the tutor writes none, and says what it can give for the topic. */
  lessonTitle: (topic: string) => `Teaching ${topic}`,
  lessonNo: "I don't write lesson plans, but here is what I can give you for this topic:",
  lessonTools: (name: string, id: string) =>
    [
      '• **What to know for it**: below',
      `• **Key dates:** \`/ask key dates for ${name}\``,
      `• **A quiz:** \`/quiz start topic:${id}\``,
      `• **Homework:** \`/tutor homework set topic:${id} due:<when>\``,
      `• **Exam practice, marked:** \`/practice topic:${id}\``,
      `• **Common mistakes:** \`/ask common mistakes about ${name}\``,
    ].join('\n'),
  lessonFooter: (id: string) => `The topic's page: /topic ${id}`,
  lessonNoTopic: (topics: readonly string[]) =>
    `I don't write lesson plans, but for any topic I can give what to know for it, its key dates, a quiz (\`/quiz start\`), homework (\`/tutor homework set\`) and exam practice (\`/practice\`). Name a topic: "/ask lesson plan on the famine". The topics: ${topics.join('; ')}.`,
  /** "Common mistakes about the Terror": the topic's corrections, one a line. */
  mistakesTitle: (topic: string) => `Common mistakes: ${topic}`,
  mistakesNone: (topic: string) => `I have no common mistakes noted for ${topic}. Here is what to know for it instead:`,
  mistakesFooter: (id: string) => `The topic's page: /topic ${id} · test yourself: /quiz start topic:${id}`,
  mistakesNoTopic: 'Name a topic and I will list the common mistakes about it: "/ask common mistakes about the Terror".',
  /** A plan keeps two topics a day; the rest of the course after it. */
  planRest: (topics: readonly string[]) => `**If you have more time:** ${topics.join(' · ')}.`,
  planTitle: 'A revision plan for the week',
  planIntro: (weakestFirst: boolean) =>
    `About 45 minutes a day, two topics at most (about 20 minutes each). Each day: read each topic's page (\`/topic <name>\`), then test yourself on it (\`/quiz start topic:<name>\`)${weakestFirst ? '. Your weakest topics come first (from your quizzes and practice; only you see this)' : "; the topics every board's paper asks about come first"}.`,
  planDay: (day: number, topics: readonly string[]) => `**Day ${day}:** ${topics.join(' · ')}`,
  planReviewFirst: 'From day 2, start each day with `/review` (5 minutes): it brings back what you got wrong.',
  planPractice: (topics: readonly string[]) => `**Day 6:** one exam question on each, marked: ${topics.map((t) => `\`/practice ${t}\``).join(' · ')}. Read what the marker says you missed.`,
  planLast: '**Day 7:** a mixed quiz (`/quiz start topic:all`), `/review`, and one more look at the topics you still find hardest. Then rest.',
  planFooter: 'A plan, not a rule: move days around, but keep testing yourself. Your own board may add topics: check with your teacher.',
});
