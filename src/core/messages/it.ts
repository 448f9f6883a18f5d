import type { Catalogue } from './catalogue';

export const it: Catalogue = {
  common: {
    sendBlockedHead: 'Il ticket non verrebbe preso in carico:',
    sendWarningHead: 'Prima di inviare, verifica:',
    internalError: 'Controllo non riuscito per un errore interno della regola {rule}: {error}',
    moduleWordSubject: 'parola "{word}" nell\'oggetto',
    moduleWordText: 'parola "{word}" nel testo',
    signatureClosing: 'Cordiali saluti',
    namePlaceholder: '[Nome e cognome]',
    phonePlaceholder: '[telefono fisso o cellulare]',
    phoneLine: 'Tel. {phone}',
    enteLine: 'Ente: {ente}',
    availabilitySlot: '{days} {from}-{to}',
    availabilityLine: 'Reperibile: {slots}',
    subjectPlaceholder: '[descrivi il problema in poche parole]',
    templateEnte: 'Ente: {ente}',
    templateModule: 'Modulo: {module}',
    templateDoing: 'Cosa stavo facendo: ',
    templateHappened: 'Cosa è successo: ',
    templateErrorMessage: 'Messaggio di errore (testo esatto): ',
    templateSteps: 'Passi per riprodurre il problema:',
    templateAvailability: 'Reperibile: [giorni e orari]',
  },
  'subject-missing': {
    default: "L'oggetto è vuoto: i ticket senza oggetto non vengono presi in carico.",
    fix: "Usa l'oggetto «{subject}»",
  },
  'subject-generic': {
    default:
      "L'oggetto «{subject}» è troppo generico: indica il motivo della richiesta (modulo e problema).",
    fix: "Usa l'oggetto «{subject}»",
  },
  'body-too-vague': {
    default:
      'Il testo non spiega la richiesta ({count} parole significative): descrivi cosa stavi facendo, cosa è successo e il messaggio di errore.',
    empty: 'Il testo è vuoto: descrivi il problema o la richiesta.',
    fix: 'Inserisci lo schema del ticket',
  },
  'signature-missing': {
    default:
      'Manca la firma con il tuo nome: i ticket senza i riferimenti di chi scrive non vengono presi in carico.',
    fix: 'Aggiungi la firma',
  },
  'phone-missing': {
    default:
      'Manca un numero di telefono (fisso o cellulare) per ricontattarti: i ticket senza riferimenti non vengono presi in carico.',
    fix: 'Aggiungi il telefono {phone}',
  },
  'ente-missing': {
    default: "Non è indicato l'Ente (Comune, Unione…) per cui chiedi assistenza.",
    several: 'Lavori per più Enti ({enti}): indica per quale chiedi assistenza.',
    fix: 'Aggiungi «Ente: {ente}»',
  },
  'ente-multiple': {
    default: 'Il testo nomina più Enti ({enti}): specifica chiaramente per quale serve assistenza.',
  },
  'named-operator': {
    default:
      'Evita di chiedere un operatore preciso («{excerpt}»): se è assente i tempi si allungano. Puoi scrivere che ne avevi già parlato con lui o lei.',
  },
  'personal-recipient': {
    default:
      "{address} sembra la casella personale di un operatore: in sua assenza la richiesta resta inevasa. Usa l'indirizzo del modulo.",
    fix: 'Sostituisci con {moduleAddress}',
    fixRemove: 'Rimuovi {address}',
  },
  'on-behalf': {
    default:
      'Sembra un ticket per conto di un collega («{excerpt}»): è meglio che scriva direttamente chi ha il problema.',
  },
  'reply-to-ticket-notification': {
    default:
      'Stai rispondendo alla mail automatica di un ticket: per un problema diverso invia una nuova mail.',
  },
  insistence: {
    default:
      "Toni insistenti («{excerpt}») non accelerano la risposta: spiega l'urgenza con i fatti (scadenze, effetti).",
  },
  booking: {
    default:
      'Sembra una «prenotazione di assistenza» («{excerpt}»): apri il ticket quando il problema si presenta.',
  },
  'multiple-topics': {
    default:
      'Il ticket sembra contenere più richieste («{excerpt}»): invia una mail separata per ogni argomento.',
    modules:
      'Il ticket riguarda due moduli ({first} e {second}): invia una mail separata per ciascuno.',
  },
  'attachment-suggested': {
    default:
      "Per un'anomalia uno screenshot del messaggio di errore aiuta l'assistenza: allegalo se puoi.",
  },
  'availability-missing': {
    default:
      'Indica quando sei reperibile (es. «reperibile dalle 9 alle 13»): dopo due tentativi a vuoto il ticket viene chiuso.',
    fix: 'Aggiungi la reperibilità',
  },
  'paid-service': {
    default: 'Questa richiesta può essere a pagamento.',
    supporto:
      'Il supporto per correggere errori operativi è a pagamento se non è attivo il servizio di assistenza tecnica (PALASS).',
    formazione:
      'Formazione e consulenza sono a pagamento se non è attivo il servizio di assistenza straordinaria.',
  },
  'wrong-module-address': {
    default: "Il ticket sembra riguardare il modulo {module}: l'indirizzo giusto è {address}.",
    fix: 'Invia a {address}',
  },
  'attachment-mentioned-missing': {
    default: 'Il testo cita un allegato («{excerpt}») ma il messaggio non ha allegati.',
  },
};
