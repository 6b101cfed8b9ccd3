// Abstract demo images drawn as SVG and rendered to PNG with sharp: counselor "portraits" (a calm silhouette on a
// patterned ground, no faces) and article art. No text in the SVG, so the output does not depend on fonts.
import { createHash } from 'node:crypto';
import sharp from 'sharp';

/** Colour sets that sit well with the site's calm palette. */
export const PALETTES = {
  sage: ['#e8efe9', '#b9d0c0', '#6f9a80', '#2f5d4a'],
  dusk: ['#ece9f3', '#c8bfe0', '#8f80b8', '#4b3f78'],
  clay: ['#f5ece6', '#e6c3ae', '#c17f5e', '#7a4631'],
  sea: ['#e6f0f4', '#b3d3e0', '#5f9ab3', '#24566e'],
  sand: ['#f6f1e4', '#e8d9a8', '#c9a94f', '#6e5a1f'],
};

function svg(width, height, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
}

/** A square portrait: a head-and-shoulders silhouette over rings, in one palette. */
function portraitSvg(palette, variant) {
  const [bg, light, mid, dark] = PALETTES[palette];
  const rings = [260, 210, 160]
    .map(
      (r, i) =>
        `<circle cx="${300 + variant * 20}" cy="${260 - variant * 10}" r="${r}" fill="${i % 2 ? bg : light}" opacity="0.9"/>`,
    )
    .join('');
  return svg(
    600,
    600,
    `<rect width="600" height="600" fill="${bg}"/>${rings}` +
      `<circle cx="300" cy="250" r="92" fill="${mid}"/>` +
      `<path d="M110 600 C120 440 200 372 300 372 C400 372 480 440 490 600 Z" fill="${dark}"/>` +
      `<circle cx="${470 - variant * 30}" cy="${110 + variant * 15}" r="34" fill="${mid}" opacity="0.6"/>`,
  );
}

const ART = {
  // Two overlapping circles: two people meeting in the middle.
  alliance: (c) =>
    `<circle cx="500" cy="338" r="220" fill="${c[1]}" opacity="0.95"/><circle cx="700" cy="338" r="220" fill="${c[2]}" opacity="0.75"/><path d="M600 150 A220 220 0 0 1 600 526 A220 220 0 0 1 600 150 Z" fill="${c[3]}" opacity="0.85"/>`,
  // A winding path towards a small sun.
  path: (c) =>
    `<circle cx="950" cy="170" r="90" fill="${c[1]}"/><path d="M-20 690 C300 560 160 420 520 380 C820 346 760 250 1220 230 L1220 300 C820 330 900 430 560 460 C240 490 420 600 120 700 Z" fill="${c[2]}"/><path d="M0 560 C260 520 420 620 700 560 C900 520 1050 590 1200 560 L1200 675 L0 675 Z" fill="${c[3]}" opacity="0.9"/>`,
  // Choppy waves that settle towards the right.
  waves: (c) =>
    [0, 1, 2, 3]
      .map((i) => {
        const y = 240 + i * 110;
        const amp = 70 - i * 16;
        return `<path d="M0 ${y} C150 ${y - amp} 300 ${y + amp} 450 ${y} S750 ${y - amp / 2} 900 ${y} S1100 ${y + amp / 4} 1200 ${y} L1200 675 L0 675 Z" fill="${c[Math.min(3, i + 1)]}" opacity="${0.55 + i * 0.12}"/>`;
      })
      .join(''),
  // Falling leaves over soft ground.
  leaves: (c) =>
    [
      [260, 180, 25],
      [520, 120, -30],
      [760, 250, 60],
      [980, 150, 10],
      [400, 380, -60],
      [860, 420, 35],
    ]
      .map(
        ([x, y, r], i) =>
          `<path transform="translate(${x} ${y}) rotate(${r})" d="M0 -70 C50 -40 50 40 0 70 C-50 40 -50 -40 0 -70 Z" fill="${c[1 + (i % 3)]}" opacity="0.9"/>`,
      )
      .join('') + `<path d="M0 560 C300 520 900 600 1200 540 L1200 675 L0 675 Z" fill="${c[2]}"/>`,
  // Two lines that run apart and come back together.
  threads: (c) =>
    `<path d="M0 300 C300 120 500 520 800 300 S1100 200 1200 320" stroke="${c[2]}" stroke-width="34" fill="none" stroke-linecap="round"/><path d="M0 380 C300 560 500 160 800 380 S1100 460 1200 340" stroke="${c[3]}" stroke-width="34" fill="none" stroke-linecap="round"/><circle cx="800" cy="340" r="46" fill="${c[1]}"/>`,
  // A window with light coming in: stepping out of a low mood.
  window: (c) =>
    `<rect x="420" y="110" width="360" height="420" rx="14" fill="${c[1]}"/><rect x="440" y="130" width="150" height="180" fill="${c[0]}"/><rect x="610" y="130" width="150" height="180" fill="${c[0]}"/><rect x="440" y="330" width="150" height="180" fill="${c[0]}"/><rect x="610" y="330" width="150" height="180" fill="${c[0]}"/><path d="M440 510 L240 675 L960 675 L760 510 Z" fill="${c[2]}" opacity="0.55"/>`,
  // Stacked stones: balance.
  stones: (c) =>
    `<ellipse cx="600" cy="560" rx="260" ry="70" fill="${c[3]}"/><ellipse cx="600" cy="450" rx="200" ry="62" fill="${c[2]}"/><ellipse cx="600" cy="355" rx="150" ry="52" fill="${c[1]}"/><ellipse cx="600" cy="275" rx="100" ry="40" fill="${c[2]}"/><ellipse cx="600" cy="212" rx="60" ry="28" fill="${c[3]}"/>`,
  // A crescent moon and a few stars over hills: sleep.
  night: (c) =>
    `<rect width="1200" height="675" fill="${c[3]}"/><circle cx="860" cy="200" r="110" fill="${c[0]}"/><circle cx="910" cy="170" r="100" fill="${c[3]}"/>` +
    [
      [200, 120],
      [340, 220],
      [520, 100],
      [640, 260],
      [1040, 380],
    ]
      .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="7" fill="${c[1]}"/>`)
      .join('') +
    `<path d="M0 520 C260 430 520 560 800 480 C980 430 1100 500 1200 470 L1200 675 L0 675 Z" fill="${c[2]}"/>`,
  // A balanced scale drawn with simple shapes: both sides heard equally.
  balance: (c) =>
    `<rect x="590" y="180" width="20" height="360" fill="${c[3]}"/><rect x="330" y="200" width="540" height="18" rx="9" fill="${c[3]}"/><path d="M340 218 L260 380 L420 380 Z" fill="${c[1]}"/><path d="M860 218 L780 380 L940 380 Z" fill="${c[1]}"/><ellipse cx="600" cy="560" rx="160" ry="30" fill="${c[2]}"/>`,
  // An open hand of overlapping petals: support.
  petals: (c) =>
    [0, 1, 2, 3, 4, 5, 6, 7]
      .map(
        (i) =>
          `<path transform="translate(600 360) rotate(${i * 45})" d="M0 0 C60 -60 60 -170 0 -230 C-60 -170 -60 -60 0 0 Z" fill="${c[1 + (i % 3)]}" opacity="0.7"/>`,
      )
      .join('') + `<circle cx="600" cy="360" r="40" fill="${c[0]}"/>`,
};

/** Renders SVG to a palette PNG and names it the way `sanity dataset export` does: `<sha1>-<w>x<h>.png`. */
async function render(svgText, width, height) {
  const data = await sharp(Buffer.from(svgText))
    .png({ palette: true, colors: 48, compressionLevel: 9, effort: 10 })
    .toBuffer();
  const sha1 = createHash('sha1').update(data).digest('hex');
  return { data, width, height, fileName: `${sha1}-${width}x${height}.png` };
}

/** A 600×600 abstract portrait. */
export function portrait(palette, variant = 0) {
  return render(portraitSvg(palette, variant), 600, 600);
}

/** The 1600×900 home page picture: layered hills under a low sun, a path winding between them. */
export function heroArt(palette = 'sage') {
  const [bg, light, mid, dark] = PALETTES[palette];
  return render(
    svg(
      1600,
      900,
      `<rect width="1600" height="900" fill="${bg}"/>` +
        `<circle cx="1120" cy="330" r="150" fill="${PALETTES.sand[1]}" opacity="0.9"/>` +
        `<path d="M0 560 C260 440 520 470 780 520 C1040 570 1300 430 1600 470 L1600 900 L0 900 Z" fill="${light}"/>` +
        `<path d="M0 680 C300 600 560 640 860 700 C1120 750 1380 640 1600 660 L1600 900 L0 900 Z" fill="${mid}"/>` +
        `<path d="M760 900 C800 820 700 760 820 700 C900 660 980 640 1000 610 L1030 612 C1010 660 930 690 880 730 C800 790 900 840 900 900 Z" fill="${bg}" opacity="0.85"/>` +
        `<path d="M0 800 C340 740 700 790 1000 830 C1260 860 1440 800 1600 810 L1600 900 L0 900 Z" fill="${dark}"/>`,
    ),
    1600,
    900,
  );
}

/** A 1200×675 abstract article image of the given kind. */
export function articleArt(kind, palette) {
  const draw = ART[kind];
  if (!draw) throw new Error(`unknown art "${kind}"`);
  const c = PALETTES[palette];
  return render(svg(1200, 675, `<rect width="1200" height="675" fill="${c[0]}"/>${draw(c)}`), 1200, 675);
}
