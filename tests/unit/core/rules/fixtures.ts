// Text shared by the rule tables: a complete ticket and ways to vary one part of it.

/** A complete, correct ticket body: greeting, a detailed request, availability, signature. */
export const goodBody = `Buongiorno,

nel modulo Tributi il calcolo dell'IMU 2025 per un contribuente deceduto nel 2024 risulta errato:
l'importo dovuto dagli eredi è raddoppiato rispetto al 2024 e l'avviso non si può emettere.
Passi: Tributi > IMU > Calcolo > contribuente RSSMRA40A01H294X.

Sono reperibile dalle 9 alle 13.

Cordiali saluti
Mario Rossi
Ufficio Tributi - Comune di Rimini
Tel. 0541 123456`;

export const goodSubject = 'Tributi – calcolo IMU 2025 errato per contribuente deceduto';

/** A ticket whose content (between greeting and signature) is `content`. */
export function withContent(content: string): string {
  return `Buongiorno,\n\n${content}\n\nCordiali saluti\nMario Rossi\nComune di Rimini\nTel. 0541 123456`;
}

export const moduleAddress = 'tributi@ticket.palitalsoft.example';
export const toModule = [{ address: moduleAddress }];
export const screenshot = [{ name: 'errore.png', contentType: 'image/png', size: 1000 }];

export const settings = {
  name: 'Mario Rossi',
  phone: '0541 123456',
  enti: ['Comune di Rimini'],
  availability: [{ days: 'lun-ven', from: '09:00', to: '13:00' }],
};
