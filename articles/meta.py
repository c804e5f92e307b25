"""What a page tells search engines and link previews: its description, canonical URL, robots
rule, Open Graph and JSON-LD. Views pass a `PageMeta` as `meta`; templates/includes/_meta.html
writes it into the <head> of every page (base.html's `meta` block)."""

from dataclasses import dataclass
from datetime import datetime

from django.templatetags.static import static

from markup import cut_at_word

from .jsonld import DESCRIPTION_LIMIT, absolute

SITE_DESCRIPTION = (
    "Answers about treatments for HER2-positive breast cancer, each reviewed by our medical "
    "advisory board before it is published, and worded for patients, caregivers and clinicians."
)
# A 1200 x 630 card, the size link previews show whole.
IMAGE = "brand/og-card.png"
IMAGE_ALT = "her2site: treatment answers for HER2-positive breast cancer, reviewed by doctors"


@dataclass(frozen=True)
class PageMeta:
    title: str
    description: str = SITE_DESCRIPTION
    path: str = ""  # the canonical path; none for a page search engines should not index
    noindex: bool = False
    kind: str = "website"  # Open Graph type
    jsonld: str = ""  # articles.jsonld.script_data(...)
    modified: datetime | None = None

    def __post_init__(self):
        object.__setattr__(self, "description", cut_at_word(" ".join(self.description.split()), DESCRIPTION_LIMIT))

    @property
    def canonical(self) -> str:
        return absolute(self.path) if self.path and not self.noindex else ""

    @property
    def image(self) -> str:
        return absolute(static(IMAGE))

    @property
    def image_alt(self) -> str:
        return IMAGE_ALT
