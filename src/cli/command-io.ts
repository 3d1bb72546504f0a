// What a CLI command may use to talk to the world: lines out, errors, standard input and output, and whether a person watches.
import type { Readable, Writable } from 'node:stream';

export interface CommandIo {
  /** A line of normal output (a newline is added when missing). */
  out(line: string): void;
  /** A line of diagnostics: progress, bad input, warnings (standard error). */
  err(line: string): void;
  stdin: Readable;
  stdout: Writable;
  /** Standard error is a terminal: progress bars may redraw a line. */
  errIsTTY: boolean;
}

export function processIo(out: (line: string) => void): CommandIo {
  return {
    out,
    err: (line) => process.stderr.write(line.endsWith('\n') ? line : `${line}\n`),
    stdin: process.stdin,
    stdout: process.stdout,
    errIsTTY: Boolean(process.stderr.isTTY),
  };
}
