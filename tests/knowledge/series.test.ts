// The figures for /chart (knowledge/series.yaml): valid against the schema, honest about their kind,
// and in step with the vetted notes; the loader names the file, entry and field of a bad point.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleKnowledge, formatProblem, parseKnowledgeFile } from '../../src/knowledge/loader.js';
import { seriesSchema, type KnowledgeBase, type Series } from '../../src/knowledge/schema.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadRealKnowledge();
});
const series = (id: string): Series => {
  const s = kb.series.find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id}`);
  return s;
};
const point = (id: string, year: number, kind: string, measure?: string) => series(id).points.find((p) => p.year === year && p.kind === kind && p.measure === measure);

describe('the series file', () => {
  it('is valid against the schema, entry by entry', async () => {
    const data = parse(await readFile(path.resolve('knowledge/series.yaml'), 'utf8')) as { series: unknown[] };
    expect(data.series.length).toBeGreaterThanOrEqual(6);
    for (const entry of data.series) expect(seriesSchema.safeParse(entry).error?.issues ?? []).toEqual([]);
  });

  it('refuses a span that runs backwards, naming it', () => {
    const point = (span: [number, number], year: number) => ({ year, span, range: [0.4, 0.6], kind: 'estimate', sources: ['errata'] });
    const gulag = (first: [number, number]) => ({ id: 'x', title: 'Deaths in the gulag', unit: 'million deaths', note: 'Recorded deaths.', topics: ['gulag'], points: [point(first, 1941), point([1930, 1953], 1953)] });
    const issues = seriesSchema.safeParse(gulag([1941, 1930])).error?.issues ?? [];
    expect(issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['points.0.span: a span runs from its first year to its last: [1930, 1941]']);
    expect(seriesSchema.safeParse(gulag([1930, 1941])).success).toBe(true);
  });

  it('has the charts the course asks for, each with figures that are not only targets, and sources a student may see', () => {
    expect(kb.series.map((s) => s.id)).toEqual(expect.arrayContaining(['coal', 'steel', 'oil', 'electricity', 'grain-harvest', 'cattle', 'gulag-population', 'famine-deaths']));
    for (const s of kb.series) {
      expect(s.points.some((p) => p.kind !== 'target'), s.id).toBe(true);
      const shown = s.points.flatMap((p) => p.sources).filter((id) => kb.sources.find((src) => src.id === id && !src.forMaintainers));
      expect(shown.length, s.id).toBeGreaterThan(0);
      for (const p of s.points) expect((p.value === undefined) !== (p.range === undefined), `${s.id} ${p.year}`).toBe(true);
    }
  });

  it('gives the famine deaths only as ranges, never a single figure', () => {
    const famine = series('famine-deaths');
    expect(famine.points.every((p) => p.range && p.value === undefined && p.kind === 'estimate')).toBe(true);
    expect(point('famine-deaths', 1933, 'estimate', 'the USSR')?.range).toEqual([5.5, 8.7]);
  });

  it('agrees with the figures the vetted notes teach', () => {
    // five-year-plans.yaml: coal from about 35.5 million tons in 1928 to 165.9 million in 1940 (official).
    expect(point('coal', 1928, 'official')?.value).toBe(35.5);
    expect(point('coal', 1940, 'official')?.value).toBe(165.9);
    // famine.yaml: grain 73.3 million tonnes in 1928 and 67.6 in 1934 (the revised figure, not the official claim).
    expect(point('grain-harvest', 1928, 'estimate', 'revised Soviet')?.value).toBe(73.3);
    expect(point('grain-harvest', 1934, 'estimate', 'revised Soviet')?.value).toBe(67.6);
    expect(point('grain-harvest', 1934, 'official')?.value).toBeGreaterThan(80);
    // gulag.yaml: camps alone about 840,000 in 1936; camps and colonies 1.5–2 million at the late-1930s peak.
    expect(point('gulag-population', 1936, 'estimate', 'camps alone')?.value).toBe(0.84);
    expect(point('gulag-population', 1939, 'estimate', 'camps and colonies')?.range).toEqual([1.5, 2]);
    // "Cattle numbers nearly halved between 1928 and 1932."
    const cattle = (point('cattle', 1932, 'official')?.value ?? 0) / (point('cattle', 1928, 'official')?.value ?? 1);
    expect(cattle).toBeGreaterThan(0.5);
    expect(cattle).toBeLessThan(0.65);
  });
});

describe('the loader', () => {
  it('names the file, entry and field of a point with both a value and a range, an upside-down range, an unknown source or topic', () => {
    const parsed = (file: string, text: string) => {
      const r = parseKnowledgeFile(file, text);
      if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
      return { file, data: r.data };
    };
    const sources = parsed('sources.yaml', 'sources:\n  - id: notes\n    title: Test notes\n');
    const bad = parsed(
      'figures.yaml',
      [
        'series:',
        '  - id: coal',
        '    title: Coal',
        '    unit: million tonnes',
        '    topics: [nowhere]',
        '    note: Test figures.',
        '    points:',
        '      - { year: 1928, value: 35, range: [30, 40], kind: official, sources: [notes] }',
        '      - { year: 1932, range: [75, 68], kind: target, sources: [nobody] }',
      ].join('\n'),
    );
    const result = assembleKnowledge([sources, bad]);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map(formatProblem);
    for (const pattern of [
      /figures\.yaml.*series\[0\]\.topics\[0\].*coal.*unknown topic "nowhere"/,
      /figures\.yaml.*series\[0\]\.points\[0\].*coal.*a value or a range/,
      /figures\.yaml.*series\[0\]\.points\[1\]\.range.*coal.*low to high/,
      /figures\.yaml.*series\[0\]\.points\[1\]\.sources\[0\].*coal.*unknown source "nobody"/,
    ])
      expect(messages.some((m) => pattern.test(m)), `${pattern}\n${messages.join('\n')}`).toBe(true);
  });
});
