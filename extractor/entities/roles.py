"""What an amount is (budget, outcome, grant ...): pure rules over its sentence.

The decision reads the structure around the amount before the nearest word:

1. Attachment: words bound to the amount itself decide first ("beviljade
   2 mnkr", "budgeten på 2 mnkr", "2 mnkr i bidrag", "40 000 kr per år",
   "varav 2 mnkr").
2. The amount's clause (`role_sentence`): a sentence is cut into clauses at commas, semicolons
   and linking words. Inside the clause, cues are ranked by how much they
   govern: a deviation or running-cost frame ("budgetavvikelsen",
   "överskottet", "den årliga driften") over a framing phrase or main verb
   ("enligt prognos", "beräknas uppgå till", "tilldelas", "satsar",
   "förbrukats") over a plain noun ("kostnaden", "budget") over a copula
   ("uppgår till"). Among equals the nearest wins. A clause without a cue
   inherits from the clause before it when they are joined by "," / "och",
   but not across a contrast ("jämfört med", "mot", "av", "men"), since "ca
   2,6 mnkr jämfört med budget på 5,0 mnkr" compares two different things.
3. Context: a sentence without any cue, or one that points back ("Den
   uppgick till 2 mnkr"), takes the role of the sentence or heading before it
   ("Så fördelades pengarna. Bromma fick ...").
4. The section ("Sökt belopp"), else `annat`.

`decide` returns the role with where it came from (`role_source`: cue,
clause, context, section or default), so a reader can see how sure it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bilagor.extractor.record import ROLE_SOURCES  # noqa: F401  (Decision.source is one of them)

from bilagor.extractor.entities.money import find_money, parse_amount
from bilagor.extractor.entities.role_cues import (  # noqa: F401  (COPULA ... re-exported for tests)
    ATTACHED_AFTER,
    ATTACHED_BEFORE,
    COPULA,
    CUES,
    DEVIATION,
    FRAME,
    GOVERN,
    NEUTRAL,
    NOUN,
    NOUN_CUE_RE,
    Cue,
    W,
    find_cues,
)
from bilagor.extractor.entities.role_abbreviations import expand_abbreviations, expand_text
from bilagor.extractor.entities.role_attached import attached_role, per_unit
from bilagor.extractor.entities.role_clauses import _BOUNDARY_RE, _mask, split_clauses  # noqa: F401  (for tests)
from bilagor.extractor.entities.role_columns import column_role
from bilagor.extractor.entities.role_damages import damages_for_one_case
from bilagor.extractor.entities.role_item_costs import part_sent_out_of_sum, single_item_cost
from bilagor.extractor.entities.role_owner_shares import owner_share_role
from bilagor.extractor.entities.role_other_kinds import (
    distributed_pot,
    investments_beside_result,
    received_of_another_kind,
)
from bilagor.extractor.entities.role_cost_lines import cost_line, with_unit
from bilagor.extractor.entities.role_context import WORD_RE, context_role, previous_sentence
from bilagor.extractor.entities.role_periods import (
    DATED_ROLES,
    changed_from,
    changed_from_level,
    changed_later,
    changed_later_to,
    changed_by,
    changed_to_role,
    earlier_beside_current,
    earlier_forecast,
    estimate_beside_actual,
    future_level_role,
    of_earlier_period,
    next_period_line,
    of_other_year,
    overtaken_forecast,
    since_earlier_year,
    superseded_plan,
)
from bilagor.extractor.entities.role_details import ECONOMY_SECTION
from bilagor.extractor.entities.role_pairs import compared_pair_roles, paired_role, share_pair_role
from bilagor.extractor.entities.role_follow_up import (
    came_on_top,
    computed_product,
    explains_overrun,
    not_yet_paid,
    paid_product,
    person_paid,
    product_of_unit_price,
    spent_after_plan,
    running_cost_paid_once,
    running_cost_product,
)
from bilagor.extractor.entities.role_funders import funder_role
from bilagor.extractor.entities.role_proposed_share import proposed_city_share
from bilagor.extractor.entities.role_kept_out import kept_out_of_accounts
from bilagor.extractor.entities.role_own_money import own_money
from bilagor.extractor.entities.role_running import running_cost, saving_against_plan, saving_not_deviation
from bilagor.extractor.entities.role_tense import ended_verb, ends_in_present, opens_with_role_noun
from bilagor.extractor.entities.role_sentence import in_sentence, product_cue
from bilagor.extractor.entities.role_parts import (
    from_co_funder,
    other_funder,
    owned_whole_role,
    share_of_owned_whole,
    part_or_whole,
    part_role,
    bracket_role,
    summed_parts,
    taken_out_of_figure,
    whole_role,
)
from bilagor.extractor.entities.role_stage import (
    earlier_project_spent,
    earlier_project_year,
    follow_up_sections,
    committed,
    decided_calculation,
    earlier_calculation,
    insurance_money,
    is_application,
    is_form_section,
    forecast_clause,
    result_of_whole_body,
    spent_already,
    tender_price,
    work_to_come,
)


# "…, det vill säga 2,7 mnkr": the amount restates the sentence's subject.
# "…, eller 8,2 mnkr", "…, motsvarande 18,8 mnkr" after a share restate it too.
_RESTATES_RE = re.compile(
    r"(?:(?<![\wåäö])(?:det\s+vill\s+säga|dvs\.?|d\.v\.s\.|alltså)|,\s*(?:eller|motsvarande))\s+$", re.IGNORECASE
)
# "41 procent av budget": the base of a share is not the sentence's subject.
_SHARE_BASE_RE = re.compile(r"procent\s+av\s+(?:(?:den|det|de)\s+)?(?:[\wåäö]+\s+)?$", re.IGNORECASE)

# A sentence that points back to the one before it.
_POINTS_BACK_RE = re.compile(r"^\s*(?:den|det|de|dessa|denna|beloppet|summan|siffran)(?![\wåäö])", re.IGNORECASE)
# Section keys whose amounts have a role even without a cue word.
SECTION_ROLES = (
    ("sokt", "sokt"),
    ("beviljat", "beviljat"),
    ("budget", "budget"),
    ("kalkyl", "budget"),
    ("kostnadsberakning", "budget"),  # an application's cost lines are its estimate
)


@dataclass(frozen=True)
class Decision:
    role: str
    source: str  # one of ROLE_SOURCES


def restated_role(text: str, span: tuple[int, int]) -> str | None:
    """The role of an amount that restates the sentence's subject ("Utfallet
    blev 90 procent av budgeten, alltså 2,7 mnkr"), unless words after it in
    its clause name it themselves ("det vill säga 0,5 mnkr under budget")."""
    start, end = span
    if not _RESTATES_RE.search(text, 0, start):
        return None
    cues = [c for c in find_cues(text) if not _SHARE_BASE_RE.search(text, 0, c.start)]
    clause_end = next((m.start() for m in _BOUNDARY_RE.finditer(text, end)), len(text))
    if any(end <= c.start < clause_end for c in cues):
        return None
    # "… och av dem användes alltså 4,9 mnkr": an "alltså" inside a clause with its own verb restates nothing
    clause_start = max((m.end() for m in _BOUNDARY_RE.finditer(text, 0, start)), default=0)
    if any(clause_start <= c.start < start and c.rank >= FRAME for c in cues):
        return None
    # "Varje bänk kostade X, alltså Y för alla": a product of the unit price, which its verb names
    subject = (product_cue(text, cues[0]) or cues[0]) if cues else None
    return subject.role if subject and subject.end <= start else None


def section_role(section_key: str | None) -> str | None:
    key = (section_key or "").lower()
    return next((role for part, role in SECTION_ROLES if part in key), None)


def decide(
    sentence: str,
    span: tuple[int, int],
    amount_spans: list[tuple[int, int]] | None = None,
    section_key: str | None = None,
    prior_year: bool = False,
    context: str | None = None,
    role_decision: str = "rules",
) -> Decision:
    """The role of the amount at `span` (offsets into `sentence`) and why.

    amount_spans: every amount in the sentence (for masking); prior_year: the
    amount is a bracketed previous-year figure, which is never summed;
    context: the text before the sentence (earlier sentences, a heading);
    role_decision: "rules" (these rules), or "model": the learned decision may override them
    (role_model; the extractor's default is options.DEFAULT_ROLE_DECISION).
    """
    if role_decision != "rules":
        if role_decision != "model":
            raise ValueError(f"role_decision must be 'rules' or 'model', not {role_decision!r}")
        from bilagor.extractor.entities.role_model import reconsider  # the weights are read only when asked for

        rules = decide(sentence, span, amount_spans, section_key, prior_year, context)
        return reconsider(rules, sentence, span, list(amount_spans or [span]), section_key, context, prior_year)
    if prior_year:
        return Decision("annat", "cue")
    # "Bev. bel. 40 000 kr": abbreviated labels read as their words
    sentence, moved = expand_abbreviations(sentence, list(amount_spans or [span]) + [span])
    span, spans = moved[-1], tuple(moved[:-1])
    context = expand_text(context)
    text = _mask(sentence, spans)
    alone = _decide_alone(text, span, spans, section_key, context)
    if alone.source == "section" and section_key == ECONOMY_SECTION and not with_unit(sentence[span[0] : span[1]]):
        alone = Decision("annat", "default")  # a bare figure is no cost line (the masked text hid its unit)
    owner_role = owner_share_role(text, span, spans) if section_key is not None else None
    if owner_role == "annat" or (owner_role is not None and section_key in follow_up_sections()):
        # "Familjebostäders del X": another party's share; "varav nämndens del X och Y:s del Z": the grant
        return Decision(owner_role, "clause")
    if alone.role in ("budget", "beviljat", "utfall") and kept_out_of_accounts(text, *span):
        return Decision("annat", "clause")  # "…kostade X; den belastar inte nämndens bidrag": beside the accounts
    if alone.role == "avvikelse" and saving_not_deviation(
        text, span, _value_at(sentence, span), _figures(sentence, span, context)
    ):
        alone = Decision("annat", "clause")  # a yearly saving or a body's cut, not the project's deviation
    elif alone.role in ("budget", "utfall") and saving_against_plan(text, span):
        alone = Decision("avvikelse", "clause")  # "Besparingen mot budget blev X": the budget is what it is set against
    if alone.role != "annat" and section_key is None and damages_for_one_case(text, span, context):
        return Decision("annat", "clause")  # "betalat X i skadestånd till en familj": one claim settled, no spending
    if alone.role != "annat" and section_key is None and received_of_another_kind(text, span):
        return Decision("annat", "clause")  # "en gåva på X", "X i utdelning", "ett lån på X": no grant, no spending
    if alone.role != "annat" and section_key is None and distributed_pot(text, span):
        return Decision("annat", "clause")  # "Boverket fördelar totalt X": the round's whole pot, no one's grant
    if alone.role == "utfall" and section_key is None and investments_beside_result(text, span, context):
        return Decision("annat", "clause")  # "… ett resultat på X. Investeringarna uppgick till Y.": not the outcome
    if alone.role == "utfall" and single_item_cost(text, span, section_key):
        return Decision("annat", "clause")  # "Blästringen kostade X extra": one item explaining the deviation
    if (
        alone.role == "utfall"
        and section_key in follow_up_sections()
        and part_sent_out_of_sum(text, span, previous_sentence(context, 2))
    ):
        return Decision("annat", "clause")  # "Av detta gick X till ny el": a part of the sum named before
    if alone.role in ("budget", "beviljat", "prognos") and changed_later(text, span):
        return Decision("annat", "clause")  # "Budgeten var först X men höjdes i juni till Y": superseded
    changed_to = changed_later_to(text, span) if alone.role not in ("budget", "beviljat") else None
    if changed_to is not None:
        return Decision(changed_to, "clause")  # "… men höjdes i juni till Y": the plan now
    if alone.role != "annat" and changed_from_level(text, span):
        return Decision("annat", "clause")  # "höjde bidraget från X till Y": the level it was changed from
    if alone.role != "sokt" and _outside_follow_up(section_key) and proposed_city_share(text, span, spans):
        return Decision("sokt", "clause")  # "varav trygghetsmedlen föreslås bekosta X": what is asked for
    if alone.role != "annat" and span in _parts_of_totals(sentence, text, spans, section_key, context):
        return Decision("annat", "clause")
    share = share_pair_role(text, span, spans, alone.role, alone.source != "default")
    if share is not None and share != alone.role and attached_role(text, *span) is None:
        return Decision(share, "clause")
    neighbours = [s for s in sorted(spans) if s != span and abs(_gap(s, span)) < _PAIR_GAP]
    if not neighbours:
        return alone
    # Each neighbour's own role comes from the cache when it was (or will be) decided itself.
    own = {s: _decide_alone(text, s, spans, section_key, context).role for s in neighbours}
    own[span] = alone.role
    changed = compared_pair_roles(text, sorted(own), own)
    # "ett underskridande på X jämfört med beviljade Y": a word bound to the amount outranks the pair
    if span not in changed or attached_role(text, *span) is not None:
        return alone
    return Decision(changed[span], "clause")


def _outside_follow_up(section_key: str | None) -> bool:
    """A form's section that is no follow-up's: an application's, or one a kind does not name."""
    return (
        section_key is not None
        and section_key not in follow_up_sections()
        and not section_key.startswith("uppfoljning:")
    )


@lru_cache(maxsize=16)
def _parts_of_totals(
    sentence: str, text: str, spans: tuple[tuple[int, int], ...], section_key: str | None, context: str | None
) -> frozenset[tuple[int, int]]:
    """The amounts of the sentence that are parts of a total beside them (`summed_parts`).
    Cached: the same for every amount of the sentence, and the subsets tried grow fast with
    its amounts (a list of 24 district grants took seconds when found once per amount)."""
    if len(spans) < 3 or not any(WORD_RE.search(sentence, a[1], b[0]) for a, b in zip(spans, spans[1:])):
        return frozenset()  # a row of bare figures ("Kostnader (tkr): 450 300 120 …") adds up by chance
    # read in the sentence, so a bare figure after an amount in kronor ("… 140 000 kronor: 90 000 till lön")
    # has its value too; alone, its text is no amount
    in_sentence = {(m.start, m.end): m.sek for m in find_money(sentence)}
    parsed = {s: parse_amount(sentence[s[0] : s[1]]) for s in spans if s not in in_sentence}
    values = {s: in_sentence[s] for s in spans if s in in_sentence}
    values.update({s: p[0] for s, p in parsed.items() if p is not None})
    roles = {s: _decide_alone(text, s, spans, section_key, context).role for s in values}
    return frozenset(summed_parts(values, roles))


def _value_at(sentence: str, span: tuple[int, int]) -> int | None:
    parsed = parse_amount(sentence[span[0] : span[1]])
    return parsed[0] if parsed is not None else None


def _figures(sentence: str, span: tuple[int, int], context: str | None) -> list[int]:
    """The other amounts of the sentence and of the text before it (their sizes)."""
    found = [m for m in find_money(context or "")] + [m for m in find_money(sentence) if (m.start, m.end) != span]
    return [abs(m.sek) for m in found]


_PAIR_GAP = 40  # characters between two amounts that can be a compared pair ("A, att jämföra med budgeterade B")


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]


# Words that end the clause a forecast noun is the subject of.
_CLAUSE_END_RE = re.compile(r"[,;:.]|(?<![\wåäö])(?:och|samt|men|medan)(?![\wåäö])", re.IGNORECASE)


def _governed_by_forecast(text: str, start: int) -> bool:
    """A forecast frame before the amount ("beräknar att bygget blir klart till en kostnad av X"), or a
    forecast noun that is the subject of the amount's clause ("Prognosen visar ett utfall på X")."""
    for c in find_cues(text[:start]):
        if c.role != "prognos" or c.end > start:
            continue
        if c.rank == GOVERN:
            return True
        if NOUN_CUE_RE.search(text, c.start, c.end) and not _CLAUSE_END_RE.search(text, c.end, start):
            return True
    return False


def _framed_as_forecast(text: str, start: int) -> bool:
    """A forecast frame or verb before the amount in its clause ("räknar med ett underskott på X")."""
    return any(
        c.role == "prognos" and c.rank >= FRAME and not _CLAUSE_END_RE.search(text, c.end, start)
        for c in find_cues(text[:start])
    )


@lru_cache(maxsize=64)  # the amounts of the sentences at hand (see role_cues._cues)
def _decide_alone(
    text: str,
    span: tuple[int, int],
    spans: tuple[tuple[int, int], ...],
    section_key: str | None,
    context: str | None,
) -> Decision:
    """The role of one amount in its (masked) sentence, without its compared neighbour.
    Cached: an amount beside a compared neighbour is decided once, not once per neighbour."""
    funded = funder_role(text, span, spans, is_application(section_key)) if is_form_section(section_key) else None
    # a prior year's figure in brackets is final, unless a payer names the bracket ("av nämnden (X) och
    # Stiftelsen Y (Z)"); one a noun names is among the words bound to the amount
    if (funded is None and bracket_role(text, span, spans) == "annat") or from_co_funder(text, span[1]):
        return Decision("annat", "cue")
    if own_money(text, span):
        return Decision("annat", "cue")  # "X ur föreningens egen kassa", "föräldrarna betalade själva X"
    if running_cost(text, span, spans):
        return Decision("annat", "clause")
    attached = attached_role(text, *span)
    decision = _read_role(text, span, spans, section_key, context, attached)
    if section_key in follow_up_sections():
        decision = _in_follow_up(text, span, spans, section_key, context, decision)
    if decision.role == "beviljat" and insurance_money(text):
        return Decision("annat", "clause")  # "fått X från försäkringsbolaget": a compensation, no grant
    if (
        decision.role in ("beviljat", "sokt")
        and is_form_section(section_key)
        and other_funder(text, span, spans, is_application(section_key))
    ):
        return Decision("annat", "clause")
    if funded is not None:
        # "Stadsdelsnämnden beviljade 40 000 kr, Allmänna arvsfonden 12 000 kr": whose money it is decides
        return decision if funded == decision.role else Decision(funded, "clause")
    if decision.role in ("budget", "beviljat", "utfall", "prognos") and taken_out_of_figure(text, span[0]):
        return Decision("annat", "clause")  # a part beside its whole counts twice (README: "varav" parts)
    if decision.role == "avvikelse" and result_of_whole_body(text, *span, previous_sentence(context)):
        # read on: a result can be of an earlier year too; one a forecast frame governs is the body's forecast
        # ("Kommunen räknar med ett underskott på X för helåret"; a committee's forecast deficit stays a deviation)
        forecast = _framed_as_forecast(text, span[0]) or forecast_clause(text, span[0])
        decision = Decision("prognos" if forecast else "utfall", "clause")
    frame = part_or_whole(text, span, spans) if attached is None else None
    if frame == "part" and decision.role == "utfall" and share_of_owned_whole(text, spans):
        role = "annat"
    elif frame == "part":
        role = part_role(text, decision.role, span[1])
    elif frame == "whole":
        parts = [_decide_alone(text, s, spans, section_key, context).role for s in spans if s[0] > span[0]]
        # "Vi har inte använt hela budgeten. Av 95 000 kr återstår …": the verb is the parts'; the whole
        # is the thing named before ("budgeten"), if anything is
        role = (
            whole_role(text, parts)
            or owned_whole_role(text, span[0])
            or context_role(context, points_back=True)
            or decision.role
        )
    elif decision.role in ("utfall", "beviljat") and since_earlier_year(text, decision.role, context):
        # "Utfallet för 2023 blev X. Sedan 2019 har Y investerats": a sum over earlier years beside this year's
        role = "annat"
    elif decision.role in DATED_ROLES and of_earlier_period(text, span):
        # in a form every figure is one project's; elsewhere an earlier figure is annat only beside
        # the current one ("Nämnden har anslagit 2,6 mnkr. Förra året anslogs 2,2 mnkr.")
        if earlier_beside_current(text, spans, decision.role, context, section_key is not None):
            role = "annat"
        else:
            return decision
    elif (
        decision.role in DATED_ROLES
        and decision.role != "prognos"
        and (
            of_other_year(text, span, previous_sentence(context, 2), is_application(section_key))
            or (
                section_key in follow_up_sections()
                and next_period_line(text, span, decision.role, previous_sentence(context, 2))
            )
        )
    ):
        # a forecast names the year it is for ("Kvarstående arbeten … utförs under 2024")
        role = "annat"
    elif decision.role == "utfall" and is_application(section_key) and earlier_project_spent(text, span[0]):
        role = "annat"
    elif decision.role in ("beviljat", "utfall") and is_application(section_key) and earlier_project_year(text, span):
        role = "annat"  # "År 1 beviljades X": the project's earlier year, the application is for a later one
    elif decision.role == "annat" and is_application(section_key) and decision.source != "cue" and tender_price(text):
        role = "budget"
    elif decision.role in ("prognos", "utfall") and is_application(section_key) and not spent_already(text):
        # nothing is spent yet when an application states or estimates a cost
        role = "budget"
    elif (
        decision.role == "prognos" and section_key in follow_up_sections() and estimate_beside_actual(text, span, spans)
    ):
        role = "budget"  # "beräknad kostnad X, verklig kostnad Y": the plan the outcome is set against
    elif (
        decision.role == "prognos"
        and section_key not in follow_up_sections()
        and decided_calculation(text, previous_sentence(context, 2), public=section_key is None)
    ):
        # in a follow-up the money was given before the work: what is still calculated is a forecast
        role = "budget"
    elif decision.role == "utfall" and attached is None and committed(text, span[0]):
        role = "budget"
    elif decision.role == "budget" and section_key is None and earlier_calculation(text, context):
        role = "annat"  # the calculation a new one replaced
    elif decision.role in ("budget", "beviljat") and (
        superseded_plan(text, span, context) or changed_from(text, span) or changed_by(text, span)
    ):
        role = "annat"
    elif decision.role in ("avvikelse", "prognos") and (
        earlier_forecast(text, span, context) or overtaken_forecast(text, span)
    ):
        role = "annat"
    elif decision.role == "utfall" and work_to_come(text, span):
        role = "budget"
    elif decision.role == "utfall" and ends_in_present(text, span):
        role = "prognos"  # "slutkostnaden landar runt X": where the cost is heading
    else:
        return decision
    return decision if role == decision.role else Decision(role, "clause")


def _in_follow_up(
    text: str,
    span: tuple[int, int],
    spans: tuple[tuple[int, int], ...],
    section_key: str | None,
    context: str | None,
    decision: Decision,
) -> Decision:
    """What a figure of a follow-up is where its words would make it a plan or a running cost elsewhere, or where
    it explains an overrun (`role_follow_up`)."""
    if decision.role == "budget" and product_of_unit_price(text, span, spans):
        return Decision("utfall", "clause")
    if decision.role in ("utfall", "prognos") and not_yet_paid(text, span):
        return Decision("annat", "clause")  # "Beställt men ej fakturerat: X": bound, not yet spent
    if decision.role == "beviljat" and person_paid(text, span, spans):
        return Decision("utfall", "clause")  # "Kursledaren fick X": pay for the work, not money the project got
    if (
        decision.role == "annat"
        and decision.source != "default"
        and not per_unit(text, span)  # "Hallhyran var 900 kr per kväll": a rate, not the rent paid
        and running_cost_paid_once(text, span)
    ):
        return Decision("utfall", "clause")
    if decision.role == "annat" and section_key == ECONOMY_SECTION and running_cost_product(text, span, spans):
        # "Hallhyran var 900 kr per kväll …, alltså 9 000 kr": the rent paid over the project, a cost
        return Decision("utfall", "clause")
    if decision.role == "annat" and decision.source != "cue" and paid_product(text, span, spans):
        # "Ridskolan tog 240 kr per barn och gång, alltså 25 920 kr": the product takes its clause's verb, a cost paid,
        # not the rate's "per" (a product inside a total beside it is a part: `_parts_of_totals`)
        return Decision("utfall", "clause")
    if (
        section_key == ECONOMY_SECTION
        and decision.source == "context"
        and decision.role in ("budget", "beviljat")
        and find_money(previous_sentence(context))  # a heading with no figure ("Budget:") names the lines under it
        and spent_after_plan(text, span)
    ):
        # "Vi fick 14 000 kr. Det blev 12 800 kr.", "Budgeten var 30 000 kr. Studiohyra: 6 000 kr.": a plan's role
        # passes on to a figure with no word of its own, but in the answer on the outcome the figure after the plan
        # is what was spent (or a line of it; a line beside its total is a part: `_parts_of_totals`)
        return Decision("utfall", "context")
    others = len(spans) > 1 or bool(find_money(previous_sentence(context)))
    on_top = came_on_top(text, span)
    if decision.role == "utfall" and (explains_overrun(text, span, others) or on_top is False):
        return Decision("annat", "clause")
    if on_top and section_key == ECONOMY_SECTION and decision.source in ("context", "default"):
        return Decision("utfall", "clause")
    return decision


_PASSIVE_BEFORE_RE = re.compile(r"(?<![\wåäö])(?:har|hade)\s+(?:[\wåäö]+\s+){0,2}$", re.IGNORECASE)
# ... or of a perfect active with the amount as subject ("har 91 000 kr belastat projektet")
_PASSIVE_AFTER_RE = re.compile(r"\s+(?!att(?![\wåäö]))[\wåäö]+(?:ats|ts|its|tts|at|it|tt)(?![\wåäö])", re.IGNORECASE)


def _read_role(
    text: str,
    span: tuple[int, int],
    spans: tuple[tuple[int, int], ...],
    section_key: str | None,
    context: str | None,
    attached: str | None,
) -> Decision:
    """The role of one amount as its words, clause and context say, before asking
    whose figure it is (`_decide_alone`); `attached` is its `attached_role`."""
    start, end = span
    column = column_role(text, span)
    if column:
        return Decision(column, "clause")  # a table's total row: its column's header names it
    future = future_level_role(text, span)
    if future:
        return Decision(future, "clause")  # "Bidraget sänks från X till Y nästa år": a coming year's level
    if attached == "utfall" and _governed_by_forecast(text, start):
        # "Nämnden beräknar att bygget blir klart till en kostnad av X": the frame holds the cost.
        return Decision("prognos", "clause")
    if attached:
        return Decision(attached, "cue")
    changed = changed_to_role(text, span)
    if changed:
        return Decision(changed, "clause")
    paired = paired_role(text, span, spans)
    if paired:
        return Decision(paired, "clause")
    others = [s for s in spans if s != span]
    restated = restated_role(text, span)
    if restated:
        return Decision(restated, "clause")
    cue, source = in_sentence(text, start, end, others)
    if cue is None and _PASSIVE_BEFORE_RE.search(text, 0, start) and _PASSIVE_AFTER_RE.match(text, end):
        # "Till och med augusti har 412 000 kr bokförts på projektet": the amount is the subject of a
        # perfect passive, so something was done with it: spent, whatever the verb (known verbs are cues)
        return Decision("utfall", "clause")
    points_back = bool(_POINTS_BACK_RE.match(text))
    total = total_role(text, span, spans, section_key, context) if cue is None else None
    if total:
        # "Summa 39 480 kr" after cost lines: the form's figure, whatever grant the sentences before named
        return Decision(total, "section")
    if cue is not None and cue.rank == COPULA and points_back and ended_verb(text, cue.start):
        # "Dansdagen hade en budget på X. Den slutade på Y": the pronoun is the thing that ended, unless the
        # sentence before is about a budget or forecast itself
        points_back = opens_with_role_noun(previous_sentence(context))
    if (
        cue is None
        and section_key == ECONOMY_SECTION
        and all(cost_line(text, s) for s in {span, *spans})
        and find_money(previous_sentence(context))
    ):
        # "Sökt 24 000 kr, beviljat 20 000 kr. Tyg för 11 600 kr": a sentence with money of its own heads no list,
        # so a sentence of cost lines after it is what the money paid for, not more of that sentence's figures
        return Decision("utfall", "section")
    if cue is None and is_form_section(section_key) and computed_product(text, span, spans):
        # "Beviljat 40 000 kr. Cyklar 8 × 3 900 kr = 31 200 kr": a cost line's product, not more of the grant
        by_section = section_role(section_key) or ("utfall" if section_key == ECONOMY_SECTION else None)
        if by_section:
            return Decision(by_section, "section")
    if cue is None or (cue.rank == COPULA and points_back):
        earlier = context_role(context, "noun" if cue is not None else points_back)
        if earlier:
            return Decision(earlier, "context")
    if cue is not None:
        return Decision(cue.role, source)
    by_section = section_role(section_key)
    if by_section:
        return Decision(by_section, "section")
    if section_key == ECONOMY_SECTION and cost_line(text, span):
        return Decision("utfall", "section")  # "T-shirts 5 640 kr": what the follow-up's money paid for
    return Decision("annat", "default")


# "Lokalhyra 14 500 kr, fika 3 200 kr. Summa 24 500 kr": a total label opening its line or clause.
_TOTAL_LABEL_RE = re.compile(r"(?:^|[.:;,/|]\s*|\n)\s*(?:summa|totalt?|sammanlagt|slutsumma)\s*:?\s*$", re.IGNORECASE)


def total_role(
    text: str, span: tuple[int, int], spans: tuple[tuple[int, int], ...], section_key: str | None, context: str | None
) -> str | None:
    """A total after its lines, with no word of its own, is the form's figure: the budget in an application,
    the outcome in a follow-up (its lines are the parts: `_parts_of_totals`)."""
    if not _TOTAL_LABEL_RE.search(text, 0, span[0]):
        return None
    if not any(s[1] <= span[0] for s in spans) and not re.search(r"\d", context or ""):
        return None  # a total with no lines before it is a bare figure
    if is_application(section_key):
        return "budget"
    return "utfall" if section_key in follow_up_sections() else None


def classify(
    sentence: str,
    span: tuple[int, int],
    amount_spans: list[tuple[int, int]] | None = None,
    section_key: str | None = None,
    prior_year: bool = False,
    context: str | None = None,
) -> str:
    """The role only; see `decide`."""
    return decide(sentence, span, amount_spans, section_key, prior_year, context).role
