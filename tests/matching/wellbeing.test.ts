// The distress reader behind /ask's wellbeing reply (finding 1, 3 and 10 of the review of cee4d88): what a
// student writes of their own distress is read so, however they put it; history questions, a source's words and
// everyday idioms are not. Whatever it lets through that may still be distress is kept out of the teacher's list.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeTexts } from '../../src/knowledge/loader.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { createDistressReader, type DistressReader } from '../../src/matching/wellbeing.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let reader: DistressReader;
beforeAll(async () => {
  kb = await loadRealKnowledge();
  reader = createDistressReader(kb.wellbeing?.phrases, kb.people.map((p) => p.name));
});

/** Disclosures, the review's among them: each must get the helplines. */
const DISCLOSURES = [
  // Missed before: answered with history, or kept in the teacher's list as typed.
  'someone at school keeps hitting me',
  'i hate myself',
  "I'm scared of my dad",
  'nobody loves me and i want to disappear',
  'kms',
  'i want to kill myself',
  "I'm being bullied at school what do i do",
  'i feel really depressed and want to hurt myself',
  'someone hits me at home',
  'i wanna die',
  "I don't want to live anymore",
  "i've been self harming",
  'i feel suicidal',
  'i wish i was dead',
  'my stepdad keeps hitting me',
  'he touches me',
  'they beat me up',
  '1) why did stalin end the nep 2) how do i tell Mr Khan that Priya Sharma is bullying me',
  'i hate my life',
  'i really hate myself',
  'no one cares about me',
  'everyone hates me',
  "i'm afraid of my stepdad",
  "im terrified of my mum's boyfriend",
  "i can't cope anymore",
  "i can't take it anymore",
  'i cry myself to sleep every night',
  "i'm so lonely",
  'i feel so alone',
  'feeling worthless',
  'i feel like a burden to everyone',
  'i think about suicide a lot',
  "life isn't worth living",
  "what's the point of living",
  'i took too many pills',
  "i don't feel safe at home",
  "i'm not safe at home",
  'a boy in my class touched me',
  'my mum hits me',
  'people at school keep hurting me',
  'my brother hurts me when mum is out',
  'i get hit at home',
  'i got beaten up after school',
  "i'm being cyberbullied",
  "i'm being picked on in class",
  'they call me names every day',
  'people keep telling me to kys',
  'an older boy keeps asking me for nudes',
  'my dad locks me in my room',
  'sir keeps hitting me',
  'my uncle touched me',
  'i want to run away from home',
  'i was kicked out of the house',
  "i'm scared to go home",
  'i wanna kms',
  'i want to disappear forever',
  'the gulag questions make me want to kill myself',
  'Jake said he will beat me up tomorrow',
  "the doctor said i'm depressed",
  // Quoted, but the student's own words or a friend's, not a source's.
  "i keep thinking 'i want to die'",
  "my friend texted me 'i want to kill myself' what do i do",
  "i told my mum 'he hits me'",
  // A source question first does not hide what comes after it.
  'How useful is Source A? Also I hate myself',
  // Finding 1 of review 2: missed once "at", "with" or a games lesson followed (caught before 57c64d9).
  'kids keep bullying me at school',
  'they are bullying me at school',
  'he keeps threatening me at school',
  'she keeps harassing me with texts',
  'i feel hopeless at home',
  'i feel worthless at school',
  'im completely alone at home',
  'i got bullied in my games lesson',
  'i was punched during the games lesson',
  'my dad hits me with a belt',
  'im being bullied',
  // Finding 2 of review 2: a classmate who shares a course surname, or "the older students", is no source.
  'Jones said he would beat me up after school',
  'Martin said he will beat me up tomorrow',
  'Ward said he would beat me up',
  'the older students said they will beat me up after school',
  'the other students said they would beat me up',
  'the students said i should kill myself',
  // Unquoted harm to "me" after a speaker is read as distress, to be safe: a history question pays one click.
  'Conquest wrote that they beat me until I confessed, what does he mean',
  'a kulak recalled they beat me and took our grain. why did collectivisation cause such violence?',
];

/** History questions, sources' first-person words and idioms: each must be answered as a question. */
const NOT_DISTRESS = [
  // Sources: this course's first-person testimony (the review's, and more).
  "Source A: 'I was beaten up by the interrogators until I signed' - how useful is this source?",
  'Source A: I was beaten up by the interrogators until I signed - how useful is this source?',
  "Ginzburg wrote 'they beat me for hours'. Why were confessions forced?",
  "In Source B a kulak says 'I was threatened and my family was deported'. How reliable?",
  "how useful is source c, a peasant's letter: 'I wish I was dead, we have nothing to eat'",
  "did Ordzhonikidze kill himself? he said 'i will end my life'",
  'source b says i was threatened by the nkvd, is it reliable?',
  "Conquest wrote: 'they beat me until I confessed', what does he mean",
  "a kulak recalled 'they beat me and took our grain'. why did collectivisation cause such violence?",
  'one prisoner wrote that the guards beat him every night, how useful is that?',
  'Solzhenitsyn: "I was beaten every night in the Lubyanka". How far does this explain the Terror?',
  '“I wanted to die,” wrote one prisoner. What were conditions like in the gulag?',
  "Interpretation 2: 'we were hit with rifle butts' - how convincing is this interpretation?",
  "Akhmatova's Requiem says 'I was with my people' - what did she mean?",
  // Idioms.
  'i got hit by the famine question in the test',
  'i was kicked out of the quiz why',
  "i'm being picked on in the quiz, the questions are too hard",
  'i will take my life into my own hands and revise the gulag',
  'i feel hopeless at dates',
  "i'm hopeless at dates how do i remember them",
  'i feel useless at remembering dates',
  "my teacher said I'm hopeless at essays, how do I plan one on the famine",
  'beats me why stalin won',
  'hit me with some facts about the five year plans',
  "don't bully me but who was trotsky",
  'this is killing me, what was the nep',
  'the quiz keeps beating me',
  'i got destroyed by the essay question on the purges',
  'i keep getting hit by the same question about the nep',
  'i was kicked out of the game, what is the answer',
  "i'm alone in the vc, can we start a quiz",
  'i got hit by the question',
  'i feel so hopeless at dates',
  'stalin keeps beating me at chess',
  'stop hitting me with questions about the nep',
  'i cant cope with all the revision for the gulag topic',
  'how many kms long was the white sea canal',
  'the canal was 227 kms long, how many died building it',
  // The course's own questions about suicide, violence and fear.
  'why did Tomsky kill himself',
  "did Stalin's wife kill herself",
  'why did Nadezhda Alliluyeva shoot herself',
  'how were prisoners bullied in the gulag',
  'who was bullied in the gulag',
  'how did the great depression affect the ussr',
  'why were so many people suicidal in the gulag',
  'how many people killed themselves in the famine',
  'did stalin bully his colleagues',
  'i think kulaks were attacked by the state',
  'explain why peasants were beaten by the otryady',
  'why did the NKVD torture prisoners until they confessed',
  'why did Yezhov say he was beaten',
  'did Kirov fear Stalin would kill him',
  'were people scared of stalin',
  'why did people feel hopeless in the famine',
  "what's the point of living in a communist state",
  'i hate the nep, why did lenin bring it in',
];

describe('a student in distress, in their own words', () => {
  it('has at least 40 disclosures and 40 history questions to read', () => {
    expect(DISCLOSURES.length).toBeGreaterThanOrEqual(40);
    expect(NOT_DISTRESS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(DISCLOSURES)('is read as distress: "%s"', (text) => {
    expect(reader.distress(text)).toBe(true);
    expect(reader.mayBeDistress(text)).toBe(true);
  });

  it('every disclosure in the list stays caught, however the student says where it happens', () => {
    // An exclusion for a quiz or a game ("hopeless at dates", "beating me at chess") must never take a place in a
    // child's life with it: "at school", "at home", "with texts", "in my games lesson" (review 2, finding 1).
    const missed = DISCLOSURES.flatMap((text) =>
      ['', ' at school', ' at home', ' with texts', ' in my games lesson', ' after school'].map((where) => `${text}${where}`),
    ).filter((text) => !reader.distress(text));
    expect(missed).toEqual([]);
  });

  it('tells harm by others from a student who may hurt themselves', () => {
    for (const text of ['im being bullied', 'kids keep bullying me at school', 'my dad hits me with a belt', 'Jones said he would beat me up'])
      expect(reader.reading(text), text).toBe('harmed');
    for (const text of ['i want to kill myself', 'the students said i should kill myself', 'i feel hopeless at home', "i'm scared to go home tbh"])
      expect(reader.reading(text), text).toBe('self');
    expect(reader.reading('why did Tomsky kill himself')).toBeUndefined();
  });

  it('reads the phrases a school adds in knowledge/wellbeing.yaml too', () => {
    expect(reader.distress("i'm scared to go home tbh")).toBe(true);
    expect(createDistressReader([]).distress("i'm scared to go home tbh")).toBe(false);
    expect(createDistressReader(['my own phrase']).distress('this is My Own Phrase.')).toBe(true);
  });
});

describe("history questions, a source's words and idioms", () => {
  it.each(NOT_DISTRESS)('are not read as distress: "%s"', (text) => {
    expect(reader.distress(text)).toBe(false);
  });

  it("none of the fact base's own questions, phrasings, names or answers reads as distress", () => {
    const texts = [
      ...kb.questions.flatMap((q) => [q.question, ...q.phrasings, q.answer]),
      ...kb.skills.flatMap((s) => [s.question, ...s.phrasings, s.answer]),
      ...kb.people.flatMap((p) => [p.name, ...p.aliases]),
      ...kb.terms.flatMap((t) => [t.term, ...t.aliases]),
      ...kb.quiz.flatMap((q) => [q.prompt, ...q.choices]),
      ...kb.topics.flatMap((t) => [t.title, ...t.aliases, t.summary]),
    ];
    expect(texts.length).toBeGreaterThan(5000);
    expect(texts.filter((t) => reader.distress(t))).toEqual([]);
  });
});

describe("what is kept out of the teacher's list of unanswered questions", () => {
  it('a quote that may be distress, and "i", "me" or "my" next to a feeling word', () => {
    for (const text of [
      "did Ordzhonikidze kill himself? he said 'i will end my life'",
      "Ginzburg wrote 'they beat me for hours'",
      // What a speaker is said to have said is read whole here: a kulak may be a classmate's nickname.
      "In Source B a kulak says 'I was threatened and my family was deported'. How reliable?",
      'im so scared of the exam on quantum physics',
      'i hate the nep, why did lenin bring it in',
      'it makes me cry, who won the world cup',
    ])
      expect(reader.mayBeDistress(text), text).toBe(true);
  });

  it("not a source's words, nor a question with no feelings of the student's", () => {
    for (const text of [
      "Source A: 'I was beaten up by the interrogators until I signed' - how useful is this source?",
      'why did Tomsky kill himself',
      'who won the 1966 world cup',
      'were people scared of stalin',
    ])
      expect(reader.mayBeDistress(text), text).toBe(false);
  });
});

describe('the wellbeing section of the fact base', () => {
  const section = (title: string) =>
    `wellbeing:\n  title: ${title}\n  reply: Please talk to a teacher.\n  helplines:\n    - { name: Childline, how: call 0800 1111 }\n  danger: Call 999.\n`;

  it('gives the UK helplines by default', () => {
    expect(kb.wellbeing?.helplines.map((h) => `${h.name}: ${h.how}`).join('\n')).toMatch(/Childline: .*0800 1111[\s\S]*Shout: .*85258/);
    expect(kb.wellbeing?.danger).toContain('999');
  });

  it('is held in one file only, and its phrases are plain lower-case words', () => {
    const twice = loadKnowledgeTexts([
      { file: 'a.yaml', text: section('One') },
      { file: 'b.yaml', text: section('Two') },
    ]);
    expect(twice.ok ? [] : twice.problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([expect.stringMatching(/^b\.yaml wellbeing: only one file may hold the wellbeing section/)]);
    const apostrophe = loadKnowledgeTexts([{ file: 'a.yaml', text: `${section('One')}  phrases: ["don't feel safe"]\n` }]);
    expect(apostrophe.ok ? [] : apostrophe.problems.map((p) => p.message)).toEqual([expect.stringContaining('without apostrophes')]);
  });

  it('reads a source\'s words by the speakers it names: one a school adds ("a lamplighter wrote…") is honoured', () => {
    const readerOf = (speakers: string) => {
      const loaded = loadKnowledgeTexts([{ file: 'a.yaml', text: `${section('One')}  historicalSpeakers: [${speakers}]\n` }]);
      if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
      return createDistressReader(loaded.kb.wellbeing?.phrases, [], loaded.kb.wellbeing?.historicalSpeakers);
    };
    const source = 'one lamplighter wrote i want to die every night, how useful is this source?';
    expect(readerOf('prisoner').distress(source)).toBe(true);
    expect(readerOf('prisoner, lamplighter').distress(source)).toBe(false);
    expect(readerOf('prisoner, lamplighter').distress('one prisoner wrote i want to die every night, how useful is this source?')).toBe(false);
  });

  it('refuses an empty list of speakers, or one with a phrase or a capital, saying what to write', () => {
    const problems = (speakers: string) => {
      const loaded = loadKnowledgeTexts([{ file: 'a.yaml', text: `${section('One')}  historicalSpeakers: ${speakers}\n` }]);
      return loaded.ok ? [] : loaded.problems.map((p) => p.message);
    };
    expect(problems('[]')).toEqual([expect.stringContaining('name at least one speaker')]);
    expect(problems('[Kulak, old peasant]')).toEqual([expect.stringContaining('one lower-case word'), expect.stringContaining('one lower-case word')]);
  });
});
