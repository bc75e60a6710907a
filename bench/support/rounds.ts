/**
 * What the benchmarks' rounds share: the median of a run's figures, the machine's load average to print beside
 * them, a recorder of named steps timed round after round, and a client on the scratch PostgreSQL of the
 * statement benchmarks (PGHOST/PGPORT/PGUSER/PGDATABASE).
 */
import { loadavg } from 'node:os';
import { Client } from 'pg';

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The 1, 5 and 15 minute load averages, as `1.2 / 0.9 / 0.7`. */
export const loadAverage = (): string =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');

/** Times named steps (milliseconds) each round; `print` gives each step's median after dropping warm-up rounds. */
export class StepTimes {
  readonly times: Record<string, number[]> = {};

  async time(step: string, f: () => Promise<unknown>): Promise<void> {
    const start = process.hrtime.bigint();
    await f();
    (this.times[step] ??= []).push(Number(process.hrtime.bigint() - start) / 1e6);
  }

  /** One line a step: its median over the rounds after the first `warmUp`, and those rounds. */
  print(warmUp = 2): void {
    const width = Math.max(0, ...Object.keys(this.times).map((k) => k.length)) + 2;
    for (const [step, all] of Object.entries(this.times)) {
      const runs = all.slice(warmUp);
      console.log(`${step.padEnd(width)} median ${median(runs).toFixed(1)} ms  (runs ${runs.map((x) => x.toFixed(0)).join(' ')})`);
    }
  }
}

/** A connected client on the PostgreSQL the PG* variables name (default: the socket in /tmp, user postgres). */
export async function scratchPg(): Promise<Client> {
  const c = new Client({
    host: process.env.PGHOST ?? '/tmp',
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? 'postgres',
    database: process.env.PGDATABASE ?? 'postgres',
  });
  await c.connect();
  return c;
}
