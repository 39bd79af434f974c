"""The patterns behind each guard, written for recall: a missed emergency costs far more than
an extra handoff. Patterns run on `text.guard_text` output (lower case, no accents).

A rule may need a condition on its sentence: `personal` (the patient, or someone they speak
for, is the subject: "my lip", "I got", a treatment mentioned earlier in the thread) or
`treated` (a treatment or injection is in the message or the recent thread).
"""

import re
from dataclasses import dataclass
from typing import Literal

Need = Literal["personal", "treated"]


@dataclass(frozen=True)
class Rule:
    trigger: str
    name: str
    pattern: re.Pattern[str]
    needs: tuple[Need, ...] = ()
    negatable: bool = False
    unless: re.Pattern[str] | None = None


Row = tuple[str, str, str, bool]


def _rules(trigger: str, table: list[Row], unless: dict[str, str] | None = None) -> list[Rule]:
    unless = unless or {}
    return [
        Rule(
            trigger=trigger,
            name=f"{trigger}.{name}",
            pattern=re.compile(pattern),
            needs=tuple(n for n in needs.split("+") if n),  # type: ignore[misc]
            negatable=negatable,
            unless=re.compile(unless[name]) if name in unless else None,
        )
        for name, pattern, needs, negatable in table
    ]


TREATMENT = (
    r"(?:botox|tox|dysport|xeomin|daxxify|jeuveau|neurotoxin|fillers?|juvederm|restylane|rha|"
    r"sculptra|radiesse|voluma|volbella|kysse|lip flip|kybella|morpheus ?8|microneedling|"
    r"micro-needling|peel|hydra ?facial|facial|laser|ipl|photofacial|prp|vampire|semaglutide|"
    r"ozempic|wegovy|tirzepatide|mounjaro|zepbound|glp-?1|shots?|injections?|injected|iv|drip|"
    r"b12|treatment|procedure|session|coolsculpting|dermaplaning|lips? done|threads?|pdo)"
)
FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself|we|our)\b|"
    r"\b(?:injection sites?|treated area|treatment area|where (?:they|you|she|he) injected)\b|"
    r"\b(?:my|her|his) (?:daughter|son|mom|mother|dad|wife|husband|sister|friend|partner)\b"
)
RECENCY = re.compile(
    r"\b(?:yesterday|this morning|last night|last week|since (?:my|the|i|getting|yesterday)|"
    r"(?:days?|weeks?|hours?|hrs?) ago|after my|after the|still)\b"
)
TREATED = re.compile(rf"\b{TREATMENT}\b")

_COLOR = r"(?:white|whitish|blanch\w*|gr[ae]y\w*|dusky|blue|bluish|purple\w*|mottled|lacy|darker|darkening|(?:turn\w*|gone|going|went) (?:dark|black))"
_AREA = r"(?:skin|lips?|nose|tip|cheeks?|chin|area|spot|patch|patches|forehead|face|it|injection site|jaw\w*|temple|under ?eye)"
_PAIN_BAD = r"(?:severe|extreme|excruciating|unbearable|intense|horrible|terrible|awful|worst|insane|crazy|really bad|so bad|10/10|killing me|worsening|getting worse|worse and worse|more and more|increasing|sharp)"
_PAIN_AFTER = rf"(?:{_PAIN_BAD[3:-1]}|so much|a lot|badly|like hell|like crazy)"

URGENT = _rules("urgent", [
    ("skin_colour", rf"\b{_AREA}\b(?:\W+\w+){{0,3}}?\W+(?:is |are |looks? |turn\w* |went |getting |gone |going )?(?:very |really |kinda |kind of |a bit |all |so )?{_COLOR}\b", "", True),
    ("colour_patch", r"\b(?:white|whitish|blanched|gr[ae]y|dusky|blue|bluish|mottled|lacy|purple)\W+(?:\w+\W+)?(?:patch\w*|spots?|areas?|skin|blotch\w*|streaks?|lines?|web)\b", "treated", True),
    ("occlusion_words", r"\b(?:blanch\w*|dusky|mottl\w*|livedo|necros\w*|occlusion|occluded|scabbing over|skin (?:is )?dying)\b", "", True),
    ("severe_pain", rf"\b{_PAIN_BAD}\W+(?:\w+\W+){{0,2}}?(?:pain|hurt\w*|throb\w*|ach\w*|burn\w*)\b", "", True),
    ("pain_worse", rf"\b(?:pain|hurts?|hurting|throbbing|ache|aching)\b(?:\W+\w+){{0,5}}?\W+{_PAIN_AFTER}|\breally (?:hurts|painful|sore)\b", "", True),
    ("vision", r"\b(?:blurr?y|blurred|blurring|double|fuzzy|dim|cloudy|lost|losing|loss of|no|change in|changes in|trouble with|problems? with|weird|spots in|dark spots in)\W+(?:my |\w+ )?(?:vision|sight|eyesight)\b", "", True),
    ("vision_state", r"\b(?:vision|eyesight|sight)\b(?:\W+\w+){0,2}?\W+(?:blurr?y|blurred|double|fuzzy|dim|gone|changed|changing|weird|off|dark|black|spotty|going)\b", "", True),
    ("cant_see", r"\b(?:can'?t|cannot|couldn'?t|unable to|hard to|trouble|struggling to) see (?:out|from|well|clearly|properly|anything|straight|right)\b|\bseeing (?:double|spots|stars|flashes)\b|\bgo(?:ing|ne)? blind\b|\bblindness\b", "", True),
    ("breathing", r"\b(?:can'?t|cannot|cant|hard to|trouble|difficulty|struggling to|unable to|hard time) (?:breath|breathe|breathing|swallow\w*|catch my breath)\b|\bshort(?:ness)? of breath\b|\bwheez\w*|\bgasping\b", "", True),
    ("throat", r"\b(?:throat|tongue|airway)\b(?:\W+\w+){0,2}?\W+(?:closing|closing up|tight\w*|swell\w*|swollen|thick\w*|itchy|closed)\b|\bthroat is closing\b", "", True),
    ("anaphylaxis", r"\banaphyla\w*|\bepi-?pen\b|\ballergic reaction\b.*\b(?:breath|throat|tongue|hives|swell)", "", True),
    ("hives_swelling", r"\bhives\b.*\b(?:lips?|face|tongue|eyes?|mouth|throat|swell\w*|swollen)\b|\b(?:lips?|face|tongue|eyes?|mouth) (?:\w+ )?(?:swell\w*|swollen)\b.*\bhives\b", "", True),
    ("face_swelling_fast", r"\b(?:face|lips?|eyes?|tongue)\b(?:\W+\w+){0,3}?\W+(?:swell\w*|swollen|puff\w*) (?:up )?(?:fast|quickly|rapidly|a lot|badly|shut)\b", "", True),
    ("spreading_infection", r"\b(?:red\w*|rash|swelling|infection)\b(?:\W+\w+){0,2}?\W+spread\w*|\bspreading (?:red\w*|rash|infection)\b|\bred streaks?\b|\babscess\b", "", True),
    ("fever_infection", r"\b(?:fever|feverish|chills|temperature of|10[0-4](?:\.\d)? ?(?:f|degrees))\b.*\b(?:red\w*|swollen|swelling|hot|warm|pus|infect\w*|spreading|oozing|draining|abscess)\b|\b(?:red\w*|swollen|swelling|hot|warm|pus|infect\w*|spreading|oozing|draining|abscess)\b.*\b(?:fever|feverish|chills|temperature of|10[0-4](?:\.\d)? ?(?:f|degrees))\b", "", True),
    ("chest", r"\bchest\b(?:\W+\w+){0,2}?\W+(?:pain\w*|hurt\w*|tight\w*|pressure|heavy)\b|\b(?:heart|pulse)\b(?:\W+\w+){0,2}?\W+(?:racing|pounding|beating (?:so |really )?fast|skipping)\b|\bpalpitations?\b", "", True),
    ("fainting", r"\b(?:feel(?:ing|s)? (?:like i'?(?:m|ll) (?:going to |gonna )?)?faint|fainted|fainting|pass(?:ed|ing)? out|blacked out|black(?:ing)? out|lost consciousness|unconscious|collaps\w*|unresponsive)\b", "", True),
    ("severe_dizzy", r"\b(?:very|really|so|extremely|super) (?:dizzy|lightheaded|light-headed|weak)\b|\bcan'?t (?:stand|stay) up\b", "treated", True),
    ("abdomen", r"\b(?:severe|extreme|unbearable|terrible|horrible|sharp|intense|really bad)\W+(?:\w+\W+)?(?:stomach|abdominal|belly|abdomen|gut)\b|\bcan'?t (?:stop (?:vomiting|throwing up)|keep (?:anything|food|water|liquids|fluids) down)\b|\bvomiting blood\b", "", True),
    ("stroke", r"\bslurr\w* (?:speech|words)\b|\b(?:numb\w*|weak\w*|droop\w*) on one side\b|\b(?:had|having|have) a seizure\b|\bseizing\b|\bstroke\b", "", True),
    ("emergency", r"\b(?:emergency|911|ambulance|emergency room|urgent care)\b|\b(?:go|went|going|gone|been|be|in|at|to|call) (?:to )?(?:the )?(?:er|hospital)\b", "", True),
], unless={
    "severe_pain": r"\b(?:does|do|will|would|is|are|did) (?:it|they|this|that|\w+|\w+ \w+) (?:hurt|painful|going to hurt|gonna hurt)\b",
    "pain_worse": r"\b(?:does|do|will|would|is|are|did) (?:it|they|this|that|\w+|\w+ \w+) (?:hurt|painful|going to hurt|gonna hurt)\b",
})

_SYMPTOM = (
    r"(?:swell\w*|swollen|puff\w*|bruis\w*|lumps?|lumpy|bumps?|bumpy|knots?|nodules?|hard spots?|"
    r"pain\w*|hurt\w*|sore|tender\w*|aching|ache|throb\w*|rash\w*|hives|itch\w*|red(?! light)|"
    r"redness|infect\w*|pus|ooz\w*|drainage|draining|blisters?|blistering|"
    r"burn(?:ing|t|s|ed)?(?! (?:fat|calories))|scabs?|scabbing|crust\w*|numbness|still numb|"
    r"(?:feels?|is|are|gone|went) numb|tingl\w*|droop\w*|ptosis|heavy (?:eyelid|brow|forehead)s?|"
    r"uneven(?! (?:skin|tone|texture))|asymmetr\w*|lopsided|migrat\w*|tyndall|discolou?r\w*|"
    r"headaches?|migraines?|nause\w*|vomit\w*|throwing up|dizz\w*|fever|chills|bleed\w*|"
    r"(?<!acne )scar(?:s|ring|red)?|hyperpigment\w*|broke out|breaking out|breakouts?|allergic|"
    r"reactions?|side effects?|complications?|constipat\w*|diarrh\w*|hair (?:loss|falling)|"
    r"losing (?:my )?hair|peeling|flaking|weeping|welts?|(?<!stretch )marks?|indent\w*|dents?|"
    r"overfilled|too (?:big|much filler)|can'?t (?:move|smile|raise|close)|spock|"
    r"feel(?:s|ing)? (?:heavy|weird|tight|strange|off|funny|hard|hot|warm|lumpy|swollen)|"
    r"one side (?:is|looks|feels) (?:bigger|smaller|higher|lower|different|fuller)|"
    r"(?:bigger|smaller|higher|lower|fuller) than the other)"
)
_ACTIVITY = (
    r"(?:work ?out|exercise|gym|run|running|yoga|sauna|steam|hot tub|drink\w*|alcohol|wine|"
    r"coffee|shower|wash (?:my )?face|makeup|make up|sleep|lay down|lie down|lay flat|fly|flight|"
    r"travel|tan|tanning|sun|beach|swim\w*|pool|massage|facial|retinol|tretinoin|skin ?care|"
    r"ice|heat|advil|tylenol|ibuprofen|aspirin|fish oil|eat|bend over|wear (?:a )?(?:mask|hat|glasses))"
)
_CONDITION = (
    r"(?:pregnan\w*|breast ?feed\w*|breastfeeding|nursing (?:mom|mother|my baby|a baby)|"
    r"(?:i'?m|am|currently|still|while) nursing|trying to (?:conceive|get pregnant)|ttc|"
    r"diabet\w*|autoimmune|lupus|cancer|chemo\w*|keloids?|cold sores?|herpes|hsv|epilep\w*|"
    r"seizure disorder|heart (?:condition|disease|problems?)|blood pressure|hypertension|"
    r"thyroid|pcos|myasthenia|bell'?s palsy|rosacea|eczema|psoriasis|vitiligo|"
    r"bleeding disorder|hemophilia|kidney (?:disease|problems?|failure)|liver (?:disease|problems?)|"
    r"pancreatitis|gallbladder|gastroparesis|eating disorder|bulimi\w*|anorexi\w*|allerg\w*|"
    r"pacemaker|metal implants?|immunocompromised|hiv|hepatitis|type [12] diabet\w*|men ?2|"
    r"medullary)"
)
_MEDICATION = (
    r"(?:medications?|meds|medicine|pills|prescriptions?|antibiotics?|blood thinners?|"
    r"anticoagulants?|aspirin|ibuprofen|advil|motrin|aleve|tylenol|eliquis|xarelto|warfarin|"
    r"coumadin|plavix|accutane|isotretinoin|retinol|tretinoin|retin-?a|birth control|insulin|"
    r"metformin|steroids?|prednisone|antidepressants?|ssris?|zoloft|lexapro|prozac|lithium|"
    r"levothyroxine|synthroid|benadryl|antihistamines?|supplements?|fish oil|vitamin e|arnica)"
)

MEDICAL = _rules("medical", [
    ("own_symptom", rf"\b{_SYMPTOM}", "personal", False),
    ("symptom_after_treatment", rf"\b{_SYMPTOM}\b.*\b(?:after|since|from|post)\b\W+(?:\w+\W+)?{TREATMENT}\b", "", False),
    ("is_this_normal", r"\b(?:is|are|was) (?:this|that|it|these|those|th[ie]s|mine)\b(?:\W+\w+){0,3}?\W+(?:normal|expected|common|bad|serious|a problem|an issue|concerning|dangerous|infected)\b", "", False),
    ("normal_symptom", rf"\b(?:normal|expected|common|typical|usual)\b.*\b{_SYMPTOM}|\b{_SYMPTOM}\b.*\b(?:normal|expected|common|typical|usual)\b", "", False),
    ("supposed_to", r"\bsupposed to (?:be|look|feel|hurt|swell|bruise|have|happen|stay)\b|\bshould (?:it|this|they|my \w+) (?:look|feel|hurt|still|be (?:this|so|that))\b", "", False),
    ("supposed_to_last", r"\bsupposed to (?:last|take|work|kick in)\b", "personal", False),
    ("worried", r"\bshould i (?:be )?(?:worried|concerned|scared|nervous|go to|see a|ice|take|stop|skip)\b|\b(?:worried|concerned|afraid|scared) (?:something|it|this|that) (?:is|might be|could be|'?s) (?:wrong|infected|bad|not right)\b", "", False),
    ("looks_ok", r"\bdoes (?:this|it|that|my \w+) (?:look|seem|feel)\b(?:\W+\w+){0,2}?\W+(?:ok|okay|normal|right|infected|bad|fine|swollen)\b", "", False),
    ("condition", rf"\b{_CONDITION}", "", False),
    ("medication", rf"\b(?:on|taking|take|took|started|starting|stop|stopped|using|use|prescribed|avoid)\b(?:\W+\w+){{0,3}}?\W+{_MEDICATION}\b|\b(?:accutane|isotretinoin|blood thinners?|anticoagulants?|eliquis|xarelto|warfarin|coumadin|plavix|prednisone)\b", "", False),
    ("dosing", r"\bhow many (?:units|syringes?|vials?|ml|cc|mg)\b|\b(?:dose|dosage|dosing|doses|milligrams?)\b|\bunits (?:do|will|would|should) i\b|\bhow much (?:botox|tox|filler|semaglutide|tirzepatide|product) (?:do|will|would|should) i\b|\b(?:missed|skip(?:ped)?|double) (?:a |my )?(?:dose|shot|injection)\b", "", False),
    ("outcome_promise", r"\bguarantee\w*|\b(?:will|would|can|could|does|do) (?:it|this|that|they|botox|tox|filler|\w+) (?:make me|make my|help me lose)\b|\b(?:get rid of|remove|fix|erase|cure)\b.*\b(?:completely|permanently|forever|100%|for good)\b|\b\d+ (?:years?|yrs?) younger\b|\bhow (?:much|many (?:pounds|lbs|kilos)) (?:weight )?(?:will|would|can|could|should) i (?:lose|drop)\b|\bwill i (?:lose|drop|look|be able)\b", "", False),
    ("aftercare", rf"\b(?:can|could|should|may|when can|how long (?:until|before|till|should|do|must|after)|is it (?:ok|okay|safe|fine|alright) (?:to|if)|am i allowed to|how soon (?:can|could|after))\b.*\b{_ACTIVITY}\b.*\b(?:after|before|since|following)\b|\b(?:after|before)\b.*\b(?:can|could|should) i\b.*\b{_ACTIVITY}\b", "personal", False),
    ("aftercare_words", r"\b(?:after ?care|post ?care|pre ?care|post-?treatment|pre-?treatment|recovery|healing|downtime|heal)\b", "personal", False),
    ("safe_for_me", r"\bsafe (?:for me|if i|while|during|when i|with my|for someone (?:with|who))\b|\b(?:is it|is this|is that|it'?s) (?:safe|ok|okay|fine|alright) (?:for me|if i|while|since i|because i|with my)\b", "", False),
    ("not_working", r"\b(?:didn'?t|did not|doesn'?t|does not|isn'?t|is not|hasn'?t|has not|not|never|stopped|won'?t) (?:\w+ )?(?:work\w*|kick\w* in|take|taking effect|do anything)\b|\bwore off\b|\bwearing off\b|\bworn off\b", "personal+treated", False),
    ("see_doctor", r"\bshould i (?:see|call|go to|visit) (?:a |the |my )?(?:doctor|dr|er|hospital|dermatologist|nurse|urgent care)\b|\bneed (?:a |to see a )?(?:doctor|prescription)\b", "", False),
    ("photo_check", r"\b(?:look at|check|see) (?:this|my|a|the) (?:photo|pic|picture|selfie|lips?|face)\b|\bsending (?:you )?(?:a )?(?:photo|pic|picture)\b", "", False),
])

EMOTIONAL = _rules("emotional", [
    ("feelings", r"\b(?:upset(?! stomach)|angry|furious|mad at|so mad|really mad|pissed|livid|outraged|fuming|frustrat\w*|annoyed|irritated|disgusted|devastated|heartbroken|miserable|depressed|crying|cried|in tears|humiliated|embarrass\w*|ashamed|regret\w*|traumati[sz]ed|horrified|mortified|hurt my feelings|fed up|sick of)\b", "", True),
    ("dissatisfied", r"\b(?:not|isn'?t|aren'?t|wasn'?t|never|less than|far from) (?:happy|satisfied|pleased|thrilled|impressed|okay with|ok with)\b|\b(?:unhappy|dissatisfied|disappoint\w*|dissapoint\w*|unacceptable|unprofessional|rude|ridiculous|terrible|horrible|awful|worst|disaster|nightmare|botched|ruined|butchered|messed up|screwed up|scam\w*|rip ?off|ripped off|waste of money|wasted my money|incompetent|negligent|careless|lied)\b", "", True),
    ("hate_result", r"\bhate (?:how|the way|it|my|them|the results?|what|this|that|the look|these)\b|\b(?:looks?|look like|looking) (?:awful|terrible|horrible|ridiculous|weird|fake|like a duck|duck|like a clown|worse|bad|deformed|crooked|strange|wrong|overdone)\b|\bi look (?:awful|terrible|horrible|ridiculous|old|worse|weird|crazy|deformed)\b|\bdoesn'?t look (?:good|right|natural|the same)\b", "", True),
    ("complaint", r"\b(?:complain\w*|complaint|grievance|report (?:you|this|your)|better business bureau|bbb|medical board|licensing board|state board)\b", "", False),
    ("refund", r"\b(?:want|need|demand\w*|deserve|expect\w*|get|give me|requesting|request|asking for|ask for|owe me|issue me)\b(?:\W+\w+){0,2}?\W+(?:refund|money back)\b|\brefund (?:me|my)\b|\bmy money back\b|\bcharge ?back\b|\bdispute (?:the|this|my) (?:charge|payment)\b", "", False),
    ("legal", r"\b(?:lawyer|attorney|sue (?:you|the|your)|suing|going to sue|i'?ll sue|i will sue|lawsuit|legal action|malpractice|small claims)\b", "", False),
    ("review_threat", r"\b(?:bad|negative|terrible|horrible|awful|1[- ]?star|one[- ]?star|honest|scathing) (?:google |yelp )?reviews?\b|\b(?:warn|tell) (?:everyone|people|all my friends)\b|\bexpose you\b|\byelp\b(?!.*\b(?:found|saw|read|great|love|amazing)\b)", "", False),
    ("anxiety", r"\b(?:anxious|anxiety|nervous|scared|afraid|terrified|freak\w* out|panick\w*|panic|worried|worrying|stressed|stressing|paranoid|petrified|dread\w*|overwhelmed|insecure|self[- ]conscious)\b", "", True),
    ("frustration", r"\b(?:useless|(?<!dumb )(?<!silly )stupid(?! question)|dumb(?! question)|pointless|idiot\w*|wtf|ugh+|omfg|fuck\w*|shit\w*|bullshit|damn it|wth)\b|(?:😡|🤬|😠|😤|😢|😭|😞|💔|😩|😫)", "", False),
])

_PERSON = r"(?:person|human|someone|somebody|people|manager|owner|nurse|doctor|dr|injector|provider|staff|receptionist|front desk|representative|rep|agent|supervisor|director|team member|human being|real|actual|live|np|rn|pa)"
HUMAN_REQUEST = _rules("human_request", [
    ("talk_to", rf"\b(?:talk|speak|chat|connect(?:ed)?|transfer(?:red)?|put me through|reach|get (?:a hold|ahold) of|get in touch)\b(?:\W+\w+){{0,4}}?\W+{_PERSON}\b", "", False),
    ("want_person", r"\b(?:is there|can i get|can i have|i need|i want|i'?d like|give me|get me|let me talk to|need to talk to)\b(?:\W+\w+){0,2}?\W+(?:real |actual |live )?(?:person|human|someone real|manager|agent|representative)\b|\b(?:real|actual|live) (?:person|human|agent|people)\b|\b(?:human|person|agent|representative|operator) please\b|^\W*(?:human|agent|representative|operator|person)\W*$", "", False),
    ("call_me", r"\b(?:call me|call me back|give me a (?:call|ring)|callback|call back|ring me|phone me|(?:have|can|could|will|would) (?:someone|somebody|you|the \w+|a \w+|your \w+) (?:please )?(?:call|phone|ring) me|reach out to me|contact me)\b", "", False),
    ("is_bot", r"\b(?:are you|is this|r u|am i (?:talking|texting|chatting|speaking) (?:to|with)|is that) (?:a |an |even a |just a )?(?:bot|robot|ai|a\.i\.|automated|computer|machine|chat ?bot|real person|real|human|person|actual person|program|auto ?reply)\b|\b(?:this is|you'?re|you are) (?:a |an |just a )?(?:bot|robot|automated|machine)\b|\bis this automated\b", "", False),
])

_CONCERN = r"(?:wrinkles?|lines|fine lines|acne|acne scars?|scars?|dark spots?|sun ?spots?|sun damage|melasma|pigment\w*|rosacea|redness|pores|texture|double chin|jowls?|sagging|loose skin|laxity|hair loss|thinning|cellulite|stubborn fat|belly fat|stretch marks|dark circles|under ?eye bags|bags|hollows?|thin lips|volume loss|crows? ?feet|11s|frown lines|smile lines|marionette lines|nasolabial|gummy smile|sweating|hyperhidrosis|veins|aging|skin tone|uneven skin)"
CONSULTATION = _rules("consultation", [
    ("best_for_me", r"\b(?:which|what)\b(?:\W+\w+){0,6}?\W+(?:best|better|right|ideal|recommend\w*|suggest\w*|good|work best|most effective)\b(?:\W+\w+){0,5}?\W+(?:for me|for my|i should|should i|in my case|for someone like me|for someone with)\b", "", False),
    ("recommend", r"\bwhat (?:would|do|should|can|could) (?:you|u|yall|your \w+) (?:recommend|suggest|advise|propose)\b|\b(?:recommend|suggest) (?:something|anything|a treatment|what) (?:for|to)\b|\bany (?:recommendations|suggestions)\b", "", False),
    ("x_or_y", r"\bshould i (?:get|do|try|go with|choose|book|pick|start with)\b.*\bor\b|\b(?:better|best) (?:option|choice|for me)\b|\bwhich (?:one|option|treatment|is better)\b(?:\W+\w+){0,4}?\W+(?:me|my|i)\b", "", False),
    ("combine", r"\bcombin\w*\b|\b(?:can|could|should) i (?:get|do|have)\b.*\b(?:and|with|plus)\b.*\b(?:same (?:day|time|visit|appointment)|together|at once)\b", "treated", False),
    ("candidate", r"\b(?:am i|would i be|i'?m|could i be|is (?:my \w+|she|he)) (?:a )?(?:good |right |suitable |possible |ideal )?candidate\b|\bwould (?:i|it|this|that|\w+) (?:work|help|be good|be right|do anything) (?:for|on) (?:me|my)\b|\b(?:would|will|could|does|do|can) (?:\w+ )?(?:botox|filler|morpheus8?|microneedling|laser|ipl|peel|kybella|prp|it|this|that) (?:work|help|be good) (?:for|on|with) (?:me|my)\b", "", False),
    ("my_concern", rf"\b(?:help|fix|get rid of|improve|reduce|treat|do about|do for)\b(?:\W+\w+){{0,1}}?\W+my\b(?:\W+\w+){{0,2}}?\W+{_CONCERN}\b|\bmy\b(?:\W+\w+){{0,2}}?\W+{_CONCERN}\b.*\b(?:what|which|recommend|suggest|options?|best|treat)\b", "", False),
    ("concern_want", rf"\bi (?:want|need|would like|'d like|wanna|am looking|'m looking) to (?:fix|get rid of|improve|reduce|tighten|plump|smooth|lift|tone|slim|contour|refresh|look younger)\b|\bi (?:have|hate|don'?t like|can'?t stand)\b(?:\W+\w+){{0,3}}?\W+{_CONCERN}\b.*\b(?:what|which|recommend|suggest|options?|help|do you)\b", "", False),
])

_TREATMENT_FAMILY = {
    "botox": r"\b(?:botox|tox|dysport|xeomin|daxxify|jeuveau|lip flip|neurotoxin)\b",
    "filler": r"\b(?:fill?ers?|juvederm|restylane|rha|voluma|volbella|kysse|radiesse|sculptra)\b",
    "kybella": r"\bkybella\b",
    "rf": r"\b(?:morpheus ?8?|rf microneedling)\b",
    "microneedling": r"\b(?:microneedling|micro-needling|vampire|prp)\b",
    "facial": r"\b(?:hydra ?facials?|facials?|peels?|dermaplaning)\b",
    "laser": r"\b(?:laser|ipl|photofacial)\b",
    "weightloss": r"\b(?:semaglutide|ozempic|wegovy|tirzepatide|mounjaro|zepbound|weight ?loss|glp-?1)\b",
    "iv": r"\b(?:iv|drips?|nad|b12)\b",
    "body": r"\b(?:coolsculpting|body contouring|emsculpt)\b",
}
TREATMENT_FAMILIES = {name: re.compile(p) for name, p in _TREATMENT_FAMILY.items()}
MONEY = re.compile(
    r"\$\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k|grand|thousand)?\b"
    r"|\b(\d+(?:\.\d+)?)\s?(k|grand|thousand)\b"
)
BUDGET_WORDS = re.compile(
    r"\b(?:budget|spend|invest|willing|afford|up to|saved|set aside|put toward|looking to put|"
    r"ready to|have about|have around|have like)\b"
)
SPENT_WORDS = re.compile(r"\b(?:spent|paid|charged|cost me|wasted|lost|refund|owe)\b")

LEAD = _rules("lead", [
    ("event", r"\b(?:wedding|weddings|bride|bridal|bridesmaids?|maid of hono(?:u)?r|matron of honor|groom|groomsmen|getting married|engaged|engagement (?:photos|party|shoot|pics)|honeymoon|bachelorette|rehearsal dinner|reunion|gala|red carpet|photo ?shoot|big (?:event|day)|prom|quince\w*|vow renewal|anniversary (?:party|trip)|pageant|milestone birthday|(?:30|40|50|60)th birthday)\b", "", False),
    ("group", r"\b(?:botox|tox|filler|spa|girls'?|ladies'?|group|bridal) (?:party|parties|night|day|event)\b|\b(?:me and|my) (?:\d+|two|three|four|five|six|several|a few|some) (?:friends|girls|girlfriends|sisters|bridesmaids|coworkers|colleagues|ladies)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a bunch of|group of|party of) (?:of us|friends|girls|ladies|people|bridesmaids|coworkers|colleagues|employees|guests|women|moms)\b|\b(?:whole|entire) (?:team|office|staff|family|group|bridal party|wedding party)\b|\b(?:for|with) (?:my|our) (?:team|office|staff|employees|coworkers|company)\b|\bcorporate\b|\bcompany (?:event|outing|party)\b|\bteam building\b|\bgroup (?:booking|discount|rate|appointment|deal|package)\b", "", False),
    ("package", r"\b(?:full[- ]face|head to toe|total makeover|makeover|complete (?:refresh|transformation|overhaul)|the works|liquid face ?lift|mommy makeover|everything you (?:offer|have|recommend))\b|\b(?:want|like|interested in|looking for|put together|create|build|custom|customi[sz]ed) (?:a |an )?(?:\w+ )?(?:package|bundle|treatment plan)\b", "", False),
    ("big_budget", r"\bmoney (?:is|isn'?t) (?:no|not an?) (?:object|issue|problem)\b|\bbudget (?:is|isn'?t) (?:not )?(?:an? )?(?:issue|concern|problem|unlimited|flexible)\b|\bwhatever it (?:costs|takes)\b|\b(?:price|cost) (?:doesn'?t|does not|isn'?t|is not) (?:matter|an issue|a concern|a problem)\b|\bdon'?t care (?:about the price|how much|what it costs)\b|\bspare no expense\b|\bsplurge\b|\bbig budget\b|\bno budget\b", "", False),
])

# Spanish: enough to notice an emergency or a patient-specific question in a Spanish text.
SPANISH = [
    *_rules("urgent", [
        ("es_emergency", r"\bno puedo (?:respirar|ver|tragar)\b|\bme falta el aire\b|\bvision (?:borrosa|doble)\b|\bveo (?:borroso|doble|manchas)\b|\bgarganta\b.*\b(?:cerr|hinch|inflam)\w*|\bpiel\b.*\b(?:blanca|morada|gris|azul|oscura)\b|\bdolor (?:muy )?(?:fuerte|intenso|severo|insoportable)\b|\bdesmay\w*|\bdolor de pecho\b|\bemergencia\b", "", False),
    ]),
    *_rules("medical", [
        ("es_medical", r"\b(?:hinchad\w*|hinchazon|inflamad\w*|moret\w*|dolor|duele|embarazada|lactando|amamantando|alergi\w*|reaccion|infeccion|infectad\w*|bultos?|es normal|efectos? secundarios?|sangr\w*|ardor|picazon|medicamentos?)\b", "", False),
    ]),
    *_rules("emotional", [
        ("es_emotional", r"\b(?:enojad\w*|molest\w*|decepcionad\w*|reembolso|queja|abogado|demanda\w*|horrible|terrible|no estoy (?:content|feliz|satisfech)\w*|odio|nerviosa?|miedo|asustad\w*|preocupad\w*)\b", "", False),
    ]),
    *_rules("human_request", [
        ("es_person", r"\bhablar con (?:una persona|alguien|un humano|la enfermera|el doctor|la doctora|un gerente|el gerente)\b|\bllam(?:ame|eme|enme)\b|\bme pueden llamar\b|\bpersona real\b|\beres (?:un )?(?:robot|bot)\b", "", False),
    ]),
    *_rules("consultation", [
        ("es_consult", r"\bque me recomienda\w*|\bcual es mejor\b|\bque es mejor para mi\b|\bsoy (?:buena )?candidata?\b", "", False),
    ]),
    *_rules("lead", [
        ("es_lead", r"\b(?:boda|novia|damas de honor|quinceanera|despedida de soltera|paquete|grupo de)\b", "", False),
    ]),
]

# Attempts to steer the assistant, or requests for what no FAQ may give: a person handles them.
OFF_LIMITS = _rules("low_confidence", [
    ("steering", r"\b(?:ignore|disregard|forget) (?:all |any |your |the |my )?(?:previous |prior |above |earlier |system )?(?:instructions|prompts?|rules|directions)\b|\bsystem prompt\b|\byou are now\b|\bfrom now on,? you\b|\bpretend (?:you'?re|you are|to be)\b|\bact as (?:a|an|my)\b|\bjailbreak\w*|\bdeveloper mode\b|\bdan mode\b|\brepeat after me\b|\bjust say (?:yes|no)\b|\bsay (?:yes|no) (?:or|to)\b|\brole ?play\b", "", False),
    ("private_data", r"\b(?:patient|customer|client|staff|employee)s?'? (?:list|phone numbers?|numbers|names|records|data|info|information|emails?|addresses)\b|\b(?:home address|password|passcode|login|admin (?:panel|page|password)|credit card numbers?|social security|ssn)\b", "", False),
    ("off_task", r"\b(?:write|compose|generate) (?:me )?(?:a|an) (?:poem|essay|story|song|code|program|haiku|letter|joke)\b|\btell me a joke\b", "", False),
])

GUARD_RULES: tuple[Rule, ...] = (
    *URGENT, *MEDICAL, *EMOTIONAL, *HUMAN_REQUEST, *CONSULTATION, *LEAD, *SPANISH, *OFF_LIMITS,
)
