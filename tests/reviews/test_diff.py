"""The review diff marks the words that changed, and nothing that reads the same."""

from reviews.diff import change_excerpt, word_diff

LEAD = (
    "Kadcyla and Herzuma are different medicines with similar names, and one must never be "
    "substituted for the other [1].\n\nBoth are given into a vein.\n\n"
    "Herzuma is a biosimilar of Herceptin [2]."
)


def test_a_crlf_resave_with_one_sentence_changed_marks_only_that_sentences_words():
    as_posted = LEAD.replace("one must never be substituted for the other", "the two are not interchangeable")
    as_posted = as_posted.replace("\n", "\r\n") + "  \r\n"
    html = str(word_diff(LEAD, as_posted))
    assert html.count("<ins>") == 1 and html.count("<del>") == 2
    assert "<ins>two are not interchangeable</ins>" in html
    assert "<del>one must never be substituted for </del>" in html


def test_whitespace_only_differences_mark_nothing():
    assert "<ins>" not in str(word_diff(LEAD, LEAD.replace("\n", "\r\n").replace(" ", "  ")))


def test_a_new_paragraph_break_is_marked():
    assert "<ins>¶</ins>" in str(word_diff("One. Two.", "One.\n\nTwo."))


def test_an_excerpt_shows_each_change_with_a_few_words_around_it():
    changed = LEAD.replace("similar names", "look-alike names").replace("[2]", "[2, 3]")
    excerpt = str(change_excerpt(LEAD, changed))
    assert excerpt.startswith("and Herzuma are different medicines with <del>similar</del><ins>look-alike</ins>")
    assert " … " in excerpt  # two changes far apart
    assert "[2<ins>, 3</ins>]" in excerpt
    assert "Both are given into a vein" not in excerpt
