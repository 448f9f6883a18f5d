#!/usr/bin/env python3
# Resolve merge conflicts in tests/corpus/sets.ts: each writer appends its entry, keep both sides.
import re
p = '/work/main/tests/corpus/sets.ts'
s = open(p).read()
pat = re.compile(r'<<<<<<< [^\n]*\n(.*?)(?:\|\|\|\|\|\|\| [^\n]*\n.*?)?=======\n(.*?)>>>>>>> [^\n]*\n', re.S)
s, n = pat.subn(lambda m: m.group(1) + m.group(2), s)
assert n > 0 and '<<<<<<<' not in s
open(p, 'w').write(s)
print('resolved', n)
