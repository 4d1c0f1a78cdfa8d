// Voice in the commands (issue 17): /quiz start voice:true joins the starter's voice channel, /ask
// answers and /topic pages get a Read aloud button, /voice leave sends the tutor away. What is read, and when the tutor
// leaves on its own, is src/voice/host.ts; which voice channel the user is in, and what the tutor lacks
// there, the adapter finds (CommandContext.voice).
import type { AnswerEntry } from '../knowledge/answerable.js';
import type { Topic } from '../knowledge/schema.js';
import { answerPart, type AnswerPart } from '../matching/follow-up.js';
import { MESSAGES, VOICE_MESSAGES as V } from '../messages.js';
import { VOICE_DEFAULTS } from '../voice/defaults.js';
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

/** Whether a Read aloud button fits: the student is in a voice channel (of a server) the tutor can speak in. */
function canOfferReadAloud(host: VoiceHost | undefined, ctx: CommandContext): boolean {
  const voice = ctx.voice;
  return host !== undefined && ctx.guildId !== null && !!voice && voice.cannotSpeak.length === 0 && !voice.unusable;
}

const withButton = (reply: Reply, button: ReplyButton | undefined): Reply => (button ? { ...reply, buttons: [...(reply.buttons ?? []), button] } : reply);

/**
 * The Read aloud button under an answer, when the student is in a voice channel the tutor can speak in. It reads
 * what the reply shows: the answer, or only its part shown (the short version for "explain that simpler").
 */
export function readAloudButton(host: VoiceHost | undefined, ctx: CommandContext, entryId: string, part?: AnswerPart): ReplyButton | undefined {
  if (!canOfferReadAloud(host, ctx)) return undefined;
  return { action: encodeAction(VOICE_ACTION, 'read', entryId, ...(part ? [part] : [])), label: V.readAloudButton, style: 'secondary', key: 'V' };
}

/** The reply with a Read aloud button added, when one fits (see readAloudButton). */
export function withReadAloud(reply: Reply, host: VoiceHost | undefined, ctx: CommandContext, entryId: string, part?: AnswerPart): Reply {
  return withButton(reply, readAloudButton(host, ctx, entryId, part));
}

/** /topic's reply with a Read aloud button (its title and summary), on the same conditions as an answer's. */
export function withTopicReadAloud(reply: Reply, host: VoiceHost | undefined, ctx: CommandContext, topicId: string): Reply {
  if (!canOfferReadAloud(host, ctx)) return reply;
  return withButton(reply, { action: encodeAction(VOICE_ACTION, 'topic', topicId), label: V.readAloudButton, style: 'secondary', key: 'V' });
}

export interface ReadAloudDeps {
  readonly host: VoiceHost | undefined;
  readonly entry: (id: string) => AnswerEntry | undefined;
  readonly topic: (id: string) => Topic | undefined;
}

/** What a Read aloud button reads (a heading and its text), or undefined for an unknown or stale id. */
function toRead(what: string | undefined, id: string | undefined, part: string | undefined, deps: ReadAloudDeps): { heading: string; text: string; maxChars?: number } | undefined {
  if (!id) return undefined;
  if (what === 'read') {
    const entry = deps.entry(id);
    if (!entry) return undefined;
    return { heading: entry.question, text: part === 'short' || part === 'examples' ? answerPart(entry.answer, part) : entry.answer };
  }
  if (what === 'topic') {
    const topic = deps.topic(id);
    // The title and summary only (a list of dates and terms is hard to follow by ear); the title ends as a
    // sentence, so the speech pauses before the summary.
    return topic ? { heading: /[.?!]$/.test(topic.title) ? topic.title : `${topic.title}.`, text: topic.summary, maxChars: VOICE_DEFAULTS.maxTopicChars } : undefined;
  }
  return undefined;
}

/** Read aloud: the answer (or topic) is read in the voice channel the student is in when they press it. */
export function createReadAloudAction(deps: ReadAloudDeps): ActionHandler {
  return {
    prefix: VOICE_ACTION,
    async run([what, id, part], ctx) {
      const read = toRead(what, id, part, deps);
      if (!read) return { body: MESSAGES.unknownAction, private: true, tone: 'info' };
      if (!deps.host || ctx.guildId === null || ctx.voice === undefined) return refusal(V.unavailable);
      const cannot = cannotSpeakReply(deps.host, ctx, ctx.guildId, ctx.voice, true);
      if (cannot || !ctx.voice) return cannot ?? refusal(V.readAloudNotInVoice);
      const outcome = await deps.host.readAloud({ guildId: ctx.guildId, channelId: ctx.voice.channelId, userId: ctx.userId, userName: ctx.userName, question: read.heading, answer: read.text, ...(read.maxChars ? { maxChars: read.maxChars } : {}) });
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
