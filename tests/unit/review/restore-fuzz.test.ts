import { deflateSync, inflateSync, strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeCheckedProject } from '../../../src/core/backup/apply';
import { createBackup } from '../../../src/core/backup/create';
import { sha256Hex } from '../../../src/core/backup/crypto';
import { MAX_UPDATE_BYTES } from '../../../src/core/backup/limits';
import { checkBackupFile, type GateResult } from '../../../src/core/backup/restore';
import { initialiseProject } from '../../../src/core/commands/project';
import { insertRecord } from '../../../src/core/commands/records';
import { addNextStep, startLearningReview, updateLearningReview } from '../../../src/core/commands/review-learning';
import { markAttendance } from '../../../src/core/commands/attendance';
import { canonicalJson, collectionMap, createProjectDoc } from '../../../src/core/doc/project-doc';
import { meetingType } from '../../../src/core/domain/meeting';
import { personType } from '../../../src/core/domain/person';
import { questionnaireType } from '../../../src/core/domain/questionnaire';
import { responseType } from '../../../src/core/domain/response';
import { seededRandom, type Random } from '../../../src/core/reference/random';
import { newDeviceKey } from './backup-files';

const PROJECT = 'p-fuzz';
const FAST = 100_000;

/** A small but complete project: every kind of record the gate must check, including long text. */
function smallProject(): Y.Doc {
  const doc = createProjectDoc(PROJECT);
  initialiseProject(doc, { name: 'Fuzz Carers', purpose: 'Testing the gate' }, new Date('2026-01-01T09:00:00Z'));
  insertRecord(doc, personType, { id: 'a', name: 'Amira Ahmed', role: 'lived-experience', status: 'active', phone: '07700 900001' });
  insertRecord(doc, personType, { id: 'b', name: 'Ben Baker', role: 'professional', status: 'active' });
  insertRecord(doc, meetingType, { id: 'm1', title: 'First meeting', date: '2026-01-06', startTime: '10:00', endTime: '12:00' });
  markAttendance(doc, 'm1', 'a', 'present');
  markAttendance(doc, 'm1', 'b', 'apologies');
  insertRecord(doc, questionnaireType, { id: 'q', title: 'How was it?', questions: [{ id: 'x', kind: 'agree5', text: 'I was listened to' }] });
  for (let i = 0; i < 6; i++) insertRecord(doc, responseType, { id: `r${i}`, questionnaireId: 'q', day: '2026-01-06', createdAt: '2026-01-06T00:00:00.000Z', answers: { x: i % 5 } });
  const review = startLearningReview(doc, { title: 'Half way', scope: 'phase', heldOn: '2026-01-06' });
  if (review.ok) {
    updateLearningReview(doc, review.value.id, { learnt: 'Small tables help.' });
    addNextStep(doc, review.value.id, 'Shorter papers');
  }
  return doc;
}

/** The header createBackup would write for this payload. */
async function headerFor(update: Uint8Array, payload: Uint8Array): Promise<Record<string, any>> {
  return {
    format: 'common-ground-backup',
    formatVersion: 1,
    projectId: PROJECT,
    name: 'Fuzz Carers',
    created: '2026-01-02T10:00:00.000Z',
    appVersion: '0.1.0',
    payload: { compression: 'deflate', bytes: payload.length, updateBytes: update.length, sha256: await sha256Hex(payload) },
    encryption: null,
  };
}

const zipOf = (headerText: string, payload: Uint8Array) => zipSync({ 'backup.json': [strToU8(headerText), { level: 0 }], 'project.bin': [payload, { level: 0 }] });

/** Builds a backup file by hand, so a test can make any header and payload it likes. */
async function handMade(update: Uint8Array, change: (header: Record<string, any>) => void = () => {}, payload: Uint8Array = deflateSync(update)): Promise<Uint8Array> {
  const header = await headerFor(update, payload);
  change(header);
  return zipOf(JSON.stringify(header), payload);
}

/** A message a person can read: a sentence, with no code, stack or "undefined" in it. */
function expectReadable(result: GateResult) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.message).toMatch(/^[A-Z][^{}<>]*[.]$/);
  expect(result.message).not.toMatch(/undefined|null|Error|NaN|\bat\s+\S+\s+\(/);
  expect(result.message.length).toBeLessThan(240);
}

describe('the restore gate under attack', () => {
  const original = smallProject();
  const originalJson = canonicalJson(original);
  const update = Y.encodeStateAsUpdate(original);

  /** The device's copy of the project, with a change of its own. It must never be harmed. */
  const device = createProjectDoc(PROJECT);
  Y.applyUpdate(device, update);
  insertRecord(device, personType, { id: 'local', name: 'Only On This Tablet', role: 'carer', status: 'active' });
  const deviceJson = canonicalJson(device);
  const deviceVector = Y.encodeStateVector(device);
  const expectDeviceUnchanged = () => {
    expect(canonicalJson(device)).toBe(deviceJson);
    expect(Y.encodeStateVector(device)).toEqual(deviceVector);
  };

  /**
   * Either the file is refused with a readable message, or (when the damage only touched a
   * date or a field the zip does not check) it still holds exactly the original project.
   * Either way the project on the device is unchanged.
   */
  const key = newDeviceKey();
  const made = async () => createBackup(original, { appVersion: '0.1.0', protection: { unprotected: true, keys: [await key] } });

  async function attack(bytes: Uint8Array, passphrase?: string): Promise<'refused' | 'harmless'> {
    const result = await checkBackupFile(bytes, { ...(passphrase ? { passphrase } : {}), keysFor: async () => [await key] });
    let outcome: 'refused' | 'harmless' = 'refused';
    if (result.ok) {
      expect(canonicalJson(result.value.scratch)).toBe(originalJson);
      expect(mergeCheckedProject(device, result.value)).toEqual({ ok: true, value: { changed: false } });
      outcome = 'harmless';
    } else expectReadable(result);
    expectDeviceUnchanged();
    return outcome;
  }

  it('accepts the untouched file (so the attacks below are meaningful)', async () => {
    const file = await made();
    if (!file.ok) throw new Error(file.message);
    expect(await attack(file.value.bytes)).toBe('harmless');
    expect(await attack(await handMade(update))).toBe('harmless');
  });

  it('refuses thousands of bit-flipped and truncated files, leaving the project unchanged', { timeout: 30_000 }, async () => {
    const file = await made();
    if (!file.ok) throw new Error(file.message);
    const good = file.value.bytes;
    const random = seededRandom(20260314);
    const tally = { refused: 0, harmless: 0 };
    for (let i = 0; i < 2000; i++) {
      const bad = good.slice();
      const flips = random.int(1, 8);
      for (let f = 0; f < flips; f++) bad[random.int(0, bad.length - 1)]! ^= 1 << random.int(0, 7);
      tally[await attack(bad)]++;
    }
    for (let i = 0; i < 600; i++) tally[await attack(good.slice(0, random.int(0, good.length - 1)))]++;
    // Flips that only touch unchecked bytes (a zip timestamp, a CRC the gate does not rely on) do no harm.
    expect(tally.refused).toBeGreaterThan(2300);
  });

  it('refuses random bytes, including ones that look like the start of a zip', async () => {
    const random = seededRandom(7);
    for (let i = 0; i < 300; i++) {
      const bytes = randomBytes(random, random.int(0, 4000));
      if (i % 2 === 0 && bytes.length > 4) bytes.set([0x50, 0x4b, 0x03, 0x04]);
      expect(await attack(bytes)).toBe('refused');
    }
    expect(await attack(new Uint8Array(0))).toBe('refused');
  });

  it('refuses headers with a wrong version, wrong types, script in strings or huge declared sizes', async () => {
    const tamper: ((h: Record<string, any>) => void)[] = [
      (h) => (h.formatVersion = 3),
      (h) => (h.formatVersion = 0),
      (h) => (h.formatVersion = '1'),
      (h) => (h.formatVersion = 1.5),
      (h) => (h.format = 'something-else'),
      (h) => delete h.format,
      (h) => (h.projectId = 123),
      (h) => (h.projectId = '../../etc/passwd'),
      (h) => (h.projectId = 'p-other'),
      (h) => (h.name = { toString: 1 }),
      (h) => (h.name = '<script>alert(1)</script>'),
      (h) => (h.appVersion = '<img src=x onerror=alert(1)>'),
      (h) => (h.created = 'yesterday'),
      (h) => (h.payload.bytes = 'lots'),
      (h) => (h.payload.bytes = 1e12),
      (h) => (h.payload.updateBytes = 2 ** 31),
      (h) => (h.payload.updateBytes = 1),
      (h) => (h.payload.updateBytes = -5),
      (h) => (h.payload.sha256 = '0'.repeat(64)),
      (h) => (h.payload.compression = 'gzip'),
      (h) => (h.encryption = { method: 'AES-GCM-256', kdf: 'PBKDF2-SHA-256', iterations: 1e9, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', iv: 'AAAAAAAAAAAAAAAA' }),
      (h) => (h.encryption = { method: 'ROT13' }),
      (h) => (h.encryption = 'yes'),
      (h) => (h.extra = 'not ours'),
      (h) => (h.payload = null),
    ];
    for (const change of tamper) expect(await attack(await handMade(update, change))).toBe('refused');
    const payload = deflateSync(update);
    const polluting = JSON.stringify(await headerFor(update, payload)).replace('{', '{"__proto__":{"polluted":true},');
    expect(await attack(zipOf(polluting, payload))).toBe('refused');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    // Headers that are not JSON, or are JSON of the wrong shape.
    for (const text of ['', 'null', '[]', '"backup"', '{"format":"common-ground-backup"', 'x'.repeat(20_000)]) {
      expect(await attack(zipOf(text, deflateSync(update)))).toBe('refused');
    }
  });

  it('makes a real zip bomb for the test below', () => {
    expect(inflateSync(zeroBomb(1_000_000)).length).toBeGreaterThanOrEqual(1_000_000);
    expect(inflateSync(zeroBomb(1_000_000)).every((b) => b === 0)).toBe(true);
  });

  it('refuses zip bombs and zips that are not laid out like a backup', { timeout: 30_000 }, async () => {
    // The payload claims a small size but inflates to 50 MB of zeros.
    const zeros = zeroBomb(50 * 1024 * 1024);
    expect(await attack(await handMade(update, () => {}, zeros))).toBe('refused');

    // The payload claims the largest size allowed and inflates to more than that.
    const bomb = zeroBomb(MAX_UPDATE_BYTES + 1024 * 1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const started = performance.now();
    expect(await attack(await handMade(update, (h) => (h.payload.updateBytes = MAX_UPDATE_BYTES), bomb))).toBe('refused');
    expect(performance.now() - started).toBeLessThan(10_000);

    // A compressed (not stored) entry is never inflated by the zip reader.
    const compressedEntry = zipSync({ 'backup.json': [strToU8('{}'), { level: 0 }], 'project.bin': [new Uint8Array(8 * 1024 * 1024), { level: 1 }] });
    expect(await attack(compressedEntry)).toBe('refused');
    // Extra, missing or renamed entries.
    const payload = deflateSync(update);
    const layouts: Zippable[] = [
      { 'backup.json': [strToU8('{}'), { level: 0 }] },
      { 'project.bin': [payload, { level: 0 }] },
      { 'backup.json': [strToU8('{}'), { level: 0 }], 'project.bin': [payload, { level: 0 }], 'run-me.exe': [strToU8('MZ'), { level: 0 }] },
      { '../backup.json': [strToU8('{}'), { level: 0 }], 'project.bin': [payload, { level: 0 }] },
      {},
    ];
    for (const layout of layouts) expect(await attack(zipSync(layout))).toBe('refused');
  });

  it('refuses a sound container whose project inside is not valid', { timeout: 15_000 }, async () => {
    const broken: ((doc: Y.Doc) => void)[] = [
      (doc) => collectionMap(doc, 'people').get('a')!.set('name', ''),
      (doc) => collectionMap(doc, 'people').get('a')!.set('role', 'king'),
      (doc) => collectionMap(doc, 'people').get('a')!.set('name', 'x'.repeat(5000)),
      (doc) => collectionMap(doc, 'people').get('a')!.set('v', 99),
      (doc) => collectionMap(doc, 'people').get('a')!.set('id', 'b'),
      (doc) => collectionMap(doc, 'people').get('a')!.set('phone', new Y.Map()),
      (doc) => collectionMap(doc, 'people').get('a')!.set('name', new Y.Text('Amira')),
      (doc) => collectionMap(doc, 'people').set('c', 'a plain string' as never),
      (doc) => collectionMap(doc, 'responses').get('r0')!.set('answers', { x: { nested: true } }),
      (doc) => collectionMap(doc, 'meetings').get('m1')!.set('endTime', '09:00'),
      (doc) => collectionMap(doc, 'learningReviews').forEach((r) => r.set('learnt', 'x'.repeat(10_001))),
      (doc) => doc.getMap('hackers').set('h', 1),
      (doc) => doc.getMap('meta').set('id', 'p-other'),
      (doc) => doc.getMap('meta').delete('name'),
      (doc) => doc.getMap('meta').set('schemaVersion', 99),
      (doc) => doc.getArray('people').insert(0, [1]),
    ];
    for (const damage of broken) {
      const doc = createProjectDoc(PROJECT);
      Y.applyUpdate(doc, update);
      try {
        doc.transact(() => damage(doc));
      } catch {
        continue; // Yjs itself refused to build this one
      }
      expect(await attack(await handMade(Y.encodeStateAsUpdate(doc)))).toBe('refused');
    }
    // A project with no details at all, and a delta that depends on a state the file does not hold.
    expect(await attack(await handMade(Y.encodeStateAsUpdate(new Y.Doc())))).toBe('refused');
    const later = createProjectDoc(PROJECT);
    Y.applyUpdate(later, update);
    const before = Y.encodeStateVector(later);
    insertRecord(later, personType, { id: 'z', name: 'Later', role: 'carer', status: 'active' });
    expect(await attack(await handMade(Y.encodeStateAsUpdate(later, before)))).toBe('refused');
  });

  it('refuses damaged passphrase-protected files and wrong passphrases', { timeout: 30_000 }, async () => {
    const file = await createBackup(original, { appVersion: '0.1.0', protection: { passphrase: 'correct horse battery' }, iterations: FAST });
    if (!file.ok) throw new Error(file.message);
    const random = seededRandom(99);
    for (let i = 0; i < 200; i++) {
      const bad = file.value.bytes.slice();
      bad[random.int(0, bad.length - 1)]! ^= 1 << random.int(0, 7);
      await attack(bad, 'correct horse battery');
    }
    for (const guess of ['correct horse batter', 'Correct horse battery', 'correct horse battery ', '', '🔑🔑🔑🔑🔑🔑🔑🔑']) expect(await attack(file.value.bytes, guess || undefined)).toBe('refused');
    expect(await attack(file.value.bytes, 'correct horse battery')).toBe('harmless');
  });
});

function randomBytes(random: Random, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = random.int(0, 255);
  return bytes;
}

/**
 * A hand-written DEFLATE stream that inflates to at least `size` zero bytes: one fixed-Huffman
 * block holding a literal 0 and then "copy 258 bytes from 1 back" over and over (13 bits each).
 */
function zeroBomb(size: number): Uint8Array {
  const copies = Math.ceil((size - 1) / 258);
  const out = new Uint8Array(Math.ceil((3 + 8 + copies * 13 + 7) / 8) + 1);
  let bit = 0;
  const plain = (value: number, bits: number) => {
    for (let i = 0; i < bits; i++, bit++) if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  const code = (value: number, bits: number) => {
    for (let i = bits - 1; i >= 0; i--, bit++) if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  plain(1, 1); // last block
  plain(1, 2); // fixed Huffman codes
  code(0x30, 8); // literal 0
  for (let i = 0; i < copies; i++) {
    code(0xc5, 8); // length 258
    code(0, 5); // distance 1
  }
  code(0, 7); // end of block
  return out;
}
