#!/usr/bin/env python3
# show.py STEM... : print the source block of each ticket (stem prefix like zzx058)
import sys, re, glob
for stem in sys.argv[1:]:
    m = re.match(r'([a-z]+?)(\d{3})', stem)
    letters, num = m.group(1), m.group(2)
    for f in sorted(glob.glob(f'/work/main/tests/corpus/sources/batch-{letters}/*.txt')):
        for b in open(f).read().split('\n=== ')[1:]:
            if b.startswith(letters + num):
                print('=== ' + b[:7000]); print('-' * 40)
