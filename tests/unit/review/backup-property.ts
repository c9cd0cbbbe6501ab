import { expect } from 'vitest';
import * as Y from 'yjs';
import { mergeCheckedProject, restoreOnDevice } from '../../../src/core/backup/apply';
import type { FileKey } from '../../../src/core/backup/file-keys';
import { applyMerge, planMerge } from '../../../src/core/backup/merge';
import { checkBackupFile } from '../../../src/core/backup/restore';
import { readAll } from '../../../src/core/commands/records';
import { canonicalJson, collectionMap, createProjectDoc } from '../../../src/core/doc/project-doc';
import { parseStoredRecord } from '../../../src/core/domain/parse-record';
import { recordTypes } from '../../../src/core/domain/registry';
import { openProjectSession } from '../../../src/core/projects/project-session';
import { seededRandom } from '../../../src/core/reference/random';
import { freshDb } from '../helpers';
import { protectedFile, unprotectedFile } from './backup-files';
import { generators, randomCommandNames, STARTERS, type World } from './command-generators';

/*
 * The backup property (issue 12, item 1): random sequences of every command, applied to a
 * fresh project, then backup → restore on an empty store, and backup → merge into a copy
 * that went its own way. Split over two test files so they run side by side.
 */

const BEFORE_FORK = 24;
const AFTER_FORK = 12;
const IN_TURN = 4;
const PASSPHRASE = 'a long enough passphrase';

export interface Tally {
  calls: number;
  wrote: number;
}

export interface RunSummary {
  tally: Map<string, Tally>;
  refusedMerges: number;
  removingMerges: number;
}

/** Runs one generator and notes whether it changed the project. */
function step(w: World, name: string, tally: Map<string, Tally>) {
  let wrote = false;
  const onUpdate = () => (wrote = true);
  w.doc.on('update', onUpdate);
  try {
    generators[name]!.run(w);
  } finally {
    w.doc.off('update', onUpdate);
  }
  const t = tally.get(name) ?? { calls: 0, wrote: 0 };
  t.calls++;
  if (wrote) t.wrote++;
  tally.set(name, t);
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = createProjectDoc(doc.guid);
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Every record of every kind, read and validated the way the screens read them. */
function everything(doc: Y.Doc) {
  return Object.fromEntries(recordTypes.map((t) => [t.collection, readAll(doc, t).sort((a, b) => a.id.localeCompare(b.id))]));
}

function expectSameProject(actual: Y.Doc, expected: Y.Doc, context: string) {
  expect(canonicalJson(actual), context).toBe(canonicalJson(expected));
  expect(everything(actual), context).toEqual(everything(expected));
}

/** Records the screens could not read (they would silently drop out of every list). */
function unreadable(doc: Y.Doc): string[] {
  const out: string[] = [];
  for (const type of recordTypes) {
    collectionMap(doc, type.collection).forEach((record, id) => {
      if (!(record instanceof Y.Map) || !parseStoredRecord(type, record.toJSON()).ok) out.push(`${type.collection}/${id}`);
    });
  }
  return out;
}

const idsIn = (doc: Y.Doc) => new Set(recordTypes.flatMap((t) => [...collectionMap(doc, t.collection).keys()].map((id) => `${t.collection}/${id}`)));

export async function runSeeds(seeds: number[], key: FileKey): Promise<RunSummary> {
  const summary: RunSummary = { tally: new Map(), refusedMerges: 0, removingMerges: 0 };
  const { tally } = summary;
  for (const [index, seed] of seeds.entries()) {
    const context = `seed ${seed}`;
    const w: World = { doc: createProjectDoc(`p-seed-${seed}`), random: seededRandom(seed) };
    for (const [name, g] of Object.entries(generators)) if (g.setup) step(w, name, tally);
    for (const name of STARTERS) step(w, name, tally);
    for (let i = 0; i < BEFORE_FORK; i++) step(w, w.random.pick(randomCommandNames), tally);
    // And a few in turn, so every command runs in every hundred seeds whatever the draws.
    for (let i = 0; i < IN_TURN; i++) step(w, randomCommandNames[(index * IN_TURN + i) % randomCommandNames.length]!, tally);

    // Another device goes its own way from here.
    const other: World = { doc: copyOf(w.doc), random: seededRandom(seed + 1_000_000) };
    for (const g of Object.values(generators)) if (g.setup) g.run(other);
    for (let i = 0; i < AFTER_FORK; i++) step(w, w.random.pick(randomCommandNames), tally);
    for (let i = 0; i < AFTER_FORK; i++) step(other, other.random.pick(randomCommandNames), tally);
    await new Promise((resolve) => setTimeout(resolve, 0)); // let erasures be followed, as in the app

    const protect = seed % 25 === 0;
    const bytes = protect ? await protectedFile(w.doc, PASSPHRASE) : await unprotectedFile(w.doc, [key]);
    const checked = await checkBackupFile(bytes, protect ? { passphrase: PASSPHRASE } : { keysFor: async () => [key] });
    if (!checked.ok) throw new Error(`${context}: the gate refused what the app wrote: ${checked.message}`);
    expect(checked.value.leftOut, context).toBe(0);
    expect(checked.value.origin, context).toEqual(protect ? { kind: 'passphrase' } : { kind: 'key', holder: 'device' });
    for (const type of recordTypes) expect(checked.value.counts[type.collection] ?? 0, context).toBe(collectionMap(w.doc, type.collection).size);

    // Restored where the project has never been: every other seed on a device (IndexedDB,
    // then opened with its projection built), the rest into an empty doc.
    if (seed % 2) {
      const db = freshDb();
      const restored = await restoreOnDevice({ db, openSession: (id) => openProjectSession(db, id) }, checked.value);
      if (!restored.ok) throw new Error(`${context}: ${restored.message}`);
      const session = await openProjectSession(db, w.doc.guid);
      expectSameProject(session.doc, w.doc, context);
      await session.close();
      db.close();
    } else {
      const empty = createProjectDoc(w.doc.guid);
      const restored = mergeCheckedProject(empty, checked.value);
      if (!restored.ok) throw new Error(`${context}: ${restored.message}`);
      expectSameProject(empty, w.doc, context);
    }

    // Merged into the other device's copy: the same as if the two had synced, or refused
    // when that would leave a record the screens cannot read.
    const expected = copyOf(other.doc);
    Y.applyUpdate(expected, Y.encodeStateAsUpdate(w.doc));
    const plan = planMerge(other.doc, checked.value);
    const unreadableHere = new Set(unreadable(other.doc));
    const broken = unreadable(expected).filter((id) => !unreadableHere.has(id));
    if (!plan.ok) {
      expect(broken, `${context}: ${plan.message}`).not.toEqual([]);
      summary.refusedMerges++;
      continue;
    }
    expect(broken, context).toEqual([]);
    const here = idsIn(other.doc);
    const after = idsIn(expected);
    expect(plan.value.removes, context).toBe([...here].filter((id) => !after.has(id)).length);
    expect(plan.value.changes.filter((c) => c.kind === 'add').length, context).toBe([...after].filter((id) => !here.has(id)).length);
    if (plan.value.removes) {
      summary.removingMerges++;
      const before = canonicalJson(other.doc);
      expect(applyMerge(other.doc, plan.value).ok, context).toBe(false);
      expect(canonicalJson(other.doc), context).toBe(before);
    }
    const merged = applyMerge(other.doc, plan.value, { allowRemovals: true });
    if (!merged.ok) throw new Error(`${context}: ${merged.message}`);
    expectSameProject(other.doc, expected, context);
  }
  return summary;
}

/** Every writing command wrote in the run, and no reading one did. Listeners set up at the start are not counted: they write only in reply to other changes. */
export function expectEveryCommandExercised(summary: RunSummary) {
  const { tally } = summary;
  const drawn = Object.keys(generators).filter((name) => !generators[name]!.setup);
  expect(drawn.filter((name) => !tally.has(name))).toEqual([]);
  expect(drawn.filter((name) => !generators[name]!.reads && tally.get(name)!.wrote === 0)).toEqual([]);
  expect(drawn.filter((name) => generators[name]!.reads && tally.get(name)!.wrote > 0)).toEqual([]);
}
