// A small logger for the Discord adapter: one line per event on stderr, filtered by LOG_LEVEL.
// Passed in, never global, so tests can capture what was logged (e.g. an error id).
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

const RANK: Readonly<Record<LogLevel, number>> = Object.freeze({ debug: 0, info: 1, warn: 2, error: 3 });

function serialise(data: Record<string, unknown>): string {
  return JSON.stringify(data, (_key, value: unknown) =>
    value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : typeof value === 'bigint' ? String(value) : value,
  );
}

export function createLogger(level: LogLevel, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const at =
    (lineLevel: LogLevel) =>
    (message: string, data?: Record<string, unknown>): void => {
      if (RANK[lineLevel] < RANK[level]) return;
      write(`${new Date().toISOString()} ${lineLevel.toUpperCase()} ${message}${data ? ` ${serialise(data)}` : ''}`);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export const silentLogger: Logger = Object.freeze({ debug() {}, info() {}, warn() {}, error() {} });
