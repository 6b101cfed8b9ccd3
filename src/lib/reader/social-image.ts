import { getImage } from 'astro:assets';
import type { ContentImage } from '../sanity/schemas.ts';

/** A link-preview image: the editor's crop at `aspect`, at most `maxWidth` wide, as a JPEG every service reads. */
export async function socialImage(
  image: ContentImage,
  aspect: 'wide' | 'square',
  maxWidth: number,
): Promise<{ src: string; alt: string }> {
  const file = image.variants[aspect];
  const width = Math.min(maxWidth, file.width);
  const height = Math.round((width * file.height) / file.width);
  // An SVG's cut comes with a PNG copy (src/lib/sanity/images.ts): link previews take no SVG.
  // JPEG has no transparency: a PNG with transparent parts gets a white page behind it, as its SVG copies do (sharp
  // would otherwise fill them black).
  const result = await getImage({
    src: file.raster ?? file.src,
    width,
    height,
    format: 'jpg',
    background: '#ffffff',
  });
  return { src: result.src, alt: image.alt };
}
