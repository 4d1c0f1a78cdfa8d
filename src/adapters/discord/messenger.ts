// ChannelMessenger over Discord's REST API: posts and edits channel messages (quiz questions,
// reveals, podiums). Plain REST rather than cached channel objects, so any shard can post anywhere
// and nothing depends on what the gateway has cached.
import { DiscordAPIError, RESTJSONErrorCodes, Routes } from 'discord.js';
import type { APIMessage, REST, RESTPatchAPIChannelMessageJSONBody, RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import { ChannelUnavailableError, type ChannelMessenger, type Reply } from '../../commands/types.js';
import { renderReply } from './render.js';
import { escapeUserText } from './text.js';

/** A channel message never pings: the client's allowedMentions does not apply to raw REST calls. */
function body(reply: Reply): RESTPostAPIChannelMessageJSONBody & RESTPatchAPIChannelMessageJSONBody {
  const { embeds, components } = renderReply(reply);
  return { embeds, components, allowed_mentions: { parse: [] } };
}

/** Refusals that another try would meet again: the channel is gone, or the bot may not see or post in it. */
const UNAVAILABLE: ReadonlySet<number> = new Set([RESTJSONErrorCodes.UnknownChannel, RESTJSONErrorCodes.MissingAccess, RESTJSONErrorCodes.MissingPermissions]);

/** What the person running the bot should give it, by Discord's error code. */
const LACKING: Readonly<Record<number, string>> = {
  [RESTJSONErrorCodes.MissingAccess]: 'the bot cannot see this channel: give its role View Channel there',
  [RESTJSONErrorCodes.MissingPermissions]: 'the bot may not post here: give its role Send Messages (Send Messages in Threads in a thread) and Embed Links in this channel',
};

function translated(channelId: string, error: unknown): unknown {
  if (error instanceof DiscordAPIError && typeof error.code === 'number' && UNAVAILABLE.has(error.code))
    return new ChannelUnavailableError(channelId, `${error.message} (${error.code}): ${LACKING[error.code] ?? 'the channel is gone'}`, { cause: error });
  return error;
}

export function createChannelMessenger(rest: Pick<REST, 'post' | 'patch'>): ChannelMessenger {
  return {
    // Players' names are kept as typed; a post shows them escaped.
    showTyped: escapeUserText,
    async send(channelId, reply) {
      try {
        const message = (await rest.post(Routes.channelMessages(channelId), { body: body(reply) })) as APIMessage;
        return message.id;
      } catch (error) {
        throw translated(channelId, error);
      }
    },
    async edit(channelId, messageId, reply) {
      try {
        await rest.patch(Routes.channelMessage(channelId, messageId), { body: body(reply) });
      } catch (error) {
        throw translated(channelId, error);
      }
    },
  };
}
