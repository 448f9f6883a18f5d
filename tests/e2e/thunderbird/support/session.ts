// One Thunderbird run for a test: SMTP listener, harness server, fresh profile, headless
// Thunderbird; `close()` stops Thunderbird by its PID and removes the temporary HOME.
import { rmSync } from 'node:fs';
import { startHarnessServer, type HarnessServer } from './harness-server';
import { startSmtpSink, type SmtpSink } from './smtp-sink';
import { testXpi } from './test-extension';
import { createProfile, type ProfileOptions } from './thunderbird-profile';
import { startThunderbird, type RunningThunderbird } from './thunderbird-process';

export interface Session {
  call: HarnessServer['call'];
  smtp: SmtpSink;
  thunderbird: RunningThunderbird;
  close(): Promise<void>;
}

export async function openSession(
  options: Pick<ProfileOptions, 'managed' | 'managedRaw' | 'prefs'> = {},
): Promise<Session> {
  const smtp = await startSmtpSink();
  const server = await startHarnessServer();
  const profile = createProfile({ ...options, smtpPort: smtp.port, xpi: testXpi(server.port) });
  const thunderbird = startThunderbird(profile.dir, profile.home);
  const close = async () => {
    await thunderbird.stop();
    await server.close();
    await smtp.close();
    rmSync(profile.home, { recursive: true, force: true });
  };
  try {
    await server.connected(30_000);
  } catch (err) {
    const output = thunderbird.output();
    await close();
    throw new Error(`${(err as Error).message}\nThunderbird output:\n${output}`);
  }
  return { call: server.call, smtp, thunderbird, close };
}
