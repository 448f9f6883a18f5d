// Which of the guidelines' three kinds of ticket this is: anomalia (the software misbehaves),
// supporto (restore or correct a situation caused by the user's own mistake), formazione
// (training/advice appointment). Patterns run on the folded subject and content; the kind with
// the strongest evidence wins, and a tie means "not clear" (null).
import type { PreparedText } from '../text/prepare';
import type { TicketType } from '../types';
import { fold } from '../text/fold';
import { findFutureNeed } from './future-need';

interface Cue {
  re: RegExp;
  weight: number;
  /** Says when, not what: "dal 1° gennaio" may open a future change as well as a problem. */
  onsetOnly?: boolean;
}

const ownMistake =
  /\b(per errore|erroneamente|per sbaglio|errore materiale|(?:ho|abbiamo|avevo|avevamo) sbagliato|(?:collega|colleghi|colleghe|collaborator[ei]|collaboratrice|dipendente|addett[oa]|impiegat[oa]|operator[ei]|operatrice)\b[^.\n]{0,30}\b(?:ha|hanno|aveva|avevano) (?:sbagliato|inserito male)|(?:ho|abbiamo) inserito male|inserit[oaie] male|(?:ho|abbiamo|avevo|avevamo) dimenticato|sbagliato ad|sbagliato a|inavvertitamente|involontariamente|per distrazione|per una svista|senza volerlo)\b/;
const ownWrongAction =
  /\b(?:ho|abbiamo|avevo|avevamo) (?:gia )?[a-z]{3,}(?:ato|ito|uto)\b[^.\n]{0,100}\b(?:sbagliat[oaie]|errat[oaie]|invece d|al posto d)/;
// After the user's own mistake, "non riesco più a modificarla" asks for the fix (supporto): it
// describes no malfunction.
const cannotUndo =
  /\bnon (?:riesco|riusciamo|posso|possiamo|si puo|e possibile) (?:piu )?(?:a |ad )?(?:modificar|corregger|annullar|cancellar|eliminar|recuperar|ripristinar|rettificar|stornar|riaprir|sistemar)[a-z]*/g;

// The clause of a question ("…, è cambiata la procedura?", "mostra anche le rate pagate?") asks;
// it asserts no malfunction, unless it asks why something happens ("potete verificare perché non
// stampa più?") or whether it is normal ("è normale che il totale non coincida?").
const whyQuestion =
  /\b(?:perche|come mai|per quale (?:motivo|ragione)|normale che|giusto che|cosa (?:sta )?succede|cosa e successo|da cosa (?:dipende|puo dipendere)|non dovrebbe|non dovrebbero)\b/;
const clauseEnd = /[.!?;:,\n]/;

/** Blanks the question clauses that are not "why" questions (linear: walks back from each "?"). */
function maskQuestions(text: string): string {
  if (!text.includes('?')) return text;
  let out = '';
  let done = 0;
  for (let q = text.indexOf('?'); q !== -1; q = text.indexOf('?', q + 1)) {
    let start = q;
    while (start > done && q - start < 300 && !clauseEnd.test(text.charAt(start - 1))) start--;
    const clause = text.slice(start, q + 1);
    if (whyQuestion.test(clause)) continue;
    out += text.slice(done, start) + ' '.repeat(clause.length);
    done = q + 1;
  }
  return out + text.slice(done);
}

const cues: Record<TicketType, Cue[]> = {
  anomalia: [
    // "errore" ("per errore"/"errore materiale", the user's own mistakes, are masked first).
    { re: /\berror[ei]\b/, weight: 2 },
    {
      re: /\bmessaggi[oa]? di errore\b|\bva in errore\b|\bda errore\b|\bsegnala (un )?errore\b/,
      weight: 2,
    },
    {
      re: /\bnon (funziona|funzionano|va|vanno|parte|partono|risponde|carica|caricano|stampa|stampano|salva|si apre|si aprono|si avvia|si riesce|riesco|riusciamo|permette|consente|compare|compaiono|appare|appaiono|viene|vengono|visualizza|visualizzo|trovo|risulta|risultano|calcola|genera|invia|inviano|arriva|arrivano|elabora|aggiorna|si aggiorna|e possibile|e piu possibile)\b/,
      weight: 2,
    },
    {
      re: /\b(si blocca|si bloccano|bloccat[oaie]|si chiude|si chiudono|crash|impalla|piantat[oa]|schermata bianca|pagina bianca)\b/,
      weight: 2,
    },
    {
      re: /\b(anomali[ae]|malfunzionament[oi]|bug|eccezione|exception|impossibile|lentissim[oa]|lentezza|timeout|non piu)\b/,
      weight: 1,
    },
    // A malfunction described without the word "errore": something that no longer happens
    // ("non riporta", "non si possono mandare"), excluding "non so", "non ho capito", "non
    // abbiamo problemi" (questions and bookings).
    {
      re: /\bnon (?:si |mi |ci |ne |le |li |lo |la |gli |piu |e |sono |viene |vengono )?(?!ancora\b|so\b|sappiamo\b|sapevo\b|ho\b|abbiamo\b|avevo\b|vorrei\b|vorremmo\b|volevo\b|credo\b|penso\b|capisco\b|c'e\b|ci sono\b|serve\b|servono\b|dovesse\b|domestic|resident|comunitari)[a-z]{3,}/,
      weight: 1,
    },
    // When it started: "da ieri", "dal 10 novembre", "dopo l'aggiornamento", "prima funzionava".
    {
      re: /\b(?:da|dal|dalla|dai) (?:ieri|stamattina|questa mattina|oggi|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|qualche giorno|alcuni giorni|giorni|settimane|\d{1,2}°? (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)|(?:due|tre|quattro|cinque|pochi|diversi) giorni|l'ultimo aggiornamento|l'aggiornamento)\b|\bdopo (?:l'|il )?(?:ultimo )?(?:aggiornamento|rilascio)\b|\bda quando (?:avete|abbiamo|hanno|e stat[oa]|sono stat[ie]|si e) (?:[a-z]+ )?(?:aggiornat|installat|rilasciat|modificat|cambiat|attivat|migrat|passat)|\b(?:con|dopo) (?:la|l'ultima|la nuova|il passaggio alla nuova) (?:nuova )?(?:versione|release|migrazione)\b|\bprima funzionava|\bfino a (?:ieri|ora|poco fa) (?:funzionava|andava)|\ba partire da(?:l|lla|lle)? /,
      weight: 1,
      onsetOnly: true,
    },
    // A problem the user is facing now, or a process that stops or is refused.
    {
      re: /\b(?:ho|abbiamo|c'e|riscontro|riscontriamo|riscontrato|si presenta|si verifica|si ripresenta) (?:un |il |lo stesso |questo |un grave |un nuovo )?problem[ai]\b|\b(?:si interrompe|si interrompono|si ferma|si fermano|si pianta|termina con|fallisce|falliscono|fallit[oaie]|non va a buon fine|non vanno a buon fine|rifiutat[oaie]|respint[oaie]|restituisce|compare (?:il|un|la|una) (?:messaggio|errore|avviso|scritta)|esce (?:il|un|la|una) (?:messaggio|errore|avviso|scritta))\b/,
      weight: 1,
    },
    // A result that contradicts the data it comes from: "risultano calcolate a tempo pieno anche
    // per i bambini iscritti al part-time", "vengono calcolate a giorno pieno anche quando…",
    // "risulta troncato … mentre nella scheda è corretto".
    {
      re: /\b(?:risulta|risultano|viene|vengono|e stat[oa]|sono stat[ie]|esce|escono|compare|compaiono|riporta|riportano|propone|propongono|calcola|applica|assegna|imposta)\b[^.;\n]{0,80}\b(?:anche per|anche quando|anche se|anche nei|anche nelle|anche ai|anche alle|invece di|invece che|anziche|al posto d|mentre|sebbene|benche|nonostante|pur essendo|pur avendo)\b|\b(?:mentre|sebbene|benche|nonostante|anche se|pur essendo|pur avendo|eppure|ma) (?:nel|nella|nei|nelle|sul|sulla|in|a)\b[^.;\n]{0,60}\b(?:e|sia|risulta|risultano|sono|siano|appare|compare|abbiamo|ho) (?:corrett|giust|regolar|valid|aggiornat|fissat|indicat|impostat|quell[oaie] (?:nuov|giust|corrett))|\b(?:sebbene|benche|nonostante|anche se|pur essendo|pur avendo|eppure)\b[^.;\n]{0,80}\b(?:correttamente|regolarmente|(?:gia|stat[oaie]) (?:inserit|caricat|registrat|compilat|salvat|accettat|pagat|trasmess|elaborat|aggiornat))/,
      weight: 1,
    },
    // Output that includes what it should not, or differs from what is expected: "l'elenco
    // include anche contribuenti che hanno pagato", "al contrario di quanto previsto",
    // "il totale differisce da quello approvato".
    {
      re: /\b(?:include|includono|comprende|comprendono|conteggia|conteggiano|considera|considerano|estrae|estraggono|elenca|elencano|mostra|mostrano|propone|propongono) anche\b|\b(?:al contrario di|contrariamente a|diversamente da) quanto (?:previsto|stabilito|indicato|impostato)|\b(?:differisce|differiscono|diverge|divergono|discordant[ei]|incongruent[ei]|incongruenz[ae]|discrepanz[ae]|squadratur[ae]|disallineat[oaie]|non allineat[oaie]|non (?:quadra|quadrano|coincide|coincidono|corrisponde|corrispondono))\b/,
      weight: 1,
    },
    // Nothing happens, a repeated failure, a refusal or a system message quoted.
    {
      re: /\bnon (?:fa|succede|accade|avviene|da) (?:nulla|niente|alcun|nessun)|\bogni volta che (?:provo|proviamo|cerco|cerchiamo|tento|salvo|salviamo|apro|apriamo|clicco|premo|lancio|stampo|stampiamo|entro|accedo|inserisco|inseriamo|confermo|invio|inviamo)\b|\b(?:accesso|permesso|operazione) negat[oa]\b|\b(?:mi da|ci da|da|restituisce|segnala|risponde con|mostra|riporta) ?:? ?["\u00ab\u201c]|\b(?:esce|escono|arriva|arrivano|stampat[oaie]|generat[oaie]|viene|vengono) senza (?:il|la|lo|i|le|gli|l')\b/,
      weight: 1,
    },
    // Data that the software mangles or loses.
    {
      re: /\b(?:troncat[oaie]|tornat[oaie] indietro|rimandat[oaie] indietro|calcolat[oaie] (?:male|in modo (?:errato|sbagliato))|non (?:recepisce|recepiscono|riporta|riportano|tiene conto|tengono conto)|(?:precedente|vecchi[oa]) (?:alla|al|rispetto))\b/,
      weight: 1,
    },
    // Wrong or missing results.
    {
      re: /\b(?:sbagliat[oaie]|errat[oaie]|incorrett[oaie]|duplicat[oaie]|doppi[oaie]?|due volte|scartat[oaie]|disattivat[oaie]|vuot[oaie]|mancant[ei]|sparit[oaie]|scompars[oaie]|ferm[oaie]|anziche|non valid[oaie]|non corrett[oaie]|diventa lent|(?:resta|restano|rimane|rimangono) (?:tutt|ferm|bloccat|disattiv|disabilitat|grigi|inattiv|non cliccabil|vuot|in stato|nello stato|in attesa))/,
      weight: 1,
    },
    // The effect alone: something missing, a different or excessive value ("mancano i versamenti
    // di novembre", "mostra un importo diverso", "calcolato più alto del dovuto").
    {
      re: /\b(?:mancano|manca) (?:i|le|gli|il|la|lo|l'|dei|delle|degli|del|della|alcun[ieao]?|tutt[ie]|quell[ie]|all'appello|\d+|due|tre|quattro|cinque|diversi|diverse|molt[ie])\b|\b(?:riporta|riportano|mostra|mostrano|stampa|stampano|visualizza|visualizzano|estrae|estraggono|elenca|elencano|carica|caricano|importa|importano|esporta|esportano|esce|escono|trasmette|trasmettono) (?:solo|soltanto|solamente)\b|\b(?:importo|importi|totale|totali|valore|valori|saldo|scadenza|data|cifra|numero|tariffa|aliquota|imposta) divers[oaie]\b|\bdivers[oaie] (?:da|dal|dalla|dai|dalle|rispetto a(?:l|lla|i|lle)?) (?:quell[oaie]|quanto)\b|\b(?:piu alt[oaie]|piu bass[oaie]|superior[ei]|inferior[ei]|maggior[ei]|minor[ei]|in eccesso|in difetto) (?:del dovuto|al dovuto|di quanto dovuto|del previsto|di quanto previsto|del corretto|rispetto al dovuto)\b/,
      weight: 1,
    },
    // Slowness: "molto lenta", "ci mette un'eternità", "impiega più di venti minuti".
    {
      re: /\blent[oaie]\b|\b(?:ci mette|ci mettono|impiega|impiegano|ci vuole|ci vogliono)\b[^.;\n]{0,30}\b(?:minuti|ore|eternita|moltissimo|tantissimo|troppo)\b/,
      weight: 1,
    },
  ],
  supporto: [
    {
      re: ownMistake,
      weight: 3,
    },
    // The user's own action that went wrong: "ho registrato … la ditta sbagliata", "abbiamo
    // caricato … invece di …".
    {
      re: ownWrongAction,
      weight: 2,
    },
    {
      re: /\b(annullare|annullamento|annullarlo|annullarla|ripristinare|ripristino|ripristinarlo|recuperare|correggere|correzione|rettificare|rettifica|stornare|storno|sistemare|modificare un dato|eliminare|cancellare|riaprire|sbloccare)\b/,
      weight: 2,
    },
  ],
  formazione: [
    {
      re: /\b(affiancamento|consulenza|webinar|training|sessione formativa|giornata formativa|addestramento|tutoraggio)\b/,
      weight: 3,
    },
    // "Formazione" and "corso" also name topics ("iscrizioni al corso di nuoto"): alone they are
    // a hint, asked for they are a training request.
    {
      re: /\b(?:formazione|corso)\b/,
      weight: 1,
    },
    {
      re: /\b(?:vorrei|vorremmo|chiedo|chiediamo|richiedo|richiediamo|richiesta|richiesta di|avrei bisogno|avremmo bisogno|avrebbe bisogno|avrebbero bisogno|servirebbe|servirebbero|ci servirebbe|mi servirebbe|ci serve|necessit[a-z]+|organizzare|organizzarci|fissare|programmare|prenotare|concordare|pianificare|iscrivere|partecipare|attivare|possibile (?:avere|fare|organizzare|attivare))\b[^.?!;\n]{0,50}\b(?:formazione|corso)\b|\b(?:formazione|corso) (?:per|a|ai|alle|al|alla) (?:il |la |i |le |un |una |l')?(?:nuov[oaie]|personale|collegh?[ie]|colleghe|operator[ei]|dipendent[ei]|addett[ie]|uffici?o?|neoassunt[ie]|tutt[ie])/,
      weight: 2,
    },
    {
      re: /\b(fissare|concordare|organizzare|programmare|richiedere|chiedere)( un| una)? (incontro|appuntamento|sessione|collegamento)\b/,
      weight: 3,
    },
    // Asking for a meeting: "chiediamo un incontro", "avremmo bisogno di una sessione da remoto".
    {
      re: /\b(?:chiedo|chiediamo|richiedo|richiediamo|vorrei|vorremmo|avrei bisogno di|avremmo bisogno di|ci servirebbe|mi servirebbe|necessitiamo di|necessito di)(?: un| una)? (?:incontro|appuntamento|sessione)\b/,
      weight: 3,
    },
    {
      re: /\b(spiegare|spiegarci|spiegarmi|illustrare|illustrarci|mostrare|mostrarci|insegnare|insegnarci|imparare|impratichirsi|capire come (?:si )?(?:usa|utilizza|imposta|configura|gestisce|funziona))\b/,
      weight: 1,
    },
    {
      re: /\b(nuov[oaie] (collega|collaboratore|collaboratrice|dipendente|assunt[oaie]|personale)|nuova procedura|nuova funzionalita)\b/,
      weight: 1,
    },
  ],
};

// Training words that name a topic of the office's work, not a request for training: "formazione
// della lista di leva / delle liste elettorali / del ruolo", "corso di laurea", "nel corso
// dell'anno", "in corso di validità".
const topicNotTraining =
  /\bformazione (?:(?:della|delle|del|dei|dello|degli|dell') ?)?(?:list[ae]|ruol[oi]|elench?[oi]|graduatori[ae]|alb[oi]|registr[oi]|bilanci[oi]|rendicont[oi]|fascicol[oi]|att[oi]|commission[ei]|sezion[ei]|class[ei]|leva|seggi[oi]|preventiv[oi]|programm[ai] triennal[ei]|piano|pian[oi]|inventari[oi]|catast[oi]|organic[oi]|bando|band[oi]|avvis[oi]|document[oi])\b|\bcorso (?:di|della|del) (?:laurea|studi|studio|diploma|anno|validita|giornata|mese|settimana|procedimento|istruttoria|elaborazione)\b|\b(?:nel|in|durante il) corso (?:di|del|della|dell'|dei|delle)|\bin corso\b/g;

const maxChars = 20000;

const blank = (m: string) => ' '.repeat(m.length);

/**
 * The text the anomaly cues read: without the user's own mistakes, precautions, what they do not
 * know yet and plain questions.
 */
function anomalySourceOf(text: string): string {
  // No lookbehind (not available to ES2016 engines): mask the own-mistake uses of "errore".
  // Also mask what the user wants to avoid or does not know yet ("non vorrei creare duplicati",
  // "per non perdere…", "senza generare errori", "se dovesse risultare sbagliato", "non riesco a
  // capire come…"): a precaution or a question, not a malfunction.
  const anomalyText = text.replace(
    /\bper errore\b|\berror[ei] material[ei]\b|\bsenza (?=(?:dover|poter|[a-z]+(?:are|ere|ire|arl[aoie]|erl[aoie]|irl[aoie]|arne|erne|irne))\b)[^.,;:\n]{0,50}|\b(?:non vorrei|non vorremmo|per non|evitare di|evitando di|onde evitare|per evitare|(?:se|qualora|nel caso) (?:dovesse|dovessero|ci fosse|ci fossero|fosse|fossero))\b[^.,;:\n]{0,50}|\bnon (?:riesco|riusciamo|sono riuscit[oa]|siamo riuscit[ie]) a (?:capire|comprendere|ricordare|trovare come|trovare dove|trovare la procedura)\b/g,
    blank,
  );
  const ownFault = ownMistake.test(text) || ownWrongAction.test(text);
  const asserted = maskQuestions(anomalyText);
  return ownFault
    ? asserted.replace(cannotUndo, blank).replace(new RegExp(ownWrongAction.source, 'g'), blank)
    : asserted;
}

function score(type: TicketType, source: string, withOnset = true): number {
  let total = 0;
  for (const cue of cues[type]) {
    if ((withOnset || !cue.onsetOnly) && cue.re.test(source)) total += cue.weight;
  }
  return total;
}

// What might happen ("qualora desse problemi", "casomai si bloccasse", "in previsione di
// eventuali errori"), up to the end of its sentence: no problem the user has now.
const hypothetical =
  /\b(?:casomai|caso mai|qualora|nel caso|in caso|se dovesse|se dovessero|se ci fosse|se ci fossero|eventual[a-z]*|in previsione|in vista|per sicurezza|per precauzione)\b[^.;!?\n]{0,200}|\b(?:per ora|al momento|ad oggi|oggi|finora|fino ad ora)? ?(?:non (?:ho|abbiamo|c'e|ci sono|riscontro|riscontriamo|si presenta|si presentano)|nessun) (?:alcun[oa]? |nessun[oa]? |particolari? )?(?:problem[ai]|anomali[ae]|error[ei]|difficolta|intopp[oi])\b/g;

/** True when `folded` (subject and content, folded) describes a problem the user has now. */
export function hasPresentProblem(folded: string): boolean {
  const source = anomalySourceOf(folded.slice(0, maxChars).replace(hypothetical, blank));
  return score('anomalia', source, false) > 0;
}

/**
 * A "prenotazione di assistenza": a booking phrase or a reservation for a future need, and no
 * present problem anywhere in `folded` (a present malfunction makes the same words a request for
 * help now).
 */
export function findBooking(folded: string): { index: number; length: number } | null {
  const found = findFutureNeed(folded);
  return found && !hasPresentProblem(folded) ? found : null;
}

export function ticketTypeScores(subject: string, body: PreparedText): Record<TicketType, number> {
  const text = fold(`${subject.slice(0, 1000)}\n${body.content.text.slice(0, maxChars)}`);
  const trainingSource = text.replace(topicNotTraining, blank);
  const scores: Record<TicketType, number> = {
    anomalia: score('anomalia', anomalySourceOf(text)),
    supporto: score('supporto', text),
    formazione: score('formazione', trainingSource),
  };
  // A booking for a possible future need describes no present malfunction.
  if (findBooking(text)) scores.anomalia = 0;
  return scores;
}

export function classifyTicketType(subject: string, body: PreparedText): TicketType | null {
  const scores = ticketTypeScores(subject, body);
  const ranked = (Object.keys(scores) as TicketType[]).sort((a, b) => scores[b] - scores[a]);
  const [first, second] = ranked;
  // An anomaly may be described by a single malfunction cue; support and training need a
  // clear request.
  const needed = first === 'anomalia' ? 1 : 2;
  if (scores[first!] < needed || scores[first!] === scores[second!]) return null;
  return first!;
}
