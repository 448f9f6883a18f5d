import { parseSettings, SettingsError } from '../../../src/cli/load-settings';

function issuesOf(json: unknown) {
  try {
    parseSettings(JSON.stringify(json), 'impostazioni.json');
  } catch (err) {
    expect(err).toBeInstanceOf(SettingsError);
    return (err as SettingsError).issues;
  }
  throw new Error('expected the settings to be rejected');
}

describe('parseSettings messages', () => {
  test('an unknown key is named with the keys allowed there', () => {
    expect(issuesOf({ nome: 'Mario Rossi' })).toEqual([
      {
        path: '/nome',
        message: 'unknown property "nome" (allowed: name, phone, enti, availability, language)',
      },
    ]);
    expect(
      issuesOf({ availability: [{ days: 'lun', from: '09:00', to: '13:00', da: 1 }] }),
    ).toEqual([
      { path: '/availability/0/da', message: 'unknown property "da" (allowed: days, from, to)' },
    ]);
  });

  test('a badly written time and a missing field are said plainly', () => {
    expect(issuesOf({ availability: [{ days: 'lun', from: '9' }] })).toEqual([
      { path: '/availability/0', message: 'required property "to" is missing' },
      { path: '/availability/0/from', message: 'expected a time as HH:MM (got "9")' },
    ]);
  });

  test('valid settings pass and lose their $schema key', () => {
    expect(parseSettings(JSON.stringify({ $schema: 'x', name: 'Mario Rossi' }))).toEqual({
      name: 'Mario Rossi',
    });
  });
});
