import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { previewErasure } from '../../../src/core/commands/erasure';
import { addMember } from '../../../src/core/commands/team-members';
import { recordConsent } from '../../../src/core/commands/team-consent';
import { readAll } from '../../../src/core/commands/records';
import type { CommonGroundDb } from '../../../src/core/db/database';
import { docDatabaseName } from '../../../src/core/doc/indexeddb-doc-store';
import { personType, type Person } from '../../../src/core/domain/person';
import { makePack, sensitiveChoicesOffered } from '../../../src/core/pack/build';
import { packContextFromDoc } from '../../../src/core/pack/from-doc';
import { defaultPackOptions } from '../../../src/core/pack/options';
import { packZip } from '../../../src/core/pack/zip';
import { createProject } from '../../../src/core/projects/project-list';
import { generateReferenceProject } from '../../../src/core/reference/generate';
import { seededRandom, type Random } from '../../../src/core/reference/random';
import { YEAR_OF_USE } from '../../../src/core/reference/sizes';
import { eraseMember } from '../../../src/core/team/erase-member';
import { freshDb } from '../helpers';
import { fold, mentions } from '../review/pack-checks';
import { plantInEveryField } from '../review/planted-text';

const FIRST = ['Zéphyrine', 'Ottoline', 'Bartholomew', 'Anaïs', 'Siobhán', 'Józef', 'Renée', 'Eluned', 'Thaddeus', 'Ludovica'];
const LAST = ['Quartermaine', 'Fairweather', 'Wrześniewski', 'Bellingham', 'Castellanos'];

const bytesContain = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, 'utf8'));

async function storedUpdates(projectId: string): Promise<Uint8Array[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(docDatabaseName(projectId));
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const all = await new Promise<Uint8Array[]>((resolve, reject) => {
    const req = db.transaction('updates').objectStore('updates').getAll();
    req.onsuccess = () => resolve(req.result as Uint8Array[]);
    req.onerror = () => reject(req.error);
  });
  db.close();
  return all;
}

const everythingInDexie = async (db: CommonGroundDb) => JSON.stringify(await Promise.all(db.tables.map((t) => t.toArray())));

/** The ways a first name gets typed: as given, shouting, lower case, possessive, accents left off. */
function typedForms(first: string): string[] {
  const plain = first.normalize('NFD').replace(/\p{M}/gu, '');
  return [...new Set([first, first.toUpperCase(), first.toLowerCase(), plain, plain.toLowerCase()])];
}

function aMention(random: Random, name: string, first: string): string {
  const said = random.pick([...typedForms(first), `${first}'s`, `${first}’s`, name]);
  return random.pick([`Lift home for ${said} after the meeting`, `${said} said the room was too hot.`, `Thank you ${said}!`, `Ask ${said} about the leaflet`]);
}

async function projectWithPlantedName(seed: number) {
  const random = seededRandom(seed);
  const db = freshDb();
  const created = await createProject(db, { name: 'Erasure of words' });
  if (!created.ok) throw new Error(created.message);
  const session = created.value;
  // Made on a scratch copy of the doc and arriving as one change, as from another facilitator's tablet.
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(session.doc));
  generateReferenceProject(scratch, { size: YEAR_OF_USE, seed: 3, asOf: '2026-12-01' });
  const first = random.pick(FIRST);
  const name = `${first} ${random.pick(LAST)}`;
  const added = addMember(scratch, { name, role: 'carer', status: 'active' }, '2026-01-01');
  if (!added.ok) throw new Error(added.message);
  // They had agreed to be named, so a pack would print their name wherever it was typed.
  recordConsent(scratch, added.value.id, 'namedInPack', { given: true, date: '2026-01-02' });
  const other = (readAll(scratch, personType) as Person[]).find((p) => p.status === 'active' && !p.guest)!;
  const fields = plantInEveryField(scratch, () => aMention(random, name, first), { aboutId: other.id, paidId: added.value.id });
  Y.applyUpdate(session.doc, Y.encodeStateAsUpdate(scratch, Y.encodeStateVector(session.doc)), 'remote');
  await session.store.whenSaved();
  await session.projector.settled();
  return { db, session, id: added.value.id, name, first, fields, random };
}

async function everyPackFile(doc: Y.Doc): Promise<string> {
  const options = defaultPackOptions('group');
  for (const choice of sensitiveChoicesOffered('group')) (options.include as Record<string, boolean>)[choice] = true;
  const made = await makePack(packContextFromDoc(doc, options, '2026-12-01')!, { withFiles: true });
  return Object.entries(unzipSync(packZip(made, 'test')))
    .map(([n, b]) => `${n}\n${strFromU8(b)}`)
    .join('\n');
}

/** How many times the first name (or the full name) is typed anywhere in the project's records. */
function timesTyped(doc: Y.Doc, first: string): number {
  const json = fold(JSON.stringify(Object.fromEntries([...doc.share.keys()].map((k) => [k, doc.getMap(k).toJSON()]))));
  return json.match(new RegExp(`(?<![\\p{L}\\p{N}])${fold(first)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
}

describe('erasing a person whose first name was typed in the group’s words', () => {
  for (const seed of [1, 2, 3]) {
    it(`shows every place with the words around it, and replaces the ones chosen with “a member”, down to storage (seed ${seed})`, { timeout: 30_000 }, async () => {
      const { db, session, id, name, first, fields, random } = await projectWithPlantedName(seed);
      const before = timesTyped(session.doc, first);
      expect(before).toBeGreaterThanOrEqual(fields.length);

      const preview = previewErasure(session.doc, id);
      expect(preview.ok).toBe(true);
      if (!preview.ok) return;
      const places = preview.value.mentions;
      // Every time the name was typed is offered (their own record aside), each with the words around it.
      expect(places.length).toBe(before - 1);
      for (const place of places) {
        expect(mentions(place.matched, first) || mentions(place.matched, name)).toBe(true);
        expect(`${place.before}${place.matched}${place.after}`.trim().split(/\s+/).length).toBeGreaterThan(2);
      }
      expect(new Set(places.map((p) => p.key)).size).toBe(places.length);

      // Keep a few (say it is someone else with the same name), replace the rest.
      const everything = seed === 1;
      const kept = everything ? [] : places.filter(() => random.chance(0.2));
      const replace = places.filter((p) => !kept.includes(p)).map((p) => p.key);
      const erased = await eraseMember(session, id, { replace });
      expect(erased.ok).toBe(true);
      if (!erased.ok) return;
      expect(erased.value.replaced).toBe(replace.length);
      expect(erased.value.notReplaced).toEqual([]);
      expect(timesTyped(session.doc, first)).toBe(kept.length);
      expect(JSON.stringify(session.doc.getMap('youSaidWeDid').toJSON()) + JSON.stringify(session.doc.getMap('contributions').toJSON())).toMatch(/\b[Aa] member\b/);

      if (everything) {
        const state = Y.encodeStateAsUpdate(session.doc);
        const dexie = await everythingInDexie(db);
        const stored = await storedUpdates(session.projectId);
        const pack = await everyPackFile(session.doc);
        for (const form of [...typedForms(first), name]) {
          expect({ form, inState: bytesContain(state, form) }).toEqual({ form, inState: false });
          expect({ form, inDexie: dexie.includes(form) }).toEqual({ form, inDexie: false });
          for (const update of stored) expect({ form, inStoredUpdate: bytesContain(update, form) }).toEqual({ form, inStoredUpdate: false });
        }
        expect(mentions(pack, first)).toBe(false);
      }
      await session.close();
    });
  }
});
