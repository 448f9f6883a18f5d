// Guidelines: send the mail to "l'indirizzo riferito al modulo" of the problem.
import { isVendorAddress, normalizeAddress } from '../directory/addresses';
import type { Recipient } from '../types';
import type { Rule } from './rule';

export const wrongModuleAddress: Rule = {
  id: 'wrong-module-address',
  defaultSeverity: 'warning',
  check(ctx) {
    const module = ctx.module;
    if (!module) return [];
    const to: Recipient[] = ctx.draft.to ?? [];
    const target = normalizeAddress(module.address);
    if (to.some((r) => r?.address && normalizeAddress(r.address) === target)) return [];
    // Vendor addresses in To are replaced by the module address; other recipients stay.
    const kept = to.filter((r) => r?.address && !isVendorAddress(r.address, ctx.directory));
    return [
      {
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
};
