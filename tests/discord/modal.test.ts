// A form as a Discord modal: a label around a paragraph text input, within Discord's limits whatever the form says.
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS as L } from '../../src/adapters/discord/limits.js';
import { renderModal } from '../../src/adapters/discord/render.js';
import { checkModal } from '../e2e/fake-discord/discord-rules.js';

describe('renderModal', () => {
  it('renders a long field as a paragraph text input inside a label', () => {
    const modal = renderModal({ action: 'practice:answer:q:1', title: 'Your answer', fields: [{ id: 'answer', label: 'Your answer (8 marks)', long: true, maxLength: 4000, placeholder: 'Write in sentences.' }] });
    expect(modal).toEqual({
      custom_id: 'practice:answer:q:1',
      title: 'Your answer',
      components: [{ type: 18, label: 'Your answer (8 marks)', component: { type: 4, custom_id: 'answer', style: 2, max_length: 4000, placeholder: 'Write in sentences.', required: true } }],
    });
    expect(checkModal(modal)).toEqual([]);
  });

  it('keeps every limit whatever the form asks', () => {
    const modal = renderModal({
      action: 'x',
      title: 'T'.repeat(100),
      fields: Array.from({ length: 7 }, (_, i) => ({ id: `f${i}`, label: 'L'.repeat(100), maxLength: 9000, placeholder: 'P'.repeat(200) })),
    });
    expect(modal.title.length).toBeLessThanOrEqual(L.modalTitle);
    expect(modal.components).toHaveLength(L.modalComponents);
    expect(checkModal(modal)).toEqual([]);
  });
});
