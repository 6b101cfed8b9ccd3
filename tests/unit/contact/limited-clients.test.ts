import { describe, expect, it } from 'vitest';
import { LimitedClients } from '../../../src/server/contact/limited-clients.ts';

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1) + seconds * 1000);

describe('clients remembered over the contact rate limit', () => {
  it('refuses a remembered client until the moment the store gave, with the seconds left', () => {
    const limited = new LimitedClients();
    expect(limited.retryAfter('203.0.113.7', at(0).getTime())).toBeUndefined();
    limited.remember('203.0.113.7', at(600), at(0));
    expect(limited.retryAfter('203.0.113.7', at(0).getTime())).toBe(600);
    expect(limited.retryAfter('203.0.113.7', at(599.2).getTime())).toBe(1);
    expect(limited.retryAfter('198.51.100.2', at(1).getTime())).toBeUndefined();
    // From that moment on the store is asked again.
    expect(limited.retryAfter('203.0.113.7', at(600).getTime())).toBeUndefined();
    expect(limited.retryAfter('203.0.113.7', at(1).getTime())).toBeUndefined();
  });

  it('never remembers a limit past the day the store keeps its counts', () => {
    const limited = new LimitedClients();
    limited.remember('203.0.113.7', at(7 * 86_400), at(0));
    expect(limited.retryAfter('203.0.113.7', at(86_399).getTime())).toBe(1);
    expect(limited.retryAfter('203.0.113.7', at(86_400).getTime())).toBeUndefined();
  });
});
