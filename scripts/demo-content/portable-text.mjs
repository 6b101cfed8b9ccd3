// Turns the small text format the demo articles are written in into Portable Text, with stable _keys.
//
//   ## Heading / ### Subheading          paragraphs separated by blank lines
//   - bullet / 1. numbered               **bold**, *italic*, [link text](href)
//   :::tip (or info, warning, crisis)    ...callout text...   :::
//   ::checklist <fitChecklist _id>       ::cta Heading | Body text
//   ::image <image name> | alt text | caption
import { createHash } from 'node:crypto';

/** A deterministic _key derived from where a node sits. */
export function keyFor(...parts) {
  return createHash('sha1').update(parts.join('/')).digest('hex').slice(0, 12);
}

/** Splits inline markup into spans and link markDefs. */
function inline(text, scope) {
  const children = [];
  const markDefs = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((.+?)\)/g;
  let last = 0;
  let match;
  const push = (value, marks) => {
    if (value.length === 0) return;
    children.push({ _type: 'span', _key: keyFor(scope, 's', children.length), text: value, marks });
  };
  while ((match = pattern.exec(text)) !== null) {
    push(text.slice(last, match.index), []);
    if (match[1] !== undefined) push(match[1], ['strong']);
    else if (match[2] !== undefined) push(match[2], ['em']);
    else {
      const markKey = keyFor(scope, 'link', markDefs.length);
      markDefs.push({ _type: 'link', _key: markKey, href: match[4] });
      push(match[3], [markKey]);
    }
    last = pattern.lastIndex;
  }
  push(text.slice(last), []);
  if (children.length === 0) push('', []);
  return { children, markDefs };
}

function block(text, scope, style, list) {
  const { children, markDefs } = inline(text, scope);
  return {
    _type: 'block',
    _key: keyFor(scope),
    style,
    markDefs,
    children,
    ...(list ? { listItem: list, level: 1 } : {}),
  };
}

/**
 * Parses the text format into Portable Text. `images` maps image names to image objects (already carrying
 * `_sanityAsset`), for `::image` lines. `allowCustom` false rejects anything but text blocks.
 */
export function toPortableText(source, scope, { images = {}, allowCustom = true } = {}) {
  const lines = source.replace(/\r/g, '').split('\n');
  const out = [];
  let paragraph = [];
  const scopeAt = () => `${scope}/${out.length}`;
  const flush = () => {
    if (paragraph.length > 0) out.push(block(paragraph.join(' '), scopeAt(), 'normal'));
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i].trim();
    if (line === '') {
      flush();
      continue;
    }
    const custom = /^(:::|::)/.test(line);
    if (custom && !allowCustom) throw new Error(`${scope}: custom blocks are not allowed here: ${line}`);
    let m;
    if ((m = /^(#{2,4})\s+(.*)$/.exec(line))) {
      flush();
      out.push(block(m[2], scopeAt(), `h${m[1].length}`));
    } else if ((m = /^[-*]\s+(.*)$/.exec(line))) {
      flush();
      out.push(block(m[1], scopeAt(), 'normal', 'bullet'));
    } else if ((m = /^\d+\.\s+(.*)$/.exec(line))) {
      flush();
      out.push(block(m[1], scopeAt(), 'normal', 'number'));
    } else if ((m = /^:::(info|tip|warning|crisis)$/.exec(line))) {
      flush();
      const inner = [];
      for (i += 1; i < lines.length && lines[i].trim() !== ':::'; i += 1) inner.push(lines[i]);
      if (i >= lines.length) throw new Error(`${scope}: callout without a closing :::`);
      const at = scopeAt();
      out.push({
        _type: 'callout',
        _key: keyFor(at),
        tone: m[1],
        body: toPortableText(inner.join('\n'), `${at}/body`, { allowCustom: false }),
      });
    } else if ((m = /^::checklist\s+(\S+)$/.exec(line))) {
      flush();
      out.push({
        _type: 'checklistEmbed',
        _key: keyFor(scopeAt()),
        checklist: { _type: 'reference', _ref: m[1] },
      });
    } else if ((m = /^::cta\s+(.+?)\s*\|\s*(.+)$/.exec(line))) {
      flush();
      out.push({ _type: 'consultationCta', _key: keyFor(scopeAt()), heading: m[1], body: m[2] });
    } else if ((m = /^::image\s+(\S+)\s*\|\s*(.+?)\s*(?:\|\s*(.+))?$/.exec(line))) {
      flush();
      const image = images[m[1]];
      if (!image) throw new Error(`${scope}: unknown image "${m[1]}"`);
      out.push({
        ...image,
        _key: keyFor(scopeAt()),
        alt: m[2],
        ...(m[3] ? { caption: m[3] } : {}),
      });
    } else if (custom) {
      throw new Error(`${scope}: unknown block: ${line}`);
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return out;
}
