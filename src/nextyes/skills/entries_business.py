"""Shipped skills: marketing, sales, customer service, finance and accounting, HR, and
office administration. Format and marks: see kinds.py."""

from nextyes.skills.kinds import CERTIFICATION, SKILL, TOOL, Entry

# The table is packed by hand, several names a line, so that it reads as a table.
# fmt: off
ENTRIES: tuple[Entry, ...] = (
    # Marketing
    (SKILL, "Marketing", ("=Marketing", "marketing experience", "Marketingerfahrung")),
    (SKILL, "Digital marketing", (
        "online marketing", "Online-Marketing", "marketing digital", "marketing numérique",
    )),
    (SKILL, "SEO", (
        "search engine optimisation", "search engine optimization",
        "Suchmaschinenoptimierung", "référencement naturel", "posicionamiento SEO",
        "zoekmachineoptimalisatie",
    )),
    (SKILL, "SEA", (
        "^SEA", "search engine advertising", "search engine marketing", "SEM",
        "Suchmaschinenwerbung", "référencement payant",
    )),
    (SKILL, "PPC", ("pay per click", "pay-per-click", "paid search")),
    (TOOL, "Google Ads", ("Google AdWords", "AdWords")),
    (TOOL, "Meta Ads", ("Facebook Ads", "Facebook advertising", "Instagram Ads")),
    (SKILL, "Social media marketing", (
        "social media management", "Social-Media-Marketing", "Social-Media-Management",
        "community management", "gestion des réseaux sociaux", "marketing en redes sociales",
        "gestión de redes sociales", "socialemediamarketing", "social media beheer",
    )),
    (SKILL, "Content marketing", (
        "Content-Marketing", "marketing de contenu", "marketing de contenidos",
    )),
    (SKILL, "Content creation", (
        "Content-Erstellung", "création de contenu", "création de contenus",
        "creación de contenido", "creación de contenidos", "contentcreatie",
    )),
    (SKILL, "Copywriting", (
        "copy writing", "Texterstellung", "rédaction web", "rédaction publicitaire",
        "redacción publicitaria", "redacción de contenidos", "tekstschrijven",
    )),
    (SKILL, "Email marketing", (
        "e-mail marketing", "E-Mail-Marketing", "email campaigns",
        "marketing par e-mail", "marketing por correo electrónico",
    )),
    (SKILL, "Marketing automation", ("Marketing-Automation", "automatisation marketing")),
    (TOOL, "Mailchimp", ()),
    (TOOL, "HubSpot", ()),
    (TOOL, "Salesforce", ("Salesforce CRM", "SFDC")),
    (TOOL, "Semrush", ()),
    (SKILL, "Brand management", (
        "branding", "Markenführung", "Markenmanagement", "gestion de marque",
        "gestión de marca", "merkmanagement",
    )),
    (SKILL, "Market research", (
        "market analysis", "Marktforschung", "Marktanalyse", "étude de marché",
        "études de marché", "investigación de mercados", "estudios de mercado",
        "marktonderzoek",
    )),
    (SKILL, "Public relations", (
        "^=PR", "media relations", "Pressearbeit", "Öffentlichkeitsarbeit",
        "relations presse", "relations publiques", "relaciones públicas",
    )),
    (SKILL, "Event management", (
        "event planning", "Eventmanagement", "Veranstaltungsmanagement",
        "organisation d'événements", "gestion d'événements", "organización de eventos",
        "evenementenorganisatie",
    )),
    (SKILL, "Performance marketing", ("Performance-Marketing",)),
    (SKILL, "Affiliate marketing", ("Affiliate-Marketing",)),
    (SKILL, "Campaign management", (
        "Kampagnenmanagement", "gestion de campagnes", "gestión de campañas",
        "campagnemanagement",
    )),
    (SKILL, "Product marketing", ()),
    (SKILL, "Growth marketing", ("growth hacking",)),
    (SKILL, "Influencer marketing", ("Influencer-Marketing",)),
    # Sales
    (SKILL, "Sales", (
        "=Sales", "sales experience", "selling skills", "Vertriebserfahrung",
        "Verkaufserfahrung", "Erfahrung im Vertrieb", "Erfahrung im Verkauf",
        "expérience commerciale", "expérience en vente", "experiencia en ventas",
        "experiencia comercial", "verkoopervaring", "ervaring in de verkoop",
    )),
    (SKILL, "B2B sales", ("B2B selling", "B2B-Vertrieb", "vente B2B", "ventas B2B")),
    (SKILL, "Account management", (
        "Account-Management", "gestion de comptes", "gestión de cuentas",
        "accountmanagement",
    )),
    (SKILL, "Key account management", (
        "^KAM", "Key-Account-Management", "gestion des grands comptes",
        "gestión de cuentas clave", "key accountmanagement",
    )),
    (SKILL, "Business development", (
        "Geschäftsentwicklung", "développement commercial", "développement des affaires",
        "desarrollo de negocio", "desarrollo de negocios",
    )),
    (SKILL, "Lead generation", ("Leadgenerierung", "génération de leads", "generación de leads",
                               "leadgeneratie")),
    (SKILL, "Prospecting", (
        "new business acquisition", "Neukundenakquise", "Kundenakquise", "Akquise",
        "prospection", "acquisition de nouveaux clients", "prospección",
        "captación de clientes",
        "=acquisitie",  # bare, also "acquisitie wordt niet op prijs gesteld" (no agencies)
    )),
    (SKILL, "Cold calling", (
        "cold calls", "telephone prospecting", "Kaltakquise", "prospection téléphonique",
        "llamadas en frío", "koude acquisitie",
    )),
    (SKILL, "Solution selling", (
        "consultative selling", "value selling", "lösungsorientierter Vertrieb",
        "vente consultative", "venta consultiva",
    )),
    (SKILL, "Upselling", (
        "up-selling", "cross-selling", "vente additionnelle", "venta cruzada",
    )),
    (SKILL, "Pipeline management", ("sales pipeline", "pipeline management")),
    (TOOL, "CRM systems", (
        "CRM", "CRM software", "CRM-System", "CRM-Systeme", "logiciel CRM",
        "customer relationship management",
    )),
    (SKILL, "Retail sales", (
        "retail experience", "store sales", "Erfahrung im Einzelhandel",
        "Verkauf im Einzelhandel", "vente en magasin", "vente en boutique",
        "venta en tienda", "winkelervaring", "retailervaring",
    )),
    (SKILL, "Visual merchandising", ("Visual Merchandising",)),
    (SKILL, "Field sales", ("Außendienst", "Außendiensterfahrung", "vente terrain",
                           "ventas de campo", "buitendienst")),
    (SKILL, "Bid management", (
        "tender writing", "tender management", "Ausschreibungen", "appels d'offres",
        "licitaciones", "aanbestedingen",
    )),
    # Customer service
    (SKILL, "Customer service", (
        "customer care", "client service", "Kundenservice", "Kundendienst",
        "Kundenbetreuung", "service client", "service clients", "relation client",
        "atención al cliente", "servicio al cliente", "klantenservice",
    )),
    (SKILL, "Customer support", (
        "Kundensupport", "support client", "soporte al cliente", "klantondersteuning",
    )),
    (SKILL, "Complaint handling", (
        "complaints handling", "handling complaints", "Beschwerdemanagement",
        "Reklamationsbearbeitung", "gestion des réclamations", "traitement des réclamations",
        "gestión de reclamaciones", "gestión de quejas", "klachtenafhandeling",
        "klachtenbehandeling",
    )),
    (SKILL, "Customer success", ("Customer-Success",)),
    (SKILL, "Call centre work", (
        "call centre", "call center", "contact centre", "contact center", "Callcenter",
        "centre d'appels", "centro de llamadas", "callcenter", "inbound calls",
        "outbound calls",
    )),
    (SKILL, "De-escalation", ("Deeskalation", "désescalade", "desescalada", "de-escalatie")),
    (TOOL, "Zendesk", ()),
    (TOOL, "Freshdesk", ()),
    (TOOL, "Intercom", ("^==Intercom",)),
    (TOOL, "Ticketing systems", (
        "ticketing system", "Ticketsystem", "Ticketsysteme", "système de tickets",
        "sistema de tickets",
    )),
    # Finance and accounting
    (SKILL, "Accounting", (
        "accountancy", "Buchhaltung", "Rechnungswesen", "comptabilité", "contabilidad",
        "boekhouding",
    )),
    (SKILL, "Bookkeeping", ("Buchführung", "tenue de comptabilité", "teneduría de libros",
                           "boekhouden")),
    (SKILL, "Financial analysis", (
        "Finanzanalyse", "analyse financière", "análisis financiero", "financiële analyse",
    )),
    (SKILL, "Financial modelling", (
        "financial modeling", "financial models", "Finanzmodellierung",
        "modélisation financière", "modelización financiera", "financiële modellering",
    )),
    (SKILL, "Budgeting", (
        "budget management", "Budgetierung", "Budgetplanung", "gestion budgétaire",
        "élaboration budgétaire", "elaboración de presupuestos", "gestión presupuestaria",
        "budgettering", "budgetbeheer",
    )),
    (SKILL, "Forecasting", ("Prognoseerstellung", "prévisions financières",
                           "previsiones financieras")),
    (SKILL, "Financial planning and analysis", (
        "FP&A", "financial planning", "Finanzplanung", "planification financière",
        "planificación financiera", "financiële planning",
    )),
    (SKILL, "Financial reporting", (
        "Finanzberichterstattung", "reporting financier", "informes financieros",
        "financiële rapportage",
    )),
    (SKILL, "Month-end close", (
        "month-end closing", "year-end close", "year-end closing", "Monatsabschluss",
        "Monatsabschlüsse", "Jahresabschluss", "Jahresabschlüsse", "clôture mensuelle",
        "clôture des comptes", "cierre contable", "cierre mensual", "maandafsluiting",
        "jaarafsluiting",
    )),
    (SKILL, "Accounts payable", (
        "purchase ledger", "Kreditorenbuchhaltung", "comptabilité fournisseurs",
        "cuentas por pagar", "cuentas a pagar", "crediteurenadministratie",
        "crediteurenbeheer",
    )),
    (SKILL, "Accounts receivable", (
        "sales ledger", "credit control", "Debitorenbuchhaltung", "Debitorenmanagement",
        "comptabilité clients", "cuentas por cobrar", "cuentas a cobrar",
        "debiteurenadministratie", "debiteurenbeheer",
    )),
    (SKILL, "Payroll", (
        "Lohnbuchhaltung", "Lohnabrechnung", "Gehaltsabrechnung", "Entgeltabrechnung",
        "paie", "gestion de la paie", "nóminas", "gestión de nóminas", "salarisadministratie",
        "loonadministratie",
    )),
    (SKILL, "Tax", (
        "=Tax", "taxation", "tax compliance", "tax returns", "Steuerwesen", "Steuererklärungen",
        "fiscalité", "fiscalidad", "fiscaliteit", "belastingaangiftes",
    )),
    # Bare, each is also in company footers ("VAT No. GB 416 6766 92").
    (SKILL, "VAT", (
        "=VAT", "VAT returns", "=Umsatzsteuer", "Umsatzsteuervoranmeldung",
        "=Mehrwertsteuer", "=TVA", "déclarations de TVA", "=IVA", "declaraciones de IVA",
        "btw-aangifte", "btw-aangiftes",
    )),
    (SKILL, "Auditing", ("=audit", "Wirtschaftsprüfung", "auditoría", "auditing")),
    (SKILL, "Internal audit", ("interne Revision", "audit interne", "auditoría interna",
                              "interne audit")),
    (SKILL, "Controlling", (
        "^=Controlling", "management accounting", "business control", "contrôle de gestion",
        "control de gestión",
    )),
    (SKILL, "Cost accounting", (
        "Kostenrechnung", "comptabilité analytique", "contabilidad de costes",
        "contabilidad de costos", "kostprijsberekening",
    )),
    (SKILL, "Treasury", (
        "^=Treasury", "cash management", "Liquiditätsmanagement", "gestion de trésorerie",
        "tesorería", "cashmanagement",
    )),
    (SKILL, "Account reconciliation", (
        "reconciliations", "bank reconciliation", "Kontenabstimmung", "Kontenabstimmungen",
        "rapprochement bancaire", "rapprochements bancaires", "conciliación bancaria",
        "conciliaciones bancarias", "bankreconciliatie",
    )),
    (SKILL, "Financial consolidation", (
        "group consolidation", "Konzernabschluss", "consolidation des comptes",
        "consolidación contable", "consolidatie",
    )),
    (SKILL, "IFRS", ()),
    (SKILL, "US GAAP", ("GAAP", "US-GAAP")),
    (SKILL, "HGB", ("^HGB", "Handelsgesetzbuch")),
    (SKILL, "Anti-money laundering", (
        "AML", "anti money laundering", "Geldwäscheprävention", "lutte anti-blanchiment",
        "prevención del blanqueo de capitales", "antiwitwassen",
    )),
    (SKILL, "KYC", ("know your customer",)),
    (SKILL, "Credit analysis", (
        "credit risk", "Kreditanalyse", "analyse crédit", "análisis de crédito",
        "kredietanalyse",
    )),
    (SKILL, "Invoicing", (
        "billing", "Rechnungsstellung", "Fakturierung", "facturation", "facturación",
        "facturatie", "facturering",
    )),
    (TOOL, "DATEV", ()),
    (TOOL, "SAP", ("SAP ERP", "SAP S/4HANA", "S/4HANA", "SAP R/3", "SAP HANA")),
    (TOOL, "SAP FI/CO", ("SAP FI", "SAP CO", "SAP FICO", "SAP FI-CO")),
    (TOOL, "SAP MM", ()),
    (TOOL, "SAP SD", ()),
    (TOOL, "QuickBooks", ()),
    (TOOL, "Xero", ("^Xero",)),
    (TOOL, "Sage", ("^=Sage", "Sage 50", "Sage 100", "Sage X3")),
    (TOOL, "Exact Online", ()),
    (TOOL, "Lexware", ()),
    (TOOL, "NetSuite", ("Oracle NetSuite",)),
    (TOOL, "Microsoft Dynamics", (
        "Dynamics 365", "Microsoft Dynamics 365", "Dynamics NAV", "Navision",
        "Business Central",
    )),
    (TOOL, "Odoo", ()),
    (CERTIFICATION, "CPA", (
        "^=CPA", "Certified Public Accountant", "CPA license", "CPA licence",
        "CPA qualified", "CPA certification",
    )),
    (CERTIFICATION, "ACCA", ("^ACCA", "ACCA qualified",
                             "Association of Chartered Certified Accountants")),
    (CERTIFICATION, "CIMA", ("^CIMA", "CIMA qualified")),
    (CERTIFICATION, "CFA", ("^CFA", "Chartered Financial Analyst")),
    (CERTIFICATION, "ACA", ("^=ACA", "ICAEW", "ACA qualified", "ICAEW Chartered Accountant")),
    (CERTIFICATION, "Bilanzbuchhalter", (
        "Bilanzbuchhalterin", "geprüfter Bilanzbuchhalter", "Bilanzbuchhalter IHK",
    )),
    # HR
    (SKILL, "Recruiting", (
        "recruitment", "talent acquisition", "Personalbeschaffung", "recrutement",
        "reclutamiento", "selección de personal", "werving en selectie",
        "werving & selectie",
    )),
    (SKILL, "Active sourcing", (
        "Active Sourcing", "candidate sourcing", "talent sourcing", "sourcing de talents",
        "búsqueda activa de candidatos",
    )),
    (SKILL, "Candidate interviewing", (
        "competency-based interviews", "Bewerbungsgespräche führen",
        "entretiens de recrutement", "entrevistas de selección", "selectiegesprekken",
    )),
    (SKILL, "Onboarding", ()),
    (SKILL, "Employee relations", ("relations sociales", "relaciones laborales",
                                  "arbeidsverhoudingen")),
    (SKILL, "Labour law", (
        "labor law", "employment law", "Arbeitsrecht", "droit du travail", "droit social",
        "derecho laboral", "legislación laboral", "arbeidsrecht",
    )),
    (SKILL, "HR administration", (
        "HR admin", "Personaladministration", "Personalverwaltung",
        "administration du personnel", "administración de personal",
        "personeelsadministratie",
    )),
    (SKILL, "Performance management", (
        "Performance-Management", "Leistungsbeurteilung", "gestion de la performance",
        "gestión del desempeño", "performancemanagement",
    )),
    (SKILL, "Compensation and benefits", (
        "C&B", "Comp & Ben", "comp and ben", "Compensation & Benefits",
        "rémunération et avantages sociaux", "compensación y beneficios",
    )),
    (SKILL, "Learning and development", (
        "L&D", "learning & development", "training and development", "Personalentwicklung",
        "développement des compétences", "formación y desarrollo",
        "opleiding en ontwikkeling",
    )),
    (SKILL, "Employer branding", ("Employer-Branding", "marque employeur",
                                 "marca empleadora", "werkgeversmerk")),
    (TOOL, "HRIS", ("HR information systems", "HR information system", "HR systems")),
    (TOOL, "Workday", ()),
    (TOOL, "Personio", ()),
    (TOOL, "SAP SuccessFactors", ("SuccessFactors",)),
    (CERTIFICATION, "CIPD", ("^CIPD", "CIPD Level 5", "CIPD Level 7")),
    (CERTIFICATION, "SHRM", ("SHRM-CP", "SHRM-SCP")),
    (SKILL, "Workforce planning", (
        "Personalplanung", "planification des effectifs", "planificación de plantilla",
        "personeelsplanning",
    )),
    (SKILL, "Rostering", (
        "shift planning", "shift scheduling", "Schichtplanung", "Dienstplanung",
        "Dienstplanerstellung", "planning des équipes", "cuadrantes", "roosteren",
        "roosterplanning",
    )),
    (SKILL, "Coaching and mentoring", (
        "coaching skills", "mentoring", "mentorat", "mentoría", "coachen",
    )),
    # Office and administration
    (TOOL, "Microsoft Office", (
        "MS Office", "MS-Office", "Microsoft 365", "Office 365", "M365",
        "Microsoft Office Suite", "Pack Office", "paquete Office", "suite Office",
        "Office-pakket",
    )),
    (TOOL, "Microsoft Word", ("MS Word", "^==Word")),
    (TOOL, "PowerPoint", ("MS PowerPoint", "Microsoft PowerPoint", "Power Point")),
    (TOOL, "Outlook", ("MS Outlook", "Microsoft Outlook", "^Outlook")),
    (TOOL, "Microsoft Teams", ("MS Teams",)),
    (TOOL, "Microsoft Access", ("MS Access", "^==Access")),
    (TOOL, "SharePoint", ("Microsoft SharePoint",)),
    (TOOL, "Google Workspace", ("G Suite", "GSuite", "Google Docs", "Google Drive")),
    (TOOL, "Slack", ("^Slack",)),
    (TOOL, "Notion", ("^=Notion",)),
    (TOOL, "Asana", ("^Asana",)),
    (TOOL, "Trello", ()),
    (TOOL, "monday.com", ()),
    (TOOL, "Airtable", ()),
    (TOOL, "Zapier", ()),
    (SKILL, "Data entry", (
        "Datenerfassung", "Dateneingabe", "saisie de données", "saisie des données",
        "entrada de datos", "introducción de datos", "grabación de datos", "data-invoer",
        "data invoer", "gegevensinvoer",
    )),
    (SKILL, "Calendar management", (
        "diary management", "agenda management", "Terminplanung", "Terminkoordination",
        "Terminmanagement", "Kalenderverwaltung", "gestion d'agenda", "gestion des agendas",
        "gestión de agendas", "gestión de agenda", "agendabeheer",
    )),
    (SKILL, "Minute taking", (
        "taking minutes", "Protokollführung", "rédaction de comptes rendus",
        "rédaction de procès-verbaux", "redacción de actas", "notuleren",
    )),
    (SKILL, "Touch typing", (
        "fast typing", "Zehnfingersystem", "10-Finger-System", "Tastschreiben",
        "dactylographie", "mecanografía", "blind typen",
    )),
    (SKILL, "Office management", (
        "office administration", "administrative support", "Büromanagement",
        "Büroorganisation", "Office-Management", "gestion administrative",
        "gestión administrativa", "officemanagement",
    )),
    (SKILL, "Business correspondence", (
        "Korrespondenz", "Geschäftskorrespondenz", "gestion du courrier",
        "correspondencia comercial", "zakelijke correspondentie",
    )),
    (SKILL, "Document management", (
        "records management", "Dokumentenmanagement", "gestion documentaire",
        "gestión documental", "documentbeheer",
    )),
    (SKILL, "Travel arrangements", (
        "travel booking", "Reiseplanung", "Reiseorganisation",
        "organisation de déplacements", "gestión de viajes", "reisplanning",
    )),
    (SKILL, "Reception", (
        # Bare, each is also the place a visitor reports to ("arrive at reception").
        "=Reception", "=Rezeption", "=recepción", "=receptie", "front desk",
        "reception duties", "receptionist duties", "Rezeptionserfahrung",
        "accueil physique et téléphonique", "accueil téléphonique",
        "experiencia en recepción", "receptiewerkzaamheden",
    )),
    (SKILL, "Switchboard", ("Telefonzentrale", "standard téléphonique", "centralita",
                           "telefooncentrale")),
    (SKILL, "Proofreading", (
        "copy editing", "Korrekturlesen", "Lektorat", "=relecture", "corrección de textos",
    )),
    (SKILL, "Translation", (
        "=Translation", "Übersetzung", "Übersetzungen", "traduction", "traducción",
        "vertalen", "vertaling",
    )),
    (SKILL, "Contract management", (
        "Vertragsmanagement", "gestion des contrats", "gestión de contratos",
        "contractbeheer",
    )),
    # Bare, each also turns up in every privacy footer ("Under the GDPR you may...").
    (SKILL, "GDPR", (
        "=GDPR", "=DSGVO", "=RGPD", "^=AVG", "GDPR compliance", "data protection law",
        "Datenschutzrecht",
    )),
)
# fmt: on
