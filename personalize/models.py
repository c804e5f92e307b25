from django.db import models
from django.db.models.functions import Lower


class GlossaryTerm(models.Model):
    """A medical term and the plain words a lay reader sees beside it."""

    term = models.CharField(max_length=80)
    explanation = models.CharField(max_length=300)

    class Meta:
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(Lower("term"), name="glossary_term_unique_ci"),
        ]

    def __str__(self):
        return self.term


def glossary_terms() -> list[GlossaryTerm]:
    return list(GlossaryTerm.objects.all())
