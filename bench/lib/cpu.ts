// Where the machine's CPU went during a run (Linux /proc; empty figures elsewhere): this process (the load
// generator), the server child, every `postgres` process, and the machine as a whole. In percent of one core.
import { readFileSync } from 'node:fs';
import os from 'node:os';

const TICK_MS = 10; // USER_HZ is 100 on Linux.

function ticksOf(pid: number | string): { comm: string; ticks: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    // After "pid (comm) ": state is field 0; utime is 11, stime 12.
    return { comm, ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined;
  }
}

/** Ticks per pid; a pid that is gone reads as undefined. */
function ticksByPid(pids: readonly number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const pid of pids) {
    const t = ticksOf(pid);
    if (t) m.set(pid, t.ticks);
  }
  return m;
}

function machineTicks(): { busy: number; total: number } {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const total = v.reduce((a, b) => a + b, 0);
    const idle = (v[3] ?? 0) + (v[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return { busy: Number.NaN, total: Number.NaN };
  }
}

export type CpuShare = {
  loadGen: number;
  server: number;
  /** The PostgreSQL processes given: the benchmark database's backends and the server's background processes. */
  postgres: number;
  /** The whole machine, in percent of one core (2 cores fully busy = 200). */
  machine: number;
  /** machine − the three above: anything else running on the machine during the window (noise). */
  other: number;
};

/**
 * Start measuring; call the returned function at the end of the window. `postgresPids`: the PostgreSQL
 * processes to count, listed at the start and again at the end: a process that appeared during the window
 * counts in full, one that exited during it is left out.
 */
export function cpuWindow(
  serverPid: number | undefined,
  postgresPids: readonly number[],
): (postgresPidsAtEnd: readonly number[]) => CpuShare {
  const t0 = performance.now();
  const self0 = process.cpuUsage();
  const server0 = serverPid ? (ticksOf(serverPid)?.ticks ?? Number.NaN) : Number.NaN;
  const pg0 = ticksByPid(postgresPids);
  const m0 = machineTicks();
  return (postgresPidsAtEnd) => {
    const wallMs = performance.now() - t0;
    const self = process.cpuUsage(self0);
    const server1 = serverPid ? (ticksOf(serverPid)?.ticks ?? Number.NaN) : Number.NaN;
    const m1 = machineTicks();
    const pct = (ms: number) => (ms / wallMs) * 100;
    const loadGen = pct((self.user + self.system) / 1000);
    const server = serverPid ? pct((server1 - server0) * TICK_MS) : 0;
    let pgTicks = 0;
    for (const [pid, t1] of ticksByPid([...new Set([...postgresPids, ...postgresPidsAtEnd])]))
      pgTicks += t1 - (pg0.get(pid) ?? 0);
    const postgres = pct(pgTicks * TICK_MS);
    const machine = ((m1.busy - m0.busy) / (m1.total - m0.total)) * 100 * os.availableParallelism();
    return { loadGen, server, postgres, machine, other: Math.max(0, machine - loadGen - server - postgres) };
  };
}

/**
 * Wait until the machine is quiet (total CPU below `maxBusyPct` of one core over two consecutive 1 s windows),
 * so that other work on a shared machine does not land inside a measured window. Gives up after `timeoutMs`
 * and returns false; the run then goes ahead and its CPU table shows the noise.
 */
export async function waitForQuiet(opts: { maxBusyPct: number; timeoutMs: number }): Promise<boolean> {
  const until = performance.now() + opts.timeoutMs;
  let quiet = 0;
  while (performance.now() < until) {
    const m0 = machineTicks();
    await new Promise((r) => setTimeout(r, 1000));
    const m1 = machineTicks();
    const busy = ((m1.busy - m0.busy) / (m1.total - m0.total)) * 100 * os.availableParallelism();
    if (!Number.isFinite(busy)) return true;
    quiet = busy < opts.maxBusyPct ? quiet + 1 : 0;
    if (quiet >= 2) return true;
  }
  return false;
}
