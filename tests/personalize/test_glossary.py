"""The glossary rules, on HTML as the renderer produces it (Markdown, sanitized, markers linked)."""

import pytest

from markup import link_citations, render_markdown
from personalize.glossary import apply_glossary

TERMS = {
    "thrombocytopenia": "a low number of platelets",
    "adjuvant": "treatment after surgery",
    "breast cancer": "cancer that starts in the breast",
    "metastatic breast cancer": "breast cancer that has spread",
}


def render_wording(markdown_text):
    return link_citations(render_markdown(markdown_text), {})


def explain(markdown_text, terms=TERMS, seen=None):
    return apply_glossary(render_wording(markdown_text), terms, set() if seen is None else seen)


def explained_terms(html):
    return html.count('<dfn class="glossary">')


def test_first_use_is_explained_inline_with_visible_text():
    html = explain("Watch for thrombocytopenia.")
    assert (
        '<dfn class="glossary">thrombocytopenia</dfn> '
        '<span class="glossary-explanation">(a low number of platelets)</span>.'
    ) in html


def test_only_the_first_use_in_the_article_is_explained():
    seen = set()
    first = explain("Thrombocytopenia is common. Thrombocytopenia can be mild.", seen=seen)
    later_section = explain("Check for thrombocytopenia again.", seen=seen)
    assert explained_terms(first) == 1
    assert explained_terms(later_section) == 0
    assert "Check for thrombocytopenia again." in later_section


def test_matching_ignores_letter_case_and_keeps_the_authors_case():
    html = explain("THROMBOCYTOPENIA was seen.")
    assert '<dfn class="glossary">THROMBOCYTOPENIA</dfn>' in html


@pytest.mark.parametrize("text", ["Neoadjuvant therapy.", "Adjuvants differ.", "A non-adjuvant plan."])
def test_terms_match_whole_words_only(text):
    assert explained_terms(explain(text)) == 0


def test_term_next_to_punctuation_is_a_whole_word():
    assert explained_terms(explain("Given as (adjuvant) treatment.")) == 1


def test_longer_term_wins_over_the_shorter_term_inside_it():
    html = explain("Metastatic breast cancer is treated differently.")
    assert '<dfn class="glossary">Metastatic breast cancer</dfn>' in html
    assert "(breast cancer that has spread)" in html
    assert explained_terms(html) == 1


def test_shorter_term_is_still_explained_where_it_stands_alone():
    html = explain("Metastatic breast cancer differs from early breast cancer.")
    assert explained_terms(html) == 2
    assert '<dfn class="glossary">breast cancer</dfn> <span class="glossary-explanation">(cancer that starts' in html


def test_term_spanning_a_line_break_in_the_source_is_found():
    assert explained_terms(explain("Early breast\ncancer.")) == 1


def test_never_inside_a_link():
    html = explain("See [thrombocytopenia](https://example.org/t) below.")
    assert explained_terms(html) == 0


def test_never_inside_a_citation_marker():
    numbered = {"1": "one", **TERMS}
    html = explain("Platelets fell [1].", terms=numbered)
    assert explained_terms(html) == 0
    assert 'aria-label="Reference 1">1</a>' in html


def test_never_inside_a_heading():
    html = explain("### Thrombocytopenia\n\nLow platelets.")
    assert explained_terms(html) == 0


def test_never_inside_code():
    assert explained_terms(explain("Type `adjuvant` here.")) == 0


def test_a_term_used_only_in_a_link_is_explained_at_its_next_plain_use():
    html = explain("[Adjuvant](https://example.org) care. Then adjuvant again.")
    assert html.count("(treatment after surgery)") == 1
    assert 'Then <dfn class="glossary">adjuvant</dfn> <span' in html


def test_explanations_are_escaped():
    hostile = {"adjuvant": '<script>alert("x")</script> & more'}
    html = explain("Adjuvant care.", terms=hostile)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more" in html


def test_text_that_looks_like_markup_stays_escaped():
    html = explain("Dose < 3 & adjuvant > none.")
    assert "&lt; 3 &amp;" in html and "&gt; none" in html


def test_markup_around_terms_is_kept():
    html = explain("**Adjuvant** care, then *more*.\n\n- one\n- two")
    assert '<strong><dfn class="glossary">Adjuvant</dfn>' in html
    assert "<em>more</em>" in html and "<li>two</li>" in html


def test_no_glossary_leaves_the_html_unchanged():
    html = render_wording("Thrombocytopenia [1].")
    assert apply_glossary(html, {}, set()) == html


def test_blank_terms_are_ignored():
    html = render_wording("Some text.")
    assert apply_glossary(html, {"  ": "x"}, set()) == html
