"""The revision admin's change form as a browser posts it, built from what the database holds."""

from personalize import readers

REFERENCE_FIELDS = ["number", "citation", "evidence", "pmid", "doi", "url"]


def section_fields() -> list[str]:
    """The section form's fields for the reader types registered now."""
    wordings = [f"{rt.key}_{part}" for rt in readers.all() for part in ("heading", "body")]
    return ["position", "kind", *wordings]


def section_row(section) -> dict:
    row = {"id": section.pk, "position": section.position, "kind": section.kind}
    wordings = section.wordings_by_type()
    for reader_type in readers.all():
        wording = wordings.get(reader_type.key)
        row[f"{reader_type.key}_heading"] = wording.heading if wording else ""
        row[f"{reader_type.key}_body"] = wording.body if wording else ""
    return row


def current_rows(revision):
    """The inline rows as the editor sees them on opening the page."""
    sections = [section_row(s) for s in revision.sections.prefetch_related("wordings")]
    references = [
        {"id": r.pk, **{f: getattr(r, f) for f in REFERENCE_FIELDS}} for r in revision.references.all()
    ]
    return sections, references


def change_form_data(revision, *, sections=None, references=None, loaded_version=None, **fields):
    """POST data for the change form. Rows with an "id" are existing ones (set "DELETE" to remove
    one), rows without are new. By default everything is posted back as loaded."""
    loaded_sections, loaded_references = current_rows(revision)
    data = {
        "question": revision.question,
        "topic": revision.topic,
        "drugs": revision.drugs,
        "change_summary": revision.change_summary,
        "evidence_current_through": (
            revision.evidence_current_through.isoformat() if revision.evidence_current_through else ""
        ),
        "readability_note": revision.readability_note,
        "loaded_version": revision.version if loaded_version is None else loaded_version,
        "_save": "Save",
        **fields,
    }
    for prefix, rows, names in (
        ("sections", loaded_sections if sections is None else sections, section_fields()),
        ("references", loaded_references if references is None else references, REFERENCE_FIELDS),
    ):
        existing = [row for row in rows if row.get("id")]
        new = [row for row in rows if not row.get("id")]
        data[f"{prefix}-TOTAL_FORMS"] = len(rows)
        data[f"{prefix}-INITIAL_FORMS"] = len(existing)
        data[f"{prefix}-MIN_NUM_FORMS"] = 0
        data[f"{prefix}-MAX_NUM_FORMS"] = 1000
        for i, row in enumerate(existing + new):
            if prefix == "sections":
                row = {"kind": "section", **row}
            for name in ["id", *names]:
                if name in row:
                    data[f"{prefix}-{i}-{name}"] = row[name]
            data[f"{prefix}-{i}-revision"] = revision.pk
            if row.get("DELETE"):
                data[f"{prefix}-{i}-DELETE"] = "on"
    return data
