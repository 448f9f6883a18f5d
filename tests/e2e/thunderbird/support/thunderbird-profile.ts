// A fresh, off-network Thunderbird profile with one account, an SMTP server on 127.0.0.1 and
// the extension sideloaded (see /work/shared/notes/thunderbird-headless.md for why each pref).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const GECKO_ID = 'verifica-ticket@verifica-ticket.example';
export const USER = { name: 'Mario Rossi', email: 'mario.rossi@comune.example' };

export interface ProfileOptions {
  smtpPort: number;
  /** The extension as an .xpi file's bytes. */
  xpi: Uint8Array;
  /** storage.managed data (the 3rdparty policy), written to HOME/.mozilla/managed-storage. */
  managed?: unknown;
  /** Raw text for the managed-storage file (to test an unreadable one). */
  managedRaw?: string;
  /** Further prefs for user.js. */
  prefs?: Record<string, string | number | boolean>;
}

export interface Profile {
  home: string;
  dir: string;
}

function pref(name: string, value: string | number | boolean): string {
  return `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`;
}

export function userJs(
  smtpPort: number,
  extra: Record<string, string | number | boolean> = {},
): string {
  const off = 'http://127.0.0.1:9/';
  const prefs: [string, string | number | boolean][] = [
    // Sideloaded, unsigned extension enabled without a prompt.
    ['extensions.autoDisableScopes', 0],
    ['extensions.enabledScopes', 15],
    ['xpinstall.signatures.required', false],
    ['extensions.update.enabled', false],
    ['extensions.update.autoUpdateDefault', false],
    ['extensions.getAddons.cache.enabled', false],
    // Account, identity and SMTP server on 127.0.0.1 (no authentication, no TLS).
    ['mail.accountmanager.accounts', 'account1'],
    ['mail.accountmanager.defaultaccount', 'account1'],
    ['mail.accountmanager.localfoldersserver', 'server1'],
    ['mail.account.account1.server', 'server1'],
    ['mail.account.account1.identities', 'id1'],
    ['mail.server.server1.type', 'none'],
    ['mail.server.server1.hostname', 'Local Folders'],
    ['mail.server.server1.name', 'Local Folders'],
    ['mail.server.server1.userName', 'nobody'],
    ['mail.identity.id1.fullName', USER.name],
    ['mail.identity.id1.useremail', USER.email],
    ['mail.identity.id1.valid', true],
    ['mail.identity.id1.smtpServer', 'smtp1'],
    ['mail.identity.id1.compose_html', false],
    ['mail.identity.id1.fcc', false],
    ['mail.identity.id1.attach_signature', false],
    ['mail.smtpservers', 'smtp1'],
    ['mail.smtp.defaultserver', 'smtp1'],
    ['mail.smtpserver.smtp1.hostname', '127.0.0.1'],
    ['mail.smtpserver.smtp1.port', smtpPort],
    ['mail.smtpserver.smtp1.authMethod', 1],
    ['mail.smtpserver.smtp1.try_ssl', 0],
    ['mail.smtpserver.smtp1.username', ''],
    // No first-run screens, no checks that would block or prompt.
    ['mail.provider.enabled', false],
    ['mail.shell.checkDefaultClient', false],
    ['mail.spellcheck.inline', false],
    ['mail.warn_on_send_accel_key', false],
    ['mail.compose.attachment_reminder', false],
    ['mailnews.start_page.enabled', false],
    ['mail.rights.override', true],
    ['app.update.enabled', false],
    ['app.update.auto', false],
    ['datareporting.policy.dataSubmissionEnabled', false],
    ['datareporting.healthreport.uploadEnabled', false],
    ['toolkit.telemetry.enabled', false],
    ['browser.region.update.enabled', false],
    // Off the network: everything remote goes to a closed local port.
    ['app.update.url', off],
    ['services.settings.server', off],
    ['extensions.getAddons.search.browseURL', off],
    ['extensions.webservice.discoverURL', off],
    ['toolkit.telemetry.server', off],
    ['network.proxy.type', 1],
    ['network.proxy.http', '127.0.0.1'],
    ['network.proxy.http_port', 9],
    ['network.proxy.ssl', '127.0.0.1'],
    ['network.proxy.ssl_port', 9],
    ['network.proxy.no_proxies_on', 'localhost, 127.0.0.1'],
    ['network.proxy.allow_hijacking_localhost', false],
    ['network.dns.disablePrefetch', true],
    ['network.prefetch-next', false],
  ];
  prefs.push(...Object.entries(extra));
  return prefs.map(([k, v]) => pref(k, v)).join('\n') + '\n';
}

export function createProfile(options: ProfileOptions): Profile {
  const home = mkdtempSync(path.join(os.tmpdir(), 'vt-tb-home-'));
  const dir = path.join(home, 'profile');
  mkdirSync(path.join(dir, 'extensions'), { recursive: true });
  writeFileSync(path.join(dir, 'user.js'), userJs(options.smtpPort, options.prefs));
  writeFileSync(path.join(dir, 'extensions', `${GECKO_ID}.xpi`), options.xpi);
  if (options.managed !== undefined || options.managedRaw !== undefined) {
    const managedDir = path.join(home, '.mozilla', 'managed-storage');
    mkdirSync(managedDir, { recursive: true });
    const file = {
      name: GECKO_ID,
      description: 'Verifica Ticket admin configuration (test)',
      type: 'storage',
      data: options.managed,
    };
    writeFileSync(
      path.join(managedDir, `${GECKO_ID}.json`),
      options.managedRaw ?? JSON.stringify(file, null, 2),
    );
  }
  return { home, dir };
}
