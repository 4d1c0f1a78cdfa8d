// Follow-up questions measured on conversations written apart from the code (tests/fixtures/conversations):
// how often a follow-up is read right with the turn before it, and how often a question that stands on
// its own is left as it would be asked alone (never bent towards the last answer).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { buildApp } from '../src/app.js';
import type { CommandContext } from '../src/commands/types.js';
import type { KnowledgeBase } from '../src/knowledge/schema.js';
import { parseJsonLines } from '../src/matching/evaluate.js';

export const CONVERSATION_SET = 'tests/fixtures/conversations/conversations.jsonl';
/** Written later by a helper who saw only a digest of the fact base; held out until December 2026, used for tuning since. */
export const HELD_OUT_CONVERSATIONS = 'tests/fixtures/conversations/held-out.jsonl';
/** Written later by a helper who never saw the code, labelled by a blind judge, never read line by line: the held-out measure. */
export const BLIND_CONVERSATIONS = 'tests/fixtures/conversations/blind.jsonl';
/** A second blind set, written and labelled the same way on 6 December 2026, measured before and after that day's second round; read line by line for the third. */
export const BLIND_CONVERSATIONS_2 = 'tests/fixtures/conversations/blind-2.jsonl';
/** A third, written and labelled the same way later that day; measured before and after the third round only. */
export const BLIND_CONVERSATIONS_3 = 'tests/fixtures/conversations/blind-3.jsonl';
/** A fourth, written and labelled the same way at the end of that day; measured, figures only, before and after the next session's change. */
export const BLIND_CONVERSATIONS_4 = 'tests/fixtures/conversations/blind-4.jsonl';
/** A fifth, written and labelled the same way later on 6 December 2026; held out, measured first in that day's third session. */
export const BLIND_CONVERSATIONS_5 = 'tests/fixtures/conversations/blind-5.jsonl';
/** A sixth, written and labelled the same way by a helper who saw only a digest of the fact base, on 6 December 2026's sixth session; held out. */
export const BLIND_CONVERSATIONS_6 = 'tests/fixtures/conversations/blind-6.jsonl';
/** A seventh, written and labelled the same way from a digest of the fact base on 7 December 2026 (fifteenth session); held out. */
export const BLIND_CONVERSATIONS_7 = 'tests/fixtures/conversations/blind-7.jsonl';
/** An eighth, written the same way from a digest of the fact base on 7 December 2026 (sixteenth session); held out. */
export const BLIND_CONVERSATIONS_8 = 'tests/fixtures/conversations/blind-8.jsonl';
const turnSchema = z.object({ q: z.string(), kind: z.enum(['standalone', 'followup']), expect: z.array(z.string()).min(1) });
const conversationSchema = z.object({ turns: z.array(turnSchema).min(2) });
export type Conversation = z.infer<typeof conversationSchema>;

export function loadConversations(file = CONVERSATION_SET): Conversation[] {
  return parseJsonLines(readFileSync(file, 'utf8'), conversationSchema, file);
}

export interface ConversationFigures {
  readonly followUps: number;
  /** Follow-ups answered with an expected entry. */
  readonly followUpsRight: number;
  /** Follow-ups whose first reply shows an expected entry: the answer or one of its buttons (a close call's hedge). */
  readonly followUpsShown: number;
  readonly standalones: number;
  /** Later stand-alone turns answered exactly as they are when asked alone. */
  readonly standalonesUnbent: number;
}

export async function conversationFigures(kb: KnowledgeBase, conversations: readonly Conversation[]): Promise<ConversationFigures> {
  const app = buildApp({ kb });
  const fresh = buildApp({ kb });
  let n = 0;
  // A reply's title is the answered entry's own question, so entries are compared by it.
  let lastButtons: string[] = [];
  const entryOf = async (a: typeof app, q: string, ctx: CommandContext) => {
    const reply = await a.router.runCommand('ask', { options: { question: q } }, ctx);
    lastButtons = (reply?.buttons ?? []).map((b) => b.action);
    return reply?.title ?? '';
  };
  const titleOf = (id: string) => app.matcher.entry(id)?.question ?? `?${id}`;
  let followUps = 0;
  let followUpsRight = 0;
  let followUpsShown = 0;
  let standalones = 0;
  let standalonesUnbent = 0;
  for (const c of conversations) {
    const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: `u${n++}`, userName: 'Student', canManageServer: false };
    for (const [i, turn] of c.turns.entries()) {
      const got = await entryOf(app, turn.q, ctx);
      if (i === 0) continue;
      if (turn.kind === 'followup') {
        followUps++;
        const buttons = lastButtons;
        if (turn.expect.some((id) => titleOf(id) === got)) followUpsRight++;
        if (turn.expect.some((id) => titleOf(id) === got || buttons.includes(`ask:${id}`))) followUpsShown++;
      } else {
        standalones++;
        const alone = await entryOf(fresh, turn.q, { ...ctx, userId: `fresh-${n}-${i}` });
        if (alone === got) standalonesUnbent++;
      }
    }
  }
  return { followUps, followUpsRight, followUpsShown, standalones, standalonesUnbent };
}
