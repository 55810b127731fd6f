#!/usr/bin/env python3
"""A small trained reader of kind and visit direction, weighed against the importer's rules.

Trains two linear models on the development parts of the labelled set (tuning, round3 to round13) and compares
them with the rules' readings (rules.tsv, printed by the test Fitting_the_review_flag as lines starting
"rules: "), by leaving out one development part at a time. Python 3 standard library only; run from the
repository root:

    python3 tools/kind-model/train.py            # the comparison's table
    python3 tools/kind-model/train.py --write    # the importer's weights, src/Timeline.Importing/Trained/Data/

To refresh rules.tsv, run the test with detailed console output and keep its "rules: " lines without the prefix:

    dotnet test tests/Timeline.Importing.Tests --filter "FullyQualifiedName~Fitting_the_review_flag" \
        --logger "console;verbosity=detailed" | sed -n 's/^ *rules: //p' > tools/kind-model/rules.tsv

A reading the model made is taken back to the rules' own (a skip) when the file is read, so the table stays the
comparison of the rules alone with the model whichever importer printed it. The calibration and sealed parts are
never read.
"""
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict

LABELLED = "tests/Timeline.Importing.Tests/Accuracy/labelled.json"
RULES = "tools/kind-model/rules.tsv"
KIND_WEIGHTS = "src/Timeline.Importing/Trained/Data/kinds.tsv"
DIRECTION_WEIGHTS = "src/Timeline.Importing/Trained/Data/directions.tsv"
DEVELOPMENT = ["tuning", "round3", "round4", "round5", "round6", "round7", "round8", "round9", "round10", "round11", "round12", "round13"]
SKIPPED = "skipped"
NO_ACT = "states no activity (no act such as a signing, visit, training or meeting)"
TRAINED = "the kind is the trained model's reading"

MONTHS = set("january february march april may june july august september october november december "
             "jan feb mar apr jun jul aug sep sept oct nov dec".split())
WEEKDAYS = set("monday tuesday wednesday thursday friday saturday sunday".split())
NAME_GLUE = {"of", "the", "for", "and", "de", "es", "a", "in", "la", "del", "do", "da"}
HOME = re.compile(r"\b(?:the\s+)?Open University of China\b|\bOUC\b")
WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*|[0-9]+")


def tokens(text):
    """Words of a paragraph with names masked: the home university is "ouc", any other run of capitalised
    words (an institution, a place, a person) is "NAME", numbers are "NUM", months and weekdays a word each."""
    words = WORD.findall(HOME.sub(" OUC ", text))
    out = []
    for position, word in enumerate(words):
        lower = (word[:-2] if word.endswith(("'s", "’s")) else word).lower()
        if word == "OUC":
            out.append("ouc")
        elif word[0] in "0123456789":
            out.append("NUM")
        elif lower in MONTHS and word[0].isupper():
            out.append("MONTH")
        elif lower in WEEKDAYS:
            out.append("WEEKDAY")
        elif word[0].isupper() and position > 0:
            out.append("NAME")
        else:
            out.append(lower)
    # "NAME of the NAME" is one name.
    merged = []
    for token in out:
        if token == "NAME" and merged and merged[-1] == "NAME":
            continue
        merged.append(token)
    collapsed = []
    i = 0
    while i < len(merged):
        if merged[i] == "NAME":
            j = i + 1
            while j < len(merged) and merged[j] in NAME_GLUE:
                j += 1
            if j > i + 1 and j < len(merged) and merged[j] == "NAME":
                i = j
                continue
        collapsed.append(merged[i])
        i += 1
    return collapsed


def kind_features(text):
    words = ["<s>"] + tokens(text) + ["</s>"]
    return Counter(words[1:-1] + [f"{a} {b}" for a, b in zip(words, words[1:])])


def direction_features(text):
    """Words around each mention of the home university, by side and distance, and the paragraph's words."""
    words = tokens(text)
    features = Counter(f"w:{w}" for w in words)
    features.update(f"{a} {b}" for a, b in zip(words, words[1:]))
    homes = [i for i, w in enumerate(words) if w == "ouc"]
    if not homes:
        features["no-home"] += 1
    for h in homes:
        for d in range(1, 5):
            if h - d >= 0:
                features[f"L{min(d, 3)}:{words[h - d]}"] += 1
            if h + d < len(words):
                features[f"R{min(d, 3)}:{words[h + d]}"] += 1
    first_name = next((i for i, w in enumerate(words) if w == "NAME"), None)
    if homes and first_name is not None:
        features["home-first" if homes[0] < first_name else "name-first"] += 1
    return features


class NaiveBayes:
    def __init__(self, alpha=0.5):
        self.alpha = alpha

    def fit(self, rows, labels):
        self.classes = sorted(set(labels))
        self.prior = Counter(labels)
        self.counts = {c: Counter() for c in self.classes}
        for row, label in zip(rows, labels):
            self.counts[label].update(row)
        self.vocabulary = set().union(*self.counts.values())
        self.totals = {c: sum(self.counts[c].values()) for c in self.classes}
        return self

    def probabilities(self, row):
        n = sum(self.prior.values())
        v = len(self.vocabulary)
        scores = {}
        for c in self.classes:
            score = math.log(self.prior[c] / n)
            for feature, count in row.items():
                if feature in self.vocabulary:
                    score += count * math.log((self.counts[c][feature] + self.alpha) / (self.totals[c] + self.alpha * v))
            scores[c] = score
        top = max(scores.values())
        exp = {c: math.exp(s - top) for c, s in scores.items()}
        total = sum(exp.values())
        return {c: e / total for c, e in exp.items()}


class Logistic:
    """Multinomial logistic regression by stochastic gradient descent with L2, over binary features."""

    def __init__(self, epochs=30, rate=0.2, l2=1e-4, seed=20261124, min_count=2):
        self.epochs, self.rate, self.l2, self.seed, self.min_count = epochs, rate, l2, seed, min_count

    def fit(self, rows, labels):
        # A feature seen in one paragraph only would be learnt by heart; it is left out, which also keeps the weights small.
        seen = Counter(f for row in rows for f in set(row))
        rows = [{f for f in row if seen[f] >= self.min_count} for row in rows]
        self.classes = sorted(set(labels))
        self.weights = {c: defaultdict(float) for c in self.classes}
        self.bias = {c: 0.0 for c in self.classes}
        order = list(range(len(rows)))
        rng = random.Random(self.seed)
        for epoch in range(self.epochs):
            rng.shuffle(order)
            rate = self.rate / (1 + epoch * 0.1)
            for i in order:
                row = set(rows[i])
                p = self._probabilities(row)
                for c in self.classes:
                    gradient = p[c] - (1.0 if labels[i] == c else 0.0)
                    if gradient == 0:
                        continue
                    w = self.weights[c]
                    for f in row:
                        w[f] -= rate * (gradient + self.l2 * w[f])
                    self.bias[c] -= rate * gradient
        return self

    def _probabilities(self, row):
        scores = {c: self.bias[c] + sum(self.weights[c].get(f, 0.0) for f in row) for c in self.classes}
        top = max(scores.values())
        exp = {c: math.exp(s - top) for c, s in scores.items()}
        total = sum(exp.values())
        return {c: e / total for c, e in exp.items()}

    def probabilities(self, row):
        return self._probabilities(set(row))


def load():
    items = [a for a in json.load(open(LABELLED, encoding="utf-8")) if a["part"] in DEVELOPMENT]
    by_part = defaultdict(list)
    for a in items:
        by_part[a["part"]].append(a)
    rules = {}
    for line in open(RULES, encoding="utf-8"):
        part, index, wrong, confidence, kind, direction, doubts = line.rstrip("\n").split("\t")
        rules[(part, int(index))] = dict(wrong=wrong == "1", confidence=float(confidence), kind=kind,
                                         direction=direction or None, doubts=doubts)
    examples = []
    for part, rows in by_part.items():
        for i, a in enumerate(rows):
            reading = rules[(part, i)]
            if TRAINED in reading["doubts"]:
                # Read by the model where the rules found no act: the rules alone skipped it.
                reading = dict(wrong=a["kind"] is not None, confidence=0.0, kind=SKIPPED, direction=None, doubts=NO_ACT)
            examples.append(dict(part=part, text=a["text"], kind=a["kind"] or SKIPPED, direction=a["direction"], rules=reading))
    return examples


def fallback(rules):
    """How the rules came to their kind: by a rule, by default, over a rival by word order, or by skipping."""
    if "no rule for a kind matched" in rules["doubts"]:
        return "default"
    if "by word order alone" in rules["doubts"]:
        return "tie"
    # A profile or a plan is skipped by a rule of its own; only a paragraph in which no act was found is a default.
    if rules["kind"] == SKIPPED and rules["doubts"] == NO_ACT:
        return "skipped"
    return "rule"


def combine_kind(rules, model_kind, model_p, when, threshold):
    if fallback(rules) in when and model_p >= threshold:
        return model_kind
    return rules["kind"]


def combine_direction(rules, final_kind, model_direction):
    if final_kind != "DelegationVisited":
        return None
    if rules["direction"] and "direction of the visit guessed" not in rules["doubts"]:
        return rules["direction"]
    return model_direction


KIND_VARIANTS = [
    ("rules alone", None, 0),
    ("NB alone (directions by LR)", "all", 0),
    ("LR alone", "all", 0),
    ("rules; LR where the rules defaulted", {"default"}, 0),
    ("rules; LR on default or tie", {"default", "tie"}, 0),
    ("rules; LR on default, tie or skip", {"default", "tie", "skipped"}, 0),
    ("rules; LR on default, tie or skip if p >= 0.8", {"default", "tie", "skipped"}, 0.8),
    ("rules; LR where the rules skipped", {"skipped"}, 0),
    ("rules; LR where the rules skipped, if p >= 0.5", {"skipped"}, 0.5),
    ("rules; LR where the rules skipped, if p >= 0.6", {"skipped"}, 0.6),
    ("rules; LR where the rules skipped, if p >= 0.7", {"skipped"}, 0.7),
    ("rules; LR where the rules skipped, if p >= 0.8", {"skipped"}, 0.8),
    ("rules; LR where the rules skipped, if p >= 0.9", {"skipped"}, 0.9),
]


def evaluate(train, test, kind_model_class, direction_model_class):
    kind_nb = NaiveBayes().fit([kind_features(e["text"]) for e in train], [e["kind"] for e in train])
    kind_lr = kind_model_class().fit([kind_features(e["text"]) for e in train], [e["kind"] for e in train])
    visits = [e for e in train if e["direction"]]
    direction_lr = direction_model_class().fit([direction_features(e["text"]) for e in visits],
                                               [e["direction"] for e in visits])
    outcome = defaultdict(lambda: [0, 0])
    direction_outcome = defaultdict(lambda: [0, 0])
    flag = defaultdict(lambda: [0, 0, 0, 0])
    for e in test:
        r = e["rules"]
        p_nb = kind_nb.probabilities(kind_features(e["text"]))
        p_lr = kind_lr.probabilities(kind_features(e["text"]))
        nb_kind = max(p_nb, key=p_nb.get)
        lr_kind = max(p_lr, key=p_lr.get)
        pd = direction_lr.probabilities(direction_features(e["text"]))
        lr_direction = max(pd, key=pd.get)
        for name, when, threshold in KIND_VARIANTS:
            if when is None:
                kind = r["kind"]
            elif name.startswith("NB"):
                kind = nb_kind
            elif when == "all":
                kind = lr_kind
            else:
                kind = combine_kind(r, lr_kind, p_lr[lr_kind], when, threshold)
            outcome[name][0] += kind == e["kind"]
            outcome[name][1] += 1
            if e["direction"]:
                if when is None:
                    direction = r["direction"]
                elif when == "all":
                    direction = lr_direction if kind == "DelegationVisited" else None
                else:
                    direction = combine_direction(r, kind, lr_direction)
                direction_outcome[name][0] += direction == e["direction"]
                direction_outcome[name][1] += 1
        if e["direction"]:
            for name, direction in [("rules; LR where the rules guessed the direction",
                                     combine_direction(r, r["kind"], lr_direction)),
                                    ("LR direction on every labelled visit", lr_direction)]:
                direction_outcome[name][0] += direction == e["direction"]
                direction_outcome[name][1] += 1
        if r["kind"] != SKIPPED:
            score = round(0.95 - r["confidence"], 2)
            disagrees = lr_kind != r["kind"] and p_lr[lr_kind] >= 0.5
            for weight in (0.0, 0.15, 0.2, 0.4):
                flagged = score + (weight if disagrees else 0.0) >= 0.35 - 1e-9
                cell = flag[weight]
                if r["wrong"]:
                    cell[0] += flagged
                    cell[1] += 1
                else:
                    cell[2] += flagged
                    cell[3] += 1
        elif e["kind"] != SKIPPED:
            for weight in (0.0, 0.15, 0.2, 0.4):
                flag[weight][0] += 1
                flag[weight][1] += 1
        else:
            for weight in (0.0, 0.15, 0.2, 0.4):
                flag[weight][3] += 1
    return outcome, direction_outcome, flag


def add(total, part):
    for key, cells in part.items():
        total[key] = [a + b for a, b in zip(total.get(key, [0] * len(cells)), cells)]


def rate(cell):
    return f"{cell[0] / cell[1]:.3f}" if cell[1] else "-"


def write(model, path):
    """The weights as text: the classes, the biases, then one feature a line with its weight for each class."""
    features = sorted(f for f in set().union(*(model.weights[c].keys() for c in model.classes))
                      if any(abs(model.weights[c].get(f, 0.0)) >= 0.0005 for c in model.classes))
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("\t".join(["classes"] + model.classes) + "\n")
        out.write("\t".join(["bias"] + [f"{model.bias[c]:.3f}" for c in model.classes]) + "\n")
        for f in features:
            out.write("\t".join([f] + [f"{model.weights[c].get(f, 0.0):.3f}" for c in model.classes]) + "\n")
    print(f"wrote {path}: {len(model.classes)} classes, {len(features)} features")


def train_and_write(examples):
    """Trains both models on every development part, for the importer to use where its rules find no act."""
    train = [e for e in examples if e["part"] in DEVELOPMENT]
    kinds = Logistic().fit([kind_features(e["text"]) for e in train], [e["kind"] for e in train])
    visits = [e for e in train if e["direction"]]
    directions = Logistic().fit([direction_features(e["text"]) for e in visits], [e["direction"] for e in visits])
    write(kinds, KIND_WEIGHTS)
    write(directions, DIRECTION_WEIGHTS)
    hits = sum(max(p := kinds.probabilities(kind_features(e["text"])), key=p.get) == e["kind"] for e in train)
    print(f"kind model on its own training paragraphs: {hits / len(train):.3f} of {len(train)}")


def main():
    examples = load()
    if "--write" in sys.argv:
        train_and_write(examples)
        return
    columns = DEVELOPMENT + ["pooled folds"]
    kinds, directions, flags = {}, {}, {}
    pooled_k, pooled_d, pooled_f = {}, {}, {}
    for part in DEVELOPMENT:
        train = [e for e in examples if e["part"] in DEVELOPMENT and e["part"] != part]
        test = [e for e in examples if e["part"] == part]
        kinds[part], directions[part], flags[part] = evaluate(train, test, Logistic, Logistic)
        add(pooled_k, kinds[part])
        add(pooled_d, directions[part])
        add(pooled_f, flags[part])
    kinds["pooled folds"], directions["pooled folds"], flags["pooled folds"] = pooled_k, pooled_d, pooled_f

    print("kind accuracy | " + " | ".join(columns))
    for name, _, _ in KIND_VARIANTS:
        print(f"{name} | " + " | ".join(rate(kinds[c][name]) for c in columns))
    print()
    print("direction accuracy | " + " | ".join(columns))
    for name in list(dict.fromkeys(list(directions["pooled folds"].keys()))):
        print(f"{name} | " + " | ".join(rate(directions[c][name]) for c in columns))
    print()
    print("review flag: disagreement of LR with the rules as a doubt of weight w | " + " | ".join(columns))
    for weight in (0.0, 0.15, 0.2, 0.4):
        print(f"w = {weight}: wrong caught / right flagged | " + " | ".join(
            f"{rate(flags[c][weight][0:2])} / {rate(flags[c][weight][2:4])}" for c in columns))


if __name__ == "__main__":
    main()
