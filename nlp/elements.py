"""Finds the elements of the CoP 9.69 test in a provision's text: how much, how often, for how
long, who (and their expertise), group size, where/when, review, and named content.

Every element is a list of (start, end) spans relative to the text given, so the provision table
and the rule context can both point back at the words that supplied it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .smart import blank
from .smart import spans as part_spans
from .spelling import normalise

_NUM = (r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
        r"twenty|thirty|forty|forty-five|fifty|sixty|ninety|a|an|half an?|one and a half)")
_UNIT = r"(?:minutes?|mins?|hours?|hrs?|h\b|sessions?|periods?|lessons?|days?|half[- ]days?|mornings?|afternoons?|weeks?)"

AMOUNT = re.compile(
    rf"\b{_NUM}\s+(?:\d+|{_NUM})[-\s]?{_UNIT}(?:\s*(?:sessions?|blocks?))?|"   # Three 20-minute sessions
    rf"\b{_NUM}\s*(?:x|×|times)\s*{_NUM}?\s*[-\s]?{_UNIT}|"      # 3 x 30 minutes, 4 x 5 minutes
    rf"\b{_NUM}[-\s]?{_UNIT}(?:\s*(?:sessions?|blocks?))?|"       # 30 minutes, 15-minute, 2 sessions
    r"\b(?:\d+|two|three|four|five|six|seven|eight|ten|twelve)\s+\w+\s+(?:sessions?|lessons?|periods?|hours?|visits?)\b|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight) (?:a|per|each) (?:day|week|term|lesson)\b|\bat \d{1,2}[:.]\d{2}\b|"
    rf"\b\d+\s*(?:hrs?|mins?)\b|\b\d{{1,2}}[:.]\d{{2}}\s*(?:-|–|to|and)\s*\d{{1,2}}[:.]\d{{2}}\b|"
    r"\bfull[- ]time\b|\b(?:once|twice|three times|four times|five times)\b|"
    r"\b(?:one|two|three|four|five|six|\d+) (?:blocks?|courses?) of\b|"
    r"\b\d+\s?x\s?(?:[a-z]{2,4} )?(?:sessions?|lessons?|periods?)\b|\b\d+\s?m\b(?!\s?(?:metres?|meters?))|"
    r"\bx\s?\d+\s?(?:per|p/?w|a|each) (?:week|day|term)\b|\bthroughout the (?:whole )?(?:school )?day\b|\bat all times\b",
    re.I)
FREQUENCY = re.compile(
    r"\b(?:daily|weekly|fortnightly|monthly|termly|half[- ]termly|annually|yearly|"
    r"(?:per|a|each|every)\s+(?:school\s+)?(?:day|week|fortnight|month|term|half[- ]term|year|lesson|session|"
    r"morning|afternoon|break(?:time)?|lunch(?:time)?|playtime|transition)s?|"
    r"each (?:morning|afternoon|break|lesson|day)|every (?:morning|afternoon|lesson|break|day)|"
    r"(?:at|during) (?:every|each|all) (?:lessons?|breaks?|transitions?|unstructured times?)|"
    r"(?:once|twice|three times|\d+ times) (?:a|per|each) \w+|"
    r"on (?:mondays|tuesdays|wednesdays|thursdays|fridays)|"
    r"throughout the (?:school )?day|all (?:lessons|day)|every (?:literacy|numeracy|maths|english) lesson|"
    r"at the (?:start|end|beginning) of each \w+|after each \w+|before each \w+|"
    r"\d+ (?:days|weeks) (?:a|per) (?:week|year)|at \d{1,2}[:.]\d{2}|(?:six|five|four|three|two|\d+) (?:a|per) day|"
    r"every (?:\d+|two|three|four|six|twelve) (?:days|weeks|months)|at intervals of (?:no more than )?\w+ (?:weeks|months)|"
    r"(?:in|for|during) (?:all|every|each) (?:\w+ ){0,2}(?:lessons?|assessments?|tests?|exams?|transfers?|visits?|sessions?|"
    r"changes?|written work))\b",
    re.I)
DURATION = re.compile(
    r"\b(?:for|over)\s+(?:a\s+)?(?:\d+|one|two|three|four|five|six|eight|ten|twelve)\s*(?:weeks?|terms?|months?|"
    r"half[- ]terms?|years?)\b|\bfor the (?:whole |full )?(?:academic |school )?(?:year|term|key stage)\b|"
    r"\b\d+\s*weeks? (?:a|per) year\b|\buntil (?:the end of|\w+ \d{4})|\bduring term[- ]time\b|\bterm[- ]time\b",
    re.I)
STAFF = re.compile(
    r"\b(?:(?:HCPC[- ]registered|qualified|specialist|trained|experienced|senior|named|familiar)\s+)?(?:"
    r"speech and language therapists?|speech & language therapists?|SaLTs?|SLTs?|"
    r"occupational therapists?|OTs?|physiotherapists?|physios?|"
    r"(?:educational |clinical |child )?psychologists?|EPs?|"
    r"teaching assistants?|TAs?|LSAs?|HLTAs?|learning support assistants?|"
    r"(?:classroom|learning|support|specialist) assistants?|higher level teaching assistants?|"
    r"SENCOs?|SENDCos?|(?:class|subject|specialist|advisory|qualified) teachers?|teachers?|tutors?|"
    r"key workers?|keyworkers?|mentors?|counsellors?|therapists?|nurses?|"
    r"(?:qualified )?teachers? of the deaf|QToDs?|ToDs?|QTVIs?|habilitation (?:specialists?|officers?)|"
    r"mobility (?:officers?|specialists?)|rehabilitation workers?|interveners?|"
    r"CAMHS (?:practitioners?|clinicians?)|(?:family )?support workers?|practitioners?|"
    r"personal assistants?|play therapists?|music therapists?|art therapists?|"
    r"psychotherapists?|note-?takers?|librarians?|managers?|technicians?|coordinators?|leaders?|"
    r"(?:named )?members? of (?:the )?(?:\w+ ){0,2}team|speech-to-text reporters?|(?:midday |lunchtime )?supervisors?|pastoral leads?|"
    r"head of year|heads of year|youth workers?|(?:travel )?trainers?|forest school leaders?|home visitors?|volunteers? trained|"
    r"(?:english|maths|literacy|numeracy|sen|send|inclusion|pastoral) leads?|(?:staff|adults?) (?:who (?:are|have been) )?trained in|"
    r"job coach(?:es)?|careers? advisers?|advisers?|officers?|ELSAs?|interpreters?|instructors?|"
    r"coaches|communicators?|key adults?|key persons?|invigilators?|scribes?|readers?|specialists?|"
    r"(?:member|members) of (?:the )?(?:learning )?support team|adults? trained in [\w\s-]{3,30}?)\b",
    re.I)
QUALIFICATION = re.compile(
    r"\b(?:HCPC[- ]registered|qualified|trained (?:in|by) (?:the )?[\w'’-]+(?: (?!and\b|to\b|by\b)[\w'’-]+){0,4}|"
    r"training in (?:the )?[\w'’-]+(?: (?!and\b|to\b|by\b)[\w'’-]+){0,4}|"
    r"with (?:training|experience|knowledge) (?:in|of) [\w\s'-]{3,60}?|accredited|registered|specialist)\b", re.I)
GROUP = re.compile(
    r"\b(?:1:1|1-1|1 to 1|one[- ]to[- ]one|one-on-one|individual(?:ly)?|2:1|1:2|1:3|1:4|"
    r"(?:small )?group of (?:no more than |up to |at most |a maximum of )?(?:\d+|two|three|four|five|six|eight)\b"
    r"(?: (?:pupils|children|students|learners|peers))?|"
    r"(?:no more than|maximum of|max\.?) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:other )?(?:pupils|children|students|learners|peers)|"
    r"(?:and|with|plus) (?:no more than )?(?:\d+|one|two|three|four|five|six|seven|eight) (?:[\w-]+ ){0,2}(?:peers?|pupils|children|students|others|friends)|"
    r"(?:for|of) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:pupils|children|students|learners)|"
    r"(?:group|class) of (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)|"
    r"in pairs|paired with (?:one|a) (?:peer|pupil)|(?:pairs|trios)|"
    r"(?:not|no) more (?:than|then) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)|"
    r"(?:max(?:imum)?\.?|at most) (?:of )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)|"
    r"(?:\d+|two|three|four|five|six|seven|eight|ten|twelve) (?:pupils|children|students|learners|ch )?\s?max(?:imum)?|"
    r"(?:≤|<=) ?\d+)\b", re.I)
SMALL_GROUP = re.compile(r"\b(?:small[- ]groups?|(?:\w+ )?groups?(?: work)?(?! (?:tasks?|activit\w+|discussions?|projects?|games?))"
                         r"(?<!drama group)(?<!youth group)(?<!support group)(?<!parent group)|small class|reduced[- ]size class|"
                         r"(?:small|smaller) (?:class|setting|teaching group))\b", re.I)
REVIEW = re.compile(r"\b(?:reviewed|review(?:ed)? (?:termly|half[- ]termly|annually|every)|monitored|"
                    r"progress (?:will be )?(?:tracked|measured|recorded))\b", re.I)
WHERE = re.compile(r"\b(?:in (?:a|the) (?:quiet|separate|calm|sensory|resource|therapy) (?:room|space|area|base)|"
                   r"in class|in the classroom|outside the classroom|at home|in school|off[- ]site|"
                   r"(?:at|during) (?:break|lunch|play)(?:time)?s?)\b", re.I)
THERAPY = re.compile(
    r"\b(?:speech(?:,)? (?:and|&) language therapy|speech therapy|language therapy|"
    r"(?:SaLT|SALT|SLT|OT|physio|EP|CAMHS) (?:input|support|sessions?|programme|provision|time|advice|intervention|block|therapy)|"
    r"occupational therapy|physiotherapy|psychology|psychological (?:input|support|therapy)|"
    r"play therapy|music therapy|art therapy|drama therapy|therapeutic (?:input|support|intervention)|"
    r"CAMHS|counselling|hydrotherapy|therapy|"
    r"(?:see|seen by|visit from|visits from) (?:an? |the )?(?:\w+ )?(?:therapist|physiotherapist|psychologist)|"
    r"(?:OT|SLT|SALT|SaLT|physio|EP)(?= (?:to continue|service|model|involvement|review))|"
    r"(?:episodes? of care|consultative model|consultation|advice) (?:from|of|by) (?:the )?(?:SLT|SALT|SaLT|OT|EP|physio)\w*|"
    r"(?:input|sessions?|support|advice|involvement|visits?|work) (?:from|with|by) (?:the |a |an )?(?:\w+ )?"
    r"(?:psychologist|therapist|physiotherapist|SALT|SaLT|SLT|OT|EP))\b", re.I)
SUPPORT = re.compile(
    r"\b(?:support(?:ed)?(?! (?:service|team|plan|workers?|assistants?|staff|officers?|base|room|centre|hub|department|"
    r"manager|coordinator|lead|unit)|(?<=supported) (?:internship|living|employment|housing|accommodation))|help|(?:be|is|are|being) helped|assistance|input|intervention|interventions|supervision|prompts?|prompting|"
    r"adult (?:help|support)|scaffolding|monitoring|tuition|guidance|reassurance|modelling|mentoring|coaching|"
    r"nurture|check-ins?|encouragement|(?:movement|sensory|brain|calm(?:ing)?) breaks|time[- ]out|"
    r"(?:an? )?(?:extra|additional|second) adult|involvement|oversight|respite|short breaks?|keep an eye on|"
    r"(?:monitored|overseen|followed up) by)\b", re.I)
PROGRAMME = re.compile(r"(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bthis )(?<!\bthese )(?<!\bnew )"
                       r"(?<!'s )\b(?:programmes?|strateg(?:y|ies)|interventions?|approaches|techniques|"
                       r"(?:individuali[sz]ed|personali[sz]ed|bespoke|adapted|modified) (?:curriculum|timetable|package)|"
                       r"package of|sensory diet|a focus on|work on|work to develop)\b", re.I)
# Content for a programme: a named programme (capitalised words), a list after a colon, or content
# set by a professional ("written by the speech and language therapist").
NAMED_PROGRAMME = re.compile(  # case-sensitive: a capitalised name before "programme", "intervention"...
    r"\b[A-Z][a-z]+(?:\s+(?:[A-Z][\w-]*|of|and|the|to|by))+\s+(?:[Pp]rogramme|[Ii]ntervention|[Aa]pproach|[Tt]herapy|[Ss]cheme)|"
    r"\b[A-Z][a-z]+[A-Z]\w*")
PROGRAMME_CONTENT = re.compile(
    r"(?:\b(?:Zones of Regulation|Lego therapy|Precision Teaching|Attention Autism|Colourful Semantics|"
    r"Social Stories|Makaton|PECS|TEACCH|Intensive Interaction|Talkabout|Read Write Inc|Numicon|"
    r"Toe by Toe|Nessy|Lexia|Beat Dyslexia|Write from the Start|Clicker|Sensory Circuits|ELSA|FRIENDS)|"
    r"(?<!\d):\s*[A-Za-z]\w+|(?:following|set out in|in line with) (?:the )?(?:OT|SALT|SaLT|SLT|EP|physio\w*|therapist\w*|"
    r"occupational therapist\w*|speech and language therapist\w*)(?:'s)? (?:guidance|advice|programme|plan|report)|"
    r"(?:written|designed|set|devised|planned|provided|prescribed)(?: (?:and|&) \w+)? by (?:the |a |an )?(?:qualified |class )?"
    r"(?:speech|occupational|physio|educational|therapist|SaLT|OT|EP|teacher)|"
    r"\b(?:targets?|goals?) (?:set|written|agreed) by|\bfocus(?:ed|ing)? on [\w\s,-]{6,}|\bteaching [\w\s-]{3,40} (?:skills|words|sounds|steps)|"
    r"\([^)]{12,}\)|\b(?:using|following) the\b|\bof the [A-Z]\w+|\b(?:practising|teaching \w+ to|to learn and|covering) |"
    r"\bon (?!a\b|an\b|the\b|his\b|her\b|their\b)[a-z][\w-]+(?: and [\w-]+)?|"
    r"\b(?:physio\w*|OT|occupational therapy|SALT|SaLT|SLT|speech and language|speech therapy|EP|sensory integration)"
    r"(?:'s)? programmes?\b)",
    re.I)


TIMEBOUND = re.compile(
    r"\b(?:by (?:the )?(?:end of |start of |summer of |autumn of |spring of )?(?:the )?(?:key stage \d|ks\d|year \d+|y\d+|"
    r"reception|nursery|primary|secondary|(?:this|next|the) (?:term|year|academic year|key stage|school year)|"
    r"(?:autumn|spring|summer) term|transition|age \d+|\w+ \d{4}|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|\d{4}|his|her|their)\b|within (?:\d+|one|two|three|six|twelve) "
    r"(?:weeks|months|terms|years?)|before (?:he|she|they) (?:leaves?|moves?|transfers?)|in (?:\d+|one|two|three|six|twelve) "
    r"(?:weeks|months|terms|years?)(?: time)?)", re.I)
MEASURE = re.compile(
    r"(?:\d+\s?%|\b\d+ (?:out of|of|from) \d+\b|\b\d+ (?:words?|times|sentences|steps|minutes|peers|friends|"
    r"sounds|days|items|questions|lines|metres|seconds|pieces|letters|numbers|signs|symbols)\b|\b(?:one|two|three|four|five|six|ten|twenty) "
    r"(?:words?|times|sentences|steps|minutes|peers|friends|sounds|days)\b|\baccura(?:te|tely|cy)\b|\bindependently\b|"
    r"\bwithout (?:adult )?(?:prompt|support|help)|\bconsistently\b|\bunaided\b|\bwith (?:one|no more than) prompts?\b)",
    re.I)


@dataclass
class Elements:
    amount: list[tuple[int, int]] = field(default_factory=list)
    frequency: list[tuple[int, int]] = field(default_factory=list)
    duration: list[tuple[int, int]] = field(default_factory=list)
    staff: list[tuple[int, int]] = field(default_factory=list)
    qualification: list[tuple[int, int]] = field(default_factory=list)
    group: list[tuple[int, int]] = field(default_factory=list)
    small_group: list[tuple[int, int]] = field(default_factory=list)
    where: list[tuple[int, int]] = field(default_factory=list)
    review: list[tuple[int, int]] = field(default_factory=list)
    therapy: list[tuple[int, int]] = field(default_factory=list)
    support: list[tuple[int, int]] = field(default_factory=list)
    programme: list[tuple[int, int]] = field(default_factory=list)
    programme_content: list[tuple[int, int]] = field(default_factory=list)
    timebound: list[tuple[int, int]] = field(default_factory=list)
    measure: list[tuple[int, int]] = field(default_factory=list)

    def has(self, name: str) -> bool:
        return bool(getattr(self, name))

    @property
    def quantified(self) -> bool:
        """An amount the reader can count, a frequency with a duration, or a concrete action
        (not generic 'support') tied to a stated occasion ("at every lesson change")."""
        return (self.has("amount") or (self.has("frequency") and self.has("duration"))
                or (self.has("frequency") and not self.has("support") and not self.has("therapy")))

    def present(self) -> list[str]:
        return [name for name in self.__dataclass_fields__ if getattr(self, name)]


_PATTERNS = {
    "amount": AMOUNT, "frequency": FREQUENCY, "duration": DURATION, "staff": STAFF,
    "qualification": QUALIFICATION, "group": GROUP, "small_group": SMALL_GROUP, "where": WHERE,
    "review": REVIEW, "therapy": THERAPY, "support": SUPPORT, "programme": PROGRAMME,
    "programme_content": PROGRAMME_CONTENT, "timebound": TIMEBOUND, "measure": MEASURE,
}
_CASE_SENSITIVE_STAFF = re.compile(r"\b(?:[A-Z]{2,5}s?|SaLTs?|ToDs?|QToDs?)\b")


def find_elements(text: str) -> Elements:
    """The elements of `text`, read as if spelt right (spelling.py); spans point at the author's words."""
    norm = normalise(text)
    if not norm.changed:
        return _find(text)
    found = _find(norm.text)
    for name in found.__dataclass_fields__:
        setattr(found, name, [norm.span(s, e) for s, e in getattr(found, name)])
    return found


def _find(text: str) -> Elements:
    found = Elements()
    for name, pattern in _PATTERNS.items():
        spans = [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
        if name == "staff":
            # short acronyms only count in capitals ("ta" or "ot" in a word are not staff)
            spans = [s for s in spans if len(text[s[0]:s[1]]) > 4 or _CASE_SENSITIVE_STAFF.fullmatch(text[s[0]:s[1]])]
        if name == "amount":
            spans = [s for s in spans if not re.fullmatch(r"(?:a|an)\s*\w+", text[s[0]:s[1]], re.I)
                     or re.search(r"hour|session", text[s[0]:s[1]], re.I)]
        setattr(found, name, spans)
    found.programme_content += [m.span() for m in NAMED_PROGRAMME.finditer(text)]
    # one owner for outcome time frames and measures: the named parts in data/smart.yaml
    time = part_spans(text, "outcome", "time")
    found.timebound += time
    found.measure += part_spans(blank(text, time), "outcome", "measure")
    return found
