// Child processes that print one JSON line on stdout when ready (the server) or when done (PGlite).
import { type ChildProcess, spawn } from 'node:child_process';

export type Child = { proc: ChildProcess; firstLine: Promise<Record<string, unknown>>; stop(): Promise<void> };

export function startTsChild(opts: {
  script: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  nodeArgs?: string[];
  timeoutMs: number;
}): Child {
  const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', opts.script], {
    cwd: opts.cwd,
    env: opts.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const firstLine = new Promise<Record<string, unknown>>((resolve, reject) => {
    let buf = '';
    const timer = setTimeout(
      () => reject(new Error(`${opts.script}: no output within ${opts.timeoutMs} ms`)),
      opts.timeoutMs,
    );
    proc.stdout!.setEncoding('utf8');
    proc.stdout!.on('data', (chunk: string) => {
      buf += chunk;
      const nl = buf.indexOf('\n');
      if (nl < 0) return;
      clearTimeout(timer);
      try {
        resolve(JSON.parse(buf.slice(0, nl)) as Record<string, unknown>);
      } catch (e) {
        reject(new Error(`${opts.script}: not JSON: ${buf.slice(0, 200)} (${String(e)})`));
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${opts.script} exited with code ${code} before reporting`));
    });
  });
  return {
    proc,
    firstLine,
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill('SIGTERM');
      const killer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
