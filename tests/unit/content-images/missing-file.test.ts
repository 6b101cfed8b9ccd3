import os from 'node:os';
import { expect, test } from 'vitest';
import { load } from '../../support/content-fixtures.ts';
import { writeGeneratedExport } from '../../support/generated-export.ts';

test('an export whose image file is missing fails, naming the document, the field and the asset', async () => {
  const generated = await writeGeneratedExport(os.tmpdir(), { missingFile: true });
  try {
    await expect(load('export', 'articles', { exportPath: generated.dir })).rejects.toThrow(
      /article "article-missing": body\[0\]: image asset "image-f{40}-10x10-png": its file f{40}-10x10\.png is missing from the export/,
    );
  } finally {
    generated.remove();
  }
});
