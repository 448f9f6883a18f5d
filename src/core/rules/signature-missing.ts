// Guidelines: "inserire sempre la firma di chi invia la mail". The From header does not count.
import { buildSignatureBlock } from '../fixes/signature-block';
import { digitWord, findPhones } from '../phone/find-phones';
import { fold } from '../text/fold';
import { splitLines } from '../text/lines';
import { writerNameQuestion } from '../text/quotes';
import {
  escapeRe,
  isNameWord,
  lineHasPersonName,
  lineIsSenderInitial,
  lineIsSenderName,
  personalDisplayName,
  personalWords,
  titleAlternation,
} from '../text/person-name';
import { defineRule, type RuleContext } from './rule';
import { signatureParts } from './signature-parts';
import { endOfOwnText } from './text-locations';

/** Lines where a signature can be: the signature block, else the last lines of the own text. */
function signatureLines(ctx: RuleContext) {
  const signature = ctx.body.signature;
  // A signature above answers typed in a long quoted mail may start before the own text's last
  // lines: its own block is read then.
  const tail =
    signature && ctx.signature && signature.start < ctx.tail.start ? ctx.signature : ctx.tail;
  const lines = splitLines(tail.text)
    .filter((l) => l.text.trim() !== '')
    .map((l) => ({ ...l, start: l.start + tail.start, end: l.end + tail.start }));
  if (!signature) {
    // Answers typed inside the operator's quote are no signature: with none found, the writer's
    // name is looked for above the quote ("GC: posizione Cassa Depositi e Prestiti" names nobody).
    const quoted = ctx.body.quoted;
    if (ctx.body.answers > 0 && quoted && quoted.start > ctx.body.own.start) {
      return lines.filter((l) => l.end <= quoted.start).slice(-6);
    }
    return lines.slice(-6);
  }
  // The block, plus up to two short lines just above it ("Mario Rossi" before "Cordiali saluti").
  const first = Math.max(
    0,
    lines.findIndex((l) => l.end > signature.start),
  );
  const above = lines
    .slice(Math.max(0, first - 2), first)
    .filter((l) => l.text.trim().length <= 60);
  // A signature above answers typed in the quote ends where they begin: they are no signature.
  const block = lines.slice(first).filter((l) => l.start < signature.end);
  return [...contactParagraph(tail, lines, first - above.length), ...above, ...block];
}

/**
 * A form's contact lines ("Nome: …", "Tel. …", "Disponibilità: …") or a name block typed above a
 * server banner or a bare "Grazie": the unbroken run of short lines that ends the text above.
 */
function contactParagraph(
  region: { text: string; start: number },
  lines: { text: string; start: number }[],
  end: number,
) {
  const { text, start } = region;
  const run = [];
  for (let i = end - 1; i >= 0 && run.length < 4; i--) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (line.text.trim().length > 60) break;
    if (next && /\n[^\S\n]*\n/.test(text.slice(line.start - start, next.start - start))) break;
    run.unshift(line);
  }
  return run;
}

/** The words of the names the user is known by (settings, From display name), folded. */
function firstNamesOf(names: (string | undefined)[]): Set<string> {
  return new Set(
    names.flatMap((n) => fold(n ?? '').split(/[^a-z']+/)).filter((w) => w.length >= 3),
  );
}

/** What follows a name in a signature run into the text: an office, an Ente, a number. */
const contactAfter =
  // "Francesca dell'anagrafe di …", "Chiara (tributi Comune di Trento)".
  "\\s*(?:[,(/-]\\s*)?(?:dell'|del |della |dello |dei |delle )?" +
  '(?:ufficio|uff\\b|servizio|servizi|settore|area|comune|polizia|ragioneria|tributi|anagrafe|protocollo|segreteria|' +
  'personale|elettorale|demografic[io]|economato|stato civile|ced\\b|suap\\b|sue\\b|urp\\b|sportello|edilizia|urbanistica|' +
  'commercio|scuola|istruzione|sociali|biblioteca|contabilita|finanziario|tecnico|pl\\b|p\\.l\\.|tel|cell|\\+?\\d|' +
  // A role: "Calogero Bono messo notificatore Comune di Sciacca 0925…".
  'mess[oi]\\b|notificator|vigile|agente|ispettore|comandante|assistente|istruttor|responsabile|funzionari|ufficiale|' +
  // Abbreviated: "Roberta Carrara serv. personale associato…".
  'serv\\b|sett\\b|trib\\b)';

// "Grazie, Chiara", "Chiara", "Luca 347 281 9034": a sign-off with a lone first name, maybe with
// the number typed after it on a phone.
// "Michela - elettorale Latisana": the office after a dash, its last word a word.
const officeAfterDash = "(?:[ \\t]+[-–][ \\t]+(?:[a-z'.]+ ){0,4}[a-z'.]*[a-z])?";
// ", mi trovate al 0461 502318": the number, maybe with the words that offer it.
const phoneNumber =
  '[ \\t]*(?:[-,][ \\t]*)?(?:(?:mi trovate|mi trovi|chiamatemi|richiamatemi)(?: al| allo| a)?[ \\t]+)?' +
  '(?:(?:tel|cell)\\.?[ \\t]*)?\\+?\\d[\\d ./]{5,18}\\d';
const phoneAfterName = `(?:${phoneNumber})?`;
// "Mauro 347 8820193 dalle 8 alle 14": the time to call after the number.
const timeAfterPhone =
  "(?:[ \\t,]+(?:dalle|dopo|fino|oggi|mattina|pomeriggio|ore|entro)\\b[a-z0-9 .:']{0,30})?";
// "3405512098 Sanna": on a phone the number may come first; "Cellulare 339 4410 872 - Piero",
// the number the operator asked for, named and then signed.
const phoneBeforeName =
  '(?:(?:(?:cellulare|cell|tel|telefono|numero)\\.?:?[ \\t]*)?\\+?\\d[\\d ./]{5,18}\\d[ \\t]+(?:[-–,][ \\t]*)?)?';
/** The thanks or greeting that closes a phone mail before the name. */
const thanksWords =
  '(?:grazie(?: mille)?|grz|tnx|thx|ciao|saluti|cordialmente|a presto|buona giornata|buon lavoro)';
/** The thanks and what follows it before the name: "grazie, ", "grz ". */
const closings = `${thanksWords}[!,.]*\\s+`;
const signOff = `(?:${closings})?`;
// "Rosalba 339 221 0875 Comune di Atri", "grz Valentina 328 771 6040 trib. Sulmona": the office or
// the Ente after the number.
const officeAfterPhone = `${contactAfter}[a-z' .,()/-]{0,40}`;
// "Francesca, anagrafe Comune di Bagnacavallo", "grazie Bruna, Comune di Pinzolo 0465 503 022":
// an office or the Ente after the name, maybe the number after them.
const officeAfterName = `${contactAfter}[a-z' .,()/-]{0,40}?${phoneAfterName}${timeAfterPhone}`;
const loneName = new RegExp(
  `^${phoneBeforeName}${signOff}([a-z']{3,20})[!.,]?${officeAfterDash}` +
    `(?:${phoneAfterName}${timeAfterPhone}|${phoneNumber}${officeAfterPhone}|${officeAfterName})$`,
);

/**
 * A lone first name closing the mail counts when it is a word of the sender's name (From
 * display name or settings): "Chiara" from "Chiara Benedetti". From an office mailbox
 * ("Protocollo Comune di …") it names nobody.
 */
function isLoneFirstName(line: string, names: Set<string>): boolean {
  const m = loneName.exec(fold(line.trim()));
  return !!m && names.has(m[1]!);
}

/** "COMUNE DI" closing a line of a letterhead: the next line is the Ente's name, not a person's. */
const enteHeading =
  /\b(?:comune|citta|provincia|regione|municipio|unione(?: dei comuni| montana)?|comunita montana) (?:di|del|della|dei|delle|dell')\s*$/;

function namesTheEnteAbove(line: string | undefined): boolean {
  return line !== undefined && enteHeading.test(fold(line));
}

/** "geom. ", "dott.ssa ": a title before the name. */
const personTitle = `(?:${titleAlternation}[ \\t]+)?`;

/**
 * The sender's name written into the text, with no line of its own: a sign-off dictated into the
 * last line ("…grazie Marco Pavan ufficio tributi comune di Cittadella 049…", "…di mattina
 * Caterina Sculco"), a nickname before the surname ("grazie Mimmo Petrone Comune di Eboli"), or
 * the writer introducing themselves first ("sono Patrizia Di Mambro dei tributi del Comune di
 * Cassino, 0776…") or typing the signature's line first. The whole name counts, or the surname
 * where a signature's words follow.
 */
function nameInText(ctx: RuleContext, names: string[][]): boolean {
  // Answers typed in the quote end the own text: a sign-off run into the text above it ("… Grazie
  // Anna Neri ufficio tributi 0541 …") ends what the user wrote first.
  const quoted = ctx.body.quoted;
  const above =
    ctx.body.answers > 0 && quoted && quoted.start > ctx.body.own.start
      ? ctx.body.read.slice(ctx.body.own.start, quoted.start).trimEnd()
      : '';
  const ends = [ctx.tail.text, above].filter((t) => t !== '').map((t) => fold(t.slice(-240)));
  const opening = fold(ctx.own.text.slice(0, 200));
  return names.some((words) => {
    if (words.length < 2) return false;
    const name = words.map(escapeRe).join('\\s+');
    // Surname first: "Coppola Nadia", "Di Nardo Roberto" (the surname's particle stays with it).
    const reversed = [...words.slice(1), words[0]!].map(escapeRe).join('\\s+');
    const who = `(?:${name}|${reversed})`;
    const surname = escapeRe(words[words.length - 1]!);
    // After a thanks or a greeting, ending the text after a number or a time of day, or opening a
    // line of office, Ente and phone ("Salvatore Messina elettorale comune di Gela 0933…").
    // The thanks may be glued to the name by a phone that joined the lines ("grazieCarmine Di
    // Nucci protocollo…"); a number may be dictated in words ("…sei cinque Giuseppina D'Angelo
    // comune di…").
    const signed = new RegExp(
      `\\b${thanksWords}[!,.]*\\s*${who}\\b|(?:\\d|mattina|pomeriggio|${digitWord})[ \\t,.?]*${who}(?:[ \\t.!]*$|${contactAfter})|` +
        // Or opening a line or a sentence of its own: "…Mi chiamate? Davide Malagoli 339 802 1145";
        // introduced so near the end, with the office: "Sono Nino Cusimano della polizia locale…".
        `(?:^|\\n|[.!?][ \\t])[ \\t]*(?:(?:sono|mi chiamo|vi scrive) )?${personTitle}${who}${contactAfter}|` +
        `\\b${closings}[a-z']+\\s+${surname}${contactAfter}`,
    );
    return (
      ends.some((end) => signed.test(end)) ||
      new RegExp(
        `(?:^|[\\n,.!] ?|\\b(?:buongiorno|buonasera|salve|ciao) )\\s*(?:sono|mi chiamo|vi scrive|qui e)\\s+${who}\\b|` +
          // Or typed first, with office or phone: "Enzo Ciccolella Polizia Locale Comune di
          // Gaeta 0771…".
          `^\\s*${personTitle}${who}${contactAfter}`,
      ).test(opening)
    );
  });
}

/**
 * From an office mailbox whose display name names nobody: a crammed line that opens with a full
 * name, then an office, and holds a phone ("Anna Esposito Ragioneria Comune di Nola 081 512
 * 3456"). Both words must be name words ("Polizia Municipale …" is no name). From a person's
 * mailbox the name must be theirs (above).
 */
// An abbreviated title first maybe: "Dott.", "Sovr.", "Dott.ssa".
const leadingName =
  /^[ \t]*(?:([A-Za-z]{1,8}\.[A-Za-z.]{0,6})[ \t]+)?([A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff']+) ([A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff']+)(?=[ \t,-])/;
/** What follows the name at once: an office, an Ente, a number. */
const contactFirst = new RegExp(`^${contactAfter}`);
/** A person's title as a whole word: "Dott.", "Sovr." (not "Uff.", an office). */
const wholeTitle = new RegExp(`^(?:${titleAlternation})$`);
function opensWithName(line: string): boolean {
  const m = leadingName.exec(line.slice(0, 200));
  if (!m || !isNameWord(m[2]!) || !isNameWord(m[3]!)) return false;
  if (m[1] !== undefined && !wholeTitle.test(fold(m[1]))) return false;
  const after = fold(line.slice(m.index + m[0].length, m.index + m[0].length + 40));
  return contactFirst.test(after) && findPhones(line).length > 0;
}

/**
 * From an office mailbox, a phone sign-off typed all in lower case: the thanks, two words, the
 * office and the number ("grazie elena pasqualetto anagrafe ponte di livenza 0422 853120"). The
 * thanks and the office around them make the two words a name; courtesy words are not.
 */
const lowerSignOff = new RegExp(`\\b${closings}([a-z']{3,20}) ([a-z']{3,20})${contactAfter}`);
const courtesyWords = new Set(
  'per con del della dello dei delle degli che non tanto tutto tutti ancora anticipo aiuto attenzione collaborazione disponibilita cortesia pazienza'.split(
    ' ',
  ),
);
function lowerCaseSignOff(line: string): boolean {
  const m = lowerSignOff.exec(fold(line.slice(0, 200)));
  if (!m || findPhones(line).length === 0) return false;
  return [m[1]!, m[2]!].every(
    (w) =>
      !w.startsWith("l'") && !courtesyWords.has(w) && isNameWord(w[0]!.toUpperCase() + w.slice(1)),
  );
}

/**
 * From an office mailbox (or a display name of the same person, "A. Murgia"), the writer
 * introducing themselves with a full name, their office and their Ente at the text's start ("sono
 * Chiara Bonetti dell'ufficio ragioneria del Comune di …"), with a phone in the text: that is the
 * signature the helpdesk needs, written first.
 */
const nameWord = "[A-Z\\u00c0-\\u00dd][a-z\\u00e0-\\u00ff']+";
const introduction = new RegExp(
  `(?:^|[\\n,.!]|\\b(?:buongiorno|buonasera|salve) )[ \\t]*(?:sono|mi chiamo|vi scrive)[ \\t]+(${nameWord}) (${nameWord})(?=[ \\t,])`,
  'i',
);
const roleWord = new RegExp(
  `^(?:${[
    ...['messo', 'messi', 'notificatore', 'agente', 'ispettore', 'ispettrice', 'responsabile'],
    ...['istruttore', 'istruttrice', 'funzionari[oa]', 'segretari[oa]', 'vigile', 'comandante'],
    ...['assessore', 'sindac[oa]', 'dirigente', 'referente', 'operat(?:ore|rice)'],
    ...['impiegat[oa]', 'addett[oa]'],
  ].join('|')})$`,
);
/** The second of a compound first name: "Anna Maria", "Maria Grazia", "Gian Luca". */
const compoundSecond = new RegExp(
  `^(?:${[
    ...['maria', 'grazia', 'luisa', 'rosa', 'teresa', 'paola', 'pia', 'antonietta', 'elena'],
    ...['giovanna', 'angela', 'cristina', 'carla', 'rita', 'luigi', 'paolo', 'pietro', 'antonio'],
    ...[
      'giuseppe',
      'giovanni',
      'francesco',
      'michele',
      'carlo',
      'alberto',
      'luca',
      'marco',
      'franco',
    ],
  ].join('|')})$`,
);
function introducesWithOffice(ctx: RuleContext, sender: string[] | undefined): boolean {
  const opening = ctx.own.text.slice(0, 200);
  const m = introduction.exec(opening);
  if (!m || !isNameWord(m[1]!) || !isNameWord(m[2]!)) return false;
  // From a person's display name ("A. Murgia"), the one introduced must be that person.
  if (sender && !sender.includes(fold(m[2]!)) && !sender.includes(fold(m[1]!))) return false;
  // A name and a surname: not two first names ("sono Anna Maria dell'ufficio…", a lone first
  // name from an office mailbox) nor a role ("sono Messo Notificatore del Comune…").
  const [first, second] = [fold(m[1]!), fold(m[2]!)];
  if (roleWord.test(first) || roleWord.test(second) || compoundSecond.test(second)) return false;
  const after = fold(opening.slice(m.index + m[0].length, m.index + m[0].length + 80));
  // The office and the Ente, as a signature has them: "dell'anagrafe del Comune di Busca".
  return (
    contactFirst.test(after) &&
    /^[^.!?\n]*\b(?:comune|unione|provincia|comunita) d/.test(after) &&
    ctx.phones.length > 0
  );
}

// The office, the Ente or the number may follow on the same line: "…riesci a guardarla tu? grazie
// Bruna, Comune di Pinzolo 0465 503 022".
const thanksThenName = new RegExp(
  `\\b${closings}([a-z']{3,20})[.!]?(?:${contactAfter}[^\\n]{0,60})?[ \\t]*(?:\\n[^\\n]{0,60})?$`,
);

/**
 * A phone mail whose text ends with the thanks and the writer's first name on the same line, the
 * phone or the Ente maybe on one line under it: "…meglio il pomeriggio. grazie Vincenza\n0971
 * 772103 Comune di Tito". The name must be a word of the From or settings name.
 */
function thanksThenFirstName(ctx: RuleContext, firstNames: Set<string>): boolean {
  const end = fold(ctx.tail.text.slice(-240)).trimEnd();
  const m = thanksThenName.exec(end);
  return m !== null && firstNames.has(m[1]!);
}

export const signatureMissing = defineRule({
  id: 'signature-missing',
  severity: 'error',
  summary: 'No line at the end of the own text carries the sender’s name.',
  messages: {
    it: {
      default:
        'Manca la firma con il tuo nome: i ticket senza i riferimenti di chi scrive non vengono presi in carico.',
      fix: 'Aggiungi la firma',
    },
    en: {
      default:
        'Your signature with your name is missing: the helpdesk does not accept tickets without the sender’s details.',
      fix: 'Add the signature',
    },
  },
  check(ctx) {
    // The sender's own full name counts however it is written ("michele scalise") and whatever
    // else its words mean ("Domenica" is a day too). An office mailbox's display name ("Uff.
    // Ragioneria") names nobody: "Ragioneria" under the text is no first name.
    const sender = personalDisplayName(ctx.draft.from?.name);
    const firstNames = firstNamesOf([ctx.settings.name, ...personalWords(ctx.draft.from?.name)]);
    const lines = signatureLines(ctx);
    const named = lines.some(
      (l, i) =>
        (!namesTheEnteAbove(lines[i - 1]?.text) && lineHasPersonName(l.text, ctx.settings.name)) ||
        // The last line only: a name at the start of a sentence above is a colleague's.
        (sender === undefined && i === lines.length - 1 && opensWithName(l.text)) ||
        (sender === undefined && i >= lines.length - 2 && lowerCaseSignOff(l.text)) ||
        (sender !== undefined &&
          (lineIsSenderName(l.text, sender) || lineIsSenderInitial(l.text, sender))) ||
        isLoneFirstName(l.text, firstNames),
    );
    if (named) return [];
    // The operator's form asked who writes and the user typed their name in it ("Nome e cognome:
    // Daniela Moro", "Referente: PASQUALE ROMEO ISTRUTTORE PL").
    // An office mailbox's name ("Ufficio Ragioneria") names nobody: "Referente: Ufficio
    // Ragioneria" in the operator's form is no person either.
    const knownName = ctx.settings.name ?? (sender ? ctx.draft.from?.name : undefined);
    if (
      ctx.body.answered.some(
        ({ question, answer }) =>
          writerNameQuestion.test(question) && lineHasPersonName(answer.text, knownName),
      )
    ) {
      return [];
    }
    const settingsName = personalDisplayName(ctx.settings.name);
    if (
      nameInText(
        ctx,
        [sender, settingsName].filter((n): n is string[] => n !== undefined),
      ) ||
      thanksThenFirstName(ctx, firstNames) ||
      introducesWithOffice(ctx, sender)
    ) {
      return [];
    }
    const signature = ctx.body.signature;
    return [
      {
        messageId: 'default',
        where: signature
          ? { field: 'body', start: signature.start, end: signature.end }
          : endOfOwnText(ctx),
        fix: {
          id: 'append-signature',
          labelId: 'fix',
          edits: [
            {
              kind: 'append-to-body',
              text: buildSignatureBlock(ctx.settings, signatureParts(ctx)),
            },
          ],
        },
      },
    ];
  },
});
