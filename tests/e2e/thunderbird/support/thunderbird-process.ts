// Starts the real Thunderbird binary headless on a profile and stops it by its own PID.
import { spawn, type ChildProcess } from 'node:child_process';

export const THUNDERBIRD = process.env.THUNDERBIRD_BIN ?? '/usr/lib/thunderbird/thunderbird';

export interface RunningThunderbird {
  pid: number;
  /** Everything Thunderbird wrote to stdout/stderr (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

export function startThunderbird(
  profileDir: string,
  home: string,
  binary = THUNDERBIRD,
): RunningThunderbird {
  const child: ChildProcess = spawn(
    binary,
    ['--headless', '--no-remote', '--profile', profileDir],
    {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: home,
        TMPDIR: process.env.TMPDIR ?? '/tmp',
        MOZ_CRASHREPORTER_DISABLE: '1',
        MOZ_DISABLE_AUTO_SAFE_MODE: '1',
        MOZ_HEADLESS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout?.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (child.pid === undefined) throw new Error(`could not start ${binary}`);
  const pid = child.pid;
  return {
    pid,
    output: () => log,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(pid, 'SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const killed = await Promise.race([
        exited.then(() => true),
        new Promise<boolean>((r) => (timer = setTimeout(() => r(false), 5000))),
      ]);
      clearTimeout(timer);
      if (!killed) {
        process.kill(pid, 'SIGKILL');
        await exited;
      }
    },
  };
}
