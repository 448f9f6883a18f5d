// The module index is cached by content (issue 11, point 9): the send paths rebuild the
// directory object, and often the admin file's module list, on every call.
import * as words from '../../../src/core/text/words';
import { checkTicket } from '../../../src/core/engine';
import { moduleIndex } from '../../../src/core/classify/module-index';
import { resolveConfig, type AdminConfig } from '../../../src/core/config/admin-config';
import { defaultDirectory } from '../../../src/core/directory/load-directory';
import { draft } from './helpers';

/** The admin file as a send path reads it: parsed again for every send. */
const adminFile = JSON.stringify(defaultDirectory);
const freshConfig = () => resolveConfig(JSON.parse(adminFile) as AdminConfig);

test('a directory rebuilt with the same content gets the index already built', () => {
  const first = moduleIndex(freshConfig().options.directory!);
  expect(moduleIndex(freshConfig().options.directory!)).toBe(first);
  expect(moduleIndex(structuredClone(defaultDirectory))).toBe(first);
});

test('a second check with an equal-content directory does not stem the keywords again', () => {
  const stem = jest.spyOn(words, 'stem');
  try {
    const config = freshConfig();
    checkTicket(draft(), config.options); // may build the index
    stem.mockClear();
    checkTicket(draft(), config.options); // same object: certainly cached
    const cachedCalls = stem.mock.calls.length;
    stem.mockClear();
    checkTicket(draft(), freshConfig().options); // new objects, same content
    expect(stem.mock.calls.length).toBe(cachedCalls);
  } finally {
    stem.mockRestore();
  }
});

test('a changed keyword gives a new index, not the stale one', () => {
  const changed = structuredClone(defaultDirectory);
  changed.modules[0]!.keywords = [...changed.modules[0]!.keywords, 'parola nuova di prova'];
  const index = moduleIndex(changed);
  expect(index).not.toBe(moduleIndex(defaultDirectory));
  expect(index.get(words.stem('parola'))?.some((k) => k.keyword === 'parola nuova di prova')).toBe(
    true,
  );
});
