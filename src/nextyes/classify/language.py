"""Which language a message is written in, among the ones the classifier knows.

The rules and the corpus cover English, German, French, Spanish and Dutch. Mail in any other
language may still be classified (the character n-grams reach a little further), but a
"no" in a language we do not know is never recorded without the person looking first: a
wrong rejection costs far more than one more item in review.

Counting the most common small words is enough to tell these five apart on a few lines of
mail, needs no model file and costs microseconds. Words shared between languages ("de",
"la", "is", "we") count for neither."""

import re
from collections import Counter

KNOWN = ("en", "de", "fr", "es", "nl")
OTHER = "other"  # enough text to tell, and none of KNOWN


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "is was were can do did if so or but all any more some what when who how just also us"
        " me my i'm am he she his her them then than these those very only here hi dear kind"
        " sincerely team the and you your we our to of for with have has this that are will"
        " would thank thanks about from be been it its at on please regards best would could"
        " which an as by they their there not into after"
    ),
    "de": _words(
        "ein ich du dich dir dein deine es war sind bin hast hat nach zum zur vom im am oder"
        " aber wenn dann ob hier jetzt gerne liebe lieber hallo herr frau schon gern dass weil"
        " können und der die das sie ihre ihr ihnen wir uns unser unsere nicht mit für ist"
        " eine einen einem den dem des vielen dank zu auf bei auch als wie sehr noch leider"
        " grüße freundlichen möchten haben wurde werden sich über heute bitte gibt"
    ),
    "fr": _words(
        "un je tu te ton ta il elle ils sont était ont avez vous-même mais ou où si donc ici"
        " très plus tous toutes votre avons été sera serait bonjour chère cher merci ces"
        " nouvelles depuis le les et vous votre vos nous notre pour avec une des est pas dans"
        " sur merci au aux du que qui ce cette sommes avons être bien cordialement salutations"
        " madame monsieur suite nos c'est j'ai toujours aussi demain aujourd'hui"
    ),
    "es": _words(
        "un yo tú eres es son era fue han ha he si pero o donde aquí muy más todos todas nos"
        " os ese esa estos estas hola querido querida cuando porque tiene tenemos puedes"
        " podemos el los las y que tu su sus para con una por del gracias le te hemos nuestro"
        " nuestra nuestros muy saludos estimado estimada usted lo al sobre como pero esta este"
        # Short spoken notes (a voicemail read out, a text) need everyday words too.
        " ya puede pueden hasta también mañana hoy"
    ),
    "nl": _words(
        "ik jij hij zij het is was waren ben bent hebt heeft om op tot als er zo dus hier nu"
        " heel meer alle hoi hallo geachte mijn jullie kunnen kun kan wil willen staat wel"
        " geen alvast het een en je jij jouw u uw wij ons onze voor met niet van dank bedankt"
        " zijn hebben naar wordt worden graag helaas groet groeten vriendelijke beste ook bij"
        " dat wat deze maar nog even vandaag"
    ),
}
# Words in two of the lists count for neither.
_SHARED = frozenset(
    word
    for word, seen in Counter(w for words in _WORDS.values() for w in words).items()
    if seen > 1
)
# Each small word that belongs to one language only, and that language: one lookup a word.
_LANGUAGE_OF = {
    word: language for language, words in _WORDS.items() for word in words if word not in _SHARED
}
_TOKENS = re.compile(r"[a-zà-ÿß']+")
ENOUGH = 5  # fewer known small words than this: too little text to say
LONG_ENOUGH = 20  # words: fewer, and a message may be too short to tell its language
SHARE = 0.08  # of all words, at least this many must be the language's small words


def language_of(text: str) -> str | None:
    """The language of lower-cased `text`: one of KNOWN, OTHER when there is enough text to
    say it is none of them, or None when it is too short to say (a one-line note: the rules'
    phrases, all in known languages, vouch for those). Reads the first 1,500 characters."""
    tokens = _TOKENS.findall(text[:1500])
    counts = Counter(filter(None, map(_LANGUAGE_OF.get, tokens)))
    long_enough = len(tokens) >= LONG_ENOUGH
    if not counts:
        return OTHER if long_enough else None
    (best, hits), *rest = counts.most_common(2)
    # Small words make up a third of most prose; far fewer means another language that
    # merely shares a few of them (Italian or Portuguese against Spanish).
    if hits < ENOUGH or hits < len(tokens) * SHARE:
        return OTHER if long_enough else None
    # Another language almost as present: mixed or unknown text, not one we can vouch for.
    if rest and rest[0][1] * 2 > hits and rest[0][1] >= ENOUGH:
        return best if hits >= 2 * ENOUGH else OTHER
    return best
