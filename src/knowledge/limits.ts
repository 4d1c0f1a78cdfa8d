// Length limits for knowledge entries. Quiz choices fit a Discord button label (80) whole; answers and
// summaries fit an embed. A question longer than 80 characters is clipped with "…" when it becomes a
// related-question button, and past 100 in autocomplete, so keep canonical questions short where you can.
export const KNOWLEDGE_LIMITS = Object.freeze({
  idLength: 60,
  titleLength: 100,
  summaryLength: 3000,
  questionLength: 200,
  answerLength: 1000,
  promptLength: 300,
  choiceLength: 80,
  explanationLength: 400,
});
