// Length limits for knowledge entries, chosen so that every entry fits Discord's limits when rendered
// (button labels 80, autocomplete names 100, embed descriptions 4096) without truncation.
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
