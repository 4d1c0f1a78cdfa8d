// Who counts as a teacher for homework and reports: someone with Manage Server, or a member of the role a
// server names with /tutor teacher-role. And the two settings: `/tutor teacher-role [role]` (no role
// clears it) and `/tutor timezone [zone]` (no zone shows it), both Manage Server only.
import type { ClassSettings } from '../homework/settings.js';
import { MESSAGES, TEACHER_MESSAGES as T } from '../messages.js';
import { canonicalTimeZone, formatWallTime, timeZoneNames } from '../time/zones.js';
import type { TutorExtension } from './tutor.js';
import type { CommandContext, Reply } from './types.js';
import { shownAsTyped, stringOption } from './types.js';

const refusal = (body: string): Reply => ({ body, private: true, tone: 'error' });

/** The server, when the user may act as a teacher there (Manage Server, or the teacher role); else why not. */
export async function teacherAccess(ctx: CommandContext, settings: Pick<ClassSettings, 'teacherRoleId'>): Promise<{ guildId: string } | { refusal: Reply }> {
  if (ctx.guildId === null) return { refusal: refusal(MESSAGES.tutorServerOnly) };
  if (ctx.canManageServer) return { guildId: ctx.guildId };
  const role = await settings.teacherRoleId(ctx.guildId);
  if (role !== null && (ctx.roleIds ?? []).includes(role)) return { guildId: ctx.guildId };
  return { refusal: refusal(T.needsTeacher) };
}

export interface TeacherSettingsDeps {
  readonly settings: ClassSettings;
  readonly now: () => number;
}

/** Zone names for autocomplete: those starting with what was typed first, then those containing it. */
export function timeZoneChoices(partial: string): { name: string; value: string }[] {
  const typed = partial.trim().toLowerCase().replace(/\s+/g, '_');
  const names = timeZoneNames();
  const starts = names.filter((n) => n.toLowerCase().startsWith(typed) || n.toLowerCase().split('/').some((p) => p.startsWith(typed)));
  const contains = names.filter((n) => !starts.includes(n) && n.toLowerCase().includes(typed));
  return [...starts, ...contains].slice(0, 25).map((n) => ({ name: n, value: n }));
}

export function createTeacherSettingsExtension(deps: TeacherSettingsDeps): TutorExtension {
  return {
    subcommands: [
      {
        name: 'teacher-role',
        description: 'Let a role set homework and read reports, besides Manage Server (no role: clear it)',
        options: [{ name: 'role', description: 'The teachers\' role; leave empty to clear it', type: 'role' }],
      },
      {
        name: 'timezone',
        description: "The server's time zone, for homework due times (default Europe/London)",
        options: [{ name: 'zone', description: 'A time zone such as Europe/London; leave empty to see the current one', type: 'string', autocomplete: true, maxLength: 64 }],
      },
    ],
    autocomplete(option, partial) {
      return option === 'zone' ? timeZoneChoices(partial) : undefined;
    },
    async run(input, ctx) {
      if (ctx.guildId === null) return refusal(MESSAGES.tutorServerOnly);
      if (!ctx.canManageServer) return refusal(MESSAGES.needsManageServer);
      const guildId = ctx.guildId;
      if (input.subcommand === 'teacher-role') {
        if (ctx.surface === 'console') return { body: T.roleConsole, private: true, tone: 'info' };
        const role = stringOption(input, 'role')?.trim() || null;
        await deps.settings.setTeacherRole(guildId, role);
        return { body: role ? T.roleSet(`<@&${role}>`) : T.roleCleared, private: true, tone: 'success' };
      }
      const typed = stringOption(input, 'zone')?.trim();
      const now = deps.now();
      if (!typed) {
        const zone = await deps.settings.timeZone(guildId);
        return { body: T.timeZoneShow(zone, formatWallTime(now, zone)), private: true, tone: 'info' };
      }
      const zone = canonicalTimeZone(typed);
      if (!zone) return refusal(T.timeZoneUnknown(shownAsTyped(ctx, typed.slice(0, 64))));
      await deps.settings.setTimeZone(guildId, zone);
      return { body: T.timeZoneSet(zone, formatWallTime(now, zone)), private: true, tone: 'success' };
    },
  };
}
