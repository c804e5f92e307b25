"""Board members are shown on public pages (the reviewers of an article, its JSON-LD), so a
change to one of them refreshes the pages of every article they approved."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_save
from django.dispatch import receiver

from articles import pages
from articles.models import Article

from .models import BoardMember, Review


def _refresh_pages_of(member_ids) -> None:
    approved = Review.objects.that_published().filter(reviewer__in=member_ids)
    for article in Article.objects.filter(revisions__reviews__in=approved).distinct():
        pages.invalidate(article)


@receiver(post_save, sender=BoardMember)
def board_member_saved(sender, instance, **kwargs):
    _refresh_pages_of([instance.pk])


@receiver(post_save, sender=get_user_model())
def account_saved(sender, instance, update_fields=None, **kwargs):
    # Deactivating the account of a board member takes them off the board; a login, which
    # saves only `last_login`, changes nothing readers see.
    if update_fields is not None and "is_active" not in update_fields:
        return
    _refresh_pages_of(BoardMember.objects.filter(user=instance).values("pk"))
