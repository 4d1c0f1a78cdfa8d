// Lines typed at the console without a slash, as two blind trials found them (session 18): "abortion ban" and a
// misspelt "diffrence with trosky" were told commands start with a slash, and "and zinovev" after an answer on Kamenev
// was told to type a question. A line whose words name the course, as /ask's matcher reads them (spelling corrected),
// is asked; chatter that names nothing of it keeps its reply.
import { describe, expect, it } from 'vitest';
import { CONSOLE_MESSAGES as C } from '../../src/adapters/console/console-messages.js';
import { MESSAGES } from '../../src/messages.js';
import { typedAtConsole } from '../helpers/console-session.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

/** The console on the real notes, each line typed at the prompt: what it printed in reply to each. */
async function replies(lines: readonly string[]): Promise<string[]> {
  const out = await typedAtConsole(await loadRealKnowledge(), lines, { random: () => 0.3 });
  return out
    .split('\n> ')
    .slice(1, lines.length + 1)
    .map((r) => r.replace(`${MESSAGES.consoleTakenAsAsk}\n`, ''));
}

/** An answer's heading, as /ask prints it. */
const heading = (reply: string | undefined): string => (/^== (.*) ==$/m.exec(reply ?? '') ?? [])[1] ?? '';

describe('a line naming the course, typed without a slash', () => {
  it('is asked: a phrase the notes use, a misspelt name beside other words, a term in students\' shorthand', async () => {
    const typed = ['abortion ban', 'diffrence with trosky', 'show trials', '5 yr plan'];
    const [ban, trotsky, trials, plan] = await replies(typed);
    for (const [i, reply] of [ban, trotsky, trials, plan].entries()) {
      expect(reply, typed[i]).not.toContain(MESSAGES.consoleNotACommand);
      expect(heading(reply), typed[i]).not.toBe('');
    }
    expect(heading(ban)).toMatch(/abortion/i);
    expect(trotsky).toMatch(/Trotsky/);
    expect(heading(trials)).toMatch(/show trial/i);
    expect(heading(plan)).toMatch(/Five-Year Plan/i);
  });

  it('is asked when it carries on from the last answer with a misspelt name ("and zinovev" after Kamenev)', async () => {
    const [kamenev, zinoviev, trotsky] = await replies(['who was kamenev', 'and zinovev', 'and trosky']);
    expect(heading(kamenev)).toMatch(/Kamenev/);
    expect(zinoviev).not.toContain(C.howToAsk);
    expect(heading(zinoviev)).toMatch(/Zinoviev/);
    expect(heading(trotsky)).toMatch(/Trotsky/);
  });
});

describe('chatter that names nothing of the course', () => {
  it('keeps its reply, though its everyday words are in the notes ("party", "hard work", "free time")', async () => {
    const hinted = ['lol', 'pizza party', 'party tonight', 'hard work', 'free time', 'family holiday', 'great work'];
    const told = ['hold on my mum is calling', 'my mum is at the party', 'i work hard', 'my brother is in the army'];
    const got = await replies([...hinted, ...told]);
    hinted.forEach((line, i) => expect(got[i]?.trim(), line).toBe(MESSAGES.consoleNotACommand));
    told.forEach((line, i) => expect(got[hinted.length + i]?.split('\n')[0], line).toBe(C.howToAsk));
  });
});
