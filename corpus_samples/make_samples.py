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
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "plans"
FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)
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
    ("c_literacy_specialist", "cl", "dyslexia", "pri sec", "Reading and spelling",
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
    ("c_repeated_reading", "cl", "literacy", "sec", "Reading fluency",
     "Repeated reading of a short passage from a current subject text, timed and charted, with the new vocabulary in the passage taught first",
     "three 15-minute sessions a week", "a teaching assistant trained in the approach by the specialist teacher"),
    ("c_spelling_morph", "cl", "literacy", "sec", "Spelling",
     "Direct teaching of spelling rules and word structure (prefixes, suffixes and roots), using {his} own list of subject words",
     "two 20-minute sessions a week", "the specialist teacher for literacy"),
    ("c_reader_pen", "cl", "literacy", "sec fe", "Independent reading",
     "A scanning reader pen kept in {his} pencil case for reading worksheets and textbooks independently, with a 30-minute training session in the first week of term",
     "every lesson", "the SENCO (training) and {his} subject teachers"),
    ("c_homework_format", "cl", "literacy exec", "sec", "Homework",
     "Homework set in a form that {name} can complete by typing or recording, with reading homework given as audio files",
     "all homework", "subject teachers, with a weekly check by {his} mentor"),
    ("c_board_notes", "cl", "literacy hearing", "sec", "Copying from the board",
     "Printed copies of each lesson's key notes and the homework task, so that {name} does not have to copy from the board",
     "every lesson", "the subject teacher"),
    ("c_times_tables", "cl", "numeracy", "pri sec", "Number facts",
     "Multiplication facts practised with a multi-sensory routine (chanting, arrays and a recall chart), with a weekly two-minute check",
     "five 10-minute sessions a week", "the maths teaching assistant"),
    ("c_strengths_mentor", "semh", "anxiety literacy", "sec", "Self-esteem",
     "Mentoring focused on {his} strengths: setting one small goal each week and reviewing the previous week's goal",
     "one 30-minute session a week", "the school's learning mentor"),
    ("c_calm_plan", "semh", "attention anxiety", "pri sec", "Managing anger",
     "A written calm-down plan agreed with {name} (where to go, who to tell, three minutes with a stress ball and a drink of water, then a check-in), copied to every adult who teaches {him}",
     "reviewed with {name} once each half term", "{his} key adult and the SENCO"),
    ("c_test_prep", "semh", "anxiety", "sec", "Test anxiety",
     "A preparation visit before each formal test: seeing the room, the paper format and a practice question the day before",
     "before every formal test and mock examination", "the examinations officer"),
    ("c_calm_base", "semh", "anxiety autism", "sec fe", "Calm base",
     "A named calm base (the student support room) where {name} starts and ends each day and spends break and lunch if {he} chooses, staffed throughout by a named member of the pastoral team",
     "every school day", "the pastoral team"),
    ("c_corridor_pass", "sp", "sensory autism", "sec", "Corridors",
     "A pass allowing {name} to leave each lesson five minutes early to move between classrooms before the corridors fill",
     "every lesson change", "subject teachers, informed through {his} pupil passport"),
    ("c_practical_smell", "sp", "sensory", "sec", "Science practicals",
     "A seat by the open window during practical work with strong smells, with the practical method sent to {name} the day before",
     "every science practical", "the science teacher and the science technician"),
    ("c_girls_training", "gen", "autism", "sec", "Staff training (autism and anxiety)",
     "Training for {his} subject teachers and form tutor on autism in girls, masking and anxiety-related school non-attendance",
     "a 90-minute session in the spring term", "a specialist teacher from the Autism Outreach Team"),
    ("c_tod_monitoring", "sp", "hearing", "sec fe", "Monitoring listening conditions",
     "Observation of {name} in two lessons, a check of the acoustic conditions and a written report with targets for staff",
     "once each half term", "a Qualified Teacher of the Deaf"),
    ("c_group_hi", "ci", "hearing", "sec fe", "Group discussion",
     "Group work arranged in a quiet corner or side room, with the radio aid microphone placed in the middle of the group and one person speaking at a time",
     "every lesson that includes group work", "the subject teacher"),
    ("c_soundfield", "sp", "hearing", "sec", "Listening environment",
     "A soundfield system in the science laboratories and in {his} English classroom, switched on for every lesson",
     "every lesson in those rooms", "the school's IT technician (installation) and the Qualified Teacher of the Deaf (termly check)"),
    ("c_listening_break", "semh", "hearing", "sec", "Listening fatigue",
     "A listening break in the Hearing Support Base during the final period on two afternoons a week, used to catch up on notes with the base teaching assistant",
     "two 50-minute periods a week", "a teaching assistant in the Hearing Support Base"),
    ("c_deaf_mentor", "semh", "hearing", "sec fe", "Deaf identity",
     "Mentoring with a deaf adult role model on identity, self-advocacy and planning for sixth form",
     "one 45-minute session each half term", "a Deaf mentor employed by the Sensory Support Service"),
    ("c_visual_perception", "cl", "physical", "pri", "Visual perception",
     "Visual perception activities set by the occupational therapist (finding shapes in busy pictures, copying patterns on a pegboard, tracking lines across a page)",
     "three 15-minute sessions a week", "{his} one-to-one teaching assistant"),
    ("c_peep", "sp", "physical", "pri sec", "Safety",
     "A personal emergency evacuation plan, practised in every fire drill and updated whenever {his} mobility changes",
     "each term", "the school business manager and {his} one-to-one teaching assistant"),
    ("c_playground_game", "semh", "physical", "pri", "Playtimes",
     "A structured playtime game (parachute, target throwing or table football) for {name} and three friends {he} chooses",
     "two playtimes a week, 15 minutes each", "a midday supervisor trained by the PE lead"),
    ("c_scribe_pri", "cl", "physical", "pri", "Assessments",
     "A scribe for written assessments lasting longer than 20 minutes, and a rest break halfway through",
     "every written assessment", "{his} one-to-one teaching assistant"),
    ("c_trip_access", "gen", "physical", "pri sec", "Trips",
     "An access visit and risk assessment before every school trip, so that {name} takes part in the same activities as {his} class",
     "before every trip", "the trip leader and {his} one-to-one teaching assistant"),
    ("c_video_magnifier", "cl", "vision", "sec fe", "Reading at a distance",
     "A desktop video magnifier in the library and in {his} theory classroom, linked to the whiteboard camera",
     "every theory lesson", "the college's assistive technology officer, who checks it each half term"),
    ("c_online_safety", "semh", "pfa cognition", "fe", "Staying safe",
     "A course on staying safe online and in the community, covering money safety and recognising exploitation",
     "eight 60-minute sessions in the spring term", "a tutor from the college's safeguarding team"),
    ("c_time_skills", "cl", "cognition", "fe", "Time",
     "Teaching on telling the time with a talking watch and an analogue clock, and on using a phone calendar for college and work shifts",
     "one 30-minute session a week in the autumn term", "a learning support assistant following the course tutor's plan"),
    ("c_vi_audit", "sp", "vision", "sec fe", "Lighting and environment",
     "An environmental audit of {his} classrooms and the training kitchen, with changes made to lighting, contrast strips on steps and a seat away from window glare",
     "at the start of each academic year and whenever {his} rooms change", "a Qualified Teacher of Vision Impairment"),
    ("c_fe_review", "gen", "all", "fe", "Reviewing progress",
     "A progress review with {name} and {his} mother against the outcomes in Section E",
     "once each term, in addition to the annual review", "{his} personal tutor and the Additional Learning Support Manager"),
    ("c_fe_next_steps", "gen", "pfa", "fe", "Next steps",
     "Planning for {his} next step after college (supported internship, apprenticeship or paid work), including two visits to possible placements",
     "in the spring and summer terms of {his} final year", "the college's transition coordinator"),
    ("c_written_changes", "ci", "autism", "sec fe", "Changes to routine",
     "Written notice of any change to {his} timetable, room or teacher, sent by email",
     "by the end of the previous school day", "{his} form tutor"),
    ("c_email_contact", "ci", "autism anxiety", "sec", "Asking for help",
     "A named member of staff whom {name} can email with questions about work, who replies within one school day",
     "every school day", "{his} mentor from the learning support team"),
    ("c_word_retrieval", "ci", "slcn literacy", "pri sec", "Word finding",
     "Word-finding work using meaning and sound cues (category, use, first sound, number of syllables) on vocabulary from {his} current topics",
     "one 20-minute session a week", "a teaching assistant trained by the speech and language therapist"),
    ("c_answer_time", "ci", "slcn anxiety", "pri sec", "Answering in class",
     "An agreed arrangement for questions: {name} is told privately at the start of the lesson which question {he} will be asked, and is asked it only after at least one other pupil has answered",
     "every lesson with whole-class questioning", "class and subject teachers"),
    ("c_comic_strip", "ci", "autism slcn attention", "pri", "Understanding disagreements",
     "Comic-strip conversations after any playground disagreement, drawing what each child said and thought, to help {name} understand the other child's point of view",
     "on the same day as any disagreement, 15 minutes", "{his} key adult, trained by the speech and language therapist"),
    ("c_comm_book", "ci", "aac", "ey", "Making requests",
     "A personal communication book of photographs and symbols, used to make requests at snack time, in play and at lunch",
     "every snack time, lunchtime and free-play session",
     "{his} one-to-one teaching assistant, with new symbols added each half term by the speech and language therapist"),
    ("c_ey_language_group", "ci", "aac slcn", "ey", "Early language",
     "A language group using puppets and real objects to teach naming words, action words and two-word phrases, in a group of three children",
     "three 15-minute sessions a week", "a teaching assistant trained by the speech and language therapist"),
    ("c_hello_routine", "semh", "aac", "ey", "Personal space",
     "A short social story and a greeting routine (a wave or a high five) taught and practised for greeting children and adults",
     "daily, at the start of the morning session", "{his} one-to-one teaching assistant"),
    ("c_hand_strength", "sp", "hypotonia", "ey", "Hand strength",
     "Hand-strengthening activities (playdough, pegs, threading, tearing paper) and mark-making with chunky crayons",
     "five 10-minute sessions a week", "{his} one-to-one teaching assistant, following the occupational therapist's written advice"),
    ("c_ey_listening", "sp", "hearing", "ey", "Hearing in class",
     "A seat close to the adult leading carpet sessions, with the adult checking that {name} is looking before speaking and using signs with speech",
     "every carpet session", "the class teacher and {his} one-to-one teaching assistant, advised by the Qualified Teacher of the Deaf"),
    ("c_ey_tod_visits", "ci", "hearing", "ey", "Hearing advice",
     "Visits to check {name}'s listening in class and to advise staff after each audiology appointment",
     "one visit each half term", "a Qualified Teacher of the Deaf from the Sensory Service"),
    ("c_glasses", "sp", "hypotonia", "ey", "Vision",
     "A glasses routine: glasses checked, cleaned and put on at arrival and after outdoor play, with a sticker chart for keeping them on",
     "twice daily", "{his} one-to-one teaching assistant"),
    ("c_talk_before_writing", "cl", "attention slcn", "pri", "Planning writing",
     "A talk-before-writing routine: {name} says each sentence aloud to an adult, who writes it on a sticky note for {him} to copy or type",
     "every extended writing task in English and topic lessons", "the class teaching assistant"),
    ("c_comprehension_group", "cl", "slcn attention", "pri", "Reading comprehension",
     "Reading comprehension teaching that moves from literal to inference questions, with pictures to check understanding, in a group of three pupils",
     "two 30-minute sessions a week", "a teaching assistant trained in the approach by the SENCO"),
    ("c_revision_skills", "cl", "exec literacy", "sec", "Revision",
     "Teaching in how to make mind maps, flash cards and audio notes for revision, using {his} current subject content",
     "one 30-minute session a fortnight", "the specialist teacher for literacy"),
    ("c_pupil_passport", "gen", "literacy anxiety hearing", "sec", "Information for teachers",
     "A pupil passport setting out {name}'s needs and the adjustments in this plan, sent to every teacher, including supply teachers",
     "updated each term", "the SENCO"),
    ("c_sec_travel", "gen", "pfa", "sec", "Independent travel",
     "Travel training for the bus journey between home and school, following a written plan agreed with {name}",
     "two 45-minute sessions a week for six weeks in the summer term", "a travel trainer from the council's Independent Travel Training team"),
    ("c_sec_work_exp", "gen", "pfa", "sec", "Work experience",
     "A supported work experience week linked to {his} career interest, with a pre-visit, a written induction and a named supervisor",
     "one week in the summer term of Year 10", "the school's careers lead"),
    ("c_job_coach", "gen", "pfa", "fe", "Work placement",
     "A job coach at {his} work placement who teaches each new task step by step and leaves a written task sequence for {name} to use",
     "the first two hours of each placement day for the first six weeks", "a job coach from the college's supported employment team"),
    ("c_reading_for_work", "cl", "cognition", "fe", "Reading for work",
     "Teaching of the reading and vocabulary needed for {his} course (recipes, food labels, allergen information, staff rotas) using enlarged real documents",
     "one 60-minute session a week", "the English tutor"),
    ("c_slt_workplace", "ci", "cognition", "fe", "Understanding instructions",
     "Speech and language therapy on understanding workplace instructions and asking for clarification, including role play of typical kitchen instructions",
     "six 45-minute sessions in the autumn term", "an HCPC-registered speech and language therapist"),
    ("c_desk_checklist", "cl", "attention memory", "pri", "Getting started",
     "A laminated desk checklist showing the equipment and the first step for each lesson, checked with {name} at the start of the lesson",
     "every lesson", "the class teaching assistant"),
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

# --------------------------------------------------------------------------------------
# Pool of faulty Section F wording, written for sendlens (not copied from any plan).
# Fields: key, code, area, need, what, freq, who, phrase, extra faults [(code, phrase)].
# The phrase is the shortest span that pins the fault; it is checked to be unique.
# --------------------------------------------------------------------------------------

FAULTY = [
    # access_to
    ("fa_sensory_circuit", "access_to", "sp", "Sensory regulation",
     "Access to a sensory circuit in the hall during the day", None, None, "Access to a sensory circuit", []),
    ("fa_nurture_room", "access_to", "semh", "Unstructured times",
     "{name} will be able to use the nurture room at lunchtimes", None, None, "will be able to use the nurture room", []),
    ("fa_slt_sla", "access_to", "ci", "Speech and language",
     "Access to speech and language therapy through the school's service level agreement", None, None,
     "Access to speech and language therapy", [("unquantified_therapy", "speech and language therapy through the school's service level agreement")]),
    ("fa_laptop", "access_to", "cl", "Recording",
     "{He} will have access to a laptop for longer pieces of writing", None, None, "will have access to a laptop", []),
    ("fa_diff_curriculum", "access_to", "cl", "Curriculum",
     "Access to a differentiated curriculum", "daily", "class teachers", "Access to a differentiated curriculum",
     [("ordinary_provision", "differentiated curriculum")]),
    ("fa_quiet_workspace", "access_to", "semh", "Managing busy rooms",
     "Access to a quiet workspace when {name} is finding the classroom too busy", None, None, "Access to a quiet workspace", []),
    ("fa_physio_prog", "access_to", "sp", "Mobility",
     "Access to the school's physiotherapy programme", None, None, "Access to the school's physiotherapy programme", []),
    ("fa_homework_club", "access_to", "cl", "Homework",
     "{name} can access the homework club after school", None, None, "can access the homework club", []),
    ("fa_calm_corner", "access_to", "semh", "Calming",
     "Availability of a calm corner in the classroom", None, None, "Availability of a calm corner", []),
    ("fa_tod", "access_to", "ci", "Specialist teaching for deafness",
     "Access to a Qualified Teacher of the Deaf", None, None, "Access to a Qualified Teacher of the Deaf", []),
    ("fa_vi_resources", "access_to", "cl", "Reading materials",
     "{name} will have access to enlarged materials in class", None, None, "will have access to enlarged materials", []),
    # opportunities_for
    ("fo_greetings", "opportunities_for", "ci", "Social interaction",
     "Opportunities to rehearse greetings and simple conversations with peers", None, None, "Opportunities to rehearse greetings", []),
    ("fo_clubs", "opportunities_for", "semh", "Friendships",
     "{name} will be given the chance to join lunchtime clubs", None, None, "given the chance to join", []),
    ("fo_movement", "opportunities_for", "semh", "Attention and movement",
     "Opportunities for movement during lessons", None, None, "Opportunities for movement", []),
    ("fo_read_aloud", "opportunities_for", "cl", "Reading",
     "Chances to read aloud to a familiar adult", None, None, "Chances to read aloud", []),
    ("fo_independence", "opportunities_for", "gen", "Independence",
     "Opportunities to develop independence skills around the college site", None, None, "Opportunities to develop independence skills", []),
    ("fo_signs", "opportunities_for", "ci", "Signing",
     "{He} will have the opportunity to use {his} signs with other children", None, None, "will have the opportunity to use", []),
    ("fo_talk", "opportunities_for", "ci", "Spoken language",
     "A language-rich environment with plenty of opportunities to talk", None, None, "plenty of opportunities to talk", []),
    ("fo_deaf_peers", "opportunities_for", "semh", "Identity and belonging",
     "Opportunities to meet other deaf young people", None, None, "Opportunities to meet other deaf young people", []),
    ("fo_play", "opportunities_for", "semh", "Play",
     "Opportunities for supported play with peers at break times", None, None, "Opportunities for supported play", []),
    # as_appropriate
    ("fp_practical", "as_appropriate", "sp", "Practical lessons",
     "Adult help in practical lessons as appropriate", None, None, "in practical lessons as appropriate", []),
    ("fp_visual_prompts", "as_appropriate", "ci", "Understanding",
     "Visual prompts used where appropriate", None, None, "Visual prompts used where appropriate", []),
    ("fp_homework", "as_appropriate", "cl", "Homework",
     "Homework differentiated, as deemed appropriate by subject teachers", None, None, "as deemed appropriate by subject teachers", []),
    ("fp_rest", "as_appropriate", "sp", "Fatigue",
     "Rest breaks will be provided if appropriate", None, None, "Rest breaks will be provided if appropriate", []),
    ("fp_scribe", "as_appropriate", "cl", "Assessments",
     "A scribe or reader in class assessments when appropriate", None, None, "in class assessments when appropriate", []),
    ("fp_vocab", "as_appropriate", "ci", "Vocabulary",
     "Pre-teaching of topic vocabulary, as appropriate to the unit being taught", None, None, "as appropriate to the unit being taught", []),
    ("fp_elsa", "as_appropriate", "semh", "Emotional wellbeing",
     "Time with the ELSA, as appropriate", None, None, "Time with the ELSA, as appropriate", []),
    # as_required
    ("fr_physio_advice", "as_required", "sp", "Physical management",
     "Physiotherapy advice will be sought as and when needed", None, None, "as and when needed", []),
    ("fr_unstructured", "as_required", "semh", "Unstructured times",
     "Adult support at unstructured times when required", None, None, "at unstructured times when required", []),
    ("fr_pastoral_base", "as_required", "semh", "Regulation",
     "Time out in the pastoral base as required", None, None, "in the pastoral base as required", []),
    ("fr_reading", "as_required", "cl", "Reading",
     "Additional reading support if needed", None, None, "reading support if needed", []),
    ("fr_pastoral_checkins", "as_required", "semh", "Wellbeing",
     "Check-ins with the pastoral team whenever staff feel it is necessary", None, None, "whenever staff feel it is necessary", []),
    ("fr_personal_care", "as_required", "sp", "Personal care",
     "Help with personal care on an as-needed basis", None, None, "on an as-needed basis", []),
    ("fr_refresher", "as_required", "gen", "Staff training",
     "Refresher training for staff where the need arises", None, None, "where the need arises", []),
    ("fr_ear_defenders", "as_required", "sp", "Noise",
     "Ear defenders to be given to {name} if staff think {he} needs them", None, None, "if staff think {he} needs them", []),
    # regular_unquantified
    ("fg_reading", "regular_unquantified", "cl", "Reading",
     "Reading with an adult on a regular basis", None, None, "on a regular basis", []),
    ("fg_movement", "regular_unquantified", "semh", "Attention and movement",
     "Frequent movement breaks throughout the day", None, None, "Frequent movement breaks", []),
    ("fg_hearing_aids", "regular_unquantified", "sp", "Hearing technology",
     "Ongoing monitoring of {his} hearing aids by the Qualified Teacher of the Deaf", None, None, "Ongoing monitoring of", []),
    ("fg_seating", "regular_unquantified", "sp", "Seating and equipment",
     "Periodic review of {his} seating and equipment by the occupational therapist", None, None, "Periodic review of", []),
    ("fg_checkins", "regular_unquantified", "semh", "Wellbeing",
     "Regular check-ins with {his} key adult", None, None, "Regular check-ins with", []),
    ("fg_spellings", "regular_unquantified", "cl", "Spelling",
     "Spellings practised at intervals through the week", None, None, "at intervals through the week", []),
    ("fg_liaison", "regular_unquantified", "gen", "Home and school",
     "Continuing liaison between home and school", None, None, "Continuing liaison between home and school", []),
    ("fg_targets", "regular_unquantified", "ci", "Language targets",
     "Speech and language targets reinforced frequently in class", None, None, "reinforced frequently in class", []),
    # up_to_or_equivalent
    ("fu_ta_hours", "up_to_or_equivalent", "gen", "In-class adult help",
     "Up to 10 hours a week of teaching assistant support", None, None, "Up to 10 hours a week", []),
    ("fu_specialist_range", "up_to_or_equivalent", "cl", "Specialist teaching",
     "Between 2 and 4 hours of specialist teaching each half term", None, None, "Between 2 and 4 hours", []),
    ("fu_equiv_group", "up_to_or_equivalent", "gen", "Adult help",
     "15 hours of one-to-one support a week, or the equivalent in small-group time", None, None, "or the equivalent in small-group time", []),
    ("fu_level5", "up_to_or_equivalent", "cl", "Reading and spelling",
     "Specialist literacy teaching, one-to-one, twice a week for 45 minutes", None,
     "a dyslexia teacher holding a Level 5 qualification or equivalent", "Level 5 qualification or equivalent", []),
    ("fu_slt_six", "up_to_or_equivalent", "ci", "Speech and language",
     "Speech and language therapy of up to six sessions per year", None, None, "up to six sessions per year", []),
    ("fu_fine_motor", "up_to_or_equivalent", "sp", "Fine motor skills",
     "20–30 minutes of fine motor practice each day with {his} teaching assistant", None, None, "20–30 minutes of fine motor practice", []),
    ("fu_maximum", "up_to_or_equivalent", "cl", "Specialist teaching",
     "A maximum of 3 hours a week with the specialist teacher", None, None, "A maximum of 3 hours a week", []),
    ("fu_college_hours", "up_to_or_equivalent", "gen", "Work placement",
     "Job coaching of up to 6 hours a week during {his} work placement", None, None, "up to 6 hours a week", []),
    # non_committal
    ("fn_social_group", "non_committal", "ci", "Social interaction",
     "{name} would benefit from a social skills group", None, None, "would benefit from a social skills group", []),
    ("fn_warning", "non_committal", "ci", "Predictability and change",
     "Staff should try to give {him} advance warning of changes to the routine", None, None, "should try to give", []),
    ("fn_front", "non_committal", "sp", "Seating",
     "It is recommended that {he} sits near the front of the class", None, None, "It is recommended that", []),
    ("fn_peer_mentor", "non_committal", "semh", "Friendships",
     "{He} may be offered a peer mentor from the sixth form", None, None, "may be offered a peer mentor", []),
    ("fn_written", "non_committal", "ci", "Instructions",
     "Where possible, instructions will also be given in writing", None, None, "Where possible, instructions", []),
    ("fn_word_mat", "non_committal", "cl", "Writing",
     "{name} is encouraged to use {his} word mat when writing", None, None, "is encouraged to use {his} word mat", []),
    ("fn_slides", "non_committal", "cl", "Note-taking",
     "Teachers could provide printed copies of lesson slides", None, None, "could provide printed copies", []),
    ("fn_consistent_adult", "non_committal", "gen", "Consistency",
     "The school will endeavour to provide a consistent adult", None, None, "will endeavour to provide", []),
    ("fn_trips", "non_committal", "semh", "Trips and visits",
     "If possible, a familiar adult will go with {him} on school trips", None, None, "If possible, a familiar adult", []),
    ("fn_counselling", "non_committal", "semh", "Anxiety",
     "Counselling sessions, subject to availability", None, None, "subject to availability", []),
    ("fn_lego", "non_committal", "ci", "Social interaction",
     "A place in the Lego-based therapy group as resources allow", None, None, "as resources allow", []),
    # examples_not_commitment
    ("fe_aids", "examples_not_commitment", "sp", "Fine motor skills",
     "Fine motor aids such as pencil grips, a writing slope and weighted pens", None, None, "such as pencil grips", []),
    ("fe_visuals", "examples_not_commitment", "ci", "Understanding",
     "Visual supports e.g. now/next board, choice board, symbols", None, None, "e.g. now/next board", []),
    ("fe_sensory_tools", "examples_not_commitment", "sp", "Sensory regulation",
     "Sensory tools (fidget toys, ear defenders, wobble cushion etc.)", None, None, "wobble cushion etc.", []),
    ("fe_not_limited", "examples_not_commitment", "ci", "Classroom adaptations",
     "Adaptations including, but not limited to, chunking instructions and checking understanding", None, None, "including, but not limited to", []),
    ("fe_calming", "examples_not_commitment", "semh", "Calming",
     "Calming activities, for example colouring, Lego or listening to music", None, None, "for example colouring", []),
    ("fe_at", "examples_not_commitment", "cl", "Assistive technology",
     "Assistive technology, for instance a reading pen or dictation software", None, None, "for instance a reading pen", []),
    ("fe_lva", "examples_not_commitment", "sp", "Low-vision aids",
     "Low-vision aids like a magnifier, a tablet and a reading stand", None, None, "aids like a magnifier", []),
    # delegated_to_setting
    ("fd_in_class", "delegated_to_setting", "gen", "In-class adult help",
     "The amount of in-class adult support will be determined by the school according to need", None, None,
     "determined by the school according to need", []),
    ("fd_senco", "delegated_to_setting", "cl", "Interventions",
     "Intervention groups at the discretion of the SENCO", None, None, "at the discretion of the SENCO", []),
    ("fd_slt_advised", "delegated_to_setting", "ci", "Speech and language",
     "Speech and language therapy as advised by the therapist following assessment", None, None, "as advised by the therapist", []),
    ("fd_literacy", "delegated_to_setting", "cl", "Reading and spelling",
     "The school will decide which literacy intervention is most suitable", None, None, "The school will decide which", []),
    ("fd_lunch", "delegated_to_setting", "gen", "Lunchtimes",
     "Arrangements for lunchtimes to be agreed between school and family", None, None, "to be agreed between school and family", []),
    ("fd_specialist", "delegated_to_setting", "cl", "Specialist teaching",
     "Specialist teaching, with the frequency and length of sessions to be set by the specialist teacher", None, None,
     "to be set by the specialist teacher", []),
    ("fd_ot_fit", "delegated_to_setting", "sp", "Occupational therapy",
     "Occupational therapy recommendations to be put in place by the school as they see fit", None, None, "as they see fit", []),
    ("fd_vi_advice", "delegated_to_setting", "sp", "Vision in the kitchen",
     "Adjustments in the training kitchen as advised by the vision impairment service", None, None,
     "as advised by the vision impairment service", []),
    ("fd_college", "delegated_to_setting", "gen", "Learning support",
     "Learning support hours to be agreed by the college following {his} initial assessment", None, None, "to be agreed by the college", []),
    # unilateral_change
    ("fc_reduced", "unilateral_change", "gen", "In-class adult help",
     "One-to-one support for 20 hours a week; the hours may be reduced once {name} has settled", None, None, "may be reduced once", []),
    ("fc_faded", "unilateral_change", "semh", "Morning arrival",
     "A daily check-in with {his} key adult, which will be faded as {his} confidence grows", None, None, "will be faded as", []),
    ("fc_withdraw", "unilateral_change", "gen", "Adult help",
     "The school may withdraw the one-to-one support if {he} makes good progress", None, None, "may withdraw the one-to-one support", []),
    ("fc_discharge", "unilateral_change", "ci", "Speech and language",
     "One 30-minute session of speech and language therapy a week, continuing until the therapist discharges {him}", None, None,
     "until the therapist discharges", []),
    ("fc_adjusted", "unilateral_change", "gen", "Review",
     "The provision in this section will be reviewed and adjusted by the SENCO each half term", None, None, "reviewed and adjusted by the SENCO", []),
    ("fc_phased", "unilateral_change", "semh", "Lunchtimes",
     "Lunchtime support from a teaching assistant, to be phased out over the year", None, None, "phased out over the year", []),
    # ordinary_provision
    ("fq_qft", "ordinary_provision", "cl", "Teaching",
     "Quality first teaching with differentiation", None, None, "Quality first teaching", []),
    ("fq_nurturing", "ordinary_provision", "semh", "Classroom climate",
     "A warm, nurturing classroom where all pupils are valued", None, None, "where all pupils are valued", []),
    ("fq_good_teaching", "ordinary_provision", "cl", "Teaching",
     "Good, consistent classroom teaching", None, None, "Good, consistent classroom teaching", []),
    ("fq_behaviour", "ordinary_provision", "semh", "Behaviour",
     "Rewards and sanctions under the school's behaviour policy, as for all pupils", None, None, "as for all pupils", []),
    ("fq_assessment", "ordinary_provision", "gen", "Monitoring progress",
     "Progress monitored through the school's usual assessment and reporting cycle", None, None, "usual assessment and reporting cycle", []),
    ("fq_tutorial", "ordinary_provision", "gen", "Tutorial",
     "A mainstream study programme with the same tutorial time as other students", None, None, "the same tutorial time as other students", []),
    ("fq_eyfs", "ordinary_provision", "cl", "Early years curriculum",
     "The Early Years Foundation Stage curriculum, taught through play as for the rest of the class", None, None,
     "as for the rest of the class", []),
    # funding_not_provision
    ("ff_band", "funding_not_provision", "gen", "Funding",
     "Top-up funding at Band C of the {council} matrix", None, None, "Top-up funding at Band C", []),
    ("ff_equiv", "funding_not_provision", "gen", "Funding",
     "The school will receive funding equivalent to 15 hours of teaching assistant time", None, None, "funding equivalent to 15 hours", []),
    ("ff_6000", "funding_not_provision", "gen", "Funding",
     "£6,000 of top-up funding allocated to the school each year", None, None, "£6,000 of top-up funding", []),
    ("ff_level2", "funding_not_provision", "gen", "Funding",
     "High needs funding at the Level 2 rate", None, None, "High needs funding at the Level 2 rate", []),
    ("ff_hours", "funding_not_provision", "gen", "Funding",
     "Funded hours: 20 per week", None, None, "Funded hours: 20 per week", []),
    ("ff_4250", "funding_not_provision", "gen", "Funding",
     "An additional £4,250 a year, to be spent at the school's discretion", None, None, "An additional £4,250 a year",
     [("delegated_to_setting", "at the school's discretion")]),
    # unquantified_support
    ("fs_organise", "unquantified_support", "cl", "Organisation",
     "Adult help to organise {his} equipment and homework", None, None, "Adult help to organise", []),
    ("fs_recording", "unquantified_support", "cl", "Recording",
     "Support with recording {his} ideas in writing", None, None, "Support with recording", []),
    ("fs_lunch", "unquantified_support", "sp", "Lunchtimes",
     "Help at lunchtime with cutting food and carrying {his} tray", None, None, "Help at lunchtime with cutting food", []),
    ("fs_transitions", "unquantified_support", "semh", "Moving between lessons",
     "Support during transitions between lessons", None, None, "Support during transitions between lessons", []),
    ("fs_maths", "unquantified_support", "cl", "Maths",
     "Additional adult support in maths", None, None, "Additional adult support in maths", []),
    ("fs_sensory_service", "unquantified_support", "sp", "Sensory impairment",
     "Input from the Sensory Support Service", None, None, "Input from the Sensory Support Service", []),
    ("fs_pastoral", "unquantified_support", "semh", "Wellbeing",
     "Emotional support from the pastoral team", None, None, "Emotional support from the pastoral team", []),
    ("fs_shared", "unquantified_support", "gen", "In-class adult help",
     "Teaching assistant time, shared with other pupils in the class", None, None, "shared with other pupils", []),
    # unquantified_therapy
    ("ft_ot", "unquantified_therapy", "sp", "Handwriting",
     "Occupational therapy input to look at handwriting", None, None, "Occupational therapy input", []),
    ("ft_physio_block", "unquantified_therapy", "sp", "Mobility",
     "A block of physiotherapy in the summer term", None, None, "A block of physiotherapy", []),
    ("ft_slt_expressive", "unquantified_therapy", "ci", "Expressive language",
     "Speech and language therapy to develop expressive language", None, None, "Speech and language therapy to develop expressive language", []),
    ("ft_play", "unquantified_therapy", "semh", "Emotional wellbeing",
     "Play therapy sessions to help {him} make sense of {his} feelings", None, None, "Play therapy sessions", []),
    ("ft_music", "unquantified_therapy", "ci", "Shared attention",
     "Music therapy with a focus on shared attention", None, None, "Music therapy with a focus", []),
    ("ft_ep", "unquantified_therapy", "semh", "Psychology",
     "Input from the educational psychologist", None, None, "Input from the educational psychologist", []),
    ("ft_salt", "unquantified_therapy", "ci", "Speech and language",
     "SALT involvement to continue", None, None, "SALT involvement to continue", []),
    # unspecified_staff
    ("fw_gate", "unspecified_staff", "semh", "Morning arrival",
     "Someone will meet {name} at the gate each morning for 10 minutes", None, None, "Someone will meet", []),
    ("fw_handwriting", "unspecified_staff", "sp", "Handwriting",
     "Daily 15-minute handwriting practice with an adult", None, None, "handwriting practice with an adult", []),
    ("fw_planner", "unspecified_staff", "cl", "Organisation",
     "A member of staff will go through {his} homework planner with {him} at the end of each day (5 minutes)", None, None,
     "A member of staff will go through", []),
    ("fw_phonics", "unspecified_staff", "cl", "Phonics",
     "Three 20-minute phonics sessions a week taught by school staff", None, None, "taught by school staff", []),
    ("fw_mentoring", "unspecified_staff", "semh", "Mentoring",
     "A 30-minute mentoring session once a week with a member of staff", None, None, "a member of staff", []),
    ("fw_class_team", "unspecified_staff", "ci", "Language",
     "A 20-minute language group twice a week, run by the class team", None, None, "run by the class team", []),
    # unspecified_programme
    ("fm_core", "unspecified_programme", "sp", "Core stability",
     "A daily programme to build {his} core strength", None, None, "programme to build {his} core strength", []),
    ("fm_regulate", "unspecified_programme", "semh", "Emotional regulation",
     "Strategies to help {him} regulate {his} emotions", None, None, "Strategies to help {him} regulate", []),
    ("fm_social", "unspecified_programme", "ci", "Social interaction",
     "Social skills interventions", None, None, "Social skills interventions", []),
    ("fm_literacy", "unspecified_programme", "cl", "Reading and spelling",
     "An evidence-based literacy intervention, three times a week for 30 minutes with a trained teaching assistant", None, None,
     "An evidence-based literacy intervention", []),
    ("fm_attention", "unspecified_programme", "ci", "Attention and listening",
     "Targeted work on attention and listening, twice a week for 20 minutes with a teaching assistant", None, None,
     "Targeted work on attention and listening", []),
    ("fm_behaviour", "unspecified_programme", "semh", "Behaviour",
     "An individual behaviour plan", None, None, "An individual behaviour plan", []),
    ("fm_life_skills", "unspecified_programme", "gen", "Independence",
     "Work on life skills", None, None, "Work on life skills", []),
    # small_group_undefined
    ("fk_phonics", "small_group_undefined", "cl", "Phonics",
     "Phonics teaching in a small group, four times a week for 20 minutes, led by a trained teaching assistant", None, None,
     "Phonics teaching in a small group", []),
    ("fk_social", "small_group_undefined", "ci", "Social interaction",
     "A social communication group with a small number of peers, weekly for 45 minutes, led by the SENCO", None, None,
     "with a small number of peers", []),
    ("fk_maths_set", "small_group_undefined", "cl", "Maths",
     "Maths taught in a small set", None, None, "taught in a small set", []),
    ("fk_lunch_club", "small_group_undefined", "semh", "Unstructured times",
     "A lunchtime club in a small group with the ELSA, three days a week", None, None, "lunchtime club in a small group", []),
    ("fk_comprehension", "small_group_undefined", "cl", "Reading comprehension",
     "Small-group reading comprehension sessions, twice a week for 30 minutes, with the class teaching assistant", None, None,
     "Small-group reading comprehension", []),
    ("fk_nurture", "small_group_undefined", "semh", "Nurture",
     "A place in the school's nurture group, which is kept small, every afternoon", None, None, "which is kept small", []),
    # transport_in_f
    ("fx_adapted", "transport_in_f", "sp", "Getting to school",
     "Home-to-school transport in an adapted vehicle with a passenger assistant", None, None, "Home-to-school transport", []),
    ("fx_college", "transport_in_f", "gen", "Getting to college",
     "Transport to and from college, arranged by {council}", None, None, "Transport to and from college", []),
    ("fx_route", "transport_in_f", "gen", "Getting to school",
     "A place on the council's SEN transport route", None, None, "SEN transport route", []),
]

# Words that must not appear in a well-specified item (hard negatives are exempt).
LINT = re.compile(
    r"\baccess to\b|\bopportunit|\bchances? to\b|appropriate|\bas required\b|\bas needed\b|when needed|if needed|"
    r"\bregular|\bfrequent|\bongoing\b|\bperiodic|\bup to\b|\bequivalent\b|\bmaximum\b|\bshould\b|\bcould\b|"
    r"\bmay\b|\bmight\b|where possible|encouraged|would benefit|recommended|such as|\be\.g\.|\betc\b|"
    r"for example|for instance|discretion|will decide|as advised|reduced|faded|phased|withdraw|quality first|"
    r"all pupils|funding|£|small group|strategies|interventions?\b(?! using)|as they see fit",
    re.I,
)

# --------------------------------------------------------------------------------------
# The children.  Everything below is invented.  Block kinds: ("h", heading),
# ("p", text or Marked), ("ul", [texts]).  Text may use {name}, {he}, {him}, {his},
# {He}, {His}, {school}, {council}.
# --------------------------------------------------------------------------------------

PLANS = []

PLANS.append(dict(
    id="plan01", file="plan01_maya_okafor.docx", fmt="docx", layout="classic", status="final",
    name="Maya", surname="Okafor", sex="f", dob="14 March 2019", plan_date="3 November 2025",
    council="Northmoor Council", school="Riverside Primary School", phase="pri", year="Year 2",
    tags="autism slcn sensory fine-motor anxiety memory all", headings="colon", front_matter=True,
    ftable=("Need", "Provision", "Frequency", "Delivered by"), n_clean=24,
    faults=["fa_sensory_circuit", "fo_greetings", "fp_visual_prompts", "fr_ear_defenders", "fg_checkins",
            "fn_lego", "fe_visuals", "fd_slt_advised", "fq_nurturing", "ft_music", "fw_handwriting",
            "fk_social", "ff_band"],
    negatives=["n_quiet_room", "n_brief_frequent", "n_up_to_date"],
    extra=[
        Item("x_maya_toilets", "sp", "Toileting", "Use of the staff toilet next to the Year 2 classroom, which has paper towels instead of a hand dryer, with the route practised with {him} in the first week of each term",
             "every school day", "{his} key adult"),
        Item("x_maya_echo", "ci", "Echolalia", "Adults respond to the meaning behind {name}'s scripted phrases (so that 'Do you want a biscuit?' is treated as a request for food) and model the words {he} can use instead, following the guidance written by the speech and language therapist",
             "throughout the school day", "all adults in the Year 2 team, trained by the speech and language therapist in a 60-minute session each September"),
    ],
    A=[
        ("h", "About me"),
        ("p", "These words were gathered by Mrs Hale, {name}'s key adult, over three short sessions in October using photographs, a talking mat and {name}'s favourite train figures. Where {name} used her own words they are written exactly as she said them."),
        ("ul", ["\"I like trains. The blue one is the fastest.\"",
                "\"I like the swings and the big trampoline at Nana's.\"",
                "\"Mrs Hale is my best person at school.\"",
                "\"The hand dryer is too loud. It hurts my ears.\"",
                "\"I don't like it when it is assembly. Too many people.\"",
                "\"I like counting. I can count to a hundred and back.\"",
                "\"Tobi is my brother. He is four. He is annoying but I love him.\""]),
        ("p", "When the talking mat reached the picture of the dining hall, {name} pushed it off the table and said \"no, no, no\". She placed the pictures of the library corner, the computer and the outdoor climbing frame under \"I like\"."),
        ("h", "What people like and admire about {name}"),
        ("ul", ["She has a wonderful memory for routes, timetables and the names of every station on the line to her grandmother's house.",
                "She is funny and loves to make adults laugh by repeating lines from her favourite programmes at exactly the right moment.",
                "She is gentle with younger children and often brings her brother his shoes before they go out.",
                "She is determined: once she has decided to learn something, such as counting backwards from 100, she practises until she can do it perfectly.",
                "She notices small details that others miss, such as a picture that has been moved on the classroom wall."]),
        ("h", "My history"),
        ("p", "{name} lives with her mum, Grace, her dad, Daniel, and her younger brother, Tobi, in Northmoor. Her parents first noticed that she was not using words at around two years old, although she could already recognise letters and numbers. She was referred to the Northmoor Child Development Centre by her health visitor and was diagnosed with autism in May 2023, when she was four. She attended Little Acorns Nursery, where she had help from the Early Years SEN team, and started in Reception at Riverside Primary School in September 2023 with SEN support."),
        ("p", "In Reception and Year 1 {name} made progress with her early reading and number work, but her language and her distress at busy times of day did not improve in the same way. The school requested an EHC needs assessment in March 2025 because the help she needed had grown beyond what the school could provide from its own resources. This plan was finalised following that assessment."),
        ("h", "How to communicate with me"),
        ("ul", ["Say my name first and wait until I look at you or stop what I am doing.",
                "Use short sentences and show me a photograph or an object if you can.",
                "Give me time to answer. If you ask again too quickly I have to start thinking all over again.",
                "Sometimes I say things I have heard before. Listen to what I mean: if I say \"Do you want a biscuit?\" I am telling you I am hungry.",
                "If I am upset, talk less. Sit near me and wait. I will come to you when I am ready."]),
        ("h", "My parents' views"),
        ("p", "\"Maya is a bright, loving little girl and we are very proud of her. At home she chats to us in short phrases and sings constantly, but she still cannot tell us what has happened at school. If something has upset her we only find out because she cries at bedtime or refuses to put her uniform on the next morning.\""),
        ("p", "\"School tell us that Maya is calm and settled most days, but when she comes out of the gate she often collapses. She screams, throws her bag and can take an hour to calm down. We think she holds everything in all day and lets it out when she feels safe. We want the people who work with her to understand that what they see at school is not the whole picture.\""),
        ("p", "\"We would like Maya to have speech and language therapy from a therapist directly, not just a programme passed to a busy classroom. We would like her to have a friend, someone she chooses to play with. We are worried about the move to Year 3 because the classroom is upstairs and next to the hall, which is noisy at lunchtime.\""),
        ("h", "My aspirations and those of my family"),
        ("p", "{name} says she wants to \"drive a train\" when she is grown up. Her parents hope that she will go to secondary school with children she knows, that she will be able to tell people what she needs, and that she will grow up to have a job she enjoys and a life that is as independent as possible."),
    ],
    B={
        "ci": {"strengths": "{name} recognises more than a hundred written words, enjoys songs and rhymes, and uses three- and four-word sentences when she is calm and interested. She makes good eye contact with adults she knows well.",
               "needs": [
                   "Understanding of spoken language: on the standardised assessment carried out by the speech and language therapist in June 2025 {name}'s understanding of language fell at the 2nd centile. She can follow instructions with two key words in a familiar setting (\"get your coat and your book bag\") but loses the thread of longer instructions given to the whole class. She finds question words such as \"why\" and \"how\" very difficult and often answers a different question.",
                   "Expressive language: {name} uses short phrases and a large number of learned scripts from television and adults. She sometimes reverses pronouns (\"you want a drink\" when she means she wants one) and cannot yet retell something that has happened in the right order.",
                   "Social interaction: {name} plays alongside other children rather than with them. She does not yet know how to join a game that others have started and becomes very upset when another child changes the rules. She seeks out adults rather than children at break times.",
                   "Flexibility and change: unexpected changes, such as a supply teacher or a wet play, cause {name} great distress. She needs to know what is going to happen next and in what order.",
               ]},
        "cl": {"strengths": "{name} can count forwards and backwards to 100, recognise numbers to 1,000 and read many words by sight. She has a strong visual memory.",
               "needs": [
                   "Reading: {name} is secure in the early phases of phonics but finds it hard to blend longer words. She can read a simple sentence aloud accurately but cannot yet answer questions about what it means, particularly questions that need her to work something out.",
                   "Working memory: on the educational psychologist's assessment {name}'s verbal working memory was well below average. She can hold two steps of an instruction in mind; after that she forgets what to do and waits, or copies the child next to her.",
                   "Attention in whole-class teaching: {name} can attend to a carpet session for around three minutes before she begins to rock, hum or leave the carpet. She attends for much longer when the task is visual and linked to her interests.",
                   "Number: although her counting is strong, {name} finds it difficult to apply number skills to word problems and to explain how she got an answer.",
               ]},
        "semh": {"strengths": "{name} is affectionate with her family and with adults she trusts. She enjoys praise and responds well to a calm, predictable adult.",
                 "needs": [
                     "Anxiety at transitions: moving from one activity or place to another is the most difficult part of {name}'s day. Her anxiety shows as humming, covering her ears, hiding under a table or, at times, dropping to the floor and screaming. These episodes happen two or three times a week at school, mostly in the afternoon.",
                     "Recognising and expressing emotions: {name} does not yet have words for her feelings and cannot tell an adult that she is worried or tired. She holds in her distress during the school day and releases it at home.",
                     "Play and friendships: {name} wants to be near other children but does not yet have the skills to share, wait for a turn or cope with losing. This makes unstructured times lonely and stressful for her.",
                 ]},
        "sp": {"strengths": "{name} runs, climbs and balances well and enjoys the outdoor equipment.",
               "needs": [
                   "Sensory processing: the occupational therapist's assessment shows that {name} is very sensitive to sound. Hand dryers, the school bell and the noise of the dining hall cause her real distress. She also seeks deep pressure and movement, for example by squeezing into tight spaces, and she chews her sleeves.",
                   "Fine motor skills: {name} holds her pencil in a fist grip, tires quickly when writing and finds cutting with scissors difficult. Her letters vary in size and she cannot yet write on a line.",
                   "Toileting: {name} is fully continent but will not use the pupil toilets because of the hand dryers. She has had accidents when she has held on for too long.",
               ]},
    },
    C=[("p", "{name} was diagnosed with autism by the Northmoor Child Development Centre in May 2023. Her hearing was tested by the Northmoor Children's Audiology Service in 2024 and was within normal limits."),
       ("p", "{name} eats a restricted range of about twelve foods, mostly beige and dry. Her weight is monitored by her GP and is currently on the 25th centile. She has difficulty getting to sleep and is prescribed melatonin by her community paediatrician, Dr Ruth Penhaligon. Her parents report that she sleeps for about eight hours a night, and that poor nights are followed by more difficult days at school."),
       ("p", "{name} has no other known medical conditions and does not take any medication during the school day.")],
    D=[("p", "{name} needs constant supervision outside the home because she has little awareness of danger. She has run towards roads twice in the last year when she has become distressed. Her parents find it hard to take both children out together and the family rarely goes to busy places."),
       ("p", "A child and family assessment by the Northmoor Children with Disabilities Team in August 2025 found that {name} is eligible for short breaks. Her parents have also asked for advice about a specialist car seat harness, which has been referred to the team's occupational therapist.")],
    E=dict(
        intro="The outcomes below are to be achieved by the end of Key Stage 1 (July 2026) unless another date is given. Each has short steps that will be reviewed at the termly meetings with {name}'s parents.",
        outcomes=[
            ("ci", "By July 2026, {name} will follow classroom instructions containing three key words without a visual prompt in four out of five observed opportunities.",
             ["By February 2026, follow three-key-word instructions with a photograph prompt.", "By April 2026, answer \"who\" and \"where\" questions about a picture story."]),
            ("ci", "By July 2026, {name} will retell a familiar event in three parts (first, next, last) using a story framework.",
             ["By the end of the spring term, sequence three photographs of her own day and say a sentence about each."]),
            ("ci", "By July 2026, {name} will join a structured game with two peers and take at least four turns with adult prompts only at the start.",
             ["By February 2026, take turns in a game with one peer and her key adult."]),
            ("cl", "By July 2026, {name} will read a short decodable book at her phonics level and answer three literal questions about it.",
             ["Blend four-sound words accurately by March 2026."]),
            ("cl", "By July 2026, {name} will complete a two-step written maths word problem using objects, and show an adult how she got her answer.",
             []),
            ("semh", "By July 2026, {name} will use her visual feelings scale to show an adult how she is feeling at three points in the day, without prompting, on four days out of five.",
             ["By January 2026, point to her feeling on the scale when an adult asks."]),
            ("semh", Marked("By the end of Year 2, {name} will be happier at school.", [("non_smart_outcome", "will be happier at school")]),
             []),
            ("sp", "By July 2026, {name} will use a tripod pencil grip to write her name and a simple sentence on a line, with letters of a consistent size.",
             ["By March 2026, use a pencil grip to copy her name."]),
            ("sp", "By July 2026, {name} will use the toilet independently at school at the set times, with no accidents in a four-week period.",
             []),
        ]),
    G=[("p", "The following health provision is agreed by the Northmoor Integrated Care Board."),
       ("ul", ["Review by the community paediatrician, Dr Ruth Penhaligon, every six months, including review of melatonin prescribing.",
               "Referral to the paediatric dietitian for advice on {name}'s restricted diet, with an initial appointment by January 2026 and a written plan shared with school.",
               "Annual review of {name}'s weight and growth by her GP."])],
    H1=[("p", "Following the assessment by the Children with Disabilities Team, {name} will attend the Saturday Stars club for disabled children at Northmoor Leisure Centre, with one-to-one support from a trained play worker, for three hours every other Saturday. This is a non-residential short break provided under section 2 of the Chronically Sick and Disabled Persons Act 1970."),
        ("p", "The team's occupational therapist will assess {name} for a specialist car seat harness by December 2025 and supply one if she is assessed as needing it.")],
    H2=[("p", "No provision is required under Section H2 at present. {name}'s parents were offered a parent carer needs assessment and have chosen not to take it up at this time.")],
    I=[("p", "Riverside Primary School, Mill Lane, Northmoor. Type: mainstream community primary school maintained by Northmoor Council.")],
    J=[("p", "{name}'s parents have asked for the Saturday Stars short break in Section H1 to be paid as a direct payment so that they can choose the play worker. Northmoor Council has agreed a direct payment of £1,560 a year for this. There is no personal budget for the special educational provision in Section F.")],
    K=[("p", "The following advice and information was gathered during the EHC needs assessment and is appended to this plan."),
       ("ul", ["Advice from {name}'s parents, Grace and Daniel Okafor, received 2 June 2025.",
               "Educational advice from Mrs Claire Whitcombe, SENCO, Riverside Primary School, received 16 June 2025.",
               "Psychological advice from Dr Hannah Lowther, Educational Psychologist, Northmoor Educational Psychology Service, received 30 June 2025.",
               "Speech and language therapy advice from Ms Amara Bell, Speech and Language Therapist, received 24 June 2025.",
               "Occupational therapy advice from Mr Owen Treharne, Occupational Therapist, received 1 July 2025.",
               "Medical advice from Dr Ruth Penhaligon, Community Paediatrician, received 20 June 2025.",
               "Social care advice from Ms Joy Adeyemi, Social Worker, Children with Disabilities Team, received 8 August 2025."])],
))

PLANS.append(dict(
    id="plan02", file="plan02_callum_dempsey.docx", fmt="docx", layout="classic", status="final",
    name="Callum", surname="Dempsey", sex="m", dob="2 February 2014", plan_date="12 January 2026",
    council="Eastwater Borough Council", school="Ashgrove Academy", phase="sec", year="Year 7",
    tags="literacy dyslexia anxiety exec memory numeracy all", headings="dot", front_matter=False,
    ftable=("Outcome", "Provision", "How often", "Who"), n_clean=24, missing=["J"],
    faults=["fa_laptop", "fp_homework", "fg_spellings", "fu_specialist_range", "fn_slides", "fe_at",
            "fd_literacy", "fc_adjusted", "fs_organise", "fm_regulate", "fk_maths_set", "ff_6000", "fq_qft"],
    negatives=["n_exam_access", "n_minimum", "n_regular_classroom"],
    extra=[
        Item("x_callum_reading_aloud", "semh", "Reading aloud", "{name} is not asked to read aloud in front of the class unless he has agreed to it in advance and has seen the text the day before",
             "every lesson", "all subject teachers, informed through {his} pupil passport"),
        Item("x_callum_bikes", "semh", "Self-esteem", "A practical workshop session with the design and technology technician, repairing bicycles donated to the school, in a group of three pupils, used as a reward and to build {his} confidence",
             "one 50-minute session a week (Friday period 5)", "the design and technology technician, with the learning mentor present"),
    ],
    B_summary="Summary: {name} is a capable, practical and sociable young person whose verbal reasoning is above average. His difficulties with reading, spelling and speed of processing are severe and persistent, and they did not respond to the help available through SEN support at primary school. They now affect his access to the whole secondary curriculum, as well as his confidence and his attendance.",
    A_extra=[
        ("h", "What is working and what is not working"),
        ("p", "What is working: {name} enjoys design and technology, PE and science practicals, where he can show what he knows. He gets on well with Mr Forsyth, the SENCO, and with the learning mentor, Miss Kaur. Since October he has used a laptop in English and history, and his teachers have noticed that his written answers are longer and more detailed. He has joined the school's cycling club, which meets on Wednesday evenings."),
        ("p", "What is not working: {name} is still sometimes asked to read aloud without warning. He is taken out of lessons for extra help at different times each week, so he misses parts of the same subjects and feels behind. Homework is set online with long written instructions that he cannot read, and he is given sanctions when it is not done. He does not know who to go to when he feels anxious, so he leaves the classroom and walks around the site."),
        ("h", "What needs to happen next"),
        ("ul", ["Specialist teaching of reading and spelling, at fixed times that do not take him out of the same lesson each week.",
                "Homework in a form he can read and complete independently.",
                "A named adult he can go to when he feels anxious.",
                "Teachers who know about his dyslexia and do not ask him to read aloud in front of the class."]),
    ],
    A=[
        ("h", "About me"),
        ("p", "{name} wrote some of this himself on a laptop with help from the learning mentor, and talked through the rest."),
        ("p", "\"I'm good at football, I play left back for the Eastwater Colts under-12s. I can fix bikes. My grandad taught me and now I do my mates' bikes too. I'm good at explaining how stuff works, like engines.\""),
        ("p", "\"I hate reading out loud. When a teacher makes me read in front of the class my face goes hot and I can't see the words properly. Everyone waits for me and I can hear people laughing even if they're not. In primary I used to go to the toilet so I didn't have to do it.\""),
        ("p", "\"Writing is hard because I know what I want to say but by the time I've worked out how to spell it I've forgotten the rest. I like it when I can type or when someone writes it for me. I don't want to be sent out to a different room all the time because people ask where you've been.\""),
        ("p", "\"I want to be a mechanic, or work with my grandad. He's got a garage. I'd like to do my GCSEs and go to college.\""),
        ("h", "My mum's views"),
        ("p", "Lisa Dempsey describes {name} as \"kind, practical and funny, and a lot cleverer than he thinks he is\". She first raised concerns about his reading in Year 2, but was told to wait and see. A specialist teacher from the Eastwater Learning Support Service assessed him in Year 5 and identified a specific learning difficulty of a dyslexic type, with a slow speed of processing."),
        ("p", "Ms Dempsey says that {name}'s anxiety grew during Year 6, when he was preparing for the national tests. He began to have stomach aches on Sunday evenings and said he was \"thick\". Since starting at Ashgrove Academy his attendance has fallen to 86 per cent. He has refused to go in on days when he has English first thing, and he has been given detentions for not handing in homework that he could not read."),
        ("p", "\"I want the school to see how hard he is working, not just what ends up on the page. I want him taught to read properly by someone who knows what they're doing, and I want to know exactly what he's getting and when, because at primary I was never sure.\""),
        ("h", "Family and interests"),
        ("p", "{name} lives with his mum and his older sister, Jade, who is 16. His grandfather, Ron, lives nearby and collects {name} from school twice a week. {name} spends most weekends at football or in his grandfather's garage."),
        ("h", "Aspirations"),
        ("p", "{name} wants to leave school with GCSEs in English and maths and go to college to train as a motor vehicle technician. His mum hopes he will feel proud of what he can do and stop describing himself as stupid."),
        ("h", "The school's view"),
        ("p", "Mr Forsyth, SENCO at Ashgrove Academy, says that {name} \"has settled into the social side of secondary school well and is liked by staff and students\". Subject teachers describe him as keen and thoughtful in discussion, but say that his written work is a fraction of what he can say, and that he often does not start tasks that involve reading. The school has provided a reading intervention in a group of six since October and has lent him a laptop. Mr Forsyth believes that {name} needs specialist one-to-one teaching that the school cannot provide from its own resources, and that his anxiety will not reduce until his literacy improves."),
    ],
    B={
        "ci": {"strengths": "{name} is articulate when talking about subjects he knows well, listens carefully and is well liked by his peers.",
               "needs": [
                   "Word retrieval: {name} sometimes struggles to find the exact word he needs, especially subject-specific vocabulary, and uses general words such as \"thing\" or \"that bit\". This is more noticeable when he is anxious or being asked to answer in front of the class.",
               ]},
        "cl": {"strengths": "{name} has good verbal reasoning, understands new concepts quickly when they are explained orally and is strong in practical subjects.",
               "needs": [
                   Marked("{name} has dyslexia.", [("vague_need", "{name} has dyslexia.")]),
                   "Reading accuracy and speed: on the specialist teacher's assessment in November 2025 {name}'s single-word reading was at the 5th centile and his reading speed at the 2nd centile. He can decode short regular words but guesses at longer words from their first letters. Reading a page of a textbook takes him three to four times as long as his classmates.",
                   "Spelling and written expression: {name}'s spelling is at the 3rd centile. His written work is much shorter and simpler than his spoken ideas, and he avoids words he cannot spell. He copies slowly and inaccurately from the board.",
                   "Processing speed and working memory: the educational psychologist found {name}'s processing speed and working memory to be in the low average range, well below his verbal reasoning, which was above average. He loses track of multi-step instructions and finds it hard to take notes while listening.",
                   "Maths: {name}'s understanding of number is secure, but he has not memorised multiplication facts and makes errors when copying numbers between lines. He has gaps in fractions and in reading worded problems.",
                   "Organisation: {name} finds it hard to keep track of his timetable, equipment and homework deadlines across a secondary school week.",
                   "Vocabulary for reading: because {name} reads so little independently, his reading vocabulary is much narrower than his spoken vocabulary. He does not recognise in print many words that he understands and uses when talking, such as \"experiment\", \"government\" or \"necessary\".",
                   "Learning in withdrawal sessions: {name} has said that he finds it embarrassing to be taken out of lessons. He learns best when extra teaching is at a fixed, predictable time that does not clash with subjects he enjoys.",
               ]},
        "semh": {"strengths": "{name} is sociable, has a close group of friends from primary school and is trusted by adults to help in practical tasks.",
                 "needs": [
                     "Anxiety about literacy tasks: {name} becomes highly anxious when asked to read aloud, write at length or take timed tests. He reports a racing heart and stomach aches, and he avoids these tasks by asking to leave the room, distracting others or refusing to start.",
                     "Self-esteem: {name} describes himself as \"thick\" and compares himself unfavourably with his friends. He is reluctant to ask for help in front of others.",
                     "Frustration: when tasks feel impossible {name} can become angry, swearing or walking out of lessons. There have been four such incidents since September.",
                 ]},
        "sp": {"strengths": "{name} is physically active and well coordinated.",
               "needs": [
                   "Handwriting speed: {name}'s handwriting speed is 13 words a minute, well below the average for his age. His writing is legible when he has time but deteriorates when rushed.",
               ]},
    },
    C=[("p", "{name} has mild asthma, managed with a reliever inhaler which he keeps in his bag. His asthma is reviewed once a year by the practice nurse at his GP surgery. An eye test in 2024 found no problems with his vision."),
       ("p", "His GP referred him to the Eastwater Child and Adolescent Mental Health Service (CAMHS) in October 2025 because of his anxiety. The referral was passed to the Mental Health Support Team that works in Ashgrove Academy.")],
    D=[("p", "{name} and his family are not known to children's social care and no social care needs were identified during the assessment.")],
    E=dict(
        intro="These outcomes run to the end of Key Stage 3 (July 2028), with steps for the end of Year 7.",
        outcomes=[
            ("cl", "By July 2028, {name} will read age-appropriate texts with a reading accuracy standard score of at least 85 on the same standardised test.",
             ["By July 2026, read a Year 7 science worksheet aloud to his specialist teacher with 90 per cent accuracy."]),
            ("cl", "By July 2027, {name} will touch-type at 25 words a minute and use speech-to-text software to produce a one-page piece of writing in a lesson.",
             ["By July 2026, type at 15 words a minute."]),
            ("cl", "By July 2026, {name} will use his planner and checklist to hand in at least 80 per cent of homework on time over a half term.",
             []),
            ("cl", "By July 2027, {name} will recall the multiplication facts to 10 x 10 and use them to solve two-step problems involving fractions.",
             []),
            ("semh", "By July 2026, {name} will use an agreed technique to manage his anxiety in lessons, so that he leaves no more than one lesson a fortnight.",
             ["By April 2026, name three signs that he is becoming anxious and one thing that helps with each."]),
            ("semh", "By July 2026, {name}'s attendance will be at least 95 per cent over the summer term.",
             []),
            ("ci", "By July 2027, {name} will use the key vocabulary for each science and humanities topic correctly in spoken answers.",
             []),
        ]),
    G=[("ul", ["Six sessions of guided self-help for anxiety from a practitioner in the Ashgrove Mental Health Support Team, starting in February 2026.",
               "Annual asthma review by the practice nurse, with the school holding a copy of {name}'s asthma plan."])],
    H1=[("p", "No provision is required.")],
    H2=[("p", "No provision is required.")],
    I=[("p", "Ashgrove Academy. Type: mainstream academy for pupils aged 11 to 16.")],
    K=[("ul", ["Parental advice from Lisa Dempsey, received 8 October 2025.",
               "Advice from {name} (pupil views), recorded 10 October 2025.",
               "Educational advice from Mr Ian Forsyth, SENCO, Ashgrove Academy, received 20 October 2025.",
               "Psychological advice from Ms Nadia Rahim, Educational Psychologist, Eastwater Educational Psychology Service, received 3 November 2025.",
               "Specialist teacher assessment from Mrs Helen Garside, Eastwater Learning Support Service, received 14 November 2025.",
               "Medical advice from Dr Paul Ingleby, Designated Medical Officer, received 28 October 2025.",
               "Social care advice: Eastwater Borough Council Children's Services confirmed on 21 October 2025 that the family is not known to the service."])],
))

PLANS.append(dict(
    id="plan03", file="plan03_priya_raman.docx", fmt="docx", layout="classic", status="draft",
    name="Priya", surname="Raman", sex="f", dob="19 June 2010", plan_date="20 October 2025",
    council="Westbrook County Council", school="Kestrel Hill School", phase="sec", year="Year 10",
    tags="hearing slcn anxiety pfa all", headings="part", front_matter=False,
    ftable=("Need", "Special educational provision", "Frequency and duration", "Staffing"), n_clean=24,
    faults=["fa_tod", "fo_deaf_peers", "fr_pastoral_checkins", "fg_hearing_aids", "fu_ta_hours", "fn_peer_mentor",
            "fd_specialist", "fs_sensory_service", "ft_salt", "fw_mentoring", "fc_faded"],
    negatives=["n_exam_access", "n_up_to_date"],
    extra=[
        Item("x_priya_bsl", "ci", "Sign language", "British Sign Language lessons working towards the Level 2 certificate, which {name} has asked for, in a group with two other deaf students from the Hearing Support Base",
             "one 60-minute lesson a week", "a BSL tutor holding a Level 6 BSL qualification"),
        Item("x_priya_notes", "cl", "Note-taking", "A copy of the teacher's notes or slides for every lesson, given to {name} at the start of the lesson so that she can watch the speaker instead of writing",
             "every lesson", "the subject teacher, with copies printed by the Hearing Support Base"),
        Item("x_priya_mfl", "cl", "Listening in French", "French listening tasks played through {his} radio aid streamer, with the transcript available after the first playing, and a one-to-one listening session with the French assistant",
             "one 30-minute session a week", "the French department, with set-up by a teaching assistant trained by the Qualified Teacher of the Deaf"),
    ],
    B_summary="Summary: {name} is an able, motivated student whose hearing loss affects how she takes in spoken information in every lesson. With the right technology, teaching and adjustments she is achieving well, but the effort this takes, and the gaps in vocabulary and social connection that come from missing incidental conversation, are having a growing effect on her wellbeing.",
    A_extra=[
        ("h", "A day in my life"),
        ("p", "\"My alarm vibrates under my pillow at quarter to seven. I put my hearing aids in straight away because I hate the silence in the morning. Mum drives me and my sister to school. I go to the Hearing Support Base first to pick up my radio aid and check it's charged. Lessons are fine if the teacher remembers the microphone. Maths is my favourite because Mr Dhillon writes everything on the board and always repeats what people say. At lunch I sit with my friend Ella from the base, because the canteen is so noisy that I can't follow anyone else. By last lesson I've got a headache and I just want to take my hearing aids out. At home I sleep for an hour before tea, then do homework.\""),
        ("h", "What is working and what is not working"),
        ("ul", ["Working: the radio aid in most lessons; printed notes in science; the Hearing Support Base as a place to go at lunch; the Deaf Youth Club.",
                "Not working: supply teachers who do not know how to use the radio aid; videos without subtitles; group discussions in English; being asked to repeat herself in front of the class; feeling left out of friendship groups."]),
    ],
    A=[
        ("h", "My views"),
        ("p", "{name} wrote this section herself."),
        ("p", "\"I'm Deaf and I'm proud of it, but I'm tired of always being the one who has to ask people to repeat themselves. Most teachers are fine if they remember the radio aid. The problem is when they walk around while they're talking, or turn to the board, or when someone at the back answers a question and I miss it and then everyone moves on.\""),
        ("p", "\"By the end of the day I'm exhausted. People don't understand that listening is work for me. I go home and sleep for an hour before I can do homework. Group work is the worst because everyone talks at once.\""),
        ("p", "\"I want to learn BSL properly. I've started going to the Westbrook Deaf Youth Club and it's the first time I've been somewhere where nobody is making an effort to include me because I'm just included. I'd like to be a pharmacist, or do something in science. I want to go to sixth form and then university.\""),
        ("h", "What others like and admire about {name}"),
        ("ul", ["She is hard-working and organised and takes pride in her work.",
                "She is a loyal friend and stands up for younger students who are being left out.",
                "She is an excellent artist and designed the poster for the school's Deaf Awareness Week.",
                "She has become much more confident about explaining her needs to teachers."]),
        ("h", "My parents' views"),
        ("p", "Anjali and Suresh Raman say that {name} \"has always worked twice as hard to get the same result\". Her hearing loss was picked up by the newborn hearing screening programme and she has worn hearing aids since she was four months old. She had support from a Qualified Teacher of the Deaf at home and at primary school, and she moved to Kestrel Hill School in Year 7 because of its Hearing Support Base."),
        ("p", "Her parents are worried about her tiredness and her mood. They say she has become quieter at home over the past year and sometimes says that she has no real friends at school. They would like her to keep her place at Kestrel Hill School, with the Hearing Support Base, through to the end of Year 11, and they would like advice about sixth form options before the end of Year 10."),
        ("h", "History"),
        ("p", "{name} has a bilateral moderate-to-severe sensorineural hearing loss. She wears two behind-the-ear hearing aids and uses a radio aid in class. She has been supported through SEN support since Reception. A statutory assessment was requested by her parents in May 2025 because they were concerned that her support was being reduced as she moved into her GCSE years."),
        ("h", "Communicating with me"),
        ("ul", ["Face me when you speak, in good light, and don't cover your mouth.",
                "Use the radio aid every time, including in practical lessons and on trips.",
                "Repeat what other students say before you answer them.",
                "Write homework and key instructions on the board as well as saying them.",
                "If I say \"pardon\", rephrase the sentence rather than repeating it louder."]),
        ("h", "Aspirations"),
        ("p", "{name} aims to achieve grades 6 or above in science and maths, study A levels in chemistry, biology and art, and go to university to study pharmacy."),
    ],
    B={
        "ci": {"strengths": "{name} is a skilled lipreader, speaks clearly and has age-appropriate grammar. She is an effective self-advocate with adults she trusts.",
               "needs": [
                   "Listening in noise: {name}'s hearing loss means that she cannot follow speech reliably in background noise or at a distance, even with her hearing aids. In a typical classroom she relies on the radio aid and on lipreading. She misses contributions from other students, announcements over the tannoy and conversation in the dining hall.",
                   "Vocabulary: the Qualified Teacher of the Deaf's assessment found that {name}'s vocabulary is around two years behind her age, especially for words that hearing students pick up incidentally. She often does not know subject-specific terms in science and English until they have been taught to her directly.",
                   "Group discussion: when more than two people are speaking {name} loses track of who is speaking and what has been said. She often stays silent in group work rather than risk answering the wrong question.",
                   "Listening fatigue: the effort of listening and lipreading all day leaves {name} exhausted, and her concentration drops noticeably in the final lessons of the day.",
               ]},
        "cl": {"strengths": "{name} is working at or above the expected level in maths, science and art. Her predicted grades are 5 to 7.",
               "needs": [
                   "Inference in English: {name} finds it difficult to infer meaning from texts where the language is figurative or archaic, which affects her English literature grades.",
                   "Note-taking: {name} cannot lipread and write notes at the same time, so she misses information when lessons require her to copy while the teacher is talking.",
                   "Modern foreign languages: recorded listening tasks in French are very difficult for her because the recordings are unclear and there is no face to lipread.",
               ]},
        "semh": {"strengths": "{name} has a close friend in the Hearing Support Base and has recently joined the Westbrook Deaf Youth Club.",
                 "needs": [
                     "Social isolation: {name} reports feeling left out in friendship groups of hearing students, where conversation moves quickly. She has said that she often pretends to understand jokes.",
                     "Low mood and anxiety: her parents and the Hearing Support Base staff have noticed that {name} has become more withdrawn over the past year. She worries about her GCSE results and about the future.",
                 ]},
        "sp": {"strengths": "{name} manages her own hearing aids well and reports faults promptly.",
               "needs": [
                   "Hearing: {name} has a bilateral moderate-to-severe sensorineural hearing loss (average thresholds of 65 dB in the right ear and 70 dB in the left). She wears hearing aids and uses a radio aid with a streamer. She also experiences tinnitus, which is worse when she is tired.",
               ]},
    },
    C=[("p", "{name}'s hearing is monitored by the Westbrook Children's Hearing Service, which reviews her hearing aids every six months and provides replacement moulds. She was seen by an ENT consultant in 2024 who confirmed that her hearing loss is stable and that there is no medical treatment. She has tinnitus, for which she has been given advice and a sound generator to use at night."),
       ("p", "{name} has no other health needs. Her parents have asked about a referral for support with low mood, which has been discussed with her GP.")],
    D=[("p", "No social care needs have been identified. {name}'s parents are aware that they can ask for an assessment from the Westbrook Disabled Children's Service if their circumstances change.")],
    E=dict(
        intro="Because {name} is in Year 10, outcomes include preparation for adulthood. Outcomes are for the end of Key Stage 4 (July 2027) unless stated.",
        outcomes=[
            ("ci", "By July 2026, {name} will explain the meaning of 90 per cent of the key vocabulary pre-taught for each GCSE science topic when tested by her Qualified Teacher of the Deaf.",
             []),
            ("ci", "By July 2027, {name} will contribute at least one spoken point in group discussions in English and science, using agreed tactics (asking for repetition, asking who is speaking).",
             ["By February 2026, use one repair tactic in each small-group discussion."]),
            ("cl", "By July 2027, {name} will achieve grades in English literature and French that are in line with her predicted grades in her other subjects.",
             []),
            ("semh", "By July 2026, {name} will report on a 1 to 10 wellbeing scale that she feels she belongs at school, scoring at least 6 at each half-termly check.",
             []),
            ("sp", "By July 2026, {name} will check and set up her own hearing technology at the start of each day and tell the Hearing Support Base about any fault the same day.",
             []),
            ("pfa", "Preparing for adulthood (employment): by July 2026 {name} will complete a one-week work experience placement in a pharmacy or laboratory, with a written reflection on what adjustments she needed.",
             []),
            ("pfa", "Preparing for adulthood (independence and health): by July 2027 {name} will book and attend her own audiology appointments and request replacement batteries and tubing herself.",
             []),
        ]),
    G=[("p", "The following provision is agreed by the Westbrook Integrated Care Board."),
       ("ul", ["Audiology review of hearing aids every six months by the Westbrook Children's Hearing Service, with replacement ear moulds as needed by growth.",
               "Annual review by the ENT consultant.",
               Marked("Speech and language therapy: a block of six sessions each term from the Westbrook Community Speech and Language Therapy Service, working on vocabulary for GCSE subjects and conversational repair strategies.",
                      [("wrong_section", "working on vocabulary for GCSE subjects")]),
               "Referral by the GP to the Westbrook Emotional Wellbeing Service for an assessment of {name}'s low mood, by December 2025."])],
    H1=[("p", "Not applicable.")],
    H2=[("p", "Not applicable.")],
    I=[("p", "This section will be completed when the final plan is issued, after {name}'s parents have stated their preference and the council has consulted the school.")],
    J=[("p", "A personal budget has not been requested.")],
    K=[("p", "List of advice:"),
       ("ul", ["Parent and young person advice: Anjali and Suresh Raman, with {name}'s own views, received 1 July 2025.",
               "Educational advice: Mr Gareth Lyle, Head of the Hearing Support Base, Kestrel Hill School, received 9 July 2025.",
               "Advice from the Qualified Teacher of the Deaf: Mrs Fiona Achterberg, Westbrook Sensory Support Service, received 11 July 2025.",
               "Psychological advice: Dr Simon Okonjo, Educational Psychologist, received 15 July 2025.",
               "Medical advice including audiology: Dr Lena Farrant, Community Paediatrician, received 3 July 2025.",
               "Speech and language therapy advice: Ms Rhiannon Pell, Speech and Language Therapist, received 18 July 2025.",
               "Social care: Westbrook Disabled Children's Service, nil return received 4 July 2025."])],
))

PLANS.append(dict(
    id="plan04", file="plan04_leo_marchetti.docx", fmt="docx", layout="per_area", status="final",
    name="Leo", surname="Marchetti", sex="m", dob="8 December 2016", plan_date="24 November 2025",
    council="Fenmarsh Council", school="Fernlea Primary School", phase="pri", year="Year 4",
    tags="physical fine-motor speech numeracy memory anxiety all", headings="mixed", front_matter=False,
    area_table="columns", n_clean=23,
    faults=["fp_practical", "fr_physio_advice", "fg_seating", "fu_fine_motor", "fe_aids", "fc_withdraw",
            "fs_lunch", "ft_physio_block", "fm_core", "fd_ot_fit", "fo_play", "fx_adapted", "ff_equiv"],
    negatives=["n_regular_teacher", "n_up_to_date"],
    extra=[
        Item("x_leo_wheelchair_skills", "sp", "Independent mobility", "Wheelchair skills practice on the school site (kerbs, ramps, doors and the route to the dining hall), following the wheelchair service's skills checklist",
             "one 20-minute session a week in the autumn and spring terms", "{his} one-to-one teaching assistant, trained by the wheelchair service therapist"),
        Item("x_leo_recording", "cl", "Recording", "A laptop with word prediction software and a trackball mouse for written work of more than three sentences, with 15 minutes of keyboard practice on four days a week",
             "every lesson with extended writing; practice four days a week", "{his} one-to-one teaching assistant"),
        Item("x_leo_maths_layout", "cl", "Maths layout", "Squared paper with 1 cm squares and pre-drawn column grids for written calculations, and a laminated place value chart on {his} desk",
             "every maths lesson", "the class teacher"),
    ],
    B_summary="Summary: {name}'s cerebral palsy affects his mobility, his hand function and his stamina, and his speech becomes harder to understand when he is tired. He is a capable learner whose written output and maths do not yet show what he knows, because recording and visual-spatial work are physically demanding for him. His growing awareness of difference is affecting how he feels about himself.",
    A_extra=[
        ("h", "{name}'s day at school"),
        ("p", "{name} arrives by car at 8.40 and is met by his teaching assistant, Mr Reyes, who helps him out of the car and into his wheelchair. He walks with his frame from the door to his classroom, which takes about five minutes. Mornings are his best time for learning. After lunch he has his stretches in the therapy room, which he calls \"the boring bit\", and then a short rest. By the end of the afternoon he is often tired and finds it hard to concentrate, and his speech becomes quieter."),
        ("h", "What is working and what is not working"),
        ("ul", ["Working: his friendships; the school council; the daily stretching programme when it happens; his laptop trial in literacy lessons; wheelchair basketball.",
                "Not working: stretches are missed on some days when staff are covering other classes; playtimes on the field; handwriting tasks that take him far longer than his friends; PE lessons where he watches instead of taking part."]),
    ],
    A=[
        ("h", "All about me"),
        ("p", "{name} talked to his teaching assistant, Mr Reyes, about what he wanted to say, and chose which photographs to include in his one-page profile."),
        ("ul", ["\"I love football. I support Fenmarsh Town and I know all the players' numbers.\"",
                "\"I go to wheelchair basketball on Tuesdays. I scored four baskets last week.\"",
                "\"I'm good at Lego and at telling jokes. Why did the football pitch end up triangular? Somebody took a corner.\"",
                "\"I don't like it when people grab my walker to help me without asking. I can do it myself.\"",
                "\"I get tired in the afternoons and my legs ache.\"",
                "\"When I grow up I want to be a sports commentator on the telly.\""]),
        ("h", "What people like and admire about {name}"),
        ("p", "{name} is cheerful, sociable and has a brilliant sense of humour. He is popular with the other children and is a member of the school council. He never gives up, even on days when his body is tired and sore, and he is quick to cheer on his friends."),
        ("h", "{name}'s history"),
        ("p", "{name} was born at 29 weeks and was diagnosed with cerebral palsy (spastic diplegia) at 18 months. He walks short distances with a posterior walking frame and uses a self-propelled wheelchair for longer distances and when he is tired. He wears ankle-foot orthoses during the day. He has had botulinum toxin injections to his calf muscles twice, most recently in March 2025."),
        ("p", "{name} attended Fernlea Community Nursery and has been at Fernlea Primary School since Reception. He had SEN support and an individual healthcare plan until this EHC plan was issued. His needs were assessed in 2025 because his physical needs have become more complex as he has grown and because his progress in writing and maths has slowed."),
        ("h", "My family's views"),
        ("p", "{name} lives with his mum, Elena, his stepdad, Chris, and his sister, Sofia, who is seven. Elena says: \"Leo has always been determined to do everything his friends do. Our biggest worry is that he is exhausted by the end of the week, and that it is affecting his schoolwork and his mood. We want him to have his physio programme every day, as the physiotherapist has advised, not just when there is time.\""),
        ("p", "\"We want Leo to be as independent as he can be, and to take part in everything, including PE and trips. We would like him to have a laptop for writing, because his hand hurts after a few lines. He is starting to notice that he is different and sometimes says he wishes he could run like the others. We want him to feel good about himself.\""),
        ("h", "How best to communicate with {name}"),
        ("p", "{name} is a confident talker. His speech can be harder to understand when he is tired or when it is noisy, so listen carefully and ask him to say it again more slowly rather than guessing. Talk to him at his eye level when he is in his wheelchair."),
        ("h", "Aspirations"),
        ("p", "{name} wants to be a sports commentator. His family hope that he will move to secondary school with his friends, keep playing wheelchair basketball, and become as independent as possible in looking after himself and getting around."),
        ("h", "The school's view"),
        ("p", "Mrs Osei, SENCO at Fernlea Primary School, says that {name} \"is a much-loved member of our school community and a natural leader\". The school has adapted the classroom layout, installed a ramp to the playground and trained two teaching assistants in moving and handling. Staff have noticed that {name} is increasingly tired by the afternoon and that his writing and maths are falling behind what he understands. The school would like clearer advice from the physiotherapist and occupational therapist, and more training, so that his programmes are carried out consistently every day."),
    ],
    B={
        "ci": {"strengths": "{name} has a wide vocabulary, tells stories with humour and understands complex instructions.",
               "needs": [
                   "Speech clarity: {name} has a mild dysarthria linked to his cerebral palsy. He is understood by familiar listeners, but his speech becomes quieter and less clear when he is tired, when he is excited or in noisy rooms. He has begun to avoid answering questions in class because he is embarrassed when he has to repeat himself.",
               ]},
        "cl": {"strengths": "{name} reads fluently at the expected level for his age and enjoys non-fiction about sport.",
               "needs": [
                   "Recording: {name} has tightness in his hands and wrists. His handwriting is slow (about 8 words a minute) and becomes painful after a few lines. His written work does not show what he knows.",
                   "Maths: {name} is working below the expected level in maths. He finds it difficult to line up numbers in columns, read scales and work with shapes, which the occupational therapist links to difficulties with visual perception.",
                   "Working memory and fatigue: {name}'s concentration and recall drop sharply in the afternoons, when he is tired from the physical effort of moving around school.",
               ]},
        "semh": {"strengths": "{name} has two close friends and is well liked. He copes with setbacks with humour.",
                 "needs": [
                     "Self-image: {name} is beginning to compare himself with his peers and has said he hates his legs. He becomes frustrated and tearful when he cannot join in playground games.",
                     "Playtimes: {name} finds playtimes difficult because the games move too quickly, and he sometimes spends them alone by the wall.",
                 ]},
        "sp": {"strengths": "{name} is highly motivated to be independent and has good upper body strength.",
               "needs": [
                   "Mobility: {name} has spastic diplegia, affecting both legs more than his arms. He walks with a posterior walking frame for short distances and uses a self-propelled wheelchair for longer distances. He is at risk of falls, especially on uneven ground and when tired.",
                   "Muscle tightness: without daily stretching, the muscles in {name}'s calves and hamstrings tighten, which affects his walking and can cause pain.",
                   "Fine motor skills: {name} has reduced dexterity in both hands, which affects handwriting, using scissors and rulers, fastening buttons and opening packaging at lunch.",
                   "Personal care: {name} needs help to adjust his clothing in the toilet and to transfer safely from his wheelchair.",
                   "Fatigue: moving around the school takes {name} much more energy than his peers, and he is often exhausted by the afternoon.",
                   "Safety and access: {name} needs a personal emergency evacuation plan, level access to every room he uses and planning before trips so that he can take part in the same activities as his class. The school's upstairs library is not accessible to him.",
                   "Eating at lunchtime: {name} can feed himself but finds it hard to open packets, cut food and carry a tray, and he is slow to finish his meal, which shortens his playtime.",
               ]},
    },
    C=[("p", "{name} has cerebral palsy (spastic diplegia, Gross Motor Function Classification System level III). He is under the care of Dr Imogen Castell, Consultant Paediatrician, and the Fenmarsh orthopaedic team, who carry out yearly hip X-rays as part of hip surveillance. He wears ankle-foot orthoses, which are reviewed by the orthotics service every six months. He has had botulinum toxin injections to reduce the tightness in his calf muscles."),
       ("p", "{name} has constipation, managed with a daily laxative given at home. He does not need medication in school.")],
    D=[("p", "{name}'s home has steps at the front and an upstairs bathroom, which makes getting around the house difficult for him. An assessment by the Fenmarsh Children with Disabilities Team in July 2025 found that he needs adaptations to the home and support to take part in leisure activities with other children."),
       ("p", "{name}'s mother is his main carer and does most of his stretches, personal care and lifting at home. She has told the social worker that she is finding the physical care increasingly hard.")],
    E=dict(
        intro="",
        outcomes=[
            ("ci", "By July 2026, {name} will use his pacing board and breath support to answer a question in class that is understood by an unfamiliar adult on the first attempt, in four out of five observed lessons.", []),
            ("cl", "By July 2026, {name} will use a laptop with word prediction to write a piece of at least 150 words in a lesson.", []),
            ("cl", Marked("{name} will improve his handwriting.", [("non_smart_outcome", "will improve his handwriting.")]), []),
            ("cl", "By July 2027, {name} will lay out and complete column addition and subtraction with four-digit numbers accurately using squared paper.", []),
            ("semh", "By July 2026, {name} will take part in an adapted playground game with at least two friends on three playtimes a week.", []),
            ("sp", "By July 2026, {name} will walk with his frame from the classroom to the dining hall (about 40 metres) without stopping and without a fall.", []),
            ("sp", "By July 2027, {name} will manage his clothing in the toilet with help only for fastenings.", []),
        ]),
    G=[("p", "Agreed by the Fenmarsh Integrated Care Board:"),
       ("ul", ["Review by the consultant paediatrician every six months.",
               "Hip surveillance X-ray every twelve months, with results reviewed by the orthopaedic team.",
               "Ankle-foot orthoses reviewed every six months and replaced when outgrown, by the Fenmarsh Orthotics Service.",
               "Wheelchair review by the Fenmarsh Wheelchair Service every twelve months, or sooner if {name} outgrows his chair.",
               "Assessment for further botulinum toxin injections by the orthopaedic team in spring 2026."])],
    H1=[("ul", ["Adaptations to the family home (a ramp to the front door and a level-access shower room on the ground floor), following the occupational therapy assessment of July 2025, to be completed by March 2026.",
                "A support worker for {name} at the Fenmarsh Inclusive Sports Club for two hours each Saturday during term time, so that he can take part in activities with other children.",
                "A hoist and shower chair for use at home, supplied by the Community Equipment Service."])],
    H2=[("p", "A parent carer needs assessment for {name}'s mother, Elena Marchetti, to be completed by the Children with Disabilities Team by January 2026, with any support she is assessed as needing set out in a separate plan.")],
    I=[("p", "Fernlea Primary School. Type of school: mainstream primary school (academy).")],
    J=[("p", "{name}'s family has chosen a direct payment to employ a personal assistant for four hours a week during school holidays, so that {name} can go out with friends and take part in community activities. The amount is £2,280 a year, paid monthly. This relates to the social care provision in Section H1.")],
    K=[("ul", ["Parental advice: Elena Marchetti and Chris Doyle, 2 June 2025.",
               "{name}'s views and one-page profile, 4 June 2025.",
               "Educational advice: Mrs Janine Osei, SENCO, Fernlea Primary School, 16 June 2025.",
               "Educational psychology advice: Dr Marcus Hebden, Fenmarsh Educational Psychology Team, 25 June 2025.",
               "Physiotherapy advice: Ms Kerry Anstey, Paediatric Physiotherapist, 20 June 2025.",
               "Occupational therapy advice: Mrs Lorna Vickery, Paediatric Occupational Therapist, 23 June 2025.",
               "Speech and language therapy advice: Mr Tomasz Wilk, Speech and Language Therapist, 19 June 2025.",
               "Medical advice: Dr Imogen Castell, Consultant Paediatrician, 12 June 2025.",
               "Social care advice: Ms Bronwen Hale, Social Worker, Children with Disabilities Team, 29 July 2025."])],
))

PLANS.append(dict(
    id="plan05", file="plan05_ruby_ashworth.docx", fmt="docx", layout="per_area", status="draft",
    name="Ruby", surname="Ashworth", sex="f", dob="27 May 2021", plan_date="9 February 2026",
    council="Calderbrook Council", school="Little Meadow Infant School", phase="ey", year="Reception",
    tags="cognition aac slcn hypotonia toileting eating hearing all", headings="plain", front_matter=False,
    area_table="rows", n_clean=24,
    faults=["fa_calm_corner", "fo_signs", "fr_personal_care", "fn_trips", "fe_calming",
            "ft_slt_expressive", "fw_class_team", "fk_nurture", "fu_equiv_group", "fc_reduced", "fq_eyfs"],
    negatives=["n_group_defined", "n_brief_frequent", "n_regular_classroom"],
    extra=[
        Item("x_ruby_stop", "semh", "Stopping an activity", "A 'first, then' board and a two-minute sand timer used before every change of activity, with a favourite object carried to the next activity",
             "at every change of activity", "{his} one-to-one teaching assistant"),
        Item("x_ruby_one_to_one", "gen", "Adult help across the day", "One-to-one support from a teaching assistant throughout the school day, including lunchtime, for safety, personal care and learning",
             "27.5 hours a week (the whole school day)", "a teaching assistant trained in Makaton Level 1, personal care and the eating and drinking plan"),
        Item("x_ruby_specialist", "gen", "Specialist advice", "Visits from a specialist teacher for cognition and learning to observe {name}, model teaching approaches to {his} teaching assistant and update {his} learning targets",
             "one 2-hour visit each half term", "a specialist teacher from the Calderbrook Inclusion Service"),
    ],
    B_summary="Summary: {name} is a sociable, determined little girl with Down syndrome. She learns best through pictures, signs and repetition. Her communication, early learning, physical development and self-care are all well behind those of other children her age, and her fluctuating hearing and her difficulties with eating add to her needs at school.",
    A_extra=[
        ("h", "{name}'s day at school"),
        ("p", "{name} arrives at 8.45 with her mum and is greeted by her teaching assistant, Miss Carter, who signs \"good morning\" and shows her the picture timetable. She hangs up her coat with help and chooses a morning activity, usually the home corner or the sand tray. She joins the class on the carpet for the first part of phonics and then has her own short session with Miss Carter. At snack time she sits with two friends and signs for her drink. After lunch, which she eats with one-to-one supervision, she is often tired and has a quiet story time before the afternoon activities."),
        ("h", "What is working and what is not working"),
        ("ul", ["Working: Makaton signing by the adults in her class; her picture timetable; short, play-based learning sessions; her friendships with two girls in her class.",
                "Not working: whole-class carpet sessions, which are too long for her; the noisy dining hall; times when a familiar adult is absent; changes of activity without warning."]),
    ],
    A=[
        ("h", "About me"),
        ("p", "{name}'s views were gathered by her teaching assistant and her mum, using photographs and her Makaton signs. {name} showed us what she likes by signing \"more\" and what she does not like by pushing the picture away."),
        ("ul", ["I love bubbles, dancing and the song about the five little ducks.",
                "I love my dog, Biscuit, and my big brothers, Josh and Alfie.",
                "I like snack time, especially banana.",
                "I like the home corner and the sand tray.",
                "I don't like loud hand dryers or having my hair brushed.",
                "I don't like it when I have to stop playing."]),
        ("h", "What people like and admire about {name}"),
        ("p", "{name} is sociable, affectionate and full of fun. She loves being with other children and greets everyone by name or with a wave. She has a great sense of rhythm and copies dance moves brilliantly. She is determined and will keep trying to climb to the top of the slide until she gets there."),
        ("h", "My story so far"),
        ("p", "{name} lives with her mum, Hannah, her dad, Tom, and her brothers, who are nine and eleven. She was diagnosed with Down syndrome shortly after birth. She had heart surgery at five months to repair an atrioventricular septal defect, and she is now well. She wears glasses for long sight and has had grommets fitted for glue ear."),
        ("p", "{name} attended Sunflowers Pre-School for two years, with support from the Calderbrook Early Years Inclusion Team and Portage visits at home. She started in Reception at Little Meadow Infant School in September 2025. The EHC needs assessment was requested by her parents in September 2025."),
        ("h", "My family's views"),
        ("p", "Hannah and Tom Ashworth say: \"We want Ruby to go to our local school with her brothers' friends' little sisters and brothers, and we want her to be part of everything. She learns so much from other children. We know she will need a lot of help, and we want it to be the right help from people who understand Down syndrome.\""),
        ("p", "\"Our biggest worries are her hearing, which goes up and down with her glue ear, and her safety at lunchtime, because she overfills her mouth and has choked before. We also want her to learn to read; children with Down syndrome are often strong visual learners and we have already seen her recognise her name and her brothers' names.\""),
        ("h", "How to communicate with me"),
        ("ul", ["Get down to my level and say my name.",
                "Use Makaton signs with your words. I understand much more than I can say.",
                "Show me a picture or the real object.",
                "Give me time. I might take a while to answer.",
                "Tell me what is happening next, and then what is happening after that."]),
        ("h", "Hopes for the future"),
        ("p", "{name}'s family hope that she will make friends, learn to read and write, become toilet trained and grow up to live as independently as possible."),
        ("h", "The school's view"),
        ("p", "Mrs Pemberton, Reception teacher and SENCO at Little Meadow Infant School, says that {name} \"has brought so much joy to our class\". She has settled well, loves the routines of the day and has made friends. Staff have learned Makaton signs and use a picture timetable with her. The school has provided a teaching assistant for {name} for most of the day since September, funded from its own budget, because she needs an adult with her for safety, personal care and learning. Mrs Pemberton says that the gap between {name} and her classmates is widening, and that the school needs specialist advice about how to teach her reading and number."),
    ],
    B={
        "ci": {"strengths": "{name} is very sociable, makes good eye contact, enjoys turn-taking games with adults and uses around 40 Makaton signs.",
               "needs": [
                   "Expressive language: {name} uses around 20 single spoken words, many of which are only understood by her family, and around 40 signs. She is beginning to combine a sign with a word (\"more bubbles\"). She becomes frustrated when she is not understood.",
                   "Understanding: {name} understands familiar routines and single words, especially with a sign or picture, but cannot yet follow instructions with two key words without help.",
                   "Social boundaries: {name} hugs and holds hands with unfamiliar adults and children, and does not yet understand personal space.",
               ]},
        "cl": {"strengths": "{name} has a good visual memory, recognises her own name and her brothers' names, and loves books.",
               "needs": [
                   Marked("{name} has Down syndrome.", [("vague_need", "{name} has Down syndrome.")]),
                   "Early learning: {name} is working at a level typical of a child of around two to two-and-a-half years in most areas of the early years curriculum. She learns best through repetition, visual materials and practical activities.",
                   "Attention: {name} attends to an adult-led activity for two to three minutes and needs an adult with her to stay on task.",
                   "Number: {name} can count to three with objects and recognises the numerals 1 and 2.",
                   "Memory: {name}'s auditory memory is weaker than her visual memory. She remembers routines and pictures well but forgets spoken instructions quickly, and needs new learning repeated many times over several weeks before it is secure.",
                   "Play: {name} enjoys familiar play routines but does not yet develop her play on her own, for example by adding new steps to a pretend tea party. She needs an adult to model play and to help her include other children.",
               ]},
        "semh": {"strengths": "{name} is happy and confident in school, and she is settled and affectionate with her teaching assistant.",
                 "needs": [
                     "Changes of activity: {name} finds it difficult to stop an activity she is enjoying. She may sit or lie on the floor and refuse to move, which at times needs two adults to manage safely.",
                     "Waiting and turn-taking with other children: {name} finds it hard to wait for her turn and may snatch toys.",
                 ]},
        "sp": {"strengths": "{name} walks independently, enjoys climbing and has improved her balance over the past year.",
               "needs": [
                   "Low muscle tone: {name} has low muscle tone, which affects her balance, stamina and posture. She tires quickly and needs a handrail on steps.",
                   "Fine motor skills: {name} uses a whole-hand grasp for crayons and cannot yet use scissors.",
                   "Hearing: {name} has glue ear, which causes a fluctuating mild-to-moderate hearing loss. Her grommets have come out and her hearing is currently reduced.",
                   "Vision: {name} wears glasses for long sight and needs reminders to keep them on.",
                   "Toileting: {name} is not yet toilet trained and wears pull-ups.",
                   "Eating and drinking: {name} overfills her mouth and has choked on food. She has an eating and drinking plan from the NHS speech and language therapist.",
               ]},
    },
    C=[("p", "{name}'s Down syndrome was confirmed by genetic testing shortly after birth. She had surgery for an atrioventricular septal defect in 2021 and is reviewed annually by the paediatric cardiology team; she does not currently need any treatment. Her thyroid function is checked by blood test once a year. She has glue ear and a fluctuating hearing loss, and she is reviewed by audiology every four months. She wears glasses prescribed by the orthoptist."),
       ("p", "{name} has difficulty with chewing and swallowing and has choked on food twice. An eating and drinking plan has been written by the NHS speech and language therapist (dysphagia team)."),
       ("p", "{name} is not yet toilet trained. She has been referred to the continence service.")],
    D=[("p", "{name} needs a high level of supervision at home and in the community because of her safety awareness and her tendency to wander off. Her parents have said that they would like help over the school summer holidays, when they both work."),
       ("p", "An early help assessment was completed in December 2025. {name} has been referred to the Calderbrook Disabled Children's Team for a short breaks assessment.")],
    E=dict(
        intro="",
        outcomes=[
            ("ci", "By July 2026, {name} will combine two signs or words to make a request (for example, \"more banana\") at snack time on four days out of five.", []),
            ("ci", "By July 2026, {name} will follow an instruction with two key words supported by a sign, such as \"put teddy in the box\", in the classroom.", []),
            ("cl", "By July 2026, {name} will recognise and read 20 familiar words, including the names of her family and classmates, from flashcards.", []),
            ("cl", "By July 2026, {name} will count up to five objects accurately, touching each one.", []),
            ("semh", "By July 2026, {name} will move from one activity to the next when the sand timer runs out, with one adult prompt, on four occasions out of five.", []),
            ("sp", "By July 2026, {name} will use the toilet at the set times with adult support and have dry pull-ups on at least three days a week.", []),
            ("sp", "By July 2026, {name} will eat her lunch following her eating and drinking plan, taking small mouthfuls with no more than two adult reminders.", []),
        ]),
    G=[("p", "To be agreed with the Calderbrook Integrated Care Board before the plan is finalised:"),
       ("ul", ["Annual cardiology review.",
               "Annual thyroid blood test arranged by the community paediatrician.",
               "Audiology review every four months, with hearing test results shared with the Qualified Teacher of the Deaf.",
               "Orthoptic review every twelve months and replacement glasses when prescribed.",
               "Review of the eating and drinking plan by the NHS speech and language therapist (dysphagia) every six months, with training for the school staff who supervise {name} at lunchtime.",
               "Continence assessment by the community continence service by April 2026."])],
    H1=[("p", "Subject to the outcome of the short breaks assessment: a place at the Calderbrook inclusive summer holiday play scheme with a one-to-one play worker, for two days a week over four weeks of the summer holidays.")],
    H2=[("p", "No provision at present.")],
    I=[("p", "To be completed in the final plan.")],
    J=[("p", "{name}'s parents have not requested a personal budget at this stage.")],
    K=[("ul", ["Advice from Hannah and Tom Ashworth (parents), 20 October 2025.",
               "Early years educational advice: Mrs Kate Pemberton, Reception teacher and SENCO, Little Meadow Infant School, 3 November 2025.",
               "Educational psychology advice: Dr Ayesha Mirza, Calderbrook Educational Psychology Service, 14 November 2025.",
               "Speech and language therapy advice: Ms Holly Brandt, Speech and Language Therapist, 10 November 2025.",
               "Physiotherapy advice: Mr Daniel Okoro, Paediatric Physiotherapist, 7 November 2025.",
               "Advice from the Qualified Teacher of the Deaf: Mrs Gwen Tallis, Calderbrook Sensory Service, 12 November 2025.",
               "Medical advice: Dr Catherine Lund, Community Paediatrician, 31 October 2025.",
               "Social care advice: Calderbrook Early Help Team, 15 December 2025."])],
))

PLANS.append(dict(
    id="plan06", file="plan06_jayden_thorne.pdf", fmt="pdf", layout="classic", status="draft",
    name="Jayden", surname="Thorne", sex="m", dob="11 October 2015", plan_date="15 December 2025",
    council="Northmoor Council", school="Brackenfield Primary School", phase="pri", year="Year 5",
    tags="attention slcn literacy memory sensory anxiety all", headings="upper", front_matter=False,
    pdf_font="dejavu", pdf_f="table", no_i_note=True, ftable=("Need", "Provision", "Frequency", "Delivered by"), n_clean=24,
    faults=["fa_quiet_workspace", "fo_movement", "fp_vocab", "fr_unstructured", "fg_movement", "fn_written",
            "fd_senco", "fm_behaviour", "fw_phonics", "fk_comprehension", "fq_behaviour", "ff_4250", "fs_recording"],
    negatives=["n_quiet_room", "n_regular_teacher", "n_minimum"],
    extra=[
        Item("x_jayden_fidget", "semh", "Attention", "A wobble cushion on {his} chair and a soft stretch band tied across the front legs of {his} chair, kept in place for every lesson",
             "every lesson", "the class teacher, who checks they are in place at the start of each day"),
        Item("x_jayden_garden", "semh", "Self-esteem", "A responsibility role as a school garden monitor, working with the site manager to water and plant the raised beds",
             "two 20-minute slots a week (Tuesday and Thursday lunchtime)", "the site manager, with the learning mentor checking in at the end of each slot"),
    ],
    B_summary="Summary: Jayden has attention deficit hyperactivity disorder and a developmental language disorder. His difficulties understanding and using language are less visible than his ADHD, but they underlie many of the incidents in which he is seen as defiant or disruptive. Together, these needs affect his learning across the curriculum, his friendships and his view of himself.",
    A=[
        ("h", "Jayden's views"),
        ("p", "Jayden talked to the school's learning mentor, Mr Abbott, over two sessions. He drew a picture of his brain as a race car and explained it."),
        ("p", "\"My brain goes really fast like a race car but sometimes the brakes don't work. I get told off for shouting out but I don't mean to, the answer just comes out. I like it when Mr Abbott lets me do a job like taking stuff to the office.\""),
        ("p", "\"I love BMX, drawing comics and dinosaurs. I know loads about dinosaurs. I like helping in the school garden. I don't like writing because my hand can't keep up and I forget what I'm writing. I don't like wet play because it's too noisy and everyone gets annoyed with me.\""),
        ("p", "\"Sometimes I don't understand what the teacher means and then I just mess about. I want to have more friends. I want people to stop thinking I'm naughty.\""),
        ("h", "What people like and admire about Jayden"),
        ("ul", ["He is bursting with energy and enthusiasm, and his comic strips are full of imagination.",
                "He is kind to younger children and loves being given responsibility.",
                "He has an impressive knowledge of dinosaurs and enjoys sharing it.",
                "He is quick to say sorry and wants to put things right."]),
        ("h", "History"),
        ("p", "Jayden lives with his dad, Marcus, his stepmum, Leanne, and his half-sister, Evie, who is three. He stays with his mum, Kayleigh, every other weekend. Concerns about his speech and language were first raised at nursery, and he was assessed by the NHS speech and language therapy service at the age of six, when he was identified as having a developmental language disorder. He received a block of therapy in Year 2 and was then discharged with a programme for school."),
        ("p", "Jayden was diagnosed with attention deficit hyperactivity disorder (ADHD, combined type) by the Northmoor Community Paediatric ADHD Clinic in January 2024. He started medication in spring 2025, which has helped his concentration in the mornings. He received two fixed-term suspensions in Year 4 following incidents at lunchtime. Brackenfield Primary School requested an EHC needs assessment in June 2025."),
        ("h", "Views of Jayden's parents"),
        ("p", "Marcus and Leanne say that Jayden is \"a lovely, funny boy who gets a bad name because people don't understand him\". They feel that his language difficulties have been overlooked since his ADHD diagnosis: \"Everyone sees the behaviour and nobody asks whether he understood what he was asked to do.\" They would like him to have speech and language therapy again, delivered by a therapist, and to be taught in a way that helps him to concentrate."),
        ("p", "Kayleigh, Jayden's mum, agrees and says she would like to receive copies of reports and to be invited to reviews. The family would like Jayden to stay at Brackenfield Primary School, where his friends are."),
        ("h", "How to communicate with Jayden"),
        ("ul", ["Say his name and make sure he is looking before you start.",
                "Keep instructions short and give them one at a time.",
                "Check he has understood by asking him to tell you what he is going to do.",
                "Praise effort quickly and specifically.",
                "If he is upset, give him space and a job to do before talking about what happened."]),
        ("h", "Aspirations"),
        ("p", "Jayden wants to be a comic book artist or a palaeontologist. His family hope that he will go to secondary school feeling confident, with friends, and able to read and write well enough to follow his interests."),
    ],
    B={
        "ci": {"strengths": "Jayden has a good sense of humour, enjoys talking about his interests and uses gesture and drawing well to get his meaning across.",
               "needs": [
                   "Understanding language: the speech and language therapy assessment in September 2025 found that Jayden's understanding of spoken language is at the 5th centile. He has particular difficulty with long and complex sentences, with concept words such as \"before\", \"unless\" and \"except\", and with following instructions given to the whole class.",
                   "Vocabulary: Jayden's vocabulary is limited for his age, particularly for subject words in science and topic work. He often uses general words and finds it hard to define words he uses.",
                   "Expressive language and narrative: Jayden's spoken sentences contain grammatical errors (such as missing word endings) and he finds it hard to explain events in order, which often leads to misunderstandings after playground incidents.",
                   "Social communication: Jayden misreads the intentions of other children, for example assuming that an accidental knock was deliberate, which leads to conflict at unstructured times.",
               ]},
        "cl": {"strengths": "Jayden's number skills are at the expected level for his age and his decoding is improving.",
               "needs": [
                   "Reading comprehension: Jayden can decode most age-appropriate words but his understanding of what he reads is around three years behind his age, because of his language difficulties.",
                   "Writing: Jayden's written work is short, poorly organised and has many spelling errors. He finds it hard to plan what to write and to hold a sentence in mind while writing it.",
                   "Working memory: Jayden's working memory is in the low range. He forgets instructions and loses his place in multi-step tasks.",
                   "Attention: even with medication, Jayden can focus on an adult-directed task for five to eight minutes. His attention is shorter in the afternoons, when his medication is wearing off.",
               ]},
        "semh": {"strengths": "Jayden is warm, forgiving and eager to please adults he trusts.",
                 "needs": [
                     "Impulsivity: Jayden often acts before he thinks, for example calling out, leaving his seat or grabbing equipment. This leads to frequent reprimands, which affect his self-esteem.",
                     "Emotional regulation: when Jayden is frustrated or feels he has been treated unfairly he can become very angry very quickly, shouting, throwing equipment or running out of the classroom. There were eleven such incidents in the autumn term, most of them after lunchtime.",
                     "Self-esteem: Jayden describes himself as \"the naughty one\" and has told staff that nobody likes him.",
                 ]},
        "sp": {"strengths": "Jayden is physically active, well coordinated and an accomplished BMX rider.",
               "needs": [
                   "Sensory seeking: Jayden seeks movement and touch, often rocking on his chair, fiddling with objects or leaning on other children on the carpet.",
                   "Handwriting: Jayden's handwriting is large and poorly formed, and he tires quickly when writing.",
               ]},
    },
    C=[("p", "Jayden has ADHD (combined type) and takes methylphenidate each morning, prescribed by the Northmoor Community Paediatric ADHD Clinic. His medication is reviewed every six months. The medication reduces his appetite at lunchtime and his weight and height are checked at each review. He finds it hard to get to sleep, and the clinic has given his parents advice on a bedtime routine."),
       ("p", "Jayden's hearing and vision were checked in 2024 and are normal.")],
    D=[("p", "The family is working with the Northmoor Early Help service on a voluntary basis. Jayden's dad and stepmum have completed a parenting course for parents of children with ADHD. There is no statutory social care involvement."),
       ("p", "Jayden's parents have said that they would value support with managing his behaviour at home, especially at bedtime, and with arrangements for contact with his mum.")],
    E=dict(
        intro="Outcomes for the end of Key Stage 2 (July 2027), with steps for July 2026.",
        outcomes=[
            ("ci", "By July 2027, Jayden will follow classroom instructions containing concept words (before, after, unless, except) in four out of five observed opportunities.",
             ["By July 2026, follow two-part instructions containing before and after."]),
            ("ci", "By July 2027, Jayden will give a spoken account of an event in the correct order, including who, where, what happened and how it ended, which an adult who was not present can follow.", []),
            ("cl", "By July 2027, Jayden will read a Year 5 text and answer literal and inference questions about it with 70 per cent accuracy.", []),
            ("cl", "By July 2027, Jayden will plan and write a piece of at least three paragraphs using a writing frame.", []),
            ("semh", "By July 2026, Jayden will use his agreed calm-down plan so that incidents in which he throws equipment or leaves the classroom fall to no more than two a half term.",
             ["By March 2026, name the early signs that he is getting angry and one thing he can do."]),
            ("semh", "By July 2027, Jayden will describe three things he is good at and one recent success when asked at his review.", []),
            ("sp", "By July 2026, Jayden will sit on the carpet for a 10-minute input using his sensory tools without touching other children.", []),
        ]),
    G=[("ul", ["ADHD medication review every six months by the Northmoor Community Paediatric ADHD Clinic, including height, weight and blood pressure.",
               "Advice on sleep from the clinic's specialist nurse, with one follow-up appointment by March 2026."])],
    H1=[("p", "None identified.")],
    H2=[("p", "Family support from an Early Help family support worker: one home visit a fortnight for twelve weeks from January 2026, focused on bedtime routines and managing behaviour at home.")],
    I=[("p", Marked("Name of school: Brackenfield Primary School. Type: mainstream primary school.", [("placement_fault", "Name of school: Brackenfield Primary School")]))],
    J=[("p", "Not requested.")],
    K=[("p", "Advice and information received during the assessment:"),
       ("ul", ["Parental advice from Marcus Thorne and Leanne Thorne, 8 September 2025, and from Kayleigh Price, 12 September 2025.",
               "Jayden's views, recorded by Mr Neil Abbott, Learning Mentor, 10 September 2025.",
               "Educational advice from Miss Laura Kettering, SENCO, Brackenfield Primary School, 19 September 2025.",
               "Psychological advice from Dr Femi Adebayo, Educational Psychologist, Northmoor Educational Psychology Service, 6 October 2025.",
               "Speech and language therapy advice from Mrs Siân Tudor, Speech and Language Therapist, 29 September 2025.",
               "Medical advice from Dr Rachel Oduya, Community Paediatrician, Northmoor ADHD Clinic, 22 September 2025.",
               "Social care advice from the Northmoor Early Help Service, 1 October 2025."])],
))

PLANS.append(dict(
    id="plan07", file="plan07_sophie_lindqvist.pdf", fmt="pdf", layout="classic", status="final",
    name="Sophie", surname="Lindqvist", sex="f", dob="30 April 2011", plan_date="2 March 2026",
    council="Saltmarsh Borough Council", school="Millbeck High School", phase="sec", year="Year 9",
    tags="autism anxiety sensory exec numeracy pfa all", headings="paren", front_matter=False,
    pdf_font="core", pdf_f="bullets", n_clean=24, soft_hyphens=True,
    faults=["fa_nurture_room", "fp_elsa", "fr_pastoral_base", "fg_liaison", "fu_maximum", "fn_counselling",
            "fe_not_limited", "fd_in_class", "fc_phased", "fs_transitions", "ft_ep", "fm_social"],
    negatives=["n_exam_access", "n_quiet_room", "n_up_to_date"],
    extra=[
        Item("x_sophie_return", "semh", "Attendance", "A written return-to-school timetable agreed with {name} and her mother, starting with three mornings a week in the student support room and adding one lesson at a time in the subjects she chooses, with any change to the timetable agreed at the fortnightly review meeting",
             "review meeting every fortnight (30 minutes)", "the assistant headteacher for inclusion, {name}, her mother and the Autism Outreach Team teacher"),
        Item("x_sophie_uniform", "sp", "Sensory comfort", "Permission to wear soft, seam-free versions of the school uniform (plain black trousers and a cotton polo shirt) and trainers, recorded on {his} pupil passport so that no member of staff challenges it",
             "every school day", "the head of year, who issues the pupil passport"),
        Item("x_sophie_lunch", "sp", "Lunchtimes", "Lunch in the library office with two friends of {his} choosing instead of the canteen, with lunch collected before the queue forms",
             "every school day", "the librarian, who supervises the room"),
        Item("x_sophie_tuition", "cl", "Learning missed", "Online tuition in science and maths to cover learning missed during {his} absence, following a scheme of work agreed with the heads of department",
             "two 60-minute sessions a week until the end of the summer term 2026", "qualified teachers from the council's Medical Needs Teaching Service"),
    ],
    B_summary="Summary: {name} is an able, articulate autistic young person whose anxiety, sensory sensitivities and exhaustion from masking have led to a breakdown in her school attendance. She needs a predictable, low-arousal environment, adults who understand how autism presents in girls, and a carefully paced return to lessons, together with teaching to close the gaps in her learning.",
    A_extra=[
        ("h", "A good day and a hard day"),
        ("p", "\"A good day: I know what's happening because it's on my timetable. I get to school before the bell so the corridors are empty. I have science with Mrs Okafor, who tells us exactly what we're doing and doesn't make us work in groups. I eat lunch in the library office. Nobody asks me why I'm wearing headphones. I get home and I still have some energy left.\""),
        ("p", "\"A hard day: there's a cover teacher and nobody told me. The room has changed. Someone sprays deodorant in the changing rooms. A teacher tells me off in front of everyone for not answering and I freeze. I spend the rest of the day counting down the minutes. When I get home I go straight to my room and I can't talk until the evening. The next morning I can't get out of bed.\""),
        ("h", "What is working and what is not working"),
        ("ul", ["Working: starting the day in the student support room; emails from the SENCO about changes; online science work; drawing in quiet moments; her CAMHS sessions.",
                "Not working: the canteen; corridors at lesson changeover; being asked to explain herself in front of others; group work with people she does not know; the school's attendance letters, which make her feel worse."]),
    ],
    A=[
        ("h", "In my own words"),
        ("p", "{name} chose to write her views at home and email them to the SENCO."),
        ("p", "\"School is loud and everything happens at once. The bell, the corridors, people shouting, the smell of the canteen. By the end of the first lesson I'm already exhausted from pretending to be normal. Then I get home and I can't speak to anyone for hours. My mum thinks I'm fine at school because teachers say I'm quiet and polite. I'm quiet because I'm trying not to fall apart.\""),
        ("p", "\"I love marine biology, especially sharks and octopuses. I draw a lot, mostly animals and people in a manga style. I have a cat called Mochi who sleeps on my bed. I like music but only through my headphones, on my own.\""),
        ("p", "\"What helps: knowing what is going to happen, being able to leave a room without having to explain, teachers who say exactly what they mean, a quiet place to eat, and not being made to do group work with people I don't know.\""),
        ("p", "\"I want to go back to school properly, but not if it's the same as before. I want to do my GCSEs and then A levels in biology and chemistry, and one day work at an aquarium or on a research ship.\""),
        ("h", "What others like and admire about {name}"),
        ("ul", ["She is thoughtful, honest and has a dry sense of humour.",
                "Her knowledge of marine life is remarkable and her drawings are exceptional.",
                "She is very kind to animals and to her younger cousins.",
                "She has been brave in talking about her difficulties so that adults can help."]),
        ("h", "Background"),
        ("p", "{name} lives with her mother, Karin Lindqvist, and her mother's partner, Jess. Her older brother is at university. {name} did well at primary school, where she was described as quiet and conscientious. Her difficulties became more obvious after she moved to Millbeck High School in Year 7. By the spring of Year 8 she was regularly unable to get into school, and her attendance for Year 8 was 41 per cent."),
        ("p", "{name} was diagnosed with autism by the Saltmarsh Neurodevelopmental Service in June 2024, when she was thirteen. She is under the care of Saltmarsh CAMHS for anxiety and low mood. Since September 2025 she has been attending school on a reduced timetable, mostly in the student support room. Her mother requested an EHC needs assessment in May 2025."),
        ("h", "My mother's views"),
        ("p", "Karin Lindqvist says: \"For years we were told that Sophie was fine at school and that the problem must be at home. Now we know she was masking all day. When she stopped being able to go in, it wasn't because she didn't want to learn. She loves learning. She was completely overwhelmed.\""),
        ("p", "\"I want a plan that starts from what Sophie can manage and builds up carefully, with her agreement. I want the people who work with her to understand autism in girls. I don't want her to fall behind in science, because that's what she loves. And I want to know what to do if things go wrong, rather than waiting weeks for a meeting.\""),
        ("h", "How to communicate with me"),
        ("ul", ["Say exactly what you mean. If you say \"in a minute\", I will expect it in a minute.",
                "Email me or write things down rather than stopping me in a corridor.",
                "Don't ask me to explain why I need to leave a room. I'll tell you later.",
                "Don't touch me without asking.",
                "Give me notice of changes, in writing, as early as you can."]),
        ("h", "Aspirations"),
        ("p", "{name} wants to study marine biology at university and work in ocean research or conservation. In the shorter term she wants to attend school full time by the start of Year 10 and take at least seven GCSEs."),
        ("h", "The school's view"),
        ("p", "Ms Forde, SENCO at Millbeck High School, says that {name} \"is a delightful, thoughtful student whose difficulties we did not see for a long time, because she hid them so well\". Since September the school has offered a reduced timetable based in the student support room, and {name} has attended most mornings. Teachers have sent work home and the science department has set up an online classroom for her. Ms Forde believes that a full return to lessons will take at least two terms and must be led by what {name} can manage, with the school, family and CAMHS working closely together."),
        ("p", "The school recognises that its attendance procedures, including automatic letters, have added to the family's stress, and has agreed to stop them while the return-to-school plan is in place."),
        ("h", "Progress since September"),
        ("p", "Since the start of Year 9, {name} has attended the student support room on most mornings and has joined two science lessons a week in class, with the support room as her base. She has kept up with her science work online and has produced some outstanding work in biology, including a detailed project on octopus behaviour. Her maths has fallen further behind, because the online work relies on examples she has not been taught. Her CAMHS practitioner reports that she is beginning to use the techniques she has learned to manage panic on school mornings, although there are still days when she cannot get out of the car."),
        ("p", "{name} and her mother both say that the most helpful change this year has been the SENCO emailing {name} the evening before any change to her day. The least helpful has been the automatic attendance letters, which {name} says make her feel that she is in trouble for being ill."),
    ],
    B={
        "ci": {"strengths": "{name} has a rich vocabulary, writes fluently and is an articulate communicator in writing and with trusted adults.",
               "needs": [
                   "Social communication: {name} finds the unwritten rules of conversation with peers confusing and exhausting. She interprets language literally, finds it hard to judge when to join a conversation and is unsure how to respond to teasing or jokes.",
                   "Group work: {name} finds unstructured group tasks extremely difficult, particularly with students she does not know, and will shut down or leave the room.",
                   "Asking for help: {name} does not ask for help in lessons, even when she is stuck, because she fears drawing attention to herself.",
               ]},
        "cl": {"strengths": "{name} is a very able student, especially in science and English. Her teachers predict grades of 7 to 9 in science if she can attend.",
               "needs": [
                   "Gaps in learning: because of her low attendance in Year 8 and Year 9, {name} has missed significant parts of the maths and science curriculum, including algebra, forces and chemical reactions.",
                   "Executive functioning: {name} finds it hard to plan extended tasks, start work without a clear first step and manage several homework deadlines at once.",
                   "Processing in busy environments: when the classroom is noisy {name}'s ability to take in information drops sharply, and she may miss instructions altogether.",
               ]},
        "semh": {"strengths": "{name} is reflective and has a good understanding of her own anxiety. She has a trusting relationship with the SENCO and with her CAMHS practitioner.",
                 "needs": [
                     "Anxiety and school attendance: {name} experiences high levels of anxiety about school, including panic attacks on school mornings. Her anxiety is linked to the sensory environment, social demands and uncertainty about what will happen.",
                     "Masking and exhaustion: {name} suppresses her distress at school and experiences shutdowns at home, when she cannot speak or leave her room for several hours.",
                     "Low mood: {name} has had periods of low mood and has withdrawn from friends. She is receiving treatment from CAMHS.",
                 ]},
        "sp": {"strengths": "{name} is aware of what helps her to regulate, such as headphones and drawing.",
               "needs": [
                   "Sensory sensitivities: {name} is hypersensitive to noise, strong smells, bright lighting and certain fabrics. The canteen, corridors at lesson changeover and science practicals with strong smells are very hard for her. Tights and stiff blazers cause her physical discomfort.",
                   "Interoception: {name} often does not notice that she is hungry, thirsty or needs the toilet until the feeling is very strong.",
               ]},
    },
    C=[("p", "{name} has a diagnosis of autism (Saltmarsh Neurodevelopmental Service, June 2024). She is receiving treatment from Saltmarsh CAMHS for anxiety and low mood, including cognitive behavioural therapy adapted for autistic young people. She has difficulty getting to sleep and her GP has given advice on sleep hygiene."),
       ("p", "{name} has no physical health conditions and does not take regular medication.")],
    D=[("p", "No social care needs were identified during the assessment. The family was supported by Saltmarsh Early Help in 2024 and the case was closed with the family's agreement.")],
    E=dict(
        intro="{name} is in Year 9, so her outcomes include preparation for adulthood. Outcomes are for the end of Year 10 (July 2027) unless stated.",
        outcomes=[
            ("semh", "By July 2026, {name} will attend school for at least 60 per cent of sessions in the summer term, including at least two full days a week in mainstream lessons.",
             ["By Easter 2026, attend five mornings a week, with two lessons a week in class."]),
            ("semh", "By July 2027, {name}'s attendance will be at least 90 per cent, with all lessons in class except those agreed in her timetable.", []),
            ("semh", Marked("{name} will feel more confident.", [("non_smart_outcome", "will feel more confident.")]), []),
            ("ci", "By July 2026, {name} will use her exit card or a written help card to ask for help in at least one lesson a day, without needing an adult to check in first.", []),
            ("cl", "By July 2027, {name} will have caught up the maths and science units she missed, scoring at least 60 per cent on the end-of-unit assessments.", []),
            ("cl", "By July 2026, {name} will use a weekly planner to record and meet all homework deadlines for four consecutive weeks.", []),
            ("sp", "By July 2026, {name} will identify her own sensory triggers and use her agreed adjustments without prompting from staff.", []),
            ("pfa", "Preparing for adulthood: by July 2027, {name} will travel to and from school by bus independently on at least three days a week.", []),
            ("pfa", "Preparing for adulthood: by July 2027, {name} will have completed a work experience day at the Saltmarsh Sea Life Trust and agreed her post-16 subject choices.", []),
        ]),
    G=[("p", "Agreed by the Saltmarsh Integrated Care Board:"),
       ("ul", ["Cognitive behavioural therapy adapted for autism from a clinical psychologist in Saltmarsh CAMHS: twelve weekly 50-minute sessions from March 2026, with a review at session six.",
               "A CAMHS psychiatry review of {name}'s low mood every three months while she is under the service.",
               "Sleep advice from the CAMHS nurse, with a sleep diary reviewed at the first CAMHS appointment."])],
    H1=[("p", "No provision.")],
    H2=[("p", "No provision.")],
    I=[("p", "Millbeck High School. Type: mainstream secondary school (11 to 16).")],
    J=[("p", "{name}'s mother has requested a personal budget for the online tuition in Section F. Saltmarsh Borough Council has agreed to arrange the tuition directly through its Medical Needs Teaching Service instead, as set out in Section F; no personal budget is in place.")],
    K=[("p", "Advice and information gathered:"),
       ("ul", ["Views of {name} and her mother, Karin Lindqvist, received 2 June 2025.",
               "Educational advice: Ms Danielle Forde, SENCO, Millbeck High School, received 18 June 2025.",
               "Educational psychology advice: Dr Isabel Wrenfield, Saltmarsh Educational Psychology Service, received 7 July 2025.",
               "Advice from the Autism Outreach Team: Mr Kieran Yeo, Specialist Teacher, received 30 June 2025.",
               "Health advice: Dr Oluwaseun Bakare, CAMHS Consultant Psychiatrist, received 24 June 2025, and Dr Mary Ellison, Community Paediatrician, received 20 June 2025.",
               "Social care advice: Saltmarsh Children's Services, received 16 June 2025."])],
))

PLANS.append(dict(
    id="plan08", file="plan08_ethan_mbeki_shaw.txt", fmt="txt", layout="classic", status="final",
    name="Ethan", surname="Mbeki-Shaw", sex="m", dob="5 January 2020", plan_date="10 November 2025",
    council="Kelderby Council", school="Pellowmere Infant School", phase="ey pri", year="Year 1",
    tags="slcn fine-motor literacy anxiety memory all", headings="txt_upper", front_matter=False,
    txt_f="blocks", n_clean=24, merged=[["H1", "H2"]],
    faults=["fo_talk", "fp_scribe", "fr_reading", "fg_targets", "fu_slt_six", "fd_lunch", "ft_play",
            "fw_gate", "fk_phonics", "fq_assessment", "fe_sensory_tools", "ff_hours"],
    negatives=["n_brief_frequent", "n_group_defined", "n_regular_teacher"],
    extra=[
        Item("x_ethan_shona", "ci", "Home language", "New topic vocabulary sent home each fortnight with pictures so that {his} parents can teach the words in Shona as well as English",
             "every fortnight", "the class teacher"),
        Item("x_ethan_scissors", "sp", "Classroom equipment", "Spring-loaded scissors, a triangular pencil grip and a sloping writing board, kept at {his} table",
             "every lesson", "the class teaching assistant, who checks the equipment each Monday"),
    ],
    B_summary="Summary: Ethan's developmental language disorder affects his understanding and use of spoken language, and this in turn affects his early reading, his play with other children and how he feels about himself. He also has difficulties with fine motor skills and coordination, which are being assessed.",
    A_extra=[
        ("h", "What is working and what is not working"),
        ("ul", ["Working: visual timetables and picture prompts; time with Mrs Dunmore; building and construction activities; the nurture breakfast club on Tuesdays.",
                "Not working: long carpet sessions; being asked to answer in front of the whole class; role play games at playtime; writing tasks, which make his hand hurt."]),
        ("h", "What matters to Ethan's family"),
        ("p", "Ethan's parents want him to keep both his languages, to be understood by his teachers and friends, and to enjoy school again. They would like regular updates from school about what he has been working on, so that they can practise the same words and sounds at home, and they would like to meet the speech and language therapist in person."),
    ],
    A=[
        ("h", "What Ethan told us"),
        ("p", "Ethan shared his views with his teaching assistant, Mrs Dunmore, using a feelings fan and photographs of different parts of the school day."),
        ("ul", ["\"I like Lego. I make cars and rockets.\"",
                "\"I like football with Daddy.\"",
                "\"Playtime is good. Sometimes nobody wants to play with me.\"",
                "\"Writing is hard. My hand hurts.\"",
                "\"I don't like when the teacher talks and talks.\"",
                "\"Mrs Dunmore helps me.\""]),
        ("p", "When shown a photograph of the carpet during phonics, Ethan chose the sad face. When shown the construction area, he chose the happy face and said \"my best\"."),
        ("h", "What we like and admire about Ethan"),
        ("ul", ["Ethan is gentle, affectionate and patient with younger children.",
                "He builds complex models from construction kits and can follow picture instructions for sets meant for much older children.",
                "He loves to help tidy up and takes pride in being given jobs.",
                "He has a lovely smile and a contagious laugh."]),
        ("h", "Ethan's story"),
        ("p", "Ethan lives with his mum, Aisha Mbeki, his dad, David Shaw, and his baby sister, Nia. The family speaks English and Shona at home. Ethan's parents noticed that he was slower to talk than his cousins, and the health visitor referred him to speech and language therapy when he was two and a half. He attended Pellowmere Pre-School, where he received support from the Early Years Inclusion Team."),
        ("p", "Ethan was diagnosed with developmental language disorder by the Kelderby Children's Speech and Language Therapy Service in March 2025, after a period of assessment and therapy. He has also been referred for assessment of his motor coordination. He started in Reception at Pellowmere Infant School in September 2024 and is now in Year 1. The EHC needs assessment was requested by the school in April 2025."),
        ("h", "Views of Ethan's parents"),
        ("p", "Aisha and David say: \"Ethan is a happy boy at home, but we can see he is getting frustrated at school. He knows what he wants to say but the words get muddled. He has started to say he is stupid, which breaks our hearts. We want him to have speech and language therapy in school every week, from a therapist, and we want the teachers to understand how to talk to him.\""),
        ("p", "\"We have been told by some people to stop using Shona at home. The speech therapist told us this is not right and that he should keep both languages. We want the school to respect that.\""),
        ("h", "How to communicate with Ethan"),
        ("ul", ["Use short, simple sentences and pause between them.",
                "Show him what you mean with pictures, objects or gestures.",
                "Give him time to answer. Do not finish his sentences for him.",
                "If you don't understand him, ask him to show you."]),
        ("h", "Aspirations"),
        ("p", "Ethan says he wants to be a \"rocket man\". His parents hope that he will learn to read and write, that he will be able to talk to his friends with confidence, and that he will grow up believing in himself."),
    ],
    B={
        "ci": {"strengths": "Ethan is a sociable boy who wants to communicate and uses gesture, facial expression and drawing to make himself understood.",
               "needs": [
                   Marked("Ethan has a diagnosis of developmental language disorder.", [("vague_need", "Ethan has a diagnosis of developmental language disorder.")]),
                   "Understanding: Ethan's understanding of spoken language is at the 3rd centile. He can follow short instructions linked to the routine but loses track of longer explanations, stories read aloud and instructions given to the whole class.",
                   "Expressive language: Ethan speaks in short sentences of three to four words, often missing out small grammatical words and word endings (\"him go park yesterday\"). He has difficulty finding the words he needs and often points or says \"that one\".",
                   "Speech sounds: Ethan has some speech sound errors (for example, saying \"tat\" for \"cat\"), which make him harder to understand for unfamiliar listeners.",
               ]},
        "cl": {"strengths": "Ethan has strong visual and spatial skills, good number sense and a good memory for pictures and routines.",
               "needs": [
                   "Phonics and early reading: Ethan finds it difficult to hear and blend sounds in words. He is secure with about half of the Phase 2 sounds and cannot yet blend three-sound words reliably.",
                   "Vocabulary for learning: Ethan does not know many of the words used in class for topics, instructions and concepts (for example, \"under\", \"between\", \"first\").",
                   "Working memory: Ethan's auditory memory is weak. He can repeat back two words but not a short sentence.",
                   "Number: Ethan can count objects to 20 and recognise numbers to 20, but he finds the language of maths difficult (\"more than\", \"fewer\", \"how many altogether\") and cannot yet explain how he solved a problem.",
                   "Learning in whole-class sessions: Ethan copes with short, practical and visual teaching but switches off during long explanations on the carpet. He often watches the other children to work out what to do.",
               ]},
        "semh": {"strengths": "Ethan is kind and forms warm relationships with adults.",
                 "needs": [
                     Marked("Ethan finds school hard.", [("vague_need", "Ethan finds school hard.")]),
                     "Frustration: when he is not understood, Ethan can become upset and sometimes pushes other children. He has started to call himself stupid.",
                     "Play: Ethan finds it hard to join in with role play games, which depend on language, and is often left out.",
                 ]},
        "sp": {"strengths": "Ethan enjoys running and climbing.",
               "needs": [
                   "Fine motor skills: Ethan holds his pencil in a fisted grip and finds it hard to form letters, use scissors and manage buttons. He tires quickly when writing.",
                   "Coordination: Ethan is clumsy compared with his peers, often bumping into furniture and dropping things. He has been referred for an assessment of developmental coordination disorder.",
               ]},
    },
    C=[("p", "Ethan's developmental language disorder was diagnosed by the Kelderby Children's Speech and Language Therapy Service. He has been referred to the community paediatrician for an assessment of his motor coordination. His hearing was tested in June 2025 and is within normal limits. He has no other medical conditions.")],
    D=[("p", "Ethan's family has no current involvement with children's social care. His parents have asked for information about activities for young children with communication difficulties in the holidays.")],
    E=dict(
        intro="Outcomes for the end of Year 2 (July 2027), with shorter-term steps.",
        outcomes=[
            ("ci", "By July 2027, Ethan will use sentences of six or more words, including the past tense, to tell an adult about something he did at the weekend.",
             ["By July 2026, use sentences of four to five words including \"is\" and \"and\"."]),
            ("ci", "By July 2026, Ethan will follow two-step classroom instructions, supported by a visual prompt, on four out of five occasions.", []),
            ("ci", "By July 2026, Ethan will produce the \"k\" and \"g\" sounds correctly at the start of words in structured activities.", []),
            ("cl", "By July 2026, Ethan will know all the Phase 2 and Phase 3 sounds and blend three-sound words to read them.", []),
            ("cl", "By July 2027, Ethan will read and understand a short book at his phonics level.", []),
            ("semh", "By July 2026, Ethan will use his picture card to tell an adult when he is frustrated, instead of pushing, on most occasions observed.", []),
            ("sp", "By July 2026, Ethan will write his name and copy a short sentence using a tripod grip and correct letter formation.", []),
        ]),
    G=[("ul", ["Assessment of Ethan's motor coordination by the community paediatrician, Dr Oliver Strand, by March 2026.",
               Marked("Occupational therapy: the NHS occupational therapist will provide a programme to develop Ethan's handwriting, scissor skills and dressing, and will train school staff to carry it out.",
                      [("wrong_section", "programme to develop Ethan's handwriting")]),
               "Review by the Kelderby Children's Speech and Language Therapy Service at least once a year, with the report shared with school."])],
    H1=[("p", "Information about the Kelderby holiday activity scheme for children with additional needs has been shared with Ethan's parents. No social care provision is required at present.")],
    H2=[],
    I=[("p", "Pellowmere Infant School, a mainstream infant school maintained by Kelderby Council.")],
    J=[("p", "Ethan's parents have not asked for a personal budget.")],
    K=[("ul", ["Parental advice: Aisha Mbeki and David Shaw, 28 April 2025.",
               "Educational advice: Mrs Naomi Grieve, SENCO, Pellowmere Infant School, 9 May 2025.",
               "Psychological advice: Dr Lucy Harrowell, Educational Psychologist, Kelderby Educational Psychology Service, 23 May 2025.",
               "Speech and language therapy advice: Mr Jonah Evett, Speech and Language Therapist, 16 May 2025.",
               "Occupational therapy advice: Ms Rosa Fennimore, Occupational Therapist, 20 May 2025.",
               "Medical advice: Dr Oliver Strand, Community Paediatrician, 12 May 2025.",
               "Social care advice: Kelderby Children's Services, 6 May 2025."])],
))

PLANS.append(dict(
    id="plan09", file="plan09_amira_haddad.txt", fmt="txt", layout="classic", status="final",
    name="Amira", surname="Haddad", sex="f", dob="22 August 2008", plan_date="26 January 2026",
    council="Harbrook Council", school="Greyfield College", phase="fe", year="Year 13 (second year of college)",
    tags="cognition vision anxiety pfa literacy all", headings="txt_dash", front_matter=True,
    txt_f="bullets", n_clean=22, young_person=True,
    faults=["fa_vi_resources", "fo_independence", "fn_consistent_adult", "fd_vi_advice", "ff_level2", "fs_pastoral",
            "fm_life_skills", "fw_planner", "fx_college", "fg_reading", "fu_college_hours", "fq_tutorial"],
    negatives=["n_exam_access", "n_up_to_date"],
    extra=[
        Item("x_amira_kitchen", "gen", "Vocational skills", "Practical catering sessions in the college training kitchen, with knife skills and hot-surface safety taught using tactile markers and high-contrast chopping boards",
             "three 2-hour practical sessions a week as part of {his} study programme", "the catering tutor, with a learning support assistant trained in vision impairment in every practical session"),
        Item("x_amira_ls", "gen", "Learning support", "In-class learning support in English, maths and theory lessons to read materials aloud when they are not in large print, check understanding of instructions and help {name} keep her notes in order",
             "9 hours a week (the English, maths and theory lessons on {his} timetable)", "a learning support assistant who has completed the college's vision impairment training"),
        Item("x_amira_tutor", "semh", "Anxiety", "A weekly meeting with {his} personal tutor to go through the week ahead, any changes to rooms or staff, and anything that is worrying {him}",
             "one 20-minute meeting every Monday morning", "{his} named personal tutor"),
        Item("x_amira_cv", "gen", "Employment", "Sessions on writing a CV, completing application forms and practising interviews for part-time catering jobs, using {his} screen magnifier",
             "six 60-minute sessions in the summer term", "a careers adviser from the college careers team"),
    ],
    B_summary="Summary: Amira has moderate learning difficulties and a significant vision impairment. She learns best through practical, repeated experience and needs information in accessible formats. Her needs affect her literacy, numeracy, independence and confidence in unfamiliar situations, and these are the skills she needs most for work and adult life.",
    A_extra=[
        ("h", "A day at college"),
        ("p", "\"My cousin drops me at the college gate at quarter to nine. I go to the learning support room first to get my large-print timetable for the day. On Mondays and Wednesdays I'm in the training kitchen all morning. I like it best when we make bread. My tutor puts coloured tape on the knife handles and the edge of the worktops so I can see them. In the afternoon I have English or maths, which is harder. I use my tablet to make the worksheet bigger, but sometimes the teacher gives out paper and I have to ask for a big copy and everyone looks. I finish at three. On Fridays I have my work placement at a cafe in the town centre.\""),
        ("h", "What is working and what is not working"),
        ("ul", ["Working: my large-print timetable; coloured tape in the kitchen; my tutor explaining things twice; my work placement; my friends on the course.",
                "Not working: paper handouts that are too small; being in a new room without warning; crowded corridors between lessons; not being able to get to college on my own yet."]),
    ],
    A=[
        ("h", "My views, in my own words"),
        ("p", "\"My name is Amira. I am 17 and I am in my second year at Greyfield College doing Hospitality and Catering at Entry Level 3. I want to work in a cafe or a hotel kitchen and one day have my own bakery. I make the best baklava in my family, my aunt says so.\""),
        ("p", "\"I have nystagmus, which means my eyes move all the time and I can't see things far away or small writing. I use a magnifier and my tablet to make things bigger. In the kitchen I have to be careful with knives and the hob. I'm learning to do it safely.\""),
        ("p", "\"I get nervous when things change, like if we have a new teacher or a different room and nobody told me. I don't like when people talk fast and I don't understand. I want people to explain things slowly and check I understood, but not in front of everyone.\""),
        ("p", "\"I want to get the bus to college by myself. Right now my mum or my cousin takes me. I want to learn to cook proper meals for my family and to manage my money. I want a job on Saturdays.\""),
        ("h", "What people like and admire about me"),
        ("ul", ["My tutors say I am hard-working, reliable and always on time to practical sessions.",
                "My friends say I am funny and I listen to them.",
                "My mum says I am very helpful with my little brothers.",
                "I am good at baking and decorating cakes."]),
        ("h", "My history"),
        ("p", "Amira lives with her mother, Samira Haddad, and her two younger brothers. Her father lives overseas. Amira was born with congenital nystagmus and reduced visual acuity, and she has been supported by the Harbrook Sensory Support Service since she was a baby. She was identified as having moderate learning difficulties in primary school and had a statement of special educational needs, which was converted to an EHC plan in 2015."),
        ("p", "Amira attended Harbrook Vale Primary School and Greyfield Park School, a mainstream secondary school, where she had support from a learning support assistant and a Qualified Teacher of Vision Impairment. She left school in 2024 with Entry Level qualifications in English and maths and a GCSE in art. She started at Greyfield College in September 2024."),
        ("h", "My mother's views"),
        ("p", "Samira Haddad says: \"Amira has grown up so much at college. She loves the catering course and is proud of herself. I want her to be able to travel by herself and to get a job, but I worry about her safety because of her eyesight. I would like her to have proper travel training and help to find work, and I want to know that the college staff understand her vision and her learning.\""),
        ("h", "How to communicate with me"),
        ("ul", ["Tell me who you are when you speak to me. I might not recognise your face from far away.",
                "Give me written information in large print (N24 bold), or send it to my tablet.",
                "Explain one thing at a time and check that I have understood, privately.",
                "Tell me about changes in advance."]),
        ("h", "My aspirations"),
        ("p", "Amira wants to work in a cafe or hotel kitchen, live in her own flat with support when she is older, travel independently around Harbrook, and one day run her own bakery."),
        ("h", "The college's view"),
        ("p", "Ms Ocampo, Additional Learning Support Manager at Greyfield College, says that Amira \"is one of the most reliable students on the course, and her practical skills have grown enormously over the past year\". Her catering tutor reports that she follows kitchen routines carefully and is safe with equipment once she has been shown how to use it several times. The college has provided large-print materials and learning support in most lessons. Ms Ocampo says that Amira needs more help with the theory units of her course, with travel and with preparing for work, and that the college needs clearer advice from the vision impairment service about her kitchen and classroom."),
    ],
    B={
        "ci": {"strengths": "Amira is friendly, polite and confident with people she knows. She can explain her vision needs to new staff.",
               "needs": [
                   "Understanding complex language: Amira understands everyday conversation but has difficulty with long or abstract explanations, and with vocabulary used in theory lessons (for example, food safety legislation).",
               ]},
        "cl": {"strengths": "Amira has good practical skills and a strong memory for routines and recipes she has practised.",
               "needs": [
                   "General learning: Amira has moderate learning difficulties. The educational psychologist's assessment in 2023 placed her general cognitive ability in the extremely low range (below the 1st centile), with relative strengths in practical problem solving.",
                   "Literacy: Amira reads at around the level expected of an eleven-year-old. She can read familiar recipes and signs but finds longer texts, forms and written instructions difficult, especially when they are not in large print.",
                   "Numeracy and money: Amira can add and subtract money to £20 with a calculator but finds budgeting, weighing and measuring, and telling the time on an analogue clock difficult.",
                   "Learning new routines: Amira needs to practise a new task many times, in the same order and in the same place, before she can do it on her own. When she has learned a routine, such as opening up the training kitchen, she follows it reliably.",
                   "Theory work for her qualification: the written parts of her catering course, such as food hygiene and kitchen safety, are difficult for her because of the reading and vocabulary involved, even though she can show the practical skills.",
               ]},
        "semh": {"strengths": "Amira has a stable group of friends on her course and a good relationship with her personal tutor.",
                 "needs": [
                     "Anxiety about change: Amira becomes anxious when routines change without warning, when she is in unfamiliar places, or when she thinks she has made a mistake. Her anxiety shows as crying, becoming very quiet or asking to go home.",
                     "Vulnerability: Amira is trusting and finds it hard to judge when someone's request is unsafe, including online.",
                 ]},
        "sp": {"strengths": "Amira makes good use of her low-vision aids and is independent in moving around familiar areas of the college.",
               "needs": [
                   "Vision: Amira has congenital nystagmus with reduced visual acuity (6/36 in both eyes with glasses). She cannot read standard print or see the whiteboard from her seat. She has difficulty judging depth and steps, especially in poor light.",
                   "Mobility: Amira is unsure of unfamiliar routes and has never travelled independently on public transport.",
               ]},
    },
    C=[("p", "Amira has congenital nystagmus and reduced visual acuity. She is under the care of the Harbrook Eye Clinic, where she is reviewed every twelve months, and she was registered as sight impaired in 2019. She wears glasses and uses low-vision aids (a hand-held magnifier and a tablet) supplied by the Low Vision Clinic."),
       ("p", "Amira has no other medical conditions.")],
    D=[("p", "Amira was assessed by the Harbrook Transitions Team in November 2025 because she will turn 18 in August 2026. The assessment found that she needs support to learn to travel independently, to manage money and to stay safe in the community and online. She is likely to be eligible for support under the Care Act 2014 when she turns 18.")],
    E=dict(
        intro="Outcomes to be achieved by the end of Amira's study programme (July 2027), unless another date is given. Outcomes are grouped under the preparing for adulthood areas.",
        outcomes=[
            ("pfa", "Employment: by July 2026, Amira will complete a 10-week work placement in a cafe kitchen, arriving on time and following the kitchen's safety rules, as recorded by her job coach.", []),
            ("pfa", "Employment: by July 2027, Amira will achieve a Level 1 qualification in Hospitality and Catering.", []),
            ("pfa", "Independent living: by July 2027, Amira will plan, buy the ingredients for and cook a two-course meal for four people within a budget of £15.", []),
            ("pfa", "Independent living: by July 2026, Amira will travel from home to college by bus on her own, five days a week, for four consecutive weeks.", []),
            ("pfa", Marked("Amira will become more independent.", [("non_smart_outcome", "will become more independent.")]), []),
            ("pfa", "Community inclusion: by July 2027, Amira will attend a community activity of her choice (she has chosen the Harbrook Baking Club) once a week, travelling there with a friend.", []),
            ("pfa", "Health: by July 2027, Amira will book her own eye clinic appointment and explain her vision to a new professional.", []),
        ]),
    G=[("ul", ["Annual review by the Harbrook Eye Clinic, with updated low-vision aids from the Low Vision Clinic when needed.",
               "Transition to adult eye services to be arranged by the Eye Clinic before Amira's 19th birthday."])],
    H1=[("p", "Amira will receive a community support worker for three hours every Saturday to practise travelling on public transport and using local shops and leisure facilities, provided by the Harbrook Transitions Team. This will continue until she turns 18, when her needs will be reassessed under the Care Act 2014.")],
    H2=[("p", "Preparation for adult social care: a Care Act assessment, to be completed by the Harbrook Transitions Team before Amira's 18th birthday, with any eligible support to start on her birthday.")],
    I=[("p", "Greyfield College, a general further education college.")],
    J=[("p", "Amira and her mother have asked for the Saturday support in Section H1 to be paid as a direct payment so that they can employ Amira's cousin, Lina, who is 24 and does not live with the family. Harbrook Council has agreed a direct payment of £2,184 a year. No personal budget has been requested for the provision in Section F.")],
    K=[("ul", ["Views of Amira and her mother, Samira Haddad, received 10 October 2025.",
               "Educational advice: Ms Jennifer Ocampo, Additional Learning Support Manager, Greyfield College, received 24 October 2025.",
               "Advice from the Qualified Teacher of Vision Impairment: Mr Rhys Callender, Harbrook Sensory Support Service, received 31 October 2025.",
               "Educational psychology advice: Dr Tamsin Holloway (report dated 2023, with an addendum received 5 November 2025).",
               "Habilitation advice: Ms Priya Natt, Habilitation Specialist, received 3 November 2025.",
               "Medical advice: Dr Gareth Sewell, Consultant Ophthalmologist, Harbrook Eye Clinic, received 20 October 2025.",
               "Social care advice: Harbrook Transitions Team, received 27 November 2025."])],
))

# --------------------------------------------------------------------------------------
# Section headings: councils word and number them differently.
# --------------------------------------------------------------------------------------


def headings(P):
    n, his = P["name"], ("her" if P["sex"] == "f" else "his")
    fam = "her family" if P["sex"] == "f" else "his family"
    style = P["headings"]
    if style == "colon":
        return dict(A=f"Section A: Views, interests and aspirations of {n} and {fam}", B="Section B: Special educational needs",
                    C=f"Section C: Health needs related to {n}'s special educational needs", D="Section D: Social care needs",
                    E="Section E: Outcomes", F="Section F: Special Educational Provision", G="Section G: Health provision",
                    H1="Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                    H2="Section H2: Other social care provision", I="Section I: Placement",
                    J="Section J: Personal budget (including arrangements for direct payments)", K="Section K: Advice and information")
    if style == "dot":
        return dict(A="A. Views, interests and aspirations", B="B. Special educational needs", C="C. Health needs",
                    D="D. Social care needs", E="E. Outcomes", F="F. Provision", G="G. Health provision",
                    H1="H1. Social care provision (Chronically Sick and Disabled Persons Act 1970, s2)",
                    H2="H2. Other social care provision", I="I. Placement", J="J. Personal budget", K="K. Advice and information")
    if style == "part":
        return dict(A=f"Part A – The views, interests and aspirations of {n} and {his} parents", B="Part B – Special educational needs",
                    C="Part C – Health needs", D="Part D – Social care needs", E="Part E – Outcomes sought",
                    F="Part F – Special educational provision", G="Part G – Health provision",
                    H1="Part H1 – Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                    H2="Part H2 – Other social care provision", I="Part I – Placement", J="Part J – Personal budget",
                    K="Part K – Advice and information")
    if style == "mixed":
        return dict(A="Section A – About me: views, interests and aspirations",
                    BEF="Special educational needs, outcomes and provision (Sections B, E and F)",
                    C=f"Section C – Health needs which relate to {n}'s special educational needs", D="Section D – Social care needs",
                    G="Section G – Health care provision",
                    H1="Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
                    H2="Section H2: Any other social care provision", I="Section I – Placement", J="Section J – Personal budget",
                    K="Section K – Advice and information gathered")
    if style == "plain":
        return dict(A=f"A  {n}'s views, interests and aspirations", BEF="B, E and F  Needs, outcomes and provision by area of need",
                    C="C  Health needs", D="D  Social care needs", G="G  Health provision",
                    H1="H1  Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)",
                    H2="H2  Other social care provision", I="I  Placement", J="J  Personal budget", K="K  Advice and information")
    if style == "upper":
        return dict(A="SECTION A – VIEWS, INTERESTS AND ASPIRATIONS", B="SECTION B – SPECIAL EDUCATIONAL NEEDS",
                    C="SECTION C – HEALTH NEEDS", D="SECTION D – SOCIAL CARE NEEDS", E="SECTION E – OUTCOMES",
                    F="SECTION F – SPECIAL EDUCATIONAL PROVISION", G="SECTION G – HEALTH PROVISION",
                    H1="SECTION H1 – SOCIAL CARE PROVISION UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970",
                    H2="SECTION H2 – OTHER SOCIAL CARE PROVISION", I="SECTION I – PLACEMENT", J="SECTION J – PERSONAL BUDGET",
                    K="SECTION K – ADVICE AND INFORMATION")
    if style == "paren":
        return dict(A="Section A (views, interests and aspirations)", B="Section B (special educational needs)",
                    C="Section C (health needs)", D="Section D (social care needs)", E="Section E (outcomes)",
                    F="Section F (special educational provision)", G="Section G (health provision)",
                    H1="Section H1 (social care provision under the Chronically Sick and Disabled Persons Act 1970, section 2)",
                    H2="Section H2 (other social care provision)", I="Section I (placement)", J="Section J (personal budget)",
                    K="Section K (advice and information)")
    if style == "txt_upper":
        return dict(A="SECTION A –  VIEWS, INTERESTS AND ASPIRATIONS", B="SECTION B –  SPECIAL EDUCATIONAL NEEDS",
                    C="SECTION C –  HEALTH NEEDS", D="SECTION D –  SOCIAL CARE NEEDS", E="SECTION E –  OUTCOMES",
                    F="SECTION F –  SPECIAL EDUCATIONAL PROVISION", G="SECTION G –  HEALTH PROVISION",
                    H1H2="Sections H1 and H2: Social care provision", I="SECTION I –  PLACEMENT",
                    J="SECTION J –  PERSONAL BUDGET", K="SECTION K –  ADVICE AND INFORMATION")
    if style == "txt_dash":
        return dict(A="A - Views, interests and aspirations of the young person", B="B - Special Educational Needs",
                    C="C - Health Needs", D="D - Social Care Needs", E="E - Outcomes", F="F - Special Educational Provision",
                    G="G - Health Provision", H1="H1 - Social Care Provision (Chronically Sick and Disabled Persons Act 1970)",
                    H2="H2 - Other Social Care Provision", I="I - Placement", J="J - Personal Budget",
                    K="K - Advice and Information")
    raise ValueError(style)


# --------------------------------------------------------------------------------------
# Text transforms per output (Word-style curly quotes; ASCII for PDF core fonts).
# --------------------------------------------------------------------------------------


def smart_quotes(s):
    s = re.sub(r"(?<=[\w.,!?)])'", "\u2019", s)
    s = s.replace("'", "\u2018")
    s = re.sub(r'(^|(?<=[\s(\[]))"', "\u201c", s)
    return s.replace('"', "\u201d")


ASCII_MAP = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
             "\u2026": "...", "\u2022": "-", "\u00d7": "x", "\u2264": "<=", "\u2265": ">="}


def to_latin1(s):
    s = "".join(ASCII_MAP.get(ch, ch) for ch in s)
    return s.encode("latin-1", "replace").decode("latin-1")


def plain(s):
    return s


QUOTE_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u00ad": ""})


def locate(container, phrase):
    """Return the exact substring of container that matches phrase (quote- and case-insensitive)."""
    if phrase in container:
        return phrase
    fc, fp = container.translate(QUOTE_FOLD).lower(), phrase.translate(QUOTE_FOLD).lower()
    # translation keeps lengths except for the soft hyphen, which never occurs in fault containers
    i = fc.find(fp)
    if i < 0:
        raise ValueError(f"phrase {phrase!r} not in {container!r}")
    return container[i:i + len(fp)]


# --------------------------------------------------------------------------------------
# Building a plan: choose Section F items and lay out blocks.
# --------------------------------------------------------------------------------------

USAGE: dict = {}


def pronouns(P):
    f = P["sex"] == "f"
    return dict(name=P["name"], he="she" if f else "he", He="She" if f else "He", him="her" if f else "him",
                his="her" if f else "his", His="Her" if f else "His", school=P["school"], council=P["council"])


FE_WORDS = [("the SENCO", "the Additional Learning Support Manager"), ("school's", "college's"),
            ("school day", "college day"), ("The school", "The college"), ("her parents", "her mother"),
            ("his parents", "his mother")]


def choose_items(P):
    ctx = pronouns(P)
    rng = random.Random("sendlens-" + P["id"])
    tags = set(P["tags"].split())
    phases = set(P["phase"].split())
    fault_needs = {f[3] for f in FAULTY if f[0] in P["faults"]}
    cands = [c for c in CLEAN if (set(c[2].split()) & tags) and (set(c[3].split()) & phases) and c[4] not in fault_needs]
    rng.shuffle(cands)
    cands.sort(key=lambda c: USAGE.get(c[0], 0))
    chosen = cands[: P["n_clean"]]
    items = []
    for key, area, _t, _ph, need, what, freq, who in chosen:
        USAGE[key] = USAGE.get(key, 0) + 1
        items.append(Item(key, area, need, fill(what, ctx), fill(freq, ctx), fill(who, ctx)))
    neg = {n[0]: n for n in NEGATIVES}
    for key in P["negatives"]:
        _k, area, _ph, need, what, freq, who = neg[key]
        items.append(Item(key, area, need, fill(what, ctx), fill(freq, ctx), fill(who, ctx), negative=True))
    for it in P.get("extra", []):
        items.append(Item(it.key, it.area, it.need, fill(it.what, ctx), fill(it.freq, ctx), fill(it.who, ctx)))
    faulty = {f[0]: f for f in FAULTY}
    for key in P["faults"]:
        _k, code, area, need, what, freq, who, phrase, extra = faulty[key]
        if USAGE.get(key):
            raise ValueError(f"faulty wording {key} used twice")
        USAGE[key] = 1
        fl = [(code, fill(phrase, ctx))] + [(c, fill(p, ctx)) for c, p in extra]
        items.append(Item(key, area, need, fill(what, ctx), fill(freq, ctx), fill(who, ctx), faults=fl))
    if "fe" in phases:  # college wording
        for it in items:
            for f in ("what", "freq", "who"):
                v = getattr(it, f)
                if v:
                    for a, b in FE_WORDS:
                        v = v.replace(a, b)
                    setattr(it, f, v)
    for it in items:
        if not it.faults and not it.negative:
            text = " ".join(x for x in (it.what, it.freq, it.who) if x)
            m = LINT.search(text)
            if m:
                raise ValueError(f"{P['id']}: clean item {it.key} contains fault wording {m.group(0)!r}: {text}")
    rng.shuffle(items)
    return items


@dataclass
class Built:
    P: dict
    blocks: list
    faults: list  # dicts
    clean: list
    negatives: list


def build(P):
    ctx = pronouns(P)
    fmt = P["fmt"]
    if fmt == "docx" or (fmt == "pdf" and P.get("pdf_font") == "dejavu"):
        tx = smart_quotes
    elif fmt == "pdf":
        tx = to_latin1
    else:
        tx = plain
    H = {k: tx(v) for k, v in headings(P).items()}
    blocks, faults, clean, negatives = [], [], [], []

    def T(s):
        return tx(fill(s, ctx))

    def text_of(x, sec):
        """Fill and transform text; register faults carried by Marked text."""
        if isinstance(x, Marked):
            t = T(x.text)
            for code, ph in x.faults:
                faults.append(dict(code=code, section=sec, phrase=locate(t, T(ph)), item=t))
            return t
        return T(x)

    def add_section_blocks(sec, content):
        for b in content:
            if b[0] == "h":
                blocks.append(("h2", T(b[1])))
            elif b[0] == "p":
                blocks.append(("p", hy(text_of(b[1], sec), b[1], sec)))
            elif b[0] == "ul":
                blocks.append(("ul", [hy(text_of(x, sec), x, sec) for x in b[1]]))

    def hy(t, src, sec):
        """Soft hyphens in long words of Sections A to D (PDF line-end hyphenation)."""
        if P.get("soft_hyphens") and sec in ("A", "B", "C", "D") and not isinstance(src, Marked):
            return soft_hyphenate(t)
        return t

    name_full = f"{P['name']} {P['surname']}"
    # ---- front matter
    if P.get("front_matter"):
        blocks.append(("title", T(f"{P['council']}")))
        blocks.append(("title", T("Education, Health and Care Plan")))
        person = "Young person" if P.get("young_person") else "Child"
        setting = "Education setting" if P.get("young_person") else "School"
        blocks.append(("kv", [(T(k), T(v)) for k, v in [
            (f"{person}'s name", name_full), ("Date of birth", P["dob"]), ("Year group", P["year"]),
            (setting, P["school"]), ("Local authority", P["council"]), ("Date of plan", P["plan_date"]),
            ("Status", P["status"].upper())]]))
    else:
        blocks.append(("title", T(f"Education, Health and Care Plan – {name_full}")))
        blocks.append(("p", T(f"{P['council']}. Date of birth: {P['dob']}. {'Draft plan issued' if P['status'] == 'draft' else 'Final plan issued'}: {P['plan_date']}.")))
        if P["status"] == "draft":
            blocks.append(("p", T("DRAFT – this plan is issued for comment. You have 15 days to make representations and to name a preferred school.")))

    idx = int(P["id"][-1])
    about = 3 if P.get("young_person") else (2 if P["layout"] == "per_area" else idx % 2)
    blocks.append(("p", T(ABOUT[about])))
    # ---- Section A
    blocks.append(("h1", H["A"], "A"))
    add_section_blocks("A", P["A"] + P.get("A_extra", []))

    items = choose_items(P)
    by_area = {a: [it for it in items if it.area == a] for a in AREA_ORDER + ["gen"]}
    outcomes = P["E"]["outcomes"]

    def reg_item(it, container, row=None):
        rec_row = {"row": row} if row else {}
        if it.faults:
            for code, ph in it.faults:
                tph = tx(ph)
                cont = container
                if row and tph.translate(QUOTE_FOLD).lower() not in container.translate(QUOTE_FOLD).lower():
                    cont = next(c for c in row if tph.translate(QUOTE_FOLD).lower() in c.translate(QUOTE_FOLD).lower())
                faults.append(dict(code=code, section="F", phrase=locate(cont, tph), item=cont, **rec_row))
        else:
            (negatives if it.negative else clean).append(dict(item=container, negative=it.negative, **rec_row))

    def item_cells(it, first):
        return [tx(first), tx(it.what), tx(cap(it.freq or "")), tx(cap(it.who or ""))]

    area_title = dict(AREAS)
    area_title["gen"] = "Provision across the study programme" if "fe" in P["phase"] else "Provision across the school day"
    area_title["pfa"] = "Preparing for adulthood"

    if P["layout"] == "classic":
        # ---- Section B
        blocks.append(("h1", H["B"], "B"))
        if P.get("B_summary"):
            blocks.append(("p", T(P["B_summary"])))
        for a in AREA_ORDER:
            b = P["B"][a]
            blocks.append(("h2", tx(AREAS[a])))
            blocks.append(("p", hy(T("Strengths: " + b["strengths"]), "", "B")))
            for need in b["needs"]:
                blocks.append(("p", hy(text_of(need, "B"), need, "B")))
        for sec in ("C", "D"):
            blocks.append(("h1", H[sec], sec))
            add_section_blocks(sec, P[sec])
        # ---- Section E
        blocks.append(("h1", H["E"], "E"))
        if P["E"]["intro"]:
            blocks.append(("p", T(P["E"]["intro"])))
        blocks.append(("p", T(E_NOTES[idx % 2])))
        last = None
        for i, (area, text, steps) in enumerate(outcomes, 1):
            if area != last:
                blocks.append(("h2", tx(area_title[area])))
                last = area
            m = Marked(f"Outcome {i}: " + (text.text if isinstance(text, Marked) else text),
                       text.faults if isinstance(text, Marked) else [])
            blocks.append(("p", text_of(m, "E")))
            if steps:
                blocks.append(("ul", [T("Step: " + s) for s in steps]))
        # ---- Section F
        blocks.append(("h1", H["F"], "F"))
        blocks.append(("p", T(F_INTRO_FE if "fe" in P["phase"] else F_INTROS[idx % len(F_INTROS)])))
        mode = "table" if P["fmt"] == "docx" or P.get("pdf_f") == "table" else P.get("txt_f") or P.get("pdf_f")
        counter = 0
        for a in AREA_ORDER + ["gen"]:
            its = by_area[a]
            if not its:
                continue
            blocks.append(("h2", tx(area_title[a])))
            if mode == "table":
                rows = []
                for it in its:
                    first = it.need
                    if P["ftable"][0] == "Outcome":
                        nums = [i for i, o in enumerate(outcomes, 1) if o[0] == a]
                        if not nums:
                            first = "All outcomes"
                        elif len(nums) == 1:
                            first = f"Outcome {nums[0]}"
                        else:
                            first = f"Outcomes {nums[0]}–{nums[-1]}"
                    cells = item_cells(it, first)
                    rows.append(cells)
                    reg_item(it, cells[1], row=cells)
                blocks.append(("ftable", [tx(h) for h in P["ftable"]], rows))
            elif mode == "blocks":
                entries = []
                for it in its:
                    counter += 1
                    lines = [(f"F{counter}", "Need", tx(it.need)), ("", "Provision", tx(it.what))]
                    if it.freq:
                        lines.append(("", "How often", tx(cap(it.freq))))
                    if it.who:
                        lines.append(("", "Delivered by", tx(cap(it.who))))
                    entries.append(lines)
                    reg_item(it, tx(it.what), row=[ln[2] for ln in lines])
                blocks.append(("fblocks", entries))
            else:
                texts = []
                for it in its:
                    s = tx(prose(it))
                    texts.append(s)
                    reg_item(it, s)
                blocks.append(("ul", texts))
    else:  # per-area layout: B, E and F together for each area of need
        blocks.append(("h1", H["BEF"], "BEF"))
        blocks.append(("p", T("For each area of need, the table sets out {name}'s special educational needs (Section B), the outcomes sought (Section E) and the special educational provision required to meet each need (Section F). {council} must secure the provision in Section F.")))
        if P.get("B_summary"):
            blocks.append(("p", T(P["B_summary"])))
        for a in AREA_ORDER:
            b = P["B"][a]
            blocks.append(("h2", tx(AREAS[a])))
            blocks.append(("p", T("Strengths: " + b["strengths"])))
            bparas = [text_of(n, "B") for n in b["needs"]]
            eparas = [text_of(t, "E") for (area, t, _s) in outcomes if area == a]
            fparas = []
            for it in by_area[a]:
                s = tx(prose(it))
                fparas.append(s)
                reg_item(it, s)
            labels = [tx("Special educational needs (Section B)"), tx("Outcomes (Section E)"),
                      tx("Special educational provision (Section F)")]
            blocks.append(("areatable", P["area_table"], labels, [bparas, eparas, fparas]))
        if by_area["gen"]:
            blocks.append(("h2", tx("Provision across all areas of need (Section F)")))
            texts = []
            for it in by_area["gen"]:
                s = tx(prose(it))
                texts.append(s)
                reg_item(it, s)
            blocks.append(("ul", texts))
        for sec in ("C", "D"):
            blocks.append(("h1", H[sec], sec))
            add_section_blocks(sec, P[sec])
    # ---- G to K
    blocks.append(("h1", H["G"], "G"))
    add_section_blocks("G", P["G"])
    if "H1H2" in H:
        blocks.append(("h1", H["H1H2"], "H1H2"))
        add_section_blocks("H1", P["H1"])
        add_section_blocks("H2", P["H2"])
        faults.append(dict(code="missing_section", section="H1", phrase=H["H1H2"], item=H["H1H2"],
                           note="Sections H1 and H2 are merged under one heading (reg 12 requires each to be separately identified)."))
    else:
        for sec in ("H1", "H2"):
            blocks.append(("h1", H[sec], sec))
            add_section_blocks(sec, P[sec])
    for sec in ("I", "J", "K"):
        if sec in P.get("missing", []):
            continue
        blocks.append(("h1", H[sec], sec))
        if sec == "K":
            blocks.append(("p", T(K_NOTE)))
        add_section_blocks(sec, P[sec])
        if sec == "I" and not P.get("no_i_note"):
            blocks.append(("p", T(I_NOTES[P["status"]])))
        if sec == "J":
            blocks.append(("p", T(J_NOTE)))
    blocks.append(("h2", T("Sign-off")))
    blocks.append(("p", T(f"Signed on behalf of {{council}}: {OFFICERS[P['id']]}. Date: {P['plan_date']}.")))
    if P["status"] == "final":
        blocks.append(("p", T("The first review of this plan must take place within twelve months of the date above. {name}, {his} family and the professionals working with {him} will be invited to contribute.")))
    return Built(P, blocks, faults, clean, negatives)


ABOUT = [
    "This Education, Health and Care (EHC) plan has been written by {council} following an EHC needs assessment under section 36 of the Children and Families Act 2014. It describes {name}'s special educational needs, the outcomes that {name} and {his} family want to achieve, and the provision that will help {him} to achieve them. It was written with {name} and {his} family and with the professionals who know {him} best. Sections B, F and I can be appealed to the First-tier Tribunal (Special Educational Needs and Disability). The plan will be reviewed at least every twelve months.",
    "How to read this plan. The sections follow the structure set out in regulation 12 of the Special Educational Needs and Disability Regulations 2014. Words in quotation marks are {name}'s own words or the words of {his} family. Where a report is mentioned, it is listed in Section K and attached to the plan. If anything in this plan is unclear, please contact the EHC coordinator named at the end of the plan.",
    "This plan follows {council}'s person-centred plan template. Special educational needs, outcomes and provision are grouped by area of need, so that each need, the outcome it leads to and the provision that meets it can be read together. Health and social care needs and provision are set out in Sections C, D, G, H1 and H2.",
    "This plan is for a young person over the age of 16. Where this plan says \"I\", it is {name} speaking. {name} has the right to make decisions about {his} plan, and {he} has asked that {his} mother continues to be involved in reviews and in any changes to the plan.",
]

E_NOTES = [
    "Outcomes describe the difference the provision in Section F should make by the dates given. Progress towards each outcome is recorded at each annual review as not yet started, working towards, achieved or exceeded, and the short-term steps are reviewed with {name} and {his} family each term.",
    "Each outcome below is linked to the needs in Section B and to the provision in Section F. Outcomes that are achieved before the annual review will be replaced with new outcomes at the review.",
]

I_NOTES = dict(
    final="{council} consulted the setting named above before this plan was finalised. The governing body or proprietor must admit {name} (Children and Families Act 2014, section 43).",
    draft="Section I is left blank in a draft plan. {name}'s parents may ask for a particular school or college to be named, and {council} will consult that setting before the final plan is issued.",
)

J_NOTE = "A personal budget is an amount of money identified by the local authority to deliver part of the provision in an EHC plan, where the family or young person is involved in securing that provision. A personal budget can be requested during an assessment or at an annual review."

K_NOTE = "Copies of all the reports listed below are attached as appendices. Reports are not altered by the local authority. Where advice has been summarised in this plan, the report is the fuller source."

OFFICERS = {
    "plan01": "Rachel Tindall, EHC Plan Coordinator", "plan02": "Marcus Oyelaran, SEN Casework Officer",
    "plan03": "Hollie Braithwaite, EHC Coordinator", "plan04": "Dev Patel-Gorman, SEND Officer",
    "plan05": "Imogen Sayer, Early Years EHC Coordinator", "plan06": "Rachel Tindall, EHC Plan Coordinator",
    "plan07": "Kwame Ansah-Lindley, Senior SEN Caseworker", "plan08": "Elin Marwood, EHC Plan Writer",
    "plan09": "Stefan Cole, Post-16 SEND Officer",
}

F_INTRO_FE = "The provision below forms part of {name}'s study programme at {school}. It is delivered during college term time unless stated otherwise, and the Additional Learning Support Manager coordinates it and keeps a record of the sessions provided."

F_INTROS = [
    "This section sets out the special educational provision that {council} will secure for {name}. Each item relates to a need in Section B and an outcome in Section E. Provision is delivered during term time unless stated otherwise.",
    "The provision below is required to meet each of {name}'s special educational needs described in Section B. Unless stated otherwise, sessions take place in school during term time. The SENCO coordinates delivery and keeps a record of the sessions provided.",
    "{council} must secure the special educational provision in this section (Children and Families Act 2014, section 42). Therapy listed here is special educational provision because it educates or trains {name}.",
    "Special educational provision is set out below under the four areas of need, followed by provision that applies across the whole of {name}'s day.",
]

HYPH = {"communication": "commu-nication", "understanding": "under-standing", "conscientious": "conscien-tious",
        "Neurodevelopmental": "Neuro-developmental", "overwhelmed": "over-whelmed", "significant": "signifi-cant",
        "relationship": "relation-ship", "exceptional": "excep-tional", "remarkable": "remark-able",
        "difficulties": "diffi-culties", "particularly": "particu-larly", "conservation": "conser-vation",
        "independently": "indepen-dently", "behavioural": "behav-ioural", "appointment": "appoint-ment",
        "concentration": "concen-tration", "uncertainty": "uncer-tainty", "assessment": "assess-ment"}


SUFFIXES = ("tion", "sion", "ment", "ness", "ing", "ally", "able", "ible", "ence", "ance", "ship", "ful", "ous")


def soft_hyphenate(s):
    """Insert soft hyphens (U+00AD) so that fpdf2 may hyphenate long words at line ends."""
    for w, h in HYPH.items():
        s = re.sub(rf"\b{w}\b", h.replace("-", "\u00ad"), s)

    def split(m):
        w = m.group(0)
        for suf in SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 5:
                return w[: -len(suf)] + "\u00ad" + w[-len(suf):]
        return w

    return re.sub(r"\b[a-z]{10,}\b", split, s)


# --------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------


def status_word(P):
    return P["status"].upper()


def render_docx(built, path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    P = built.P
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.2)

    def field(par, instr):
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), instr)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        par._p.append(fld)

    hp = sec.header.paragraphs[0]
    fp = sec.footer.paragraphs[0]
    if P["layout"] == "classic":
        hp.text = "OFFICIAL – SENSITIVE"
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("Page ")
        field(fp, "PAGE")
        fp.add_run(" of ")
        field(fp, "NUMPAGES")
    else:
        hp.text = smart_quotes(f"{P['council']} | EHC plan for {P['name']} {P['surname']} | {status_word(P)}")
        fp.add_run("Page ")
        field(fp, "PAGE")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def table(rows, header=True, widths=None):
        t = d.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ri, r in enumerate(rows):
            cells = t.add_row().cells
            for ci, val in enumerate(r):
                paras = val if isinstance(val, list) else [val]
                cell = cells[ci]
                for pi, (txt, style) in enumerate(paras if isinstance(paras[0], tuple) else [(x, None) for x in paras]):
                    p = cell.paragraphs[0] if pi == 0 else cell.add_paragraph()
                    if style:
                        p.style = d.styles[style]
                    run = p.add_run(txt)
                    if header and ri == 0:
                        run.bold = True
            if widths:
                for ci, w in enumerate(widths):
                    cells[ci].width = Cm(w)
        return t

    for b in built.blocks:
        k = b[0]
        if k == "title":
            d.add_paragraph(b[1], style="Title")
        elif k == "kv":
            table([[kk, vv] for kk, vv in b[1]], header=False, widths=[5, 11.6])
            d.add_paragraph()
        elif k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif k == "ftable":
            table([b[1]] + b[2], widths=[3.2, 7.4, 3.0, 3.0])
            d.add_paragraph()
        elif k == "areatable":
            _k, mode, labels, (bp, ep, fpars) = b
            fcell = [(x, "List Bullet") for x in fpars] or [("No special educational provision is required in this area.", None)]
            bcell = [(x, None) for x in bp]
            ecell = [(x, None) for x in ep] or [("No outcome is set in this area.", None)]
            if mode == "columns":
                table([labels, [bcell, ecell, fcell]], widths=[5.5, 4.5, 6.6])
            else:
                t = table([[labels[0], bcell], [labels[1], ecell], [labels[2], fcell]], header=False, widths=[3.6, 13.0])
                for row in t.rows:
                    for run in row.cells[0].paragraphs[0].runs:
                        run.bold = True
            d.add_paragraph()
        else:
            raise ValueError(k)

    cp = d.core_properties
    cp.author = f"{P['council']} SEND Team"
    cp.last_modified_by = f"{P['council']} SEND Team"
    cp.title = f"EHC plan – {P['name']} {P['surname']} ({status_word(P)})"
    cp.comments = "Fictional sample generated by sendlens corpus_samples/make_samples.py"
    cp.created = cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(restamp_zip(buf.getvalue()))


def restamp_zip(data):
    """Rewrite a zip with fixed member timestamps so the bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_pdf(built, font):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    P = built.P
    tx = smart_quotes if font == "dejavu" else to_latin1
    head = tx(f"EHC Plan – Child: {P['name'][0]}.{P['surname'][0]}. – {status_word(P)}")

    class PlanPDF(FPDF):
        def header(self):
            self.set_font(FAM, "", 8.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, head, align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 0.5, self.w - self.r_margin, self.get_y() + 0.5)
            self.ln(5)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font(FAM, "", 8.5)
            self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = PlanPDF(format="A4", unit="mm")
    if font == "dejavu":
        pdf.add_font("DejaVu", "", str(DEJAVU))
        pdf.add_font("DejaVu", "B", str(DEJAVU_BOLD))
        FAM = "DejaVu"
    else:
        FAM = "Helvetica"
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(tx(f"EHC plan - {P['name']} {P['surname']}"))
    pdf.set_author(tx(f"{P['council']} SEND Team"))
    pdf.set_creator("sendlens corpus_samples/make_samples.py (fictional sample)")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    LH = 6.2
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def para(t, size=11, style=""):
        pdf.set_font(FAM, style, size)
        pdf.multi_cell(W, LH, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.2)

    bullet = "•" if font == "dejavu" else "-"
    for b in built.blocks:
        k = b[0]
        if k == "title":
            para(b[1], 15, "B")
        elif k == "kv":
            pdf.set_font(FAM, "", 11)
            with pdf.table(col_widths=(55, W - 55), first_row_as_headings=False, line_height=LH, text_align="LEFT") as t:
                for kk, vv in b[1]:
                    r = t.row()
                    r.cell(kk)
                    r.cell(vv)
            pdf.ln(4)
        elif k == "h1":
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(3)
            para(b[1], 13, "B")
        elif k == "h2":
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.ln(1)
            para(b[1], 11.5, "B")
        elif k == "p":
            para(b[1])
        elif k == "ul":
            pdf.set_font(FAM, "", 11)
            for x in b[1]:
                # keep each bullet on one page, so no item is split by a running header or footer
                lines = pdf.multi_cell(W - 6, LH, x, dry_run=True, output="LINES")
                if pdf.get_y() + len(lines) * LH > pdf.page_break_trigger:
                    pdf.add_page()
                pdf.cell(6, LH, bullet)
                pdf.multi_cell(W - 6, LH, x, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            pdf.ln(1)
        elif k == "ftable":
            pdf.set_font(FAM, "", 9.5)
            with pdf.table(col_widths=(32, 66, 34, 34), line_height=5.0, padding=1.5, text_align="LEFT",
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)), repeat_headings=1) as t:
                for row in [b[1]] + b[2]:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(4)
        elif k == "areatable":
            _k, _mode, labels, cols = b
            # only used for page estimates of per-area DOCX plans: one row per paragraph
            pdf.set_font(FAM, "", 9.5)
            with pdf.table(col_widths=(55, 45, 66), line_height=5.0, padding=1.5, text_align="LEFT") as t:
                r = t.row()
                for lab in labels:
                    r.cell(lab)
                for i in range(max(len(c) for c in cols)):
                    r = t.row()
                    for col in cols:
                        r.cell(col[i] if i < len(col) else "")
            pdf.ln(4)
        elif k == "fblocks":
            pdf.set_font(FAM, "", 11)
            for entry in b[1]:
                for lab, key, val in entry:
                    pdf.multi_cell(W, LH, f"{lab or '   '}  {key}: {val}", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
        else:
            raise ValueError(k)
    return pdf


def render_pdf(built, path):
    pdf = make_pdf(built, built.P.get("pdf_font", "dejavu"))
    path.write_bytes(bytes(pdf.output()))


def estimate_pages(built):
    """Pages of an equivalent 11pt A4 rendering, used as the page estimate for DOCX and TXT plans."""
    return make_pdf(built, "dejavu").pages_count


def render_txt(built, path):
    P = built.P
    upper = P["headings"] == "txt_upper"
    out = []
    for b in built.blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper() if upper else b[1], ""]
        elif k == "kv":
            out += [f"{kk}: {vv}" for kk, vv in b[1]] + [""]
        elif k == "h1":
            out += ["", b[1], ("=" if upper else "-") * len(b[1]), ""]
        elif k == "h2":
            out += [b[1], "-" * len(b[1]), ""] if upper else [b[1].upper(), ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "ul":
            out += [("  * " if upper else "\u2022 ") + x for x in b[1]] + [""]
        elif k == "fblocks":
            for entry in b[1]:
                for lab, key, val in entry:
                    out.append(f"{lab:<5}{key}: {val}")
                out.append("")
        else:
            raise ValueError(k)
    text = "\n".join(out).strip() + "\n"
    text = re.sub(r"\n{3,}", "\n\n", text)
    path.write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------------------
# Reading the files back, as a checker would, and verifying the manifest.
# --------------------------------------------------------------------------------------


def extract_text(path):
    if path.suffix == ".docx":
        import docx
        from docx.table import Table

        d = docx.Document(str(path))
        parts = []
        for block in d.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    for cell in row.cells:
                        parts.append(cell.text)
            else:
                parts.append(block.text)
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        finally:
            pdf.close()
    return path.read_text(encoding="utf-8")


def norm(s):
    # pdfium reports a hyphen that ends a line inside a word as U+FFFE and joins the two halves
    return re.sub(r"\s+", " ", s.replace("\u00ad", "").replace("\ufffe", "")).strip()


def pdf_pages(path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def norm_hyphen(s):
    """Like norm, but a line that ends in a hyphen is joined to the next line without a space."""
    return norm(re.sub(r"(?<=\w-)[ \t]*\r?\n\s*", "", s.replace("\u00ad", "")))


def verify(entry, text):
    """Phrases must be found exactly once with lines simply joined by spaces; items and clean items must be
    found once lines are joined (a line ending in a hyphen, as in PDF line wrapping, is joined without a space)."""
    problems = []
    t, th = norm(text), norm_hyphen(text)
    for f in entry["faults"]:
        n = t.count(norm(f["phrase"]))
        if n != 1:
            problems.append(f"phrase found {n} times: {f['phrase']!r}")
        if norm(f["item"]) not in th:
            problems.append(f"item not found: {f['item'][:70]!r}")
    for it in entry["clean_items"]:
        if norm(it) not in th:
            problems.append(f"clean item not found: {it[:70]!r}")
    return problems


SECTION_IDS = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    USAGE.clear()
    manifest_plans, all_problems = [], []
    for P in PLANS:
        built = build(P)
        path = OUT / P["file"]
        {"docx": render_docx, "pdf": render_pdf, "txt": render_txt}[P["fmt"]](built, path)
        text = extract_text(path)
        present = []
        for b in built.blocks:
            if b[0] == "h1":
                present += {"BEF": ["B", "E", "F"], "H1H2": ["H1", "H2"]}.get(b[2], [b[2]])
        present = [s for s in SECTION_IDS if s in present]
        entry = dict(
            file=P["file"], format=P["fmt"], layout=P["layout"], status=P["status"],
            pages=pdf_pages(path) if P["fmt"] == "pdf" else estimate_pages(built),
            pages_note="counted" if P["fmt"] == "pdf" else "estimated from an equivalent 11pt A4 rendering",
            words=len(norm(text).split()),
            child=f"{P['name']} {P['surname']} (fictional)", council=P["council"] + " (fictional)",
            setting=P["school"] + " (fictional)", year_group=P["year"],
            sections_present=present,
            missing_sections=[s for s in SECTION_IDS if s not in present],
            merged_sections=P.get("merged", []),
            faults=built.faults,
            clean_items=[c["item"] for c in built.clean + built.negatives],
            hard_negatives=[c["item"] for c in built.negatives],
            f_items=len(built.clean) + len(built.negatives) + len({(f["item"]) for f in built.faults if f["section"] == "F"}),
        )
        problems = verify(entry, text)
        all_problems += [f"{P['file']}: {p}" for p in problems]
        manifest_plans.append(entry)
        nf = sum(1 for f in built.faults if f["section"] == "F")
        print(f"{P['file']:<34} {entry['pages']:>3} pages {entry['words']:>6} words  F items {entry['f_items']:>2}"
              f"  F faults {nf:>2}  other faults {len(built.faults) - nf}")
    counts = {}
    for e in manifest_plans:
        for f in e["faults"]:
            counts[f["code"]] = counts.get(f["code"], 0) + 1
    manifest = dict(
        description="Fictional sample EHC plans generated by corpus_samples/make_samples.py. No real child, family, "
                    "school, council or professional is described. Fault codes are the ids of shared/taxonomy.yaml.",
        regenerate="python corpus_samples/make_samples.py",
        fault_counts=dict(sorted(counts.items())),
        plans=manifest_plans,
    )
    (OUT / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_readme(manifest)
    if all_problems:
        print("\n".join(all_problems), file=sys.stderr)
        sys.exit(1)
    print("fault counts:", json.dumps(manifest["fault_counts"]))


def write_readme(manifest):
    rows = []
    for e in manifest["plans"]:
        codes = {}
        for f in e["faults"]:
            codes[f["code"]] = codes.get(f["code"], 0) + 1
        faults = ", ".join(f"{c}" + (f" x{n}" if n > 1 else "") for c, n in sorted(codes.items()))
        extra = []
        if e["missing_sections"]:
            extra.append("missing section " + ", ".join(e["missing_sections"]))
        if e["merged_sections"]:
            extra.append("merged " + " + ".join("/".join(m) for m in e["merged_sections"]))
        rows.append(f"| `{e['file']}` | {e['format'].upper()} | {e['layout']} | {e['status']} | {e['pages']} | "
                    f"{e['words']} | {len(e['faults'])} | {faults}{' (' + '; '.join(extra) + ')' if extra else ''} |")
    total = sum(manifest["fault_counts"].values())
    text = f"""# Sample EHC plans (fictional)

Every plan in `plans/` is **fictional**. The plans are generated by `make_samples.py`. No real child, family, school,
college, council or professional is described. All names, dates of birth, schools, councils, reports and
assessment results are invented, and any resemblance to a real person or institution is a coincidence. The
wording was written for sendlens. It was not copied from real plans, and the held-out evaluation set
(`shared/eval/`) was not consulted.

The plans exercise sendlens end to end. They use three file formats (DOCX, PDF and TXT) and two layouts:

- **classic**: Sections A to K in order.
- **per_area**: B, E and F are set out together for each area of need, in the style of the newer national template.

Section headings are worded in several different ways, as they are in real councils' plans. Each plan mixes
well-specified Section F provision with planted drafting faults from `shared/taxonomy.yaml`, plus a few hard
negatives: wording that looks like a fault but is not one.

## Regenerate

    python corpus_samples/make_samples.py

The script is deterministic, so two runs produce byte-identical files:

- no clock and no unseeded randomness;
- fixed creation dates in the PDF and DOCX metadata;
- fixed zip timestamps inside the DOCX files.

After writing the files, the script reads each one back the way a checker would:

- DOCX: paragraph and table-cell text, using python-docx;
- PDF: text from pypdfium2;
- TXT: the raw text.

It then checks that every manifest `phrase` occurs exactly once, and that every `item` and `clean_items` entry can
be found once whitespace is normalised. If any check fails, it exits with a non-zero status.

## Manifest

`plans/manifest.json` has one entry per file, with these fields:

- `format`, `layout`, `status`;
- `pages`: counted for PDFs. For DOCX and TXT it is estimated from an equivalent 11pt A4 rendering;
- `words`;
- `sections_present`, `missing_sections`, `merged_sections`;
- `faults`: a list of `{{code, section, phrase, item}}`. `phrase` is the shortest exact span that pins the fault. `item` is the
  full provision item, sentence or table cell that contains it. For table and block layouts, `row` also gives
  the whole row;
- `clean_items`: well-specified Section F items and hard negatives, which a checker must not flag. `hard_negatives`
  lists the hard negatives on their own.

A missing section has no text to point at. It is recorded in `missing_sections` only. A merged heading is also
listed as a `missing_section` fault, whose phrase is the merged heading.

Each faulty item was written to show the fault listed for it, and a second fault where one is plainly there too.
Many faulty items also lack a frequency or a named provider. A checker that reports an extra quantification
code on an item already listed in `faults` is therefore not raising a false alarm. Any finding on an item in
`clean_items` is one.

Notes on reading the PDFs:

- The running header (`EHC Plan – Child: J.T. – DRAFT`) and the footer (`Page 3 of 12`) are part of the page
  text, so ingest should strip them.
- Bullet items are never split across a page break.
- In the Sophie plan, a few long words in Sections A to D are hyphenated at line ends with soft hyphens.
  pypdfium2 reports such a hyphen as U+FFFE and joins the two halves of the word.
- A line that ends in an ordinary hyphen (for example `comic-` / `strip`) should be joined without a space.
  The verification does this for `item` strings, but never needs it for `phrase` strings.

## Plans

| file | format | layout | status | pages | words | faults | fault codes |
|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}

There are {total} planted faults in total. By code:

| code | count |
|---|---|
{chr(10).join(f"| {c} | {n} |" for c, n in manifest["fault_counts"].items())}
"""
    (HERE / "README.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
