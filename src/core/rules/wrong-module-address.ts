// Guidelines: send the mail to "l'indirizzo riferito al modulo" of the problem.
import { isVendorAddress, normalizeAddress } from '../directory/addresses';
import { defineRule } from './rule';

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
    if ([...to, ...ctx.draft.cc].some((r) => normalizeAddress(r.address) === target)) return [];
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
