import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Language } from '../../src/i18n/languages.ts';
import { messagesFor } from '../../src/i18n/messages.ts';
import { buildSite } from '../support/build-site.ts';

/** One script a built page loads, with its size as `gzip -9` would send it. */
export interface ShippedScript {
  /** The `src` path, or "inline #n". */
  name: string;
  gzipBytes: number;
}

// Script types that browsers execute; JSON and other data blocks are not JavaScript.
const EXECUTED_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * Every script a built page runs: inline scripts, `<script src>` files and the modules they import statically,
 * each measured as `gzip -9` output (zlib level 9, gzip header and trailer included).
 */
export function shippedScripts(clientDir: string, pagePath: string): ShippedScript[] {
  const html = fs.readFileSync(path.join(clientDir, pagePath, 'index.html'), 'utf8');
  const scripts: ShippedScript[] = [];
  const seen = new Set<string>();
  const addFile = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = fs.readFileSync(path.join(clientDir, url), 'utf8');
    scripts.push({ name: url, gzipBytes: gzip9(code) });
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g)) {
      addFile(path.posix.resolve(path.posix.dirname(url), match[1] ?? ''));
    }
  };
  let inline = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    const type = (/\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1] ?? '').toLowerCase();
    if (!EXECUTED_TYPES.has(type)) continue;
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    if (src) addFile(new URL(src, 'http://site/').pathname);
    else scripts.push({ name: `inline #${++inline}`, gzipBytes: gzip9(match[2] ?? '') });
  }
  return scripts;
}

function gzip9(code: string): number {
  return zlib.gzipSync(code, { level: 9 }).length;
}

/** A fixture build: where it went and what Astro printed. */
export interface FixtureBuild {
  /** The build's folder (`client/`, `server/`), for `startServer({ DIST_DIR })`. */
  distDir: string;
  /** Everything under `.builds/` this build wrote; remove it when done. */
  workDir: string;
}

/**
 * Builds the real site from the content in tests/fixtures/checklist/ (a dataset export and an MDX folder) into
 * its own folder under `.builds/`, from a root of its own (tests/support/build-site.ts), so it never collides with
 * another build running at the same time.
 */
export async function buildChecklistFixture(): Promise<FixtureBuild> {
  const fixtures = path.resolve('tests/fixtures/checklist');
  const result = await buildSite({
    outDir: 'checklist',
    env: { SANITY_EXPORT: path.join(fixtures, 'export'), CONTENT_MDX_DIR: path.join(fixtures, 'mdx') },
  });
  if (result.code !== 0) {
    fs.rmSync(result.dir, { recursive: true, force: true });
    throw new Error(`The checklist fixture site failed to build:\n${result.output}`);
  }
  return { distDir: result.outDir, workDir: result.dir };
}

/** Handles on one rendered checklist, on a page in `lang` (its controls are named in that language). */
export function checklistParts(page: Page, index = 0, lang: Language = 'en') {
  const text = messagesFor(lang).checklist;
  const root = page.locator('fit-checklist').nth(index);
  return {
    root,
    boxes: root.locator('input[data-item]'),
    count: root.locator('[data-count]'),
    status: root.locator('[role="status"]'),
    /** Outcomes (and the "nothing applies" line) a reader can see now. */
    visibleResults: root.locator('li[data-min]:visible, li[data-none]:visible'),
    cta: root.locator('[data-cta]'),
    reset: root.getByRole('button', { name: text.startOver }),
    remember: root.getByLabel(text.remember),
  };
}

/** Ticks exactly the first `count` items and unticks the rest, as a reader would, by clicking. */
export async function tickFirst(boxes: Locator, count: number): Promise<void> {
  const total = await boxes.count();
  for (let index = 0; index < total; index++) {
    await boxes.nth(index).setChecked(index < count);
  }
}

/** The checklist's ids of ticked boxes, read from the page. */
export async function tickedValues(boxes: Locator): Promise<string[]> {
  return boxes.evaluateAll((elements) =>
    (elements as HTMLInputElement[]).filter((box) => box.checked).map((box) => box.value),
  );
}

/** Asserts an element is at least 24 by 24 CSS pixels (WCAG 2.2 target size). */
export async function expectTargetSize(locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  expect(box, 'element is rendered').not.toBeNull();
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(24);
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
}
