// Content put right after an A-level student's blind trial (scratch s32, trial/alevel, sections 3 and 4): the
// totalitarian and revisionist glossary cards, the debates its questions should reach, the historians an A-level
// reading list names, the Red Army's dual command, the gulag's pre-war peak, a saying wrongly put in Stalin's mouth,
// and the side effects of asking for a card by a book's title.
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { CommandContext } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import type { Matcher } from '../../src/matching/matcher.js';
import { MESSAGES } from '../../src/messages.js';
import { createInMemoryMissedQuestions } from '../../src/missed/missed-questions.js';
import { answeredEntryId, answerOf, useRealMatcher } from '../helpers/knowledge.js';
import { TRIAL_MORNING, useRealApp } from '../helpers/conversation.js';

let kb: KnowledgeBase;
let matcher: Matcher;
useRealMatcher((real) => ({ kb, matcher } = real), 60_000);

/** The entry /ask answers with (undefined when it does not answer). */
const answeredWith = (q: string) => answeredEntryId(matcher, q);
const person = (id: string) => kb.people.find((p) => p.id === id);

describe('the totalitarian and revisionist glossary cards', () => {
  it('defines the totalitarian model as a model of the whole system, with Conquest’s Terror as one use of it', () => {
    const q = 'what is the totalitarian model and who are its main historians?';
    expect(answeredWith(q)).toBe('term-totalitarian-interpretation');
    const answer = answerOf(matcher, q);
    expect(answer).toMatch(/model of the whole Soviet system/);
    for (const name of [/Arendt/, /1951/, /Friedrich and Zbigniew Brzezinski \(1956\)/, /Fainsod/, /Schapiro/, /Pipes/, /Conquest/]) expect(answer).toMatch(name);
    expect(answer).not.toMatch(/^The view, associated with Robert Conquest/);
  });

  it('defines the revisionists by their history from below, not only by a chaotic Terror', () => {
    const answer = answerOf(matcher, 'what is the revisionist interpretation?');
    for (const name of [/Lewin/, /Fitzpatrick/, /Viola/, /Getty/, /from below/, /social mobility/]) expect(answer).toMatch(name);
  });
});

describe('A-level questions reach the debate they ask about', () => {
  it('the difference between the totalitarian and revisionist interpretations of the Terror: the debate, not exam advice', () => {
    const q = 'What is the difference between the totalitarian and revisionist interpretations of the Great Terror?';
    expect(['terror-assessment-conquest-vs-getty', 'stalinism-totalitarian']).toContain(answeredWith(q));
    expect(matcher.match(q).entry?.kind).not.toBe('skill');
    // Asking about the exam's interpretation questions still gets the advice.
    expect(matcher.match('whats the difference between interpretation a and interpretation b questions').entry?.kind).toBe('skill');
  });

  it('structure or agency: historians’ judgement of Stalin’s own role', () => {
    expect(answeredWith('Was Stalin a product of the system or did he create it?')).toBe('interpretations-stalin-role');
  });

  it('who came up with the term the Great Retreat: Timasheff, 1946', () => {
    const answer = answerOf(matcher, 'who came up with the term the Great Retreat?');
    expect(answer).toMatch(/Timasheff/);
    expect(answer).toMatch(/1946/);
  });

  it('Fitzpatrick’s argument on the Terror, asked with whether she is a revisionist', () => {
    const answer = answerOf(matcher, "Is Fitzpatrick a revisionist? what's her argument on the terror?");
    for (const point of [/revisionist/, /vydvizhentsy/, /On the Terror/, /denunciations/]) expect(answer).toMatch(point);
  });

  it('who wrote about the famine: the historians’ debate, not one historian’s card', () => {
    expect(answeredWith('who wrote about the famine')).toBe('interpretations-famine-debate');
  });

  describe('as /ask replies', () => {
    let app: App;
    const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Ada', canManageServer: false };
    useRealApp((real) => ({ app } = real), { missed: createInMemoryMissedQuestions(), now: TRIAL_MORNING });
    const ask = async (question: string, channelId: string) => app.router.runCommand('ask', { options: { question } }, { ...ctx, channelId });

    it('"Stalin became General Secretary in 1924 after Lenin died?" gets April 1922 and the post’s own entry', async () => {
      const reply = await ask('Stalin became General Secretary in 1924 after Lenin died?', 'gen-sec');
      expect(reply?.title).toBe('Why was the post of General Secretary so useful to Stalin?');
      expect(reply?.body.startsWith(MESSAGES.askWrongDate(['Stalin becomes General Secretary of the Communist Party (April 1922)']))).toBe(true);
    });

    it('"who killed him" after Kirov’s card: his killer, not the historian of the murder', async () => {
      await ask('who was kirov', 'kirov');
      const reply = await ask('who killed him', 'kirov');
      expect(reply?.title).toBe('Who was Leonid Nikolaev?');
    });
  });
});

describe('cards for the historians an A-level reading list names', () => {
  it.each([
    ['what did Richard Pipes argue', 'pipes', [/1923–2018/, /totalitarian/, /Lenin/]],
    ['what did Fainsod argue', 'fainsod', [/1907–1972/, /How Russia Is Ruled \(1953\)/, /Smolensk under Soviet Rule \(1958\)/, /Smolensk archive/]],
    ['what did Volkogonov argue', 'volkogonov', [/1928–1995/, /Triumph and Tragedy/, /archives/]],
    ['what did Orlando Figes argue', 'figes', [/The\s+Whisperers/, /2007/, /interviews/]],
    ['what did Adam Ulam argue', 'ulam', [/1922–2000/, /Stalin: The Man and His Era \(1973\)/]],
    ['what did Hiroaki Kuromiya argue', 'kuromiya', [/Indiana University/, /Stalin's Industrial Revolution/]],
    ['what did Chris Ward argue about Stalinism?', 'chris-ward', [/Stalin's Russia \(1993/]],
  ])('%s: the card, with lives and books', (q, id, facts) => {
    expect(answeredWith(q)).toBe(`person-${id}`);
    const p = person(id);
    const text = `${p?.role ?? ''} ${p?.summary ?? ''}`;
    for (const fact of facts) expect(text).toMatch(fact);
  });

  it('E. H. Carr on industrialisation gets Carr, with his dates and his view', () => {
    expect(answeredWith("what did E. H. Carr think of Stalin's industrialisation?")).toBe('person-carr');
    expect(person('carr')?.role).toMatch(/1892–1982/);
    expect(person('carr')?.summary).toMatch(/industrialisation/);
  });

  it('R. W. Davies on the Five-Year Plans: over-ambitious plans, chaos in 1929–33, real but costly growth', () => {
    for (const q of ['what does Davies say about the five year plans?', "what did Davies argue about Stalin's industrialisation and the economic alternative?"])
      expect(answeredWith(q), q).toBe('interpretations-davies-industrialisation');
    const answer = answerOf(matcher, 'what does Davies say about the five year plans?');
    for (const point of [/The\s+Industrialisation of Soviet Russia/, /over-ambitious/, /1929–33 brought chaos/, /growth was real/, /cost/]) expect(answer).toMatch(point);
    expect(person('rw-davies')?.role).toMatch(/1925–2021/);
  });

  it('gives Getty no year of death that cannot be checked', () => {
    expect(person('getty')?.role).toMatch(/born 1950/);
    expect(person('getty')?.role).not.toMatch(/2025|1950–/);
  });
});

describe('facts put right', () => {
  it('the Red Army quiz: dual command brought back in May 1937, not commissars attached for the first time', () => {
    const quiz = kb.quiz.find((q) => q.id === 'terror-assessment-quiz-08');
    expect(quiz?.correct).toMatch(/^Dual command returned/);
    expect(quiz?.choices.join(' ')).not.toMatch(/attached to units/);
    for (const fact of [/since 1918/, /May 1937/, /August 1940/]) expect(quiz?.explanation).toMatch(fact);
    const term = answerOf(matcher, 'what was dual command in the red army');
    for (const fact of [/from 1918/, /May 1937/, /August 1940/]) expect(term).toMatch(fact);
  });

  it('the gulag in 1941: about 1.9 million in camps and colonies on 1 January, the pre-war peak', () => {
    const answer = answerOf(matcher, 'what was the gulag population in 1941');
    expect(answer).toMatch(/about 1\.9 million on 1 January 1941, the pre-war peak/);
  });

  it('"the death of one man is a tragedy…": attributed to Stalin without evidence, not to be quoted as his', () => {
    const q = 'who said "the death of one man is a tragedy, the death of millions is a statistic"?';
    expect(answeredWith(q)).toBe('terror-assessment-tragedy-statistic');
    const answer = answerOf(matcher, q);
    for (const point of [/do not quote it/, /1947/, /Tucholsky/, /attributed to him without evidence/]) expect(answer).toMatch(point);
  });

  it('gives the same reasons for Stalin’s victory in both entries: the machine, his skill and his rivals’ errors', () => {
    for (const q of ['Why did Stalin win the power struggle?', 'How have historians explained Stalin’s victory in the power struggle?']) {
      const answer = answerOf(matcher, q);
      expect(answer, q).toMatch(/party machine/);
      expect(answer, q).toMatch(/skill/);
      expect(answer, q).toMatch(/rivals' (errors|mistakes)/);
    }
  });
});

describe('cards asked for by a book’s title, and the leaders in the famine', () => {
  it('"was stalin a revolutionary" is not taken for the title of Tucker’s book, which still finds him', () => {
    expect(answeredWith('was stalin a revolutionary')).not.toBe('person-tucker');
    expect(answeredWith('who wrote stalin as revolutionary')).toBe('person-tucker');
  });

  it('who led Kazakhstan in the famine: Goloshchekin', () => {
    expect(answeredWith('who was the leader of Kazakhstan')).toBe('person-goloshchekin');
    // Asked with the famine, the famine in Kazakhstan's entry may answer: it names him as the party boss there.
    for (const q of ['who was the leader of kazakhstan during the famine', 'who led Kazakhstan during the famine']) expect(answerOf(matcher, q), q).toMatch(/Goloshchekin/);
  });

  it('who ran Ukraine in the famine: Kosior, first secretary 1928 to January 1938', () => {
    expect(answeredWith('who ran Ukraine during the famine')).toBe('person-kosior');
    expect(person('kosior')?.role).toMatch(/from 1928 to January 1938/);
  });
});
