#!/usr/bin/env python3
# record-round.py SPEC.json: write a round's first scores into tests/corpus/README.md (rows and paragraphs) and sets.ts roles.
import re, json, sys
spec = json.load(open(sys.argv[1]))
R = '/work/main/tests/corpus/README.md'
S = '/work/main/tests/corpus/sets.ts'
def score(lower):
    s = open(f'/work/notes/{lower}-first.txt').read()
    g = lambda k: re.search(k + r'[^\n]*?([\d.]+)%\s+\((\d+) of (\d+)\)', s)
    fp, fb, mb = g('false prompts'), g('false blocks'), g('missed blocks')
    low = [(m.group(1), m.group(2)) for m in re.finditer(r'(?m)^([a-z-]+)\s+\d+\s+\d+\s+\d+\s+[\d.]+\s+[\d.]+\s+([\d.]+)', s) if float(m.group(2)) < 0.85]
    return dict(fp=float(fp.group(1)), fpn=int(fp.group(2)), good=int(fp.group(3)), fb=float(fb.group(1)), fbn=int(fb.group(2)),
                mb=float(mb.group(1)), mbn=int(mb.group(2)), mod=float(re.search(r'module accuracy:\s+([\d.]+)', s).group(1)),
                typ=float(re.search(r'type accuracy:\s+([\d.]+)', s).group(1)), f1=re.search(r'macro F1:\s+([\d.]+)', s).group(1), low=low)
pct = lambda v: '100 %' if v == 100 else f'{v:.1f} %'
words = ['no', 'one', 'two', 'three', 'four', 'five']
rows, paras = [], []
for b in spec['batches']:
    name = b['name']; lower = name.lower(); sc = score(lower); b['sc'] = sc
    cell = lambda v, bad: f'**{v:.1f} %**' if bad else f'{v:.1f} %'
    rows.append(f"| `batch-{lower}` ({spec['date']}) | writer {name}: {b['row']}; scored at {spec['scoredAt']} (src as {spec['srcAs']}) | 80 ({sc['good']}) | {sc['f1']} | {pct(sc['mod'])} | {pct(sc['typ'])} | {cell(sc['fp'], sc['fp'] > 5)} | {cell(sc['fb'], sc['fb'] > 1)} | {cell(sc['mb'], sc['mb'] > 3)} |")
    parts = []
    if sc['fpn'] == 0 and sc['fbn'] == 0 and sc['mbn'] == 0:
        parts.append('no false prompt, block or missed block')
    else:
        def one(n, v, what, bad):
            t = f"{words[n]} {what}" + ('s' if n > 1 else '') + (f' ({v:.1f} %)' if n else '')
            return f'**{t}**' if bad else t
        parts += [one(sc['fpn'], sc['fp'], 'false prompt', sc['fp'] > 5), one(sc['fbn'], sc['fb'], 'false block', sc['fb'] > 1), one(sc['mbn'], sc['mb'], 'missed block', sc['mb'] > 3)]
    parts += [f"module {pct(sc['mod'])}", f"type {pct(sc['typ'])}", f"macro F1 {sc['f1']}"]
    parts += [f'**{r} {v}**' for r, v in sc['low']]
    tail = ' It is opened, not yet read.' if b['kind'] == 'themed' else ''
    paras.append(f"{name} ({b['label']}): {', '.join(parts)}.{tail}")
r = open(R).read()
last_row = re.search(r'(?m)^\| `batch-' + re.escape(spec['lastRowLower']) + r'`.*$', r)
r = r[:last_row.end()] + '\n' + '\n'.join(rows) + r[last_row.end():]
anchor = spec['paraAnchor']
i = r.index(anchor); j = r.index('\n', i)
ordinary = [p for p, b in zip(paras, spec['batches']) if b['kind'] == 'ordinary']
themed = [p for p, b in zip(paras, spec['batches']) if b['kind'] == 'themed']
block = '\n\n' + spec['intro'] + '\n\n' + '\n\n'.join(ordinary) + '\n\n' + spec['blindNote'] + '\n\n' + '\n\n'.join(themed)
r = r[:j] + block + r[j:]
open(R, 'w').write(r)
s = open(S).read()
# The previous newest measure loses its tag only when this round names a new one.
if any(b['name'] == spec['newest'] and b['kind'] == 'ordinary' for b in spec['batches']):
    s = s.replace('; sealed, the newest measure.', '; sealed.')
for b in spec['batches']:
    lower = b['name'].lower()
    role = 'holdout' if b['kind'] == 'ordinary' else 'scored'
    state = 'sealed' + (', the newest measure' if b['name'] == spec['newest'] else '') if b['kind'] == 'ordinary' else 'opened'
    s = re.sub(r"(// Writer " + b['name'] + r" \([^\n]*\)): written blind, not yet scored\.\n(\s*\{ name: 'batch-" + lower + r"', role: )'blind'",
               lambda m: f"{m.group(1)}: first score recorded in README.md; {state}.\n{m.group(2)}'{role}'", s)
open(S, 'w').write(s)
print('\n'.join(rows)); print(block)
