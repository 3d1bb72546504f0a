// The newsroom's browser code and its stylesheet, bundled in memory by esbuild at server start (or taken
// from the temp-folder cache) and named by content hash, so they can be served with immutable caching.
// buildEditorBundle() gives the script, buildEditorStyles() the stylesheet (page: <link> both).
import { build, type BuildOptions } from 'esbuild';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface EditorAsset {
  path: string;
  body: Buffer;
  contentType: string;
}

const ASSET_PREFIX = '/newsroom/assets/';

async function bundleOne(entry: string, name: string, ext: string, contentType: string, options: BuildOptions): Promise<EditorAsset> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    write: false,
    minify: true,
    logLevel: 'silent',
    ...options,
  });
  const output = result.outputFiles?.[0];
  if (!output || result.outputFiles?.length !== 1) throw new Error(`esbuild made ${result.outputFiles?.length ?? 0} files for ${entry}, expected one`);
  const body = Buffer.from(output.contents);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return { path: `${ASSET_PREFIX}${name}.${hash}.${ext}`, body, contentType };
}

export function buildEditorBundle(): Promise<EditorAsset> {
  return bundleOne('./client/editor.ts', 'editor', 'js', 'text/javascript; charset=utf-8', {
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
}

export function buildEditorStyles(): Promise<EditorAsset> {
  return bundleOne('./client/editor.css', 'editor', 'css', 'text/css; charset=utf-8', {
    target: ['chrome111', 'edge111', 'firefox113', 'safari16.4'],
  });
}

/** What the bundle is made of: its sources and the versions of esbuild and TipTap. */
function sourceFingerprint(): string {
  const hash = createHash('sha256');
  const dir = fileURLToPath(new URL('./client/', import.meta.url));
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  for (const pkg of ['esbuild', '@tiptap/core', '@tiptap/starter-kit', '@tiptap/pm']) {
    try {
      hash.update(pkg).update(readFileSync(fileURLToPath(import.meta.resolve(`${pkg}/package.json`))));
    } catch {
      hash.update(`${pkg}:unresolved`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Both assets, built side by side. Bundling takes seconds, so the result is kept in the system's temp
 * folder under a fingerprint of its inputs: restarts and test processes reuse it.
 */
export async function buildEditorAssets(): Promise<{ script: EditorAsset; styles: EditorAsset }> {
  const cacheFile = join(tmpdir(), `depesche-editor-${sourceFingerprint()}.json`);
  if (existsSync(cacheFile)) {
    try {
      const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<'script' | 'styles', EditorAsset & { body: string }>;
      const revive = (a: EditorAsset & { body: string }): EditorAsset => ({ ...a, body: Buffer.from(a.body, 'base64') });
      return { script: revive(cached.script), styles: revive(cached.styles) };
    } catch {
      // A damaged cache file is rebuilt below.
    }
  }
  const [script, styles] = await Promise.all([buildEditorBundle(), buildEditorStyles()]);
  const store = (a: EditorAsset) => ({ ...a, body: a.body.toString('base64') });
  const partial = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify({ script: store(script), styles: store(styles) }));
  renameSync(partial, cacheFile);
  return { script, styles };
}
