"""The words postings use for their parts, and for "nice to have" inside a line.

Headings are compared folded (no case, no accents), with punctuation, bullets and
markdown around them dropped ("**Dein Profil:**" reads "dein profil")."""

import re
from enum import StrEnum

from nextyes.skills.text import fold


class Part(StrEnum):
    TITLE = "title"  # the first line, when it is short: "Senior Python Developer"
    INTRO = "intro"  # before any heading we know
    REQUIRED = "required"  # requirements, profile, qualifications
    NICE = "nice"  # nice to have, bonus, von Vorteil, un plus, se valorará, pré
    DUTIES = "duties"  # what the job is: tasks, responsibilities, the role
    ELSEWHERE = "elsewhere"  # what the employer offers, who they are, how to apply


_REQUIRED = """
requirements | job requirements | minimum requirements | key requirements | what you bring |
what you'll bring | what you will bring | what you bring to the table |
what we're looking for | what we are looking for | who we're looking for |
who we are looking for | we're looking for | we are looking for | who you are | about you |
your profile | profile | qualifications | required qualifications | minimum qualifications |
basic qualifications | must have | must haves | must-haves | skills | key skills |
required skills | skills and experience | skills & experience | experience | what you need |
what you'll need | what you need to succeed | you have | you bring | you are | essential |
essential criteria | essential skills | person specification | the ideal candidate |
ideal candidate | candidate profile | your skills | what we need from you | what we expect |
what we expect from you |
dein profil | ihr profil | profil | das bringst du mit | das bringen sie mit |
was du mitbringst | was sie mitbringen | du bringst mit | sie bringen mit | was wir erwarten |
was wir von dir erwarten | was wir von ihnen erwarten | anforderungen | anforderungsprofil |
deine qualifikationen | ihre qualifikationen | qualifikationen | voraussetzungen |
deine skills | dein skillset | kenntnisse | damit überzeugst du uns |
damit überzeugen sie uns | was dich auszeichnet | was sie auszeichnet |
das zeichnet dich aus | das zeichnet sie aus | wen wir suchen | unsere anforderungen |
votre profil | ton profil | profil recherché | profil souhaité | profil du candidat |
compétences requises | compétences | qualifications requises | prérequis |
ce que nous recherchons | nous recherchons | ce que vous apportez | ce que tu apportes |
vous êtes | tu es | exigences | vos compétences | tes compétences | qui êtes-vous | qui es-tu |
requisitos | requisitos mínimos | requisitos imprescindibles | imprescindible | buscamos |
qué buscamos | que buscamos | lo que buscamos | perfil | tu perfil | su perfil |
perfil buscado | perfil del candidato | requerimientos | competencias | qué necesitas |
qué pedimos | qué te pedimos | qué esperamos de ti | lo que aportas | qué aportas |
wat wij vragen | wat we vragen | wat vragen wij | wat vragen we | wij vragen | we vragen |
functie-eisen | functieeisen | jouw profiel | je profiel | uw profiel | profiel |
wie ben jij | wie ben je | wie zoeken wij | wie zoeken we | wat wij zoeken | wat we zoeken |
wat breng je mee | wat neem je mee | vereisten | eisen | kwalificaties | jouw vaardigheden |
wat heb je nodig
"""
_NICE = """
nice to have | nice-to-have | nice to haves | nice-to-haves | bonus | bonus points |
bonus points if | bonus points if you have | preferred | preferred qualifications |
preferred skills | preferred experience | it would be great if | it would be great if you |
it would be great if you have | even better if | even better if you have | it's a plus if |
pluses | plus | desirable | desirable criteria | desirable skills | good to have |
what would make you stand out | extra credit | ideally | ideally you have | ideally you also |
wünschenswert | von vorteil | idealerweise | idealerweise bringst du mit |
idealerweise bringen sie mit | das wäre toll | pluspunkte | wünschenswerte kenntnisse |
optional | gerne gesehen | kein muss, aber ein plus |
un plus | serait un plus | ce serait un plus | les plus | atouts | vos atouts | tes atouts |
souhaité | souhaitable | idéalement | appréciés | serait apprécié | compétences appréciées |
les petits plus | le petit plus |
se valorará | se valorara | valorable | valorables | deseable | deseables |
requisitos deseables | será un plus | sería un plus | valoraremos | puntos extra | se valora |
idealmente |
pré | een pré | pre | een pre | pluspunten | pluspunt | is een pré | mooi meegenomen |
bij voorkeur | strekt tot aanbeveling | gewenst | wat een pluspunt is
"""
_DUTIES = """
what you'll do | what you will do | what you'll be doing | what you will be doing |
responsibilities | key responsibilities | your responsibilities | main responsibilities |
your role | the role | role | about the role | duties | main duties | key duties | tasks |
your tasks | your mission | day to day | a day in the life | the job | job description |
description | what the job involves | your day | in this role you will | you will |
in this role | what you'll work on | the position | about the job | about the position |
deine aufgaben | ihre aufgaben | aufgaben | deine aufgabe | ihre aufgabe | das erwartet dich |
das erwartet sie | was dich erwartet | was sie erwartet | deine rolle | ihre rolle |
dein job | deine tätigkeiten | ihre tätigkeiten | aufgabengebiet | ihr aufgabengebiet |
dein aufgabengebiet | tätigkeitsbeschreibung | stellenbeschreibung | das machst du |
das sind deine aufgaben | deine verantwortung | deine mission |
vos missions | tes missions | missions | missions principales | vos responsabilités |
responsabilités | le poste | description du poste | descriptif du poste |
ce que vous ferez | ce que tu feras | votre rôle | ton rôle | vos tâches | tes tâches |
au quotidien | votre mission | ta mission |
funciones | tus funciones | sus funciones | responsabilidades | tus responsabilidades |
qué harás | que harás | lo que harás | tareas | tus tareas | descripción del puesto |
el puesto | tu rol | tu día a día | misión | tu misión |
wat ga je doen | wat ga jij doen | wat je gaat doen | jouw taken | je taken | taken |
verantwoordelijkheden | jouw rol | je rol | de functie | functieomschrijving |
over de functie | wat houdt de functie in | jouw werkzaamheden | werkzaamheden | de baan
"""
_ELSEWHERE = """
we offer | what we offer | our offer | benefits | perks | perks and benefits |
what's in it for you | why join us | why us | why you'll love working here | about us |
who we are | about the company | our company | the company | how to apply |
application process | the process | our process | salary | compensation | what you get |
what you'll get | we provide | apply | contact |
wir bieten | was wir bieten | das bieten wir | das bieten wir dir | das bieten wir ihnen |
unser angebot | deine benefits | ihre benefits | deine vorteile | ihre vorteile | über uns |
wer wir sind | warum wir | bewerbung | so bewirbst du dich | kontakt | wir über uns |
nous offrons | ce que nous offrons | nous proposons | ce que nous proposons | avantages |
vos avantages | tes avantages | pourquoi nous rejoindre | à propos de nous | qui sommes-nous |
l'entreprise | processus de recrutement | rémunération | informations complémentaires |
ofrecemos | qué ofrecemos | que ofrecemos | te ofrecemos | lo que ofrecemos | beneficios |
sobre nosotros | quiénes somos | la empresa | por qué unirte | proceso de selección |
wat wij bieden | wat we bieden | wij bieden | wat bieden wij | wat bieden we |
arbeidsvoorwaarden | over ons | wie zijn wij | wie zijn we | het bedrijf | solliciteren |
sollicitatieprocedure | interesse | wat krijg je | wat krijg je ervoor terug | ons aanbod
"""

_PUNCTUATION = re.compile(r"[^\w' ]+")


def heading_key(text: str) -> str:
    """A line as a heading key: "**Dein Profil:**" -> "dein profil"; hyphens and slashes
    become spaces."""
    return " ".join(_PUNCTUATION.sub(" ", fold(text)).split())


def _keys(block: str) -> set[str]:
    return {heading_key(phrase) for phrase in block.split("|") if phrase.strip()}


HEADINGS: dict[str, Part] = {
    **{key: Part.ELSEWHERE for key in _keys(_ELSEWHERE)},
    **{key: Part.DUTIES for key in _keys(_DUTIES)},
    **{key: Part.NICE for key in _keys(_NICE)},
    **{key: Part.REQUIRED for key in _keys(_REQUIRED)},
}
LONGEST_HEADING = max(len(key.split()) for key in HEADINGS)

# Inside a line: a marker that makes what follows it nice to have ("ideally Tableau")...
FORWARD = """
ideally | preferably | bonus if | bonus points if | bonus points for | even better if |
it would be great if | extra points for | idealerweise | vorzugsweise | gerne auch |
idéalement | de préférence | idealmente | preferiblemente | preferentemente | se valorará |
se valorara | se valora | valoraremos | bij voorkeur | idealiter
"""
# ...and one that makes what comes before it nice to have ("Kafka is a plus").
BACKWARD = """
is a plus | a plus | are a plus | would be a plus | a big plus | is an advantage |
an advantage | are an advantage | advantageous | is a bonus | a bonus | nice to have |
nice-to-have | preferred | desirable | desired | beneficial | is helpful | helpful |
an asset | a strong asset | von vorteil | wünschenswert | ein plus | ein pluspunkt |
gern gesehen | gerne gesehen | wäre schön | wäre toll | vorteilhaft | kein muss |
un plus | un atout | un gros plus | serait apprécié | appréciée | appréciées | apprécié |
appréciés | souhaité | souhaitée | souhaitable | bienvenu | bienvenue | valorable |
valorables | deseable | deseables | será un plus | es un plus | sería un plus |
een pré | is een pré | een pre | pluspunt | een pluspunt | een plus | gewenst |
strekt tot aanbeveling | mooi meegenomen
"""
# Words that end what a forward marker covers: "ideally Tableau, but SQL is a must".
CONTRAST = ("but", "aber", "jedoch", "mais", "pero", "maar")


def marker_pattern(block: str) -> re.Pattern[str]:
    phrases = sorted({fold(p.strip()) for p in block.split("|") if p.strip()}, key=len)
    # Any run of spaces or a line break between words: prose wraps anywhere.
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in reversed(phrases))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


FORWARD_MARKERS = marker_pattern(FORWARD)
BACKWARD_MARKERS = marker_pattern(BACKWARD)
CONTRAST_WORDS = re.compile(rf"(?<!\w)(?:{'|'.join(CONTRAST)})(?!\w)")
