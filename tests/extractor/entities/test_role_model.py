"""The learned role fallback (bench/role_model.py, an evaluated experiment, not shipped in the
package): loads, is deterministic, is reproduced by its training script, and decides only where the rules were weak. It is not
hooked into the extractor (it did not help on the held-out sets), so no test here runs it
through find_amounts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "bench"))  # the experiment lives with its training script

from role_model import (  # noqa: E402
    MODEL_SOURCE,
    WEIGHTS_PATH,
    features,
    learned_role,
    load_weights,
    predict,
    weights_from_json,
    with_learned_fallback,
)
from bilagor.extractor.entities.roles import Decision  # noqa: E402
from bilagor.extractor.record import AMOUNT_ROLES  # noqa: E402


def test_the_shipped_weights_load_with_one_weight_per_role():
    weights = load_weights()
    assert weights.classes == AMOUNT_ROLES
    assert len(weights.bias) == len(AMOUNT_ROLES)
    assert weights.table and all(len(row) == len(AMOUNT_ROLES) for row in weights.table.values())
    assert 0 < weights.threshold <= 1


def test_features_and_predictions_are_deterministic():
    sentence = "Det blev 90 000 kr till slut."
    span = (9, 18)
    first = features(sentence, span, [span], "ekonomiskt_utfall", "Ekonomisk redovisning")
    assert first == features(sentence, span, [span], "ekonomiskt_utfall", "Ekonomisk redovisning")
    assert first == sorted(set(first))
    assert {"b1:blev", "a1:till", "sec:ekonomiskt_utfall", "x:ekonomisk"} <= set(first)
    assert predict(sentence, span, [span]) == predict(sentence, span, [span])


def test_probabilities_follow_the_weights():
    weights = weights_from_json(
        {
            "classes": list(AMOUNT_ROLES),
            "bias": [0.0] * 7,
            "weights": {"b1:kostade": [0, 5, 0, 0, 0, 0, 0]},
            "threshold": 0.9,
        }
    )
    guess = predict("Det kostade 5 kr.", (12, 16), weights=weights)
    assert guess.role == "utfall" and guess.probability > 0.9
    assert learned_role("default", "Det kostade 5 kr.", (12, 16), weights=weights) == "utfall"


def test_the_model_never_overrides_a_role_a_word_gave():
    weights = weights_from_json(
        {
            "classes": list(AMOUNT_ROLES),
            "bias": [0.0] * 7,
            "weights": {"b1:kostade": [0, 9, 0, 0, 0, 0, 0]},
            "threshold": 0.5,
        }
    )
    for source in ("cue", "clause", "context"):
        assert learned_role(source, "Det kostade 5 kr.", (12, 16), weights=weights) is None


def _sure_of(role: str):
    row = [9 if r == role else 0 for r in AMOUNT_ROLES]
    return weights_from_json(
        {"classes": list(AMOUNT_ROLES), "bias": [0.0] * 7, "weights": {"bias": row}, "threshold": 0.9}
    )


def test_the_model_keeps_the_rules_decision_where_it_agrees_and_names_itself_where_not():
    sentence, span = "Timpriset för vakten var 450 kr.", (25, 31)
    decision = Decision("annat", "default")
    assert with_learned_fallback(decision, sentence, span, [span], weights=_sure_of("annat")) == decision
    changed = with_learned_fallback(decision, sentence, span, [span], weights=_sure_of("utfall"))
    assert changed == Decision("utfall", MODEL_SOURCE)
    assert (
        with_learned_fallback(Decision("sokt", "section"), sentence, span, weights=_sure_of("budget")).role == "budget"
    )


@pytest.mark.slow
def test_the_training_script_reproduces_the_shipped_weights():
    import train_role_model

    shipped = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    fitted = train_role_model.fit_all()
    assert fitted["classes"] == shipped["classes"]
    assert fitted["bias"] == shipped["bias"]
    assert fitted["weights"] == shipped["weights"]
    assert shipped["threshold"] in train_role_model.THRESHOLDS
