"""Made-up but realistically shaped article content for the benchmark data set.

Paragraphs come from small pools (rendered to HTML once, with the site's own Markdown and
sanitizer), so a data set of 10,000 articles is assembled in seconds. Drug names and settings
vary per article, so a search for a drug or a pair of drugs matches a realistic share of them.
"""

import random

from articles.models import Reference, Section, Wording
from articles.rendering import assemble_body
from markup import link_citations, render_markdown

DRUGS = (
    "kadcyla herzuma herceptin perjeta enhertu tukysa nerlynx tykerb phesgo kanjinti ogivri "
    "trazimera ontruzant margenza zercepac hercessi xeloda taxotere abraxane navelbine halaven "
    "ibrance kisqali verzenio piqray lynparza talzenna keytruda tecentriq faslodex arimidex "
    "femara aromasin nolvadex zoladex prolia xgeva afinitor doxil gemzar"
).split()
SETTINGS = (
    "HER2-positive metastatic breast cancer", "early breast cancer after surgery",
    "breast cancer that has spread to the brain", "second-line treatment",
    "older patients", "treatment before surgery", "hormone receptor-positive disease",
    "patients with heart problems", "maintenance treatment", "first-line treatment",
)
HEADINGS = (
    "Lead summary", "Mechanism of action", "Indications", "Line of therapy", "Efficacy",
    "Overall survival", "Progression-free survival", "Safety", "Cardiac safety",
    "Liver and platelet effects", "Dosing", "Administration", "Sequencing",
    "Special populations", "Drug interactions", "Clinical considerations", "Cost and access",
    "Patient experience", "Emerging evidence", "Bottom line",
)
CLINICAL = (
    "hazard ratio confidence interval median progression-free overall survival randomized "
    "phase trial cohort endpoint toxicity grade adverse event neutropenia thrombocytopenia "
    "hepatotoxicity cardiotoxicity ejection fraction infusion reaction dose reduction "
    "discontinuation biosimilar pharmacokinetic equivalence trastuzumab emtansine deruxtecan "
    "pertuzumab docetaxel paclitaxel capecitabine lapatinib tucatinib neratinib antibody "
    "conjugate payload receptor amplification immunohistochemistry metastatic adjuvant "
    "neoadjuvant residual disease pathological complete response interstitial lung disease "
    "pneumonitis monitoring baseline echocardiogram cycle every three weeks intravenous "
    "subcutaneous loading maintenance regimen label guideline recommendation evidence"
).split()
PLAIN = (
    "medicine treatment cancer doctor nurse drip visit week day blood test heart scan "
    "tired sick feel help family care team question side effect hair skin hands feet "
    "appetite sleep work rest body cells grow slow stop start dose time plan check home "
    "hospital clinic support worry talk friend drive meal walk water rash cough breath "
    "fever infection bruise bleeding numbness tingling pain relief choice option"
).split()
FILLER = "the a of and to in with for is are was were that this it on by as may can".split()
PARAGRAPH_WORDS = 72


def _sentence(rng: random.Random, vocabulary, length: int) -> str:
    words = [rng.choice(vocabulary if rng.random() < 0.6 else FILLER) for _ in range(length)]
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random, vocabulary, references: int) -> str:
    sentences, count = [], 0
    while count < PARAGRAPH_WORDS:
        length = rng.randint(9, 18)
        sentence = _sentence(rng, vocabulary, length)
        if rng.random() < 0.35:
            sentence = f"{sentence[:-1]} [{rng.randint(1, references)}]."
        sentences.append(sentence)
        count += length
    return " ".join(sentences)


class Pools:
    """Paragraphs per wording, as Markdown (for Wording rows) and as sanitized HTML."""

    def __init__(self, seed: int, size: int, references: int):
        rng = random.Random(seed)
        self.markdown = {
            "professional": [_paragraph(rng, CLINICAL, references) for _ in range(size)],
            "patient": [_paragraph(rng, PLAIN, references) for _ in range(size)],
            "caregiver": [_paragraph(rng, PLAIN + ["caregiver", "support"], references) for _ in range(size)],
        }
        self.html = {key: [render_markdown(p) for p in paras] for key, paras in self.markdown.items()}


def article_text(rng: random.Random, number: int) -> dict:
    first, second = rng.sample(DRUGS, 2)
    setting = rng.choice(SETTINGS)
    return {
        "slug": f"bench-{number:05d}",
        "question": f"How does {first.capitalize()} compare with {second.capitalize()} in {setting}?",
        "drugs": f"{first.capitalize()}, {second.capitalize()}",
        "lead": f"{first.capitalize()} and {second.capitalize()} are compared here for {setting}. ",
    }


def reference_rows(rng: random.Random, count: int) -> list[tuple]:
    rows = []
    for n in range(1, count + 1):
        trial = rng.choice(("EMILIA", "KATHERINE", "CLEOPATRA", "MARIANNE", "DESTINY-Breast03", "HER2CLIMB"))
        citation = f"Author{n} A, Writer B, et al. {trial} update {n}. J Clin Oncol. {rng.randint(2012, 2024)}."
        pmid = str(rng.randint(20_000_000, 39_999_999)) if n % 3 else ""
        doi = f"10.1200/JCO.{rng.randint(2012, 2024)}.{rng.randint(10_000, 99_999)}" if n % 2 else ""
        rows.append((n, citation, pmid, doi, ""))
    return rows


def body_html(headings, sections_html, references, reader_type) -> str:
    """The body as the site renders it (articles.rendering), from pre-rendered sections."""
    occurrences: dict[int, int] = {}
    blocks = [
        {
            "section": Section(position=position, kind=Section.Kind.SECTION),
            "wording": Wording(heading=heading),
            "html": link_citations(html, occurrences),
        }
        for position, (heading, html) in enumerate(zip(headings, sections_html))
    ]
    refs = [
        Reference(number=number, citation=citation, pmid=pmid, doi=doi, url=url)
        for number, citation, pmid, doi, url in references
    ]
    return assemble_body(blocks, refs, occurrences, reader_type)
