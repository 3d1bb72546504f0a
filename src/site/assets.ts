// The site's static files, named by content hash so browsers and CDNs may keep them forever.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { StaticAsset } from './routes/system-routes.ts';

function hashed(name: string, ext: string, body: Buffer): string {
  return `/assets/${name}.${createHash('sha256').update(body).digest('hex').slice(0, 10)}.${ext}`;
}

function logoSvg(letter: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
<rect width="512" height="512" rx="96" fill="#0b4f8a"/>
<path d="M96 400 L256 96 L416 400" fill="none" stroke="#ffffff" stroke-width="28" opacity="0.25"/>
<text x="256" y="352" font-family="DejaVu Sans, Arial, sans-serif" font-weight="700" font-size="300" text-anchor="middle" fill="#ffffff">${letter}</text>
</svg>`;
}

export async function buildAssets(agencyInitial: string): Promise<{ list: StaticAsset[]; css: string; logo: string }> {
  const css = readFileSync(new URL('./assets/site.css', import.meta.url));
  const letter = (agencyInitial.trim()[0] ?? 'D').replace(/[<>&"']/g, 'D');
  const logo = await sharp(Buffer.from(logoSvg(letter))).png({ compressionLevel: 9 }).toBuffer();
  const cssPath = hashed('site', 'css', css);
  const logoPath = hashed('logo', 'png', logo);
  return {
    css: cssPath,
    logo: logoPath,
    list: [
      { path: cssPath, contentType: 'text/css; charset=utf-8', body: css },
      { path: logoPath, contentType: 'image/png', body: logo },
    ],
  };
}
