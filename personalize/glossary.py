"""Plain-language explanations of medical terms for lay readers (filled in by issue 4)."""


def apply_glossary(html: str, glossary, seen: set[str]) -> str:
    return html
