import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from articles.models import Article, Reference, Revision, Section, Wording
from reviews.models import BoardMember


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("correct horse battery staple")


class EditorFactory(UserFactory):
    username = factory.Sequence(lambda n: f"editor{n}")
    is_staff = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create:
            self.groups.add(Group.objects.get(name="Editors"))


class BoardMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BoardMember
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory, username=factory.Sequence(lambda n: f"reviewer{n}"))
    display_name = factory.Faker("name")
    credentials = "MD"
    specialty = "Medical oncology"
    disclosures = "None."

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create:
            self.user.groups.add(Group.objects.get(name="Advisory board"))


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    slug = factory.Sequence(lambda n: f"article-{n}")
    question = factory.Sequence(lambda n: f"How do treatments {n} compare?")
    topic = "HER2-positive breast cancer"
    drugs = "Kadcyla, Herzuma"


class RevisionFactory(factory.django.DjangoModelFactory):
    """A draft with content. Use the workflow services (or helpers in conftest) to move it on."""

    class Meta:
        model = Revision

    article = factory.SubFactory(ArticleFactory)
    number = factory.Sequence(lambda n: n + 1)
    author = factory.SubFactory(EditorFactory)


class SectionFactory(factory.django.DjangoModelFactory):
    """A section with its base (professional) wording, `heading` and `body`; pass `patient=` or
    `caregiver=` (and `patient_heading=`...) for lay wordings."""

    class Meta:
        model = Section

    revision = factory.SubFactory(RevisionFactory)
    position = factory.Sequence(lambda n: n)
    heading = factory.Sequence(lambda n: f"Section {n}")
    body = "Kadcyla is given every three weeks [1]."

    @classmethod
    def _create(cls, model_class, *args, heading, body, **kwargs):
        lay = {key: kwargs.pop(key) for key in list(kwargs) if key not in ("revision", "position", "kind")}
        section = super()._create(model_class, *args, **kwargs)
        Wording.objects.create(section=section, reader_type="professional", heading=heading, body=body)
        for key, text in lay.items():
            if not key.endswith("_heading") and text:
                own_heading = lay.get(f"{key}_heading") or f"{heading} ({key})"
                Wording.objects.create(section=section, reader_type=key, heading=own_heading, body=text)
        return section


class ReferenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reference

    revision = factory.SubFactory(RevisionFactory)
    number = factory.Sequence(lambda n: n + 1)
    citation = factory.Faker("sentence")
