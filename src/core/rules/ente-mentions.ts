// Mentions of an Ente ("Comune di Rimini", "Unione dei Comuni Valle del Savio", "Città di
// Cesena", "Provincia di Forlì-Cesena", "Comunità montana …") and of the Enti in the user's
// settings, each with a key so that two spellings of the same Ente count once.
import { fold } from '../text/fold';
import type { RuleContext } from './rule';

export interface EnteMention {
  key: string;
  start: number;
  end: number;
  text: string;
}

// Spaces may be non-breaking: bodies converted from HTML keep &nbsp; ("Comune di&nbsp;Rimini").
const kind =
  '(?:[Aa]mministrazione [Cc]omunale|AMMINISTRAZIONE COMUNALE|[Mm]unicipio|MUNICIPIO|[Cc]itt[àa] [Mm]etropolitana|CITT[ÀA] METROPOLITANA|[Cc]omune|COMUNE|[Cc]itt[àa]|CITT[ÀA]|[Pp]rovincia|PROVINCIA|[Uu]nione|UNIONE|[Cc]omunit[àa] [Mm]ontana|COMUNIT[ÀA] MONTANA)'.replace(
    / /g,
    '[ \\u00a0]',
  );
// A connector is a whole word ("del", not the start of "dell'Appennino").
const connector =
  "(?:(?:di|del|della|dei|delle|degli|dello|DI|DEL|DELLA|DEI)(?![A-Za-zÀ-ÿ'’])|dell['’]|d['’]|DELL['’])";
const nameWord = "[A-ZÀ-Ý][A-Za-zÀ-ÿ'’-]{1,30}";
const mentionPattern = (word: string) =>
  `\\b${kind}[ \\t\\u00a0]+(?:${connector}[ \\t\\u00a0]*)?(${word}(?:[ \\t\\u00a0]+(?:${connector}[ \\t\\u00a0]*)?${word}){0,3})`;
const mentionRe = new RegExp(mentionPattern(nameWord), 'g');
// In a signature people also write "comune di rimini": any word may be the name there.
const anyWord = "[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]{1,30}";
const lowercaseMentionRe = new RegExp(mentionPattern(anyWord), 'g');
// Lower-case words after "comune di" that are not a place ("comune di residenza").
const notPlaces = new Set(
  'residenza nascita provenienza destinazione appartenenza competenza riferimento iscrizione emigrazione immigrazione domicilio ubicazione questo quello'.split(
    ' ',
  ),
);
// Words that end an Ente's name ("Comune di Rimini Ufficio Tributi").
const stopWords = new Set(
  'ufficio uffici servizio servizi settore area tel telefono cell via piazza pec email mail responsabile sportello polizia anagrafe tributi ragioneria personale protocollo segreteria'.split(
    ' ',
  ),
);
const connectorWords = new Set([
  'di',
  'del',
  'della',
  'dei',
  'delle',
  'degli',
  'dello',
  'dell',
  'd',
]);

/** Ente mentions in `text` (offsets relative to `text` plus `offset`). */
export function findEnteMentions(
  text: string,
  offset = 0,
  settingsEnti: string[] = [],
  lowercaseNames = false,
): EnteMention[] {
  const mentions: EnteMention[] = [];
  const re = lowercaseNames ? lowercaseMentionRe : mentionRe;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const head = fold(m[0].slice(0, 25));
    const kindWord = head.startsWith('citta metropolitana')
      ? 'metropolitana'
      : /^(?:amministrazione|municipio)/.test(head)
        ? 'comune'
        : head.split(/[ \t]/)[0]!;
    const words = fold(m[1]!)
      .split(/[^a-z]+/)
      .filter((w) => w !== '' && !connectorWords.has(w));
    const name: string[] = [];
    for (const w of words) {
      if (stopWords.has(w)) break;
      name.push(w);
      if (name.length === 2 && kindWord !== 'unione' && kindWord !== 'comunita') break;
    }
    if (name.length === 0 || notPlaces.has(name[0]!)) continue;
    mentions.push({
      key: `${kindWord === 'citta' ? 'comune' : kindWord} ${name.join(' ')}`,
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      text: m[0],
    });
  }
  const folded = fold(text);
  for (const ente of settingsEnti) {
    const target = fold(ente).trim();
    if (target.length < 3) continue;
    const at = folded.indexOf(target);
    if (at < 0) continue;
    // "Rimini" in the settings inside "Comune di Rimini" is that mention again, not a second Ente.
    const inside = mentions.some(
      (m) => m.start < offset + at + target.length && offset + at < m.end,
    );
    if (inside) continue;
    const parsed = findEnteMentions(ente);
    mentions.push({
      // A bare place ("Rimini") is the Ente the text names with its kind ("Comune di Rimini").
      key: parsed[0]?.key ?? mentions.find((m) => m.key.endsWith(` ${target}`))?.key ?? target,
      start: offset + at,
      end: offset + at + target.length,
      text: text.slice(at, at + target.length),
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

export function distinctKeys(mentions: EnteMention[]): EnteMention[] {
  const seen = new Map<string, EnteMention>();
  for (const m of mentions) {
    // "comune rimini" and "comune rimini ufficio" are one Ente; keep the first spelling.
    const known = [...seen.keys()].find((k) => k.startsWith(m.key) || m.key.startsWith(k));
    if (!known) seen.set(m.key, m);
  }
  return [...seen.values()];
}

/** Ente mentions of a check's own text and signature block, found once for the rules that ask. */
export interface DraftEnteMentions {
  /** In the own text (capitalised names, and the Enti of the settings). */
  own: EnteMention[];
  /** In the signature block, where a lower-case name counts too ("comune di rimini"). */
  signature: EnteMention[];
}

const perCheck = new WeakMap<RuleContext, DraftEnteMentions>();

export function draftEnteMentions(ctx: RuleContext): DraftEnteMentions {
  const known = perCheck.get(ctx);
  if (known) return known;
  const { own, signature } = ctx;
  const found: DraftEnteMentions = {
    own: findEnteMentions(own.text, own.start, ctx.settings.enti ?? []),
    signature: signature ? findEnteMentions(signature.text, signature.start, [], true) : [],
  };
  perCheck.set(ctx, found);
  return found;
}
