"""The demo article shown while in review: Enhertu (trastuzumab deruxtecan) vs Kadcyla.

Every section has a patient and a caregiver wording under its own heading. The primary
analysis of DESTINY-Breast03 (NEJM 2022), its 2023 update (Lancet) and its long-term analysis
(Nature Medicine 2024) are kept apart, so no figure is mixed with another analysis's.
"""

from datetime import date

from . import sources as s
from ..schema import DemoArticle, DemoRevision, Part
from ..schema import Wording as W

KEY_POINTS = Part(
    kind="key_points",
    professional=W("Key points", """\
- In DESTINY-Breast03, in HER2-positive metastatic breast cancer previously treated with
  trastuzumab and a taxane, trastuzumab deruxtecan (Enhertu) gave much longer
  progression-free survival than trastuzumab emtansine (Kadcyla) (HR 0.28) [@db03].
- With longer follow-up, median overall survival was 52.6 vs 42.7 months (HR 0.73)
  [@db03-os].
- The main risk of trastuzumab deruxtecan is interstitial lung disease or pneumonitis, which
  can be fatal: drug-related cases rose from 10.5% (vs 1.9%) in the primary analysis
  [@db03] to 16.7% (vs 3.4%) with longer follow-up [@db03-os].
- Both drugs carry a boxed warning for embryo-fetal toxicity: effective contraception during
  treatment and for 7 months after the last dose, and 4 months for male patients with
  partners who could become pregnant [@enhertu-label, @kadcyla-label].
- After neoadjuvant therapy, in high-risk residual invasive disease, DESTINY-Breast05 also
  favoured trastuzumab deruxtecan over Kadcyla (HR 0.47) [@db05].
"""),
    patient=W("The short answer", """\
- Enhertu and Kadcyla both carry a cancer drug into cancer cells. In a large study of spread
  breast cancer, Enhertu held the cancer back much longer. [@db03]
- People on Enhertu also lived longer. Half lived about 53 months or more. On Kadcyla, it was
  about 43 months. [@db03-os]
- Enhertu can cause a lung problem that can be fatal. Tell your team at once about a new
  cough, shortness of breath or fever. [@enhertu-label]
- Both drugs can harm an unborn baby. Use birth control during treatment and for 7 months
  after the last dose. [@enhertu-label, @kadcyla-label]
"""),
    caregiver=W("The short answer for families", """\
- Enhertu and Kadcyla both carry a cancer drug into cancer cells. In a large study of spread
  breast cancer, Enhertu held the cancer back much longer. [@db03]
- People on Enhertu also lived longer. Half lived about 53 months or more. On Kadcyla, it was
  about 43 months. [@db03-os]
- Enhertu can cause a lung problem that can be fatal. A new cough, shortness of breath or
  fever must be reported at once. [@enhertu-label]
- Both drugs can harm an unborn baby. Birth control is needed during treatment and for 7
  months after the last dose. [@enhertu-label, @kadcyla-label]
"""),
)

SUMMARY = Part(
    professional=W("Summary", """\
In HER2-positive metastatic breast cancer previously treated with trastuzumab and a taxane,
trastuzumab deruxtecan (Enhertu) gave markedly longer progression-free survival than
trastuzumab emtansine (Kadcyla) in the randomized DESTINY-Breast03 trial [@db03], and the
long-term analysis showed longer overall survival [@db03-os]. The price is a higher risk of
interstitial lung disease, which can be fatal and needs active monitoring [@db03-os,
@enhertu-label]. After neoadjuvant therapy, in high-risk residual invasive disease,
DESTINY-Breast05 also favoured trastuzumab deruxtecan over Kadcyla [@db05].
"""),
    patient=W("Enhertu and Kadcyla in brief", """\
Enhertu and Kadcyla are both HER2 drugs. Each one carries chemotherapy into the cancer cells.
A large study compared them. It looked at people whose spread breast cancer had been treated
with trastuzumab and a taxane. Enhertu held the cancer back for much longer. People on it also
lived longer. [@db03, @db03-os]

But Enhertu can cause a lung problem, and it can be fatal. Your team will check your breathing
closely. [@db03-os, @enhertu-label] A newer study found Enhertu also worked better than Kadcyla
after surgery, for people at high risk. [@db05]
"""),
    caregiver=W("Enhertu and Kadcyla in brief", """\
Enhertu and Kadcyla both carry a cancer drug into cancer cells. A large study compared them.
All the people in it had spread breast cancer that had been treated with trastuzumab and a
taxane. Enhertu held the cancer back much longer, and people on it lived longer. [@db03,
@db03-os]

Enhertu can cause a lung problem that can be fatal. Tell the care team at once about a new
cough, shortness of breath or fever. [@db03-os, @enhertu-label] A newer study looked at people
at high risk who had surgery. Enhertu worked better than Kadcyla there too. [@db05]
"""),
)

DESIGN = Part(
    professional=W("What DESTINY-Breast03 compared", """\
- 524 patients with HER2-positive unresectable or metastatic breast cancer, previously treated
  with trastuzumab and a taxane, or relapsing within 6 months of neoadjuvant or adjuvant
  treatment [@db03].
- Randomized 1:1 to trastuzumab deruxtecan 5.4 mg/kg or trastuzumab emtansine 3.6 mg/kg, both
  intravenously every 3 weeks until progression or unacceptable toxicity [@db03].
- The primary end point was progression-free survival by blinded independent central review
  [@db03].
"""),
    patient=W("The study that compared them", """\
- The study took in 524 people with spread breast cancer. All had been treated with
  trastuzumab and a taxane before. Some had cancer that came back soon after treatment for
  early cancer. [@db03]
- Half got Enhertu and half got Kadcyla. Both were given as a drip every 3 weeks. [@db03]
- The main question was how long people lived before the cancer grew. [@db03]
"""),
    caregiver=W("The study that compared them", """\
- The study took in 524 people with spread breast cancer who had been treated with
  trastuzumab and a taxane. Some had cancer that came back soon after treatment for early
  cancer. [@db03]
- Half got Enhertu and half got Kadcyla, both as a drip every 3 weeks. [@db03]
- The main question was how long people lived before the cancer grew. [@db03]
"""),
)

EFFICACY = Part(
    professional=W("Efficacy", """\
- Primary analysis: 75.8% vs 34.1% of patients alive without progression at 12 months (HR for
  progression or death 0.28, 95% CI 0.22-0.37); objective response 79.7% vs 34.2% [@db03].
- 2023 updated analysis: median progression-free survival 28.8 vs 6.8 months [@db03-update].
- Long-term analysis (median follow-up about 41 months): median overall survival 52.6 vs 42.7
  months (HR 0.73) [@db03-os]. This is the current overall survival result; it replaces the
  earlier hazard ratio for death.
- Kadcyla's own advantage over lapatinib plus capecitabine after trastuzumab and a taxane
  comes from EMILIA [@emilia].
"""),
    patient=W("How well each drug worked", """\
- After one year, about 76 in 100 people on Enhertu were alive with no cancer growth. On
  Kadcyla, it was about 34 in 100. [@db03]
- The cancer shrank in about 80 in 100 people on Enhertu. On Kadcyla, it was about 34 in
  100. [@db03]
- In a later report, half of the people on Enhertu went about 29 months or more before the
  cancer grew. On Kadcyla, it was about 7 months. [@db03-update]
- People on Enhertu also lived longer. Half lived about 53 months or more. On Kadcyla, it was
  about 43 months. [@db03-os]
- Kadcyla itself works better than two older pills, lapatinib and capecitabine, at this
  point. [@emilia]
"""),
    caregiver=W("How well each drug worked", """\
These numbers describe groups of people, not any one person.

- After one year, about 76 in 100 people on Enhertu were alive with no cancer growth. On
  Kadcyla, it was about 34 in 100. [@db03]
- The cancer shrank in about 80 in 100 people on Enhertu. On Kadcyla, it was about 34 in
  100. [@db03]
- A later report looked at how long the cancer was held back. Half of the people on Enhertu
  went 29 months or more. On Kadcyla, it was 7 months. [@db03-update]
- Half of the people on Enhertu lived about 53 months or more. On Kadcyla, it was about 43
  months. [@db03-os]
- At this point, Kadcyla itself works better than two older pills, lapatinib and
  capecitabine. [@emilia]
"""),
)

SAFETY = Part(
    professional=W("Safety", """\
- **Interstitial lung disease.** Trastuzumab deruxtecan carries a boxed warning for
  interstitial lung disease and pneumonitis, which can be severe, life-threatening or fatal.
  Advise patients to report cough, dyspnea, fever or any new or worsening respiratory symptom
  immediately; monitor for it and investigate promptly [@enhertu-label].
- In DESTINY-Breast03, drug-related interstitial lung disease or pneumonitis occurred in 10.5%
  with trastuzumab deruxtecan vs 1.9% with trastuzumab emtansine in the primary analysis, with
  no grade 4 or 5 events [@db03].
- With longer follow-up the rate rose: 15% with trastuzumab deruxtecan in the 2023 analysis
  [@db03-update] and 16.7% vs 3.4% in the long-term analysis [@db03-os].
- **Pregnancy.** Both drugs carry a boxed warning for embryo-fetal toxicity. Verify pregnancy
  status before starting. Advise females of reproductive potential to use effective
  contraception during treatment and for 7 months after the last dose, and male patients with
  female partners of reproductive potential for 4 months after the last dose
  [@enhertu-label, @kadcyla-label].
- **Other monitoring.** Trastuzumab deruxtecan: blood counts before each dose for
  neutropenia, and LVEF before and during treatment [@enhertu-label]. Trastuzumab emtansine:
  boxed warnings for hepatotoxicity and cardiac toxicity; LVEF before and during treatment,
  and liver tests and platelet counts before each dose [@kadcyla-label].
- Nausea and alopecia were more frequent with trastuzumab deruxtecan; thrombocytopenia and
  raised liver enzymes are the characteristic toxicities of trastuzumab emtansine [@db03,
  @kadcyla-label].
- Trastuzumab deruxtecan must not be substituted for or with trastuzumab or
  ado-trastuzumab emtansine [@enhertu-label].
"""),
    patient=W("Side effects and how to stay safe", """\
**The lung problem with Enhertu**

- Enhertu can inflame and scar the lungs. This can be life-threatening, and it can be
  fatal. [@enhertu-label]
- Tell your team at once if you get a cough, feel short of breath or have a fever. Do the same
  for any new or worse breathing problem. Do not wait for your next visit. [@enhertu-label]
- In the first report of the study, about 11 in 100 people on Enhertu had this problem. On
  Kadcyla, it was about 2 in 100. In that report, none was life-threatening or
  fatal. [@db03]
- The number rose with time. Over more than 3 years, about 17 in 100 people on Enhertu had it.
  On Kadcyla, it was about 3 in 100. [@db03-os]

**Pregnancy and birth control**

- Both drugs can harm an unborn baby. Before you start, your team will check that you are not
  pregnant. [@enhertu-label, @kadcyla-label]
- If you could become pregnant, use birth control that works well. Use it during treatment and
  for 7 months after your last dose. [@enhertu-label, @kadcyla-label]
- Men whose partner could become pregnant should use birth control during treatment and for 4
  months after the last dose. [@enhertu-label, @kadcyla-label]

**Other checks**

- Enhertu can lower the white blood cells that fight infection. You will have blood tests
  before each dose. You will also have heart scans. [@enhertu-label]
- Kadcyla can harm the liver and the heart. You will have heart scans, and blood tests before
  each dose. [@kadcyla-label]
- Feeling sick and hair loss were more common with Enhertu. Low platelets and liver test
  changes are typical of Kadcyla. [@db03, @kadcyla-label]
- Enhertu, Kadcyla and trastuzumab have names that look alike. They are different drugs and
  cannot be swapped. [@enhertu-label]
"""),
    caregiver=W("Side effects and what to watch for", """\
**The lung problem with Enhertu**

- Enhertu can inflame and scar the lungs. This can be life-threatening, and it can be
  fatal. [@enhertu-label]
- Call the care team at once about a cough, shortness of breath, fever, or any new or worse
  breathing problem. Do not wait for the next visit. [@enhertu-label]
- In the first report of the study, about 11 in 100 people on Enhertu had this problem,
  against about 2 in 100 on Kadcyla. In that report, none was life-threatening or
  fatal. [@db03]
- The number rose with time. Over more than 3 years, about 17 in 100 people on Enhertu had it,
  against about 3 in 100 on Kadcyla. [@db03-os]

**Pregnancy and birth control**

- Both drugs can harm an unborn baby. The team checks for pregnancy before treatment
  starts. [@enhertu-label, @kadcyla-label]
- A woman who could become pregnant needs birth control that works well. She needs it during
  treatment and for 7 months after the last dose. [@enhertu-label, @kadcyla-label]
- A man whose partner could become pregnant needs birth control during treatment and for 4
  months after the last dose. [@enhertu-label, @kadcyla-label]

**Other checks**

- Enhertu can lower the white blood cells that fight infection, so blood tests come before
  each dose. Heart scans are done too. [@enhertu-label]
- Kadcyla can harm the liver and the heart. Heart scans, and blood tests before each dose,
  are part of the plan. [@kadcyla-label]
- Feeling sick and hair loss were more common with Enhertu. Low platelets and liver test
  changes are typical of Kadcyla. [@db03, @kadcyla-label]
- Enhertu, Kadcyla and trastuzumab have names that look alike. They are different drugs and
  cannot be swapped. [@enhertu-label]
"""),
)

AFTER_SURGERY = Part(
    professional=W("Residual disease after neoadjuvant therapy: DESTINY-Breast05", """\
- DESTINY-Breast05 randomised 1,635 patients with high-risk residual invasive disease after
  neoadjuvant therapy to trastuzumab deruxtecan or trastuzumab emtansine [@db05].
- Invasive-disease events or deaths occurred in 6.2% vs 12.5% of patients (HR 0.47, 95% CI
  0.34-0.66); 3-year invasive disease-free survival was 92.4% vs 83.7% [@db05].
- Interstitial lung disease occurred in 9.6% of patients on trastuzumab deruxtecan, mostly
  grade 1-2 [@db05].
- Trastuzumab emtansine's own benefit over trastuzumab in residual disease comes from
  KATHERINE, including 7-year overall survival of 89.1% vs 84.4% (HR 0.66)
  [@katherine-os].
"""),
    patient=W("After surgery: a newer study", """\
- This study took in about 1,600 people at high risk. All had treatment before surgery, and
  some cancer was still found at surgery. Half got Enhertu and half got Kadcyla. [@db05]
- Enhertu cut the risk of the cancer coming back by about half. After 3 years, about 92 in 100
  people on Enhertu were alive with no sign of the cancer coming back. On Kadcyla, it was
  about 84 in 100. [@db05]
- About 10 in 100 people on Enhertu had the lung problem. Most cases were mild. [@db05]
- Kadcyla also helps people live longer than trastuzumab after surgery. Your team will say
  which drug fits you best. [@katherine-os]
"""),
    caregiver=W("After surgery: a newer study", """\
- This study took in about 1,600 people at high risk. All had treatment before surgery. Some
  cancer was still found at surgery. Half got Enhertu and half got Kadcyla. [@db05]
- Enhertu cut the risk of the cancer coming back by about half. After 3 years, about 92 in 100
  people on Enhertu were alive with no sign of the cancer coming back. On Kadcyla, it was
  about 84 in 100. [@db05]
- About 10 in 100 people on Enhertu had the lung problem, mostly mild. [@db05]
- Kadcyla also helps people live longer than trastuzumab after surgery. The team can explain
  which drug fits best. [@katherine-os]
"""),
)

ARTICLE = DemoArticle(
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
        evidence_through=date(2026, 11, 15),
        change_summary="First version, submitted to the advisory board.",
        parts=(KEY_POINTS, SUMMARY, DESIGN, EFFICACY, SAFETY, AFTER_SURGERY),
        sources=(
            s.DESTINY_BREAST03, s.DESTINY_BREAST03_UPDATE, s.DESTINY_BREAST03_OS,
            s.DESTINY_BREAST05, s.KATHERINE_OS, s.ENHERTU_LABEL, s.EMILIA, s.KADCYLA_LABEL,
        ),
    ),),
)
