// What the person running the bot is told when it cannot connect, or cannot register its commands: the
// network or the token, not a guess.
import { describe, expect, it } from 'vitest';
import { deployFailure } from '../../src/adapters/discord/deploy.js';
import { connectFailure } from '../../src/adapters/discord/run.js';

const offline = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('getaddrinfo ENOTFOUND discord.com'), { code: 'ENOTFOUND' }) });

describe('a failed connection', () => {
  it('blames the network when Discord cannot be reached, and does not vouch for a token it never checked', () => {
    expect(connectFailure(offline)).toMatch(/could not reach Discord \(ENOTFOUND\).*internet connection.*the token could not be checked/);
    expect(connectFailure(offline)).not.toContain('token was not the problem');
    expect(connectFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toContain('could not reach Discord');
  });

  it('says the token was refused when it was', () => {
    expect(connectFailure(Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' }))).toMatch(/refused the token: check DISCORD_TOKEN/);
  });

  it('names both when it cannot tell', () => {
    expect(connectFailure(new Error('something else'))).toBe('could not connect to Discord (check DISCORD_TOKEN and the internet connection)');
  });
});

describe('registering the commands when it fails', () => {
  it('says Discord could not be reached, not that it refused them, when the network is down', () => {
    expect(deployFailure(offline)).toMatch(/^Could not reach Discord \(ENOTFOUND\), so no command was registered.*internet connection/);
    expect(deployFailure(offline)).not.toContain('refused');
  });

  it('says which setting to fix when the token is refused, and passes on any other refusal', () => {
    expect(deployFailure(Object.assign(new Error('401: Unauthorized'), { status: 401 }))).toMatch(/^Discord refused the token \(401: Unauthorized\): check DISCORD_TOKEN/);
    expect(deployFailure(Object.assign(new Error('Invalid Form Body'), { status: 400 }))).toBe('Discord refused the commands: Invalid Form Body');
  });
});
