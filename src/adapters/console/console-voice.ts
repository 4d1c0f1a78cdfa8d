// The console's voice channel: each line the tutor would say aloud is written as a WAV file in a folder
// under DATA_DIR, named by its first words and its content (a line said again is the same file), and its
// path printed on an "Audio:" line through the console messenger, with the channel posts (at once: a post
// may be waiting for it).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { UserVoice } from '../../commands/types.js';
import { VOICE_MESSAGES } from '../../messages.js';
import type { VoicePort } from '../../voice/port.js';
import { encodeWav } from '../../voice/wav.js';
import type { ConsoleMessenger } from './console-messenger.js';

/** The one voice channel of the console, which everyone at the keyboard is "in". */
export const CONSOLE_VOICE: UserVoice = Object.freeze({ channelId: 'console-voice', cannotSpeak: Object.freeze([]) });

/** "Question 1 of 3. In which year…" → "question-1-of-3-in-which-year": the first words, for a file name. */
export function fileStem(text: string): string {
  const words = text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  return words.slice(0, 8).join('-').slice(0, 60).replace(/-+$/, '') || 'speech';
}

export function createConsoleVoice(deps: { readonly dir: string; readonly messenger: Pick<ConsoleMessenger, 'print'> }): VoicePort {
  return {
    async join() {},
    async play(_guildId, speech, _signal, text) {
      const wav = encodeWav(speech);
      const hash = createHash('sha256').update(wav).digest('hex').slice(0, 8);
      mkdirSync(deps.dir, { recursive: true });
      const file = path.join(deps.dir, `${fileStem(text)}-${hash}.wav`);
      writeFileSync(file, wav);
      deps.messenger.print({ body: VOICE_MESSAGES.consoleAudio(file) });
    },
    leave() {},
    // Whoever is at the keyboard is listening: the console never leaves for want of listeners.
    listeners: () => 1,
    channelName: () => VOICE_MESSAGES.consoleChannel,
    watch() {},
  };
}
