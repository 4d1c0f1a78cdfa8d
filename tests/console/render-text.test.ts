import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/console/render-text.js';
import { FEEDBACK_ACTION } from '../../src/commands/answer-feedback.js';

describe('console replies', () => {
  it('number only the buttons without a letter of their own, so a lettered one never shifts the numbers', () => {
    const text = renderText({
      body: 'An answer',
      buttons: [
        { action: `${FEEDBACK_ACTION}:t1`, label: 'Not what I asked' },
        { action: 'ask:nep-features', label: 'What were the main features of the NEP?' },
        { action: 'remember:nep', label: 'Remember this', key: 'R' },
        { action: 'ask:nep-end', label: 'Why did Stalin end the NEP?' },
      ],
    });
    expect(text).toContain(['  [N] Not what I asked', '  [1] What were the main features of the NEP?', '  [R] Remember this', '  [2] Why did Stalin end the NEP?'].join('\n'));
  });

  it('print attached files whole, between markers, after the reply', () => {
    const text = renderText({ body: 'Your export', attachments: [{ name: 'scores.csv', content: 'a,b\r\n1,2\r\n' }] });
    expect(text).toBe(['Your export', '', '----- scores.csv -----', 'a,b\r\n1,2', '----- end of scores.csv -----'].join('\n'));
  });
});
