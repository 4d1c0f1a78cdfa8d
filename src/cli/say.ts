// `npm run --silent say -- --out FILE "text"` writes the tutor's speech of the text as a WAV file (48 kHz,
// mono, 16-bit), with course names said as knowledge/pronunciations.yaml spells them: for teachers who
// want the audio, for trying a respelling, and for tests. Exit codes: 0 written, 1 the fact base or the
// file failed, 2 the command line was wrong.
import { constants } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configFromEnvironment } from '../config.js';
import { SynthWorker } from '../voice/flite.js';
import { createSpeechEngine, SpeechError, type Speech } from '../voice/speech.js';
import { speakableText } from '../voice/speakable.js';
import { encodeWav } from '../voice/wav.js';
import { loadKnowledgeForCli } from './stdout.js';

const USAGE = 'usage: npm run --silent say -- --out FILE.wav "text to speak"';

type Parsed = { readonly ok: true; readonly out: string; readonly text: string } | { readonly ok: false; readonly problem: string };

function parseSayArgs(argv: readonly string[]): Parsed {
  let out: string | undefined;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--out' || arg === '-o') {
      const value = argv[i + 1];
      if (value === undefined || value === '') return { ok: false, problem: `${arg} needs a file name after it` };
      out = value;
      i += 1;
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--') {
      // Everything after `--` is text, even if it starts with a dash.
      words.push(...argv.slice(i + 1));
      break;
    }
    else if (/^--?[a-z]/i.test(arg)) return { ok: false, problem: `unknown option ${arg}` };
    else words.push(arg);
  }
  const text = words.join(' ').trim();
  if (!out) return { ok: false, problem: 'no --out FILE: say where to write the WAV file' };
  if (text === '') return { ok: false, problem: 'no text to speak: put it after the options, in quotes' };
  if (!/[A-Za-z0-9]/.test(speakableText(text))) return { ok: false, problem: 'nothing to speak in that text (no letters or digits)' };
  return { ok: true, out, text };
}

/** Why a file could not be written, in plain words. */
function writeProblem(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT' ? 'its folder does not exist'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EISDIR' ? 'it is a folder'
    : code === 'ENOTDIR' ? 'a part of its path is a file, not a folder'
    : code === 'EROFS' ? 'the disk is read-only'
    : code === 'ENOSPC' ? 'the disk is full'
    : error instanceof Error ? error.message : String(error);
  return `cannot write ${file}: ${reason}`;
}

/** Why the file could not be written (its folder is missing or closed to us, or it is a folder), if it could not. */
async function whyUnwritable(file: string): Promise<string | undefined> {
  const isFolder = await stat(file).then((s) => s.isDirectory(), () => false);
  if (isFolder) return writeProblem(file, Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
  return access(path.dirname(path.resolve(file)), constants.W_OK).then(
    () => undefined,
    (error: unknown) => writeProblem(file, error),
  );
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseSayArgs(argv);
  if (!args.ok) {
    console.error(`say: ${args.problem}\n${USAGE}`);
    return 2;
  }
  const config = configFromEnvironment();
  if (!config) return 1;
  const kb = await loadKnowledgeForCli(config.knowledgeDir);
  if (!kb) return 1;
  // A path that cannot be written is said at once, before the speaking; an existing file is replaced only by new speech.
  const unwritable = await whyUnwritable(args.out);
  if (unwritable) {
    console.error(`say: ${unwritable}`);
    return 1;
  }
  let speech: Speech;
  const synth = new SynthWorker();
  try {
    speech = await createSpeechEngine({ synthesize: synth.synthesize, pronunciations: kb.pronunciations }).speak(args.text);
  } catch (error) {
    console.error(`say: ${error instanceof SpeechError ? error.message : String(error)}`);
    return 1;
  } finally {
    await synth.close();
  }
  try {
    await writeFile(args.out, encodeWav(speech));
  } catch (error) {
    console.error(`say: ${writeProblem(args.out, error)}`);
    return 1;
  }
  console.log(`wrote ${args.out}: ${(speech.samples.length / speech.sampleRate).toFixed(1)} s of speech, ${speech.sampleRate} Hz mono WAV`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
