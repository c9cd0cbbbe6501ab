import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryEntry } from '../../../src/features/help/glossary';
import { GUIDE_NOTES } from '../../../src/features/help/guide-notes';
import { GUIDES } from '../../../src/features/help/guides';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.tsx') ? [path] : [];
  });
}

describe('help for a newcomer', () => {
  it('links every <Term> in the app to a word that Help explains', () => {
    const used = sourceFiles('src').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/<Term id="([^"]+)"/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((id) => !glossaryEntry(id))).toEqual([]);
  });

  it('gives each word one address and one plain meaning', () => {
    const ids = GLOSSARY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of GLOSSARY) {
      expect(entry.id).toMatch(/^[a-z-]+$/);
      expect(entry.meaning.message!.length).toBeLessThan(320);
    }
  });

  it('has advice for every section that carries out the work, each point naming a guide it draws on', () => {
    const sectionIds = [...readFileSync('src/features/sections.ts', 'utf8').matchAll(/^\s+id: '([a-z]+)'/gm)].map((m) => m[1]!);
    expect(sectionIds).toContain('plan');
    for (const id of sectionIds.filter((s) => s !== 'share')) expect(GUIDE_NOTES[id]?.length, id).toBeGreaterThan(0);
    for (const points of Object.values(GUIDE_NOTES)) for (const point of points) {
      expect(point.from.length).toBeGreaterThan(0);
      for (const guide of point.from) expect(GUIDES[guide]).toBeDefined();
    }
  });
});
