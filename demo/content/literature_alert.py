"""A board-only demo: a revision citing a paper that Crossref marks as retracted.

Nothing here is a real paper. The one source is an invented record on Crossref's test prefix
(10.5555), and the notice `load_demo` attaches to it is labelled as a demo note. The article is
never public (it is not published while in review and has no live revision): it exists so that
a newcomer opening the review queue sees what a literature alert looks like on the review page.
"""

from datetime import date

from ..schema import DemoArticle, DemoRevision, Part, Source, Wording

DEMO_RECORD = Source(
    key="demo-record",
    citation=(
        "Demo record, not a real paper: Example A, Sample S. An invented trial record used by the "
        "her2site demo to show a literature alert. Journal of Examples. 2019."
    ),
    doi="10.5555/original",
    evidence="rct",
)

NOTICE = {
    "doi": DEMO_RECORD.doi,
    "kind": "retraction",
    "notice_doi": "10.5555/retraction",
    "label": "Retraction (demo)",
    "published": date(2021, 6, 1),
    "source": "demo note: an invented record, not a real retraction",
}

ARTICLE = DemoArticle(
    slug="board-demo-literature-alert",
    question="Board demo: how a literature alert looks on the review page (not a real article)",
    topic="Demonstration for the advisory board",
    drugs="None (demonstration only)",
    stage="submitted",
    publish_while_in_review=False,
    revisions=(DemoRevision(
        evidence_through=date(2026, 11, 1),
        change_summary="Demonstration only: a revision that cites a record the demo marks as retracted.",
        parts=(Part(professional=Wording(
            "What this revision is for",
            "This revision exists only to show the board how the site warns about a cited paper "
            "that has since been retracted. Its one source is an invented record on Crossref's "
            "test prefix, which the demo marks as retracted [@demo-record]. No real paper is "
            "involved, and readers never see this page: the article is not published while it "
            "is in review, and it has no live version.",
        )),),
        sources=(DEMO_RECORD,),
    ),),
)
