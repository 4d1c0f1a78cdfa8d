// Finding 2 and 8 of the data-protection review: a student in distress gets kind words and where to get help,
// privately, and nothing of what they wrote is kept; in a server, replies that quote a student's words are private.
// Findings 1, 3, 7 and 13 of the review of cee4d88: disclosures it missed, source questions and idioms it took for
// distress (now answered; a mistake still costs one click), and the helplines when the fact base has none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, LOCAL_GUILD_ID, type App } from '../../src/app.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import { MESSAGES, REVIEW_MESSAGES } from '../../src/messages.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import { readDay } from '../../src/report/activity.js';
import { loadFixtureKnowledge, loadRealKnowledge } from '../helpers/knowledge.js';

const NOW = new Date('2026-03-02T10:00:00Z');
const inServer: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Ada', canManageServer: false };
const inDm: CommandContext = { ...inServer, guildId: null };
let kb: KnowledgeBase;
/** One tutor for the tests that only read its replies. */
let shared: ReturnType<typeof tutor>;
beforeAll(async () => {
  kb = await loadRealKnowledge();
  shared = tutor();
});
afterAll(() => shared.app.shutdown());

const DISTRESS = [
  'i want to kill myself',
  "i'm being bullied",
  'i feel really depressed and want to hurt myself',
  'someone hits me at home',
  '1) why did stalin end the nep 2) how do i tell Mr Khan that Priya Sharma is bullying me',
  'someone at school keeps hitting me',
  'i hate myself',
  "I'm scared of my dad",
  'nobody loves me and i want to disappear',
  'kms',
  // Review 2, findings 1 and 2: caught again.
  'kids keep bullying me at school',
  'she keeps harassing me with texts',
  'i feel hopeless at home',
  'i got bullied in my games lesson',
  'my dad hits me with a belt',
  'Jones said he would beat me up',
  'the older students said they will beat me up after school',
  'the students said i should kill myself',
];

/** A tutor on the real fact base with a store of its own, to read what it kept. */
function tutor() {
  const store = createMemoryGuildStore();
  const app = buildApp({ kb, store, now: () => NOW });
  const ask = (question: string, ctx: CommandContext = inServer) => app.router.runCommand('ask', { options: { question } }, ctx);
  /** What the store holds for a server, and how many questions the student was counted as asking. */
  const kept = async (guildId: string) => {
    await store.flush();
    const doc = await store.load(guildId);
    return { text: JSON.stringify(doc), missed: doc.missed, asked: Object.keys(doc.activity).reduce((n, day) => n + (readDay(doc, day).students.u1?.asked ?? 0), 0) };
  };
  return { app, ask, kept };
}

function expectSignposting(reply: Reply | undefined): void {
  expect(reply?.private).toBe(true);
  expect(reply?.title).toBe(kb.wellbeing?.title);
  for (const said of ['0800 1111', '85258', '999', 'teacher', MESSAGES.askWellbeingNotKept]) expect(reply?.body).toContain(said);
  // No history: no answer's topic or sources, no "Not what I asked", no Remember this. At most three course
  // questions the words match, as buttons that open them.
  expect(reply?.fields ?? []).toEqual([]);
  expect(reply?.footer).toBeUndefined();
  const buttons = reply?.buttons ?? [];
  expect(buttons.length).toBeLessThanOrEqual(3);
  for (const b of buttons) expect(b.action).toMatch(/^ask:[a-z0-9-]+$/);
}

describe('/ask, when a student writes that they are in distress or being harmed', () => {
  it.each(DISTRESS)('replies privately with kind words and the helplines, never with history: "%s"', async (question) => {
    expectSignposting(await shared.ask(question));
    expectSignposting(await shared.ask(question, inDm));
  });

  it("keeps none of it: not in the teacher's missed questions, not in the class's question counts, not in the store", async () => {
    const { ask, kept, app } = tutor();
    expect((await ask('why did stalin end the nep'))?.title).toBe('Why did Stalin end the NEP?');
    for (const q of DISTRESS) {
      await ask(q);
      await ask(q, inDm);
    }
    const server = await kept('g1');
    expect(server.missed).toEqual([]);
    expect(server.asked).toBe(1);
    const dm = await kept(LOCAL_GUILD_ID);
    expect(dm.missed).toEqual([]);
    for (const words of ['myself', 'bullied', 'bullying', 'depressed', 'hits me', 'hitting', 'scared', 'loves', 'disappear', 'kms', 'Khan', 'Priya'])
      for (const doc of [server.text, dm.text]) expect(doc).not.toContain(words);
    await app.shutdown();
  });

  it('offers no history questions as they type it', async () => {
    const command = shared.app.router.command('ask');
    expect(command?.autocomplete?.('question', 'im being bullied', inServer)).toEqual([]);
    expect(command?.autocomplete?.('question', 'someone at school keeps hitting me', inServer)).toEqual([]);
    expect(command?.autocomplete?.('question', 'why did tomsky', inServer)?.length).toBeGreaterThan(0);
  });

  it('offers the course questions its words match under harm by others, so a history question taken for it is one click away', async () => {
    const reply = await shared.ask('im being bullied for liking the nep', { ...inServer, channelId: 'nep' });
    expectSignposting(reply);
    const action = reply?.buttons?.[0]?.action ?? '';
    expect(action).toMatch(/^ask:/);
    const opened = await shared.app.router.runAction(action, { ...inServer, channelId: 'nep' });
    expect(opened).toMatchObject({ title: reply?.buttons?.[0]?.label, private: true, tone: 'answer' });
    // A message that matches nothing in the course gets none.
    expect((await shared.ask('i hate myself', { ...inServer, channelId: 'none' }))?.buttons).toBeUndefined();
  });

  it('offers no history under the helplines to a student who may hurt themselves, and never an entry about death (review 2, finding 9)', async () => {
    for (const question of ['i want to die', 'the gulag questions make me want to kill myself', 'the students said i should kill myself', 'i feel hopeless at home'])
      expect((await shared.ask(question, { ...inServer, channelId: question }))?.buttons, question).toBeUndefined();
    const death = /\b(?:die|died|dying|dead|death|deaths|kill|killed|killing|murder|murdered|suicide|shot|executed|executions?|assassinated|starved|starvation)\b/i;
    for (const question of ["i'm being bullied", 'im being bullied', 'people keep bullying me about stalin', 'kids keep bullying me about the five year plans', 'they call me names because i like trotsky']) {
      const reply = await shared.ask(question, { ...inServer, channelId: question });
      expectSignposting(reply);
      for (const button of reply?.buttons ?? []) {
        const opened = await shared.app.router.runAction(button.action, { ...inServer, channelId: question });
        expect(`${button.label}\n${opened?.body ?? ''}`, `${question} → ${button.label}`).not.toMatch(death);
      }
    }
  });

  it("answers a source's first-person words and everyday idioms as questions, not with the helplines", async () => {
    for (const question of [
      "Source A: 'I was beaten up by the interrogators until I signed' - how useful is this source?",
      "In Source B a kulak says 'I was threatened and my family was deported'. How reliable?",
      'i will take my life into my own hands and revise the gulag',
      'i got hit by the famine question in the test',
    ]) {
      const reply = await shared.ask(question, { ...inServer, channelId: question });
      expect(reply?.title, question).not.toBe(kb.wellbeing?.title);
      expect(reply?.tone, question).toBe('answer');
    }
  });

  it('reads a quiz, a call or a quoted source as no distress: "hopeless at dates", "alone in the vc", "hit by the question"', async () => {
    for (const question of ['i feel hopeless at dates', "i'm alone in the vc, can we start a quiz", 'i got hit by the question', "Ginzburg wrote 'they beat me for hours'. Why were confessions forced?"])
      expect((await shared.ask(question, { ...inServer, channelId: question }))?.title, question).not.toBe(kb.wellbeing?.title);
  });

  it("keeps out of the teacher's list an unanswered question that may be distress, and offers no Not what I asked for one", async () => {
    const { ask, kept, app } = tutor();
    expect((await ask('im so scared of the exam on quantum physics'))?.tone).toBe('refusal');
    expect((await ask("he said 'i wanna end it all' who won the 1966 world cup"))?.tone).toBe('refusal');
    expect((await ask('who won the 1966 world cup'))?.tone).toBe('refusal');
    expect((await kept('g1')).missed.map((m) => m.question)).toEqual(['who won the 1966 world cup']);
    const answered = await ask('i hate the nep why did lenin start it');
    expect(answered?.tone).toBe('answer');
    expect(answered?.buttons?.map((b) => b.label)).toContain(REVIEW_MESSAGES.rememberButton);
    expect(answered?.buttons?.map((b) => b.label)).not.toContain(MESSAGES.askFeedbackButton);
    await app.shutdown();
  });

  it("answers the course's own questions about suicide and bullying in history as before", async () => {
    for (const [question, title] of [
      ['why did Tomsky kill himself', 'Who was Mikhail Tomsky?'],
      ["did Stalin's wife kill herself", "How might the death of Stalin's wife in 1932 have influenced the Terror?"],
      ['how were prisoners bullied in the gulag', 'How were political prisoners treated compared with criminals in the camps?'],
    ] as const) {
      const reply = await shared.ask(question, { ...inServer, channelId: question });
      expect(reply?.title, question).toBe(title);
      expect(reply?.private, question).toBeUndefined();
    }
  });

  it('says kind words, to talk to an adult and the UK helplines even when the fact base has no wellbeing section', async () => {
    const app = buildApp({ kb: await loadFixtureKnowledge(), now: () => NOW });
    const reply = await app.router.runCommand('ask', { options: { question: 'i want to kill myself' } }, inServer);
    expect(reply).toMatchObject({ private: true, body: expect.stringContaining(MESSAGES.askWellbeingFallback) });
    for (const said of ['Childline', '0800 1111', '85258', '999', 'teacher']) expect(reply?.body).toContain(said);
    await app.shutdown();
  });
});

describe('/ask in a server: replies that quote what the student typed are private', () => {
  let app: App;
  const ask = (question: string, ctx: CommandContext = inServer) => app.router.runCommand('ask', { options: { question } }, ctx);
  beforeAll(async () => {
    app = buildApp({ kb: await loadFixtureKnowledge(), now: () => NOW });
  });

  it('a refusal quoting unknown words is private in a server and as before in a direct message', async () => {
    const server = await ask('who is jake mary');
    expect(server).toMatchObject({ tone: 'refusal', private: true, body: expect.stringContaining('“jake”') });
    const dm = await ask('who is jake mary', inDm);
    expect(dm?.tone).toBe('refusal');
    expect(dm?.private).toBeUndefined();
  });

  it('a "did you mean" list is private in a server', async () => {
    const query = ['war communism and kronstadt sailors', 'the civil war economy'].find((q) => app.matcher.match(q).status === 'unsure') ?? '';
    const reply = await ask(query, { ...inServer, channelId: 'unsure' });
    expect(reply).toMatchObject({ body: MESSAGES.askUnsure, private: true });
  });

  it('a reply naming the parts left unanswered is private in a server; an answer stays public', async () => {
    const parts = ['Why did Lenin introduce the NEP?', 'Why did Stalin end the NEP?', 'What were the main features of the NEP?', 'Who was Lenin?'];
    const reply = await ask(parts.map((p, i) => `(${i + 1}) ${p}`).join(' '), { ...inServer, channelId: 'parts' });
    expect(reply?.body).toContain(MESSAGES.askPartsUnanswered(['Who was Lenin?'], 1));
    expect(reply?.private).toBe(true);
    expect((await ask('why was the nep brought in', { ...inServer, channelId: 'answer' }))?.private).toBeUndefined();
  });
});
