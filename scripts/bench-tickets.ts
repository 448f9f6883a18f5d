// The tickets the engine benchmarks time (npm run bench, npm run bench:cold): a ticket of any
// size made of one realistic paragraph repeated, with a greeting and a signature block.
import type { TicketDraft } from '../src/core/types';

const paragraph =
  "nel modulo Tributi il calcolo dell'IMU 2025 per un contribuente deceduto nel 2024 risulta " +
  "errato: l'importo dovuto dagli eredi è raddoppiato rispetto al 2024 e l'avviso non si può " +
  'emettere. Ho provato a ricalcolare dalla maschera Calcolo > IMU ma compare il messaggio ' +
  '"Errore 512: rendita non valida" (prot. n. 12345/2024, importo € 1.234,56). ';
const signature =
  '\n\nSono reperibile dalle 9 alle 13.\n\nCordiali saluti\nMario Rossi\nUfficio Tributi - Comune di Rimini\nTel. 0541 123456\n';

/** A body of `size` characters: greeting, the paragraph repeated, signature. */
export function ticketOf(size: number): string {
  let body = 'Buongiorno,\n\n';
  while (body.length + signature.length < size)
    body += paragraph + (body.length % 3 === 0 ? '\n' : '');
  return body.slice(0, Math.max(0, size - signature.length)) + signature;
}

/** A draft to the Tributi module with `bodyText`, a subject and a screenshot attached. */
export function draft(bodyText: string): TicketDraft {
  return {
    subject: 'Tributi – calcolo IMU 2025 errato per contribuente deceduto',
    bodyText,
    to: [{ address: 'tributi@ticket.palitalsoft.example' }],
    cc: [],
    attachments: [{ name: 'errore.png' }],
  };
}
