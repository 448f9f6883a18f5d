// Guidelines: "inserire sempre la firma di chi invia la mail". The From header does not count.
import { buildSignatureBlock } from '../fixes/signature-block';
import { splitLines } from '../text/lines';
import { lineHasPersonName } from '../text/person-name';
import { endOfOwnText } from './text-locations';
import type { Rule, RuleContext } from './rule';

/** Lines where a signature can be: the signature block, else the last lines of the own text. */
function signatureLines(ctx: RuleContext) {
  const { own, signature, text } = ctx.body;
  const lines = splitLines(text, own.start, own.end).filter((l) => l.text.trim() !== '');
  if (!signature) return lines.slice(-6);
  // The block, plus up to two short lines just above it ("Mario Rossi" before "Cordiali saluti").
  const first = lines.findIndex((l) => l.end > signature.start);
  const above = lines
    .slice(Math.max(0, first - 2), first)
    .filter((l) => l.text.trim().length <= 60);
  return [...above, ...lines.slice(first)];
}

export const signatureMissing: Rule = {
  id: 'signature-missing',
  defaultSeverity: 'error',
  check(ctx) {
    const named = signatureLines(ctx).some((l) => lineHasPersonName(l.text, ctx.settings.name));
    if (named) return [];
    const block = buildSignatureBlock(ctx.settings, ctx.locale);
    return [
      {
        where: ctx.body.signature
          ? { field: 'body', start: ctx.body.signature.start, end: ctx.body.signature.end }
          : endOfOwnText(ctx),
        fix: {
          id: 'append-signature',
          labelId: 'fix',
          edits: [{ kind: 'append-to-body', text: block }],
        },
      },
    ];
  },
};
