// What Discord checks in a request body, written down independently of the bot's own limits module
// (so a wrong limit there cannot hide here). Each check returns the problems it found, as
// "path: message"; the fake rejects a request with any problem (50035 Invalid Form Body).
/* Bodies arrive as parsed JSON, so they are read loosely here. */
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function length(problems: string[], path: string, value: unknown, min: number, max: number): void {
  if (value === undefined || value === null) {
    if (min > 0) problems.push(`${path}: required`);
    return;
  }
  if (typeof value !== 'string') {
    problems.push(`${path}: must be a string`);
    return;
  }
  // Discord counts characters; count code points, as it does.
  const n = [...value].length;
  if (n < min || n > max) problems.push(`${path}: must be between ${min} and ${max} in length (was ${n})`);
}

export function checkEmbeds(embeds: unknown, problems: string[], path = 'embeds'): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) return void problems.push(`${path}: must be an array`);
  if (embeds.length > 10) problems.push(`${path}: must have at most 10 embeds`);
  let total = 0;
  embeds.forEach((embed, i) => {
    const p = `${path}.${i}`;
    if (!isObject(embed)) return void problems.push(`${p}: must be an object`);
    const count = (v: unknown) => (typeof v === 'string' ? [...v].length : 0);
    if (embed['title'] !== undefined) length(problems, `${p}.title`, embed['title'], 0, 256);
    if (embed['description'] !== undefined) length(problems, `${p}.description`, embed['description'], 0, 4096);
    total += count(embed['title']) + count(embed['description']);
    const fields = embed['fields'];
    if (fields !== undefined) {
      if (!Array.isArray(fields)) problems.push(`${p}.fields: must be an array`);
      else {
        if (fields.length > 25) problems.push(`${p}.fields: must have at most 25 fields`);
        fields.forEach((f, j) => {
          if (!isObject(f)) return void problems.push(`${p}.fields.${j}: must be an object`);
          length(problems, `${p}.fields.${j}.name`, f['name'], 1, 256);
          length(problems, `${p}.fields.${j}.value`, f['value'], 1, 1024);
          if (typeof f['name'] === 'string' && f['name'].trim() === '') problems.push(`${p}.fields.${j}.name: must not be blank`);
          if (typeof f['value'] === 'string' && f['value'].trim() === '') problems.push(`${p}.fields.${j}.value: must not be blank`);
          total += count(f['name']) + count(f['value']);
        });
      }
    }
    if (embed['footer'] !== undefined) {
      const footer = embed['footer'];
      if (!isObject(footer)) problems.push(`${p}.footer: must be an object`);
      else {
        length(problems, `${p}.footer.text`, footer['text'], 1, 2048);
        total += count(footer['text']);
      }
    }
    if (isObject(embed['author'])) {
      length(problems, `${p}.author.name`, embed['author']['name'], 1, 256);
      total += count(embed['author']['name']);
    }
    const color = embed['color'];
    if (color !== undefined && color !== null && (typeof color !== 'number' || !Number.isInteger(color) || color < 0 || color > 0xffffff))
      problems.push(`${p}.color: must be an integer colour`);
  });
  if (total > 6000) problems.push(`${path}: embed size exceeds maximum size of 6000 (was ${total})`);
}

export function checkComponents(components: unknown, problems: string[], path = 'components'): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) return void problems.push(`${path}: must be an array`);
  if (components.length > 5) problems.push(`${path}: must have at most 5 action rows`);
  const ids = new Set<string>();
  components.forEach((row, i) => {
    const p = `${path}.${i}`;
    if (!isObject(row) || row['type'] !== 1) return void problems.push(`${p}: must be an action row (type 1)`);
    const children = arr(row['components']);
    if (children.length < 1 || children.length > 5) problems.push(`${p}.components: must have 1 to 5 components`);
    children.forEach((c, j) => {
      const q = `${p}.components.${j}`;
      if (!isObject(c) || c['type'] !== 2) return void problems.push(`${q}: only buttons (type 2) are expected`);
      const style = c['style'];
      if (style === 5) {
        if (typeof c['url'] !== 'string') problems.push(`${q}.url: required for link buttons`);
      } else if (style === 1 || style === 2 || style === 3 || style === 4) {
        length(problems, `${q}.custom_id`, c['custom_id'], 1, 100);
        const id = str(c['custom_id']);
        if (id !== undefined) {
          if (ids.has(id)) problems.push(`${q}.custom_id: component custom id cannot be duplicated`);
          ids.add(id);
        }
      } else problems.push(`${q}.style: invalid button style`);
      if (c['label'] !== undefined) length(problems, `${q}.label`, c['label'], 1, 80);
      else if (c['emoji'] === undefined) problems.push(`${q}: a button needs a label or an emoji`);
    });
  });
}

/** A message body (create or, with `partial`, edit). */
export function checkMessage(body: unknown, options: { partial: boolean }): string[] {
  const problems: string[] = [];
  if (!isObject(body)) return ['body: must be an object'];
  if (body['content'] !== undefined && body['content'] !== null) length(problems, 'content', body['content'], 0, 2000);
  checkEmbeds(body['embeds'], problems);
  checkComponents(body['components'], problems);
  if (!options.partial) {
    const hasContent = typeof body['content'] === 'string' && body['content'].length > 0;
    const hasEmbeds = arr(body['embeds']).length > 0;
    const hasComponents = arr(body['components']).length > 0;
    if (!hasContent && !hasEmbeds && !hasComponents) problems.push('body: Cannot send an empty message');
  }
  return problems;
}

export function checkChoices(choices: unknown): string[] {
  const problems: string[] = [];
  if (!Array.isArray(choices)) return ['data.choices: must be an array'];
  if (choices.length > 25) problems.push(`data.choices: must have at most 25 choices (was ${choices.length})`);
  choices.forEach((c, i) => {
    if (!isObject(c)) return void problems.push(`data.choices.${i}: must be an object`);
    length(problems, `data.choices.${i}.name`, c['name'], 1, 100);
    if (typeof c['value'] === 'string') length(problems, `data.choices.${i}.value`, c['value'], 1, 100);
    else if (typeof c['value'] !== 'number') problems.push(`data.choices.${i}.value: must be a string or number`);
  });
  return problems;
}

function checkOptions(options: unknown, path: string, problems: string[], depth: number): number {
  let chars = 0;
  const list = arr(options);
  if (list.length > 25) problems.push(`${path}: must have at most 25 options`);
  let seenOptional = false;
  const names = new Set<string>();
  const kinds = new Set<string>();
  list.forEach((o, i) => {
    const p = `${path}.${i}`;
    if (!isObject(o)) return void problems.push(`${p}: must be an object`);
    const name = str(o['name']) ?? '';
    if (!NAME.test(name) || name !== name.toLowerCase()) problems.push(`${p}.name: invalid name "${name}"`);
    if (names.has(name)) problems.push(`${p}.name: duplicate option name "${name}"`);
    names.add(name);
    length(problems, `${p}.description`, o['description'], 1, 100);
    chars += name.length + (str(o['description'])?.length ?? 0);
    const type = o['type'];
    const isSub = type === 1 || type === 2;
    kinds.add(isSub ? 'sub' : 'value');
    if (isSub) {
      if (depth > 0 && type === 1 && depth > 1) problems.push(`${p}: subcommands nested too deep`);
      chars += checkOptions(o['options'], `${p}.options`, problems, depth + 1);
      return;
    }
    if (typeof type !== 'number' || type < 3 || type > 11) problems.push(`${p}.type: invalid option type`);
    if (o['required'] === true) {
      if (seenOptional) problems.push(`${p}: required options must be placed before non-required options`);
    } else seenOptional = true;
    const choices = o['choices'];
    if (choices !== undefined) {
      if (o['autocomplete'] === true) problems.push(`${p}: autocomplete cannot be used with choices`);
      const list2 = arr(choices);
      if (list2.length > 25) problems.push(`${p}.choices: must have at most 25 choices`);
      list2.forEach((c, j) => {
        if (!isObject(c)) return;
        length(problems, `${p}.choices.${j}.name`, c['name'], 1, 100);
        if (typeof c['value'] === 'string') length(problems, `${p}.choices.${j}.value`, c['value'], 1, 100);
        chars += (str(c['name'])?.length ?? 0) + String(c['value']).length;
      });
    }
    const min = o['min_value'];
    const max = o['max_value'];
    if (typeof min === 'number' && typeof max === 'number' && min > max) problems.push(`${p}: min_value must not exceed max_value`);
    const maxLength = o['max_length'];
    if (maxLength !== undefined && (typeof maxLength !== 'number' || maxLength < 1 || maxLength > 6000)) problems.push(`${p}.max_length: must be 1 to 6000`);
  });
  if (kinds.size > 1) problems.push(`${path}: subcommands cannot be mixed with other options`);
  return chars;
}

/** A bulk overwrite of chat input commands. */
export function checkCommands(body: unknown): string[] {
  const problems: string[] = [];
  if (!Array.isArray(body)) return ['body: must be an array of commands'];
  if (body.length > 100) problems.push('body: at most 100 commands');
  const names = new Set<string>();
  body.forEach((c, i) => {
    const p = `${i}`;
    if (!isObject(c)) return void problems.push(`${p}: must be an object`);
    const name = str(c['name']) ?? '';
    if (!NAME.test(name) || name !== name.toLowerCase()) problems.push(`${p}.name: invalid name "${name}"`);
    if (names.has(name)) problems.push(`${p}.name: Application command names must be unique`);
    names.add(name);
    if (c['type'] !== undefined && c['type'] !== 1) problems.push(`${p}.type: only chat input commands are expected`);
    length(problems, `${p}.description`, c['description'], 1, 100);
    const chars = name.length + (str(c['description'])?.length ?? 0) + checkOptions(c['options'], `${p}.options`, problems, 0);
    if (chars > 4000) problems.push(`${p}: command exceeds the maximum size of 4000 characters`);
    const perms = c['default_member_permissions'];
    if (perms !== undefined && perms !== null && (typeof perms !== 'string' || !/^\d+$/.test(perms))) problems.push(`${p}.default_member_permissions: must be a permission bit string`);
    const contexts = c['contexts'];
    if (contexts !== undefined && contexts !== null && !arr(contexts).every((x) => x === 0 || x === 1 || x === 2)) problems.push(`${p}.contexts: invalid context`);
  });
  return problems;
}

/**
 * A modal (interaction response type 9): a custom id, a title of at most 45, and 1–5 components, each a
 * label (type 18: text of at most 45, a description of at most 100) around a text input, or a legacy
 * action row holding one text input with its own label. A text input (type 4): custom id, style 1 or 2,
 * lengths within 0–4000 (max at least 1), a placeholder of at most 100.
 */
export function checkModal(data: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(data)) return ['data: must be an object'];
  length(problems, 'data.custom_id', data['custom_id'], 1, 100);
  length(problems, 'data.title', data['title'], 1, 45);
  const components = arr(data['components']);
  if (components.length < 1 || components.length > 5) problems.push('data.components: must have 1 to 5 components');
  const textInput = (input: unknown, path: string, ownLabel: boolean) => {
    if (!isObject(input) || input['type'] !== 4) return void problems.push(`${path}: must be a text input (type 4)`);
    length(problems, `${path}.custom_id`, input['custom_id'], 1, 100);
    if (input['style'] !== 1 && input['style'] !== 2) problems.push(`${path}.style: must be 1 (short) or 2 (paragraph)`);
    if (ownLabel) length(problems, `${path}.label`, input['label'], 1, 45);
    else if (input['label'] !== undefined) problems.push(`${path}.label: a text input in a label component has no label of its own`);
    const min = input['min_length'];
    const max = input['max_length'];
    if (min !== undefined && (typeof min !== 'number' || min < 0 || min > 4000)) problems.push(`${path}.min_length: must be 0–4000`);
    if (max !== undefined && (typeof max !== 'number' || max < 1 || max > 4000)) problems.push(`${path}.max_length: must be 1–4000`);
    if (input['placeholder'] !== undefined) length(problems, `${path}.placeholder`, input['placeholder'], 0, 100);
    if (input['value'] !== undefined) length(problems, `${path}.value`, input['value'], 0, 4000);
  };
  components.forEach((c, i) => {
    const path = `data.components.${i}`;
    if (!isObject(c)) return void problems.push(`${path}: must be an object`);
    if (c['type'] === 18) {
      length(problems, `${path}.label`, c['label'], 1, 45);
      if (c['description'] !== undefined) length(problems, `${path}.description`, c['description'], 0, 100);
      textInput(c['component'], `${path}.component`, false);
    } else if (c['type'] === 1) {
      const inner = arr(c['components']);
      if (inner.length !== 1) problems.push(`${path}.components: an action row in a modal holds one text input`);
      inner.forEach((input, j) => textInput(input, `${path}.components.${j}`, true));
    } else problems.push(`${path}.type: must be a label (18) or an action row (1)`);
  });
  return problems;
}
