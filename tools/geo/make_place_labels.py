#!/usr/bin/env python3
"""Writes the dashboard's offline base-map context from the embedded rows, nothing downloaded:

- web/geo/places.json: the larger places of the conflicts' countries (GeoNames rows of geonames_conflicts.tsv and
  geonames_AZ_AM.tsv, feature class P), at most PER_COUNTRY a country by population, capitals and province seats kept;
  each with the zoom from which the dashboard labels it (larger places from further out).
- web/geo/areas.json: the named areas of every conflict profile (areas.tsv rows of precision REGION: a region, a line of
  contact, a corridor), each a point with its profile's id.

Run from the repository root: python3 tools/geo/make_place_labels.py
"""
import csv
import glob
import json
import os

GEO = 'trucewatch-core/src/main/resources/org/trucewatch/resolve/geo'
CONFLICTS = 'trucewatch-core/src/main/resources/org/trucewatch/conflicts'
WEB = 'trucewatch-server/src/main/resources/org/trucewatch/server/web/geo'
PER_COUNTRY = 60
MIN_POPULATION = {'AZ': 1000, 'AM': 1000}


def min_zoom(pop, code):
    if code == 'PPLC' or pop >= 1_000_000:
        return 4
    if pop >= 300_000:
        return 6
    if pop >= 100_000:
        return 7
    if pop >= 30_000 or code.startswith('PPLA'):
        return 8
    if pop >= 10_000:
        return 9
    return 10


def places():
    rows = {}
    for name in ('geonames_conflicts.tsv', 'geonames_AZ_AM.tsv'):
        with open(os.path.join(GEO, name), encoding='utf-8') as f:
            for r in csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
                if len(r) < 15 or r[6] != 'P':
                    continue
                pop = int(r[14] or 0)
                cc = r[8]
                if pop < MIN_POPULATION.get(cc, 5000) and r[7] not in ('PPLC', 'PPLA'):
                    continue
                rows[r[0]] = {'name': r[2] or r[1], 'lat': round(float(r[4]), 4), 'lon': round(float(r[5]), 4),
                              'country': cc, 'population': pop, 'min_zoom': min_zoom(pop, r[7])}
    by_country = {}
    for p in rows.values():
        by_country.setdefault(p['country'], []).append(p)
    out = []
    for cc in sorted(by_country):
        ps = sorted(by_country[cc], key=lambda p: (-p['population'], p['name']))
        out.extend(ps[:PER_COUNTRY])
    return out


def areas():
    out = []
    for path in sorted(glob.glob(os.path.join(CONFLICTS, '*', 'areas.tsv'))):
        conflict = os.path.basename(os.path.dirname(path))
        with open(path, encoding='utf-8') as f:
            for line in f:
                if line.startswith('#') or not line.strip():
                    continue
                r = line.rstrip('\n').split('\t')
                if len(r) < 9 or r[3] != 'REGION':
                    continue
                out.append({'id': r[0], 'name': r[1], 'conflict': conflict, 'country': r[5],
                            'lat': float(r[7]), 'lon': float(r[8]), 'note': r[10] if len(r) > 10 else ''})
    return out


def write(name, items):
    with open(os.path.join(WEB, name), 'w', encoding='utf-8') as f:
        json.dump(items, f, ensure_ascii=False, separators=(',', ':'))
        f.write('\n')


if __name__ == '__main__':
    write('places.json', places())
    write('areas.json', areas())
