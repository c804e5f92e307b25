"""Forms and read-only panels behind the revision admin.

The version an editor loaded travels with every save, so the workflow can refuse a stale one.
A section's form carries a heading and a text per reader type of the registry; they are saved
as the section's wordings.
"""

import functools

from django import forms
from django.contrib import admin
from django.utils.html import format_html, format_html_join

from articles import literature
from articles.models import Reference, Revision, Section, Wording
from articles.models.content import MAX_REFERENCE_NUMBER
from markup import normalize_text
from personalize import readers

from .. import checks, preview


class TextField(forms.CharField):
    """Text as it is saved: line endings, trailing spaces and Unicode form normalised
    (markup.normalize_text), so that an unchanged text posted back is unchanged."""

    def to_python(self, value):
        return normalize_text(super().to_python(value))


class RefusableForm(forms.ModelForm):
    """A form that the admin re-validates with `refusal` set when a service refused the save,
    so the editor's input comes back with the reason instead of being lost."""

    refusal = None

    def clean(self):
        cleaned = super().clean()
        if self.refusal:
            raise forms.ValidationError(self.refusal, code="refused")
        return cleaned


class RevisionAddForm(RefusableForm):
    class Meta:
        model = Revision
        fields = ["article"]
        help_texts = {
            "article": "The new draft starts as a copy of the article's live revision "
            "(sections, wordings and references), or empty for a new article."
        }


def parse_version(raw) -> int | None:
    raw = (raw or "").strip()
    return int(raw) if raw.isdigit() and 0 < int(raw) < 2**31 else None


class RevisionChangeForm(RefusableForm):
    # Checked in clean(), not as a field: errors of a hidden field would stay hidden in the admin.
    loaded_version = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Revision
        fields = [
            "question", "topic", "drugs", "change_summary", "evidence_current_through",
            "readability_note",
        ]
        # Text fields only: a date read as text would differ from the stored date on every
        # save, and the audit trail would say it changed.
        field_classes = {
            name: TextField for name in fields if name != "evidence_current_through"
        }
        help_texts = {
            "question": "The reader's question, shown as the article's title. Like everything "
            "readers see, it changes for them when this revision is approved.",
            "change_summary": "Required to submit. What changed in this revision: the board "
            "reads it first, and readers see it in the article's change log.",
        }
        widgets = {
            "question": forms.TextInput(attrs={"class": "vLargeTextField"}),
            "drugs": forms.TextInput(attrs={"class": "vLargeTextField"}),
            "evidence_current_through": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["loaded_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        version = parse_version(cleaned.get("loaded_version"))
        if version is None:
            raise forms.ValidationError(
                "The form lost track of the version you opened, so it cannot tell whether "
                "someone else changed the revision since. Reload the page and make your change again.",
                code="no_version",
            )
        cleaned["loaded_version"] = version
        return cleaned

    def content_fields(self) -> list[str]:
        return [name for name in self._meta.fields if name in self.cleaned_data]


# --- Sections and their wordings -----------------------------------------------------------


def wording_fields(reader_type) -> tuple[str, str]:
    """The names of a reader type's heading and text fields on a section's form."""
    return f"{reader_type.key}_heading", f"{reader_type.key}_body"


class SectionFormBase(forms.ModelForm):
    class Meta:
        model = Section
        fields = ["position", "kind"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        wordings = self.instance.wordings_by_type() if self.instance.pk else {}
        for reader_type in readers.all():
            heading, body = wording_fields(reader_type)
            wording = wordings.get(reader_type.key)
            self.fields[heading].initial = wording.heading if wording else ""
            self.fields[body].initial = wording.body if wording else ""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("DELETE"):
            return cleaned
        base_heading, base_body = wording_fields(readers.base())
        for name in (base_heading, base_body):
            if not (cleaned.get(name) or "").strip():
                self.add_error(name, "The base wording needs a heading and a text.")
        for reader_type in readers.all():
            heading, body = wording_fields(reader_type)
            if (cleaned.get(body) or "").strip() and not (cleaned.get(heading) or "").strip():
                self.add_error(
                    heading,
                    f"Give the {reader_type.label.lower()} wording a heading in its own words.",
                )
        return cleaned

    def save(self, commit=True):
        section = super().save(commit=commit)
        if commit:
            self.save_wordings(section)
        return section

    def save_wordings(self, section):
        for reader_type in readers.all():
            heading, body = (self.cleaned_data.get(name, "") for name in wording_fields(reader_type))
            if reader_type.is_base or heading.strip() or body.strip():
                Wording.objects.update_or_create(
                    section=section, reader_type=reader_type.key,
                    defaults={"heading": heading, "body": body},
                )
            else:
                Wording.objects.filter(section=section, reader_type=reader_type.key).delete()

    def heading(self) -> str:
        """The base heading as posted, else as stored: how the audit trail names the section."""
        name, _ = wording_fields(readers.base())
        posted = self.cleaned_data.get(name) if hasattr(self, "cleaned_data") else None
        return posted or str(self.instance)


def section_form():
    """The section form for the reader types registered now (the registry is a setting)."""
    return _section_form(tuple(readers.registry()))


@functools.lru_cache(maxsize=8)
def _section_form(keys: tuple[str, ...]):
    fields = {}
    for reader_type in readers.all():
        heading, body = wording_fields(reader_type)
        label = reader_type.label
        fields[heading] = TextField(
            label=f"{label}: heading", max_length=200, required=reader_type.is_base,
            widget=forms.TextInput(attrs={"class": "vLargeTextField wording-heading"}),
        )
        fields[body] = TextField(
            label=f"{label}: text", required=reader_type.is_base,
            widget=forms.Textarea(attrs={"rows": 8, "class": "wording-body"}),
            help_text=(
                "Markdown. Cite references with their numbers in square brackets: [1] or [2, 3]."
                if reader_type.is_base
                else f"Optional. Left empty, {label.lower()} readers get the "
                f"{readers.base().label.lower()} wording"
                + (", with glossary explanations." if reader_type.is_lay else ".")
            ),
        )
    return type("SectionForm", (SectionFormBase,), fields)


class ReferenceForm(forms.ModelForm):
    """A reference, with its citation filled in from PubMed or Crossref on request (or when it
    is left empty and a PMID or DOI is given). The record's title is kept, so that the
    pre-submit checks can tell a citation that does not match its identifier."""

    url = forms.URLField(label="URL", required=False, max_length=500, assume_scheme="https")
    lookup = forms.BooleanField(
        required=False, label="Fill in from PMID/DOI",
        help_text="Replace the citation with PubMed's record of the PMID (or Crossref's of the DOI).",
    )

    class Meta:
        model = Reference
        fields = ["number", "citation", "evidence", "pmid", "doi", "url"]
        field_classes = {"citation": TextField, "pmid": TextField, "doi": TextField}
        widgets = {"citation": forms.Textarea(attrs={"rows": 2, "class": "reference-citation"})}
        help_texts = {"citation": "Leave it empty to fill it in from the PMID or DOI."}

    record = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["citation"].required = False

    def clean(self):
        # Looked up while the form is validated, before the save locks the revision: a slow
        # service holds no lock (each request has LITERATURE_TIMEOUT_SECONDS).
        cleaned = super().clean()
        if cleaned.get("DELETE") or self.has_error("pmid") or self.has_error("doi"):
            return cleaned
        pmid, doi = cleaned.get("pmid") or "", cleaned.get("doi") or ""
        citation = cleaned.get("citation") or ""
        if (pmid or doi) and (cleaned.get("lookup") or not citation):
            try:
                self.record = literature.lookup(pmid=pmid, doi=doi)
            except literature.LookupFailed as failure:
                self.add_error("citation" if not citation else "lookup", str(failure))
            else:
                cleaned["citation"] = self.record.citation
        elif not citation:
            self.add_error(
                "citation", "Give the citation, or a PMID or DOI to fill it in from PubMed or Crossref."
            )
        return cleaned

    def save(self, commit=True):
        if self.record is not None:
            self.instance.record_id = self.record.identifier
            self.instance.record_title = self.record.title[:1000]
        return super().save(commit=commit)


def describe_changes(form, formsets) -> str:
    """A short account of one save for the audit trail, e.g. 'Changed: change summary; section
    “Dosing” edited'. A second editor whose save is refused reads it to see what changed."""
    parts = [
        str(form.fields[name].label or name).lower()
        for name in form.changed_data
        if name != "loaded_version"
    ]
    for formset in formsets:
        for index, item in enumerate(formset.forms):
            if not item.has_changed() or not hasattr(item, "cleaned_data"):
                continue
            if index < formset.initial_form_count() and item.instance.pk is None:
                # A row posted as loaded that names no row of this revision (a crafted id, or
                # one deleted meanwhile): the formset saves nothing for it, so nothing is told.
                continue
            if isinstance(item.instance, Reference):
                name = f"reference {item.cleaned_data.get('number') or item.instance.number}"
            else:
                name = f"section “{item.heading()}”"
            if item.cleaned_data.get("DELETE"):
                if item.instance.pk:
                    parts.append(f"{name} removed")
            elif item.instance.pk is None:
                parts.append(f"{name} added")
            else:
                parts.append(f"{name} edited")
    return "Changed: " + "; ".join(parts) + "." if parts else "Saved without changes."


def make_room_for_renumbering(formset):
    """Move references that change number (or go away) out of the way first, to numbers nobody
    uses or asks for, so swapping two numbers does not trip the unique (revision, number)
    constraint halfway through."""
    moving = [
        item.instance
        for item in formset.forms
        if item.instance.pk
        and hasattr(item, "cleaned_data")
        and ("number" in item.changed_data or item.cleaned_data.get("DELETE"))
    ]
    if not moving:
        return
    wanted = {item.cleaned_data.get("number") for item in formset.forms if hasattr(item, "cleaned_data")}
    taken = set(Reference.objects.filter(revision=formset.instance).values_list("number", flat=True))
    free = (n for n in range(MAX_REFERENCE_NUMBER, 0, -1) if n not in taken | wanted)
    for reference, number in zip(moving, free):
        Reference.objects.filter(pk=reference.pk).update(number=number)


# --- Read-only panels of the revision page ------------------------------------------------


@admin.display(description="review due")
def review_due_note(revision) -> str:
    if revision.review_due_at is None:
        return "—"
    when = f"{revision.review_due_at:%Y-%m-%d}"
    if revision.is_review_due:
        return f"Review due since {when}: start a new revision and send it to the board."
    return f"Next review due {when}." if revision.is_live else "—"


@admin.display(description="preview")
def preview_links(revision):
    """The revision as each reader type will see it (reviews.preview)."""
    links = format_html_join(
        " · ", '<a href="{}">{}</a>',
        ((preview.preview_url(revision, reader_type), reader_type.label) for reader_type in readers.all()),
    )
    return format_html('<span class="preview-links">{}</span>', links)


@admin.display(description="pre-submit checks")
def pre_submit_checks(revision):
    found = checks.run(revision)
    problems = [*found.change_problems, *found.content_problems, *found.reference_problems]
    if not problems:
        return (
            "Every citation marker points at a reference, and every reference is cited; the "
            "revision has a change summary and a change to review."
        )
    return format_html(
        '<ul class="check-problems">{}</ul>',
        format_html_join("", "<li>{}</li>", ((problem,) for problem in problems)),
    )


@admin.display(description="reading grades")
def reading_grades(revision):
    """Each lay wording's Flesch-Kincaid grade against its target, as the board will see it."""
    results = checks.run(revision).grades
    if not results:
        return "No lay wording yet: lay readers see the base wording, with glossary explanations."
    rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (
                r.heading, r.reader_type.label, r.grade, f"{r.target:g} or below",
                "above target: simplify, or explain in the reading grade note"
                if r.over_target else "ok",
            )
            for r in results
        ),
    )
    return format_html(
        "<table><thead><tr><th>Section</th><th>Wording</th><th>Grade</th><th>Target</th>"
        "<th></th></tr></thead><tbody>{}</tbody></table>",
        rows,
    )
