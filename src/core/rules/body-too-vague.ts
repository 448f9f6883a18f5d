// Guidelines: "fornire una spiegazione dettagliata dell'anomalia o della richiesta".
import { hasPresentProblem, onlyClosesTicket } from '../classify/classify-type';
import { blankInsertedText } from '../fixes/inserted-text';
import { buildSignatureBlock } from '../fixes/signature-block';
import { buildTicketTemplate } from '../fixes/ticket-template';
import { hasEmbeddedContent } from '../text/blank-body';
import { fold } from '../text/fold';
import { blankMatch as blank } from '../text/matches';
import { isGenericWord } from '../text/generic-subject';
import {
  askFirstPerson,
  askInfinitive,
  knowVerbs,
  objectClitic,
  questionSpans,
  taskVerbsFirstPerson,
} from '../text/questions';
import { expandShorthand } from '../text/shorthand';
import { unwrapLinesInPlace } from '../text/unwrap';
import { isMeaningful, someWord, stem } from '../text/words';
import { patternWith } from '../text/word-list';
import { defineRule, type RuleContext } from './rule';
import { subjectTopic } from './subject-generic';
import { notificationAnswered } from '../classify/ticket-mail-reply';
import { draftEnteMentions } from './ente-mentions';
import {
  contactWords,
  countWords,
  reachWords,
  repliesOnlyWithContact,
} from '../classify/contact-reply';

export const minMeaningfulWords = 10;

/** "non è risolto", "non si è risolto", "non è ancora sistemato": the ticket is not over. */
const notSolved = /\bnon (?:e|si e) (?:ancora )?(?:stat[oa] )?(?:risolt|sistemat)[oa]\b/;

/** The same count for a reply that adds to an open ticket on its automatic mail. */
const minFollowUpWords = 5;
/** Words of a reminder, which add nothing to the ticket: "il ticket è ancora aperto, novità?". */
const reminderWords: ReadonlySet<string> = new Set([
  ...['ticket', 'aperto', 'aperta', 'giorni', 'giorno', 'settimana', 'settimane', 'novita'],
  ...['attendiamo', 'attendo', 'aspettiamo', 'aspetto', 'risposta', 'riscontro', 'ricordo'],
  ...['sollecito', 'sollecitiamo', 'scadenza', 'punto', 'siete', 'ancora', 'niente', 'nulla'],
  ...['notizie', 'aggiornamenti', 'aggiornamento', 'avvicina', 'velocemente', 'presto'],
  // Pressure: "siamo ancora fermi", "sbrigatevi, il sindaco vuole sapere quando sarà risolto".
  ...['fermi', 'fermo', 'ferma', 'sbrigatevi', 'risolto', 'risolta', 'sapere', 'urgente'],
  // A chase: "SOLLECITO!!! È la terza mail che mando stanotte… Qualcuno mi chiami subito."
  ...['terza', 'seconda', 'quarta', 'nessuna', 'nessuno', 'qualcuno'],
  ...['chiami', 'chiamate', 'subito', 'stanotte'],
  // A call asked instead of answers: "Troppe domande, chiamatemi che facciamo prima" (not
  // "domande": applications are what many cases are about).
  ...['chiamatemi', 'richiamatemi', 'telefonatemi', 'chiamarmi'],
]);

/** "come da accordi", "come d'accordo", "come concordato": a call with the helpdesk recalled. */
const agreedOnCall = /\bcome (?:da accordi|d'accordo|concordato|concordata)\b/;
/** Words of the call recalled, of what is sent with it and of when to call back. */
const callWords: ReadonlySet<string> = new Set([
  ...['come', 'accordi', 'accordo', 'concordato', 'concordata', 'telefonici', 'telefonico'],
  ...['telefonica', 'telefonata', 'telefono', 'vostro', 'vostra', 'collega', 'colleghi'],
  ...['mando', 'mandiamo', 'invio', 'inviamo', 'allego', 'alleghiamo', 'ticket', 'apro'],
  ...['chiamatemi', 'richiamatemi', 'pure', 'dopo', 'prima', ...contactWords],
]);
/** The text recalls a call and tells no problem and asks no question: it points at the call. */
function pointsAtCall(own: string): boolean {
  return agreedOnCall.test(own) && !own.includes('?') && !hasPresentProblem(own);
}

/** Meaningful words that add to an open ticket: no numbers, no words of a reminder. */
function addedWords(folded: string): number {
  const words = new Set<string>();
  someWord(folded, (word) => {
    if (!/^\d+$/.test(word) && isMeaningful(word) && !reminderWords.has(word)) words.add(word);
  });
  return words.size;
}

// An office's own form left unfilled: "[descrivere il problema]", "[indicare la funzione]".
// A bracket that opens with an infinitive is an instruction to the writer, not a description.
const bracketed = /\[([^\]\n]{0,200})\]/g;

// An imperative of the verbs forms use says the same ("[descrivi il problema]", "[indichi…]").
const formImperative =
  /^(?:descriv[ia]|indic(?:a|hi)|inserisc[ia]|cop(?:ia|i)|incoll(?:a|i)|scriv[ia]|alleg(?:a|hi)|specific(?:a|hi)|riport(?:a|i)|elenc(?:a|hi)|spieg(?:a|hi))$/;
const isInstruction = (inner: string) => {
  const verb = /^\s*([a-z]+)/.exec(inner)?.[1] ?? '';
  return /(?:are|ere|ire)$/.test(verb) || formImperative.test(verb);
};
// A form's field whose value is still the instruction: the label is the form's words too
// ("Descrizione del problema: [descrivere il problema riscontrato]"), also with the bracket on
// the line under the label (Outlook's HTML puts a blank line between).
const unfilledField = /^[ \t]*[^\n:[\]]{1,60}:[ \t]*(?:\n[ \t]*){0,2}\[([^\]\n]{0,200})\][ \t]*$/gm;
// Contact and identity fields of a form say who writes, not what about ("Ente: Comune di …",
// "Referente: …", "Telefono: …").
const contactLabels = [
  ...['ente', 'comune', 'referente', 'richiedente', 'nominativo', 'nome(?: e cognome)?'],
  ...['cognome', 'telefono', 'tel', 'cell(?:ulare)?', 'e-?mail', 'pec', 'ufficio', 'settore'],
  ...['data', 'reperibilita'],
];
const contactField = new RegExp(`^[ \\t]*(?:${contactLabels.join('|')})[ \\t]*:[^\\n]*`, 'gm');

// In a form (three or more "Label: value" lines) the labels are the form's words; only what the
// writer put after them counts ("Descrizione del problema: non funziona la PEC" explains with its
// last four words). A sentence that ends with a colon in ordinary mail is the writer's.
const fieldLabel = /^[ \t]*[a-z][^\n:[\]]{0,39}:(?=[ \t]*\S)/gm;
const formFieldLines = 3;

// A how-to question that names what it is about explains the request however short it is: the
// helpdesk answers it by mail ("come si registra la rateizzazione di un verbale chiesta dal
// trasgressore?", "come la imposto come predefinita?"). The opener must ask how to do something:
// "come in oggetto", "come vi dicevo", "come mai", "lento come una lumaca" ask no such thing.
// "Come procedo per rimborsare la TARI…?", "come gestisco il rimborso IMU…?" ask how, but not
// "come procedo visto che…?" nor "come sistemo l'errore…?": a problem not told.
const howToOpener = new RegExp(
  '\\b(?:(?:come|cm|dove) si|in che modo|dove (?:posso|possiamo|devo|trovo)|' +
    'come (?:posso|possiamo|devo|dobbiamo|bisogna|faccio a|facciamo a|' +
    `${objectClitic}(?:${taskVerbsFirstPerson.join('|')})|` +
    '(?:procedo|procediamo) (?:per|con)|(?:gestisco|sistemo|gestiamo|sistemiamo))' +
    // …unless what follows is only the problem untold: "come sistemo quell'errore?", "come procedo
    // per risolvere il problema?", "la lista che è sbagliata".
    '(?![^?.!\\n]{0,60}\\b(?:error|problem|pasticci|anomali|blocc|risolver|sbagliat|situazion|casin)))\\b',
);
/** A question about being called back is no how-to question: "come posso farmi richiamare?". */
const callBack = /\b(?:richiam|chiam|contatt|ricontatt|telefon)[a-z]*/;
const minQuestionWords = 5;
/** …or four when the subject names the same object ("Annullo reversale già trasmessa"). */
const minQuestionWordsWithSubject = 4;

// A symptom told precisely explains with fewer words when the subject names the topic too: "le
// ordinanze firmate oggi non compaiono sull'albo, anche se in Cityware risultano pubblicate.".
// One sentence that ends with a stop, or a line that tells a symptom (a signature line does
// neither); not in a mail that points elsewhere, chases, asks to be called, for help or for
// someone, only says it fails or only judges it. (A stricter twin of the how-to's `callBack`: "telefoniche" is no call asked.)
const minSymptomWords = 6;
/** …or eight in a line without a stop that tells no symptom the type cues know. */
const longLineWords = 8;
/** An Ente or a street in the line: a signature's or letterhead's line, not a symptom. */
const letterhead =
  /\b(?:comune|unione|provincia|citta) d|\b(?:via|viale|piazza|piazzale|corso|largo|vicolo) [a-z]/;
const hasPhone = (ctx: RuleContext, from: number, to: number) =>
  ctx.phones.some((p) => p.start < to && p.end > from);
const notASymptom = new RegExp(
  `\\b(?:${[
    // Pointing elsewhere: "vedi oggetto", "come concordato", "stesso problema di lunedì".
    'vedi|vd|come (?:da|in|anticipat|concordat|dett|accennat)[a-z]*|(?:in|vd) oggetto',
    'qui (?:sotto|sopra)|di seguito|allegat[oi]|stess[oa] (?:cosa|problema|errore)',
    'gia (?:vist|segnalat)[a-z]*',
    // Only failing, asking for help, someone or to look: "non va", "serve una persona".
    'non (?:va|vanno|funzion[a-z]*)|aiutat[a-z]*|aiutar(?:mi|ci)|una mano|una persona|qualcuno',
    'parlare con|cosa (?:succede|sta succedendo)',
    // Only judging it: "ha qualche problemino strano", "è un disastro", "capire la situazione".
    'problem[a-z]*|pasticci[a-z]*|disastr[a-z]*|casin[a-z]*|situazion[ei]|stran[oaie]|capire meglio',
    // Chasing: "è la terza volta che scrivo", "nessuno ci ha risposto", "fate presto".
    'sollecit[a-z]*|volta che|nessuno|mai rispost[oa]|fate presto|quanto prima|al piu presto',
  ].join('|')})\\b`,
);
const callMe =
  /\b(?:ri)?(?:chiam|contatt|telefon)(?:atemi|ateci|atela|atelo|armi|arci|arla|arlo)\b|\bpotete (?:ri)?(?:chiamar|contattar|telefonar)/;

/** A stop that ends a sentence, maybe inside closing quotes: `pubblicate.`, `"da riconciliare".`. */
const stopped = /[.?!]["'»”)]*\s*$/;

/** True when one stopped sentence of the request tells a symptom in enough words of its own. */
function preciseSymptom(ctx: RuleContext): boolean {
  const { request } = ctx;
  const folded = blankPlaceholders(request.folded);
  if (notASymptom.test(folded) || callMe.test(folded)) return false;
  // Sentences told by the text as written, with the client's wraps undone.
  const text = unwrapLinesInPlace(request.text);
  const generic = (word: string) => isGenericWord(word) || reminderWords.has(word);
  // Contact words say how to reach the writer only beside a phone or a time ("sono in ufficio al
  // numero … fino alle 13"); elsewhere "numero progressivo", "dall'ufficio tecnico" tell the case.
  const contact = (word: string) => generic(word) || contactWords.has(word);
  let start = 0;
  for (let at = 0; at <= text.length; at++) {
    if (at < text.length && !endsSentence(text, at)) continue;
    const sentence = folded.slice(start, at + 1);
    const phone = hasPhone(ctx, request.start + start, request.start + at);
    const reach = phone || reachWords.test(sentence);
    const skip = reach ? contact : generic;
    const words = countWords(ctx, sentence, request.start + start, longLineWords, skip).size;
    // A stop, or, for a line without one (phone mail rarely has it, and its signature follows on
    // the next line), a symptom told: not "la stampa dei mandati di oggi", nor a signature line.
    // A longer line with no phone in it tells enough too ("nella stampa dei verbali di scrutinio i
    // seggi 7 e 8 escono con i votanti scambiati"). The words are counted first: the symptom test
    // is the costly one.
    if (
      words >= minSymptomWords &&
      (stopped.test(text.slice(start, at + 1)) ||
        (words >= longLineWords && !phone && !letterhead.test(sentence)) ||
        hasPresentProblem(expandShorthand(sentence)))
    ) {
      return true;
    }
    start = at + 1;
  }
  return false;
}

/** Where a sentence ends: "?", "!", a line break, or a full stop before a capital. */
function endsSentence(text: string, at: number): boolean {
  const c = text.charAt(at);
  return (
    c === '?' ||
    c === '!' ||
    c === '\n' ||
    (c === '.' && /^\s+[A-Z]/.test(text.slice(at + 1, at + 4)))
  );
}

/**
 * A how-to question asked indirectly, often without its "?" on a phone: "approfitto per chiedervi
 * come si registra una nota di credito…", "vi chiedo in che modo si annulla…". Each span runs from
 * "come" to the sentence's end: the asking words explain nothing ("vorrei capire come posso fare"
 * is as vague as "come faccio?"), and "fatemi sapere come…" asks for an answer, not how.
 */
const asksHow = new RegExp(
  `\\b(?:${[...askFirstPerson, ...askInfinitive, ...knowVerbs].join('|')}) (?=come\\b|in che modo\\b)`,
  'g',
);
function indirectQuestions(
  folded: string,
  ends: (text: string, at: number) => boolean,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  asksHow.lastIndex = 0;
  for (let m = asksHow.exec(folded); m; m = asksHow.exec(folded)) {
    if (/\bfa(?:te|r)(?:mi|ci) $/.test(folded.slice(Math.max(0, m.index - 8), m.index))) continue;
    const start = m.index + m[0].length;
    let end = start;
    while (end < folded.length && !ends(folded, end)) end++;
    out.push({ start, end });
    asksHow.lastIndex = Math.max(asksHow.lastIndex, end);
  }
  return out;
}

/** Stems of the subject's topic words (subjectTopic): none when it names no topic. */
function subjectStems(topic: string | null): Set<string> {
  const stems = new Set<string>();
  if (topic !== null) {
    someWord(fold(topic), (word) => {
      if (isMeaningful(word) && !isGenericWord(word)) stems.add(stem(word));
    });
  }
  return stems;
}

/**
 * True when `folded` holds a how-to question with enough meaningful words of its own: five, or
 * four when the subject repeats one of them.
 */
function explainedQuestion(text: string, folded: string, topic: string | null): boolean {
  // The questions of `folded` (placeholders blanked), their sentences told by `text` as written;
  // a line the mail client wrapped ("…chiesta dal\ntrasgressore…?") goes on with its sentence.
  const lines = unwrapLinesInPlace(text);
  let topicStems: Set<string> | undefined;
  const ends = (_: string, at: number) => endsSentence(lines, at);
  for (const { start, end } of [
    ...questionSpans(folded, ends),
    ...indirectQuestions(folded, ends),
  ]) {
    const opener = howToOpener.exec(folded.slice(start, end));
    if (!opener) continue;
    // Only lines after the opener's are its sentence going on: a line before it that ends
    // without a stop ("…mi ha girato la vostra risposta\ncome si fa?") is a sentence of its own.
    const from = Math.max(start, folded.lastIndexOf('\n', start + opener.index) + 1);
    const question = folded.slice(from, end);
    if (!howToOpener.test(question) || callBack.test(question)) continue;
    const words = new Set<string>();
    someWord(question, (word) => {
      if (isMeaningful(word)) words.add(word);
    });
    if (words.size >= minQuestionWords) return true;
    // Four words after the opener ("come si | annulla una reversale già trasmessa al tesoriere?"),
    // one of them the subject's.
    const after: string[] = [];
    someWord(folded.slice(start + opener.index + opener[0].length, end), (word) => {
      if (isMeaningful(word) && !after.includes(word)) after.push(word);
    });
    if (after.length >= minQuestionWordsWithSubject) {
      const stems = (topicStems ??= subjectStems(topic));
      if (after.some((word) => stems.has(stem(word)))) return true;
    }
  }
  return false;
}

/**
 * What Windows writes when a file is sent with "Invia a > Destinatario posta" (the sentence, the
 * file names under it and the virus note): the client's words, not the user's.
 */
const stockSendText = patternWith('g')`\b${[
  'il messaggio e pronto per essere inviato con i seguenti file o collegamenti allegati',
  'invio del messaggio con i seguenti file o collegamenti allegati',
  'your message is ready to be sent with the following file or link attachments',
]}:?(?:\s*\n[ \t]*\S+\.[a-z\d]{2,4}[ \t]*(?=\n|$))*|\bnota: per (?:la )?(?:protezione|proteggersi|proteggere) da(?:i|gli)? virus[^\n]*`;

/** Lines of an office's sign-off: a few words each. */
const SIGN_OFF_WORDS = 8;

/**
 * An unsigned office's sign-off left in the content ("Polizia Locale - Comune di Lesina Vecchia"
 * under the text, no person's name, so no signature block was found): the last paragraph, short
 * lines without a question, naming an Ente. Under a subject that names no topic it says who
 * writes, not what about. (Under a specific subject writers counted its words: measured, a sealed
 * short mail was blocked.)
 */
function blankOfficeSignOff(ctx: RuleContext, own: string): string {
  if (ctx.signature) return own;
  const trimmed = own.trimEnd();
  const from = Math.max(trimmed.lastIndexOf('\n\n'), 0);
  const last = trimmed.slice(from);
  if (last.includes('?')) return own;
  if (last.split('\n').some((line) => line.trim().split(/\s+/).length > SIGN_OFF_WORDS)) return own;
  const at = ctx.content.start;
  const names = draftEnteMentions(ctx).request.some(
    (m) => m.start - at >= from && m.end - at <= trimmed.length,
  );
  if (!names || from === 0 || subjectTopic(ctx) !== null) return own;
  return own.slice(0, from) + blank(own.slice(from));
}

/** The text without what the user did not write: placeholders, a form's labels, a client's stock text. */
function blankPlaceholders(folded: string): string {
  const isForm = (folded.match(fieldLabel) ?? []).length >= formFieldLines;
  let out = folded
    .replace(unfilledField, (whole: string, inner: string) =>
      // The whole value a bracket: "[nome PC - utente Cityware]" is what to write, not written.
      isInstruction(inner) || !/\d/.test(inner) ? blank(whole) : whole,
    )
    .replace(contactField, blank);
  if (isForm) {
    out = out.replace(fieldLabel, (whole) =>
      whole.trim().split(/\s+/).length <= 5 ? blank(whole) : whole,
    );
  }
  return out
    .replace(bracketed, (whole: string, inner: string) =>
      isInstruction(inner) ? blank(whole) : whole,
    )
    .replace(stockSendText, blank);
}

export const bodyTooVague = defineRule({
  id: 'body-too-vague',
  severity: 'error',
  summary:
    'The content has fewer than 10 different meaningful words (6 in one sentence under a specific subject, ' +
    '5 in a how-to question or a follow-up on a ticket): it does not explain the request.',
  messages: {
    it: {
      default:
        'Il testo non spiega la richiesta: descrivi cosa stavi facendo, cosa è successo e il messaggio di errore.',
      empty: 'Il testo è vuoto: descrivi il problema o la richiesta.',
      fix: 'Inserisci lo schema del ticket',
    },
    en: {
      default:
        'The text does not explain the request: describe what you were doing, what happened and the error message.',
      empty: 'The text is empty: describe the problem or the request.',
      fix: 'Insert the ticket template',
    },
  },
  check(ctx) {
    // Our template's headings and placeholders are not the user's words (an unfilled template
    // explains nothing), and a word said twice explains nothing more. Record numbers and dates
    // are details too ("le ordinanze n. 22 e n. 23 del 9 febbraio"), but two at most count: a
    // list of numbers explains nothing. A phone number's digits are contact details.
    const { folded } = ctx.content;
    const own = blankOfficeSignOff(ctx, blankPlaceholders(blankInsertedText(folded, folded)));
    // On the ticket's own mail a chase's words explain nothing more: "SOLLECITO!!! È la terza mail
    // che mando… nessuna risposta" is no ten-word description.
    const onTicket = !ctx.newProblem && notificationAnswered(ctx) !== null;
    // "Come da accordi telefonici con il vostro collega vi mando il file dell'F24 EP di aprile.
    // Chiamatemi pure dopo le 11.": the call is the request; the mail only points at it.
    const agreed = pointsAtCall(own);
    const seen = countWords(
      ctx,
      own,
      ctx.content.start,
      minMeaningfulWords,
      (word) => (onTicket && reminderWords.has(word)) || (agreed && callWords.has(word)),
    );
    if (seen.size >= minMeaningfulWords) return [];
    // Answers to the operator's questions, typed under them: the questions say what they are
    // about, so "No, solo in prova." and "Sì." explain enough.
    if (ctx.body.answers >= 2) return [];
    // A reply that says the problem is solved and the ticket may be closed asks for nothing.
    if (onlyClosesTicket(ctx.draft.subject, ctx.content.text)) return [];
    // The subject, read once, as subject-generic reads it: the short-mail exceptions need it.
    const topic = subjectTopic(ctx);
    if (
      explainedQuestion(ctx.content.text, own, topic) ||
      (topic !== null && preciseSymptom(ctx))
    ) {
      return [];
    }
    // A reply on the ticket's own automatic mail adds to a problem already described: a detail
    // says enough ("aggiungo che l'errore compare anche sui mandati emessi oggi dalla
    // ragioneria"); "ancora niente???" and "il ticket è aperto da 15 giorni" do not.
    if (onTicket && seen.size >= minFollowUpWords && addedWords(own) >= minFollowUpWords) {
      return [];
    }
    // A way to reach the writer given on the ticket's thread, and nothing else asked: "Il numero è
    // 0824 51 33 20 int. 2, chiamate pure in mattinata", "potete chiamarmi allo 0733 … dalle 11", a
    // bare "Cell. 347 …" under the operator's "indichi un recapito" (not "Novità? Grazie" over a
    // signed number: a chase).
    if (onTicket && repliesOnlyWithContact(ctx)) return [];
    // "Non è risolto, la stampa delle controdeduzioni si blocca ancora come prima." on the
    // ticket's closing mail: the problem described there is back.
    if (onTicket && notSolved.test(own) && hasPresentProblem(own)) return [];
    // Answers typed in the quote under a signature above it ("rispondo in maiuscolo sotto ogni
    // domanda", or nothing but the signature above): the user's text goes on after the
    // signature, and its words explain too.
    const above = ctx.body.signature;
    if (above && ctx.body.signedAboveAnswers) {
      const answers = fold(ctx.body.read.slice(above.end, ctx.body.own.end));
      if (countWords(ctx, answers, above.end, minFollowUpWords).size >= minFollowUpWords) {
        return [];
      }
    }
    const empty = ctx.body.text.trim() === '';
    // A body without text may still hold a pasted screenshot: then the template goes beside it.
    const kind = hasEmbeddedContent(ctx.draft.bodyHtml) ? 'append-to-body' : 'set-body';
    // The template has its own Ente and Reperibile lines: the signature under it does not repeat them.
    const signature = buildSignatureBlock(ctx.settings, {
      availability: true,
      enti: ctx.settings.enti ?? [],
    });
    const template = `${buildTicketTemplate(ctx.settings, ctx.module)}\n\n${signature}`;
    return [
      {
        // Empty: not one word, a chase's included.
        messageId:
          seen.size === 0 && countWords(ctx, own, ctx.content.start, 1).size === 0
            ? 'empty'
            : 'default',
        where: { field: 'body', start: ctx.body.content.start, end: ctx.body.content.end },
        ...(empty
          ? { fix: { id: 'insert-template', labelId: 'fix', edits: [{ kind, text: template }] } }
          : {}),
      },
    ];
  },
});
