"""The CaRB scorer on tiny hand-made gold and predictions, with scores computed by hand."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.evaluate.carb import (
    OpenTuple, SentenceTuples, binarise, match, read_gold, score, sentence_key, tuple_from_record,
)

SENT = "Barack Obama was born in Hawaii ."


def gold_of(*tuples: tuple, sentence: str = SENT) -> dict[str, SentenceTuples]:
    """Gold for one sentence from (relation, arg1, arg2, ...) tuples."""
    return {sentence_key(sentence): SentenceTuples(sentence, tuple(binarise(t[0], t[1:]) for t in tuples))}


def preds_of(*tuples: tuple, sentence: str = SENT) -> dict[str, list[OpenTuple]]:
    """Predictions for one sentence from (confidence, relation, arg1, arg2, ...) tuples."""
    return {sentence_key(sentence): [binarise(t[1], t[2:], t[0]) for t in tuples]}


def test_carb_exact_match_scores_one():
    report = score(gold_of(("was born in", "Barack Obama", "Hawaii")),
                   preds_of((0.8, "was born in", "Barack Obama", "Hawaii")))
    assert (report.precision, report.recall, report.f1) == (1.0, 1.0, 1.0)
    assert report.threshold == 0.8
    # One point (recall 1, precision 1) and CaRB's (0, 1): the area is the whole square.
    assert report.auc == 1.0
    assert (report.gold_tuples, report.predicted_tuples, report.predicted_sentences) == (1, 1, 1)


def test_carb_disjoint_tuples_score_zero():
    report = score(gold_of(("was born in", "Barack Obama", "Hawaii")),
                   preds_of((0.8, "visited", "Michelle", "Chicago")))
    assert (report.precision, report.recall, report.f1, report.auc) == (0.0, 0.0, 0.0, 0.0)


def test_carb_no_relation_word_in_common_scores_zero_whatever_the_arguments():
    assert match(binarise("was born in", ["Barack Obama", "Hawaii"]),
                 binarise("comes from", ["Barack Obama", "Hawaii"])) == (0.0, 0.0)


def test_carb_partial_overlap_by_hand():
    # gold: was born in | Barack Obama | Hawaii          6 words
    # pred: born in     | Obama        | Honolulu Hawaii 5 words
    # matched: born, in + Obama + Hawaii = 4             P = 4/5, R = 4/6
    gold = gold_of(("was born in", "Barack Obama", "Hawaii"))
    preds = preds_of((0.5, "born in", "Obama", "Honolulu Hawaii"))
    assert match(*gold[sentence_key(SENT)].tuples, *preds[sentence_key(SENT)]) == pytest.approx((4 / 5, 4 / 6))
    report = score(gold, preds)
    assert report.precision == pytest.approx(0.8)
    assert report.recall == pytest.approx(2 / 3)
    assert report.f1 == pytest.approx(8 / 11)  # 2 · 0.8 · 2/3 / (0.8 + 2/3)
    # Trapezoid from (2/3, 0.8) to (0, 1): 2/3 · (0.8 + 1) / 2 = 0.6
    assert report.auc == pytest.approx(0.6)


def test_carb_matching_is_case_sensitive_and_counts_each_word_once():
    # "obama" ≠ "Obama"; the gold's one "in" matches one of the predicted two.
    p, r = match(binarise("was born in", ["Obama", "Hawaii"]), binarise("born in in", ["obama", "Hawaii"]))
    assert (p, r) == pytest.approx((3 / 5, 3 / 5))


def test_carb_precision_is_one_to_one_recall_is_best_match():
    # Two copies of the right tuple: recall takes the best match (1), precision matches each gold
    # tuple to one prediction only, so the copy earns nothing: precision 1/2.
    report = score(gold_of(("was born in", "Barack Obama", "Hawaii")),
                   preds_of((0.5, "was born in", "Barack Obama", "Hawaii"),
                            (0.5, "was born in", "Barack Obama", "Hawaii")))
    assert (report.precision, report.recall) == (0.5, 1.0)
    assert report.f1 == pytest.approx(2 / 3)


def test_carb_precision_matching_is_greedy_not_optimal():
    # Pair precisions (gold × prediction):     p1 = r s|a|b   p2 = s|a|b
    #   g1 = r s | a | b                           1.0           1.0
    #   g2 = r   | a | b                           0.75          0 (no relation word)
    # Greedy takes the first best pair (g1, p1), leaving (g2, p2) = 0: precision (1 + 0) / 2.
    # (The best assignment, (g1, p2) + (g2, p1), would give 0.875.) Recall is 1 for both gold tuples.
    report = score(gold_of(("r s", "a", "b"), ("r", "a", "b")),
                   preds_of((0.5, "r s", "a", "b"), (0.5, "s", "a", "b")))
    assert report.precision == 0.5
    assert report.recall == 1.0


def test_carb_best_threshold_is_chosen_over_confidences():
    # At 0.2 both predictions count: precision 1/2, recall 1, F1 2/3. At 0.9 only the right one:
    # precision 1, recall 1, F1 1. The curve (1, 0.5), (1, 1), then (0, 1) has area 1.
    report = score(gold_of(("was born in", "Barack Obama", "Hawaii")),
                   preds_of((0.9, "was born in", "Barack Obama", "Hawaii"), (0.2, "visited", "Obama", "Chicago")))
    assert [(p.threshold, p.precision, p.recall) for p in report.curve] == [(0.2, 0.5, 1.0), (0.9, 1.0, 1.0)]
    assert (report.threshold, report.precision, report.recall, report.f1) == (0.9, 1.0, 1.0, 1.0)
    assert report.auc == 1.0


def test_carb_low_threshold_wins_when_recall_needs_it():
    # Two gold tuples, each found once, at 0.9 and 0.3. At 0.3: P 1, R 1; at 0.9: P 1, R 1/2.
    # Curve (1, 1), (0.5, 1), (0, 1): area 1. A wrong tuple at 0.6 then lowers the precision
    # at 0.3 and 0.6 to 2/3 and 1/2: F1 at 0.3 = 0.8 beats 2/3 at 0.9 and 0.5 at 0.6.
    gold = gold_of(("was born in", "Barack Obama", "Hawaii"), ("is", "Obama", "a president"))
    preds = preds_of((0.9, "was born in", "Barack Obama", "Hawaii"), (0.3, "is", "Obama", "a president"))
    report = score(gold, preds)
    assert (report.threshold, report.f1, report.auc) == (0.3, 1.0, 1.0)
    report = score(gold, {**preds, sentence_key(SENT): [*preds[sentence_key(SENT)], binarise("ate", ["x"], 0.6)]})
    assert [(p.threshold, p.precision, p.recall) for p in report.curve] == [
        (0.3, pytest.approx(2 / 3), 1.0), (0.6, 0.5, 0.5), (0.9, 1.0, 0.5)]
    assert report.threshold == 0.3 and report.f1 == pytest.approx(0.8)
    # Trapezoids: (1 − 0.5) · (2/3 + 0.5)/2 + 0 + (0.5 − 0) · (1 + 1)/2
    assert report.auc == pytest.approx(0.5 * (2 / 3 + 0.5) / 2 + 0.5)


def test_carb_gold_without_predictions_counts_in_recall_and_other_sentences_do_not_count():
    other = "Michelle Obama was born in Chicago ."
    gold = {**gold_of(("was born in", "Barack Obama", "Hawaii")),
            **gold_of(("was born in", "Michelle Obama", "Chicago"), sentence=other)}
    preds = {**preds_of((0.5, "was born in", "Barack Obama", "Hawaii")),
             **preds_of((0.7, "won", "Obama", "2008"), sentence="Obama won in 2008 .")}
    report = score(gold, preds)
    assert (report.precision, report.recall) == (1.0, 0.5)
    assert (report.predicted_tuples, report.unscored_tuples, report.gold_sentences) == (1, 1, 2)
    assert [p.threshold for p in report.curve] == [0.5]


def test_carb_nothing_predicted_scores_zero():
    report = score(gold_of(("was born in", "Barack Obama", "Hawaii")), {})
    assert (report.precision, report.recall, report.f1, report.auc, report.threshold) == (0.0, 0.0, 0.0, 0.0, None)
    assert "no prediction" in report.format()


def test_carb_binarises_further_arguments_into_arg2():
    t = binarise("was born in", ["Obama", "Hawaii", "in 1961"])
    assert t.args == ("Obama", "Hawaii in 1961")
    # The arguments' order and split do not matter once joined.
    assert match(t, binarise("was born in", ["Obama", "Hawaii in", "1961"])) == (1.0, 1.0)


def test_carb_a_missing_second_argument_scores_zero_and_an_extra_one_is_ignored():
    two = binarise("was born in", ["Barack Obama", "Hawaii"])
    one = binarise("was born", ["Barack Obama"])
    assert match(two, binarise("was born in", ["Barack Obama"])) == (0.0, 0.0)
    # Gold with one argument: the predicted second argument is not counted at all.
    assert match(one, binarise("was born", ["Barack Obama", "in Hawaii"])) == (1.0, 1.0)


def test_carb_be_matches_a_form_of_be():
    # "be" stands for "was": 3 of 3 relation words; it does not count twice when "was" matched.
    assert match(binarise("was born in", ["Obama", "Hawaii"]), binarise("be born in", ["Obama", "Hawaii"])) == (1.0, 1.0)
    p, r = match(binarise("was", ["Obama", "here"]), binarise("was to be", ["Obama", "here"]))
    assert (p, r) == (pytest.approx(3 / 5), 1.0)


def test_carb_said_relations_also_match_with_arguments_swapped():
    gold = binarise("said", ["he", "it rained"])
    assert match(gold, binarise("said", ["it rained", "he"])) == (1.0, 1.0)
    # Other relations are compared in order only: "wrote" is not one of CaRB's said-verbs.
    assert match(binarise("wrote", ["he", "it rained"]), binarise("wrote", ["it rained", "he"])) == (0.25, 0.25)


def test_carb_sentence_key_ignores_spacing_brackets_and_punctuation():
    assert sentence_key("He ( the king ) left . ") == sentence_key("He -LRB- the king -RRB- left.")
    assert sentence_key("He left .") != sentence_key("She left .")


def test_carb_read_gold_groups_by_sentence_and_drops_trailing_empty_arguments(tmp_path):
    path = tmp_path / "gold.tsv"
    path.write_text(f"{SENT}\twas born in\tBarack Obama\tHawaii\n"
                    f"{SENT} \tis\tObama\t\n"  # the same sentence with a trailing space
                    "\n"
                    f"{SENT}\twas born\tBarack Obama\t\tin 1961\n", encoding="utf-8")
    gold = read_gold(path)
    assert list(gold) == [sentence_key(SENT)]
    assert gold[sentence_key(SENT)].tuples == (
        OpenTuple("was born in", ("Barack Obama", "Hawaii")), OpenTuple("is", ("Obama",)),
        OpenTuple("was born", ("Barack Obama", " in 1961")))


@pytest.mark.parametrize("content, message", [
    ("A sentence .\tonly a relation\n", "gold.tsv:1: expected 'sentence<TAB>relation<TAB>arg1[<TAB>arg2 ...]', found 2 field(s)"),
    ("\n\n", "gold.tsv: no gold tuples"),
])
def test_carb_read_gold_errors(tmp_path, content, message):
    path = tmp_path / "gold.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_gold(path)
    assert str(err.value) == f"{tmp_path}/{message}"


def test_carb_kg_triples_map_to_tuples():
    entity = {"text": "Russia", "label": "Russia", "kind": "State", "code": "RUS"}
    record = {"subject": entity, "relation": {"text": "vowed to veto", "lemma": "veto"},
              "object": {**entity, "text": "the U.S. draft"}, "extra_args": ["on Thursday"], "confidence": 0.72}
    assert tuple_from_record(record) == OpenTuple("vowed to veto", ("Russia", "the U.S. draft on Thursday"), 0.72)
    record.update(object=None, extra_args=[])
    assert tuple_from_record(record) == OpenTuple("vowed to veto", ("Russia",), 0.72)
    with pytest.raises(InputError, match="p.jsonl:3: not a kg triple"):
        tuple_from_record({"subject": entity}, "p.jsonl:3")
