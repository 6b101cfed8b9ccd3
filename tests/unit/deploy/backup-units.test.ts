import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const analyze = ['/usr/bin/systemd-analyze', '/bin/systemd-analyze'].find((file) => fs.existsSync(file));
const read = (name: string) => fs.readFileSync(path.resolve('deploy', name), 'utf8');

describe('deploy/alliance-backup.service and .timer', () => {
  it('back up with the db tool as the alliance user into a folder of their own, every night, caught up after downtime', () => {
    const service = read('alliance-backup.service');
    expect(service).toMatch(/^User=alliance$/m);
    expect(service).toMatch(/^ExecStart=.*node scripts\/db\.mjs backup "\/var\/lib\/alliance-backups\//m);
    expect(service).toMatch(/^StateDirectory=alliance alliance-backups$/m);
    expect(service).toMatch(/^UMask=0077$/m);
    expect(service).toMatch(/^ProtectSystem=strict$/m);
    const timer = read('alliance-backup.timer');
    expect(timer).toMatch(/^OnCalendar=\*-\*-\* 03:15:00$/m);
    expect(timer).toMatch(/^Persistent=true$/m);
  });

  it.skipIf(!analyze)('pass systemd-analyze verify without a warning', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-backup-unit-'));
    try {
      const copies = ['alliance-backup.service', 'alliance-backup.timer'].map((name) => {
        const copy = path.join(dir, name);
        fs.writeFileSync(copy, read(name).replaceAll('/opt/alliance', process.cwd()));
        return copy;
      });
      const result = spawnSync(analyze ?? '', ['verify', '--man=no', ...copies], { encoding: 'utf8' });
      expect({ status: result.status, output: (result.stdout + result.stderr).trim() }).toEqual({
        status: 0,
        output: '',
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
