"""How public employers and universities speak of hiring, in the five languages NextYes reads.

Civil-service competitions and their stages, reserve lists, appointments, chairs and teaching
posts: their mail seldom says "application" or "position", and some of its words ("admission",
"jury", "results") are the ones that mark a decision about a degree or a grant. The rules read
these words as job words (classify/rules.py) and the model as one concept
(classify/concepts.py)."""

# Only ever hiring: with one of these, a "not hiring" word such as "admission" or a jury is
# not trusted (rules.py STRONG_JOB).
PUBLIC_HIRING_ONLY = (
    "civil service|public service commission|appointment panel|faculty position|tenure-track"
    "|tenure track|lectureship|teaching post|teaching position|reserve list|merit list"
    "|öffentlicher dienst|öffentlichen dienst|einstellungsverfahren|listenverfahren"
    "|einstellungsportal|lehrerstelle|professur|berufungsverfahren|berufungskommission"
    "|probevorlesung|lehrprobe|stellenbesetzung|planstelle|vertretungsstelle|lehrauftrag"
    "|concours externe|concours interne|concours de recrutement|fonction publique"
    "|attaché territorial|attachée territoriale|attaché(e) territorial|rédacteur territorial"
    "|rédactrice territoriale|adjoint administratif|adjointe administrative"
    "|sélection comparative|liste d'aptitude|chargé de cours|chargée de cours"
    "|chargé(e) de cours|maître de conférences|jury de recrutement|affichage de poste"
    "|concurso docente|concurso académico|concurso de méritos|concurso público"
    "|concurso-oposición|concurso oposición|oposiciones|función pública|empleo público"
    "|servicio civil|carrera administrativa|profesor adjunto|profesora adjunta"
    "|profesor/a adjunto|profesor titular|profesora titular|profesor asistente"
    "|profesora asistente|profesor/a asistente|ayudante doctor|plaza docente|cargo docente"
    "|nombramiento interino|cuerpo de técnicos|cuerpo de gestión|pruebas selectivas"
    "|proceso selectivo"
    "|selectieproef|vergelijkende selectie|overheidsselectie|wervingsreserve"
    "|docent-onderzoeker|sollicitatiecommissie|benoemingsadviescommissie|benoemingscommissie"
    "|selectiegesprek|computergestuurde test|vacantverklaring|vacant verklaard"
    "|tijdelijke aanstelling|vaste benoeming|sélection pour la fonction|selectie voor de functie"
)
# Hiring most of the time (school exams and grant panels use these too): job words, and
# the context a "no" phrase needs, but not enough to overrule a "not hiring" word.
PUBLIC_HIRING = (
    PUBLIC_HIRING_ONLY + "|search committee|selection panel|assistant professor|associate professor"
    "|supply teacher|berufungsliste|lehrkraft|lehrkräfte|auswahlkommission"
    "|beamtenverhältnis|entgeltgruppe|besoldungsgruppe|comité de sélection|épreuves écrites"
    "|épreuve écrite|admissibilité|liste de réserve|centre de gestion|comisión de selección"
    "|épreuve orale|épreuves orales|commission de sélection|service sélection"
    "|comité de búsqueda|tribunal de selección|lista de reserva|bolsa de empleo"
    "|primer ejercicio|segundo ejercicio|selectiecommissie|selectiestap|aanstelling"
    "|benoeming|leerkracht"
    # Academic posts that are jobs most of the time (a fellowship may be a grant), and the
    # board committees that appoint directors.
    "|postdoc|post-doc|postdoctoral position|posdoc|nomination committee"
    "|nominating committee|nominierungsausschuss|comité des nominations"
    "|comité de nombramientos|nominatiecommissie|selectie- en benoemingscommissie"
)
