// ChannelMessenger over Discord's REST API: posts and edits channel messages (quiz questions,
// reveals, podiums). Plain REST rather than cached channel objects, so any shard can post anywhere
// and nothing depends on what the gateway has cached.
import { Routes } from 'discord.js';
import type { APIMessage, REST, RESTPatchAPIChannelMessageJSONBody, RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import type { ChannelMessenger, Reply } from '../../commands/types.js';
import { renderReply } from './render.js';

/** A channel message never pings: the client's allowedMentions does not apply to raw REST calls. */
function body(reply: Reply): RESTPostAPIChannelMessageJSONBody & RESTPatchAPIChannelMessageJSONBody {
  const { embeds, components } = renderReply(reply);
  return { embeds, components, allowed_mentions: { parse: [] } };
}

export function createChannelMessenger(rest: Pick<REST, 'post' | 'patch'>): ChannelMessenger {
  return {
    async send(channelId, reply) {
      const message = (await rest.post(Routes.channelMessages(channelId), { body: body(reply) })) as APIMessage;
      return message.id;
    },
    async edit(channelId, messageId, reply) {
      await rest.patch(Routes.channelMessage(channelId, messageId), { body: body(reply) });
    },
  };
}
