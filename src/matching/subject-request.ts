// What an A-level student asks of a subject rather than about one: "what do historians say", "give me a
// counter-argument", "which one is more convincing?", "what's the evidence?", "give me the figures", "give me an
// essay plan for that". Alone, such a request names no subject: it leans on the last answer ("give me a
// counter-argument" after Lenin's heir). After a question ("was the famine a genocide? what do historians say",
// "How far were the Five-Year Plans a success? Give me the figures") it asks it of that question, and is no
// question of its own. Read alone, its words would find whatever entry shares them ("counter" in
// "counter-revolutionary", "evidence" in how historians know public opinion), so the request is read apart and
// the entry chosen on the subject: its historians' debate, its other side, its evidence or its figures.
import type { AnswerEntry } from '../knowledge/answerable.js';
import { booksOf } from '../knowledge/answerable.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import { intentsOf } from './intent.js';
import type { Candidate, Matcher } from './matcher.js';
import { normaliseText, sentencesOf } from './normalise.js';
import { isContentTerm, type Lexicon } from './vocabulary.js';

/**
 * What is asked of the subject: the historians' views on it, which view is more convincing, the other side of
 * it, the evidence for it, its figures, or an essay plan for it.
 */
export type SubjectAsk = 'historians' | 'judge' | 'counter' | 'evidence' | 'figures' | 'plan';

export interface SubjectRequest {
  readonly kind: SubjectAsk;
  /** The question it is asked of, as typed; empty when the request alone was typed (it leans on the last answer). */
  readonly subject: string;
}

/** Words around a request that say nothing of it: "so", "ok", "pls", "then", "for me". */
const BEFORE = /^(?:(?:so|ok|okay|k|and|but|also|now|right|hmm+|well|yeah|yes|cool|thanks|ty|great|nice|pls|plz|please)\s+)*(?:(?:can|could|would|will) (?:you|u) |(?:pls|plz|please) |i (?:want|need|would like|d like) |(?:id|i d) like )?/;
const AFTER = /(?:\s+(?:pls|plz|please|then|too|as well|again|here|now|for me|for us|thanks|ty|lol|bro|mate|quickly|quick))*$/;
/** What a request may point back with: "that", "this view", "the argument", "it", "them". */
const POINTER = String.raw`(?:(?:that|this|it|them|those|these|the|your)(?: (?:view|views|argument|arguments|point|points|claim|idea|interpretation|answer|question|essay|one|ones|statement|figure|figures|number|numbers))?)`;

/** Each kind of request, as the whole of a message (normalised: "what's" reads "what", "counter-argument" "counter argument"). */
const REQUESTS: ReadonlyArray<readonly [SubjectAsk, RegExp]> = [
  [
    'counter',
    new RegExp(
      String.raw`^(?:` +
        [
          // "give me a counter-argument", "can u do the counterarguments", "any counter arguments?"
          String.raw`(?:(?:give|tell|show|write|make|do)(?: me| us)? |any |what (?:is |are )?|whats )?(?:an? |the |some |a good |good |the best |the main |the other )?counter ?(?:arguments?|argument|points?|views?|claims?|case)(?: (?:to|for|against|on) ${POINTER})?`,
          // "what's the other side?", "do the other side", "and the other side of the argument"
          String.raw`(?:(?:give|tell|show|write|make|do|argue)(?: me| us)? |what (?:is |about )?|whats |how about |and )?the (?:other|opposite|opposing) (?:side|view|argument|case|point of view)s?(?: of ${POINTER})?`,
          // "what would critics say?", "what would someone who disagrees say?"
          String.raw`what (?:would|do|might) (?:critics|the critics|someone who disagrees|people who disagree|opponents) (?:say|argue|think)(?: about ${POINTER})?`,
          // "argue against it", "what's the case against that?"
          String.raw`(?:argue|what is the case|whats the case|the case) against ${POINTER}`,
          // "what evidence for the other side": evidence on the other side is the other side
          String.raw`(?:what |any |the )?evidence (?:for|on) the (?:other|opposite|opposing) (?:side|view|argument)`,
        ].join('|') +
        String.raw`)$`,
    ),
  ],
  [
    'judge',
    new RegExp(
      String.raw`^(?:` +
        [
          // "which one is more convincing?", "which view is stronger", "who is right", "which is right"
          String.raw`(?:which|who|what)(?: one| view| side| argument| interpretation| historian| of them| of the two)? (?:is|are|was|s) (?:more |most |the more |the most )?(?:convincing|persuasive|right|correct|valid|accurate|stronger|strongest|better|best|reliable|true)`,
          // "how convincing is that?", "is that convincing?"
          String.raw`how (?:convincing|persuasive|valid|accurate|reliable|strong) (?:is|are) ${POINTER}`,
          String.raw`(?:is|are) ${POINTER} (?:convincing|persuasive|valid|right|correct)`,
          // "which should I agree with?", "who do I agree with"
          String.raw`(?:which|who)(?: one| view| side)? (?:should|do) i (?:agree with|believe|go with|side with)`,
        ].join('|') +
        String.raw`)$`,
    ),
  ],
  [
    'historians',
    new RegExp(
      String.raw`^(?:` +
        [
          // "what do historians say?", "what did historians think about it", "what do historians make of that"
          String.raw`(?:what|how) (?:do|did|does|would|have) (?:the )?(?:historians?|historiography) (?:say|said|think|thought|argue|argued|believe|write|written|make of|interpret|interpreted|judge|judged|see|seen|view|viewed|explain|explained|debate|debated)(?: (?:about|on|of))?(?: ${POINTER})?`,
          // "what's the historiography?", "what is the historians' debate on this", "historians' views?"
          String.raw`(?:what (?:is |are )?|whats |and )?(?:the )?(?:historiography|historians? (?:debate|debates|view|views|opinions?|interpretations?|arguments?)|debate among historians|interpretations?)(?: (?:on|of|about) ${POINTER})?`,
          // "which historian says that?", "who argues that", "which historians say which", "what historians think this"
          String.raw`(?:which|what) historians? (?:says?|said|argues?|argued|thinks?|thought|believes?|believed|holds?|held|wrote|writes|claims?|claimed|agrees?|agreed) (?:that|this|it|so|which|the same)(?: view| argument| interpretation)?`,
          // "who argues that?" (not "who said that?", which may ask about a quotation)
          String.raw`who (?:argues?|argued|thinks?|thought|believes?|believed|holds?|held|claims?|claimed|agrees?|agreed) (?:that|this|it|so|the same)(?: view| argument| interpretation)?`,
          String.raw`(?:which|what) historians? (?:is|was|are|were) (?:that|this|it)`,
          // "do historians agree?", "do historians agree with that"
          String.raw`(?:do|did) (?:the )?historians (?:agree|disagree)(?: (?:with|on|about) ${POINTER})?`,
        ].join('|') +
        String.raw`)$`,
    ),
  ],
  [
    'evidence',
    new RegExp(
      String.raw`^(?:` +
        [
          // "what evidence supports that?", "what's the evidence?", "evidence?", "any evidence for this", "is there proof"
          String.raw`(?:what|which|whats|any|is there|is there any|got any|give me|give me some|show me|show me the|where is the|wheres the)?(?: is| are)?(?: the| some| any)? ?(?:evidence|proof|sources?)(?: (?:is there|do we have|do historians have|have we got))?(?: (?:for|of|behind|on|about|that|to) ${POINTER})?(?: (?:supports?|backs? up|backs|shows?|proves?|prove) ${POINTER}(?: up)?)?`,
          // "how do we know (that)?", "how do historians know this"
          String.raw`how (?:do|did|can|could) (?:we|you|historians|they|people) (?:know|tell|be sure)(?: (?:that|this|it|about ${POINTER}))?`,
          // "are those figures reliable?", "can we trust that?", "where does that come from?"
          String.raw`(?:are|is) ${POINTER} (?:reliable|accurate|trustworthy|true)`,
          String.raw`(?:can|should) (?:we|you|i) (?:trust|believe) ${POINTER}`,
          String.raw`where (?:does|do|did) ${POINTER} (?:come from|get (?:that|it) from)`,
        ].join('|') +
        String.raw`)$`,
    ),
  ],
  [
    'figures',
    new RegExp(
      String.raw`^(?:` +
        [
          // "give me the figures", "any stats?", "what are the numbers?", "show me the statistics"
          String.raw`(?:(?:give|show|tell)(?: me| us)? |what (?:are |were )?|any |and )?(?:the |some )?(?:figures|stats|statistics|numbers|data|hard numbers)(?: (?:for|on|of) ${POINTER})?`,
        ].join('|') +
        String.raw`)$`,
    ),
  ],
  [
    'plan',
    new RegExp(
      String.raw`^(?:` +
        [
          // "give me an essay plan for that", "plan it for me", "essay plan?", "can you plan this essay"; not "what's the plan?"
          String.raw`(?:give|show|write|make|do|draw up|sketch)(?: me| us)? (?:an? |the |my )?(?:essay |answer |paragraph )?(?:plan|structure|outline)(?: (?:for|of|on) ${POINTER})?`,
          String.raw`(?:what (?:is |would be )?|whats )?(?:an? |the |my )?(?:essay|answer) (?:plan|structure|outline)(?: (?:for|of|on) ${POINTER})?`,
          String.raw`(?:plan|structure) ${POINTER}(?: (?:essay|question|answer))?(?: for me)?`,
          String.raw`how (?:would|should|do|could) i (?:plan|structure) ${POINTER}(?: (?:essay|question|answer))?`,
        ].join('|') +
        String.raw`)$`,
    ),
  ],
];

/** The request a whole message makes of a subject it does not name, if it makes one ("give me a counter-argument"). */
export function subjectlessAsk(text: string): SubjectAsk | undefined {
  const s = normaliseText(text).replace(BEFORE, '').replace(AFTER, '').trim();
  if (!s) return undefined;
  return REQUESTS.find(([, pattern]) => pattern.test(s))?.[0];
}

/** "Give me an essay plan for: 'To what extent…'", "essay plan on the NEP": a plan asked of a question it names. */
const PLAN_FOR = /^\s*(?:(?:can|could|would) (?:you|u) |pls |please )?(?:(?:give|write|make|do)(?: me| us)? (?:an? |the )?(?:essay |answer )?plan|(?:an? )?(?:essay|answer) plan)\b(?: for| of| on)?(?: this| the question| the essay| this essay| this question)?\s*[:\-–—]?\s*(?=\S)/i;
/** "Which historian argues that…", "which historians stress…", "who argues that…": a view stated, its holders asked for (normalised text). */
const WHO_ARGUES =
  /^(?:(?:so|ok|and|but) )?((?:which|what) historians?|who) (argues?|argued|says?|said|claims?|claimed|thinks?|thought|believes?|believed|holds?|held|stress(?:es|ed)?|emphasi[sz]es?|emphasi[sz]ed|suggests?|suggested) (?:that )?(.{12,})$/;
/** Words of history writing: "who said X" asks for a historian only beside one ("who said the historians were wrong"). */
const HISTORY_WRITING = /\b(?:historians?|historiography|interpretations?|revisionists?|totalitarian school)\b/;

/**
 * Whether "who said…" asks who said a quotation ("who said enrich yourselves": Bukharin in 1925), a person of the
 * period, rather than which historian holds a view: "who" with "say", and no word of history writing.
 */
function asksWhoSaidIt(asker: string, verb: string, view: string): boolean {
  return asker === 'who' && /^(?:says?|said)$/.test(verb) && !HISTORY_WRITING.test(view);
}
/** A request after the question, in the same sentence: "was the famine a genocide and what do historians say". */
const JOINED = /(?:,|;|\s[-–—]|\s+and|\s+but|\s+so)\s+(?=\S[^,;]*$)/gi;

/**
 * What a question asks of a subject: the request alone ("give me a counter-argument": subject ''), or the
 * request after (or before) the question it asks it of ("was the famine a genocide? what do historians say").
 * Undefined for any other question, including one that asks it in words of its own ("what do historians say
 * about the famine", which the matcher answers as asked).
 */
export function readSubjectRequest(question: string): SubjectRequest | undefined {
  const whole = subjectlessAsk(question);
  if (whole) return { kind: whole, subject: '' };
  const hasWords = (s: string) => normaliseText(s).split(' ').some((w) => w.length > 2 && isContentTerm(w));
  // "…? What do historians say": a sentence of its own, before or after the question.
  const sentences = sentencesOf(question.trim()).filter((s) => s.trim());
  if (sentences.length >= 2) {
    for (const at of [sentences.length - 1, 0]) {
      const kind = subjectlessAsk(sentences[at] ?? '');
      const rest = sentences.filter((_, i) => i !== at).join(' ');
      if (kind && hasWords(rest)) return { kind, subject: rest };
    }
  }
  // "…and what do historians say", "…, give me the figures".
  for (const m of question.matchAll(JOINED)) {
    const tail = question.slice(m.index + m[0].length);
    const kind = subjectlessAsk(tail);
    const rest = question.slice(0, m.index);
    if (kind && hasWords(rest)) return { kind, subject: rest.trim() };
  }
  // "Which historian argues that enthusiasm mattered more than coercion?": the historians of the view it states.
  const view = WHO_ARGUES.exec(normaliseText(question));
  const [, asker = '', verb = '', held = ''] = view ?? [];
  if (held && hasWords(held) && !subjectlessAsk(held) && !asksWhoSaidIt(asker, verb, held)) return { kind: 'historians', subject: held.trim() };
  // "Give me an essay plan: 'To what extent was Stalin's rule a revolution from above?'"
  const plan = PLAN_FOR.exec(question);
  if (plan) {
    const rest = question.slice(plan[0].length);
    if (hasWords(rest) && !subjectlessAsk(rest)) return { kind: 'plan', subject: rest.trim() };
  }
  return undefined;
}

/** What is found for a request: the entry that answers it on the subject, or none (then the subject's entry and its neighbours). */
export interface SubjectFound {
  /** The entry that gives what was asked on the subject ("How have historians debated the 'Great Retreat'…?"). */
  readonly entry?: AnswerEntry;
  /** The entry the subject was read as: the last answer, or the question's own answer. */
  readonly anchor?: AnswerEntry;
  /** Other entries on the subject that fit the request, after `entry`, for buttons. */
  readonly others: readonly AnswerEntry[];
}

/** Words of a question about what went well, and what went badly: the other side of one is the other. */
const WELL = /\b(?:success|successes|successful|succeed|succeeded|achievements?|achieved?|strengths?|strong|advantages?|benefits?|gains?|positives?|worked)\b/;
const BADLY = /\b(?:failures?|failed|fail|weaknesses?|weak|disadvantages?|costs?|problems?|negatives?|losses|mistakes?|errors?)\b/;
/** Words of a question that asks how we know: its sources, the archives, how reliable the figures are. */
const EVIDENCE = /\b(?:evidence|sources?|archives?|archival|records|documents?|know|reliable|reliability|trust|statistics)\b/;

/** A question that weighs something up ("how far…", "how successful…"); not "who were the contenders to succeed Lenin". */
const JUDGED = /\b(?:how far|to what extent|what extent|how (?:successful|effective|important|significant|much did .* change)|success|successful|assess|evaluate|worth it|did (?:it|they) work)\b/;

/** How far an entry is from a request's subject (see find): this far, it is neither linked to it nor on its topic. */
const OTHER_SUBJECT = 4;

/** How many entries of each ranking are looked through for one that fits. */
const POOL = 25;
/** An entry among the first this many ranked for the subject is near it. */
const NEAR = 8;
/** …with a ranking key at least this share of the first's. */
const NEAR_SHARE = 0.75;

/** Which way a question asks about its subject: what went well ("how successful…"), what went badly ("the failures…"), or neither or both. */
export function sideOf(question: string): 'well' | 'badly' | undefined {
  const s = normaliseText(question);
  const well = WELL.test(s);
  return well === BADLY.test(s) ? undefined : well ? 'well' : 'badly';
}

/** A question asked the other way round, for its other side ("were the Five-Year Plans a failure?"); undefined when it asks neither way. */
export function turnedAround(question: string): string | undefined {
  const side = sideOf(question);
  if (!side) return undefined;
  return normaliseText(question).replace(side === 'well' ? WELL : BADLY, side === 'well' ? 'failures' : 'successes');
}

/**
 * The words of a question that say what it is about: not those that say what kind of answer it wants or frame the
 * course as a whole (the fact base's `framingWords`, as the lexicon reads them), nor years.
 */
export function subjectTermsReader(lexicon: Lexicon, framingWords: readonly string[]): (text: string) => Set<string> {
  const termsOf = (text: string) => lexicon.termsOf(normaliseText(text).split(' ').filter(Boolean));
  const framing = new Set(termsOf(framingWords.join(' ')));
  return (text) => new Set(termsOf(text).filter((t) => isContentTerm(t) && !framing.has(t) && !/^\d/.test(t)));
}

/** What a request is asked of: the question typed (if any), the last answer (if it leans on one), and the request's own words. */
export interface SubjectOf {
  readonly subject?: string;
  readonly last?: AnswerEntry;
  readonly request?: string;
}

export interface SubjectFinder {
  /** The entry that gives what is asked (`kind`) on a subject, read from its text and, after an answer, that answer (`last`). */
  find(kind: Exclude<SubjectAsk, 'plan'>, of: SubjectOf): SubjectFound;
  /** The entry a subject is read as on its own: the question's own answer, or the first suggestion. */
  anchorOf(subject: string): AnswerEntry | undefined;
  /** Whether an entry gives historians' views: its question names historians or their work, or its answer names two historians. */
  isHistoriography(entry: AnswerEntry): boolean;
  /** The words of a question that say what it is about (subjectTermsReader). */
  subjectTermsOf(text: string): Set<string>;
}

export function createSubjectFinder(kb: Pick<KnowledgeBase, 'people' | 'vocabulary'>, matcher: Matcher): SubjectFinder {
  const termsOf = (text: string) => matcher.lexicon.termsOf(normaliseText(text).split(' ').filter(Boolean)).filter((t) => isContentTerm(t));
  const historiographyTerms = new Set(termsOf(kb.vocabulary.historiographyWords.join(' ')));
  // Historians are the people whose role names books they wrote ("author of 'The Great Terror' (1968)").
  const historianNames = kb.people.filter((p) => booksOf(p.role).length > 0).map((p) => [p.name, ...p.aliases].map((n) => ` ${normaliseText(n)} `));
  const namesHistorians = (text: string) => {
    const s = ` ${normaliseText(text)} `;
    return historianNames.filter((names) => names.some((n) => s.includes(n))).length;
  };
  const asksHistorians = (e: AnswerEntry) => termsOf(e.question).some((t) => historiographyTerms.has(t)) || namesHistorians(e.question) > 0;
  const isHistoriography = (e: AnswerEntry) => e.kind !== 'skill' && (asksHistorians(e) || namesHistorians(e.answer) >= 2);
  const judgement = (e: AnswerEntry) => JUDGED.test(normaliseText(e.question));
  const subjectTermsOf = subjectTermsReader(matcher.lexicon, kb.vocabulary.framingWords);
  const subjectTerms = (text: string) => new Set([...subjectTermsOf(text)].filter((t) => !historiographyTerms.has(t)));
  const ranked = (text: string) => (text.trim() ? matcher.rank(text).candidates.slice(0, POOL).map((c) => c.entry) : []);
  // Exam advice is about no subject: "'The Terror was caused by paranoia.' Assess…" is read as the Terror's causes.
  const anchorOf = (subject: string): AnswerEntry | undefined => {
    const r = matcher.match(subject);
    if (r.status === 'unknown') return undefined;
    const first = r.entry ?? r.suggestions[0];
    return first && first.kind !== 'skill' ? first : matcher.rank(subject).candidates.find((c) => c.entry.kind !== 'skill')?.entry;
  };

  return {
    isHistoriography,
    anchorOf,
    subjectTermsOf,
    find(kind, { subject = '', last, request }) {
      const anchor = (last && last.kind !== 'skill' ? last : undefined) ?? (subject ? anchorOf(subject) : undefined);
      // What the request is of: the question as the student typed it, and the anchor's own question.
      const abouts = [...new Set([subject, anchor?.question ?? ''].map((a) => a.trim()).filter(Boolean))];
      const about = abouts[0] ?? '';
      const terms = subjectTerms(abouts.join(' '));
      const candidatesOf = (text: string) => (text.trim() ? matcher.rank(text).candidates.slice(0, POOL) : []);
      const aboutCandidates = abouts.map(candidatesOf);
      const aboutRanked = aboutCandidates.flat().map((c) => c.entry);
      // The request's own words read with its subject ("are those figures reliable" with the plans' output), as any follow-up is.
      const withRequest = request ? candidatesOf(`${request} ${about}`) : [];
      // Near the subject as the matcher reads it: among the first entries ranked for it (or for the request read with
      // it), and close to the first, the last answer among them.
      const nearOf = (candidates: readonly Candidate[]) => candidates.slice(0, NEAR).filter((c) => c.key >= NEAR_SHARE * (candidates[0]?.key ?? 0)).map((c) => c.entry);
      const nearOnes = [...aboutCandidates.flatMap(nearOf), ...nearOf(withRequest)];
      const near = new Set(nearOnes.map((e) => e.id));
      const nearTopics = new Set(nearOnes.map((e) => e.topic));
      // On the subject: linked to the anchor either way, sharing a word of the subject that says what it is about,
      // near it, or a question entry on its topic.
      const shares = (e: AnswerEntry) => termsOf(e.question).some((t) => terms.has(t));
      const linksTo = (from: AnswerEntry | undefined, e: AnswerEntry) => !!from && from.related.includes(e.id);
      const linkedTo = (to: AnswerEntry | undefined, e: AnswerEntry) => linksTo(to, e) || (!!to && e.related.includes(to.id));
      const linked = (e: AnswerEntry) => linkedTo(anchor, e);
      const closeBy = (e: AnswerEntry) => shares(e) || linked(e) || near.has(e.id);
      // Figures may be on a topic next to the anchor's: "the plans' output" for "how far was industrialisation a success".
      const onSubject = (e: AnswerEntry) => closeBy(e) || (e.kind === 'question' && ((!!anchor && e.topic === anchor.topic) || (kind === 'figures' && nearTopics.has(e.topic))));
      // What the student has already: the last answer and, for the other side of a view, the entry that argues the view itself.
      const claim = kind === 'counter' && subject ? anchorOf(subject) : undefined;
      const fresh = (e: AnswerEntry) => e.kind !== 'skill' && e.id !== last?.id && e.id !== claim?.id;
      const related = [anchor, claim].flatMap((e) => e?.related ?? []).flatMap((id) => matcher.entry(id) ?? []);
      // A request leaning on the last answer: that answer's own subject, all of it.
      const leansOnAnswer = !!last && kind === 'historians';
      const anchorTerms = anchor ? [...subjectTerms(anchor.question)] : [];
      // Two of its words at least (all, if it has fewer): "the Terror" alone does not make the Terror's debate the economy's.
      const coversAnchor = (e: AnswerEntry) => {
        if (anchorTerms.length === 0) return shares(e);
        const own = new Set([...termsOf(e.question)]);
        return anchorTerms.filter((t) => own.has(t)).length >= Math.min(2, anchorTerms.length);
      };
      const turned = turnedAround(about);
      const well = turned !== undefined && WELL.test(normaliseText(about));
      const evidence = (e: AnswerEntry) => EVIDENCE.test(normaliseText(e.question));
      const figures = (e: AnswerEntry) => intentsOf(e.question).has('figures');
      const lookFor: Record<typeof kind, { readonly query: (about: string) => string; readonly tiers: readonly ((e: AnswerEntry) => boolean)[] }> = {
        // After an answer, only the historians of that answer's own subject: its linked entries, or an entry whose question
        // names what the answer's question is about ("which historian says that?" after the Terror's effect on the
        // economy is not the five interpretations of the Terror). None such, and the reply says the notes name none.
        historians: {
          query: (a) => `how have historians interpreted ${a}`,
          tiers: leansOnAnswer ? [(e) => isHistoriography(e) && (linked(e) || coversAnchor(e))] : [asksHistorians, isHistoriography],
        },
        // What weighs the views, not one historian's own (the last answer set two side by side).
        judge: { query: (a) => `how far historians ${a}`, tiers: [(e) => judgement(e) || (termsOf(e.question).some((t) => historiographyTerms.has(t)) && namesHistorians(e.question) !== 1), asksHistorians] },
        counter: {
          query: (a) => turned ?? `how far historians debate ${a}`,
          tiers: [
            ...(turned ? [(e: AnswerEntry) => (well ? BADLY : WELL).test(normaliseText(e.question)) && shares(e)] : []),
            // The historians the debate's own entry points to ("how social historians changed the picture" from whether the USSR was totalitarian).
            (e) => asksHistorians(e) && (linksTo(claim, e) || linksTo(anchor, e)),
            (e) => judgement(e) || asksHistorians(e),
          ],
        },
        // Evidence is never taken from a neighbouring topic by its topic alone: the law of spikelets has no figures of the famine's dead.
        evidence: { query: (a) => `how do historians know evidence sources ${a}`, tiers: [(e) => evidence(e) && closeBy(e), (e) => figures(e) && shares(e)] },
        // The figures themselves before how far they can be trusted; of the subject's topics ("the plans" of the Five-Year Plans).
        figures: { query: (a) => `how many how much figures ${a}`, tiers: [(e) => figures(e) && !evidence(e), figures] },
      };
      const { query, tiers } = lookFor[kind];
      const seen = new Set<string>();
      const pool = [...new Set(abouts.map(query))].flatMap(ranked).concat(withRequest.map((c) => c.entry), aboutRanked, related).filter((e) => !seen.has(e.id) && (seen.add(e.id), true)).filter((e) => fresh(e) && (onSubject(e) || linkedTo(claim, e)));
      // "Was the famine a genocide? What do historians say": the question's own answer, when it gives the historians' views.
      if (kind === 'historians' && !last && anchor && isHistoriography(anchor)) return { entry: anchor, anchor, others: pool.filter((e) => e.id !== anchor.id && isHistoriography(e)).slice(0, 3) };
      // Figures of the subject's own come first: linked to the last answer (its own related questions first), then on its
      // topic. A word the subject shares with another ("died" in the gulag's deaths and in the famine's) must not bring
      // that other's figures. Other requests keep the matcher's order, their tiers saying what comes first.
      const ownRank = (e: AnswerEntry) =>
        linksTo(claim, e) ? 0 : linksTo(anchor, e) ? 1 : linked(e) || linkedTo(claim, e) ? 2 : anchor && e.topic === anchor.topic ? 3 : OTHER_SUBJECT;
      const ordered = kind === 'figures' ? [0, 1, 2, 3, OTHER_SUBJECT].flatMap((rank) => pool.filter((e) => ownRank(e) === rank)) : pool;
      for (const tier of tiers) {
        const [entry, ...others] = ordered.filter(tier);
        // The subject's own answer has the subject's own buttons: no other subject's ("the famine's dead" under the gulag's figures).
        const own = kind === 'figures' && entry && ownRank(entry) < OTHER_SUBJECT ? others.filter((e) => ownRank(e) < OTHER_SUBJECT) : others;
        if (entry) return { entry, ...(anchor ? { anchor } : {}), others: own.slice(0, 3) };
      }
      return { ...(anchor ? { anchor } : {}), others: related.filter(fresh).slice(0, 4) };
    },
  };
}
