import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { MESSAGES, QUIZ_MESSAGES } from '../../src/messages.js';
import { consoleTranscript } from '../helpers/console-session.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

async function session(lines: string[]): Promise<string> {
  return consoleTranscript(buildApp({ kb: await loadFixtureKnowledge() }), lines);
}

describe('the local console', () => {
  it('says on its first line that it is the local console and how to reach Discord', async () => {
    const out = await session(['/quit']);
    expect(out.split('\n')[0]).toMatch(/local console/);
    expect(out).toContain('DISCORD_TOKEN');
  });

  it('lists topics, shows one by a misspelt name, and answers a question', async () => {
    const out = await session(['/topics', '/topic new economic polcy', '/ask why did stalin get rid of the nep', '/quit']);
    expect(out).toContain('1. The New Economic Policy (NEP) (nep)');
    expect(out).toContain('Key dates:\nMarch 1921: Tenth Party Congress adopts the NEP');
    expect(out).toContain('== Why did Stalin end the NEP? ==');
    expect(out).toContain('grain procurement crisis of 1927–28');
    expect(out).toContain('\nTopic: The New Economic Policy (NEP)\n');
  });

  it('lets a student press a related-question button by typing its number', async () => {
    const out = await session(['/ask why was the nep brought in', '1', '/quit']);
    expect(out).toContain('[1] What were the main features of the NEP?');
    expect(out).toContain('== What were the main features of the NEP? ==');
  });

  it('names the buttons there are when a key that is no button is typed', async () => {
    const out = await session(['/ask why was the nep brought in', '7', '/quit']);
    expect(out).toContain(MESSAGES.consoleNoSuchButton('7', ['1', 'N', 'R']));
  });

  it('puts "Not what I asked" on N, not on a number beside the related questions, so a number never files a report (a Year-9 trial)', async () => {
    const out = await session(['/ask why was the nep brought in', '2', 'N', '/quit']);
    expect(out).toContain(`[1] What were the main features of the NEP?\n  [N] ${MESSAGES.askFeedbackButton}`);
    expect(out).toContain(MESSAGES.consoleNoSuchButton('2', ['1', 'N', 'R']));
    expect(out.split(MESSAGES.askFeedbackThanks)).toHaveLength(2);
  });

  it('presses only the last reply\'s buttons: after a refusal, a number says there is none instead of pressing an earlier answer\'s', async () => {
    const out = await session(['/ask why was the nep brought in', '/ask how did khrushchev criticise stalin', '1', 'N', '/quit']);
    expect(out).toContain(MESSAGES.askUnknownWords(['khrushchev']));
    expect(out.split(MESSAGES.consoleNothingToPress)).toHaveLength(3);
    // Neither the related question (1) nor "Not what I asked" under the first answer was pressed.
    expect(out).not.toContain('== What were the main features of the NEP? ==');
    expect(out).not.toContain(MESSAGES.askFeedbackThanks);
  });

  it('takes the confirmation buttons away once one is pressed, so Cancel cannot be followed by a Yes', async () => {
    const out = await session(['/tutor reset-leaderboard', 'N', 'Y', '/quit']);
    expect(out).toContain(MESSAGES.tutorResetCancelled);
    expect(out).not.toContain(MESSAGES.tutorResetDone);
    expect(out).toContain(MESSAGES.consoleNothingToPress);
  });

  it('answers unknown commands and plain text that asks nothing with a hint instead of failing', async () => {
    const out = await session(['/dance', 'stalin and the nep', '/quit']);
    expect(out).toContain(MESSAGES.consoleUnknownCommand('dance'));
    expect(out).toContain(MESSAGES.consoleNotACommand);
  });

  it('takes options named as on Discord, as the tutor\'s own hints write them', async () => {
    const out = await session(['/topic name:nep', '/tutor fairness mode:on', '/quiz start topic:nep questions:3 seconds:10', '/quiz stop', '/quit']);
    expect(out).toContain('== The New Economic Policy (NEP) ==');
    expect(out).toContain(MESSAGES.tutorFairnessOn);
    expect(out).toContain('== Quiz: The New Economic Policy (NEP) ==');
    expect(out).toContain('3 questions, 10 seconds each');
  });

  it('reads a topic of several words in the short form of /quiz, with a kind and a count after it', async () => {
    const out = await session(['/quiz new economic policy 3', '/quiz stop', '/quiz new economic policy facts 3 10', '/quiz stop', '/quit']);
    expect(out.split('== Quiz: The New Economic Policy (NEP) ==')).toHaveLength(3);
    expect(out).toContain('3 questions, 20 seconds each');
    expect(out).toContain('3 questions, 10 seconds each');
    expect(out).not.toMatch(/I have no topic called|I am not sure which topic/);
  });

  it('reads a number first as the topic\'s number in the list, never as a count of questions on every topic (a Year-10 trial)', async () => {
    const out = await session(['/quiz 1 3', '/quiz stop', '/quiz 6 3', '/quit']);
    expect(out).toContain('== Quiz: The New Economic Policy (NEP) ==');
    expect(out).toContain('3 questions, 20 seconds each');
    expect(out).toContain(QUIZ_MESSAGES.startTopicNumber(1, 'The New Economic Policy (NEP)'));
    // There is no topic 6 here: the list, and no round on every topic.
    expect(out).toMatch(/I am not sure which topic “6” means/);
    expect(out).not.toContain('== Quiz: all topics ==');
  });

  it('says when a subcommand does not exist instead of running another', async () => {
    const out = await session(['/tutor bogus', '/quit']);
    expect(out).toContain(
      MESSAGES.consoleUnknownSubcommand('tutor', 'bogus', ['missed', 'missed-delete', 'retention', 'export', 'forget', 'reset-leaderboard', 'reload', 'fairness', 'level', 'board', 'report', 'teacher-role', 'timezone', 'homework']),
    );
    expect(out).not.toContain('No unanswered questions');
  });

  it('refuses questions outside the course and shows them to the teacher in /missed', async () => {
    const out = await session(['/ask who was hitler', '/missed', '/quit']);
    expect(out).toContain(MESSAGES.askUnknownWords(['hitler']));
    expect(out).toMatch(/1× who was hitler/);
  });

  it('ends cleanly when piped input runs out without /quit', async () => {
    const out = await session(['/topics']);
    expect(out.trim().endsWith(MESSAGES.consoleBye)).toBe(true);
  });

  it('runs as `npm start` with piped input', () => {
    const r = spawnSync('npx', ['tsx', 'src/main.ts'], {
      input: '/topic nep\n/quit\n',
      env: { ...process.env, DISCORD_TOKEN: '', KNOWLEDGE_DIR: 'tests/fixtures/knowledge/valid' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('== The New Economic Policy (NEP) ==');
  });
});
