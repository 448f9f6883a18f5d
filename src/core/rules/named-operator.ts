// Guidelines (consigli, 1-2): do not ask for a specific person ("Per Tizio/Caio"); recalling an
// earlier talk with someone who knows the problem is fine.
import { moduleIndex } from '../classify/module-index';
import { blankAbbreviationDots } from '../classify/abbreviation-dots';
import { fold } from '../text/fold';
import { isNameWord, titleAlternation } from '../text/person-name';
import { stem } from '../text/words';
import { pattern } from '../text/word-list';
import { enteAsks } from '../classify/ente-asks';
import { draftEnteMentions } from './ente-mentions';
import { isVendorAddress } from '../directory/addresses';
import { defineRule, type Region, type RuleContext } from './rule';
import {
  bodyWhere,
  findIn,
  hitAt,
  matchesIn,
  quoting,
  subjectWhere,
  type Hit,
} from './text-locations';

/** Titles only a person's name follows ("l'ing. Melis"). */
const personTitles = [
  'sig\\.?ra',
  'sig\\.?na',
  'sig\\.?',
  'signor',
  'signora',
  'dott\\.?ssa',
  'dott\\.?',
  'dottor',
  'dottoressa',
  'dr\\.?',
  'ing\\.?',
  'geom\\.?',
  'rag\\.?',
];
/** An optional title before the person ("la dott.ssa", "il collega"). */
const titles = [
  ...personTitles,
  'collega',
  'tecnico',
  'tecnica',
  'operatore',
  'operatrice',
  'consulente',
];
// A title ends a word: "collega" is no title inside "collegato".
const title = pattern`(?:(?:il |la |lo |l')?${titles}(?:\s+|\b))?`.source;
/** A required title other than "collega" (whose colleague it is, the sentence must say). */
const titleNotColleague =
  pattern`(?:il |la |lo |l')?${titles.filter((t) => t !== 'collega')}(?:\s+|\b)`.source;
/** A title only a person's name follows ("l'ing. Melis"; not "il tecnico deve…"). */
const personalTitle = pattern`(?:il |la |lo |l')?${personTitles}(?:\s+|\.\s*)`.source;
/** What opens a clause about the person just named: "che conosce…", "perché ha seguito…". */
const aboutThePerson = '(?:che|perche|poiche|visto che|dato che|in quanto|il quale|la quale)';
/** What a person did or knows: "che ci ha fatto l'installazione", "perché conosce il caso". */
const personDid =
  '(?:(?:ci|mi|lo|la|li|le|ne) )?(?:gia )?(?:conosce|ha seguito|segue|ha fatto|ha installato|ha configurato|sa |ha gia|aveva|ha curato|ha gestito)';
/** When the person did it: "che l'anno scorso ci ha seguito". */
const whenBefore = "(?:(?:l'anno scorso|lo scorso anno|in passato) )";
/** The person's name, captured. */
const name = "([a-z][a-z']{1,25})";

/** A colleague's wish, passed on: "Elisa vorrebbe essere richiamata da Stefano". */
const passedOnWishes = ['vorrebbe', 'vorrebbero', 'preferirebbe', 'preferirebbero', 'gradirebbe'];
/** Said bluntly: "voglio essere richiamato dall'ing. Sartori, non da altri". */
const bluntWishes = ['voglio', 'vogliamo', 'preferisco', 'preferiamo'];
const wishes = [
  'vorrei',
  'vorremmo',
  'volevo',
  'volevamo',
  'desidero',
  'desidererei',
  'preferirei',
  'preferiremmo',
  'gradirei',
  'gradiremmo',
  ...bluntWishes,
  ...passedOnWishes,
  'chiedo di',
  // The office asking: "chiediamo di essere richiamati da Giorgio Bellin" (personHit puts aside
  // "vi chiediamo di parlare con Sara della ragioneria").
  'chiediamo di',
  // Passed on: "il Comandante chiede di essere richiamato dall'ing. Rinaldi".
  'chiede di',
  'chiedono di',
  'chiedo se posso',
  'potrei',
  'possiamo',
  'posso',
  'ho bisogno di',
  'avrei bisogno di',
  'abbiamo bisogno di',
  'devo',
  'dovrei',
  'necessito di',
];
const talkTo = [
  'parlare',
  'essere (?:richiamat|contattat|seguit|ricontattat)[oaie]',
  'sentire',
  'confrontarmi',
  'avere un contatto',
];
const politely = '(?:cortesemente |gentilmente |possibilmente |urgentemente )?';
const callBack = ['richiamare', 'chiamare', 'contattare', 'ricontattare', 'rispondere'];
const makeDo = [
  'faccia',
  'fate',
  'fa',
  // Me, us, or the colleague the mail is about: "potete farla richiamare da Michela".
  'fate(?:mi|ci|la|lo|gli)',
  'fammi',
  'far',
  'potete far(?:mi|ci|la|lo|gli)?',
  'potreste far(?:mi|ci|la|lo|gli)?',
  'puo far(?:mi|ci|la|lo|gli)?',
  'potrebbe far(?:mi|ci|la|lo|gli)?',
  'vorrei farmi',
  'farmi',
];
const subjunctives = [
  'richiamasse',
  'contattasse',
  'rispondesse',
  'seguisse',
  'gestisse',
  'se ne occupasse',
  'richiami',
  'contatti',
  'risponda',
  'segua',
  'gestisca',
  'se ne occupi',
  'chiamasse',
  'chiami',
  // "chiediamo che intervenga il sig. Marco Pala".
  'intervenisse',
  'intervenga',
];

/** "dal vostro tecnico, il sig. Gatti": the vendor's role named before the person. */
const yourStaff =
  '(?:(?:vostr[oa]) (?:tecnic[oa]|operatore|operatrice|consulente|responsabile|sistemista),? )?';

/** Impersonal or imperative openers of the same wish: "mi piacerebbe che", "fate in modo che". */
const wishOpeners = [
  'mi piacerebbe',
  'ci piacerebbe',
  'sarebbe possibile',
  'sarebbe meglio',
  'fate in modo',
  'potete fare in modo',
  'potreste fare in modo',
];
/** Verbs that open a wish about who should do something ("vorremmo che…"). */
const prefer = [
  ...wishOpeners,
  'vorrei',
  'vorremmo',
  'preferirei',
  'preferiremmo',
  'gradirei',
  'gradiremmo',
  ...bluntWishes,
  ...passedOnWishes,
  'chiedo',
  'chiediamo',
  // The Ente as the one asking: "il Comune di Bojano chiede che Rosaria Ventura resti reperibile".
  enteAsks,
];
/** "che fosse Lorena", "che intervenisse Marco": who should be the one. */
const whoItIs = ['fosse', 'sia', 'intervenisse', 'intervenga', 'venisse'];
/** What a named person is asked to stay ("resti a disposizione"). */
const stayAvailable =
  pattern`(?:resti|rimanga|sia|fosse|stia|restasse|rimanesse) (?:a (?:nostra )?disposizione|disponibile|reperibile|raggiungibile|in reperibilita)`
    .source;

/**
 * "che conosce bene la nostra configurazione", "che l'anno scorso ha installato il nostro server",
 * "che ci ha installato il server": what someone outside the Ente knows or did of it.
 */
const knowsOurSetUp =
  pattern`che (?:(?:l'anno scorso|lo scorso anno|in passato|gia) )?(?:ci |mi )?${[
    ...['conosce', 'conosceva', 'ha seguito', 'segue', 'ha installato', 'ha configurato'],
    'ha impostato',
  ]} (?:bene |gia |meglio )?(?:la |le |il |i |gli |l')?(?:nostr[aeio]\b|server\b|installazione\b|configurazione\b)`
    .source;

/** "all'attenzione di", "alla c.a. della", "att.ne": a mail addressed to someone. */
const attentionMarks = [
  /\ball'?\s?attenzione/,
  /\balla (?:cortese |gentile )?attenzione/,
  /\bc\.\s?a\./,
  /\batt\.ne/,
  /\batt\.(?=\s*(?:sig|dott|ing|geom|rag))/,
  /\bfao/,
];
/** "chiedo l'intervento di…": verbs asking for someone's help. */
const askForVerbs = [
  'chiedo',
  'chiediamo',
  'richiedo',
  'vorrei',
  'vorremmo',
  'gradirei',
  'preferirei',
];
/** The help asked for: "l'intervento", "il supporto". */
const helpKinds = ["l'intervento", "l'aiuto", 'il supporto', 'la consulenza', "l'assistenza"];
/** "preferirei che mi richiamasse…": verbs opening a wish about who acts. */
const askThatVerbs = [
  ...wishOpeners,
  'preferirei',
  'vorrei',
  'chiedo',
  'chiediamo',
  'gradirei',
  'gradiremmo',
  ...bluntWishes,
  ...passedOnWishes,
];
/** What the operator asked for should do: "…sia Marco a richiamarmi". */
const operatorActs = [
  'seguire',
  'occuparsene',
  'gestire',
  'risolvere',
  'richiamarmi',
  'contattarmi',
  'chiamarmi',
  'rispondermi',
  'ricontattarmi',
  'intervenire',
];
/** Wishes that may take the person as direct object: "vorrei sentire Andrea". */
const wantVerbs = [
  'vorrei',
  'vorremmo',
  'volevo',
  'preferirei',
  'preferiremmo',
  'gradirei',
  'desidero',
  'desidererei',
];
/** A call agreed with someone: "fissare una telefonata con Alessandra". */
const callWith =
  pattern`(?:fissare|avere|organizzare|programmare|concordare) (?:una telefonata|un appuntamento|un appuntamento telefonico|una call|un colloquio|un confronto)`
    .source;
/** "girate", "passare": handing a request over to someone. */
const handOverVerbs = [
  'girate',
  'girare',
  'passate',
  'passare',
  'inoltrate',
  'inoltrare',
  'assegnate',
  'assegnare',
];
/** Handing over with the thing as a clitic: "giratela", "passatelo". */
const handOverClitics = pattern`(?:girat|passat|inoltrat|assegnat)e(?:la|lo|li|le)`.source;
/** "mandateci", "inviatemi", "(vi chiediamo di) mandarci": asking to send someone. */
const sendUs = pattern`(?:(?:mandat|inviat)e|(?:mandar|inviar))(?:ci|mi)`.source;
/**
 * The clause of a wish up to its verb in the imperfect subjunctive ("la pratica la prendesse",
 * "se ne occupasse", "mi chiamasse") or "fosse"/"sia": a few words, then the verb.
 */
const wishClause = "(?:[a-z']+ ){0,3}?(?:[a-z]{2,}(?:asse|esse|isse)|fosse|sia)";
/** "direttamente", "proprio", "di nuovo": a word stressing the person that follows. */
const directly = '(?:(?:direttamente|personalmente|proprio|di nuovo|ancora) )?';
/** What is handed over: "la richiesta", "il ticket", "questa mail". */
const handedOverThings = [
  /la (?:richiesta|pratica|segnalazione|mail)/,
  /il (?:ticket|problema)/,
  /questa (?:richiesta|mail)/,
];

// "all'attenzione di Rossi", "alla c.a. della dott.ssa Neri", "att.ne Marco": in the body or
// the subject ("All'attenzione di Fabio Marras - stampa dei mandati"; "Per Alessandra - …" too).
const attentionRequest = pattern`${attentionMarks}\s*(?:di|del|della|dello|dell')?\s*${title}${name}`;

/** "richiamarmi", "contattarla", "telefonarle": calling someone back. */
const callMeBack =
  '(?:(?:ri)?(?:chiamar|contattar)(?:mi|ci|la|lo)|ricontattar(?:mi|la|lo)|rispondermi|telefonar(?:mi|le|gli))';
/** Requests for a person, each capturing the name. */
const requests = [
  // "vorrei parlare con Marco", "preferirei essere richiamato da Giulia"
  pattern`\b${wishes} ${politely}${talkTo} (?:(?:con|da|dal|dalla|dallo|direttamente con) |dall')${title}${name}`,
  attentionRequest,
  // "mi faccia richiamare da Giulia", "fatemi contattare da Marco", "vi chiedo di far richiamare
  // il Segretario da Renato".
  pattern`\b(?:mi |ci )?${makeDo} ${callBack} (?:(?:il|la|lo|i|le|gli) [a-z]+ |l'[a-z]+ )?(?:(?:da|dal|dalla|dallo) |dall')${yourStaff}${title}${name}`,
  // "potrebbe richiamarmi Giulia?", "mi può contattare Marco", a colleague's wish passed on:
  // "chiede se può richiamarla Giulia".
  pattern`\b(?:mi )?(?:puo|potrebbe|potreste|potete) ${callMeBack} ${directly}${title}${name}`,
  // "chiedo l'intervento di Luca"
  pattern`\b${askForVerbs}(?: gentilmente| cortesemente)? ${helpKinds} (?:di|del|della|dello) ${title}${name}`,
  // "vorrei che fosse Marco a seguire"
  pattern`\bche (?:fosse|sia) ${title}${name} a ${operatorActs}`,
  // "…qualcuno resti reperibile, e se possibile che sia Daniele"
  pattern`\b(?:se possibile|possibilmente|preferibilmente|magari|meglio se) (?:che )?(?:sia|fosse) ${title}${name}`,
  // "…un vostro tecnico resti a disposizione, preferibilmente l'ing. Melis": with a title, the
  // person preferred is named outright.
  // The person closes the clause, or a clause about them follows ("…l'ing. Melis, che conosce…",
  // "…il dott. Piras perché ha seguito…"); not "preferibilmente il rag. Sanna dell'ufficio…".
  pattern`\b(?:se possibile|possibilmente|preferibilmente|meglio se),? ${personalTitle}${name}(?: [a-z][a-z']+)?(?=\s*(?:[,;.)!?\n]|$)| ${aboutThePerson}\b)`,
  // "preferirei Roberto Pieri, che ci ha fatto l'installazione": the person preferred, a clause
  // about them after the name.
  // The clause after says what the person did or knows: not "preferiamo AnyDesk, che è già
  // installato", "preferisco Chrome, perché con Edge la firma non parte".
  pattern`\b(?:preferirei|preferiremmo|preferisco|preferiamo) ${title}${name}(?: [a-z']{2,25})?(?=,? ${aboutThePerson} ${personDid})`,
  // "Dite all'ing. Cecchini di chiamarmi".
  // "Dite a Marco di richiamarmi"; "chiedete a" only with a title: "Chiedete a Intesa di
  // contattarci" names the treasury bank.
  pattern`\b(?:dite|dica|potete dire) (?:a |al |alla |allo |all')${title}${name} di (?:ri)?(?:chiamar|contattar|telefonar|sentir)(?:mi|ci)\b`,
  pattern`\bchiedete (?:a |al |alla |allo |all')${personalTitle}${name} di (?:ri)?(?:chiamar|contattar|telefonar|sentir)(?:mi|ci)\b`,
  // "deve essere Carlo a richiamarmi"
  pattern`\b(?:deve|dovrebbe|dovra|potrebbe) essere ${title}${name} a ${operatorActs}`,
  // "vorrei sentire Andrea", "preferirei parlarne con Luisa", "fissare una telefonata con Anna"
  pattern`\b${wantVerbs} ${politely}(?:sentire|contattare|chiamare) ${directly}${title}${name}`,
  pattern`\b${wantVerbs} ${politely}(?:parlarne|parlargli|parlarle|${callWith}) (?:con|direttamente con) ${title}${name}`,
  // "vorremmo che a tenerla fosse Ivana Brusa", "gradirei che a ricontattarmi fosse Simona"
  pattern`\b${prefer} che a [a-z']+ (?:fosse|sia) ${title}${name}`,
  // "preferiremmo che fosse Lorena, che conosce la casella", "vorrei che intervenisse Marco."
  pattern`\b${prefer} che ${whoItIs} ${title}${name}(?=[,.;]| che\b|$)`,
  // "se possibile preferiremmo Daniela, che conosce le nostre impostazioni"
  pattern`\b(?:preferirei|preferiremmo|gradirei|gradiremmo) ${title}${name}(?=[,.;]| che\b|$)`,
  // "chiediamo che quel giorno l'ing. Paolucci resti a disposizione" (not "la collega Paola":
  // the Ente's own people staying available ask for no operator)
  pattern`\b${prefer} che (?:[a-z]+ ){0,3}${titleNotColleague}${name}(?=[^.;?!\n]{0,80}\b${stayAvailable})`,
  // Without a title, one who knows the Ente's set-up is the vendor's: "chiediamo che Stefano,
  // che conosce bene la nostra configurazione, resti a disposizione".
  pattern`\b${prefer} che (?:(?!(?:collega|nostr[oaie]|mi[oa])\s)[a-z]+\s){0,3}${name}(?=,? ${knowsOurSetUp}[^.;?!]{0,80}\b${stayAvailable})`,
  // The person after the wish: "vorremmo che quel giorno fosse a disposizione Paolo, che conosce
  // bene la nostra configurazione".
  pattern`\b${prefer} che (?:[a-z]+ ){0,3}${stayAvailable} ${name}(?=,? ${knowsOurSetUp})`,
  // "potete passarmi Marco?"
  pattern`\b(?:potete passarmi|potreste passarmi|mi passate|mi passereste|passatemi)(?: pure)? ${title}${name}`,
  pattern`\bda (?:girare|passare|inoltrare) (?:a|al|alla|allo) ${title}${name}`,
  // "deve occuparsene Laura", "se ne occupi la dott.ssa Neri"
  pattern`\b(?:deve|dovrebbe|puo|potrebbe|dovra) (?:occuparsene|seguirla|seguirlo|gestirla|gestirlo|prenderla in carico|prenderlo in carico) ${title}${name}`,
  pattern`\bse ne (?:occupi|occupasse|occupera|deve occupare|puo occupare|potrebbe occupare|dovrebbe occupare) ${title}${name}`,
  pattern`\b${askThatVerbs}(?: cortesemente| gentilmente| possibilmente)? che (?:mi |ci )?${subjunctives} ${title}${name}`,
  // "girate la richiesta a Marco", "passate il ticket alla collega Giulia"
  pattern`\b${handOverVerbs} ${handedOverThings} (?:a|al|alla|allo) ${title}${name}`,
  // The thing handed over as a clitic: "giratela al sig. Gruber", "passatelo a Marta".
  pattern`\b${handOverClitics} (?:a|al|alla|allo) ${title}${name}`,
  // Sending a person: "mandateci Daniele", "inviateci pure la dott.ssa Neri".
  pattern`\b${sendUs}(?: pure)? ${directly}${title}${name}`,
  // The training asked of a named trainer again: "chiediamo che la tenga di nuovo la dott.ssa
  // Piras".
  pattern`\b${askThatVerbs} che (?:la |lo |li |le )?(?:tenga|tenesse|faccia|facesse) ${directly}${title}${name}`,
  // Untitled, a first name and a surname, with what the person did: "Possibilmente Davide
  // Colombo, che l'anno scorso ci ha seguito per il cambio di versione".
  pattern`\b(?:se possibile|possibilmente|preferibilmente),? ${name} [a-z']{2,25}(?=,? ${aboutThePerson} ${whenBefore}?${personDid})`,
  // Any wish that a named person act, in the subjunctive: "vorrei che la pratica la prendesse
  // Marco", "gradirei che se ne occupasse il vostro tecnico Benassi", "vorrei che mi chiamasse
  // direttamente il vostro responsabile, il dott. Santini".
  pattern`\b${prefer} ${politely}che ${wishClause} ${directly}(?:(?:il |la )?vostr[oa] [a-z]+,? )?${title}${name}`,
  // "Elisa occupatene tu per favore", "Fai tu, Chiara, che hai gli accessi": the person named
  // beside an emphatic "tu".
  pattern`\b${name},? (?:occupatene|fallo|pensaci|guardaci|seguila|seguilo) tu\b`,
  pattern`\b(?:fai|fallo|pensaci|occupatene) tu,? ${name}\b`,
  // "Preferirei che mi richiamasse lei, Ivana, perché sa già…".
  pattern`\b${prefer} ${politely}che (?:mi|ci) (?:richiamasse|chiamasse|contattasse|ricontattasse) (?:lei|lui),? ${name}\b`,
  // "per tutta quella mattina vorremmo avere a disposizione la dott.ssa Sabatini".
  pattern`\b${wishes} ${politely}(?:avere|averci|avervi) (?:a (?:nostra )?disposizione|disponibile|reperibile) ${title}${name}`,
  // "vi chiedo di tenere libero Fabio quella mattina".
  pattern`\b(?:tenere|tenete|tenerci|tenga|tenetemi|teneteci) (?:liber[oa]|a disposizione|disponibile) ${title}${name}`,
  // "Se possibile Chiara, che conosce bene la nostra configurazione": untitled, who knows the
  // Ente's set-up is the vendor's.
  pattern`\b(?:se possibile|possibilmente|preferibilmente),? ${name}(?=,? ${knowsOurSetUp})`,
  // "se possibile lo richiami Stefano, che lo ha già seguito": the verb first, then the person.
  pattern`\b(?:se possibile |possibilmente |preferibilmente )?(?:lo|la|li|le|mi|ci) (?:richiami|chiami|contatti|ricontatti|senta) ${name}\b`,
];
/**
 * "vorrei ", "mi piacerebbe ": the opening of every wish pattern above and below. Most mails wish
 * nothing of anyone: one pass for it spares the patterns that start with it (measured, a
 * twentieth of the check's time on the benchmark ticket).
 */
const wishOpens = pattern`\b${prefer} `;
const opensWithWish = (re: RegExp) => re.source.startsWith(wishOpens.source);
const wishRequests = new Set(requests.filter(opensWithWish));
/**
 * "…Davide Ferri, che sa come…: preferirei che fosse lui a richiamarmi", "vorrei che la seguisse
 * lui", "…ci aveva seguito Stefano: vorrei essere richiamata da lui": the same wish with a pronoun,
 * which asks for a person only when one is named before it.
 */
const wishForPronoun = pattern`\b${prefer} ${politely}che ${wishClause} ${directly}(?:lui|lei)\b`;
/**
 * The wish to be called back by, or talk with, "lui"/"lei" (not "devo parlare con lui": a duty
 * towards anyone), which asks for an operator when a person named before it is the vendor's
 * and not the Ente's own or a citizen: "ci aveva seguito Stefano…: vorrei essere richiamata da
 * lui".
 */
const ownWishes = [
  ...['vorrei', 'vorremmo', 'preferirei', 'preferiremmo', 'gradirei', 'gradiremmo'],
  ...['desidero', 'desidererei', 'mi farebbe piacere', 'ci farebbe piacere', 'mi piacerebbe'],
];
/** What the vendor's people did for the Ente: "ci ha seguito", "mi aveva aiutato". */
const vendorsDeed = /(?:ci|mi) (?:aveva|ha|avevano|hanno) (?:gia )?(?:seguit|aiutat)[oaie]/;
/**
 * What tells a person named before the pronoun is the vendor's: "ci aveva seguito Stefano", "la
 * vostra collega Giulia", "il vostro tecnico"; measured, a wish after any name other than the
 * Ente's own people caught a colleague handed the file ("la pratica passa a Marta…").
 */
const vendorsPerson = pattern`\b(?:${[
  vendorsDeed,
  /(?:seguit|risolt)[oa] da/,
  /vostr[oaie]/,
  ...['tecnico', 'tecnica', 'sistemista', 'consulente', 'operatore', 'operatrice', 'assistenza'],
  /(?:avevo|abbiamo|avevamo|ho) (?:gia )?(?:parlato|sentito)/,
]})\b`;
const anyoneElse = '(?! o (?:con )?(?:un|una|qualche|altr))';
// "Simona ci ha seguito…: potete farmi richiamare da lei?" asks the same.
const pronounWish = pattern`\b${[
  pattern`${ownWishes} ${politely}${talkTo} (?:direttamente )?(?:con|da) `,
  pattern`${ownWishes} (?:che )?fosse `,
  pattern`(?:mi |ci )?${makeDo} ${callBack} da `,
]}(?:lui|lei)\b${anyoneElse}`;
/**
 * Who, named before "lui"/"lei", is no operator: the Ente's own people, citizens, firms ("il
 * contribuente Mario Bianchi", "la nostra responsabile, la dott.ssa Ferri").
 */
const notTheVendors = pattern`\b(?:${[
  ...['contribuent', 'cittadin', 'responsabil', 'dirigent', 'collega', 'colleghi', 'nostr[oa]'],
  ...['sindac', 'assessor', 'segretari', 'comandant', 'genitor', 'ditta', 'fornitor', 'dipendent'],
  ...['residente', 'utente'],
]})[a-z]*\b`;
// "Per il sig. Bianchi" / "Per Marco:" at the start of a line, or of a sentence when a title or a
// first and last name and a colon follow ("…stamattina. Per la dott.ssa Fabbri: mi richiami lei";
// not "Per Natale:"): the guidelines' "Per Tizio".
const perSentence = pattern`[.!?] (?=per (?:(?:il |la |lo |l')?${titles}[ .][^\n:]{1,40}|[a-z']{2,25} [a-z']{2,25}):)`;
// "x" is "per" typed on a phone: "x Simone - ruolo verbali" ("x Info -", "x Urgente -" name
// nobody: notPersons).
const perLine = pattern`(?:(?:^|\n)[ \t]*|${perSentence})(?:per|x) ${title}${name}(?: [a-z']{2,25})?[ \t]*(?:[:,\-\n]|$)`;

// Requests to the person the mail greets, in the second person: "chiamami tu", "riesci a
// guardarla tu", "me le puoi ripristinare tu", "preferirei che fosse lei a seguire il ticket".
// They name nobody, so they count only when the mail opens by addressing someone by name.
/** Second-person presents asked of the person greeted: "mi dai un'occhiata tu". */
const youDoVerbs = pattern`(?:${[
  ...['dai', 'fai', 'guardi', 'controlli', 'sistemi', 'mandi', 'chiami', 'richiami'],
  ...['aiuti', 'spieghi'],
]})`.source;
/** "tu restassi", "tu mi richiamassi", "tu fossi": "tu" the subject of a wish. */
const youSubjunctive =
  pattern`(?:(?:mi|ci|me|ce|ti|te|ne|lo|la|li|le|gli|glie)[a-z]* |l'){0,2}(?:[a-z]{2,}(?:assi|essi|issi)|fossi)\b`
    .source;
const directRequests = [
  // A few words may come between: "riesci a darci un'occhiata tu", "fammi sapere tu", "ci devi
  // mettere le mani tu"; not a clause of its own ("dimmi se tu…").
  pattern`\b(?:[a-z]{3,}(?:mi|ci|la|lo|le|li|ne)${fewWords(0, 2)}|(?:puoi|potresti|riesci a|riusciresti a|devi|dovresti)${fewWords(1, 4)}) tu\b`,
  // The same asked formally, "lei" emphatic: "potrebbe guardarci lei direttamente?" (not "lei o
  // un suo collega").
  pattern`\b(?:potrebbe|puo|riuscirebbe a|vorrebbe)${fewWords(1, 3)} lei\b(?! (?:o|oppure|od) )`,
  // Calling back, in the informal second person: "chiamami", "mi fai uno squillo?".
  pattern`\b(?:chiamami|richiamami|telefonami|mi fai (?:uno squillo|una telefonata|un colpo di telefono))\b`,
  // Settling it with that person: "preferisco sistemarla con te al telefono".
  pattern`\b(?:preferisco|preferirei|vorrei|meglio)\b[^.;?!\n]{0,40}\bcon te\b`,
  // An imperative with an emphatic "tu": "guarda tu questa pratica", "tieniti libero tu".
  pattern`\b(?:${[
    'guarda',
    'segui',
    'controlla',
    'verifica',
    'vedi',
    'chiama',
    'richiama',
    'pensaci',
    'occupatene',
    'fallo',
    'tieniti (?:liber[oa]|disponibile)',
  ]}) tu\b`,
  pattern`\bche (?:fosse|sia|fossi) (?:proprio )?(?:lei|tu) a [a-z]+`,
  // The formal wish with "lei" its subject, last: "vorremmo che la formazione la tenesse lei".
  pattern`\b(?:vorrei|vorremmo|preferirei|preferiremmo|gradirei|gradiremmo) che ${wishClause} (?:proprio )?lei\b(?! (?:o|oppure|od) )`,
  // Keeping oneself free, asked of "tu": "riesci a tenerti libero quella mattina?".
  /\btenerti (?:liber[oa]|disponibile|reperibile|pront[oa])\b/,
  // "mi ricolleghi tu in remoto?", "ci guardi tu?", "me la guardi tu?": the greeted person
  // asked to act.
  pattern`\b(?:mi|ci|me l[aoie]|ce l[aoie]|me ne|ce ne) [a-z]{3,}[ai]${fewWords(0, 2)} tu\b`,
  // "Ramona preferirebbe essere richiamata da te".
  pattern`\b${wishes} ${politely}${talkTo} (?:con|da) te\b`,
  // A wish in the second person: "preferirei che te ne occupassi tu".
  pattern`\bche (?:[a-z']+ ){0,3}?[a-z]{2,}(?:assi|essi|issi) tu\b`,
  pattern`\bti chiedo (?:di|se puoi) (?:richiamarmi|chiamarmi|contattarmi|ricontattarmi|seguire|occupartene|guardare|collegarti)`,
  // A second-person present with its clitic: "mi dai un'occhiata tu appena puoi?".
  // Not "mi dici se anche tu vedi…" ("tu" in a clause of its own), nor "mi fai sapere quando tu
  // o un tuo collega potete collegarvi?" (anyone will do).
  pattern`\b(?:mi|ci) ${youDoVerbs}\b${fewWords(0, 3)} tu\b(?! (?:o|oppure|od) )`,
  // A wish about what "tu" should do, "tu" its subject: "vorremmo che nei giorni 13 e 14 tu
  // restassi a disposizione". Not "vorrei che il calcolo fosse fatto come mi hai detto tu"
  // (an earlier talk), nor "vorrei che tu o un tuo collega ci richiamaste" (anyone will do).
  pattern`\b(?:vorrei|vorremmo|preferirei|preferiremmo|chiedo|chiediamo|gradirei) che\b[^.;?!\n]{1,60}\btu(?= ${youSubjunctive})`,
];
/** Up to `max` words that open no clause of their own, each after a blank. */
function fewWords(min: number, max: number): string {
  return `(?: (?!(?:se|che|quando|come|perche|e|o|ma|anche|non)\\b)[a-z']+){${min},${max}}`;
}
const greetingWords = [
  'ciao',
  'salve',
  'buongiorno',
  'buonasera',
  'gentile',
  'gentilissim[oa]',
  'car[oa]',
  // A reply to the operator's mail: "Grazie Marco, se riesci chiamami tu…".
  'grazie',
];
/** "Ciao Sara,", "Gentile dott. Ferri,": the greeting and the word after an optional title. */
const greetingName = new RegExp(
  pattern`^\s*(?:${greetingWords})\s+(${titleAlternation}\s+)?([^\s,;:!.]+)`.source,
  'i',
);
// Words a greeting addresses that are nobody's name: "ciao ragazzi,", "buongiorno helpdesk,",
// "buongiorno dottoressa,", "buonasera scusate,", in either case.
const groupsGreeted = new Set(
  (
    'ragazzi ragazze raga tutti tutte gente colleghi colleghe collega amici team staff ' +
    'helpdesk supporto assistenza ufficio servizio signori signore dottoressa dottore ' +
    'scusate scusa ancora carissimi carissime cari care'
  ).split(' '),
);

/**
 * "ciao antonio, …" typed on a phone: a lower-case word that would be a name capitalised, closed
 * by a comma or the line's end (not "buongiorno vi scrivo…").
 */
function lowerCaseName(greeted: RegExpExecArray, opening: string): boolean {
  const word = greeted[2]!;
  if (!/^[a-z\u00e0-\u00ff']{3,}$/.test(word)) return false;
  const after = opening.charAt(greeted.index + greeted[0].length);
  return (
    (after === ',' || after === '\n' || after === '') &&
    isNameWord(word[0]!.toUpperCase() + word.slice(1))
  );
}
/** "Roberta ciao, sono Mimma…": the name before the greeting. */
const nameThenHello = /^\s*([^\s,;:!.]+)\s+(?:ciao|buongiorno|salve)\b/i;
/** "…: Laura, se riesci…": a capitalised word and a comma opening a sentence. */
const vocative = /(?:^|[.!?:]\s\s?|\n\s?)([A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff']+),\s/g;

/**
 * Each run of blanks cut to two characters (its first, then a line break if the rest has one,
 * else a space), so `vocative` sees the same text with runs it cannot rescan at every start
 * (written with \s+ and \n\s* it was quadratic on long runs of blanks).
 */
function shortBlankRuns(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    let end = i;
    while (end < text.length && /\s/.test(text.charAt(end))) end++;
    if (end === i) {
      const next = text.slice(i).search(/\s/);
      end = next < 0 ? text.length : i + next;
      out += text.slice(i, end);
    } else {
      out += text.charAt(i);
      if (end - i > 1) out += text.slice(i + 1, end).includes('\n') ? '\n' : ' ';
    }
    i = end;
  }
  return out;
}

/**
 * "Giorgio ti scrivo qui…", "Roberta come d'accordo ti mando…", "Gianluca chiamami appena puoi": a
 * name, then "ti" or an imperative to them.
 */
const nameThenYou =
  /^\s*([A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff']+)[,!]?\s+(?:(?:[a-z']+\s+){0,4}?(?:ti|te)|chiamami|richiamami|telefonami|fammi|dimmi|scrivimi)\b/;

/** The words of a mailbox name: luca.serafini@… → "luca", "serafini". */
function mailboxWords(address: string): string[] {
  return fold(address.split('@')[0] ?? '').split(/[._-]+/);
}

/** The words of the recipients' names and mailbox names: luca.serafini@… names Luca Serafini. */
function recipientNameWords(ctx: RuleContext): Set<string> {
  return new Set(
    [...ctx.draft.to, ...ctx.draft.cc].flatMap((r) => [
      ...fold(r.name ?? '').split(/\s+/),
      ...mailboxWords(r.address),
    ]),
  );
}

/**
 * The words of a mailbox name of two words or more (chiara.pagliarini@…), which may name its
 * owner; a one-word mailbox ("atti@") names none, and a module's ("polizia-locale@") names no
 * name word, which the caller checks.
 */
function personalMailboxWords(address: string): string[] {
  const words = mailboxWords(address);
  return words.length > 1 ? words : [];
}

/** "Il giorno …, Simona Gatti <atti@…> ha scritto:", "Da: Giulia Sartori <…>": an address. */
// Outlook's header writes "Da: Simona Gatti [mailto:atti@…]".
const quotedAddress = /[<[](?:mailto:)?([^<>[\]\s@]+@[^<>[\]\s]+)[>\]]/;

/**
 * The name words of the quoted mail's author, when the mail goes back to that author's domain: the
 * operator whose answer is replied to ("Simona ancora niente??" under Simona Gatti's answer from
 * atti@…), not a colleague whose mail is passed on.
 */
function quotedAuthorWords(ctx: RuleContext): string[] {
  const head = ctx.quoted?.text.slice(0, 400) ?? '';
  const m = quotedAddress.exec(head);
  if (!m) return [];
  const author = m[1]!;
  const domain = (address: string) => address.slice(address.indexOf('@') + 1).toLowerCase();
  // The operator may answer from the vendor's own domain and the reply go to the ticket one.
  const sameSide = (address: string) =>
    domain(address) === domain(author) ||
    (isVendorAddress(address, ctx.directory) && isVendorAddress(author, ctx.directory));
  if (!ctx.draft.to.some((r) => sameSide(r.address))) return [];
  // The capitalised words just before the address, on its line: the author's display name.
  const before = head.slice(head.lastIndexOf('\n', m.index) + 1, m.index).trimEnd();
  const words = (before.endsWith('"') ? before.slice(0, -1) : before).split(/[\s,:]+/);
  const name: string[] = [];
  for (let k = words.length - 1; k >= 0 && name.length < 4; k--) {
    if (!/^[A-Z\u00c0-\u00dd]/.test(words[k]!)) break;
    name.push(fold(words[k]!));
  }
  return name;
}

/** The words of the display names of To recipients outside the vendor: the Ente's own people. */
function colleagueRecipientWords(ctx: RuleContext): Set<string> {
  return new Set(
    ctx.draft.to
      .filter((r) => r.address && !isVendorAddress(r.address, ctx.directory))
      .flatMap((r) => fold(r.name ?? '').split(/\s+/))
      .filter((w) => w.length >= 3),
  );
}

/** True when the mail speaks to a person by name: the greeting, or a recipient addressed by name. */
function addressesPerson(ctx: RuleContext): boolean {
  const { greeting } = ctx.body;
  // The greeting with what follows it on its line: on a phone the name often runs on past the
  // greeting's end ("ciao Fabio ti mando la foto…" greets with "ciao" alone); the next line is
  // the text ("Buongiorno\n\nStamattina…" greets nobody).
  const body = ctx.body.text;
  const lineEnd = greeting ? body.indexOf('\n', greeting.end) : -1;
  const opening = greeting
    ? body.slice(
        greeting.start,
        Math.max(greeting.end, Math.min(greeting.start + 40, lineEnd < 0 ? body.length : lineEnd)),
      )
    : ctx.content.text.slice(0, 80);
  const greeted = greetingName.exec(opening);
  // "Ciao Davide, ti giro la risposta dell'assistenza…" to Davide Iannone at the Ente's own IT
  // desk, the helpdesk in Cc: the person greeted is a colleague, not an operator.
  if (greeted && colleagueRecipientWords(ctx).has(fold(greeted[2]!))) return false;
  const greetedWord = greeted && !groupsGreeted.has(fold(greeted[2]!));
  if (
    greeted &&
    (greeted[1] || (greetedWord && (isNameWord(greeted[2]!) || lowerCaseName(greeted, opening))))
  ) {
    return true;
  }
  const before = nameThenHello.exec(opening) ?? nameThenYou.exec(opening);
  if (before && isNameWord(before[1]!)) return true;
  // "Serena fatto come mi hai detto…" to Serena Ruggiero: the text opens with the first name of
  // the person it is sent to (a display name's, not a module mailbox's nor a Cc colleague's),
  // not as the subject of a clause ("Serena ed io non riusciamo…").
  const first =
    /^\s*([A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff']+)\b(?![ ,]+(?:e|ed|ha|hanno|mi|ci)\b)/.exec(
      ctx.content.text,
    );
  const toNames = new Set([
    ...ctx.draft.to.flatMap((r) => [
      ...fold(r.name ?? '').split(/\s+/),
      // A personal mailbox (chiara.pagliarini@…), not a module's one-word mailbox ("atti@").
      ...personalMailboxWords(r.address),
    ]),
    ...quotedAuthorWords(ctx),
  ]);
  if (first && toNames.has(fold(first[1]!)) && isNameWord(first[1]!)) return true;
  // A personal vendor mailbox names its owner even without a display name: luca.serafini@…
  const recipientNames = recipientNameWords(ctx);
  vocative.lastIndex = 0;
  const text = shortBlankRuns(ctx.request.text.slice(0, 5000));
  for (let m = vocative.exec(text); m; m = vocative.exec(text)) {
    if (recipientNames.has(fold(m[1]!)) && isNameWord(m[1]!)) return true;
  }
  return false;
}

// Words that follow the patterns but are not a person: pronouns, offices, set phrases ("per
// informazione"), and days, months and times ("potrebbe richiamarmi lunedì?").
const notPersons = new Set([
  ...['voi', 'lei', 'te', 'un', 'uno', 'una', 'qualcuno', 'qualcun', 'chi', 'cui'],
  ...['il', 'la', 'lo', 'gli', 'le', 'vostro', 'vostra', 'vostri', 'questo', 'questa', 'quanto'],
  ...['tecnico', 'tecnici', 'operatore', 'operatori', 'assistenza', 'ufficio', 'iscritto'],
  ...['palitalsoft', 'cityware', 'telefono', 'mail', 'email', 'voce', 'conoscenza'],
  ...['favore', 'cortesia', 'piacere', 'esempio', 'informazione', 'informazioni', 'completezza'],
  ...['chiarezza', 'sicurezza', 'precauzione', 'urgenza', 'tempo'],
  // "x Info -", "X Urgente:", "x Natale -": shorthand before what the line is about.
  ...['info', 'urgente', 'urgentissimo', 'problema', 'conferma', 'verifica', 'competenza'],
  ...['collega', 'natale', 'pasqua', 'segretario', 'segretaria', 'sindaco', 'tutti'],
  ...['lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica'],
  ...['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto'],
  ...['settembre', 'ottobre', 'novembre', 'dicembre'],
  ...['oggi', 'domani', 'stamattina', 'stasera', 'dopodomani', 'appena', 'subito', 'presto'],
  // After a title, small words are no name: "un vostro tecnico del modulo Atti".
  ...['di', 'del', 'della', 'dello', 'dei', 'delle', 'degli', 'da', 'dal', 'dalla', 'a', 'al'],
  ...['alla', 'in', 'nel', 'nella', 'per', 'con', 'su', 'che', 'e', 'o', 'modulo', 'settore'],
  // "il tecnico comunale": the Ente's own, no name.
  ...['comunale', 'comunali', 'interno', 'interna'],
]);
/** A word opening with an elided article or preposition: "dell'", "all'", "l'", "un'". */
const elided = /^(?:dell|dall|nell|sull|all|coll|l|un)'/;
// Recalling an earlier talk is allowed.
const earlierTalkWords = [
  'gia',
  'in precedenza',
  'precedentemente',
  'come concordato',
  'come da accordi',
  /concordat[oa]/,
  'avevo',
  'avevamo',
  'abbiamo parlato',
  'ho parlato',
  'ho sentito',
  'mi ha detto',
  'mi aveva',
];

const earlierTalk = pattern`\b${earlierTalkWords}\b`;
// The title right before the name: "un vostro tecnico restasse collegato" has a title, but not
// before "collegato".
const titled = /(?:sig|dott|dr|ing|geom|rag|collega|tecnic|operat|consulente)[a-z.]*\s*$/;
const enteWords = new Set(
  'comune citta provincia unione comunita montana metropolitana di del della dei delle'.split(' '),
);

/** The place names of the Enti in the draft and the settings, each as its words. */
function entePlaceWords(ctx: RuleContext): string[][] {
  const { request, signature } = draftEnteMentions(ctx);
  return [
    ...[...request, ...signature].map((m) => m.key.split(' ').slice(1)),
    ...(ctx.settings.enti ?? []).map((e) =>
      fold(e)
        .split(/[^a-z']+/)
        .filter((w) => w !== '' && !enteWords.has(w)),
    ),
  ];
}

/**
 * One-word place names: "Per Rimini:" names no person. Longer places are left out here:
 * "Giovanni" of "San Giovanni in Persiceto" can be a person.
 */
function onePlaceWords(places: string[][]): Set<string> {
  return new Set(places.filter((p) => p.length === 1 && p[0]!.length >= 3).map((p) => p[0]!));
}

/** "Per San Severino:": the words open the name of an Ente of the mail or the settings. */
function opensEntePlace(places: string[][], words: string): boolean {
  if (!words.includes(' ')) return false;
  return places.some((p) => `${p.join(' ')} `.startsWith(`${words} `));
}

/** True when `before` introduces `person` as the Ente's own: "la collega Martina", "la mia Anna". */
function ownNamedEarlier(before: string, person: string): boolean {
  let at = before.lastIndexOf(person);
  while (at > 0) {
    const word =
      !/[a-z']/.test(before.charAt(at - 1)) && !/[a-z']/.test(before.charAt(at + person.length));
    const lead = before.slice(Math.max(0, at - 30), at);
    // "la collega Martina", not "il vostro collega Marco" (the vendor's).
    if (word && ownsPerson(lead)) return true;
    at = before.lastIndexOf(person, at - 1);
  }
  return false;
}

/** The first match of `re` in the request whose captured name is a person's. */
/** "chiedo di parlare", "chiediamo di sentire": asking to talk, after "vi"/"le"/"ti". */
const talkAsked = /^chied(?:o|iamo) di (?:parlare|sentire|confrontar)[^.;?!\n]{0,60}/;
/**
 * "Vi chiedo di parlare con Sara della ragioneria": the helpdesk is asked to talk with the Ente's
 * own staff (not "… con Fabio, il vostro tecnico": the vendor's; "vi chiediamo che a
 * richiamarla sia Fabio" still asks for an operator).
 */
function helpdeskAskedToTalk(folded: string, at: number, before: string): boolean {
  const asked = talkAsked.exec(folded.slice(at, at + 80));
  return asked !== null && /\b(?:vi|ti|le) $/.test(before) && !/\bvostr[oaie]\b/.test(asked[0]);
}

function personHit(ctx: RuleContext, re: RegExp, region: Region = ctx.request): Hit | null {
  // The Enti's place names, read once for all the matches (and only when one needs them).
  let places: string[][] | undefined;
  let onePlaces: Set<string> | undefined;
  const placeWords = () => (places ??= entePlaceWords(ctx));
  let guard = 0;
  for (const m of matchesIn(region, re)) {
    if (guard++ >= 50) break;
    const person = m[1]!;
    const personAt = m.index + m[0].lastIndexOf(person);
    // A match may open with the line break or full stop before it: not part of the request.
    const skip = /^[\n.!?]/.test(m[0]) ? 1 : 0;
    const before = region.folded.slice(Math.max(0, m.index + skip - 60), m.index + skip);
    const sentenceStart = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'));
    if (notPersons.has(person) || (onePlaces ??= onePlaceWords(placeWords())).has(person)) continue;
    // "un vostro tecnico dell'elettorale": an elided article or preposition, not a name
    // (D'Amico is).
    if (elided.test(person)) continue;
    if (helpdeskAskedToTalk(region.folded, m.index + skip, before)) continue;
    const words = /^[a-z' ]*/.exec(region.folded.slice(personAt, m.index + m[0].length))![0];
    if (opensEntePlace(placeWords(), words.trim())) continue;
    // "Per IMU:", "Per Tributi:": an acronym or a module word, not a person.
    const written = region.text.slice(personAt, personAt + person.length);
    if (written.length <= 5 && written === written.toUpperCase()) continue;
    if (moduleIndex(ctx.directory).has(stem(person))) continue;
    const initial = region.text.charAt(personAt);
    const lead = m[0].slice(0, personAt - m.index);
    if (!titled.test(lead) && initial === initial.toLowerCase()) continue;
    // In the request's own clause: "lei aveva già parlato con Michela, potete farla richiamare
    // da Michela?" recalls a talk, then asks for her.
    const clauseStart = Math.max(sentenceStart, before.lastIndexOf(','), before.lastIndexOf(':'));
    if (earlierTalk.test(before.slice(clauseStart + 1))) continue;
    // Named before as the Ente's own ("la collega Martina Verdi…, potete richiamarla Martina").
    if (ownNamedEarlier(region.folded.slice(0, personAt), person)) continue;
    // "la dott.ssa Neri, nostra anagrafista": the Ente's own, said after the name.
    const afterName = personAt + person.length;
    if (ownApposition.test(region.folded.slice(afterName, afterName + 30))) continue;
    return hitAt(region, m.index + skip, m[0].length - skip);
  }
  return null;
}

// "Vi chiediamo che quella mattina Davide Mariotti sia disponibile", "chiedo che la segnalazione
// sia presa in carico dalla dott.ssa Fabbri": a wish whose sentence wants a person available or
// in charge, the person named by a title or a first and last name in capitals.
const wishThat = pattern`\b${prefer} ${politely}(?:comunque |anche |quindi )?che\b`;
const inCharge = pattern`\b(?:${stayAvailable}|(?:sia|venga|fosse|venisse) (?:pres[oa] in carico|seguit[oa]|gestit[oa]|assegnat[oa]))\b`;
/** A capitalised word as written ("Franco", "D'Amico"). */
const capitalWord = "[A-Z\\u00c0-\\u00dd][a-z\\u00e0-\\u00ff']+";
/** A run of capitalised words is one name ("Anna Gori"), judged by its first word (captured). */
const nameRun = new RegExp(
  `(?:(?:sig|dott|ing|geom|rag)[a-z.]*\\s+)?(${capitalWord})(?: ${capitalWord})*`,
);
const writtenTitle = '(?:dott\\.?ssa|dott\\.|dr\\.|sig\\.ra|sig\\.|ing\\.|geom\\.|rag\\.)';
/** In the text as written: "dott.ssa Fabbri", "Davide Mariotti". */
const writtenPerson = new RegExp(
  `\\b(?:${writtenTitle}\\s*${capitalWord}|${capitalWord} ${capitalWord})`,
);

function wishedPerson(ctx: RuleContext): Hit | null {
  const { text, folded } = ctx.request;
  for (const m of matchesIn(ctx.request, wishThat)) {
    const from = m.index + m[0].length;
    // A title's dot ends no sentence ("dall'ing. Sartori"); blanked with the same length.
    const rest = blankAbbreviationDots(folded.slice(from, from + 200));
    const end = rest.search(/[.;?!\n]/);
    const sentence = end < 0 ? rest : rest.slice(0, end);
    const charge = inCharge.exec(sentence);
    if (!charge) continue;
    const found = personAround(text, from, charge);
    if (!found) continue;
    const { person, at } = found;
    if (ownPerson.test(folded.slice(Math.max(0, at - 30), at))) continue;
    // "la dott.ssa Neri, nostra anagrafista,": the Ente's own, said after the name.
    if (ownApposition.test(folded.slice(at + person[0].length, at + person[0].length + 30))) {
      continue;
    }
    const first = fold(person[0].split(/\s+/)[0]!.replace(/\.$/, ''));
    if (notPersons.has(first) || enteWords.has(first)) continue;
    // Without a title, two capitalised words must read as a name ("Sportello Telematico" does not).
    if (
      !/^(?:dott|dr|sig|ing|geom|rag)/i.test(person[0]) &&
      !isNameWord(person[0].split(/\s+/)[0]!)
    ) {
      continue;
    }
    return hitAt(ctx.request, m.index, at + person[0].length - m.index);
  }
  return null;
}

/**
 * The person a wish names: before what they should do ("che la dott.ssa Neri resti…"), or right
 * after it ("che fosse disponibile Luca Bertoni"), not in a clause of its own ("…restasse
 * disponibile il sabato, quando Marco Rossi rilascia le carte" wishes nothing of Marco).
 */
function personAround(
  text: string,
  from: number,
  charge: RegExpExecArray,
): { person: RegExpExecArray; at: number } | null {
  const before = writtenPerson.exec(text.slice(from, from + charge.index));
  if (before) return { person: before, at: from + before.index };
  const start = from + charge.index + charge[0].length;
  const tail = text.slice(start, start + 40);
  const after = writtenPerson.exec(tail);
  if (!after || /[,;:]|\b(?:quando|che|se|perch[eé]|mentre)\b/i.test(tail.slice(0, after.index))) {
    return null;
  }
  return { person: after, at: start + after.index };
}

/**
 * Words before a named person that make them the Ente's own ("la collega Anna", "la nostra
 * responsabile Anna Gori": one word may come between).
 */
const ownPerson =
  /\b(?:collega|mio|mia|nostro|nostra|sindaco|segretari[oa]|assessore)\s+(?:[a-z]+\s+)?$/;
/**
 * True when the words before a name make the person the Ente's own: "la nostra collega Marta", not
 * "la vostra collega Giulia" (the vendor's).
 */
const ownsPerson = (before: string) =>
  ownPerson.test(before) && !/\bvostr[oaie] [a-z]+\s+$/.test(before);
/** ", nostra anagrafista", ", del nostro ufficio": the Ente's own, said after the name. */
const ownApposition = /^\s*(?:,\s*)?(?:(?:la|il) )?(?:nostr[oa]|mi[oa]|del nostro|della nostra)\b/;

/** Right after a name, what the vendor's people do: "Simona ci ha seguito…". */
const followedByVendorsDeed = pattern`^\s*${vendorsDeed}`;

/** nameRun, global, built once (see allMatches in text/matches.ts for why). */
const nameRunAll = new RegExp(nameRun.source, 'g');

/**
 * True when a person is named in the stretch before `at` (same paragraph, 200 characters): a
 * titled surname or a name word that does not merely open a sentence.
 */
function namedBefore(ctx: RuleContext, at: number, notTheVendors?: RegExp): boolean {
  const { text, folded } = ctx.request;
  const from = Math.max(0, at - 200, text.lastIndexOf('\n\n', at) + 1);
  const words = nameRunAll;
  words.lastIndex = 0;
  const stretch = text.slice(from, at);
  for (let m = words.exec(stretch); m; m = words.exec(stretch)) {
    const start = from + m.index;
    const opensSentence = /(?:^|[.!?:]\s*)$/.test(text.slice(Math.max(from, start - 3), start));
    if (!isNameWord(m[1]!) || notPersons.has(fold(m[1]!))) continue;
    // A capital opening a sentence may be any word, unless a title or what the vendor's people
    // did follows ("Simona ci ha seguito nell'installazione…").
    if (
      opensSentence &&
      !/^(?:sig|dott|ing|geom|rag)/i.test(m[0]) &&
      !followedByVendorsDeed.test(folded.slice(start + m[0].length, start + m[0].length + 40))
    ) {
      continue;
    }
    // "la nostra collega Marta" is the Ente's; "la vostra collega Giulia" the vendor's.
    const near = folded.slice(Math.max(0, start - 20), start);
    if (ownsPerson(near)) continue;
    const roleBefore = folded
      .slice(Math.max(0, start - 50), start)
      .replace(/\bvostr[oaie] [a-z]+/g, ' ');
    if (notTheVendors?.test(roleBefore)) continue;
    return true;
  }
  return false;
}

/**
 * "Simona, ti chiedo di guardarla tu": the sentence of a direct request opens by calling a
 * person by name.
 */
function vocativeOpens(ctx: RuleContext, at: number): boolean {
  const { text } = ctx.request;
  let start = at;
  while (start > 0 && at - start < 160 && !/[.!?\n]/.test(text.charAt(start - 1))) start--;
  // "Laura, la collega, dice…": an article after the comma makes it the subject, not a call.
  const m =
    /^\s*([A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff']+),\s(?!(?:la|il|lo|gli|le|un|una|uno|che|mia|mio|nostr[oa]|vostr[oa])\b|l'|un')/.exec(
      text.slice(start, at),
    );
  return m !== null && isNameWord(m[1]!);
}

export const namedOperator = defineRule({
  id: 'named-operator',
  severity: 'warning',
  summary: 'The text asks for a specific operator to handle the request.',
  messages: {
    it: {
      default:
        'Evita di chiedere un operatore preciso («{excerpt}»): se è assente i tempi si allungano. Puoi scrivere che ne avevi già parlato con lui o lei.',
    },
    en: {
      default:
        'Avoid asking for a specific operator ("{excerpt}"): if they are away, the answer takes longer. You may say you already talked with them.',
    },
  },
  check(ctx) {
    const wishes = findIn(ctx.request, wishOpens) !== null;
    for (const re of requests) {
      if (!wishes && wishRequests.has(re)) continue;
      if (!findIn(ctx.request, re)) continue;
      const hit = personHit(ctx, re);
      if (hit) return [quoting('default', bodyWhere(hit))];
    }
    const hit = personHit(ctx, perLine);
    if (hit) return [quoting('default', bodyWhere(hit))];
    for (const re of directRequests) {
      const direct = findIn(ctx.request, re);
      if (
        direct &&
        (vocativeOpens(ctx, direct.start - ctx.request.start) || addressesPerson(ctx))
      ) {
        return [quoting('default', bodyWhere(direct))];
      }
    }
    const inSubject =
      personHit(ctx, attentionRequest, ctx.subject) ?? personHit(ctx, perLine, ctx.subject);
    if (inSubject) return [quoting('default', subjectWhere(inSubject))];
    const wished = wishes ? wishedPerson(ctx) : null;
    if (wished) return [quoting('default', bodyWhere(wished))];
    const pronoun = wishes ? findIn(ctx.request, wishForPronoun) : null;
    if (pronoun && namedBefore(ctx, pronoun.start - ctx.request.start)) {
      return [quoting('default', bodyWhere(pronoun))];
    }
    const wish = findIn(ctx.request, pronounWish);
    if (wish) {
      const at = wish.start - ctx.request.start;
      const before = ctx.request.folded.slice(Math.max(0, at - 200), at);
      // "…vorrei fosse lei a essere richiamata": the person is the one to be called.
      const passive = /^[^.;?!\n]{0,12}\ba essere (?:richiamat|contattat|chiamat)/.test(
        ctx.request.folded.slice(at + wish.text.length),
      );
      if (!passive && vendorsPerson.test(before) && namedBefore(ctx, at, notTheVendors)) {
        return [quoting('default', bodyWhere(wish))];
      }
    }
    return [];
  },
});
