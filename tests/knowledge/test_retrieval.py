"""The FAQ index: what it finds, how it scores, and how fast."""

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from knowledge import retrieval
from knowledge.normalize import analyze, canonical
from knowledge.retrieval import ANSWER_WEIGHT, FaqDoc, build_index

DOCS = [
    FaqDoc(
        "hours", "What are your hours?", ("when are you open", "are you open on saturday"), "9-6"
    ),
    FaqDoc("botox_price", "How much is Botox?", ("price of tox", "cost per unit"), "$13/unit"),
    FaqDoc("dysport_price", "How much is Dysport?", ("dysport per unit",), "$4.50/unit"),
    FaqDoc("botox_duration", "How long does Botox last?", ("when does tox wear off",), "3-4 mo"),
    FaqDoc("lip_filler_price", "How much is lip filler?", ("juvederm lips price",), "$650"),
    FaqDoc("parking", "Where do I park?", ("is there parking",), "Behind the building."),
    FaqDoc("booking", "How do I book an appointment?", ("schedule a visit",), "Online."),
    FaqDoc("financing", "Do you offer financing?", ("payment plans",), "Cherry and CareCredit."),
    FaqDoc("skinpen", "Do you offer SkinPen microneedling?", (), "Yes, $300."),
]


@pytest.fixture(scope="module")
def index():
    return build_index(DOCS)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("How much is Botox?", "botox_price"),
        ("how much r ur botox", "botox_price"),
        ("boxtox price??", "botox_price"),
        ("what do u charge for tox 💉", "botox_price"),
        ("what do you charge for dysport", "dysport_price"),
        ("when does botox wear off", "botox_duration"),
        ("how much r ur lip injections", "lip_filler_price"),
        ("wheres parkign", "parking"),
        ("can i make an appt", "booking"),
        ("do u take care credit", "financing"),
        ("do you offer skin pen microneedling?", "skinpen"),
        ("when r u open sat", "hours"),
    ],
)
def test_finds_the_faq_a_patient_means(index, text, key) -> None:
    best = index.search(text)[0]
    assert best.faq_key == key and best.score >= 0.5


def test_one_match_per_faq_best_first_scores_in_unit_range(index) -> None:
    matches = index.search("how much is botox per unit", k=5)
    assert len(matches) == 5 and len({m.faq_key for m in matches}) == 5
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)
    assert all(0.0 <= m.score <= 1.0 for m in matches)


def test_alternates_are_their_own_rows(index) -> None:
    best = index.search("juvederm lips price")[0]
    assert best.faq_key == "lip_filler_price" and best.matched_text == "juvederm lips price"
    # A phrasing matched word for word scores near the top; the answer's words weigh the rest.
    assert best.score >= 1.0 - ANSWER_WEIGHT - 0.05


@pytest.mark.parametrize(
    "text",
    [
        "do you do tattoo removal",
        "how much is a tummy tuck",
        "what's the weather like",
        "do you do coolsculpting",
        "asdfgh",
    ],
)
def test_topics_the_clinic_does_not_cover_score_low(index, text) -> None:
    matches = index.search(text)
    assert not matches or matches[0].score < 0.45


def test_a_brand_prefers_its_own_faq_but_reaches_the_family(index) -> None:
    dysport = index.search("dysport cost")
    assert dysport[0].faq_key == "dysport_price"
    assert dysport[1].faq_key == "botox_price" and dysport[1].score > 0.3
    only_botox = build_index([d for d in DOCS if d.key != "dysport_price"])
    assert only_botox.search("how much is xeomin")[0].faq_key == "botox_price"


def test_answer_and_size(index) -> None:
    assert index.answer("parking") == "Behind the building."
    assert len(index) == len(DOCS) and "hours" in index


def test_empty_text_and_empty_index_find_nothing(index) -> None:
    assert index.search("") == [] and index.search("the and of") == []
    assert build_index([]).search("how much is botox") == [] and len(build_index([])) == 0


def test_duplicate_keys_are_refused() -> None:
    with pytest.raises(ValueError, match="unique"):
        build_index([DOCS[0], DOCS[0]])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Dysport?", {"dysport", "neurotox"}),
        ("$650 for juvederm", {"price", "650", "juvederm", "filler"}),
        ("Morpheus 8", {"morpheus8", "rfmicroneedling"}),
        ("vampire facial", {"prp", "vampire"}),
        ("ozempic", {"ozempic", "semaglutide", "weightloss"}),
        ("LHR 😍😍", {"laserhair"}),
        ("my 11s", {"frownlines"}),
        ("lip flip", {"lipflip", "neurotox"}),
        ("can I reschedule my appt", {"reschedule"}),
        ("Lumière", {"lumiere"}),
        ("can I just show up without an appt?", {"walkin"}),
        ("how long does it hold up", {"last"}),
        ("when does it kick in", {"takeeffect"}),
        ("send me the addy", {"location"}),
        ("r u open black friday", {"holiday"}),
        ("can't make it tomorrow", {"cancel"}),
        ("can I move my 2pm", {"reschedule"}),
        ("HF price", {"hydrafacial", "price"}),
        ("do you take zelle", {"zelle", "pay"}),
        ("wrinkle shots cost?", {"botox", "price"}),
        ("whats ur adress", {"location"}),
        ("how much to get my lips plumped", {"lip", "filler"}),
        ("bnpl?", {"financing"}),
        ("the collagen needle thing", {"microneedling"}),
        ("deodorant ok before my underarm laser?", {"prepare"}),
        ("does it hurt", {"numb"}),
        ("do you do tattoos", {"newtattoo"}),
        ("will my flex spending cover it", {"hsa"}),
        ("pencil me in for friday", {"book"}),
        ("is this the right number", {"phone"}),
        ("my 15yo wants a facial", {"age"}),
        ("will I earn points on my filler", {"loyalty"}),
        ("can I use my alle on it", {"alle", "loyalty"}),
        ("what number can I call", {"phone"}),
        ("what's it run to freeze my forehead these days", {"price", "botox"}),
        ("what does a full face co2 run?", {"price", "co2"}),
        ("how last minute can I call off", {"cancel"}),
        ("is there a garage close by", {"parking", "near"}),
        ("do you card people for botox", {"age"}),
        ("I'd like to set up a time for my forehead", {"book"}),
        ("the freezing thing for belly fat", {"coolsculpting"}),
        ("can I make payments on morpheus8", {"financing"}),
        ("come in and discuss options first", {"consultation"}),
        ("any chance of moving it to saturday", {"reschedule"}),
        ("do you guys have a bike rack?", {"parking"}),
        ("do you shave faces?", {"dermaplaning"}),
        ("old lip filler from years ago taken out", {"dissolve"}),
        ("can my 16-year-old get a facial", {"age"}),
        ("how much do I have to put down to hold it", {"deposit"}),
        ("my coworker sent me, any discount?", {"referral"}),
        ("can I go back to work after filler", {"downtime"}),
        ("can you write me a doctor's note", {"sicknote"}),
        ("can I bring my 3 yr old, no sitter this week", {"children"}),
        ("is a stroller ok in the waiting room", {"children"}),
        ("my grandmother uses a walker", {"accessible", "stairs"}),
        ("are there steps to get in?", {"stairs"}),
        ("can I do a zoom consult first?", {"virtual", "consultation"}),
        ("can I do a video consult", {"video", "virtual", "consultation"}),
        ("do I fill out paperwork before", {"forms"}),
        ("do y'all have a punch card", {"punch", "loyalty"}),
        ("how often do ppl come back for tox", {"last", "botox"}),
        ("does HCF cover it", {"insurance"}),
        ("open on australia day?", {"holiday"}),
        ("omw but 20 out", {"late"}),
        ("coolsculpting for the chin, and how much down to book", {"deposit"}),
        ("is the 20% off facial thing still going", {"special"}),
        ("can I come at 6:30 or is that too late", {"hours"}),
        ("how late could I come in on a friday", {"hours"}),
        ("will be there at 1:20 instead of 1:10", {"late"}),
        ("if a spot doesn't take, do I pay to fix it", {"touchup"}),
        ("do I need to be 18 for lip filler", {"age"}),
        ("I bring my friend, I get something?", {"referral"}),
        ("I'd like to come in thursday around 2 for tox", {"book"}),
        ("can I get my brows done sat", {"book"}),
        ("how much is bow talks", {"botox"}),
        ("semi glue tide price", {"semaglutide"}),
        ("micro kneeling downtime", {"microneedling"}),
        ("morph yes 8 for my neck", {"morpheus8"}),
        ("lip killer price", {"lip", "filler"}),
        ("kai bella for my chin", {"kybella"}),
        ("brow lamb nation", {"brow", "lamination"}),
    ],
)
def test_normaliser_maps_slang_and_brands_to_canonical_words(text, words) -> None:
    assert words <= set(analyze(text).words)


def test_baby_botox_is_not_a_child_and_the_steps_of_a_facial_are_not_stairs() -> None:
    assert "children" not in analyze("how much is baby botox").words
    assert "stairs" not in analyze("what are the steps of a hydrafacial").words
    assert "age" not in analyze("can I bring my 3 yr old").words
    assert "late" not in analyze("i get off at 5:30 out in converse").words
    assert "hours" not in analyze("is it too late to reschedule without a fee").words
    assert "special" not in analyze("r u open black friday").words
    assert "walkin" not in analyze("can i get a lash lift and brow lam same day").words
    assert "walkin" in analyze("can i get botox same day").words


def test_a_count_is_not_a_phone_and_a_number_is_not_numbing() -> None:
    assert "phone" not in analyze("the number of units").words
    assert "numb" not in analyze("is this the number to book").words


def test_a_mom_coming_along_is_not_a_referral() -> None:
    assert "referral" not in analyze("can I get lip filler if my mom comes with me").words
    assert "referral" in analyze("do I get anything if my sister books with you").words


def test_a_link_sent_is_not_a_referral() -> None:
    assert "referral" in analyze("my friend sent me your way").words
    assert "referral" not in analyze("you sent me a link but it doesn't work").words


def test_opening_a_product_is_not_opening_hours() -> None:
    assert "hours" not in analyze("if i open it and don't like it can i send it back").words
    assert "hours" in analyze("are you open on sundays").words


def test_a_run_is_not_always_a_price() -> None:
    assert "price" not in analyze("what should i do before my run").words
    assert "hours" not in analyze("is there a garage close by").words


def test_a_teen_is_an_age_and_names_a_teen_service() -> None:
    assert {"teen", "age"} <= set(analyze("can teens get the acne facial").words)


def test_a_walk_in_question_is_not_a_booking() -> None:
    assert "book" not in analyze("can I come in today without an appointment?").words
    assert {"book", "availability"} <= set(analyze("can I get botox thursday at 3?").words)


def test_normaliser_strips_emoji_and_accents() -> None:
    assert canonical("Hola 👋 ¿cuánto cuesta?") == "hola cuanto cuesta"


def synthetic_docs(n: int) -> list[FaqDoc]:
    treatments = [
        "botox",
        "lip filler",
        "hydrafacial",
        "morpheus8",
        "laser hair removal",
        "semaglutide",
        "chemical peel",
        "iv drip",
        "kybella",
        "microneedling",
    ]
    asks = [
        "How much is {t}?",
        "How long does {t} last?",
        "Who does {t}?",
        "Can I book {t} online?",
        "Do you have {t} specials?",
        "Is {t} available on weekends?",
    ]
    docs = []
    for i in range(n):
        t, q = treatments[i % len(treatments)], asks[(i // len(treatments)) % len(asks)]
        docs.append(
            FaqDoc(f"faq_{i}", q.format(t=t) + f" ({i})", (f"{t} {i}", f"{t} question {i}"), "a")
        )
    return docs


@pytest.mark.parametrize("space", ["word", "char"])
def test_tfidf_is_sklearns_to_the_last_bit(space: str) -> None:
    """The index counts and weighs features itself; the numbers and their layout are exactly
    TfidfVectorizer's, so scores (and ties between rows) do not move."""
    rows = [r for d in [*DOCS, *synthetic_docs(300)] for r in d.phrasings()]
    analyzed = [analyze(r) for r in rows]
    if space == "word":
        texts = [retrieval._word_doc(a) for a in analyzed]
        features = retrieval._WORD_FEATURES
        vectorizer = TfidfVectorizer(
            tokenizer=str.split, token_pattern=None, lowercase=False, ngram_range=(1, 2)
        )
    else:
        texts = [retrieval._char_doc(a) for a in analyzed]
        features = retrieval._CHAR_FEATURES
        vectorizer = TfidfVectorizer(analyzer=retrieval.char_ngrams, lowercase=False)
    vectorizer.set_params(sublinear_tf=True, norm=None)
    expected = vectorizer.fit_transform(texts)
    counts, vocabulary = retrieval._count(texts, features)
    weighted, idf = retrieval._tfidf(counts)
    assert vocabulary == vectorizer.vocabulary_
    assert np.array_equal(idf, vectorizer.idf_)
    for part in ("data", "indices", "indptr"):
        assert np.array_equal(getattr(weighted, part), getattr(expected, part))
    build_analyzer = vectorizer.build_analyzer()
    assert all(features.analyzer(t) == build_analyzer(t) for t in texts)


def test_getting_a_tattoo_is_not_tattoo_removal() -> None:
    removal = FaqDoc(
        "tattoo_removal",
        "Do you do tattoo removal?",
        ("How many sessions does it take to remove a tattoo?",),
        "Yes, with PicoSure: most tattoos take 5-10 sessions.",
    )
    index = build_index([*DOCS, removal])
    assert index.search("can you get a tattoo removed here")[0].faq_key == "tattoo_removal"
    assert index.search("do you do tattoos")[0].score < 0.45


def test_a_reply_that_quotes_an_faq_answer_names_that_faq() -> None:
    index = build_index(
        [
            FaqDoc("parking", "Where do I park?", (), "Park behind the building."),
            FaqDoc("financing", "Do you offer financing?", (), "Yes, through Cherry."),
        ]
    )
    assert index.answered_in("Park behind the building.") == "parking"
    # Several answers in one reply: the last one quoted is what a follow-up refers to.
    assert index.answered_in("Yes, through Cherry.\n\nPark behind the building.") == "parking"
    assert index.answered_in("Thanks for your message! Someone will reply soon.") is None
    assert index.answered_in(None) is None
