// A small hand-written SVG line chart: build time (seconds) against the number of articles, one line per site.
// Straight lines through the origin mean cost that grows linearly with the content.

/** One measured size. */
export interface ChartPoint {
  articles: number;
  /** Astro build seconds of the project's site. */
  ours: number;
  /** Astro build seconds of the bare site. */
  bare: number;
}

const WIDTH = 640;
const HEIGHT = 360;
const PAD = { left: 64, right: 150, top: 44, bottom: 72 };
const COLORS = { ours: '#1f6f5c', bare: '#a0522d' };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A round step for axis ticks: about five ticks from 0 to `max`. */
function niceStep(max: number): number {
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw || 1));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
  return step ?? 10 * magnitude;
}

/** The chart as a standalone SVG document (no scripts, no external resources). */
export function buildTimeChart(points: ChartPoint[], caption: string): string {
  const sorted = [...points].sort((a, b) => a.articles - b.articles);
  const maxX = Math.max(...sorted.map((p) => p.articles), 1);
  const maxSeconds = Math.max(...sorted.flatMap((p) => [p.ours, p.bare]), 1);
  const yStep = niceStep(maxSeconds);
  const maxY = Math.ceil(maxSeconds / yStep) * yStep;
  const xStep = niceStep(maxX);
  const maxTickX = Math.ceil(maxX / xStep) * xStep;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (articles: number) => PAD.left + (articles / maxTickX) * plotW;
  const y = (seconds: number) => PAD.top + plotH - (seconds / maxY) * plotH;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="title desc" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="title">Astro build time against the number of articles</title>`,
    `<desc id="desc">${escape(
      sorted
        .map((p) => `${p.articles} articles: ours ${p.ours.toFixed(1)} s, bare ${p.bare.toFixed(1)} s`)
        .join('; '),
    )}</desc>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${PAD.left}" y="24" font-size="14" font-weight="600" fill="#222">Astro build time (cold) by number of articles</text>`,
  );
  for (let s = 0; s <= maxY + 1e-9; s += yStep) {
    out.push(
      `<line x1="${PAD.left}" x2="${PAD.left + plotW}" y1="${y(s).toFixed(1)}" y2="${y(s).toFixed(1)}" stroke="#e3e3e3"/>`,
      `<text x="${PAD.left - 8}" y="${(y(s) + 4).toFixed(1)}" text-anchor="end" fill="#444">${Number(s.toFixed(2))}</text>`,
    );
  }
  for (let a = 0; a <= maxTickX; a += xStep) {
    out.push(
      `<line x1="${x(a).toFixed(1)}" x2="${x(a).toFixed(1)}" y1="${PAD.top + plotH}" y2="${PAD.top + plotH + 5}" stroke="#444"/>`,
      `<text x="${x(a).toFixed(1)}" y="${PAD.top + plotH + 19}" text-anchor="middle" fill="#444">${a.toLocaleString('en-US')}</text>`,
    );
  }
  out.push(
    `<line x1="${PAD.left}" x2="${PAD.left + plotW}" y1="${PAD.top + plotH}" y2="${PAD.top + plotH}" stroke="#444"/>`,
    `<line x1="${PAD.left}" x2="${PAD.left}" y1="${PAD.top}" y2="${PAD.top + plotH}" stroke="#444"/>`,
    `<text x="${PAD.left + plotW / 2}" y="${PAD.top + plotH + 36}" text-anchor="middle" fill="#222">articles</text>`,
    `<text transform="translate(18 ${PAD.top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="#222">seconds</text>`,
  );
  // The caption (the machine) goes on as many short lines as it needs, split at its semicolons.
  const captionLines = caption.split(/;\s*/).reduce<string[]>((lines, part) => {
    const last = lines.at(-1);
    if (last !== undefined && last.length + part.length < 95) lines[lines.length - 1] = `${last}; ${part}`;
    else lines.push(part);
    return lines;
  }, []);
  captionLines.forEach((line, i) => {
    const y = HEIGHT - 6 - (captionLines.length - 1 - i) * 13;
    out.push(`<text x="8" y="${y}" font-size="10" fill="#666">${escape(line)}</text>`);
  });
  for (const site of ['ours', 'bare'] as const) {
    const color = COLORS[site];
    const path = sorted.map((p, i) => `${i ? 'L' : 'M'}${x(p.articles).toFixed(1)} ${y(p[site]).toFixed(1)}`);
    out.push(`<path d="${path.join(' ')}" fill="none" stroke="${color}" stroke-width="2.5"/>`);
    for (const p of sorted) {
      out.push(
        `<circle cx="${x(p.articles).toFixed(1)}" cy="${y(p[site]).toFixed(1)}" r="4" fill="${color}"/>`,
        `<text x="${(x(p.articles) + 7).toFixed(1)}" y="${(y(p[site]) + (site === 'ours' ? -6 : 14)).toFixed(1)}" fill="${color}" font-size="11">${p[site].toFixed(1)} s</text>`,
      );
    }
  }
  const legendX = PAD.left + plotW + 24;
  out.push(
    `<line x1="${legendX}" x2="${legendX + 22}" y1="${PAD.top + 10}" y2="${PAD.top + 10}" stroke="${COLORS.ours}" stroke-width="2.5"/>`,
    `<text x="${legendX + 28}" y="${PAD.top + 14}" fill="#222">this site</text>`,
    `<line x1="${legendX}" x2="${legendX + 22}" y1="${PAD.top + 32}" y2="${PAD.top + 32}" stroke="${COLORS.bare}" stroke-width="2.5"/>`,
    `<text x="${legendX + 28}" y="${PAD.top + 36}" fill="#222">bare Astro site</text>`,
    '</svg>',
  );
  return out.join('\n') + '\n';
}
