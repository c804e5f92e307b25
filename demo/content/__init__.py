"""Everything `load_demo` creates, as data: accounts, articles, glossary, policy, questions.

The people are fictional. Their names, credentials and disclosures exist to show how the site
presents a medical advisory board; no real person reviewed the demo articles.
"""

from dataclasses import dataclass

from .enhertu_vs_kadcyla import ARTICLE as ENHERTU_VS_KADCYLA
from .kadcyla_herzuma import ARTICLE as KADCYLA_VS_HERZUMA
from .literature_alert import ARTICLE as LITERATURE_ALERT_DEMO
from .literature_alert import NOTICE as LITERATURE_ALERT_NOTICE
from .subcutaneous_trastuzumab import ARTICLE as SUBCUTANEOUS_TRASTUZUMAB


@dataclass(frozen=True)
class DemoAccount:
    role: str
    username: str
    # Fixed and published on purpose: these accounts are for a local demo only.
    password: str
    first_name: str
    last_name: str


@dataclass(frozen=True)
class DemoReviewer:
    account: DemoAccount
    display_name: str
    credentials: str
    specialty: str
    disclosures: str
    bio: str


ADMIN = DemoAccount("admin", "demo-admin", "demo-admin-2026", "Demo", "Administrator")
EDITOR = DemoAccount("editor", "demo-editor", "demo-editor-2026", "Maya", "Fenwick")

REVIEWERS = (
    DemoReviewer(
        DemoAccount("reviewer", "demo-okafor", "demo-okafor-2026", "Adaeze", "Okafor"),
        display_name="Dr. Adaeze Okafor",
        credentials="MD, PhD",
        specialty="Medical oncology (breast cancer)",
        disclosures="None. (Fictional demo profile.)",
        bio=(
            "A fictional medical oncologist created for this demo. In the story of the demo "
            "she leads a breast cancer clinic and chairs the board's reviews of treatment "
            "articles. Not a real person."
        ),
    ),
    DemoReviewer(
        DemoAccount("reviewer", "demo-lindqvist", "demo-lindqvist-2026", "Henrik", "Lindqvist"),
        display_name="Dr. Henrik Lindqvist",
        credentials="MD",
        specialty="Cardio-oncology",
        disclosures=(
            "Fictional example disclosure: paid lectures for a national cardiology society "
            "(2025). No payments from drug makers. (Fictional demo profile.)"
        ),
        bio=(
            "A fictional cardiologist created for this demo, who checks what the articles say "
            "about heart monitoring and cardiotoxicity. Not a real person."
        ),
    ),
    DemoReviewer(
        DemoAccount("reviewer", "demo-raman", "demo-raman-2026", "Priya", "Raman"),
        display_name="Priya Raman",
        credentials="PharmD, BCOP",
        specialty="Oncology pharmacy",
        disclosures="None. (Fictional demo profile.)",
        bio=(
            "A fictional oncology pharmacist created for this demo, who checks doses, "
            "schedules and product names against the labels. Not a real person."
        ),
    ),
)

ARTICLES = (KADCYLA_VS_HERZUMA, ENHERTU_VS_KADCYLA, SUBCUTANEOUS_TRASTUZUMAB)

# Term -> plain words, shown to lay readers in brackets after a term's first use. Every term is
# used in the latest revision of the Kadcyla vs Herzuma article (tests/demo/test_content.py).
GLOSSARY = {
    "adjuvant": "given after surgery to lower the chance that the cancer comes back",
    "anemia": "a low number of red blood cells, which can make you tired",
    "anthracycline": "a group of chemotherapy drugs, such as doxorubicin, that can strain the heart",
    "antibody-drug conjugate": "an antibody with a cancer drug attached, which it carries to the cancer cells",
    "biosimilar": (
        "a medicine highly similar to an existing biologic medicine (its reference medicine), "
        "with no differences that matter for safety or for how well it works"
    ),
    "cardiomyopathy": "a disease of the heart muscle that makes it pump less well",
    "cardiotoxicity": "harm to the heart caused by a medicine",
    "chemotherapy": "drugs that kill fast-growing cells, such as cancer cells",
    "embryo-fetal toxicity": "harm to an unborn baby",
    "febrile neutropenia": "fever with a low number of the white blood cells that fight infection",
    "hazard ratio": "how the risk of an event compares between two groups; below 1 means lower risk",
    "hepatotoxicity": "harm to the liver",
    "HER2-positive": "a cancer whose cells carry extra HER2, a protein that helps them grow",
    "infusion reaction": (
        "a reaction such as chills or fever during a drip into a vein or up to 24 hours after it"
    ),
    "interstitial lung disease": (
        "inflammation and scarring of the lung tissue that can make breathing hard and can be "
        "life-threatening"
    ),
    "invasive disease-free survival": (
        "how long people in a study lived without an invasive breast cancer coming back or a "
        "new one starting"
    ),
    "loading dose": "a larger first dose that raises the drug level quickly",
    "LVEF": (
        "left ventricular ejection fraction: the percentage of the blood in the heart's main "
        "pumping chamber that is pushed out with each beat"
    ),
    "metastatic": "cancer that has spread from where it started to other parts of the body",
    "monoclonal antibody": "a lab-made protein that locks on to one target, such as HER2",
    "monotherapy": "treatment with a single drug",
    "neoadjuvant": "given before surgery to shrink the cancer",
    "overall survival": "how long people in a study lived",
    "peripheral neuropathy": "nerve damage that causes tingling or numbness in the hands and feet",
    "pneumonitis": "inflammation of the lung tissue",
    "progression-free survival": "how long people lived without their cancer growing",
    "residual invasive disease": "cancer still found at surgery after treatment given before it",
    "taxane": "a group of chemotherapy drugs, such as paclitaxel and docetaxel",
    "thrombocytopenia": "a low number of platelets, the cells that help blood clot",
}

# Term -> the words a reader may search with instead (personalize.models.GlossaryTerm.lay_terms):
# search treats a term and its lay words as one, both ways.
GLOSSARY_LAY_TERMS = {
    "anemia": ("low red blood cells", "low blood count"),
    "biosimilar": ("generic", "copy of a biologic"),
    "cardiomyopathy": ("weak heart muscle",),
    "cardiotoxicity": ("heart damage", "heart problems"),
    "chemotherapy": ("chemo",),
    "embryo-fetal toxicity": ("harm to the baby", "pregnancy risk"),
    "febrile neutropenia": ("fever with low white cells",),
    "hepatotoxicity": ("liver damage", "liver problems"),
    "infusion reaction": ("drip reaction", "reaction to the drip"),
    "interstitial lung disease": ("lung scarring", "lung damage"),
    "LVEF": ("ejection fraction", "heart pumping"),
    "metastatic": ("spread", "secondary breast cancer", "stage 4"),
    "monotherapy": ("single drug",),
    "neoadjuvant": ("before surgery",),
    "adjuvant": ("after surgery",),
    "peripheral neuropathy": ("tingling", "numbness", "pins and needles"),
    "pneumonitis": ("lung inflammation",),
    "thrombocytopenia": ("low platelets", "low platelet count", "bruise", "bruising"),
}

EDITORIAL_POLICY_TITLE = "Editorial policy"

EDITORIAL_POLICY = """\
This is a demonstration site. Its articles show how the product works; they were written for
the demo and checked against their sources, but they are not medical advice. The advisory
board members named on this site are fictional people: no real clinician has reviewed these
articles.

## Sources and citations

- Every factual statement in an article comes from a source we cite: randomized trials and
  their published analyses, the official prescribing information (product labels), and
  clinical guidelines.
- Each article numbers its references. A marker such as [3] links to the reference, and the
  reference links back to every place it is cited (a, b, c), so you can return to the sentence
  you were reading.
- We add a PubMed identifier or DOI only when we have checked it against the paper. If we have
  not, we leave it out rather than risk pointing you to the wrong paper.
- Before an article can be sent for review, the site checks that every marker points to a
  reference and that every reference is cited.

## Kinds of evidence

Beside each reference we say what kind of evidence it is, because some kinds of study can show
more than others. From the kinds that usually weigh most to those that weigh least for a
question of treatment:

- **Meta-analysis**: a study that pools the results of several trials, which can show an effect
  more surely than any one of them, if the trials are alike enough to be pooled.
- **Randomised trial**: a study in which chance decides which treatment each person gets, so that
  the groups differ only in their treatment. This is the strongest way to compare two treatments.
- **Observational study**: a study of people treated in everyday care, without chance deciding the
  treatment. It shows how treatments are used and what happens after, but the groups may differ in
  other ways too.
- **Guideline**: advice from a panel of experts who weighed the evidence, such as a national or
  professional society's recommendations.
- **Product label**: the official prescribing information, approved by a medicines regulator. It is
  the reference for doses, warnings and the uses a drug is approved for.
- **Expert review**: an article in which specialists summarise what is known. It helps to explain,
  but it is not new evidence.

## The review process and how often we review

- An editor writes or updates an article as a draft, including the wording for patients and
  for caregivers.
- The draft goes to our medical advisory board. It is published only after **two** board
  members have approved it. A reviewer cannot approve an article they wrote or edited.
- Reviewers tick a checklist: doses checked against the product label, every figure checked
  against its source, citations that support the claims, and wording that fits each reader;
  and, from the DISCERN questions for comparing treatments, that the benefits and risks of each
  treatment are stated, that areas of uncertainty are stated, that the article says there is
  more than one option, and that its sources and their dates are clear.
- Each approval is signed: it records the reviewer, their role and declared interests, and a
  fingerprint of the exact text approved (every wording, the references and the plain-language
  explanations). Each night we recompute the fingerprint of every published article from our
  database; if the text no longer matches what the board signed, the editors are told at once.
  The change log shows each approved version's fingerprint.
- Each article says how current its evidence is: the date the literature was last searched,
  shown beside "Last updated". Each night we also check every paper an article cites against
  Crossref's records of retractions, corrections and expressions of concern; an article citing
  a paper with such a notice goes back to the board.
- If a reviewer asks for changes, earlier approvals are cancelled and the revised article is
  reviewed afresh.
- Every published article is reviewed again at least every **12 months** after its approval or
  after its evidence was last searched, whichever comes first, and sooner when an important
  trial or a label change affects it. The date of the last review is shown at the top of each
  article, with a note if its review is overdue, and every published version is listed in its
  change log.
- Some articles are shown while their first review is still under way. These carry a clear
  "pending medical review" notice and are hidden from search engines until approved.

## Conflicts of interest

- Every board member's financial and other interests are listed on the advisory board page.
- A reviewer who has a conflict of interest on an article must declare it, and cannot approve
  that article.

## Funding and advertising

- This demo has no funding, sponsors or advertising.
- A real deployment would list its funders here, would keep advertising apart from medical
  content, and would never let a sponsor choose, write or review an article.

## Corrections

- If you find a mistake, use the "Report an error" link at the foot of the article. Error reports
  go to our editors apart from questions, and an editor checks each one against the sources.
- We reply to every error report within **7 days** when you leave an email address.
- Corrections go through the same two-reviewer approval as any other change, and the change
  log of the article says what was corrected and when.

## Privacy

- Reading the site needs no account.
- Your choice of reader type (patient, caregiver or professional) is kept in a cookie on your
  own device, so the site can remember it.
- Follow-up questions are stored for our editors, with your email address only if you give
  one. We use them to answer you and to improve the articles, and we do not share them.
"""

# Questions readers might send, shown in the editors' inbox.
FOLLOW_UP_QUESTIONS = (
    (
        "kadcyla-vs-herzuma",
        "patient",
        "I had Herzuma with chemotherapy last year. If my cancer comes back, will I get "
        "Kadcyla or Enhertu next, and how do the doctors decide?",
    ),
    (
        "kadcyla-vs-herzuma",
        "caregiver",
        "My mother starts Kadcyla next week. Is there anything we should watch for at home "
        "in the first few days after the drip?",
    ),
)

# Error reports readers might send, in the editors' corrections inbox: (article slug, reader
# type, where in the article, what is wrong, the revision number that corrected it or None,
# the change log's note). The first is true of the demo's history: revision 1 gave the
# pregnancy warning in the patient and professional wordings only.
CORRECTION_REPORTS = (
    (
        "kadcyla-vs-herzuma",
        "caregiver",
        "Clinical considerations",
        "The version for patients says both drugs can harm an unborn baby, but the version for "
        "family members says nothing about pregnancy or birth control.",
        2,
        "The caregiver wording now gives the pregnancy warning and the contraception periods, "
        "as the other wordings did.",
    ),
    (
        "kadcyla-vs-herzuma",
        "patient",
        "",
        "My hospital gives me Herzuma every week, but I read here that it is given every three "
        "weeks. Is one of these wrong?",
        None,
        "",
    ),
)
