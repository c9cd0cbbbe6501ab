import { Worker } from 'node:worker_threads';
import type { StoreUrl } from './open-backend';
import type { AppendLimits, NewRow, SyncStore } from './store';

type Pending = { resolve(value: unknown): void; reject(error: Error): void };

/**
 * Updates at least this large are handed to the store's thread rather than copied (the
 * server thread no longer needs them: Hocuspocus has sent them on, and the relay passes
 * anything over 256 KiB by reference).
 */
const HAND_OVER_BYTES = 1024 * 1024;

/**
 * The store, run in a worker thread of its own. Calls go over a message port; a worker that
 * dies rejects every call, answers "not healthy", and tells `onFailure`.
 */
export class WorkerStore implements SyncStore {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private failure: Error | null = null;
  private failureListeners: Array<(error: Error) => void> = [];

  private constructor(
    readonly kind: SyncStore['kind'],
    private readonly worker: Worker,
  ) {
    worker.on('message', (message: { id: number; ok: boolean; value?: unknown; message?: string }) => {
      const call = this.pending.get(message.id);
      if (!call) return;
      this.pending.delete(message.id);
      if (message.ok) call.resolve(message.value);
      else call.reject(new Error(message.message));
    });
    const fail = (error: Error) => {
      if (this.failure) return;
      this.failure = error;
      for (const call of this.pending.values()) call.reject(error);
      this.pending.clear();
      for (const listener of this.failureListeners) listener(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the store's thread stopped (exit code ${code})`)));
  }

  static async open(url: StoreUrl): Promise<WorkerStore> {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { url }, execArgv: withTypeScript(process.execArgv) });
    const ready = await new Promise<{ ready: boolean; message?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the store's thread stopped while opening (exit code ${code})`)));
    });
    if (!ready.ready) throw new Error(ready.message);
    return new WorkerStore(/^postgres/.test(url) ? 'postgres' : 'sqlite', worker);
  }

  onFailure(listener: (error: Error) => void) {
    this.failureListeners.push(listener);
  }

  private call<T>(method: keyof SyncStore, args: unknown[], transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, method, args }, transfer);
    });
  }

  claim = (...args: Parameters<SyncStore['claim']>) => this.call<Awaited<ReturnType<SyncStore['claim']>>>('claim', args);
  load = (room: string) => this.call<Awaited<ReturnType<SyncStore['load']>>>('load', [room]);
  rowsFrom = (...args: Parameters<SyncStore['rowsFrom']>) => this.call<Uint8Array | null>('rowsFrom', args);
  compact = (room: string) => this.call<Awaited<ReturnType<SyncStore['compact']>>>('compact', [room]);
  retire = (room: string) => this.call<void>('retire', [room]);
  usage = (room: string) => this.call<Awaited<ReturnType<SyncStore['usage']>>>('usage', [room]);
  totalBytes = () => this.call<number>('totalBytes', []);
  roomNames = () => this.call<string[]>('roomNames', []);
  dump = (room: string) => this.call<Awaited<ReturnType<SyncStore['dump']>>>('dump', [room]);
  import = (...args: Parameters<SyncStore['import']>) => this.call<Awaited<ReturnType<SyncStore['import']>>>('import', args);

  /** Large updates that own their memory are handed over (their bytes are then gone from this thread). */
  append = (room: string, rows: NewRow[], limits: AppendLimits) => {
    const transfer = rows.map((r) => r.update).filter((u) => u.byteLength >= HAND_OVER_BYTES && u.byteOffset === 0 && u.byteLength === u.buffer.byteLength).map((u) => u.buffer as ArrayBuffer);
    return this.call<Awaited<ReturnType<SyncStore['append']>>>('append', [room, rows, limits], transfer);
  };

  async healthy(): Promise<boolean> {
    if (this.failure) return false;
    return this.call<boolean>('healthy', []).catch(() => false);
  }

  async close(): Promise<void> {
    if (this.failure) return;
    this.failureListeners = [];
    const exited = new Promise((resolve) => this.worker.once('exit', resolve));
    await this.call('close', []).catch(() => undefined);
    await exited;
  }
}

/**
 * The worker runs TypeScript like the server does: through tsx, which the server process
 * was started with (`node --import tsx`), or which is added here when it was not (vitest).
 */
function withTypeScript(execArgv: string[]): string[] {
  const flags = execArgv.filter((arg) => !arg.startsWith('--inspect'));
  if (flags.some((arg, i) => /tsx/.test(arg) && (flags[i - 1] === '--import' || arg.startsWith('--import=')))) return flags;
  return [...flags, '--import', 'tsx']; // found from the working directory: the project's own
}
