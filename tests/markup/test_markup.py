import pytest

from markup import cut_at_word, link_citations, markers_in, plain_text, render_markdown


def test_markers_are_found_singly_and_in_groups_but_not_in_markdown_links():
    assert markers_in("A [1] and [2, 3] but not [4](http://x.org) or [a].") == [1, 2, 3]


def test_each_citation_of_a_reference_gets_its_own_id_counted_across_sections():
    occurrences = {}
    first = link_citations("<p>One [1]. Two [1, 2].</p>", occurrences)
    assert 'id="cite-1-1"' in first and 'id="cite-1-2"' in first and 'id="cite-2-1"' in first
    assert first.count('href="#ref-1"') == 2
    later = link_citations("<p>Again [2].</p>", occurrences)
    assert 'id="cite-2-2"' in later
    assert occurrences == {1: 2, 2: 2}


def test_a_marker_attaches_to_its_word_without_a_gap_and_cannot_wrap_alone():
    html = link_citations(render_markdown("Antibody-dependent cytotoxicity [1]."), {})
    # The space before the marker is gone, and a word joiner holds the word and marker together.
    assert 'cytotoxicity&#8288;<sup class="cite-group">' in html
    assert "</a></sup>." in html
    assert " <sup" not in html


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        '<a href="javascript:alert(1)">x</a>',
        '<img src="x" onerror="alert(1)">',
        '<p style="position:fixed">x</p>',
        "<iframe src='//evil.example'></iframe>",
    ],
)
def test_author_html_is_sanitized(hostile):
    html = render_markdown(hostile)
    for bad in ("<script", "javascript:", "onerror", "style=", "<iframe"):
        assert bad not in html


def test_plain_text_drops_markup_and_decodes_entities():
    assert plain_text("**Bold** & *more*\n\n- one\n- two") == "Bold & more one two"


def test_cut_at_word_never_cuts_a_word_in_two():
    text = "Trastuzumab emtansine prolongs progression-free survival in previously treated disease"
    cut = cut_at_word(text, 40)
    assert cut == "Trastuzumab emtansine prolongs…"
    assert len(cut) <= 40
    assert cut_at_word("Short.", 40) == "Short."
