import type { Box } from './images.ts';

// SVG images stay SVG: the site serves the drawing itself (sharp would rasterize it, and under an `.svg` name
// Astro then rejects the file). A crop or aspect cut is a new SVG that shows a window of the original through its
// `viewBox`, so it stays sharp at every size.

/** The document's root `<svg>` element and everything after it (XML prolog, doctype and comments dropped). */
export function rootSvgElement(text: string): string | undefined {
  const withoutComments = text.replace(/<!--[\s\S]*?-->/g, '');
  const start = withoutComments.search(/<svg[\s>]/i);
  if (start === -1) return undefined;
  const end = withoutComments.toLowerCase().lastIndexOf('</svg>');
  return end > start ? withoutComments.slice(start, end + '</svg>'.length) : undefined;
}

/**
 * Removes what could run or reach another site when the file is opened on its own: `<script>` and
 * `<foreignObject>` elements, `on…` event attributes, and `href`s that are not fragments or inline images. Pages
 * show the file through `<img>`, where none of these runs anyway; this is for a visitor who opens its address.
 */
export function sanitizeSvg(svg: string): string {
  return svg
    .replace(/<script\b[\s\S]*?(?:<\/script\s*>|\/>)/gi, '')
    .replace(/<foreignObject\b[\s\S]*?(?:<\/foreignObject\s*>|\/>)/gi, '')
    .replace(/\son[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/\s(?:xlink:)?href\s*=\s*("[^"]*"|'[^']*')/gi, (attribute, quoted: string) => {
      const value = quoted.slice(1, -1).trim();
      return value.startsWith('#') || /^data:image\/(?:png|jpeg|gif|webp);/i.test(value) ? attribute : '';
    })
    .replace(/@import[^;>]*;?/gi, '')
    .replace(/url\(([^)]*)\)/gi, (reference, target: string) =>
      target
        .trim()
        .replace(/^['"]|['"]$/g, '')
        .startsWith('#')
        ? reference
        : 'none',
    );
}

const SIZE_ATTRIBUTE = /\s(?:width|height|x|y)\s*=\s*(?:"[^"]*"|'[^']*')/gi;

/**
 * An SVG that shows the `box` (in the original's pixels) of an SVG drawn at `width` × `height`: the original,
 * pinned to that size, nested in an outer `<svg>` whose `viewBox` is the box.
 */
export function svgWindow(svg: string, width: number, height: number, box: Box): string {
  const inner = svg.replace(/^<svg\b([^>]*)>/i, (_tag, attributes: string) => {
    const rest = attributes.replace(SIZE_ATTRIBUTE, '');
    // Without a viewBox the drawing's units are pixels: say so, so pinning its size does not rescale it.
    const viewBox = /\sviewBox\s*=/i.test(rest) ? '' : ` viewBox="0 0 ${width} ${height}"`;
    return `<svg${rest} x="0" y="0" width="${width}" height="${height}"${viewBox}>`;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${box.width}" height="${box.height}" ` +
    `viewBox="${box.left} ${box.top} ${box.width} ${box.height}">${inner}</svg>`
  );
}
