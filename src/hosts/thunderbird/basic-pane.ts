// A plain-DOM report view used by the compose-action popup until the shared React pane is
// available: verdict, findings and their one-click fixes.
import { resolveConfig } from '../../core/config/admin-config';
import { checkTicket } from '../../core/engine';
import type { Finding, Locale } from '../../core/types';
import type { MailHost } from '../shared/mail-host';
import { text } from './texts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, textContent?: string) {
  const node = document.createElement(tag);
  if (textContent !== undefined) node.textContent = textContent;
  return node;
}

export function mountBasicPane(container: HTMLElement, host: MailHost): () => void {
  let locale: Locale = host.displayLocale() ?? 'it';
  const status = el('p');
  status.setAttribute('role', 'status');
  const list = el('ul');
  container.replaceChildren(status, list);

  async function refresh() {
    status.textContent = text(locale, 'loading');
    try {
      const [admin, prefs] = await Promise.all([host.loadAdminConfig(), host.loadPreferences()]);
      const effective = resolveConfig(admin.config, prefs ?? {});
      const report = checkTicket(await host.readDraft(), effective.options);
      locale = report.locale;
      document.documentElement.lang = locale;
      const parts = [`${report.score}/100`];
      if (report.findings.length === 0) parts.push(text(locale, 'noFindings'));
      if (report.module) {
        const { name, address } = report.module;
        parts.push(text(locale, 'moduleLabel', { name, address }));
      }
      if (admin.error) parts.push(text(locale, 'adminNotice', { error: admin.error }));
      status.textContent = parts.join(' · ');
      status.dataset.verdict = report.verdict;
      list.setAttribute('aria-label', text(locale, 'findingsLabel'));
      list.replaceChildren(...report.findings.map(renderFinding));
    } catch (err) {
      status.textContent = text(locale, 'readFailed', { error: (err as Error).message });
      const retry = el('button', text(locale, 'retry'));
      retry.type = 'button';
      retry.addEventListener('click', () => void refresh());
      list.replaceChildren(retry);
    }
  }

  function renderFinding(f: Finding) {
    const li = el('li');
    li.className = f.severity;
    li.dataset.rule = f.rule;
    li.append(el('span', f.message));
    if (f.fix) {
      const fix = f.fix;
      const b = el('button', fix.label);
      b.type = 'button';
      b.addEventListener('click', async () => {
        b.disabled = true;
        try {
          await host.applyEdits(fix.edits);
        } finally {
          await refresh();
        }
      });
      li.append(' ', b);
    }
    return li;
  }

  const unsubscribe = host.onChange(() => void refresh());
  void refresh();
  return unsubscribe;
}
