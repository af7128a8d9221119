"""Shipped languages people speak, written out from one table.

A language name alone is an ordinary word ("German market", "French company"), so a
language counts when the text asks for it: "fluent German", "Deutschkenntnisse",
"anglais courant", "inglés avanzado", "vloeiend Nederlands", "English (C1)". The bare
name counts in a list next to one that does ("Fluent English and German"), after a list
heading ("Languages: English, German"), or alone on its line."""

from nextyes.skills.kinds import LANGUAGE, Entry

# fmt: off
# Display name; its English names; its German, French, Spanish and Dutch names; and the
# Dutch adjective ("de Engelse taal").
_TABLE: tuple[tuple[str, tuple[str, ...], str, str, str, str, str], ...] = (
    ("English", ("English",), "Englisch", "anglais", "inglés", "Engels", "Engelse"),
    ("German", ("German",), "Deutsch", "allemand", "alemán", "Duits", "Duitse"),
    ("French", ("French",), "Französisch", "français", "francés", "Frans", "Franse"),
    ("Spanish", ("Spanish",), "Spanisch", "espagnol", "español", "Spaans", "Spaanse"),
    (
        "Dutch", ("Dutch", "Flemish"), "Niederländisch", "néerlandais", "neerlandés",
        "Nederlands", "Nederlandse",
    ),
    ("Italian", ("Italian",), "Italienisch", "italien", "italiano", "Italiaans", "Italiaanse"),
    (
        "Portuguese", ("Portuguese",), "Portugiesisch", "portugais", "portugués", "Portugees",
        "Portugese",
    ),
    ("Polish", ("Polish",), "Polnisch", "polonais", "polaco", "Pools", "Poolse"),
    ("Arabic", ("Arabic",), "Arabisch", "arabe", "árabe", "Arabisch", "Arabische"),
    ("Turkish", ("Turkish",), "Türkisch", "turc", "turco", "Turks", "Turkse"),
    (
        "Mandarin Chinese", ("Mandarin", "Chinese", "Mandarin Chinese"), "Chinesisch",
        "chinois", "chino", "Chinees", "Chinese",
    ),
    ("Japanese", ("Japanese",), "Japanisch", "japonais", "japonés", "Japans", "Japanse"),
    ("Russian", ("Russian",), "Russisch", "russe", "ruso", "Russisch", "Russische"),
    (
        "Ukrainian", ("Ukrainian",), "Ukrainisch", "ukrainien", "ucraniano", "Oekraïens",
        "Oekraïense",
    ),
    ("Romanian", ("Romanian",), "Rumänisch", "roumain", "rumano", "Roemeens", "Roemeense"),
    ("Swedish", ("Swedish",), "Schwedisch", "suédois", "sueco", "Zweeds", "Zweedse"),
    ("Danish", ("Danish",), "Dänisch", "danois", "danés", "Deens", "Deense"),
    ("Czech", ("Czech",), "Tschechisch", "tchèque", "checo", "Tsjechisch", "Tsjechische"),
    ("Greek", ("Greek",), "Griechisch", "grec", "griego", "Grieks", "Griekse"),
    ("Hindi", ("Hindi",), "Hindi", "hindi", "hindi", "Hindi", "Hindi"),
)
_LEVELS = ("B1", "B2", "C1", "C2")

_ENGLISH = (
    "fluent {}", "fluent in {}", "fluency in {}", "{} fluency", "native {}",
    "{} native speaker", "native {} speaker", "business {}", "business-level {}",
    "{} language", "{} language skills", "{}-speaking", "{} speaker", "{} skills",
    "proficiency in {}", "proficient in {}", "{} proficiency", "written and spoken {}",
    "spoken and written {}", "written {}", "spoken {}", "professional {}",
    "knowledge of {}", "working knowledge of {}", "{} (fluent)", "{} (native)",
)
_GERMAN = (
    "{}kenntnisse", "{} Kenntnisse", "fließend {}", "fließendes {}", "{} fließend",
    "verhandlungssicheres {}", "verhandlungssicher {}", "{} verhandlungssicher",
    "{} in Wort und Schrift", "{} auf Muttersprachniveau", "{} als Muttersprache",
    "{} (Muttersprache)", "{} (fließend)", "gutes {}", "sehr gutes {}",
    # "Deutsch- und Englischkenntnisse": the first half of a shared compound
    "{}- und",
)
_FRENCH = (
    "{} courant", "{} (courant)", "{} bilingue", "bilingue {}", "{} professionnel",
    "{} lu, écrit, parlé", "{} écrit et parlé", "{} parlé et écrit", "maîtrise de l'{}",
    "maîtrise du {}", "niveau d'{}", "niveau de {}", "{} natif", "{} langue maternelle",
)
_SPANISH = (
    "{} fluido", "{} avanzado", "{} nativo", "{} (nativo)", "nivel de {}",
    "nivel alto de {}", "dominio del {}", "dominio de {}", "{} hablado y escrito",
)
_DUTCH = (
    "vloeiend {}", "{} vloeiend", "{} (vloeiend)", "{} in woord en geschrift",
    "beheersing van het {}", "goed {}", "uitstekend {}", "{}talig", "{} (moedertaal)",
)
_DUTCH_ADJECTIVE = ("beheersing van de {} taal", "de {} taal", "{} taal")
# fmt: on


def _entry(row: tuple[str, tuple[str, ...], str, str, str, str, str]) -> Entry:
    name, english, german, french, spanish, dutch, adjective = row
    names: list[str] = []
    for form in english:
        names += [pattern.format(form) for pattern in _ENGLISH]
    names += [pattern.format(german) for pattern in _GERMAN]
    names += [pattern.format(french) for pattern in _FRENCH]
    names += [pattern.format(spanish) for pattern in _SPANISH]
    names += [pattern.format(dutch) for pattern in _DUTCH]
    names += [pattern.format(adjective) for pattern in _DUTCH_ADJECTIVE]
    bare = (*english, german, french, spanish, dutch)
    names += [f"{form} ({level})" for form in bare for level in _LEVELS]
    names += [f"{form} {level}" for form in bare for level in _LEVELS]
    names += [f"=={form}" for form in bare]
    return LANGUAGE, name, tuple(dict.fromkeys(names))


# fmt: off
LANGUAGE_ENTRIES: tuple[Entry, ...] = (
    *(_entry(row) for row in _TABLE),
    (LANGUAGE, "Sign language", (
        "British Sign Language", "BSL", "American Sign Language", "ASL", "Gebärdensprache",
        "Deutsche Gebärdensprache", "DGS", "langue des signes", "LSF", "lengua de signos",
        "lengua de señas", "gebarentaal", "Nederlandse Gebarentaal", "NGT",
    )),
)
# fmt: on
