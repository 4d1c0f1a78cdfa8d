// A feeling said about something of the course ("i love trotsky", "i hate stalin", "bukharin is my favourite"): not a
// question, but the student is thinking about him, so what the notes say of him is the useful reply (a line above it
// says a view is best built on the evidence). The words are everyday English, so they are here, not in knowledge/.

/** "I (really) love/hate/like … X", "X is my favourite", "X was my hero": X, as typed. */
const FEELINGS = [
  /^\s*(?:i|me|ngl i|honestly i|tbh i)\s+(?:really |honestly |kinda |kind of |actually |lowkey |low key |absolutely |totally |just )*(?:love|luv|hate|like|dislike|admire|despise|adore|respect|detest|can ?['’]?t stand|feel sorry for|pity|am a fan of|am obsessed with)\s+(.+?)\s*(?:\b(?:tbh|lol|ngl|haha|lmao|so much|a lot))*\s*[.!?]*\s*$/i,
  /^\s*(.+?)\s+(?:is|was|r|are|were)\s+(?:my|me)\s+(?:favourite|favorite|fav|fave|hero|idol|guy)\b.*$/i,
];
/** Not of the course: the tutor ("i love you", "i hate this bot"), or school work ("i hate history"). */
const THE_TUTOR = /^(?:you|u|ur|this|that|it|this bot|the bot|bots?)\b/i;
const SCHOOL_WORK = /^(?:history|school|exams?|tests?|revision|revising|homework|studying|this (?:topic|subject|course|unit))\b/i;

/** A feeling read: what it is about; or about the tutor, warm or not; or about school work ("i hate history"). */
export type Feeling = { readonly about: string } | { readonly tutor: true; readonly warm: boolean } | { readonly schoolWork: true };

const WARM = /\b(?:love|luv|like|admire|adore|respect|fan|obsessed|favourite|favorite|fav|fave|hero|idol)\b/i;

/** What a feeling is about, or undefined when the message is no such feeling. */
export function readFeeling(message: string): Feeling | undefined {
  if (message.length > 120 || /\?/.test(message)) return undefined;
  for (const shape of FEELINGS) {
    const about = shape.exec(message)?.[1]?.trim();
    // "i like to know when…", "i like how…": a wish or a question, no feeling about a thing; "i hate him" leans on the last answer.
    if (!about || about.split(/\s+/).length > 5 || /^(?:to|how|when|why|what|him|her|them)\b/i.test(about)) continue;
    if (SCHOOL_WORK.test(about)) return { schoolWork: true };
    return THE_TUTOR.test(about) ? { tutor: true, warm: WARM.test(message) && !/\b(?:dislike|despise|detest|hate|can ?['’]?t stand)\b/i.test(message) } : { about };
  }
  return undefined;
}
