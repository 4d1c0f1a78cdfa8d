// The app on the real fact base, with a fixed clock, and /ask conversations on it, as the trial tests run them.
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type App, type AppDeps } from '../../src/app.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { loadRealKnowledge } from './knowledge.js';

/** The clock of the /ask trial tests: a Monday morning in term. */
export const TRIAL_MORNING = (): Date => new Date('2026-03-02T10:00:00Z');
/** The clock of the simpler-version and essay tests: a Tuesday after school. */
export const AFTER_SCHOOL = (): Date => new Date('2026-05-12T16:00:00Z');

/**
 * An app on the real fact base with `deps`, built before a test file's tests (a beforeAll, with `timeout` when given)
 * and handed to `take` with the fact base, and shut down after them:
 * `useRealApp((real) => ({ kb, app } = real), { now: TRIAL_MORNING }, 60_000)`.
 */
export function useRealApp(take: (real: { kb: KnowledgeBase; app: App }) => void, deps: Omit<AppDeps, 'kb'>, timeout?: number): void {
  let app: App | undefined;
  beforeAll(async () => {
    const kb = await loadRealKnowledge();
    app = buildApp({ kb, ...deps });
    take({ kb, app });
  }, timeout);
  afterAll(async () => {
    await app?.shutdown();
  });
}

/** The nth conversation of a new student (`id-n`, named `userName`) in channel c1, so no earlier answer is leaned on. */
export const newStudent =
  (id: string, userName: string) =>
  (n: number): CommandContext => ({ guildId: 'g1', channelId: 'c1', userId: `${id}-${n}`, userName, canManageServer: false });

/**
 * /ask conversations on an app on the real fact base (at TRIAL_MORNING unless `deps` say otherwise; see useRealApp).
 * Each call begins a conversation in the context `contextOf` gives it (the first call 0, then 1…) and returns its /ask:
 * each question is read with the ones asked before it in that conversation.
 */
export function useAskConversations(contextOf: (n: number) => CommandContext, timeout: number, deps: Omit<AppDeps, 'kb'> = { now: TRIAL_MORNING }) {
  let app: App | undefined;
  useRealApp((real) => ({ app } = real), deps, timeout);
  let n = 0;
  return () => {
    const ctx = contextOf(n++);
    return (question: string): Promise<Reply | undefined> => {
      if (!app) throw new Error('useAskConversations: the app is built in beforeAll');
      return app.router.runCommand('ask', { options: { question } }, ctx);
    };
  };
}
