// Read aloud wherever there is text to revise from (a dyslexic student's trial): /ask's replies to revision
// requests on a topic, a /review card once its answer is shown, and a /practice question and its model answer's
// plan; never a practice mark or feedback. Offered on the same conditions as under an /ask answer.
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { termsOnPage } from '../../src/commands/revision.js';
import { revisionTarget } from '../../src/commands/voice.js';
import type { CommandContext, Reply, UserVoice } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { MESSAGES, REVIEW_MESSAGES as R, VOICE_MESSAGES as V } from '../../src/messages.js';
import { chronologyQuestions } from '../../src/quiz/chronology.js';
import { createEventContext } from '../../src/quiz/event-context.js';
import { CHRONOLOGY_MESSAGES } from '../../src/messages.js';
import { addMisses, cardKey } from '../../src/review/cards.js';
import { changeDeck } from '../../src/review/deck-text.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import { escapeRegExp, sentencesOf } from '../../src/matching/normalise.js';
import { VOICE_DEFAULTS } from '../../src/voice/defaults.js';
import { speakable } from '../../src/voice/script.js';
import { FakeSpeech } from '../fakes/speech.js';
import { FakeTime } from '../fakes/time.js';
import { FakeVoicePort } from '../fakes/voice-port.js';
import { loadFixtureKnowledge, loadRealKnowledge } from '../helpers/knowledge.js';

const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Ada', canManageServer: false };
const inVoice: CommandContext = { ...ctx, voice: { channelId: 'v1', cannotSpeak: [] } };
/** Where no Read aloud is offered: the tutor could not be heard there. */
const elsewhere: Record<string, CommandContext> = {
  'in no voice channel': { ...ctx, voice: null },
  'where the platform has no voice': ctx,
  'in a channel where the tutor cannot speak': { ...ctx, voice: { channelId: 'v1', cannotSpeak: ['speak'] } satisfies UserVoice },
  'in a Stage channel': { ...ctx, voice: { channelId: 'v1', cannotSpeak: [], unusable: 'stage' } },
  'in a DM': { ...inVoice, guildId: null },
};

async function tutor(kb?: KnowledgeBase, options: { voice?: boolean } = {}) {
  const time = new FakeTime();
  const speech = new FakeSpeech();
  const port = new FakeVoicePort(time);
  const store = createMemoryGuildStore();
  const app = buildApp({ kb: kb ?? (await loadFixtureKnowledge()), store, clock: time, scheduler: time, ...(options.voice === false ? {} : { voice: port, speech }) });
  /** Presses Read aloud (or any action naming what to read) and returns what the tutor then said in the voice channel. */
  const heard = async (action: string): Promise<string> => {
    const before = speech.spoken.length;
    const reply = await app.router.runAction(action, inVoice);
    expect(reply?.body, action).toBe(V.readAloudStarted(port.channelName('g1', 'v1')));
    await time.advance(5 * 60_000);
    await app.settled();
    expect(speech.spoken.length, action).toBe(before + 1);
    return speech.spoken[before] ?? '';
  };
  return { app, time, speech, port, store, heard };
}

const readAloudOf = (reply: Reply | undefined) => reply?.buttons?.find((b) => b.label === V.readAloudButton);
const pressOf = (reply: Reply | undefined): string => {
  const b = readAloudOf(reply);
  if (!b) throw new Error(`no Read aloud button in ${JSON.stringify(reply?.buttons?.map((x) => x.label))}`);
  return b.action;
};
const buttonOf = (reply: Reply | undefined, label: string): string => {
  const b = reply?.buttons?.find((x) => x.label === label);
  if (!b) throw new Error(`no ${label} button`);
  return b.action;
};

/** `count` key words of the NEP, "Word 1" on, each defined in a first sentence and then `more`. */
const manyTerms = (count: number, more: string) =>
  Array.from({ length: count }, (_, i) => ({
    id: `term-word-${i + 1}`,
    term: `Word ${i + 1}`,
    aliases: [],
    definition: `The first sentence of what word ${i + 1} means, long enough to count for something. ${more}`,
    topics: ['nep'],
    sources: ['notes'],
  }));
/** The numbers of the words a page of key words defines ("**Word 3**: …"), in order. */
const wordsShown = (reply: Reply | undefined) => [...(reply?.body ?? '').matchAll(/^\*\*Word (\d+)\*\*: /gm)].map((m) => Number(m[1]));
/** The numbers of the words read aloud with what they mean ("Word 3: The first sentence…"), in order. */
const wordsRead = (said: string) => [...said.matchAll(/Word (\d+): The first sentence/g)].map((m) => Number(m[1]));

describe('Read aloud under /ask replies to revision requests', () => {
  const ask = (app: Awaited<ReturnType<typeof tutor>>['app'], question: string, c: CommandContext = inVoice) => app.router.runCommand('ask', { options: { question } }, c);

  it('is offered under a topic\'s summary, key dates, key words and what to know, in a usable voice channel only', async () => {
    const { app } = await tutor();
    const requests = {
      'can you give me a short summary of the new economic policy': 'voice:topic:nep',
      'list the key dates for the nep': 'voice:topic:nep:dates',
      'give me the key words for the nep': 'voice:topic:nep:terms',
      'what should i revise for the nep': 'voice:topic:nep:know',
    };
    for (const [question, action] of Object.entries(requests)) {
      expect(readAloudOf(await ask(app, question)), question).toMatchObject({ key: 'V', action });
      for (const [where, c] of Object.entries(elsewhere)) {
        const reply = await ask(app, question, { ...c, userId: 'u2' });
        expect(reply?.title, `${question}, ${where}`).toBeTruthy();
        expect(readAloudOf(reply), `${question}, ${where}`).toBeUndefined();
      }
    }
    // "Test me" shows no topic's text: a quiz button only.
    const testMe = await ask(app, 'test me on the nep');
    expect(testMe?.buttons?.map((b) => b.label)).toEqual([MESSAGES.reviseStartQuiz('The New Economic Policy (NEP)')]);
    await app.shutdown();
  });

  it('is not offered when the tutor has no voice at all', async () => {
    const { app } = await tutor(undefined, { voice: false });
    expect(readAloudOf(await ask(app, 'list the key dates for the nep'))).toBeUndefined();
    await app.shutdown();
  });

  it('reads what the reply shows, each date and word as a sentence', async () => {
    const { app, heard } = await tutor();
    expect(await heard(pressOf(await ask(app, 'list the key dates for the nep')))).toBe('Key dates: The New Economic Policy (NEP). March 1921: Tenth Party Congress adopts the NEP.');
    expect(await heard(pressOf(await ask(app, 'give me the key words for the nep')))).toBe('Key words: The New Economic Policy (NEP). Nepmen: Private traders who did well under the NEP.');
    expect(await heard(pressOf(await ask(app, 'what should i revise for the nep')))).toBe(
      'What to know for The New Economic Policy (NEP). Key dates. March 1921: Tenth Party Congress adopts the NEP. Key words: Nepmen, War Communism. People: Vladimir Lenin.',
    );
    expect(await heard(pressOf(await ask(app, 'can you give me a short summary of the new economic policy')))).toMatch(/^The New Economic Policy \(NEP\)\. Lenin brought in the NEP in 1921 .*for profit\.$/);
    await app.shutdown();
  });

  it('says date ranges and days in words, and keeps a long page of words within the topic limit, whole words only', async () => {
    const fixture = await loadFixtureKnowledge();
    const nep = fixture.topics[0];
    if (!nep) throw new Error('no topic');
    const kb: KnowledgeBase = {
      ...fixture,
      topics: [{ ...nep, keyDates: [{ date: '1929', end: '1932', label: 'Camp numbers rise' }, { date: '1938-11-25', label: 'Beria heads the NKVD' }] }, ...fixture.topics.slice(1)],
      terms: manyTerms(40, 'A second sentence.'),
    };
    const { app, heard } = await tutor(kb);
    expect(await heard('voice:topic:nep:dates')).toBe('Key dates: The New Economic Policy (NEP). 1929 to 1932: Camp numbers rise. 25 November 1938: Beria heads the NKVD.');
    const page = await ask(app, 'give me the key words for the nep');
    const shown = wordsShown(page);
    const words = await heard(pressOf(page));
    expect(words.length).toBeLessThanOrEqual(VOICE_DEFAULTS.maxTopicChars);
    expect(words).toMatch(/^Key words: The New Economic Policy \(NEP\)\. Word 1: The first sentence of what word 1 means, long enough to count for something\. Word 2: /);
    expect(words).not.toContain('A second sentence');
    const read = [...words.matchAll(/Word (\d+): The first sentence of what word \1 means, long enough to count for something\./g)].map((m) => Number(m[1]));
    const left = Number(/ (\d+) more are on the screen\.$/.exec(words)?.[1]);
    expect(read.length).toBeGreaterThan(10);
    // What is left unread is on this page: the words of the next page are not counted as "on the screen".
    expect(read).toEqual(shown.slice(0, read.length));
    expect(read.length + left).toBe(shown.length);
    expect(shown.length).toBeLessThan(40);
    await app.shutdown();
  });

  it('gives each page of key words its own Read aloud, which reads that page\'s words only', async () => {
    const fixture = await loadFixtureKnowledge();
    const { app, heard } = await tutor({ ...fixture, terms: manyTerms(40, 'A second sentence with the detail that makes the definition run on past one line.') });
    const first = await ask(app, 'give me the key words for the nep');
    const onFirst = wordsShown(first);
    expect(onFirst[0]).toBe(1);
    expect(onFirst.length).toBeLessThan(40);
    const firstHeard = await heard(pressOf(first));
    expect(wordsRead(firstHeard)).toEqual(onFirst);
    expect(firstHeard).not.toMatch(/more are on the screen/);

    const second = await app.router.runAction(buttonOf(first, MESSAGES.reviseTermsMoreButton(40 - onFirst.length)), inVoice);
    const onSecond = wordsShown(second);
    expect(onSecond[0]).toBe(onFirst.length + 1);
    expect(readAloudOf(second)).toMatchObject({ key: 'V', action: `voice:topic:nep:terms:${onFirst.length}` });
    const secondHeard = await heard(pressOf(second));
    expect(secondHeard).toMatch(/^Key words: The New Economic Policy \(NEP\) \(continued\)\. /);
    expect(wordsRead(secondHeard)).toEqual(onSecond);
    // Each word on one page and read under that page only.
    expect([...onFirst, ...onSecond]).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));

    // Out of voice, the next page has no Read aloud either.
    for (const [where, c] of Object.entries(elsewhere)) {
      const other = await app.router.runAction(`revise:terms:nep:${onFirst.length}`, { ...c, userId: 'u3' });
      expect(wordsShown(other), where).toEqual(onSecond);
      expect(readAloudOf(other), where).toBeUndefined();
    }
    await app.shutdown();
  });

  it('reads each page of the longest topics\' key words on the real course, from the first word its page shows', async () => {
    const kb = await loadRealKnowledge();
    const { app, heard } = await tutor(kb);
    const paged = kb.topics.filter((t) => termsOnPage(kb, t, 0).rest.length > 0);
    expect(paged.length).toBeGreaterThan(0);
    for (const topic of paged) {
      const { terms } = termsOnPage(kb, topic, 0);
      const second = await app.router.runAction(`revise:terms:${topic.id}:${terms.length}`, inVoice);
      const next = termsOnPage(kb, topic, terms.length).terms[0];
      if (!next) throw new Error('no second page');
      expect(second?.body, topic.id).toMatch(new RegExp(`^\\*\\*${escapeRegExp(next.term)}\\*\\*: `));
      const said = await heard(pressOf(second));
      expect(said, topic.id).toMatch(new RegExp(`^${escapeRegExp(speakable(MESSAGES.reviseTermsMoreTitle(topic.title)))} ${escapeRegExp(speakable(next.term).replace(/\.$/, ''))}: `));
      const firstSaid = await heard(`voice:topic:${topic.id}:terms`);
      expect(firstSaid, topic.id).toMatch(new RegExp(`^${escapeRegExp(speakable(MESSAGES.reviseTermsTitle(topic.title)))} ${escapeRegExp(speakable(terms[0]?.term ?? '').replace(/\.$/, ''))}: `));
      expect(firstSaid, topic.id).not.toContain(`${speakable(next.term).replace(/\.$/, '')}: `);
    }
    await app.shutdown();
  });

  it('reads the whole definitions when they fit', async () => {
    const fixture = await loadFixtureKnowledge();
    const two = [1, 2].map((n) => ({ id: `term-w${n}`, term: `W${n}`, aliases: [], definition: `One sentence for W${n}. Another for W${n}.`, topics: ['nep'], sources: ['notes'] }));
    const { app, heard } = await tutor({ ...fixture, terms: two });
    expect(await heard('voice:topic:nep:terms')).toBe('Key words: The New Economic Policy (NEP). W1: One sentence for W1. Another for W1. W2: One sentence for W2. Another for W2.');
    await app.shutdown();
  });

  it('maps each kind of revision request to what its reply shows', () => {
    expect(revisionTarget('summary', 'nep')).toEqual({ kind: 'topic', topicId: 'nep' });
    expect(revisionTarget('key-dates', 'nep')).toEqual({ kind: 'topic', topicId: 'nep', part: 'dates' });
    expect(revisionTarget('test-me', 'nep')).toBeUndefined();
    expect(revisionTarget('write-essay', 'nep')).toBeUndefined();
  });
});

describe('Read aloud under follow-ups about the last answer', () => {
  const ask = (app: Awaited<ReturnType<typeof tutor>>['app'], question: string) => app.router.runCommand('ask', { options: { question } }, inVoice);

  it('is not offered under "tell me more" or an example the answer has none of, which show no course text of their own', async () => {
    const { app } = await tutor(await loadRealKnowledge());
    expect(readAloudOf(await ask(app, 'why did stalin win the power struggle'))).toBeDefined();
    const more = await ask(app, 'tell me more');
    expect(more?.body).toContain(MESSAGES.askMore(more?.buttons?.filter((b) => b.action.startsWith('ask:')).length ?? 0));
    expect(readAloudOf(more)).toBeUndefined();
    expect(more?.buttons?.some((b) => b.action.startsWith('voice:'))).toBe(false);

    expect(readAloudOf(await ask(app, 'what is the difference between a party purge and the terror'))).toBeDefined();
    const none = await ask(app, 'give example');
    expect(none?.body).toContain(MESSAGES.askNoExamples(none?.buttons?.filter((b) => b.action.startsWith('ask:')).length ?? 0));
    expect(readAloudOf(none)).toBeUndefined();
    // Its related questions still open answers that can be read aloud.
    const related = none?.buttons?.find((b) => b.action.startsWith('ask:'));
    expect(readAloudOf(await app.router.runAction(related?.action ?? '', inVoice))).toBeDefined();
    await app.shutdown();
  });

  it('reads the examples an answer gives for "give example", not the whole answer', async () => {
    const { app, heard } = await tutor(await loadRealKnowledge());
    const answer = await ask(app, 'how was the cult of personality spread');
    const example = await ask(app, 'give example');
    expect(example?.body).toContain(`${MESSAGES.askExamples}\nNewspapers such as Pravda`);
    const said = await heard(pressOf(example));
    expect(said).toContain('Newspapers such as Pravda');
    const opening = sentencesOf(answer?.body ?? '')[0] ?? '';
    expect(opening.length).toBeGreaterThan(20);
    expect(example?.body).not.toContain(opening);
    expect(said).not.toContain(speakable(opening).slice(0, 40));
    await app.shutdown();
  });
});

describe('Read aloud under /review cards', () => {
  it('reads a note card\'s question and answer once the answer is shown, and is not offered before that or out of voice', async () => {
    const { app, heard } = await tutor();
    await app.router.runAction('remember:nep-features', inVoice);
    const card = await app.router.runCommand('review', { options: {} }, inVoice);
    expect(card?.title).toMatch(/^Review card 1/);
    expect(readAloudOf(card)).toBeUndefined();
    const shown = await app.router.runAction(buttonOf(card, 'Show answer'), inVoice);
    expect(readAloudOf(shown)).toMatchObject({ key: 'V', action: 'voice:read:nep-features' });
    expect(await heard(pressOf(shown))).toBe(
      'What were the main features of the NEP? Grain requisitioning gave way to a tax in kind; peasants could sell their surplus; small businesses could trade privately, while the state kept heavy industry, banks and foreign trade.',
    );
    // The grade buttons still work after it.
    const good = shown?.buttons?.find((b) => b.action.endsWith(':grade:good'));
    expect((await app.router.runAction(good?.action ?? '', inVoice))?.title).toBe(R.endTitle);

    for (const [where, c] of Object.entries(elsewhere)) {
      const who = { ...c, userId: `u-${where}` };
      await app.router.runAction('remember:nep-features', who);
      const other = await app.router.runCommand('review', { options: {} }, who);
      const revealed = await app.router.runAction(buttonOf(other, 'Show answer'), who);
      expect(revealed?.body, where).toContain('Grain requisitioning');
      expect(readAloudOf(revealed), where).toBeUndefined();
    }
    await app.shutdown();
  });

  it('reads a quiz card\'s question, its answer and the explanation once answered, not whether the student was right', async () => {
    const { app, store, time, heard } = await tutor();
    await store.update('g1', (d) => changeDeck(d, 'u1', (deck) => addMisses(deck, [cardKey('quiz', 'nep-quiz-01')], time.now())));
    const card = await app.router.runCommand('review', { options: {} }, inVoice);
    expect(card?.body).toContain('In which year was the NEP introduced?');
    expect(readAloudOf(card)).toBeUndefined();
    const wrong = card?.buttons?.find((b) => b.label.endsWith('· 1917'));
    if (!wrong) throw new Error('no 1917 button');
    const outcome = await app.router.runAction(wrong.action, inVoice);
    expect(outcome?.title).toMatch(/^Not quite/);
    expect(readAloudOf(outcome)).toMatchObject({ key: 'V', action: 'voice:quiz:nep-quiz-01' });
    const said = await heard(pressOf(outcome));
    expect(said).toBe('In which year was the NEP introduced? The answer: 1921. The Tenth Party Congress adopted it in March 1921.');
    expect(said).not.toMatch(/not quite|right|wrong|comes back/i);
    await app.shutdown();
  });

  it('reads a date card as /review asks it ("which happened first?")', async () => {
    const kb = await loadRealKnowledge();
    const order = chronologyQuestions(kb.events, CHRONOLOGY_MESSAGES, createEventContext(kb)).find((q) => q.order);
    if (!order) throw new Error('no order question');
    const { app, heard } = await tutor(kb);
    expect(await heard(`voice:quiz:${order.id}`)).toMatch(new RegExp(`^${CHRONOLOGY_MESSAGES.firstPrompt.replace(/[?.]/g, '\\$&')} The answer: `));
    await app.shutdown();
  });
});

describe('Read aloud under /practice', () => {
  it('reads the question and the model answer\'s plan, in a usable voice channel only', async () => {
    const { app, heard } = await tutor();
    const practise = (c: CommandContext) => app.router.runCommand('practice', { options: { topic: 'nep', kind: 'describe' } }, c);
    const question = await practise(inVoice);
    expect(question?.body).toContain('Describe two features of the NEP.');
    expect(readAloudOf(question)).toMatchObject({ key: 'V', action: 'voice:practice:nep-describe' });
    expect(await heard(pressOf(question))).toBe('Describe two features of the NEP. 4 marks. Allow about 5 minutes.');

    const plan = await app.router.runAction(buttonOf(question, 'Model answer'), inVoice);
    expect(readAloudOf(plan)).toMatchObject({ key: 'V', action: 'voice:practice:nep-describe:model' });
    const said = await heard(pressOf(plan));
    expect(said).toMatch(/^Model answer: a plan\. Describe two features of the NEP\. Describe 2 features, /);
    expect(said).toContain('1. Grain requisitioning was replaced by a tax in kind. 2. Small businesses and traders could trade privately for profit. 3. The state kept heavy industry, banks and foreign trade.');

    for (const [where, c] of Object.entries(elsewhere)) {
      expect(readAloudOf(await practise(c)), where).toBeUndefined();
      expect(readAloudOf(await app.router.runAction('practice:model:nep-describe', c)), where).toBeUndefined();
    }
    await app.shutdown();
  });

  it('reads a three-extract question\'s three extracts in order, each with its label', async () => {
    const kb = await loadRealKnowledge();
    const { app, heard } = await tutor(kb);
    const question = await app.router.runCommand('practice', { options: { topic: 'terror-assessment', kind: 'three-extracts' } }, inVoice);
    const chosen = kb.practice.find((q) => q.prompt === question?.title || (question?.body ?? '').includes(q.prompt));
    expect(chosen?.extracts).toHaveLength(3);
    const said = await heard(pressOf(question));
    const at = ['A', 'B', 'C'].map((label) => said.indexOf(`Extract ${label}, our own summary`));
    expect(at.every((i) => i >= 0), said.slice(0, 300)).toBe(true);
    expect(at[0]).toBeLessThan(at[1] ?? 0);
    expect(at[1]).toBeLessThan(at[2] ?? 0);
    await app.shutdown();
  });

  it('offers no Read aloud under the mark and feedback, which are the student\'s own', async () => {
    const { app } = await tutor();
    const question = await app.router.runCommand('practice', { options: { topic: 'nep', kind: 'describe' } }, inVoice);
    const answer = question?.buttons?.find((b) => b.label === 'Answer');
    if (!answer) throw new Error('no Answer button');
    const feedback = await app.router.runSubmit(answer.action, { answer: 'Grain requisitioning ended and a tax in kind took its place, so peasants could sell their surplus for profit.' }, inVoice);
    expect(feedback?.title).toMatch(/marks?/);
    expect(feedback?.buttons?.length).toBeGreaterThan(0);
    expect(readAloudOf(feedback)).toBeUndefined();
    expect(feedback?.buttons?.some((b) => b.action.startsWith('voice:'))).toBe(false);
    await app.shutdown();
  });
});

describe('Read aloud actions', () => {
  it('answers a stale or unknown one with the unknown-action reply, and reads nothing', async () => {
    const { app, speech } = await tutor();
    // A page of key words past the last word (the fact base reloaded since), or a page of anything else.
    for (const action of ['voice:topic:nep:terms:99', 'voice:topic:nep:terms:0', 'voice:topic:nep:terms:x', 'voice:topic:nep:dates:1', 'voice:topic:nep:terms:1:2', 'voice:read:nep-features:short:1', 'voice:topic:nep:people', 'voice:topic:gone:dates', 'voice:quiz:gone', 'voice:quiz', 'voice:quiz:nep-quiz-01:x', 'voice:practice:gone', 'voice:practice:nep-describe:feedback', 'voice:practice:nep-describe:model:x']) {
      expect((await app.router.runAction(action, inVoice))?.body, action).toBe(MESSAGES.unknownAction);
    }
    await app.settled();
    expect(speech.spoken).toEqual([]);
    await app.shutdown();
  });

  it('fit Discord\'s 100 characters for every answer, topic part, quiz and date card and practice question of the course', async () => {
    const kb = await loadRealKnowledge();
    const app = buildApp({ kb, voice: new FakeVoicePort(new FakeTime()), speech: new FakeSpeech() });
    const { withReadAloud } = await import('../../src/commands/voice.js');
    const actions = [
      ...[...kb.questions, ...kb.skills].flatMap((e) => ['short', 'examples', undefined].map((part) => ({ kind: 'answer' as const, entryId: e.id, ...(part ? { part: part as 'short' } : {}) }))),
      ...kb.topics.flatMap((t) => [undefined, 'dates', 'terms', 'know'].map((part) => ({ kind: 'topic' as const, topicId: t.id, ...(part ? { part: part as 'dates' } : {}) }))),
      ...kb.topics.map((t) => ({ kind: 'topic' as const, topicId: t.id, part: 'terms' as const, from: 999 })),
      ...[...kb.quiz, ...chronologyQuestions(kb.events, CHRONOLOGY_MESSAGES, createEventContext(kb))].map((q) => ({ kind: 'quiz-card' as const, questionId: q.id })),
      ...kb.practice.flatMap((q) => [{ kind: 'practice' as const, questionId: q.id }, { kind: 'practice' as const, questionId: q.id, part: 'model' as const }]),
    ].map((target) => pressOf(withReadAloud({ body: '' }, app.voice, inVoice, target)));
    expect(actions.length).toBeGreaterThan(500);
    expect(actions.filter((a) => a.length > 100)).toEqual([]);
    await app.shutdown();
  });
});

describe('Read aloud under "explain like I\'m 10"', () => {
  it('reads the short version with the words the reply explains (a GCSE student\'s trial)', async () => {
    const { app, heard } = await tutor(await loadRealKnowledge());
    await app.router.runCommand('ask', { options: { question: 'how many people were arrested and executed in the great terror' } }, inVoice);
    const simpler = await app.router.runCommand('ask', { options: { question: 'explain like im 10' } }, inVoice);
    // The word explained where it stands (since s18 in brackets), and read aloud with its meaning.
    expect(simpler?.body).toContain("NKVD (the People's Commissariat");
    const said = await heard(pressOf(simpler));
    expect(said).toContain("NKVD: The People's Commissariat");
    await app.shutdown();
  });
});
