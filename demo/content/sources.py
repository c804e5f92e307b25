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
    evidence="rct",
)
EMILIA_FINAL_OS = Source(
    "emilia-os",
    "Diéras V, Miles D, Verma S, et al. Trastuzumab emtansine versus capecitabine plus lapatinib "
    "in patients with previously treated HER2-positive advanced breast cancer (EMILIA): a "
    "descriptive analysis of final overall survival results from a randomised, open-label, "
    "phase 3 trial. Lancet Oncol. 2017;18:732-42. (EMILIA, final overall survival)",
    evidence="rct",
)
KATHERINE = Source(
    "katherine",
    "von Minckwitz G, Huang CS, Mano MS, et al. Trastuzumab emtansine for residual invasive "
    "HER2-positive breast cancer. N Engl J Med. 2019;380:617-28. (KATHERINE)",
    pmid="30516102",
    doi="10.1056/NEJMoa1814017",
    evidence="rct",
)
# Identifiers as given in issue 15 (PMID) and by the NEJM record of the paper (DOI).
KATHERINE_OS = Source(
    "katherine-os",
    "Geyer CE Jr, Untch M, Huang CS, et al. Survival with trastuzumab emtansine in residual "
    "HER2-positive breast cancer. N Engl J Med. 2025;392:249-57. (KATHERINE, final invasive "
    "disease-free survival and second interim overall survival analysis)",
    pmid="39813643",
    doi="10.1056/NEJMoa2406070",
    evidence="rct",
)
CLEOPATRA_PFS = Source(
    "cleopatra-pfs",
    "Baselga J, Cortés J, Kim SB, et al. Pertuzumab plus trastuzumab plus docetaxel for "
    "metastatic breast cancer. N Engl J Med. 2012;366:109-19. (CLEOPATRA, primary analysis)",
    doi="10.1056/NEJMoa1113216",
    evidence="rct",
)
CLEOPATRA_OS = Source(
    "cleopatra-os",
    "Swain SM, Baselga J, Kim SB, et al. Pertuzumab, trastuzumab, and docetaxel in "
    "HER2-positive metastatic breast cancer. N Engl J Med. 2015;372:724-34. (CLEOPATRA, final "
    "prespecified overall survival analysis)",
    pmid="25693012",
    doi="10.1056/NEJMoa1413513",
    evidence="rct",
)
CLEOPATRA_END = Source(
    "cleopatra-end",
    "Swain SM, Miles D, Kim SB, et al. Pertuzumab, trastuzumab, and docetaxel for "
    "HER2-positive metastatic breast cancer (CLEOPATRA): end-of-study results from a "
    "double-blind, randomised, placebo-controlled, phase 3 study. Lancet Oncol. "
    "2020;21:519-30. (CLEOPATRA, end of study)",
    evidence="rct",
)
H0648G = Source(
    "slamon",
    "Slamon DJ, Leyland-Jones B, Shak S, et al. Use of chemotherapy plus a monoclonal antibody "
    "against HER2 for metastatic breast cancer that overexpresses HER2. N Engl J Med. "
    "2001;344:783-92. (H0648g)",
    pmid="11248153",
    doi="10.1056/NEJM200103153441101",
    evidence="rct",
)
MARIANNE = Source(
    "marianne",
    "Perez EA, Barrios C, Eiermann W, et al. Trastuzumab emtansine with or without pertuzumab "
    "versus trastuzumab plus taxane for human epidermal growth factor receptor 2-positive, "
    "advanced breast cancer: primary results from the phase III MARIANNE study. J Clin Oncol. "
    "2017;35:141-8. (MARIANNE)",
    pmid="28056202",
    evidence="rct",
)
DESTINY_BREAST03 = Source(
    "db03",
    "Cortés J, Kim SB, Chung WP, et al. Trastuzumab deruxtecan versus trastuzumab emtansine "
    "for breast cancer. N Engl J Med. 2022;386:1143-54. (DESTINY-Breast03)",
    doi="10.1056/NEJMoa2115022",
    evidence="rct",
)
DESTINY_BREAST03_UPDATE = Source(
    "db03-update",
    "Hurvitz SA, Hegg R, Chung WP, et al. Trastuzumab deruxtecan versus trastuzumab emtansine "
    "in patients with HER2-positive metastatic breast cancer: updated results from "
    "DESTINY-Breast03, a randomised, open-label, phase 3 trial. Lancet. 2023;401:105-17. "
    "(DESTINY-Breast03, updated analysis, 2023)",
    evidence="rct",
)
DESTINY_BREAST03_OS = Source(
    "db03-os",
    "Cortés J, Hurvitz SA, Im SA, et al. Trastuzumab deruxtecan versus trastuzumab emtansine in "
    "HER2-positive metastatic breast cancer: long-term survival analysis of the DESTINY-Breast03 "
    "trial. Nat Med. 2024;30:2208-15. (DESTINY-Breast03, updated overall survival analysis)",
    doi="10.1038/s41591-024-03021-7",
    evidence="rct",
)
# The author list of the NEJM paper was not checked: cited by trial, title, journal and year.
DESTINY_BREAST05 = Source(
    "db05",
    "DESTINY-Breast05 investigators. Trastuzumab deruxtecan in residual HER2-positive early "
    "breast cancer. N Engl J Med. 2025 (published December 2025; first presented at the ESMO "
    "Congress, October 2025). (DESTINY-Breast05)",
    evidence="rct",
)
# Exact title not checked: the bracketed text describes the paper, it is not its title.
DESTINY_BREAST09 = Source(
    "db09",
    "Tolaney SM, et al. [Trastuzumab deruxtecan plus pertuzumab versus a taxane, trastuzumab "
    "and pertuzumab, first line, in HER2-positive advanced breast cancer: interim analysis.] "
    "N Engl J Med. 2025. (DESTINY-Breast09)",
    evidence="rct",
)
HER2CLIMB = Source(
    "her2climb",
    "Murthy RK, Loi S, Okines A, et al. Tucatinib, trastuzumab, and capecitabine for "
    "HER2-positive metastatic breast cancer. N Engl J Med. 2020;382:597-609. (HER2CLIMB)",
    pmid="31825569",
    doi="10.1056/NEJMoa1914609",
    evidence="rct",
)
CT_P6 = Source(
    "ct-p6",
    "Stebbing J, Baranau Y, Baryash V, et al. CT-P6 compared with reference trastuzumab for "
    "HER2-positive breast cancer: a randomised, double-blind, active-controlled, phase 3 "
    "equivalence trial. Lancet Oncol. 2017;18:917-28. (CT-P6: Herzuma's phase 3 trial)",
    pmid="28592386",
    doi="10.1016/S1470-2045(17)30434-5",
    evidence="rct",
)
KADCYLA_LABEL = Source(
    "kadcyla-label",
    "KADCYLA (ado-trastuzumab emtansine) for injection, for intravenous use. Prescribing "
    "information (US). Genentech, Inc. (current version on DailyMed)",
    url="https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=kadcyla",
    evidence="label",
)
HERZUMA_LABEL = Source(
    "herzuma-label",
    "HERZUMA (trastuzumab-pkrb) for injection, for intravenous use. US prescribing "
    "information. Labeler: Teva Pharmaceuticals USA (Cephalon, LLC); manufacturer: Celltrion, "
    "Inc. (current version on DailyMed)",
    url="https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=herzuma",
    evidence="label",
)
HERZUMA_SMPC = Source(
    "herzuma-smpc",
    "Herzuma (trastuzumab) powder for concentrate for solution for infusion. Summary of "
    "product characteristics (EU). European Medicines Agency, EPAR EMEA/H/C/002575 (current "
    "version)",
    url="https://www.ema.europa.eu/en/medicines/human/EPAR/herzuma",
    evidence="label",
)
ENHERTU_LABEL = Source(
    "enhertu-label",
    "ENHERTU (fam-trastuzumab deruxtecan-nxki) for injection, for intravenous use. Prescribing "
    "information. Daiichi Sankyo, Inc. (current version on DailyMed)",
    url="https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=enhertu",
    evidence="label",
)
HERCEPTIN_HYLECTA_LABEL = Source(
    "hylecta-label",
    "HERCEPTIN HYLECTA (trastuzumab and hyaluronidase-oysk) injection, for subcutaneous use. "
    "Prescribing information. Genentech, Inc. (current version on DailyMed)",
    url="https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=herceptin+hylecta",
    evidence="label",
)
HANNAH = Source(
    "hannah",
    "Ismael G, Hegg R, Muehlbauer S, et al. Subcutaneous versus intravenous administration of "
    "(neo)adjuvant trastuzumab in patients with HER2-positive, clinical stage I-III breast "
    "cancer (HannaH study): a phase 3, open-label, multicentre, randomised trial. Lancet Oncol. "
    "2012;13:869-78. (HannaH)",
    evidence="rct",
)
HANNAH_FINAL = Source(
    "hannah-final",
    "Jackisch C, Stroyakovskiy D, Pivot X, et al. Subcutaneous vs intravenous trastuzumab for "
    "patients with ERBB2-positive early breast cancer: final analysis of the HannaH phase 3 "
    "randomized clinical trial. JAMA Oncol. 2019;5:e190339. (HannaH, final analysis)",
    pmid="30998824",
    doi="10.1001/jamaoncol.2019.0339",
    evidence="rct",
)
PREFHER = Source(
    "prefher",
    "Pivot X, Gligorov J, Müller V, et al. Patients' preferences for subcutaneous trastuzumab "
    "versus conventional intravenous infusion for the adjuvant treatment of HER2-positive early "
    "breast cancer: final analysis of 488 patients in the international, randomized, two-cohort "
    "PrefHer study. Ann Oncol. 2014;25:1979-87. (PrefHer)",
    pmid="25070545",
    doi="10.1093/annonc/mdu364",
    evidence="rct",
)
