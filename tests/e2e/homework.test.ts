// End to end on the fake Discord: a homework from set to report. The teacher sets it (a subcommand group),
// the tutor posts it with a Start button, a student does it privately (each answer replaces the question),
// and the report comes privately with a CSV attached. A member of the teacher role can set it too.
import { describe, expect, it } from 'vitest';
import { HOMEWORK_MESSAGES as H, TEACHER_MESSAGES as T } from '../../src/messages.js';
import { readCsv } from '../helpers/csv.js';
import type { FakeMessage } from './fake-discord/fake-discord.js';
import { PERMISSIONS, snowflake } from './fake-discord/fake-discord.js';
import { buttonsOf, embedOf, isEphemeral, makeGuild, makeUser, startHarness, type Harness } from './harness.js';

const teacher = makeUser('msmith', 'Ms Smith');
const ann = makeUser('ann', 'Анна');
const teacherPerms = PERMISSIONS.member | PERMISSIONS.manageGuild;

/** The button of the right (or a wrong) choice of a question message, from the fixture's quiz questions. */
function choiceButton(h: Harness, message: FakeMessage, right: boolean): string {
  const question = h.kb.quiz.find((q) => (embedOf(message).description ?? '').startsWith(q.prompt));
  if (!question) throw new Error(`no quiz question in ${embedOf(message).description ?? ''}`);
  const button = buttonsOf(message).find((b) => b.label.endsWith(` · ${question.correct}`) === right);
  if (!button) throw new Error('no such choice');
  return button.custom_id;
}

describe('homework on Discord', () => {
  it('goes from set to report: the post with Start, a private attempt, and the report with a CSV', async () => {
    const h = await startHarness();
    const { fake, guild, channelId } = h;
    const set = await fake.reply(
      await fake.command('tutor', { topic: 'nep', due: '2030-01-10T09:00', questions: 2 }, { user: teacher, guildId: guild.id, channelId, group: 'homework', subcommand: 'set', permissions: teacherPerms }),
    );
    expect(isEphemeral(set)).toBe(true);
    expect(embedOf(set).description).toMatch(/^Set homework h1: 2 questions on The New Economic Policy \(NEP\), due Thursday 10 January 2030, 09:00 \(Europe\/London\)\./);
    const posted = fake.postedIn(channelId).at(-1);
    if (!posted) throw new Error('no post');
    expect(isEphemeral(posted)).toBe(false);
    expect(embedOf(posted).title).toBe(H.postTitle('h1', 'The New Economic Policy (NEP)'));
    expect(buttonsOf(posted).map((b) => b.label)).toEqual([H.startButton]);
    expect(posted.allowedMentions).toEqual({ parse: [] });

    const as = { user: ann, guildId: guild.id, channelId };
    const question = await fake.reply(await fake.click(posted, buttonsOf(posted)[0]?.custom_id ?? '', as));
    expect(isEphemeral(question)).toBe(true);
    expect(embedOf(question).title).toBe(H.questionTitle('h1', 1, 2));
    expect(embedOf(question).description).toMatch(/<t:\d+:R>/); // the question's deadline
    const next = await fake.click(question, choiceButton(h, question, true), as);
    await fake.waitFor(() => next.response !== undefined, 'the next question');
    expect(next.response?.type).toBe(7); // replaces the question in place
    expect(embedOf(question).title).toBe(H.questionTitle('h1', 2, 2));
    const done = await fake.click(question, choiceButton(h, question, false), as);
    await fake.waitFor(() => done.response !== undefined, 'the result');
    expect(embedOf(question).title).toBe(H.finishedTitle('h1', 1, 2));
    expect(embedOf(question).fields?.[0]?.name).toBe(H.missedField);

    const report = await fake.reply(
      await fake.command('tutor', {}, { user: teacher, guildId: guild.id, channelId, group: 'homework', subcommand: 'report', permissions: teacherPerms }),
    );
    expect(isEphemeral(report)).toBe(true);
    expect(embedOf(report).fields?.find((f) => f.name === H.reportStudents)?.value).toBe(H.reportStudentLine('Анна', 1, 2, 'done'));
    expect(report.files.map((f) => f.name)).toEqual(['homework-h1.csv']);
    const rows = readCsv(report.files[0]?.content ?? '');
    expect(rows[1]?.slice(1, 5)).toEqual(['Анна', 'done', '1', '2']);
    expect(fake.rejections).toEqual([]);
    expect(h.log.errors).toEqual([]);
  });

  it('lets a member of the teacher role set homework once a server names the role', async () => {
    const roleId = snowflake();
    const guild = { ...makeGuild('Year 10 History', 1), roles: [{ id: roleId, name: 'Teachers' }] };
    const h = await startHarness({ guilds: [guild] });
    const mr = makeUser('mrjones', 'Mr Jones');
    // Discord shows /tutor to Manage Server only; the server allows the role (Integrations), as `override` stands for.
    const asRole = { user: mr, guildId: guild.id, roles: [roleId], override: true, group: 'homework', subcommand: 'set' };
    const refused = await h.fake.reply(await h.fake.command('tutor', { topic: 'nep', due: 'friday 9am' }, asRole));
    expect(embedOf(refused).description).toBe(T.needsTeacher);
    await h.fake.reply(await h.fake.command('tutor', { role: roleId }, { user: teacher, guildId: guild.id, subcommand: 'teacher-role', permissions: teacherPerms }));
    const allowed = await h.fake.reply(await h.fake.command('tutor', { topic: 'nep', due: 'friday 9am' }, asRole));
    expect(embedOf(allowed).description).toMatch(/^Set homework h1:/);
    expect(h.fake.rejections).toEqual([]);
  });
});
