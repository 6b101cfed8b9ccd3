import { describe, expect, it } from 'vitest';
import { createLogger, type RequestLogEntry } from '../../../src/server/log.ts';
import { createRequestLog } from '../../../src/server/request-log.ts';

const entry = (status: number, id: string, path = '/api/contact'): RequestLogEntry => ({
  id,
  method: 'POST',
  path,
  status,
  ms: 1.5,
});

function logged(format: 'text' | 'json' = 'text') {
  const lines: string[] = [];
  const log = createRequestLog(
    createLogger((line) => lines.push(line), undefined, format),
    10,
  );
  return { lines, log };
}

describe('the request log under a flood of refusals', () => {
  it('writes the first refusal of a kind from a client, then one line counting the rest of the interval', () => {
    const { lines, log } = logged();
    for (let i = 0; i < 500; i += 1) log.write(entry(429, `id-${i}`), () => '203.0.113.7');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ POST \/api\/contact 429 1\.5ms id=id-0$/);
    log.stop();
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/ POST \/api\/contact 429 repeated=499 in=10s first=id-0$/);
  });

  it('counts each client, status and path apart, and starts again after each interval', () => {
    const { lines, log } = logged();
    log.write(entry(429, 'a1'), () => '203.0.113.7');
    log.write(entry(429, 'b1'), () => '198.51.100.2');
    log.write(entry(403, 'a2'), () => '203.0.113.7');
    log.write(entry(405, 'a3', '/'), () => '203.0.113.7');
    log.write(entry(429, 'a4'), () => '203.0.113.7');
    expect(lines.map((line) => line.split(' id=')[1])).toEqual(['a1', 'b1', 'a2', 'a3']);
    log.flush();
    expect(lines[4]).toMatch(/429 repeated=1 in=10s first=a1$/);
    // A new interval: its first refusal is written again.
    log.write(entry(429, 'a5'), () => '203.0.113.7');
    expect(lines[5]).toMatch(/ id=a5$/);
    log.stop();
    expect(lines).toHaveLength(6);
  });

  it('writes every other request, and never the address', () => {
    const { lines, log } = logged();
    for (const status of [201, 303, 400, 404, 200, 503]) {
      log.write(entry(status, `s${status}`), () => '203.0.113.7');
      log.write(entry(status, `t${status}`), () => '203.0.113.7');
    }
    log.stop();
    expect(lines).toHaveLength(12);
    expect(lines.join('\n')).not.toContain('203.0.113.7');
  });

  it('gives the count as its own JSON fields with LOG_FORMAT=json', () => {
    const { lines, log } = logged('json');
    for (let i = 0; i < 3; i += 1) log.write(entry(413, `j${i}`), () => '203.0.113.7');
    log.stop();
    const summary = JSON.parse(lines[1] ?? '') as Record<string, unknown>;
    expect(Object.keys(summary)).toEqual([
      'time',
      'level',
      'method',
      'path',
      'status',
      'repeated',
      'seconds',
      'firstId',
    ]);
    expect(summary).toMatchObject({ level: 'info', status: 413, repeated: 2, seconds: 10, firstId: 'j0' });
  });

  it('with an interval of 0, writes every refusal', () => {
    const lines: string[] = [];
    const log = createRequestLog(
      createLogger((line) => lines.push(line), undefined, 'text'),
      0,
    );
    for (let i = 0; i < 5; i += 1) log.write(entry(429, `z${i}`), () => '203.0.113.7');
    log.stop();
    expect(lines).toHaveLength(5);
  });
});
