// Guidelines: avoid tickets "per interposta persona" (for a colleague): the operator needs to
// talk with the person who has the problem.
import { findBooking } from '../classify/classify-type';
import { blankAbbreviationDots } from '../classify/abbreviation-dots';
import { someMatch } from '../text/matches';
import { expandShorthand } from '../text/shorthand';
import { isNameWord, personalDisplayName } from '../text/person-name';
import { fold } from '../text/fold';
import { sentenceAround } from '../text/sentence';
import { pattern, patternWith } from '../text/word-list';
import { tokenize } from '../text/words';
import { defineRule, type Region, type RuleContext } from './rule';
import { bodyWhere, hitAt, matchesIn, quoting, type Hit } from './text-locations';

const colleague =
  "(?:(?:il |la |lo |un |una |l')?(?:mio |mia |nostro |nostra )?" +
  '(?:collega|colleghi|colleghe|collaboratore|collaboratrice|dipendente|responsabile|dirigente|' +
  'segretario|segretaria|sindaco|assessore|assessora|comandante|capo ?ufficio|capo|' +
  // "per conto dell'agente scelto Zanoni"; the "agente della riscossione" is a firm.
  // "dell'Ag. Lorusso", "dell'Isp. Carli": a rank abbreviated, with its dot.
  'vigile|agente(?! (?:della|di) riscossione)|ag\\.|isp\\.|impiegat[oa]|operatore|operatrice|addett[oa]|' +
  // "per conto del nostro ragioniere esterno", "dell'economo".
  'ragionier[ea]|economo|economa|contabile|consulente|' +
  // Interns work in the office too: "per conto del nostro tirocinante".
  'tirocinante|stagista|praticante))';
// "ha" alone is any action ("il collega ha già configurato la stampante"): only having a problem
// counts.
const troubles = [
  'problem',
  'difficolt',
  'error',
  'anomali',
  'bisogno',
  'blocc',
  'urgenz',
  'messaggi',
  'dubbi',
  'necessit',
  'impediment',
  'disservizi',
];
const fillers =
  "(?:un|una|un'|il|lo|la|l'|gli|le|dei|delle|degli|ancora|sempre|spesso|anche|di nuovo|lo stesso|la stessa)";
const hasTrouble = pattern`(?:ha|aveva) (?:${fillers} ?)*${troubles}[a-z]*`.source;
/**
 * A phone's "nn" is "non" ("la collega nn riesce"). Shorthand is read in the patterns, not
 * expanded in the text: the findings quote the text at its offsets.
 */
function withPhoneNegation(words: (string | RegExp)[]): (string | RegExp)[] {
  return words.map((w) => (typeof w === 'string' ? w.replace(/^non /, '(?:non|nn) ') : w));
}

/** What a colleague who has the problem does: cannot, asks, reports. */
const colleagueTroubles = withPhoneNegation([
  hasTrouble,
  // "la collega dice che nn le va più la stampa dei cedolini".
  /dice che (?:non|nn) (?:le |gli )?(?:va(?:nno)?|funziona(?:no)?|riesce|parte|partono|stampa)\b/,
  'non riesce',
  'non riusciva',
  'non puo',
  'non vede',
  'mi chiede',
  'mi ha chiesto',
  'mi prega',
  'chiede',
  'ha chiesto',
  'lamenta',
  'riscontra',
  'ha riscontrato',
  'segnala',
  'ha segnalato',
  'vorrebbe',
  'avrebbe bisogno',
  // Locked out: "è bloccata fuori dal programma".
  'e bloccat[oa]',
]);
// A colleague (singular: "anche i colleghi hanno lo stesso problema" is not on behalf) who has
// the problem or asked the writer to report it.
const colleagueDeterminers = [
  'il mio',
  'la mia',
  'un mio',
  'una mia',
  'il nostro',
  'la nostra',
  'mio',
  'mia',
  'un',
  'una',
  'il',
  'la',
  "l'",
  'questo',
  'questa',
  'della',
  'del',
  'dalla',
  'dal',
  'alla',
  'al',
  'nella',
  "dell'",
];
const colleagueWords = ['collega', 'collaboratore', 'collaboratrice'];
// The clause may name the colleague with title and full name before the trouble: "la collega
// dell'ufficio tecnico, geom. Maria Antonietta Sanna, da ieri non riesce…".
// "il collega dei servizi sociali, Enrico Bosio, che in agosto lavora da casa due giorni a
// settimana, non riesce…": up to two short clauses between.
// "la nuova collega …, che non ha ancora la sua utenza, non riesce…" is left out: a newcomer's
// trouble is most often the account or the training asked for them (measured: two prompts on
// good tickets of sealed sets against one relay found).
const colleagueHasProblem = pattern`\b${colleagueDeterminers} ?${colleagueWords}\b[^.\n]{0,110}?\b${colleagueTroubles}\b`;
const roles = [
  'dipendente',
  'impiegat[oa]',
  'addett[oa]',
  'operatrice',
  'responsabile',
  'dirigente',
  'segretari[oa]',
  'sindaco',
  'sindaca',
  'vicesindac[oa]',
  'assessor[ea]',
  'comandante',
  'capo ?ufficio',
  'capo ?settore',
  // "il mio capo" (not "capo" as in "a capo": a determiner comes first)
  'capo',
  'vicesegretari[oa]',
  'ragioniere',
  'ragioniera',
  'economo',
  'vigile',
  'agente',
  'tirocinante',
  'stagista',
];
const roleTroubles = withPhoneNegation([
  'non riesce',
  'non riusciva',
  'non e riuscit[oa]',
  'non puo',
  'non vede',
  'non trova',
  'non gli',
  'non le',
  'lamenta',
  'riscontra',
  'ha riscontrato',
  'avrebbe bisogno',
  'ha un problema',
  'ha problemi',
  // Their own question: "l'assessora vorrebbe sapere perché…".
  'vorrebbe (?:sapere|capire)',
]);
const roleDeterminers = [
  'il',
  'la',
  'lo',
  "l'",
  'un',
  'una',
  'il mio',
  'la mia',
  'il nostro',
  'la nostra',
  'mio',
  'mia',
];
/** "sig.ra Neri", "dott. Rossi": a title before a surname. */
// A dot or its blank ("dott ssa" once abbreviation dots are blanked).
const personTitles = [
  /sig[. ]?(?:ra|na)?/,
  'signora',
  'signor',
  'signorina',
  /dott[. ]?(?:ssa)?/,
  'dottoressa',
  'dottor',
];
/** "geom.", "ing.", "arch.": professional titles, of the Ente's staff only with their office. */
const professionalTitles = [/geom[. ]?/, /ing[. ]?/, /arch[. ]?/, /rag[. ]?/];
const offices = ['ufficio', 'settore', 'servizio', 'servizi', 'area', 'comando'];
/** "il geom. Tersigni dell'Ufficio Tecnico": a professional of one of the Ente's offices. */
const officeProfessional = pattern`${professionalTitles} {1,2}[a-z']{3,25}(?: [a-z']{3,25})? (?:del|dell'|della|dei) ?${offices}`;
/** ", dott. Marco Gentili,": a name in apposition, skipped before the trouble. */
const apposition = '(?:[^,.\\n]{0,40}, [^,.\\n]{0,39}[a-z])?';
// Someone in another role (singular) who has the problem: "il sindaco non riesce a firmare",
// "una dipendente dei servizi sociali non riesce a protocollare". Narrower verbs than for a
// colleague: "il responsabile ha approvato…" says nothing about who has the problem.
const rolePerson = pattern`${roleDeterminers} ?${roles}${apposition}`.source;
const titledPerson = pattern`${personTitles} {1,2}[a-z']{3,25}`.source;
/**
 * Something that stops reaching or working for them, said with a pronoun further on in the
 * sentence: "il Sindaco deve firmare entro domani…, ma da stamattina non gli arriva più l'OTP".
 */
const pronounFails =
  /non (?:gli|le) (?:si )?(?:piu )?(?:arriva(?:no)?|funziona(?:no)?|apr(?:e|ono)|parte|va(?:nno)?)\b/;
const roleHasProblem = pattern`\b(?:${rolePerson}|${titledPerson}|${officeProfessional})\b(?:[^.\n]{0,60}\b${roleTroubles}|[^.\n]{0,200}?\b${pronounFails})\b`;
// Anyone who asked the writer to write: "Marco dell'ufficio tecnico mi ha chiesto di segnalarvi".
// Only writing to the vendor counts: "mi ha chiesto di inviarle la fattura" is other work.
const addVerbs = [
  'aggiungere',
  'inserire',
  'segnalare',
  'riportare',
  'esporre',
  'girarvi',
  'segnalarvi',
];
const theirMatter = ['problem', 'segnalazion', 'richiest', 'question', 'dubbi'];
// "mi" or "ci" (an office writes: "il Comandante ci ha chiesto di segnalarvi"), and the gerund
// ("mi ha telefonato chiedendomi di scrivervi").
const askedToWrite = pattern`\b${[
  /(?:mi|ci) ha chiesto/,
  /(?:mi|ci) chiede/,
  /(?:mi|ci) ha pregat[oa]/,
  /(?:mi|ci) prega/,
  /(?:mi|ci) ha incaricat[oa]/,
  /(?:mi|ci) incarica/,
  'mi ha detto',
  'mi dice',
  'mi ha domandato',
  'mi ha lasciato detto',
  'mi ha lasciato scritto',
  /(?:chiedendo|pregando)(?:mi|ci)/,
  // "mi ha lasciato un appunto per farvi sapere…"
  /mi ha lasciato (?:un appunto|un messaggio|una nota|un biglietto) (?:per|da)/,
  // An emphatic subject: "ci ha chiesto lui di scrivervi".
]}(?: (?:lui|lei|loro))? (?:di )?${[
  '(?:segnal|scriv|invi|mand|gir|inoltr|comunic|contatt|avvis|inform|chied|domand|sottopor)[a-z]*vi\\b',
  // The problem as a clitic: "di segnalarvelo" (not "di inviarvelo", mostly a document).
  '(?:segnal|comunic)[a-z]*vel[aoie]\\b',
  'farvi (?:sapere|presente)',
  // "mi ha chiesto di aprire io la richiesta"
  'aprire (?:io |noi )?(?:un|il|la|una|questo|questa|un nuovo) (?:ticket|segnalazione|richiesta)',
  "(?:segnalare|scrivere|inoltrare|girare|inviare|comunicare|chiedere) (?:a voi|all'assistenza|al vostro|alla vostra)",
  "segnalare (?:il|questo|un|tale|l') ?(?:problema|errore|malfunzionamento|anomalia|disservizio)",
  // "mi ha pregato di aggiungere il suo problema": the problem is the other person's.
  pattern`${addVerbs} (?:anche )?(?:il suo|la sua|i suoi|le sue) ${theirMatter}[a-z]*`,
]}`;
// Someone handed their own matter to the writer: "mi ha passato il suo problema".
const handedTheirMatter = pattern`\bmi ha (?:passato|girato|lasciato|affidato) ${[
  'il suo',
  'la sua',
  'i suoi',
  'le sue',
]} ${theirMatter}[a-z]*`;
// The writer writes in someone's place: "scrivo io al posto suo", "per questo vi scrivo io".
const inTheirPlace = pattern`\b${[
  /(?:scrivo|segnalo|chiedo|mando|invio) (?:io )?(?:al posto suo|al suo posto|in sua vece)/,
  /(?:al posto suo|al suo posto|in sua vece),? (?:vi )?(?:scrivo|segnalo) io/,
  /(?:per questo|percio|quindi) (?:vi )?(?:scrivo|segnalo) io/,
  // "vi scrivo io perché il Comandante è in servizio esterno".
  /(?:vi )?(?:scrivo|segnalo) io perche (?:il|la|lo|l') ?[a-z]+ (?:e|sara|sta)\b/,
]}\b`;
// Who asked is the vendor's operator or a member of the public: no colleague to relay for.
const notColleagueWords = [
  /vostr[oaie]/,
  'palitalsoft',
  /help ?desk/,
  'assistenza',
  'al telefono',
  'telefonicamente',
  'telefonata',
  // "ne avevo accennato per telefono a Sara, che mi ha chiesto di aprire un ticket": the
  // helpdesk, reached by phone, asked for the ticket.
  'per telefono',
  // "ne ho parlato con Gianni, che ha già visto la cosa in collegamento remoto e mi ha detto di
  // aprire il ticket": the vendor's operator, connected to the office's PC.
  /collegamento remoto|da remoto|in remoto|teleassistenza/,
  /cittadin[oaie]/,
  /contribuent[ei]/,
  /utent[ei]/,
  /ditt[ae]/,
  /fornitor[ei]/,
  /impres[ae]/,
  /resident[ei]/,
  /genitor[ei]/,
  /famigli[ae]/,
  /professionist[ai]/,
  /estern[oaie]/,
];

const notColleague = pattern`\b${notColleagueWords}\b`;
/** "ho provato io", "ho provato anch'io", "ho provato con il mio SPID": the writer's own try. */
const ownTry = pattern`(?:${[
  /(?:ho|abbiamo) provato (?:anche )?(?:io|noi)/,
  "ho provato anch'io",
  /(?:ho|abbiamo) provato (?:con|dal|dalla|sul|sulla|nel|nella) (?:il |la |lo )?(?:mio|mia|nostro|nostra)/,
]})`;
/** The writer's own credentials: "il mio token", "la mia utenza". */
const ownCredentials = pattern`(?:${[
  ...['token', 'smart ?card', 'dispositivo', 'pin', 'utenza', 'password', 'account'],
  ...['lettore', 'chiavetta', 'firma'],
]})`;
/** Failing, not fine ("non ha nessun problema"): "bloccato", "non funziona", "non è più valida". */
const credentialFails = pattern`(?:${[
  ...['bloccat[oaie]', 'scadut[oaie]', 'sospes[oaie]'],
  /non (?:funziona|va|parte|viene riconosciut|e (?:piu )?(?:riconosciut|valid|attiv)|si sblocca)/,
]})`;
/** Participles of sending: a slip with them is the mail's. */
const sentAstray = /(?:girat|inviat|mandat|inoltrat|spedit)[oaie]/;
const byMistake = '(?:per errore|per sbaglio|erroneamente)';
const ownDoing = pattern`(?!${sentAstray})[a-z]+(?:at|ut|it)[oaie]`.source;
// The writer has the problem too: then colleagues are only mentioned.
const affectedWords = withPhoneNegation([
  // "…non risulta registrato: in effetti me ne sono dimenticato io".
  /(?:me ne sono|ce ne siamo) dimenticat[oaie]/,
  'non riesco',
  'non riusciamo',
  'non posso',
  'non possiamo',
  'anche io',
  "anch'io",
  'anche a me',
  'anche noi',
  'neanche io',
  'nemmeno io',
  'neppure io',
  // Not "come me l'ha girato lei": "me" is the clitic of a verb there.
  /come me(?! l'| l[aoie] )/,
  'entrambi',
  'entrambe',
  // Not "a tutti gli altri dipendenti il cedolino è comparso": the others are fine.
  /a tutti(?! gli altri| le altre)/,
  'tutti noi',
  'ci blocca',
  'mi blocca',
  'mi da',
  'ci da',
  /(?:capita|succede|accade) (?:anche )?a me/,
  /lo stesso (?:capita|succede|accade)/,
  // "lo stesso errore esce anche sulla mia postazione", "…anche sul mio", "su tutti i palmari".
  /anche (?:sulla mia|sul mio|nella mia|nel mio|dal mio|dalla mia|sulla nostra|sui nostri|sulle nostre)/,
  /su tutt[ie] (?:i|le|gli) (?:postazion|palmar|pc|computer|terminal|client)[a-z]*/,
  'stessa cosa',
  'anche per me',
  // The writer's own slip is the matter: "ho eliminato per errore l'allegato firmato… il
  // responsabile è fuori sede e non può rifirmarlo".
  // A mail sent astray ("ho girato per sbaglio la mail a contabilità") is no such slip.
  pattern`(?:ho|abbiamo) (?:${byMistake} ${ownDoing}|${ownDoing} ${byMistake})`,
  /io stess[oa]/,
  // "la collega ha predisposto l'atto; io devo chiuderlo ma il programma segnala…".
  /io (?:devo|dovrei|dovevo|provo|ho provato) [a-z]+ ma\b/,
  // A problem every office or user has is nobody's in particular: "quando assegniamo un
  // documento il responsabile non vede la notifica… succede con tutti gli uffici".
  /tutti gli (?:uffici|utenti|operatori|colleghi)/,
  /tutte le (?:postazioni|utenze)/,
  // The writer's own device or action failing: "ma dal mio PC l'albo non si apre", "quando firmo
  // le determine il programma si blocca".
  // Failing, not a contrast: "dalla mia postazione invece funziona" says the writer is fine.
  /(?:(?:dal|sul|nel) mio (?:pc|computer|terminale|palmare|tablet)|(?:dalla|sulla|nella) mia (?:postazione|utenza))[^.;\n]{1,40}\bnon\b/,
  /quando (?:io )?(?:firmo|provo|apro|lancio|stampo|entro|accedo|salvo|invio|registro|inserisco|carico)/,
  // The office's own test, with the writer's own access: "Ho provato io con il mio codice fiscale
  // e succede…", "ho provato con il mio SPID: stesso errore" (not "ho provato a capire che
  // succede", "abbiamo provato a reinstallare la stampante sul suo PC ma stesso errore").
  pattern`${ownTry}\b[^.;\n]{1,60}?(?:stess[oa] (?:errore|messaggio|problema|risultato)|succede (?:lo stesso|anche|uguale)|e succede)`,
  // The writer's own credential locked or failing: "in sostituzione della collega devo firmare i
  // mandati, ma il mio token di firma ha bloccato il PIN"; not "la mia utenza non ha nessun
  // problema".
  pattern`(?:il mio|la mia) ${ownCredentials}\b[^.;\n]{1,60}\b${credentialFails}`,
]);

const writerAffected = pattern`\b${affectedWords}\b`;
/**
 * The writer says outright the relayed trouble is theirs too: "vi inoltro la mail della collega:
 * capita esattamente lo stesso anche a me". Only these words, not the writer's own check ("ho
 * verificato io stesso che sugli altri PC funziona") nor an access not tried ("io dal mio PC non
 * ho provato"), which affectedWords would take for the writer's trouble.
 */
const writerToo = pattern`\b(?:${[
  'anche a me',
  'anche io',
  "anch'io",
  'anche noi',
  'anche per me',
  'stessa cosa',
  /(?:capita|succede|accade) (?:[a-z]+ )?(?:lo stesso )?(?:anche )?a me/,
]})\b`;
/** The words that open a consequence: "quindi", "per cui". */
const consequenceConnectors = '(?:quindi|per cui|percio|di conseguenza)';
/**
 * What the office cannot do because of the other person's trouble: "senza la chiusura non
 * possiamo chiedere il reintegro". A consequence, not the writer failing too.
 */
const consequence = patternWith(
  'g',
)`\b(?:senza (?!successo|esito|risultat)[^,.;:\n]{0,40}|${consequenceConnectors}) non (?:posso|possiamo|riesco|riusciamo)\b`;
/** A condition right after a reported failure: "…non si genera finché i mandati non sono firmati". */
const precondition = /^[^.;:\n]{0,10}\b(?:finche|fino a quando|se prima|se non|senza)\b/;
/** A clause opened by "quindi", "per cui": it tells a consequence of what was said before. */
const consequenceBefore = new RegExp(`\\b${consequenceConnectors}[\\s,]*$`);
/** The writer's own trouble or attempt, told before it: "non la vedo", "ho provato tre volte". */
const writerTried =
  /\bnon (?:(?:la|lo|li|le|ne|mi) )?(?:vedo|trovo|riesco|posso)\b|\b(?:ho|abbiamo) provato\b|\b(?:inserisco|provo|apro|lancio)\b/;
/** Nothing before it in its sentence but a filler: "ci pensate voi? me l'ha girata…". */
function opensSentence(before: string): boolean {
  if (/\n[ \t]*$/.test(before)) return true;
  const rest = before
    .trimEnd()
    .replace(/\b(?:e|poi|cmq|comunque|ecco|questa|questo)$/, '')
    .trimEnd();
  return rest === '' || /[.?!:;\n]$/.test(rest);
}
const writeVerbs = [
  'segnalare',
  'segnalarvi',
  'scrivere',
  'scrivervi',
  'chiedere',
  'chiedervi',
  'aprire',
  'inviare',
  'inviarvi',
  'girare',
  'girarvi',
  'inoltrare',
  'inoltrarvi',
  'comunicare',
  'comunicarvi',
  'contattarvi',
  'avvisarvi',
  // The operator written to: "il comandante mi ha chiesto di scriverti".
  'scriverti',
  'segnalarti',
];

// "Vi giro la mail del Segretario… ma l'errore è mio": the writer owns the matter they relay.
const writerOwns = pattern`\b${[
  "l'errore e (?:mio|nostro)",
  '(?:la )?colpa e (?:mia|nostra)',
  'e colpa (?:mia|nostra)',
  '(?:un |per un |a causa di un )?(?:mio|nostro) errore',
  'errore (?:mio|nostro)',
  '(?:ho|abbiamo) sbagliato (?:io|noi)',
  '(?:ho|abbiamo) fatto (?:io|noi) un errore',
  // "vi giro la mail del collega perché il problema è anche mio": the writer has it too.
  "(?:il problema|la cosa|l'errore) (?:e|riguarda) anche (?:mio|mia|nostro|nostra|me|noi)",
  // "vi inoltro la mail del Sindaco, ma il problema è nostro": the office's own calculation.
  "(?:ma )?(?:il problema|la cosa|l'errore) (?:e|riguarda) (?:solo )?(?:mio|mia|nostro|nostra|me|noi)\\b(?! (?:collega|ufficio|sindaco|segretari))",
  '(?:succede|capita) anche a (?:me|noi)',
  // "vi inoltro la mail di una collega perché conferma quello che vedo anch'io".
  "(?:vedo|riscontro|ho|vediamo|riscontriamo|abbiamo) (?:anch'io|anche io|anche noi)",
  "(?:anch'io|anche io) (?:vedo|ho|riscontro)",
  // "perché il problema è lo stesso anche sul mio pc (ragioneria) e su quello dei tributi".
  // "…: l'errore è lo stesso anche dalla mia postazione".
  "(?:il problema|la cosa|l'errore) e (?:lo stesso|uguale|identico) anche (?:sul|sulla|per|a|da|dal|dalla|nel|nella) (?:mi[oa]|me|noi|nostr[oa])",
  // "vi inoltro la richiesta del Segretario. Ci serve, per il conto annuale, …": the office's own
  // need, its own work.
  '(?:ci|mi) (?:serve|servono)',
  'anche (?:sul mio|sulla mia|sui nostri|sulle nostre) (?:pc|computer|postazion[ei])',
]}\b`;
const relayVerbs = ['inoltro', 'giro', 'trasmetto', 'vi inoltro', 'vi giro', 'vi trasmetto'];
const relayedThings = ['richiesta', 'segnalazione', 'mail', 'problema', 'messaggio'];
/**
 * A relayed mail: "vi giro la richiesta del Segretario", "vi giro la mail del geom. Losito
 * dell'Ufficio Tecnico" (not "del sig. Rossi": a citizen's mail is the office's matter).
 */
const relayedMail = pattern`\b${relayVerbs}(?: a voi)? (?:la |il )?${relayedThings} (?:di|del|della|dello|dell')\s?(?:${colleague}|${officeProfessional})`;
/**
 * A picture of a colleague's own screen sent to the writer: "vi inoltro lo screen che mi ha
 * mandato la collega Sabrina" (not "la segnalazione che mi ha girato il Segretario": a complaint
 * handed to the office is the office's matter).
 */
const sentThings = ['screen', 'screenshot', 'schermata', 'foto'];
const sentMe = '(?:ha|hanno) (?:mandato|girato|inviato|passato)';
const relayedSent = pattern`\b${relayVerbs}(?: a voi)? (?:lo |la |il |l')?${sentThings} che mi ${sentMe} ${colleague}`;
/**
 * A colleague's own words passed on: "vi inoltro quello che l'agente Lucia Ceccarelli mi ha
 * scritto su WhatsApp", "vi giro quanto mi ha scritto la collega".
 */
const wroteMe = '(?:ha|hanno) (?:scritto|mandato|inviato|detto)';
const whatTheyWrote = ['quello', 'quanto', 'cio', 'il messaggio', "l'sms"];
const relayedWords = pattern`\b${relayVerbs}(?: a voi)? ${whatTheyWrote} che (?:mi ${wroteMe} ${colleague}|${colleague}\b[^.\n]{0,40}?\bmi ${wroteMe})`;
/** The matter handed over, said with a clitic: "me l'ha girata il comandante stamattina". */
const handedToMe = pattern`\bme l'(?:ha|hanno) (?:passat|girat|inoltrat|mandat|lasciat|affidat)[oaie] ${colleague}`;
/** "vi giro la segnalazione dell'anagrafe": another office's report, relayed by the writer. */
const relayedOffices = [...offices, 'anagrafe', 'ragioneria', 'segreteria', 'economato'];
const officeThings = ['richiesta', 'segnalazione', 'mail', 'messaggio'];
/** "…dell'anagrafe", "…che l'ufficio anagrafe ci ha mandato": the office whose mail it is. */
const ofAnOffice = pattern`(?:del|della|dello|dell')\s?${relayedOffices}\b`.source;
const sentByAnOffice =
  pattern`che (?:l'|la |il )?(?:ufficio |servizio )?${relayedOffices} (?:mi|ci) ha (?:mandat|inviat|girat|inoltrat|scritt)[oa]`
    .source;
// The office's person may be named first: "ti giro la mail di Graziella della ragioneria".
const relayedOfficeMail = pattern`\b${relayVerbs}(?: a voi)? (?:la |il )?${officeThings} (?:di [a-z]+ )?(?:${ofAnOffice}|${sentByAnOffice})`;
const officeRelayVerbs = ['giro', 'inoltro', 'giriamo', 'inoltriamo'];
/** A mail, not a request of the office's own ("vi giro la richiesta di creare un'utenza"). */
const relayedMails = ['mail', 'messaggio', 'segnalazione'];
const forAnOffice = pattern`\bper conto (?:del|della|dello|dell')\s?${relayedOffices}\b`.source;
/** "Per conto dell'ufficio tecnico vi giro la mail qui sotto": another office's mail, passed on. */
const relayedForOffice = pattern`${forAnOffice}[^.\n]{0,30}?\b(?:vi )?${officeRelayVerbs} (?:la |il )?${relayedMails}\b`;
/**
 * "chi ha il problema: la collega Bruna Fabbri…; io faccio solo da tramite": the writer says they
 * only pass it on.
 */
const colleagueNoun = pattern`\b${[...colleagueWords, 'colleghi']}\b`;
const goBetween = pattern`${colleagueNoun}[^.\n]{0,160}?\b(?:faccio|sono) (?:solo|soltanto) (?:da |il |un )?${[
  'tramite',
  'intermediari[oa]',
  'portavoce',
]}\b`;

/** What fails for someone: "non si apre", "compare un errore", "si blocca". */
const failsFor = [
  /non (?:si )?(?:apr(?:e|ono)|va(?:nno)?|funziona(?:no)?|part(?:e|ono)|carica|stampa|arriva(?:no)?)/,
  /(?:compare|compaiono|appare|esce|da|viene fuori) (?:sempre |ancora |di nuovo )?(?:un |l')?(?:errore|messaggio di errore|avviso)/,
  /si (?:blocca(?:no)?|chiude|pianta)/,
];
/** A word of the span before the failure that is no verb of the writer's ("ho", "che"). */
const notAVerb = '(?!(?:ho|ha|abbiamo|hanno|avevo|aveva|sono|e|che|ma|non|se)\\b)';
// The one a thing fails for, in the dative, opening a clause: "alla collega Rosa le iscrizioni
// non vanno", "al sindaco compare un errore quando firma".
const dativePerson =
  pattern`(?:al|alla|allo|all') ?(?:mio |mia |nostro |nostra )?(?:collega|${roles})`.source;
const failsForDative = pattern`\b${dativePerson}\b(?: ${notAVerb}[a-z']{2,25}){0,4}?,? ${failsFor}`;
/** The failure first, then whom it happens to: "vi invio l'errore che compare alla segretaria". */
const errorForDative = pattern`\b(?:l'|il |un |un')?(?:errore|messaggio|avviso|problema) che (?:${[
  ...['compare', 'appare', 'esce', 'viene fuori', 'si presenta', 'capita', 'succede', 'da'],
]}) ${dativePerson}\b`;
/** A colleague's own device or access: "il palmare del collega Bertolini non stampa". */
const theirThings = ['palmare', 'pc', 'computer', 'postazione', 'tablet', 'terminale', 'token'];
const ofColleague = pattern`(?:del|della|dell') ?(?:mio |mia |nostro |nostra )?(?:collega|${roles})`
  .source;
const theirDeviceFails = pattern`\b(?:il|la|lo|l') ?${theirThings} ${ofColleague}\b[^.\n]{0,60}?${failsFor}`;
/** A failure told in the third person ("non riesce", "risulta errato"). */
const reportedFailure = [
  // "quando registra una liquidazione riceve il messaggio 'Disponibilità insufficiente'".
  /(?:riceve|ricevono|(?:le|gli) compare|(?:le|gli) esce) (?:il |un |l')?(?:messaggio|errore|avviso)/,
  /errat[oaie]/,
  /sbagliat[oaie]/,
  /non riesc(?:e|ono)/,
  // "non si apre", "non vengono scaricate"
  /non (?:si )?(?:apr(?:e|ono)|funziona(?:no)?|va(?:nno)?|part(?:e|ono)|stampa(?:no)?|viene|vengono)/,
  // "non passano più in pubblicazione" (not "non passano più di 60 giorni").
  /non passa(?:no)? (?:piu )?(?:in|al|alla|all')\b/,
  // "il moltiplicatore applicato è 75 invece di 135".
  /invece d/,
  // "i decreti hanno saltato i numeri dal 58 al 63".
  /(?:ha|hanno) saltato/,
  // "compare un IBAN diverso da quello salvato".
  /divers[oaie] da/,
  // "la data di notifica resta vuota", "gli avvisi non diventano definitivi".
  /(?:resta|restano|rimane|rimangono) (?:vuot|bianc|bloccat)[oaie]/,
  /non diventa(?:no)? /,
  // "nel prospetto ST mancano le ritenute di marzo".
  /manca(?:no)? (?:i|il|la|le|lo|gli|l')\b/,
  // "i mandati firmati il 2 luglio non risultano trasmessi al tesoriere".
  pattern`non risulta(?:no)? (?:ancora |piu |correttamente |essere stat[oaie] )?${[
    ...['trasmess', 'inviat', 'caricat', 'acquisit', 'elaborat', 'generat', 'protocollat'],
    ...['notificat', 'importat', 'arrivat', 'abbinat', 'riconciliat', 'firmat'],
    // "le determinazioni firmate ieri non risultano esecutive".
    ...['esecutiv', 'pubblicat', 'registrat'],
  ]}[oaie]\b`,
  /non (?:arriva(?:no)?|compar(?:e|iono))/,
  /si blocc[a-z]*/,
  /bloccat[oaie]/,
  // "gli avvisi che sta stampando escono senza importi".
  /(?:esce|escono|viene|vengono) (?:[a-z]+ )?(?:senza|vuot[oaie]|bianc[oaie])/,
  // "il portale rifiuta tutte le domande", "escono con i dati spostati di due centimetri".
  /rifiuta(?:no)? (?:tutt[oaie]|le|i|gli|la|il)\b/,
  // "il flusso F24 EP delle ritenute non si genera".
  /non si (?:genera|generano|crea|creano|salva|salvano|calcola|calcolano|elabora|elaborano)\b/,
  /(?:esce|escono) (?:[a-z]+ ){0,4}spostat[oaie]/,
  ...failsFor,
];
// A colleague's report passed on: "la responsabile mi ha riferito che il calcolo risulta errato".
const reportVerbs = ['riferito', 'segnalato', 'detto', 'comunicato', 'fatto presente', 'scritto'];
// An office of the Ente reports too: "l'ufficio elettorale mi segnala che le tessere…" (not
// another Comune's, "l'ufficio anagrafe del Comune di Asti", nor the post office or the vendor's
// sales office; "il vostro ufficio" is skipped where the hit is read).
const ownOffice =
  "(?:l'|il )?ufficio (?!postale|commerciale|legale)[a-z]+(?! (?:del comune|della provincia|dell'unione|di [a-z]))";
const reporter = pattern`${colleague}|${roleDeterminers} ?${roles}|${ownOffice}`.source;
/** The same report in the present tense: "mi segnala che". */
const reportsNow = ['riferisce', 'segnala', 'dice', 'comunica', 'scrive', 'fa presente'];
// The report ends at a ";": "…mi ha detto che la procedura è corretta; eppure le determine che
// firmo non passano" is the writer's.
const toldMe = pattern`mi (?:(?:ha|aveva) ${reportVerbs}|${reportsNow})`.source;
// …or the verb first: "mi dice la collega Rita della pubblica istruzione che le presenze…".
const reportOpening = `(?:(?:${reporter})\\b[^.\\n]{0,80}\\b${toldMe}|${toldMe} (?:${reporter})\\b[^.\\n]{0,60}?)`;
const reportedToWriter = pattern`\b${reportOpening} che\b[^.;:\n]{0,220}?\b${reportedFailure}`;

/** At most three words before, in the same clause: "da ieri", "purtroppo da stamattina". */
// A list item's number may open it: "2) alla collega dell'economato non si apre…".
const clauseOpeners = /^[\s,]*(?:\d{1,2}[.)][ \t]*)?(?:[a-z']+[\s,]+){0,3}$/;
/** True when the clause before `at` holds only a link or a time ("e", "da ieri", "purtroppo"). */
function opensClause(folded: string, at: number): boolean {
  const before = clauseBefore(folded, at);
  return clauseOpeners.test(before);
}

/**
 * "la collega mi ha detto di scrivervi": a colleague's advice on where to write, which relays
 * their problem only when the writer has none of their own.
 */
const adviceVerbs = /(?:mi ha detto|mi dice|mi ha consigliato|mi ha suggerito)/;
const colleagueAdvised = pattern`\b${colleague}\b[^.\n]{0,40}\b${adviceVerbs} di ${writeVerbs}`;
/** The same said with a verb of relaying: "mi ha detto di segnalarvi…" relays. */
const toldToRelay = /\bdi (?:segnal|comunic|inoltr|gir)/;

/** The adviser's own trouble, in the third person: "non riesce", "le compare", "ha il problema". */
const adviserHasProblem =
  /\b(?:non (?:riesce|riescono|puo|possono)|(?:le|gli) (?:compare|esce|da|capita|succede)|ha (?:il|un|lo stesso) problema)\b/;
/**
 * Advice on where to write, not a request to relay: "mi ha detto di scrivere a questo indirizzo"
 * ("mi ha detto di segnalarvi che…" is one).
 */
const adviceWhere = ['a questo indirizzo', 'qui', 'a voi', "all'assistenza"];
// "la collega che mi ha formato mi ha detto di scrivervi direttamente": the writer writes.
const adviceVerb = pattern`\b${adviceVerbs} di (?:scrivere|scrivervi|rivolgermi) (?:direttamente\b|(?:pure )?${adviceWhere})`;
/** The writer's own doing, told in the first person: "ieri ho creato…", "ho premuto Salva". */
const writerActs =
  /\b(?:ho|abbiamo) (?:[a-z]+ )?(?:creat|premut|cancellat|inserit|registrat|emess|salvat|caricat|eliminat|modificat|sbagliat)[oaie]\b/;

/**
 * True when a request to write (`told`, with the text up to `end`) is only advice: said as where
 * to write, or beside the writer's own doing, and neither a relay nor the adviser's own trouble.
 */
function adviceOnly(folded: string, told: RegExpExecArray, end: number): boolean {
  return (
    !toldToRelay.test(told[0]) &&
    (adviceVerb.test(folded.slice(told.index, end)) || writerActs.test(folded)) &&
    !adviserHasProblem.test(folded)
  );
}

/**
 * Asked to write because the other one cannot: "mi dice Paolo Zanon dei tributi di scrivervi
 * perché lui è fuori", "mi dice il collega di scrivervi perché a lui non va".
 */
const askers = ['dice', 'ha detto', 'chiede', 'ha chiesto', 'prega', 'ha pregato'];
const toWrite = ['scrivervi', 'segnalarvi', 'scriverti', 'segnalarti', 'scrivere', 'segnalare'];
const askedBecauseThey = pattern`\bmi ${askers} [^.\n]{1,60}?\bdi ${toWrite}\b[^.\n]{0,20}?\bperche (?:lui|lei|a lui|a lei)\b`;

/** The relays of a colleague's mail or words: "vi inoltro la mail della collega". */
const relayPatterns: readonly RegExp[] = [
  relayedMail,
  relayedSent,
  relayedWords,
  relayedOfficeMail,
];
/** "come mi ha chiesto il vostro tecnico", "su richiesta del vostro operatore": the vendor asked. */
const askedForIt =
  /\b(?:(?:mi|ci) (?:ha|hanno) (?:chiesto|detto|suggerito)|su (?:sua )?richiesta|come (?:richiesto|chiesto|concordato))\b/;
function vendorAskedRelay(clause: string): boolean {
  return vendorsPerson.test(clause) && askedForIt.test(clause);
}

/** "Il problema è suo: …", "il problema ce l'ha lei": the writer says whose it is. */
const theirProblem = pattern`${colleagueNoun}[^]{1,300}?\bil problema (?:e (?:suo|sua|di lei|di lui)|ce l'ha (?:solo )?(?:lui|lei))\b`;
/** "Vi segnalo un problema che ha il mio agente, l'ag. sc. Enrico Fabbri". */
const problemTheyHave = pattern`\b(?:vi )?segnal(?:o|iamo) (?:un |il )?(?:problema|errore|blocco) che (?:ha|hanno|sta avendo|riscontra) ${colleague}`;
/** The vendor's person as the one who asked: "il vostro tecnico Andrea, collegato ieri…". */
const vendorsPersonWords =
  // "la vostra collega Graziella": the vendor's colleague.
  '(?:(?:il|la) vostr[oa] (?:tecnico|operatore|operatrice|consulente|sistemista|responsabile|referente|collega)|(?:il|un) tecnico (?:di )?palitalsoft)';
const vendorsPerson = new RegExp(`\\b${vendorsPersonWords}\\b`);
/** The person named after the role: "il vostro responsabile d'area, il dott. Ferretti, che …". */
const titledApposition =
  ", (?:il|la) (?:dott\\.?(?:ssa)?|sig\\.?(?:ra)?|ing\\.?|geom\\.?|rag\\.?) ?[a-z']+,? che";
/**
 * The vendor's person asked for this very ticket: "il vostro tecnico Andrea mi ha chiesto di
 * aprire il ticket inoltrandovi la sua mail". The relay is the helpdesk's own wish, whoever has
 * the problem (LABELLING: the vendor asked for the forward). The vendor's person is who asks, a
 * name at most between ("il vostro responsabile d'area, il dott. Ferretti, che mi ha detto di
 * aprire un ticket"): not "la collega, dopo la telefonata con il vostro tecnico, mi ha chiesto…".
 */
const vendorAskedByName = new RegExp(
  `\\b${vendorsPersonWords}(?: [a-z']+){0,2}(?:${titledApposition})? (?:mi|ci) (?:ha|hanno) ` +
    '(?:chiesto|detto) di (?:aprire|inoltr|mandar|girar|scriver|segnalar)',
);
/**
 * The same asked on the phone of the colleague who called: "la collega ha chiamato il vostro
 * numero … e l'operatore le ha chiesto di aprire un ticket".
 */
const vendorAskedOnCall = pattern`\b(?:vostr[oa]) (?:numero|centralino|call center|assistenza|help ?desk)\b[^.;]{0,80}\b${[
  "l'operatore",
  "l'operatrice",
  'il tecnico',
  'la tecnica',
]}(?: [a-z']+){0,2} (?:mi|ci|le|gli) (?:ha|hanno) (?:chiesto|detto) di (?:aprire|scrivere|mandare|inviare|segnalare)`;
/** The vendor asked for this very ticket, by name or on the phone: the relay is its own wish. */
const vendorAskedForTicket = (folded: string) =>
  vendorAskedByName.test(folded) || vendorAskedOnCall.test(folded);
const colleagueAskedToWrite = pattern`\b${colleague}\b[^.\n]{0,40}\b(?:mi ha chiesto|mi chiede|mi ha pregato|mi prega|mi ha incaricato) di ${writeVerbs}`;

/** The writer says they have the same problem as the other person. */
const sharedByWriter = new RegExp(
  '\\bne (?:(?:io|noi) ne (?:lui|lei|loro)|(?:lui|lei|loro) ne (?:io|noi)) (?:(?:piu|ancora|oggi) )?' +
    // "né io né lui riusciamo più a firmare".
    '(?:riusciamo (?:(?:piu|ancora) )?ad? (?:accedere|entrare|firmare|stampare|generare|aprire|protocollare|salvare)|possiamo|vediamo|accediamo|entriamo)\\b|' +
    // "il problema lo abbiamo tutti e due", "ce l'abbiamo entrambi".
    "\\bproblema (?:che|lo|l'|ce l') ?abbiamo (?:tutti e due|tutte e due|entramb[ie]|in due)\\b",
);

/**
 * "il mio responsabile mi ha chiesto di aprire un ticket per un problema che abbiamo in ufficio":
 * the office's own (not denied: "non è un problema che abbiamo in ufficio, gli altri entrano").
 */
const officeProblem =
  /\b(?:problema|errore|anomalia|disservizio) che (?:abbiamo|riscontriamo|stiamo avendo) (?:in|nel nostro|nel|nell'|all'|con)\b/;
function officesOwnProblem(folded: string): boolean {
  const m = officeProblem.exec(folded);
  return (
    m !== null &&
    !/\bnon (?:e|sono|si tratta di) (?:un |il )?$/.test(
      folded.slice(Math.max(0, m.index - 25), m.index),
    )
  );
}

/** "segnalo per un collega", "apro il ticket al posto della mia collega". */
const onBehalfVerbs = ['segnalo', 'scrivo', 'apro il ticket', 'invio', 'chiedo'];
const onRequestOf = pattern`\b(?:per conto|a nome|su richiesta|su incarico|da parte) (?:di|del|della|dello|dei|delle|dell')\s?${colleague}`;
/**
 * After "su richiesta del Responsabile…", what is asked is the office's set-up, not anyone's
 * problem: "…vi chiedo di creare un'utenza per il nuovo geometra", "…di abilitare al modulo SUE il
 * geom. Vitale".
 */
const setUpAsked = pattern`^[^.;\n]{0,120}?\b(?:vi )?(?:chiedo|chiediamo|si chiede) (?:cortesemente )?di ${[
  // With the person as a clitic too: "di creargli un'utenza", "di abilitarla al modulo".
  ...[/crear(?:e|gli|le)/, /attivar(?:e|gli|le)/, /abilitar(?:e|gli|le|lo|la)/],
  ...[/configurar(?:e|gli|le)/, /predisporr(?:e|gli|le)/, /aggiunger(?:e|lo|la)/],
  // "…vi chiedo di caricare nel modulo ZTL l'elenco dei nuovi permessi": data loaded for the office.
  ...[/caricar(?:e|li|le)/, /importar(?:e|li|le)/],
]} (?:(?:un'|una |un |l'|le |la |il |i |gli |delle |degli )?(?:nuov[oaie] |su[oaie] |suoi )?${[
  ...[/utenz[ae]/, /utent[ei]/, 'account', 'credenziali', /abilitazion[ei]/, /profil[oi]/],
  /postazion[ei]/,
]}|(?:al|alla|all'|ai|sul|sulla|nel|nella) ?(?:modulo|procedura|programma|funzion[ei]|servizio|gestionale)\b|${
  // "vi chiedo di attivare il modulo del canone unico": a module switched on for the office.
  /(?:il|la|i|le|un|una) (?:modul[oi]|procedur[ae]|funzion[ei])\b/
})`;
/** "…su richiesta del Responsabile dovrebbe avere lo stesso profilo del geom. Zollo": a profile. */
const profileToHave =
  /^[^.;\n]{0,40}?\b(?:dovrebbe|deve|dovra) avere (?:lo stesso |il |un |gli stessi )?(?:profil|abilitazion|access|permess)/;
/** "su richiesta del Sindaco, che … ha notato l'anomalia": the one who noticed, not who has it. */
const onlyNoticed = pattern`^[^.;\n]{0,30}, ?che\b[^.;\n]{1,80}\b${[
  ...[
    'ha notato',
    'ha visto',
    'ha rilevato',
    /(?:si e|se ne e|se n'e) accort[oa]/,
    'ci ha fatto notare',
  ],
  'ha segnalato',
]}`;
/**
 * "su richiesta del Sindaco stiamo preparando l'elenco…": the office doing the work asked of it,
 * its own trouble on the way.
 */
const officeAtWork = pattern`^[^.;\n]{0,60}?\b${[
  /(?:stiamo|sto) (?:preparando|predisponendo|elaborando|estraendo|stampando|facendo)/,
  /(?:abbiamo|ho) (?:preparato|predisposto|elaborato|estratto|lanciato|stampato)/,
]}\b`;
/** Their account named as the thing set up: "la sua utenza", "il suo profilo". */
const theirAccount =
  /\b(?:la sua|il suo|le sue|i suoi) (?:utenz|account|profil|credenzial|abilitazion)[a-z]*/g;
/** Their own thing or trouble: "il suo certificato", "le sue sono scadute", "non riesce". */
const theirOwnTrouble =
  /\b(?:il suo|la sua|i suoi|le sue|gli compare|le compare|non riesce|non puo|non riusciva)\b|\b(?:scadut|bloccat|sospes|disattivat)[oaie]\b/;
/**
 * What follows "su richiesta del Responsabile…" asks for no one's problem: a set-up for the
 * office, or something the one asking only noticed (abbreviation dots blanked: "ing. Baldini").
 */
function relayOfNoProblem(folded: string, end: number): boolean {
  const after = blankAbbreviationDots(folded.slice(end, end + 200));
  // Their own trouble said in the same sentence is theirs after all: "…, che si è accorto che il
  // suo certificato è scaduto", "attivare le credenziali nuove: le sue sono scadute".
  const sentence = after.slice(0, after.search(/[.!?\n]|$/));
  // "…di abilitare la sua utenza alla consultazione": their account set up, no trouble of theirs.
  const setUp = setUpAsked.test(after);
  if (theirOwnTrouble.test(setUp ? sentence.replace(theirAccount, ' ') : sentence)) return false;
  return setUp || profileToHave.test(after) || onlyNoticed.test(after) || officeAtWork.test(after);
}
/**
 * "Potete chiamarla all'interno 234", "potete contattarlo sul suo cellulare": the vendor asked to
 * call the one the mail is about, where they are (not the writer's stand-in: `standIn`).
 */
const callThemThere =
  /\b(?:potete|potreste) (?:contatt|chiam|sent|richiam)arl[aoie] (?:al|allo|all'|sul|sulla)\b/;
/** "Domani sono in ferie: in mia assenza c'è la collega…": who stands in for the writer. */
const standIn =
  /\b(?:in mia assenza|in ferie|al mio posto|al posto mio|mi sostituisce|sostituira me)\b/;
const patterns = [
  onRequestOf,
  pattern`\b${onBehalfVerbs} (?:per|al posto|a nome) (?:del|della|di un|di una|dei|il|la|un|una) ?(?:mio |mia )?(?:collega|colleghi|colleghe)\b`,
  colleagueHasProblem,
  roleHasProblem,
  failsForDative,
  errorForDative,
  theirDeviceFails,
  reportedToWriter,
  // "il responsabile mi ha chiesto di segnalare"
  colleagueAskedToWrite,
  colleagueAdvised,
  askedBecauseThey,
  // "vi inoltro la richiesta della collega"
  relayedMail,
  relayedSent,
  relayedWords,
  relayedOfficeMail,
  relayedForOffice,
  goBetween,
  handedTheirMatter,
  handedToMe,
  inTheirPlace,
  theirProblem,
  problemTheyHave,
  // "vi chiedo di contattare direttamente loro", "chiamatela direttamente": the vendor is asked to
  // reach the people with the problem (not "così possiamo chiamarlo direttamente").
  new RegExp(
    '\\b(?:(?:di|potete|potreste) (?:(?:contattare|chiamare|sentire|richiamare) direttamente (?:loro|lei|lui)|' +
      '(?:contatt|chiam|sent|richiam)arl[aoie] direttamente)|(?:contatt|chiam|sent|richiam)atel[aoie] direttamente)\\b',
  ),
  callThemThere,
];

/**
 * A relayed mail is no ticket for someone else when the writer owns the matter (their own
 * mistake) or the matter is a booking: nobody has a problem yet.
 */
function ownsRelayed(ctx: RuleContext): boolean {
  return writerOwns.test(ctx.request.folded) || findBooking(ctx.content.folded) !== null;
}
const writeVerbsFirst = [
  'scrivo',
  'scriviamo',
  'segnalo',
  'segnaliamo',
  'chiedo',
  'chiediamo',
  'contatto',
  'contattiamo',
];
/** "vi scrivo per conto di…", "segnalo io a nome del…": the writer introducing a relay. */
const writeFor = (verbs: readonly string[]) =>
  pattern`(?:(?:vi |la |le |ti )?${verbs}) (?:io |noi )?(?:anche )?(?:per conto |a nome |da parte |per |al posto )(?:(?:di|del|della|dello|dell') ?)?`
    .source;
/** A title and its blank: "sig.ra ", "collega ". */
const titlesThenBlank = [
  /sig\.?(?:ra|na)? /,
  'signora ',
  'signor ',
  'signorina ',
  /dott\.?(?:ssa)? /,
  'dottoressa ',
  'dottor ',
  'collega ',
];
/** "…, che deve…", "…perche non riesce": what the writer says next about the person. */
const relativeLinks = ['che', 'il quale', 'la quale', 'perche', 'poiche'];
// "scrivo per Martina, la nuova agente…, che deve…" / "per conto di Rossi": a named person.
// "vi contatto da parte della signora Marisa dell'ufficio ragioneria, che non riesce…" too.
const forPerson = pattern`\b${writeFor([...writeVerbsFirst, 'interpello'])}(?:il |la )?${titlesThenBlank}?([a-z']{3,25})\b[^.\n]{0,80}\b${relativeLinks}\b`;
// "Scrivo io per il segretario comunale, che…": a role instead of a name.
const relayedRoles = [
  'segretari[oa]',
  'sindac[oa]',
  'vicesindac[oa]',
  'assessor[ea]',
  'dirigente',
  'responsabile',
  'comandante',
  'capo ?ufficio',
  'capo ?settore',
  'dipendente',
  'collega',
  'direttore',
  'direttrice',
];
const causeLinks = [...relativeLinks, 'visto che', 'dato che'];
const roleOwner = "(?:il |la |lo |l')?(?:mio |mia |nostro |nostra )?";
/** Officers who sign for the Ente, not staff whose records an office handles ("il dipendente"). */
const signingRoles = [
  'sindac[oa]',
  'vicesindac[oa]',
  'assessor[ea]',
  'segretari[oa]',
  'comandante',
];
/**
 * What the relayed person goes through, told in the third person: "prova a firmare", "dal suo
 * palmare…".
 */
const theirTrouble = [
  ...['non riesce', 'non puo', 'non vede', 'prova', 'provando', 'ha provato'],
  ...['non gli', 'non le', 'gli compare', 'le compare', 'gli da', 'le da'],
  // "dal suo palmare i preavvisi non si sincronizzano": their own device (not "la sua ordinanza").
  /(?:dal|sul|nel) suo (?:palmare|pc|computer|portatile|telefono|cellulare|token|dispositivo)/,
  /(?:dalla|sulla|nella) sua (?:postazione|utenza|smart ?card|firma)/,
];
/** The writer's own trouble: "devo preparare", "non riesco", "a me". */
const ownTrouble = [
  ...['devo', 'dobbiamo', 'non riesco', 'non riusciamo', 'provo', 'me', 'mi'],
  // "ho provato a pubblicare la sua ordinanza", "abbiamo protocollato la sua PEC".
  ...['ho provato', 'abbiamo', 'possiamo'],
];
// "Scrivo per il Sindaco: da stamattina quando prova a firmare…", "scrivo per il comandante Di
// Pinto: dal suo palmare…": a colon introduces their matter, when it is told in the third person
// and not as the writer's own.
const colonMatter =
  pattern`[ \t]*:(?=[^.\n]{0,120}\b${theirTrouble}\b)(?![^.\n]{0,120}\b${ownTrouble}\b)`.source;
/** "il comandante Di Pinto": a signing role and maybe the person's name. */
const signingRoleNamed = pattern`${signingRoles}\b(?: [a-z']+){0,3}`.source;
const forRole = pattern`\b${writeFor(writeVerbsFirst)}${roleOwner}(?:${relayedRoles}\b[^.\n]{0,80}\b${causeLinks}\b|${signingRoleNamed}${colonMatter})`;
// "Sono la segretaria del Sindaco. Scrivo per lui perché…": the role named just before.
const forPronoun = pattern`\b${writeFor(writeVerbsFirst)}(?:lui|lei)\b[^.\n]{0,80}\b${causeLinks}\b`;
const roleBefore = pattern`\b${relayedRoles}\b`;
// "Da parte della dott.ssa Ferretti vi chiedo…", "su richiesta di Paola Neri": a titled or
// capitalised person the writer relays.
const relayWords = [...personTitles, /ing\.?/, /geom\.?/, /arch\.?/, /avv\.?/, /rag\.?/];

/** "scrivo / vi contatto" just before: the writer relays. */
const writesNow = pattern`\b${[...writeVerbsFirst, 'interpello']}(?: (?:io|noi|anche|quindi))*\s*$`;
/**
 * "la firma del parere da parte del Direttore": "da parte di" after a noun names who does an
 * action, not whom the writer relays; a relay opens its sentence ("Da parte della dott.ssa
 * Ferretti vi chiedo…") or follows a verb of writing ("vi scrivo da parte del Sindaco").
 */
function agentOfAnAction(folded: string, m: RegExpExecArray): boolean {
  if (!m[0].startsWith('da parte')) return false;
  const before = clauseBefore(folded, m.index);
  return before.trim() !== '' && !writesNow.test(before);
}
const relayOf = pattern`\b(?:per conto|a nome|da parte|su richiesta|su incarico) (?:di|del|della|dello|dell') ?(?:(${relayWords}) )?([a-z']{3,25})\b`;
const notPersons = new Set([
  ...['segnalare', 'chiedere', 'informare', 'conto', 'comunicare', 'sapere', 'chiarire'],
  ...['questo', 'questa', 'quanto', 'favore', 'cortesia', 'il', 'la', 'un', 'una'],
  ...['voi', 'lei', 'vostra', 'vostro', 'nostro', 'nostra', 'tutti', 'tutto'],
  ...['comune', 'ufficio', 'uffici', 'ente', 'amministrazione', 'settore', 'servizio', 'area'],
  // The writer's own command or office: "a nome del Comando vi segnalo…".
  ...['comando', 'corpo', 'reparto', 'nucleo', 'sportello', 'segreteria', 'unione', 'servizi'],
  ...['palitalsoft', 'cityware', 'sistema', 'programma', 'giunta', 'consiglio'],
]);

/** Words that make the relayed "person" a firm: "per conto di Rete Civica Servizi srl". */
const organisation = pattern`\b${[/s\.?r\.?l/, /s\.?p\.?a/, 'societa', 'ditta', 'cooperativa', 'consorzio', 'azienda']}\b`;

/** `rest` (the text after a name) up to the end of its clause. */
function clauseAfter(rest: string): string {
  const end = rest.search(/[.;:\n]/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The name at `at` is a firm's when an organisation word follows in the same clause. */
function isOrganisation(folded: string, at: number): boolean {
  return organisation.test(clauseAfter(folded.slice(at, at + 60)));
}

/**
 * Someone outside the Ente, described right after the name: "per conto del geom. Russo, tecnico
 * esterno che segue la pratica" relays a professional's case, which is the office's own work.
 */
const outsider = pattern`\b${[
  ...['tecnico esterno', 'libero professionista', 'tecnico incaricato', 'direttore dei lavori'],
  ...[/professionist[ai]/, /progettist[ai]/, /cittadin[oa]/, 'contribuente', 'richiedente'],
]}\b`;
function isOutsider(folded: string, at: number): boolean {
  // "geom. Russo": an abbreviation's dot ends no clause.
  return outsider.test(clauseAfter(blankAbbreviationDots(folded.slice(at, at + 80))));
}

function relayedPerson(region: Region): Hit | null {
  const folded = region.folded;
  // "per il mio responsabile, il dott. Amato, che…": an abbreviation's dot ends no sentence
  // (blanked with the same length, so offsets still point into the region).
  const role = forRole.exec(blankAbbreviationDots(folded));
  if (role) return hitAt(region, role.index, role[0].length);
  const pronoun = forPronoun.exec(folded);
  if (pronoun && roleBefore.test(folded.slice(Math.max(0, pronoun.index - 160), pronoun.index))) {
    return hitAt(region, pronoun.index, pronoun[0].length);
  }
  const m = relayOf.exec(folded);
  if (
    m &&
    !notPersons.has(m[2]!) &&
    !isOrganisation(folded, m.index + m[0].length) &&
    !isOutsider(folded, m.index + m[0].length) &&
    !agentOfAnAction(folded, m) &&
    !relayOfNoProblem(folded, m.index + m[0].length)
  ) {
    const first = region.text.charAt(m.index + m[0].lastIndexOf(m[2]!));
    if (m[1] || first !== first.toLowerCase()) return hitAt(region, m.index, m[0].length);
  }
  const asked = askedToWrite.exec(folded);
  if (
    asked &&
    !adviceOnly(folded, asked, asked.index + 80) &&
    // "il vostro consulente ha verificato con me che … e mi ha chiesto di aprire un ticket": who
    // asked may stand far back in the sentence.
    !notColleague.test(clauseBefore(folded, asked.index)) &&
    !vendorsPerson.test(clauseBefore(folded, asked.index, 300))
  ) {
    return hitAt(region, asked.index, asked[0].length);
  }
  return null;
}

function namedPerson(ctx: RuleContext): Hit | null {
  const region = ctx.request;
  const relayed = relayedPerson(region);
  if (relayed) return relayed;
  const m = forPerson.exec(region.folded);
  if (!m) return null;
  // "dell'agente" may be read as "del" + "l'agente": the name is what follows the elision.
  const person = m[1]!.replace(/^[a-z]*'/, '');
  const at = m.index + m[0].indexOf(m[1]!) + m[1]!.length - person.length;
  const first = region.text.charAt(at);
  const titledPerson = /sig|dott|collega/.test(m[0]);
  if (notPersons.has(person) || (!titledPerson && first === first.toLowerCase())) return null;
  if (isOrganisation(region.folded, at + person.length)) return null;
  return hitAt(region, m.index, m[0].length);
}

/**
 * A citizen named in apposition: "una mamma, la sig.ra …", "un contribuente, il sig. …", "la
 * titolare, sig.ra …" (a shop's owner; the Ente's "titolare di P.O." has words between).
 */
// Not "utente": in an access ticket it is a staff account ("un nuovo utente, la dott.ssa Neri").
const citizenBefore =
  /\b(?:cittadin[oaie]|contribuent[ei]|genitor[ei]|mamma|papa|madre|padre|residente|richiedente|titolar[ei])[ ,]+(?:la |il |lo |l')?$/;
/** Offices and roles that make a "sig." the Ente's own. */
const staffOffices = [
  ...relayedOffices,
  'tributi',
  'protocollo',
  'polizia',
  'personale',
  'tecnico',
];
/** The Ente's own, named with their office or role: "il sig. Ferri dell'anagrafe", "il Sig. Sindaco". */
const staffNamed = pattern`^[^,.:;]{0,40}?\b(?:dell'|della |del |dei |dello )${staffOffices}|^sig\.?(?:ra)?\s+${roles}`;
/** The public's channels: colleagues work in the program, citizens on the portal or the app. */
const publicChannel =
  /\b(?:(?:dal|sul|nel) portale|(?:dall|sull|nell)'app|app io|online|dal sito)\b/;

/** True when the person of a role match is a citizen: said before, or failing on the portal. */
function citizenSide(folded: string, m: RegExpExecArray): boolean {
  return (
    citizenBefore.test(folded.slice(Math.max(0, m.index - 30), m.index)) ||
    // A "sig." on the portal (a match with a title starts at it); a role may use the staff's own
    // app ("la mia responsabile… dall'app"), and so may a "sig." named with their office.
    (m[0].startsWith('sig') &&
      !staffNamed.test(folded.slice(m.index, m.index + m[0].length + 40)) &&
      publicChannel.test(folded.slice(m.index, m.index + m[0].length + 60)))
  );
}

/** An account or a permission to give: "di un'utenza", "l'abilitazione al protocollo". */
const newAccount =
  /^ (?:di |d')?(?:(?:un|una|un'|l'|le|la|delle|degli) ?)?(?:nuov[oa] )?(?:utenz[ae]|account|credenziali|abilitazion[ei]|profilo)\b/;

/** The text from the start of the sentence (at most `reach` characters back) to `at`. */
function clauseBefore(folded: string, at: number, reach = 100): string {
  const start = Math.max(folded.lastIndexOf('.', at), folded.lastIndexOf('\n', at), at - reach);
  return folded.slice(start + 1, at);
}

/** `region` with its abbreviation dots blanked, made once per region (four patterns read it). */
const blankedRegions = new WeakMap<Region, Region>();
function dotsBlanked(region: Region): Region {
  let blanked = blankedRegions.get(region);
  if (!blanked) {
    blanked = {
      ...region,
      folded: blankAbbreviationDots(region.folded).replace(/\barch\./g, 'arch '),
    };
    blankedRegions.set(region, blanked);
  }
  return blanked;
}

/**
 * First match that is not a colleague sharing the writer's own problem ("anche la collega ha lo
 * stesso problema").
 */
function firstOwnProblemHit(whole: Region, re: RegExp): Hit | null {
  // "la collega…, geom. Maria Sanna, non riesce", "mi ha riferito che sul mandato n. 3391…": an
  // abbreviation's dot ends no clause (blanked, same length). The other patterns read titles with
  // their dot ("dott. Lanzi").
  const region =
    re === colleagueHasProblem ||
    re === roleHasProblem ||
    re === reportedToWriter ||
    re === theirDeviceFails
      ? dotsBlanked(whole)
      : whole;
  // Whether the writer is affected does not depend on the match: test the region once, not
  // once per match (which was quadratic on a long text full of matches).
  let affected: boolean | undefined;
  for (const m of matchesIn(region, re)) {
    const before = region.folded.slice(Math.max(0, m.index - 12), m.index);
    const sameProblem = /\bstesso problema|\bstessa (?:cosa|anomalia|situazione)/.test(m[0]);
    if (/\banche\s+$/.test(before) || sameProblem) continue;
    // "il vostro ufficio commerciale mi ha detto…": the vendor's, no colleague.
    // "il tuo collega Marco mi ha chiesto di scriverti": the operator's, written to.
    if (/\b(?:vostr[oaie]|tu[oaie]i?)\s+$/.test(before)) continue;
    // "come mi ha chiesto il vostro tecnico Paolo al telefono, vi inoltro la mail della
    // collega": the vendor's operator asked for the relay.
    if (relayPatterns.includes(re) && vendorAskedRelay(clauseBefore(region.folded, m.index)))
      continue;
    if (re === relayedMail && writerToo.test(region.folded)) continue;
    // "mi ha detto Stefano di scrivervi" after "ho chiamato il vostro numero": the vendor's
    // operator asked for the ticket.
    // "il vostro tecnico, collegato sulla postazione della collega, mi ha chiesto di aprire un
    // ticket": the vendor's technician asked, the colleague is where it happened.
    if (
      (re === askedBecauseThey && notColleague.test(clauseBefore(region.folded, m.index) + m[0])) ||
      ((re === colleagueAskedToWrite ||
        (re === colleagueHasProblem && /\bchiesto$|\bchiede$/.test(m[0]))) &&
        // The colleague named as where it happened ("sulla postazione della collega"), not as the
        // one asking ("…è andato via e la collega mi ha chiesto").
        /(?:^|\s)(?:della|del|dello|dei|delle|dell'|sulla|sul|alla|al|nella|nel|dalla|dal)\s?$/.test(
          before + m[0].slice(0, m[0].search(/colleg|collab|dipend|respons|dirig/)),
        ) &&
        vendorsPerson.test(clauseBefore(region.folded, m.index)))
    ) {
      continue;
    }
    // "mi ha detto che il flusso non si genera finché i mandati non sono firmati": a condition
    // explained, not a failure of theirs.
    if (
      re === reportedToWriter &&
      precondition.test(region.folded.slice(m.index + m[0].length, m.index + m[0].length + 20))
    ) {
      continue;
    }
    if (agentOfAnAction(region.folded, m)) continue;
    if (re === onRequestOf && relayOfNoProblem(region.folded, m.index + m[0].length)) continue;
    // "La collega ha preparato l'elenco: non riesco però a caricarlo": the writer's problem.
    // "La dipendente della ditta esterna non riesce…": not the Ente's staff.
    if (re === roleHasProblem && notColleague.test(m[0])) continue;
    // "Una cittadina, la sig.ra Paola Gallo, non riesce…", "il sig. Bruno Ferrari: dal portale
    // non riesce…": a citizen, named or using the public portal, no colleague.
    if (re === roleHasProblem && citizenSide(region.folded, m)) continue;
    // "…non arrivano ai responsabili: il dipendente le vede, il responsabile non le trova": a
    // role the mail also speaks of as a group is the software's user in general, no colleague.
    if (re === roleHasProblem && roleAlsoAsGroup(region.folded, m[0])) continue;
    // "…inviate, ma il responsabile di settore non le vede": each sector's head, a role of the
    // workflow, not one colleague ("il mio responsabile di settore" is one).
    if (re === roleHasProblem && anySectorsHead.test(m[0]) && inWorkflow(region.folded, m)) {
      continue;
    }
    if (re === failsForDative && !opensClause(region.folded, m.index)) continue;
    if (
      re === callThemThere &&
      standIn.test(region.folded.slice(Math.max(0, m.index - 160), m.index))
    ) {
      continue;
    }
    // "arriva una tirocinante, Sara Milani, che avrebbe bisogno di un'utenza": an account to set
    // up for someone new, not a problem of theirs relayed.
    if (
      (re === colleagueHasProblem || re === roleHasProblem) &&
      /(?:bisogno|necessit[a-z]*|vorrebbe)$/.test(m[0]) &&
      newAccount.test(region.folded.slice(m.index + m[0].length, m.index + m[0].length + 40))
    ) {
      continue;
    }
    // "…torna in bozza e non la vedo, quindi la mia responsabile non può autorizzarla": what the
    // colleague cannot do follows from the writer's own problem, told just before.
    if (
      (re === colleagueHasProblem || re === roleHasProblem) &&
      consequenceBefore.test(region.folded.slice(Math.max(0, m.index - 20), m.index)) &&
      writerTried.test(region.folded.slice(Math.max(0, m.index - 160), m.index))
    ) {
      continue;
    }
    // "ci pensate voi? me l'ha girata il comandante": the mail handed over, opening its sentence
    // (not "la determina 233 me l'ha mandata il responsabile da firmare": a document to work on).
    if (
      re === handedToMe &&
      !opensSentence(region.folded.slice(Math.max(0, m.index - 30), m.index))
    ) {
      continue;
    }
    // "la collega mi ha riferito che un cittadino non riesce…": the citizen has the problem;
    // only the first words after "che" say who ("che gli avvisi … nella posizione del
    // contribuente restano vuoti" is still the colleague's).
    if (
      (re === reportedToWriter || re === colleagueHasProblem) &&
      notColleague.test(whoAfterThat(m[0]))
    ) {
      continue;
    }
    // "Il contribuente mi ha passato la sua richiesta": who handed it over is no colleague.
    if (re === handedTheirMatter && notColleague.test(clauseBefore(region.folded, m.index))) {
      continue;
    }
    // "…la schermata che mi ha inviato il consulente esterno": no colleague's screen.
    if (
      (re === relayedSent || re === relayedWords) &&
      notColleague.test(region.folded.slice(m.index, m.index + m[0].length + 20))
    ) {
      continue;
    }
    // "la collega che mi affianca mi ha detto di scrivervi. Ieri ho creato…": the writer's own.
    if (re === colleagueAdvised && adviceOnly(region.folded, m, m.index + m[0].length + 40)) {
      continue;
    }
    // Writing "in their place" says someone else has the problem, unless the writer has it too.
    const hasProblem =
      re === colleagueHasProblem ||
      re === roleHasProblem ||
      re === inTheirPlace ||
      re === failsForDative ||
      re === errorForDative ||
      re === theirDeviceFails ||
      re === reportedToWriter ||
      re === relayedSent ||
      re === relayedWords ||
      re === handedToMe ||
      re === askedBecauseThey ||
      re === theirProblem ||
      re === problemTheyHave;
    if (
      hasProblem &&
      !/\bmi (?:ha )?(?:chiest|chiede|preg)/.test(m[0]) &&
      (affected ??= writerAffected.test(region.folded.replace(consequence, ' ')))
    ) {
      continue;
    }
    return hitAt(region, m.index, m[0].length);
  }
  return null;
}

const roleWords = patternWith('g')`\b${roles}\b`;
/** What passes from one role to the next: "le richieste … risultano inviate", "da autorizzare". */
const workflowWords =
  /\b(?:inviat[oaie]|inoltrat[oaie]|trasmess[oaie]|assegnat[oaie]|richieste|da (?:autorizzare|approvare|validare|vistare))\b/;

/** True when the sentence of the match tells a workflow ("…inviate, ma il responsabile…"). */
function inWorkflow(folded: string, m: RegExpExecArray): boolean {
  return workflowWords.test(sentenceAround(folded, m.index, m.index + m[0].length));
}
const anySectorsHead =
  /\b(?:il|al|dal|del) (?:responsabile|dirigente|capo) di (?:settore|servizio|area|reparto)\b/;

/**
 * The plurals of each role noun, written out: no rule of endings serves ("assessore" and
 * "ragioniere" are singulars, not the plurals of "assessora" and "ragioniera"; "capo ufficio" has
 * none in one word).
 */
const rolePlurals: Record<string, string[]> = {
  dipendente: ['dipendenti'],
  impiegato: ['impiegati'],
  impiegata: ['impiegate', 'impiegati'],
  addetto: ['addetti'],
  addetta: ['addette', 'addetti'],
  operatrice: ['operatrici', 'operatori'],
  responsabile: ['responsabili'],
  dirigente: ['dirigenti'],
  segretario: ['segretari'],
  segretaria: ['segretarie', 'segretari'],
  sindaco: ['sindaci'],
  sindaca: ['sindache', 'sindaci'],
  assessore: ['assessori'],
  assessora: ['assessori'],
  comandante: ['comandanti'],
  ragioniere: ['ragionieri'],
  ragioniera: ['ragionieri'],
  economo: ['economi'],
  vigile: ['vigili'],
  agente: ['agenti'],
};

/** Each role spoken of as a group: "ai responsabili", "tutti i dipendenti"; built once. */
const roleGroups = new Map(
  Object.keys(rolePlurals).map((role) => [
    role,
    patternWith(
      'g',
    )`\b(?:i|ai|dei|dai|agli|degli|dagli|gli|le|alle|delle|dalle|tutti i|tutte le) ${rolePlurals[role]!}\b`,
  ]),
);

/**
 * True when the role that has the trouble (the last one the match names: "il dipendente le vede,
 * il responsabile non le trova") is also spoken of as a group: "ai responsabili", "tutti i
 * dipendenti". Not "gli altri vigili" or "i responsabili degli altri settori invece…": those set
 * one person apart from the rest.
 */
function roleAlsoAsGroup(folded: string, match: string): boolean {
  const role = match.match(roleWords)?.pop();
  const group = role === undefined ? undefined : roleGroups.get(role);
  if (!group) return false;
  return someMatch(group, folded, (m) => {
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 40);
    return !/\b(?:altr[oaie]|invece)\b/.test(after);
  });
}

/** Who a "che" clause is about: its first words (the whole match when it has no "che"). */
function whoAfterThat(match: string): string {
  const at = match.search(/\bche\b/);
  if (at < 0) return '';
  return match
    .slice(at + 4)
    .split(' ')
    .slice(0, 4)
    .join(' ');
}

/** The pay an employee asks about: what the payroll office itself computes. */
const payWords =
  /\b(?:cedolin[oi]|busta paga|buste paga|stipendi[oi]?|conguagli[oi]?|trattenut[ae]|tredicesim[ae]|arretrati)\b/;

function payrollRelaysEmployee(ctx: RuleContext, hit: Hit): boolean {
  return /\bdipendent[ei]\b/i.test(hit.text) && payWords.test(ctx.request.folded);
}

/** Words of a forward that say nothing of one's own: "vi inoltro, grazie", "inoltro per competenza". */
const relayOnlyWords = new Set(
  (
    'vi ti le a inoltro inoltriamo giro giriamo trasmetto trasmettiamo grazie mille saluti ' +
    'cordiali cordialmente distinti buongiorno buonasera buona giornata lavoro salve ciao vedi ' +
    'sotto qui la il mail messaggio per favore cortesia competenza conoscenza seguito vedete ' +
    // Pressure says nothing of one's own either: "URGENTE!!! vedi sotto".
    'urgente urgentissimo'
  ).split(' '),
);
/** "è della collega Franca", "del collega Fabiani": whose the mail is, with their name. */
const relayLinks = new Set(['e', 'della', 'del', 'dalla', 'dal', 'di', 'collega']);
/** The vendor asked to reach the colleague: "potete sentirla voi?", "chiamatela". */
const reachThem =
  /^(?:potete|potreste|voi|(?:sentir|chiamar|richiamar|contattar)(?:la|lo|li|le)|(?:chiamat|sentit|contattat|richiamat)e(?:la|lo|li|le))$/;
/**
 * Other words above a bare forward may only be names, the colleague's and the writer's: more than
 * this many exits early, before the forwarded header is read to know the names.
 */
const maxNamesAbove = 4;
/** The sender line of a forwarded mail's header: "Da: Luca Fabiani <l.fabiani@…>". */
const forwardedSender = /^[ \t>]*(?:da|from|mittente|de|von)[ \t]*:([^\n]*)$/im;
/** Mail providers anyone uses: a shared domain says nothing of a shared Ente. */
const publicDomains = new Set(
  (
    'gmail.com libero.it hotmail.com hotmail.it outlook.com outlook.it live.com live.it msn.com ' +
    'yahoo.com yahoo.it virgilio.it tiscali.it alice.it tim.it fastwebnet.it icloud.com me.com ' +
    'email.it inwind.it tin.it aruba.it pec.it legalmail.it'
  ).split(' '),
);
/**
 * What the forwarded mail says of its writer's problem: their own trouble ("non mi fa generare",
 * "i miei operai") or a request to pass it on ("mi apri tu un ticket?", "puoi mandarlo
 * all'assistenza?").
 */
const relayAsk =
  "(?:apr|mand|gir|segnal|inoltr|pass)[a-z]* (?:tu |pure )?(?:un |il |la )?(?:ticket|segnalazione|all'assistenza|a palitalsoft)";
/** The same asked of the reader in person: "puoi segnalarlo tu a Palitalsoft?", "apri tu un ticket". */
const relayAskedOfYou = new RegExp(
  `\\b(?:puoi|potresti|riesci a)\\b[^.?!\\n]{0,30}?\\b${relayAsk}|\\b${relayAsk.replace('(?:tu |pure )?', 'tu ')}`,
);
/** A mailbox no person writes from: "noreply@…", "Sistema di protocollazione", "notifiche@…". */
const machineSender =
  /\b(?:no-?reply|do-?not-?reply|sistema|system|notifich?[ea]|mailer|postmaster)\b/i;
const ownTroubleOrRelayAsk = new RegExp(
  `\\b(?:non riesco|non mi|mi (?:da|compare|compaiono|esce|escono|appare|si blocca)|(?:i|le) mie?i?\\b|${relayAsk})`,
);
/** The problem is the reader's, or everyone's: "solo sulla tua postazione", "a tutti gli uffici". */
const notTheWritersOwn =
  /\btu[oaei]i? (?:postazion|pc|computer|utenz|error|problem|stamp)|\b(?:a tutti|tutti gli uffici|gentili colleghi|tutte le postazioni|solo tu|hai solo tu)\b/;
/** Where the forwarded mail's own text ends: a deeper quote or header, or its quoted lines. */
const deeperQuote =
  /\n[ \t]*(?:>|(?:da|from|mittente|de|von)[ \t]*:|-{2,}|_{4,}|il [^\n]{0,80} ha scritto)/;

/**
 * A forward with nothing of the user's own above it of a colleague's mail (a person of the
 * sender's own Ente, by mail domain, not an office box or a system) that tells the colleague's
 * own problem: the colleague's problem, passed on as is.
 */
function forwardsColleaguesMail(ctx: RuleContext): Hit | null {
  const { quoted } = ctx;
  const sender = ctx.draft.from?.address.trim().toLowerCase();
  if (!quoted || !sender?.includes('@')) return null;
  // Signature lines typed above it are words of one's own too: measured, stripping them found a
  // forward its writer did not call on behalf (an older sealed set), so only relay words pass…
  // Phone shorthand read as its words: "x competenza. grz" is "per competenza. grazie".
  const above = tokenize(expandShorthand(ctx.request.folded)).map((t) => t.word);
  const relayWord = (word: string) =>
    relayOnlyWords.has(word) || relayLinks.has(word) || reachThem.test(word);
  if (above.filter((word) => !relayWord(word)).length > maxNamesAbove) return null;
  const head = quoted.text.slice(0, 600);
  const m = forwardedSender.exec(head);
  const written = m?.[1]!.split(/[\s<>[\]()"]+/).find((t) => t.includes('@'));
  if (!m || !written) return null;
  const address = written.replace(/^mailto:/i, '').toLowerCase();
  const domainOf = (a: string) => a.slice(a.lastIndexOf('@') + 1);
  const domain = domainOf(address);
  if (address === sender || domain !== domainOf(sender) || publicDomains.has(domain)) return null;
  // A person's name, its last two words capitalised ("Ag. sc. Luca Fabiani"): not "Sistema di
  // protocollazione" or "Comando Polizia Locale".
  const display = m[1]!
    .slice(0, m[1]!.indexOf(written))
    .replace(/["'<[]/g, '')
    .trim();
  const last = display.split(/\s+/).slice(-2);
  // An office's mailbox ("Ragioneria Comune di …") counts only when its writer asks to pass the
  // problem on ("Puoi segnalarlo tu a Palitalsoft? Grazie, Mara"): a colleague at the office's desk.
  const person = personalDisplayName(display) && last.length === 2 && last.every(isNameWord);
  // A system's notice ("Sistema di protocollazione <noreply@…>") has no colleague behind it.
  if (!person && machineSender.test(`${display} ${address}`)) return null;
  // …and the colleague's name and the writer's own ("è della collega Franca. grz\nMarta").
  const names = new Set(fold(`${display} ${ctx.draft.from?.name ?? ''}`).split(/[^a-z']+/));
  if (above.some((word) => !relayWord(word) && !names.has(word))) return null;
  // The writer's own earlier mail, from another of their addresses: their name signs this one.
  if (person) {
    const surname = fold(last[1]!);
    const own = fold(`${ctx.draft.from?.name ?? ''} ${sender.split('@')[0]} ${ctx.own.text}`);
    if (new RegExp(`\\b${surname}\\b`).test(own)) return null;
  }
  let told = quoted.folded.slice(m.index + m[0].length, m.index + m[0].length + 1200);
  // Its header's other lines first ("Inviato:", "A:", "Oggetto:"), then its text up to a quote
  // of its own ("Laura, vedi tu" over a citizen's mail: the citizen's words are not its writer's).
  const body = told.search(/\n[ \t]*\n/);
  if (body > 0) {
    const deeper = told.slice(body).search(deeperQuote);
    if (deeper > 0) told = told.slice(0, body + deeper);
  }
  if (!(person ? ownTroubleOrRelayAsk : relayAskedOfYou).test(told) || notTheWritersOwn.test(told))
    return null;
  return hitAt(quoted, m.index, m[0].trimEnd().length);
}

export const onBehalf = defineRule({
  id: 'on-behalf',
  severity: 'warning',
  summary: 'The user writes for a colleague or another person who has the problem.',
  messages: {
    it: {
      default:
        'Sembra un ticket per conto di un collega («{excerpt}»): è meglio che scriva direttamente chi ha il problema.',
    },
    en: {
      default:
        'This looks like a ticket on behalf of a colleague ("{excerpt}"): the person with the problem should write directly.',
    },
  },
  check(ctx) {
    // "Scrivo anche a nome del Sindaco: né io né lui riusciamo ad accedere", "la Responsabile mi
    // ha chiesto di aprire un ticket per un problema che abbiamo tutte e due": the writer has the
    // problem too, the ticket is theirs.
    if (sharedByWriter.test(ctx.request.folded) || officesOwnProblem(ctx.request.folded)) return [];
    if (vendorAskedForTicket(ctx.request.folded)) return [];
    for (const re of patterns) {
      const hit = firstOwnProblemHit(ctx.request, re);
      if (!hit) continue;
      // Asked only of a relay found: it reads the whole text (and was a tenth of the check's time
      // when asked before every relay pattern).
      if (relayPatterns.includes(re) && ownsRelayed(ctx)) continue;
      // An employee's mail about their pay, passed on by the payroll office, is the office's own
      // work (as a taxpayer's is the tax office's): the office has the problem.
      if (re === relayedMail && payrollRelaysEmployee(ctx, hit)) continue;
      return [quoting('default', bodyWhere(hit))];
    }
    const hit = namedPerson(ctx) ?? forwardsColleaguesMail(ctx);
    return hit ? [quoting('default', bodyWhere(hit))] : [];
  },
});
