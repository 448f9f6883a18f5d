#!/bin/bash
# new-writer.sh NAME "short" "focus" — a worktree and a brief for one blind writer (run from anywhere).
set -e
NAME="$1"; SHORT="$2"; FOCUS="$3"
LOWER=$(echo "$NAME" | tr 'A-Z' 'a-z')
WT=/work/wt-$LOWER
cd /work/main
git worktree add -q -b batch-$LOWER $WT HEAD
ln -s /work/main/node_modules $WT/node_modules
python3 - "$NAME" "$LOWER" "$SHORT" "$FOCUS" "$WT" <<'PY'
import sys
name, lower, short, focus, wt = sys.argv[1:]
t = open('/work/main/tests/corpus/writer-brief.md').read()
t = t.split('-->', 1)[1].lstrip('\n')
t = '# Brief: blind corpus writer __NAME__\n\n' + t
for k, v in [('__NAME__', name), ('__LOWER__', lower), ('__SHORT__', short), ('__FOCUS__', focus),
             ('__WORKTREE__', wt), ('__GUIDELINES__', '/work/shared/guidelines/linee-guida-assistenza.txt')]:
    t = t.replace(k, v)
open(f'/work/briefs/{lower}.md', 'w').write(t)
PY
echo "$WT /work/briefs/$LOWER.md"
