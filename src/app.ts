// The one wiring point: builds the tutor from its parts and passes each part what it needs.
// Adapters (Discord, console) receive the finished App; nothing reaches for globals.
import { answerableEntries } from './knowledge/answerable.js';
import { createQuestionAutocomplete } from './knowledge/question-autocomplete.js';
import type { KnowledgeBase } from './knowledge/schema.js';
import { createTopicFinder } from './knowledge/topic-finder.js';
import { createMatcher, type Matcher } from './matching/matcher.js';
import { createInMemoryMissedQuestions, type MissedQuestions } from './missed/missed-questions.js';
import { createAskAction, createAskCommand } from './commands/ask.js';
import { createHelpCommand } from './commands/help.js';
import { createMissedCommand } from './commands/missed.js';
import { CommandRouter } from './commands/router.js';
import { createTopicCommand, createTopicsCommand } from './commands/topics.js';
import type { Command } from './commands/types.js';

export interface AppDeps {
  readonly kb: KnowledgeBase;
  readonly now?: () => Date;
  readonly missed?: MissedQuestions;
}

export interface App {
  readonly kb: KnowledgeBase;
  readonly matcher: Matcher;
  readonly router: CommandRouter;
  /** Ends what is running and saves what is unsaved. */
  shutdown(): Promise<void>;
}

/** The server id the console and direct messages use for per-server data. */
export const LOCAL_GUILD_ID = 'local';

export function buildApp(deps: AppDeps): App {
  const { kb } = deps;
  const now = deps.now ?? (() => new Date());
  const missed = deps.missed ?? createInMemoryMissedQuestions();
  const matcher = createMatcher(answerableEntries(kb));
  const topics = createTopicFinder(kb.topics);
  const askDeps = { kb, matcher, missed, now, dmGuildId: LOCAL_GUILD_ID, autocomplete: createQuestionAutocomplete(kb.questions) };

  const commands: Command[] = [];
  commands.push(
    createHelpCommand(() => commands),
    createAskCommand(askDeps),
    createTopicsCommand(kb),
    createTopicCommand(kb, topics),
    createMissedCommand(missed),
  );
  const router = new CommandRouter(commands, [createAskAction(askDeps)]);

  return {
    kb,
    matcher,
    router,
    async shutdown() {},
  };
}
