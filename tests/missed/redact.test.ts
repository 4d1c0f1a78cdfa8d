// What the missed-questions list keeps of a question: names and school details out (students name
// classmates, teachers, themselves and their school), the course's own names and everyday words kept, with
// the real fact base. And the real course questions of the readable sets come through (nearly) unchanged.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createInMemoryMissedQuestions, redactPersonalData } from '../../src/missed/missed-questions.js';
import { createNameRedactor, withNamesRedacted, type NameRedactor } from '../../src/missed/redact.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let redact: NameRedactor;
/** As the list records it: contacts, then names. */
const kept = (question: string) => redact(redactPersonalData(question));

beforeAll(async () => {
  redact = createNameRedactor(await loadRealKnowledge());
});

describe('names and school details taken out of a missed question', () => {
  it('takes out the names, school, year and teacher of the two questions the privacy review found stored', () => {
    expect(kept("Jake Smith year 9 at St Mary's school 07700 900123 jake.smith@gmail.com who is my form tutor Mrs Patel")).toBe(
      '[name] [name] [school] at [school] [number] [email] who is my form tutor Mrs [name]',
    );
    expect(kept('1) why did stalin end the nep 2) how do i tell Mr Khan that Priya Sharma is bullying me')).toBe(
      '1) why did stalin end the nep 2) how do i tell Mr [name] that [name] [name] is bullying me',
    );
  });

  it('takes out names typed in lower case, after a title or "my name is", and a possessive', () => {
    expect(kept('my name is olivia and i need help with collectivisation')).toBe('my name is [name] and i need help with collectivisation');
    expect(kept('can you tell miss hussain i did my homework on the five year plans')).toBe('can you tell miss [name] i did my homework on the five year plans');
    expect(kept('my friend priya sharma says the famine was made up')).toBe('my friend [name] [name] says the famine was made up');
    expect(kept('my mate jake said stalin was good')).toBe('my mate [name] said stalin was good');
    expect(kept("hi im called Mohammed Ali from 10B, what was Jake's answer about the gulag")).toBe(
      'hi im called [name] [name] from [school], what was [name]\'s answer about the gulag',
    );
    expect(kept('Tom Jones 8C why did Bukharin lose')).toBe('[name] [name] [school] why did Bukharin lose');
    expect(kept('i go to Oakwood Academy in y10 and we are doing the purges')).toBe('i go to [school] in [school] and we are doing the purges');
  });

  it('takes out the names the first version kept (the review of the redactor), in any case', () => {
    // Names that are everyday words cannot make a sentence look like title case.
    expect(kept('Why did Stalin kill Kirov? asking for Harry Potter')).toBe('Why did Stalin kill Kirov? asking for [name] [name]');
    // An everyday word the fact base uses only in lower case ("rose") is none of its names.
    expect(kept('Can you tell Rose that the essay is due')).toBe('Can you tell [name] that the essay is due');
    expect(kept('Grace Hill wants to know why the NEP ended')).toBe('[name] [name] wants to know why the NEP ended');
    expect(kept('i think Hope said the famine was made up')).toBe('i think [name] said the famine was made up');
    // A first name of the course's people, or a word it writes with a capital, after "tell", "ask", "my friend".
    expect(kept('can you tell George Henry that collectivisation failed')).toBe('can you tell [name] [name] that collectivisation failed');
    expect(kept('ask Anna why the NEP ended')).toBe('ask [name] why the NEP ended');
    // Lower case: after "my friend", "mate", "from", and "miss" as a title.
    expect(kept('my friend tom says stalin was good')).toBe('my friend [name] says stalin was good');
    expect(kept('miss jones said the purges were in 1937')).toBe('miss [name] said the purges were in 1937');
    expect(kept("i'm in 10B at oakwood academy")).toBe("i'm in [school] at [school]");
  });

  it("keeps what only looks like those: the course's own after \"tell\" or \"from\", a verb \"miss\", titles in title case", () => {
    for (const question of [
      'How was Stalin different from Lenin?',
      'can you tell Stalin was paranoid from his letters',
      'what did peasants from Ukraine and Georgia say about collectivisation',
      'did the West miss the signs of the famine',
      "Why are Industrialisation and Collectivisation considered to be 'Two Sides of the Same Coin'?",
      "What were Stalin's Economic Objectives?",
      'Why Did Stalin Decide to Collectivise?',
      'was the Frunze military academy purged',
      'why did my friend say the purges were exaggerated',
    ])
      expect(kept(question), question).toBe(question);
  });

  it("keeps the course's names, places and terms, everyday words, slips of them, and numbers that are not forms", () => {
    for (const question of [
      'why did Bukharin lose',
      'what did Yezhov do',
      'how did life change in Magnitogorsk',
      'Did Kamenev and Zinoviev ally with Trotsky in 1926?',
      'What did Gareth Jones report about the famine in Ukraine?',
      'Why Did the Great Purges Take Place in 1936-1938?',
      'why did Stalin miss the signs of the German invasion',
      'was Stalin worse than Hitler',
      'what did Leninn ban that Stailn brought back',
      'During the 17th party congress, how many votes were won by stalin and Kirov',
      'What were the main features of the Soviet Constitution of 1936 ? (8 mks).',
      'did 10m people die in the 1930s, or 20 000 000',
      'what was the NKVDs role in the Great Terror',
      'Did Stalin betray Lenin’s ideas, etc.?',
      // What a question asks about is a figure or a word the notes may lack: the teacher's list shows it.
      'who was Anastas Mikoyan',
      'what does zapodrasty mean',
      'What is Photosynthesis?',
    ])
      expect(kept(question), question).toBe(question);
  });

  it('changes almost none of the real course questions of the readable sets (bench/ask-real)', () => {
    const questions = ['tuning-course', 'third-course', 'fourth-course'].flatMap((set) =>
      readFileSync(`bench/ask-real/${set}.jsonl`, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => (JSON.parse(line) as { q: string }).q),
    );
    const changed = questions.filter((q) => kept(q) !== q);
    // 10 of 637: historians the fact base does not name (Suny, Naiman, Rubenstein…), and a few odd words ("Explaom").
    expect(questions.length).toBeGreaterThan(600);
    expect(changed.length / questions.length).toBeLessThan(0.03);
  });

  it('records a missed question without them, through the list the tutor records to', async () => {
    const missed = withNamesRedacted(createInMemoryMissedQuestions(), redact);
    await missed.record('g1', 'who is Mrs Patel and why did the NEP end', new Date(Date.UTC(2026, 0, 5)));
    expect((await missed.list('g1')).map((m) => m.question)).toEqual(['who is Mrs [name] and why did the NEP end']);
  });
});
