#!/usr/bin/env python3
"""Fits the review flag's weights by logistic regression with strong L2 regularisation.

Reads readings.tsv (one recorded reading a line: the part it comes from, whether it was wrong, its doubts as the
importer prints them), turns each doubt into its signal (the names it quotes left out), fits one coefficient a signal
and an intercept, and prints each signal's coefficient, the weight it gets on the doubt score's scale (the score at
which a reading goes to review is 0.35) and how often it fires on wrong and on right readings.

    python3 tools/review-flag/fit.py [readings.tsv] [--l2 4] [--review-probability 0.2]
"""
import argparse
import math
import re
from collections import Counter

REVIEW_SCORE = 0.35


def signal(doubt: str) -> str:
    doubt = re.sub(r"\s*\([^)]*\)", "", doubt)
    doubt = re.sub(r"^countries: [A-Z]{2} known", "countries: a country known", doubt)
    return re.sub(r", and .+ is not known to be in China$", ", and a partner is not known to be in China", doubt)


def load(path):
    rows = []
    with open(path, encoding="utf-8") as lines:
        next(lines)
        for line in lines:
            part, wrong, doubts = line.rstrip("\n").split("\t")
            rows.append((part, wrong == "1", {signal(d) for d in doubts.split("; ") if d}))
    return rows


def fit(rows, names, l2, rounds=4000, rate=0.5):
    """Gradient descent on the mean log loss plus l2 / n times half the squared coefficients (the intercept is free)."""
    n = len(rows)
    beta = [0.0] * len(names)
    bias = 0.0
    index = {name: i for i, name in enumerate(names)}
    features = [[index[s] for s in fired] for _, _, fired in rows]
    targets = [1.0 if wrong else 0.0 for _, wrong, _ in rows]
    for _ in range(rounds):
        grad = [0.0] * len(names)
        grad_bias = 0.0
        for fired, y in zip(features, targets):
            z = bias + sum(beta[i] for i in fired)
            p = 1.0 / (1.0 + math.exp(-z))
            grad_bias += p - y
            for i in fired:
                grad[i] += p - y
        bias -= rate * grad_bias / n
        for i in range(len(names)):
            beta[i] -= rate * (grad[i] / n + l2 / n * beta[i])
    return bias, beta


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("readings", nargs="?", default=__file__.rsplit("/", 1)[0] + "/readings.tsv")
    parser.add_argument("--l2", type=float, default=4.0)
    parser.add_argument("--review-probability", type=float, default=0.2)
    args = parser.parse_args()
    rows = load(args.readings)
    fires = Counter(s for _, _, fired in rows for s in fired)
    wrong_fires = Counter(s for _, wrong, fired in rows if wrong for s in fired)
    names = sorted(fires)
    bias, beta = fit(rows, names, args.l2)
    # A reading goes to review when its odds of being wrong reach the review probability's: the coefficients that
    # take it there from the intercept span the score from 0 to REVIEW_SCORE.
    cut = math.log(args.review_probability / (1 - args.review_probability)) - bias
    scale = REVIEW_SCORE / cut
    wrong_total = sum(1 for _, wrong, _ in rows if wrong)
    print(f"{len(rows)} readings, {wrong_total} wrong; intercept {bias:.2f}; a score of {REVIEW_SCORE} is a chance of {args.review_probability:.2f} of being wrong")
    for name, b in sorted(zip(names, beta), key=lambda x: -x[1]):
        print(f"{b:+.2f}  weight {max(0.0, b * scale):.2f}  fires on {wrong_fires[name]} wrong, {fires[name] - wrong_fires[name]} right  {name}")
    # What the weights do, rounded to twentieths as the importer keeps them, part by part.
    weights = {name: round(max(0.0, b * scale) * 20) / 20 for name, b in zip(names, beta)}
    for part in sorted({part for part, _, _ in rows}):
        scores = [(wrong, sum(weights[s] for s in fired)) for p, wrong, fired in rows if p == part]
        wrong = [score for is_wrong, score in scores if is_wrong]
        right = [score for is_wrong, score in scores if not is_wrong]
        caught = sum(score >= REVIEW_SCORE - 1e-9 for score in wrong)
        flagged = sum(score >= REVIEW_SCORE - 1e-9 for score in right)
        print(f"{part}: catches {caught} of {len(wrong)} wrong readings recorded, flags {flagged} of {len(right)} right ones")


if __name__ == "__main__":
    main()
