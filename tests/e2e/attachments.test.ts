// End to end: a file larger than the server's upload limit (Discord refuses it with 40005) is left off the
// reply, which says so and what to do instead, rather than becoming a generic "something went wrong".
import { describe, expect, it } from 'vitest';
import { exportFileNames } from '../../src/commands/data-export.js';
import { MESSAGES } from '../../src/messages.js';
import { PERMISSIONS } from './fake-discord/fake-discord.js';
import { embedOf, isEphemeral, makeUser, startHarness } from './harness.js';

const teacher = makeUser('msmith', 'Ms Smith');
const LIMIT = 300; // bytes: more than the export's CSVs of an empty server, less than its JSON

describe('files on Discord', () => {
  it('leaves off a file over the upload limit and says how to get the data instead', async () => {
    const h = await startHarness({ attachmentSizeLimit: LIMIT });
    const reply = await h.fake.reply(
      await h.fake.command('tutor', {}, { user: teacher, guildId: h.guild.id, channelId: h.channelId, subcommand: 'export', permissions: PERMISSIONS.member | PERMISSIONS.manageGuild }),
    );
    const names = exportFileNames(h.guild.id);
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.files.map((f) => f.name).sort()).toEqual([names.scores, names.students].sort());
    expect(reply.files.every((f) => f.bytes.length <= LIMIT)).toBe(true);
    expect(embedOf(reply).description).toContain(MESSAGES.discordFilesTooBig([names.json], '0 MB', `guilds/${h.guild.id}.json`));
    expect(h.fake.rejections).toEqual([]);
    expect(h.log.errors).toEqual([]);
  });
});
