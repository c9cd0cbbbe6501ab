import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { readProjectMeta } from '../commands/project';
import { createProjectDoc } from '../doc/project-doc';
import { fail, ok, type Result } from '../result';
import { deriveProjectKeys } from './crypto';
import type { Invite } from './invite';
import { ProjectSync } from './project-sync';
import { refusalMessage } from './status';

export const NOT_ON_SERVER_YET =
  'The project is not on the sync server yet. Ask the person who invited you to open the project on their device while it is connected to the internet, then try again.';
export const SERVER_UNREACHABLE = 'The sync server could not be reached. Check the internet connection, then try again.';

export interface FetchedProject {
  /** The whole project, decrypted, in memory only. */
  doc: Y.Doc;
  /** The envelope as fetched, to start syncing from without fetching it again. */
  envelopeState: Uint8Array;
  name: string;
}

/**
 * Fetches a shared project from the sync server into memory, without creating anything on
 * the device: the caller stores it only once it is all there and valid.
 */
export async function fetchSharedProject(websocket: HocuspocusProviderWebsocket, invite: Invite, timeoutMs = 20_000): Promise<Result<FetchedProject>> {
  const keys = await deriveProjectKeys(invite.projectId, invite.secret);
  const doc = createProjectDoc(invite.projectId);
  const sync = await ProjectSync.start({ doc, keys, websocket, keepAliveMs: 3000, autoCompactAt: 0 });
  try {
    const until = Date.now() + timeoutMs;
    let wasLive = false;
    while (Date.now() < until) {
      const { phase, refusal } = sync.state;
      if (phase === 'refused' || refusal) return fail(refusalMessage(refusal));
      if (phase === 'live') {
        wasLive = true;
        await sync.envelopeSync.whenIdle();
        const meta = readProjectMeta(doc);
        if (meta) return ok({ doc, envelopeState: Y.encodeStateAsUpdate(sync.envelope), name: meta.name });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return fail(wasLive ? NOT_ON_SERVER_YET : SERVER_UNREACHABLE);
  } finally {
    sync.destroy();
  }
}
