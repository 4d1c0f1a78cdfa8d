// Every sentence the tutor says to users, in one place, so wording stays consistent across Discord
// and the console and tests can import the exact text they expect.
export const MESSAGES = Object.freeze({
  consoleBanner:
    'Stalin\'s USSR tutor — local console (no DISCORD_TOKEN set, so nothing connects to Discord).\n' +
    'Type /help for commands. To run on Discord, put DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see README).',
  consoleUnknownCommand: (name: string) => `There is no /${name} command. Type /help to see what I can do.`,
  consoleUnknownSubcommand: (name: string, typed: string, known: readonly string[]) =>
    `/${name} has no "${typed}". Try ${known.map((k) => `/${name} ${k}`).join(', ')}.`,
  consoleNoSuchButton: (typed: string, keys: readonly string[]) => `There is no ${typed} to press here: try ${keys.join(', ')}.`,
  consoleNothingToPress: 'There is nothing to press just now. Type /help for the commands.',
  consoleNotACommand: 'Commands start with a slash, e.g. /ask why did Stalin end the NEP. Type /help for the list.',
  consoleBye: 'Goodbye — good luck with your revision!',
  askEmpty: 'Ask me a question about Stalin\'s USSR, 1924–1941 — for example: /ask why did Stalin end the NEP',
  askUnknown:
    'That does not look like part of this course (Stalin\'s USSR, 1924–1941), so I will not guess. ' +
    'Try /topics to see what I can help with.',
  askNotEnglish: 'I can only read questions written in English (Latin letters). Try /ask why did Stalin end the NEP',
  askAboutTutor:
    'I am this class\'s history tutor: I answer questions about Stalin\'s USSR, 1924–1941, from notes your teacher can read and edit, ' +
    'and I run quiz rounds. I am not a general chatbot, so I only answer from those notes. Try /topics or /help.',
  askUnsure: 'I am not sure which question you mean. Did you mean one of these?',
  askAlternatives: (count: number) =>
    count === 1
      ? 'Not quite what you asked? The first button below is the closest other question.'
      : `Not quite what you asked? The first ${count} buttons below are the closest other questions.`,
  /** Under exam advice (skills entries), which rest on no course notes. */
  skillFooter: "Exam advice: boards and papers differ, so check your own board's mark scheme.",
  skillLevel: (level: 'gcse' | 'a-level' | 'both') => (level === 'gcse' ? 'GCSE' : level === 'a-level' ? 'A-level' : 'GCSE and A-level'),
  askTruncated: (max: number) => `(Your question was long, so I read only its first ${max} characters.)`,
  reviseEssayTitle: 'I will not write it for you, but I will help you write it',
  reviseEssay:
    'Your essay has to be your own work, and writing it is how you learn. Here are notes to build it from: ' +
    'press one for the whole note, make a plan (a point, its evidence, why it matters, a link to the question), ' +
    'and reach a judgement of your own.',
  reviseMustKnowTitle: (topic: string) => `What to know for ${topic}`,
  reviseMustKnowFooter: (topicId: string) => `The whole page: /topic ${topicId} · test yourself: /quiz start topic:${topicId}`,
  reviseCourseTitle: "What to know for Stalin's USSR, 1924–1941",
  reviseCourseFooter: 'For one topic: "what should I revise for the NEP?" · every topic\'s page: /topics',
  reviseTestMe: (topic: string) => `Ready to be tested on ${topic}? Press the button to start a quiz round in this channel.`,
  reviseStartQuiz: (topic: string) => `Start a quiz on ${topic}`.slice(0, 80),
  reviseDatesTitle: (topic: string) => `Key dates: ${topic}`,
  reviseTermsTitle: (topic: string) => `Key words: ${topic}`,
  askFollowUp: (previous: string) => `Reading this as a follow-up to "${previous}".`,
  askFeedbackButton: 'Not what I asked',
  askFeedbackThanks: 'Thanks: your teacher will see that this answer missed your question, so the notes can be improved. Try asking it another way.',
  askFeedbackAgain: 'You have already told me this answer missed your question. Thanks!',
  askFeedbackStale: 'That answer is from before the tutor restarted, so it can no longer be reported. Ask again and press the button on the new answer.',
  askPartsTitle: (count: number) => `Your question has ${count} parts`,
  askPartsOmitted: (count: number) =>
    `(I answered the first parts only: ask the other ${count === 1 ? 'part' : `${count} parts`} on ${count === 1 ? 'its' : 'their'} own.)`,
  askPointsTitle: 'Points to build your answer from',
  askPoints:
    'No single note answers this, so here are the notes to build your answer from, one line each. ' +
    'Press a button for the whole note; the judgement and the links between the points are yours to make.',
  topicNotFound: (name: string) => `I have no topic called "${name}". Try /topics to see them all.`,
  topicMissingName: 'Which topic? Try /topic nep, or /topics to see them all.',
  unknownAction: 'That button no longer works. Ask again, or type /help.',
  internalError: (errorId: string) =>
    `Sorry — something went wrong on my side. If it keeps happening, tell your teacher this error id: ${errorId}`,

  privacyTitle: 'What the tutor keeps about you',
  privacyBody: [
    '**In each server**, for the leaderboard and /stats: your Discord user id, your display name as it was when you last played, ' +
      'your points, answers and correct answers per topic (all time and for recent weeks), your best streak, and how many rounds you played and won. ' +
      'Nothing else: not your messages, not your e-mail, not who you are outside Discord.',
    '**Questions the tutor could not answer**, and questions whose answer someone marked "Not what I asked", are kept per server for the teacher (/tutor missed) without any user id; ' +
      'mentions, e-mail addresses and phone numbers typed into them are taken out.',
    '**Where:** in one file per server on the computer that runs the tutor (its DATA_DIR folder), nowhere else. No one outside your school sees it.',
    '**For how long:** until it is deleted. /forget-me deletes everything of yours in this server at once; ' +
      'a teacher can do the same for a student with /tutor forget, or erase the whole leaderboard with /tutor reset-leaderboard.',
  ].join('\n\n'),
  forgetMeTitle: 'Delete your data in this server?',
  forgetMeConfirm:
    'This deletes your points, answers, streaks, rounds and your name from this server\'s leaderboard and /stats, at once and for good. ' +
    'If you play again later, you start from zero.',
  forgetMeConfirmButton: 'Yes, delete my data',
  forgetMeCancelButton: 'Cancel',
  forgetMeDone: 'Done: everything the tutor kept about you in this server has been deleted.',
  forgetMeNothing: 'The tutor kept nothing about you in this server, so there was nothing to delete.',
  forgetMeCancelled: 'Cancelled: nothing was deleted.',
  forgetMeExpired: 'That confirmation has expired. Run /forget-me again.',
  forgetMeNothingInDm: 'In direct messages the tutor keeps nothing about you (questions it could not answer are kept without your id). Use /forget-me in a server to delete your scores there.',
  tutorForgetDone: (name: string) => `Deleted everything the tutor kept about ${name} in this server (scores, answers, streaks, rounds, name).`,
  tutorForgetNothing: (name: string) => `The tutor keeps nothing about ${name} in this server.`,
  tutorExport: (students: number) =>
    `Everything the tutor keeps for this server: the stored file as JSON, and the scores as CSV (one row per student and topic; ${students} student${students === 1 ? '' : 's'}). ` +
    'Only you can see this message.',
  tutorMissedWrongAnswer: (answeredWith: string) => `— answered with "${answeredWith}", and students said that was not what they asked`,
  tutorRetentionChoose: 'How many days of activity to keep? A whole number from 0 (keep everything) to 3650.',
  tutorRetentionKeep: 'Students\' activity is now kept until it is deleted (/forget-me, /tutor forget, /tutor reset-leaderboard).',
  tutorRetentionDays: (days: number) =>
    `Students who have not played for ${days} day${days === 1 ? '' : 's'} are now deleted with their scores, and so are unanswered questions not asked for as long. ` +
    'This ran just now and runs again every day.',
  tutorForgetWho: 'Which student? Pick them in the user option.',

  // Discord
  discordGuildOnly: 'That command works only in a server, not in direct messages.',
  /** Shown for a moment while a slow reply is re-sent with the right visibility. */
  discordRepliedSeparately: 'Done.',
  discordUnknownCommand: 'That command is not available any more. Type /help to see what I can do.',
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
  tutorLevelSet: (level: 'gcse' | 'a-level' | null) =>
    level === 'gcse'
      ? 'Quiz rounds here are now for a GCSE class: questions only an A-level class can be expected to know (the hard ones) are left out.'
      : level === 'a-level'
        ? 'Quiz rounds here are now for an A-level class: every question, the hard ones included.'
        : 'Quiz rounds here now ask every question, for GCSE and A-level classes alike (the default).',
  tutorLevelNotSaved: (level: 'gcse' | 'a-level' | null) =>
    `I could not save that setting (the bot could not write its data folder; whoever runs the bot can see why in its log), ` +
    `so nothing changed: quiz rounds are still for ${level === 'gcse' ? 'a GCSE class' : level === 'a-level' ? 'an A-level class' : 'every class'}. Try again later.`,
  tutorLevelChoose: 'Choose gcse, a-level or all, e.g. /tutor level class:gcse',
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
  startAdjusted: (questions: number, seconds: number) =>
    `(Rounds have 3–20 questions and 10–60 seconds per question, so I used ${questions} questions, ${seconds} seconds.)`,
  startFooter: 'The starter or a moderator can end the round early with /quiz stop.',
  /** `missing`: the names of the permissions the tutor lacks in the channel (postingPermission). */
  cannotPost: (missing: readonly string[]) => {
    const list = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing.at(-1) ?? ''}` : (missing[0] ?? '');
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
  questionClosedFooter: 'Answers are closed.',
  revealTitle: (letter: string, choice: string) => `The answer: ${letter} · ${choice}`,
  revealRight: (count: number) => `Right (${count})`,
  revealNobodyRight: (answered: number) => `Nobody got it right (${answered} answer${answered === 1 ? '' : 's'}).`,
  revealNoAnswers: 'Nobody answered this one.',
  revealFastest: 'Fastest',
  revealLeaders: 'Leaders',
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
  leaderboardFooter: (total: number, week: string | null) =>
    // The week's key (2025-W02) is for the store; students read plain words.
    `${total} player${total === 1 ? '' : 's'}${week ? ' · this week, Monday to Sunday' : ''}`,
  leaderboardUnknownPeriod: (value: string) => `"${value}" is not a period: use all or week.`,

  statsTitle: (name: string) => `Quiz stats: ${name}`,
  statsNone: (name: string | null) =>
    name ? `${name} has not played a quiz on this server yet.` : 'You have not played a quiz on this server yet. Start one with /quiz start.',
  statsNotFound: (query: string) => `I do not know a player called "${query}" on this server.`,
  statsBody: (s: { points: string; answered: number; correct: number; accuracy: string; bestStreak: number; roundsPlayed: number; roundsWon: number }) =>
    `**${s.points}** points · ${s.correct} of ${s.answered} correct (${s.accuracy})\n` +
    `Best streak: ${s.bestStreak} · Rounds played: ${s.roundsPlayed} · Rounds won: ${s.roundsWon}`,
  statsTopics: 'By topic',

  consoleAsUsage: 'Who is playing? Type /as <name>, e.g. /as Sasha.',
  consoleAs: (name: string) => `You are now playing as ${name}.`,
  consoleTimeLeft: (seconds: number) => `⏱ ${seconds} seconds left.`,
  consoleDeadline: (time: string) => `⏱ Answers close at ${time}.`,
});
