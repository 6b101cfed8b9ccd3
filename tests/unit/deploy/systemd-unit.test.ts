import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const UNIT = path.resolve('deploy/alliance.service');
const analyze = ['/usr/bin/systemd-analyze', '/bin/systemd-analyze'].find((file) => fs.existsSync(file));

/** The unit's `Key=value` lines (comments and sections left out), a key repeated as it appears. */
function settings(): [string, string][] {
  return fs
    .readFileSync(UNIT, 'utf8')
    .split('\n')
    .filter((line) => /^[A-Za-z]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
}

describe('deploy/alliance.service', () => {
  it('runs as its own user with a private state directory, hardened, restarting on failure', () => {
    const unit = new Map(settings());
    expect(unit.get('User')).toBe('alliance');
    expect(unit.get('StateDirectory')).toBe('alliance');
    expect(unit.get('StateDirectoryMode')).toBe('0700');
    expect(unit.get('ProtectSystem')).toBe('strict');
    expect(unit.get('NoNewPrivileges')).toBe('yes');
    expect(unit.get('Restart')).toBe('on-failure');
    expect(unit.get('KillSignal')).toBe('SIGTERM');
    expect(
      settings()
        .filter(([key]) => key === 'Environment')
        .map(([, value]) => value),
    ).toEqual(expect.arrayContaining(['TRUST_PROXY=1', 'DATABASE_URL=file:/var/lib/alliance/requests.db']));
  });

  it('gives the server longer to drain on SIGTERM than the server gives a stuck connection', () => {
    const stopSeconds = Number(/^(\d+)s$/.exec(new Map(settings()).get('TimeoutStopSec') ?? '')?.[1]);
    // src/server/main.ts exits after 10 s at the latest once SIGTERM arrives.
    const main = fs.readFileSync(path.resolve('src/server/main.ts'), 'utf8');
    const drainMs = Number(
      /setTimeout\(\(\) => process\.exit\(1\), ([\d_]+)\)/.exec(main)?.[1]?.replace(/_/g, ''),
    );
    expect(drainMs).toBeGreaterThan(0);
    expect(stopSeconds * 1000).toBeGreaterThan(drainMs);
  });

  // CI machines without systemd (containers) have no systemd-analyze; the checks above still run there.
  it.skipIf(!analyze)('passes systemd-analyze verify without a warning', () => {
    // The unit names the checkout as /opt/alliance; verify checks that ExecStart exists, so point it here.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-unit-'));
    try {
      const copy = path.join(dir, 'alliance.service');
      fs.writeFileSync(copy, fs.readFileSync(UNIT, 'utf8').replaceAll('/opt/alliance', process.cwd()));
      const result = spawnSync(analyze ?? '', ['verify', '--man=no', copy], { encoding: 'utf8' });
      expect({ status: result.status, output: (result.stdout + result.stderr).trim() }).toEqual({
        status: 0,
        output: '',
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
