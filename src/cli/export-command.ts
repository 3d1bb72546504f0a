// `depesche export` (being built).
import type { Config } from '../config.ts';
import type { CommandIo } from './command-io.ts';

export const HELP = `Usage: depesche export\n`;

export async function command(_args: string[], _config: Config, io: CommandIo): Promise<number> {
  io.err('not built yet');
  return 1;
}
