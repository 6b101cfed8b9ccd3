import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { aspectBox, cropBox, hotspotInBox, materializeImage } from '../../../src/lib/sanity/images.ts';
import { basicExport, load, must } from '../../support/content-fixtures.ts';

const file = path.join(basicExport, 'images/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567-80x60.png');
const asset = {
  _id: 'image-0a1b2c3d4e5f60718293a4b5c6d7e8f901234567-80x60-png',
  url: pathToFileURL(file).href,
  extension: 'png',
  width: 80,
  height: 60,
};

describe('the editor’s crop is honoured', () => {
  test('crop fractions become the pixel rectangle kept', () => {
    expect(cropBox(80, 60, { top: 0.1, bottom: 0.1, left: 0.25, right: 0 })).toEqual({
      left: 20,
      top: 6,
      width: 60,
      height: 48,
    });
    expect(cropBox(80, 60, undefined)).toEqual({ left: 0, top: 0, width: 80, height: 60 });
  });

  test('the stored file is the cropped image, with its size', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'alliance-img-'));
    const image = await materializeImage(
      { asset, alt: 'A', crop: { top: 0.1, bottom: 0.1, left: 0.25, right: 0 } },
      dir,
    );
    expect([image.width, image.height]).toEqual([60, 48]);
    const meta = await sharp(image.src).metadata();
    expect([meta.width, meta.height]).toEqual([60, 48]);
    expect(path.dirname(image.src)).toBe(dir);
  });
});

describe('the hotspot stays in frame when an image is cut to an aspect ratio', () => {
  test('a hotspot near the right edge keeps the right side of a wide image', () => {
    // 160×90 image cut to a square: 90×90, centred on the hotspot but inside the image.
    expect(aspectBox(160, 90, 1, { x: 0.9, y: 0.5 })).toEqual({ left: 70, top: 0, width: 90, height: 90 });
    expect(aspectBox(160, 90, 1, { x: 0.5, y: 0.5 })).toEqual({ left: 35, top: 0, width: 90, height: 90 });
    expect(aspectBox(160, 90, 1, { x: 0.05, y: 0.5 })).toEqual({ left: 0, top: 0, width: 90, height: 90 });
  });

  test('a tall image cut to 16:9 keeps the hotspot’s band', () => {
    const box = aspectBox(90, 160, 16 / 9, { x: 0.5, y: 0.2 });
    expect(box.width).toBe(90);
    expect(box.height).toBe(51);
    const hotspotY = 0.2 * 160;
    expect(hotspotY).toBeGreaterThanOrEqual(box.top);
    expect(hotspotY).toBeLessThanOrEqual(box.top + box.height);
  });

  test('the hotspot is re-expressed inside the crop', () => {
    const crop = { left: 20, top: 6, width: 60, height: 48 };
    expect(hotspotInBox(80, 60, crop, { x: 0.8, y: 0.5 })).toEqual({ x: 0.7333, y: 0.5 });
  });

  test('the fixture counselor photo: cropped, then a square around the hotspot', async () => {
    const { entries } = await load('export', 'counselors');
    const photo = must(entries.find((e) => e.id === 'ana-reyes')).data['photo'] as {
      width: number;
      height: number;
      alt: string;
      hotspot: { x: number };
      variants: { square: { src: string; width: number; height: number } };
    };
    expect([photo.width, photo.height, photo.alt]).toEqual([60, 48, 'Ana smiling']);
    expect(photo.variants.square).toMatchObject({ width: 48, height: 48 });
    // Hotspot at 0.7333 of 60 px = 44 px; a 48 px square centred there is pushed back inside: left 12.
    expect(photo.variants.square.src).toMatch(/-c20_6_60_48-a12_0_48_48\.png$/);
  });
});
