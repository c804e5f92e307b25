"""Checking a revision's references against PubMed and Crossref from its admin page.

The records are fetched first, outside any transaction (each request has its timeout); then
one versioned save (reviews.services.revision_save) writes what they give: the record's title
beside each reference, and a citation where there was none. A reference whose identifier is
unknown, or a service that cannot be reached, gets a message; nothing else changes for it.
"""

from django.contrib import messages

from articles import literature

from .. import services


def look_up_references(request, revision) -> None:
    expected_version = revision.version
    wanted = [ref for ref in revision.references.all() if ref.identifier and ref.record_id != ref.identifier]
    if not wanted:
        messages.info(request, "Every reference with a PMID or DOI has been checked against its record already.")
        return
    records, failed = {}, []
    for ref in wanted:
        try:
            records[ref.pk] = literature.lookup(pmid=ref.pmid, doi=ref.doi)
        except literature.LookupFailed as failure:
            failed.append(f"Reference {ref.number}: {failure}")
            if isinstance(failure, literature.Unavailable):
                break  # the next request would wait for the same timeout

    def apply(locked):
        for ref in locked.references.filter(pk__in=records):
            record = records[ref.pk]
            ref.record_id, ref.record_title = record.identifier, record.title[:1000]
            if not ref.citation.strip():
                ref.citation = record.citation
            ref.save(update_fields=["record_id", "record_title", "citation"])

    if records:
        try:
            services.revision_save(
                revision=revision, actor=request.user, expected_version=expected_version,
                apply=apply, note=f"References checked against PubMed/Crossref: "
                f"{', '.join(str(ref.number) for ref in wanted if ref.pk in records)}.",
            )
        except services.WorkflowError as refusal:
            messages.error(request, str(refusal))
            return
        messages.success(
            request,
            f"{len(records)} reference{'s' if len(records) != 1 else ''} checked against "
            "PubMed or Crossref. The pre-submit checks below flag any citation that does not "
            "match its record.",
        )
    for problem in failed:
        messages.error(request, problem)
