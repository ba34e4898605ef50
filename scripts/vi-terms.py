#!/usr/bin/env python3
"""Terminology report for the Vietnamese translation (docs/glossary-vi.md).

For each glossary row, finds every translated item whose English uses the term and says whether
its Vietnamese uses the glossary's rendering, keeps the English term, or says it another way
(the outliers to read by hand). `validate` only catches the variants the glossary already lists;
this finds the ones nobody listed yet.

  python3 scripts/vi-terms.py                 # one line per term: items, rendered, English kept, other
  python3 scripts/vi-terms.py "trust policy"  # the items of the terms whose English contains this,
                                              # with the Vietnamese around each "other" one
  python3 scripts/vi-terms.py --all "key"     # ... listing every item, not only the "other" ones
  python3 scripts/vi-terms.py --variants      # every flagged variant still in a text, even one
                                              # wrapped across two lines (validate misses those)

Run from the repository root. Needs PyYAML (python3 -m pip install pyyaml).
"""
import pathlib
import re
import sys
import unicodedata

import yaml

ROOT = pathlib.Path(".")


def nfc(s):
    return unicodedata.normalize("NFC", s or "")


def glossary_rows():
    rows = []
    for line in (ROOT / "docs/glossary-vi.md").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line.startswith("|") or re.fullmatch(r"\|[\s:|-]*", line):
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) < 3 or cells[0].lower() == "english" or cells[0].startswith("(spelling)"):
            continue
        rows.append((cells[0], nfc(cells[1]), [nfc(v.strip()) for v in cells[2].split(";") if v.strip() not in ("", "-", "—")]))
    return rows


def english_pattern(phrase):
    """'trust policy' matches trust policy/policies, any case, whole words."""
    phrase = phrase.replace("defense", "defen_ce").replace("modeling", "model_ing")
    words = phrase.split()
    last = words[-1]
    if last.endswith("y") and not last.endswith("ey"):
        last = re.escape(last[:-1]) + "(?:y|ies)"
    else:
        last = re.escape(last) + "(?:s|es)?"
    body = r"[\s-]+".join([re.escape(w) for w in words[:-1]] + [last])
    body = body.replace("defen_ce", "defen[cs]e").replace("model_ing", "modell?ing")
    return re.compile(r"(?<![\w-])" + body + r"(?![\w])", re.IGNORECASE)


def vi_pattern(phrase):
    return re.compile(r"(?<![\w])" + re.escape(phrase.lower()) + r"(?![\w])", re.UNICODE)


def pairs(english, rendering):
    """A row like 'stateful / stateless' | 'có trạng thái / không trạng thái' is two terms."""
    # the first column may carry a note after "(", ":" or ";"; the term is what comes before it
    en = re.split(r"\s*[(:;]", english)[0].strip()
    rendering = re.sub(r"\s*\([^)]*\)", "", rendering).strip()
    for sep in (" / ", ", "):
        if sep in en and sep in rendering and en.count(sep) == rendering.count(sep):
            return list(zip([e.strip() for e in en.split(sep)], [r.strip() for r in rendering.split(sep)]))
    alts = [a.strip() for a in re.split(r" / |, ", en) if a.strip()]
    return [(a, rendering) for a in alts]


def items():
    for f in sorted(ROOT.glob("**/*.vi.yaml")):
        if "target" in f.parts:
            continue
        doc = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        for key, item in (doc.get("items") or {}).items():
            if isinstance(item, dict) and item.get("vi"):
                # one space for every run of whitespace: a term may be wrapped across lines
                yield f, key, " ".join(nfc(item.get("en")).split()), " ".join(nfc(item["vi"]).split())


def variants_report(all_items):
    found = 0
    for english, rendering, variants in glossary_rows():
        for v in variants:
            p = vi_pattern(v)
            for f, key, en, vi in all_items:
                if p.search(vi.lower()):
                    found += 1
                    print(f"{f}:{key}: '{v}' (glossary: '{rendering}')")
    print(f"{found} flagged variant(s)")


def main(argv):
    if "--variants" in argv:
        variants_report(list(items()))
        return
    show_all = "--all" in argv
    wanted = [a for a in argv if not a.startswith("--")]
    all_items = list(items())
    for english, rendering, variants in glossary_rows():
        for en_term, vi_term in pairs(english, rendering):
            if wanted and not any(w.lower() in english.lower() for w in wanted):
                continue
            enp = english_pattern(en_term)
            vips = [vi_pattern(r.strip()) for r in vi_term.split(",") if r.strip()]
            varps = [(v, vi_pattern(v)) for v in variants]
            n = good = kept = 0
            other = []
            for f, key, en, vi in all_items:
                hits = len(enp.findall(en))
                if not hits:
                    continue
                n += 1
                low = vi.lower()
                has_r = any(p.search(low) for p in vips)
                has_en = bool(enp.search(vi))
                good += has_r
                kept += (has_en and not has_r)
                if show_all or not has_r:
                    other.append((f, key, has_r, has_en, vi))
            used_variants = [v for v, p in varps if any(p.search(vi.lower()) for _, _, _, vi in all_items)]
            print(f"{en_term!r:40} -> {vi_term!r:36} items {n:3}  rendered {good:3}  English kept {kept:3}  "
                  f"other {n - good - kept:3}" + (f"  VARIANTS USED: {used_variants}" if used_variants else ""))
            if wanted:
                for f, key, has_r, has_en, vi in other:
                    tag = "ok " if has_r else ("EN " if has_en else "?? ")
                    flat = " ".join(vi.split())
                    m = enp.search(flat)
                    print(f"   {tag}{f}:{key}: {flat[:400]}")


if __name__ == "__main__":
    main(sys.argv[1:])
