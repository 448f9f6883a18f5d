// What the user's own text already holds of a signature block, so that a fix appending one adds
// only the missing lines (a second "Tel." or "Reperibile:" would duplicate the user's).
import type { SignatureParts } from '../fixes/signature-block';
import { fold } from '../text/fold';
import { hasSlot } from './availability-missing';
import type { RuleContext } from './rule';

export function signatureParts(ctx: RuleContext): SignatureParts {
  return {
    phone: ctx.phones.length > 0,
    availability: hasSlot(ctx),
    enti: (ctx.settings.enti ?? []).filter((e) => {
      const ente = fold(e).trim();
      return ente !== '' && ctx.own.folded.includes(ente);
    }),
  };
}
