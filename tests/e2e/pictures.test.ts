// Pictures through the fake Discord: /topic's timeline is uploaded as a PNG (multipart/form-data) and
// shown inside the reply's embed.
import { describe, expect, it } from 'vitest';
import { decodePng } from '../pictures/png.js';
import { embedOf, makeUser, startHarness } from './harness.js';

const ann = makeUser('ann', 'Ann');

describe('pictures on Discord', () => {
  it("uploads /topic's timeline as a PNG and shows it inside the embed", async () => {
    const { fake, guild } = await startHarness();
    const reply = await fake.reply(await fake.command('topic', { name: 'nep' }, { user: ann, guildId: guild.id }), 15_000);
    expect(embedOf(reply).title).toContain('NEP');
    const file = reply.files.find((f) => f.name === 'timeline-nep.png');
    expect(file).toBeDefined();
    const png = decodePng(file?.bytes ?? new Uint8Array());
    expect(png.width).toBeLessThanOrEqual(1600);
    expect(png.height).toBeGreaterThan(100);
    expect((reply.embeds[0] as { image?: { url?: string } } | undefined)?.image?.url).toBe('attachment://timeline-nep.png');
    expect(fake.rejections).toEqual([]);
  }, 30_000);
});
