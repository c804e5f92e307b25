import pytest

from personalize.models import GlossaryTerm
from reviews import services
from tests.conftest import approve, make_draft

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
    lead.body, lead.body_patient, lead.body_caregiver = (
        PROFESSIONAL_LEAD, PATIENT_LEAD, CAREGIVER_LEAD
    )
    lead.save()
    second.body = "Thrombocytopenia occurred in some patients [2]."
    second.save()
    third.body = "Thrombocytopenia may recur [3]."
    third.save()
    services.revision_submit(revision=revision, actor=editor)
    return approve(revision, reviewers)
