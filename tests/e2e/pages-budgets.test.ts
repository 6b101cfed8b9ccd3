import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

// Byte budgets on the build in dist/ (the e2e globalSetup builds it). KB = 1,024 bytes of `gzip -9` output.
// READER_DIST points these checks at another build of the same content (handy while dist/ is being rebuilt).
const CLIENT = path.resolve(process.env['READER_DIST'] ?? 'dist', 'client');
const KB = 1024;
const gz = (bytes: Buffer | string) => zlib.gzipSync(bytes, { level: 9 }).length;
const read = (file: string) => fs.readFileSync(path.join(CLIENT, file));

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(CLIENT, dir), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name === 'index.html')
    .map((d) => path.relative(CLIENT, path.join(d.parentPath, d.name)));
}

/** Scripts a page would run: any <script> but JSON-LD data, and module preloads. */
function executableScripts(html: string): string[] {
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  const scripts = tags.filter((tag) => !tag.includes('type="application/ld+json"'));
  const preloads = html.match(/<link\b[^>]*rel="modulepreload"[^>]*>/g) ?? [];
  return [...scripts, ...preloads];
}

/** The stylesheets a page links plus its inline <style> blocks, gzipped together as one file would be. */
function cssOf(html: string): { files: string[]; gzipped: number } {
  const files = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
  const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('\n');
  const text = files.map((f) => read(f.replace(/^\//, '')).toString()).join('\n') + inline;
  return { files, gzipped: gz(text) };
}

let articles: string[] = [];
let articlePages: { file: string; html: string }[] = [];

beforeAll(() => {
  articles = htmlFiles('articles').filter((f) => !f.startsWith('articles/page/'));
  articlePages = articles
    .map((file) => ({ file, html: read(file).toString() }))
    // Redirect stand-ins for former slugs are not article pages.
    .filter(({ html }) => !html.includes('http-equiv="refresh"'));
});

describe('byte budgets (gzip -9)', () => {
  it('articles without the fit checklist ship no JavaScript at all', () => {
    const plain = articlePages.filter(({ html }) => !html.includes('<fit-checklist'));
    expect(plain.length).toBeGreaterThan(5);
    for (const { file, html } of plain) expect(executableScripts(html), file).toEqual([]);
  });

  it('every page type stays within 15 KB of CSS', () => {
    const pages = [
      'index.html',
      'articles/index.html',
      'counselors/index.html',
      'topics/index.html',
      'privacy/index.html',
      '404.html',
      ...articles,
    ];
    const sizes: Record<string, number> = {};
    for (const file of pages) {
      const { gzipped } = cssOf(read(file).toString());
      sizes[file] = gzipped;
      expect(gzipped, `${file}: ${(gzipped / KB).toFixed(1)} KB of CSS`).toBeLessThanOrEqual(15 * KB);
    }
    console.log(`CSS per page (gzip -9, bytes): ${JSON.stringify(sizes)}`);
  });

  it('the flagship article, checklist included, is at most 25 KB of HTML', () => {
    const html = read('articles/what-is-the-therapeutic-alliance/index.html');
    const size = gz(html);
    console.log(`flagship HTML: ${size} bytes gzip -9 (${html.length} raw)`);
    expect(size).toBeLessThanOrEqual(25 * KB);
  });

  it('reports the JavaScript each page type ships (only the checklist island and search)', () => {
    const report: Record<string, number> = {};
    for (const file of [
      'index.html',
      'articles/what-is-the-therapeutic-alliance/index.html',
      'articles/sleep-and-mood/index.html',
      'counselors/maya-lindqvist/index.html',
      'topics/index.html',
    ]) {
      const html = read(file).toString();
      const srcs = [...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => m[1] ?? '');
      const inline = [...html.matchAll(/<script\b(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
        .map((m) => m[1] ?? '')
        .join('');
      report[file] = gz(srcs.map((s) => read(s.replace(/^\//, '')).toString()).join('') + inline) - gz('');
      if (!file.includes('therapeutic-alliance')) expect(report[file], file).toBe(0);
    }
    console.log(`JS per page (gzip -9 bytes beyond an empty file): ${JSON.stringify(report)}`);
  });
});
