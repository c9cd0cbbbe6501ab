import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, ConnectionRateLimit, originAllowed } from '../../../server/guards';

const request = (headers: Record<string, string>, remoteAddress = '10.0.0.5') => ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe('the sync server’s gatekeeping', () => {
  it('lets the app’s own pages and listed origins in, and no other site', () => {
    expect(originAllowed(request({ host: 'groups.example.org', origin: 'https://groups.example.org' }), [])).toBe(true);
    expect(originAllowed(request({ host: 'groups.example.org', origin: 'https://evil.example' }), [])).toBe(false);
    expect(originAllowed(request({ host: 'sync.example.org', origin: 'https://app.example.org' }), ['https://app.example.org'])).toBe(true);
    expect(originAllowed(request({ host: 'groups.example.org', origin: 'not a url' }), [])).toBe(false);
    expect(originAllowed(request({ host: 'groups.example.org' }), [])).toBe(true); // not a browser
  });

  it('believes forwarded headers only behind a trusted proxy', () => {
    const proxied = request({ host: '127.0.0.1:8080', origin: 'https://groups.example.org', 'x-forwarded-host': 'groups.example.org', 'x-forwarded-for': '203.0.113.9, 10.0.0.1' }, '127.0.0.1');
    expect(originAllowed(proxied, [], true)).toBe(true);
    expect(originAllowed(proxied, [], false)).toBe(false);
    expect(clientAddress(proxied, true)).toBe('203.0.113.9');
    expect(clientAddress(proxied, false)).toBe('127.0.0.1');
  });

  it('allows a burst of connections per address, then refills over the minute', () => {
    let now = 0;
    const limit = new ConnectionRateLimit(3, () => now);
    expect([limit.allow('a'), limit.allow('a'), limit.allow('a'), limit.allow('a')]).toEqual([true, true, true, false]);
    expect(limit.allow('b')).toBe(true);
    now += 20_000;
    expect(limit.allow('a')).toBe(true);
    expect(limit.allow('a')).toBe(false);
  });
});
