// Words of dying, as students and the fact base write them ("Kirov was shot", "the murder of Kirov", "Lenin died"):
// one list for whatever asks whether a text speaks of a death: the /practice marker's dated events (dateTerm in
// src/practice/dates.ts) and a follow-up asking when someone died (src/matching/follow-up.ts).
export const DYING_WORDS: readonly string[] = ['die', 'died', 'dies', 'dying', 'dead', 'death', 'killed', 'shot', 'murdered', 'executed', 'assassinated'];
