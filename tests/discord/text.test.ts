// Clipping to Discord's limits and escaping what users typed.
import { describe, expect, it } from 'vitest';
import { clip, escapeUserText } from '../../src/adapters/discord/text.js';

describe('clip', () => {
  it('leaves text within the limit alone', () => {
    expect(clip('The NEP', 7)).toBe('The NEP');
  });

  it('cuts longer text to the limit, ending with an ellipsis', () => {
    expect(clip('The New Economic Policy', 10)).toBe('The New E…');
    expect(clip('The New Economic Policy', 10)).toHaveLength(10);
    expect(clip('abc', 1)).toBe('…');
    expect(clip('abc', 0)).toBe('');
  });

  it('does not leave half of a two-unit character behind', () => {
    const clipped = clip('ab😀😀😀', 4);
    expect(clipped).toBe('ab…');
    expect(clipped.length).toBeLessThanOrEqual(4);
  });
});

describe('escapeUserText', () => {
  it('escapes Markdown so names and typed text show as typed', () => {
    expect(escapeUserText('**Bob**')).toBe('\\*\\*Bob\\*\\*');
    expect(escapeUserText('_x_ ~~y~~ ||z|| `c`')).toBe('\\_x\\_ \\~\\~y\\~\\~ \\|\\|z\\|\\| \\`c\\`');
    expect(escapeUserText('# heading')).toBe('\\# heading');
    expect(escapeUserText('[click](https://example.com)')).toBe('\\[click](https://example.com)');
    expect(escapeUserText('> quoted\n>>> all')).toBe('\\> quoted\n\\>>> all');
  });

  it('shows mentions, channels and timestamps typed by a user as text, not as a mention or a time', () => {
    expect(escapeUserText('hi <@123456789012345678> and <@&42> in <#99>')).toBe('hi \\<@123456789012345678> and \\<@&42> in \\<#99>');
    expect(escapeUserText('<t:0:R> <:wave:1> </quiz start:5>')).toBe('\\<t:0:R> \\<:wave:1> \\</quiz start:5>');
    expect(escapeUserText('1924 < 1928 > 1917')).toBe('1924 < 1928 > 1917');
  });

  it('leaves ordinary text and knowledge ids unchanged', () => {
    expect(escapeUserText('why did stalin end the nep?')).toBe('why did stalin end the nep?');
    expect(escapeUserText('nep-features')).toBe('nep-features');
  });
});
