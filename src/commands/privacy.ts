// What the tutor keeps about students, and deleting it: /privacy says what is stored (and /privacy
// leaderboard:hide|show keeps the asker's name off this server's leaderboard and quiz posts, or shows it again),
// /forget-me deletes everything of the asker's in this server (after a confirm button), /tutor forget does it for a teacher.
import type { LeaderboardService } from '../leaderboard/service.js';
import { DATA_MESSAGES, MESSAGES } from '../messages.js';
import { KEYS } from './keys.js';
import { encodeAction } from './router.js';
import { shownAsTyped, stringOption, type ActionHandler, type Command, type CommandContext, type Reply } from './types.js';

export const PRIVACY_ACTION = 'privacy';
export const PRIVACY_DEFAULTS = Object.freeze({
  /** How long a /forget-me prompt's buttons work. */
  confirmMs: 2 * 60_000,
});

export interface PrivacyDeps {
  readonly leaderboard: Pick<LeaderboardService, 'forget'>;
  /** Drops a player from the quiz rounds running in a server, so their ending brings nothing back. */
  readonly forgetInRounds: (guildId: string, userId: string) => void;
  readonly now: () => Date;
  /** Deletes the student's review deck, homework attempts and activity (issue 14); resolves whether there were any. */
  readonly forgetStudyData?: (guildId: string, userId: string) => Promise<boolean>;
  /** Where direct messages keep a student's review deck; /forget-me in a DM deletes it there. */
  readonly dmGuildId?: string;
}

/** Deletes everything kept about one student in one server; resolves whether there was anything. */
export async function forgetStudent(deps: PrivacyDeps, guildId: string, userId: string): Promise<boolean> {
  deps.forgetInRounds(guildId, userId);
  const scores = await deps.leaderboard.forget(guildId, userId);
  const study = (await deps.forgetStudyData?.(guildId, userId)) ?? false;
  return scores || study;
}

/** The More button under /privacy: its details (`privacy-more`), in place of the short first screen. */
export const PRIVACY_MORE_ACTION = 'privacy-more';

export interface PrivacyNoticeDeps {
  /** The retention period that applies to a server's data (its own setting, else RETENTION_DAYS), in days. */
  readonly retentionDays: (guildId: string) => Promise<number>;
  /** Where direct messages keep a student's data: /privacy in a DM gives that file's period. */
  readonly dmGuildId: string;
  /** SCHOOL_PRIVACY_CONTACT: who at the school answers questions about students' data, besides their teacher. */
  readonly contact?: string | undefined;
  /** Keeps a student's name off the server's leaderboard and quiz posts (`leaderboard:hide`), or shows it again. */
  readonly names: Pick<LeaderboardService, 'setNameHidden'>;
}

/** The `leaderboard` option's words: Discord's choice values, and what the console may type. */
const NAME_CHOICES: Readonly<Record<string, boolean>> = { hide: true, hidden: true, show: false, shown: false };

/** /privacy leaderboard:hide|show: privately, in a server (each has its own leaderboard). */
async function setNameHidden(deps: PrivacyNoticeDeps, typed: string, ctx: CommandContext): Promise<Reply> {
  const word = typed.trim().toLowerCase();
  const hide = Object.hasOwn(NAME_CHOICES, word) ? NAME_CHOICES[word] : undefined;
  if (hide === undefined) return { body: MESSAGES.privacyNameUnknown(shownAsTyped(ctx, typed.slice(0, 40))), private: true, tone: 'error' };
  if (ctx.guildId === null) return { body: MESSAGES.privacyNameInDm, private: true, tone: 'info' };
  await deps.names.setNameHidden(ctx.guildId, ctx.userId, hide);
  return { body: hide ? MESSAGES.privacyNameHidden : MESSAGES.privacyNameShown, private: true, tone: 'success' };
}

/**
 * /privacy: a short first screen a 13-year-old can read (what is kept, who sees it, how long, /forget-me and
 * /my-data, who to ask, the ICO), with a More button for the details (docs/privacy-dpia.md is the school's version).
 */
export function createPrivacyCommand(deps: PrivacyNoticeDeps): Command {
  return {
    spec: {
      name: 'privacy',
      description: 'What the tutor keeps about you, how long, how to delete it or get a copy, and hiding your name',
      // Every reply is the student's alone.
      replies: 'private',
      options: [
        {
          name: 'leaderboard',
          description: MESSAGES.privacyNameOption,
          type: 'string',
          choices: [
            { name: MESSAGES.privacyNameHideChoice, value: 'hide' },
            { name: MESSAGES.privacyNameShowChoice, value: 'show' },
          ],
        },
      ],
    },
    async run(input, ctx) {
      const name = stringOption(input, 'leaderboard');
      if (name !== undefined && name.trim() !== '') return setNameHidden(deps, name, ctx);
      const days = await deps.retentionDays(ctx.guildId ?? deps.dmGuildId);
      return {
        title: MESSAGES.privacyTitle,
        body: MESSAGES.privacyShort({ days, dm: ctx.guildId === null, contact: deps.contact }),
        buttons: [{ action: encodeAction(PRIVACY_MORE_ACTION), label: MESSAGES.privacyMoreButton, style: 'secondary' }],
        private: true,
        tone: 'info',
      };
    },
  };
}

export function createPrivacyMoreAction(deps: PrivacyNoticeDeps): ActionHandler {
  return {
    prefix: PRIVACY_MORE_ACTION,
    updatesMessage: true,
    async run(_args, ctx) {
      const days = await deps.retentionDays(ctx.guildId ?? deps.dmGuildId);
      return { title: MESSAGES.privacyMoreTitle, body: MESSAGES.privacyMore({ days, contact: deps.contact }), private: true, tone: 'info', update: true };
    },
  };
}

function forgetPrompt(deps: PrivacyDeps, ctx: CommandContext): Reply {
  const expires = String(deps.now().getTime() + PRIVACY_DEFAULTS.confirmMs);
  // In a direct message it deletes what direct messages keep, and says so (not "this server").
  const inDm = ctx.guildId === null;
  return {
    title: inDm ? DATA_MESSAGES.forgetMeDmTitle : MESSAGES.forgetMeTitle,
    body: inDm ? DATA_MESSAGES.forgetMeDmConfirm : MESSAGES.forgetMeConfirm,
    buttons: [
      { action: encodeAction(PRIVACY_ACTION, 'forget', ctx.userId, expires), label: MESSAGES.forgetMeConfirmButton, style: 'danger', key: KEYS.confirm },
      { action: encodeAction(PRIVACY_ACTION, 'cancel', ctx.userId, expires), label: MESSAGES.forgetMeCancelButton, style: 'secondary', key: KEYS.cancel },
    ],
    private: true,
    tone: 'info',
  };
}

export function createForgetMeCommand(deps: PrivacyDeps): Command {
  return {
    spec: { name: 'forget-me', description: 'Delete your scores and everything else the tutor keeps about you in this server' },
    run(_input, ctx) {
      // In direct messages only a review deck is kept per student (questions missed there have no user id).
      if (ctx.guildId === null && deps.dmGuildId === undefined) return { body: MESSAGES.forgetMeNothingInDm, private: true, tone: 'info' };
      return forgetPrompt(deps, ctx);
    },
  };
}

/** The /forget-me buttons: `privacy:forget:<userId>:<expires>` and `privacy:cancel:<userId>:<expires>`; the outcome replaces the prompt. */
export function createPrivacyAction(deps: PrivacyDeps): ActionHandler {
  const outcome = (body: string, tone: Reply['tone']): Reply => ({ body, private: true, tone, update: true });
  return {
    prefix: PRIVACY_ACTION,
    updatesMessage: true,
    async run([verb, userId, expires], ctx) {
      // Only the student the prompt was made for can press it (in a DM, for what is kept of theirs there).
      const guildId = ctx.guildId ?? deps.dmGuildId;
      if (guildId === undefined || userId !== ctx.userId) return { body: MESSAGES.unknownAction, private: true, tone: 'error' };
      if (verb === 'cancel') return outcome(MESSAGES.forgetMeCancelled, 'info');
      if (verb !== 'forget') return { body: MESSAGES.unknownAction, private: true, tone: 'error' };
      if (!(Number(expires) > deps.now().getTime())) return outcome(MESSAGES.forgetMeExpired, 'error');
      const found = await forgetStudent(deps, guildId, ctx.userId);
      if (ctx.guildId === null) return outcome(found ? DATA_MESSAGES.forgetMeDmDone : DATA_MESSAGES.forgetMeDmNothing, 'success');
      return outcome(found ? MESSAGES.forgetMeDone : MESSAGES.forgetMeNothing, 'success');
    },
  };
}
