// Admin configuration for Thunderbird: enterprise policies (policies.json → 3rdparty →
// Extensions → our id) reach the extension as storage.managed. The data is the same JSON as the
// Outlook ticket-directory.json, either at the top level or under a "directory" key. Missing →
// the bundled directory; invalid (however deep or large) → the bundled directory plus a notice
// naming the first problems.
import type { AdminConfig } from '../../core/config/admin-config';
import { issueLines, validateDirectory } from '../../core/directory/load-directory';
import { bundledAdminConfig } from '../shared/load-admin-config';
import type { AdminConfigResult } from '../../core/host/mail-host';
import type { TbApi } from './tb-api';

export const managedSource = 'policies.json (3rdparty)';

function isNoManagedStorage(err: unknown): boolean {
  // Firefox/Thunderbird's words when no policy or managed-storage manifest exists.
  return /managed storage manifest not found/i.test(String((err as Error)?.message ?? err));
}

export async function loadManagedAdminConfig(
  storage: TbApi['storage'],
): Promise<AdminConfigResult> {
  let data: Record<string, unknown>;
  try {
    data = (await storage.managed.get()) as Record<string, unknown>;
  } catch (err) {
    if (isNoManagedStorage(err)) return bundledAdminConfig;
    return {
      ...bundledAdminConfig,
      error: `${managedSource}: could not be read (${(err as Error)?.message ?? String(err)})`,
    };
  }
  if (!data || Object.keys(data).length === 0) return bundledAdminConfig;
  const wrapped = Object.keys(data).length === 1 && 'directory' in data;
  const config = wrapped ? data.directory : data;
  // validateDirectory never throws (a deep or huge file becomes issues); this guards the rest,
  // so whatever the policy holds, the bundled directory is used and the notice names why.
  try {
    const issues = validateDirectory(config);
    if (issues.length === 0) return { config: config as AdminConfig, source: managedSource };
    return {
      ...bundledAdminConfig,
      error:
        `${managedSource}: invalid configuration:\n` +
        issueLines(issues, 'en', { prefix: wrapped ? '/directory' : '' }).join('\n'),
    };
  } catch (err) {
    return {
      ...bundledAdminConfig,
      error: `${managedSource}: could not be checked (${(err as Error)?.message ?? String(err)})`,
    };
  }
}
