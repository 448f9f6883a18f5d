// Guidelines: the signature must carry "i suoi riferimenti telefonici (fisso o cellulare)".
import { inserted } from '../fixes/inserted-text';
import { buildSignatureBlock } from '../fixes/signature-block';
import { isValidPhoneSetting } from '../phone/phone-setting';
import { defineRule } from './rule';
import { signatureParts } from './signature-parts';
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
    // Only a number the engine itself reads as a phone: "Tel. 12345" would never clear this.
    const usable = phone && isValidPhoneSetting(phone) ? phone : null;
    // With a signature already there, only the phone line is added; otherwise the whole block.
    const text = !usable
      ? null
      : ctx.body.signature
        ? inserted('phoneLine', { phone: usable })
        : buildSignatureBlock(ctx.settings, signatureParts(ctx));
    return [
      {
        messageId: 'default',
        where: endOfOwnText(ctx),
        ...(text
          ? {
              fix: {
                id: 'append-phone',
                labelId: 'fix',
                labelData: { phone: usable! },
                edits: [{ kind: 'append-to-body' as const, text }],
              },
            }
          : {}),
      },
    ];
  },
});
