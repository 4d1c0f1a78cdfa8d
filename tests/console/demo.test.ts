// `npm run demo`, the README's way to try the tutor on any system: it runs, answers, quizzes and leaves nothing behind.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run demo', () => {
  it('shows the topics, answers both questions (the second in two parts), plays the quiz and exits cleanly without a token', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/demo.ts'], {
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], DISCORD_TOKEN: 'must-be-ignored', KNOWLEDGE_DIR: 'knowledge' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Stalin's USSR, 1924–1941: the topics");
    expect(run.stdout).toContain('Why did Stalin end the NEP?');
    expect(run.stdout).toContain('Your question has 2 parts');
    expect(run.stdout).toContain('Leaderboard');
    // It answers as a student who knows the course: the board ends with points, not "Nobody scored".
    expect(run.stdout).toMatch(/1st: Player 1, 3,\d{3} points, 3 of 3 right/);
    // No path to a picture in a folder the demo deletes as it ends (an IT technician's trial).
    expect(run.stdout).not.toContain('Image: ');
  }, 60_000);
});
