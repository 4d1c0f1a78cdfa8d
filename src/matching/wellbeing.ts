// A message in which a student says they are in distress or being harmed ("i want to kill myself", "i'm being
// bullied", "someone hits me at home"): /ask answers it with kind words and where to get help
// (knowledge/wellbeing.yaml), never with history, and keeps nothing of it.
//
// Only the student's own distress counts: first person ("i", "me", "myself", "my life"). The course's own
// questions about suicide and violence in history ("why did Tomsky kill himself", "how were prisoners bullied in
// the gulag", "did Stalin's wife kill herself") name someone else and stay course questions.

/** Why a message reads as distress: the student may hurt themselves, or someone is hurting them. */
export type Distress = 'self' | 'harmed';

/**
 * A message as the patterns below read it: lower case, accents off, apostrophes dropped inside words ("i'm" is
 * "im", "don't" is "dont"), everything else but letters and digits one space. School phrases are written so.
 */
export function distressText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const words = (list: string) => list.trim().split(/\s+/).join('|');
/** Words said between the subject and the verb that change nothing ("i really just want to die"). */
const FILLER = `(?:(?:${words('really rly just honestly literally actually seriously kinda sometimes often always still so genuinely lowkey now also even')}) )*`;
/** People who may hurt a child: "my dad hits me", "someone hits me at home", "they hurt me". */
const PERSON = words(
  'he she they someone somebody people everyone dad mum mom mother father stepdad stepmum stepmom stepfather stepmother parent parents ' +
    'brother sister uncle aunt auntie cousin grandad granddad grandpa grandma gran nan nana boyfriend girlfriend bf gf carer coach ' +
    'man woman guy boy girl boys girls kids friend friends classmates adult adults',
);

const SELF: readonly RegExp[] = [
  // "kill myself", "hurt myself", "cut myself", "unalive myself": first person by its object, whoever says it.
  new RegExp(`\\b(?:${words('kill killing killed hurt hurting harm harming harmed cut cutting hang hanging starve starving end ending unalive unaliving off offing')}) (?:my ?self|meself|myslef)\\b`),
  // "i want to die", "i wanna be dead", "i feel like dying", "i'm going to end my life", "i want to end it all".
  new RegExp(
    `\\b(?:i|im|id|ive|ill|iam)(?: (?:am|m|do|d|would|have|ve|will|ll))? ${FILLER}` +
      `(?:(?:want|wanna|wish|would like|feel like|ready|am ready|m ready) (?:to )?(?:die+|dying|be dead|not be alive|not exist|not wake up)` +
      `|(?:want|wanna|wish|would like|feel like|going|gonna|gna|plan|planning|am planning|m planning|about|am about|m about|ready|am ready|m ready|will|ll|might|may) (?:to )?` +
      `(?:end (?:my (?:own )?life|it all|everything)|commit suicide|take my (?:own )?life))\\b`,
  ),
  // "i wish i was dead", "i wish i had never been born".
  /\bi (?:just |really |honestly )?wish i (?:was|were|could (?:just )?(?:die|be dead|disappear)|(?:was|were) dead|had never been born|d never been born|wasnt alive|wasnt born|was never born)\b/,
  // "ending my life", "take my own life": first person by "my".
  /\b(?:end|ending|take|taking) my (?:own )?life\b/,
  // "i don't want to live anymore", "i dont want to be alive".
  new RegExp(`\\b(?:i|im|id) ${FILLER}(?:dont|do not|don t|no longer|dont even|do not even) (?:want|wanna) (?:to )?(?:live(?: anymore| any more| no more| like this)?$|live (?:anymore|any more|no more|like this)\\b|be alive|exist|be here (?:anymore|any more)|wake up|go on)`),
  // "i'm suicidal", "i feel really depressed", "i've been self harming", "i'm having suicidal thoughts".
  new RegExp(
    `\\b(?:i|im|iam|i am|i m|i feel|i felt|i get|i keep feeling|ive been|i ve been|i have been|i been|i was|i keep|i started|i still|i have|ive|ive had|i ve had|i have had|i had|im having|i m having|i am having|i keep having|im feeling|i m feeling|i am feeling|i do)` +
      ` ${FILLER}(?:very |quite |a bit |kind of |sort of |extremely |super |so so )?` +
      `(?:suicidal|self harm(?:ing|ed)?|selfharm(?:ing|ed)?|suicidal thoughts|thoughts (?:of|about) (?:suicide|killing myself|ending my life|self harm)|depressed)\\b`,
  ),
  // "i feel hopeless", "feeling worthless" (but not "i'm hopeless at dates").
  /\b(?:i feel|i felt|im feeling|i m feeling|i am feeling|i keep feeling) (?:so |really |very |just |completely |totally )*(?:hopeless|worthless|like a burden|like nobody cares|like no one cares)\b/,
  // "my self harm".
  /\bmy self ?harm(?:ing)?\b/,
];

const HARMED: readonly RegExp[] = [
  // "i'm being bullied", "i get bullied at school", "i was abused", "i keep getting hit", "i was touched by my uncle".
  new RegExp(
    `\\b(?:im|iam|i am|i m|i was|ive been|i ve been|i have been|i been|i get|i got|i keep getting|i keep being)` +
      `(?: (?:still|always|constantly|really|sometimes|often|regularly|literally|also|just|badly|so|kinda|actually|being|getting|been))*` +
      ` (?:bullied|abused|sexually abused|sexually assaulted|assaulted|beaten up|beat up|groomed|raped|molested|harassed|threatened|picked on|kicked|punched|slapped|hit|hurt at home|stalked|blackmailed|neglected|touched (?:by (?:my|a|an|someone|somebody|him|her|them|he|she|they|an adult)|inappropriately))\\b`,
  ),
  // "someone is bullying me", "they touch me", "he threatens me": the student is the one harmed.
  new RegExp(`\\b(?:${words('bully bullies bullying bullied abuses abusing abused kicks kicking punches punching slaps slapping touches touching harasses harassing threatens threatening rapes raped raping molests molested molesting grooming groomed strangles strangling chokes choking stalking stalks blackmailing blackmails')}) me\\b`),
  /\b(?:beats|beat|beating|beaten) me up\b/,
  // "my dad hits me", "someone hits me at home", "she keeps hurting me", "they beat me": a person does it.
  new RegExp(
    `\\b(?:${PERSON})(?: (?!(?:it|this|that|which|what)\\b)[a-z]+){0,2} (?:${words('hits hit hitting hurts hurt hurting beats beat beating attacks attacked attacking touched kicked punched slapped threatened')}) me\\b` +
      '(?! (?:with|up|back|why|how|what|who|whom|when|where|if|whether)\\b)',
  ),
  // "my dad hits my mum": harm at home the student sees.
  /\b(?:hits|hitting|beats|beating|hurts|hurting) my (?:mum|mom|mother|dad|father|sister|brother|siblings|family|nan|gran)\b/,
];

/** Said in jest or as a figure of speech, not distress: "don't bully me but who was Trotsky". */
const NOT_DISTRESS = /\b(?:dont|do not|don t|pls dont|please dont|no need to) bully me\b/g;

/**
 * Reads a message for distress: the patterns above, and the school's own phrases (knowledge/wellbeing.yaml,
 * each in `distressText`'s form and matched as whole words anywhere). Null when there is none.
 */
export function createDistressReader(phrases: readonly string[] = []): (text: string) => Distress | null {
  const own = phrases.map((p) => distressText(p)).filter(Boolean);
  return (text) => {
    const read = distressText(text).replace(NOT_DISTRESS, ' ');
    if (!read) return null;
    if (SELF.some((p) => p.test(read))) return 'self';
    if (HARMED.some((p) => p.test(read))) return 'harmed';
    const padded = ` ${read} `;
    return own.some((p) => padded.includes(` ${p} `)) ? 'self' : null;
  };
}
