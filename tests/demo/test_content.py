"""The demo content, as data: what a reader of the demo would notice if it went wrong.

No database: these tests read `demo.content` directly. A lay reader (patient or caregiver)
must find the safety facts in their own wording, written at a reading grade they can manage;
every figure must sit beside a citation of the paper it comes from.
"""

import re

import pytest

from demo.content import ARTICLES, GLOSSARY
from demo.content import sources as source_module
from demo.schema import CITATION_KEYS, Source
from personalize.readability import grade

LAY = ("patient", "caregiver")
READERS = ("professional", *LAY)
EVIDENCE_KINDS = {"rct", "meta_analysis", "observational", "label", "guideline", "review"}
GRADE_LIMIT = 8

BY_SLUG = {article.slug: article for article in ARTICLES}
PUBLIC = [article for article in ARTICLES if article.stage in ("live", "in_review")]
KADCYLA = BY_SLUG["kadcyla-vs-herzuma"]
ENHERTU = BY_SLUG["enhertu-vs-kadcyla"]
SUBCUTANEOUS = BY_SLUG["subcutaneous-vs-intravenous-trastuzumab"]
FIRST, CORRECTED = KADCYLA.revisions


# --- Reading the Markdown as a reader meets it: blocks (paragraphs, list items), sentences ---

LIST_ITEM = re.compile(r"^(?:- |\d+\. )")
BOLD_LINE = re.compile(r"^\*\*[^*]+\*\*:?$")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z*])")


def blocks(text: str) -> list[tuple[str, str]]:
    """(context, block) pairs: each paragraph or list item, with the subheading it sits under.

    A subheading is a bold line ("**Kadcyla**") or a paragraph that opens in bold ("**Herzuma**
    is often used first."); it is the context of the blocks that follow it.
    """
    result: list[tuple[str, str]] = []
    state = {"context": ""}
    current: list[str] = []

    def flush():
        if not current:
            return
        block = " ".join(current)
        current.clear()
        result.append((state["context"], block))
        if block.startswith("**"):
            state["context"] = block

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif LIST_ITEM.match(line):
            flush()
            current.append(line)
        else:
            if BOLD_LINE.match(line):
                flush()
            current.append(line)
    flush()
    return result


def sentences(text: str) -> list[str]:
    # A citation after a full stop ("... dose. [@key]") stays with the sentence before it.
    return [s for _, block in blocks(text) for s in SENTENCE_END.split(block)]


def cited_keys(text: str) -> set[str]:
    return {
        key.strip().lstrip("@")
        for match in CITATION_KEYS.finditer(text)
        for key in match.group(1).split(",")
    }


def wording_texts(revision, reader: str) -> list[str]:
    return [part.wordings[reader].text for part in revision.parts if reader in part.wordings]


def all_texts(revision) -> list[str]:
    return [wording.text for part in revision.parts for wording in part.wordings.values()]


def latest(article):
    return article.revisions[-1]


def slug(article):
    return article.slug


# --- Safety content in every wording ---------------------------------------------------

PREGNANCY = re.compile(r"pregnan|unborn", re.IGNORECASE)
CONTRACEPTION = re.compile(r"birth control|contracepti", re.IGNORECASE)


@pytest.mark.parametrize("reader", LAY)
@pytest.mark.parametrize("article", PUBLIC, ids=slug)
def test_every_public_lay_wording_warns_of_pregnancy_with_the_contraception_period(
    article, reader
):
    # Kadcyla, Herzuma and Enhertu all carry the embryo-fetal boxed warning.
    text = "\n\n".join(wording_texts(latest(article), reader))
    assert PREGNANCY.search(text), f"{article.slug}: the {reader} never reads about pregnancy"
    contraception = [block for _, block in blocks(text) if CONTRACEPTION.search(block)]
    assert contraception, f"{article.slug}: the {reader} never reads about birth control"
    assert any("7 months" in block for block in contraception), (
        f"{article.slug}: the {reader} is not told to keep using birth control for 7 months"
    )
    if "Kadcyla" in article.drugs:
        assert any("4 months" in block for block in contraception), (
            f"{article.slug}: the {reader} misses Kadcyla's 4 months for male patients"
        )


HEART_CHECK = re.compile(r"heart (?:scan|check)|LVEF", re.IGNORECASE)


@pytest.mark.parametrize("reader", READERS)
def test_kadcyla_heart_scans_before_and_during_treatment_are_in_every_wording(reader):
    found = [
        block
        for text in wording_texts(CORRECTED, reader)
        for context, block in blocks(text)
        if HEART_CHECK.search(block) and "before" in block and "during" in block
        and re.search(r"Kadcyla|both drugs|either drug", context + block, re.IGNORECASE)
    ]
    assert found, f"the {reader} wording never says Kadcyla needs heart scans before and during"


@pytest.mark.parametrize("reader", READERS)
def test_herzuma_heart_checks_for_two_years_after_adjuvant_use_are_in_every_wording(reader):
    found = [
        block
        for text in wording_texts(CORRECTED, reader)
        for context, block in blocks(text)
        if "every 6 months" in block and "2 years" in block
        and re.search(r"Herzuma|trastuzumab", context + block)
    ]
    assert found, f"the {reader} wording lacks Herzuma's heart checks after adjuvant treatment"


@pytest.mark.parametrize("reader", LAY)
def test_every_lay_wording_names_the_three_look_alike_drugs(reader):
    text = "\n".join(wording_texts(CORRECTED, reader))
    for name in ("ado-trastuzumab emtansine", "trastuzumab", "fam-trastuzumab deruxtecan"):
        assert name in text, f"the {reader} wording does not name {name}"


@pytest.mark.parametrize("reader", READERS)
def test_kadcyla_after_surgery_is_only_after_neoadjuvant_taxane_and_trastuzumab(reader):
    # The parts that say what each drug is for: key points, the lead, indications.
    defining = CORRECTED.parts[:4]
    assert defining[3].professional.heading == "Indications and line of therapy"
    kadcyla_blocks = [
        block
        for part in defining
        for context, block in blocks(part.wordings[reader].text)
        if "Kadcyla" in context + block
    ]
    after_surgery = [
        b for b in kadcyla_blocks
        if re.search(r"after surgery|residual|(?:left|found) at surgery", b, re.IGNORECASE)
    ]
    assert after_surgery, f"the {reader} wording never says when Kadcyla is used after surgery"
    for block in after_surgery:
        assert re.search(r"before\s+surgery|neoadjuvant", block), block
    indications = [block for _, block in blocks(defining[3].wordings[reader].text)]
    assert any(
        "taxane" in b and "trastuzumab" in b and re.search(r"before\s+surgery|neoadjuvant", b)
        and re.search(r"after surgery|residual", b, re.IGNORECASE)
        for b in indications
    ), f"the {reader} indications do not name the taxane and trastuzumab given before surgery"


@pytest.mark.parametrize("reader", LAY)
def test_enhertu_lay_wordings_say_the_lung_disease_can_kill_and_must_be_reported_at_once(reader):
    text = "\n".join(wording_texts(latest(ENHERTU), reader))
    lung = [block for _, block in blocks(text) if re.search(r"lung", block)]
    assert any("fatal" in block for block in lung), f"{reader}: lung disease not said to be fatal"
    assert any(
        re.search(r"at once|right away|immediately", block) and re.search(r"cough|breath", block)
        for _, block in blocks(text)
    ), f"{reader}: not told to report a cough or breathlessness at once"
    assert not re.search(r"1 in 10\b", text), f"{reader}: the lung risk is understated as 1 in 10"


def test_destiny_breast03_is_not_described_as_a_second_line_trial():
    for text in all_texts(latest(ENHERTU)):
        assert not re.search(r"second[ -]line", text, re.IGNORECASE), text


def test_hannah_survival_is_called_similar_not_the_same():
    survival = [
        s for text in all_texts(latest(SUBCUTANEOUS)) for s in sentences(text)
        if "hannah-final" in cited_keys(s) and "survival" in s
    ]
    assert survival
    assert any("similar" in s for s in survival)
    assert not any(re.search(r"\bthe same\b", s) and "not" not in s for s in survival), survival


def test_the_draft_has_a_safety_section():
    headings = [part.professional.heading for part in latest(SUBCUTANEOUS).parts]
    assert "Safety" in headings


# --- Figures beside the citation of their source ---------------------------------------

# (article, figure as written in the professional text, the source it must be cited to)
FIGURES = [
    *[("kadcyla-vs-herzuma", figure, "db05") for figure in
      ("1,635", "6.2%", "12.5%", "HR 0.47", "92.4%", "83.7%", "9.6%")],
    *[("kadcyla-vs-herzuma", figure, "katherine-os") for figure in ("89.1%", "84.4%", "HR 0.66")],
    *[("kadcyla-vs-herzuma", figure, "db09") for figure in ("40.7", "26.9", "HR 0.56")],
    *[("kadcyla-vs-herzuma", figure, "db03-os") for figure in
      ("52.6", "42.7", "HR 0.73", "16.7%", "3.4%")],
    *[("kadcyla-vs-herzuma", figure, "db03") for figure in ("10.5%", "1.9%")],
    *[("enhertu-vs-kadcyla", figure, "db03-os") for figure in
      ("52.6", "42.7", "HR 0.73", "16.7%", "3.4%")],
    *[("enhertu-vs-kadcyla", figure, "db03") for figure in ("10.5%", "1.9%")],
    *[("enhertu-vs-kadcyla", figure, "db05") for figure in ("1,635", "HR 0.47", "92.4%")],
]


def figure_pattern(figure: str) -> re.Pattern:
    return re.compile(r"(?<![\d.,])" + re.escape(figure) + r"(?!\d)")


@pytest.mark.parametrize(("article_slug", "figure", "key"), FIGURES)
def test_each_new_figure_is_cited_to_its_own_source(article_slug, figure, key):
    pattern = figure_pattern(figure)
    holding = [
        s for text in all_texts(latest(BY_SLUG[article_slug])) for s in sentences(text)
        if pattern.search(s)
    ]
    assert holding, f"{figure} does not appear in {article_slug}"
    for sentence in holding:
        assert key in cited_keys(sentence), f"{figure} is not cited to [@{key}]: {sentence}"


# Label facts shared by several sources: some sentence must carry the right citation.
LABEL_FACTS = [
    ("contraception for 7 months", r"7 months", r"contracepti", "kadcyla-label"),
    ("contraception for 7 months", r"7 months", r"contracepti", "herzuma-label"),
    ("Kadcyla's 4 months for men", r"4 months", r"contracepti", "kadcyla-label"),
    ("heart checks after adjuvant use", r"every 6 months", r"2 years", "herzuma-label"),
    ("the 7-month anthracycline caution", r"7 months", r"anthracycline", "herzuma-smpc"),
    ("Herzuma's equivalence trial", r"CT-P6", r"equivalen", "ct-p6"),
    ("tucatinib in later lines", r"tucatinib", r"HER2CLIMB", "her2climb"),
]


@pytest.mark.parametrize(("fact", "first", "second", "key"), LABEL_FACTS, ids=lambda v: str(v))
def test_each_corrected_fact_is_cited_to_the_right_source(fact, first, second, key):
    assert any(
        re.search(first, s) and re.search(second, s) and key in cited_keys(s)
        for text in wording_texts(CORRECTED, "professional")
        for s in sentences(text)
    ), f"{fact} is not stated with a citation of [@{key}]"


def test_the_anthracycline_caution_is_cited_to_the_smpc_not_the_us_label():
    for text in all_texts(CORRECTED):
        for s in sentences(text):
            if "anthracycline" in s.lower() and "7 months" in s:
                keys = cited_keys(s)
                assert "herzuma-label" not in keys, s
                assert not keys or "herzuma-smpc" in keys, s


def test_the_pertuzumab_combination_is_never_cited_to_the_herzuma_label_alone():
    combination_keys = {"cleopatra-pfs", "cleopatra-os", "cleopatra-end", "db09", "marianne",
                        "her2climb"}
    for text in all_texts(CORRECTED):
        for s in sentences(text):
            keys = cited_keys(s)
            if "pertuzumab" in s and "herzuma-label" in keys:
                assert keys & combination_keys, s


# --- Reading grade -------------------------------------------------------------------------

LAY_WORDINGS = [
    pytest.param(
        wording.text,
        id=f"{article.slug}-r{number}-{position}-{reader}",
    )
    for article in ARTICLES
    for number, revision in enumerate(article.revisions, start=1)
    for position, part in enumerate(revision.numbered()[0])
    for reader, wording in part.wordings.items()
    if reader in LAY
]


@pytest.mark.parametrize("text", LAY_WORDINGS)
def test_every_lay_wording_reads_at_grade_8_or_below(text):
    # The numbered text, as the site stores it: the grade skips the [1] markers.
    assert grade(text) <= GRADE_LIMIT


def test_the_grade_check_can_fail():
    hard = (
        "Trastuzumab emtansine demonstrated statistically significant prolongation of "
        "progression-free survival, notwithstanding considerable heterogeneity."
    )
    assert grade(hard) > GRADE_LIMIT


# --- Shape: key points first, every reader worded, lay headings of their own ---------------


@pytest.mark.parametrize("article", PUBLIC, ids=slug)
def test_public_articles_open_with_key_points_for_every_reader(article):
    parts = latest(article).parts
    assert parts[0].kind == "key_points"
    assert [part.kind for part in parts[1:]].count("key_points") == 0
    box = parts[0]
    assert box.professional.heading == "Key points"
    for reader in READERS:
        wording = box.wordings.get(reader)
        assert wording is not None, f"no key points for the {reader}"
        bullets = [line for line in wording.text.splitlines() if line.startswith("- ")]
        assert 3 <= len(bullets) <= 5, f"{reader}: {len(bullets)} key points"
        assert cited_keys(wording.text), f"{reader}: key points cite nothing"
        if reader in LAY:
            assert wording.heading != "Key points"


@pytest.mark.parametrize("reader", LAY)
@pytest.mark.parametrize("article", PUBLIC, ids=slug)
def test_every_public_section_is_worded_for_lay_readers_under_plain_headings(article, reader):
    parts = latest(article).parts
    missing = [p.professional.heading for p in parts if reader not in p.wordings]
    assert not missing, f"{article.slug}: no {reader} wording for {missing}"
    own = [p for p in parts if p.wordings[reader].heading != p.professional.heading]
    assert len(own) > len(parts) / 2, f"{article.slug}: most {reader} headings are the professional ones"


def test_no_patient_reads_mechanism_of_action_above_plain_text():
    for article in PUBLIC:
        for part in latest(article).parts:
            for reader in LAY:
                assert part.wordings[reader].heading != "Mechanism of action"


def test_revision_1_is_the_first_published_version_with_one_heading_per_section():
    assert all(part.kind == "section" for part in FIRST.parts)
    for part in FIRST.parts:
        for wording in part.wordings.values():
            assert wording.heading == part.professional.heading
    assert FIRST.change_summary.startswith("First published version")


def test_revision_2_says_what_changed():
    assert CORRECTED.change_summary.startswith(
        "Updated with DESTINY-Breast05 and KATHERINE overall survival; pregnancy warning added "
        "to the caregiver wording"
    )
    assert KADCYLA.stage == "live"


@pytest.mark.parametrize("article", ARTICLES, ids=slug)
def test_every_revision_cites_every_source_it_lists_and_no_other(article):
    for revision in article.revisions:
        parts, references = revision.numbered()  # raises on an unknown or uncited key
        assert [ref.number for ref in references] == list(range(1, len(references) + 1))


# --- Sources ---------------------------------------------------------------------------------

ALL_SOURCES = {
    *[value for value in vars(source_module).values() if isinstance(value, Source)],
    *[source for article in ARTICLES for revision in article.revisions
      for source in revision.sources],
}


@pytest.mark.parametrize("source", sorted(ALL_SOURCES, key=lambda s: s.key), ids=lambda s: s.key)
def test_every_source_names_its_kind_of_evidence(source):
    assert source.evidence in EVIDENCE_KINDS


def test_identifiers_named_in_issue_15():
    by_key = {source.key: source for source in ALL_SOURCES}
    assert by_key["katherine-os"].pmid == "39813643"
    assert by_key["prefher"].pmid == "25070545"
    herzuma = by_key["herzuma-label"].citation
    assert "Teva" in herzuma and "Cephalon" in herzuma and "Celltrion" in herzuma


# --- Glossary --------------------------------------------------------------------------------


def test_every_glossary_term_is_used_in_the_live_article():
    text = "\n".join(all_texts(CORRECTED)).lower()
    unused = [term for term in GLOSSARY if term.lower() not in text]
    assert not unused


def test_glossary_explanations_are_accurate():
    assert "percentage" in GLOSSARY["LVEF"]
    assert "inflammation" in GLOSSARY["pneumonitis"]
    assert "swelling" not in GLOSSARY["pneumonitis"]
    assert "highly similar" in GLOSSARY["biosimilar"]
    assert "no differences" in GLOSSARY["biosimilar"]
    assert "24 hours" in GLOSSARY["infusion reaction"]
