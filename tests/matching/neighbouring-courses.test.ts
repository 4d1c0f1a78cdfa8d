// Questions from the courses beside this one (Tsarist Russia, 1917, the First World War, Weimar and Nazi Germany,
// Fascist Italy, Spain, China, the United States, the Second World War after June 1941, the Cold War, the USSR
// after Stalin) are refused as outside the course; questions of the course that name those subjects' words beside
// its own people, terms and topics are not (issue 12). Written for these tests, not taken from any question set.
import { beforeAll, describe, expect, it } from 'vitest';
import { askQuestion } from '../../src/matching/ask-question.js';
import { createCourseMatcher, type Matcher } from '../../src/matching/matcher.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let matcher: Matcher;
beforeAll(async () => {
  matcher = createCourseMatcher(await loadRealKnowledge());
});

const statusOf = (question: string) => askQuestion(matcher, question).primary.status;

describe('a question from a neighbouring course', () => {
  it.each([
    // Tsarist Russia and 1917
    'How successful were Stolypin’s agrarian reforms?',
    'What did Witte do to industrialise Russia?',
    'What happened on Bloody Sunday?',
    'What were the April Theses?',
    'What was the Kornilov affair?',
    'Who were Kolchak and Denikin?',
    // The First World War
    'What was the Schlieffen Plan?',
    'Why did the sinking of the Lusitania matter?',
    'What happened at the Battle of the Somme?',
    // Weimar and Nazi Germany
    'Why did Stresemann sign the Locarno treaties?',
    'What was the Enabling Act?',
    'What happened on the Night of the Long Knives?',
    'What were the November criminals blamed for?',
    // Fascist Italy and Spain
    'What was the Matteotti crisis?',
    'Why did Italy invade Abyssinia?',
    'What was the March on Rome?',
    // China, the United States
    'What was the Hundred Flowers campaign?',
    'What was the Long March?',
    'What were Hoovervilles?',
    'Why was Prohibition repealed in the USA?',
    // The war after June 1941, the Cold War and the USSR after Stalin
    'What happened on D-Day?',
    'What was the Berlin Blockade?',
    'What was perestroika?',
    'What did Khrushchev say in the Secret Speech?',
  ])('is refused: %s', (question) => {
    expect(statusOf(question)).toBe('unknown');
  });

  it('is refused when it names someone neither the notes nor everyday English know, and nothing of the course', () => {
    // Kokovtsov (a Tsarist prime minister) is on no list of other subjects' names, and the question's other words
    // ("years", "prime minister") are the notes' own: the name alone tells it is another course's.
    expect(statusOf('In which years was Kokovtsov prime minister?')).toBe('unknown');
    expect(matcher.match('In which years was Kokovtsov prime minister?').unfamiliar?.unknown).toEqual(['kokovtsov']);
  });

  it('says which words named the other subject', () => {
    const result = matcher.match('Why did Stresemann sign the Locarno treaties?');
    expect(result.unfamiliar?.otherSubject).toEqual(expect.arrayContaining(['stresemann', 'locarno']));
  });
});

describe('a question of the course that names a neighbouring subject’s words', () => {
  it.each([
    'Why did Stalin fear Hitler?',
    'Was the gulag as bad as Auschwitz?',
    'How did the Kronstadt rising lead to the NEP?',
    'What was War Communism and why was it replaced?',
    'What did the Octobrists do?',
    'Why did peasants call collectivisation a second serfdom?',
    'What did Lissitzky’s poster Beat the Whites with the Red Wedge show?',
    'How did Conquest use Solzhenitsyn’s Gulag Archipelago?',
    'How did the collapse of the USSR change historians’ views of Stalin?',
    'What was the siege mentality?',
    'What was the Winter War with Finland?',
    'Why did Zinoviev and Kamenev oppose the October rising in 1917?',
  ])('is not refused: %s', (question) => {
    expect(statusOf(question)).not.toBe('unknown');
  });

  it('is not refused for a name the notes do not know beside one of the course’s', () => {
    // Frinovsky (Yezhov's deputy) is not in the notes; Yezhov is.
    expect(statusOf('Was Yezhov’s deputy Frinovsky shot too?')).not.toBe('unknown');
  });
});
