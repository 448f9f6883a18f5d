// Stored settings read the same way by the engine and the pane: what can be read is kept, what
// cannot is named (the pane opens its settings on those fields).
import { checkTicket } from '../../../src/core';
import { coerceSettings, readPreferences } from '../../../src/core/config/coerce-settings';

describe('readPreferences', () => {
  it('reads well-formed settings unchanged', () => {
    const prefs = {
      name: 'Mario Rossi',
      phone: '0721 887654',
      enti: ['Comune di Fano'],
      availability: [{ days: 'lun-ven', from: '09:00', to: '13:00' }],
      language: 'en',
      mode: 'warn-only',
    };
    expect(readPreferences(prefs)).toEqual({ prefs, problems: [] });
  });

  it('says nothing is stored for null and undefined', () => {
    expect(readPreferences(null)).toEqual({ prefs: null, problems: [] });
    expect(readPreferences(undefined)).toEqual({ prefs: null, problems: [] });
  });

  it('coerces what it can read: a phone as a number, the Enti as one string', () => {
    expect(readPreferences({ phone: 721887654, enti: 'Comune di Fano' })).toEqual({
      prefs: { phone: '721887654', enti: ['Comune di Fano'] },
      problems: [],
    });
  });

  it('names the fields it cannot read and keeps the others', () => {
    const { prefs, problems } = readPreferences({
      name: { first: 'Mario' },
      phone: '0721 887654',
      enti: ['Comune di Fano', { id: 3 }],
      availability: [{ days: 'lun-ven', from: '09:00', to: '13:00' }, 'sempre'],
      language: 'xx',
      mode: 'strict',
    });
    expect(problems.map((p) => p.field)).toEqual([
      'name',
      'enti',
      'availability',
      'language',
      'mode',
    ]);
    expect(prefs).toEqual({
      phone: '0721 887654',
      enti: ['Comune di Fano'],
      availability: [{ days: 'lun-ven', from: '09:00', to: '13:00' }],
    });
  });

  it('reads one slot stored as an object instead of a list', () => {
    expect(readPreferences({ availability: { days: 'lun', from: '09:00', to: '12:00' } })).toEqual({
      prefs: { availability: [{ days: 'lun', from: '09:00', to: '12:00' }] },
      problems: [],
    });
  });

  it('reads the JSON string older versions stored, and names a value that is not settings', () => {
    expect(readPreferences('{"name":"Mario Rossi"}')).toEqual({
      prefs: { name: 'Mario Rossi' },
      problems: [],
    });
    for (const value of ['{not json', 42, ['Mario'], true]) {
      expect(readPreferences(value)).toEqual({ prefs: {}, problems: [{ field: null }] });
    }
  });
});

describe('coerceSettings (the engine reads settings the same way)', () => {
  it('gives the engine every list, whatever was stored', () => {
    expect(
      coerceSettings({ enti: 'Comune di Fano', availability: 'sempre', language: 'xx' }),
    ).toEqual({
      enti: ['Comune di Fano'],
      availability: [],
    });
  });

  it('lets the engine use a phone stored as a number', () => {
    const report = checkTicket(
      {
        subject: 'Tributi: errore IMU',
        bodyText: 'Il calcolo IMU è errato.',
        to: [],
        cc: [],
        attachments: [],
      },
      // A fixed number with its leading 0 cannot be stored as a JSON number; a mobile can.
      { settings: { phone: 3471234567 } as never },
    );
    const fix = report.findings.find((f) => f.rule === 'phone-missing')?.fix;
    expect(JSON.stringify(fix?.edits)).toContain('3471234567');
  });
});
