import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress, originAllowed, RateLimit } from '../../../server/guards';

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
    const proxied = request({ host: '127.0.0.1:8080', origin: 'https://groups.example.org', 'x-forwarded-host': 'groups.example.org', 'x-forwarded-for': '203.0.113.9' }, '127.0.0.1');
    expect(originAllowed(proxied, [], 1)).toBe(true);
    expect(originAllowed(proxied, [], 0)).toBe(false);
    expect(clientAddress(proxied, 1)).toBe('203.0.113.9');
    expect(clientAddress(proxied, 0)).toBe('127.0.0.1');
  });

  it('takes the hop the proxy added, not the ones the client wrote before it', () => {
    // nginx's $proxy_add_x_forwarded_for: whatever the client sent, then the address nginx saw.
    const forged = request({ 'x-forwarded-for': '198.51.100.1, 198.51.100.2, 203.0.113.9' }, '127.0.0.1');
    expect(clientAddress(forged, 1)).toBe('203.0.113.9');
    // Two proxies of your own (a CDN, then nginx): the CDN added the client, nginx added the CDN.
    const twice = request({ 'x-forwarded-for': '198.51.100.1, 203.0.113.9, 192.0.2.44' }, '127.0.0.1');
    expect(clientAddress(twice, 2)).toBe('203.0.113.9');
    expect(clientAddress(request({ 'x-forwarded-for': 'not an address' }, '127.0.0.1'), 1)).toBe('127.0.0.1');
    expect(clientAddress(request({}, '::ffff:192.0.2.7'), 0)).toBe('192.0.2.7');
  });

  it('counts an IPv6 client by its /64, since it can pick any address in it', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002::9')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
  });

  it('allows a burst per key, then refills over the minute', () => {
    let now = 0;
    const limit = new RateLimit(3, () => now);
    expect([limit.allow('a'), limit.allow('a'), limit.allow('a'), limit.allow('a')]).toEqual([true, true, true, false]);
    expect(limit.allow('b')).toBe(true);
    now += 20_000;
    expect(limit.allow('a')).toBe(true);
    expect(limit.allow('a')).toBe(false);
  });
});
