# ruff: noqa: RUF001  (en dashes as employers write them)
"""Job postings written for these tests, one per language NextYes reads. The employers are
invented."""

ENGLISH = """\
Data Engineer (Remote, UK)
Harbourlight Analytics

About us
Harbourlight Analytics helps port authorities plan berths and cranes. We are 40 people,
half of them in R&D, and we report to C-level clients every quarter. We go to the office
in Bristol once a month.

What you'll do
- Build and run data pipelines in Airflow that feed our forecasting models
- Keep our Snowflake warehouse tidy and documented
- React quickly when a pipeline fails overnight, and write up what happened
- Work with analysts who use Tableau every day

What you bring
- Three or more years of Python and SQL in production
- Solid PostgreSQL; you know why a query plan looks the way it does
- Docker and Kubernetes (k8s) for deployment
- Clear written and verbal communication: you explain trade-offs to non-engineers
- Stakeholder management with port operators
- Experience with Kafka is a plus

Nice to have
- Terraform
- Familiarity with dbt or Great Expectations
- R, Go or Rust

What we offer
- A training budget of £2,000 a year (many of us spend it on AWS courses)
- 28 days of holiday plus bank holidays
- A laptop of your choice

How to apply
Send your CV and a few lines about a pipeline you are proud of.
"""

GERMAN = """\
Lagermitarbeiter (m/w/d) in Vollzeit
Rheinfracht Logistik GmbH, Duisburg

Über uns
Wir sind ein familiengeführter Logistikdienstleister mit zwei Standorten am Rhein.
Unser Einkauf und unser Vertrieb sitzen in Duisburg.

Deine Aufgaben
- Kommissionierung von Aufträgen mit dem Handscanner
- Wareneingang: Annahme, Prüfung und Einlagerung
- Verladung der Sendungen für den Versand
- Pflege der Bestände im WMS

Dein Profil
- Gültiger Staplerschein und Erfahrung im Umgang mit Gabelstaplern
- Gute Deutschkenntnisse in Wort und Schrift
- Zuverlässigkeit, Belastbarkeit und Teamfähigkeit
- Bereitschaft zur Schichtarbeit
- Kenntnisse in SAP sind von Vorteil

Wünschenswert
- Führerschein Klasse B
- Erfahrung mit Inventur

Wir bieten
- Unbefristeten Arbeitsvertrag
- Weiterbildung zum Erste-Hilfe-Ersthelfer
- Zuschuss zum Deutschlandticket

Bewerbung
Schick uns deinen Lebenslauf an jobs@rheinfracht.example.
"""

FRENCH = """\
Infirmier / Infirmière en médecine interne – CDI
Clinique des Tilleuls, Lyon

Qui sommes-nous ?
La Clinique des Tilleuls accueille 120 patients en médecine et en soins de suite.

Vos missions
- Assurer les soins aux patients et la surveillance des constantes
- Préparer et assurer l'administration des médicaments
- Tenir à jour le dossier de soins
- Participer aux transmissions avec l'équipe médicale

Profil recherché
- Diplôme d'État infirmier (IDE) obligatoire
- Maîtrise des soins des plaies
- Rigueur, esprit d'équipe et sens de l'écoute
- Une expérience en soins palliatifs serait un plus

Un plus
- Anglais courant
- Connaissance du dossier patient informatisé

Nous offrons
- Une prime d'installation
- Des formations aux premiers secours
- Un restaurant d'entreprise

Pour postuler, envoyez votre CV à recrutement@tilleuls.example.
"""

SPANISH = """\
Cocinero/a de partida – Restaurante Mar de Lava (Las Palmas)

Sobre nosotros
Somos un restaurante de cocina canaria con 60 cubiertos y terraza frente al mar.

Funciones
- Preparación de alimentos para el servicio de mediodía y noche
- Control de inventario de la cámara fría
- Limpieza de la partida al final del turno

Requisitos
- Carnet de manipulador de alimentos en vigor
- Dos años de experiencia en cocina de restaurante
- Capacidad de trabajo en equipo y de trabajo bajo presión
- Disponibilidad para trabajar fines de semana

Se valorará
- Inglés avanzado para tratar con clientes extranjeros
- Conocimientos de pastelería
- Conocimientos de APPCC y de alérgenos

Ofrecemos
- Contrato indefinido y dos días libres seguidos
- Comida de personal
- Formación en seguridad alimentaria

Envía tu currículum a cocina@mardelava.example.
"""

DUTCH = """\
Financieel administratief medewerker (32-40 uur)
Polderwerk Installatietechniek B.V., Zwolle

Over ons
Polderwerk installeert warmtepompen en zonnepanelen voor woningcorporaties.

Wat ga je doen?
- Je verwerkt inkoopfacturen in de crediteurenadministratie
- Je bewaakt het debiteurenbeheer en belt klanten over openstaande posten
- Je helpt bij de maandafsluiting

Wat wij vragen
- Een afgeronde mbo- of hbo-opleiding richting boekhouding
- Ervaring met Exact Online en Excel
- Je bent nauwkeurig en communicatief vaardig
- Vloeiend Nederlands; Engels is een pré
- Kennis van btw-aangiftes is een pré

Pluspunten
- Ervaring met Power BI

Wat wij bieden
- Een salaris tussen € 3.000 en € 3.900
- Een opleidingsbudget, bijvoorbeeld voor een cursus Power Query
- Een fiets van de zaak

Solliciteren
Stuur je cv en motivatie naar werk@polderwerk.example.
"""

NO_HEADINGS = """\
Northwind Outdoor is looking for a customer service agent for our web shop. You answer
customers by phone and email and solve their problems with a smile. You have handled
tickets in Zendesk before and you write clear English. Experience with Shopify would be a
plus. The job is part-time, 24 hours a week, in our Leeds office.
"""

DUTIES_ONLY = """\
Bookkeeper, two days a week
Kestrel & Daughters Furniture

What you'll do
- Keep the books in Xero and reconcile the bank every week
- Run payroll for our twelve staff
- File the VAT returns each quarter

What we offer
- Flexible hours and a friendly workshop team
"""
