// Draws the demo agency's pictures locally: abstract scenes in SVG, encoded by sharp. Nothing is downloaded.
import sharp from 'sharp';
import type { ImageMotif } from './demo-types.ts';

export const DEMO_IMAGE_WIDTHS = [480, 800, 1200];
const W = 1200;
const H = 800;

function hsl(h: number, s: number, l: number): string {
  return `hsl(${((h % 360) + 360) % 360} ${s}% ${l}%)`;
}

/** A small deterministic generator, so the same story always gets the same picture. */
function random(seed: number): () => number {
  let x = seed || 1;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

function scene(motif: ImageMotif, hue: number, seed: number): string {
  const rnd = random(seed);
  const sky = `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hsl(hue, 55, 78)}"/><stop offset="1" stop-color="${hsl(hue + 30, 60, 92)}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  const parts: string[] = [sky];
  const ground = (y: number, l: number) => parts.push(`<rect y="${y}" width="${W}" height="${H - y}" fill="${hsl(85 + (hue % 50), 35, l)}"/>`);
  switch (motif) {
    case 'skyline':
    case 'factory': {
      ground(620, 30);
      for (let x = 0; x < W; x += 60 + rnd() * 60) {
        const h = 150 + rnd() * 330;
        const w = 50 + rnd() * 70;
        parts.push(`<rect x="${x}" y="${620 - h}" width="${w}" height="${h}" fill="${hsl(hue + 200, 20, 25 + rnd() * 20)}"/>`);
        if (motif === 'factory' && rnd() > 0.5) parts.push(`<rect x="${x + w / 3}" y="${620 - h - 120}" width="18" height="120" fill="${hsl(hue + 200, 15, 30)}"/><circle cx="${x + w / 3 + 9}" cy="${620 - h - 150}" r="30" fill="#ffffff" opacity="0.6"/>`);
      }
      break;
    }
    case 'field':
    case 'forest': {
      parts.push(`<circle cx="${900 - rnd() * 600}" cy="180" r="70" fill="${hsl(45, 90, 65)}"/>`);
      ground(480, 45);
      for (let i = 0; i < 14; i++) parts.push(`<path d="M0 ${500 + i * 24} Q600 ${460 + i * 30} 1200 ${500 + i * 24}" stroke="${hsl(60 + (hue % 60), 50, 35 + i * 2)}" stroke-width="10" fill="none"/>`);
      if (motif === 'forest') for (let x = 20; x < W; x += 40 + rnd() * 40) parts.push(`<path d="M${x} 520 l40 -${160 + rnd() * 120} l40 ${160 + rnd() * 120} z" fill="${hsl(110 + (hue % 40), 45, 20 + rnd() * 12)}"/>`);
      break;
    }
    case 'waves': {
      for (let i = 0; i < 9; i++) parts.push(`<path d="M0 ${360 + i * 50} C300 ${320 + i * 50} 500 ${420 + i * 50} 800 ${360 + i * 50} S1100 ${330 + i * 50} 1200 ${370 + i * 50} V800 H0 Z" fill="${hsl(hue, 55, 60 - i * 5)}" opacity="0.8"/>`);
      break;
    }
    case 'mountains': {
      for (let layer = 0; layer < 4; layer++) {
        let d = `M0 ${H}`;
        for (let x = 0; x <= W; x += 100) d += ` L${x} ${260 + layer * 110 + rnd() * 120}`;
        parts.push(`<path d="${d} L${W} ${H} Z" fill="${hsl(hue + 180, 25, 55 - layer * 12)}"/>`);
      }
      break;
    }
    case 'stadium': {
      ground(420, 38);
      parts.push(`<ellipse cx="600" cy="600" rx="520" ry="150" fill="none" stroke="#ffffff" stroke-width="8"/><line x1="600" y1="450" x2="600" y2="750" stroke="#ffffff" stroke-width="8"/><circle cx="600" cy="600" r="60" fill="none" stroke="#ffffff" stroke-width="8"/>`);
      for (let i = 0; i < 40; i++) parts.push(`<circle cx="${rnd() * W}" cy="${60 + rnd() * 300}" r="${6 + rnd() * 10}" fill="${hsl(hue + rnd() * 60, 70, 50)}"/>`);
      break;
    }
    case 'columns': {
      ground(680, 70);
      parts.push(`<path d="M150 230 L600 80 L1050 230 Z" fill="${hsl(hue, 15, 88)}" stroke="${hsl(hue, 15, 60)}" stroke-width="6"/>`);
      for (let i = 0; i < 7; i++) parts.push(`<rect x="${190 + i * 130}" y="250" width="60" height="420" fill="${hsl(hue, 12, 92)}" stroke="${hsl(hue, 15, 60)}" stroke-width="4"/>`);
      break;
    }
    case 'books': {
      let x = 80;
      while (x < 1100) {
        const w = 40 + rnd() * 50;
        const h = 300 + rnd() * 250;
        parts.push(`<rect x="${x}" y="${700 - h}" width="${w}" height="${h}" fill="${hsl(hue + rnd() * 120, 55, 35 + rnd() * 25)}"/>`);
        x += w + 6;
      }
      parts.push(`<rect x="40" y="700" width="1120" height="30" fill="${hsl(30, 40, 30)}"/>`);
      break;
    }
    case 'bridge': {
      parts.push(`<rect y="560" width="${W}" height="240" fill="${hsl(hue + 180, 45, 45)}"/>`);
      parts.push(`<path d="M0 500 Q300 300 600 500 Q900 300 1200 500" stroke="${hsl(hue, 30, 25)}" stroke-width="14" fill="none"/><rect y="500" width="${W}" height="24" fill="${hsl(hue, 30, 25)}"/>`);
      for (let x = 50; x < W; x += 100) parts.push(`<line x1="${x}" y1="500" x2="${x}" y2="${410 + Math.abs(600 - x) / 4}" stroke="${hsl(hue, 30, 25)}" stroke-width="4"/>`);
      for (const x of [300, 900]) parts.push(`<rect x="${x - 20}" y="380" width="40" height="300" fill="${hsl(hue, 30, 25)}"/>`);
      break;
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`;
}

export interface DrawnImage {
  width: number;
  height: number;
  files: { width: number; height: number; mime: string; bytes: Uint8Array }[];
}

export async function drawDemoImage(motif: ImageMotif, hue: number, seed: number): Promise<DrawnImage> {
  const svg = Buffer.from(scene(motif, hue, seed));
  const files = await Promise.all(DEMO_IMAGE_WIDTHS.map(async (width) => {
    const height = Math.round((width * H) / W);
    const bytes = await sharp(svg).resize(width, height).jpeg({ quality: 78, progressive: true, mozjpeg: true }).toBuffer();
    return { width, height, mime: 'image/jpeg', bytes: new Uint8Array(bytes) };
  }));
  return { width: W, height: H, files };
}
