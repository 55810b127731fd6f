#!/usr/bin/env python3
"""The review flag's trade-off curve over the development parts pooled, and its choice checked part by part.

Reads readings files as fit.py does (readings.tsv: the fit's data; or the readings the fitting test prints, one file
per rule set). Each setting is a threshold and a weight for each signal varied (the others keep the importer's
weights); for each it prints the pooled share of wrong readings caught and of right ones flagged, the curve's upper
edge first. Then leave-one-part-out: on all parts but one, the setting that catches the most wrong readings with at
most --budget of right ones flagged (fewest flagged on a tie, then the importer's own setting), and what it does on the
part left out.

    python3 tools/review-flag/curve.py [readings.tsv ...] [--budget 0.15] [--kept-only | --new-only]
"""
import argparse
import itertools
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fit import load  # noqa: E402

STRONG, LESSER, SLIGHT = 0.4, 0.2, 0.15

# The importer's weights (Confidence/Doubts.cs), by signal as fit.py names them.
KEPT = {
    "kind: no rule for a kind matched: reported as ActivityReported from a word of doing": STRONG,
    "kind: kind chosen over a rival kind's words by word order alone": SLIGHT,
    "kind: words of several kinds of activity": SLIGHT,
    "kind: a word of signing, giving or winning that decided nothing": STRONG,
    "kind: no rule found an act: the kind is the trained model's reading": SLIGHT,
    "date: no date found": STRONG,
    "date: another year named besides the date read": SLIGHT,
    "date: only a bare year read": LESSER,
    "institutions: no institution found": STRONG,
    "institutions: an agreement with only one party found": STRONG,
    "institutions: a name may run into another name, a place or a possessive": STRONG,
    "institutions: a name that may hold where it is": STRONG,
    "institutions: a name that is only a place": STRONG,
    "institutions: a name that does not start as its acronym does": STRONG,
    "institutions: a name that may go on past a particle": STRONG,
    "institutions: a capitalised name no institution found accounts for": STRONG,
    "institutions: a capitalised word no rule accounts for": SLIGHT,
    "institutions: a name of unusual length": LESSER,
    "direction: direction of the visit guessed: nothing in the text says which way it went": STRONG,
    "direction: a visit that does not name the home university": STRONG,
    "countries: no foreign country read, and a partner is not known to be in China": SLIGHT,
    "countries: no foreign country read, and a university no place in the text or its name places": STRONG,
    "paragraph: words of plans, negation or hedging: the activity may not have happened as read": STRONG,
    "paragraph: a long paragraph, which may tell of several activities": LESSER,
    "paragraph: a paragraph longer than one plain announcement": SLIGHT,
}

# The signals whose weight the curve varies, with the weights tried; signals not in KEPT (new ones) start at none.
VARIED = {
    "countries: no foreign country read, and a partner is not known to be in China": [0, SLIGHT, LESSER, STRONG],
    "kind: kind chosen over a rival kind's words by word order alone": [0, SLIGHT, LESSER],
    "date: only a bare year read": [SLIGHT, LESSER],
    "institutions: a capitalised word no rule accounts for": [0, SLIGHT, LESSER],
    "kind: no rule found an act: the kind is the trained model's reading": [SLIGHT, LESSER],
    "countries: no foreign country read, and a university no place in the text or its name places": [0, SLIGHT, LESSER, STRONG],
}
THRESHOLDS = [0.2, 0.3, 0.35, 0.4, 0.45]


def settings(extra, only_extra=False):
    varied = {} if only_extra else dict(VARIED)
    for name in extra:
        varied.setdefault(name, [0, SLIGHT, LESSER, STRONG])
    names = list(varied)
    for threshold in THRESHOLDS:
        for choice in itertools.product(*(varied[n] for n in names)):
            yield threshold, dict(zip(names, choice))


def score(rows, threshold, weights):
    caught = flagged = wrong = right = 0
    for _, is_wrong, fired in rows:
        total = sum(weights.get(s, KEPT.get(s, 0.0)) for s in fired)
        flag = total >= threshold - 1e-9
        if is_wrong:
            wrong += 1
            caught += flag
        else:
            right += 1
            flagged += flag
    return caught, wrong, flagged, right


def describe(threshold, weights):
    changed = [f"{n.split(':')[0]}: {n.split(': ', 1)[1][:48]} {w}" for n, w in weights.items() if w != KEPT.get(n, 0.0)]
    return f"threshold {threshold}" + ("; " + "; ".join(changed) if changed else " (the importer's weights)")


def best(rows, budget, candidates):
    def key(c):
        caught, wrong, flagged, right = score(rows, c[0], c[1])
        is_kept = c[0] == 0.35 and all(w == KEPT.get(n, 0.0) for n, w in c[1].items())
        return (flagged / right <= budget, caught, -flagged, is_kept)
    return max(candidates, key=key)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("readings", nargs="*", default=[os.path.join(os.path.dirname(os.path.abspath(__file__)), "readings.tsv")])
    parser.add_argument("--budget", type=float, default=0.15)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--kept-only", action="store_true", help="weigh signals the importer no longer prints at none, not varied")
    parser.add_argument("--new-only", action="store_true", help="vary only the signals the importer does not weigh (candidates), keeping its own weights")
    args = parser.parse_args()
    for path in args.readings:
        rows = load(path)
        extra = [] if args.kept_only else sorted({s for _, _, fired in rows for s in fired} - set(KEPT))
        candidates = list(settings(extra, args.new_only))
        print(f"== {path}: {len(rows)} readings, {sum(w for _, w, _ in rows)} wrong; {len(candidates)} settings")
        points = {}
        for threshold, weights in candidates:
            caught, wrong, flagged, right = score(rows, threshold, weights)
            points.setdefault(flagged, (caught, threshold, weights))
            if caught > points[flagged][0]:
                points[flagged] = (caught, threshold, weights)
        top = 0
        print("pooled curve (the most caught for each number of right readings flagged, where it rises):")
        for flagged in sorted(points):
            caught, threshold, weights = points[flagged]
            if caught > top:
                top = caught
                _, wrong, _, right = score(rows, threshold, weights)
                print(f"  caught {caught / wrong:.3f} ({caught}/{wrong})  flagged {flagged / right:.3f} ({flagged}/{right})  {describe(threshold, weights)}")
        kept = score(rows, 0.35, {})
        print(f"  the importer's: caught {kept[0] / kept[1]:.3f} ({kept[0]}/{kept[1]})  flagged {kept[2] / kept[3]:.3f} ({kept[2]}/{kept[3]})")
        print(f"leave one part out, at most {args.budget} of right readings flagged on the others:")
        parts = sorted({p for p, _, _ in rows})
        totals = [0, 0, 0, 0]
        kept_totals = [0, 0, 0, 0]
        for part in parts:
            inside = [r for r in rows if r[0] != part]
            outside = [r for r in rows if r[0] == part]
            threshold, weights = best(inside, args.budget, candidates)
            held = score(outside, threshold, weights)
            base = score(outside, 0.35, {})
            totals = [a + b for a, b in zip(totals, held)]
            kept_totals = [a + b for a, b in zip(kept_totals, base)]
            print(f"  {part}: chosen caught {held[0]}/{held[1]} flagged {held[2]}/{held[3]}; the importer's {base[0]}/{base[1]} and {base[2]}/{base[3]}  [{describe(threshold, weights)}]")
        print(f"  held-out parts pooled: chosen caught {totals[0] / totals[1]:.3f} flagged {totals[2] / totals[3]:.3f}; the importer's {kept_totals[0] / kept_totals[1]:.3f} and {kept_totals[2] / kept_totals[3]:.3f}")


if __name__ == "__main__":
    main()
