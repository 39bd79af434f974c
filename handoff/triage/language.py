"""Which language a text is written in: plain word counts and scripts, nothing to download.

Short texts are hard: "hola" is Spanish, "ok" is nothing in particular. The answer is "en"
unless another language clearly wins, because the knowledge bases are written in English and a
wrong "not English" only costs a handoff.
"""

import re
import unicodedata

from handoff.triage.text import guard_text
from knowledge.normalize import word_set

LANGUAGE_NAMES = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "pt": "Portuguese",
    "vi": "Vietnamese",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ru": "Russian",
    "ar": "Arabic",
    "hi": "Hindi",
    "de": "German",
    "it": "Italian",
}

_ENGLISH = word_set(
    """the a an is are was i you my your to of and in for on what how do does can it this that
    with be have much when where hi hello hey thanks thank please we about get will would could
    should am there any just if at or so but not need want know like much many price cost book
    appointment open today tomorrow lips filler botox ok okay yes help who which why"""
)
_VOCAB = {
    "es": """hola gracias que cuanto cuanta cuesta cuestan precio precios el la los las del por
        para con es esta estan tienen tiene hacen quiero quisiera necesito puedo pueden mis una
        y cita citas horario donde cuando como usted ustedes buenos buenas dias tardes noches
        abren cierran hoy manana labios relleno cara tengo hay muy pero porque tambien favor
        senora senor estoy tratamiento mas menos bien mucho aqui despues antes semana ano anos
        sabado domingo lunes viernes hacer hace duele dolor hinchado hinchada estoy soy
        ayuda informacion llamar hablar alguien persona ella nosotros ustedes vez""",
    "fr": """bonjour merci combien pour est le les des je vous une avec rendez oui quel quelle
        prix coute sont avez faites levres ouvert demain aujourd bonsoir salut""",
    "pt": """ola obrigado obrigada quanto custa voce voces com nao sim preco quero gostaria
        horario consulta amanha hoje labios preenchimento tem fazem""",
    "de": """hallo danke wie viel kostet ich sie und ist termin haben morgen heute bitte""",
}
_VOCAB_SETS = {lang: frozenset(words.split()) for lang, words in _VOCAB.items()}
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("vi", re.compile(r"[ạảấầẩậắằẳặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]")),
)
_SPANISH_MARKS = re.compile(r"[¿¡ñ]")
_WORD = re.compile(r"[a-z]+")


def detect_language(text: str) -> str:
    """An ISO 639-1 code; "en" unless another language is clearly more likely."""
    raw = unicodedata.normalize("NFC", text.lower())
    for code, script in _SCRIPTS:
        if len(script.findall(raw)) >= 2:
            return code
    tokens = _WORD.findall(guard_text(text))
    if not tokens:
        return "en"
    english = sum(t in _ENGLISH for t in tokens)
    scores = {lang: sum(t in vocab for t in tokens) for lang, vocab in _VOCAB_SETS.items()}
    scores["es"] += 2 * len(_SPANISH_MARKS.findall(raw))
    lang, best = max(scores.items(), key=lambda item: item[1])
    if best == 0:
        return "en"
    if len(tokens) <= 2 and english == 0:
        return lang
    return lang if best >= 2 and best > 1.5 * english else "en"


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)
