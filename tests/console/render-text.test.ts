import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/console/render-text.js';

describe('console replies', () => {
  it('print attached files whole, between markers, after the reply', () => {
    const text = renderText({ body: 'Your export', attachments: [{ name: 'scores.csv', content: 'a,b\r\n1,2\r\n' }] });
    expect(text).toBe(['Your export', '', '----- scores.csv -----', 'a,b\r\n1,2', '----- end of scores.csv -----'].join('\n'));
  });
});
