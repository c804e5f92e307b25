"""The draft demo article (never public): subcutaneous vs intravenous trastuzumab."""

from datetime import date

from . import sources as s
from ..schema import DemoArticle, DemoRevision, Part
from ..schema import Wording as W

KEY_POINTS = Part(
    kind="key_points",
    professional=W("Key points", """\
- Subcutaneous trastuzumab (Herceptin Hylecta) is a fixed 600 mg injection every 3 weeks,
  without a loading dose [@hylecta-label].
- In HannaH it was noninferior to intravenous trastuzumab for trough concentration and
  pathological complete response; 6-year survival was similar, though the trial was not
  powered to compare it [@hannah, @hannah-final].
- Most patients in PrefHer preferred the subcutaneous route [@prefher].
- It carries the trastuzumab boxed warnings for cardiomyopathy, pulmonary toxicity and
  embryo-fetal toxicity: LVEF monitoring and contraception for 7 months after the last dose
  apply as with intravenous trastuzumab [@hylecta-label].
"""),
    patient=W("The short answer", """\
- Trastuzumab can be given as a shot under the skin of the thigh instead of a drip. The shot
  takes a few minutes, every 3 weeks. [@hylecta-label]
- In a large study, the shot worked about as well as the drip. [@hannah, @hannah-final]
- Most people who tried both liked the shot better. [@prefher]
- The shot has the same heart, lung and pregnancy warnings as the drip. [@hylecta-label]
"""),
    caregiver=W("The short answer for families", """\
- Trastuzumab can be given as a shot under the skin of the thigh instead of a drip. The shot
  takes a few minutes, every 3 weeks. [@hylecta-label]
- In a large study, the shot worked about as well as the drip. [@hannah, @hannah-final]
- Most people who tried both liked the shot better. [@prefher]
- The shot has the same heart, lung and pregnancy warnings as the drip. [@hylecta-label]
"""),
)

SUMMARY = Part(
    professional=W("Summary", """\
Subcutaneous trastuzumab is a fixed 600 mg dose, co-formulated with hyaluronidase and injected
into the thigh over a few minutes every 3 weeks, without a loading dose [@hylecta-label]. In
the HannaH trial it was noninferior to intravenous trastuzumab in early breast cancer for
trough concentration and pathological complete response [@hannah]. At the final analysis
6-year event-free and overall survival were similar in the two arms; the trial was not
powered to compare survival, so this does not show that they are the same [@hannah-final].
"""),
    patient=W("The shot and the drip in brief", """\
Trastuzumab can be given in two ways. One is a drip into a vein. The other is a shot under the
skin of the thigh. The shot is the same dose for everyone and takes a few minutes. It is given
every 3 weeks. [@hylecta-label]

A large study compared the two in early breast cancer. The shot worked about as well as the
drip. [@hannah] After 6 years, the results were similar with both. But the study was not
built to prove that they are the same. [@hannah-final]
"""),
    caregiver=W("The shot and the drip in brief", """\
Trastuzumab can be given as a drip into a vein or as a shot under the skin of the thigh. The
shot is the same dose for everyone, takes a few minutes and is given every 3 weeks.
[@hylecta-label]

A large study in early breast cancer found that the shot worked about as well as the
drip. [@hannah] After 6 years, the results were similar with both, but the study was not built
to prove that they are the same. [@hannah-final]
"""),
)

EVIDENCE = Part(
    professional=W("Evidence", """\
- **HannaH:** 596 patients with HER2-positive early breast cancer received (neo)adjuvant
  chemotherapy with subcutaneous or intravenous trastuzumab every 3 weeks, for one year of
  treatment in total [@hannah].
- Final analysis: 6-year event-free survival 65% in both arms (HR 0.98, 95% CI 0.74-1.29) and
  6-year overall survival 84% in both arms [@hannah-final]. These were secondary end points
  that the trial was not powered to compare; the results are similar, not proven equal.
- **PrefHer:** after trying both routes, 415 of 467 patients (88.9%) preferred subcutaneous
  trastuzumab; clinician-reported adverse events were somewhat more frequent during the
  subcutaneous periods (61.0% vs 51.3%), with grade 3 events in 3.3% during each [@prefher].
"""),
    patient=W("What the studies found", """\
- The main study took in 596 people with early breast cancer. They got chemotherapy with
  either the shot or the drip, for one year in all. [@hannah]
- After 6 years, about 65 in 100 people in each group were alive with no sign of the cancer
  coming back. About 84 in 100 in each group were alive. [@hannah-final]
- In another study, people tried both the shot and the drip. About 89 in 100 liked the shot
  better. [@prefher]
"""),
    caregiver=W("What the studies found", """\
- The main study took in 596 people with early breast cancer. They got chemotherapy with
  either the shot or the drip, for one year in all. [@hannah]
- After 6 years, about 65 in 100 people in each group were alive with no sign of the cancer
  coming back, and about 84 in 100 were alive. [@hannah-final]
- In another study, people tried both. About 89 in 100 liked the shot better. [@prefher]
"""),
)

SAFETY = Part(
    professional=W("Safety", """\
- Herceptin Hylecta carries boxed warnings for cardiomyopathy, pulmonary toxicity and
  embryo-fetal toxicity [@hylecta-label].
- Assess LVEF before and during treatment, and every 6 months for at least 2 years after
  adjuvant treatment; if possible, avoid anthracycline-based therapy for up to 7 months after
  stopping [@hylecta-label].
- Pulmonary toxicity can be serious or fatal; symptoms usually occur during or within 24 hours
  of administration. The label also warns of hypersensitivity and administration-related
  reactions [@hylecta-label].
- Advise females of reproductive potential to use effective contraception during treatment
  and for 7 months after the last dose [@hylecta-label].
- In PrefHer, clinician-reported adverse events were somewhat more frequent during the
  subcutaneous periods than the intravenous ones [@prefher].
"""),
    patient=W("Side effects and safety checks", """\
- Like the drip, the shot carries serious warnings. It can weaken the heart, harm the lungs,
  and harm an unborn baby. [@hylecta-label]
- You will have heart scans before and during treatment. After treatment that follows
  surgery, you will have a heart check every 6 months for at least 2 years. [@hylecta-label]
- Lung problems and other reactions most often start during the shot or within a day of it.
  Call your team at once if you feel short of breath. [@hylecta-label]
- If you could become pregnant, use birth control during treatment and for 7 months after the
  last dose. [@hylecta-label]
- In one study, side effects were a little more common during the months on the
  shot. [@prefher]
"""),
    caregiver=W("Side effects and what to watch for", """\
- Like the drip, the shot carries serious warnings. It can weaken the heart, harm the lungs,
  and harm an unborn baby. [@hylecta-label]
- Heart scans are done before and during treatment. After treatment that follows surgery,
  heart checks go on every 6 months for at least 2 years. [@hylecta-label]
- Lung problems and other reactions most often start during the shot or within a day of it.
  Call the team at once about shortness of breath. [@hylecta-label]
- A woman who could become pregnant needs birth control during treatment and for 7 months
  after the last dose. [@hylecta-label]
- In one study, side effects were a little more common during the months on the
  shot. [@prefher]
"""),
)

PRACTICAL = Part(
    professional=W("Practical points", """\
- The subcutaneous product is not interchangeable with intravenous trastuzumab products such
  as Herzuma: dose, route and formulation differ [@hylecta-label, @herzuma-label].
- In HannaH the subcutaneous arm received the fixed dose from the first cycle, without a
  loading dose, while the intravenous arm received 8 mg/kg and then 6 mg/kg [@hannah-final].
- The subcutaneous route spares a venous line for trastuzumab itself, not for chemotherapy
  given alongside it.
"""),
    patient=W("Good to know", """\
- The shot and the drip are different products. They cannot be swapped without a new plan
  from your doctor. [@hylecta-label, @herzuma-label]
- The shot has no larger first dose. The drip starts with a larger dose. [@hannah-final]
- The shot spares you a drip for trastuzumab. You may still need a drip for chemotherapy.
"""),
    caregiver=W("Good to know", """\
- The shot and the drip are different products. They cannot be swapped without a new plan
  from the doctor. [@hylecta-label, @herzuma-label]
- The shot has no larger first dose, while the drip starts with a larger one. [@hannah-final]
- The shot spares a drip for trastuzumab, but chemotherapy may still need one.
"""),
)

ARTICLE = DemoArticle(
    slug="subcutaneous-vs-intravenous-trastuzumab",
    question="How does subcutaneous trastuzumab compare with intravenous trastuzumab?",
    topic="HER2-positive early breast cancer",
    drugs="Herceptin Hylecta (subcutaneous trastuzumab), intravenous trastuzumab",
    stage="draft",
    revisions=(DemoRevision(
        evidence_through=date(2026, 10, 31),
        change_summary="Working draft; not yet submitted for review.",
        parts=(KEY_POINTS, SUMMARY, EVIDENCE, SAFETY, PRACTICAL),
        sources=(
            s.HERCEPTIN_HYLECTA_LABEL, s.HANNAH, s.HANNAH_FINAL, s.PREFHER, s.HERZUMA_LABEL,
        ),
    ),),
)
