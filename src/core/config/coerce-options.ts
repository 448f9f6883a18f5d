// The admin's values as checkTicket receives them (directory, rule levels, generic subjects),
// checked for their types before any rule reads them. A value of the wrong type is replaced by
// the shipped default (or dropped, for one module or one list entry) and named in a config issue
// ("directory.vendorDomains: expected a list of strings (got "palitalsoft.it")"), so a rule
// never fails on it and the admin learns what to fix. Valid input is returned as it is (same
// objects), so caches keyed by the directory's module list keep hitting.
import { defaultDirectory } from '../directory/load-directory';
import { registry, ruleIds } from '../rules';
import type { CheckOptions, Directory, DirectoryModule, InternalError, RuleId } from '../types';

const levels = ['error', 'warning', 'info', 'off'];
/** Issues listed per check; a file with thousands of bad entries says how many more. */
const MAX_ISSUES = 20;

export interface CoercedOptions {
  options: CheckOptions;
  issues: InternalError[];
}

export function coerceOptions(options: CheckOptions): CoercedOptions {
  const found: string[] = [];
  const issue = (path: string, expected: string, value: unknown) =>
    found.push(`${path}: expected ${expected} (got ${describe(value)})`);
  const out: CheckOptions = { ...options };
  if (options.directory !== undefined) out.directory = coerceDirectory(options.directory, issue);
  if (options.severities !== undefined) {
    out.severities = coerceSeverities(options.severities, issue);
  }
  if (options.genericSubjects !== undefined) {
    const list = options.genericSubjects as unknown;
    if (!Array.isArray(list)) {
      issue('genericSubjects', 'a list of subjects', list);
      delete out.genericSubjects;
    } else {
      out.genericSubjects = strings(list, 'genericSubjects', issue);
    }
  }
  const issues = found
    .slice(0, MAX_ISSUES)
    .map((message) => ({ stage: 'config' as const, message }));
  if (found.length > MAX_ISSUES) {
    issues.push({ stage: 'config', message: `and ${found.length - MAX_ISSUES} more` });
  }
  return { options: out, issues };
}

type Issue = (path: string, expected: string, value: unknown) => void;

function coerceDirectory(value: unknown, issue: Issue): Directory {
  if (!isObject(value)) {
    issue('directory', 'an object', value);
    return defaultDirectory;
  }
  const d = value as unknown as Directory;
  if (!Array.isArray(d.modules)) {
    issue('directory.modules', 'a list of modules', d.modules);
    return defaultDirectory;
  }
  let out: Directory = d;
  const replace = <K extends keyof Directory>(key: K, v: Directory[K]) => {
    if (out === d) out = { ...d };
    out[key] = v;
  };
  if (typeof d.officialListUrl !== 'string') {
    issue('directory.officialListUrl', 'a URL', d.officialListUrl);
    replace('officialListUrl', defaultDirectory.officialListUrl);
  }
  for (const key of ['vendorDomains', 'notificationSenders'] as const) {
    const list = d[key] as unknown;
    if (list === undefined && key === 'notificationSenders') continue;
    if (!Array.isArray(list)) {
      issue(`directory.${key}`, 'a list of strings', list);
      replace(key, defaultDirectory[key] ?? []);
    } else {
      const kept = strings(list, `directory.${key}`, issue);
      if (kept !== list) replace(key, kept);
    }
  }
  const modules = coerceModules(d.modules, issue);
  if (modules !== d.modules) replace('modules', modules);
  return out;
}

function coerceModules(list: unknown[], issue: Issue): DirectoryModule[] {
  let out: DirectoryModule[] | null = null;
  list.forEach((m, i) => {
    const path = `directory.modules[${i}]`;
    const bad = (note: () => void) => {
      note();
      out ??= list.slice(0, i) as DirectoryModule[];
    };
    if (!isObject(m)) return bad(() => issue(path, 'a module object', m));
    const mod = m as Record<string, unknown>;
    const wrong = ['id', 'name', 'address'].filter((k) => typeof mod[k] !== 'string');
    if (wrong.length > 0) {
      return bad(() => wrong.forEach((k) => issue(`${path}.${k}`, 'a string', mod[k])));
    }
    let keywords = mod.keywords;
    if (keywords !== undefined && !Array.isArray(keywords)) {
      issue(`${path}.keywords`, 'a list of words', keywords);
      keywords = [];
    } else if (Array.isArray(keywords)) {
      keywords = strings(keywords, `${path}.keywords`, issue);
    }
    if (keywords !== mod.keywords) {
      out ??= list.slice(0, i) as DirectoryModule[];
      out.push({ ...(mod as unknown as DirectoryModule), keywords: keywords as string[] });
    } else if (out) {
      out.push(mod as unknown as DirectoryModule);
    }
  });
  return out ?? (list as DirectoryModule[]);
}

function coerceSeverities(value: unknown, issue: Issue): CheckOptions['severities'] {
  if (!isObject(value)) {
    issue('severities', 'an object of rule levels', value);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [id, level] of Object.entries(value)) {
    if (!(ruleIds as string[]).includes(id)) {
      issue(`severities.${id}`, `a rule id (${ruleIds.join(', ')})`, id);
    } else if (!levels.includes(level as string)) {
      issue(`severities.${id}`, 'error, warning, info or off', level);
    } else if (registry[id as RuleId].advisory && (level === 'error' || level === 'warning')) {
      issue(`severities.${id}`, 'info or off (an advisory rule: it never stops a send)', level);
    } else {
      out[id] = level;
    }
  }
  return out as CheckOptions['severities'];
}

/** The strings of `list`; the same array when all are strings. */
function strings(list: unknown[], path: string, issue: Issue): string[] {
  if (list.every((x) => typeof x === 'string')) return list as string[];
  list.forEach((x, i) => {
    if (typeof x !== 'string') issue(`${path}[${i}]`, 'a string', x);
  });
  return list.filter((x): x is string => typeof x === 'string');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** A short, safe description of a wrong value (never its whole content). */
function describe(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value);
  }
  if (value === null) return 'null';
  if (typeof value !== 'object') {
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
  }
  return Array.isArray(value) ? 'a list' : 'an object';
}
