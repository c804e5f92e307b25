"""The live demo article: Kadcyla (trastuzumab emtansine) compared with Herzuma (trastuzumab).

Two revisions, taken through the workflow in turn:

1. The first published version (approved, then superseded): one heading per section, shared
   by every wording, as the site had it then. Kept as it was, so the change log is true.
2. The corrected version (issue 15): a Key points box first, every section worded for the
   professional, the patient and the caregiver, each wording under its own heading, with the
   safety content (heart monitoring, pregnancy and contraception, look-alike names) in every
   wording and the trials of 2024 and 2025.

Lay wordings are written to Flesch-Kincaid grade 8 or below (tests/demo/test_content.py).
"""

from datetime import date

from . import sources as s
from ..schema import DemoArticle, DemoRevision, Part
from ..schema import Wording as W

# --- Revision 1: the first published version ---------------------------------------------

LEAD = Part(
    professional=W("Kadcyla vs Herzuma: the key differences", """\
Herzuma (trastuzumab-pkrb, a biosimilar of Herceptin) and Kadcyla (ado-trastuzumab emtansine,
T-DM1) both target HER2, but they are different medicines with different places in
treatment, and one must never be substituted for the other [@kadcyla-label].

- **Kadcyla** is an antibody-drug conjugate given as monotherapy. Its evidence-based uses are
  metastatic disease that has progressed after trastuzumab and a taxane [@emilia] and adjuvant
  treatment of residual invasive disease after neoadjuvant therapy [@katherine].
- **Herzuma** is the unconjugated monoclonal antibody. It is given with chemotherapy in early
  and metastatic disease, and first-line metastatic treatment pairs it with pertuzumab and a
  taxane [@herzuma-label, @cleopatra-os].

Patients who receive both usually receive them one after the other, at different stages of
their disease, rather than as alternatives.
"""),
    patient=W("Kadcyla vs Herzuma: the key differences", """\
Kadcyla and Herzuma are two cancer drugs. Both act on HER2. HER2 is a protein that helps some
breast cancers grow. The two drugs are not the same, and one cannot be swapped for the
other. [@kadcyla-label]

- **Herzuma** is a biosimilar of an older drug called Herceptin. This means it is made to work
  the same way. It is given with chemotherapy. It is often part of the first treatment for HER2-positive breast cancer. [@herzuma-label, @cleopatra-os]
- **Kadcyla** joins the same kind of antibody to a strong chemotherapy drug. It is given on its
  own. It is used when cancer has spread and grown after earlier HER2 drugs. It is also used
  when some cancer is still found at surgery. [@emilia, @katherine]

Most people who get both drugs get them at different times, one after the other.
"""),
    caregiver=W("Kadcyla vs Herzuma: the key differences", """\
If you help someone with HER2-positive breast cancer, you may hear both names. Kadcyla and
Herzuma both act on HER2, a protein that helps some breast cancers grow. But they are different
drugs, and one cannot be swapped for the other. [@kadcyla-label]

- **Herzuma** is a biosimilar of the older drug Herceptin, made to work the same way. It is
  given with chemotherapy, often as the first treatment. [@herzuma-label, @cleopatra-os]
- **Kadcyla** is the same kind of antibody with a chemotherapy drug attached. It is given on its
  own, later on, or after surgery if some cancer was left. [@emilia, @katherine]

Knowing which drug is which can help you follow the plan and ask good questions.
"""),
)

MECHANISM = Part(
    professional=W("Mechanism of action", """\
**Kadcyla (ado-trastuzumab emtansine)**

- An antibody-drug conjugate: trastuzumab joined by a stable thioether linker to DM1, a
  maytansine derivative that inhibits microtubules [@kadcyla-label].
- After binding HER2 the conjugate is internalized and degraded in lysosomes, releasing
  DM1-containing catabolites that arrest the cell cycle and cause apoptosis [@kadcyla-label].
- The antibody component keeps the activity of trastuzumab: inhibition of HER2 signaling and
  antibody-dependent cell-mediated cytotoxicity [@kadcyla-label].

**Herzuma (trastuzumab-pkrb)**

- A humanized IgG1 monoclonal antibody against the extracellular domain of HER2, approved as a
  biosimilar to Herceptin [@herzuma-label].
- It inhibits the proliferation of HER2-overexpressing tumor cells and mediates
  antibody-dependent cell-mediated cytotoxicity [@herzuma-label].
- It carries no cytotoxic payload, which is why it is combined with chemotherapy in most
  settings [@slamon].
"""),
    patient=W("Mechanism of action", """\
Both drugs find cancer cells by the HER2 on their surface.

- **Herzuma** is an antibody. It sticks to HER2 and blocks the signals that tell the cell to
  grow. It also helps your immune system find the cancer cell. [@herzuma-label]
- **Kadcyla** is the same kind of antibody, but it carries a chemotherapy drug called DM1.
  The cancer cell pulls Kadcyla inside. There the DM1 is set free, and it stops the cell from
  dividing. [@kadcyla-label]

So Kadcyla brings its own chemotherapy with it. Herzuma does not, so it is most often given
with chemotherapy. [@slamon]
"""),
    caregiver=W("Mechanism of action", """\
It can help to picture how each drug works when you talk with the care team.

- **Herzuma** is an antibody that latches on to HER2 on the cancer cells. This blocks growth
  signals and marks the cells for the immune system. [@herzuma-label]
- **Kadcyla** is the same kind of antibody with a chemotherapy drug fixed to it. The cancer
  cell takes it in, and the drug is set free inside the cell. [@kadcyla-label]

This is why Kadcyla is given alone, while Herzuma is usually paired with chemotherapy. [@slamon]
"""),
)

INDICATIONS = Part(
    professional=W("Indications and line of therapy", """\
**Kadcyla** is indicated as a single agent for HER2-positive breast cancer in two settings
[@kadcyla-label]:

- Metastatic disease in patients who have received trastuzumab and a taxane, separately or in
  combination, and who have either had therapy for metastatic disease or relapsed during or
  within six months of completing adjuvant therapy; this use rests on EMILIA [@emilia].
- Adjuvant treatment of early breast cancer with residual invasive disease after neoadjuvant
  taxane and trastuzumab-based treatment, as studied in KATHERINE [@katherine].

**Herzuma** carries the breast cancer indications of the reference trastuzumab
[@herzuma-label]:

- Adjuvant treatment of HER2-overexpressing early breast cancer, with chemotherapy or as a
  single agent after anthracycline-based multimodality therapy.
- Metastatic disease: with paclitaxel as first-line treatment, or as a single agent after one
  or more chemotherapy regimens.
- In current practice first-line metastatic treatment adds pertuzumab to trastuzumab and a
  taxane, the regimen tested in CLEOPATRA [@cleopatra-pfs]. Trastuzumab is also widely given
  with chemotherapy before surgery (neoadjuvant), as all KATHERINE patients had received
  [@katherine]; check the local label for how this use is worded.

Trastuzumab-based therapy therefore comes first; Kadcyla follows when there is residual
disease after neoadjuvant treatment or progression in the metastatic setting.
"""),
    patient=W("Indications and line of therapy", """\
Doctors use these two drugs at different times.

**Herzuma** is often used first.

- It can be given before or after surgery for early breast cancer. It is given along with
  chemotherapy. [@herzuma-label, @katherine]
- It can be the first treatment when the cancer has spread. Then it is often given with
  chemotherapy and a second antibody called pertuzumab. [@cleopatra-pfs]

**Kadcyla** is most often used later.

- It can be given after surgery if some cancer was still found in the breast or lymph nodes.
  [@katherine]
- It can be used when the cancer has spread and grown again after a drug like
  Herzuma. [@emilia, @kadcyla-label]
"""),
    caregiver=W("Indications and line of therapy", """\
The two drugs come at different points in treatment. It helps to know where the person you
care for is on that path.

**Herzuma** is often used first.

- It can be given before or after surgery for early breast cancer, along with
  chemotherapy. [@herzuma-label, @katherine]
- It can be the first treatment for cancer that has spread. It is then often given with
  chemotherapy and a second antibody, pertuzumab. [@cleopatra-pfs]

**Kadcyla** usually comes later.

- It can be given after surgery if some cancer was still there. [@katherine]
- It can be used when spread cancer grows again after a drug like Herzuma. [@emilia,
  @kadcyla-label]
"""),
)

EFFICACY = Part(
    professional=W("Efficacy", """\
**Kadcyla**

- **EMILIA** (previously treated advanced disease; Kadcyla vs lapatinib plus capecitabine):
  median progression-free survival 9.6 vs 6.4 months (HR 0.65, 95% CI 0.55-0.77) and
  objective response rate 43.6% vs 30.8% [@emilia].
- At the final, descriptive overall survival analysis of EMILIA, median overall survival was
  29.9 vs 25.9 months (HR 0.75, 95% CI 0.64-0.88), although control patients could cross over
  to Kadcyla [@emilia-os].
- **KATHERINE** (residual invasive disease after neoadjuvant therapy; 14 cycles of Kadcyla vs
  trastuzumab): invasive disease-free survival at 3 years 88.3% vs 77.0% (HR 0.50, 95% CI
  0.39-0.64) [@katherine].
- **MARIANNE** (first-line metastatic disease): Kadcyla, with or without pertuzumab, met the
  noninferiority margin against trastuzumab plus a taxane for progression-free survival but
  did not show superiority (median 14.1 and 15.2 vs 13.7 months) [@marianne].

**Herzuma (trastuzumab)**

Herzuma was approved as a biosimilar, so its label describes the trials of the reference
product [@herzuma-label].

- **H0648g** (first-line metastatic disease; chemotherapy with or without trastuzumab): median
  overall survival 25.1 vs 20.3 months, median time to progression 7.4 vs 4.6 months and
  objective response 50% vs 32% [@slamon].
- **CLEOPATRA** (first-line; pertuzumab or placebo added to trastuzumab and docetaxel): median
  progression-free survival 18.5 vs 12.4 months (HR 0.62) [@cleopatra-pfs]. Median overall
  survival was 56.5 vs 40.8 months at the final prespecified analysis (HR 0.68)
  [@cleopatra-os] and 57.1 vs 40.8 months at the end of the study, a 16.3-month difference
  (HR 0.69, 95% CI 0.58-0.82) [@cleopatra-end].

Both CLEOPATRA arms received trastuzumab: the survival gain measures the addition of
pertuzumab, not trastuzumab itself.
"""),
    patient=W("Efficacy", """\
**Kadcyla**

- A large study tested Kadcyla in people whose spread cancer had grown after earlier HER2
  drugs. It was compared with two pills, lapatinib and capecitabine. [@emilia]
- Half of the people on Kadcyla went 9.6 months or more before the cancer grew. On the pills,
  it was 6.4 months. [@emilia]
- Half of the people on Kadcyla lived 29.9 months or more. On the pills, it was 25.9
  months. [@emilia-os]
- For people with some cancer left at surgery, Kadcyla cut the risk of the cancer coming back
  by about half, compared with trastuzumab. [@katherine]

**Herzuma**

- Herzuma was approved because it matches Herceptin closely. So the proof that it works comes
  mostly from Herceptin studies. [@herzuma-label]
- In an early study of spread cancer, adding trastuzumab to chemotherapy helped people live
  longer. Half lived 25 months or more, compared with 20 months on chemotherapy
  alone. [@slamon]
- Later, a second antibody, pertuzumab, was added to trastuzumab and chemotherapy. With it,
  half of the people lived more than 4 and a half years. That is over a year longer than
  without it. [@cleopatra-os, @cleopatra-end]
"""),
    caregiver=W("Efficacy", """\
These numbers come from large studies. They describe groups of people, not any one person.

**Kadcyla**

- In people whose spread cancer grew after earlier HER2 drugs, Kadcyla held the cancer back
  longer than two pills, lapatinib and capecitabine. Half went 9.6 months or more before the
  cancer grew, compared with 6.4 months. [@emilia]
- Half of the people on Kadcyla lived 29.9 months or more, compared with 25.9 months on the
  pills. [@emilia-os]
- When some cancer was left at surgery, Kadcyla cut the risk of it coming back by about half,
  compared with trastuzumab. [@katherine]

**Herzuma**

- Herzuma closely matches Herceptin, so most of the proof that it works comes from Herceptin
  studies. [@herzuma-label]
- Adding trastuzumab to chemotherapy helped people with spread cancer live longer: half lived
  25 months or more, compared with 20 months. [@slamon]
- Adding pertuzumab as well gave more than a year of extra life in a later
  study. [@cleopatra-os, @cleopatra-end]
"""),
)

SAFETY = Part(
    professional=W("Safety", """\
**Kadcyla**

- Boxed warnings: hepatotoxicity, cardiac toxicity (reduced left ventricular ejection
  fraction, LVEF) and embryo-fetal toxicity [@kadcyla-label].
- In the final EMILIA analysis, grade 3 or worse adverse events occurred in 48% of patients on
  Kadcyla vs 60% on lapatinib plus capecitabine; the most common on Kadcyla were
  thrombocytopenia (14%), increased AST (5%) and anemia (4%) [@emilia-os].
- Severe diarrhea and palmar-plantar erythrodysesthesia were far less frequent with Kadcyla
  than with lapatinib plus capecitabine [@emilia].
- In KATHERINE, grade 3 or worse adverse events occurred in 25.7% vs 15.4% with trastuzumab,
  and 18.0% of patients stopped Kadcyla because of adverse events (vs 2.1%) [@katherine].
- The label also warns of peripheral neuropathy, hemorrhage, interstitial lung disease and
  infusion reactions [@kadcyla-label].

**Herzuma (trastuzumab)**

- Boxed warnings: cardiomyopathy, infusion reactions and pulmonary toxicity, and embryo-fetal
  toxicity [@herzuma-label].
- Cardiotoxicity is greatest with concurrent anthracyclines. In H0648g, cardiac dysfunction
  occurred in 27% of patients given an anthracycline, cyclophosphamide and trastuzumab, 8%
  with an anthracycline and cyclophosphamide alone, 13% with paclitaxel and trastuzumab and 1%
  with paclitaxel alone [@slamon].
- An infusion reaction, most often chills and fever, is most likely with the first infusion
  [@herzuma-label].
- In CLEOPATRA, adding pertuzumab raised the rates of diarrhea (67% vs 46%), rash (34% vs 24%)
  and febrile neutropenia (14% vs 8%) without adding left ventricular systolic dysfunction
  [@cleopatra-pfs].
- In MARIANNE, grade 3 to 5 adverse events occurred in 54.1% of patients on trastuzumab plus a
  taxane, vs 45.4% on Kadcyla and 46.2% on Kadcyla plus pertuzumab [@marianne].

Both drugs require an LVEF assessment before treatment and at regular intervals during it
[@kadcyla-label, @herzuma-label].
"""),
    patient=W("Safety", """\
Both drugs can cause side effects. Your care team will check for them.

**Kadcyla**

- It can lower your platelets. Platelets help your blood clot, so you may bruise or bleed more
  easily. [@emilia-os]
- It can harm the liver. You will have blood tests to check it. [@kadcyla-label]
- It can weaken the heart's pumping in some people. [@kadcyla-label]
- It can cause tingling or numbness in your hands and feet. [@kadcyla-label]
- In one study, about 18 in 100 people stopped Kadcyla early because of side
  effects. [@katherine]

**Herzuma**

- The main worry is the heart. Herzuma can weaken the heart muscle. The risk is highest if it
  is given at the same time as anthracyclines, a group of chemotherapy drugs. [@slamon]
- Chills and fever can happen during the first drip. [@herzuma-label]
- When pertuzumab is added, diarrhea and rash are more common. [@cleopatra-pfs]

**Both drugs**

- You will have heart scans before and during treatment. [@kadcyla-label, @herzuma-label]
- Both can harm an unborn baby. Use birth control during treatment and for some months after.
  Ask your team how long. [@kadcyla-label, @herzuma-label]
- Call your team right away if you get short of breath, have a new cough, swollen legs,
  yellow skin or eyes, or bleeding that will not stop. [@kadcyla-label, @herzuma-label]
"""),
    caregiver=W("Safety", """\
You may be the first to notice a side effect, so it helps to know what to look for.

**Kadcyla**

- It can lower platelets, the cells that help blood clot. Watch for easy bruising, nosebleeds
  or bleeding gums. [@emilia-os]
- It can harm the liver. Yellow skin or eyes, or dark urine, should be reported. [@kadcyla-label]
- It can cause tingling or numbness in the hands and feet. [@kadcyla-label]
- About 18 in 100 people in one study stopped it early because of side effects. [@katherine]

**Herzuma**

- It can weaken the heart, most of all when given at the same time as anthracycline
  chemotherapy. [@slamon]
- Chills and fever can happen during the first drip. [@herzuma-label]
- With pertuzumab added, diarrhea and rash are more common. [@cleopatra-pfs]

**Both drugs**

- Heart scans are done before and during treatment. Help keep track of these visits.
  [@kadcyla-label, @herzuma-label]
- Call the care team right away about shortness of breath, a new cough, swollen legs or
  bleeding that will not stop. [@kadcyla-label, @herzuma-label]
"""),
)

DOSING = Part(
    professional=W("Dosing and administration", """\
**Kadcyla** [@kadcyla-label]

- 3.6 mg/kg as an intravenous infusion every 3 weeks (21-day cycle); do not exceed 3.6 mg/kg.
- First infusion over 90 minutes; later infusions over 30 minutes if earlier ones were well
  tolerated.
- Given as monotherapy, with no concurrent chemotherapy or trastuzumab.
- Metastatic disease: until progression or unacceptable toxicity. Early breast cancer: 14
  cycles in total unless recurrence or unacceptable toxicity [@katherine].
- Adverse reactions are managed by interruption and stepwise dose reduction as the label sets
  out; a reduced dose is not escalated again.

**Herzuma (trastuzumab)** [@herzuma-label]

- Weekly schedule: a loading dose of 4 mg/kg over 90 minutes, then 2 mg/kg weekly over 30
  minutes.
- Three-weekly schedule: a loading dose of 8 mg/kg over 90 minutes, then 6 mg/kg every 3 weeks
  over 30 to 90 minutes. This is the schedule used with pertuzumab and docetaxel in
  CLEOPATRA, where docetaxel was planned for six cycles and the antibodies continued until
  progression [@cleopatra-end].
- Adjuvant treatment lasts one year (52 weeks) in total; in metastatic disease treatment
  continues until progression.

The two products are not interchangeable: confirm the product name and the dose at
prescribing, preparation and administration [@kadcyla-label].
"""),
    patient=W("Dosing and administration", """\
Both drugs are given through a drip into a vein. This is called an infusion.

**Kadcyla**

- You get it once every 3 weeks. [@kadcyla-label]
- The first drip takes about 90 minutes. Later ones can take about 30 minutes if the first one
  went well. [@kadcyla-label]
- It is given on its own, without other chemotherapy. [@kadcyla-label]
- After surgery, it is given 14 times, which takes about 10 months. [@katherine]

**Herzuma**

- The first dose is larger. This is called a loading dose. The doses after it are
  smaller. [@herzuma-label]
- It is given once a week or once every 3 weeks. [@herzuma-label]
- The first drip takes about 90 minutes. Later ones are often shorter. [@herzuma-label]
- For early breast cancer, it is given for one year in all. [@herzuma-label]

The dose of both drugs depends on your weight. Their drug names look alike: ado-trastuzumab
emtansine and trastuzumab. It is fine to ask the nurse to check the name before each
drip. [@kadcyla-label]
"""),
    caregiver=W("Dosing and administration", """\
Knowing the schedule can help you plan rides, time off and meals.

**Kadcyla**

- It is a drip into a vein once every 3 weeks. [@kadcyla-label]
- The first visit is longer: the drip takes about 90 minutes. Later drips can take about 30
  minutes. [@kadcyla-label]
- It is given on its own, without other chemotherapy. [@kadcyla-label]
- After surgery, it is given 14 times, over about 10 months. [@katherine]

**Herzuma**

- It is a drip once a week or once every 3 weeks. [@herzuma-label]
- The first dose is larger and takes about 90 minutes. [@herzuma-label]
- For early breast cancer, it goes on for one year in all. [@herzuma-label]

Bring a list of the drugs to each visit. Their drug names look alike (ado-trastuzumab
emtansine and trastuzumab), and it is fine to ask the nurse to check them. [@kadcyla-label]
"""),
)

SEQUENCING = Part(
    professional=W("Treatment sequencing", """\
For HER2-positive metastatic breast cancer the trials support this order:

1. **First line:** pertuzumab, trastuzumab (for example Herzuma) and a taxane, the combination
   that improved overall survival over trastuzumab and docetaxel [@cleopatra-os,
   @cleopatra-end].
2. **Second line:** after progression on trastuzumab and a taxane, Kadcyla improved
   progression-free and overall survival over lapatinib plus capecitabine [@emilia,
   @emilia-os]. Where trastuzumab deruxtecan is available it is now generally preferred at
   this point, on the strength of DESTINY-Breast03 [@db03].
3. **Later lines:** further HER2-directed therapy, which can include Kadcyla if it has not
   been used [@kadcyla-label].

In early breast cancer trastuzumab-based therapy comes first, and Kadcyla replaces
trastuzumab after surgery for patients with residual invasive disease [@katherine].
"""),
    patient=W("Treatment sequencing", """\
When breast cancer has spread, treatment often follows a set order. Your own plan may be
different.

1. **First:** Herzuma or another trastuzumab, with pertuzumab and a taxane
   chemotherapy. [@cleopatra-os]
2. **If the cancer grows again:** a drug that joins an antibody to chemotherapy. This can be
   Kadcyla. In many places a newer drug, Enhertu, is now used first at this
   step. [@emilia, @db03]
3. **Later:** other HER2 drugs. These can include Kadcyla if you have not had
   it. [@kadcyla-label]

For early breast cancer, you get trastuzumab first. If some cancer is still there at surgery,
Kadcyla may take its place after surgery. [@katherine]
"""),
    caregiver=W("Treatment sequencing", """\
When breast cancer has spread, treatment often follows a set order. The plan for the person
you care for may be different.

1. **First:** Herzuma or another trastuzumab, with pertuzumab and a taxane
   chemotherapy. [@cleopatra-os]
2. **If the cancer grows again:** Kadcyla, or a newer drug called Enhertu, which many places
   now use first at this step. [@emilia, @db03]
3. **Later:** other HER2 drugs, which can include Kadcyla if it was not used
   before. [@kadcyla-label]

In early breast cancer, trastuzumab comes first. Kadcyla may take its place after surgery if
some cancer was left. [@katherine]
"""),
)

CONSIDERATIONS = Part(
    professional=W("Clinical considerations", """\
- **Not interchangeable.** Do not substitute Kadcyla for or with trastuzumab; confirm the
  product at prescribing, dispensing and administration [@kadcyla-label].
- **Anthracyclines.** Do not give trastuzumab concurrently with an anthracycline in metastatic
  disease: the concurrent combination caused cardiac dysfunction in 27% of patients in H0648g
  [@slamon]. Because trastuzumab stays in the circulation for months, avoid anthracycline-based
  therapy for up to 7 months after stopping it where possible [@herzuma-label].
- **Early relapse.** EMILIA and DESTINY-Breast03 enrolled patients who relapsed during or
  within 6 months of adjuvant therapy, and the Kadcyla label covers this group [@emilia,
  @db03, @kadcyla-label]. CLEOPATRA required a disease-free interval of at least 12 months
  after (neo)adjuvant therapy [@cleopatra-pfs], so it gives no direct evidence for patients who
  relapse sooner.
- **Kadcyla in the first line.** MARIANNE showed noninferiority, not superiority, to
  trastuzumab plus a taxane [@marianne], whereas pertuzumab, trastuzumab and a taxane improved
  overall survival [@cleopatra-os]; first-line Kadcyla is therefore generally kept for patients
  who cannot receive that regimen.
- **Monitoring.** LVEF before and during treatment with either drug; liver function tests and
  platelet counts before each dose of Kadcyla [@kadcyla-label, @herzuma-label].
- **Pregnancy.** Both drugs cause embryo-fetal toxicity. Verify pregnancy status before
  starting, and advise effective contraception during treatment and for the period after the
  last dose that each label specifies [@kadcyla-label, @herzuma-label].
"""),
    patient=W("Clinical considerations", """\
Some points to talk over with your care team:

- **They are different drugs.** Kadcyla cannot be swapped for Herzuma, or the other way
  around. [@kadcyla-label]
- **Heart safety.** Herzuma is not given at the same time as anthracyclines, a group of
  chemotherapy drugs. Together they can harm the heart. [@slamon] Doctors also try to avoid
  anthracyclines for up to 7 months after your last Herzuma dose. [@herzuma-label]
- **If the cancer comes back soon.** The best next drug can depend on how soon the cancer came
  back after your last treatment. Ask your team which drug they suggest, and
  why. [@emilia, @cleopatra-pfs]
- **Kadcyla is seldom the first treatment for spread cancer.** In a study, it worked about as
  well as trastuzumab with chemotherapy, but not better. [@marianne]
- **Checks.** You will have heart scans for both drugs. Before each Kadcyla dose, you will
  have blood tests. [@kadcyla-label, @herzuma-label]
- **Pregnancy.** Both drugs can harm an unborn baby. Tell your team if you could be
  pregnant. [@kadcyla-label, @herzuma-label]
"""),
    caregiver=W("Clinical considerations", """\
Some points that often come up for families:

- **They are different drugs.** Kadcyla cannot be swapped for Herzuma. Check the name on the
  bag if you are there during the drip. [@kadcyla-label]
- **Heart safety.** Herzuma is not given at the same time as anthracyclines, a group of
  chemotherapy drugs, because together they can harm the heart. [@slamon] Doctors try to
  avoid anthracyclines for up to 7 months after Herzuma ends. [@herzuma-label]
- **If the cancer comes back soon.** The best next drug can depend on how soon it came back.
  It is fair to ask the team why they chose a drug. [@emilia, @cleopatra-pfs]
- **Kadcyla is seldom a first treatment for spread cancer.** In a study, it worked about as
  well as trastuzumab with chemotherapy, but not better. [@marianne]
- **Checks.** Heart scans and blood tests are part of the plan. A shared calendar can help
  keep track. [@kadcyla-label, @herzuma-label]
"""),
)

EMERGING = Part(
    professional=W("Emerging evidence", """\
- **DESTINY-Breast03** compared trastuzumab deruxtecan, a newer HER2 antibody-drug conjugate,
  with Kadcyla in patients previously treated with trastuzumab and a taxane. The hazard ratio
  for progression or death was 0.28 (95% CI 0.22-0.37); 75.8% vs 34.1% of patients were alive
  without progression at 12 months, and the objective response rate was 79.7% vs 34.2%
  [@db03].
- Drug-related interstitial lung disease or pneumonitis occurred in 10.5% of patients on
  trastuzumab deruxtecan vs 1.9% on Kadcyla [@db03], so the newer drug needs close
  respiratory monitoring.
- Where trastuzumab deruxtecan is available it has largely taken Kadcyla's place in the
  second line. Kadcyla remains the established adjuvant option for residual invasive disease,
  supported by KATHERINE [@katherine]; whether trastuzumab deruxtecan should replace it there
  is being studied.
"""),
    patient=W("Emerging evidence", """\
Research keeps moving.

- A newer drug, Enhertu (trastuzumab deruxtecan), works in a similar way to Kadcyla. In a large
  study, it held the cancer back much longer than Kadcyla. [@db03]
- After one year, about 76 in 100 people on Enhertu were alive with no cancer growth. On
  Kadcyla, it was about 34 in 100. [@db03]
- Enhertu can cause a lung problem in about 1 in 10 people. Your team will check your breathing
  closely. [@db03]
- Kadcyla is still used after surgery when some cancer is left. [@katherine] Studies are
  testing whether Enhertu should be used there too.
"""),
    caregiver=W("Emerging evidence", """\
Research keeps moving, and the plan may change as it does.

- A newer drug, Enhertu (trastuzumab deruxtecan), works in a similar way to Kadcyla. In a large
  study, it held the cancer back much longer. [@db03]
- After one year, about 76 in 100 people on Enhertu were alive with no cancer growth, compared
  with about 34 in 100 on Kadcyla. [@db03]
- Enhertu can cause a lung problem in about 1 in 10 people. A new cough or shortness of breath
  should be reported at once. [@db03]
- Kadcyla is still used after surgery when some cancer is left. [@katherine] Studies are
  testing whether Enhertu should be used there too.
"""),
)


FIRST_VERSION = DemoRevision(
    # Before DESTINY-Breast05 and the KATHERINE survival analysis were published.
    evidence_through=date(2025, 6, 30),
    change_summary=(
        "First published version: mechanism, indications, efficacy, safety, dosing, "
        "sequencing, clinical considerations and emerging evidence, with patient and "
        "caregiver wordings."
    ),
    parts=(LEAD, MECHANISM, INDICATIONS, EFFICACY, SAFETY, DOSING, SEQUENCING, CONSIDERATIONS,
           EMERGING),
    sources=(
        s.EMILIA, s.EMILIA_FINAL_OS, s.KATHERINE, s.CLEOPATRA_PFS, s.CLEOPATRA_OS,
        s.CLEOPATRA_END, s.H0648G, s.MARIANNE, s.DESTINY_BREAST03, s.KADCYLA_LABEL,
        s.HERZUMA_LABEL,
    ),
    approval_notes=(
        "Figures checked against EMILIA, KATHERINE, CLEOPATRA, H0648g, MARIANNE and "
        "DESTINY-Breast03.",
        "Cardiac monitoring, the anthracycline caution and the doses match the labels.",
    ),
)


# --- Revision 2: corrected and brought up to date (issue 15) --------------------------------

KEY_POINTS = Part(
    kind="key_points",
    professional=W("Key points", """\
- Kadcyla (ado-trastuzumab emtansine) is an antibody-drug conjugate and Herzuma
  (trastuzumab-pkrb) is a trastuzumab biosimilar; neither may be substituted for the other, or
  for fam-trastuzumab deruxtecan (Enhertu) [@kadcyla-label, @enhertu-label].
- Herzuma is given with chemotherapy [@herzuma-label], and with pertuzumab and a taxane as
  first-line treatment of metastatic disease [@cleopatra-os].
- Kadcyla is given alone: after trastuzumab and a taxane in metastatic disease [@emilia], or
  for residual invasive disease after neoadjuvant taxane and trastuzumab treatment, where it
  improved 7-year overall survival over trastuzumab (89.1% vs 84.4%, HR 0.66)
  [@katherine-os].
- In high-risk residual disease after neoadjuvant therapy, trastuzumab deruxtecan lowered the
  risk of invasive disease or death compared with Kadcyla in DESTINY-Breast05 (HR 0.47)
  [@db05].
- Both drugs carry boxed warnings for cardiotoxicity and embryo-fetal toxicity: check LVEF
  before and during treatment, and advise effective contraception during treatment and for 7
  months after the last dose [@kadcyla-label, @herzuma-label].
"""),
    patient=W("The short answer", """\
- Kadcyla and Herzuma are two different HER2 drugs. One must never be given in place of the
  other. Enhertu is a third drug with a name that looks alike. [@kadcyla-label,
  @enhertu-label]
- Herzuma is given with chemotherapy. It is often part of the first treatment.
  [@herzuma-label, @cleopatra-os]
- Kadcyla is given on its own, most often later on. It is also used after surgery if some
  cancer is left after a taxane and trastuzumab given before surgery. [@emilia, @katherine]
- Both drugs can harm the heart. You will have heart scans before and during treatment.
  [@kadcyla-label, @herzuma-label]
- Both drugs can harm an unborn baby. Use birth control during treatment and for 7 months
  after the last dose. [@kadcyla-label, @herzuma-label]
"""),
    caregiver=W("The short answer for families", """\
- Kadcyla and Herzuma are two different HER2 drugs. One must never be given in place of the
  other. A third drug, Enhertu, has a name that looks alike. [@kadcyla-label,
  @enhertu-label]
- Herzuma is given with chemotherapy, often as the first treatment. [@herzuma-label,
  @cleopatra-os]
- Kadcyla is given on its own, most often later on. It is also used after surgery if cancer is
  left after a taxane and trastuzumab given before surgery. [@emilia, @katherine]
- Both drugs can harm the heart. Heart scans are done before and during treatment.
  [@kadcyla-label, @herzuma-label]
- Both drugs can harm an unborn baby. Birth control is needed during treatment and for 7
  months after the last dose. [@kadcyla-label, @herzuma-label]
"""),
)

LEAD_2 = Part(
    professional=W("Kadcyla vs Herzuma: the key differences", """\
Herzuma (trastuzumab-pkrb, a biosimilar of Herceptin) and Kadcyla (ado-trastuzumab emtansine,
T-DM1) both target HER2, but they are different medicines with different places in
treatment, and one must never be substituted for the other [@kadcyla-label]. A third HER2
medicine with a similar nonproprietary name, fam-trastuzumab deruxtecan (Enhertu), must not
be substituted for either [@enhertu-label].

- **Kadcyla** is an antibody-drug conjugate given as monotherapy. Its evidence-based uses are
  metastatic disease that has progressed after trastuzumab and a taxane [@emilia] and adjuvant
  treatment of residual invasive disease after neoadjuvant taxane and trastuzumab-based
  treatment [@katherine].
- **Herzuma** is the unconjugated monoclonal antibody, shown to be equivalent to reference
  trastuzumab in the CT-P6 trial [@ct-p6]. It is given with chemotherapy in early and
  metastatic disease [@herzuma-label]. First-line metastatic treatment adds pertuzumab and a
  taxane, the regimen tested in CLEOPATRA [@cleopatra-pfs, @cleopatra-os].

Patients who receive both usually receive them one after the other, at different stages of
their disease, rather than as alternatives.
"""),
    patient=W("Two different drugs", """\
Kadcyla and Herzuma are two cancer drugs. Both act on HER2. HER2 is a protein that helps some
breast cancers grow. The two drugs are not the same. One must never be swapped for the
other. [@kadcyla-label] A third drug, Enhertu, has a look-alike name too. [@enhertu-label]

- **Herzuma** is a biosimilar of an older drug called Herceptin. In a large study, it worked
  as well as Herceptin. [@ct-p6] It is given with chemotherapy. [@herzuma-label] When cancer
  has spread, it is often given with a second antibody, pertuzumab, and a taxane.
  [@cleopatra-os]
- **Kadcyla** is the same kind of antibody with a strong chemotherapy drug joined to it. It is
  given on its own. It is used when cancer has spread and grown after earlier HER2
  drugs. [@emilia]
- Kadcyla is also used after surgery. This is only for people who had a taxane and
  trastuzumab before surgery and still had some cancer at surgery. [@katherine]

Most people who get both drugs get them at different times, one after the other.
"""),
    caregiver=W("Two different drugs for the same target", """\
If you help someone with HER2-positive breast cancer, you may hear both names. Kadcyla and
Herzuma both act on HER2, a protein that helps some breast cancers grow. But they are
different drugs, and one must never be swapped for the other. [@kadcyla-label] A third drug,
Enhertu, has a look-alike name too. [@enhertu-label]

- **Herzuma** is a biosimilar of the older drug Herceptin. A large study found that it works
  as well. [@ct-p6] It is given with chemotherapy, often as the first
  treatment. [@herzuma-label] For spread cancer, pertuzumab and a taxane are often
  added. [@cleopatra-os]
- **Kadcyla** is the same kind of antibody with a chemotherapy drug attached. It is given on
  its own when spread cancer grows after earlier HER2 drugs. [@emilia]
- Kadcyla is also given after surgery. This is only when a taxane and trastuzumab were given
  before surgery and some cancer was still found at surgery. [@katherine]

Knowing which drug is which can help you follow the plan and ask good questions.
"""),
)

MECHANISM_2 = Part(
    professional=MECHANISM.professional,
    patient=W("How each drug works", MECHANISM.patient.text),
    caregiver=W("How each drug works", MECHANISM.caregiver.text),
)

INDICATIONS_2 = Part(
    professional=W("Indications and line of therapy", """\
**Kadcyla** is indicated as a single agent for HER2-positive breast cancer in two settings
[@kadcyla-label]:

- Metastatic disease in patients who have received trastuzumab and a taxane, separately or in
  combination, and who have either had therapy for metastatic disease or relapsed during or
  within six months of completing adjuvant therapy; this use rests on EMILIA [@emilia].
- Adjuvant treatment of early breast cancer with residual invasive disease after neoadjuvant
  taxane and trastuzumab-based treatment, as studied in KATHERINE [@katherine]. It is not
  indicated after surgery without such neoadjuvant treatment.

**Herzuma** carries the breast cancer indications of the reference trastuzumab
[@herzuma-label]:

- Adjuvant treatment of HER2-overexpressing early breast cancer, with chemotherapy or as a
  single agent after anthracycline-based multimodality therapy.
- Metastatic disease: with paclitaxel as first-line treatment, or as a single agent after one
  or more chemotherapy regimens.
- In current practice first-line metastatic treatment adds pertuzumab to trastuzumab and a
  taxane, the regimen tested in CLEOPATRA [@cleopatra-pfs]; this combination rests on the
  trial, not on a pertuzumab indication in the Herzuma label. Trastuzumab is also widely given
  with chemotherapy before surgery (neoadjuvant), as all KATHERINE patients had received
  [@katherine]; check the local label for how this use is worded.

Trastuzumab-based therapy therefore comes first; Kadcyla follows when there is residual
disease after neoadjuvant treatment or progression in the metastatic setting.
"""),
    patient=W("When each drug is used", """\
Doctors use these two drugs at different times.

**Herzuma** is often used first.

- It can be given before or after surgery for early breast cancer. It is given along with
  chemotherapy. [@herzuma-label, @katherine]
- It can be the first treatment when the cancer has spread. Then it is often given with
  chemotherapy and a second antibody called pertuzumab. [@cleopatra-pfs]

**Kadcyla** is most often used later.

- It can be given after surgery, but only in one case. You must have had a taxane and
  trastuzumab before surgery, and some cancer must still have been found at
  surgery. [@katherine, @kadcyla-label]
- It can be used when the cancer has spread and grown again after trastuzumab and a
  taxane. [@emilia, @kadcyla-label]
"""),
    caregiver=W("When each drug is used", """\
The two drugs come at different points in treatment. It helps to know where the person you
care for is on that path.

**Herzuma** is often used first.

- It can be given before or after surgery for early breast cancer, along with
  chemotherapy. [@herzuma-label, @katherine]
- It can be the first treatment for cancer that has spread. It is then often given with
  chemotherapy and a second antibody, pertuzumab. [@cleopatra-pfs]

**Kadcyla** usually comes later.

- After surgery, it is used only in one case. A taxane and trastuzumab were given before
  surgery, and some cancer was still found at surgery. [@katherine, @kadcyla-label]
- It can be used when spread cancer grows again after trastuzumab and a taxane. [@emilia,
  @kadcyla-label]
"""),
)

EFFICACY_2 = Part(
    professional=W("Efficacy", """\
**Kadcyla**

- **EMILIA** (previously treated advanced disease; Kadcyla vs lapatinib plus capecitabine):
  median progression-free survival 9.6 vs 6.4 months (HR 0.65, 95% CI 0.55-0.77) and
  objective response rate 43.6% vs 30.8% [@emilia].
- At the final, descriptive overall survival analysis of EMILIA, median overall survival was
  29.9 vs 25.9 months (HR 0.75, 95% CI 0.64-0.88), although control patients could cross over
  to Kadcyla [@emilia-os].
- **KATHERINE** (residual invasive disease after neoadjuvant taxane and trastuzumab; 14 cycles
  of Kadcyla vs trastuzumab): invasive disease-free survival at 3 years 88.3% vs 77.0% (HR
  0.50, 95% CI 0.39-0.64) [@katherine].
- At the later KATHERINE analysis, Kadcyla also improved overall survival: 7-year overall
  survival 89.1% vs 84.4% (HR 0.66) [@katherine-os].
- **MARIANNE** (first-line metastatic disease): Kadcyla, with or without pertuzumab, met the
  noninferiority margin against trastuzumab plus a taxane for progression-free survival but
  did not show superiority (median 14.1 and 15.2 vs 13.7 months) [@marianne].

**Herzuma (trastuzumab)**

- In CT-P6, a randomised, double-blind phase 3 equivalence trial in operable early breast
  cancer, Herzuma given with neoadjuvant chemotherapy met the equivalence criteria against
  reference trastuzumab [@ct-p6].
- As a biosimilar, its label describes the trials of the reference product [@herzuma-label].
- **H0648g** (first-line metastatic disease; chemotherapy with or without trastuzumab): median
  overall survival 25.1 vs 20.3 months, median time to progression 7.4 vs 4.6 months and
  objective response 50% vs 32% [@slamon].
- **CLEOPATRA** (first-line; pertuzumab or placebo added to trastuzumab and docetaxel): median
  progression-free survival 18.5 vs 12.4 months (HR 0.62) [@cleopatra-pfs]. Median overall
  survival was 56.5 vs 40.8 months at the final prespecified analysis (HR 0.68)
  [@cleopatra-os] and 57.1 vs 40.8 months at the end of the study, a 16.3-month difference
  (HR 0.69, 95% CI 0.58-0.82) [@cleopatra-end].

Both CLEOPATRA arms received trastuzumab: the survival gain measures the addition of
pertuzumab, not trastuzumab itself.
"""),
    patient=W("How well they work", """\
**Kadcyla**

- A large study tested Kadcyla in people whose spread cancer had grown after earlier HER2
  drugs. It was compared with two pills, lapatinib and capecitabine. [@emilia]
- Half of the people on Kadcyla went 9.6 months or more before the cancer grew. On the pills,
  it was 6.4 months. [@emilia]
- Half of the people on Kadcyla lived 29.9 months or more. On the pills, it was 25.9
  months. [@emilia-os]
- Another study looked at people with some cancer left at surgery. Kadcyla cut the risk of
  the cancer coming back by about half, compared with trastuzumab. [@katherine]
- In that study, people on Kadcyla also lived longer. After 7 years, about 89 in 100 were
  alive. On trastuzumab, it was about 84 in 100. [@katherine-os]

**Herzuma**

- A large study compared Herzuma with Herceptin, given with chemotherapy before surgery.
  Herzuma worked as well as Herceptin. [@ct-p6]
- Much of the proof that it works comes from Herceptin studies. [@herzuma-label]
- In an early study of spread cancer, adding trastuzumab to chemotherapy helped people live
  longer. Half lived 25 months or more, compared with 20 months on chemotherapy
  alone. [@slamon]
- Later, a second antibody, pertuzumab, was added to trastuzumab and chemotherapy. With it,
  half of the people lived more than 4 and a half years. That is over a year longer than
  without it. [@cleopatra-os, @cleopatra-end]
"""),
    caregiver=W("What the studies found", """\
These numbers come from large studies. They describe groups of people, not any one person.

**Kadcyla**

- One study looked at people whose spread cancer grew after earlier HER2 drugs. Kadcyla held
  the cancer back longer than two pills, lapatinib and capecitabine. Half went 9.6 months or
  more before the cancer grew, compared with 6.4 months. [@emilia]
- Half of the people on Kadcyla lived 29.9 months or more, compared with 25.9 months on the
  pills. [@emilia-os]
- Another study looked at people with some cancer left at surgery. Kadcyla cut the risk of it
  coming back by about half, compared with trastuzumab. [@katherine]
- People on Kadcyla in that study also lived longer. After 7 years, about 89 in 100 were
  alive, compared with about 84 in 100 on trastuzumab. [@katherine-os]

**Herzuma**

- A large study compared Herzuma with Herceptin, given with chemotherapy before surgery.
  Herzuma worked as well. [@ct-p6]
- Much of the proof that it works comes from Herceptin studies. [@herzuma-label]
- Adding trastuzumab to chemotherapy helped people with spread cancer live longer. Half lived
  25 months or more, compared with 20 months. [@slamon]
- Adding pertuzumab as well gave more than a year of extra life in a later
  study. [@cleopatra-os, @cleopatra-end]
"""),
)

SAFETY_2 = Part(
    professional=W("Safety", """\
**Kadcyla**

- Boxed warnings: hepatotoxicity, cardiac toxicity (reduced left ventricular ejection
  fraction, LVEF) and embryo-fetal toxicity [@kadcyla-label].
- Assess LVEF before starting and at regular intervals during treatment; check liver function
  and platelet counts before each dose [@kadcyla-label].
- In the final EMILIA analysis, grade 3 or worse adverse events occurred in 48% of patients on
  Kadcyla vs 60% on lapatinib plus capecitabine; the most common on Kadcyla were
  thrombocytopenia (14%), increased AST (5%) and anemia (4%) [@emilia-os].
- Severe diarrhea and palmar-plantar erythrodysesthesia were far less frequent with Kadcyla
  than with lapatinib plus capecitabine [@emilia].
- In KATHERINE, grade 3 or worse adverse events occurred in 25.7% vs 15.4% with trastuzumab,
  and 18.0% of patients stopped Kadcyla because of adverse events (vs 2.1%) [@katherine].
- The label also warns of peripheral neuropathy, hemorrhage, interstitial lung disease and
  infusion reactions [@kadcyla-label].

**Herzuma (trastuzumab)**

- Boxed warnings: cardiomyopathy, infusion reactions and pulmonary toxicity, and embryo-fetal
  toxicity [@herzuma-label].
- Assess LVEF before starting and at regular intervals during treatment. After adjuvant
  treatment, assess it every 6 months for at least 2 years [@herzuma-label].
- Cardiotoxicity is greatest with concurrent anthracyclines. In H0648g, cardiac dysfunction
  occurred in 27% of patients given an anthracycline, cyclophosphamide and trastuzumab, 8%
  with an anthracycline and cyclophosphamide alone, 13% with paclitaxel and trastuzumab and 1%
  with paclitaxel alone [@slamon].
- An infusion reaction, most often chills and fever, is most likely with the first infusion;
  symptoms usually begin during the infusion or within 24 hours of it [@herzuma-label].
- In CLEOPATRA, adding pertuzumab raised the rates of diarrhea (67% vs 46%), rash (34% vs 24%)
  and febrile neutropenia (14% vs 8%) without adding left ventricular systolic dysfunction
  [@cleopatra-pfs].
- In MARIANNE, grade 3 to 5 adverse events occurred in 54.1% of patients on trastuzumab plus a
  taxane, vs 45.4% on Kadcyla and 46.2% on Kadcyla plus pertuzumab [@marianne].

**Pregnancy (both drugs)**

- Both labels carry a boxed warning for embryo-fetal toxicity. Verify pregnancy status before
  starting [@kadcyla-label, @herzuma-label].
- Advise females of reproductive potential to use effective contraception during treatment and
  for 7 months after the last dose [@kadcyla-label, @herzuma-label].
- The Kadcyla label also advises male patients with female partners of reproductive potential
  to use effective contraception during treatment and for 4 months after the last dose
  [@kadcyla-label].
"""),
    patient=W("Side effects and safety checks", """\
Both drugs can cause serious side effects. Your care team will check for them.

**Kadcyla**

- It can weaken the heart's pumping. You will have a heart scan before you start, and more
  scans during treatment. [@kadcyla-label]
- It can harm the liver. You will have blood tests before each dose to check your liver and
  platelets. [@kadcyla-label]
- It can lower your platelets. These cells help your blood clot, so you may bruise or bleed
  more easily. [@emilia-os]
- In one study, 48 in 100 people on Kadcyla had a severe side effect. On two pills, lapatinib
  and capecitabine, it was 60 in 100. [@emilia-os]
- The most common severe ones on Kadcyla were low platelets (14 in 100), a rise in a liver
  test (5 in 100) and low red blood cells (4 in 100). [@emilia-os]
- Bad diarrhea and sore, red hands and feet were much less common on Kadcyla than on the
  pills. [@emilia]
- After surgery, severe side effects were more common on Kadcyla than on trastuzumab: about
  26 in 100 against 15 in 100. About 18 in 100 stopped Kadcyla early because of side effects.
  On trastuzumab, it was about 2 in 100. [@katherine]
- It can also cause numb or tingling hands and feet, bleeding, a lung problem and a reaction
  to the drip. [@kadcyla-label]

**Herzuma**

- It can weaken the heart muscle. You will have heart scans before you start and during
  treatment. [@herzuma-label]
- If you had it after surgery, you will have a heart check every 6 months for at least 2 years
  after it ends. [@herzuma-label]
- The heart risk is highest when it is given at the same time as anthracyclines, a group of
  chemotherapy drugs. In an early study, 27 in 100 people on this mix had heart problems. It
  was 8 in 100 on the anthracycline mix alone. [@slamon]
- With paclitaxel, another chemotherapy, heart problems came in 13 in 100 people with
  trastuzumab and 1 in 100 without it. [@slamon]
- It can cause a reaction to the drip, most often chills and fever. This is most likely with
  the first dose. It can start during the drip or up to a day after it. [@herzuma-label]
- It can also cause serious lung problems. [@herzuma-label]
- When pertuzumab is added, some side effects are more common. Diarrhea came in 67 in 100
  people, against 46 in 100 without it. Rash came in 34 against 24. Fever with low white blood
  cells came in 14 against 8. Heart problems were not more common. [@cleopatra-pfs]
- In another study, severe side effects came in about 54 in 100 people on trastuzumab and a
  taxane. On Kadcyla, it was about 45 in 100, and 46 in 100 with pertuzumab
  added. [@marianne]

**Pregnancy and birth control (both drugs)**

- Both drugs can harm an unborn baby. Before you start, your team will check that you are not
  pregnant. [@kadcyla-label, @herzuma-label]
- If you could become pregnant, use birth control that works well. Use it during treatment
  and for 7 months after your last dose. [@kadcyla-label, @herzuma-label]
- Men on Kadcyla whose partner could become pregnant should use birth control too. They should
  use it during treatment and for 4 months after the last dose. [@kadcyla-label]
- Tell your team at once if you or your partner become pregnant. [@kadcyla-label,
  @herzuma-label]

**When to call**

- Call your team right away if you are short of breath or have a new cough. Also call about
  swollen legs, yellow skin or eyes, or bleeding that will not stop. [@kadcyla-label,
  @herzuma-label]
"""),
    caregiver=W("Side effects and what to watch for", """\
You may be the first to notice a side effect, so it helps to know what to look for.

**Kadcyla**

- It can weaken the heart's pumping. Heart scans are done before it starts and during
  treatment. [@kadcyla-label]
- It can harm the liver. Blood tests before each dose check the liver and platelets. Yellow
  skin or eyes, or dark urine, should be reported. [@kadcyla-label]
- It can lower platelets, the cells that help blood clot. Watch for easy bruising, nosebleeds
  or bleeding gums. [@emilia-os]
- In one study, 48 in 100 people on Kadcyla had a severe side effect, against 60 in 100 on two
  pills, lapatinib and capecitabine. [@emilia-os]
- The most common severe ones on Kadcyla were low platelets (14 in 100), a rise in a liver
  test (5 in 100) and low red blood cells (4 in 100). [@emilia-os]
- Bad diarrhea and sore, red hands and feet were much less common than on the
  pills. [@emilia]
- After surgery, severe side effects came in about 26 in 100 people on Kadcyla and 15 in 100
  on trastuzumab. About 18 in 100 stopped Kadcyla early because of side effects, against about
  2 in 100 on trastuzumab. [@katherine]
- It can also cause numb or tingling hands and feet, bleeding, a lung problem and a reaction
  to the drip. [@kadcyla-label]

**Herzuma**

- It can weaken the heart muscle. Heart scans are done before it starts and during
  treatment. [@herzuma-label]
- After Herzuma given after surgery, heart checks go on every 6 months for at least 2 years.
  Help keep track of these visits. [@herzuma-label]
- The heart risk is highest when it is given at the same time as anthracyclines, a group of
  chemotherapy drugs. In an early study, 27 in 100 people on this mix had heart problems,
  against 8 in 100 on the anthracycline mix alone. [@slamon]
- With paclitaxel, another chemotherapy, heart problems came in 13 in 100 people with
  trastuzumab and 1 in 100 without it. [@slamon]
- A reaction to the drip, most often chills and fever, is most likely with the first dose. It
  can start during the drip or up to a day after it. [@herzuma-label]
- It can also cause serious lung problems. [@herzuma-label]
- With pertuzumab added, some side effects are more common. Diarrhea came in 67 in 100
  people, against 46 in 100 without it. Rash came in 34 against 24. Fever with low white blood
  cells came in 14 against 8. Heart problems were not more common. [@cleopatra-pfs]
- In another study, severe side effects came in about 54 in 100 people on trastuzumab and a
  taxane, 45 in 100 on Kadcyla, and 46 in 100 on Kadcyla with pertuzumab. [@marianne]

**Pregnancy and birth control (both drugs)**

- Both drugs can harm an unborn baby. The team checks for pregnancy before treatment
  starts. [@kadcyla-label, @herzuma-label]
- A woman who could become pregnant needs birth control that works well. She needs it during
  treatment and for 7 months after the last dose. [@kadcyla-label, @herzuma-label]
- A man on Kadcyla whose partner could become pregnant needs birth control too. He needs it
  during treatment and for 4 months after the last dose. [@kadcyla-label]
- Tell the team at once about a pregnancy. [@kadcyla-label, @herzuma-label]

**When to call**

- Call the care team right away about shortness of breath or a new cough. Also call about
  swollen legs, yellow skin or eyes, or bleeding that will not stop. [@kadcyla-label,
  @herzuma-label]
"""),
)

DOSING_2 = Part(
    professional=W("Dosing and administration", """\
**Kadcyla** [@kadcyla-label]

- 3.6 mg/kg as an intravenous infusion every 3 weeks (21-day cycle); do not exceed 3.6 mg/kg.
- First infusion over 90 minutes; later infusions over 30 minutes if earlier ones were well
  tolerated.
- Given as monotherapy, with no concurrent chemotherapy or trastuzumab.
- Metastatic disease: until progression or unacceptable toxicity. Early breast cancer: 14
  cycles in total unless recurrence or unacceptable toxicity [@katherine].
- Adverse reactions are managed by interruption and stepwise dose reduction as the label sets
  out; a reduced dose is not escalated again.

**Herzuma (trastuzumab), as the US label sets out** [@herzuma-label]

- Adjuvant treatment, weekly then three-weekly: a loading dose of 4 mg/kg over 90 minutes,
  then 2 mg/kg weekly over 30 minutes during the taxane-based chemotherapy, followed by 6 mg/kg
  every 3 weeks.
- Adjuvant treatment as a single agent after anthracycline-based multimodality therapy,
  three-weekly from the start: a loading dose of 8 mg/kg over 90 minutes, then 6 mg/kg every 3
  weeks over 30 to 90 minutes. In the US label this 8 then 6 mg/kg schedule belongs to
  adjuvant use.
- Adjuvant treatment lasts one year (52 weeks) in total.
- Metastatic disease: a loading dose of 4 mg/kg over 90 minutes, then 2 mg/kg weekly over 30
  minutes, until progression.

**Other schedules**

- The EU SmPC also gives the three-weekly schedule (8 mg/kg, then 6 mg/kg) for metastatic
  disease [@herzuma-smpc].
- In CLEOPATRA, trastuzumab was given at 8 mg/kg, then 6 mg/kg every 3 weeks, with pertuzumab
  and docetaxel; docetaxel was planned for at least 6 cycles, with more allowed at the
  investigator's discretion, and the antibodies continued until progression
  [@cleopatra-pfs].

Three HER2 medicines have look-alike names: ado-trastuzumab emtansine (Kadcyla), trastuzumab
(Herzuma and other trastuzumab products) and fam-trastuzumab deruxtecan (Enhertu). They are not
interchangeable: confirm the full name and the dose at prescribing, preparation and
administration [@kadcyla-label, @enhertu-label].
"""),
    patient=W("How the drugs are given", """\
Both drugs are given through a drip into a vein. This is called an infusion. The dose of each
drug depends on your weight.

**Kadcyla**

- You get it once every 3 weeks, on its own, without other chemotherapy. [@kadcyla-label]
- The first drip takes about 90 minutes. Later ones can take about 30 minutes if the first one
  went well. [@kadcyla-label]
- For spread cancer, it goes on as long as it works and the side effects are not too
  hard. [@kadcyla-label]
- After surgery, it is given 14 times, which takes about 10 months. [@katherine]
- If side effects are a problem, your team may pause it or lower the dose. A lowered dose is
  not raised again. [@kadcyla-label]

**Herzuma**

- The first dose is larger. This is called a loading dose. The doses after it are
  smaller. [@herzuma-label]
- After surgery, it can be given every week at first and then every 3 weeks. Or it can be
  given every 3 weeks from the start. It goes on for one year in all. [@herzuma-label]
- For spread cancer, the US label gives it every week. [@herzuma-label] In Europe, every 3
  weeks is also an option. [@herzuma-smpc]
- With pertuzumab, it was given every 3 weeks in the main study. The taxane was given at
  least 6 times, and more were allowed. [@cleopatra-pfs]
- The first drip takes about 90 minutes. Later ones are often shorter. [@herzuma-label]

**Check the name**

Three drug names look alike: ado-trastuzumab emtansine (Kadcyla), trastuzumab (Herzuma) and
fam-trastuzumab deruxtecan (Enhertu). They are different drugs. It is fine to ask the nurse to
check the name before each drip. [@kadcyla-label, @enhertu-label]
"""),
    caregiver=W("Treatment visits and doses", """\
Knowing the schedule can help you plan rides, time off and meals. Both drugs are given as a
drip into a vein, and the dose depends on weight.

**Kadcyla**

- It is a drip once every 3 weeks, on its own, without other chemotherapy. [@kadcyla-label]
- The first visit is longer: the drip takes about 90 minutes. Later drips can take about 30
  minutes. [@kadcyla-label]
- For spread cancer, it goes on as long as it works and the side effects can be
  managed. [@kadcyla-label]
- After surgery, it is given 14 times, over about 10 months. [@katherine]
- The team may pause it or lower the dose for side effects. A lowered dose is not raised
  again. [@kadcyla-label]

**Herzuma**

- The first dose, the loading dose, is larger and takes about 90 minutes. [@herzuma-label]
- After surgery, it is given every week and then every 3 weeks, or every 3 weeks from the
  start. It goes on for one year in all. [@herzuma-label]
- For spread cancer, the US label gives it every week. [@herzuma-label] In Europe, every 3
  weeks is also an option. [@herzuma-smpc]
- With pertuzumab, it was given every 3 weeks in the main study. The taxane was given at
  least 6 times, and more were allowed. [@cleopatra-pfs]

**Check the name**

Three drug names look alike: ado-trastuzumab emtansine (Kadcyla), trastuzumab (Herzuma) and
fam-trastuzumab deruxtecan (Enhertu). Bring a list of the drugs to each visit. It is fine to
ask the nurse to check the name on the bag. [@kadcyla-label, @enhertu-label]
"""),
)

SEQUENCING_2 = Part(
    professional=W("Treatment sequencing", """\
For HER2-positive metastatic breast cancer the trials support this order:

1. **First line:** pertuzumab, trastuzumab (for example Herzuma) and a taxane, the combination
   that improved overall survival over trastuzumab and docetaxel [@cleopatra-os,
   @cleopatra-end]. In DESTINY-Breast09, trastuzumab deruxtecan plus pertuzumab gave longer
   progression-free survival than a taxane, trastuzumab and pertuzumab (median 40.7 vs 26.9
   months, HR 0.56) [@db09]; where that combination is approved, it is a first-line option.
2. **Second line:** after progression on trastuzumab and a taxane, Kadcyla improved
   progression-free and overall survival over lapatinib plus capecitabine [@emilia,
   @emilia-os]. Where trastuzumab deruxtecan is available it is now generally preferred at
   this point, having improved progression-free and overall survival over Kadcyla in
   DESTINY-Breast03 [@db03, @db03-os].
3. **Later lines:** further HER2-directed therapy: tucatinib with trastuzumab and
   capecitabine, tested in HER2CLIMB after trastuzumab, pertuzumab and Kadcyla [@her2climb];
   trastuzumab deruxtecan if not used before [@enhertu-label]; or Kadcyla if not used before
   [@kadcyla-label].

In early breast cancer trastuzumab-based therapy comes first. After neoadjuvant taxane and
trastuzumab-based treatment, Kadcyla replaces trastuzumab after surgery for patients with
residual invasive disease [@katherine, @katherine-os]; in high-risk residual disease,
DESTINY-Breast05 favoured trastuzumab deruxtecan over Kadcyla [@db05].
"""),
    patient=W("The usual order of treatment", """\
When breast cancer has spread, treatment often follows a set order. Your own plan may be
different.

1. **First:** Herzuma or another trastuzumab, with pertuzumab and a taxane
   chemotherapy. [@cleopatra-os] A newer mix, Enhertu with pertuzumab, held the cancer back
   longer in a large study. It may be offered where it is approved. [@db09]
2. **If the cancer grows again:** a drug that joins an antibody to chemotherapy. This can be
   Kadcyla. In many places Enhertu is now used first at this step, because it worked
   better. [@emilia, @db03]
3. **Later:** other HER2 drugs. One choice is tucatinib, a pill, with trastuzumab and
   capecitabine. [@her2climb] Enhertu or Kadcyla can also be used if you have not had
   them. [@enhertu-label, @kadcyla-label]

For early breast cancer, you get trastuzumab first. If you had treatment before surgery and
some cancer is still there at surgery, Kadcyla may take its place after surgery. [@katherine]
A newer study found Enhertu worked better than Kadcyla here for people at high risk. [@db05]
"""),
    caregiver=W("The usual order of treatment", """\
When breast cancer has spread, treatment often follows a set order. The plan for the person
you care for may be different.

1. **First:** Herzuma or another trastuzumab, with pertuzumab and a taxane
   chemotherapy. [@cleopatra-os] A newer mix, Enhertu with pertuzumab, held the cancer back
   longer in a large study. It may be offered where it is approved. [@db09]
2. **If the cancer grows again:** Kadcyla, or a newer drug called Enhertu. Many places now use
   Enhertu first at this step, because it worked better. [@emilia, @db03]
3. **Later:** other HER2 drugs. One choice is tucatinib, a pill, with trastuzumab and
   capecitabine. [@her2climb] Enhertu or Kadcyla can be used if they were not used
   before. [@enhertu-label, @kadcyla-label]

In early breast cancer, trastuzumab comes first. Some people get treatment before surgery. If
some cancer is still found at surgery, Kadcyla may take its place after surgery. [@katherine]
For people at high risk, a newer study found that Enhertu worked better here. [@db05]
"""),
)

CONSIDERATIONS_2 = Part(
    professional=W("Clinical considerations", """\
- **Not interchangeable.** Do not substitute Kadcyla for or with trastuzumab, and do not
  confuse either with fam-trastuzumab deruxtecan; confirm the product at prescribing,
  dispensing and administration [@kadcyla-label, @enhertu-label].
- **Anthracyclines.** Do not give trastuzumab concurrently with an anthracycline in metastatic
  disease: the concurrent combination caused cardiac dysfunction in 27% of patients in H0648g
  [@slamon]. The EU SmPC adds that trastuzumab may stay in the circulation for up to 7 months,
  so anthracycline-based therapy should be avoided for up to 7 months after stopping it where
  possible, with careful cardiac monitoring if one is given [@herzuma-smpc].
- **Early relapse.** EMILIA and DESTINY-Breast03 enrolled patients who relapsed during or
  within 6 months of adjuvant therapy, and the Kadcyla label covers this group [@emilia,
  @db03, @kadcyla-label]. CLEOPATRA required a disease-free interval of at least 12 months
  after (neo)adjuvant therapy [@cleopatra-pfs], so it gives no direct evidence for patients who
  relapse sooner.
- **Kadcyla in the first line.** MARIANNE showed noninferiority, not superiority, to
  trastuzumab plus a taxane [@marianne], whereas pertuzumab, trastuzumab and a taxane improved
  overall survival [@cleopatra-os]; first-line Kadcyla is therefore generally kept for patients
  who cannot receive that regimen.
- **Monitoring.** LVEF before and during treatment with either drug, and liver function tests
  and platelet counts before each dose of Kadcyla [@kadcyla-label, @herzuma-label]. After
  adjuvant trastuzumab, LVEF every 6 months for at least 2 years [@herzuma-label].
- **Pregnancy.** Both drugs cause embryo-fetal toxicity. Verify pregnancy status before
  starting, and advise effective contraception during treatment and for 7 months after the
  last dose [@kadcyla-label, @herzuma-label]. Male patients on Kadcyla with female partners of
  reproductive potential need contraception for 4 months after the last dose
  [@kadcyla-label].
"""),
    patient=W("Points to discuss with your team", """\
Some points to talk over with your care team:

- **They are different drugs.** Kadcyla cannot be swapped for Herzuma, or the other way
  around. Enhertu is different again. [@kadcyla-label, @enhertu-label]
- **Heart safety.** Herzuma is not given at the same time as anthracyclines, a group of
  chemotherapy drugs. Together they can harm the heart. [@slamon] Herzuma stays in the body
  for months. So in Europe, doctors are told to avoid anthracyclines for up to 7 months after
  your last dose if they can. If you need one, your heart will be watched closely.
  [@herzuma-smpc]
- **If the cancer comes back soon.** The best next drug can depend on how soon the cancer came
  back after your last treatment. Ask your team which drug they suggest, and
  why. [@emilia, @cleopatra-pfs]
- **Kadcyla is seldom the first treatment for spread cancer.** In a study, it worked about as
  well as trastuzumab with chemotherapy, but not better. [@marianne]
- **Checks.** You will have heart scans before and during either drug. Before each Kadcyla
  dose, you will have blood tests. [@kadcyla-label, @herzuma-label] After Herzuma given after
  surgery, you will have a heart check every 6 months for at least 2 years. [@herzuma-label]
- **Pregnancy.** Both drugs can harm an unborn baby. Tell your team if you could be pregnant.
  Use birth control during treatment and for 7 months after the last dose. [@kadcyla-label,
  @herzuma-label] Men on Kadcyla need it for 4 months after, if their partner could become
  pregnant. [@kadcyla-label]
"""),
    caregiver=W("Points to raise with the care team", """\
Some points that often come up for families:

- **They are different drugs.** Kadcyla cannot be swapped for Herzuma, and Enhertu is
  different again. Check the name on the bag if you are there during the
  drip. [@kadcyla-label, @enhertu-label]
- **Heart safety.** Herzuma is not given at the same time as anthracyclines, a group of
  chemotherapy drugs, because together they can harm the heart. [@slamon] Herzuma stays in the
  body for months. So in Europe, doctors are told to avoid anthracyclines for up to 7 months
  after it ends if they can. If one is needed, the heart is watched closely. [@herzuma-smpc]
- **If the cancer comes back soon.** The best next drug can depend on how soon it came back.
  It is fair to ask the team why they chose a drug. [@emilia, @cleopatra-pfs]
- **Kadcyla is seldom a first treatment for spread cancer.** In a study, it worked about as
  well as trastuzumab with chemotherapy, but not better. [@marianne]
- **Checks.** Heart scans come before and during either drug, and blood tests before each
  Kadcyla dose. [@kadcyla-label, @herzuma-label] After Herzuma given after surgery, heart
  checks go on every 6 months for at least 2 years. A shared calendar can help. [@herzuma-label]
- **Pregnancy.** Both drugs can harm an unborn baby. Birth control is needed during treatment
  and for 7 months after the last dose. [@kadcyla-label, @herzuma-label] A man on Kadcyla
  whose partner could become pregnant needs it for 4 months after. [@kadcyla-label]
"""),
)

EMERGING_2 = Part(
    professional=W("Emerging evidence", """\
- **DESTINY-Breast03** compared trastuzumab deruxtecan, a newer HER2 antibody-drug conjugate,
  with Kadcyla in patients previously treated with trastuzumab and a taxane. In the primary
  analysis the hazard ratio for progression or death was 0.28 (95% CI 0.22-0.37); 75.8% vs
  34.1% of patients were alive without progression at 12 months, and the objective response
  rate was 79.7% vs 34.2% [@db03].
- At the updated analysis (median follow-up about 41 months), median overall survival was 52.6
  vs 42.7 months (HR 0.73) [@db03-os].
- Drug-related interstitial lung disease or pneumonitis occurred in 10.5% of patients on
  trastuzumab deruxtecan vs 1.9% on Kadcyla in the primary analysis [@db03], and in 16.7% vs
  3.4% at the updated analysis [@db03-os]. It can be fatal, so the newer drug needs close
  respiratory monitoring [@enhertu-label].
- **DESTINY-Breast05** randomised 1,635 patients with high-risk residual invasive disease
  after neoadjuvant therapy to trastuzumab deruxtecan or Kadcyla [@db05].
- Invasive-disease events or deaths occurred in 6.2% vs 12.5% of patients (HR 0.47, 95% CI
  0.34-0.66), and 3-year invasive disease-free survival was 92.4% vs 83.7% [@db05].
- Interstitial lung disease occurred in 9.6% of patients on trastuzumab deruxtecan in
  DESTINY-Breast05, mostly grade 1-2 [@db05].
- Kadcyla's own benefit over trastuzumab in residual disease, including overall survival, is
  established by KATHERINE [@katherine-os]; how far trastuzumab deruxtecan replaces it there
  depends on approvals and guidelines.
"""),
    patient=W("New research", """\
Research keeps moving.

- A newer drug, Enhertu (trastuzumab deruxtecan), works in a similar way to Kadcyla. In a
  large study of spread cancer, it held the cancer back much longer than Kadcyla. [@db03]
- After one year, about 76 in 100 people on Enhertu were alive with no cancer growth. On
  Kadcyla, it was about 34 in 100. [@db03]
- People on Enhertu also lived longer. Half lived about 53 months or more. On Kadcyla, it was
  about 43 months. [@db03-os]
- Enhertu can cause a serious lung problem, which can be fatal. Over more than 3 years, about
  17 in 100 people on Enhertu had it. On Kadcyla, it was about 3 in 100. [@db03-os]
- Tell your team at once about a new cough, shortness of breath or fever. [@enhertu-label]
- Another large study looked at people at high risk with some cancer left at surgery. Enhertu
  cut the risk of the cancer coming back by about half, compared with Kadcyla. [@db05]
- After 3 years, about 92 in 100 people on Enhertu were alive with no sign of the cancer
  coming back. On Kadcyla, it was about 84 in 100. About 10 in 100 people on Enhertu had the
  lung problem, mostly mild. [@db05]
- Kadcyla still helps people live longer than trastuzumab after surgery. Your team will say
  which drug fits you best. [@katherine-os]
"""),
    caregiver=W("New research and what it may change", """\
Research keeps moving, and the plan may change as it does.

- A newer drug, Enhertu (trastuzumab deruxtecan), works in a similar way to Kadcyla. In a
  large study of spread cancer, it held the cancer back much longer. [@db03]
- After one year, about 76 in 100 people on Enhertu were alive with no cancer growth. On
  Kadcyla, it was about 34 in 100. [@db03]
- People on Enhertu also lived longer. Half lived about 53 months or more. On Kadcyla, it was
  about 43 months. [@db03-os]
- Enhertu can cause a serious lung problem, which can be fatal. Over more than 3 years, about
  17 in 100 people on Enhertu had it. On Kadcyla, it was about 3 in 100. [@db03-os]
- A new cough, shortness of breath or fever should be reported at once. [@enhertu-label]
- Another large study looked at people at high risk with some cancer left at surgery. Enhertu
  cut the risk of the cancer coming back by about half, compared with Kadcyla. [@db05]
- After 3 years, about 92 in 100 people on Enhertu were alive with no sign of the cancer
  coming back. On Kadcyla, it was about 84 in 100. About 10 in 100 on Enhertu had the lung
  problem, mostly mild. [@db05]
- Kadcyla still helps people live longer than trastuzumab after surgery. The team can explain
  which drug fits best. [@katherine-os]
"""),
)

CORRECTED_VERSION = DemoRevision(
    evidence_through=date(2026, 11, 20),
    change_summary=(
        "Updated with DESTINY-Breast05 and KATHERINE overall survival; pregnancy warning added "
        "to the caregiver wording. Also: a Key points box; plain-language headings for the "
        "patient and caregiver wordings; heart monitoring (including checks every 6 months for "
        "2 years after adjuvant Herzuma), the contraception periods and Enhertu as a third "
        "look-alike name in every wording; DESTINY-Breast03 long-term survival, "
        "DESTINY-Breast09 and HER2CLIMB added; CT-P6 cited for Herzuma, the EU SmPC for the "
        "7-month anthracycline caution and CLEOPATRA for the pertuzumab combination; Herzuma "
        "schedules as the US label sets them out; Kadcyla after surgery only after neoadjuvant "
        "taxane and trastuzumab treatment."
    ),
    parts=(KEY_POINTS, LEAD_2, MECHANISM_2, INDICATIONS_2, EFFICACY_2, SAFETY_2, DOSING_2,
           SEQUENCING_2, CONSIDERATIONS_2, EMERGING_2),
    sources=(
        s.EMILIA, s.EMILIA_FINAL_OS, s.KATHERINE, s.KATHERINE_OS, s.CLEOPATRA_PFS,
        s.CLEOPATRA_OS, s.CLEOPATRA_END, s.H0648G, s.MARIANNE, s.CT_P6, s.DESTINY_BREAST03,
        s.DESTINY_BREAST03_OS, s.DESTINY_BREAST05, s.DESTINY_BREAST09, s.HER2CLIMB,
        s.KADCYLA_LABEL, s.HERZUMA_LABEL, s.HERZUMA_SMPC, s.ENHERTU_LABEL,
    ),
    approval_notes=(
        "DESTINY-Breast05, KATHERINE overall survival, DESTINY-Breast03 long-term survival, "
        "DESTINY-Breast09, HER2CLIMB and CT-P6 checked against their publications. Every lay "
        "wording now gives the pregnancy and contraception warning and the heart monitoring, "
        "and says the same as the professional one.",
        "Heart monitoring, contraception periods, doses and the anthracycline caution match "
        "the US labels and the EU SmPC.",
    ),
)

ARTICLE = DemoArticle(
    slug="kadcyla-vs-herzuma",
    question=(
        "What is the difference between Kadcyla (trastuzumab emtansine) and Herzuma "
        "(trastuzumab) in HER2-positive breast cancer?"
    ),
    topic="HER2-positive breast cancer",
    drugs="Kadcyla (trastuzumab emtansine), Herzuma (trastuzumab biosimilar)",
    stage="live",
    revisions=(FIRST_VERSION, CORRECTED_VERSION),
)
