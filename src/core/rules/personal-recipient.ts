// Guidelines (consigli, 3): no mails to an operator's personal mailbox: in their absence the
// request stays unanswered. Module and ticketing-system addresses are fine.
import { isVendorAddress, normalizeAddress } from '../directory/addresses';
import { fold } from '../text/fold';
import type { Directory, Recipient } from '../types';
import { defineRule, type RuleProblem } from './rule';

/** Module addresses and notification senders: the ticketing system's own (one set per check). */
function systemAddresses(directory: Directory): Set<string> {
  return new Set(
    [...directory.modules.map((m) => m.address), ...(directory.notificationSenders ?? [])].map(
      normalizeAddress,
    ),
  );
}

// Words of shared mailboxes: "assistenza@", "help.desk", "supporto.tecnico", "no-reply" are
// nobody's own mailbox.
const mailboxWords = new Set([
  ...['assistenza', 'supporto', 'support', 'help', 'desk', 'helpdesk', 'ticket', 'tickets'],
  ...['info', 'informazioni', 'noreply', 'no', 'reply', 'notifiche', 'notifica', 'servizio'],
  ...['servizi', 'ufficio', 'staff', 'admin', 'sistema', 'system', 'team', 'tecnico', 'tecnica'],
  ...['commerciale', 'amministrazione', 'segreteria', 'clienti', 'contatti', 'contact'],
  ...['fatturazione', 'ordini', 'vendite', 'marketing', 'pec', 'postmaster', 'webmaster'],
  ...['formazione', 'consulenza', 'sviluppo', 'prodotti', 'cityware', 'palitalsoft'],
  // What offices call their work: "assistenza.paghe@", "vigili@", "tributi.imu@".
  ...['paghe', 'stipendi', 'tasse', 'vigili', 'anagrafe', 'elettorale', 'ragioneria', 'economato'],
  ...['imu', 'tari', 'mensa', 'scuola', 'urp', 'civile', 'stato'],
]);

/**
 * The words of the modules' ids and names ("demografici", "polizia", "locale"): an old per-module
 * mailbox ("assistenza.demografici@") is a shared one too (one set per directory).
 */
const moduleWordsCache = new WeakMap<Directory, Set<string>>();
function moduleWords(directory: Directory): Set<string> {
  let words = moduleWordsCache.get(directory);
  if (!words) {
    words = new Set(
      directory.modules.flatMap((m) => fold(`${m.id} ${m.name}`).split(/[^a-z0-9]+/)),
    );
    words.delete('');
    moduleWordsCache.set(directory, words);
  }
  return words;
}

/**
 * An operator's own mailbox at the vendor: a local part that is not made of shared-mailbox
 * words ("luca.ferri", "m.rossi", "lferri"); "assistenza@", "help.desk@",
 * "assistenza.demografici@" are shared.
 */
function isPersonalMailbox(address: string, modules: Set<string>): boolean {
  const local = normalizeAddress(address).slice(0, address.lastIndexOf('@'));
  const parts = local.split(/[._-]+/).filter((p) => p !== '');
  const shared = (w: string) => mailboxWords.has(w) || modules.has(w);
  // "tributi2", "assistenzatributi", "helpdesk.polizialocale": shared words run together.
  const sharedRun = (p: string): boolean => {
    let end = p.length;
    while (end > 0 && p.charCodeAt(end - 1) >= 48 && p.charCodeAt(end - 1) <= 57) end--;
    const w = p.slice(0, end);
    if (w === '' || shared(w)) return true;
    for (let i = 3; i <= w.length - 3; i++)
      if (shared(w.slice(0, i)) && shared(w.slice(i))) return true;
    return false;
  };
  return parts.length > 0 && !parts.every(sharedRun);
}

type Message = 'default' | 'fix' | 'fixRemove';

export const personalRecipient = defineRule({
  id: 'personal-recipient',
  severity: 'error',
  summary: 'A To/Cc address is an operator’s personal mailbox at the vendor (not a shared one).',
  messages: {
    it: {
      default:
        "{address} sembra la casella personale di un operatore: in sua assenza la richiesta resta inevasa. Usa l'indirizzo del modulo.",
      fix: 'Sostituisci con {moduleAddress}',
      fixRemove: 'Rimuovi {address}',
    },
    en: {
      default:
        '{address} looks like an operator’s personal mailbox: when they are away the request stays unanswered. Use the module address.',
      fix: 'Replace with {moduleAddress}',
      fixRemove: 'Remove {address}',
    },
  },
  check(ctx) {
    const problems: RuleProblem<Message>[] = [];
    const system = systemAddresses(ctx.directory);
    const moduleAddress = ctx.module?.address;
    // The module address replaces the personal ones, unless it is already a recipient; it is
    // added once, in the first field that needs it.
    let moduleNeeded =
      !!moduleAddress &&
      ![...ctx.draft.to, ...ctx.draft.cc].some(
        (x) => normalizeAddress(x.address) === normalizeAddress(moduleAddress),
      );
    for (const field of ['to', 'cc'] as const) {
      const list: Recipient[] = ctx.draft[field];
      const personal = list.filter(
        (r) =>
          !!r?.address &&
          isVendorAddress(r.address, ctx.directory) &&
          !system.has(normalizeAddress(r.address)) &&
          isPersonalMailbox(r.address, moduleWords(ctx.directory)),
      );
      if (personal.length === 0) continue;
      // Each fix changes only its own address (the module address takes its place, or it goes):
      // an edit the size of the whole field in every finding made a report with 2,000 personal
      // recipients weigh 192 MB as JSON. Hosts apply it to the field as it is at the click
      // (applyRecipientEdit), so fixes applied one after another add the module address once.
      const target = moduleNeeded ? moduleAddress : undefined;
      moduleNeeded = false;
      const replacement: Recipient[] = target ? [{ address: target, name: ctx.module!.name }] : [];
      for (const r of personal) {
        problems.push({
          messageId: 'default',
          data: { address: r.address },
          where: { field, excerpt: r.address },
          fix: {
            id: target ? 'use-module-address' : 'remove-personal-address',
            labelId: target ? 'fix' : 'fixRemove',
            labelData: { address: r.address, moduleAddress: target ?? '' },
            edits: [{ kind: 'set-recipients', field, recipients: replacement, basedOn: [r] }],
          },
        });
      }
    }
    return problems;
  },
});
