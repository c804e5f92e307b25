"""The registry of reader types: who is reading, and how we speak to them.

The registry is the `READER_TYPES` setting when a site sets it (a list of dicts with the fields
of `ReaderType`), else the three built in here. Adding a reader type is an entry there: wordings
are rows keyed by reader type (articles.models.Wording), so no migration is needed. The
professional type is the base wording that every other type falls back to.

Everything that depends on the reader type (wording, disclaimer, grade target, cache key)
goes through `normalize()` first, so an unknown or hostile value can only become the default.
"""

import functools
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.dispatch import receiver

COOKIE_NAME = "reader_type"
QUERY_PARAM = "for"
BASE_KEY = "professional"
MAX_KEY_LENGTH = 32


@dataclass(frozen=True)
class ReaderType:
    key: str
    label: str
    description: str
    disclaimer: str
    disclaimer_heading: str = "Please keep in mind"
    # Flesch-Kincaid grade that this type's wordings should not exceed; None for no target.
    grade_target: float | None = None
    schema_audience: str = "Patient"

    @property
    def is_lay(self) -> bool:
        """Lay readers get plain-language explanations of glossary terms."""
        return self.grade_target is not None

    @property
    def is_base(self) -> bool:
        return self.key == BASE_KEY


BUILT_IN = (
    ReaderType(
        key="patient",
        label="Patient",
        description="Plain language about your own treatment.",
        disclaimer=(
            "This page helps you understand your treatment. It is not medical advice. Your own "
            "care team knows your health best, so talk with them before you change or stop "
            "any treatment."
        ),
        grade_target=8.0,
    ),
    ReaderType(
        key="caregiver",
        label="Caregiver or family member",
        description="Plain language for someone supporting a person with breast cancer.",
        disclaimer=(
            "This page helps you support someone through treatment. It is not medical advice. "
            "Bring your questions to their care team, who know their health and history."
        ),
        grade_target=8.0,
    ),
    ReaderType(
        key=BASE_KEY,
        label="Healthcare professional",
        description="Clinical wording, with trial names, hazard ratios and dosing detail.",
        disclaimer_heading="Professional medical disclaimer",
        disclaimer=(
            "This information is intended for healthcare professionals. It supplements, and "
            "does not replace, clinical judgement, the current product labels and established "
            "guidelines. Check every figure against the primary literature before applying it "
            "to a patient's care."
        ),
        schema_audience="Clinician",
    ),
)


@functools.cache
def registry() -> dict[str, ReaderType]:
    """Every reader type by key, in the order the chooser shows them."""
    configured = getattr(settings, "READER_TYPES", None)
    types = BUILT_IN if configured is None else tuple(ReaderType(**spec) for spec in configured)
    found = {reader_type.key: reader_type for reader_type in types}
    if BASE_KEY not in found:
        raise ImproperlyConfigured(f"READER_TYPES must include the base type {BASE_KEY!r}.")
    if any(len(key) > MAX_KEY_LENGTH or key != key.strip().lower() for key in found):
        raise ImproperlyConfigured(f"Reader type keys are lower case, at most {MAX_KEY_LENGTH} long.")
    return found


@receiver(setting_changed)
def _reload(*, setting, **kwargs):
    if setting == "READER_TYPES":
        registry.cache_clear()


def all() -> list[ReaderType]:  # noqa: A001 (readers.all() reads as meant)
    return list(registry().values())


def lay() -> list[ReaderType]:
    return [reader_type for reader_type in registry().values() if reader_type.is_lay]


def base() -> ReaderType:
    return registry()[BASE_KEY]


def default() -> ReaderType:
    return base()


def in_review_order() -> list[ReaderType]:
    """The base wording first, as reviewers compare the others with it."""
    return sorted(registry().values(), key=lambda reader_type: not reader_type.is_base)


def named(value) -> ReaderType | None:
    """The reader type `value` names (case and spaces aside), or None."""
    if isinstance(value, str) and len(value) <= MAX_KEY_LENGTH:
        return registry().get(value.strip().lower())
    return None


def normalize(value) -> ReaderType:
    """The reader type named by `value`, or the default for anything else."""
    return named(value) or default()


def from_request(request) -> ReaderType:
    """The reader type for this request: `?for=` first (shared links), then the cookie."""
    shared = request.GET.get(QUERY_PARAM)
    if shared is not None:
        return normalize(shared)
    return normalize(request.COOKIES.get(COOKIE_NAME))
