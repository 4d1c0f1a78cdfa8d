// /missed (console) — the questions the tutor could not answer in this server, for the teacher.
import type { MissedQuestions } from '../missed/missed-questions.js';
import type { Command } from './types.js';

const SHOWN = 20;

export function createMissedCommand(missed: MissedQuestions): Command {
  return {
    spec: { name: 'missed', description: 'Questions I could not answer here (for teachers)', manageServer: true, guildOnly: true, consoleOnly: true },
    async run(_input, ctx) {
      if (!ctx.canManageServer) return { body: 'Only someone with Manage Server can see this.', private: true, tone: 'error' };
      const list = await missed.list(ctx.guildId ?? '');
      if (list.length === 0) return { body: 'No unanswered questions yet.', private: true, tone: 'info' };
      const lines = list.slice(0, SHOWN).map((m) => `${m.count}× ${m.question} (last ${m.lastAsked.slice(0, 10)})`);
      return {
        title: 'Questions I could not answer',
        body: lines.join('\n'),
        footer: list.length > SHOWN ? `Showing the ${SHOWN} most asked of ${list.length}.` : undefined,
        private: true,
        tone: 'info',
      };
    },
  };
}
