import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { recordSharingReset } from '../commands/sharing';
import type { CommonGroundDb } from '../db/database';
import { createProjectDoc } from '../doc/project-doc';
import type { SharingReset } from '../domain/sharing/sharing-reset';
import { newId } from '../ids';
import { fail, ok, type Result } from '../result';
import { deriveProjectKeys, macOf, newSecret, type ProjectKeys } from './crypto';
import type { DeviceIdentity } from './device-identity';
import { openSealed, sealForDevices, sign } from './device-keys';
import { retireDone, type PendingRetire } from './device-state';
import { fromBase64Url, toBase64Url } from './encoding';
import { ProjectSync } from './project-sync';
import { REFUSAL } from './refusal';
import { readTeam, resetData, resetProvenBy } from './team';

/**
 * "Reset sharing", provable from inside the sharing it replaces. The resetting device writes,
 * under the OLD key, a signed announcement naming the new sharing and sealing its secret to
 * each device the team keeps (see domain/sharing/sharing-reset.ts). Kept devices that read
 * it move by themselves; devices left out learn that they were, and cannot open the secret.
 * Then the old sharing is closed on the server.
 */

function sealContext(projectId: string, resetId: string, deviceId: string): string {
  return `common-ground/reset-wrap/v1\n${projectId}\n${resetId}\n${deviceId}`;
}

export interface PreparedReset {
  secret: string;
  announcement: SharingReset;
  /** The announcement as a Yjs update of its own, to apply here and to send to the old sharing. */
  update: Uint8Array;
}

/**
 * Makes a reset away from `oldKeys`, keeping the listed devices (this device always stays).
 * Writes nothing: the caller stores the new key first, then applies `update`.
 */
export async function prepareReset(doc: Y.Doc, oldKeys: ProjectKeys, identity: DeviceIdentity, keep: readonly string[], heard: ReadonlySet<string>, now = new Date()): Promise<Result<PreparedReset>> {
  const projectId = oldKeys.projectId;
  const team = await readTeam(doc, projectId, oldKeys, heard);
  const me = team.devices.get(identity.id);
  if (!me || me.standing !== 'current') return fail('This device is not one of the project’s sharing devices yet. Wait until it has synced, then try again.');
  const kept = [...team.devices.values()].filter((d) => d.device.id !== identity.id && d.standing === 'current' && keep.includes(d.device.id)).map((d) => d.device);
  const removed = [...team.devices.keys()].filter((id) => id !== identity.id && !kept.some((k) => k.id === id));
  const secret = newSecret();
  const newKeys = await deriveProjectKeys(projectId, secret);
  const id = newId('reset-');
  const sealed = await sealForDevices(
    fromBase64Url(secret)!,
    kept.map((d) => ({ exchangeKey: d.exchangeKey, context: sealContext(projectId, id, d.id) })),
  );
  if (!sealed.ok) return sealed;
  const body = {
    id,
    createdAt: now.toISOString(),
    byDevice: identity.id,
    fromKey: oldKeys.fingerprint,
    toKey: newKeys.fingerprint,
    room: newKeys.room,
    wrapKey: sealed.value.wrapKey,
    kept: kept.map((d, i) => ({ device: d.id, ...sealed.value.sealed[i]! })),
    removed,
  };
  const data = resetData(projectId, body);
  const announcement: SharingReset = {
    ...body,
    v: 1,
    proof: toBase64Url(await macOf(newKeys, data)),
    signature: toBase64Url(await sign(identity.signing.privateKey, data)),
  };
  // Made in a scratch doc, so the very same update can be applied here and sent to the old sharing.
  const scratch = createProjectDoc(projectId);
  const written = recordSharingReset(scratch, announcement);
  if (!written.ok) return written;
  const update = Y.encodeStateAsUpdate(scratch);
  scratch.destroy();
  return ok({ secret, announcement, update });
}

export type ResetNews =
  | { kind: 'none' }
  /** A reset kept this device: here is the new secret. */
  | { kind: 'follow'; secret: string; reset: SharingReset }
  /** A reset left this device out (or sealed it something it cannot open). */
  | { kind: 'left-out'; reset: SharingReset; byName: string };

/** What a good reset away from the key this device holds, heard through its sharing, means for it. */
export async function newsOfReset(doc: Y.Doc, keys: ProjectKeys, identity: DeviceIdentity, heard: ReadonlySet<string>): Promise<ResetNews> {
  const team = await readTeam(doc, keys.projectId, keys, heard);
  const reset = team.onward;
  if (!reset) return { kind: 'none' };
  const byName = team.devices.get(reset.byDevice)?.device.name ?? 'another device';
  const mine = reset.kept.find((k) => k.device === identity.id);
  const opened = mine && (await openSealed(identity.exchange.privateKey, reset.wrapKey, mine, sealContext(keys.projectId, reset.id, identity.id)));
  if (!opened) return { kind: 'left-out', reset, byName };
  const secret = toBase64Url(opened);
  let newKeys: ProjectKeys;
  try {
    newKeys = await deriveProjectKeys(keys.projectId, secret);
  } catch {
    return { kind: 'left-out', reset, byName };
  }
  return (await resetProvenBy(newKeys, reset)) ? { kind: 'follow', secret, reset } : { kind: 'left-out', reset, byName };
}

const CLOSE_FAILED = 'The sync server could not be reached to close the old sharing. It will be tried again when there is a connection.';

/**
 * Puts a reset's announcement in the old sharing (where the devices kept will read it), waits
 * for the server to confirm storing it, then closes the old sharing for good.
 */
export async function closeOldSharing(db: CommonGroundDb, pending: PendingRetire, websocket: HocuspocusProviderWebsocket, timeoutMs = 20_000): Promise<Result<void>> {
  const keys = await deriveProjectKeys(pending.projectId, pending.secret);
  const doc = createProjectDoc(pending.projectId);
  const announcement = pending.announcement ? fromBase64Url(pending.announcement) : null;
  if (announcement) Y.applyUpdate(doc, announcement);
  const sync = await ProjectSync.start({ doc, keys, websocket, autoCompactAt: 0, keepAliveMs: 1000 });
  try {
    if (announcement) {
      const stored = await Promise.race([sync.whenConfirmed(timeoutMs), sync.whenRefused(timeoutMs)]);
      if (sync.state.refusal === REFUSAL.sharingReset) return finished(db, pending);
      if (!stored || sync.state.phase === 'refused') return fail(CLOSE_FAILED);
    }
    const closed = await sync.retire(timeoutMs);
    return closed.ok ? finished(db, pending) : closed;
  } finally {
    sync.destroy();
    doc.destroy();
  }
}

async function finished(db: CommonGroundDb, pending: PendingRetire): Promise<Result<void>> {
  await retireDone(db, pending.projectId, pending.secret);
  return ok(undefined);
}
