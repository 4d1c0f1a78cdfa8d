// The local console fed typed lines, as a student at the keyboard: what it printed, once the input ran out.
import { PassThrough } from 'node:stream';
import { runConsole } from '../../src/adapters/console/console.js';
import type { App } from '../../src/app.js';

export async function consoleTranscript(app: App, lines: readonly string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  input.end(lines.map((l) => `${l}\n`).join(''));
  await runConsole(app, { input, output });
  return text;
}
