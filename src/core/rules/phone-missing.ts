// Guidelines: the signature must carry "i suoi riferimenti telefonici (fisso o cellulare)".
import { buildSignatureBlock } from '../fixes/signature-block';
import { message } from '../messages/catalogue';
import { endOfOwnText } from './text-locations';
import type { Rule } from './rule';

export const phoneMissing: Rule = {
  id: 'phone-missing',
  defaultSeverity: 'error',
  check(ctx) {
    if (ctx.phones.length > 0) return [];
    const phone = ctx.settings.phone?.trim();
    // With a signature already there, only the phone line is added; otherwise the whole block.
    const text = !phone
      ? null
      : ctx.body.signature
        ? message(ctx.locale, 'common', 'phoneLine', { phone })
        : buildSignatureBlock(ctx.settings, ctx.locale);
    return [
      {
        where: endOfOwnText(ctx),
        ...(text
          ? {
              fix: {
                id: 'append-phone',
                labelId: 'fix',
                labelData: { phone: phone! },
                edits: [{ kind: 'append-to-body' as const, text }],
              },
            }
          : {}),
      },
    ];
  },
};
