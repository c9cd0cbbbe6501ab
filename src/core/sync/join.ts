import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { applyMerge, planMerge } from '../backup/merge';
import { checkProjectUpdate, type CheckedProject } from '../backup/restore';
import { readProjectMeta } from '../read/project';
import type { CommonGroundDb } from '../db/database';
import { collectionMap, createProjectDoc } from '../doc/project-doc';
import { deviceType } from '../domain/sharing/device';
import { fail, ok, type Result } from '../result';
import { deriveProjectKeys, type ProjectKeys } from './crypto';
import { projectKey, resetsHeard, saveProjectKey, switchProjectKey } from './device-state';
import { invitedBy, type Invite } from './invite';
import { ProjectSync } from './project-sync';
import { refusalMessage } from './status';
import { readTeam, resetProvenBy } from './team';

export const NOT_ON_SERVER_YET =
  'The project is not on the sync server yet. Ask the person who invited you to open the project on their device while it is connected to the internet, then try again.';
export const SERVER_UNREACHABLE = 'The sync server could not be reached. Check the internet connection, then try again.';
export const NOT_FROM_TEAM = 'This link is not from your project’s team. Nothing was changed.';
export const INVITER_NOT_IN_PROJECT =
  'This link does not match any device of the project it leads to, so nothing was added to this device. Ask the person who sent it for a new link.';

export const LINK_FROM_BEFORE_RESET =
  'This link belongs to sharing that was reset since it was made, so it no longer works. Nothing was changed. Ask a facilitator whose device still syncs for a new link.';

export function madeByRemovedDevice(name: string): string {
  return `This link was made on “${name}”, a device that was left out when sharing was last reset. Nothing was changed. Ask a facilitator whose device still syncs for a new link.`;
}

export interface FetchedProject {
  /** The whole project, decrypted, in memory only. */
  doc: Y.Doc;
  /** The envelope as fetched, to start syncing from without fetching it again. */
  envelopeState: Uint8Array;
  name: string;
}

/**
 * Fetches a shared project from the sync server into memory, without creating anything on
 * the device: the caller stores it only once it is all there and valid. Waits until the
 * project's details have arrived, and then a little longer for the inviting device's record
 * (it travels with the project, or just after it).
 */
export async function fetchSharedProject(websocket: HocuspocusProviderWebsocket, invite: Invite, timeoutMs = 20_000, inviterGraceMs = 3000): Promise<Result<FetchedProject>> {
  const keys = await deriveProjectKeys(invite.projectId, invite.secret);
  const doc = createProjectDoc(invite.projectId);
  const sync = await ProjectSync.start({ doc, keys, websocket, keepAliveMs: 3000, autoCompactAt: 0 });
  let done = false;
  try {
    let until = Date.now() + timeoutMs;
    let wasLive = false;
    let metaSince: number | null = null;
    while (Date.now() < until) {
      const { phase, refusal } = sync.state;
      if (phase === 'refused' || refusal) return fail(refusalMessage(refusal));
      if (phase === 'live') {
        wasLive = true;
        await sync.envelopeSync.whenIdle();
        const meta = readProjectMeta(doc);
        if (meta && metaSince === null) {
          metaSince = Date.now();
          until = Math.min(until, metaSince + inviterGraceMs);
        }
        if (meta && collectionMap(doc, deviceType.collection).has(invite.inviterId)) {
          done = true;
          return ok({ doc, envelopeState: Y.encodeStateAsUpdate(sync.envelope), name: meta.name });
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return fail(metaSince !== null ? INVITER_NOT_IN_PROJECT : wasLive ? NOT_ON_SERVER_YET : SERVER_UNREACHABLE);
  } finally {
    sync.destroy();
    if (!done) doc.destroy();
  }
}

/** What opening an invite would do on this device, decided before any connection is made. */
export type InviteCheck =
  /** The project is not on this device: joining fetches it. */
  | { kind: 'new-project' }
  /** This device already uses this very sharing. */
  | { kind: 'already-here' }
  /**
   * The project is here with another key, and the link comes from its team: a device it
   * lists and holds to be current (named), or a key a reset it has seen announced.
   */
  | { kind: 'from-team'; inviterName: string | null; announced: boolean };

/** A project as it is on this device, for checking a link against. */
export interface LocalCopy {
  doc: Y.Doc;
  /** The sharing key this device holds for it, if any. */
  keys: ProjectKeys | null;
  /** Resets it heard through its sharing (see device-state.ts). */
  heard: ReadonlySet<string>;
}

/**
 * Decides whether a link may be used, from this device's own copy of the project. A device
 * that has the project never takes a new key from a link alone: the link must be signed by a
 * current device of the project (as this device knows it), or carry a key that a reset seen
 * here announced. Anything else is refused, with nothing changed and nothing sent.
 */
export async function checkInvite(local: LocalCopy | null, invite: Invite): Promise<Result<InviteCheck>> {
  if (!local) return ok({ kind: 'new-project' });
  const linkKeys = await deriveProjectKeys(invite.projectId, invite.secret);
  if (local.keys?.fingerprint === linkKeys.fingerprint) return ok({ kind: 'already-here' });
  const team = await readTeam(local.doc, invite.projectId, local.keys, local.heard);
  let announced = false;
  for (const reset of team.resets) {
    if (local.keys && (reset.fromKey !== local.keys.fingerprint || !local.heard.has(reset.id))) continue;
    if (await resetProvenBy(linkKeys, reset)) announced = true;
  }
  // Sharing a reset closed (a link made before it, say) would lead back to where a device left out still reads.
  const closed = team.resets.some((r) => r.fromKey === linkKeys.fingerprint);
  const fromTeam = (inviterName: string | null) => (closed ? fail(LINK_FROM_BEFORE_RESET) : ok({ kind: 'from-team' as const, inviterName, announced }));
  const inviter = team.devices.get(invite.inviterId);
  if (!inviter) return announced ? fromTeam(null) : fail(NOT_FROM_TEAM);
  if (!(await invitedBy(invite, inviter.device.signingKey))) return fail(NOT_FROM_TEAM);
  if (inviter.standing === 'current' || announced) return fromTeam(inviter.device.name);
  if (inviter.standing === 'removed') return fail(madeByRemovedDevice(inviter.device.name));
  return fail(NOT_FROM_TEAM);
}

/** A fetched project that passed every check: the gate's cleaned copy, and who made the link. */
export interface CheckedFetch {
  project: Omit<CheckedProject, 'header' | 'origin'>;
  inviterName: string;
}

/**
 * Checks a project fetched with a link: the device that made the link is a current device of
 * the sharing it leads to, its signature is good (with the same keys this device already
 * knows it by, if any), and the project passes the gate every outside input passes. What
 * may be stored is the gate's cleaned copy, never the raw download.
 */
export async function checkFetched(fetched: FetchedProject, invite: Invite, local: LocalCopy | null): Promise<Result<CheckedFetch>> {
  const linkKeys = await deriveProjectKeys(invite.projectId, invite.secret);
  const team = await readTeam(fetched.doc, invite.projectId, linkKeys);
  // Only a server that kept the closed sharing open (or a device that lost the reset) gets this far.
  if (team.resets.some((r) => r.fromKey === linkKeys.fingerprint)) return fail(LINK_FROM_BEFORE_RESET);
  const inviter = team.devices.get(invite.inviterId);
  if (!inviter || inviter.standing !== 'current' || !(await invitedBy(invite, inviter.device.signingKey))) return fail(INVITER_NOT_IN_PROJECT);
  if (local) {
    const known = (await readTeam(local.doc, invite.projectId, local.keys, local.heard)).devices.get(invite.inviterId);
    if (known && known.device.signingKey !== inviter.device.signingKey) return fail(NOT_FROM_TEAM);
  }
  const checked = checkProjectUpdate(Y.encodeStateAsUpdate(fetched.doc), invite.projectId);
  if (!checked.ok) return fail(`The shared project did not pass this app’s checks, so nothing was changed on this device. The check said: “${checked.message}”`);
  return ok({ project: checked.value, inviterName: inviter.device.name });
}

/** What the join flows need from the device they run on. */
export interface JoinContext {
  db: CommonGroundDb;
  serverUrl: string;
  /** A connection of its own for fetching, closed afterwards. */
  openSocket(url: string): HocuspocusProviderWebsocket;
  /** The project's doc on this device, or null when it is not here. */
  localDoc(projectId: string): Promise<Y.Doc | null>;
  /** Makes the project on this device from a checked update, resolving once it is stored. */
  storeNewProject(projectId: string, update: Uint8Array): Promise<void>;
  /**
   * Stops syncing the project here (until its key changes), so nothing merged from the new
   * sharing is sent to the old one. `resume` undoes it when the move goes no further.
   */
  pauseSync(projectId: string): Promise<{ resume(): void }>;
  /** Resolves once the project's doc on this device has stored everything written to it. */
  whenSaved(projectId: string): Promise<void>;
  /** The fetched envelope, handed over just before the key is stored (so sync need not fetch it again). */
  keepEnvelope?(projectId: string, envelopeState: Uint8Array): void;
}

export type JoinOutcome = {
  kind: 'joined' | 'already-here' | 'moved';
  projectId: string;
  inviterName: string | null;
  /** The new sharing's envelope, fetched already, for the first sync to start from. */
  envelopeState?: Uint8Array;
};

async function localCopy(ctx: JoinContext, projectId: string): Promise<LocalCopy | null> {
  const doc = await ctx.localDoc(projectId);
  if (!doc) return null;
  const row = await projectKey(ctx.db, projectId);
  return { doc, keys: row ? await deriveProjectKeys(projectId, row.secret) : null, heard: await resetsHeard(ctx.db, projectId) };
}

/** Checks a link against this device's copy of the project. No connection is made. */
export async function inspectInvite(ctx: JoinContext, invite: Invite): Promise<Result<InviteCheck>> {
  return checkInvite(await localCopy(ctx, invite.projectId), invite);
}

export const NOT_JOINED_UP =
  'This device’s copy of the project and the shared one could not be joined up: together they would leave a record that cannot be used. Nothing was changed. Ask the person who sent the link to check the project on their device.';
export const CHANGED_MEANWHILE = 'This project arrived on this device in another way while the link was being checked. Nothing was changed. Open the link again to use it.';

/**
 * A project fetched with a link and checked, held in memory (nothing stored yet) until the
 * facilitator, who now sees who made the link, says yes. `discard` lets go of it.
 */
export interface PreparedJoin {
  invite: Invite;
  /** Whether the project was on this device when the link was checked. */
  moving: boolean;
  projectName: string;
  inviterName: string;
  envelopeState: Uint8Array;
  checked: CheckedFetch;
  discard(): void;
}

/**
 * Checks a link, and unless this device already uses it, fetches the sharing it leads to and
 * checks what came. Stores nothing. A link for a project already here is refused before any
 * connection is made unless its team made it.
 */
export async function prepareJoin(ctx: JoinContext, invite: Invite): Promise<Result<PreparedJoin | { kind: 'already-here' }>> {
  const local = await localCopy(ctx, invite.projectId);
  const check = await checkInvite(local, invite);
  if (!check.ok) return check;
  if (check.value.kind === 'already-here') return ok({ kind: 'already-here' });
  const socket = ctx.openSocket(ctx.serverUrl);
  const fetched = await fetchSharedProject(socket, invite).finally(() => socket.destroy());
  if (!fetched.ok) return fetched;
  try {
    const checked = await checkFetched(fetched.value, invite, local);
    if (!checked.ok) return checked;
    const scratch = checked.value.project.scratch;
    return ok({
      invite,
      moving: local !== null,
      projectName: checked.value.project.name,
      inviterName: checked.value.inviterName,
      envelopeState: fetched.value.envelopeState,
      checked: checked.value,
      discard: () => scratch.destroy(),
    });
  } finally {
    fetched.value.doc.destroy();
  }
}

/**
 * Stores a prepared join: a new project, or, for a project already here, the checked copy
 * merged into it (refused if the result would break a record) and then the new key, whose
 * sync carries on from the fetched envelope. The link is checked again against the project
 * as it is here now.
 */
export async function completeJoin(ctx: JoinContext, prepared: PreparedJoin): Promise<Result<JoinOutcome>> {
  const { invite, checked } = prepared;
  const { projectId } = invite;
  const local = await localCopy(ctx, projectId);
  if ((local !== null) !== prepared.moving) return fail(CHANGED_MEANWHILE);
  const again = await checkInvite(local, invite);
  if (!again.ok) return again;
  if (again.value.kind === 'already-here') return ok({ kind: 'already-here', projectId, inviterName: null });
  const row = { projectId, secret: invite.secret, serverUrl: ctx.serverUrl };
  const outcome = { projectId, inviterName: checked.inviterName, envelopeState: prepared.envelopeState };
  if (!local) {
    ctx.keepEnvelope?.(projectId, prepared.envelopeState);
    await ctx.storeNewProject(projectId, checked.project.update);
    await saveProjectKey(ctx.db, row);
    return ok({ kind: 'joined', ...outcome });
  }
  const plan = planMerge(local.doc, checked.project);
  if (!plan.ok) return fail(NOT_JOINED_UP);
  const paused = await ctx.pauseSync(projectId);
  // The team's own changes (an erasure, say) are part of the sharing the facilitator chose to join.
  const merged = applyMerge(local.doc, plan.value, { allowRemovals: true });
  if (!merged.ok) {
    paused.resume();
    return fail(NOT_JOINED_UP);
  }
  await ctx.whenSaved(projectId);
  ctx.keepEnvelope?.(projectId, prepared.envelopeState);
  await switchProjectKey(ctx.db, row);
  return ok({ kind: 'moved', ...outcome });
}

/** Uses a link in one go: `prepareJoin`, then `completeJoin`. */
export async function acceptInvite(ctx: JoinContext, invite: Invite): Promise<Result<JoinOutcome>> {
  const prepared = await prepareJoin(ctx, invite);
  if (!prepared.ok) return prepared;
  if ('kind' in prepared.value) return ok({ kind: 'already-here', projectId: invite.projectId, inviterName: null });
  try {
    return await completeJoin(ctx, prepared.value);
  } finally {
    prepared.value.discard();
  }
}
