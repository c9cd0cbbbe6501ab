import { parentPort, workerData } from 'node:worker_threads';
import { openBackend } from './open-backend';
import type { SyncStore } from './store';

/**
 * The store's own thread. Each call from the server is answered in turn (SQLite) or as its
 * database replies (PostgreSQL), so a large row or a compaction never blocks the server's
 * event loop. Bytes going back are handed over, not copied.
 */

interface Call {
  id: number;
  method: keyof SyncStore;
  args: unknown[];
}

const port = parentPort!;
let store: SyncStore;
try {
  store = await openBackend((workerData as { url: string }).url);
  port.postMessage({ ready: true });
} catch (error) {
  port.postMessage({ ready: false, message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}

/** A fresh copy of the bytes, so its memory can be handed to the server thread. */
function own(bytes: Uint8Array | null): Uint8Array | null {
  return bytes === null ? null : bytes.slice();
}

port.on('message', async ({ id, method, args }: Call) => {
  try {
    let value = await (store[method] as (...a: unknown[]) => Promise<unknown>).apply(store, args);
    const transfer: ArrayBuffer[] = [];
    if (method === 'load') {
      const loaded = value as { state: Uint8Array | null };
      value = { ...loaded, state: own(loaded.state) };
      if ((value as { state: Uint8Array | null }).state) transfer.push((value as { state: Uint8Array }).state.buffer as ArrayBuffer);
    } else if (method === 'rowsFrom' && value) {
      value = own(value as Uint8Array);
      transfer.push((value as Uint8Array).buffer as ArrayBuffer);
    }
    port.postMessage({ id, ok: true, value }, transfer);
    if (method === 'close') process.exit(0);
  } catch (error) {
    port.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
