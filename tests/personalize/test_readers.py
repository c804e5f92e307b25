import pytest
from django.test import RequestFactory

from personalize import readers

HOSTILE = [
    "",
    "   ",
    "doctor",
    "x" * 5000,
    "patient" + "\x00",
    "pat\x00ient",
    '"patient"; drop',
    "<script>alert(1)</script>",
    "pâtient",
    "患者",
    "patient" * 10,
]


@pytest.mark.parametrize("value", ["patient", "caregiver", "professional"])
def test_each_reader_type_is_found_by_its_key(value):
    assert readers.normalize(value).key == value


@pytest.mark.parametrize("value", ["PATIENT", " Patient ", "Caregiver"])
def test_letter_case_and_surrounding_spaces_do_not_matter(value):
    assert readers.normalize(value).key == value.strip().lower()


@pytest.mark.parametrize("value", [*HOSTILE, None, 3, ["patient"], b"patient"])
def test_unknown_or_hostile_values_become_the_default(value):
    assert readers.normalize(value) is readers.default()


def test_the_default_reader_is_the_professional():
    assert readers.default().key == "professional"


def test_lay_readers_have_grade_eight_and_professionals_no_target():
    targets = {rt.key: rt.grade_target for rt in readers.all()}
    assert targets == {"patient": 8.0, "caregiver": 8.0, "professional": None}


def test_only_the_professional_disclaimer_speaks_to_healthcare_professionals():
    for reader_type in readers.all():
        addressed = "intended for healthcare professionals" in reader_type.disclaimer
        assert addressed == (reader_type.key == "professional")


def test_every_reader_type_has_a_label_description_and_disclaimer():
    for reader_type in readers.all():
        assert reader_type.label and reader_type.description and reader_type.disclaimer


def test_shared_link_overrides_the_cookie():
    request = RequestFactory().get("/", {"for": "caregiver"})
    request.COOKIES[readers.COOKIE_NAME] = "patient"
    assert readers.from_request(request).key == "caregiver"


def test_cookie_is_used_without_a_shared_link():
    request = RequestFactory().get("/")
    request.COOKIES[readers.COOKIE_NAME] = "patient"
    assert readers.from_request(request).key == "patient"


def test_hostile_shared_link_falls_back_to_the_default_not_the_cookie():
    request = RequestFactory().get("/", {"for": "<script>"})
    request.COOKIES[readers.COOKIE_NAME] = "patient"
    assert readers.from_request(request) is readers.default()


def test_no_cookie_and_no_link_gives_the_default():
    assert readers.from_request(RequestFactory().get("/")) is readers.default()
