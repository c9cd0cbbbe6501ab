import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeCheckedProject, restoreOnDevice } from '../../../src/core/backup/apply';
import { sha256Hex } from '../../../src/core/backup/crypto';
import { fileKeysFor, teamFileKey } from '../../../src/core/backup/file-keys';
import { planMerge } from '../../../src/core/backup/merge';
import { changeLine, mergeSummary } from '../../../src/core/backup/merge-words';
import { checkBackupFile, type CheckedProject, type GateResult } from '../../../src/core/backup/restore';
import { scheduleMeeting, updateMeetingDetails } from '../../../src/core/commands/meeting-day-meetings';
import { initialiseProject } from '../../../src/core/commands/project';
import { readAll, readRecord } from '../../../src/core/commands/records';
import { recordConsent, withdrawConsent } from '../../../src/core/commands/team-consent';
import { addMember, saveInclusionProfile, updateMemberDetails } from '../../../src/core/commands/team-members';
import { canonicalJson, collectionMap, createProjectDoc } from '../../../src/core/doc/project-doc';
import { meetingType } from '../../../src/core/domain/meeting';
import { personType } from '../../../src/core/domain/person';
import { createProject } from '../../../src/core/projects/project-list';
import { newSecret } from '../../../src/core/sync/crypto';
import { freshDb } from '../helpers';
import { handMadeFile, newDeviceKey, openFile, protectedFile, unprotectedFile, zipOf } from './backup-files';

/*
 * Each test plays someone who hands a facilitator a file: a former collaborator with an old
 * backup, or anyone who got hold of a file on its way. Every one of them failed on the code
 * before this change (see the report for the run).
 */

const PROJECT = 'p-attack';
const NAME = 'Riverside Carers';

/** The project as a facilitator makes it through the screens: members (with consent when asked), a meeting. */
function facilitatorsProject({ consent = true } = {}): Y.Doc {
  const doc = createProjectDoc(PROJECT);
  initialiseProject(doc, { name: NAME }, new Date('2026-01-01T09:00:00Z'));
  for (const [id, name] of [['amira', 'Amira Ahmed'], ['ben', 'Ben Baker'], ['chloe', 'Chloe Campbell']] as const) {
    addMember(doc, { id, name, role: 'carer', status: 'active', email: `${id}@example.org` }, '2026-01-02');
  }
  saveInclusionProfile(doc, 'amira', { accessNeeds: ['step-free'], note: 'Uses a wheelchair' });
  if (consent) {
    recordConsent(doc, 'amira', 'namedInPack', { given: true, date: '2026-01-02', how: 'Form' });
    withdrawConsent(doc, 'ben', 'photos', '2026-01-03');
  }
  const meeting = scheduleMeeting(doc, { title: 'First meeting', date: '2026-01-06', startTime: '10:00', endTime: '12:00' });
  if (!meeting.ok) throw new Error(meeting.message);
  return doc;
}

const copyOf = (doc: Y.Doc) => {
  const copy = createProjectDoc(doc.guid);
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
};

const crafted = (doc: Y.Doc) => handMadeFile(Y.encodeStateAsUpdate(doc), PROJECT, NAME);

function accepted(result: GateResult): CheckedProject {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.value;
}

/** A refusal a person can read: a sentence, with no code in it. */
function refusedInWords(result: GateResult): string {
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.message).toMatch(/^[A-Z][^{}<>]*[.]$/);
  expect(result.message).not.toMatch(/undefined|null|Error|NaN|expected|received/);
  return result.message;
}

describe('a backup of a real project (issue 12, item 1)', () => {
  it('restores after a member’s consent was recorded on their page, protected or not', async () => {
    const doc = createProjectDoc(PROJECT);
    initialiseProject(doc, { name: NAME });
    const member = addMember(doc, { name: 'Amira Ahmed', role: 'carer', status: 'active' });
    if (!member.ok) throw new Error(member.message);
    recordConsent(doc, member.value.id, 'namedInPack', { given: true });
    const key = await newDeviceKey();
    for (const result of [await checkBackupFile(await unprotectedFile(doc, [key]), { keysFor: async () => [key] }), await checkBackupFile(await protectedFile(doc, 'kettle on the hob'), { passphrase: 'kettle on the hob' })]) {
      const fresh = createProjectDoc(PROJECT);
      expect(mergeCheckedProject(fresh, accepted(result))).toEqual({ ok: true, value: { changed: true } });
      expect(canonicalJson(fresh)).toBe(canonicalJson(doc));
      expect(readRecord(fresh, personType, member.value.id)?.consent?.namedInPack?.given).toBe(true);
    }
  });

  it('names the kind of record and the field when a record cannot be used, instead of “damaged”', async () => {
    const doc = facilitatorsProject();
    const broken = copyOf(doc);
    collectionMap(broken, 'meetings').forEach((m) => m.set('endTime', '09:00'));
    expect(refusedInWords(await checkBackupFile(await crafted(broken)))).toBe('One meeting in this file cannot be used (its “end time”): A meeting must end after it starts. Nothing was restored.');

    const shaped = copyOf(doc);
    collectionMap(shaped, 'people').get('ben')!.set('phone', new Y.Map());
    expect(refusedInWords(await checkBackupFile(await crafted(shaped)))).toContain('One member in this file holds its “phone” in a form Common Ground does not write');
  });
});

describe('a file that would delete or overwrite on merge (issue 12, item 6)', () => {
  /** A former collaborator kept an old backup: they know the project id and who wrote what. */
  function deleteSetFile(device: Y.Doc): Promise<Uint8Array> {
    const wiper = copyOf(device);
    wiper.transact(() => {
      for (const name of ['people', 'meetings']) for (const id of [...collectionMap(wiper, name).keys()]) collectionMap(wiper, name).delete(id);
    });
    const onlyDeletes = Y.encodeStateAsUpdate(wiper, Y.encodeStateVector(wiper)); // no content, just the delete set
    const details = createProjectDoc(PROJECT);
    initialiseProject(details, { name: NAME });
    return handMadeFile(Y.mergeUpdates([Y.encodeStateAsUpdate(details), onlyDeletes]), PROJECT, NAME);
  }

  it('says a delete set for another writer’s clocks removes records, and removes nothing without a yes', async () => {
    const device = facilitatorsProject();
    const before = canonicalJson(device);
    const checked = accepted(await checkBackupFile(await deleteSetFile(device)));
    expect(checked.counts.people ?? 0).toBe(0);

    const plan = planMerge(device, checked);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.value.removes).toBe(4);
    // Nothing in the file says these people were erased: the list says "removed", plainly.
    expect(plan.value.changes.filter((c) => c.kind === 'remove').map(changeLine)).toEqual(['Member “Amira Ahmed”: removed.', 'Member “Ben Baker”: removed.', 'Member “Chloe Campbell”: removed.', 'Meeting “First meeting”: removed.']);
    expect(mergeSummary(plan.value)).toMatch(/^adds nothing, changes .* and removes 3 members and 1 meeting$/);

    expect(mergeCheckedProject(device, checked)).toMatchObject({ ok: false, removes: 4 });
    expect(canonicalJson(device)).toBe(before);
    expect(readAll(device, personType)).toHaveLength(3);

    // On a device, through the same path the screen uses.
    const db = freshDb();
    const created = await createProject(db, { name: NAME }, PROJECT);
    if (!created.ok) throw new Error(created.message);
    const session = created.value;
    Y.applyUpdate(session.doc, Y.encodeStateAsUpdate(device));
    await session.store.whenSaved();
    const restored = await restoreOnDevice({ db, openSession: async () => session }, checked);
    expect(restored).toMatchObject({ ok: false, removes: expect.any(Number) });
    expect(readAll(session.doc, personType)).toHaveLength(3);
    await session.close();
  });

  it('refuses a merge that would leave a meeting ending before it starts, changing nothing', async () => {
    const device = facilitatorsProject({ consent: false });
    const elsewhere = copyOf(device);
    const meetingId = readAll(device, meetingType)[0]!.id;
    // Each change is fine on its own device: 10:00 to 11:00 here, 11:30 to 12:00 there.
    expect(updateMeetingDetails(device, meetingId, { endTime: '11:00' }).ok).toBe(true);
    expect(updateMeetingDetails(elsewhere, meetingId, { startTime: '11:30' }).ok).toBe(true);
    const before = canonicalJson(device);

    const checked = accepted(await checkBackupFile(await crafted(elsewhere)));
    const merged = mergeCheckedProject(device, checked);
    expect(merged).toEqual({
      ok: false,
      message: 'Merging this file would leave one meeting that cannot be used (its “end time”). A meeting must end after it starts. Nothing was changed. Change that meeting on this device or on the other one, make a new backup there, and try again.',
    });
    expect(canonicalJson(device)).toBe(before);
    expect(readRecord(device, meetingType, meetingId)?.endTime).toBe('11:00');
  });

  it('leaves out fields the app does not know, however large, at any depth', async () => {
    const doc = facilitatorsProject({ consent: false });
    const padded = copyOf(doc);
    const amira = collectionMap(padded, 'people').get('amira')!;
    padded.transact(() => {
      amira.set('smuggled', 'x'.repeat(2 * 1024 * 1024));
      amira.set('inclusion', { ...(amira.get('inclusion') as object), secret: 'y'.repeat(1000) });
      padded.getMap('meta').set('sponsor', 'not ours');
    });
    const checked = accepted(await checkBackupFile(await crafted(padded)));
    expect(checked.leftOut).toBe(3);
    expect(checked.update.length).toBeLessThan(100_000);
    const device = copyOf(doc);
    const merged = mergeCheckedProject(device, checked);
    expect(merged.ok).toBe(true);
    const record = collectionMap(device, 'people').get('amira')!;
    expect(record.has('smuggled')).toBe(false);
    expect(record.get('inclusion')).toEqual({ accessNeeds: ['step-free'], note: 'Uses a wheelchair' });
    expect(device.getMap('meta').has('sponsor')).toBe(false);
  });

  it('refuses a record whose required fields come from a __proto__ key', async () => {
    const doc = facilitatorsProject({ consent: false });
    const forged = copyOf(doc);
    const ben = collectionMap(forged, 'people').get('ben')!;
    forged.transact(() => {
      ben.delete('name');
      ben.set('__proto__', { name: 'Not Really Ben', role: 'carer', status: 'active' });
    });
    expect(refusedInWords(await checkBackupFile(await crafted(forged)))).toContain('a part whose name Common Ground never uses');
  });

  it('refuses __proto__ or constructor keys at any depth, and as a record’s id', async () => {
    const values = [{ photos: { given: true, date: '2026-01-02', constructor: 'x' } }, JSON.parse('{"__proto__": {"photos": {"given": true, "date": "2026-01-02"}}}')];
    for (const value of values) {
      const forged = facilitatorsProject({ consent: false });
      collectionMap(forged, 'people').get('chloe')!.set('consent', value);
      refusedInWords(await checkBackupFile(await crafted(forged)));
    }
    const byId = facilitatorsProject({ consent: false });
    const ymap = new Y.Map();
    collectionMap(byId, 'people').set('__proto__', ymap);
    ymap.set('id', '__proto__');
    refusedInWords(await checkBackupFile(await crafted(byId)));
  });

  it('refuses nested kinds the app never writes: formatted or embedded text, maps in plain fields, sub-documents', async () => {
    const damage: ((doc: Y.Doc) => void)[] = [
      (doc) => collectionMap(doc, 'people').get('amira')!.set('name', new Y.Text('Amira')),
      (doc) => collectionMap(doc, 'people').get('amira')!.set('statusHistory', new Y.Array()),
      (doc) => collectionMap(doc, 'people').get('amira')!.set('phone', new Y.Doc()),
      (doc) => collectionMap(doc, 'people').get('amira')!.set('phone', new Uint8Array([1, 2, 3])),
      (doc) => collectionMap(doc, 'people').get('amira')!.set('phone', undefined),
      (doc) => {
        const consent = new Y.Map();
        collectionMap(doc, 'people').get('amira')!.set('consent', consent);
        consent.set('photos', new Y.Text('yes'));
      },
    ];
    for (const change of damage) {
      const forged = facilitatorsProject();
      forged.transact(() => change(forged));
      refusedInWords(await checkBackupFile(await crafted(forged)));
    }
    const review = facilitatorsProject();
    const { startLearningReview } = await import('../../../src/core/commands/review-learning');
    const made = startLearningReview(review, { title: 'Half way', scope: 'phase', heldOn: '2026-02-01' });
    if (!made.ok) throw new Error(made.message);
    const text = new Y.Text();
    collectionMap(review, 'learningReviews').get(made.value.id)!.set('learnt', text);
    text.insert(0, 'Bold words', { bold: true });
    refusedInWords(await checkBackupFile(await crafted(review)));
    text.delete(0, text.length);
    text.insertEmbed(0, { image: 'https://example.org/x.png' });
    refusedInWords(await checkBackupFile(await crafted(review)));
  });

  it('shows a changed email and consent before merging a file with the same project id', async () => {
    const device = facilitatorsProject();
    const forged = copyOf(device);
    updateMemberDetails(forged, 'ben', { email: 'someone.else@example.com' });
    recordConsent(forged, 'ben', 'photos', { given: true, date: '2026-01-04' });
    const plan = planMerge(device, accepted(await checkBackupFile(await crafted(forged))));
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.value.changes).toEqual([{ collection: 'people', noun: 'member', id: 'ben', kind: 'change', label: 'Ben Baker', fields: ['consent', 'email'] }]);
    expect(mergeSummary(plan.value)).toBe('adds nothing, changes 1 member and removes nothing');
    expect(changeLine(plan.value.changes[0]!)).toBe('Member “Ben Baker”: consent, email.');
  });
});

describe('an unprotected backup that was changed (issue 13, item 4)', () => {
  /** Changes a member's phone number in the file and puts a correct checksum back, as anyone holding the file could. */
  async function rewritten(bytes: Uint8Array, change: (doc: Y.Doc) => void): Promise<Uint8Array> {
    const { header, payload } = openFile(bytes);
    const { inflateSync } = await import('fflate');
    const doc = createProjectDoc(header.projectId);
    Y.applyUpdate(doc, inflateSync(payload));
    change(doc);
    const update = Y.encodeStateAsUpdate(doc);
    const deflated = deflateSync(update);
    header.payload = { compression: 'deflate', bytes: deflated.length, updateBytes: update.length, sha256: await sha256Hex(deflated) };
    return zipOf(JSON.stringify(header), deflated);
  }

  it('is refused on the device that made it, even with its checksum recomputed', async () => {
    const doc = facilitatorsProject({ consent: false });
    const db = freshDb();
    const keysFor = (id: string) => fileKeysFor(db, id);
    const file = await unprotectedFile(doc, await keysFor(PROJECT));
    expect(accepted(await checkBackupFile(file, { keysFor })).origin).toEqual({ kind: 'key', holder: 'device' });
    const changed = await rewritten(file, (d) => updateMemberDetails(d, 'amira', { phone: '07700 900999' }));
    expect(refusedInWords(await checkBackupFile(changed, { keysFor }))).toBe(
      'This backup has been changed since it was made, so nothing was restored. Use another copy, or make a new backup on the device it came from.',
    );
    // A device that holds no key for it cannot tell, and says so rather than vouching for it.
    expect(accepted(await checkBackupFile(changed, { keysFor: async () => [await newDeviceKey()] })).origin).toEqual({ kind: 'unconfirmed' });
    // Taking the MACs out does not make it trusted either.
    const { header, payload } = openFile(changed);
    delete header.authentication;
    expect(accepted(await checkBackupFile(zipOf(JSON.stringify(header), payload), { keysFor })).origin).toEqual({ kind: 'unconfirmed' });
  });

  it('is refused by every device of the team when the project is shared, and vouched for when unchanged', async () => {
    const doc = facilitatorsProject({ consent: false });
    const secret = newSecret();
    const tabletA = freshDb();
    const tabletB = freshDb();
    for (const db of [tabletA, tabletB]) await db.projectKeys.put({ projectId: PROJECT, secret });
    const file = await unprotectedFile(doc, await fileKeysFor(tabletA, PROJECT));
    const onB = { keysFor: (id: string) => fileKeysFor(tabletB, id) };
    expect(accepted(await checkBackupFile(file, onB)).origin).toEqual({ kind: 'key', holder: 'team' });
    const changed = await rewritten(file, (d) => withdrawConsent(d, 'chloe', 'contact', '2026-02-01'));
    refusedInWords(await checkBackupFile(changed, onB));
    // After "Reset sharing" the old team key is gone: the file can no longer be vouched for, and says so.
    await tabletB.projectKeys.put({ projectId: PROJECT, secret: newSecret() });
    expect(accepted(await checkBackupFile(file, onB)).origin).toEqual({ kind: 'unconfirmed' });
    expect(await teamFileKey(freshDb(), PROJECT)).toBeNull();
  });

  it('binds a protected file’s whole header: changing its name or date is refused', async () => {
    const doc = facilitatorsProject({ consent: false });
    const file = await protectedFile(doc, 'kettle on the hob');
    for (const change of [(h: Record<string, any>) => (h.created = '2020-01-01T00:00:00.000Z'), (h: Record<string, any>) => (h.appVersion = '9.9.9'), (h: Record<string, any>) => (h.name = 'Someone Else')]) {
      const { header, payload } = openFile(file);
      change(header);
      const result = await checkBackupFile(zipSync({ 'backup.json': [strToU8(JSON.stringify(header)), { level: 0 }], 'project.bin': [payload, { level: 0 }] }), { passphrase: 'kettle on the hob' });
      expect(result.ok).toBe(false);
    }
    expect(accepted(await checkBackupFile(file, { passphrase: 'kettle on the hob' })).origin).toEqual({ kind: 'passphrase' });
  });
});
