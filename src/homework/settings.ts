// A server's class settings for homework and reports: the teacher role (besides Manage Server) and the
// time zone due times are read and shown in. Kept in the server's document.
import type { GuildStore } from '../store/guild-store.js';

export interface ClassSettings {
  teacherRoleId(guildId: string): Promise<string | null>;
  setTeacherRole(guildId: string, roleId: string | null): Promise<void>;
  timeZone(guildId: string): Promise<string>;
  /** `zone` must be a zone Intl knows (canonicalTimeZone). */
  setTimeZone(guildId: string, zone: string): Promise<void>;
}

export function createClassSettings(store: GuildStore): ClassSettings {
  return {
    async teacherRoleId(guildId) {
      return (await store.load(guildId)).settings.teacherRoleId;
    },
    async setTeacherRole(guildId, roleId) {
      await store.update(guildId, (draft) => {
        draft.settings.teacherRoleId = roleId;
      });
    },
    async timeZone(guildId) {
      return (await store.load(guildId)).settings.timeZone;
    },
    async setTimeZone(guildId, zone) {
      await store.update(guildId, (draft) => {
        draft.settings.timeZone = zone;
      });
    },
  };
}
