// Runs the Nu Html Checker (vnu.jar) once over many pages: the JVM takes seconds to start, a page milliseconds.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './reader-server.ts';

const VNU_JAR = join(REPO_ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

export interface HtmlProblem {
  /** The page's address on the test server. */
  url: string;
  line?: number;
  message: string;
  extract?: string;
}

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

function runVnu(files: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    // vnu exits with 1 when it found errors; only output that is not JSON means it failed to run.
    child.once('close', (code) => {
      if (stdout.trimStart().startsWith('{')) resolve(stdout);
      else reject(new Error(`vnu.jar exited with ${code}: ${stderr || stdout}`));
    });
  });
}

/** Every message of type "error" (and any file vnu could not read), keyed back to the page's URL. */
export async function findHtmlErrors(pages: { url: string; html: string }[]): Promise<HtmlProblem[]> {
  const dir = await mkdtemp(join(tmpdir(), 'depesche-vnu-'));
  try {
    const byFile = new Map<string, string>();
    const files = await Promise.all(pages.map(async (page, i) => {
      const file = join(dir, `page-${String(i).padStart(3, '0')}.html`);
      await writeFile(file, page.html);
      byFile.set(pathToFileURL(file).href, page.url);
      return file;
    }));
    const report = JSON.parse(await runVnu(files)) as { messages: VnuMessage[] };
    return report.messages
      .filter((m) => m.type !== 'info')
      .map((m) => ({
        // vnu writes file:/tmp/… with one slash; pathToFileURL writes file:///tmp/….
        url: byFile.get((m.url ?? '').replace(/^file:\/(?!\/)/, 'file:///')) ?? m.url ?? '(unknown file)',
        line: m.lastLine,
        message: m.message,
        extract: m.extract,
      }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
