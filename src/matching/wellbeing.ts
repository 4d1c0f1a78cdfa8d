// A message in which a student says they are in distress or being harmed ("i want to kill myself", "i'm being
// bullied", "someone at school keeps hitting me"): /ask answers it with kind words and where to get help
// (knowledge/wellbeing.yaml), never with history, and keeps nothing of it.
//
// Only the student's own words count, in the first person ("i", "me", "myself", "my life"). Not the course's
// questions about suicide and violence in history ("why did Tomsky kill himself", "how were prisoners bullied in
// the gulag"), which name someone else; not what a source says, which is this course's first-person testimony
// ("Source A: I was beaten up until I signed", "Ginzburg wrote 'they beat me for hours'"); not everyday idioms
// ("i got hit by the famine question", "i'll take my life into my own hands and revise the gulag").
//
// A reader of patterns both misses and mistakes. So /ask offers the course entries a message of harm by others
// matches under the help it gives (a mistake costs the student a click; none about death, and none at all for a
// student who may hurt themselves), and never puts in the teacher's list a message that `mayBeDistress` reads:
// distress in quotes and in anyone's reported words too, or "i", "me" or "my" next to a feeling word.

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
/** People in a child's life who may hurt them: "my dad hits me", "someone at school keeps hitting me", "they hurt me". */
const PERSON_WORDS =
  'he she they someone somebody people everyone everybody dad mum mom mother father stepdad stepmum stepmom stepfather stepmother parent parents ' +
  'brother sister stepbrother stepsister uncle aunt auntie cousin grandad granddad grandpa grandma gran nan nana boyfriend girlfriend bf gf carer coach ' +
  'man woman men women guy guys boy girl boys girls kid kids lad lads friend friends mate mates classmate classmates adult adults teacher teachers ' +
  'sir miss stranger neighbour neighbor bully bullies him her them';
const PERSON = words(PERSON_WORDS);
/** Those of them at home, for "i'm scared of my dad". */
const HOME = words(
  'dad mum mom mother father stepdad stepmum stepmom stepfather stepmother parent parents brother sister stepbrother stepsister uncle aunt auntie ' +
    'cousin grandad granddad grandpa grandma gran nan nana boyfriend girlfriend carer mums dads family',
);
/**
 * Not "hopeless at dates", "useless at remembering dates", "alone in the vc": the place named is the quiz or a
 * school subject ("hopeless at home", "worthless at school" are distress).
 */
const NOT_SCHOOL =
  '(?! (?:at|with|in) (?:the |this |a |my |these |all the |remembering |learning |revising )?' +
  '(?:quiz(?:zes)?|tests?|exams?|mocks?|questions?|dates|essays?|history|revision|homework|spelling|maths|math|vc|server|channel|call|team|group)\\b' +
  '| at (?!(?:any|every|some|no)thing\\b|(?:evening|morning)s?\\b)[a-z]{2,}ing\\b)';
/** The student, as the subject: "i", "i'm", "i've", "i am"… */
const I = '(?:i|im|id|ive|ill|iam|i am|i m|i ve|i d)';

const SELF: readonly RegExp[] = [
  // "kill myself", "hurt myself", "cut myself", "unalive myself", "i hate myself": first person by its object, whoever says it.
  new RegExp(`\\b(?:${words('kill killing killed hurt hurting harm harming harmed cut cutting hang hanging starve starving end ending unalive unaliving off offing hate hating hated loathe despise')}) (?:my ?self|meself|myslef)\\b`),
  // "i want to die", "i wanna be dead", "i feel like dying", "i'm going to end my life", "i want to disappear".
  new RegExp(
    `\\b(?:i|im|id|ive|ill|iam)(?: (?:am|m|do|d|would|have|ve|will|ll))? ${FILLER}` +
      `(?:(?:want|wanna|wish|would like|feel like|ready|am ready|m ready) (?:to )?(?:just )?(?:die+|dying|be dead|not be alive|not exist|not wake up|disappear|vanish|stop existing|sleep forever)` +
      `|(?:want|wanna|wish|would like|feel like|going|gonna|gna|plan|planning|am planning|m planning|about|am about|m about|ready|am ready|m ready|will|ll|might|may) (?:to )?` +
      `(?:end (?:my (?:own )?life|it all|everything|it$)|commit suicide|take my (?:own )?life|overdose|od|jump off (?:a|the) (?:bridge|building|roof|cliff)))\\b`,
  ),
  // "i wish i was dead", "i wish i had never been born".
  /\bi (?:just |really |honestly )?wish i (?:was|were|could (?:just )?(?:die|be dead|disappear)|(?:was|were) dead|had never been born|d never been born|wasnt alive|wasnt born|was never born)\b/,
  // "ending my life", "take my own life": first person by "my" (taking one's life into one's own hands is read out first).
  /\b(?:end|ending|take|taking) my (?:own )?life\b/,
  // "i don't want to live anymore", "i dont want to be alive".
  new RegExp(`\\b(?:i|im|id) ${FILLER}(?:dont|do not|don t|no longer|dont even|do not even) (?:want|wanna) (?:to )?(?:live(?: anymore| any more| no more| like this)?$|live (?:anymore|any more|no more|like this)\\b|be alive|exist|be here (?:anymore|any more)|wake up|go on)`),
  // "i'm suicidal", "i feel really depressed", "i've been self harming", "i'm having suicidal thoughts".
  new RegExp(
    `\\b(?:i|im|iam|i am|i m|i feel|i felt|i get|i keep feeling|ive been|i ve been|i have been|i been|i was|i keep|i started|i still|i have|ive|ive had|i ve had|i have had|i had|im having|i m having|i am having|i keep having|im feeling|i m feeling|i am feeling|i do)` +
      ` ${FILLER}(?:very |quite |a bit |kind of |sort of |extremely |super |so so )?` +
      `(?:suicidal|self harm(?:ing|ed)?|selfharm(?:ing|ed)?|suicidal thoughts|thoughts (?:of|about) (?:suicide|killing myself|ending my life|self harm)|depressed)\\b`,
  ),
  // "i feel hopeless", "feeling worthless", "i feel so alone", "im so lonely" (not "i'm hopeless at dates").
  new RegExp(
    `(?:^feeling|^been feeling|\\b(?:i feel|i felt|im feeling|i m feeling|i am feeling|i keep feeling|i just feel|ive been feeling|i ve been feeling|i have been feeling|i always feel))` +
      ` ${FILLER}(?:very |completely |totally |all )*(?:hopeless|worthless|useless|empty inside|alone|lonely|unloved|unwanted|like a burden|like nobody cares|like no one cares|like nobody loves me|like no one loves me|like i dont matter|like giving up)\\b${NOT_SCHOOL}`,
  ),
  new RegExp(`\\b(?:im|i am|i m) ${FILLER}(?:very |completely |totally |all )*(?:lonely|worthless|all alone|so alone|completely alone|unloved|a burden)\\b${NOT_SCHOOL}`),
  // "my self harm".
  /\bmy self ?harm(?:ing)?\b/,
  // "i hate my life", "i hate being alive".
  new RegExp(`\\b${I} ${FILLER}(?:hate|hates|loathe|despise) (?:my life|my body|being alive|living|being me|who i am|everything about me)\\b`),
  // "kms", "i wanna kms" (not "how many kms long was the canal").
  new RegExp(`(?:^|\\b(?:${words('i im ill gonna wanna to will literally just might should could ima imma finna bout lowkey honestly actually seriously really')}) )kms\\b`),
  // "nobody loves me", "no one cares about me", "everyone hates me", "no one would notice if i died".
  new RegExp(`\\b(?:no one|noone|nobody|no body|not one person) (?:really |even |actually |ever )*(?:loves|cares about|care about|likes|wants|understands|listens to|would miss|will miss|cares for|notices) me\\b`),
  /\b(?:no one|noone|nobody) (?:really |even )*(?:cares|would care|would notice|would even notice|will notice) (?:if|whether|when) i\b/,
  /\b(?:everyone|everybody|every one|all my friends|my friends|my family|my parents|the whole class|my whole class|everyone at school|people at school) (?:just |really |literally |all |always |now |still )*(?:hates|hate|ignores|ignore|wants me gone|would be better off without) me\b/,
  // "i'm scared of my dad", "i'm afraid of my stepdad", "im terrified of him".
  new RegExp(`\\b${I} ${FILLER}(?:so |really |very |too )?(?:scared|afraid|frightened|terrified) (?:of|to be around|to be near|to be alone with|to go near|to see|to tell) (?:my (?:${HOME})|him|her|them)\\b`),
  // "i can't cope anymore", "i can't take it anymore", "i can't go on".
  new RegExp(
    `\\b(?:i|im|i m) ${FILLER}(?:cant|cannot|can not|can t|dont think i can|do not think i can) ` +
      `(?:cope(?! with (?:the |this |all the |all this |my |these )?(?:revision|work|homework|exams?|tests?|questions?|workload|quiz|content|topic|dates|essays?|course))` +
      `|(?:take it|take this|do this|handle it|handle this|handle life|deal with it|deal with life) (?:anymore|any more|no more|much longer)|go on(?: (?:anymore|any more|like this|living))?$|go on (?:anymore|any more|like this|living))\\b`,
  ),
  // "i cry myself to sleep", "i cry every night".
  new RegExp(`\\b(?:i|im|i m) ${FILLER}(?:cry|crying|cried) (?:myself to sleep|every (?:night|day)|all the time|all night|constantly|alone)\\b`),
  // "i think about suicide", "i keep thinking about dying".
  new RegExp(`\\b${I} ${FILLER}(?:been |keep )?(?:think|thinking|thought) (?:about|of) (?:suicide|dying|ending (?:it|my life)|not being here|not being alive|killing myself|hurting myself)\\b`),
  // "life isn't worth living", "what's the point of living" (not "living in a communist state").
  /\b(?:life|my life|living) (?:is not|isnt|is nt|aint|is no longer) worth (?:it|living)\b/,
  /\b(?:whats|what is|what s|there s|theres|there is) (?:the |no )?point (?:of|in) (?:living|life|being alive|going on|me being here|me)\b(?! (?:in|under|on|at|through|with|off|of|for|during)\b(?! (?:school|home|texts?|my [a-z]+ lessons?)\b))/,
  // "i overdosed", "i took too many pills".
  new RegExp(`\\b${I} ${FILLER}(?:overdosed|took (?:too many|loads of|a lot of|all my|a bunch of|lots of) (?:pills|tablets|paracetamol))\\b`),
  // "i don't feel safe", "i'm not safe at home", "i want to run away from home".
  new RegExp(`\\b(?:i|im|i m) ${FILLER}(?:dont|do not|don t|never|no longer) feel safe\\b`),
  /\b(?:im|i am|i m) not safe\b/,
  new RegExp(`\\b${I} ${FILLER}(?:want to |wanna |going to |gonna |am going to |might |have |ve |keep )?(?:run|running|ran) away from home\\b`),
];

/** A lesson or a place at school: "in my games lesson", "the test room". */
const LESSON = '(?:lesson|lessons|class|classes|teacher|kit|period|changing|hall|room|block|corridor|field)\\b';
/** Not "beating me at chess", "hitting me with questions": a game or a quiz, not the student (not "bullying me at school", "harassing me with texts"). */
const NOT_A_GAME =
  '(?! (?:at|with|in|on) (?:the |a |an |this |that |my |some |more |these |those |all the |his |her |their )?(?:[a-z]+ )?' +
  '(?:quiz(?:zes)?|games?|tests?|exams?|rounds?|chess|cards|fifa|fortnite|minecraft|questions?|facts?|dates|trivia|info|knowledge|answers?)\\b' +
  `(?! ${LESSON}))`;

const HARMED: readonly RegExp[] = [
  // "i'm being bullied", "i get bullied at school", "i was abused", "i keep getting hit", "i was touched by my uncle".
  new RegExp(
    `\\b(?:im|iam|i am|i m|i was|ive been|i ve been|i have been|i been|i get|i got|i keep getting|i keep being)` +
      `(?: (?:still|always|constantly|really|sometimes|often|regularly|literally|also|just|badly|so|kinda|actually|being|getting|been))*` +
      ` (?:bullied|cyberbullied|cyber bullied|abused|sexually abused|sexually assaulted|assaulted|beaten|beaten up|beat up|groomed|raped|molested|harassed|threatened|picked on|kicked|punched|slapped|hit|hurt at home|stalked|blackmailed|neglected|locked in|touched (?:by (?:my|a|an|someone|somebody|him|her|them|he|she|they|an adult)|inappropriately))\\b`,
  ),
  // "someone is bullying me", "they touch me", "he threatens me", "they keep hitting me": the student is the one harmed.
  new RegExp(`\\b(?:${words('bully bullies bullying bullied abuses abusing abused kicks kicking punches punching slaps slapping touches touching harasses harassing threatens threatening rapes raped raping molests molested molesting grooming groomed strangles strangling chokes choking stalking stalks blackmailing blackmails hitting hurting beating')}) me\\b${NOT_A_GAME}`),
  /\b(?:beats|beat|beating|beaten) me up\b/,
  // "my dad hits me", "someone at school keeps hitting me", "a boy in my class touched me", "they beat me".
  new RegExp(
    `\\b(?:${PERSON})(?: (?!(?:it|this|that|which|what|question|questions|quiz|test|exam)\\b)[a-z]+){0,4} (?:${words('hits hit hitting hurts hurt hurting beats beat beating attacks attacked attacking touched touch touches kicked kicks punched punches slapped slaps threatened locks locked')}) me\\b` +
      `${NOT_A_GAME}(?! (?:up|back|why|how|what|who|whom|if|whether|out of)\\b)`,
  ),
  // "my dad hits my mum": harm at home the student sees.
  /\b(?:hits|hitting|beats|beating|hurts|hurting) my (?:mum|mom|mother|dad|father|sister|brother|siblings|family|nan|gran)\b/,
  // "they call me names every day", "people tell me to kys".
  /\b(?:call|calls|calling|called) me (?:names|fat|ugly|stupid|horrible names|a loser|slurs)\b/,
  /\b(?:told|tell|tells|telling|said|say|says) me to (?:kys|kill myself|die|go die|end my life)\b/,
  // "an older boy keeps asking me for nudes", "he made me send pictures of myself".
  /\b(?:ask|asks|asking|asked|pressure|pressures|pressuring|pressured|make|makes|made|forcing|forced|force|wants|wanted|sends|sent|sending) me (?:to send (?:him |her |them )?|to take |for )?(?:nudes|nude (?:pics|photos|pictures)|naked (?:pics|photos|pictures)|pics of myself|photos of myself|pictures of myself|porn)\b/,
];

/** Said in jest or as a figure of speech, not distress: "don't bully me but who was Trotsky", "i got hit by the famine question". */
const IDIOMS: readonly RegExp[] = [
  /\b(?:dont|do not|don t|pls dont|please dont|no need to) bully me\b/g,
  /\b(?:take|taking|took|takes|taken) (?:my|your|our) (?:own )?li(?:fe|ves) (?:into|in) (?:my|your|our) (?:own )?hands\b/g,
  // "hit by the question", "picked on in the quiz", "killed by the test" (not "bullied in my games lesson").
  /\b(?:hit|hits|hitting|kicked|picked on|beaten|beat|killed|killing|destroyed|attacked|bullied|slapped|punched|hurt|threatened|murdered|wrecked) (?:by|in|on|at|with|during|from) (?:the |a |an |this |that |my |our |these |those |some |every |todays |each |his |her |their )?(?:[a-z]+ )?(?:questions?|quiz(?:zes)?|tests?|exams?|mocks?|papers?|homework|essays?|rounds?|marks?|leaderboard)\b(?! (?:lesson|lessons|class|classes|teacher|kit|period|changing|hall|room|block|corridor|field)\b)/g,
  // "the quiz keeps beating me", "history is killing me".
  /\b(?:quiz|quizzes|test|tests|exam|exams|question|questions|game|paper|papers|topic|revision|homework|essay|essays|dates|history|course|leaderboard) (?:(?:keeps|keep|is|are|was|were|really|always|just|literally|totally|actually|kinda|absolutely|lowkey) )*(?:hits|hitting|beats|beating|kills|killing|hurts|hurting|destroys|destroying|kicks|kicking|bullies|bullying|killed|destroyed) me\b/g,
  /\b(?:kicked|kicks|kicking|thrown|locked|booted|timed) (?:me )?out of (?:the |a |this |that |my |our )?(?:quiz|game|round|lesson|call|vc|voice channel|voice|server|chat|group chat|gc|team|leaderboard|website|app|discord)\b/g,
];

/** The student writing of their own feelings: "i hate", "im so scared", "makes me cry", "hurt me". */
const OWN_FEELINGS = new RegExp(
  `\\b(?:i|im|ive|id|iam|me|my|myself)(?: (?:${words('am m was feel felt feeling so really very just always still get got getting being been keep kept')}))* ` +
    `(?:${words('hate hated hating scared afraid frightened terrified alone lonely cry crying cried hurt hurting unsafe sad depressed anxious upset miserable unhappy worthless hopeless suicidal')})\\b` +
    `|\\b(?:${words('hate hates hated scare scares scared hurt hurts hurting frighten frightens')}) (?:me|myself)\\b`,
);

/**
 * Words the student quotes of themselves or of someone in their life are no source: a quote after "i keep
 * thinking", "i said to myself", "i told my mum" or "my friend texted me" is read ("he said" is not: he may be Tomsky).
 */
const OWN_QUOTE = new RegExp(
  `(?:(?:^| )${I}(?: (?:${words('been keep kept always just still sometimes often literally even really cant stop')}))* ` +
    `(?:${words('thinking think thought saying say said telling tell told feel felt feeling write wrote writing texted text posted screamed cried whisper')})` +
    `(?: (?:like|to myself|myself|that|to (?:my )?(?:${PERSON})|(?:my )?(?:${PERSON})))?` +
    `|(?:^| )my (?:${PERSON}|${HOME})(?: (?:keeps|always|just|literally|even))* (?:${words('said says saying texted texts wrote writes messaged messages dmed posted told tells')})(?: (?:me|to me|like|that))*)$`,
);

/** Quoted words: "…", “…”, «…», and '…' where the quote marks are not apostrophes ("i'm", "the kulaks' land"). */
const QUOTED = /"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|(?<![\p{L}\p{N}])['‘`](?:[^'‘’`\n]|['’`](?=\p{L}))*['’`](?![\p{L}\p{N}])/gu;
/** "Source A: …", "source b says …", "Interpretation 2 - …". */
const SOURCE = /\b(?:source|interpretation|extract|document)\s+(?:[a-h]|\d{1,2})\b(?=\s*(?:[:,(\-–—]|says|said|shows|states|claims|reads|suggests|tells|recalls|describes|is from|was written))/giu;
/** "<name> wrote/said/recalled …": someone else's words. */
const SAYS = /(?<![\p{L}'’.-])((?:[\p{L}][\p{L}'’.-]*\s+){0,3})(?:wrote|writes|said|says|claimed|claims|recalled|recalls|remembered|remembers|described|describes|testified|testifies|stated|states|admitted|admits|confessed|confesses|recounted|recounts|complained|complains|declared|declares|insisted|insists)\b/giu;
/** Where someone else's words end: the end of the sentence, or a dash between words. */
const CLAUSE_END = /[.?!;\n]|\s[-–—]+\s/u;
const DETERMINERS = new Set(words('a an the one this that another some each').split('|'));
/**
 * Who "a …" or "the …" can be when their words are a source's: "a kulak recalled…", "one prisoner wrote…" (not
 * "the older students said…", "the gang said…", whose words may be a threat to the student). The words are the
 * fact base's (knowledge/wellbeing.yaml, historicalSpeakers), each read with -s and -es too.
 */
const speakerForms = (list: readonly string[]): ReadonlySet<string> => new Set(list.flatMap((w) => [w, `${w}s`, `${w}es`]));
/** A quote or a colon just after "said", "wrote": "Conquest wrote: …", "Stalin said, '…'", "Ginzburg wrote that '…'". */
const QUOTE_NEXT = /^\s*(?::|,?\s*(?:that\s+)?["“„«'‘])/u;
/** Not the words of a source: the student's own, or of someone in their life ("my dad said", "the doctor says", "Miss Jones said"). */
const NOT_A_SPEAKER = new Set([
  ...PERSON_WORDS.split(' '),
  ...'i im me my myself we our us you your mums dads mr mrs ms dr doctor gp nurse therapist counsellor counselor psychologist psychiatrist police'.split(' '),
]);

const blank = (text: string, from: number, to: number) => `${text.slice(0, from)}${' '.repeat(to - from)}${text.slice(to)}`;

/** "they beat me", "he said he would beat me up", "told me to kill myself": harm done to the student, in the student's "me". */
function harmsMe(text: string): boolean {
  const read = IDIOMS.reduce((t, idiom) => t.replace(idiom, ' '), distressText(text));
  return /\bme\b/.test(read) && HARMED.some((p) => p.test(read));
}

/**
 * The text with other people's words left out: quoted words, unless `quotes` keeps them or they are the student's
 * own or a friend's ("i keep thinking 'i want to die'"); a source's words ("Source A: I was beaten…"); and, unless
 * `says` keeps them, what a course figure quoted or "a kulak" wrote or said, each to the end of its sentence, when
 * it harms no "me" ("Jones said he would beat me up" is kept). `speakers`: the course's surnames; `historical`: who
 * "a …" or "the …" may be (speakerForms).
 */
function ownWords(text: string, speakers: ReadonlySet<string>, historical: ReadonlySet<string>, quotes: 'left out' | 'kept', says: 'left out' | 'kept' = 'left out'): string {
  let own = quotes === 'kept' ? text : text.replace(QUOTED, (quote, at: number, whole: string) => {
    const before = whole.slice(0, at);
    const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf('!'), before.lastIndexOf('\n')) + 1);
    return OWN_QUOTE.test(distressText(sentence)) ? quote : ' '.repeat(quote.length);
  });
  const clauses: [number, number][] = [];
  const toEnd = (from: number) => {
    const end = own.slice(from).search(CLAUSE_END);
    clauses.push([from, end < 0 ? own.length : from + end]);
  };
  for (const m of own.matchAll(SOURCE)) toEnd(m.index);
  const sources = clauses.length;
  for (const m of says === 'kept' ? [] : own.matchAll(SAYS)) {
    const before = distressText(m[1] ?? '').split(' ').filter(Boolean);
    const last = before.at(-1);
    if (!last) continue;
    // A course surname with a quote or a colon after the verb ("Ginzburg wrote: …"); "Jones said he…" may be a classmate.
    const named = speakers.has(last) && !NOT_A_SPEAKER.has(before.at(-2) ?? '') && QUOTE_NEXT.test(text.slice(m.index + m[0].length));
    const determiner = before.findLastIndex((w) => DETERMINERS.has(w));
    const someone =
      determiner >= 0 && determiner < before.length - 1 && historical.has(last) && before.slice(determiner + 1).every((w) => !NOT_A_SPEAKER.has(w));
    if (named || someone) toEnd(m.index + (m[1]?.length ?? 0));
  }
  for (const [i, [from, to]] of clauses.entries()) if (i < sources || !harmsMe(own.slice(from, to))) own = blank(own, from, to);
  return own;
}

/**
 * Why a message reads as distress: `harmed`, only someone else hurting the student ("im being bullied"); `self`,
 * the student may hurt themselves or a school's own phrase matched ("i want to die", "im scared to go home").
 */
export type Distress = 'self' | 'harmed';

/** The reader /ask uses: `distress` for its reply, `mayBeDistress` to keep a message out of the teacher's list. */
export interface DistressReader {
  /** The student writes, in their own words, that they are in distress or being harmed. */
  readonly distress: (text: string) => boolean;
  /** As `distress`, and why: undefined when it is not. */
  readonly reading: (text: string) => Distress | undefined;
  /**
   * Distress also in quoted words, unless they are a source's or a course figure's ("Source A: '…'", "a kulak says
   * '…'"), or "i", "me" or "my" next to a feeling word anywhere ("i hate", "im so scared").
   */
  readonly mayBeDistress: (text: string) => boolean;
}

/**
 * Reads a message for distress: the patterns above, and the school's own phrases (knowledge/wellbeing.yaml,
 * each in `distressText`'s form and matched as whole words anywhere). `speakers`: the course's people (their
 * names as written, "Joseph Stalin"), whose words a question may quote without quotation marks; `historicalSpeakers`:
 * who else may be quoted so, as "a kulak" or "one prisoner" (knowledge/wellbeing.yaml).
 */
export function createDistressReader(phrases: readonly string[] = [], speakers: readonly string[] = [], historicalSpeakers: readonly string[] = []): DistressReader {
  const own = phrases.map((p) => distressText(p)).filter(Boolean);
  const historical = speakerForms(historicalSpeakers);
  // A person is named by their surname: "Conquest wrote…", "stalin said…".
  const surnames = new Set(speakers.map((s) => distressText(s).split(' ').at(-1) ?? '').filter((w) => w.length >= 3 && !NOT_A_SPEAKER.has(w)));
  const reads = (text: string): Distress | undefined => {
    const read = IDIOMS.reduce((t, idiom) => t.replace(idiom, ' '), distressText(text)).replace(/ +/g, ' ').trim();
    if (!read) return undefined;
    const padded = ` ${read} `;
    if (SELF.some((p) => p.test(read)) || own.some((p) => padded.includes(` ${p} `))) return 'self';
    return HARMED.some((p) => p.test(read)) ? 'harmed' : undefined;
  };
  const reading = (text: string) => reads(ownWords(text, surnames, historical, 'left out'));
  return {
    reading,
    distress: (text) => reading(text) !== undefined,
    mayBeDistress: (text) => reads(ownWords(text, surnames, historical, 'kept', 'kept')) !== undefined || OWN_FEELINGS.test(distressText(text)),
  };
}

/** Words of death, killing or suicide: no course entry that has them is offered under the helplines. */
const DEATH = /\b(?:die|dies|died|dying|dead|death|deaths|deadly|kill|kills|killed|killing|killings|murder|murders|murdered|suicide|suicides|suicidal|shot|shoots|shooting|executed|execution|executions|assassin|assassinated|assassination|starved|starvation|hanged|perished|massacre|massacred|poisoned|grave|graves|corpse|corpses|bodies)\b/;

/** An entry to offer under the helplines: its question and answer say nothing of death, killing or suicide. */
export function speaksOfDeath(entry: { readonly question: string; readonly answer: string }): boolean {
  return DEATH.test(distressText(`${entry.question} ${entry.answer}`));
}
