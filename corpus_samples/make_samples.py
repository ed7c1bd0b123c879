#!/usr/bin/env python3
"""Generate sendlens's bundled sample EHC plans into corpus_samples/plans/.

Every child, family, school, council and professional in these plans is fictional.
Any resemblance to a real person or institution is a coincidence.

The plans are built from reusable fragments held in this file: a pool of well-specified
Section F items, a pool of faulty Section F wordings (one list per fault code of
shared/taxonomy.yaml), a few hard negatives (wording that looks like a fault but is not),
and a hand-written profile for each child (Sections A-E and G-K).

The script is deterministic: it uses no clock and no unseeded randomness, sets fixed
creation dates in the DOCX and PDF metadata, and writes DOCX zip members with a fixed
timestamp, so running it twice gives byte-identical files.

Run:  python corpus_samples/make_samples.py
It writes the plans, plans/manifest.json, and checks that every manifest phrase and item
can be found in the text a reader extracts from each file.
"""
from __future__ import annotations

import io
import json
import random
import re
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "plans"
FIXED_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)
ZIP_DATE = (2026, 1, 1, 0, 0, 0)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
DEJAVU_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

AREAS = {
    "ci": "Communication and interaction",
    "cl": "Cognition and learning",
    "semh": "Social, emotional and mental health",
    "sp": "Sensory and/or physical needs",
}
AREA_ORDER = ["ci", "cl", "semh", "sp"]

# --------------------------------------------------------------------------------------
# Text model
# --------------------------------------------------------------------------------------


@dataclass
class Marked:
    """A piece of plan text outside Section F that carries planted faults."""

    text: str
    faults: list  # [(code, phrase)]


@dataclass
class Item:
    """One Section F provision item."""

    key: str
    area: str  # ci | cl | semh | sp | gen
    need: str
    what: str
    freq: str | None = None
    who: str | None = None
    faults: list = field(default_factory=list)  # [(code, phrase)]
    negative: bool = False  # a hard negative: looks like a fault, is not one


def fill(s, ctx):
    return s.format_map(ctx) if s else s


def cap(s):
    return s[:1].upper() + s[1:] if s else s


WHO_VERBS = ("supplied", "written", "arranged", "prepared", "planned", "set ", "checked")


def prose(it: Item) -> str:
    """The item as one sentence, for bullet and prose layouts."""
    s = it.what
    if it.freq:
        s += ": " + it.freq
    if it.who:
        if it.who.startswith(WHO_VERBS):
            s += ("; " if it.freq else ", ") + it.who
        else:
            s += ", delivered by " + it.who
    return s.rstrip(".") + "."


# --------------------------------------------------------------------------------------
# Pool of well-specified Section F items.  Fields: key, area, tags, phases, need, what,
# freq, who.  Phases: ey (early years / infant), pri, sec, fe.
# --------------------------------------------------------------------------------------

CLEAN = [
    ("c_slt_understanding", "ci", "slcn", "ey pri", "Understanding spoken language",
     "Direct speech and language therapy on understanding question words (who, what, where, why) and instructions with three key words, in a group of no more than three pupils",
     "two 30-minute sessions a week during term time", "an HCPC-registered speech and language therapist"),
    ("c_vocab_preteach", "ci", "slcn hearing", "pri sec", "Vocabulary",
     "Pre-teaching of ten key words for each new topic in science, history and geography, using word maps that show the sound, meaning and a picture of each word, with the words sent home on a card",
     "one 20-minute session at the start of each topic and a 5-minute recap on three further days",
     "a teaching assistant trained in the word-map approach by the speech and language therapist"),
    ("c_narrative", "ci", "slcn", "ey pri", "Narrative and sequencing",
     "A narrative group using a colour-coded story framework (who, where, when, what happened, how it ended) to retell short stories and then {his} own news, in a group of three pupils",
     "three 20-minute sessions a week for two terms",
     "a teaching assistant trained in the approach and supervised by the speech and language therapist"),
    ("c_slt_programme", "ci", "slcn", "pri sec", "Speech and language therapy programme",
     "A written speech and language therapy programme with targets for sentence building and word retrieval, practised one-to-one in a quiet room",
     "four 15-minute sessions a week",
     "a teaching assistant trained by the speech and language therapist, who observes one session and updates the targets every half term"),
    ("c_slt_targets", "ci", "slcn", "ey pri sec", "Shared communication targets",
     "A meeting to agree new communication targets and to show {his} parents how to practise them at home",
     "one 45-minute meeting each term", "the speech and language therapist, the class teacher and {his} parents"),
    ("c_slt_expressive", "ci", "slcn", "ey pri", "Expressive language",
     "Direct speech and language therapy on past-tense verb endings, pronouns and joining words (because, so, but) in spoken sentences, one-to-one",
     "one 30-minute session a week during term time", "an HCPC-registered speech and language therapist"),
    ("c_instructions", "ci", "slcn autism attention", "pri sec", "Following instructions",
     "Instructions given in short chunks, in the order the steps are to be done, with a written or pictured checklist of the steps placed on {his} desk",
     "in every lesson", "all teaching staff, briefed by the SENCO at the start of each term using {his} one-page profile"),
    ("c_social_group", "ci", "autism", "pri", "Social interaction",
     "A structured social communication group working on joining a game, taking turns in conversation and putting right a misunderstanding, with four pupils",
     "one 40-minute session a week", "the SENCO and a teaching assistant with Level 2 autism training, leading together"),
    ("c_visual_timetable", "ci", "autism", "ey pri sec", "Predictability and change",
     "A visual timetable showing the order of the day, with any change shown and explained to {name} before it happens",
     "set up before registration each morning and updated at every change",
     "{his} key adult, a teaching assistant with Level 2 autism training"),
    ("c_social_stories", "ci", "autism", "ey pri", "Preparing for events",
     "Social stories written for {name} about events that unsettle {him} (fire drills, supply teachers, trips), read with {him} before the event",
     "at least two school days before each event and again on the morning",
     "the SENCO (writing) and {his} key adult (reading with {him})"),
    ("c_nonliteral", "ci", "autism", "sec", "Non-literal language",
     "Direct teaching of idioms, sarcasm and implied meaning using comic-strip conversations and examples taken from {his} English texts, one-to-one",
     "one 30-minute session a week", "a specialist teacher from the Autism Outreach Team"),
    ("c_group_roles", "ci", "autism slcn", "sec fe", "Group work",
     "A written role card for every group task, stating what {name} has to do and who {he} reports to, handed out at the start of the task",
     "in every lesson that includes group work", "the subject teacher, using role cards prepared by the learning support department"),
    ("c_radio_aid", "ci", "hearing", "ey pri sec fe", "Listening in class",
     "A radio aid (remote microphone) linked to {his} hearing aids, worn by the teacher in every lesson and passed to pupils who speak during discussion",
     "in every lesson", "the teacher, with the equipment checked each morning by a teaching assistant trained by the Qualified Teacher of the Deaf"),
    ("c_tod_teaching", "ci", "hearing", "pri sec fe", "Vocabulary and listening skills",
     "Direct teaching of subject vocabulary, listening tactics (asking for repetition, choosing where to sit, checking understanding) and the management of {his} own hearing technology, one-to-one",
     "one 60-minute session a week", "a Qualified Teacher of the Deaf holding the mandatory qualification, from the Sensory Support Service"),
    ("c_subtitles", "ci", "hearing", "sec fe", "Recorded speech",
     "Subtitles or a full transcript for every video, film clip and audio recording used in lessons, provided before the lesson",
     "every lesson that uses recorded material", "the subject teacher, with transcripts prepared by the Hearing Support Base"),
    ("c_check_homework", "ci", "slcn hearing", "sec", "Checking understanding",
     "A 5-minute check at the end of each lesson in which an adult asks {name} to explain the homework task in {his} own words and writes any missing steps in {his} planner",
     "at the end of every lesson that sets homework", "the in-class teaching assistant"),
    ("c_dysarthria", "ci", "speech", "pri sec", "Speech intelligibility",
     "Direct speech therapy on breath support, slowing the rate of speech and using a pacing board, one-to-one",
     "one 30-minute session every fortnight", "an HCPC-registered speech and language therapist"),
    ("c_makaton", "ci", "aac", "ey pri", "Signing",
     "Makaton signing used by the adults in {his} class alongside speech, with a new set of ten signs introduced each half term and shared with home",
     "throughout the school day", "all adults in the class, each trained to Makaton Level 1 before the start of term"),
    ("c_attention_bucket", "ci", "aac autism", "ey", "Shared attention",
     "Adult-led 'bucket' sessions in the Attention Autism style to build shared attention and turn-taking, in a group of four children",
     "four 15-minute sessions a week", "a teaching assistant who has completed the two-day Attention Autism course"),
    ("c_literacy_specialist", "cl", "literacy", "pri sec", "Reading and spelling",
     "A structured, cumulative, multisensory literacy programme covering phonics, spelling rules and reading fluency, taught one-to-one",
     "three 30-minute sessions a week", "a specialist teacher holding a Level 5 qualification in teaching learners with dyslexia"),
    ("c_paired_reading", "cl", "literacy", "pri", "Reading fluency",
     "Paired reading of a book matched to {his} reading level: the adult reads a page fluently and {name} reads it back",
     "four 10-minute sessions a week", "a teaching assistant trained in paired reading by the SENCO"),
    ("c_precision", "cl", "literacy cognition", "ey pri", "Sight vocabulary",
     "Precision teaching of high-frequency words, with a one-minute probe each session and a progress chart that {name} fills in",
     "five 10-minute sessions a week", "a teaching assistant trained in precision teaching"),
    ("c_laptop", "cl", "literacy", "sec fe", "Recording",
     "A laptop with text-to-speech and speech-to-text software for use in every lesson, with three 30-minute training sessions in the first half term to teach {name} how to use it",
     "daily use; training sessions as stated",
     "the SENCO (training) and the school's IT technician (set-up, and repairs within two school days)"),
    ("c_typing", "cl", "literacy fine-motor", "sec", "Typing",
     "A touch-typing course using the ten-finger method, aiming for 20 words a minute by the end of the school year",
     "two 15-minute sessions a week", "a teaching assistant in the learning support base"),
    ("c_maths_concrete", "cl", "numeracy cognition", "pri", "Number",
     "Maths intervention using concrete apparatus (Numicon, Dienes and bead strings) on place value and number bonds, in a group of no more than four pupils",
     "three 20-minute sessions a week", "a teaching assistant trained by the school's maths lead"),
    ("c_maths_gaps", "cl", "numeracy", "sec", "Gaps in maths",
     "One-to-one maths tuition on the units {he} has missed (fractions, ratio and algebraic notation), following a written scheme agreed with the head of maths",
     "one 50-minute session a week for two terms", "a qualified maths teacher"),
    ("c_small_steps", "cl", "cognition", "ey pri", "Small steps",
     "English and maths planned in small steps, with each task broken into numbered stages on a task card and new learning revisited on the next three school days",
     "in every English and maths lesson", "the class teacher, working with {his} one-to-one teaching assistant"),
    ("c_sight_words", "cl", "cognition", "ey", "Early reading",
     "A sight-word reading approach: two new words a week matched to photographs and read in a personal book about {name}'s own life",
     "five 10-minute sessions a week", "a teaching assistant trained in the approach by the specialist teacher for cognition and learning"),
    ("c_early_number", "cl", "cognition", "ey", "Early number",
     "Counting and recognising numbers to 5, taught through songs, real objects and a number line, one-to-one",
     "five 10-minute sessions a week", "{his} one-to-one teaching assistant"),
    ("c_memory_aids", "cl", "memory", "pri sec", "Working memory",
     "A written list of steps, a word bank and a worked example placed on {his} desk before independent work begins",
     "in every lesson with independent work", "the class or subject teacher"),
    ("c_planning_session", "cl", "exec", "sec", "Organisation",
     "A planning session at the start of each school day to go through the timetable, equipment and homework deadlines, using a checklist kept in {his} planner",
     "daily, 10 minutes before registration", "{his} named mentor from the learning support team"),
    ("c_writing_frames", "cl", "literacy", "pri sec", "Writing",
     "Writing frames and a bank of sentence starters for every extended writing task, and the first draft of one piece a week scribed for {name} so that {he} can concentrate on ideas",
     "every extended writing task; scribing once a week", "the class teacher (frames) and the English teaching assistant (scribing)"),
    ("c_functional_skills", "cl", "cognition", "fe", "English and maths",
     "Functional Skills English and maths at Entry Level 3, taught in a class of no more than eight students",
     "two 90-minute lessons a week in each subject", "tutors holding a specialist qualification in teaching adults with learning difficulties"),
    ("c_money", "cl", "cognition", "fe", "Money",
     "Practical money skills using real purchases in the college shop and cafe, working on checking change and budgeting for a week of lunches",
     "one 60-minute session a week", "a learning support assistant following a plan written by the course tutor"),
    ("c_large_print", "cl", "vision", "pri sec fe", "Reading materials",
     "All printed materials enlarged to N24 bold on matt cream paper, or sent electronically so that {name} can enlarge them on {his} tablet, ready at the start of each lesson",
     "every lesson", "the learning support team, with the format checked each term by a Qualified Teacher of Vision Impairment"),
    ("c_qtvi", "cl", "vision", "pri sec fe", "Specialist teaching for vision impairment",
     "Direct teaching in magnification software, touch-typing and keyboard shortcuts, and a check on how {name} is using {his} low-vision aids",
     "one 60-minute session every fortnight", "a Qualified Teacher of Vision Impairment (QTVI) from the Sensory Support Service"),
    ("c_key_adult_arrival", "semh", "anxiety", "pri sec", "Morning arrival",
     "A named key adult meets {name} at an agreed entrance, checks how {he} is feeling on a 1 to 5 scale and agrees a plan for the morning",
     "every morning for 10 minutes before registration",
     "{his} key adult, a teaching assistant with ELSA training, with a second named adult covering any absence"),
    ("c_elsa", "semh", "anxiety attention autism", "pri sec", "Emotional literacy",
     "Emotional literacy sessions on recognising the body signals of worry and choosing a calming technique from {his} agreed list (box breathing, hand squeeze, drawing)",
     "one 30-minute session a week for 12 weeks, followed by a review meeting with {his} parents",
     "a trained Emotional Literacy Support Assistant (ELSA) supervised by an educational psychologist"),
    ("c_exit_card", "semh", "anxiety autism", "sec fe", "Leaving lessons",
     "An exit card that {name} can show to any teacher to leave the lesson and go to the student support room, where a named member of the pastoral team meets {him}; each use is logged and the log is discussed with {name} each Friday",
     "in every lesson", "the pastoral lead named in {his} one-page profile"),
    ("c_counselling", "semh", "anxiety", "sec fe", "Anxiety",
     "Counselling focused on managing anxiety about tests, crowds and social situations",
     "one 50-minute session a week for ten weeks in each of the autumn and spring terms", "a counsellor registered with the BACP"),
    ("c_lunch_club", "semh", "autism attention anxiety", "pri", "Unstructured times",
     "A structured lunchtime club in the library with three named peers and planned games (board games, Lego building, drawing)",
     "four days a week for 30 minutes", "a lunchtime supervisor trained by the SENCO"),
    ("c_self_monitor", "semh", "attention", "pri", "Self-monitoring",
     "A self-monitoring chart with three agreed targets (staying seated for the teaching input, putting {his} hand up, starting work within two minutes), reviewed with {name}, with stickers earned towards an agreed reward",
     "at the end of each morning and each afternoon, 5 minutes", "{his} key adult"),
    ("c_restorative", "semh", "attention", "pri sec", "Repairing after incidents",
     "A restorative conversation after any incident, using the same three questions (what happened, who was affected, what needs to happen now) and a picture sheet to help {name} explain",
     "on the same day as any incident, 15 minutes", "the SENCO or the deputy headteacher, both trained in restorative practice"),
    ("c_self_advocacy", "semh", "autism", "sec", "Self-advocacy",
     "Mentoring sessions on understanding {his} own autism profile and practising how to ask for help, leading to a one-page profile written by {name}",
     "one 30-minute session a week for the autumn term", "a specialist teacher from the Autism Outreach Team"),
    ("c_home_school_book", "semh", "autism aac cognition", "ey pri", "Home-school communication",
     "A home-school book recording one good moment, one difficult moment and what helped, read by {his} parents each evening",
     "completed daily before home time", "{his} key adult"),
    ("c_movement_breaks", "semh", "attention", "pri", "Attention and movement",
     "A planned 3-minute movement job at the mid-point of each lesson (taking a message to the office, wall push-ups, fetching equipment)",
     "once in every lesson of 45 minutes or longer", "the class teacher, who plans it, and the class teaching assistant, who goes with {him}"),
    ("c_chunking", "cl", "attention", "pri", "Sustaining attention",
     "Independent tasks split into 5-minute chunks, with a visual timer and a tick box to complete after each chunk",
     "in every English and maths lesson", "the class teacher, with the class teaching assistant checking in after each chunk"),
    ("c_sensory_diet", "sp", "sensory", "ey pri sec", "Sensory regulation",
     "A sensory diet written by the occupational therapist: a 10-minute movement circuit (wall push-ups, trampette, carrying a weighted bag) before school starts and after lunch",
     "twice daily, 10 minutes each time", "a teaching assistant trained by the occupational therapist, who reviews the circuit every half term"),
    ("c_ear_defenders", "sp", "sensory", "ey pri sec", "Noise",
     "Ear defenders kept in {his} tray, and a seat at the end of the row nearest the door in assemblies and in the dining hall",
     "assemblies, lunchtimes and every event held in the hall", "{his} key adult, who checks each morning that the ear defenders are in {his} tray"),
    ("c_fine_motor_prog", "sp", "fine-motor", "ey pri", "Handwriting and fine motor skills",
     "A fine-motor programme written by the occupational therapist (in-hand manipulation, pencil grasp, scissor skills), practised one-to-one",
     "four 15-minute sessions a week", "a teaching assistant trained and supervised by an HCPC-registered occupational therapist, who visits twice a term"),
    ("c_ot_direct", "sp", "fine-motor physical", "pri sec", "Handwriting and self-care",
     "Direct occupational therapy to develop handwriting, managing fastenings and using cutlery",
     "six 45-minute sessions each term", "an HCPC-registered occupational therapist"),
    ("c_physio_prog", "sp", "physical", "pri", "Stretches and mobility",
     "A physiotherapy programme written by the physiotherapist (hamstring and calf stretches, standing balance, and stepping practice in {his} walking frame), carried out in the school's therapy room",
     "daily, 20 minutes",
     "a teaching assistant trained by the physiotherapist; the physiotherapist reviews the programme in school twice a term"),
    ("c_one_to_one_physical", "sp", "physical", "pri sec", "Adult help across the day",
     "One-to-one teaching assistant support covering moving between rooms, personal care, lunchtime and practical lessons",
     "25 hours a week, spread across every school day", "a teaching assistant trained in moving and handling by the physiotherapist"),
    ("c_seating", "sp", "physical", "pri sec", "Seating and posture",
     "A height-adjustable desk and a chair with a footrest and lateral supports in every classroom {he} uses, checked each term by the occupational therapist",
     "in place for every lesson", "the school, following the occupational therapist's seating assessment"),
    ("c_adapted_pe", "sp", "physical", "pri", "PE",
     "Adapted PE: each PE lesson planned with a version of the activity that {name} can take part in (seated, ramped or with a larger ball), agreed with the physiotherapist at the start of each unit",
     "every PE lesson (two a week)", "the PE teacher and a teaching assistant trained in moving and handling"),
    ("c_rest_break", "sp", "physical", "pri sec", "Fatigue",
     "A 10-minute rest break in the therapy room after lunch, lying on the mat with {his} splints off",
     "daily", "{his} one-to-one teaching assistant"),
    ("c_hi_seating", "sp", "hearing", "ey pri sec fe", "Seating for listening",
     "Seating at the front and to the side, with {his} better ear towards the teacher and a clear view of faces",
     "every lesson", "subject teachers, following the seating plan set by the Qualified Teacher of the Deaf"),
    ("c_ling_check", "sp", "hearing", "ey pri sec", "Hearing technology",
     "A listening check of {his} hearing aids and radio aid using the Ling sounds, with spare batteries and tubing kept in school",
     "every morning, 5 minutes", "a teaching assistant trained by the Qualified Teacher of the Deaf"),
    ("c_mobility", "sp", "vision", "sec fe", "Orientation and mobility",
     "Orientation and mobility training on the college site and on the walk from the bus stop, following a written route plan",
     "six 60-minute sessions in the autumn term", "a qualified habilitation specialist from the Sensory Support Service"),
    ("c_gross_motor", "sp", "hypotonia", "ey", "Gross motor skills",
     "A gross motor programme written by the physiotherapist (climbing steps with a handrail, ball skills, balance on a low beam), practised one-to-one",
     "daily, 15 minutes", "{his} one-to-one teaching assistant, trained by the physiotherapist, who visits every half term"),
    ("c_toileting", "sp", "toileting", "ey", "Toileting",
     "A toileting routine with set times (on arrival, before and after lunch, before home time), a picture sequence on the toilet door and a record sheet shared with home",
     "four times a day", "{his} one-to-one teaching assistant, with a second trained adult present for personal care"),
    ("c_eating", "sp", "eating", "ey", "Eating and drinking",
     "Lunch and snack supervised one-to-one following {his} eating and drinking plan (food cut small, one mouthful at a time, sitting upright)",
     "every snack time and lunchtime", "a teaching assistant trained in the plan by the NHS speech and language therapist"),
    ("g_autism_training", "gen", "autism", "ey pri sec fe", "Staff training",
     "Autism awareness training for every adult who teaches or supervises {name}",
     "a two-hour session before the start of the autumn term, and for any new member of staff within their first two weeks",
     "the council's Autism Outreach Team"),
    ("g_termly_review", "gen", "all", "ey pri sec", "Reviewing progress",
     "A meeting with {his} parents to review progress against the outcomes in Section E and agree the next small steps",
     "once each term, in addition to the annual review", "the SENCO and the class teacher"),
    ("g_coordination", "gen", "all", "ey pri sec fe", "Coordination",
     "A named coordinator who makes sure every item in this section is delivered, keeps a record of sessions delivered and missed, and shares the record with {his} family",
     "record shared every half term", "the SENCO"),
    ("g_transition_class", "gen", "autism anxiety cognition", "ey pri", "Moving class",
     "A transition plan for the move to the next class: three visits to the new classroom, a photo book of the new room and adults, and a handover meeting between current and new staff",
     "in the second half of the summer term", "the SENCO, {his} key adult and the receiving class teacher"),
    ("g_careers", "gen", "pfa", "sec", "Preparing for adulthood",
     "Careers guidance interviews on post-16 options that take account of {his} needs, with a written action plan shared with {his} parents",
     "two 45-minute interviews in Year 10 and two in Year 11", "a careers adviser qualified to Level 6 in careers guidance"),
    ("g_work_placement", "gen", "pfa", "fe", "Work experience",
     "A work placement in a setting linked to {his} career interests, with a written induction and a named workplace supervisor",
     "one day (6 hours) a week in the spring term", "a job coach from the college's supported employment team"),
    ("g_travel_training", "gen", "pfa", "fe", "Independent travel",
     "Travel training on the bus route between home and college, following a written plan in six stages, until {name} can make the journey alone",
     "two 90-minute sessions a week in the autumn term", "a travel trainer from the council's Independent Travel Training team"),
    ("g_living_skills", "gen", "pfa", "fe", "Independent living",
     "Cooking and household skills taught in the college's training flat: planning a meal, shopping for it within a budget and cooking it",
     "one 2-hour session a week", "an independent living skills tutor"),
    ("g_deaf_training", "gen", "hearing", "pri sec fe", "Staff training (deaf awareness)",
     "Deaf awareness training for every teacher and teaching assistant who works with {name}, including how to use the radio aid",
     "a 90-minute session at the start of the autumn term and a 30-minute refresher each January",
     "a Qualified Teacher of the Deaf from the Sensory Support Service"),
    ("g_handling_training", "gen", "physical", "pri sec", "Staff training (moving and handling)",
     "Moving and handling training for every adult who supports {name}, covering transfers, the walking frame and the wheelchair",
     "before they first work with {him}, and renewed every twelve months", "the NHS physiotherapist"),
    ("g_dld_training", "gen", "slcn", "ey pri", "Staff training (language)",
     "Training for {his} class teacher and teaching assistants on developmental language disorder and on adapting classroom talk",
     "a 90-minute session each September", "the speech and language therapist"),
]

# Hard negatives: wording a naive checker might flag, but which is specified provision.
NEGATIVES = [
    ("n_exam_access", "cl", "sec fe", "Examinations",
     "Access arrangements for examinations (25% extra time), with a reader and a separate room, applied for under the JCQ regulations and used in all internal tests and mock examinations as well",
     "every formal test and examination", "the SENCO and the examinations officer"),
    ("n_quiet_room", "semh", "ey pri sec", "Quiet space",
     "Access to the quiet room for 10 minutes after each break, supervised by {his} key worker",
     "after morning break and after lunch, every day", None),
    ("n_brief_frequent", "cl", "ey pri", "Spelling practice",
     "Brief, frequent practice: 4 x 5 minutes a day with the class TA, using {his} personal spelling list",
     None, None),
    ("n_regular_classroom", "gen", "ey pri sec", "Inclusion in class",
     "{name} is taught in the regular classroom for all lessons other than the sessions listed in this section",
     "every school day", "class and subject teachers"),
    ("n_minimum", "gen", "pri sec", "In-class adult help",
     "A minimum of 15 hours a week of one-to-one teaching assistant support in lessons, concentrated on English, maths and science",
     "a minimum of 15 hours a week", "a teaching assistant holding a Level 3 qualification"),
    ("n_up_to_date", "gen", "ey pri sec fe", "One-page profile",
     "{His} one-page profile, kept up to date and shared with every adult who teaches {him}",
     "reviewed each half term", "the SENCO, with {name} and {his} parents"),
    ("n_regular_teacher", "gen", "pri", "Planning",
     "A planning meeting between {his} regular class teacher and teaching assistant to agree the adaptations for the coming week",
     "30 minutes each Friday", "the class teacher and the class teaching assistant"),
    ("n_group_defined", "cl", "ey pri", "Phonics",
     "Phonics catch-up teaching in a small group of four pupils, following the school's phonics scheme at {his} current phase",
     "four 20-minute sessions a week", "a teaching assistant trained in phonics teaching by the English lead"),
]
