import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower

validate_term = RegexValidator(r"\w", "A term needs at least one letter or digit.")


def split_lay_terms(value: str) -> list[str]:
    """The lay words of a glossary term, as written in the admin: separated by commas."""
    found = []
    for part in value.split(","):
        words = " ".join(part.split())
        if words and words.lower() not in (w.lower() for w in found):
            found.append(words)
    return found


class GlossaryTerm(models.Model):
    """A medical term and the plain words a lay reader sees beside it."""

    term = models.CharField(
        max_length=80, validators=[validate_term],
        help_text="As it is written in articles; matched as whole words, in any letter case.",
    )
    explanation = models.CharField(
        max_length=300,
        help_text="Plain words shown in brackets after the term's first use, for patients "
        "and caregivers: “a low number of platelets, the cells that help blood clot”.",
    )
    lay_terms = models.CharField(
        "lay words", max_length=300, blank=True,
        help_text="Words readers search with instead of the term, separated by commas: “low "
        "platelets, bruising”. Search treats them and the term as one: any of them finds the "
        "others.",
    )

    class Meta:
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(
                Lower("term"), name="glossary_term_unique_ci",
                violation_error_message="This term is already in the glossary.",
            ),
        ]

    def __str__(self):
        return self.term

    def clean(self):
        self.term = " ".join(self.term.split())
        self.explanation = " ".join(self.explanation.split())
        lay_terms = split_lay_terms(self.lay_terms)
        problems = [f"“{words}” has no letter or digit." for words in lay_terms if not re.search(r"\w", words)]
        if any(words.lower() == self.term.lower() for words in lay_terms):
            problems.append("The term itself need not be listed among its lay words.")
        if problems:
            raise ValidationError({"lay_terms": problems})
        self.lay_terms = ", ".join(lay_terms)
