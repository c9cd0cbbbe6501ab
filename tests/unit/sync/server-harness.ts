import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { deriveProjectKeys, type ProjectKeys } from '../../../src/core/sync/crypto';
import { ProjectSync, type ProjectSyncOptions } from '../../../src/core/sync/project-sync';
import { SYNC_PATH } from '../../../src/core/sync/protocol';

/** A free TCP port on loopback (so a restarted server can come back on the same one). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  pid: number;
  port: number;
  url: string;
  wsUrl: string;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

/** Runs `node --import tsx server/main.ts` as users do, on 127.0.0.1. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--no-warnings', '--import', 'tsx', 'server/main.ts'], {
    cwd: process.cwd(),
    env: { ...process.env, HOST: '127.0.0.1', STATIC_DIR: '', QUIET: '0', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const w of waiters) w();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const waitForOutput = (pattern: RegExp, timeoutMs = 20_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (pattern.test(output)) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`server did not print ${pattern} within ${timeoutMs} ms; it printed:\n${output}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  try {
    await Promise.race([waitForOutput(/is running at/, 90_000), exited.then(() => Promise.reject(new Error(`server exited:\n${output}`)))]);
  } catch (error) {
    child.kill('SIGKILL'); // a server that did not come up is not left running
    throw error;
  }
  return {
    pid: child.pid!,
    port,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}${SYNC_PATH}`,
    output: () => output,
    waitForOutput,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}

export interface Frame {
  sent: boolean;
  data: Uint8Array;
}

function bytesOf(data: unknown): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data as Buffer[]));
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
  return new Uint8Array(Buffer.from(String(data)));
}

/** A WebSocket that keeps a copy of every frame sent and received. */
export function capturingWebSocket(frames: Frame[]) {
  return class CapturingWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols);
      this.on('error', () => undefined); // a socket closed while connecting; the provider retries
      this.on('message', (data: unknown) => frames.push({ sent: false, data: bytesOf(data) }));
    }
    override send(data: any, ...rest: any[]) {
      frames.push({ sent: true, data: bytesOf(data) });
      return (super.send as (...a: unknown[]) => void)(data, ...rest);
    }
  };
}

export interface NodeDevice {
  doc: Y.Doc;
  keys: ProjectKeys;
  sync: ProjectSync;
  websocket: HocuspocusProviderWebsocket;
  frames: Frame[];
  destroy(): void;
}

/** A facilitator's device, in Node: a project doc kept in step through the real server. */
export async function nodeDevice(wsUrl: string, projectId: string, secret: string, doc = createProjectDoc(projectId), options: Partial<ProjectSyncOptions> = {}): Promise<NodeDevice> {
  const frames: Frame[] = [];
  const keys = await deriveProjectKeys(projectId, secret);
  const websocket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: capturingWebSocket(frames), delay: 200, minDelay: 100, maxDelay: 1000 });
  const sync = await ProjectSync.start({ doc, keys, websocket, keepAliveMs: 1000, ...options });
  return {
    doc,
    keys,
    sync,
    websocket,
    frames,
    destroy() {
      sync.destroy();
      websocket.destroy();
    },
  };
}

export function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(Buffer.from(needle)) >= 0;
}

export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 15_000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}
