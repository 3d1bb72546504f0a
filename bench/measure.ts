// One scenario, or a pair measured in alternating rounds so that drift in the machine's other work falls on both
// alike (the cached article against the baseline): probe, wait for quiet, load, and stop each server for its peak RSS.
import { runLoad, summarize, type LoadSample } from './load.ts';
import { meterOtherLoad, meterProcessCpu, waitForQuiet } from './machine-load.ts';
import type { ScenarioResult } from './report.ts';
import type { Scenario } from './scenarios.ts';
import type { ServerProcess } from './server-process.ts';

export interface Subject {
  scenario: Scenario;
  server: ServerProcess;
}

export interface MeasureOptions {
  connections: number;
  /** Measured seconds per subject, split over the rounds. */
  duration: number;
  warmup: number;
  idleWait: number;
  rounds: number;
}

/** A few requests before the load, so that a wrong URL fails loudly instead of measuring error pages. */
async function probe({ scenario, server }: Subject): Promise<void> {
  for (const path of scenario.paths.slice(0, 20)) {
    const res = await fetch(server.origin + path, { redirect: 'manual' });
    await res.arrayBuffer();
    if (res.status !== scenario.status) throw new Error(`${scenario.key}: ${path} answered ${res.status}, expected ${scenario.status}`);
  }
}

interface Tally {
  samples: LoadSample[];
  cpuMs: number;
  otherCores: number[];
}

export async function measure(subjects: Subject[], o: MeasureOptions, log: (line: string) => void): Promise<ScenarioResult[]> {
  const tallies = new Map<Subject, Tally>(subjects.map((s) => [s, { samples: [], cpuMs: 0, otherCores: [] }]));
  const peaks = new Map<Subject, number | undefined>();
  try {
    for (const subject of subjects) await probe(subject);
    log(`  ${subjects.map((s) => `${s.scenario.title} (pid ${s.server.pid})`).join(' alternating with ')} …`);
    if (o.idleWait > 0) await waitForQuiet(o.idleWait, 0.2, log);
    for (let round = 0; round < o.rounds; round++) {
      for (const subject of subjects) {
        const tally = tallies.get(subject)!;
        let stopMeters = (): void => {};
        const sample = await runLoad({
          origin: subject.server.origin, paths: subject.scenario.paths, connections: o.connections,
          duration: o.duration / o.rounds, warmup: round === 0 ? o.warmup : 0,
        }, () => {
          const others = meterOtherLoad(subject.server.pid);
          const cpu = meterProcessCpu(subject.server.pid);
          stopMeters = () => {
            const cores = others.stop();
            if (cores !== undefined) tally.otherCores.push(cores);
            tally.cpuMs += cpu.stop() ?? NaN;
          };
        });
        stopMeters();
        tally.samples.push(sample);
      }
    }
  } finally {
    for (const subject of subjects) peaks.set(subject, await subject.server.stop());
  }
  return subjects.map((subject) => {
    const tally = tallies.get(subject)!;
    const load = summarize(tally.samples);
    return {
      scenario: subject.scenario,
      load,
      peakRss: peaks.get(subject),
      otherCores: tally.otherCores.length ? tally.otherCores.reduce((a, b) => a + b, 0) / tally.otherCores.length : undefined,
      cpuPerRequestMs: Number.isFinite(tally.cpuMs) && load.responses > 0 ? tally.cpuMs / load.responses : undefined,
    };
  });
}
