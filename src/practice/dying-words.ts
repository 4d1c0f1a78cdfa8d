// Words of dying, as students and the fact base write them ("Kirov was shot", "the murder of Kirov", "Lenin died"):
// one list for whatever asks whether a text speaks of a death. The /practice marker reads them as one (see dateTerm in
// src/practice/dates.ts); src/matching/follow-up.ts's DYING regex holds the same words.
export const DYING_WORDS: readonly string[] = ['die', 'died', 'dies', 'dying', 'dead', 'death', 'killed', 'shot', 'murdered', 'executed', 'assassinated'];
