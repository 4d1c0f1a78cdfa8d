// Length limits for knowledge entries. Canonical questions and quiz choices fit a Discord button label
// (80) whole, as they are shown on buttons (related questions, suggestions, answers); answers and
// summaries fit an embed. Phrasings are never shown, so they may be longer.
export const KNOWLEDGE_LIMITS = Object.freeze({
  idLength: 60,
  titleLength: 100,
  summaryLength: 3000,
  /** A canonical question: shown on a button. */
  questionLength: 80,
  /** Another way of asking it: only matched against, never shown. */
  phrasingLength: 200,
  answerLength: 1000,
  promptLength: 300,
  /** A quiz choice: shown on a button after its key ("A · "), so 80 less 4. */
  choiceLength: 76,
  explanationLength: 400,
  /** A mark scheme's point, as feedback shows it. */
  practicePointLength: 200,
  levelDescriptorLength: 300,
  /** An A-level interpretation question's extract: our own summary of a historian's view, shown above the question. */
  extractLength: 900,
  /** A model line of argument for an essay's plan. */
  judgementLength: 400,
  /** A misconception's correction: one sentence shown above an answer. */
  correctionLength: 300,
});
