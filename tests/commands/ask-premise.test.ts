// /ask puts a false premise right in a line above its answer (knowledge/misconceptions.yaml), says a wrong date once,
// and does not refuse a question naming a course person for a year of their life (teacher trial M1, M4, S1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app.js';
import type { CommandContext } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { MESSAGES } from '../../src/messages.js';
import { createMarker } from '../../src/practice/marker.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Ada', canManageServer: false };
const clock = new Date('2026-03-02T10:00:00Z');
let kb: KnowledgeBase;
let app: App;
/** The same tutor without the misconceptions: what /ask answered before it put premises right. */
let plain: App;
let channel = 0;
/** /ask in a channel of its own, so that no question is read as a follow-up of another. */
const ask = async (tutor: App, question: string) => tutor.router.runCommand('ask', { options: { question } }, { ...ctx, channelId: `premise-${channel++}` });
const correction = (id: string) => MESSAGES.askCorrection(kb.misconceptions?.find((m) => m.id === id)?.correction ?? id);
const DATE_NOTE = MESSAGES.askWrongDate([]).split('.**')[0] ?? '';
const CORRECTION_NOTE = MESSAGES.askCorrection('').trim();

beforeAll(async () => {
  kb = await loadRealKnowledge();
  app = buildApp({ kb, now: () => clock });
  const { misconceptions: _left, ...without } = kb;
  plain = buildApp({ kb: without, now: () => clock });
}, 120_000);
afterAll(async () => {
  await app.shutdown();
  await plain.shutdown();
});

describe('/ask and a false premise', () => {
  it('opens with the correction, then answers with the entry it answered before', async () => {
    const cases: [string, string][] = [
      ['why did Beria start the Great Terror in 1934?', 'beria-started-the-terror'],
      ['Beria was in charge of the NKVD during the Great Terror, right?', 'beria-started-the-terror'],
      ['Why did Stalin introduce the NEP in 1921?', 'stalin-introduced-the-nep'],
      ['How did Trotsky win the power struggle in 1927?', 'trotsky-won-the-power-struggle'],
      ['Why did Bukharin support rapid industrialisation in 1928?', 'bukharin-wanted-rapid-industrialisation'],
      ['is it true that the holodomor never happened', 'the-famine-never-happened'],
    ];
    for (const [question, id] of cases) {
      const reply = await ask(app, question);
      const before = await ask(plain, question);
      expect(reply?.body.startsWith(`${correction(id)}\n\n`), question).toBe(true);
      expect(reply?.title, question).toBe(before?.title);
      expect(reply?.body.endsWith(before?.body ?? ''), question).toBe(true);
    }
  });

  it('says nothing of a premise a question has right, and asks whether without assuming it is told', async () => {
    for (const question of ['Why did Beria replace Yezhov?', 'who started the Great Terror', 'why did trotsky lose the power struggle'])
      expect((await ask(app, question))?.body, question).not.toContain(CORRECTION_NOTE);
    expect((await ask(app, 'did Beria start the terror?'))?.body.startsWith(correction('beria-started-the-terror'))).toBe(true);
  });

  it('puts right each part of a several-part question, at most two', async () => {
    const body = (await ask(app, 'Why did Beria start the Great Terror? Why did Stalin introduce the NEP? How did Trotsky win the power struggle?'))?.body ?? '';
    expect(body.startsWith(`${correction('beria-started-the-terror')}\n${correction('stalin-introduced-the-nep')}\n\n`)).toBe(true);
    expect(body).not.toContain(correction('trotsky-won-the-power-struggle'));
  });

  it('says a wrong date once: not again below a correction that gives it, and not for a year the notes themselves give', async () => {
    const shot = (await ask(app, "Zinoviev and Kamenev were shot in 1938 weren't they"))?.body ?? '';
    expect(shot.startsWith(correction('zinoviev-kamenev-shot-in-another-year'))).toBe(true);
    expect(shot).not.toContain(DATE_NOTE);
    // The notes date the Great Turn 1928–29 ("What was the 'Great Turn' of 1928–29?").
    expect((await ask(app, 'why did Stalin launch the Great Turn in 1928?'))?.body).not.toContain(DATE_NOTE);
    expect((await ask(app, 'Why was Kirov murdered in 1936?'))?.body.startsWith(DATE_NOTE)).toBe(true);
  });

  it('finds the fact a question dates wrongly when it names its people first and what befell them after, or under a heading (S1)', () => {
    const marker = createMarker(kb);
    // The fact is "First Moscow show trial: Zinoviev, Kamenev and 14 others are shot (August 1936)".
    expect(marker.wrongDates("Zinoviev and Kamenev were shot in 1938 weren't they")).toEqual(['First Moscow show trial: Zinoviev, Kamenev and 14 others are shot (August 1936)']);
    expect(marker.wrongDates('were zinoviev and kamenev shot in 1936')).toEqual([]);
    // Not their jailing of January 1935, which names Kirov's murder only as its cause.
    expect(marker.wrongDates('Zinoviev and Kamenev were jailed in 1935')).toEqual([]);
    expect(marker.wrongDates('why did Stalin launch the Great Turn in 1928?')).toEqual([]);
    expect(marker.wrongDates('why did stalin launch the great turn in 1926')).not.toEqual([]);
  });

  it('answers a true statement about Stalin with a year before the course, rather than refusing it as another period (M4)', async () => {
    const reply = await ask(app, 'Stalin was born in 1878 wasnt he');
    expect(reply?.title).toBeTruthy();
    expect(reply?.body).toContain('1878');
    expect(reply?.body).not.toContain('another subject or period');
    expect(reply?.body).not.toContain(CORRECTION_NOTE);
  });
});
