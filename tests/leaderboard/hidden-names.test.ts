// A student can keep their name off what the class sees (the DPO's review, finding 14): /privacy leaderboard:hide
// makes them "a player" on the leaderboard (list, podium picture, alt text) and in a round's posts, while they still
// see their own place, privately; the choice is kept per student in the server's file, exported with their data and
// deleted with it, kept through a leaderboard reset and swept when unused for the retention period.
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/adapters/console/parse-line.js';
import { commandDefinitions } from '../../src/adapters/discord/definitions.js';
import { withRoundNamesHidden } from '../../src/commands/quiz-view.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import { createRetention } from '../../src/leaderboard/retention.js';
import { MESSAGES, PICTURE_MESSAGES as P, QUIZ_MESSAGES as Q, VOICE_MESSAGES } from '../../src/messages.js';
import type { PictureRenderer } from '../../src/pictures/rasterise.js';
import type { RoundEvent } from '../../src/quiz/round.js';
import { freshGuildDocument, parseGuildDocument } from '../../src/store/schema.js';
import { linesFor } from '../../src/voice/script.js';
import { quizHarness, textOf, type Harness } from '../quiz/harness.js';

const DAY = 86_400_000;
const A_PLAYER = Q.hiddenPlayer;

/** A picture renderer that keeps the SVG it was asked to draw, so a test can read the podium's names. */
function recordingPictures(): PictureRenderer & { readonly svgs: string[] } {
  const svgs: string[] = [];
  return { svgs, render: async (svg) => (svgs.push(svg), { png: new TextEncoder().encode(svg), width: 1, height: 1 }) };
}

async function playRound(h: Harness, players: readonly string[], right: (name: string, q: number) => boolean = () => true): Promise<void> {
  await h.start(players[0] ?? 'Alice', { topic: 'nep', questions: 3, seconds: 10 });
  for (let q = 0; q < 3; q++) {
    for (const p of players) await h.answer(p, right(p, q));
    await h.wait(10_000);
  }
}

async function privacy(h: Harness, name: string, leaderboard: string, ctx?: Partial<CommandContext>): Promise<Reply> {
  if (!ctx) return h.command(name, 'privacy', { options: { leaderboard } });
  const reply = await h.app.router.runCommand('privacy', { options: { leaderboard } }, { ...h.ctx(name), ...ctx });
  if (!reply) throw new Error('no /privacy');
  return reply;
}
const stored = async (h: Harness) => (await h.store.load('g1')).hiddenNames;
const podiumOf = (reply: Reply) => reply.attachments?.find((a) => a.image);

describe('/privacy leaderboard:hide|show', () => {
  it('hides the asker\'s name here, privately, saying what it does and does not do; show undoes it', async () => {
    const h = quizHarness();
    const hidden = await privacy(h, 'Alice', 'hide');
    expect(hidden).toMatchObject({ body: MESSAGES.privacyNameHidden, private: true });
    for (const said of ['"a player"', 'Your teachers still see your results', '/privacy leaderboard:show']) expect(hidden.body).toContain(said);
    expect(Object.keys(await stored(h))).toEqual(['u-alice']);
    expect(await privacy(h, 'Alice', 'show')).toMatchObject({ body: MESSAGES.privacyNameShown, private: true });
    expect(await stored(h)).toEqual({});
  });

  it('is offered on Discord as a choice of two, and the console takes "/privacy hide"', () => {
    const spec = quizHarness().app.router.list().find((c) => c.spec.name === 'privacy')?.spec;
    if (!spec) throw new Error('no /privacy');
    const definition = commandDefinitions([{ spec, run: () => ({ body: '' }) }])[0];
    expect(definition?.options?.[0]).toMatchObject({ name: 'leaderboard', required: false, choices: [{ value: 'hide' }, { value: 'show' }] });
    expect(parseOptions(spec, 'hide')).toEqual({ options: { leaderboard: 'hide' } });
  });

  it('in a direct message says to use it in the server, and refuses a word that is not a choice, changing nothing', async () => {
    const h = quizHarness();
    expect(await privacy(h, 'Alice', 'hide', { guildId: null })).toMatchObject({ body: MESSAGES.privacyNameInDm, private: true });
    for (const word of ['maybe', 'constructor']) expect(await privacy(h, 'Alice', word)).toMatchObject({ body: MESSAGES.privacyNameUnknown(word), private: true, tone: 'error' });
    expect(await stored(h)).toEqual({});
    expect((await h.store.load('local')).hiddenNames).toEqual({});
  });

  it('is mentioned on /privacy\'s first screen, in a server', async () => {
    const h = quizHarness();
    expect((await h.command('Alice', 'privacy', {})).body).toContain('/privacy leaderboard:hide');
  });
});

describe('the leaderboard with a hidden name', () => {
  it('shows "a player" in the list, the podium picture and its alt text to the class; Alice still sees her own place, privately', async () => {
    const pictures = recordingPictures();
    const h = quizHarness({ pictures });
    await playRound(h, ['Alice', 'Bob'], (name) => name === 'Alice');
    await privacy(h, 'Alice', 'hide');

    const bobs = await h.command('Bob', 'leaderboard', {});
    expect(bobs.private).toBeUndefined();
    expect(textOf(bobs)).not.toContain('Alice');
    expect(bobs.body).toMatch(new RegExp(`^1\\. ${A_PLAYER} — [\\d,]+\\n2\\. Bob — 0$`));
    expect(podiumOf(bobs)?.description).toContain(P.podiumAltPlace('1st', A_PLAYER, bobs.body.split('— ')[1]?.split('\n')[0] ?? ''));
    expect(podiumOf(bobs)?.description).not.toContain('Alice');
    expect(pictures.svgs.at(-1)).toContain(A_PLAYER);
    expect(pictures.svgs.at(-1)).not.toContain('Alice');

    const alices = await h.command('Alice', 'leaderboard', {});
    expect(alices.private).toBe(true);
    expect(alices.fields).toEqual([{ name: Q.leaderboardYou, value: expect.stringMatching(/^1\. Alice — [\d,]+$/) as unknown }]);
    expect(alices.body).not.toContain('Alice');

    // Shown again: her name is back, and her /leaderboard is public as everyone's.
    await privacy(h, 'Alice', 'show');
    const again = await h.command('Bob', 'leaderboard', {});
    expect(again.body).toMatch(/^1\. Alice — /);
    expect((await h.command('Alice', 'leaderboard', {})).private).toBeUndefined();
  });

  it('keeps Alice\'s name and scores in the data: the leaderboard counts her, her teacher\'s /stats names her', async () => {
    const h = quizHarness({ pictures: recordingPictures() });
    await privacy(h, 'Alice', 'hide');
    await playRound(h, ['Alice', 'Bob']);
    const doc = await h.store.load('g1');
    expect(doc.players['u-alice']?.name).toBe('Alice');
    expect((await h.command('Bob', 'leaderboard', {})).footer).toBe(Q.leaderboardFooter(2, null));
    expect(textOf(await h.command('Ms Smith', 'stats', { options: { user: 'Alice' } }, { mod: true }))).toContain('Alice');
  });
});

describe('a quiz round with a hidden name', () => {
  it('posts "a player" for Alice among those right, the fastest, the leaders, the podium and everyone\'s standings', async () => {
    const h = quizHarness();
    await privacy(h, 'Alice', 'hide');
    await playRound(h, ['Alice', 'Bob'], (name, q) => name === 'Alice' || q === 0);
    const posts = h.channel.in('c1').map((p) => p.reply);
    const reveals = posts.filter((r) => (r.fields ?? []).some((f) => f.name === Q.revealRight(2) || f.name === Q.revealRight(1)));
    expect(reveals.length).toBe(3);
    const [end] = h.postsTitled(Q.endTitle);
    if (!end) throw new Error('no end of round');
    for (const reply of [...reveals, end]) {
      expect(textOf(reply)).not.toContain('Alice');
      expect(textOf(reply)).toContain(A_PLAYER);
    }
    expect(textOf(end)).toContain('Bob');
    expect(end.body).toContain(`**${A_PLAYER}**`);
    expect(end.fields?.[0]?.value).toMatch(new RegExp(`^1st: ${A_PLAYER}, [\\d,]+ points, 3 of 3 right\n2nd: Bob, `));
    // Posts of a round are built from its results: the points still go to Alice on the leaderboard.
    expect(Object.keys((await h.store.load('g1')).allTime)).toEqual(['u-alice', 'u-bob']);
  });

  it('says "a player" aloud as the winner', () => {
    const end: RoundEvent = {
      kind: 'end',
      round: { roundId: 'r', guildId: 'g1', channelId: 'c1', starterId: 'u-alice', starterName: 'Alice', topicId: 'nep', questionCount: 3, limitMs: 10_000, flat: false },
      reason: 'completed',
      questionsAsked: 3,
      standings: [
        { userId: 'u-alice', userName: 'Alice', score: 2000, answered: 3, correct: 3, bestStreak: 3, rank: 1 },
        { userId: 'u-bob', userName: 'Bob', score: 900, answered: 3, correct: 1, bestStreak: 1, rank: 2 },
      ],
    };
    const [said] = linesFor(withRoundNamesHidden(end, new Set(['u-alice'])), VOICE_MESSAGES.spoken);
    expect(said).toContain(`The winner is ${A_PLAYER}, with 2,000 points.`);
    expect(said).not.toContain('Alice');
  });
});

describe('the choice as data', () => {
  it('loads from a file written before it existed (version 4: no hidden names)', () => {
    const { hiddenNames: _none, ...older } = freshGuildDocument('g1');
    const parsed = parseGuildDocument(JSON.stringify({ ...older, schemaVersion: 4 }));
    expect(parsed.ok && parsed.doc.hiddenNames).toEqual({});
  });

  it('goes in the student\'s own copy (/my-data), and /forget-me deletes it with the rest', async () => {
    const h = quizHarness();
    await privacy(h, 'Alice', 'hide');
    const reply = await h.command('Alice', 'my-data', {});
    const file = JSON.parse(String(reply.attachments?.[0]?.content ?? '{}')) as { places: { leaderboard: { nameHidden: string | null } }[] };
    expect(file.places[0]?.leaderboard.nameHidden).toBe(new Date(h.time.now()).toISOString());

    const prompt = await h.command('Alice', 'forget-me', {});
    const yes = prompt.buttons?.find((b) => b.key === 'Y')?.action ?? '';
    expect(await h.app.router.runAction(yes, h.ctx('Alice'))).toMatchObject({ body: MESSAGES.forgetMeDone });
    expect(await stored(h)).toEqual({});
  });

  it('is deleted by a teacher\'s /tutor forget, which says so', async () => {
    const h = quizHarness();
    await privacy(h, 'Alice', 'hide');
    const reply = await h.command('Ms Smith', 'tutor', { subcommand: 'forget', options: { user: 'u-alice' } }, { mod: true });
    expect(reply.body).toContain(MESSAGES.tutorForgetParts.hiddenName);
    expect(await stored(h)).toEqual({});
  });

  it('outlives a leaderboard reset, lasts while the student plays, and goes once unused for the retention period', async () => {
    const h = quizHarness();
    await privacy(h, 'Alice', 'hide');
    const retention = createRetention({ store: h.store, clock: h.time, scheduler: h.time, onError: () => {}, defaultDays: 30 });
    expect(await h.app.leaderboard.resetOnce('g1', new Date(h.time.now()))).toBe(true);
    expect(Object.keys(await stored(h))).toEqual(['u-alice']);
    await h.time.advance(20 * DAY);
    await playRound(h, ['Alice', 'Bob']);
    await h.time.advance(20 * DAY);
    await retention.sweepAll();
    // Set 40 days ago, but played with 20 days ago: kept.
    expect(Object.keys(await stored(h))).toEqual(['u-alice']);
    await h.time.advance(11 * DAY);
    await retention.sweepAll();
    expect(await stored(h)).toEqual({});
    expect((await h.store.load('g1')).players).toEqual({});
  });
});
