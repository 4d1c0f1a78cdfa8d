// Follow-ups found wrong by blind users (issue 19, sixteenth session): "who…?" quoting a sentence for "the Red Army" as if
// it were a person, "why stalin kill him" after Tukhachevsky's card answered with why the Terror happened in general,
// "how many cow they kill" after collectivisation's results answered with the private plot, and "what happened to him in
// the end" after Bukharin's card answered with all the rivals' fates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app.js';
import type { CommandContext } from '../../src/commands/types.js';
import { courseSubjectReader, fittingPart, type SubjectReader } from '../../src/matching/follow-up.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let app: App;
let reader: SubjectReader;
let student = 0;
/** A conversation of one student: each /ask is read with the ones before it. */
const conversation = () => {
  const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: `s16-${student++}`, userName: 'Student', canManageServer: false };
  return (question: string) => app.router.runCommand('ask', { options: { question } }, ctx);
};
/** The same question asked with nothing before it. */
const alone = (question: string) => conversation()(question);

beforeAll(async () => {
  const kb = await loadRealKnowledge();
  reader = courseSubjectReader(kb);
  app = buildApp({ kb, now: () => new Date('2026-03-02T10:00:00Z') });
}, 120_000);
afterAll(async () => {
  await app.shutdown();
});

const PURGE =
  "The Red Army's own records, published from 1989, show about 35,000 commanders dismissed in 1937–38. The purge weakened the Soviet Union before the Winter War. Many of the dismissed were later reinstated.";
const TRIAL =
  'The purge of the Red Army began in May 1937. Marshal Tukhachevsky and seven other commanders were tried in secret and shot in June. The Soviet Union lost many of its best officers.';

describe('"who…?" quotes a person, never a thing written in capitals', () => {
  it('quotes nothing for "who did it" when the answer names only the Red Army and the Soviet Union', () => {
    for (const q of ['who did it', 'who led it', 'what was his name']) expect(fittingPart(q, PURGE, reader.lexicon, reader.people), q).toBeUndefined();
  });

  it('quotes the sentence naming one of the course\'s people, not the one naming the Red Army', () => {
    expect(fittingPart('who was shot', TRIAL, reader.lexicon, reader.people)).toBe('Marshal Tukhachevsky and seven other commanders were tried in secret and shot in June.');
  });
});

describe('a follow-up about "him" keeps to the man', () => {
  it('answers "why stalin kill him" after Tukhachevsky\'s card with why he was shot, not why the Terror happened', async () => {
    const ask = conversation();
    await ask('who was tukhachevsky');
    const reply = await ask('why stalin kill him');
    expect(reply?.title).not.toBe('Why did the Terror happen?');
    expect(reply?.body).toMatch(/Tukhachevsky/);
  });

  it('answers "what happened to him in the end" after Bukharin\'s card with an entry about Bukharin', async () => {
    const ask = conversation();
    await ask('who was bukharin');
    const reply = await ask('what happened to him in the end');
    expect(reply?.title).toMatch(/Bukharin/);
    expect(reply?.body).toMatch(/shot|executed/);
  });
});

describe('"who were the main…" and "they" after an answer', () => {
  it('answers "who were the main artists" after constructivism with one of the artists its answer names', async () => {
    const ask = conversation();
    await ask('what was constructivism');
    const reply = await ask('who were the main artists');
    expect(['Who was Vladimir Tatlin?', 'Who was El Lissitzky?']).toContain(reply?.title);
  });

  it('reads "them" as the women just asked about', async () => {
    const ask = conversation();
    await ask('how many women worked in industry by 1940');
    const reply = await ask('why did the state want them to');
    expect(reply?.title).toMatch(/women/i);
    expect(reply?.title).not.toMatch(/discipline/i);
  });
});

describe('a follow-up asking something of its own leans on the last subject, not its other words', () => {
  it('answers "how many cow they kill" after collectivisation\'s results with the livestock losses', async () => {
    const ask = conversation();
    await ask('what were the results of collectivisation');
    const reply = await ask('how many cow they kill');
    expect(reply?.title).toMatch(/livestock/i);
    expect(reply?.body).toMatch(/Cattle numbers nearly halved/);
  });

  it('still reads "how many died" after the kulaks\' deportation as the deaths it gave', async () => {
    const ask = conversation();
    await ask("What happened during the 'liquidation of the kulaks as a class'?");
    const reply = await ask('how many die');
    expect(reply?.body).toMatch(/hundreds of thousands died/);
  });

  it('leaves questions that stand alone as they are asked alone', async () => {
    const ask = conversation();
    await ask('who was tukhachevsky');
    for (const q of ['why did the terror happen', 'what was the nep']) {
      const [together, asAlone] = [await ask(q), await alone(q)];
      expect(together?.title, q).toBe(asAlone?.title);
    }
  });
});
