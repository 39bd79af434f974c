"""Phrasings real patients use, written for the guards (not taken from the corpus).

Each list is a concept family: the rules must catch the family, not these sentences. The
near-misses share words with an emergency or a request ("vision insurance", "white tea facial",
"chest laser") and must not page anyone or cost an automated answer.
"""

import pytest

from handoff.triage.guards import find_hits


def triggers(text: str) -> set[str]:
    return {hit.trigger for hit in find_hits(text)}


# Vascular occlusion after filler: pale, white, grey, blue, purple, mottled, lacy or darkening
# skin, cold skin, a bruise that spreads, scabs or blisters days later.
OCCLUSION = [
    "my lip looks kinda white and blotchy since yesterday's filler",
    "the skin above my lip went super pale right after the filler",
    "theres a white spot on my upper lip thats not going away, got filler this morning",
    "my nose tip is kind of bluish since the filler this am",
    "cheek looks purplish and its really sore after filler",
    "my chin has a weird net like pattern on it after filler",
    "lacy purple pattern showing up on my cheek since the filler",
    "the skin next to my nostril is dark grey after my nasolabial filler",
    "skin around the injection looks dusky",
    "my lip is changing colours after the filler, first white now kinda purple",
    "part of my lip turned a weird color after filler",
    "my upper lip is splotchy white and red and really hurts, filler 2 hrs ago",
    "the filler spot on my cheek looks like a bruise but its spreading and hurts a ton",
    "there's a bruise-looking patch that keeps getting bigger since my lip filler",
    "the area under my eye keeps getting darker since the filler",
    "my nose looks blotchy and kinda blue after the nose filler",
    "left side of my lip is cold to the touch and pale",
    "my lip feels cold and looks white",
    "lip feels icy cold after filler",
    "skin on my forehead looks mottled after the filler there",
    "got little scabs and blisters on my lip 3 days after filler",
    "there are tiny white bumps like pimples popping up on my nose 2 days after filler",
    "scabbing on my cheek 4 days after filler right where she injected",
    "my lip has like blisters along where the filler went",
    "the filler area is turning black",
    "my lips are blue ish after filler",
    "my lip is so pale its almost white and it hurts, had filler today",
    "upper lip went pale as soon as she injected and it still is",
    "dark purple blotch spreading on my lip since filler",
    "the skin on my nose looks greyish blue since the filler",
    "my tear trough area looks dark and dusky since the filler",
    "theres a weird lacy red pattern on my chin since filler",
    "some blanching on my lip after the filler, is that ok",
    "the skin went white when she injected and it hasnt pinked back up",
    "my skin is turning colors where the filler was",
    "lip lookin white n blotchy after filler help",
    "my lips r purple n it hurts sm",
    "my lip is turnin white",
    "my smile lines went a weird grayish color after the filler yesterday",
    "the corner of my mouth is discolored and dark since the filler and it throbs",
    "it looks like a purple map on my cheek where the filler is",
    "a patch on my lip is going white then red then purple",
    "the skin over my jawline filler is mottled and cold",
    "one nostril looks pale and kinda waxy after my cheek filler",
    "my lips are weirdly white and numb after the filler wore off the numbing",
    "hey so my top lip has gone kind of pale blotchy since the filler and its tender",
    "the spot next to my nose where i got filler is a funny grey color",
    "skin between my brows is dusky after my glabella filler",
    "nose looks patchy and purple after the non surgical rhinoplasty",
    "my cheek has a mesh like purple pattern since the voluma",
    "is it bad that my lip went white while she was injecting and still hasnt come back",
    "theres this blue tint on my chin since the filler",
    "i think my lip is dying, its grey",
    "the tip of my nose is really cold and looks bluish",
    "my lip feels like ice and looks white",
    "the filler bump turned dark purple overnight and it hurts like crazy",
    "pimple looking things popped up all over my cheek 3 days after filler",
    "theres a scab forming on my nose 2 days after my nose filler",
    "my lip looks like it has a purple spiderweb on it since the filler",
    "my lip is getting blotchy and dark, had it done yesterday",
    "the filler area looks white when i press it and doesnt go back to pink",
    "i think she hit a vessel, my lip is all different colors",
    "theres white skin around where she injected the filler",
    "my nose is turning gray",
    "lip went white",
    "my cheek is cold and blotchy after my filler",
    "the spot where the needle went in on my lip is turning dark",
    "my lip looks kinda whiteish since the filler",
]

# Severe or worsening pain at the filler.
SEVERE_PAIN = [
    "pain in my lip is getting worse not better 2 days after filler",
    "the pain after my filler is unbearable",
    "my cheek is throbbing like crazy after filler",
    "lip pain is 9/10 after the filler",
    "i have really severe pain where the filler went",
    "the pain keeps getting worse since my nose filler",
    "worst pain ever in my lip since the filler",
    "my chin hurts more and more every hour since the filler",
    "my lip keeps hurting worse and worse each hour",
    "the pain in my nose is insane since the filler",
]

# Vision change after filler: blurry, double, dark spots, a curtain, loss of sight.
VISION_CHANGE = [
    "cant see right out of my left eye after my tear trough",
    "my vision is blurry since my filler",
    "there's a dark spot in my vision after the filler",
    "i lost vision in my right eye for a bit after filler",
    "im seeing double after my cheek filler",
    "my eye is all blurry after the botox",
    "vision in my left eye is weird after the temple filler",
    "it's like there's a curtain over my eye since the filler",
    "half my vision is gone in one eye after filler",
    "i cant see out of one eye",
    "eyesight went fuzzy right after the under eye filler",
    "my eye went dark for a second after the filler and now its blurry",
    "everything is double when i look left since my filler",
    "my eye hurts and i cant see well after filler",
    "vision loss after filler",
    "theres a black spot in my eye since the filler",
    "my vison is blurry after the filler",
    "things look cloudy out of my right eye since my nose filler",
    "i can only see shadows out of my left eye after the filler",
    "my eye is blurry since the filler yesterday",
    "I have blurred vision after the under eye filler",
    "my left eye went black for a few seconds after filler",
    "cant see out of my right eye properly",
    "my vision has gone weird since the filler appointment",
    "it looks foggy out of one eye after my filler",
    "my eye is drooping and i see two of everything after the filler",
    "its like looking through frosted glass out of my left eye since the filler",
    "part of my vision is missing since the filler",
    "cant rly see outta my right eye since the filler, like a shadow",
    "everything looks doubled in my left eye since I got home from my filler",
]

# Anaphylaxis: throat or tongue, fast swelling, breathing, hives all over, dizzy after a shot.
ANAPHYLAXIS = [
    "throat feels tight after my drip",
    "her eyelids are swelling shut after the skin booster",
    "my throat is scratchy and my lips are tingling since the IV",
    "my throat is closing up",
    "my throat is swelling after the iv",
    "tongue feels huge and swollen after my shot",
    "lips swelling up fast after the b12 shot",
    "cant breathe right after my injection",
    "cant breath after iv",
    "im wheezing after the drip",
    "hives all over my body after the iv",
    "broke out in hives everywhere after the shot and i feel dizzy",
    "i feel dizzy and my face is swelling after the injection",
    "dizzy and itchy all over after my botox",
    "my lips and tongue are swelling up really quick after the numbing cream",
    "its hard to breathe after the drip",
    "feels like i cant get air in after my iv",
    "covered in hives and my throat feels funny",
    "face and lips swelling up so fast after the kybella",
    "hives all over and having a hard time swallowing",
    "i feel really dizzy after the injection",
    "my throats closing",
    "my whole body is itchy and red after the drip and i feel lightheaded",
    "my throat feels really tight and im coughing after the drip",
    "my lips blew up like crazy right after the shot",
    "im breaking out in hives everywhere",
    "it feels like my tongue is too big for my mouth after the iv",
    "im having trouble breathing since the injection",
    "my neck and face are swelling quickly after the kybella",
    "feel so dizzy after my b12 shot",
    "my lips are tingling and swelling up after the iv",
    "i feel like im choking after the drip",
    "i think im having an allergic reaction to the iv",
]

# Spreading infection with fever: red streaks, hot spreading redness, pus with a temperature.
SPREADING_INFECTION = [
    "lip is red hot and spreading and i have a fever",
    "red streaks going up from the injection site",
    "pus coming out of the filler spot and i have a temp of 101",
    "im running a fever and the injection site is swollen and red",
    "got chills and the microneedling area is swollen and hot",
    "the redness is spreading fast from where i had filler",
    "my cheek is hot and swollen and i have a fever and chills",
    "theres a red line going up my arm from the iv site",
    "feverish and the lump from my filler is red and hot",
    "the infection is spreading on my face after the peel",
    "fever and the filler spot is hot and swollen",
    "the iv site is red and hot and i have chills",
    "my arm has a red streak going up from the iv",
    "pus and fever after microneedling",
    "i feel like i have the flu and the injection site is red and swollen",
    "my cheek got red and hot since last night and i took my temp this morning, it was 102",
    "kybella 2 days ago, now my neck is swollen, red and hot and im burning up",
]

# Chest pain, a racing heart or fainting after an IV or a weight-loss injection.
CHEST_HEART_FAINTING = [
    "chest pain after my iv",
    "my chest hurts after the semaglutide shot",
    "heart is racing after my tirzepatide injection",
    "my heart is beating really fast after the drip",
    "i fainted after the b12",
    "passed out after my shot",
    "almost passed out after the drip",
    "i feel like im going to faint after my iv",
    "my heart wont stop racing since the iv",
    "chest feels tight and heavy after my shot",
    "heart palpitations after my semaglutide",
    "heart racin after my drip",
    "i keep almost blacking out since i upped my tirzepatide dose",
    "my heart is fluttering and skipping beats after the nad drip",
    "i fell over and hit the floor after my ozempic shot, i think i fainted",
    "i have chest pains since my semaglutide shot",
    "my chest is tight after the drip",
    "heart pounding after my iv",
    "i passed out in the car after my drip",
    "i blacked out for a sec after my weight loss injection",
    "nearly fainted after the tirzepatide",
    "my heart rate is 140 since the nad drip",
    "feels like an elephant is sitting on my chest since the shot",
    "my heart feels like its going to beat out of my chest after the b12",
    "pressure in my chest after my tirzepatide",
    "my chest feels a little tight after my NAD shot",
]

# The same emergencies in Spanish.
SPANISH_EMERGENCIES = [
    "tengo el labio blanco despues del relleno",
    "no puedo ver bien de un ojo despues del relleno",
    "se me esta cerrando la garganta",
    "me duele el pecho despues del suero",
    "tengo fiebre y la zona esta roja y caliente",
    "se me hinchan los labios muy rapido y no puedo respirar",
    "veo borroso desde el relleno",
    "me desmaye despues de la inyeccion",
    "el labio se puso morado y me duele mucho",
    "ronchas por todo el cuerpo despues del suero",
    "el corazon me late muy rapido despues de la inyeccion",
    "tengo la piel morada y fria donde me inyectaron",
    "mi labio esta blanco y frio despues del relleno",
    "veo doble desde el relleno",
    "me falta el aire despues del suero",
    "tengo ronchas y se me hincha la lengua",
    "me desmaye despues de la inyeccion para bajar de peso",
    "tengo fiebre y pus donde me pusieron el relleno",
    "mi vista esta borrosa desde el relleno",
    "siento que me voy a desmayar",
    "se me puso el labio gris",
    "mi mama se puso relleno y tiene una parte morada y le duele muchisimo",
    "despues del suero siento el pecho apretado y me estoy mareando",
]


# The same signs told the way texts come in: several sentences, capitals, emoji, a relative.
TOLD_DIFFERENTLY = [
    "Hi! Had my lips done at 2pm. Now the left side of my top lip is really white. Should I be worried?",
    "MY LIP IS TURNING PURPLE AFTER FILLER WHAT DO I DO",
    "my sister got cheek filler with you today and now half her cheek looks blotchy purple and she's in a lot of pain",
    "Got filler yesterday. Today my nose looks kind of gray on one side.",
    "so my tear trough filler was this morning. my right eye is blurry now",
    "😭😭 my lip is so white and it hurts after filler",
    "i did the semaglutide shot an hour ago and i feel like i'm about to pass out",
    "after the drip i got hives on my chest and my throat feels weird",
    "i'm on tirzepatide and had chest pain all night",
    "had filler in my chin last week and now theres scabs on it",
    "the vitamin drip made my face swell up and i feel dizzy",
    "I'm so lightheaded after my IV I can barely stand",
    "my cheek filler area looks lacy and dark today",
    "Quick question, I got filler in my nasolabial folds 2 days ago and there are little blisters on my upper lip now, is that normal?",
    "lips got really pale and cold after my filler",
    "its been 3 days since my filler and the bruise keeps spreading and getting darker",
    "my vision keeps going in and out since my filler",
    "my eye is seeing weird after the filler",
    "i feel faint and my heart is beating so fast after the b12",
    "pus oozing from my lip and i feel feverish",
    "i have hives all over and my lips are tingling",
    "my lip looks dusky purple today",
    "the filler in my nose made the tip go white",
    "cant breathe well after my shot",
    "throat tight after the iv",
]


@pytest.mark.parametrize(
    "text",
    [
        *OCCLUSION,
        *SEVERE_PAIN,
        *VISION_CHANGE,
        *ANAPHYLAXIS,
        *SPREADING_INFECTION,
        *CHEST_HEART_FAINTING,
        *SPANISH_EMERGENCIES,
        *TOLD_DIFFERENTLY,
    ],
)
def test_possible_emergency_fires_urgent_and_medical(text: str) -> None:
    assert {"urgent", "medical"} <= triggers(text)


# Same words, no emergency: a service, a price, a habit, a concern to treat, a general question.
NOT_EMERGENCIES = [
    "do you offer vision insurance",
    "is the white tea facial good",
    "what's the price of a chest laser hair session",
    "is laser on the chest painful?",
    "how long does swelling usually last after lip filler in general",
    "Will my tattoo come off completely? it's black and blue",
    "can your laser get rid of the white spots on my skin",
    "my under eye area is darker than the rest of my face, what do you recommend",
    "my skin looks so dull and grey this winter, which facial should i get",
    "can i get lip filler if i get fever blisters",
    "does red light therapy help with fever blisters",
    "i cant see anything different after my botox, when does it kick in",
    "i usually pass out when i get blood drawn, can i lie down for the iv",
    "i get really dizzy around needles, can i lie down during my botox",
    "my heart is set on lip filler before my trip",
    "this price is killing me lol",
    "do you do the blue light acne facial",
    "how much is the purple shampoo you sell",
    "can you see me today at 3",
    "is there a pink or white hydrafacial option",
    "does the IV drip help with a pounding hangover headache",
    "do you offer eye exams",
    "what does a black friday deal look like for botox",
    "can I see before and after pics of lip filler",
    "does laser hair removal work on grey or white hair",
    "do you do chest and back facials",
    "how long does the redness last after microneedling usually",
    "i have pale skin, will filler bruise more",
    "is filler ok for darker skin",
    "do you do lip filler in different colors of lipstick lol",
    "my heart is beating fast just thinking about needles haha",
    "is there an allergic reaction risk with the iv drip",
    "I had an allergic reaction to lidocaine years ago, is that a problem",
    "is the chest area a little painful for laser hair removal",
]


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_words_shared_with_an_emergency_do_not_fire_urgent(text: str) -> None:
    assert "urgent" not in triggers(text)


# Their own side effects, recovery, contraindications (pregnancy, nursing, medicines,
# conditions), dosing, promised outcomes.
MEDICAL = [
    "is it ok to get botox while im nursing",
    "i take eliquis, is filler ok for me",
    "on antibiotics for a uti rn, can i still come in for microneedling tmrw",
    "i just finished accutane last month, when can i do a peel",
    "I have lupus, can I get filler",
    "im prone to cold sores, do i need to take something before lip filler",
    "can i get lip filler if i get fever blisters",
    "I have rheumatoid arthritis, is botox safe",
    "i have hashimotos, does that matter for semaglutide",
    "my lip is still lumpy 2 weeks after filler is that normal",
    "the bruise on my cheek from filler won't go away",
    "small bump where the needle went, should I massage it",
    "my forehead feels tight since tox, normal?",
    "is it normal to have a headache after botox",
    "i feel nauseous on the semaglutide",
    "can i take advil for the swelling",
    "how many units of botox should I get for my crows feet",
    "should i up my dose of tirzepatide, im not losing anything",
    "will morpheus8 definitely get rid of my acne scars",
    "my lips look uneven after filler",
    "i had a reaction to the numbing cream last time",
    "I'm on spironolactone and tretinoin, can I do a peel",
    "i'm 12 weeks along, is a hydrafacial ok",
    "just had a baby 3 weeks ago and im pumping, can i get botox",
    "could my birth control pill interfere with the laser",
    "i accidentally slept on my face the night after botox, did i ruin it?",
    "the numbing cream made my face red and itchy",
    "my skin is peeling a lot 3 days after the peel",
    "i have MS, am i able to get botox",
    "i have crohns and take humira, can i do the iv drip",
    "in my first trimester, can i still get my b12 shots",
    "my eyebrow is droopy since my botox",
    "Is it bad that I went to hot yoga right after my botox",
    "my face is still swollen from the morpheus, how long will that last",
    "i have a filler lump that wont go away",
    "can i drink wine tonight after my filler this morning",
    "got sick after my drip yesterday, threw up twice",
    "the semaglutide is making me constipated",
    "i'm diabetic and on insulin, can i do the weight loss shots",
    "im 6 months postpartum and still breastfeeding, is kybella ok",
    "does being on prednisone change anything for my filler appt",
    "I take aspirin every day for my heart, can I still get filler",
    "my doctor just put me on doxycycline, can i still do my laser friday",
    "I get cold sores a lot, should I take valtrex before lip filler",
    "is botox safe if i have myasthenia",
    "my lip has a small hard bump 3 weeks after filler",
    "there's still bruising a week after my tear trough",
    "my jaw feels sore after masseter botox, normal?",
    "the semaglutide gives me horrible heartburn",
    "my forehead still moves 2 weeks after botox, should i come back",
    "how much botox would I need for a lip flip",
    "can i do hot yoga the day after filler",
    "the tip of my nose is red and a little swollen after the filler, is that ok",
    "i think im allergic to the numbing cream",
    "can i get filler two weeks after covid",
    "my botox didn't work at all, can I get a touch up?",
    "how long am I gonna be sensitive after teeth whitening, mine are killing me",
    "I'm having knee surgery next week, do I need to stop my tirzepatide before?",
    "how much testosterone will I be on? my buddy takes 200mg a week",
    "day 5 of my VI peel and it's coming off in sheets can I just pull it",
    "I'm losing more hair in the shower since starting tirzepatide",
    "How long does lip swelling usually last? Mine is still big on day 3.",
    "it's been 5 days and one eyebrow is way higher than the other",
    "can i do emsculpt if i have a copper IUD?",
    "do I stop fish oil before filler? I also take baby aspirin for my heart",
    "can I have wine tonight, I got filler this afternoon",
    "got the hangover drip today and the IV spot is bruised and a little sore",
    "Can I hit the gym today? had tox this morning",
    "got it done at noon, can I still go to hot yoga tonight",
    "i just got my lips done. can i have a margarita tonight",
    "I'm on semaglutide now, can I drink on it?",
    "on roaccutane at the moment, is laser ok?",
    "will six sessions get me a flat stomach by summer",
    "how much is the hormone program going to help me, I'm exhausted",
    "had lip filler tuesday and now one side is bigger than the other",
    "ok, had my lips done at 3, there's a small bruise on the left. should i just ice it?",
    "I lay down right after. will the botox migrate to my eyelid now?",
    "tox was 2 weeks ago and I still can move my forehead, do I need more?",
    "I had lipo 10 days ago, when I can start the drainage massage?",
    "would two syringes be enough for my cheeks? I lost a lot of weight",
    "how much xeomin would I need for my forehead",
    "if I do three rounds will my acne scars be completely gone?",
    "will the filler take ten years off me",
    "is it ok to have a glass of wine tonight? got filler at noon",
]


@pytest.mark.parametrize("text", MEDICAL)
def test_patient_specific_medical_question_fires_medical(text: str) -> None:
    assert "medical" in triggers(text)


# Upset, let down, embarrassed, anxious, ignored, treated badly.
EMOTIONAL = [
    "honestly really disappointed with how my lips turned out",
    "i'm so upset, my brows are uneven and nobody called me back",
    "this is ridiculous, i've been waiting 40 min",
    "im freaking out a little, first time getting botox",
    "i feel so ugly after this",
    "I regret getting filler",
    "I paid $800 and I look exactly the same, not happy",
    "you guys charged my card without asking",
    "i'm crying, my lips look like a duck",
    "super anxious about my appointment tomorrow",
    "I'm really not okay with how I was treated yesterday",
    "you ruined my face",
    "beyond frustrated with the front desk",
    "this was a total waste of money",
    "I feel like I was scammed",
    "im so embarassed to go out with my lips like this",
    "not impressed at all with my results",
    "i'm heartbroken about my results",
    "i want to cry every time i look in the mirror",
    "honestly kinda sad about how it turned out",
    "i hate my lips now",
    "i'll be disputing this charge with my bank",
    "your receptionist was so condescending to me",
    "i've called three times and no one picks up",
    "i don't even recognize myself after this",
    "i'm so mad right now",
    "this is unbelievable, no one told me there was a cancellation fee",
    "my lips look nothing like what i asked for and i'm devastated",
    "i spent so much money and i look worse",
    "i'm really nervous about the needles",
    "honestly feeling really let down by you guys",
    "you people are a joke",
    "you're a worthless f***ing robot",
    "I'd like a refund on my laser package, I can't tell a difference after 4 sessions",
    "the lip flip did literally nothing, I want my $150 back",
    "I've tried to cancel my membership 3 times and you keep charging me",
    "why'd y'all charge me a late cancel fee when I cancelled 3 days ahead??",
    "Your receptionist was really short with my mother on the phone",
    "I'm still paying off cherry for lip filler I absolutely hate",
    "I paid $850 for russian lips and they look exactly the same as before",
    "I'm at the westchase location and nobody's here, door locked",
    "Can you just answer my question?",
    "I want my deposit back, nobody reminded me",
    "the membership was frozen and I was still charged for March",
    "why did u charge me a no show fee, I called ahead",
    "she cancelled on me an hour before, second time this month",
    "I'm reporting your clinic to the state nursing board",
    "I want the late fee refunded, your door was locked",
    "this is not an answer to what I asked",
    "you're not reading my messages at all",
    "I cancelled the plan and you keep taking money from my account",
    "my gift card says $0 and I never used it, what the heck",
]


@pytest.mark.parametrize("text", EMOTIONAL)
def test_upset_or_anxious_patient_fires_emotional(text: str) -> None:
    assert "emotional" in triggers(text)


# Calm or happy messages that share words with upset ones ("stressed", "review").
NOT_EMOTIONAL = [
    "no worries at all!",
    "I'm so excited for my appointment!",
    "I'd love to leave you guys a review, where do I post it?",
    "not stressed, just wondering how long it takes",
]


@pytest.mark.parametrize("text", NOT_EMOTIONAL)
def test_friendly_or_calm_message_is_not_emotional(text: str) -> None:
    assert "emotional" not in triggers(text)


# Asking for a person, a call, or whether this is a bot.
HUMAN_REQUEST = [
    "can someone call me",
    "I want to talk to the nurse",
    "am i talking to a robot",
    "is this automated",
    "can i speak with an actual human",
    "can the injector text me directly",
    "pls have kelsey call me",
    "I'd rather talk to someone on the phone",
    "need a call back asap",
    "is there a real person i can text",
    "let me talk to someone please",
    "i want to speak to a manager",
    "r u a real person lol",
    "are you ai",
    "am i chatting with chatgpt",
    "can a nurse text me back",
    "connect me with a human",
    "transfer me to the front desk",
    "can you have the dr reach out to me",
    "is this a real person or a computer",
    "i need to talk to whoever did my botox",
    "can i get a phone call instead of texting",
    "can i please talk to an actual person",
    "have the nurse text me when she's free",
    "is a real human reading these",
    "can you get someone to ring me",
    "i need to speak to the owner",
    "are these messages automated or is someone there",
    "am i texting a robot rn",
    "Could I leave a message for Jordan? He asked me to check in",
    "can Jess text me back? she's my injector",
    "my husband has questions about his gift card, could someone ring him?",
    "can anyone answer the phone? been trying all morning",
    "am i talkin to a bot or what",
    "I'd rather discuss the payment plan with a real person",
    "can nurse Dana call me back? she knows my history",
]


@pytest.mark.parametrize("text", HUMAN_REQUEST)
def test_asking_for_a_person_or_a_bot_check_fires_human_request(text: str) -> None:
    assert "human_request" in triggers(text)


# About the staff, or calling to book: the knowledge base answers these.
NOT_HUMAN_REQUEST = [
    "can I call to book?",
    "are your injectors nurses?",
    "I'll call you tomorrow to book",
    "what's the best number to reach the office",
]


@pytest.mark.parametrize("text", NOT_HUMAN_REQUEST)
def test_question_about_staff_or_calling_is_not_a_human_request(text: str) -> None:
    assert "human_request" not in triggers(text)


# Which treatment suits their own concern.
CONSULTATION = [
    "what would you recommend for my dark circles",
    "what should i do about my jowls",
    "i have really deep 11s, what's best",
    "botox or filler for my forehead lines?",
    "what treatment would help my acne scars",
    "is hydrafacial or a peel better for my melasma",
    "what do you suggest for sagging skin on my neck",
    "would sculptra be good for me?",
    "im 45 and my face looks tired, where do i start",
    "which laser is best for my skin type, i'm pretty dark skinned",
    "do you think I need filler or just botox",
    "how can i get rid of my double chin",
    "what can I do about my gummy smile",
    "my pores are huge, what should i book",
    "what's the best way to fix my thin lips",
    "not sure what i need for my crepey neck, ideas?",
    "what would be best for my saggy jowls",
    "I'm 52 with deep nasolabial folds, what do you suggest",
    "should I try morpheus or co2 for my acne scarring",
    "is kybella a good idea for my double chin",
    "can you help me figure out what to do about my sun damage",
    "which laser package makes sense for me, legs and brazilian or just brazilian?",
    "I am 68 with deep lines around my mouth. Which of your treatments would be most appropriate for me?",
    "RHA or Juvederm for my cheeks?",
    "my jawline is soft, kybella or filler?",
    "lip flip or filler for my thin top lip?",
    "what should i get for my jawline?",
    "Is Sculptra a good fit for someone who lost 60 pounds fast?",
    "would russian lips suit me or regular filler?",
    "is the club facial right for me or should i do peels",
    "what should i pair with my botox to get the best results",
    "my crow's feet are getting deep, would botox, laser, or both help me?",
    "my neck is getting crepey. Sofwave, Sculptra, or both?",
    "thinking brotox, jaw filler, maybe testosterone. what's the plan?",
    "want my skin to glow for summer, what should i book?",
    "Would Thermage or filler do more for my jowls",
    "which retinol should I buy for my sensitive skin?",
    "would that or morpheus be better for my loose neck?",
    "prom and graduation in May, what should I plan?",
    "I get sun spots too, should I combine it with something?",
]


@pytest.mark.parametrize("text", CONSULTATION)
def test_recommendation_for_their_concern_fires_consultation(text: str) -> None:
    assert "consultation" in triggers(text)


# General questions about treatments, not about the patient's own concern.
NOT_CONSULTATION = [
    "what's the difference between a hydrafacial and a regular facial",
    "do you offer consultations",
    "what are your most popular treatments",
    "which days work for me to come in",
    "which day works best for me, thursday or friday",
    "can I pay for botox or filler with my hsa card?",
    "do you do botox or filler on saturdays? I work weekdays",
]


@pytest.mark.parametrize("text", NOT_CONSULTATION)
def test_general_treatment_question_is_not_a_consultation(text: str) -> None:
    assert "consultation" not in triggers(text)


# Routine questions the knowledge base answers: no guard may fire.
ROUTINE = [
    "do you offer vision insurance",
    "is the white tea facial good",
    "what's the price of a chest laser hair session",
    "do you do the blue light acne facial",
    "can you see me today at 3",
    "do you take walk ins for b12 shots",
    "what does a black friday deal look like for botox",
    "can I see before and after pics of lip filler",
    "does laser hair removal work on grey or white hair",
    "do you do chest and back facials",
    "how much is an iv drip",
    "is there parking by the building",
    "what time do you close on saturday",
    "do you have any openings for a hydrafacial next week",
    "how much is a syringe of lip filler",
    "do you sell the skinceuticals vitamin c serum",
    "can I pay with care credit",
    "where are you located",
    "how long does a morpheus8 appointment take",
    "what's the price for the nad drip",
    "is there anyone there on sundays to book",
    "do you have any ideas for a gift card amount",
    "can whoever is at the front desk tell me if you have openings friday",
    "what's the best way to book, text or call",
    "i'd rather book online, whats the link",
    "is the icy blue facial the same as the hydrafacial",
    "is the heart shaped lip filler look something you do",
    "do you do iv drips for hangovers, my head is killing me lol",
    "how long does a lip flip take to kick in generally",
    "how long does swelling usually last after lip filler in general",
    "do you sell gift cards for valentines day",
    "do you do laser for the lines on my forehead",
    "what time should i arrive before my appointment",
    "i'll be 5 minutes late sorry",
    "can i bring my baby to my appointment",
    "are you open on presidents day",
    "do you have a waitlist for saturday",
    "is there a fee to cancel",
    "how much for a vitamin b12 shot",
    "can i get a receipt emailed to me",
    "sorry wrong number",
    "do you do filler for the temples",
    "what's the difference between dysport and botox",
    "how long is the drive from downtown lol",
    "does the hydrafacial have any downtime",
    "is the chemical peel good for dull skin",
    "how often do i need to redo lips, like every 6 months?",
    "If my Botox looks uneven at the two-week mark, is the touch-up free?",
    "Should I skip wine the night before filler?",
    "I need to cancel tomorrow's 10:00, my husband is having surgery. Will I lose my deposit?",
    "Hello, Roberta Kimes here. Would it be possible to push my 2:00 to 2:30 today?",
    "do y'all numb my lips before the filler",
    "if my botox doesn't work at all can i get a touch up?",
    "I'd like to get botox for my 11s sometime next week, evenings work best for me",
    "do y'all ever come down to franklin? the traffic is killing me",
    "can I have wine tonight before my filler tomorrow?",
    "can I work out today? my botox is on friday",
    "can i get a facial today or tomorrow",
    "what should I bring to my first visit?",
    "what should i get my mom for christmas, do you sell gift cards",
    "do you take points for botox or filler",
]


@pytest.mark.parametrize("text", ROUTINE)
def test_routine_question_fires_no_guard(text: str) -> None:
    assert triggers(text) <= {"low_confidence"}
