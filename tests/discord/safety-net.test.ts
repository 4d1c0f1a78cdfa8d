// The process-wide safety net of Discord mode (src/adapters/discord/run.ts), its handlers called as Node
// would call them: a rejection nothing handled is logged and the bot serves on; an exception nothing
// caught is logged and starts the graceful shutdown; the token never reaches the log.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/adapters/discord/log.js';
import { createSafetyNet, withoutSecret } from '../../src/adapters/discord/run.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.secret.part-of-the-token';

/** Keeps the error lines, as the logger would write them. */
class ErrorLines {
  readonly errors: { message: string; data: Record<string, unknown> | undefined }[] = [];
  debug() {}
  info() {}
  warn() {}
  error(message: string, data?: Record<string, unknown>) {
    this.errors.push({ message, data });
  }
}

function net() {
  const log = new ErrorLines();
  const reasons: string[] = [];
  return { log, reasons, net: createSafetyNet(log, TOKEN, (reason) => reasons.push(reason)) };
}

describe('the safety net', () => {
  it('logs a rejection nothing handled, and keeps serving', () => {
    const { log, reasons, net: safety } = net();
    safety.onUnhandledRejection(new Error('a handler slipped'));
    expect(log.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/unhandled promise rejection/) })]);
    expect(JSON.stringify(log.errors[0]?.data)).toContain('a handler slipped');
    expect(reasons).toEqual([]);
  });

  it('logs an exception nothing caught, then asks for the graceful shutdown', () => {
    const { log, reasons, net: safety } = net();
    safety.onUncaughtException(new TypeError('cannot read properties of undefined'));
    expect(log.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/uncaught exception: shutting down/) })]);
    expect(JSON.stringify(log.errors[0]?.data)).toContain('cannot read properties of undefined');
    expect(reasons).toEqual(['uncaught exception']);
  });

  it('never writes the token, in a message, a stack or a nested value', () => {
    const lines: string[] = [];
    const safety = createSafetyNet(createLogger('debug', (line) => lines.push(line)), TOKEN, () => {});
    safety.onUnhandledRejection(new Error(`request with Bot ${TOKEN} failed`));
    safety.onUncaughtException({ headers: { authorization: `Bot ${TOKEN}` } });
    safety.onUnhandledRejection(`plain text ${TOKEN}`);
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).not.toContain(TOKEN);
    expect(lines.join('\n')).toContain('Bot [token]');
  });

  it('does not throw when the log cannot be written (stderr gone)', () => {
    const broken = createLogger('debug', () => {
      throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    });
    const reasons: string[] = [];
    const safety = createSafetyNet(broken, TOKEN, (reason) => reasons.push(reason));
    expect(() => safety.onUnhandledRejection(new Error('x'))).not.toThrow();
    expect(() => safety.onUncaughtException(new Error('y'))).not.toThrow();
    expect(reasons).toEqual(['uncaught exception']);
  });

  it('shows a value that cannot be written as JSON as text', () => {
    const circular: Record<string, unknown> = { token: TOKEN };
    circular['self'] = circular;
    expect(withoutSecret(circular, TOKEN)).toBe('[object Object]');
    expect(withoutSecret(undefined, TOKEN)).toBe('undefined');
  });
});
