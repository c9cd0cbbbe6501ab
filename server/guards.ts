import type { IncomingMessage } from 'node:http';
import { isIP, type Socket } from 'node:net';

/**
 * The client's address. Behind `trustedProxies` reverse proxies of your own, each of which
 * appends the address it saw to X-Forwarded-For, the client is the hop the outermost proxy
 * added: counted from the right, since anything further left was written by the client
 * itself and proves nothing.
 */
export function clientAddress(request: IncomingMessage, trustedProxies: number): string {
  const socketAddress = plainAddress(request.socket.remoteAddress ?? 'unknown');
  if (trustedProxies <= 0) return socketAddress;
  const header = request.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((hop) => hop.trim()).filter(Boolean);
  const hop = hops[Math.max(0, hops.length - trustedProxies)];
  return hop && isIP(plainAddress(hop)) ? plainAddress(hop) : socketAddress;
}

function plainAddress(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/**
 * What per-address limits count by: an IPv4 address, or an IPv6 address's /64 network
 * (one household or phone holds a whole /64, and could otherwise take a new address for
 * every connection).
 */
export function addressKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/**
 * Browsers always send Origin on a WebSocket; a page on another site must not be able to
 * talk to the sync server with a visitor's browser. The server's own host is always
 * allowed; others only when listed. Clients that are not browsers send no Origin.
 */
export function originAllowed(request: IncomingMessage, allowedOrigins: readonly string[], trustProxy = 0): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (allowedOrigins.includes(origin)) return true;
  try {
    const forwardedHost = trustProxy > 0 ? request.headers['x-forwarded-host'] : undefined;
    const host = (Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost) ?? request.headers.host;
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** A token bucket per key (an address, a connection): `perMinute` a minute, refilled smoothly. */
export class RateLimit {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private sweeps = 0;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  allow(address: string): boolean {
    if (this.perMinute <= 0) return true;
    const now = this.now();
    const bucket = this.buckets.get(address) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute);
    bucket.at = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(address, bucket);
    if (++this.sweeps % 1000 === 0) this.sweep(now);
    return allowed;
  }

  /** Forgets addresses whose bucket is full again. */
  private sweep(now: number) {
    for (const [address, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 60_000) * this.perMinute >= this.perMinute) this.buckets.delete(address);
    }
  }
}

/**
 * Bytes one address may send: a burst of `burst` (at least one whole message), then
 * `perSecond`. One address then cannot keep the server busy with large messages however many
 * connections it opens, and everyone else's small edits pass in between.
 */
export class ByteBudget {
  private readonly buckets = new Map<string, { bytes: number; at: number }>();
  private takes = 0;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes `bytes` from the address's budget; returns how long to wait before reading more from it (ms). */
  take(key: string, bytes: number): number {
    if (this.perSecond <= 0) return 0;
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { bytes: this.burst, at: now };
    bucket.bytes = Math.min(this.burst, bucket.bytes + ((now - bucket.at) / 1000) * this.perSecond) - bytes;
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (++this.takes % 1000 === 0) this.sweep(now);
    return bucket.bytes >= 0 ? 0 : Math.ceil((-bucket.bytes / this.perSecond) * 1000);
  }

  /** Forgets addresses whose budget is full again. */
  private sweep(now: number) {
    for (const [key, bucket] of this.buckets) {
      if (bucket.bytes + ((now - bucket.at) / 1000) * this.perSecond >= this.burst) this.buckets.delete(key);
    }
  }
}

/** Stops reading from a socket while its address has spent its byte budget. */
export function throttleReading(socket: Socket, key: string, budget: ByteBudget) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  socket.on('data', (chunk: Buffer) => {
    const wait = budget.take(key, chunk.length);
    if (wait === 0) return;
    socket.pause();
    timer ??= setTimeout(() => {
      timer = null;
      if (!socket.destroyed) socket.resume();
    }, wait);
  });
  socket.once('close', () => {
    if (timer) clearTimeout(timer);
  });
}
