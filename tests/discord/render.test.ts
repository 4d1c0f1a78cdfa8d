// Rendering replies for Discord: every kind of reply, however long, comes out within Discord's limits,
// checked by the fake Discord's own rules (written independently of src/adapters/discord/limits.ts).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DISCORD_LIMITS as L } from '../../src/adapters/discord/limits.js';
import { embedLength, relativeTimestamp, renderChoices, renderReply } from '../../src/adapters/discord/render.js';
import { buildApp, type App } from '../../src/app.js';
import { closedQuestionReply, endReply, questionReply, revealReply, topicTitles } from '../../src/commands/quiz-view.js';
import type { Reply, ReplyButton, ReplyTone } from '../../src/commands/types.js';
import { MESSAGES } from '../../src/messages.js';
import { prepareQuestion, type PreparedQuestion } from '../../src/quiz/questions.js';
import type { RoundInfo } from '../../src/quiz/round.js';
import { checkMessage } from '../e2e/fake-discord/discord-rules.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

const ctx = { guildId: '100000000000000000', channelId: '100000000000000001', userId: '100000000000000002', userName: 'Ann', canManageServer: true };

function expectValid(reply: Reply) {
  const message = renderReply(reply);
  expect(checkMessage(message, { partial: false })).toEqual([]);
  const embed = message.embeds[0];
  expect(embed).toBeDefined();
  expect(embedLength(embed ?? {})).toBeLessThanOrEqual(L.embedTotal);
  return message;
}

const tones: ReplyTone[] = ['answer', 'info', 'unsure', 'refusal', 'error', 'success'];
const x = (n: number, ch = 'x') => ch.repeat(n);

describe('rendering a reply', () => {
  it('renders a short answer as one embed with its buttons', () => {
    const message = expectValid({
      title: 'Why did Stalin end the NEP?',
      body: 'Because of the grain crisis.',
      fields: [{ name: 'Topic', value: 'The NEP', inline: true }],
      footer: 'Sources: Notes',
      buttons: [{ action: 'ask:nep-features', label: 'What were the features of the NEP?' }],
      tone: 'answer',
    });
    expect(message.embeds[0]).toMatchObject({
      title: 'Why did Stalin end the NEP?',
      description: 'Because of the grain crisis.',
      fields: [{ name: 'Topic', value: 'The NEP', inline: true }],
      footer: { text: 'Sources: Notes' },
    });
    expect(message.components).toEqual([{ type: 1, components: [{ type: 2, custom_id: 'ask:nep-features', label: 'What were the features of the NEP?', style: 2 }] }]);
    expect(message.flags).toBeUndefined();
  });

  it('makes private replies ephemeral', () => {
    expect(renderReply({ body: 'Only you', private: true }).flags).toBe(64);
  });

  it.each(tones)('renders the %s tone with a colour', (tone) => {
    expect(expectValid({ body: 'text', tone }).embeds[0]?.color).toEqual(expect.any(Number));
  });

  it('renders an empty reply as a valid (blank) embed', () => {
    expectValid({ body: '' });
    expectValid({ body: '   ' });
    expectValid({ body: '', fields: [{ name: '', value: '' }] });
  });

  it('clips every part of an over-long reply to its limit and keeps the total within 6000', () => {
    const message = expectValid({
      title: x(1000, 'T'),
      body: x(10_000, 'B'),
      fields: Array.from({ length: 40 }, (_, i) => ({ name: x(500, `${i % 10}`), value: x(5000, 'v') })),
      footer: x(5000, 'F'),
      buttons: Array.from({ length: 40 }, (_, i) => ({ action: `a:${i}`, label: x(200, 'L') })),
    });
    const embed = message.embeds[0];
    expect(embed?.title).toHaveLength(L.embedTitle);
    expect(embed?.title?.endsWith('…')).toBe(true);
    expect(embed?.footer?.text).toHaveLength(L.embedFooter);
    expect(message.components).toHaveLength(L.actionRows);
    expect(message.components.every((row) => row.components.length === L.buttonsPerRow)).toBe(true);
    expect(message.components[0]?.components[0]?.label).toHaveLength(L.buttonLabel);
  });

  it('never splits a character made of two UTF-16 units', () => {
    const message = expectValid({ title: x(300, '😀'), body: x(3000, '🇬🇧') });
    for (const text of [message.embeds[0]?.title ?? '', message.embeds[0]?.description ?? '']) {
      expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });

  it('drops buttons whose action Discord would refuse (too long, repeated) rather than send them', () => {
    const message = expectValid({
      body: 'choose',
      buttons: [
        { action: 'ask:a', label: 'A' },
        { action: 'ask:a', label: 'A again' },
        { action: `ask:${x(120)}`, label: 'too long' },
        { action: '', label: 'empty' },
        { action: 'ask:b', label: '' },
      ],
    });
    expect(message.components.flatMap((r) => r.components).map((b) => b.custom_id)).toEqual(['ask:a', 'ask:b']);
  });

  it('marks disabled and styled buttons', () => {
    const message = expectValid({
      body: 'closed',
      buttons: [
        { action: 'q:0', label: 'A · right', style: 'success', disabled: true },
        { action: 'q:1', label: 'B · wrong', style: 'secondary', disabled: true },
        { action: 'q:2', label: 'C', style: 'danger' },
        { action: 'q:3', label: 'D', style: 'primary' },
      ],
    });
    expect(message.components[0]?.components.map((b) => [b.style, b.disabled ?? false])).toEqual([
      [3, true],
      [2, true],
      [4, false],
      [1, false],
    ]);
  });

  it('shows a deadline as a Discord relative timestamp, kept even when the body is clipped', () => {
    const deadline = Date.UTC(2025, 0, 6, 9, 0, 20);
    expect(relativeTimestamp(deadline)).toBe(`<t:${deadline / 1000}:R>`);
    const short = expectValid({ body: 'Question?', deadline });
    expect(short.embeds[0]?.description).toBe(`Question?\n\n${MESSAGES.discordDeadline(`<t:${deadline / 1000}:R>`)}`);
    const long = expectValid({ title: x(256), body: x(9000), footer: x(2048), deadline });
    expect(long.embeds[0]?.description?.endsWith(MESSAGES.discordDeadline(`<t:${deadline / 1000}:R>`))).toBe(true);
  });

  it('keeps any reply within limits (property)', () => {
    const text = (max: number) => fc.string({ maxLength: max, unit: fc.constantFrom('a', ' ', '\n', '*', 'é', '😀', '\u200b') });
    const button: fc.Arbitrary<ReplyButton> = fc.record({
      action: fc.string({ minLength: 0, maxLength: 110 }),
      label: text(120),
      style: fc.constantFrom('primary', 'secondary', 'success', 'danger'),
      disabled: fc.boolean(),
    });
    const reply: fc.Arbitrary<Reply> = fc.record(
      {
        title: text(400),
        body: text(7000),
        fields: fc.array(fc.record({ name: text(300), value: text(1500), inline: fc.boolean() }), { maxLength: 30 }),
        footer: text(2500),
        buttons: fc.array(button, { maxLength: 30 }),
        private: fc.boolean(),
        tone: fc.constantFrom(...tones),
        deadline: fc.integer({ min: 0, max: 4_000_000_000_000 }),
      },
      { requiredKeys: ['body'] },
    );
    fc.assert(
      fc.property(reply, (r) => {
        const message = renderReply(r);
        expect(checkMessage(message, { partial: false })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('autocomplete choices', () => {
  it('keeps at most 25, clips names to 100 and leaves out values Discord would refuse', () => {
    const choices = renderChoices([
      { name: x(150), value: 'ok' },
      { name: 'too long a value', value: x(101) },
      { name: 'empty value', value: '' },
      ...Array.from({ length: 30 }, (_, i) => ({ name: `n${i}`, value: `v${i}` })),
    ]);
    expect(choices).toHaveLength(L.choices);
    expect(choices[0]?.name).toHaveLength(L.choiceName);
    expect(choices.map((c) => c.value)).not.toContain('');
    expect(choices.every((c) => c.value.length <= L.choiceValue)).toBe(true);
  });
});

describe('what the tutor says, rendered for Discord', () => {
  let app: App;
  beforeAll(async () => {
    app = buildApp({ kb: await loadRealKnowledge() });
  });

  it('fits every answer of the real knowledge base without clipping', async () => {
    for (const entry of app.kb.questions) {
      const reply = await app.router.runAction(`ask:${entry.id}`, ctx);
      if (!reply) throw new Error(`no reply for ${entry.id}`);
      const embed = expectValid(reply).embeds[0];
      expect(embed?.description, entry.id).toBe(reply.body);
      expect(embed?.title, entry.id).toBe(reply.title);
      expect(embed?.footer?.text, entry.id).toBe(reply.footer);
      // Questions may be longer than a button label: those labels are clipped, never lost.
      renderReply(reply)
        .components.flatMap((r) => r.components)
        .forEach((b, i) => {
          const label = reply.buttons?.[i]?.label ?? '';
          expect(b.label, entry.id).toBe(label.length <= L.buttonLabel ? label : `${label.slice(0, L.buttonLabel - 1).trimEnd()}…`);
        });
    }
  });

  it('fits every topic, the topic list and the help without clipping', async () => {
    for (const topic of app.kb.topics) {
      const reply = await app.router.runCommand('topic', { options: { name: topic.id } }, ctx);
      if (!reply) throw new Error(`no reply for ${topic.id}`);
      expect(expectValid(reply).embeds[0]?.description, topic.id).toBe(reply.body);
    }
    for (const name of ['topics', 'help']) {
      const reply = await app.router.runCommand(name, { options: {} }, ctx);
      if (!reply) throw new Error(`no reply for /${name}`);
      expect(expectValid(reply).embeds[0]?.description, name).toBe(reply.body);
    }
  });

  it('fits every quiz question, closed question, reveal and podium', () => {
    const titles = topicTitles(app.kb);
    const round: RoundInfo = { roundId: 'r1', guildId: ctx.guildId, channelId: ctx.channelId, starterId: ctx.userId, starterName: 'Ann', topicId: null, questionCount: 20, limitMs: 20_000, flat: false };
    const standings = Array.from({ length: 40 }, (_, i) => ({ userId: `u${i}`, userName: x(32, 'N'), score: 9000 - i, answered: 20, correct: 19, bestStreak: 5, rank: i + 1 }));
    for (const q of app.kb.quiz) {
      const question = prepareQuestion(q, () => 0.5) as PreparedQuestion;
      const asked = questionReply({ kind: 'question', round, index: 19, question, deadline: Date.now() + 20_000 }, titles);
      expectValid(asked);
      renderReply(asked).components.flatMap((r) => r.components).forEach((b, i) => expect(b.label, q.id).toBe(asked.buttons?.[i]?.label));
      const answers = standings.map((s, i) => ({ userId: s.userId, userName: s.userName, choiceIndex: i % 4, correct: i % 4 === question.correctIndex, elapsedMs: 1000 + i, score: { base: 900, bonus: 100, total: 1000 }, streak: 3 }));
      const reveal = { kind: 'reveal' as const, round, index: 19, question, answers, standings, nextInMs: 6000 };
      expectValid(closedQuestionReply(reveal, titles));
      expectValid(revealReply(reveal as Parameters<typeof revealReply>[0]));
    }
    expectValid(endReply({ kind: 'end', round, reason: 'completed', standings, questionsAsked: 20 }));
  });
});

describe('attachments', () => {
  it('go out as files with the message', () => {
    const message = renderReply({ body: 'Your export', attachments: [{ name: 'data.json', content: '{"a":1}' }] });
    expect(message.files?.map((f) => [f.name, f.attachment.toString('utf8')])).toEqual([['data.json', '{"a":1}']]);
    expect(renderReply({ body: 'no files' }).files).toBeUndefined();
  });
});
