// A head of history's blind trial of /practice (M2, M3, S6–S8): historians given the other side's view are facts to
// check and make no point, two in one sentence included; a judgement set out in an essay's opening counts in any wording,
// while "This essay will argue that" alone changes nothing; length is a soft limit, and a level held by length says so
// plainly; course words hung on "because" and one-line verdicts earn no point or explanation; a sentence arguing against
// a view is not quoted for it; a reason after a colon backs a conclusion; the Terror's executions are checked by year.
// The answers are our own, written as a teacher trying the marker would.
import { describe, expect, it } from 'vitest';
import { feedbackParts } from '../../src/commands/practice-view.js';
import { practiceQuestion } from '../helpers/knowledge.js';
import { useRealMarker } from '../helpers/marker.js';

const real = useRealMarker();
const { mark, made } = real;
const swappedOf = (id: string, answer: string) => mark(id, answer).wrong.flatMap((w) => (w.swapped ? [w.swapped.said] : []));

describe("historians given the other side's view (M2)", () => {
  const FAMINE = 'pq-famine-how-far-policy';
  const TERROR = 'pq-terror-assessment-how-far-stalin';

  it('flags both historians of one sentence that swaps them, in a question whose own points name neither', () => {
    expect(swappedOf(FAMINE, 'Robert Conquest believed the famine was really an accident caused by the weather, while Davies and Wheatcroft argued that Stalin deliberately planned it to crush Ukraine.')).toEqual([
      'Robert Conquest',
      'R. W. Davies',
    ]);
    expect(swappedOf(TERROR, 'Getty claimed Stalin planned every arrest from the top, whereas Conquest thought the purges came from local officials.')).toEqual(['J. Arch Getty', 'Robert Conquest']);
  });

  it('never credits a point from a sentence whose historians are swapped, and credits it when they are the right way round', () => {
    expect(made(TERROR, 'Getty claimed Stalin planned every arrest from the top, whereas Conquest thought the purges came from local officials and pressure from below.')).toEqual([]);
    const right = 'Conquest argued Stalin planned it from the top, but Getty stressed chaos and pressure from below.';
    expect(swappedOf(TERROR, right)).toEqual([]);
    expect(made(TERROR, right)).toContain('historians');
    expect(swappedOf(FAMINE, 'Conquest saw a deliberate terror-famine, but Davies and Wheatcroft found no plan to starve the peasants.')).toEqual([]);
    expect(swappedOf(FAMINE, 'Tauger argued the famine was caused mainly by the weather.')).toEqual([]);
  });

  it('reads a view after the name it is given, not the sentence\'s own words before it, nor a list of course words', () => {
    expect(swappedOf(TERROR, 'The archives show Stalin signed the death lists, so Getty was wrong about him.')).toEqual([]);
    expect(swappedOf(FAMINE, 'Quotas, exports, Davies and Wheatcroft, bad weather, kulaks, passports.')).toEqual([]);
  });
});

describe('a judgement in the opening, in any wording (M3)', () => {
  const ESSAY = 'pq-terror-assessment-essay-paranoia';
  const BODY =
    'Stalin was deeply suspicious of his old rivals, and the show trials of Zinoviev, Kamenev and Bukharin removed every leader who might replace him. ' +
    'He signed lists with tens of thousands of names for execution, which shows that he directed the killing himself. ' +
    'The Terror also stopped when he chose, because the decrees of November 1938 halted the mass operations and Yezhov was removed. ' +
    'However, local officials pushed the arrests beyond their quotas in order to settle scores, so the scale was not only his doing. ' +
    'Fear of war with Germany and Japan also made the leaders hunt for a fifth column of traitors, which explains the national operations. ' +
    'Ordinary people denounced neighbours and colleagues, and this made the arrests snowball. ' +
    'Overall the view is only partly convincing, because Stalin started and ended the Terror but others gave it its scale.';
  const sustained = (opening: string) => real.marker.mark(practiceQuestion(real.kb, ESSAY), `${opening} ${BODY}`).judgement?.sustained;

  it('counts "valid only in part", "I largely agree" and "to a large extent" as a judgement set out in the introduction', () => {
    expect(sustained("This view is valid only in part: Stalin's suspicion drove the Terror, but it cannot explain its scale.")).toBe(true);
    expect(sustained('I largely agree with this view, though others made the Terror far bigger than Stalin planned.')).toBe(true);
    expect(sustained("To a large extent the Terror came from Stalin's suspicion, but not wholly.")).toBe(true);
  });

  it('"This essay will argue that" alone lifts nothing: an opening with no judgement stays unsustained, with or without it', () => {
    const plain = 'The Great Terror of 1936 to 1938 saw the arrest of about one and a half million people.';
    const without = real.marker.mark(practiceQuestion(real.kb, ESSAY), `${plain} ${BODY}`);
    const withPhrase = real.marker.mark(practiceQuestion(real.kb, ESSAY), `This essay will argue that ${plain.charAt(0).toLowerCase()}${plain.slice(1)} ${BODY}`);
    expect(without.judgement?.sustained).toBe(false);
    expect(withPhrase.judgement?.sustained).toBe(false);
    expect(withPhrase.level).toBe(without.level);
    expect(withPhrase.mark).toBe(without.mark);
  });
});

describe('course words and bare assertions earn nothing (S6)', () => {
  const WHY = 'pq-collectivisation-explain-why';

  it('a heading hung on "because" makes no point, though a clause about the same thing does', () => {
    expect(made(WHY, 'Grain crisis because it led to farms. Kulaks enemies because this led to deportations.')).toEqual([]);
    expect(made(WHY, 'The grain crisis of 1927–28 showed Stalin that the peasants would not sell enough grain to the state, so he forced them into collective farms.')).toContain('grain-supply');
  });

  it('a list of course words added to an answer adds no point to it', () => {
    const fair = 'The grain crisis of 1927–28 showed Stalin that the peasants would not sell enough grain to the state, so he forced them into collective farms.';
    expect(made(WHY, `${fair} Industrialisation Kulaks Tractors Towns Socialism Control.`)).toEqual(made(WHY, fair));
  });

  it('"I agree he was responsible because he was paranoid" states a point but explains nothing', () => {
    const r = mark('pq-terror-assessment-how-far-stalin', 'I agree that Stalin was responsible for the Terror because he was paranoid and cruel. He killed many people. So I mostly agree.');
    expect(r.made.map((m) => m.point.id)).toEqual(['paranoia']);
    expect(r.explained).toBe(0);
    expect(r.level).toBe(1);
  });
});

describe('evidence, contradictions and figures (S7, S8, item 6)', () => {
  it('does not quote a sentence that argues against the view as evidence for it', () => {
    const r = real.marker.mark(
      practiceQuestion(real.kb, 'pq-terror-assessment-essay-paranoia'),
      'Stalin signed lists with thousands of names for execution, so he drove the killing. However, calling this mere paranoia is misleading, since his suspicion of rivals had a political logic. Overall the view is partly valid.',
    );
    expect(r.made.map((m) => m.quote).join(' ')).not.toContain('misleading');
  });

  it('a conclusion with its reason after a colon is backed, and a level held by length says so in its level line', () => {
    const answer =
      'The extract argues that the Terror grew out of conflict between Moscow and regional party bosses, and local officials pushed arrests beyond their quotas to settle scores. ' +
      'However, Stalin signed execution lists and the Politburo approved the quotas of Order 00447 in July 1937, so the centre drove it. ' +
      'Overall the interpretation is only partly convincing: it explains the scale of the arrests but underplays Stalin\'s direction of them.';
    const r = real.marker.mark(practiceQuestion(real.kb, 'pq-terror-assessment-extract-getty'), answer);
    expect(r.judgement?.supported).toBe(true);
    const body = feedbackParts(real.kb, r).body ?? '';
    expect(r.short?.level).toBe(2);
    expect(body).toContain('**Level 2:** Held at level 2 by length.');
    expect(body).not.toContain('mostly to agree or mostly to disagree');
    expect(feedbackParts(real.kb, r).fields?.map((f) => f.value).join('\n')).not.toContain('do not back it up');
  });

  it('checks the executions of 1937–38 however the Terror is named, but not a count of names on lists', () => {
    const flagged = (answer: string) => mark('pq-terror-assessment-how-far-stalin', `Stalin signed the death lists. ${answer}`).wrong.map((w) => w.total?.title);
    expect(flagged('Roughly 15 million people were shot in 1937-38.')).toEqual(['Executions in the Great Terror of 1937–38']);
    expect(flagged('He approved lists with about 40,000 names for execution in 1937.')).toEqual([]);
  });
});
