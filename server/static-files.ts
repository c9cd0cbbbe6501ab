import { createReadStream, statSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { COMPRESSIBLE } from './precompress';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Files a browser must check with the server each time (a new version must reach it). */
const REVALIDATED = new Set(['index.html', 'sw.js', 'manifest.webmanifest', 'registerSW.js']);

const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The strictest policy the app works under: nothing loads from anywhere but here, and the
 * page may open a WebSocket only to its own host (where the sync server is, at /sync).
 * `host` is the Host the page was asked for; anything that is not a plain host name is left out.
 */
export function contentSecurityPolicy(host: string | null): string {
  const sync = host && HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${sync}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function securityHeaders(host: string | null) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(host),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(self), microphone=(), geolocation=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Which of brotli and gzip the browser takes (a coding with q=0 is refused). */
function acceptedEncodings(header: string | string[] | undefined): Set<string> {
  const accepted = new Set<string>();
  let wildcard = false;
  const refused = new Set<string>();
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const ok = q === undefined || Number(q.slice(2)) > 0;
    if (name === '*') wildcard = ok;
    else if (ok) accepted.add(name);
    else refused.add(name);
  }
  if (wildcard) for (const name of ['br', 'gzip']) if (!refused.has(name)) accepted.add(name);
  return accepted;
}

function notFound(response: ServerResponse, host: string | null, text = 'Not found.') {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...securityHeaders(host) });
  response.end(text);
}

function fileStat(file: string): Stats | null {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
}

/**
 * Serves the built app: precompressed copies (made at build time) to browsers that take
 * them, hashed assets cached for a year, the page and the service worker checked each time,
 * and 404 for anything that is not a file of the app (the app routes by #hash, so its own
 * routes all load `/`).
 */
export function serveStatic(root: string, request: IncomingMessage, response: ServerResponse, host: string | null): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders(host) });
    response.end('Only GET and HEAD.');
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    return notFound(response, host);
  }
  if (path.endsWith('/')) path += 'index.html';
  // No hidden files, no precompressed copies asked for by name, nothing outside the folder.
  if (path.split('/').some((segment) => segment.startsWith('.')) || /\.(br|gz)$/.test(path)) return notFound(response, host);
  const file = normalize(join(root, path));
  if (!file.startsWith(root + sep)) return notFound(response, host);
  const stat = fileStat(file);
  if (!stat) return notFound(response, host, path === '/index.html' ? 'The app has not been built. Run the start command in the README.' : 'Not found.');

  const extension = extname(file);
  const compressible = COMPRESSIBLE.has(extension);
  const accepted = compressible ? acceptedEncodings(request.headers['accept-encoding']) : new Set<string>();
  let body = { file, stat, encoding: null as string | null };
  for (const [encoding, suffix] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ] as const) {
    if (!accepted.has(encoding)) continue;
    const compressed = fileStat(file + suffix);
    // A copy older than its file is stale (the file was changed after the build): not sent.
    if (compressed && compressed.mtimeMs >= stat.mtimeMs) {
      body = { file: file + suffix, stat: compressed, encoding };
      break;
    }
  }

  const name = file.slice(root.length + 1).split(sep).join('/');
  const cacheControl = name.startsWith('assets/') ? 'public, max-age=31536000, immutable' : REVALIDATED.has(name) ? 'no-cache' : 'public, max-age=3600';
  const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}${body.encoding ? `-${body.encoding}` : ''}"`;
  const headers: Record<string, string | number> = {
    'Content-Type': TYPES[extension] ?? 'application/octet-stream',
    'Cache-Control': cacheControl,
    ETag: etag,
    ...securityHeaders(host),
  };
  if (compressible) headers.Vary = 'Accept-Encoding';
  if (body.encoding) headers['Content-Encoding'] = body.encoding;

  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  response.writeHead(200, { ...headers, 'Content-Length': body.stat.size });
  if (request.method === 'HEAD') return void response.end();
  createReadStream(body.file).pipe(response);
}
