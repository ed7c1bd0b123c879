#!/usr/bin/env python3
"""Build the fictional SEND tribunal decision corpus in this folder.

All decisions are fictional and were written for sendlens. The .txt decisions are
hand-written files in this folder; the .docx and .pdf decisions are written out by
this script from the texts in RICH below. The script also writes labels.tsv,
validates every label against the shared taxonomy, and regenerates README.md with
label counts.

Usage (from the repository root or anywhere):
    python corpus_samples/decisions/make_decisions.py            # build + validate + README
    python corpus_samples/decisions/make_decisions.py --check    # validate only
    python corpus_samples/decisions/make_decisions.py --taxonomy PATH

Needs python-docx, fpdf2 and PyYAML (pypdf optional, for checking PDF text).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------
# Decisions published as .docx or .pdf. Lines starting with "# " are headings,
# "## " sub-headings; blank lines separate paragraphs.
# ---------------------------------------------------------------------------
RICH = {}

RICH["dec_006.docx"] = r"""
# FIRST-TIER TRIBUNAL (HEALTH, EDUCATION AND SOCIAL CARE CHAMBER)
# SPECIAL EDUCATIONAL NEEDS AND DISABILITY

Appeal number: EH966/22/00519

Appellant: "the young person", Y (aged 17), supported by her aunt
Respondent: Wrexford City Council

Heard by video on 21 November 2022
Tribunal Judge L. Fairbairn; Specialist Member Mr T. Abara

## DECISION

The appeal is allowed. Wrexford City Council must secure an EHC needs assessment of the young person under section 36 of the Children and Families Act 2014.

## REASONS

1. Y is 17. She is in the first year of a Level 1 health and social care course at Wrexford College. She appeals, in her own right as a young person, against the council's decision of 30 June 2022 to refuse her request for an EHC needs assessment. She was supported at the hearing by her aunt, with whom she lives, and she spoke to us herself for much of it.

2. Y arrived in England from abroad in 2019 and spent only two years in school here. She has a hearing impairment in her left ear, which was identified late, and she describes, and her tutors confirm, real difficulty in following spoken instruction, in reading and in organising her work. The college's initial assessment found her reading and writing at Entry Level 2.

3. The council's refusal said that Y's difficulties are "likely to relate to English as an additional language" and that the college "receives funding to support students with learning difficulties". Section 20(3) of the Act is clear that a difficulty is not to be regarded as a learning difficulty solely because the language of the home is different from English. But that principle cuts both ways: it does not mean that a young person who speaks English as an additional language cannot also have special educational needs.

4. We are satisfied that Y has or may have special educational needs. Her hearing impairment is documented; her college tutors have observed difficulties with memory and processing that are not explained by her language; and Y speaks English fluently in conversation, which suggests that language alone does not account for her difficulty with literacy.

5. We are also satisfied that it may be necessary for special educational provision to be made in accordance with a plan. The college's learning support manager wrote that Y "needs more than we can give from our additional learning support budget" and that the college has been unable to obtain any advice from a teacher of the deaf or an educational psychologist.

6. The threshold in section 36(8) is met. The appeal is allowed.

Tribunal Judge L. Fairbairn
30 November 2022
"""

RICH["dec_009.pdf"] = r"""
# First-tier Tribunal (Special Educational Needs and Disability)

Case reference EH975/24/00580

Mr and Mrs H. v Royal Borough of Ashcombe

# CONSENT ORDER

UPON the local authority confirming in writing on 10 September 2024 that it withdraws its decision of 2 May 2024 and will carry out a re-assessment of the child's education, health and care needs under section 44(2) of the Children and Families Act 2014;

AND UPON the parties agreeing the terms of this order;

IT IS ORDERED:

1. The appeal is allowed by consent.

2. The Royal Borough of Ashcombe shall carry out a re-assessment of the child's education, health and care needs, to include fresh advice from an educational psychologist and a speech and language therapist.

3. The hearing listed for 24 September 2024 is vacated.

Tribunal Judge A. Pemberton
12 September 2024
"""

RICH["dec_015.docx"] = r"""
# FIRST-TIER TRIBUNAL
# Special Educational Needs and Disability

Appeal: EH992/21/00047
Appellant: Miss T. W.
Respondent: Pellingford Council

## Withdrawal

The appellant has notified the Tribunal that she wishes to withdraw her appeal against Pellingford Council's decision, following an EHC needs assessment, not to issue an EHC plan for her son, aged 4.

Her letter of 15 March 2021 explains that her son has now been offered a place in the assessment nursery at Fernbrook Children's Centre and that she would prefer to see how he settles before taking any further steps.

The appeal is withdrawn under rule 17 of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008. It may be reinstated only if an application is made within 28 days of the date on which the Tribunal received the notice of withdrawal.

Registrar, for the Tribunal
19 March 2021
"""

RICH["dec_022.pdf"] = r"""
# FIRST-TIER TRIBUNAL
# HEALTH, EDUCATION AND SOCIAL CARE CHAMBER — SEND

Appeal number EH978/22/00133

Appellant: Mrs Z. F.
Respondent: Corrivale City Council
Child: "L", aged 13, Year 8
Appeal against Sections B, F and I of the EHC plan dated 4 January 2022
Heard on 10 and 11 May 2022 at Corrivale Tribunal Hearing Centre
Panel: Tribunal Judge P. Dhaliwal; Specialist Members Ms K. Osei and Dr F. Lindqvist

## Introduction

1. L is 13 and has severe dyslexia, a developmental language disorder and anxiety. He attends Corrivale Academy, a mainstream secondary school, which is named in Section I. His mother appeals against Sections B, F and I of his plan. She wishes Section I to name Oakleigh House, an independent specialist school for pupils with specific learning difficulties.

2. A mediation certificate was issued on 20 January 2022. The parties produced a helpful working document.

## The Law

3. We have applied sections 37 and 39 of the Children and Families Act 2014, regulation 12 of the SEND Regulations 2014, section 9 of the Education Act 1996 and paragraph 9.69 of the SEND Code of Practice. Section F must be detailed and specific and normally quantified; the reader must be able to tell who will do what, when and for how long.

## Section B

4. Section B did not mention L's developmental language disorder at all, although the speech and language therapist's assessment in the bundle identifies it as a significant need. The council accepted this should be added. We have also ordered that the description of L's anxiety reflect the evidence that it is tied to reading aloud and written work.

## Section F

5. The principal disputed provisions in Section F were these:

"L will follow a specialist literacy programme."

"Staff will provide L with support in lessons to access the curriculum."

"L would benefit from pre-teaching of key vocabulary."

6. The first does not name or describe the programme, its frequency or its duration. The specialist teacher's evidence was that L needs a structured, cumulative, multi-sensory literacy programme, delivered in four 40-minute sessions a week by a teacher holding an approved specialist qualification. We have specified this.

7. The second does not say who the staff are or what expertise they need, and it gives no amount. We heard that L is currently supported in some lessons by a teaching assistant and in others by nobody at all. We have ordered 15 hours per week of in-class support from a teaching assistant trained in supporting pupils with dyslexia and language disorder, covering English, science and humanities.

8. As to the third, the council agreed at the hearing that pre-teaching should be specified, and the agreed wording (two 20-minute sessions weekly with a teaching assistant, using the vocabulary lists provided by subject staff) is in the appendix.

## Section I

9. We have concluded that, with Section F in the form we have ordered, Corrivale Academy can meet L's needs. Its SENCo gave clear evidence that it can deliver every element of the amended provision, including the specialist teaching, which will be delivered by a specialist teacher it already employs.

10. Oakleigh House is also suitable, but the annual cost difference is approximately £24,000, even after the cost of the amended Section F at Corrivale Academy is taken into account. The benefits Mrs F identified were modest by comparison. We find that naming Oakleigh House would be incompatible with the avoidance of unreasonable public expenditure.

## Order

11. The appeal is allowed in respect of Sections B and F and dismissed in respect of Section I. The council is ordered to amend Sections B and F as set out in the appendix and to issue the amended plan within 5 weeks.

Tribunal Judge P. Dhaliwal
27 May 2022
"""

RICH["dec_027.docx"] = r"""
# IN THE FIRST-TIER TRIBUNAL
# SPECIAL EDUCATIONAL NEEDS AND DISABILITY

EH981/20/00288

Mr A. S. (Appellant) v West Lindmoor Council (Respondent)

Hearing: 29 September 2020, by telephone and video owing to the public health restrictions then in force
Tribunal Judge H. Wetherby and Specialist Member Ms J. Rowntree

## DECISION

The appeal is allowed. The respondent is ordered to amend Section F of the EHC plan as set out in the annex.

## REASONS

1. The child, E, is 6. She has Down syndrome. She attends Harbury Lane Primary School. Her father appeals against Section F of the plan finalised on 10 March 2020.

2. Section F opens with the words: "E's needs will be met through Element 3 top-up funding at Level C (£7,200 per annum)." Much of what follows describes the kind of help that this funding might buy: "adult support with her learning", "help with dressing and toileting", and "support to develop her speech".

3. It is a long-established principle that a sum of money or a funding level is not special educational provision. What E needs is provision, and a plan must say what that provision is. The money is a matter for the local authority and the school. A statement of funding tells neither the school nor E's father what E is to receive, and the amount the school buys with it may change from year to year.

4. The descriptions that follow the funding statement name types of help without any amount. "Adult support with her learning" does not say how many hours or at what times. "Support to develop her speech" does not say what kind of support or from whom.

5. The respondent's representative accepted that the wording needed amendment but asked us to leave the funding reference in as "context". We have removed it. It adds nothing to the provision and risks being read as the measure of what E is entitled to.

6. On the evidence of the school and the educational psychologist we have specified: 27.5 hours per week of support from a teaching assistant trained in Makaton and in supporting children with Down syndrome; a daily 15-minute speech and language programme set by the speech and language therapist and delivered by the teaching assistant; half-termly direct therapy sessions of 45 minutes; and a structured programme for dressing and toileting skills delivered daily.

Tribunal Judge H. Wetherby
9 October 2020
"""

RICH["dec_031.docx"] = r"""
# FIRST-TIER TRIBUNAL (SEND) — NATIONAL TRIAL

Appeal reference: EH984/19/00077
Appellant: Mrs E. K.
Respondent: Tarnside Metropolitan Borough Council
Child: "W", aged 14

Date of hearing: 4 June 2019 (Tarnside Hearing Centre)
Tribunal: Tribunal Judge C. Merriman; Specialist Members Mrs R. Pryor and Mr W. Adeyemi

## DECISION

(1) The appeal against Section F is allowed.
(2) The Tribunal recommends that Sections D and H1 of W's plan be amended as set out at paragraphs 9 and 10.

## REASONS

1. W is 14 and attends Haverleigh School, a maintained special school for pupils with autism. He has autism, a severe learning disability and very limited speech. His mother appeals against Section F of his plan and, as permitted under the national trial established by the 2017 Regulations, asks the Tribunal to make recommendations about the social care sections.

## Section F

2. The only dispute on Section F concerns the equipment and resources W needs. The plan says that W will have "visual supports and communication aids such as PECS, symbol cards, a tablet etc." The speech and language therapist's report identifies exactly what W uses: a PECS communication book at phase 4, a visual timetable at every transition, and a tablet with a named symbol-based communication app. The list in the plan, with its "such as" and "etc.", commits the school to nothing in particular, and the parties agreed before us that the items should be listed as provision. We have ordered that.

## Section D and Section H1

3. The Council's social worker, Ms Garside, gave evidence on the social care sections. W lives with his mother and two younger sisters. He needs two adults for personal care and for any trip outside the home because he has no sense of danger and is now physically larger than his mother.

4. Section D of the plan says: "The family have been offered a social care assessment." That is not a description of need. A child and family assessment was in fact completed in March 2019. It identifies needs arising from W's disability for help with personal care at home, for support to access the community safely and for overnight short breaks for the family.

5. Section H1 says "None". But Ms Garside confirmed that W receives, following the March assessment, a personal assistant for six hours a week to take him swimming and to the park and help in the home for two hours each weekday evening. She accepted that both are provided under section 2 of the Chronically Sick and Disabled Persons Act 1970 and should appear in H1.

6. Section H2 was not in dispute.

7. We are satisfied that the social care needs described in the assessment relate to W's special educational needs and disability, and that we may make recommendations about them.

8. The recommendations are not binding. The local authority must respond within five weeks.

## Recommendations

9. Section D: we recommend that Section D describe W's social care needs as identified in the child and family assessment of March 2019, namely his need for two adults for personal care and community access, his lack of awareness of danger, and the family's need for short breaks.

10. Section H1: we recommend that Section H1 specify six hours per week of personal assistant support for community access, and two hours each weekday evening of support at home with personal care, both under section 2 of the Chronically Sick and Disabled Persons Act 1970, with the provider and review date.

Tribunal Judge C. Merriman
21 June 2019
"""

RICH["dec_033.pdf"] = r"""
# FIRST-TIER TRIBUNAL (SPECIAL EDUCATIONAL NEEDS AND DISABILITY)

EH953/20/00880

Ms B. M. and Eastleigh Vale County Council
(interested party: NHS Eastleigh Vale Clinical Commissioning Group)

# ORDER BY CONSENT

The appellant appealed against Section F of her daughter's EHC plan and requested recommendations in respect of Sections G and H1. The local authority and the clinical commissioning group have agreed to amend those sections in the terms of the draft plan attached to the parties' joint letter of 8 February 2021, and the local authority no longer opposes the appeal.

By consent IT IS ORDERED:

1. The appeal is allowed by consent.

2. The local authority shall issue the amended EHC plan, including the agreed Sections F, G and H1, within 2 weeks.

3. In view of the agreement no recommendations are made.

4. The hearing listed for 2 March 2021 is vacated.

Tribunal Judge S. Hallworth
15 February 2021
"""

RICH["dec_041.docx"] = r"""
# IN THE FIRST-TIER TRIBUNAL
# HEALTH, EDUCATION AND SOCIAL CARE CHAMBER

Appeal no. EH986/23/00118

Between: Mr V. R. (Appellant) and Sedgeholm County Council (Respondent)

Nature of appeal: refusal to amend an EHC plan following annual review (s.51(2)(e) Children and Families Act 2014)

## CASE MANAGEMENT DECISION AND DIRECTIONS

Made by Tribunal Judge M. Okonkwo-Reid on the papers on 4 April 2023

1. The respondent applies to strike out the appeal on the ground that, since the appeal was lodged, it has begun a re-assessment of the child's needs, so that the appeal has "no reasonable prospect of success". The appellant opposes the application.

2. I refuse the application. A re-assessment does not resolve the appeal: the appellant is entitled to a decision on whether the plan should have been amended after the review of 22 November 2022. The overlap between the appeal and the re-assessment is, however, obvious, and it is sensible to case manage them together.

3. I direct:

(a) The appeal is stayed until 30 June 2023.

(b) The respondent shall notify the Tribunal and the appellant within 7 days of completing the re-assessment, and in any event by 30 June 2023, of its decision on whether to amend the plan.

(c) Within 14 days of that notification, the appellant shall tell the Tribunal whether he wishes to continue this appeal, to amend it to include any new decision, or to withdraw.

(d) Liberty to either party to apply.

Tribunal Judge M. Okonkwo-Reid
4 April 2023
"""

RICH["dec_045.pdf"] = r"""
# FIRST-TIER TRIBUNAL
# Special Educational Needs and Disability

Appeal: EH989/21/01033
Appellant: Mr G. I. (the young person)
Respondent: London Borough of Greyfriars Vale

# NOTICE OF WITHDRAWAL

The appellant, who is 20, has written to the Tribunal to say that he no longer wishes to pursue his appeal against the local authority's decision to cease to maintain his EHC plan. He has accepted an apprenticeship with a local employer beginning in February 2022 and does not wish to continue at college.

The withdrawal is effective under rule 17 of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008. The appeal is closed.

Tribunal Judge E. Castellano
20 January 2022
"""

RICH["dec_049.docx"] = r"""
# FIRST-TIER TRIBUNAL — DISABILITY DISCRIMINATION CLAIM

Claim reference: EH961/23/00034
Claimants: Mr and Mrs N.
Responsible body: The Governing Body of Wellspring Church of England Junior School

## WITHDRAWAL OF CLAIM

1. The claimants brought a claim under section 85 of the Equality Act 2010, alleging that the school failed to make reasonable adjustments for their son, who has cerebral palsy, in relation to access to the school's first floor classrooms, and that he was excluded from a sports day activity.

2. By letter of 2 May 2023 the claimants withdrew the claim. They tell the Tribunal that the school has since installed a platform lift, has agreed to relocate their son's class to the ground floor pending its completion, and that relations with the school have improved.

3. The claim is withdrawn under rule 17 of the Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008. The hearing on 23 May 2023 is cancelled.

Tribunal Judge P. Dhaliwal
11 May 2023
"""

RICH["dec_052.pdf"] = r"""
# FIRST-TIER TRIBUNAL (HEALTH, EDUCATION AND SOCIAL CARE CHAMBER)
# DISABILITY DISCRIMINATION IN SCHOOLS

Claim number: EH968/24/00712

Claimant: Ms O. T. (mother of the child, H)
Responsible body: The Board of Trustees of the Fellgate Academies Trust

# DECISION ON PRELIMINARY ISSUE AND DIRECTIONS

Tribunal Judge L. Fairbairn, sitting alone, on the papers, 28 January 2025

1. The claim concerns H's permanent exclusion from Fellgate High School on 6 March 2024. It was received by the Tribunal on 11 October 2024, just over a month outside the six-month time limit in paragraph 4 of Schedule 17 to the Equality Act 2010. The responsible body asks that the claim be struck out.

2. The Tribunal may consider a claim out of time. Ms T explains that she was waiting for the outcome of the independent review panel, which recommended reconsideration of the exclusion on 27 August 2024, and that she was then unwell for several weeks. The responsible body has not identified any particular prejudice from the delay, and the relevant documents and witnesses are available.

3. In my judgment it is just to consider the claim out of time, and I do so.

4. I make the following directions:

(a) The responsible body shall file its response to the claim, with all relevant documents including the exclusion file and H's behaviour records for the academic year 2023/24, by 28 February 2025.

(b) The claimant shall file any further evidence, and a list of the reasonable adjustments she says should have been made, by 21 March 2025.

(c) The claim is to be listed for a one-day hearing by video in April or May 2025.

5. Nothing in this decision indicates any view on the merits of the claim.

Tribunal Judge L. Fairbairn
"""

RICH["dec_059.docx"] = r"""
# IN THE UPPER TRIBUNAL
# ADMINISTRATIVE APPEALS CHAMBER

Upper Tribunal case no: UA-2024-001102-HS

On appeal from the First-tier Tribunal (Health, Education and Social Care Chamber), reference EH978/24/00150

Between:
F. R. (a young person, by her litigation friend) — Appellant
and
Corrivale City Council — Respondent

Before: Upper Tribunal Judge G. Mansell
Decided on the papers on 5 November 2024

## DECISION

The decision of the First-tier Tribunal dated 4 June 2024 involved the making of an error of law. It is set aside. The appeal is remitted to the First-tier Tribunal to be reheard by a differently constituted panel.

## REASONS FOR DECISION

1. F is 21. She has a moderate learning disability and epilepsy. Corrivale City Council decided in January 2024 to cease to maintain her EHC plan, on the ground that she had been in post-16 education for five years and had made "limited progress". The First-tier Tribunal dismissed her appeal.

2. In AB v East Sussex County Council [2024] UKUT 87 (AAC), the Upper Tribunal said that in a cease-to-maintain appeal the tribunal should first identify the special educational provision that the young person requires, and should then ask whether it remains necessary for that provision to be made in accordance with an EHC plan. The order matters: a tribunal cannot sensibly decide whether a plan is still necessary without first deciding what the young person needs.

3. The FtT's decision does not follow that approach. It begins by noting the length of time F has been in post-16 education; it then says that "the panel does not consider that further education is likely to lead to significant progress"; and it concludes that the plan is no longer necessary. At no point does it make findings about the provision F needs. It refers briefly to the college's evidence that F has made progress towards two of her four outcomes, but does not explain why it rejected the college's view that a further year would enable her to achieve them.

4. Nor does the FtT explain what it made of the evidence that, without the specialist college placement specified in her plan, F would have no education or training at all.

5. The Council, which did not oppose the appeal, accepted that the FtT's reasons were inadequate. I agree. The case must be reheard.

6. The new tribunal will need to identify F's special educational needs and the provision they call for, consider the outcomes in her plan and whether they have been achieved, and decide, on the evidence at the date of the rehearing, whether her education or training should continue and whether a plan remains necessary.

G. Mansell
Judge of the Upper Tribunal
"""

RICH["dec_063.pdf"] = r"""
# IN THE UPPER TRIBUNAL
# ADMINISTRATIVE APPEALS CHAMBER

Appeal No. HS/0991/2021

Mrs P. V. v West Lindmoor Council

Before Upper Tribunal Judge D. Whitlow, on the papers

# DECISION

The appeal is allowed. The decision of the First-tier Tribunal dated 9 February 2021 under reference EH981/20/00421 involved an error of law. I set it aside under section 12(2)(a) of the Tribunals, Courts and Enforcement Act 2007 and remit the appeal to a fresh tribunal.

# REASONS

1. The appellant's daughter, C, is 8 and has a rare chromosomal disorder, global developmental delay and a visual impairment. Following an assessment the Council decided not to issue an EHC plan, and the First-tier Tribunal dismissed the mother's appeal under section 51(2)(b) of the Children and Families Act 2014.

2. The tribunal reasoned that C's school "receives a high needs top-up and is managing her needs". The appellant's ground of appeal is that the tribunal failed to consider what provision C actually needed, or whether the school was in fact making it.

3. I agree. The assessment advice from the qualified teacher of the visually impaired recommended weekly direct teaching of braille readiness and mobility skills by a specialist, and modified resources for all lessons. The school's own evidence was that it had not been able to obtain the specialist teaching and was preparing enlarged resources "when staff have time". The tribunal did not refer to this evidence at all.

4. Whether a plan is necessary under section 37 must be judged against the provision the child requires. The fact that funding is paid to the school says nothing about whether the provision is being made. By failing to make findings on the provision required, and on whether it was available, the tribunal did not properly apply section 37(1).

5. The appeal is remitted for rehearing.

D. Whitlow
Judge of the Upper Tribunal
3 August 2021
"""

RICH["dec_068.pdf"] = r"""
# IN THE FIRST-TIER TRIBUNAL (SEND)

EH968/23/00402

Mr K. A. and Ms L. A. (Appellants) and Kestreldown Council (Respondent)

# ORDER

UPON the respondent conceding the appeal in its letter of 25 September 2023, and agreeing to amend Sections B and F as set out in the appellants' working document and to name Brambleford School in Section I;

IT IS ORDERED, by consent:

1. The appeal is allowed.

2. The respondent shall issue the amended final EHC plan within 14 days of this order, with Sections B, F and I in the agreed form.

3. The hearing on 10 October 2023 is vacated.

Tribunal Judge H. Wetherby
29 September 2023
"""

RICH["dec_071.docx"] = r"""
# FIRST-TIER TRIBUNAL
# SPECIAL EDUCATIONAL NEEDS AND DISABILITY

Reference: EH995/21/01244
Appellants: Mr and Mrs T. (parents of "J", aged 10)
Respondent: Dunmere County Council
Hearing: 22 February 2022, by video
Tribunal: Judge S. Hallworth; Specialist Member Mr D. Farrant

## DECISION

The appeal is allowed. We order the local authority to amend Sections B and F of J's EHC plan in the terms attached and to issue the amended plan within 5 weeks.

## REASONS

1. J has a severe visual impairment (nystagmus and low acuity) and social communication difficulties that are under assessment. He attends Kingsfold Primary School, named in Section I. His parents challenge Sections B and F.

2. Section B identifies J's visual impairment but says nothing about his difficulty joining in with peers, his exhaustion by mid-afternoon, or his difficulty locating objects and people in the playground. All three appear in the report of the qualified teacher of the visually impaired (QTVI). We order that they be added.

3. Section F reads, in part: "J's support will be provided from the school's high needs funding allocation. The school will decide how best to deploy support across the day, in consultation with the QTVI."

4. This is two problems in two sentences. The first describes money rather than provision. The second hands the decision about what J receives to the school. The local authority cannot do either. The school's knowledge of J is valuable, and the QTVI's advice is essential, but it is for the local authority to decide, and specify, what provision J must have.

5. Section F also says that "staff will modify resources for J". It does not say which staff or with what training. The QTVI's evidence was that modified resources must be prepared by a teaching assistant trained by the sensory support service, with specific standards for font size and contrast.

6. Having heard the evidence, we have specified: 20 hours per week of support from a teaching assistant trained by the sensory support service in modifying resources and in J's low-vision aids; preparation of all written and visual materials to the QTVI's written standards (minimum N24 font, high contrast); mobility and orientation training for 45 minutes per fortnight by a qualified habilitation specialist; and a fortnightly 30-minute visit from the QTVI to advise staff and monitor J's progress.

Judge S. Hallworth
8 March 2022
"""

RICH["dec_075.pdf"] = r"""
# FIRST-TIER TRIBUNAL (HEALTH, EDUCATION AND SOCIAL CARE CHAMBER)
# SPECIAL EDUCATIONAL NEEDS AND DISABILITY

Appeal ref: EH989/24/00209
Ms D. B. v London Borough of Greyfriars Vale
Heard on 9 April 2024, by video
Judge E. Castellano; Specialist Member Ms J. Rowntree

# DECISION AND REASONS

1. This is an appeal against Section F of the EHC plan of M, who is 12 and in Year 7 at Greyfriars Vale School, which is named in Section I. M has a moderate learning difficulty and a significant speech sound disorder.

2. The appeal is allowed. The amended Section F is set out in the schedule.

3. Three items were in dispute.

4. "M will be withdrawn for literacy support as required." There is no indication of who decides when M requires it, how often it will happen or what it involves. The school's SENCo accepted in evidence that in the autumn term M's withdrawal sessions happened "when the TA was free", which in practice meant about once a fortnight. The specialist teacher recommended three 30-minute sessions a week following a named reading programme. We have ordered that.

5. "M will receive help with organisation and homework." No amount, no frequency and no person. We have specified a 15-minute daily session with a teaching assistant at the end of the school day to check M's planner and organise homework, and a weekly 45-minute homework club staffed by a teaching assistant.

6. "Maths in a small group." The reason M needs a small group, on the evidence of the educational psychologist, is that he needs frequent adult checking of his understanding and cannot ask for help in front of a large group. The size of the group is therefore an important part of the provision, and we have specified that it will be no more than six pupils, with a teacher, for four of the five weekly maths lessons.

7. The remaining items in the working document were agreed.

E. Castellano, Tribunal Judge
26 April 2024
"""


# ---------------------------------------------------------------------------
# Labels. Columns: file, appeal_types, sections, outcome, drafting_issues,
# tribunal, local_authority, decision_date, style. Multi-valued fields are
# comma-separated without spaces.
# ---------------------------------------------------------------------------
COLUMNS = [
    "file",
    "appeal_types",
    "sections",
    "outcome",
    "drafting_issues",
    "tribunal",
    "local_authority",
    "decision_date",
    "style",
]

LABELS_TSV = """\
dec_001.txt	refusal_to_assess		allowed		ftt	Northmoor Council	2024-10-14	numbered
dec_002.txt	refusal_to_assess		dismissed		ftt	Eastleigh Vale County Council	2023-06-21	decision_first
dec_003.txt	refusal_to_assess		conceded		ftt	London Borough of Harwick	2025-02-04	consent_order
dec_004.txt	refusal_to_assess		withdrawn		ftt	Brackenshire County Council	2024-05-30	withdrawal
dec_005.txt	refusal_to_assess		allowed		ftt	Saltmarsh Borough Council	2025-03-26	decision_first
dec_006.docx	refusal_to_assess		allowed		ftt	Wrexford City Council	2022-11-30	decision_first
dec_007.txt	refusal_to_reassess		allowed		ftt	Holmbury Metropolitan Borough Council	2023-12-27	decision_first
dec_008.txt	refusal_to_reassess		dismissed		ftt	Fenwick Cross County Council	2022-10-05	decision_first
dec_009.pdf	refusal_to_reassess		conceded		ftt	Royal Borough of Ashcombe	2024-09-12	consent_order
dec_010.txt	refusal_to_reassess		withdrawn		ftt	Corrivale City Council	2025-04-14	withdrawal
dec_011.txt	refusal_to_reassess		unknown		ftt	West Lindmoor Council	2024-12-09	directions
dec_012.txt	refusal_to_issue		allowed		ftt	Tarnside Metropolitan Borough Council	2024-05-10	numbered
dec_013.txt	refusal_to_issue		dismissed		ftt	Sedgeholm County Council	2023-02-20	long_reasons
dec_014.txt	refusal_to_issue		conceded		ftt	London Borough of Greyfriars Vale	2023-11-08	consent_order
dec_015.docx	refusal_to_issue		withdrawn		ftt	Pellingford Council	2021-03-19	withdrawal
dec_016.txt	refusal_to_issue		allowed		ftt	Dunmere County Council	2025-06-13	decision_first
dec_017.txt	contents	B,F	allowed	unquantified_therapy,regular_unquantified,vague_need	ftt	Wrexford City Council	2024-07-22	numbered
dec_018.txt	contents	F	allowed	access_to,opportunities_for,as_appropriate	ftt	Kestreldown Council	2024-02-01	decision_first
dec_019.txt	contents	F	dismissed		ftt	Royal Borough of Ashcombe	2024-09-30	decision_first
dec_020.txt	contents	I	dismissed		ftt	Pellingford Council	2024-06-17	numbered
dec_021.txt	contents	I	allowed		ftt	Tarnside Metropolitan Borough Council	2025-05-30	decision_first
dec_022.pdf	contents	B,F,I	allowed	vague_need,unspecified_programme,unspecified_staff,unquantified_support,non_committal	ftt	Corrivale City Council	2022-05-27	numbered
dec_023.txt	contents	B,I	allowed	vague_need	ftt	London Borough of Harwick	2023-11-27	decision_first
dec_024.txt	contents	B,F,I	allowed	up_to_or_equivalent,delegated_to_setting,unilateral_change,small_group_undefined,non_committal,examples_not_commitment,wrong_section,vague_need	ftt	Eastleigh Vale County Council	2025-02-24	long_reasons
dec_025.txt	contents	F	conceded		ftt	Brackenshire County Council	2025-05-09	consent_order
dec_026.txt	contents	F,I	withdrawn		ftt	Sedgeholm County Council	2024-11-21	withdrawal
dec_027.docx	contents	F	allowed	funding_not_provision,unquantified_support	ftt	West Lindmoor Council	2020-10-09	decision_first
dec_028.txt	contents	I	allowed	placement_fault	ftt	West Lindmoor Council	2024-08-12	decision_first
dec_029.txt	contents,extended_recommendations	F,G,H2	allowed	wrong_section	ftt	Corrivale City Council	2019-11-04	decision_first
dec_030.txt	contents,extended_recommendations	B,F,C,G	allowed	vague_need,non_smart_outcome,unquantified_support	ftt	Saltmarsh Borough Council	2021-09-13	narrative
dec_031.docx	contents,extended_recommendations	F,D,H1	allowed	examples_not_commitment	ftt	Tarnside Metropolitan Borough Council	2019-06-21	decision_first
dec_032.txt	contents,extended_recommendations	I,H2	dismissed		ftt	Holmbury Metropolitan Borough Council	2020-02-26	decision_first
dec_033.pdf	contents,extended_recommendations	F,G,H1	conceded		ftt	Eastleigh Vale County Council	2021-02-15	consent_order
dec_034.txt	contents,extended_recommendations	F,H1	withdrawn		ftt	Dunmere County Council	2020-09-07	withdrawal
dec_035.txt	contents,extended_recommendations	B,F,C,D,G,H1,H2	allowed	access_to,as_required,regular_unquantified,opportunities_for,vague_need	ftt	London Borough of Greyfriars Vale	2023-07-05	long_reasons
dec_036.txt	refusal_to_amend	B,F	allowed	vague_need,unquantified_therapy,non_smart_outcome	ftt	Wrexford City Council	2024-01-25	decision_first
dec_037.txt	refusal_to_amend	I	dismissed		ftt	Fenwick Cross County Council	2024-10-18	numbered
dec_038.txt	refusal_to_amend	B,F	conceded		ftt	Royal Borough of Ashcombe	2025-03-03	consent_order
dec_039.txt	refusal_to_amend		withdrawn		ftt	Northmoor Council	2024-02-05	withdrawal
dec_040.txt	refusal_to_amend	F	allowed	unilateral_change,as_required	ftt	Pellingford Council	2022-11-14	decision_first
dec_041.docx	refusal_to_amend		unknown		ftt	Sedgeholm County Council	2023-04-04	directions
dec_042.txt	cease_to_maintain		allowed		ftt	London Borough of Harwick	2024-08-06	numbered
dec_043.txt	cease_to_maintain		dismissed		ftt	Holmbury Metropolitan Borough Council	2022-10-31	decision_first
dec_044.txt	cease_to_maintain		conceded		ftt	Eastleigh Vale County Council	2024-03-22	consent_order
dec_045.pdf	cease_to_maintain		withdrawn		ftt	London Borough of Greyfriars Vale	2022-01-20	withdrawal
dec_046.txt	cease_to_maintain		allowed		ftt	Kestreldown Council	2024-12-16	long_reasons
dec_047.txt	disability_discrimination		allowed		ftt		2024-06-24	numbered
dec_048.txt	disability_discrimination		dismissed		ftt		2023-10-12	decision_first
dec_049.docx	disability_discrimination		withdrawn		ftt		2023-05-11	withdrawal
dec_050.txt	disability_discrimination		conceded		ftt		2024-07-11	consent_order
dec_051.txt	disability_discrimination		allowed		ftt	Northmoor Council	2022-07-29	decision_first
dec_052.pdf	disability_discrimination		unknown		ftt		2025-01-28	directions
dec_053.txt	contents	B,F	remitted	access_to,as_required,unquantified_therapy,vague_need	ut	Brackenshire County Council	2013-03-14	ut
dec_054.txt	contents	I	dismissed		ut	Saltmarsh Borough Council	2012-10-09	ut
dec_055.txt	contents	F	allowed	wrong_section	ut	London Borough of Harwick	2014-04-02	ut
dec_056.txt	contents	B,F,I	remitted	delegated_to_setting,vague_need	ut	Fenwick Cross County Council	2011-08-30	ut
dec_057.txt	contents	F	dismissed	opportunities_for,access_to,unspecified_staff	ut	Tarnside Metropolitan Borough Council	2024-01-15	ut
dec_058.txt	refusal_to_assess		remitted		ut	Royal Borough of Ashcombe	2022-09-19	ut
dec_059.docx	cease_to_maintain		remitted		ut	Corrivale City Council	2024-11-05	ut
dec_060.txt	contents,extended_recommendations	F,G,H2	remitted		ut	London Borough of Greyfriars Vale	2025-06-17	ut
dec_061.txt	disability_discrimination		dismissed		ut		2019-03-21	ut
dec_062.txt	contents	I	allowed		ut	Dunmere County Council	2024-09-24	ut
dec_063.pdf	refusal_to_issue		remitted		ut	West Lindmoor Council	2021-08-03	ut
dec_064.txt	contents	F	unknown		ftt	Wrexford City Council	2025-06-16	directions
dec_065.txt	contents	B,F	allowed	vague_need,non_committal,examples_not_commitment,small_group_undefined,non_smart_outcome	ftt	Pellingford Council	2021-12-16	narrative
dec_066.txt	contents	F	allowed	up_to_or_equivalent,as_appropriate	ftt	Fenwick Cross County Council	2025-03-07	decision_first
dec_067.txt	contents	F	dismissed		ftt	Brackenshire County Council	2023-07-06	decision_first
dec_068.pdf	contents	B,F,I	conceded		ftt	Kestreldown Council	2023-09-29	consent_order
dec_069.txt	contents	B,F	withdrawn		ftt	Sedgeholm County Council	2025-05-06	withdrawal
dec_070.txt	refusal_to_assess		conceded		ftt	Kestreldown Council	2022-06-14	consent_order
dec_071.docx	contents	B,F	allowed	vague_need,funding_not_provision,delegated_to_setting,unspecified_staff	ftt	Dunmere County Council	2022-03-08	decision_first
dec_072.txt	contents	F	allowed	regular_unquantified,opportunities_for,unspecified_programme,unquantified_support	ftt	London Borough of Harwick	2025-05-19	numbered
dec_073.txt	cease_to_maintain		dismissed		ftt	Tarnside Metropolitan Borough Council	2023-07-06	decision_first
dec_074.txt	contents	F	allowed	funding_not_provision,non_committal	ut	Holmbury Metropolitan Borough Council	2016-07-12	ut
dec_075.pdf	contents	F	allowed	as_required,unquantified_support,small_group_undefined	ftt	London Borough of Greyfriars Vale	2024-04-26	numbered
dec_076.txt	cease_to_maintain		unknown		ftt	Corrivale City Council	2025-07-02	directions
dec_077.txt	contents	F	allowed	unspecified_programme,unspecified_staff,unquantified_support	ftt	Northmoor Council	2025-06-18	summary
dec_078.txt	contents	F	dismissed		ftt	Saltmarsh Borough Council	2024-02-08	decision_first
dec_079.txt	contents	I	allowed	placement_fault	ftt	Brackenshire County Council	2025-04-10	numbered
dec_080.txt	contents	F	allowed	up_to_or_equivalent,as_appropriate,unilateral_change	ftt	West Lindmoor Council	2024-01-25	narrative
dec_081.txt	contents	I	remitted	placement_fault	ut	Sedgeholm County Council	2024-02-28	ut
dec_082.txt	refusal_to_reassess		allowed		ftt	Pellingford Council	2025-05-21	summary
"""

STYLES = {
    "numbered": "numbered paragraphs under headings (Introduction, Background, The Law, ...)",
    "decision_first": "the decision stated up front, then reasons",
    "long_reasons": "full reasons of about 1,800-2,700 words",
    "narrative": "unnumbered prose reasons",
    "summary": "short-form summary reasons",
    "consent_order": "consent order of a few lines",
    "withdrawal": "notice of withdrawal",
    "directions": "case-management order or directions with no outcome",
    "ut": "Upper Tribunal (Administrative Appeals Chamber) decision",
}

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def parse_labels() -> list[dict[str, str]]:
    rows = []
    for line in LABELS_TSV.strip("\n").split("\n"):
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            raise SystemExit(f"bad label row ({len(cells)} cells): {line!r}")
        rows.append(dict(zip(COLUMNS, cells)))
    return rows


def split(value: str) -> list[str]:
    return [v for v in value.split(",") if v]


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def write_docx(path: Path, text: str) -> None:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(11)
    core = document.core_properties
    core.author = "sendlens (fictional corpus)"
    core.title = "Fictional SEND tribunal decision"
    core.created = dt.datetime(2025, 1, 1)
    core.modified = dt.datetime(2025, 1, 1)
    core.last_modified_by = "sendlens"
    core.revision = 1
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.split("\n")
        if all(l.startswith("# ") for l in lines):
            for l in lines:
                document.add_heading(l[2:].strip(), level=1)
        elif all(l.startswith("## ") for l in lines):
            for l in lines:
                document.add_heading(l[3:].strip(), level=2)
        else:
            para = document.add_paragraph()
            for i, l in enumerate(lines):
                run = para.add_run(l)
                if i < len(lines) - 1:
                    run.add_break()
    document.save(str(path))


FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]


def _font(name: str) -> Path | None:
    for d in FONT_DIRS:
        if (d / name).exists():
            return d / name
    return None


def write_pdf(path: Path, text: str) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    pdf.set_title("Fictional SEND tribunal decision")
    pdf.set_author("sendlens (fictional corpus)")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    regular, bold = _font("DejaVuSerif.ttf"), _font("DejaVuSerif-Bold.ttf")
    if regular and bold:
        pdf.add_font("Body", "", str(regular))
        pdf.add_font("Body", "B", str(bold))
        family, clean = "Body", (lambda s: s)
    else:  # core font fallback: latin-1 only
        family = "Times"
        table = {"\u2014": "-", "\u2013": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}
        clean = lambda s: "".join(table.get(c, c) for c in s).encode("latin-1", "replace").decode("latin-1")
    pdf.add_page()
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.split("\n")
        if all(l.startswith("#") for l in lines):
            for l in lines:
                level = 1 if l.startswith("# ") else 2
                pdf.set_font(family, "B", 12 if level == 1 else 11)
                pdf.multi_cell(
                    0, 6, clean(l.lstrip("#").strip()), align="C" if level == 1 else "L", new_x="LMARGIN", new_y="NEXT"
                )
            pdf.ln(2)
        else:
            pdf.set_font(family, "", 10.5)
            for l in lines:
                pdf.multi_cell(0, 5.4, clean(l), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Reading back (for validation)
# ---------------------------------------------------------------------------
def read_text(path: Path) -> str:
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        import docx

        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    if path.suffix == ".pdf":
        try:
            from pypdf import PdfReader
        except ImportError:  # pragma: no cover
            return ""
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    raise ValueError(path)


def long_date(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def validate(rows: list[dict[str, str]], taxonomy_path: Path) -> list[str]:
    import yaml

    tax = yaml.safe_load(taxonomy_path.read_text(encoding="utf-8"))
    errors: list[str] = []
    files = set()
    for r in rows:
        f = r["file"]
        files.add(f)
        path = HERE / f
        if not path.exists():
            errors.append(f"{f}: file missing")
            continue
        for a in split(r["appeal_types"]) or ["<empty>"]:
            if a not in tax["appeal_types"]:
                errors.append(f"{f}: bad appeal type {a}")
        for s in split(r["sections"]):
            if s not in tax["sections"]:
                errors.append(f"{f}: bad section {s}")
        if r["outcome"] not in tax["outcomes"]:
            errors.append(f"{f}: bad outcome {r['outcome']}")
        for d in split(r["drafting_issues"]):
            if d not in tax["faults"]:
                errors.append(f"{f}: bad drafting issue {d}")
        if r["tribunal"] not in ("ftt", "ut"):
            errors.append(f"{f}: bad tribunal {r['tribunal']}")
        if r["outcome"] == "remitted" and r["tribunal"] != "ut":
            errors.append(f"{f}: only the Upper Tribunal remits")
        if r["style"] not in STYLES:
            errors.append(f"{f}: unknown style {r['style']}")
        text = read_text(path)
        if r["decision_date"]:
            try:
                long = long_date(r["decision_date"])
            except ValueError:
                errors.append(f"{f}: decision_date not ISO: {r['decision_date']}")
            else:
                if text and long not in re.sub(r"\s+", " ", text):
                    errors.append(f"{f}: date {long} not found in text")
        if r["local_authority"] and text and r["local_authority"].lower() not in re.sub(r"\s+", " ", text).lower():
            errors.append(f"{f}: local authority not found in text")
    on_disk = {p.name for p in HERE.iterdir() if p.name.startswith("dec_")}
    for extra in sorted(on_disk - files):
        errors.append(f"{extra}: decision file has no label row")
    count_a = collections.Counter(a for r in rows for a in split(r["appeal_types"]))
    count_o = collections.Counter(r["outcome"] for r in rows)
    for a in tax["appeal_types"]:
        if count_a[a] < 5:
            errors.append(f"appeal type {a} has only {count_a[a]} decisions")
    for o in tax["outcomes"]:
        if count_o[o] < 5:
            errors.append(f"outcome {o} has only {count_o[o]} decisions")
    return errors


# ---------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------
def table(counter: collections.Counter, order: list[str] | None = None, head: str = "label") -> str:
    keys = order if order is not None else sorted(counter, key=lambda k: (-counter[k], k))
    out = [f"| {head} | decisions |", "|---|---:|"]
    out += [f"| `{k}` | {counter[k]} |" for k in keys]
    return "\n".join(out)


def make_readme(rows: list[dict[str, str]], taxonomy: dict) -> str:
    n = len(rows)
    c_type = collections.Counter(a for r in rows for a in split(r["appeal_types"]))
    c_out = collections.Counter(r["outcome"] for r in rows)
    c_sec = collections.Counter(s for r in rows for s in split(r["sections"]))
    c_iss = collections.Counter(d for r in rows for d in split(r["drafting_issues"]))
    c_fmt = collections.Counter(Path(r["file"]).suffix.lstrip(".") for r in rows)
    c_trib = collections.Counter(r["tribunal"] for r in rows)
    c_style = collections.Counter(r["style"] for r in rows)
    no_issue = sum(1 for r in rows if not r["drafting_issues"])
    multi = sum(1 for r in rows if len(split(r["appeal_types"])) > 1)
    years = collections.Counter(r["decision_date"][:4] for r in rows if r["decision_date"])
    words = []
    for r in rows:
        words.append(len(read_text(HERE / r["file"]).split()))
    sec_order = [s for s in taxonomy["sections"] if c_sec[s]]
    return README_TEMPLATE.format(
        n=n,
        ftt=c_trib["ftt"],
        ut=c_trib["ut"],
        multi=multi,
        no_issue=no_issue,
        min_words=min(words),
        max_words=max(words),
        median_words=sorted(words)[len(words) // 2],
        years=f"{min(years)}-{max(years)}",
        types=table(c_type, [a for a in taxonomy["appeal_types"]], "appeal type"),
        outcomes=table(c_out, [o for o in taxonomy["outcomes"]], "outcome"),
        sections=table(c_sec, sec_order, "section"),
        issues=table(c_iss, None, "drafting issue"),
        formats=table(c_fmt, None, "format"),
        tribunals=table(c_trib, ["ftt", "ut"], "tribunal"),
        styles=table(c_style, None, "style"),
        style_list="\n".join(f"- `{k}`: {v}" for k, v in STYLES.items()),
    )


README_TEMPLATE = """\
# Fictional SEND tribunal decisions

**Every decision in this folder is fictional and was written by the sendlens project.** No
child, parent, school, council, judge, tribunal reference or hearing is real. The councils
("Northmoor Council", "Eastleigh Vale County Council", "the London Borough of Harwick" and so
on) are invented, and the three-digit codes in the First-tier references (`EH951/...` to
`EH995/...`) were chosen in the 950s-990s, outside the range of real DfE local-authority
numbers (which stop in the low 940s), so that they cannot be joined to a real authority. Statutes, regulations, the Code of Practice and the leading
cases cited (L v Clarke and Somerset, C v Greenwich, E v Rotherham, Worcestershire v SE,
SB v Herefordshire, AB v East Sussex, MM v Greenwich and others) are real law and are cited
for the propositions they are known for (see `shared/domain.md` section 2.1); the facts
around them are invented.

The corpus is for training and testing the decision classifier (appeal type, outcome,
sections and drafting issues). It is not a sample of real decisions: the First-tier Tribunal
does not publish its SEND decisions, so nothing here was copied, paraphrased or derived from
real decision text, and nothing was taken from the held-out evaluation set.

Two more folders, written later by two other writers and checked by the project, hold the
genres an analyst batch-reads most: `ut/` (60 Upper Tribunal decisions in seven judges' styles,
including permission, costs, strike-out and judicial-review decisions and old-law statement
appeals) and `statement/` (60 statement-era First-tier and SENDIST decisions, 2002-2014, in seven
styles). Each has its own README and `labels.tsv` (`;`-separated lists, plus `level`, `appellant`,
`error_of_law` and `disposal`). `sendlens batch corpus_samples/decisions` reads all three folders
(202 decisions); the app's dashboard scores only the 82 in this folder.

## How it was made

- {n} decisions ({ftt} First-tier Tribunal, {ut} Upper Tribunal), dated {years}.
- Each decision was written by hand, one at a time, in a deliberately different judicial
  voice and layout: numbered paragraphs under headings; the decision first and reasons
  after; unnumbered prose; short summary reasons; consent orders and withdrawal notices of a
  few lines; case-management directions with no outcome; long reasons of about 1,800-2,700
  words; and Upper Tribunal decisions (including five about old-law statements, where Parts 2,
  3 and 4 of a statement are labelled as Sections B, F and I). Length ranges from
  {min_words} to {max_words} words (median {median_words}).
- The `.txt` decisions are stored as written. The `.docx` and `.pdf` decisions are generated
  by `make_decisions.py` from the texts kept in that script (python-docx; fpdf2 with the DejaVu
  Serif TTF, falling back to a latin-1 core font if DejaVu is absent). The script also writes
  `labels.tsv`, checks it, and writes this README with the counts below.
- Hard cases are included on purpose: decisions that quote vague local-authority wording but
  dismiss the appeal (the wording had already been agreed away, or the disputed phrase turned
  out not to be provision); a refusal-to-assess appeal that mentions Section F only to say it
  is not in issue; Section I-only placement appeals with no drafting issue; a refusal-to-issue
  decision that discusses funding without any plan in issue; a "small group" that the tribunal
  holds need not be numbered; and decisions allowed as to B or F but dismissed as to I.

Rebuild and check:

    /work/venv/bin/python corpus_samples/decisions/make_decisions.py          # rebuild + check
    /work/venv/bin/python corpus_samples/decisions/make_decisions.py --check  # check only

## Labels (`labels.tsv`)

Tab-separated, one row per decision, with a header. Multi-valued fields are comma-separated
without spaces. Ids are those of `shared/taxonomy.yaml`.

| column | meaning |
|---|---|
| `file` | path relative to this folder |
| `appeal_types` | one or more appeal-type ids (e.g. `contents,extended_recommendations`) |
| `sections` | sections in dispute (B, F, I for contents appeals; C, D, G, H1, H2 where recommendations were sought); empty for appeals that are not about plan contents |
| `outcome` | one outcome id. `allowed` includes "allowed in part" (e.g. allowed on B, dismissed on I) and consent orders are `conceded`. For the Upper Tribunal the outcome is of the appeal to the UT: `remitted` when set aside and sent back, `allowed` when set aside and re-made, `dismissed` when no error of law |
| `drafting_issues` | taxonomy fault ids that the tribunal found, or ordered amended, in the plan or statement (for the UT: found by the UT or upheld by it). Empty where the text shows none, even if vague wording is quoted |
| `tribunal` | `ftt` or `ut` |
| `local_authority` | the fictional council as named; empty for disability claims against a school's governing body or trust (the claim is not against an LA) |
| `decision_date` | ISO date as stated in the text; the script checks it appears in the text |
| `style` | layout and genre, one of the styles below |

Styles:

{style_list}

## Counts (computed by `make_decisions.py`)

{multi} decisions carry more than one appeal type; {no_issue} decisions have no drafting issue.

### Appeal types

{types}

### Outcomes

{outcomes}

### Sections

{sections}

### Drafting issues

{issues}

### Formats

{formats}

### Tribunal

{tribunals}

### Styles

{styles}

## Limits

- One author wrote every decision. Although voices, layouts and wording were varied
  deliberately, a model trained only on this folder will learn some of that author's habits;
  measure it on real published (Upper Tribunal) text before trusting it.
- The label `drafting_issues` follows the text: a fault is labelled only where the tribunal
  says it found it or ordered it changed. Real decisions are often less explicit.
- Only the faults listed in the brief are used; `ordinary_provision`, `need_without_provision`,
  `provision_without_need`, `social_care_misclassification`, `missing_section` and
  `transport_in_f` do not occur.
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate only; write nothing")
    ap.add_argument("--taxonomy", type=Path, default=None)
    args = ap.parse_args(argv)
    taxonomy_path = args.taxonomy
    if taxonomy_path is None:
        for cand in (HERE.parents[2] / "shared" / "taxonomy.yaml", HERE.parents[3] / "shared" / "taxonomy.yaml"):
            if cand.exists():
                taxonomy_path = cand
                break
    if taxonomy_path is None or not taxonomy_path.exists():
        print("taxonomy.yaml not found; pass --taxonomy", file=sys.stderr)
        return 2
    rows = parse_labels()
    labelled = {r["file"] for r in rows}
    for name in RICH:
        if name not in labelled:
            print(f"{name}: in RICH but not labelled", file=sys.stderr)
            return 1
    if not args.check:
        for name, text in RICH.items():
            path = HERE / name
            if name.endswith(".docx"):
                write_docx(path, text)
            elif name.endswith(".pdf"):
                write_pdf(path, text)
            else:
                raise SystemExit(f"unexpected rich format: {name}")
        with open(HERE / "labels.tsv", "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\t".join(COLUMNS) + "\n")
            fh.writelines("\t".join(r[c] for c in COLUMNS) + "\n" for r in rows)
    errors = validate(rows, taxonomy_path)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    if not args.check:
        import yaml

        tax = yaml.safe_load(taxonomy_path.read_text(encoding="utf-8"))
        (HERE / "README.md").write_text(make_readme(rows, tax), encoding="utf-8")
    print(f"ok: {len(rows)} decisions valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
