/** A run of excerpt text, highlighted when it matched the search. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits Pagefind's excerpt (escaped page text with `<mark>` around matches) into plain-text parts, so it can be
 * shown with text nodes and `<mark>` elements: no markup from the index ever reaches the page as HTML. Any tag
 * other than `<mark>`/`</mark>` is dropped.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark>|<[^>]*>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else if (piece && !piece.startsWith('<')) {
      const text = decode(piece);
      const last = parts.at(-1);
      if (last?.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}
