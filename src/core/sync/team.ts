import type * as Y from 'yjs';
import { readAll } from '../read/records';
import { collectionMap } from '../doc/project-doc';
import { deviceType, type Device } from '../domain/sharing/device';
import { sharingResetType, type SharingReset } from '../domain/sharing/sharing-reset';
import { macMatches, macOf, type ProjectKeys } from './crypto';
import { signatureValid } from './device-keys';
import { fromBase64Url, toBase64Url, utf8 } from './encoding';

/**
 * Which devices are the project's team, as far as this device can tell from its own copy of
 * the project and the sharing key it holds. Nothing here trusts a name or a claim: a device
 * belongs to the sharing of key K only if it holds a proof made with K, or a reset made with
 * K names it as kept; a reset counts only if its signature is good and its signer belonged.
 */

export type DeviceStanding =
  /** Part of the sharing this device holds. */
  | 'current'
  /** Left out by a reset. */
  | 'removed'
  /** In the project, but not shown to belong to the sharing this device holds. */
  | 'unconfirmed';

export interface TeamDevice {
  device: Device;
  standing: DeviceStanding;
  /** The reset that left it out, when removed. */
  removedBy?: SharingReset;
}

export interface TeamView {
  devices: Map<string, TeamDevice>;
  /** A good reset away from the key this device holds, if it has heard one (the first by new key, so all devices pick the same). */
  onward: SharingReset | null;
  /** Every reset whose signature is good, oldest first. */
  resets: SharingReset[];
}

/** What a device proves with a sharing key: an HMAC over its id and public keys. */
function deviceProofData(projectId: string, device: Pick<Device, 'id' | 'signingKey' | 'exchangeKey'>): Uint8Array {
  return utf8(JSON.stringify(['common-ground/device/v1', projectId, device.id, device.signingKey, device.exchangeKey]));
}

export async function deviceProof(keys: ProjectKeys, device: Pick<Device, 'id' | 'signingKey' | 'exchangeKey'>): Promise<{ key: string; proof: string }> {
  return { key: keys.fingerprint, proof: toBase64Url(await macOf(keys, deviceProofData(keys.projectId, device))) };
}

async function holdsKey(keys: ProjectKeys, device: Device): Promise<boolean> {
  const claim = device.proofs.find((p) => p.key === keys.fingerprint);
  const proof = claim && fromBase64Url(claim.proof);
  return !!proof && (await macMatches(keys, deviceProofData(keys.projectId, device), proof));
}

/** The bytes a reset's signature and proof are made over: every field but those two. */
export function resetData(projectId: string, reset: Omit<SharingReset, 'proof' | 'signature' | 'v'>): Uint8Array {
  return utf8(
    JSON.stringify([
      'common-ground/reset/v1',
      projectId,
      reset.id,
      reset.createdAt,
      reset.byDevice,
      reset.fromKey,
      reset.toKey,
      reset.room,
      reset.wrapKey,
      reset.kept.map((k) => [k.device, k.iv, k.secret]),
      reset.removed,
    ]),
  );
}

async function resetSigned(projectId: string, reset: SharingReset, devices: Map<string, Device>): Promise<boolean> {
  const signer = devices.get(reset.byDevice);
  const signature = fromBase64Url(reset.signature);
  return !!signer && !!signature && (await signatureValid(signer.signingKey, resetData(projectId, reset), signature));
}

/** True when the reset was made by a holder of the secret `keys` were made from (the new key it announces). */
export async function resetProvenBy(keys: ProjectKeys, reset: SharingReset): Promise<boolean> {
  const proof = fromBase64Url(reset.proof);
  return reset.toKey === keys.fingerprint && !!proof && (await macMatches(keys, resetData(keys.projectId, reset), proof));
}

/**
 * `heard`: the resets this device received through its sharing (see device-state.ts). Only
 * those count as a reset away from the key it holds; without the set, any good one does.
 */
export async function readTeam(doc: Y.Doc, projectId: string, keys: ProjectKeys | null, heard?: ReadonlySet<string>): Promise<TeamView> {
  const devices = new Map(readAll(doc, deviceType).map((d) => [d.id, d]));
  const resets: SharingReset[] = [];
  for (const reset of readAll(doc, sharingResetType)) if (await resetSigned(projectId, reset, devices)) resets.push(reset);
  resets.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return keys ? teamHoldingKey(devices, resets, keys, heard) : teamWithoutKey(devices, resets);
}

async function teamHoldingKey(devices: Map<string, Device>, resets: SharingReset[], keys: ProjectKeys, heard?: ReadonlySet<string>): Promise<TeamView> {
  const members = new Set<string>();
  for (const device of devices.values()) if (await holdsKey(keys, device)) members.add(device.id);
  for (const reset of resets) {
    if (!(await resetProvenBy(keys, reset))) continue;
    members.add(reset.byDevice);
    for (const kept of reset.kept) members.add(kept.device);
  }
  const onward = resets.filter((r) => r.fromKey === keys.fingerprint && members.has(r.byDevice) && (!heard || heard.has(r.id))).sort((a, b) => a.toKey.localeCompare(b.toKey))[0] ?? null;
  const team = onward ? new Set([onward.byDevice, ...onward.kept.map((k) => k.device)]) : members;
  const view = new Map<string, TeamDevice>();
  for (const device of devices.values()) {
    if (team.has(device.id)) view.set(device.id, { device, standing: 'current' });
    else {
      const removedBy = onward && members.has(device.id) ? onward : lastRemoval(resets, device.id);
      view.set(device.id, removedBy ? { device, standing: 'removed', removedBy } : { device, standing: 'unconfirmed' });
    }
  }
  return { devices: view, onward, resets };
}

/**
 * Without a key (sharing stopped here, or the project came from a backup) proofs cannot be
 * checked: each device stands as the latest good reset that mentions it left it.
 */
function teamWithoutKey(devices: Map<string, Device>, resets: SharingReset[]): TeamView {
  const view = new Map<string, TeamDevice>();
  for (const device of devices.values()) {
    const claimed = new Set(device.proofs.map((p) => p.key));
    let standing: DeviceStanding = 'current';
    let removedBy: SharingReset | undefined;
    for (const reset of resets) {
      const keptOrJoined = reset.byDevice === device.id || reset.kept.some((k) => k.device === device.id) || claimed.has(reset.toKey);
      if (keptOrJoined) {
        standing = 'current';
        removedBy = undefined;
      } else if (reset.removed.includes(device.id)) {
        standing = 'removed';
        removedBy = reset;
      }
    }
    view.set(device.id, removedBy ? { device, standing, removedBy } : { device, standing });
  }
  return { devices: view, onward: null, resets };
}

function lastRemoval(resets: SharingReset[], deviceId: string): SharingReset | undefined {
  return [...resets].reverse().find((r) => r.removed.includes(deviceId));
}

/** Calls `onChange` whenever the project's devices or resets change in the doc. Returns the way to stop. */
export function observeTeam(doc: Y.Doc, onChange: () => void): () => void {
  const watched = [collectionMap(doc, deviceType.collection), collectionMap(doc, sharingResetType.collection)];
  for (const map of watched) map.observeDeep(onChange);
  return () => {
    for (const map of watched) map.unobserveDeep(onChange);
  };
}
