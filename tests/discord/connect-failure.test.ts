// What the person running the bot is told when it cannot connect: the network or the token, not a guess.
import { describe, expect, it } from 'vitest';
import { connectFailure } from '../../src/adapters/discord/run.js';

describe('a failed connection', () => {
  it('blames the network, not the token, when Discord cannot be reached', () => {
    const offline = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('getaddrinfo ENOTFOUND discord.com'), { code: 'ENOTFOUND' }) });
    expect(connectFailure(offline)).toMatch(/could not reach Discord \(ENOTFOUND\).*internet connection.*token was not the problem/);
    expect(connectFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toContain('could not reach Discord');
  });

  it('says the token was refused when it was', () => {
    expect(connectFailure(Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' }))).toMatch(/refused the token: check DISCORD_TOKEN/);
  });

  it('names both when it cannot tell', () => {
    expect(connectFailure(new Error('something else'))).toBe('could not connect to Discord (check DISCORD_TOKEN and the internet connection)');
  });
});
