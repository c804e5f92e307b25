"""The publications the demo articles cite.

A PMID or DOI is filled in only where it was checked against an independent record of the
paper; elsewhere it is left blank on purpose, because a wrong identifier sends a reader (or a
reviewer) to the wrong paper, which is worse than sending them nowhere.
"""

from ..schema import Source

EMILIA = Source(
    "emilia",
    "Verma S, Miles D, Gianni L, et al. Trastuzumab emtansine for HER2-positive advanced breast "
    "cancer. N Engl J Med. 2012;367:1783-91. (EMILIA)",
    pmid="23020162",
    doi="10.1056/NEJMoa1209124",
)
EMILIA_FINAL_OS = Source(
    "emilia-os",
    "Diéras V, Miles D, Verma S, et al. Trastuzumab emtansine versus capecitabine plus lapatinib "
    "in patients with previously treated HER2-positive advanced breast cancer (EMILIA): a "
    "descriptive analysis of final overall survival results from a randomised, open-label, "
    "phase 3 trial. Lancet Oncol. 2017;18:732-42. (EMILIA, final overall survival)",
)
KATHERINE = Source(
    "katherine",
    "von Minckwitz G, Huang CS, Mano MS, et al. Trastuzumab emtansine for residual invasive "
    "HER2-positive breast cancer. N Engl J Med. 2019;380:617-28. (KATHERINE)",
    pmid="30516102",
    doi="10.1056/NEJMoa1814017",
)
CLEOPATRA_PFS = Source(
    "cleopatra-pfs",
    "Baselga J, Cortés J, Kim SB, et al. Pertuzumab plus trastuzumab plus docetaxel for "
    "metastatic breast cancer. N Engl J Med. 2012;366:109-19. (CLEOPATRA, primary analysis)",
    doi="10.1056/NEJMoa1113216",
)
CLEOPATRA_OS = Source(
    "cleopatra-os",
    "Swain SM, Baselga J, Kim SB, et al. Pertuzumab, trastuzumab, and docetaxel in "
    "HER2-positive metastatic breast cancer. N Engl J Med. 2015;372:724-34. (CLEOPATRA, final "
    "prespecified overall survival analysis)",
    pmid="25693012",
    doi="10.1056/NEJMoa1413513",
)
CLEOPATRA_END = Source(
    "cleopatra-end",
    "Swain SM, Miles D, Kim SB, et al. Pertuzumab, trastuzumab, and docetaxel for "
    "HER2-positive metastatic breast cancer (CLEOPATRA): end-of-study results from a "
    "double-blind, randomised, placebo-controlled, phase 3 study. Lancet Oncol. "
    "2020;21:519-30. (CLEOPATRA, end of study)",
)
H0648G = Source(
    "slamon",
    "Slamon DJ, Leyland-Jones B, Shak S, et al. Use of chemotherapy plus a monoclonal antibody "
    "against HER2 for metastatic breast cancer that overexpresses HER2. N Engl J Med. "
    "2001;344:783-92. (H0648g)",
    pmid="11248153",
    doi="10.1056/NEJM200103153441101",
)
MARIANNE = Source(
    "marianne",
    "Perez EA, Barrios C, Eiermann W, et al. Trastuzumab emtansine with or without pertuzumab "
    "versus trastuzumab plus taxane for human epidermal growth factor receptor 2-positive, "
    "advanced breast cancer: primary results from the phase III MARIANNE study. J Clin Oncol. "
    "2017;35:141-8. (MARIANNE)",
    pmid="28056202",
)
DESTINY_BREAST03 = Source(
    "db03",
    "Cortés J, Kim SB, Chung WP, et al. Trastuzumab deruxtecan versus trastuzumab emtansine "
    "for breast cancer. N Engl J Med. 2022;386:1143-54. (DESTINY-Breast03)",
    doi="10.1056/NEJMoa2115022",
)
DESTINY_BREAST03_UPDATE = Source(
    "db03-update",
    "Hurvitz SA, Hegg R, Chung WP, et al. Trastuzumab deruxtecan versus trastuzumab emtansine "
    "in patients with HER2-positive metastatic breast cancer: updated results from "
    "DESTINY-Breast03, a randomised, open-label, phase 3 trial. Lancet. 2023;401:105-17. "
    "(DESTINY-Breast03, updated analysis)",
)
KADCYLA_LABEL = Source(
    "kadcyla-label",
    "KADCYLA (ado-trastuzumab emtansine) for injection, for intravenous use. Prescribing "
    "information. Genentech, Inc. (current version on DailyMed)",
    url="https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=kadcyla",
)
HERZUMA_LABEL = Source(
    "herzuma-label",
    "HERZUMA (trastuzumab-pkrb) for injection, for intravenous use. Prescribing information. "
    "Celltrion, Inc. (current version on DailyMed)",
    url="https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=herzuma",
)
ENHERTU_LABEL = Source(
    "enhertu-label",
    "ENHERTU (fam-trastuzumab deruxtecan-nxki) for injection, for intravenous use. Prescribing "
    "information. Daiichi Sankyo, Inc. (current version on DailyMed)",
    url="https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=enhertu",
)
HERCEPTIN_HYLECTA_LABEL = Source(
    "hylecta-label",
    "HERCEPTIN HYLECTA (trastuzumab and hyaluronidase-oysk) injection, for subcutaneous use. "
    "Prescribing information. Genentech, Inc. (current version on DailyMed)",
    url="https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=herceptin+hylecta",
)
HANNAH = Source(
    "hannah",
    "Ismael G, Hegg R, Muehlbauer S, et al. Subcutaneous versus intravenous administration of "
    "(neo)adjuvant trastuzumab in patients with HER2-positive, clinical stage I-III breast "
    "cancer (HannaH study): a phase 3, open-label, multicentre, randomised trial. Lancet Oncol. "
    "2012;13:869-78. (HannaH)",
)
HANNAH_FINAL = Source(
    "hannah-final",
    "Jackisch C, Stroyakovskiy D, Pivot X, et al. Subcutaneous vs intravenous trastuzumab for "
    "patients with ERBB2-positive early breast cancer: final analysis of the HannaH phase 3 "
    "randomized clinical trial. JAMA Oncol. 2019;5:e190339. (HannaH, final analysis)",
    pmid="30998824",
    doi="10.1001/jamaoncol.2019.0339",
)
PREFHER = Source(
    "prefher",
    "Pivot X, Gligorov J, Müller V, et al. Patients' preferences for subcutaneous trastuzumab "
    "versus conventional intravenous infusion for the adjuvant treatment of HER2-positive early "
    "breast cancer: final analysis of 488 patients in the international, randomized, two-cohort "
    "PrefHer study. Ann Oncol. 2014;25:1979-87. (PrefHer)",
    doi="10.1093/annonc/mdu364",
)
