import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { erasePerson } from '../../../src/core/commands/erasure';
import { canonicalJson, collectionMap, createProjectDoc } from '../../../src/core/doc/project-doc';
import { generateReferenceProject } from '../../../src/core/reference/generate';
import { LARGE, type ReferenceSize } from '../../../src/core/reference/sizes';
import { newSecret } from '../../../src/core/sync/crypto';
import { MAX_ENTRY_BYTES } from '../../../src/core/sync/protocol';
import { containsBytes, eventually, freePort, nodeDevice, startServerProcess, type NodeDevice } from './server-harness';

/**
 * Projects larger than one entry, through the real server: the large reference project
 * (about 9.5 MiB of Yjs update) and one three times its size. Sharing, joining and erasure's
 * compaction all go in parts.
 */

const THREE_TIMES_LARGE: ReferenceSize = { ...LARGE, members: LARGE.members * 3, meetings: LARGE.meetings * 3, responses: LARGE.responses * 3 };

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function diskBytes(dir: string): Uint8Array {
  return new Uint8Array(Buffer.concat(readdirSync(dir).map((f) => readFileSync(join(dir, f)))));
}

async function shareJoinAndErase(projectId: string, size: ReferenceSize) {
  const dir = mkdtempSync(join(tmpdir(), 'cg-sync-large-'));
  dirs.push(dir);
  const env = { DATA_DIR: dir, PORT: String(await freePort()) };
  const server = await startServerProcess(env);
  const open: NodeDevice[] = [];
  try {
    const doc = createProjectDoc(projectId);
    const { people } = generateReferenceProject(doc, { size, seed: 7 });
    expect(Y.encodeStateAsUpdate(doc).length).toBeGreaterThan(size === LARGE ? 9 * 1024 * 1024 : 27 * 1024 * 1024);

    // Shared from scratch: in parts, none larger than an entry.
    const secret = newSecret();
    const a = await nodeDevice(server.wsUrl, projectId, secret, doc);
    open.push(a);
    expect(await a.sync.whenConfirmed(120_000)).toBe(true);
    const entries = a.sync.envelope.getArray<Uint8Array>('entries').toArray();
    expect(entries.length).toBeGreaterThan(1);
    for (const entry of entries) expect(entry.length).toBeLessThanOrEqual(MAX_ENTRY_BYTES);

    // A second device joins and holds every record.
    const b = await nodeDevice(server.wsUrl, projectId, secret);
    open.push(b);
    await eventually(() => b.doc.store.clients.size > 0 && Y.encodeStateVector(b.doc).join() === Y.encodeStateVector(a.doc).join(), 120_000, 'b to receive the project');
    expect(canonicalJson(b.doc)).toBe(canonicalJson(a.doc));

    // Erasing a member compacts the server copy: none of the entries that held them is left there.
    const erased = people[0]!;
    expect(erasePerson(a.doc, erased.id, { scrubName: true }).ok).toBe(true);
    await a.sync.envelopeSync.whenIdle();
    const before = a.sync.envelope.getArray<Uint8Array>('entries').toArray().map((e) => e.slice());
    expect(await a.sync.compact()).toBe(true);
    expect(await a.sync.whenConfirmed(120_000)).toBe(true);
    await eventually(() => !collectionMap(b.doc, 'people').has(erased.id), 120_000, 'b to follow the erasure');
    await b.sync.envelopeSync.whenIdle();
    expect(canonicalJson(b.doc)).toBe(canonicalJson(a.doc));
    await server.stop();
    const disk = diskBytes(dir);
    for (const entry of before) expect(containsBytes(disk, entry.subarray(13, 45))).toBe(false);
    expect(containsBytes(disk, a.sync.envelope.getArray<Uint8Array>('entries').get(0).subarray(13, 45))).toBe(true);
  } finally {
    for (const d of open) d.destroy();
    await server.stop();
  }
}

describe('a project larger than one entry', () => {
  it('shares the large reference project, a second device joins it, and erasure compacts it on the server', async () => {
    await shareJoinAndErase('p-large', LARGE);
  }, 300_000);

  it('does the same for a project three times that size', async () => {
    await shareJoinAndErase('p-large-3x', THREE_TIMES_LARGE);
  }, 600_000);
});
