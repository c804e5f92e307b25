"""The registry of reader types: who is reading, and how we speak to them.

Everything that depends on the reader type (wording field, disclaimer, grade
target, cache key) goes through `normalize()` first, so an unknown or hostile
value can only ever become the default.
"""

from dataclasses import dataclass

COOKIE_NAME = "reader_type"
QUERY_PARAM = "for"


@dataclass(frozen=True)
class ReaderType:
    key: str
    label: str
    description: str
    disclaimer: str
    grade_target: float | None
    schema_audience: str
    wording_field: str

    @property
    def is_lay(self) -> bool:
        return self.grade_target is not None


PROFESSIONAL = ReaderType(
    key="professional",
    label="Healthcare professional",
    description="Clinical wording, with trial names, hazard ratios and dosing detail.",
    disclaimer=(
        "This information is intended for healthcare professionals. It supplements, and does "
        "not replace, clinical judgement, the current product labels and established "
        "guidelines. Check every figure against the primary literature before applying it "
        "to a patient's care."
    ),
    grade_target=None,
    schema_audience="Clinician",
    wording_field="body",
)
PATIENT = ReaderType(
    key="patient",
    label="Patient",
    description="Plain language about your own treatment.",
    disclaimer=(
        "This page helps you understand your treatment. It is not medical advice. Your own "
        "care team knows your health best, so talk with them before you change or stop "
        "any treatment."
    ),
    grade_target=8.0,
    schema_audience="Patient",
    wording_field="body_patient",
)
CAREGIVER = ReaderType(
    key="caregiver",
    label="Caregiver or family member",
    description="Plain language for someone supporting a person with breast cancer.",
    disclaimer=(
        "This page helps you support someone through treatment. It is not medical advice. "
        "Bring your questions to their care team, who know their health and history."
    ),
    grade_target=8.0,
    schema_audience="Patient",
    wording_field="body_caregiver",
)

READER_TYPES: dict[str, ReaderType] = {rt.key: rt for rt in (PATIENT, CAREGIVER, PROFESSIONAL)}
DEFAULT = PROFESSIONAL
LAY_TYPES = tuple(rt for rt in READER_TYPES.values() if rt.is_lay)


def normalize(value) -> ReaderType:
    """Return the reader type named by `value`, or the default for anything else."""
    if isinstance(value, str) and len(value) <= 32:
        return READER_TYPES.get(value.strip().lower(), DEFAULT)
    return DEFAULT


def choices() -> list[tuple[str, str]]:
    return [(rt.key, rt.label) for rt in READER_TYPES.values()]


def from_request(request) -> ReaderType:
    """The reader type for this request: `?for=` first (shared links), then the cookie."""
    shared = request.GET.get(QUERY_PARAM)
    if shared is not None:
        return normalize(shared)
    return normalize(request.COOKIES.get(COOKIE_NAME))
