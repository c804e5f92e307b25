"""Text as it is saved: one form for the same words, whatever the browser sent."""

import unicodedata

from markup import comparable_text, normalize_text


def test_windows_and_old_mac_line_endings_become_newlines():
    assert normalize_text("One.\r\nTwo.\rThree.") == "One.\nTwo.\nThree."


def test_spaces_at_the_ends_of_lines_and_blank_lines_at_the_end_go():
    assert normalize_text("One.  \r\n\r\nTwo.\t\r\n\r\n") == "One.\n\nTwo."


def test_accents_are_saved_in_one_unicode_form():
    decomposed = unicodedata.normalize("NFD", "Diéras")
    assert decomposed != "Diéras"
    assert normalize_text(decomposed) == "Diéras"


def test_normalising_twice_changes_nothing():
    text = "A [1].  \r\n\r\n* b\r\n* c  "
    assert normalize_text(normalize_text(text)) == normalize_text(text)


def test_leading_indentation_is_kept_as_markdown_needs_it():
    assert normalize_text("List:\r\n\r\n    code") == "List:\n\n    code"


def test_texts_that_read_the_same_compare_equal_but_a_new_paragraph_does_not():
    assert comparable_text("One  two\r\nthree.") == comparable_text("One two three.")
    assert comparable_text("One.\n\nTwo.") != comparable_text("One. Two.")
