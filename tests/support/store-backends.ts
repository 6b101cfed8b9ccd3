import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from './postgres.ts';

/** One kind of database the server's store runs on, for a `describe.each` over both. */
export interface StoreBackend {
  name: 'SQLite' | 'PostgreSQL';
  /** A fresh, empty database of this kind, and how to remove it. */
  open: () => Promise<TestDatabase>;
}

/** SQLite in a temporary folder of its own (named after `label`) and a fresh PostgreSQL database. */
export function storeBackends(label: string): StoreBackend[] {
  return [
    {
      name: 'SQLite',
      open: () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), `alliance-${label}-`));
        return Promise.resolve({
          url: `file:${path.join(dir, 'requests.db')}`,
          cleanup: () => {
            fs.rmSync(dir, { recursive: true, force: true });
            return Promise.resolve();
          },
        });
      },
    },
    { name: 'PostgreSQL', open: createTestDatabase },
  ];
}
