"""Bibliographic records from their identifiers: PubMed (NCBI E-utilities, esummary) for a PMID
and Crossref (REST API, /works/{doi}) for a DOI.

One small client on the standard library, with a timeout on every request and a User-Agent
that names the site and a contact address (both services ask for one). Callers get a `Record`
or a `LookupFailed` whose message is meant for the editor: the site works without the network,
and an editor who gets that message types the citation by hand.

The record keeps the service's raw answer (`raw`) and, from Crossref, the notices that update the
work (`updates`: Crossref's `update-to`, `updated-by` and `relation`), so that a later check for
retractions can reuse `crossref()` as it is.
"""

import json
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

from django.conf import settings

from .models.content import validate_doi, validate_pmid

ESUMMARY_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esummary.fcgi"
CROSSREF_URL = "https://api.crossref.org/works/"
# Authors named before "et al.", as in the site's citations (and Vancouver's short form).
AUTHORS_SHOWN = 3


class LookupFailed(Exception):
    """No record: the message says why, for the editor."""


class NotFound(LookupFailed):
    pass


class Unavailable(LookupFailed):
    """The service could not be reached or did not answer sensibly; try again or type it."""


@dataclass(frozen=True)
class Record:
    source: str  # "PubMed" or "Crossref"
    identifier: str  # as Reference.identifier: "pmid:123" or "doi:10.1/x"
    title: str
    authors: tuple[str, ...]  # "Verma S", as a bibliography lists them
    journal: str
    year: str
    volume: str = ""
    issue: str = ""
    pages: str = ""
    pmid: str = ""
    doi: str = ""
    updates: tuple[dict, ...] = ()
    raw: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def citation(self) -> str:
        """The record as the site writes a citation: "Verma S, Miles D, Gianni L, et al. Title.
        Journal. 2012;367(19):1783-91." """
        names = list(self.authors[:AUTHORS_SHOWN])
        if len(self.authors) > AUTHORS_SHOWN:
            names.append("et al")
        parts = [", ".join(names)] if names else []
        parts.append(self.title.rstrip("."))
        if self.journal:
            parts.append(self.journal.rstrip("."))
        where = self.year
        if self.volume:
            where += f";{self.volume}" + (f"({self.issue})" if self.issue else "")
            if self.pages:
                where += f":{self.pages}"
        if where:
            parts.append(where)
        return ". ".join(part for part in parts if part) + "."


def lookup(*, pmid: str = "", doi: str = "") -> Record:
    """The record of a PMID (preferred: PubMed's is the one readers are sent to) or a DOI."""
    if pmid:
        return pubmed(pmid)
    if doi:
        return crossref(doi)
    raise LookupFailed("Give a PMID or a DOI to look up.")


def pubmed(pmid: str) -> Record:
    pmid = pmid.strip()
    _valid(validate_pmid, pmid)
    params = {"db": "pubmed", "id": pmid, "retmode": "json", "tool": "her2site",
              "email": settings.LITERATURE_CONTACT_EMAIL}
    data = _get_json(f"{ESUMMARY_URL}?{urllib.parse.urlencode(params)}", "PubMed")
    result = data.get("result") if isinstance(data, dict) else None
    summary = result.get(pmid) if isinstance(result, dict) else None
    if not isinstance(summary, dict) or "error" in summary or not summary.get("title"):
        raise NotFound(f"PubMed has no record of PMID {pmid}. Check the number.")
    ids = {item.get("idtype"): item.get("value", "") for item in summary.get("articleids", [])}
    return Record(
        source="PubMed",
        identifier=f"pmid:{pmid}",
        title=_clean(summary["title"]),
        authors=tuple(
            _clean(author["name"]) for author in summary.get("authors", [])
            if author.get("authtype", "Author") == "Author" and author.get("name")
        ),
        journal=_clean(summary.get("source", "")),
        year=_year(summary.get("pubdate", "")),
        volume=summary.get("volume", ""),
        issue=summary.get("issue", ""),
        pages=_short_pages(summary.get("pages", "")),
        pmid=pmid,
        doi=ids.get("doi", ""),
        raw=summary,
    )


def crossref(doi: str) -> Record:
    doi = doi.strip()
    _valid(validate_doi, doi)
    data = _get_json(CROSSREF_URL + urllib.parse.quote(doi, safe="/"), "Crossref", doi=doi)
    work = data.get("message") if isinstance(data, dict) else None
    if not isinstance(work, dict) or not work.get("title"):
        raise NotFound(f"Crossref has no record of DOI {doi}. Check it.")
    issued = (work.get("issued") or {}).get("date-parts") or [[None]]
    year = issued[0][0] if issued and issued[0] else None
    relation = work.get("relation") or {}
    updates = (
        *({"kind": "update-to", **item} for item in work.get("update-to", [])),
        *({"kind": "updated-by", **item} for item in work.get("updated-by", [])),
        *({"kind": name, **item} for name, items in relation.items() for item in items),
    )
    return Record(
        source="Crossref",
        identifier=f"doi:{doi.lower()}",
        title=_clean(work["title"][0]),
        authors=tuple(
            _clean(f"{person['family']} {_initials(person.get('given', ''))}")
            for person in work.get("author", []) if person.get("family")
        ),
        journal=_clean(
            (work.get("short-container-title") or work.get("container-title") or [""])[0]
        ),
        year=str(year) if year else "",
        volume=work.get("volume", ""),
        issue=work.get("issue", ""),
        pages=_short_pages(work.get("page", "")),
        doi=work.get("DOI", doi),
        updates=tuple(updates),
        raw=work,
    )


def title_matches(citation: str, title: str) -> bool:
    """Whether `citation` carries the record's `title` (letter case, accents, punctuation and
    spacing aside): a citation that does not names another paper than its identifier."""
    wanted = _words(title)
    return bool(wanted) and wanted in _words(citation)


# --- The network ------------------------------------------------------------------------


def _get_json(url: str, service: str, doi: str = "") -> dict:
    request = urllib.request.Request(url, headers={
        "User-Agent": f"her2site/1.0 ({settings.SITE_URL}; mailto:{settings.LITERATURE_CONTACT_EMAIL})",
        "Accept": "application/json",
    })
    try:
        with urllib.request.urlopen(request, timeout=settings.LITERATURE_TIMEOUT_SECONDS) as response:
            return json.loads(response.read(2_000_000).decode("utf-8"))
    except urllib.error.HTTPError as error:
        if error.code == 404 and doi:
            raise NotFound(f"Crossref has no record of DOI {doi}. Check it.") from error
        raise Unavailable(
            f"{service} answered with an error ({error.code}). Try again later, or type the "
            "citation by hand."
        ) from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise Unavailable(
            f"{service} could not be reached ({_reason(error)}). Type the citation by hand, or "
            "look it up again later."
        ) from error
    except (ValueError, UnicodeDecodeError) as error:
        raise Unavailable(f"{service} sent an answer that could not be read. Try again later.") from error


def _reason(error) -> str:
    reason = getattr(error, "reason", None) or error
    return str(reason) or type(error).__name__


# --- Cleaning what the services send -------------------------------------------------------


def _valid(validator, value):
    from django.core.exceptions import ValidationError

    try:
        validator(value)
    except ValidationError as error:
        raise LookupFailed(" ".join(error.messages)) from error


_TAGS = re.compile(r"<[^>]+>")


def _clean(text: str) -> str:
    # Crossref titles may carry JATS markup (<i>, <sub>); both may carry runs of spaces.
    return " ".join(_TAGS.sub("", text or "").split())


def _year(pubdate: str) -> str:
    found = re.match(r"\d{4}", pubdate or "")
    return found.group() if found else ""


def _initials(given: str) -> str:
    return "".join(part[0] for part in re.split(r"[\s.-]+", given) if part).upper()


def _short_pages(pages: str) -> str:
    """"1783-1791" as bibliographies write it, "1783-91"; anything else as given."""
    found = re.fullmatch(r"(\d+)-(\d+)", (pages or "").strip())
    if not found or len(found.group(1)) != len(found.group(2)):
        return (pages or "").strip()
    first, last = found.groups()
    common = next((i for i, (a, b) in enumerate(zip(first, last)) if a != b), len(first))
    return f"{first}-{last[min(common, len(last) - 1):]}"


def _words(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"\w+", plain))
