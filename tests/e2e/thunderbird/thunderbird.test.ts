// End to end in a real headless Thunderbird: the extension checks tickets composed there, stops
// or questions sends, applies fixes to the compose window and follows the admin's policies.
// Expectations come from the engine run here on the same content (not from the extension).
import { checkTicket, defaultDirectory, resolveConfig } from '../../../src/core';
import type { AdminConfig, FixEdit, Report, TicketDraft, UserPreferences } from '../../../src/core';
import { openSession, type Session } from './support/session';
import { ensureBuilt } from './support/test-extension';
import { USER } from './support/thunderbird-profile';
import {
  bad,
  genericSubject,
  good,
  notATicket,
  notificationEml,
  warned,
  wrongAddressUnsigned,
  type ComposedTicket,
} from './tickets';

jest.setTimeout(60_000);

interface CheckResult {
  draft: TicketDraft;
  report: Report;
  mode: string;
  admin: { source: string; error: string | null };
  profile: { name?: string; email?: string };
}
interface SendResult {
  sent: boolean;
  error?: string;
}
interface DialogView {
  lang: string;
  role: string | null;
  /** The element carrying the role (a <main> may not be an alertdialog). */
  element: string | null;
  label: string | null;
  description: string | null;
  title: string;
  findings: string[];
  buttons: { id: string; label: string }[];
  focused: string | null;
}
type Details = { to: string[]; subject: string; plainTextBody: string; body: string };

/** Thunderbird's UI language ("en-US" for Debian's package without language packs). */
let uiLanguage = 'it';

/** The engine's report for `draft` under `admin` and `prefs`, in the language the user sees. */
function expectedReport(draft: TicketDraft, admin: AdminConfig, prefs: UserPreferences = {}) {
  const ui = uiLanguage.startsWith('en') ? 'en' : 'it';
  const effective = resolveConfig(admin, prefs);
  return checkTicket(draft, { ...effective.options, locale: effective.settings.language ?? ui });
}

/** A user who has filled in the pane's settings. */
const userPrefs: UserPreferences = { name: USER.name, phone: '0721 123456', language: 'it' };

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 8000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

function subjectOf(raw: string): string {
  return /^Subject: (.*)$/m.exec(raw)?.[1] ?? '';
}

const bundled = defaultDirectory as AdminConfig;

beforeAll(() => {
  ensureBuilt();
});

describe('Thunderbird extension, bundled directory', () => {
  let tb: Session;
  const compose = (t: ComposedTicket) => tb.call<number>('beginNew', t.compose);
  const dialogs = () => tb.call<DialogView[]>('dialogs');
  // A dialog counts once it has rendered its content (its title).
  const oneDialog = () =>
    waitFor('the send dialog', async () => (await dialogs()).find((d) => d.title !== ''));
  const noDialog = () =>
    waitFor('the send dialog to close', async () => ((await dialogs()).length ? undefined : true));

  beforeAll(async () => {
    tb = await openSession();
    uiLanguage = await tb.call<string>('uiLanguage');
    await tb.call('setPreferences', userPrefs);
  });
  afterAll(async () => {
    await tb?.close();
  });

  test.each([
    ['a correct ticket', good],
    ['a bad ticket', bad],
    ['a ticket with a second topic', warned],
    ['a ticket to the wrong module, unsigned', wrongAddressUnsigned],
  ])('reports on %s what the engine says for the same content', async (_name, ticket) => {
    const tab = await compose(ticket);
    const result = await tb.call<CheckResult>('check', tab);
    expect(result.draft).toMatchObject({
      subject: ticket.draft.subject,
      to: ticket.draft.to,
      cc: [],
      from: { name: USER.name, address: USER.email },
      attachments: ticket.draft.attachments,
    });
    expect(result.draft.bodyText.trimEnd()).toBe(ticket.draft.bodyText.trimEnd());
    expect(result.report).toEqual(expectedReport(ticket.draft, bundled, userPrefs));
    expect(result.admin).toEqual({ source: 'bundled', error: null });
    expect(result.profile).toEqual({ name: USER.name, email: USER.email });
    await tb.call('closeTab', tab);
  });

  test('an HTML ticket gets the same verdict and findings as its content', async () => {
    const html =
      '<html><body><p>Buongiorno,</p><p>nel modulo <b>Tributi</b>, calcolando il ravvedimento ' +
      'operoso IMU per un contribuente, il programma restituisce il messaggio di errore ' +
      '"importo non valido" e non permette di stampare il modello F24.</p>' +
      '<p>Cordiali saluti<br>Mario Rossi<br>Comune di Prova<br>tel. 0721 123456</p></body></html>';
    const tab = await tb.call<number>('beginNew', {
      to: ['tributi@ticket.palitalsoft.example'],
      subject: 'IMU: errore nel calcolo del ravvedimento operoso',
      body: html,
      isPlainText: false,
    });
    const { draft, report } = await tb.call<CheckResult>('check', tab);
    expect(draft.bodyHtml).toContain('<b>Tributi</b>');
    const expected = expectedReport(
      { ...good.draft, bodyText: '', bodyHtml: html, attachments: [] },
      bundled,
      userPrefs,
    );
    const summary = (r: Report) => ({
      verdict: r.verdict,
      rules: r.findings.map((f) => [f.rule, f.severity]),
      module: r.module?.id,
      ticketType: r.ticketType,
    });
    expect(summary(report)).toEqual(summary(expected));
    await tb.call('closeTab', tab);
  });

  test('a reply to the ticketing notification carries the original author and is flagged', async () => {
    const original = await tb.call<number>('importMessage', notificationEml);
    const tab = await tb.call<number>('beginReply', original, { isPlainText: true });
    // The rule warns when the reply raises a problem other than the ticket's (answering to add
    // to the same ticket is what the automatic mail asks for).
    await tb.call('applyEdits', tab, [
      {
        kind: 'append-to-body',
        text: 'Approfitto per segnalarvi un altro problema: la stampa del registro di protocollo si blocca.',
      },
    ]);
    const { draft, report } = await tb.call<CheckResult>('check', tab);
    expect(draft.inReplyTo).toBe('t12345@ticket.palitalsoft.example');
    expect(draft.replyContext).toEqual({
      originalFrom: 'noreply@ticket.palitalsoft.example',
      originalSubject: '[Ticket n. 12345] Apertura ticket',
    });
    expect(report.findings.map((f) => f.rule)).toContain('reply-to-ticket-notification');
    await tb.call('closeTab', tab);
  });

  test('a blocked ticket is not sent and the dialog says why', async () => {
    const expected = expectedReport(bad.draft, bundled, userPrefs);
    expect(expected.verdict).toBe('block');
    const tab = await compose(bad);
    const result = await tb.call<SendResult>('send', tab, 'sendNow');
    expect(result.sent).toBe(false);
    expect(result.error).toMatch(/onBeforeSend/);
    const dialog = await oneDialog();
    expect(dialog.title).toBe('Verifica ticket: invio fermato');
    expect(dialog).toMatchObject({
      role: 'alertdialog',
      element: 'div',
      label: 'Verifica ticket: invio fermato',
      description: 'Il ticket non verrebbe preso in carico:',
    });
    expect(dialog.findings).toEqual(
      expected.findings.filter((f) => f.severity === 'error').map((f) => f.message),
    );
    expect(dialog.buttons.map((b) => b.label)).toEqual([
      'Mostra dettagli e correzioni',
      'Correggi',
    ]);
    expect(dialog.focused).toBe('correct');
    await tb.call('clickDialog', 'correct');
    await noDialog();
    expect(tb.smtp.messages.filter((m) => subjectOf(m.raw) === bad.draft.subject)).toEqual([]);
    await tb.call('closeTab', tab);
  });

  test("without a chosen language the dialog speaks Thunderbird's", async () => {
    await tb.call('setPreferences', { ...userPrefs, language: undefined });
    const locale = uiLanguage.startsWith('en') ? 'en' : 'it';
    const expected = expectedReport(bad.draft, bundled, { ...userPrefs, language: undefined });
    const tab = await compose(bad);
    expect(await tb.call<SendResult>('send', tab, 'sendNow')).toMatchObject({ sent: false });
    const dialog = await oneDialog();
    expect(dialog.lang).toBe(locale);
    expect(dialog.title).toBe(
      locale === 'en' ? 'Verifica ticket: sending stopped' : 'Verifica ticket: invio fermato',
    );
    expect(dialog.findings).toEqual(
      expected.findings.filter((f) => f.severity === 'error').map((f) => f.message),
    );
    await tb.call('pressEscapeInDialog');
    await noDialog();
    await tb.call('setPreferences', userPrefs);
    await tb.call('closeTab', tab);
  });

  test('"Mostra dettagli e correzioni" opens the pane on the message; its fix edits the message', async () => {
    const expected = expectedReport(genericSubject.draft, bundled, userPrefs);
    const subjectFix = expected.findings.find((f) => f.rule === 'subject-generic')?.fix;
    const newSubject = subjectFix?.edits.find((e) => e.kind === 'set-subject');
    if (!newSubject || newSubject.kind !== 'set-subject') throw new Error('no subject fix');
    const tab = await compose(genericSubject);
    expect(await tb.call<SendResult>('send', tab, 'sendNow')).toMatchObject({ sent: false });
    await oneDialog();
    await tb.call('clickDialog', 'details');
    await noDialog();
    type Pane = {
      search: string;
      findings: { rule: string; message: string; fix: string | null }[];
    };
    const pane = await waitFor('the pane with findings', async () => {
      const [view] = await tb.call<Pane[]>('panes');
      return view && view.findings.length > 0 ? view : undefined;
    });
    expect(pane.search).toBe(`?tabId=${tab}`);
    expect(pane.findings.map((f) => f.rule).sort()).toEqual(
      expected.findings.map((f) => f.rule).sort(),
    );
    expect(pane.findings.find((f) => f.rule === 'subject-generic')?.fix).toBe(subjectFix!.label);
    await tb.call('clickPaneFix', 'subject-generic');
    await waitFor('the new subject in the compose window', async () =>
      (await tb.call<Details>('details', tab)).subject === newSubject.subject ? true : undefined,
    );
    expect((await tb.call<Details>('details', tab)).plainTextBody.trimEnd()).toBe(
      genericSubject.draft.bodyText.trimEnd(),
    );
    await tb.call('closePanes');
    await tb.call('closeTab', tab);
  });

  test('the "Verifica ticket" button opens the pane on its message; the signature fix adds the signature', async () => {
    const expected = expectedReport(bad.draft, bundled, userPrefs);
    const signature = expected.findings
      .find((f) => f.rule === 'signature-missing')
      ?.fix?.edits.find((e) => e.kind === 'append-to-body');
    if (!signature || signature.kind !== 'append-to-body') throw new Error('no signature fix');
    const tab = await compose(bad);
    expect(await tb.call<boolean>('openActionPopup', tab)).toBe(true);
    type Pane = { findings: { rule: string; fix: string | null }[] };
    const pane = await waitFor('the popup pane with findings', async () => {
      const [view] = await tb.call<Pane[]>('panes');
      return view && view.findings.length > 0 ? view : undefined;
    });
    expect(pane.findings.map((f) => f.rule).sort()).toEqual(
      expected.findings.map((f) => f.rule).sort(),
    );
    await tb.call('clickPaneFix', 'signature-missing');
    const body = await waitFor('the signature in the compose window', async () => {
      const { plainTextBody } = await tb.call<Details>('details', tab);
      return plainTextBody.includes(signature.text) ? plainTextBody : undefined;
    });
    expect(body.startsWith(bad.draft.bodyText.trimEnd())).toBe(true);
    await tb.call('closePanes');
    await tb.call('closeTab', tab);
  });

  test('a correct ticket reaches the helpdesk without any question', async () => {
    expect(expectedReport(good.draft, bundled, userPrefs).verdict).toBe('ok');
    const tab = await compose(good);
    const result = await tb.call<SendResult>('send', tab, 'sendNow');
    expect(result).toMatchObject({ sent: true });
    const mail = await tb.smtp.waitFor((m) => subjectOf(m.raw) === good.draft.subject, 10_000);
    expect(mail.to).toEqual(['tributi@ticket.palitalsoft.example']);
    expect(mail.raw).toContain('errore-ravvedimento.png');
    expect(await dialogs()).toEqual([]);
  });

  test('mail that is not for the helpdesk is never checked', async () => {
    expect(expectedReport(notATicket.draft, bundled, userPrefs).verdict).not.toBe('ok');
    const tab = await compose(notATicket);
    expect(await tb.call<SendResult>('send', tab, 'sendNow')).toMatchObject({ sent: true });
    await tb.smtp.waitFor((m) => m.to.includes('anna.verdi@comune.example'), 10_000);
    expect(await dialogs()).toEqual([]);
  });

  test('a warning asks once: "Correggi" keeps the message, "Invia comunque" sends it', async () => {
    const expected = expectedReport(warned.draft, bundled, userPrefs);
    expect(expected.verdict).toBe('warn');
    const tab = await compose(warned);

    await tb.call('sendInBackground', tab, 'sendNow');
    const question = await oneDialog();
    expect(question.title).toBe('Verifica ticket: inviare comunque?');
    expect(question.findings).toEqual(
      expected.findings.filter((f) => f.severity === 'warning').map((f) => f.message),
    );
    expect(question.buttons.map((b) => b.label)).toEqual(['Correggi', 'Invia comunque']);
    expect(question.focused).toBe('correct');
    await tb.call('pressEscapeInDialog');
    await noDialog();
    const cancelled = await waitFor('the cancelled send', async () =>
      (await tb.call<{ tabId: number; result?: SendResult }[]>('sends')).find(
        (s) => s.tabId === tab && s.result,
      ),
    );
    expect(cancelled.result).toMatchObject({ sent: false });

    await tb.call('sendInBackground', tab, 'sendNow');
    await oneDialog();
    await tb.call('clickDialog', 'send-anyway');
    const mail = await tb.smtp.waitFor((m) => subjectOf(m.raw) === warned.draft.subject, 10_000);
    expect(mail.raw.replace(/ \r?\n/g, ' ')).toContain('è la terza volta che scrivo');
    await noDialog();
  });

  test('a failure of the check itself never blocks: the mail goes out and a notice says so', async () => {
    const ticket: ComposedTicket = {
      ...bad,
      compose: { ...bad.compose, subject: 'Richiesta assistenza (controllo fallito)' },
    };
    expect(await tb.call<boolean>('breakAttachments', true)).toBe(true);
    try {
      const tab = await compose(ticket);
      expect(await tb.call<SendResult>('send', tab, 'sendNow')).toMatchObject({ sent: true });
      await tb.smtp.waitFor((m) => subjectOf(m.raw) === ticket.compose.subject, 10_000);
      const notice = await oneDialog();
      expect(notice.description).toBe(
        'Verifica ticket non è riuscita a controllare questo messaggio, che è stato inviato ' +
          'senza controllo. Dettaglio: simulated failure',
      );
      expect(notice.buttons.map((b) => b.label)).toEqual(['Chiudi']);
      await tb.call('clickDialog', 'correct');
      await noDialog();
    } finally {
      await tb.call('breakAttachments', false);
    }
  });

  test('fixes put the module address in To and append the signature, keeping the text', async () => {
    const tab = await compose(wrongAddressUnsigned);
    const expected = expectedReport(wrongAddressUnsigned.draft, bundled, userPrefs);
    const fixOf = (rule: string) => {
      const fix = expected.findings.find((f) => f.rule === rule)?.fix;
      if (!fix) throw new Error(`the engine offers no fix for ${rule}`);
      return fix.edits;
    };
    const edits: FixEdit[] = [...fixOf('wrong-module-address'), ...fixOf('signature-missing')];
    const signature = edits.find((e) => e.kind === 'append-to-body');
    expect(signature).toBeDefined();

    const after = await tb.call<Details>('applyEdits', tab, edits);
    expect(after.to).toHaveLength(1);
    expect(after.to[0]).toMatch(/^(.*<)?tributi@ticket\.palitalsoft\.example>?$/);
    const original = wrongAddressUnsigned.draft.bodyText.trimEnd();
    expect(after.plainTextBody.startsWith(original)).toBe(true);
    expect(
      after.plainTextBody
        .trimEnd()
        .endsWith(signature!.kind === 'append-to-body' ? signature!.text : ''),
    ).toBe(true);

    const recheck = await tb.call<CheckResult>('check', tab);
    const rules = recheck.report.findings.map((f) => f.rule);
    expect(rules).not.toContain('wrong-module-address');
    expect(rules).not.toContain('signature-missing');
    await tb.call('closeTab', tab);
  });

  test('a fix on an HTML message keeps its formatting', async () => {
    const tab = await tb.call<number>('beginNew', {
      to: ['tributi@ticket.palitalsoft.example'],
      subject: 'IMU: errore nel calcolo',
      body: '<html><body><p>Il calcolo <b>IMU</b> non funziona.</p></body></html>',
      isPlainText: false,
    });
    const after = await tb.call<Details>('applyEdits', tab, [
      { kind: 'append-to-body', text: 'Mario Rossi\ntel. 0721 123456' },
    ]);
    expect(after.body).toContain('<b>IMU</b>');
    expect(after.body).toMatch(/Mario Rossi<br>\s*tel\. 0721 123456/);
    expect(after.plainTextBody).toMatch(/non funziona\.\s+Mario Rossi\ntel\. 0721 123456/);
    await tb.call('closeTab', tab);
  });
});

describe('Thunderbird extension, directory and policy from policies (storage.managed)', () => {
  let tb: Session;
  /** A short idle limit for the non-persistent background page (Thunderbird's default: 30 s). */
  const idleTimeoutMs = 8000;
  const managed: AdminConfig = {
    officialListUrl: 'https://assistenza.fornitore.example/indirizzi/',
    vendorDomains: ['fornitore.example'],
    modules: [
      {
        id: 'tributi',
        name: 'Tributi',
        address: 'tributi@help.fornitore.example',
        keywords: ['IMU', 'TARI', 'tributi', 'ravvedimento'],
      },
    ],
    mode: 'warn-only',
  };
  const retarget = (t: ComposedTicket, address: string): ComposedTicket => ({
    compose: { ...t.compose, to: [address] },
    draft: { ...t.draft, to: [{ address }] },
  });

  beforeAll(async () => {
    tb = await openSession({
      managed,
      prefs: { 'extensions.background.idle.timeout': idleTimeoutMs },
    });
    uiLanguage = await tb.call<string>('uiLanguage');
  });
  afterAll(async () => {
    await tb?.close();
  });

  test('the admin directory replaces the bundled one in the report', async () => {
    const ticket = retarget(good, 'tributi@help.fornitore.example');
    const tab = await tb.call<number>('beginNew', ticket.compose);
    const result = await tb.call<CheckResult>('check', tab);
    expect(result.admin).toEqual({ source: 'policies.json (3rdparty)', error: null });
    expect(result.mode).toBe('warn-only');
    expect(result.report).toEqual(expectedReport(ticket.draft, managed));
    expect(result.report.locale).toBe(uiLanguage.startsWith('en') ? 'en' : 'it');
    expect(result.report.module?.address).toBe('tributi@help.fornitore.example');
    await tb.call('closeTab', tab);
  });

  test('the bundled helpdesk address is no longer a ticket address', async () => {
    const tab = await tb.call<number>('beginNew', bad.compose);
    expect(bad.compose.to[0]).toContain('palitalsoft.example');
    expect(await tb.call<SendResult>('send', tab, 'sendNow')).toMatchObject({ sent: true });
    expect(await tb.call('dialogs')).toEqual([]);
  });

  test('after the background went idle a send still gets checked; warn-only asks, and waits for the user', async () => {
    const ticket = retarget(bad, 'tributi@help.fornitore.example');
    expect(expectedReport(ticket.draft, managed).verdict).toBe('block');
    const tab = await tb.call<number>('beginNew', ticket.compose);
    // Nothing happens for longer than the idle limit: Thunderbird suspends the background page.
    await waitFor(
      'the background page to be suspended',
      async () => ((await tb.call<boolean>('backgroundRunning')) ? undefined : true),
      idleTimeoutMs + 5000,
    );
    await tb.call('sendInBackground', tab, 'sendNow');
    const dialog = await waitFor('the send dialog', async () =>
      (await tb.call<DialogView[]>('dialogs')).find((d) => d.title !== ''),
    );
    expect(dialog.buttons.map((b) => b.id)).toEqual(['correct', 'send-anyway']);
    // The user thinks for longer than the idle limit: the open question must keep the
    // background page, and the send waiting on it, alive.
    await new Promise((r) => setTimeout(r, idleTimeoutMs + 1500));
    await tb.call('clickDialog', 'send-anyway');
    const mail = await tb.smtp.waitFor(
      (m) => m.to.includes('tributi@help.fornitore.example'),
      10_000,
    );
    expect(subjectOf(mail.raw)).toBe(ticket.draft.subject);
  });
});

describe('Thunderbird extension, an invalid policy', () => {
  let tb: Session;
  const broken = {
    officialListUrl: 'https://assistenza.fornitore.example/indirizzi/',
    vendorDomains: ['fornitore.example'],
    modules: [{ id: 'tributi', name: 'Tributi', address: 'non-un-indirizzo', keywords: ['IMU'] }],
  };

  beforeAll(async () => {
    tb = await openSession({ managed: broken });
    uiLanguage = await tb.call<string>('uiLanguage');
    await tb.call('setPreferences', userPrefs);
  });
  afterAll(async () => {
    await tb?.close();
  });

  test('the bundled directory is used and the pane tells the admin what is wrong', async () => {
    const tab = await tb.call<number>('beginNew', bad.compose);
    const result = await tb.call<CheckResult>('check', tab);
    expect(result.admin.source).toBe('bundled');
    expect(result.admin.error).toMatch(/^policies\.json \(3rdparty\): invalid configuration/);
    expect(result.admin.error).toContain('/modules/0/address');
    expect(result.report).toEqual(expectedReport(bad.draft, bundled, userPrefs));

    await tb.call('openPane', tab);
    const pane = await waitFor('the pane with the admin notice', async () => {
      const [view] = await tb.call<{ text: string }[]>('panes');
      return view?.text.includes('/modules/0/address') ? view : undefined;
    });
    expect(pane.text).toContain('policies.json (3rdparty)');
    await tb.call('closePanes');
    // Sends still follow the bundled directory.
    expect(await tb.call<SendResult>('send', tab, 'sendNow')).toMatchObject({ sent: false });
  });
});
