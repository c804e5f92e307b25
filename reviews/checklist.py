"""The sign-off checklist a board member ticks to approve: data (reviews.models.ChecklistItem),
so that a board can adapt it in the admin. A new site starts with these items: four on the
article's facts, and the DISCERN instrument's questions that matter when treatments are compared
(Charnock et al., J Epidemiol Community Health 1999; DISCERN questions 9-16, in our words).
"""

DEFAULT_ITEMS = (
    ("checked_dosing", "Dosing checked against the product label", ""),
    ("checked_figures", "Every figure checked against its source", ""),
    ("checked_citations", "The citations support the claims", ""),
    ("checked_wording", "The wording fits each reader type", ""),
    ("benefits_and_risks", "The benefits and the risks of each treatment are stated", "DISCERN 10 and 11"),
    ("uncertainty", "Areas of uncertainty are stated", "DISCERN 8"),
    ("more_than_one_option", "The article says there is more than one option", "DISCERN 13"),
    ("sources_and_dates", "The sources and their dates are clear", "DISCERN 4 and 5"),
)
