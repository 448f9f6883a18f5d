import { buildSignatureBlock } from '../../../src/core/fixes/signature-block';
import { buildTicketTemplate } from '../../../src/core/fixes/ticket-template';
import { proposeSubject } from '../../../src/core/fixes/propose-subject';
import { checkTicket } from '../../../src/core/engine';
import { findPhones } from '../../../src/core/phone/find-phones';
import { draft } from './helpers';

const settings = {
  name: 'Mario Rossi',
  phone: '0541 123456',
  enti: ['Comune di Rimini', 'Unione Valmarecchia'],
  availability: [
    { days: 'lun-ven', from: '09:00', to: '13:00' },
    { days: 'gio', from: '15:00', to: '17:00' },
  ],
};

describe('buildSignatureBlock', () => {
  test('has name, Enti, phone and availability', () => {
    expect(buildSignatureBlock(settings)).toBe(
      'Cordiali saluti\nMario Rossi\nComune di Rimini\nUnione Valmarecchia\nTel. 0541 123456\nReperibile: lun-ven 09:00-13:00, gio 15:00-17:00',
    );
  });
  test('uses placeholders for a missing name and phone', () => {
    expect(buildSignatureBlock({})).toBe(
      'Cordiali saluti\n[Nome e cognome]\nTel. [telefono fisso o cellulare]',
    );
  });
  test('a fix offered in an English pane inserts Italian text: the helpdesk reads Italian', () => {
    const report = checkTicket(draft({ bodyText: 'Il calcolo IMU 2025 risulta errato.' }), {
      locale: 'en',
      settings,
    });
    const signature = report.findings.find((f) => f.rule === 'signature-missing');
    expect(signature?.message).toMatch(/signature/); // the pane speaks English…
    const edit = signature?.fix?.edits[0];
    expect(edit && 'text' in edit ? edit.text : '').toMatch(/^Cordiali saluti\nMario Rossi/);
  });
  test('a ticket with the appended block passes the signature and phone rules', () => {
    const body = `Il calcolo IMU 2025 per un contribuente deceduto risulta errato e l'avviso non parte.\n\n${buildSignatureBlock(settings)}`;
    const rules = checkTicket(draft({ bodyText: body })).findings.map((f) => f.rule);
    expect(rules).not.toContain('signature-missing');
    expect(rules).not.toContain('phone-missing');
    expect(rules).not.toContain('availability-missing');
    expect(findPhones(body)).toHaveLength(1);
  });
});

describe('buildTicketTemplate', () => {
  test('lists Ente, module, what happened, error message, steps and availability', () => {
    const t = buildTicketTemplate({ ...settings, enti: ['Comune di Rimini'] }, { name: 'Tributi' });
    expect(t.split('\n')).toEqual([
      'Ente: Comune di Rimini',
      'Modulo: Tributi',
      'Cosa stavo facendo:',
      'Cosa è successo:',
      'Messaggio di errore (testo esatto):',
      'Passi per riprodurre il problema:',
      '1.',
      '2.',
      '3.',
      'Reperibile: lun-ven 09:00-13:00, gio 15:00-17:00',
    ]);
  });
  test('an availability placeholder when the settings give no hours', () => {
    const t = buildTicketTemplate({}, null);
    expect(t).toContain('Cosa è successo:');
    expect(t).toContain('Reperibile: [giorni e orari]');
  });
});

describe('proposeSubject', () => {
  test('module name and the key words of the problem', () => {
    const s = proposeSubject(
      draft({
        bodyText:
          'Buongiorno,\nvi scrivo perché il calcolo IMU 2025 per un contribuente deceduto risulta errato.\nGrazie\nMario Rossi',
      }),
      { name: 'Tributi' },
    );
    expect(s).toBe('Tributi – il calcolo IMU 2025 per un contribuente deceduto risulta errato');
  });
  test('proposes nothing when the text says too little: no placeholder, nothing generic', () => {
    expect(proposeSubject(draft({ bodyText: '' }), null)).toBeNull();
    expect(proposeSubject(draft({ bodyText: 'Aiuto, errore!' }), { name: 'Tributi' })).toBeNull();
    // An unfilled template is no description of the problem.
    const template =
      'Ente: Comune di Rimini\nModulo: Tributi\nCosa stavo facendo:\nCosa è successo:\nMessaggio di errore (testo esatto):\nPassi per riprodurre il problema:\n1.\n2.\n3.';
    expect(proposeSubject(draft({ bodyText: template }), { name: 'Tributi' })).toBeNull();
  });
  test('a filled template gives the subject from what the user wrote', () => {
    const filled =
      'Ente: Comune di Rimini\nCosa stavo facendo: emettevo il ruolo TARI 2025\nCosa è successo: il ruolo esce senza le riduzioni per compostaggio\n';
    expect(proposeSubject(draft({ bodyText: filled }), { name: 'Tributi' })).toBe(
      'Tributi – emettevo il ruolo TARI 2025',
    );
  });
  test('does not carry exclamation marks or repeated question marks into the subject', () => {
    const s = proposeSubject(
      draft({ bodyText: 'Buongiorno,\nil calcolo IMU non funziona!!! URGENTE\nGrazie' }),
      { name: 'Tributi' },
    );
    expect(s).toBe('Tributi – il calcolo IMU non funziona');
    const q = proposeSubject(
      draft({ bodyText: 'Perché il ruolo TARI 2025 esce senza le riduzioni per compostaggio??' }),
      { name: 'Tributi' },
    );
    expect(q).toMatch(/compostaggio\?$/);
  });
  test('long text is cut at a word boundary', () => {
    const long =
      'Nel calcolo del canone unico per le insegne di esercizio la procedura non considera le riduzioni deliberate dal consiglio comunale per il centro storico.';
    const s = proposeSubject(draft({ bodyText: long }), { name: 'Tributi / Canoni' });
    expect(s!.startsWith('Tributi – nel calcolo del canone unico')).toBe(true);
    expect(s!.length).toBeLessThanOrEqual(80);
    expect(s).not.toMatch(/\s(il|per|di|del|non)$/);
  });
  test('long text with a clause is cut at the clause', () => {
    const long =
      'Il ruolo TARI 2025 esce senza le riduzioni per compostaggio domestico, anche se in anagrafica le utenze hanno la riduzione attiva.';
    expect(proposeSubject(draft({ bodyText: long }), { name: 'Tributi' })).toBe(
      'Tributi – il ruolo TARI 2025 esce senza le riduzioni per compostaggio domestico',
    );
  });
});
