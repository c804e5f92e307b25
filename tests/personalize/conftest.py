import pytest

from personalize.models import GlossaryTerm
from reviews import services
from tests.conftest import approve, make_draft, write

PROFESSIONAL_LEAD = "Trastuzumab emtansine prolongs progression-free survival [1]."
PATIENT_LEAD = "This drug helps many people with breast cancer. It is given by a drip [1]."
CAREGIVER_LEAD = "You can help by driving them to each visit. Each drip takes a short time [1]."


@pytest.fixture
def glossary(db):
    return [
        GlossaryTerm.objects.create(
            term="thrombocytopenia",
            explanation="a low number of platelets, the cells that help blood clot",
        ),
        GlossaryTerm.objects.create(term="breast cancer", explanation="cancer that starts in the breast"),
        GlossaryTerm.objects.create(
            term="metastatic breast cancer", explanation="breast cancer that has spread"
        ),
    ]


@pytest.fixture
def worded_revision(editor, reviewers, glossary):
    """A live revision whose lead has all three wordings and whose other two sections have only
    the professional base, each using a glossary term."""
    revision = make_draft(editor=editor)
    lead, second, third = revision.sections.order_by("position")
    write(lead, PROFESSIONAL_LEAD)
    write(lead, PATIENT_LEAD, reader="patient", heading="What this drug does for you")
    write(lead, CAREGIVER_LEAD, reader="caregiver", heading="How you can help")
    write(second, "Thrombocytopenia occurred in some patients of the trial [2].")
    write(third, "Thrombocytopenia may recur in later cycles [3].")
    services.revision_submit(revision=revision, actor=editor)
    return approve(revision, reviewers)
