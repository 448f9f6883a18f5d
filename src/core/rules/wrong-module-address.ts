// Guidelines: send the mail to "l'indirizzo riferito al modulo" of the problem.
import { isVendorAddress, normalizeAddress } from '../directory/addresses';
import { defineRule } from './rule';

export const wrongModuleAddress = defineRule({
  id: 'wrong-module-address',
  severity: 'warning',
  summary: 'A module is detected and no To recipient is that module’s address.',
  messages: {
    it: {
      default: "Il ticket sembra riguardare il modulo {module}: l'indirizzo giusto è {address}.",
      fix: 'Invia a {address}',
    },
    en: {
      default: 'The ticket seems to be about the {module} module: the right address is {address}.',
      fix: 'Send to {address}',
    },
  },
  check(ctx) {
    const module = ctx.module;
    if (!module) return [];
    const to = ctx.draft.to;
    const target = normalizeAddress(module.address);
    if (to.some((r) => normalizeAddress(r.address) === target)) return [];
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
          labelData: { address: module.address },
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
