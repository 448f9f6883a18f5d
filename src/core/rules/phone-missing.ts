// Guidelines: the signature must carry "i suoi riferimenti telefonici (fisso o cellulare)".
import { inserted } from '../fixes/inserted-text';
import { buildSignatureBlock } from '../fixes/signature-block';
import { defineRule } from './rule';
import { endOfOwnText } from './text-locations';

export const phoneMissing = defineRule({
  id: 'phone-missing',
  severity: 'error',
  summary: 'No Italian phone number (landline or mobile) in the own text.',
  messages: {
    it: {
      default:
        'Manca un numero di telefono (fisso o cellulare) per ricontattarti: i ticket senza riferimenti non vengono presi in carico.',
      fix: 'Aggiungi il telefono {phone}',
    },
    en: {
      default:
        'A phone number (landline or mobile) to call you back is missing: the helpdesk does not accept tickets without one.',
      fix: 'Add the phone number {phone}',
    },
  },
  check(ctx) {
    if (ctx.phones.length > 0) return [];
    const phone = ctx.settings.phone?.trim();
    // With a signature already there, only the phone line is added; otherwise the whole block.
    const text = !phone
      ? null
      : ctx.body.signature
        ? inserted('phoneLine', { phone })
        : buildSignatureBlock(ctx.settings);
    return [
      {
        messageId: 'default',
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
});
