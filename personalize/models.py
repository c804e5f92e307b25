from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower

validate_term = RegexValidator(r"\w", "A term needs at least one letter or digit.")


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
