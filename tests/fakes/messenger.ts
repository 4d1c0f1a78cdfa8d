// A ChannelMessenger that remembers every post and edit, for tests to read as a channel would show them.
import type { ChannelMessenger, Reply } from '../../src/commands/types.js';

export interface Post {
  readonly messageId: string;
  readonly channelId: string;
  /** The message as it stands now (after any edits). */
  reply: Reply;
  readonly edits: Reply[];
}

export class RecordingMessenger implements ChannelMessenger {
  readonly posts: Post[] = [];
  private next = 1;

  async send(channelId: string, reply: Reply): Promise<string> {
    const messageId = `m${this.next++}`;
    this.posts.push({ messageId, channelId, reply, edits: [] });
    return messageId;
  }

  async edit(channelId: string, messageId: string, reply: Reply): Promise<void> {
    const post = this.posts.find((p) => p.messageId === messageId && p.channelId === channelId);
    if (!post) throw new Error(`no message ${messageId} in ${channelId}`);
    post.edits.push(reply);
    post.reply = reply;
  }

  in(channelId: string): Post[] {
    return this.posts.filter((p) => p.channelId === channelId);
  }

  /** The latest post with answer buttons in a channel: the current question. */
  lastQuestion(channelId: string): Post | undefined {
    return this.in(channelId).filter((p) => (p.reply.buttons ?? []).some((b) => b.key === 'A')).at(-1);
  }

  titles(channelId: string): string[] {
    return this.in(channelId).map((p) => p.reply.title ?? p.reply.body);
  }
}
