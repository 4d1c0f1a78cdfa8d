// Generates the JSON Schema that editors use to autocomplete and check knowledge files.
import { z } from 'zod';
import { knowledgeFileSchema } from './schema.js';

export function knowledgeJsonSchema(): string {
  const schema = z.toJSONSchema(knowledgeFileSchema, { io: 'input', target: 'draft-7' });
  return `${JSON.stringify({ title: 'A knowledge file of the history tutor', ...schema }, null, 2)}\n`;
}
