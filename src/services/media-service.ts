// Images from the newsroom: recognised by their bytes, decoded by sharp and re-encoded into JPEG variants
// without any metadata (no camera, no GPS: source protection), then stored; and their texts edited.
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import type { Db } from '../db/database.ts';
import { insertMedia } from '../db/repos/media-repo.ts';
import { findMediaSummary, listEditionCodes, replaceMediaTexts, type MediaSummary, type MediaText } from '../db/repos/media-admin-repo.ts';
import { bumpContentVersion } from '../db/repos/site-state-repo.ts';
import { DomainError } from '../domain/errors.ts';
import { can } from '../domain/roles.ts';

export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
export const MAX_INPUT_PIXELS = 50_000_000;
/** JPEG cannot hold more than 65 535 px a side; far below that, a strip this long is no news photo. */
const MAX_SIDE = 30_000;
export const VARIANT_WIDTHS = [480, 800, 1200, 1600];
export const TEXT_LIMITS = { credit: 200, caption: 500, alt: 300 };

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';
/** Why an upload was refused; the edges map each to a status (415, 413, 400). */
export type UploadProblem = 'type' | 'size' | 'pixels' | 'corrupt';

export interface MediaUser {
  id: number;
  role: string;
}

export interface IngestedImage {
  id: number;
  /** The image's size after EXIF orientation. */
  width: number;
  height: number;
  /** Stored JPEG variants, narrowest first. */
  variants: { width: number; height: number }[];
}

function uploadError(problem: UploadProblem, message: string): DomainError {
  return new DomainError(problem === 'type' || problem === 'size' ? 'INVALID' : 'BAD_REQUEST', message, { file: problem });
}

export function uploadProblemOf(err: unknown): UploadProblem | undefined {
  const problem = err instanceof DomainError ? err.fields.file : undefined;
  return problem === 'type' || problem === 'size' || problem === 'pixels' || problem === 'corrupt' ? problem : undefined;
}

/** The format the bytes themselves declare by their magic numbers; names and declared types are never trusted. */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | null {
  const ascii = (from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return 'png';
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (bytes.length >= 6 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) return 'gif';
  if (bytes.length >= 16 && ascii(4, 8) === 'ftyp') {
    // The ftyp box: size, 'ftyp', major brand, minor version, then compatible brands.
    const boxEnd = Math.min(Buffer.from(bytes.subarray(0, 4)).readUInt32BE(0), bytes.length, 256);
    const brands = [ascii(8, 12)];
    for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(ascii(at, at + 4));
    if (brands.includes('avif') || brands.includes('avis')) return 'avif';
  }
  return null;
}

const SHARP_FORMAT: Record<ImageFormat, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'heif', gif: 'gif' };
const SHARP_INPUT = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' } as const;

function decodeError(err: unknown): DomainError {
  const message = err instanceof Error ? err.message : String(err);
  if (/pixel limit/i.test(message)) return uploadError('pixels', `the image has more than ${MAX_INPUT_PIXELS} pixels`);
  return uploadError('corrupt', `the image cannot be decoded: ${message}`);
}

interface RenderedImage {
  width: number;
  height: number;
  files: { width: number; height: number; mime: string; bytes: Uint8Array }[];
}

async function renderVariants(bytes: Buffer, format: ImageFormat): Promise<RenderedImage> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, SHARP_INPUT).metadata();
  } catch (err) {
    throw decodeError(err);
  }
  if (meta.format !== SHARP_FORMAT[format]) throw uploadError('type', `the bytes begin as ${format} but decode as ${meta.format}`);
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) throw uploadError('corrupt', 'the image has no size');
  if (width * height > MAX_INPUT_PIXELS || Math.max(width, height) > MAX_SIDE) throw uploadError('pixels', `the image is ${width}×${height} pixels`);

  const widths = VARIANT_WIDTHS.filter((w) => w <= width);
  if (widths.length === 0) widths.push(width);
  // Decoded once, oriented, flattened onto white and converted to sRGB: raw pixels carry no metadata at all.
  let decoded: { data: Buffer; info: OutputInfo };
  try {
    decoded = await sharp(bytes, SHARP_INPUT)
      .autoOrient()
      .resize({ width: widths.at(-1)!, withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (err) {
    throw decodeError(err);
  }
  const raw = { width: decoded.info.width, height: decoded.info.height, channels: decoded.info.channels };
  const files = await Promise.all(widths.map(async (w) => {
    const out = await sharp(decoded.data, { raw }).resize({ width: w }).jpeg({ quality: 80, progressive: true, mozjpeg: true }).toBuffer({ resolveWithObject: true });
    return { width: out.info.width, height: out.info.height, mime: 'image/jpeg', bytes: new Uint8Array(out.data) };
  }));
  return { width, height, files };
}

/** A file name fit to show or log: its last segment only, no control or direction characters, never a path. */
export function displayName(filename: string): string {
  const last = filename.split(/[/\\]/).pop() ?? '';
  return last.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim().slice(0, 120);
}

function cleanLine(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
}

function checkCredit(credit: string): string {
  const clean = cleanLine(credit);
  if (clean.length > TEXT_LIMITS.credit) throw new DomainError('INVALID', 'the credit is too long', { credit: 'tooLong' });
  return clean;
}

async function checkTexts(db: Db, texts: MediaText[]): Promise<MediaText[]> {
  const editions = new Set(await listEditionCodes(db));
  const problems: Record<string, string> = {};
  const clean = texts.map((t) => ({ edition: t.edition, caption: cleanLine(t.caption), alt: cleanLine(t.alt) }));
  for (const t of clean) {
    if (!editions.has(t.edition)) problems[`edition_${t.edition}`] = 'unknown';
    if (t.caption.length > TEXT_LIMITS.caption) problems[`caption_${t.edition}`] = 'tooLong';
    if (t.alt.length > TEXT_LIMITS.alt) problems[`alt_${t.edition}`] = 'tooLong';
  }
  if (new Set(clean.map((t) => t.edition)).size !== clean.length) problems.edition = 'repeated';
  if (Object.keys(problems).length) throw new DomainError('INVALID', 'the image texts are not valid', problems);
  return clean;
}

export async function ingestImage(
  db: Db,
  user: MediaUser,
  bytes: Buffer,
  meta: { filename: string; credit?: string; texts?: MediaText[] },
): Promise<IngestedImage> {
  if (bytes.length > MAX_UPLOAD_BYTES) throw uploadError('size', `the file is larger than ${MAX_UPLOAD_BYTES} bytes`);
  const format = sniffImageFormat(bytes);
  if (!format) throw uploadError('type', `${JSON.stringify(displayName(meta.filename))} is not a JPEG, PNG, WebP, AVIF or GIF image`);
  const credit = checkCredit(meta.credit ?? '');
  const texts = await checkTexts(db, meta.texts ?? []);
  const image = await renderVariants(bytes, format);
  const id = await db.transaction().execute((trx) =>
    insertMedia(trx, { createdBy: user.id, credit, width: image.width, height: image.height, mime: 'image/jpeg', texts, files: image.files }, Date.now()));
  return { id, width: image.width, height: image.height, variants: image.files.map((f) => ({ width: f.width, height: f.height })) };
}

/** Contributors edit the texts of their own images; editors and above those of any image. */
export function mayEditMedia(user: MediaUser, createdBy: number | null): boolean {
  return createdBy === user.id || can(user.role, 'article:edit-any');
}

export async function updateMediaTexts(
  db: Db,
  user: MediaUser,
  id: number,
  change: { credit?: string; texts?: MediaText[] },
): Promise<MediaSummary> {
  const media = await findMediaSummary(db, id);
  if (!media) throw new DomainError('NOT_FOUND', `no image ${id}`);
  if (!mayEditMedia(user, media.createdBy)) throw new DomainError('FORBIDDEN', `user ${user.id} may not edit image ${id}`);
  const credit = change.credit === undefined ? media.credit : checkCredit(change.credit);
  const texts = await checkTexts(db, change.texts ?? []);
  // Captions and credits show on published pages: readers' caches must drop them with the change.
  await db.transaction().execute(async (trx) => {
    await replaceMediaTexts(trx, id, credit, texts);
    await bumpContentVersion(trx);
  });
  return (await findMediaSummary(db, id))!;
}
