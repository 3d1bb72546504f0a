// How busy the machine is besides the benchmark: on a shared host other work skews every figure, so the bench
// waits for a quiet moment before each scenario and reports the CPU others used while it measured (Linux only).
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

interface CpuTimes {
  busy: number;
  total: number;
}

function readCpuTimes(): CpuTimes | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal; guest time is already counted in user.
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - fields[3] - fields[4], total };
  } catch {
    return undefined;
  }
}

/** utime + stime of a process, in clock ticks. */
function processTicks(pid: number | 'self'): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Share of all cores busy over one second, from 0 to 1. */
async function busyShare(): Promise<number | undefined> {
  const a = readCpuTimes();
  await sleep(1000);
  const b = readCpuTimes();
  if (!a || !b || b.total === a.total) return undefined;
  return (b.busy - a.busy) / (b.total - a.total);
}

/** Waits until less than `threshold` of the machine is busy, for at most `maxSeconds`; returns the seconds waited. */
export async function waitForQuiet(maxSeconds: number, threshold: number, log: (line: string) => void): Promise<number> {
  const started = Date.now();
  let told = false;
  while ((Date.now() - started) / 1000 < maxSeconds) {
    const share = await busyShare();
    if (share === undefined || share < threshold) break;
    if (!told) log(`    machine busy (${Math.round(share * 100)} % of ${cpus().length} cores), waiting up to ${maxSeconds} s for it to settle …`);
    told = true;
  }
  return Math.round((Date.now() - started) / 1000);
}

/** Linux's USER_HZ: the unit of the CPU times in /proc. */
const TICKS_PER_SECOND = 100;

/** CPU time a process used from now until stop(), in milliseconds (undefined without /proc). */
export function meterProcessCpu(pid: number): { stop(): number | undefined } {
  const start = processTicks(pid);
  return {
    stop() {
      const end = processTicks(pid);
      return end === 0 ? undefined : ((end - start) * 1000) / TICKS_PER_SECOND;
    },
  };
}

export interface OtherLoad {
  /** Stops the meter: CPU that processes other than this one and the server used meanwhile, in cores. */
  stop(): number | undefined;
}

export function meterOtherLoad(serverPid: number): OtherLoad {
  const start = readCpuTimes();
  const ours = () => processTicks('self') + processTicks(serverPid);
  const oursStart = ours();
  return {
    stop() {
      const end = readCpuTimes();
      if (!start || !end || end.total === start.total) return undefined;
      const wall = (end.total - start.total) / cpus().length;
      return Math.max(0, (end.busy - start.busy - (ours() - oursStart)) / wall);
    },
  };
}

/** Cores the whole machine kept busy from now until stop(), and the seconds that took (undefined without /proc). */
export function meterMachine(): { stop(): { cores: number; seconds: number } | undefined } {
  const start = readCpuTimes();
  const began = performance.now();
  return {
    stop() {
      const end = readCpuTimes();
      if (!start || !end || end.total === start.total) return undefined;
      return { cores: ((end.busy - start.busy) / (end.total - start.total)) * cpus().length, seconds: (performance.now() - began) / 1000 };
    },
  };
}
