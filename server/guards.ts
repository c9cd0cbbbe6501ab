import type { IncomingMessage } from 'node:http';

/** The client's address: the socket's, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return request.socket.remoteAddress ?? 'unknown';
}

/**
 * Browsers always send Origin on a WebSocket; a page on another site must not be able to
 * talk to the sync server with a visitor's browser. The server's own host is always
 * allowed; others only when listed. Clients that are not browsers send no Origin.
 */
export function originAllowed(request: IncomingMessage, allowedOrigins: readonly string[], trustProxy = false): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (allowedOrigins.includes(origin)) return true;
  try {
    const forwardedHost = trustProxy ? request.headers['x-forwarded-host'] : undefined;
    const host = (Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost) ?? request.headers.host;
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** A token bucket per address: `perMinute` new connections a minute, refilled smoothly. */
export class ConnectionRateLimit {
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
