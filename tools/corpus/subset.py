#!/usr/bin/env python3
"""subset.py [--without] SPLIT PREFIXES OUT: copy the reports of SPLIT (e.g. data/corpus/dev) whose file name starts
with one of PREFIXES (comma-separated, e.g. b18- or b36-,b37-), with their gold, into OUT/<group>/, to score one batch
alone: ./trucewatch score OUT. With --without, copy every report that starts with none of them (the rest of SPLIT)."""
import json, os, shutil, sys
args = sys.argv[1:]
without = bool(args) and args[0] == '--without'
if without:
    args = args[1:]
if len(args) != 3:
    sys.exit(__doc__)
src, prefixes, out = args[0], tuple(p for p in args[1].split(',') if p), args[2]
if not prefixes:
    sys.exit('subset.py: no prefix given')
shutil.rmtree(out, ignore_errors=True)
total = 0
for group in sorted(os.listdir(src)):
    gdir = os.path.join(src, group)
    gp = os.path.join(gdir, 'gold.json')
    if not os.path.isfile(gp):
        continue
    gold = json.load(open(gp))
    arts = {k: v for k, v in gold['articles'].items() if k.startswith(prefixes) != without}
    if not arts:
        continue
    od = os.path.join(out, group); os.makedirs(od)
    for k in arts:
        shutil.copy(os.path.join(gdir, k), od)
    gold['articles'] = arts
    json.dump(gold, open(os.path.join(od, 'gold.json'), 'w'), indent=1, ensure_ascii=False)
    print(group, len(arts))
    total += len(arts)
print('total', total)
