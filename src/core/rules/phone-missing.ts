// Guidelines: the signature must carry "i suoi riferimenti telefonici (fisso o cellulare)".
import { inserted } from '../fixes/inserted-text';
import { buildSignatureBlock } from '../fixes/signature-block';
import { isValidPhoneSetting } from '../phone/phone-setting';
import { isSomeoneElsesPhone } from '../phone/someone-elses-phone';
import type { PhoneMatch } from '../phone/find-phones';
import { defineRule, type RuleContext } from './rule';
import { signatureParts } from './signature-parts';
import { endOfOwnText } from './text-locations';

/**
 * True when `phone` is the writer's: not a citizen's, a taxpayer's or a parent's given in the
 * request as data of the case.
 */
export function isWritersPhone(ctx: RuleContext, phone: PhoneMatch): boolean {
  const signatureStart = ctx.signature?.start ?? null;
  // A signature above answers typed in the quote ends before them: a number in the answers is
  // read as the request's.
  const signatureEnd = ctx.body.signature?.end ?? Infinity;
  const writer = [ctx.settings.name ?? '', ctx.draft.from?.name ?? ''];
  return !isSomeoneElsesPhone(
    ctx.body.read,
    phone,
    phone.start < signatureEnd ? signatureStart : null,
    writer,
  );
}

export const phoneMissing = defineRule({
  id: 'phone-missing',
  severity: 'error',
  summary:
    "No Italian phone number (landline or mobile) in the own text, or only a citizen's, a taxpayer's or a parent's.",
  messages: {
    it: {
      default:
        'Manca un numero di telefono (fisso o cellulare) per ricontattarti: i ticket senza riferimenti non vengono presi in carico.',
      othersOnly:
        "Il numero nel testo è di un'altra persona (cittadino, contribuente, genitore): aggiungi il tuo telefono per essere ricontattato.",
      fix: 'Aggiungi il telefono {phone}',
    },
    en: {
      default:
        'A phone number (landline or mobile) to call you back is missing: the helpdesk does not accept tickets without one.',
      othersOnly:
        'The number in the text belongs to someone else (a citizen, a taxpayer, a parent): add your own phone so you can be called back.',
      fix: 'Add the phone number {phone}',
    },
  },
  check(ctx) {
    // A citizen's or a parent's number in the request is data of the case: the helpdesk calls the
    // writer back.
    if (ctx.phones.some((p) => isWritersPhone(ctx, p))) return [];
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
        messageId: ctx.phones.length > 0 ? 'othersOnly' : 'default',
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
