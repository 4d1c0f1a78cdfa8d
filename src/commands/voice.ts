// Voice in the commands (issue 17): /quiz start voice:true joins the starter's voice channel, /ask
// answers get a Read aloud button, /voice leave sends the tutor away. What is read, and when the tutor
// leaves on its own, is src/voice/host.ts; which voice channel the user is in, and what the tutor lacks
// there, the adapter finds (CommandContext.voice).
import type { AnswerEntry } from '../knowledge/answerable.js';
import { answerPart, type AnswerPart } from '../matching/follow-up.js';
import { MESSAGES, VOICE_MESSAGES as V } from '../messages.js';
import type { RoundVoice, VoiceBusy, VoiceHost, VoiceJoinFailed } from '../voice/host.js';
import { encodeAction } from './router.js';
import type { ActionHandler, Command, CommandContext, Reply, ReplyButton, UserVoice } from './types.js';
import { shownAsTyped } from './types.js';

export const VOICE_ACTION = 'voice';

const refusal = (body: string): Reply => ({ body, private: true, tone: 'error' });

const busyReply = (o: VoiceBusy): Reply => refusal(o.quiz ? V.busyQuiz(o.channelName) : V.busyAnswers(o.channelName));
const failedReply = (o: VoiceJoinFailed): Reply => refusal(V.joinFailed[o.failure]);

/** Why the tutor cannot speak in the user's voice channel (none, a Stage, full, or permissions it lacks there), or undefined when it can. */
function cannotSpeakReply(host: VoiceHost, ctx: CommandContext, guildId: string, voice: UserVoice | null, forAnswer: boolean): Reply | undefined {
  if (voice === null) return { body: forAnswer ? V.readAloudNotInVoice : V.notInVoice, private: true, tone: 'info' };
  const name = host.channelName(guildId, voice.channelId);
  if (voice.unusable) return refusal(voice.unusable === 'stage' ? V.stageChannel(name, forAnswer) : V.channelFull(name, forAnswer));
  if (voice.cannotSpeak.length === 0) return undefined;
  const missing = voice.cannotSpeak.map((p) => V.permission[p]);
  return refusal(forAnswer ? V.readAloudCannotSpeak(name, missing) : V.cannotSpeak(name, missing));
}

/** Joins the starter's voice channel for a round about to start; or the private reply saying why not. */
export async function joinVoiceForRound(host: VoiceHost | undefined, ctx: CommandContext, guildId: string): Promise<{ ok: true; voice: RoundVoice } | { ok: false; reply: Reply }> {
  if (!host || ctx.voice === undefined) return { ok: false, reply: refusal(V.unavailable) };
  const cannot = cannotSpeakReply(host, ctx, guildId, ctx.voice, false);
  if (cannot || !ctx.voice) return { ok: false, reply: cannot ?? refusal(V.notInVoice) };
  const outcome = await host.joinForRound({ guildId, channelId: ctx.voice.channelId, userId: ctx.userId, userName: ctx.userName, textChannelId: ctx.channelId });
  if (outcome.ok) return outcome;
  return { ok: false, reply: outcome.reason === 'busy' ? busyReply(outcome) : failedReply(outcome) };
}

/**
 * The Read aloud button under an answer, when the student is in a voice channel the tutor can speak in. It reads
 * what the reply shows: the answer, or only its part shown (the short version for "explain that simpler").
 */
export function readAloudButton(host: VoiceHost | undefined, ctx: CommandContext, entryId: string, part?: AnswerPart): ReplyButton | undefined {
  if (!host || ctx.guildId === null || !ctx.voice || ctx.voice.cannotSpeak.length > 0 || ctx.voice.unusable) return undefined;
  return { action: encodeAction(VOICE_ACTION, 'read', entryId, ...(part ? [part] : [])), label: V.readAloudButton, style: 'secondary', key: 'V' };
}

/** The reply with a Read aloud button added, when one fits (see readAloudButton). */
export function withReadAloud(reply: Reply, host: VoiceHost | undefined, ctx: CommandContext, entryId: string, part?: AnswerPart): Reply {
  const button = readAloudButton(host, ctx, entryId, part);
  return button ? { ...reply, buttons: [...(reply.buttons ?? []), button] } : reply;
}

/** Read aloud: the answer is read in the voice channel the student is in when they press it. */
export function createReadAloudAction(deps: { readonly host: VoiceHost | undefined; readonly entry: (id: string) => AnswerEntry | undefined }): ActionHandler {
  return {
    prefix: VOICE_ACTION,
    async run([what, entryId, part], ctx) {
      const entry = what === 'read' && entryId ? deps.entry(entryId) : undefined;
      if (!entry) return { body: MESSAGES.unknownAction, private: true, tone: 'info' };
      if (!deps.host || ctx.guildId === null || ctx.voice === undefined) return refusal(V.unavailable);
      const cannot = cannotSpeakReply(deps.host, ctx, ctx.guildId, ctx.voice, true);
      if (cannot || !ctx.voice) return cannot ?? refusal(V.readAloudNotInVoice);
      const shown = part === 'short' || part === 'examples' ? answerPart(entry.answer, part) : entry.answer;
      const outcome = await deps.host.readAloud({ guildId: ctx.guildId, channelId: ctx.voice.channelId, userId: ctx.userId, userName: ctx.userName, question: entry.question, answer: shown });
      if (outcome.ok) return { body: V.readAloudStarted(outcome.channelName), private: true, tone: 'success' };
      return outcome.reason === 'busy' ? busyReply(outcome) : failedReply(outcome);
    },
  };
}

/** /voice leave: whoever asked the tutor into its voice channel (a round's starter), or a moderator. */
export function createVoiceCommand(host: VoiceHost | undefined): Command {
  return {
    spec: {
      name: 'voice',
      description: V.commandDescription,
      guildOnly: true,
      subcommands: [{ name: 'leave', description: V.leaveDescription }],
    },
    run(_input, ctx) {
      if (ctx.guildId === null) return refusal(MESSAGES.discordGuildOnly);
      if (!host) return refusal(V.unavailable);
      const outcome = host.leave(ctx.guildId, ctx.userId, ctx.canManageServer || ctx.canModerateChannel === true);
      if (outcome.ok) return { body: V.left(shownAsTyped(ctx, ctx.userName), outcome.channelName, outcome.quiz), tone: 'info' };
      if (outcome.reason === 'none') return { body: V.leaveNone, private: true, tone: 'info' };
      return refusal(V.leaveNotAllowed(shownAsTyped(ctx, outcome.starterName)));
    },
  };
}
