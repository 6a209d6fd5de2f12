"""kg's measuring stick: scorers for the CaRB and PLOVER benchmarks.

    from kg.evaluate import evaluate_carb, evaluate_plover
    print(evaluate_carb("bench/data/carb/dev_gold.tsv", "bench/data/carb/dev_sentences.txt").format())
    print(evaluate_plover("bench/data/plover/plover_gsr_dev.jsonl").format())

`carb.py` scores open triples the CaRB way; `plover.py` scores typed events against PLOVER gold
records. Both run kg through `kg.pipeline.extract`, or score an earlier `kg extract` output.
"""

from .carb import CarbReport, evaluate_carb
from .plover import PloverReport, evaluate_plover

__all__ = ["CarbReport", "PloverReport", "evaluate_carb", "evaluate_plover"]
