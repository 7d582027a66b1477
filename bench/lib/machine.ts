// What a figure was measured on, for BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import os from 'node:os';

function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export type MachineInfo = { nproc: string; cpu: string; memory: string; node: string; os: string };

export function machineInfo(): MachineInfo {
  const free = run('free', ['-h']);
  const mem = free.split('\n').find((l) => l.startsWith('Mem:'));
  return {
    nproc: run('nproc', []),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    // `free -h`, Mem line: total, used, free, shared, buff/cache, available.
    memory: mem ? mem.replace(/\s+/g, ' ') : free,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}
