import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from './server-harness';
import { SQLITE } from './server-stores';

/** A small stand-in for `dist/`: what Vite and the service worker plugin write, with the precompressed copies. */
function builtApp(): string {
  const root = mkdtempSync(join(tmpdir(), 'cg-static-'));
  mkdirSync(join(root, 'assets'));
  const files: Record<string, string> = {
    'index.html': `<!doctype html><html><head><title>Common Ground</title></head><body>${'<p>app</p>'.repeat(200)}</body></html>`,
    'sw.js': `self.addEventListener('install', () => {});${' '.repeat(2000)}`,
    'manifest.webmanifest': '{"name":"Common Ground"}',
    'assets/index-B4x9Qz1a.js': `export const app = ${JSON.stringify('x'.repeat(5000))};`,
    'assets/index-Dk2mP0aa.css': `body { color: black; }${' '.repeat(3000)}`,
  };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(root, name), text);
    if (text.length > 1024 && !name.endsWith('.webmanifest')) {
      writeFileSync(join(root, `${name}.br`), brotliCompressSync(text));
      writeFileSync(join(root, `${name}.gz`), gzipSync(text));
    }
  }
  return root;
}

describe('serving the built app', { timeout: 180_000 }, () => {
  let server: ServerProcess;
  let root: string;
  beforeAll(async () => {
    root = builtApp();
    server = await startServerProcess({ ...(await SQLITE.env()), STATIC_DIR: root });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(server.url + path, { headers });

  it('answers unknown paths with 404, not with the app', async () => {
    for (const path of ['/robots.txt', '/assets/index-missing.js', '/projects', '/.env', '/%2e%2e/server/app.ts', '/assets/../../package.json']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<title>Common Ground</title>');
    }
  });

  it('serves the app at / and /index.html, where its own # routes work', async () => {
    for (const path of ['/', '/index.html', '/?from=invite']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('<title>Common Ground</title>');
    }
  });

  it('sends brotli or gzip when the browser takes it, and says it varies by that', async () => {
    const name = 'assets/index-B4x9Qz1a.js';
    const original = readFileSync(join(root, name));
    // fetch undoes the coding itself, so the body read is the file; the length is what was sent.
    const br = await get(`/${name}`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(Number(br.headers.get('content-length'))).toBe(readFileSync(join(root, `${name}.br`)).length);
    expect(Buffer.from(await br.arrayBuffer()).equals(original)).toBe(true);

    const gz = await get(`/${name}`, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(Number(gz.headers.get('content-length'))).toBe(readFileSync(join(root, `${name}.gz`)).length);
    expect(Buffer.from(await gz.arrayBuffer()).equals(original)).toBe(true);

    const refusesBr = await get(`/${name}`, { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(refusesBr.headers.get('content-encoding')).toBe('gzip');
    await refusesBr.arrayBuffer();

    // Someone changes the file after the build: its old compressed copies are not sent.
    const late = 'assets/late-Q1w2e3r4.js';
    writeFileSync(join(root, `${late}.br`), brotliCompressSync('old'));
    await new Promise((r) => setTimeout(r, 20));
    writeFileSync(join(root, late), 'export const fixed = true;'.repeat(100));
    const fresh = await get(`/${late}`, { 'Accept-Encoding': 'br' });
    expect(fresh.headers.get('content-encoding')).toBeNull();
    expect(await fresh.text()).toContain('fixed');

    const plain = await get(`/${name}`, { 'Accept-Encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Number(plain.headers.get('content-length'))).toBe(original.length);
    expect(Buffer.from(await plain.arrayBuffer()).equals(original)).toBe(true);
  });

  it('lets browsers keep hashed files for a year, and makes them check the page and the service worker', async () => {
    const asset = await get('/assets/index-Dk2mP0aa.css');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      const response = await get(path);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      const etag = response.headers.get('etag');
      expect(etag, path).toBeTruthy();
      await response.arrayBuffer();
      const again = await get(path, { 'If-None-Match': etag! });
      expect(again.status, path).toBe(304);
    }
  });

  it('lets the page connect only to its own sync server', async () => {
    const csp = (await get('/')).headers.get('content-security-policy') ?? '';
    const connect = /connect-src ([^;]*)/.exec(csp)?.[1]?.split(' ') ?? [];
    expect(connect).not.toContain('ws:');
    expect(connect).not.toContain('wss:');
    const host = new URL(server.url).host;
    expect(connect).toEqual(expect.arrayContaining(["'self'", `ws://${host}`, `wss://${host}`]));
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(readFileSync('index.html', 'utf8'))?.[1] ?? '';
    const metaConnect = /connect-src ([^;]*)/.exec(meta)?.[1]?.split(' ') ?? [];
    expect(metaConnect).toEqual(["'self'"]);
  });
});
