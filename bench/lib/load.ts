// A closed-loop load driver shared by every benchmark here: `concurrency` workers each run `op` back to
// back until the deadline, so both sides of a comparison are driven in exactly the same shape.

import type { CpuShare } from './cpu.js';

export type LoadResult = {
  /** Operations that completed successfully inside the window. */
  ok: number;
  errors: number;
  /** First error message seen, to make a broken run obvious. */
  firstError?: string;
  elapsedMs: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Filled in by callers that measure it (bench/lib/cpu.ts). */
  cpu?: CpuShare;
};

export type LoadOptions = {
  concurrency: number;
  durationMs: number;
  /** One operation; throw (or reject) to count an error. */
  op: () => Promise<void>;
};

export async function runClosedLoop({ concurrency, durationMs, op }: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const start = performance.now();
  const deadline = start + durationMs;

  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await op();
        latencies.push(performance.now() - t0);
      } catch (e) {
        errors++;
        firstError ??= e instanceof Error ? e.message : String(e);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  // Operations in flight at the deadline finish after it; count the window up to the last completion.
  const elapsedMs = performance.now() - start;
  latencies.sort((a, b) => a - b);
  return {
    ok: latencies.length,
    errors,
    firstError,
    elapsedMs,
    perSecond: (latencies.length / elapsedMs) * 1000,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
}

/** Nearest-rank percentile of an ascending array (NaN when empty). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
