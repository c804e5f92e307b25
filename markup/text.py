"""Text as editors save it: one form for the same words, whatever the browser or keyboard sent.

Browsers post text areas with Windows line endings, editors paste trailing spaces, and the same
accented letter can arrive composed or decomposed. Saved as sent, a one-word edit re-saves every
text of a form as different, and the review diff marks hundreds of whitespace "changes".
"""

import re
import unicodedata

_LINE_ENDINGS = re.compile(r"\r\n?")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)


def normalize_text(text: str) -> str:
    """`text` with \\n line endings, no spaces at the ends of lines or blank lines at the end, in
    Unicode normal form C. Applying it twice changes nothing."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", _LINE_ENDINGS.sub("\n", text))
    return _TRAILING_SPACE.sub("", text).rstrip("\n")


_SPACE_RUN = re.compile(r"\s+")


def comparable_text(text: str) -> str:
    """`text` with every difference that does not change what Markdown shows taken out: runs of
    spaces and single line breaks become one space, blank lines one paragraph break."""

    def one(match):
        return "\n\n" if match.group().count("\n") >= 2 else " "

    return _SPACE_RUN.sub(one, normalize_text(text).strip())
