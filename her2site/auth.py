from django.conf import settings


def axes_username(request, credentials) -> str | None:
    """The username django-axes records for a login attempt, cut to what its table holds.

    Django's login forms pass an over-long username on to authenticate(); stored whole it
    would overflow axes' varchar(255) column on PostgreSQL and turn a failed login into a 500.
    """
    field = settings.AXES_USERNAME_FORM_FIELD
    if credentials:
        username = credentials.get(field)
    else:
        username = getattr(request, "data", request.POST).get(field)
    return None if username is None else str(username)[:150]
