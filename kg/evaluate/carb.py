"""CaRB scoring of open triples, written for kg from the CaRB paper and its reference scorer.

CaRB (Bhardwaj, Aggarwal and Mausam, "CaRB: A Crowdsourced Benchmark for Open IE", EMNLP 2019)
scores open extractions against crowdsourced gold tuples. This module reimplements the scorer
the published figures come from (dair-iitd/CaRB, `carb.py` with its default matcher,
`binary_linient_tuple_match`), step by step:

1. **Gold.** A line is `sentence \\t relation \\t arg1 [\\t arg2 ...]`. The line is stripped, so
   trailing empty arguments disappear; every field is stripped.
2. **Sentences** are matched by a key: whitespace removed, Penn Treebank bracket escapes
   (`-LRB-` …) undone, ASCII punctuation removed. Gold lines whose sentences differ only in
   spacing are one sentence (the dev split has 641 gold lines of sentences but 638 sentences).
   Predictions on sentences without gold tuples are not scored.
3. **Binarisation.** Every tuple becomes (arg1, relation, arg2) with arg2 = all further
   arguments joined by a space; a tuple with one argument keeps one.
4. **A gold tuple g against a predicted tuple p** gives a pair (precision, recall). Words are
   whitespace tokens, compared case-sensitively, with no stop words removed. In each slot the
   matched words are the multiset intersection of the gold and predicted words.
   - Relation: matched words as above; in addition, one left-over predicted "be" matches when
     the gold relation holds any form of "be" (is, are, was, …) and not all gold relation words
     are matched yet. No relation word matched → (0, 0).
   - Arguments: for each argument slot of g (one or two), its words count in the recall
     denominator; if p lacks that slot the pair scores (0, 0); else p's words in that slot count
     in the precision denominator and the matched words in both numerators. (A predicted
     second argument is not counted when g has only one argument.)
   - precision = matched / predicted words counted; recall = matched / gold words counted.
   - "Said" relations: when the gold relation contains one of `said told added adds says` (as
     a substring, as CaRB tests it), p is also scored with its two arguments swapped, and the
     better pair is kept (higher precision, then higher recall).
5. **Thresholds.** Every distinct confidence of a scored prediction is a threshold t; at t the
   predictions with confidence >= t are kept.
   - recall(t) = Σ over gold tuples of the best recall any kept prediction of its sentence
     reaches, divided by the number of gold tuples (sentences with no prediction included).
   - precision(t) = Σ over sentences of a greedy one-to-one matching, divided by the number of
     kept predictions: repeatedly the unused (gold, prediction) pair of highest pair precision
     is taken (ties: earlier gold tuple, then earlier prediction), min(#gold, #kept) times, and
     its precision added. precision(t) = 1 when nothing is kept.
   - F1(t) is their harmonic mean; the reported point is the first best F1 over ascending t.
   - AUC is the trapezoidal area under the points (recall(t), precision(t)) of all thresholds
     plus the point (0, 1), as CaRB computes it with scikit-learn's `auc`.

Two liberties are taken. (a) CaRB adds the "be" match even when every gold relation word is
already matched, so that a pair can score a recall above 1 (gold "is", predicted "is to be");
kg adds it only while a gold relation word is left unmatched. (b) CaRB collects thresholds from
predictions on every sentence, scored or not; kg takes them from scored predictions only. Extra
thresholds between two scored confidences repeat a neighbouring point of the curve, so
precision, recall, F1 and AUC are the same; only the threshold reported at the best F1 can
differ.

kg's triples become tuples as: arg1 = the subject's surface text, relation = the relation text,
arg2 = the object's surface text and the extra arguments, joined by spaces (no second argument
when both are empty); confidence = the triple's confidence as written in the JSONL (3 decimals).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..fileio import output_writer
from ..inputs import ReadOptions, read_articles
from ..pipeline import ExtractOptions
from .common import entity_text, read_jsonl, read_text, run_kg

BE_FORMS = ("be", "is", "am", "are", "was", "were", "been", "being")
SAID_RELATIONS = ("said", "told", "added", "adds", "says")
PTB_ESCAPES = (("(", "-LRB-"), (")", "-RRB-"), ("[", "-LSB-"), ("]", "-RSB-"), ("{", "-LCB-"), ("}", "-RCB-"))
_PUNCTUATION = re.compile(f"[{re.escape(string.punctuation)}]")
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class OpenTuple:
    """A binarised open tuple: relation, arg1 and (where there is one) arg2, with a confidence."""

    relation: str
    args: tuple[str, ...]  # (arg1,) or (arg1, arg2)
    confidence: float = 1.0


@dataclass(frozen=True)
class SentenceTuples:
    """A sentence (as first written) and its tuples, in input order."""

    text: str
    tuples: tuple[OpenTuple, ...]


@dataclass(frozen=True)
class CurvePoint:
    threshold: float
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


@dataclass(frozen=True)
class CarbReport:
    """CaRB figures at the best-F1 threshold, the whole curve, and what was counted."""

    precision: float
    recall: float
    f1: float
    threshold: float | None  # None when nothing was predicted on a gold sentence
    auc: float
    curve: tuple[CurvePoint, ...]
    gold_sentences: int
    gold_tuples: int
    predicted_sentences: int  # gold sentences with at least one prediction
    predicted_tuples: int  # predictions on gold sentences (the scored ones)
    unscored_tuples: int = 0  # predictions on sentences without gold tuples
    documents: int | None = None  # lines run through kg, when kg was run

    def format(self) -> str:
        threshold = "no prediction" if self.threshold is None else f"confidence >= {self.threshold:g}"
        run = f"{self.documents:,} sentences run through kg; " if self.documents is not None else ""
        return "\n".join([
            f"gold         {self.gold_tuples:,} tuples on {self.gold_sentences:,} sentences",
            f"predicted    {run}{self.predicted_tuples:,} tuples on {self.predicted_sentences:,} gold "
            f"sentences scored, {self.unscored_tuples:,} on sentences without gold",
            f"precision    {self.precision:.3f}",
            f"recall       {self.recall:.3f}",
            f"F1           {self.f1:.3f}   (best of {len(self.curve):,} thresholds: {threshold})",
            f"AUC          {self.auc:.3f}",
        ])


def sentence_key(sentence: str) -> str:
    """CaRB's sentence key: no whitespace, PTB bracket escapes undone, no ASCII punctuation."""
    key = _WHITESPACE.sub("", sentence)
    for char, escape in PTB_ESCAPES:
        key = key.replace(escape, char)
    return _PUNCTUATION.sub("", key)


def binarise(relation: str, args: Sequence[str], confidence: float = 1.0) -> OpenTuple:
    """(arg1, relation, arg2 = the further arguments joined by a space)."""
    args = list(args)
    if len(args) >= 2:
        args = [args[0], " ".join(args[1:])]
    return OpenTuple(relation=relation, args=tuple(args), confidence=confidence)


def read_gold(path: str | Path) -> dict[str, SentenceTuples]:
    """Gold tuples by sentence key, from `sentence \\t relation \\t arg1 [\\t arg2 ...]` lines."""
    gold: dict[str, tuple[str, list[OpenTuple]]] = {}
    for n, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        fields = line.strip().split("\t")
        if len(fields) < 3:
            raise InputError(f"{path}:{n}: expected 'sentence<TAB>relation<TAB>arg1[<TAB>arg2 ...]', "
                             f"found {len(fields)} field(s)")
        sentence, relation, *args = (f.strip() for f in fields)
        entry = gold.setdefault(sentence_key(sentence), (sentence, []))
        entry[1].append(binarise(relation, args))
    if not gold:
        raise InputError(f"{path}: no gold tuples")
    return {key: SentenceTuples(text, tuple(tuples)) for key, (text, tuples) in gold.items()}


def tuple_from_record(record: Mapping[str, Any], where: str = "record") -> OpenTuple:
    """A kg JSONL triple as a CaRB tuple (see the module docstring)."""
    try:
        relation = record["relation"]["text"]
        confidence = float(record["confidence"])
        extra = [str(a) for a in record.get("extra_args") or ()]
    except (KeyError, TypeError, ValueError):
        raise InputError(f"{where}: not a kg triple (needs subject, relation.text, object, confidence)") from None
    arg1 = entity_text(record.get("subject"), where, "subject")
    arg2 = " ".join(part for part in [entity_text(record.get("object"), where, "object"), *extra] if part.strip())
    args = (arg1, arg2) if arg2.strip() else (arg1,)
    return OpenTuple(relation=str(relation), args=args, confidence=confidence)


def _overlap(gold_words: list[str], predicted_words: list[str]) -> int:
    """Matched words: the multiset intersection; matched words are taken from predicted_words."""
    matched = 0
    for word in gold_words:
        if word in predicted_words:
            predicted_words.remove(word)
            matched += 1
    return matched


def _pair(gold: OpenTuple, predicted: OpenTuple) -> tuple[float, float]:
    gold_words = gold.relation.split()
    left = predicted.relation.split()
    matched_num, predicted_den, gold_den = 0, len(left), len(gold_words)
    matched = _overlap(gold_words, left)
    if "be" in left and matched < len(gold_words) and any(form in gold_words for form in BE_FORMS):
        matched += 1  # "be" stands for any form of it
    if matched == 0:
        return 0.0, 0.0
    matched_num += matched
    for i, gold_arg in enumerate(gold.args):
        gold_words = gold_arg.split()
        gold_den += len(gold_words)
        if i >= len(predicted.args):
            return 0.0, 0.0
        predicted_words = predicted.args[i].split()
        predicted_den += len(predicted_words)
        matched_num += _overlap(gold_words, predicted_words)
    precision = matched_num / predicted_den if predicted_den else 0.0
    recall = matched_num / gold_den if gold_den else 0.0
    return precision, recall


def match(gold: OpenTuple, predicted: OpenTuple) -> tuple[float, float]:
    """(precision, recall) of one predicted tuple against one gold tuple."""
    straight = _pair(gold, predicted)
    if not any(verb in gold.relation for verb in SAID_RELATIONS) or len(predicted.args) < 2:
        return straight
    swapped = OpenTuple(predicted.relation, (predicted.args[1], predicted.args[0]), predicted.confidence)
    return max(straight, _pair(gold, swapped))


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _greedy_precision(scores: list[list[tuple[float, float]]], kept: list[int]) -> float:
    """Σ precision of a greedy one-to-one matching of gold rows to the kept prediction columns."""
    rows, cols = set(range(len(scores))), list(kept)
    total = 0.0
    for _ in range(min(len(rows), len(cols))):
        best, best_row, best_col = -1.0, -1, -1
        for i in sorted(rows):
            for j in cols:
                if scores[i][j][0] > best:
                    best, best_row, best_col = scores[i][j][0], i, j
        rows.discard(best_row)
        cols.remove(best_col)
        total += best
    return total


def _auc(points: Sequence[tuple[float, float]]) -> float:
    """Trapezoidal area under (recall, precision) points whose recall only falls or stays."""
    return sum((r0 - r1) * (p0 + p1) / 2 for (r0, p0), (r1, p1) in zip(points, points[1:]))


def score(gold: Mapping[str, SentenceTuples], predicted: Mapping[str, Sequence[OpenTuple]]) -> CarbReport:
    """CaRB precision, recall, F1 and AUC of predictions (by sentence key) against gold."""
    thresholds = sorted({t.confidence for key, tuples in predicted.items() if key in gold for t in tuples})
    index = {t: i for i, t in enumerate(thresholds)}
    precision_num = [0.0] * len(thresholds)
    precision_den = [0] * len(thresholds)
    recall_num = [0.0] * len(thresholds)
    gold_tuples = sum(len(s.tuples) for s in gold.values())
    for key, sentence in gold.items():
        preds = list(predicted.get(key, ()))
        scores = [[match(g, p) for p in preds] for g in sentence.tuples]
        low = 0  # thresholds below `low` are already filled for this sentence
        for confidence in sorted({p.confidence for p in preds}):
            kept = [j for j, p in enumerate(preds) if p.confidence >= confidence]
            recall = sum(max(row[j][1] for j in kept) for row in scores)
            precision = _greedy_precision(scores, kept)
            # Every threshold in (previous confidence, confidence] keeps the same predictions.
            for c in range(low, index[confidence] + 1):
                precision_num[c] += precision
                precision_den[c] += len(kept)
                recall_num[c] += recall
            low = index[confidence] + 1
    curve = tuple(
        CurvePoint(t, precision_num[c] / precision_den[c] if precision_den[c] else 1.0,
                   recall_num[c] / gold_tuples if gold_tuples else 0.0)
        for c, t in enumerate(thresholds)
    )
    scored = {key: tuples for key, tuples in predicted.items() if key in gold and tuples}
    counts = dict(
        gold_sentences=len(gold), gold_tuples=gold_tuples, predicted_sentences=len(scored),
        predicted_tuples=sum(len(t) for t in scored.values()),
        unscored_tuples=sum(len(t) for key, t in predicted.items() if key not in gold),
    )
    if not curve:
        return CarbReport(0.0, 0.0, 0.0, None, 0.0, curve, **counts)
    best = max(curve, key=lambda point: point.f1)  # the first of equals: the lowest threshold
    auc = _auc([(p.recall, p.precision) for p in curve] + [(0.0, 1.0)])
    return CarbReport(best.precision, best.recall, best.f1, best.threshold, auc, curve, **counts)


@dataclass
class _Predictions:
    by_key: dict[str, list[OpenTuple]] = field(default_factory=dict)
    sentence: dict[str, str] = field(default_factory=dict)  # key → sentence as written

    def add(self, sentence: str, tuples: Iterable[OpenTuple]) -> None:
        key = sentence_key(sentence)
        self.sentence.setdefault(key, sentence.strip())
        self.by_key.setdefault(key, []).extend(tuples)


def _line_number(doc: str) -> str:
    """`kg extract --lines` ids: the line number, prefixed by "stem:" when several inputs were given."""
    return doc.rsplit(":", 1)[-1]


def read_predictions(path: str | Path, lines: Mapping[str, str]) -> _Predictions:
    """Tuples of a `kg extract --lines SENTENCES.txt` output, by the line (doc id) they came from."""
    predictions = _Predictions()
    for where, record in read_jsonl(path):
        doc = str(record.get("doc", ""))
        line = lines.get(_line_number(doc))
        if line is None:
            raise InputError(f"{where}: doc {doc!r} is not a line number of the sentences file "
                             "(score the output of `kg extract --lines SENTENCES.txt`)")
        predictions.add(line, [tuple_from_record(record, where)])
    return predictions


def write_dump(path: str | Path, gold: Mapping[str, SentenceTuples], predictions: _Predictions) -> int:
    """The scored tuples in CaRB's tabbed format: sentence, confidence, relation, arg1[, arg2]."""

    def clean(text: str) -> str:
        return _WHITESPACE.sub(" ", text).strip()

    count = 0
    with output_writer(path, "w") as handle:
        for key, tuples in predictions.by_key.items():
            if key not in gold:
                continue
            for t in tuples:
                fields = [predictions.sentence[key], repr(t.confidence), t.relation, *t.args]
                handle.write("\t".join(clean(f) for f in fields) + "\n")
                count += 1
    return count


def evaluate_carb(gold_path: str | Path, sentences_path: str | Path, *,
                  predictions_path: str | Path | None = None, options: ExtractOptions = ExtractOptions(),
                  dump: str | Path | None = None, progress: bool | None = False) -> CarbReport:
    """Score kg on a CaRB split: run it over the sentences (or read its earlier output) and score.

    The sentences file is read as `kg extract --lines` reads it: every non-blank line is a
    document whose id is its line number; its tuples belong to the gold sentence of that line.
    """
    gold = read_gold(gold_path)
    read = ReadOptions(lines=True)
    predictions = _Predictions()
    documents = None
    if predictions_path is not None:
        lines = {article.id: article.text for article in read_articles([str(sentences_path)], read)}
        predictions = read_predictions(predictions_path, lines)
    else:
        documents = 0
        for article, records in run_kg([str(sentences_path)], read, options, progress=progress):
            documents += 1
            predictions.add(article.text, [tuple_from_record(r, article.id) for r in records])
    report = score(gold, predictions.by_key)
    if dump is not None:
        write_dump(dump, gold, predictions)
    if documents is not None:
        report = replace(report, documents=documents)
    return report


__all__ = ["BE_FORMS", "SAID_RELATIONS", "CarbReport", "CurvePoint", "OpenTuple", "SentenceTuples",
           "binarise", "evaluate_carb", "f1", "match", "read_gold", "read_predictions", "score",
           "sentence_key", "tuple_from_record", "write_dump"]
