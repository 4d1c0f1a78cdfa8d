// Finds the command or button handler for a request. Shared by the Discord and console adapters.
import type { ActionHandler, Command, CommandContext, CommandInput, Reply, ReplyForm } from './types.js';

export const ACTION_SEPARATOR = ':';

export function encodeAction(prefix: string, ...args: readonly string[]): string {
  return [prefix, ...args].join(ACTION_SEPARATOR);
}

export function decodeAction(actionId: string): { prefix: string; args: string[] } {
  const [prefix = '', ...args] = actionId.split(ACTION_SEPARATOR);
  return { prefix, args };
}

export class CommandRouter {
  private commands: ReadonlyMap<string, Command>;
  private actions: ReadonlyMap<string, ActionHandler>;

  constructor(commands: readonly Command[], actions: readonly ActionHandler[]) {
    this.commands = new Map(commands.map((c) => [c.spec.name, c]));
    this.actions = new Map(actions.map((a) => [a.prefix, a]));
  }

  /** Hands every request from now on to these (a reloaded fact base's); the adapters keep this router. */
  replace(commands: readonly Command[], actions: readonly ActionHandler[]): void {
    this.commands = new Map(commands.map((c) => [c.spec.name, c]));
    this.actions = new Map(actions.map((a) => [a.prefix, a]));
  }

  list(): Command[] {
    return [...this.commands.values()];
  }

  command(name: string): Command | undefined {
    return this.commands.get(name);
  }

  async runCommand(name: string, input: CommandInput, ctx: CommandContext): Promise<Reply | undefined> {
    const command = this.commands.get(name);
    return command ? command.run(input, ctx) : undefined;
  }

  /** Whether the action's handler may reply by replacing the message its button is on. */
  updatesMessage(actionId: string): boolean {
    return this.actions.get(decodeAction(actionId).prefix)?.updatesMessage === true;
  }

  /** The form a button opens (or a reply saying it cannot), or undefined when the button opens none. */
  form(actionId: string, ctx: CommandContext): ReplyForm | Reply | undefined {
    const { prefix, args } = decodeAction(actionId);
    return this.actions.get(prefix)?.form?.(args, ctx);
  }

  /** A submitted form; undefined when no handler takes it (a form from an older version of the bot). */
  async runSubmit(actionId: string, values: Readonly<Record<string, string>>, ctx: CommandContext): Promise<Reply | undefined> {
    const { prefix, args } = decodeAction(actionId);
    const handler = this.actions.get(prefix);
    return handler?.submit ? handler.submit(args, values, ctx) : undefined;
  }

  /** Undefined when no handler knows the action (e.g. a button from an older version of the bot). */
  async runAction(actionId: string, ctx: CommandContext): Promise<Reply | undefined> {
    const { prefix, args } = decodeAction(actionId);
    const handler = this.actions.get(prefix);
    return handler ? handler.run(args, ctx) : undefined;
  }
}
