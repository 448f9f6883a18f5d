// Guidelines: send the mail to "l'indirizzo riferito al modulo" of the problem.
import { isVendorAddress, normalizeAddress } from '../directory/addresses';
import { hasReplyPrefix } from '../text/generic-subject';
import { defineRule, type RuleContext } from './rule';

/** A quoted header's author line: "Da: …", "From: …", "Il giorno … ha scritto:". */
const quotedAuthorLine = /^[\s>]*(?:da|from|de|von|mittente)\s*:|\b(?:ha scritto|wrote) ?:?[ \t]*$/;
/** How far into the quote the answered mail's header is looked for. */
const QUOTED_HEADER_CHARS = 400;

/**
 * A reply to the helpdesk's own mail, sent back to the module address it came from ("RE: [Ticket
 * #51188] CIE …" to demografici@, quoting "Da: Assistenza Demografici <demografici@…>"): the
 * ticket already lives in that module, whatever words the answers use. Not a reply raising
 * another problem (reply-to-ticket-notification reads those).
 */
function answersModuleMail(ctx: RuleContext, sent: readonly string[]): boolean {
  if (ctx.newProblem || !hasReplyPrefix(ctx.subject.text, true)) return false;
  const modules = new Set(ctx.directory.modules.map((m) => normalizeAddress(m.address)));
  const original = ctx.draft.replyContext?.originalFrom?.toLowerCase();
  // Who wrote the quoted mail: its "Da:" line or Thunderbird's "… ha scritto:", not its "A:"
  // (the user's own earlier mail to that address).
  const header =
    original ??
    (ctx.quoted?.folded.slice(0, QUOTED_HEADER_CHARS) ?? '')
      .split('\n')
      .filter((line) => quotedAuthorLine.test(line))
      .join('\n');
  return sent.some((a) => modules.has(a) && header.includes(a));
}

export const wrongModuleAddress = defineRule({
  id: 'wrong-module-address',
  severity: 'warning',
  summary: 'The request is clearly about a module and neither To nor Cc has its address.',
  messages: {
    it: {
      default: "Il ticket sembra riguardare il modulo {module}: l'indirizzo giusto è {address}.",
      fix: 'Invia {to} {address}',
    },
    en: {
      default: 'The ticket seems to be about the {module} module: the right address is {address}.',
      fix: 'Send to {address}',
    },
  },
  check(ctx) {
    const { module } = ctx;
    if (!module) return [];
    const to = ctx.draft.to;
    const target = normalizeAddress(module.address);
    // The ticketing system opens the ticket for the module address in Cc as well.
    const sent = [...to, ...ctx.draft.cc].map((r) => normalizeAddress(r.address));
    if (sent.includes(target) || answersModuleMail(ctx, sent)) return [];
    // Vendor addresses in To are replaced by the module address; other recipients stay.
    const kept = to.filter((r) => r.address && !isVendorAddress(r.address, ctx.directory));
    return [
      {
        messageId: 'default',
        data: { module: module.name, address: module.address },
        where: { field: 'to' },
        fix: {
          id: 'use-module-address',
          labelId: 'fix',
          // Italian elision: "Invia ad atti@…", "Invia a tributi@…".
          labelData: { address: module.address, to: /^[aeiou]/i.test(module.address) ? 'ad' : 'a' },
          edits: [
            {
              kind: 'set-recipients',
              field: 'to',
              recipients: [{ name: module.name, address: module.address }, ...kept],
              basedOn: to,
            },
          ],
        },
      },
    ];
  },
});
