import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeCheckedProject } from '../../../src/core/backup/apply';
import { inspectProject } from '../../../src/core/backup/project-check';
import { checkBackupFile } from '../../../src/core/backup/restore';
import { recordConsent } from '../../../src/core/commands/team-consent';
import { addMember } from '../../../src/core/commands/team-members';
import { initialiseProject } from '../../../src/core/commands/project';
import { canonicalJson, collectionMap, createProjectDoc } from '../../../src/core/doc/project-doc';
import { recordTypes } from '../../../src/core/domain/registry';
import { generateReferenceProject, type ReferenceOptions } from '../../../src/core/reference/generate';
import { LARGE, YEAR_OF_USE } from '../../../src/core/reference/sizes';
import { newDeviceKey, unprotectedFile } from './backup-files';

/*
 * The example project, the tests and the benches all use the reference project. It must
 * hold records in exactly the shapes the screens' commands write, or every test built on it
 * passes while real projects fail (issue 12, item 1: its consent was a plain object, the
 * consent command's a Y.Map, and only the reference's backups restored).
 */

/** How each field of each kind is stored: "text", "map" or "plain". */
function shapes(doc: Y.Doc): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const type of recordTypes) {
    collectionMap(doc, type.collection).forEach((record) => {
      record.forEach((value, field) => {
        const key = `${type.collection}.${field}`;
        const shape = value instanceof Y.Text ? 'text' : value instanceof Y.Map ? 'map' : value instanceof Y.AbstractType ? 'other' : 'plain';
        if (!out.has(key)) out.set(key, new Set());
        out.get(key)!.add(shape);
      });
    });
  }
  return out;
}

const cases: [string, ReferenceOptions][] = [
  ['the year of use', { size: YEAR_OF_USE, seed: 3 }],
  ['the example project (half way through)', { size: YEAR_OF_USE, startDate: '2026-01-06', asOf: '2026-07-01' }],
  ['the large project', { size: LARGE }],
];

describe('the reference project has the shapes users make', () => {
  for (const [name, options] of cases) {
    it(`passes the gate as it is, with nothing left out and no older shapes: ${name}`, { timeout: 60_000 }, () => {
      const doc = createProjectDoc('p-reference');
      generateReferenceProject(doc, options);
      const found = inspectProject(doc, 'p-reference');
      if (!found.ok) throw new Error(found.message);
      expect(found.value.legacy).toEqual([]);
      expect(found.value.unknown).toEqual([]);
      // Every field is stored as its kind declares: long text as Y.Text, map fields as Y.Map, the rest plain.
      for (const [key, kinds] of shapes(doc)) {
        const [collection, field] = key.split('.') as [string, string];
        const type = recordTypes.find((t) => t.collection === collection)!;
        const expected = type.textFields?.includes(field) ? 'text' : type.mapFields?.includes(field) ? 'map' : 'plain';
        expect([...kinds], key).toEqual([expected]);
      }
    });
  }

  it('stores consent exactly as the member’s page does', () => {
    const reference = createProjectDoc('p-reference');
    generateReferenceProject(reference, { size: YEAR_OF_USE, seed: 3 });
    const byHand = createProjectDoc('p-by-hand');
    initialiseProject(byHand, { name: 'By hand' });
    const member = addMember(byHand, { name: 'Amira Ahmed', role: 'carer', status: 'active' });
    if (!member.ok) throw new Error(member.message);
    recordConsent(byHand, member.value.id, 'photos', { given: true, date: '2026-01-06', how: 'Consent form at first meeting' });
    const fromPage = collectionMap(byHand, 'people').get(member.value.id)!.get('consent');
    const fromReference = collectionMap(reference, 'people').get('person-0')!.get('consent');
    expect(fromPage).toBeInstanceOf(Y.Map);
    expect(fromReference).toBeInstanceOf(Y.Map);
    expect(Object.keys((fromReference as Y.Map<unknown>).toJSON())).toEqual(expect.arrayContaining(['photos', 'namedInPack', 'contact']));
  });

  it('backs up and restores exactly', { timeout: 30_000 }, async () => {
    const doc = createProjectDoc('p-reference');
    generateReferenceProject(doc, { size: YEAR_OF_USE, startDate: '2026-01-06', asOf: '2026-07-01' });
    const key = await newDeviceKey();
    const checked = await checkBackupFile(await unprotectedFile(doc, [key]), { keysFor: async () => [key] });
    if (!checked.ok) throw new Error(checked.message);
    const copy = createProjectDoc('p-reference');
    expect(mergeCheckedProject(copy, checked.value).ok).toBe(true);
    expect(canonicalJson(copy)).toBe(canonicalJson(doc));
  });
});
