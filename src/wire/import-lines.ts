// Splits a byte stream into numbered lines, holding no more than one chunk's lines and one line (of at most maxBytes) in memory.
import { Buffer } from 'node:buffer';

export type InputLine =
  | { number: number; text: string; bytes: number }
  | { number: number; error: string; bytes: number };

const NEWLINE = 0x0a;
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Lines of a JSON Lines stream, numbered from 1, in batches: the lines each chunk of input completes (none wait for
 * more input, so a slow standard input delivers each line as soon as it ends). Blank lines are skipped (their numbers
 * still count). A line longer than maxBytes is reported as an error and skipped; its bytes are dropped as they arrive,
 * not buffered. `bytes` is the running count of bytes read, for progress.
 */
export async function* readLineBatches(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<InputLine[]> {
  let parts: Buffer[] = [];
  let pending = 0;
  let tooLong = false;
  let number = 0;
  let bytes = 0;

  const finish = (): InputLine | undefined => {
    number++;
    if (tooLong) {
      tooLong = false;
      return { number, error: `longer than ${formatBytes(maxBytes)}`, bytes };
    }
    let line = parts.length === 1 ? parts[0] : Buffer.concat(parts, pending);
    parts = [];
    pending = 0;
    if (line.length && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    if (number === 1 && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf) line = line.subarray(3);
    let text: string;
    try {
      text = decoder.decode(line);
    } catch {
      return { number, error: 'not valid UTF-8', bytes };
    }
    return text.trim() ? { number, text, bytes } : undefined;
  };

  const take = (piece: Buffer): void => {
    if (tooLong) return;
    if (pending + piece.length > maxBytes) {
      tooLong = true;
      parts = [];
      pending = 0;
      return;
    }
    if (piece.length) {
      parts.push(piece);
      pending += piece.length;
    }
  };

  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += buf.length;
    let start = 0;
    const batch: InputLine[] = [];
    for (let nl = buf.indexOf(NEWLINE, start); nl !== -1; nl = buf.indexOf(NEWLINE, start)) {
      take(buf.subarray(start, nl));
      start = nl + 1;
      const line = finish();
      if (line) batch.push(line);
    }
    // A copy: the rest of a line waits for the next chunk, and must not keep this whole read buffer alive.
    if (start < buf.length) take(Buffer.from(buf.subarray(start)));
    if (batch.length) yield batch;
  }
  if (pending > 0 || tooLong) {
    const line = finish();
    if (line) yield [line];
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
