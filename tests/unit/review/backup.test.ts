import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { insertRecord, updateRecord } from '../../../src/core/commands/records';
import { updateLearningReview } from '../../../src/core/commands/review-learning';
import { mergeCheckedProject, restoreOnDevice } from '../../../src/core/backup/apply';
import { createBackup } from '../../../src/core/backup/create';
import { planMerge } from '../../../src/core/backup/merge';
import { checkBackupFile } from '../../../src/core/backup/restore';
import { canonicalJson, collectionMap, createProjectDoc } from '../../../src/core/doc/project-doc';
import { personType } from '../../../src/core/domain/person';
import { learningReviewType } from '../../../src/core/domain/review/learning-review';
import { openProjectSession } from '../../../src/core/projects/project-session';
import { createProject } from '../../../src/core/projects/project-list';
import { generateReferenceProject } from '../../../src/core/reference/generate';
import { YEAR_OF_USE } from '../../../src/core/reference/sizes';
import { countProjected, projectedRecords } from '../../../src/core/projection/queries';
import { freshDb } from '../helpers';
import { readRecord } from '../../../src/core/read/records';
import { FAST, newDeviceKey } from './backup-files';

function referenceDoc(id = 'p-backup') {
  const doc = createProjectDoc(id);
  generateReferenceProject(doc, { size: YEAR_OF_USE, seed: 3 });
  return doc;
}

const sameState = (a: Y.Doc, b: Y.Doc) => {
  expect(canonicalJson(b)).toBe(canonicalJson(a));
  expect(Object.fromEntries(Y.decodeStateVector(Y.encodeStateVector(b)))).toEqual(Object.fromEntries(Y.decodeStateVector(Y.encodeStateVector(a))));
};

describe('comparing two docs', () => {
  it('treats two docs with the same content as equal, even when one has read a collection that is still empty', { timeout: 20_000 }, () => {
    const a = referenceDoc('p-same');
    const b = createProjectDoc('p-same');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    collectionMap(b, 'aCollectionNobodyWroteTo');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
    collectionMap(b, 'aCollectionNobodyWroteTo').set('x', new Y.Map());
    expect(canonicalJson(b)).not.toBe(canonicalJson(a));
  });
});

describe('backup files', () => {
  const original = referenceDoc();
  const device = newDeviceKey();
  const plain = async (doc: Y.Doc, now?: Date) => createBackup(doc, { appVersion: '0.1.0', protection: { unprotected: true, keys: [await device] }, ...(now ? { now } : {}) });
  const check = async (bytes: Uint8Array) => checkBackupFile(bytes, { keysFor: async () => [await device] });

  it('restores to exactly the project that was backed up', { timeout: 20_000 }, async () => {
    const file = await plain(original, new Date('2026-05-01T10:00:00Z'));
    if (!file.ok) throw new Error(file.message);
    expect(file.value.fileName).toBe('better-days-carers-group-backup-2026-05-01.cgbackup');
    const checked = await check(file.value.bytes);
    if (!checked.ok) throw new Error(checked.message);
    expect(checked.value.counts.people).toBe(collectionMap(original, 'people').size);
    const copy = createProjectDoc('p-backup');
    expect(mergeCheckedProject(copy, checked.value)).toEqual({ ok: true, value: { changed: true } });
    sameState(original, copy);
  });

  it('is a zip anyone can look inside, with a readable header, a checksum and this device’s MAC', { timeout: 20_000 }, async () => {
    const file = await plain(original);
    if (!file.ok) throw new Error(file.message);
    const entries = unzipSync(file.value.bytes);
    expect(Object.keys(entries).sort()).toEqual(['backup.json', 'project.bin']);
    const header = JSON.parse(strFromU8(entries['backup.json']!));
    expect(header).toMatchObject({ format: 'common-ground-backup', formatVersion: 2, projectId: 'p-backup', name: 'Better Days Carers Group', appVersion: '0.1.0', encryption: null });
    expect(header.payload.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(header.authentication).toEqual([{ keyId: (await device).id, mac: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(header.payload.updateBytes).toBe(Y.encodeStateAsUpdate(original).length);
  });

  it('opens a passphrase-protected backup only with the right passphrase', { timeout: 20_000 }, async () => {
    const file = await createBackup(original, { appVersion: '0.1.0', protection: { passphrase: 'blue kettle sunrise' }, iterations: FAST });
    if (!file.ok) throw new Error(file.message);
    const text = strFromU8(file.value.bytes, true);
    expect(text).not.toContain('Amira'); // nothing readable without the passphrase
    expect(await checkBackupFile(file.value.bytes)).toEqual({ ok: false, message: 'This backup is protected with a passphrase. Type it in to restore.', needsPassphrase: true });
    const wrong = await checkBackupFile(file.value.bytes, { passphrase: 'Blue kettle sunrise' });
    expect(wrong).toMatchObject({ ok: false, needsPassphrase: true, message: expect.stringContaining('does not open this backup') });
    const right = await checkBackupFile(file.value.bytes, { passphrase: 'blue kettle sunrise' });
    if (!right.ok) throw new Error(right.message);
    const copy = createProjectDoc('p-backup');
    mergeCheckedProject(copy, right.value);
    sameState(original, copy);
  });

  it('refuses a passphrase that is too short, or too samey, to protect anything', { timeout: 20_000 }, async () => {
    const file = await createBackup(original, { appVersion: '0.1.0', protection: { passphrase: 'abc def' } });
    expect(file).toEqual({ ok: false, message: 'Use a passphrase of at least 12 characters. Three or four ordinary words that only you would put together work well.' });
    const samey = await createBackup(original, { appVersion: '0.1.0', protection: { passphrase: 'aaaa aaaa aaaa' } });
    expect(samey).toEqual({ ok: false, message: 'That passphrase repeats the same few characters. Use a few ordinary words instead.' });
  });

  it('keeps both sides’ edits when two diverged copies pass changes by file', { timeout: 20_000 }, async () => {
    const file = await plain(original);
    if (!file.ok) throw new Error(file.message);
    const checked = await check(file.value.bytes);
    if (!checked.ok) throw new Error(checked.message);
    const tabletA = createProjectDoc('p-backup');
    const tabletB = createProjectDoc('p-backup');
    mergeCheckedProject(tabletA, checked.value);
    mergeCheckedProject(tabletB, checked.value);

    // Offline, each facilitator changes something different, and both change the same review's notes.
    updateRecord(tabletA, personType, 'person-1', { pronouns: 'she/her' });
    insertRecord(tabletA, personType, { id: 'new-on-a', name: 'Added On A', role: 'carer', status: 'active' });
    updateRecord(tabletB, personType, 'person-1', { organisation: 'Carers Centre' });
    insertRecord(tabletB, personType, { id: 'new-on-b', name: 'Added On B', role: 'professional', status: 'interested' });
    const notes = readRecord(tabletA, learningReviewType, 'review-planning')!.learnt!;
    updateLearningReview(tabletA, 'review-planning', { learnt: 'From A. ' + notes });
    updateLearningReview(tabletB, 'review-planning', { learnt: notes + ' From B.' });

    const fromA = await check((await plain(tabletA) as { ok: true; value: { bytes: Uint8Array } }).value.bytes);
    const fromB = await check((await plain(tabletB) as { ok: true; value: { bytes: Uint8Array } }).value.bytes);
    if (!fromA.ok || !fromB.ok) throw new Error('backup refused');
    expect(mergeCheckedProject(tabletB, fromA.value).ok).toBe(true);
    expect(mergeCheckedProject(tabletA, fromB.value).ok).toBe(true);

    sameState(tabletA, tabletB);
    const person = readRecord(tabletA, personType, 'person-1')!;
    expect(person.pronouns).toBe('she/her');
    expect(person.organisation).toBe('Carers Centre');
    expect(readRecord(tabletA, personType, 'new-on-a')?.name).toBe('Added On A');
    expect(readRecord(tabletA, personType, 'new-on-b')?.name).toBe('Added On B');
    expect(readRecord(tabletA, learningReviewType, 'review-planning')!.learnt).toBe(`From A. ${notes} From B.`);

    // Merging the same file again changes nothing, and says so before.
    const again = planMerge(tabletA, fromB.value);
    expect(again.ok && again.value.nothingNew).toBe(true);
    expect(mergeCheckedProject(tabletA, fromB.value)).toEqual({ ok: true, value: { changed: false } });
  });

  it('refuses to merge a backup of one project into another', { timeout: 20_000 }, async () => {
    const file = await plain(original);
    const checked = await check((file as { ok: true; value: { bytes: Uint8Array } }).value.bytes);
    if (!checked.ok) throw new Error(checked.message);
    const other = createProjectDoc('p-other');
    expect(mergeCheckedProject(other, checked.value)).toEqual({ ok: false, message: 'This backup is of a different project, so it was not merged into this one.' });
  });
});

describe('restoring on a device', () => {
  const plain = async (doc: Y.Doc) => createBackup(doc, { appVersion: '0.1.0', protection: { unprotected: true, keys: [] } });
  it('creates the project on a new device, listed at once and fully readable when opened', { timeout: 20_000 }, async () => {
    const doc = referenceDoc('p-travel');
    const file = await plain(doc);
    const checked = await checkBackupFile((file as { ok: true; value: { bytes: Uint8Array } }).value.bytes);
    if (!checked.ok) throw new Error(checked.message);
    const db = freshDb();
    const restored = await restoreOnDevice({ db, openSession: (id) => openProjectSession(db, id) }, checked.value);
    expect(restored).toEqual({ ok: true, value: { projectId: 'p-travel', name: 'Better Days Carers Group', outcome: 'created', changed: true } });
    expect((await db.projects.get('p-travel'))?.name).toBe('Better Days Carers Group');

    const session = await openProjectSession(db, 'p-travel');
    sameState(doc, session.doc);
    expect(await countProjected(db, 'p-travel', 'people')).toBe(collectionMap(doc, 'people').size);
    await session.close();
  });

  it('merges into the same project when it is already on the device', { timeout: 20_000 }, async () => {
    const db = freshDb();
    const created = await createProject(db, { name: 'Riverside Carers' }, 'p-riverside');
    if (!created.ok) throw new Error(created.message);
    const here = created.value;
    insertRecord(here.doc, personType, { id: 'here', name: 'Made Here', role: 'carer', status: 'active' });
    await here.store.whenSaved();

    const elsewhere = createProjectDoc('p-riverside');
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(here.doc));
    insertRecord(elsewhere, personType, { id: 'there', name: 'Made Elsewhere', role: 'professional', status: 'active' });
    const file = await plain(elsewhere);
    const checked = await checkBackupFile((file as { ok: true; value: { bytes: Uint8Array } }).value.bytes);
    if (!checked.ok) throw new Error(checked.message);

    const restored = await restoreOnDevice({ db, openSession: async () => here }, checked.value);
    expect(restored).toMatchObject({ ok: true, value: { outcome: 'merged', changed: true } });
    const names = (await projectedRecords<{ name: string }>(db, 'p-riverside', 'people')).map((p) => p.name).sort();
    expect(names).toEqual(['Made Elsewhere', 'Made Here']);
    await here.close();

    const reopened = await openProjectSession(db, 'p-riverside');
    expect(readRecord(reopened.doc, personType, 'there')?.name).toBe('Made Elsewhere');
    await reopened.close();
  });
});
