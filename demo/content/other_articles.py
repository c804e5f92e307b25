"""The two shorter demo articles: one waiting in review, one still a draft."""

from . import sources as s
from ..schema import DemoArticle, DemoRevision, Part
from ..schema import Wording as W

ENHERTU_VS_KADCYLA = DemoArticle(
    slug="enhertu-vs-kadcyla",
    question=(
        "How does trastuzumab deruxtecan (Enhertu) compare with trastuzumab emtansine "
        "(Kadcyla) after first-line treatment?"
    ),
    topic="HER2-positive metastatic breast cancer",
    drugs="Enhertu (trastuzumab deruxtecan), Kadcyla (trastuzumab emtansine)",
    stage="in_review",
    publish_while_in_review=True,
    revisions=(DemoRevision(
    change_summary="First version, submitted to the advisory board.",
    parts=(
        Part(
            professional=W("Summary", """\
In HER2-positive metastatic breast cancer previously treated with trastuzumab and a taxane,
trastuzumab deruxtecan (Enhertu) gave markedly longer progression-free survival than
trastuzumab emtansine (Kadcyla) in the randomized DESTINY-Breast03 trial [@db03], and the
updated analysis also showed longer overall survival [@db03-update]. The price is a higher
risk of interstitial lung disease, which needs active monitoring [@db03, @enhertu-label].
"""),
            patient=W("Summary", """\
Enhertu and Kadcyla are both HER2 drugs. Each one carries chemotherapy into the cancer cells.
A large study compared them. It looked at people whose spread breast cancer had grown after
earlier HER2 drugs. Enhertu held the cancer back for much longer. People on it also lived
longer. [@db03, @db03-update] But Enhertu can cause a lung problem. Your team will check your
breathing closely. [@enhertu-label]
"""),
            caregiver=W("Summary", """\
Enhertu and Kadcyla both carry chemotherapy into cancer cells. A large study compared them in
people whose spread breast cancer had grown after earlier HER2 drugs. Enhertu held the cancer
back much longer, and people on it lived longer. [@db03, @db03-update] Enhertu can cause a lung
problem. Tell the care team at once about a new cough or shortness of breath. [@enhertu-label]
"""),
        ),
        Part(
            professional=W("What DESTINY-Breast03 compared", """\
- 524 patients with HER2-positive unresectable or metastatic breast cancer, previously treated
  with trastuzumab and a taxane, or relapsing within 6 months of neoadjuvant or adjuvant
  treatment [@db03].
- Randomized 1:1 to trastuzumab deruxtecan 5.4 mg/kg or trastuzumab emtansine 3.6 mg/kg, both
  intravenously every 3 weeks until progression or unacceptable toxicity [@db03].
- The primary end point was progression-free survival by blinded independent central review
  [@db03].
"""),
        ),
        Part(
            professional=W("Efficacy", """\
- Primary analysis: 75.8% vs 34.1% of patients alive without progression at 12 months (HR for
  progression or death 0.28, 95% CI 0.22-0.37); objective response 79.7% vs 34.2% [@db03].
- Updated analysis: median progression-free survival 28.8 vs 6.8 months, and overall survival
  longer with trastuzumab deruxtecan (HR for death 0.64, 95% CI 0.47-0.87) [@db03-update].
- Both drugs were compared in the second line; Kadcyla's own advantage over lapatinib plus
  capecitabine in that setting comes from EMILIA [@emilia].
"""),
        ),
        Part(
            professional=W("Safety", """\
- Drug-related interstitial lung disease or pneumonitis: 10.5% with trastuzumab deruxtecan vs
  1.9% with trastuzumab emtansine, with no grade 4 or 5 events in the primary analysis
  [@db03].
- Trastuzumab deruxtecan carries boxed warnings for interstitial lung disease and
  embryo-fetal toxicity; it must not be substituted for or with trastuzumab or
  ado-trastuzumab emtansine [@enhertu-label].
- Nausea and alopecia were more frequent with trastuzumab deruxtecan; thrombocytopenia and
  raised liver enzymes are the characteristic toxicities of trastuzumab emtansine [@db03,
  @kadcyla-label].
"""),
        ),
    ),
    sources=(
        s.DESTINY_BREAST03, s.DESTINY_BREAST03_UPDATE, s.ENHERTU_LABEL, s.EMILIA,
        s.KADCYLA_LABEL,
    ),
    ),),
)

SUBCUTANEOUS_TRASTUZUMAB = DemoArticle(
    slug="subcutaneous-vs-intravenous-trastuzumab",
    question="How does subcutaneous trastuzumab compare with intravenous trastuzumab?",
    topic="HER2-positive early breast cancer",
    drugs="Herceptin Hylecta (subcutaneous trastuzumab), intravenous trastuzumab",
    stage="draft",
    revisions=(DemoRevision(
    change_summary="Working draft; not yet submitted for review.",
    parts=(
        Part(
            professional=W("Summary", """\
Subcutaneous trastuzumab is a fixed 600 mg dose, co-formulated with hyaluronidase and injected
into the thigh over a few minutes every 3 weeks, without a loading dose [@hylecta-label]. In
the HannaH trial it was noninferior to intravenous trastuzumab in early breast cancer for
trough concentration and pathological complete response [@hannah], and the
final analysis found the same 6-year event-free and overall survival in both arms
[@hannah-final].
"""),
        ),
        Part(
            professional=W("Evidence", """\
- **HannaH:** 596 patients with HER2-positive early breast cancer received (neo)adjuvant
  chemotherapy with subcutaneous or intravenous trastuzumab every 3 weeks, for one year of
  treatment in total [@hannah].
- Final analysis: 6-year event-free survival 65% in both arms (HR 0.98, 95% CI 0.74-1.29) and
  6-year overall survival 84% in both arms [@hannah-final].
- **PrefHer:** after trying both routes, 415 of 467 patients (88.9%) preferred subcutaneous
  trastuzumab; clinician-reported adverse events were somewhat more frequent during the
  subcutaneous periods (61.0% vs 51.3%), with grade 3 events in 3.3% during each [@prefher].
"""),
        ),
        Part(
            professional=W("Practical points", """\
- The subcutaneous product is not interchangeable with intravenous trastuzumab products such
  as Herzuma: dose, route and formulation differ [@hylecta-label, @herzuma-label].
- In HannaH the subcutaneous arm received the fixed dose from the first cycle, without a
  loading dose, while the intravenous arm received 8 mg/kg and then 6 mg/kg [@hannah-final].
- The subcutaneous route spares a venous line for trastuzumab itself, not for chemotherapy
  given alongside it.
"""),
        ),
    ),
    sources=(
        s.HERCEPTIN_HYLECTA_LABEL, s.HANNAH, s.HANNAH_FINAL, s.PREFHER, s.HERZUMA_LABEL,
    ),
    ),),
)
