// A throwaway Thunderbird installation for policy tests, made without root and without touching
// /usr/lib/thunderbird or /etc/thunderbird: a temporary folder whose entries are symbolic links
// to the installed files, except the executable, which is copied (Thunderbird finds its
// application folder, and so distribution/policies.json, from the real path of the running
// executable) and a real distribution/ folder holding the policies.json under test.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { THUNDERBIRD } from './thunderbird-process';

export interface Distribution {
  dir: string;
  /** The copied executable to start. */
  binary: string;
}

export function throwawayDistribution(policies: object): Distribution {
  const installed = path.dirname(realpathSync(THUNDERBIRD));
  const executable = path.basename(realpathSync(THUNDERBIRD));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vt-tb-dist-'));
  for (const name of readdirSync(installed)) {
    if (name === executable || name === 'distribution') continue;
    symlinkSync(path.join(installed, name), path.join(dir, name));
  }
  copyFileSync(path.join(installed, executable), path.join(dir, executable));
  mkdirSync(path.join(dir, 'distribution'));
  writeFileSync(
    path.join(dir, 'distribution', 'policies.json'),
    `${JSON.stringify(policies, null, 2)}\n`,
  );
  return { dir, binary: path.join(dir, executable) };
}
