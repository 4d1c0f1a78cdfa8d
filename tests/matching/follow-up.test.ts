// Follow-up questions: which lean on the last answer, how they are read, which entry answers them, and
// the conversation sets' figures.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BLIND_CONVERSATIONS, BLIND_CONVERSATIONS_2, BLIND_CONVERSATIONS_3, BLIND_CONVERSATIONS_4, BLIND_CONVERSATIONS_5, BLIND_CONVERSATIONS_6, BLIND_CONVERSATIONS_7, BLIND_CONVERSATIONS_8, CONVERSATION_SET, conversationFigures, HELD_OUT_CONVERSATIONS, loadConversations } from '../../bench/conversations.js';
import { buildApp } from '../../src/app.js';
import { answerableEntries } from '../../src/knowledge/answerable.js';
import type { CommandContext } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { answerPart, asksOnlyItsKind, asksSomethingNew, chooseFollowUp, courseSubjectReader, fittingPart, followUpAlone, leansOnPrevious, meaningAsked, personIn, readWithPrevious, requestAboutLast, simplerAsking, successorIn, type SubjectReader } from '../../src/matching/follow-up.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let reader: SubjectReader;
beforeAll(async () => {
  kb = await loadRealKnowledge();
  reader = courseSubjectReader(kb);
});

describe('a question that leans on the last answer', () => {
  it('carries on, points back with little of its own, or is a bare question', () => {
    for (const q of ['how long did it take to build?', 'why was he killed', 'and kamenev?', 'what about zinoviev?', 'was it successful', 'so why did they do it?', 'why?', 'how many died?', 'what were the results?'])
      expect(leansOnPrevious(q, reader), q).toBe('yes');
  });

  it('reads an object "him" as someone said before, not the person the question names ("why did Stalin turn on him")', () => {
    for (const q of ['why did stalin turn on him', 'why did stalin want him executed']) expect(leansOnPrevious(q, reader), q).toBe('yes');
    expect(leansOnPrevious('what did khrushchev reveal in his secret speech', reader)).toBe('no');
  });

  it('leans for sure when it points back with "that" or "then", which never stand for what it names itself', () => {
    for (const q of ['was bukharin in that one', 'what happened to zinoviev and kamenev then', 'how important was the grain crisis in that']) expect(leansOnPrevious(q, reader), q).toBe('yes');
    // "It" often stands for what the same question names, so a question naming something and saying "it" only may lean, or stands alone.
    for (const q of ['what was gosplan and what did it do', 'collectivisation: how successful was it?', 'what was it like to be a worker in magnitogorsk']) expect(leansOnPrevious(q, reader), q).not.toBe('yes');
  });

  it('leans for sure when it compares "it" with something it names, which "it" cannot stand for', () => {
    for (const q of ['was it similar to leninism', 'how does that differ from war communism', 'was it better than the nep']) expect(leansOnPrevious(q, reader), q).toBe('yes');
    // Two things of its own compared: nothing to lean on.
    expect(leansOnPrevious('how was the kolkhoz different from the sovkhoz', reader)).toBe('no');
  });

  it('reads "that" opening what was said or known as no pointing back ("did stalin know that kirov…")', () => {
    for (const q of ['did stalin know that kirov would be killed', 'is it true that bukharin was tortured']) expect(leansOnPrevious(q, reader), q).not.toBe('yes');
    for (const q of ['did stalin know that kirov would be killed', 'did the peasants believe that the kolkhoz would fail']) expect(leansOnPrevious(q), q).not.toBe('yes');
    // "That" as the thing said before still points back.
    for (const q of ['did he know that', 'did stalin know that', 'did trotsky say that one']) expect(leansOnPrevious(q, reader), q).toBe('yes');
  });

  it('only may lean when its "and" opens a whole question naming a subject of its own ("and how many went to the camps of the gulag?")', () => {
    for (const q of ['and how many were sent to the gulag', 'and who was kamenev', 'and why did the kulaks resist']) expect(leansOnPrevious(q, reader), q).toBe('maybe');
    for (const q of ['and kamenev?', 'and how many died?', 'and why did he do it', 'and what about in 1937?', 'and how many in 1937']) expect(leansOnPrevious(q, reader), q).toBe('yes');
  });

  it('may lean when it names nothing but says more, or names only a name every question shares', () => {
    // ("How did Stalin respond?" stops where what he responded to should follow: it leans for sure, below.)
    for (const q of ['why was housing so bad', 'how did stalin change things', 'why was there so little resistance']) expect(leansOnPrevious(q, reader), q).toBe('maybe');
    // "They" may be anyone (the authorities), so only a question that says little of its own surely leans on it.
    expect(leansOnPrevious('how did they edit people out of photos', reader)).toBe('maybe');
    expect(leansOnPrevious('so why did they do it?', reader)).toBe('yes');
  });

  it('stands on its own when it names its subject, brings in something new, or is long', () => {
    for (const q of [
      'why did stalin end the nep',
      'how did the famine affect ukraine in 1932',
      'who was kirov',
      'who was molotov',
      // "%" is a word, not a gap: "what of farms…" would read as carrying on ("what of the kulaks?").
      'what % of farms were collectivised by 1932',
      // "that" opens a relative clause, "one" is a number, "his" is Khrushchev's: none points back.
      'what was the policy that ended the nep',
      'what was socialism in one country',
      'what did khrushchev reveal in his secret speech',
      // "a" brings in something new; a bare name is asked on its own.
      'what is a purge?',
      'famine',
      'How far do you agree that the Five-Year Plans transformed the Soviet economy in the years 1928 to 1941?',
    ])
      expect(leansOnPrevious(q, reader), q).toBe('no');
  });

  it('stands on its own when it asks what one word is, asks about today, or misspells a name of the course (a beginner\'s and a dyslexic student\'s trials)', () => {
    // "What is propaganda?" after the show trials is about propaganda; "what was the punishment?" still leans.
    for (const q of ['what is propaganda', 'whats communism', 'is russia still communist', 'do people still like stalin today', 'who was Stailn']) expect(leansOnPrevious(q, reader), q).toBe('no');
    for (const q of ['what was the punishment', 'what were the results', 'is it still used today']) expect(leansOnPrevious(q, reader), q).toBe('yes');
  });
});

describe('a request about the last answer itself', () => {
  it('asks for it said more simply, or to go further; one that names its own subject is a question', () => {
    for (const q of ['explain that simpler', 'can u explain it in simple terms pls', 'what does that mean', 'eli5']) expect(requestAboutLast(q), q).toBe('simpler');
    for (const q of ['give me an example', 'any examples?', 'tell me more', 'ok go on', 'can you elaborate']) expect(requestAboutLast(q), q).toBe('further');
    for (const q of ['give me an example of propaganda', 'explain the five year plans', 'what does kulak mean', 'why did stalin end the nep']) expect(requestAboutLast(q), q).toBeUndefined();
  });

  it('reads every way a beginner asks for it simpler as "simpler", and "say it again" as asking for it again', () => {
    for (const q of ['explain like im 10', "explain like i'm 10", 'can you explain that like im five', 'in simple words please', 'can you explain it easier', 'say it simpler', 'shorter pls', 'can you say it simpler pls i dont understand', 'wat does that meen'])
      expect(requestAboutLast(q), q).toBe('simpler');
    for (const q of ['say it again', 'repeat that pls', 'what was that again']) expect(requestAboutLast(q), q).toBe('again');
    // "What was that?" may ask about a thing the answer named.
    expect(requestAboutLast('what was that')).toBeUndefined();
  });

  it('reads the way a student new to English asks for it simpler, or says they did not understand (the EAL trial)', () => {
    for (const q of ['more simple please', 'more easy', 'can you say it more easy', 'explain simpler', 'simple words pls', 'explain me easy', 'a bit easier pls']) expect(requestAboutLast(q), q).toBe('simpler');
    for (const q of ["i don't understand", 'I dont understand', 'i not understand', 'i dont get it', 'sorry i didn’t understand it', 'too difficult']) expect(requestAboutLast(q), q).toBe('confused');
    for (const q of ['give example', 'give me example please', 'example pls']) expect(requestAboutLast(q), q).toBe('further');
    // A question of its own is still one.
    for (const q of ['i dont understand why stalin ended the nep', 'more simple explanation of the five year plans', 'easy']) expect(requestAboutLast(q), q).not.toBe('confused');
    expect(requestAboutLast('i dont understand why stalin ended the nep')).toBeUndefined();
  });

  it('reads a request for it simpler beside what the student says of their English, misspelt or after "i dont understand"', () => {
    for (const q of [
      'pls say it more easy, my english is not very good',
      'sorry my english is bad, can you explain simpler',
      'english is my second language, explain in easy words',
      'i am not good at english explain more simple',
      'i dont understand, explain it more easy',
      'explian more easy pls',
      'can you say it in esay words',
    ])
      expect(requestAboutLast(q, reader.lexicon), q).toBe('simpler');
    // "English" said of the student is no subject; a question of its own beside it still is one.
    expect(simplerAsking('explain simply why stalin ended the nep, my english is not so good', reader.lexicon)).toBe('why stalin ended the nep');
    expect(requestAboutLast('my english is not so good, why did stalin end the nep', reader.lexicon)).toBeUndefined();
  });

  it('reads "i dont understand" with a filler word before or after it as not understanding', () => {
    for (const q of ['i dont understand bro', 'bro i dont understand', 'i dont understand lol', 'lol i dont get it', 'ok i dont get it mate', 'i still dont understand pls']) expect(requestAboutLast(q), q).toBe('confused');
    expect(requestAboutLast('bro i dont understand why stalin ended the nep')).toBeUndefined();
  });

  it('gives the part of an answer a reply showed: its first two sentences, or its examples', () => {
    const answer = 'One. Two. Three, such as four. Five.';
    expect(answerPart(answer, 'short')).toBe('One. Two.');
    expect(answerPart(answer, 'examples')).toBe('Three, such as four.');
    expect(answerPart(answer, undefined)).toBe(answer);
  });
});

describe('a question asking what a word means', () => {
  it('names the word or phrase, but not "that" or "the name", which ask about the last answer', () => {
    expect(meaningAsked('what does requisitioned mean')).toBe('requisitioned');
    expect(meaningAsked("what does 'the great turn' mean?")).toBe('great turn');
    expect(meaningAsked('what does nkvd stand for')).toBe('nkvd');
    expect(meaningAsked('what is meant by revolutionary conservatism')).toBe('revolutionary conservatism');
    expect(meaningAsked('define smychka')).toBe('smychka');
    // As a student new to English asks it.
    for (const [q, word] of [['what mean this word procurement', 'procurement'], ["what means 'exploited'", 'exploited'], ['what is meaning of orthodoxy', 'orthodoxy'], ['disputed mean what', 'disputed'], ['what does mean kulak', 'kulak']] as const)
      expect(meaningAsked(q), q).toBe(word);
    for (const q of ['what does that mean', 'what does the name stand for', 'what does it stand for', 'what did it mean to be called an enemy of the people', 'why did stalin end the nep', 'what means did stalin use', 'what mean this word', 'what was the main meaning', 'what means of propaganda helped stalin', 'what means of control existed'])
      expect(meaningAsked(q), q).toBeUndefined();
    expect(meaningAsked('what is meaning of propaganda')).toBe('propaganda');
  });
});

describe('the part of the last answer a follow-up asks for', () => {
  const answer =
    'In December 1929 Stalin announced that the kulaks would be liquidated as a class. Others were deported with their families to "special settlements" in Siberia, the Urals and Kazakhstan. About 1.8 million people were deported in 1930–31, and hundreds of thousands died on the way.';

  it('is the sentences that give what it asks for: figures for "how many", places for "where"', () => {
    expect(fittingPart('how many died', answer, reader.lexicon)).toBe('About 1.8 million people were deported in 1930–31, and hundreds of thousands died on the way.');
    expect(fittingPart('where did they go', answer, reader.lexicon)).toMatch(/^Others were deported .* in Siberia/);
  });

  it('is nothing when no sentence gives it: "why" is answered by the whole', () => {
    expect(fittingPart('why', answer, reader.lexicon)).toBeUndefined();
  });
});

describe('a question that stops where what it is about should follow', () => {
  it('leans for sure, whatever it names: "react" to what, "after" what, "too" beside what', () => {
    for (const q of ['how did stalin react', 'how did the party reply?', 'so what happened after', 'did the workers strike after', 'were there children too'])
      expect(leansOnPrevious(q, reader), q).toBe('yes');
    // What follows is there: nothing missing.
    expect(leansOnPrevious('how did stalin react to the kirov murder', reader)).toBe('no');
  });

  it('reads it alone with what the last question named, not as any response of Stalin\'s', () => {
    expect(followUpAlone('how did stalin react', 'Who was Ryutin and what was the Ryutin Platform?', reader)).toMatch(/^how did stalin react .*ryutin/);
    // Naming its own subject, it is read alone as asked.
    expect(followUpAlone('did the kulaks fight back after', 'What was the Shakhty trial?', reader)).toBe('did the kulaks fight back after');
  });
});

describe('a "who did it?" follow-up, answered with the person the last answer says did it', () => {
  it('finds who came after the man the last question named, as the last answer says', () => {
    expect(successorIn('who took over from him', 'Who was Genrikh Yagoda?', 'He ran the secret police. In 1936 Stalin replaced him with Yezhov and had him shot later.', reader)).toBe('yezhov');
    expect(successorIn('and his successor?', 'Who was Alexei Rykov?', 'Rykov chaired Sovnarkom from 1924. In 1930 he was replaced by Stalin’s ally Molotov.', reader)).toBe('molotov');
    expect(successorIn('and his successor?', 'Who was Alexei Rykov?', 'Rykov chaired Sovnarkom from 1924 and was shot in 1938.', reader)).toBeUndefined();
    // No successor asked of him.
    expect(successorIn('when did he die', 'Who was Alexei Rykov?', 'In 1930 he was replaced by Molotov.', reader)).toBeUndefined();
  });

  it('finds the person in the sentence of the last answer that uses the question\'s words, never the man asked about or Stalin', () => {
    const murder = 'Kirov was killed in the Smolny in December 1934. The man who fired the gun was Leonid Nikolaev, a party member with a grudge.';
    expect(personIn('who fired the gun', 'How was Kirov murdered?', murder, reader)).toBe('leonid nikolaev');
    expect(personIn('who wrote it', 'What was the Short Course?', 'A history of the party written under Stalin’s eye in 1938.', reader)).toBeUndefined();
    // No person did it, but a body of the course: "decided by three-person troikas".
    expect(personIn('who decided the sentences', 'What was Order No. 00447?', 'Each region got a quota. Cases were decided by three-person troikas without a proper trial.', reader)).toBe('troikas');
    // "Who was he?" asks who the last one was: no one else.
    expect(personIn('who was he', 'How was Kirov murdered?', murder, reader)).toBeUndefined();
  });
});

describe('reading a follow-up with the last question', () => {
  it('adds the last question’s subject, putting a person the last question named in place of "him"', () => {
    expect(readWithPrevious('how long did it take to build?', 'Why was the Moscow Metro important?', reader)).toBe('how long did take to build moscow metro');
    expect(readWithPrevious('what happened to him in the end', 'What part did Nikolai Yezhov play in the Great Terror?', reader)).toMatch(/^what happened to yezhov in the end /);
  });

  it('asks the last question again of what is new: a name, an aspect, another of a series, a place', () => {
    expect(readWithPrevious('what about zinoviev?', 'Who was Sergei Kirov?', reader)).toBe('who was zinoviev');
    expect(readWithPrevious('and the failures?', 'What were the successes of the First Five-Year Plan?', reader)).not.toContain('successes');
    expect(readWithPrevious('and the third one?', 'What happened at the first Moscow show trial in 1936?', reader)).toContain('third moscow show trial');
    expect(readWithPrevious('and on the economy?', 'What impact did the Terror have on the Communist Party?', reader)).toBe('what impact did the terror have on the economy');
  });

  it('reads "it" alone as what the last question named, so the question alone is about the same thing', () => {
    expect(followUpAlone('when was it brought in', 'What was the labour book?', reader)).toBe('when was labour book brought in');
    expect(followUpAlone('why was it so bad there', 'Why was Kazakhstan so badly hit by famine?', reader)).toContain('kazakhstan');
    // A small number is no name ("2+2=5"), and "they" may be anyone: left out.
    expect(followUpAlone('what did it achieve', "Why was the First Five-Year Plan declared complete in four years ('2+2=5')?", reader)).not.toMatch(/\b[25]\b/);
    expect(followUpAlone('where did they go', 'What was the labour book?', reader)).toBe('where did go');
  });

  it('keeps a name of the course whole, though its words are everyday ones ("the Short Course", not "course")', () => {
    expect(readWithPrevious('who wrote it', 'What was meant by "Short Course"?', reader)).toBe('who wrote short course');
  });

  it('reads "they" alone as a group the last question named, and leaves it out after a thing that is no group', () => {
    expect(followUpAlone('why did the party hate them so much', 'Who were the Nepmen?', reader)).toContain('nepmen');
    // "They" after tractors are the tractors, not collectivisation.
    expect(followUpAlone('where were they made', 'Did collectivisation bring tractors and modern machinery to the villages?', reader)).not.toContain('collectivisation');
  });

  it('reads "what happened next?" as the next of the last one’s series, without its dates, and "before that?" as the one before', () => {
    expect(leansOnPrevious('what happened next?', reader)).toBe('yes');
    const next = readWithPrevious('what happened next?', 'What happened at the first Moscow show trial in 1936?', reader);
    expect(next).toContain('second moscow show trial');
    expect(next).not.toContain('1936');
    expect(followUpAlone('so what happened after that', 'What happened at the first Moscow show trial in 1936?', reader)).toContain('second moscow show trial');
    expect(readWithPrevious('what happened before that?', 'What happened at the second Moscow show trial in January 1937?', reader)).not.toMatch(/second|january|1937/);
    // No series: the last question's subject, as any follow-up.
    expect(readWithPrevious('what happened next?', 'How was Kirov murdered?', reader)).toContain('kirov');
  });

  it('reads "Kazakhstan too?" as the last question asked of Kazakhstan as well, and only a short one so', () => {
    expect(leansOnPrevious('kazakhstan too?', reader)).toBe('yes');
    expect(readWithPrevious('kazakhstan too?', 'Which parts of the USSR were worst affected by the famine?', reader)).toBe('which parts of the ussr were worst affected by the famine kazakhstan');
    expect(followUpAlone('kazakhstan too?', 'Which parts of the USSR were worst affected by the famine?', reader)).toMatch(/^kazakhstan .*famine/);
    expect(asksSomethingNew('kazakhstan too?', { question: 'Which parts of the USSR were worst affected by the famine?', answer: 'Ukraine, the Kuban and Kazakhstan.' })).toBe(true);
    // A whole question with "too" asks anew ("were there women too?" is no carrying-on).
    expect(readWithPrevious('were there women too', 'What was meant by "zek"?', reader)).not.toMatch(/^what was meant by/);
  });

  it('reads "who else…?" as another who did what the last one did, never someone else his answer names', () => {
    expect(leansOnPrevious('who else ran the nkvd?', reader)).toBe('yes');
    expect(followUpAlone('who else ran the nkvd?', 'Who was Nikolai Yezhov?', reader)).toBe('who ran the nkvd');
    expect(personIn('who else ran the nkvd', 'Who was Nikolai Yezhov?', 'He purged the NKVD and prepared the cases against Tukhachevsky.', reader)).toBeUndefined();
    expect(asksSomethingNew('who else ran the nkvd', { question: 'Who was Nikolai Yezhov?', answer: 'He ran the NKVD in 1936–38.' })).toBe(true);
  });

  it('replaces the last question’s time with one of its own', () => {
    expect(readWithPrevious('how did stalin change it in the 30s', 'What was Soviet education like in the 1920s?', reader)).not.toContain('1920s');
  });

  it('keeps the last question’s subject when a carrying-on question brings only a year as a name', () => {
    const text = readWithPrevious('what about grain production by 1940', 'How far had collectivisation strengthened the USSR by 1941?', reader);
    expect(text).toContain('collectivisation');
    expect(text).toContain('grain production by 1940');
    expect(text).not.toContain('1941');
  });
});

describe('choosing the entry that answers a follow-up', () => {
  const entry = (id: string, topic: string) => ({ id, topic });
  const last = entry('metro-why', 'plans');
  const is = (e: { id: string }) => e.id === last.id;

  it('weighs what the question alone asks against the last answer, which its words were added to', () => {
    const together = [
      { entry: last, key: 2.4 },
      { entry: entry('metro-when', 'plans'), key: 1.5 },
    ];
    const alone = [{ entry: entry('metro-when', 'plans'), key: 1.2 }];
    expect(chooseFollowUp(together, alone, { topic: 'plans', is }, { sure: true, asksAnew: true })?.id).toBe('metro-when');
    // When the last answer says what is asked, it may answer again.
    expect(chooseFollowUp(together, [], { topic: 'plans', is }, { sure: true, asksAnew: false })?.id).toBe('metro-why');
  });

  it('keeps to the last answer’s topic when an entry elsewhere only matches as well', () => {
    const together = [
      { entry: entry('canal-built', 'gulag'), key: 1.5 },
      { entry: entry('canal-success', 'plans'), key: 1.5 },
    ];
    expect(chooseFollowUp(together, [], { topic: 'plans', is }, { sure: true, asksAnew: true })?.id).toBe('canal-success');
  });

  it('prefers, among close entries, the one whose own question asks for the same kind of answer', () => {
    const together = [
      { entry: { ...entry('gulag-what', 'gulag'), question: 'What was the gulag?' }, key: 2.5 },
      { entry: { ...entry('gulag-numbers', 'gulag'), question: 'How many people were held in the gulag?' }, key: 2.4 },
    ];
    const previous = { topic: 'gulag', is: (e: { id: string }) => e.id === 'gulag-what' };
    expect(chooseFollowUp(together, [], previous, { sure: true, asksAnew: false })?.id).toBe('gulag-what');
    expect(chooseFollowUp(together, [], previous, { sure: true, asksAnew: false, intents: new Set(['figures'] as const) })?.id).toBe('gulag-numbers');
  });

  it('does not count a word as new when the last answer used it in another form ("bad" and "badly")', () => {
    const previous = { question: 'Why was Kazakhstan so badly hit by famine?', answer: 'Nomadic herders were forced to settle and lost their herds.' };
    expect(asksSomethingNew('why was it so bad there', previous)).toBe(false);
  });

  it('asks something new when it wants reasons or a judgement, or uses words the last answer does not', () => {
    const previous = { question: 'What was the labour book?', answer: 'A document every worker had to carry; a decree of December 1938 made it compulsory.' };
    expect(asksSomethingNew('why did they bring it in?', previous)).toBe(true);
    expect(asksSomethingNew('why was housing so bad?', previous)).toBe(true);
    expect(asksSomethingNew('what did every worker have to carry', previous)).toBe(false);
    expect(asksSomethingNew('when?', previous)).toBe(false);
  });

  it('asks something new when it asks how something was done and the last question asked no "how"', () => {
    const previous = { question: "Was Stakhanov's record genuine?", answer: 'The record was staged: helpers did the other jobs, and the regime used it in propaganda.' };
    expect(asksSomethingNew('how was he used in propaganda', previous)).toBe(true);
    expect(asksSomethingNew('how was he used in propaganda', { ...previous, question: 'How was Stakhanov used?' })).toBe(false);
  });

  it('asks nothing new with "what happened to him?" after who a man was, when that answer tells how his life ended', () => {
    const previous = { question: 'Who was Sergo Ordzhonikidze?', answer: 'He ran heavy industry from 1932 and shot himself in February 1937.' };
    expect(asksSomethingNew('what happened to him', previous)).toBe(false);
    expect(asksSomethingNew('what happened to him', { ...previous, answer: 'He ran heavy industry from 1932.' })).toBe(true);
  });

  it('asks for someone else with "who" after who a person was, unless it asks who they were again', () => {
    const previous = { question: 'Who was Sergei Kirov?', answer: 'Leningrad party boss and Politburo member whose murder on 1 December 1934 began the Terror.' };
    expect(asksSomethingNew('who killed him', previous)).toBe(true);
    expect(asksSomethingNew('who was he again?', previous)).toBe(false);
    // Carrying on with something of its own moves off the last answer, even one that mentions it.
    expect(asksSomethingNew('what about in the camps?', { question: 'What changed when Beria took over the NKVD?', answer: 'Beria released some prisoners from the camps.' })).toBe(true);
    expect(asksSomethingNew('who killed him', { ...previous, question: 'How was Kirov murdered?' })).toBe(false);
  });
});

describe('a conversation, as a student has it with /ask', () => {
  let app: ReturnType<typeof buildApp>;
  let students = 0;
  beforeAll(() => {
    app = buildApp({ kb });
  });
  /** The titles of the replies to each question in turn, asked by one new student in one channel. */
  async function titles(...questions: string[]): Promise<string[]> {
    const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: `talker${students++}`, userName: 'Student', canManageServer: false };
    const got: string[] = [];
    for (const q of questions) got.push((await app.router.runCommand('ask', { options: { question: q } }, ctx))?.title ?? '');
    return got;
  }
  const question = (id: string) => answerableEntries(kb).find((e) => e.id === id)?.question;

  it('answers "when was it brought in?" from the entry just given, which dates it, not from another law of the time', async () => {
    const [, second] = await titles('what was the labour book', 'when was it brought in');
    expect(second).toBe(question('industrial-workers-labour-book'));
  });

  it('reads "that" and "then" with the last answer even when the question names someone', async () => {
    expect((await titles('how did stalin react in the days after kirov was killed', 'what happened to zinoviev and kamenev then'))[1]).toBe(question('terror-origins-zinoviev-kamenev-1935'));
    expect((await titles('what was the trial of the 21 in 1938', 'was bukharin in that one'))[1]).toBe(question('great-terror-third-trial'));
  });

  it('reads "how did Stalin react?" after the grain crisis as his response to that crisis, not to the famine', async () => {
    const [, reply] = await titles('what was the grain procurement crisis', 'how did stalin react');
    expect([question('end-of-nep-urals-siberian'), question('term-emergency-measures'), question('term-urals-siberian-method')]).toContain(reply);
  });

  it('answers "what happened next?" after the first show trial with the second, and "who decided the sentences?" with the troikas', async () => {
    expect((await titles('what happened at the first show trial', 'what happened next?'))[1]).toBe(question('great-terror-second-trial'));
    expect([question('great-terror-troikas'), question('term-troika')]).toContain((await titles('what was order 00447', 'who decided the sentences'))[1]);
  });

  it('answers "who wrote it?" after the Short Course from what the notes say of the Short Course, not a historian who wrote a book', async () => {
    const [, reply] = await titles('what was the short course', 'who wrote it');
    expect([question('propaganda-cult-history-rewritten'), question('propaganda-cult-stalin-own-role'), question('term-short-course'), question('interpretations-soviet-views')]).toContain(reply);
  });

  it('answers "what happened to him?" after who Ordzhonikidze was from his card, which tells how he died', async () => {
    expect((await titles('how was soviet industry run from moscow', 'who ran heavy industry', 'what happened to him'))[2]).toBe(question('person-ordzhonikidze'));
  });

  it('answers "who replaced him?" with the man the last answer says came after, and "who fired the gun?" with the gunman', async () => {
    expect((await titles('what part did yezhov play in the great terror', 'who replaced him'))[1]).toBe(question('person-beria'));
    expect((await titles('who was rykov', 'and his successor?'))[1]).toBe(question('person-molotov'));
    expect((await titles('how was kirov murdered', 'who fired the gun'))[1]).toBe(question('person-nikolaev'));
  });

  it('answers a follow-up that alone has a sure answer of its own with that answer, not the last one again', async () => {
    expect((await titles('what happened to marshal tukhachevsky', 'how far did it weaken the army'))[1]).toBe(question('terror-assessment-army-1941'));
  });

  it('keeps to the last answer when the sure answer alone is about none of the follow-up\'s words ("how long did it take?")', async () => {
    // A teacher's trial: after Yagoda's fall, "how long did it take?" got how quickly farming was collectivised.
    const [yagoda, reply] = await titles('what happened to yagoda', 'how long did it take?');
    expect(reply).toBe(yagoda);
    expect(reply).not.toBe(question('collectivisation-pace'));
  });

  it('moves off the last answer when carrying on with something of its own ("and in the camps?")', async () => {
    expect((await titles('what changed when beria took over the nkvd', 'and in the camps?'))[1]).toBe(question('gulag-beria-change'));
  });

  it('keeps to the entry just given when "who stopped it?" asks what that entry tells', async () => {
    expect((await titles('why wasnt lenins testament published', 'who stopped it'))[1]).toBe(question('lenin-legacy-testament-suppressed'));
  });
});

describe('an A-level student\'s follow-ups (a blind trial, 7 December 2026)', () => {
  let app: ReturnType<typeof buildApp>;
  let students = 0;
  beforeAll(() => {
    app = buildApp({ kb });
  });
  /** The replies to each question in turn, asked by one new student in one channel. */
  async function replies(...questions: string[]) {
    const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: `jamal${students++}`, userName: 'Student', canManageServer: false };
    const got = [];
    for (const q of questions) got.push(await app.router.runCommand('ask', { options: { question: q } }, ctx));
    return got;
  }
  const question = (id: string) => answerableEntries(kb).find((e) => e.id === id)?.question;
  const NOTHING_BETTER = 'My notes have nothing better on this than my last answer';

  it('puts right only what the question being answered gets wrong, and reads "did stalin kill lenin" as it stands', async () => {
    const [beria, lenin] = await replies('why did beria start the great terror', 'did stalin kill lenin');
    expect(beria?.body).toContain('Beria did not start');
    expect(lenin?.body).not.toContain('Beria');
    expect(lenin?.body).not.toContain('I read this together');
    const [alone] = await replies('did stalin kill lenin');
    expect(lenin?.title).toBe(alone?.title);
    // The same with another correction: Trotsky's defeat is not put right above the NEP.
    const [trotsky, nep] = await replies('how did trotsky win the power struggle', 'what was the nep');
    expect(trotsky?.body).toContain('Trotsky lost the power struggle');
    expect(nep?.body).not.toContain('A correction');
  });

  it('reads "he" as Stalin all through a talk about his post, and never says "nothing better" twice in a row', async () => {
    const got = await replies('wen did stalin become general sec', 'who appointed him', 'was he popular', 'what did lenin think of him', 'so why wasnt he sacked');
    const titles = got.map((r) => r?.title);
    expect(titles[2]).not.toBe(question('terror-origins-kirov-threat'));
    expect(titles[3]).toBe(question('lenin-legacy-testament-contents'));
    expect(titles[4]).toBe(question('lenin-legacy-testament-suppressed'));
    for (let i = 1; i < got.length; i++) expect(got[i - 1]?.body?.includes(NOTHING_BETTER) && got[i]?.body?.includes(NOTHING_BETTER)).toBe(false);
    // Asked a second time, "nothing better" gives way to something else.
    const again = await replies('why was being general secretary such a big deal', 'who gave him the job', 'when was that');
    expect(again[1]?.body).toContain(NOTHING_BETTER);
    expect(again[2]?.body).not.toContain(NOTHING_BETTER);
  });

  it('answers "who killed him?" after Kirov\'s murder with Nikolaev, and "did stalin order it" with whether Stalin was behind it', async () => {
    const [, killer, order] = await replies('when was kirov killed', 'who killed him?', 'did stalin order it');
    expect(killer?.title).toBe(question('person-nikolaev'));
    expect(order?.title).toBe(question('terror-origins-stalin-order-kirov'));
    // "It" straight after the murder itself is the murder too.
    expect((await replies('how was kirov murdered', 'did stalin order it'))[1]?.title).toBe(question('terror-origins-stalin-order-kirov'));
  });

  it('keeps the subject for "what % by 1937" after how fast farming was collectivised', async () => {
    const [pace, share] = await replies('collectivisaton how fast', 'what % by 1937');
    expect(pace?.title).toBe(question('collectivisation-pace'));
    expect(share?.title).toBe(question('collectivisation-pace'));
    expect(share?.body).toContain('93%');
    expect(share?.title).not.toBe(question('great-terror-mass-operations'));
  });

  it('refuses "his son yakov?" after Stalin\'s wife, a name the notes never use, rather than bend it to her', async () => {
    const [wife, son] = await replies("stalin's wife, how did she die", 'his son yakov?');
    expect(wife?.title).toBe(question('person-alliluyeva'));
    expect(son?.title).toBeUndefined();
    expect(son?.body).toContain('yakov');
  });

  it('reads "was it the same as the nazi camps?" after the gulag as the gulag compared, but refuses another subject asked outright', async () => {
    const [, nazi] = await replies('what was the gulag', 'was it the same as the nazi camps');
    expect(nazi?.title).toBe(question('gulag-vs-nazi-camps'));
    const [, cold] = await replies('what was the gulag', 'what was the cold war');
    expect(cold?.title).toBeUndefined();
  });

  it('answers "what did preobrazhensky want" after Bukharin with the Left\'s programme (it names its own subject)', async () => {
    expect((await replies('"enrich yourselves" who said it', 'what did preobrazhensky want'))[1]?.title).toBe(question('nep-left-alternative'));
  });
});

describe('what a follow-up\'s words stand for', () => {
  it('leans a share or a count by a year on the last answer, but not what happened in a year', () => {
    expect(leansOnPrevious('what % by 1937', reader)).toBe('yes');
    expect(leansOnPrevious('how many by 1932?', reader)).toBe('yes');
    expect(leansOnPrevious('what happened in 1937', reader)).toBe('no');
  });

  it('reads "it" after who a man was as what he did, never as the man', () => {
    const nikolaev = answerableEntries(kb).find((e) => e.id === 'person-nikolaev');
    const text = followUpAlone('did stalin order it', nikolaev?.question ?? '', reader, nikolaev?.answer);
    expect(text).toContain('kirov');
    expect(text).not.toContain('nikolaev');
  });

  it('finds the killer in an answer that says "gunman" or "shot" for "who killed him?"', () => {
    expect(personIn('who killed him', 'How, when and where was Kirov murdered?', 'Kirov was shot in the Smolny. The gunman was Leonid Nikolaev, a party member.', reader)).toBe('leonid nikolaev');
    expect(personIn('who murdered him', 'Who was Sergei Kirov?', 'Kirov ran Leningrad. He was shot dead by Leonid Nikolaev in 1934.', reader)).toBe('leonid nikolaev');
  });
});

/** A conversation set's figures against its floors: how many follow-ups at least, the share read right, the share of stand-alone turns left as they are alone. */
async function expectFigures(file: string, floors: { readonly followUps: number; readonly right: number; readonly unbent: number }): Promise<void> {
  const f = await conversationFigures(kb, loadConversations(file));
  expect(f.followUps).toBeGreaterThanOrEqual(floors.followUps);
  expect(f.followUpsRight / f.followUps, JSON.stringify(f)).toBeGreaterThanOrEqual(floors.right);
  expect(f.standalonesUnbent / f.standalones, JSON.stringify(f)).toBeGreaterThanOrEqual(floors.unbent);
}

// Both sets were written apart from the code; both were read line by line to choose the rules and
// settings from December 2026, so their figures flatter. A new blind set measures how far this holds.
describe('the conversation sets (150 and 70 conversations, both used for tuning)', () => {
  // 85.8% of 134 follow-ups read right (69.4% before the first round), 87.3% after the second; none of 91 stand-alone questions bent.
  // 85.8% → 88.8% with "it" read as the last question's names, "that"/"then" leaning and a repeat penalty of 0.8.
  // 7 December 2026: 20 conversations of kinds the set lacked added ("what happened next?", "who else…?", "Kazakhstan
  // too?", "how does that compare with…?", "was it successful?"), 14 of their 20 follow-ups read right before that
  // day's rules, 18 after; the 134 older ones 123 → 126 (all five readable sets 384 → 391 of 456).
  it('reads ≥ 86% of the first set’s follow-ups right and bends at most one stand-alone question in fifty', async () => {
    await expectFigures(CONVERSATION_SET, { followUps: 120, right: 0.86, unbent: 0.98 });
  });

  // 81.2% of 101 follow-ups read right (59.4% when it was measured blind), 82.2% after the second round; none of 32 stand-alone questions bent.
  // 87.1% → 89.1% with the rules above (85.1% → 87.1% with the fact base as other changes left it that day).
  it('reads ≥ 84% of the second set’s follow-ups right and never bends a question that stands on its own', async () => {
    await expectFigures(HELD_OUT_CONVERSATIONS, { followUps: 100, right: 0.84, unbent: 0.98 });
  });
});

describe('the blind conversation sets (written and labelled by helpers who never saw the code)', () => {
  // 59.7% of 67 follow-ups read right with the rules before December 2026's tuning, 68.7% after, 73.1% after
  // the second round (target 90%), for which this set was read line by line; none of 65 stand-alone turns bent.
  // 76.1% → 82.1% with the rules chosen on the two sets above ("it", "that"/"then", repeat penalty 0.8).
  it('first set (69 conversations): reads ≥ 78% of its follow-ups right and never bends a question that stands on its own', async () => {
    await expectFigures(BLIND_CONVERSATIONS, { followUps: 60, right: 0.78, unbent: 1 });
  });

  // 58.8% of 80 follow-ups read right before the second round, 62.5% after (held out until then), 68.8% after
  // the third, for which it was read line by line; 64 of 65 stand-alone turns left as they are alone throughout.
  // 73.8% → 76.3% with the rules chosen on the first two sets.
  it('second set (77 conversations): reads ≥ 72% of its follow-ups right and bends at most one stand-alone question in fifty', async () => {
    await expectFigures(BLIND_CONVERSATIONS_2, { followUps: 75, right: 0.72, unbent: 0.98 });
  });

  // Held out, figures only: 53.7% of 82 follow-ups read right at the start and at the end of the third session
  // of 6 December 2026 (the first time it was measured; /ask's changes that session left it as it was); 65 of
  // 66 stand-alone turns left as they are alone. 66 of its 224 turns equal a turn of an older set. 54.9% at the end
  // of the fourth session that day (measured once, at its end).
  it('fifth set (76 conversations, held out): reads ≥ 50% of its follow-ups right and bends at most one stand-alone question in fifty', async () => {
    const set = loadConversations(BLIND_CONVERSATIONS_5);
    const ids = new Set(answerableEntries(kb).map((e) => e.id));
    expect(set.flatMap((c) => c.turns.flatMap((t) => t.expect)).filter((id) => !ids.has(id))).toEqual([]);
    await expectFigures(BLIND_CONVERSATIONS_5, { followUps: 80, right: 0.5, unbent: 0.98 });
  });

  // Held out, figures only: written in the sixth session of 6 December 2026 by a helper who saw only a digest of
  // the fact base (ids, questions, answers' openings); 50 of its 180 turns equal a turn of an older set ("why?"),
  // 8 a phrasing. Measured once with the code of that session's start (68.5% of 108 follow-ups read right, 94 with
  // a right entry shown) and once at its end (70.4%, 96); 12 of 12 later stand-alone turns left as they are.
  it('sixth set (60 conversations, held out): reads ≥ 66% of its follow-ups right and bends at most one of its stand-alone turns', async () => {
    const set = loadConversations(BLIND_CONVERSATIONS_6);
    const ids = new Set(answerableEntries(kb).map((e) => e.id));
    expect(set.flatMap((c) => c.turns.flatMap((t) => t.expect)).filter((id) => !ids.has(id))).toEqual([]);
    await expectFigures(BLIND_CONVERSATIONS_6, { followUps: 100, right: 0.66, unbent: 0.9 });
  });

  // Held out, figures only: written on 7 December 2026 (fifteenth session) by a helper who saw only the README and a
  // digest of the fact base, and never ran the tutor; 48 of its 231 turns equal a turn of an older set. Measured with
  // the code of that session's start: 68.5% of 111 follow-ups read right (91 with a right entry shown), 50 of 50 later
  // stand-alone turns left as they are alone.
  it('seventh set (70 conversations, held out): reads ≥ 64% of its follow-ups right and bends at most one of its stand-alone turns', async () => {
    const set = loadConversations(BLIND_CONVERSATIONS_7);
    const ids = new Set(answerableEntries(kb).map((e) => e.id));
    expect(set.flatMap((c) => c.turns.flatMap((t) => t.expect)).filter((id) => !ids.has(id))).toEqual([]);
    await expectFigures(BLIND_CONVERSATIONS_7, { followUps: 105, right: 0.64, unbent: 0.98 });
  });

  // Held out, figures only: written on 7 December 2026 (sixteenth session) by a helper who saw only a digest of the
  // fact base and never ran the tutor; 11 of its 210 turns equal a turn of an older set. Measured with the code of
  // that session's start: 51.4% of 105 follow-ups read right (78 with a right entry shown), 35 of 35 later
  // stand-alone turns left as they are alone.
  it('eighth set (70 conversations, held out): reads ≥ 49% of its follow-ups right and bends at most one of its stand-alone turns', async () => {
    const set = loadConversations(BLIND_CONVERSATIONS_8);
    const ids = new Set(answerableEntries(kb).map((e) => e.id));
    expect(set.flatMap((c) => c.turns.flatMap((t) => t.expect)).filter((id) => !ids.has(id))).toEqual([]);
    await expectFigures(BLIND_CONVERSATIONS_8, { followUps: 105, right: 0.49, unbent: 0.97 });
  });

  // Held out, figures only: 49.4% of 79 follow-ups read right at the start of the second session of 6 December
  // 2026, 48.1% after it (a rule for "they", and /ask's hedging and thresholds), 50.6% after the third (/ask's
  // weight for the course's one-word names); 71 of 73 stand-alone turns left as they are alone throughout.
  it('fourth set (79 conversations, held out): reads ≥ 46% of its follow-ups right and bends at most two stand-alone questions in seventy', async () => {
    await expectFigures(BLIND_CONVERSATIONS_4, { followUps: 75, right: 0.46, unbent: 0.97 });
  });

  // 48.6% of 74 follow-ups read right with the rules of the morning of 6 December 2026 and after the second
  // round alike, 54.1% after the third, 55.4% at the end of that session (held out until then; read line by
  // line since, and a tuning set), 56.8% after the next; all 73 stand-alone turns left as they are alone.
  // 52.7% → 58.1% with the rules chosen on the first two sets.
  it('third set (78 conversations): reads ≥ 55% of its follow-ups right and bends at most one stand-alone question in fifty', async () => {
    await expectFigures(BLIND_CONVERSATIONS_3, { followUps: 70, right: 0.55, unbent: 0.98 });
  });
});

describe('real questions asked straight after another one', () => {
  // The real-question set's held-out half and fresh set (bench/ask-real), each asked after a question on
  // some other subject: a question that stands on its own must get the answer it gets alone. 7 of 587
  // (1.2%) were bent in December 2026; 10 (1.7%) with the follow-up rules before that.
  it('keeps the answer each gets alone for ≥ 97% of them', async () => {
    const questions = ['held-out-course', 'fresh-course'].flatMap((f) =>
      readFileSync(`bench/ask-real/${f}.jsonl`, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { q: string }).q),
    );
    const before = ['who was stakhanov', 'what was order 00447', 'how did the gulag change when beria took over', 'what was the 1936 constitution', 'who was eisenstein'];
    const app = buildApp({ kb });
    const alone = buildApp({ kb });
    const titleOf = async (a: typeof app, q: string, ctx: CommandContext) => {
      const r = await a.router.runCommand('ask', { options: { question: q } }, ctx);
      // The entry answered with, or the suggestions offered (the "not what I asked" token differs each time).
      return `${r?.title ?? ''}|${(r?.buttons ?? []).map((b) => b.action).filter((a) => a.startsWith('ask:')).join(',')}`;
    };
    let bent = 0;
    for (const [i, q] of questions.entries()) {
      const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: `u${i}`, userName: 'Student', canManageServer: false };
      await app.router.runCommand('ask', { options: { question: before[i % before.length] } }, ctx);
      if ((await titleOf(app, q, ctx)) !== (await titleOf(alone, q, { ...ctx, userId: `alone${i}` }))) bent++;
    }
    expect(bent / questions.length).toBeLessThanOrEqual(0.03);
    // About 1,800 asks: some 10 s alone, twice that on a loaded 2-core machine.
  }, 60_000);
});

describe('after the Year 10 trial (trial 2)', () => {
  it('reads "what did that mean" as asking the last answer more simply, never as the word "did that"', () => {
    for (const q of ['what did that mean', 'wat did it mean', 'what was that supposed to mean']) {
      expect(requestAboutLast(q), q).toBe('simpler');
      expect(meaningAsked(q), q).toBeUndefined();
    }
    // A word of its own is still looked up, "did" or not.
    expect(meaningAsked('what did smychka mean')).toBe('smychka');
  });

  it('tells a follow-up that asks only for a kind of answer ("why did it happen") from one that names something', () => {
    for (const q of ['ok but why did it happen', 'but why did that happen', 'how did it start']) expect(asksOnlyItsKind(q), q).toBe(true);
    for (const q of ['why did the famine happen', 'why did it happen so fast', 'what happened']) expect(asksOnlyItsKind(q), q).toBe(false);
  });
});
