import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../../src/server/client-address.ts';
import { loadConfig } from '../../../src/server/server-config.ts';
import { pathOnly } from '../../../src/server/log.ts';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage;

describe('what the server logs of a request', () => {
  it('keeps the path and drops the query string and fragment', () => {
    expect(pathOnly('/contact/?name=Jo&email=jo@example.org')).toBe('/contact/');
    expect(pathOnly('/articles/grief/#coping')).toBe('/articles/grief/');
    expect(pathOnly(undefined)).toBe('/');
  });

  it('cannot be made to forge a log line', () => {
    expect(pathOnly('/a\r\nGET /forged 200')).toBe('/a??GET /forged 200');
  });
});

describe('which address counts as the client', () => {
  it('is the socket address when no proxy is trusted, whatever the header says', () => {
    expect(clientAddress(request('10.0.0.9', '203.0.113.7'), 0)).toBe('10.0.0.9');
  });

  it('is the Nth address from the right with N trusted proxies', () => {
    const req = request('10.0.0.9', 'spoofed, 203.0.113.7, 10.0.0.2');
    expect(clientAddress(req, 1)).toBe('10.0.0.2');
    expect(clientAddress(req, 2)).toBe('203.0.113.7');
  });

  it('falls back to the socket when the header is shorter than the proxy chain', () => {
    expect(clientAddress(request('10.0.0.9', '203.0.113.7'), 3)).toBe('10.0.0.9');
    expect(clientAddress(request('10.0.0.9'), 1)).toBe('10.0.0.9');
  });
});

describe('server settings', () => {
  it('defaults to the values docs/operations.md lists', () => {
    const config = loadConfig({}, '/srv/site');
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 4321,
      trustProxy: 0,
      databaseUrl: 'file:.data/requests.db',
      logRefusalSeconds: 10,
    });
    expect(config.distDir).toBe('/srv/site/dist');
  });

  it('refuses a port or proxy count that is not a whole number, saying which', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ TRUST_PROXY: '-1' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ LOG_REFUSAL_SECONDS: 'often' })).toThrow(/LOG_REFUSAL_SECONDS/);
    expect(loadConfig({ LOG_REFUSAL_SECONDS: '0' }).logRefusalSeconds).toBe(0);
  });
});
