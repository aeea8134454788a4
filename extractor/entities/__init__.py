"""Money amounts and organisations in a report's section texts.

Importing this package is cheap: spaCy is imported by `pipeline`, which the
functions below import only when called (the search command never does).
Rules: `money` (amount parsing), `roles` (what an amount is), `organisations`
(gazetteer and name rules); `pipeline` wires them into spaCy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bilagor.extractor.record import Amount, Organisation, Report

if TYPE_CHECKING:  # for the type only: the search path imports this package
    from bilagor.extractor.entities.money import MoneyMatch

# Section keys whose whole value is an amount, so a bare "220 000" is money.
AMOUNT_FIELDS = ("sokt_belopp", "beviljat_belopp", "belopp")
CONTEXT_CHARS = 600  # how much text before a sentence is read as its context


def _doc(text: str, bare_numbers: bool = False):
    from bilagor.extractor.entities.pipeline import BARE_NUMBERS_KEY, build_pipeline

    nlp = build_pipeline()
    doc = nlp.make_doc(text)
    doc.user_data[BARE_NUMBERS_KEY] = bare_numbers
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


@dataclass(frozen=True)
class RoleInput:
    """What the role decision reads of one money span: its sentence, the span and every amount's span in
    that sentence (offsets in the sentence), and the text before the sentence (earlier sentences, a
    heading), which can name the role."""

    match: MoneyMatch  # the span's money match (pipeline MONEY_SPANS, `span._.money`)
    sentence: str
    span: tuple[int, int]
    amount_spans: tuple[tuple[int, int], ...]
    context: str

    def amount(self, decision, section_key: str | None, page: int | None) -> Amount:
        """The record's amount for this span with the role `decision` gave it (roles.decide's or the learned
        decision's); also what bench/train_role_model.py scores, so that training sees the record's amounts."""
        match = self.match
        return Amount(
            " ".join(match.text.split()),
            match.sek,
            match.approx,
            decision.role,
            section_key,
            page,
            " ".join(self.sentence.split()),
            role_source=decision.source,
            high=match.high,
            # the learned decision's probability, where it overrode the rules (role_model.ModelDecision)
            role_probability=getattr(decision, "probability", None),
        )


def role_inputs(doc) -> list[RoleInput]:
    """The role decision's inputs for each money span of `doc` (as `_doc` makes it), in order; also what
    bench/train_role_model.py trains on, so that training reads amounts as the extractor does."""
    from bilagor.extractor.entities.pipeline import MONEY_SPANS

    spans = list(doc.spans[MONEY_SPANS])
    inputs = []
    for span in spans:
        sent, base, match = span.sent, span.sent.start_char, span._.money
        inputs.append(
            RoleInput(
                match,
                sent.text,
                (match.start - base, match.end - base),
                tuple((s._.money.start - base, s._.money.end - base) for s in spans if s.sent.start == sent.start),
                doc.text[max(0, base - CONTEXT_CHARS) : base],
            )
        )
    return inputs


def _amounts(
    doc, section_key: str | None, page: int | None, form_kind: str | None = None, role_decision: str | None = None
) -> list[Amount]:
    return _answers([(doc, section_key, page)], form_kind, role_decision)[0][0]


def _answers(
    answers: Sequence[tuple[object, str | None, int | None]],
    form_kind: str | None = None,
    role_decision: str | None = None,
) -> list[tuple[list[Amount], list[dict[str, float] | None]]]:
    """The amounts of each answer of one report (its doc, section key and page) and, with the learned
    decision, the model's probabilities of every role for each (None: the rules decided alone). The rules
    decide every answer first, so that the model reads each amount with the rules' roles of its answer's and
    its report's other amounts."""
    from bilagor.extractor.entities.role_stage import role_section
    from bilagor.extractor.entities.roles import decide
    from bilagor.extractor.options import DEFAULT_ROLE_DECISION

    role_decision = role_decision or DEFAULT_ROLE_DECISION
    if role_decision not in ("rules", "model"):
        raise ValueError(f"role_decision must be 'rules' or 'model', not {role_decision!r}")
    read = []
    for doc, section_key, _ in answers:
        # the rules read a section both forms have as the report's kind's ("finansiering" of an application)
        role_key = role_section(section_key, form_kind)
        inputs = role_inputs(doc)
        decisions = [
            decide(one.sentence, one.span, list(one.amount_spans), role_key, one.match.prior_year, context=one.context)
            for one in inputs
        ]
        read.append((inputs, read_as_passage(inputs, decisions, role_key, getattr(doc, "text", "")), role_key))
    all_probs: list[list[dict[str, float] | None]] = [[None] * len(inputs) for inputs, _, _ in read]
    if role_decision == "model":
        read, all_probs = _reconsidered(read, form_kind)
    out = []
    for (_, section_key, page), (inputs, decisions, _), probs in zip(answers, read, all_probs):
        out.append(([one.amount(decision, section_key, page) for one, decision in zip(inputs, decisions)], probs))
    return out


def _plain_value(match) -> int | None:
    """A money match's single value in kronor; a range or a match without one takes part in no arithmetic."""
    return match.sek if isinstance(match.sek, int) and match.sek > 0 and match.high is None else None


def read_as_passage(inputs: list[RoleInput], decisions: list, section_key: str | None, text: str = "") -> list:
    """The rules' decisions of one answer after reading its amounts against each other (role_passage): a
    sentence after an amount's can say what it is. Whoever reads the rules' roles of an answer amount by amount
    (`decide` per `role_inputs`, as bench/train_role_model.py does) passes them through this to get the
    extractor's; `text`: the answer's whole text (its sentences without money too)."""
    from bilagor.extractor.entities.role_passage import PassageAmount, passage_roles
    from bilagor.extractor.entities.roles import Decision

    index: list[int] = []
    keys: dict[tuple[str, str], int] = {}
    for one in inputs:  # a sentence is one (text, text before) pair
        index.append(keys.setdefault((one.sentence, one.context), len(keys)))
    passage = [
        PassageAmount(i, one.sentence, one.span, one.amount_spans, d.role, d.source, _plain_value(one.match))
        for i, one, d in zip(index, inputs, decisions)
    ]
    roles = passage_roles(passage, section_key, text)
    return [d if role == d.role else Decision(role, "clause") for d, role in zip(decisions, roles)]


def _reconsidered(read: list, form_kind: str | None) -> tuple[list, list[list[dict[str, float] | None]]]:
    """The learned decision over a report's answers as the rules read them (inputs, decisions, role key):
    each answer's decisions and probabilities, every answer seeing the report's other answers."""
    from bilagor.extractor.entities.role_model import AnswerAmount, reconsider_answer, report_neighbours

    model_answers = [
        [
            AnswerAmount(
                one.sentence,
                one.span,
                list(one.amount_spans),
                role_key,
                one.context,
                one.match.prior_year,
                one.match.sek or 0,
                rules,
            )
            for one, rules in zip(inputs, decisions)
        ]
        for inputs, decisions, role_key in read
    ]
    whole = report_neighbours(model_answers)
    out, all_probs, first = [], [], 0
    for (inputs, _, role_key), answer in zip(read, model_answers):
        decisions, probs = reconsider_answer(answer, form_kind, report=(whole, first))
        out.append((inputs, decisions, role_key))
        all_probs.append(probs)
        first += len(answer)
    return out, all_probs


def find_amounts(
    text: str,
    section_key: str | None = None,
    page: int | None = None,
    form_kind: str | None = None,
    role_decision: str | None = None,
) -> list[Amount]:
    """Money amounts in one text, each with its role and sentence; form_kind: the report's (record.Report).

    role_decision: "rules" or "model" (ExtractOptions.role_decision); None: the default."""
    return _amounts(_doc(text, section_key in AMOUNT_FIELDS), section_key, page, form_kind, role_decision)


def _settled(
    amounts: list[Amount], probs: list[dict[str, float] | None], form_kind: str | None, role_decision: str | None
) -> list[Amount]:
    """A report's amounts after the report-level step: the roles its arithmetic settles (role_consistency),
    then, with the learned decision, its decision per follow-up report (role_model_report)."""
    from bilagor.extractor.entities.role_consistency import consistent_roles
    from bilagor.extractor.options import DEFAULT_ROLE_DECISION

    settled = consistent_roles(amounts)
    if (role_decision or DEFAULT_ROLE_DECISION) == "model":
        from bilagor.extractor.entities.role_model_report import report_decision

        settled = report_decision(settled, probs, form_kind)
    return _model_probabilities_kept(settled)


def report_amounts(
    answers: Iterable[tuple[str, str | None]], form_kind: str | None = None, role_decision: str | None = None
) -> list[list[Amount]]:
    """The amounts of each answer of a report given as its answers' texts and section keys, as the record
    holds them (`find_entities`' amounts without a PDF, the report-level step included: for scorers)."""
    answers_read = _answers(
        [(_doc(text, section_key in AMOUNT_FIELDS), section_key, None) for text, section_key in answers],
        form_kind,
        role_decision,
    )
    amounts = [a for found, _ in answers_read for a in found]
    probs = [p for _, found_probs in answers_read for p in found_probs]
    counts = [len(found) for found, _ in answers_read]
    settled = _settled(amounts, probs, form_kind, role_decision)
    starts = [sum(counts[:i]) for i in range(len(counts))]
    return [settled[start : start + count] for start, count in zip(starts, counts)]


def _with_defined_abbreviations(text: str, spans: list) -> list:
    """The organisation spans with the uses of the short forms the text defines ("Hemvist Fastigheter
    (HF) ... HF har"): a use the rules read otherwise, or not at all, stands for the defined body."""
    from bilagor.extractor.entities.organisation_abbreviations import abbreviation_uses

    uses, definitions = abbreviation_uses(text, spans)
    if not definitions:
        return spans
    kept = [s for s in spans if not any(u[0] <= s[0] and s[1] <= u[1] for u in [*uses, *definitions])]
    return sorted(kept + [u for u in uses if not any(s[0] < u[1] and u[0] < s[1] for s in kept)])


def _compound_spans(text: str, spans: list) -> list:
    """Bodies named as a hyphenated compound's first part ("Stokab-nätet") that no span covers yet."""
    from bilagor.extractor.entities.organisation_compounds import compound_mentions
    from bilagor.extractor.entities.organisations import one_word_forms

    found = compound_mentions(text, one_word_forms())
    return [c for c in found if not any(s[0] < c[1] and c[0] < s[1] for s in spans)]


def _short_form_spans(text: str, spans: list) -> list:
    """Bodies named by an official short form alone beside a cue ("RF har fördelat", "i samarbete med SV"), or by
    an initialism that spells one listed body ("TRV har ansvaret")."""
    from bilagor.extractor.entities.organisation_initialisms import initialism_forms
    from bilagor.extractor.entities.organisation_short_forms import short_form_mentions
    from bilagor.extractor.entities.organisations import listed_forms, short_forms

    forms = {**initialism_forms(text, listed_forms()), **short_forms()}
    return short_form_mentions(text, forms, [(s[0], s[1]) for s in spans])


def _organisation_mentions(doc, year: int | None, model: str | None) -> list[tuple[str, str, str]]:
    from bilagor.extractor.entities.organisation_cued_names import cued_names
    from bilagor.extractor.entities.organisation_departments import without_departments
    from bilagor.extractor.entities.organisation_lists import listed_names
    from bilagor.extractor.entities.organisations import MODEL_ID, canonicalise
    from bilagor.extractor.entities.pipeline import load_model, model_name

    spans = []
    for ent in doc.ents:
        after = doc.text[ent.end_char : ent.end_char + 40]
        resolved = canonicalise(
            ent.text, ent.ent_id_, year, after, doc.text[max(0, ent.start_char - 40) : ent.start_char]
        )
        if resolved:
            spans.append((ent.start_char, ent.end_char, *resolved))
    spans = _with_defined_abbreviations(doc.text, spans)
    spans = without_departments(doc.text, spans + _compound_spans(doc.text, spans))
    # A short form taken by its cue alone lists no other name ("Skolan och UF har ordnat"): it is found after
    # the list rule has read the spans, and a listed name it covers is its own.
    short = _short_form_spans(doc.text, spans)
    # Bare names a cue makes bodies come before the list rule, so that a list may go on from them.
    cued = [(s, e, n, "annan") for s, e, n in cued_names(doc.text, [(s, e) for s, e, *_ in spans + short])]
    listed = [
        (s, e, n, "annan")
        for s, e, n in listed_names(doc.text, [(s, e) for s, e, *_ in spans + cued])
        if not any(u[0] < e and s < u[1] for u in short + cued)
    ]
    spans = sorted(spans + short + cued + listed)
    found = [(name, kind, doc.text[start:end]) for start, end, name, kind in spans]
    name = model_name(model)
    trained = load_model(name) if name else None
    if trained is not None:
        taken = [(e.start_char, e.end_char) for e in doc.ents]
        for ent in trained(doc.text).ents:
            if ent.label_ in ("ORG", "ORGANIZATION") and not any(
                ent.start_char < e and s < ent.end_char for s, e in taken
            ):
                resolved = canonicalise(ent.text, MODEL_ID, year)
                if resolved:
                    found.append((*resolved, ent.text))
    return found


def find_organisations(
    texts: str | Iterable[str], year: int | None = None, model: str | None = None
) -> list[Organisation]:
    """Organisations named in the texts, merged under canonical names.

    year: the report's year, for naming a district committee after mergers.
    model: an installed trained spaCy model (or env BILAGOR_SPACY_MODEL) whose
    NER adds ORG candidates; missing -> a warning, rules only.
    """
    from bilagor.extractor.entities.organisations import aggregate
    from bilagor.extractor.text import join_lines

    if isinstance(texts, str):
        texts = [texts]
    found = []
    for text in texts:
        # Raw text may break a name over a line ("Integritetsskydds-\nmyndigheten", "Stockholm\nExergi"):
        # read it joined, as the extractor joins a section's lines.
        found += _organisation_mentions(_doc(join_lines(text.splitlines()) if "\n" in text else text), year, model)
    return aggregate(found)


def find_entities(
    report: Report, model: str | None = None, role_decision: str | None = None
) -> tuple[list[Amount], list[Organisation]]:
    """Amounts (with section and page) and organisations of a report's sections (role_decision: as
    `find_amounts`)."""
    from bilagor.extractor.entities.organisations import aggregate

    mentions = []
    answers = []
    for section in report.sections:
        if section.label:
            # A label may have swallowed its answer ("Sökande nämnd Farsta stadsdelsnämnd");
            # the template's own wording names no organisation.
            mentions += _organisation_mentions(_doc(section.label), report.year, model)
        if not section.text:
            continue
        doc = _doc(section.text, section.key in AMOUNT_FIELDS)
        answers.append((doc, section.key, section.page))
        mentions += _organisation_mentions(doc, report.year, model)
    answers_read = _answers(answers, report.form_kind, role_decision)
    amounts = [a for found, _ in answers_read for a in found]
    probs = [p for _, found_probs in answers_read for p in found_probs]
    # The report's amounts constrain each other (a deviation is the difference of its budget and
    # outcome, parts add up to their total): settled once all of them have their roles.
    return _settled(amounts, probs, report.form_kind, role_decision), aggregate(mentions)


def _model_probabilities_kept(amounts: list[Amount]) -> list[Amount]:
    """The model's probability only where the role is still the model's, per amount or per report (the
    report step may change it)."""
    from dataclasses import replace

    kept = ("model", "report")
    return [
        replace(a, role_probability=None) if a.role_probability is not None and a.role_source not in kept else a
        for a in amounts
    ]


__all__ = ["AMOUNT_FIELDS", "find_amounts", "find_entities", "find_organisations"]
