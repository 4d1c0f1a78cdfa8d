// Homework set and reported at one keyboard, from a GCSE trial: the console's default "Player 1", who never
// answered, is no student of the class, and a student who types the teacher's command is not its setter.
import { describe, expect, it } from 'vitest';
import { HOMEWORK_MESSAGES as H } from '../../src/messages.js';
import { typedAtConsole } from '../helpers/console-session.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

const SET = '/tutor homework set topic:nep questions:3 seconds:10 due:2030-01-10T09:00';
const REPORT = '/tutor homework report assignment:1';
const DUE = 'Thursday 10 January 2030, 09:00';

async function keyboard(lines: readonly string[]): Promise<string> {
  return typedAtConsole(await loadFixtureKnowledge(), lines, { random: () => 0.3 });
}

/** The report's line of students who have not started, as printed. */
const notStarted = (text: string): string => text.slice(text.lastIndexOf(H.reportNotStarted)).split('\n')[1] ?? '';

/** Kayla and Dev each answer question 1 of a round; the round is then stopped. */
const round = ['/as Kayla', '/as Dev', '/quiz nep 3 20', '', 'B', '/as Kayla', 'A', '/quiz stop'];

describe('homework report at the console', () => {
  it('leaves out the default Player 1, who only asked questions, and names the teacher as the setter, not Kayla', async () => {
    const out = await keyboard(['/ask what was the nep', ...round, '/as Kayla', SET, REPORT]);
    expect(out).toContain(H.postBody('Teacher', 3, 10, DUE, 'Europe/London').split('**')[0]);
    expect(out).toContain(H.reportSummary('Teacher', DUE, true, null, 0, 0, 0, null));
    // Kayla typed the command, and is still a student who has not started it.
    expect(notStarted(out)).toBe('Dev, Kayla');
    expect(out).not.toContain('Player 1');
  });

  it('lists Player 1 once they have answered a quiz question, and keeps the name of a setter who answered nothing', async () => {
    const out = await keyboard(['/quiz nep 3 20', '', 'B', '/quiz stop', '/as Ms Khan', SET, REPORT]);
    expect(out).toContain(H.reportSummary('Ms Khan', DUE, true, null, 0, 0, 0, null));
    expect(notStarted(out)).toBe('Player 1');
  });
});
