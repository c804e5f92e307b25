from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def iso(moment) -> str:
    """A valid HTML date and time string (ISO 8601 to the second, with its offset) for
    <time datetime>: Django's "c" format keeps microseconds, which HTML does not allow."""
    if not moment:
        return ""
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return moment.replace(microsecond=0).isoformat()
