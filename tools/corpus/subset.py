#!/usr/bin/env python3
"""subset.py SPLIT PREFIX OUT: copy the reports of SPLIT (e.g. data/corpus/dev) whose file name starts with PREFIX
(e.g. b18-), with their gold, into OUT/<group>/, to score one batch alone: ./trucewatch score OUT."""
import json, os, shutil, sys
src, prefix, out = sys.argv[1:4]
shutil.rmtree(out, ignore_errors=True)
for group in sorted(os.listdir(src)):
    gdir = os.path.join(src, group)
    gp = os.path.join(gdir, 'gold.json')
    if not os.path.isfile(gp):
        continue
    gold = json.load(open(gp))
    arts = {k: v for k, v in gold['articles'].items() if k.startswith(prefix)}
    if not arts:
        continue
    od = os.path.join(out, group); os.makedirs(od)
    for k in arts:
        shutil.copy(os.path.join(gdir, k), od)
    gold['articles'] = arts
    json.dump(gold, open(os.path.join(od, 'gold.json'), 'w'), indent=1, ensure_ascii=False)
    print(group, len(arts))
