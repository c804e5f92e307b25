"""Search reads the glossary's synonyms from the cache (glossary.synonym_groups): empty it when
the glossary changes, now and again once the change commits (a search in between may have
cached the rows as they were before)."""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .glossary import SYNONYMS_CACHE_KEY
from .models import GlossaryTerm


@receiver([post_save, post_delete], sender=GlossaryTerm)
def forget_synonyms(**kwargs):
    cache.delete(SYNONYMS_CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(SYNONYMS_CACHE_KEY), robust=True)
