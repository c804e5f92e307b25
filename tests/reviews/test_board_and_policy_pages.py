import pytest
from django.urls import reverse

from articles.models import EditorialPolicy
from tests.factories import BoardMemberFactory

pytestmark = pytest.mark.django_db


def test_advisory_board_page_lists_active_members_with_credentials_and_disclosures(client):
    member = BoardMemberFactory(
        display_name="Dr Ana Ruiz", credentials="MD, PhD", specialty="Breast oncology",
        disclosures="Speaker fees from a drug maker, 2024.",
    )
    retired = BoardMemberFactory(display_name="Dr Former Member", active=False)
    html = client.get(reverse("reviews:board")).content.decode()
    assert "Dr Ana Ruiz, MD, PhD" in html
    assert "Breast oncology" in html
    assert "Speaker fees from a drug maker, 2024." in html
    assert retired.display_name not in html
    assert member.user.username not in html


def test_editorial_policy_page_shows_the_stored_policy_and_its_date(client):
    policy = EditorialPolicy.objects.create(
        body="## Sources\nWe cite trials.\n\n## Corrections\nWe fix errors fast."
    )
    html = client.get(reverse("articles:editorial_policy")).content.decode()
    assert '<h2 id="sources">Sources</h2>' in html and "We fix errors fast." in html
    assert '<a href="#corrections">Corrections</a>' in html  # "On this page"
    assert "Last updated" in html and policy.updated_at.strftime("%B %-d, %Y") in html


def test_editorial_policy_page_without_a_policy_says_so(client):
    response = client.get(reverse("articles:editorial_policy"))
    assert response.status_code == 200
    assert "has not been published yet" in response.content.decode()
