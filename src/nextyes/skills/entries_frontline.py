"""Shipped skills: operations, logistics and warehouse work, quality and safety, driving,
and the technical trades. Format and marks: see kinds.py."""

from nextyes.skills.kinds import CERTIFICATION, SKILL, TOOL, Entry

# The table is packed by hand, several names a line, so that it reads as a table.
# fmt: off
ENTRIES: tuple[Entry, ...] = (
    # Operations, logistics and warehouse
    (SKILL, "Supply chain management", (
        "SCM", "supply chain", "Supply-Chain-Management", "Lieferkettenmanagement",
        "chaîne d'approvisionnement", "gestion de la chaîne logistique",
        "cadena de suministro", "gestión de la cadena de suministro", "ketenbeheer",
    )),
    (SKILL, "Logistics", (
        "=Logistics", "logistics experience", "Logistikerfahrung", "Logistikkenntnisse",
        "Erfahrung in der Logistik", "expérience en logistique", "experiencia en logística",
        "ervaring in de logistiek", "=Logistik", "=logistique", "=logística", "=logistiek",
    )),
    (SKILL, "Inventory management", (
        "stock control", "stock management", "inventory control", "stocktaking",
        "stock taking", "Bestandsmanagement", "Bestandsführung", "Lagerbestandsführung",
        "Inventur", "gestion des stocks", "gestion de stock", "gestión de inventario",
        "gestión de inventarios", "gestión de stock", "control de inventario",
        "voorraadbeheer", "inventarisatie",
    )),
    (SKILL, "Warehouse operations", (
        "warehousing", "warehouse management", "Lagerlogistik", "Lagerverwaltung",
        "Lagerhaltung", "gestion d'entrepôt", "logistique d'entrepôt", "gestión de almacén",
        "gestión de almacenes", "magazijnbeheer", "magazijnwerkzaamheden",
    )),
    (TOOL, "WMS", (
        "warehouse management system", "warehouse management systems",
        "Lagerverwaltungssystem", "logiciel WMS", "sistema de gestión de almacenes",
        "magazijnbeheersysteem",
    )),
    (SKILL, "Order picking", (
        "pick and pack", "picking and packing", "Kommissionierung",
        "Kommissionieren", "préparation de commandes", "preparación de pedidos",
        "orderpicken", "orderpicking",
    )),
    (SKILL, "Goods receipt", (
        "goods in", "goods inwards", "receiving goods", "Wareneingang", "Warenannahme",
        "réception de marchandises", "réception des marchandises",
        "recepción de mercancías", "recepción de mercancía", "goederenontvangst",
        "ontvangst van goederen",
    )),
    (SKILL, "Shipping and dispatch", (
        "dispatch", "Warenausgang", "Versand", "expédition", "expédition de colis",
        "expedición", "envíos", "verzending",
    )),
    (TOOL, "RF scanners", ("RF scanner", "handheld scanner", "Handscanner", "scanette",
                          "escáner de radiofrecuencia", "handscanner")),
    (SKILL, "Procurement", (
        "purchasing", "strategic sourcing", "Beschaffung", "approvisionnement",
        "aprovisionamiento", "Einkaufserfahrung", "Erfahrung im Einkauf",
        "strategischer Einkauf", "operativer Einkauf", "expérience en achats",
        "experiencia en compras", "ervaring in inkoop", "ervaring met inkoop",
        # Also the name of a department ("mit dem Einkauf", "service achats"):
        "=Einkauf", "=achats", "=compras", "=inkoop",
    )),
    (SKILL, "Vendor management", (
        "supplier management", "Lieferantenmanagement", "gestion des fournisseurs",
        "gestión de proveedores", "leveranciersmanagement",
    )),
    (SKILL, "Demand planning", (
        "demand forecasting", "Bedarfsplanung", "prévision de la demande",
        "planification de la demande", "planificación de la demanda", "vraagplanning",
    )),
    (SKILL, "Production planning", (
        "production scheduling", "Produktionsplanung", "Fertigungsplanung",
        "planification de la production", "planificación de la producción",
        "productieplanning",
    )),
    (SKILL, "Customs clearance", (
        "customs declarations", "Zollabwicklung", "Zollanmeldung", "dédouanement",
        "despacho aduanero", "despacho de aduanas", "douaneafhandeling", "douanezaken",
    )),
    (SKILL, "Incoterms", ()),
    (SKILL, "Route planning", (
        "Tourenplanung", "Routenplanung", "planification des tournées",
        "planificación de rutas", "routeplanning",
    )),
    (SKILL, "Fleet management", (
        "Fuhrparkmanagement", "gestion de flotte", "gestión de flotas", "wagenparkbeheer",
    )),
    (SKILL, "Freight forwarding", ("Speditionskenntnisse", "commission de transport",
                                  "transitario", "expeditiekennis")),
    (SKILL, "Machine operation", (
        "machine operating", "operating machinery", "Maschinenbedienung",
        "Maschinenführung", "conduite de machines", "conduite de ligne",
        "manejo de maquinaria", "operación de maquinaria", "machinebediening",
    )),
    (SKILL, "Assembly work", (
        "assembly line work", "mechanical assembly", "Montagetätigkeiten",
        "Montagearbeiten", "travaux d'assemblage", "montaje", "montagewerkzaamheden",
    )),
    (SKILL, "Manual handling", (
        "moving and handling", "patient handling", "manutention",
        "manipulación manual de cargas", "tiltechnieken",
    )),
    # Quality and safety
    (SKILL, "Quality control", (
        "quality inspection", "^QC", "Qualitätskontrolle", "Qualitätsprüfung",
        "contrôle qualité", "contrôle de la qualité", "control de calidad",
        "kwaliteitscontrole",
    )),
    (SKILL, "Quality management", (
        "^QM", "Qualitätsmanagement", "gestion de la qualité", "management de la qualité",
        "gestión de calidad", "gestión de la calidad", "kwaliteitsmanagement",
        "kwaliteitszorg",
    )),
    (SKILL, "Quality assurance", (
        "^QA", "Qualitätssicherung", "assurance qualité", "aseguramiento de la calidad",
        "kwaliteitsborging",
    )),
    (CERTIFICATION, "ISO 9001", ("ISO9001", "ISO 9001:2015")),
    (CERTIFICATION, "ISO 27001", ("ISO/IEC 27001", "ISO27001")),
    (SKILL, "Health and safety", (
        "health & safety", "occupational health and safety", "^OHS", "^HSE",
        "Arbeitssicherheit", "Arbeitsschutz", "santé et sécurité au travail",
        "hygiène et sécurité", "prévention des risques professionnels",
        "prevención de riesgos laborales", "seguridad y salud laboral", "arbo",
        "arbo en veiligheid",
    )),
    (SKILL, "Continuous improvement", (
        "Kaizen", "KVP", "kontinuierlicher Verbesserungsprozess", "amélioration continue",
        "mejora continua", "continu verbeteren",
    )),
    (SKILL, "Lean management", (
        "=Lean", "lean manufacturing", "lean principles", "lean production",
        "Lean-Management", "Lean Production",
    )),
    (SKILL, "5S", ("5S methodology",)),
    (SKILL, "Process improvement", (
        "process optimisation", "process optimization", "Prozessoptimierung",
        "optimisation des processus", "optimización de procesos", "procesoptimalisatie",
    )),
    (SKILL, "Change management", (
        "Change-Management", "Veränderungsmanagement", "conduite du changement",
        "gestion du changement", "gestión del cambio", "verandermanagement",
    )),
    (SKILL, "Risk management", (
        "Risikomanagement", "gestion des risques", "gestión de riesgos", "risicomanagement",
    )),
    (SKILL, "Stakeholder management", (
        "managing stakeholders", "stakeholder engagement", "Stakeholdermanagement",
        "Stakeholder-Management", "gestion des parties prenantes",
        "gestion des stakeholders", "gestión de stakeholders", "gestión de partes interesadas",
        "stakeholdermanagement", "omgevingsmanagement",
    )),
    (CERTIFICATION, "NEBOSH", ("NEBOSH General Certificate",)),
    (CERTIFICATION, "IOSH", ("IOSH Managing Safely",)),
    (CERTIFICATION, "VCA safety certificate", (
        "VCA", "VCA-basis", "VCA basis", "B-VCA", "VCA-VOL", "VOL-VCA", "SCC-Schein",
        "SCC certificate", "VCA-certificaat",
    )),
    (CERTIFICATION, "CSCS card", ("CSCS", "CSCS certification")),
    (CERTIFICATION, "IPAF", ("IPAF licence", "IPAF card", "MEWP licence")),
    (CERTIFICATION, "PASMA", ()),
    (CERTIFICATION, "SMSTS", ("Site Management Safety Training Scheme",)),
    (CERTIFICATION, "First aid", (
        "first aid certificate", "first-aid", "Erste Hilfe", "Erste-Hilfe-Kurs",
        "Ersthelfer", "Ersthelferausbildung", "premiers secours", "PSC1",
        "sauveteur secouriste du travail", "^SST", "primeros auxilios", "EHBO",
        "EHBO-diploma",
    )),
    (CERTIFICATION, "BHV", ("bedrijfshulpverlening", "BHV-diploma", "BHV-certificaat")),
    # Driving and lifting
    (CERTIFICATION, "Forklift licence", (
        "forklift license", "forklift certification", "forklift certificate",
        "forklift truck licence", "forklift truck license", "forklift driving",
        "counterbalance forklift", "forklift", "Staplerschein", "Gabelstaplerschein",
        "Staplerfahrerschein", "Flurförderzeugschein", "Stapler-Führerschein",
        "Gabelstapler-Führerschein", "CACES", "CACES R489", "CACES 1", "CACES 3",
        "CACES 5", "permis cariste", "carné de carretillero", "carnet de carretillero",
        "carné de carretillas", "carnet de carretillas elevadoras", "heftruckcertificaat",
        "heftruckrijbewijs", "heftruckdiploma", "certificaat heftruck", "heftruck",
    )),
    (CERTIFICATION, "Reach truck", (
        "reach truck licence", "reachtruck", "Schubmaststapler",
        "chariot à mât rétractable", "carretilla retráctil",
    )),
    (CERTIFICATION, "Crane licence", (
        "crane operator licence", "Kranschein", "Kranführerschein", "CACES R483",
        "carné de gruista", "kraanmachinistdiploma",
    )),
    (CERTIFICATION, "Driving licence", (
        "driving license", "driver's license", "driver's licence", "drivers licence",
        "full driving licence", "clean driving licence", "Führerschein",
        "Führerschein Klasse B", "Führerschein B", "Fahrerlaubnis", "permis B",
        "permis de conduire", "carné de conducir", "carnet de conducir",
        "permiso de conducir", "carné B", "rijbewijs", "rijbewijs B",
    )),
    (CERTIFICATION, "HGV licence", (
        "HGV", "HGV Class 1", "HGV Class 2", "HGV driving licence", "LGV", "LGV licence",
        "Class C licence", "C+E licence", "CE licence", "Führerschein Klasse C",
        "Führerschein Klasse CE", "Führerschein C", "Führerschein CE",
        "Führerschein C/CE", "Führerschein Klasse C/CE", "Lkw-Führerschein", "permis C",
        "permis CE", "permis poids lourd", "permis poids lourds", "permis PL", "carné C",
        "carné C+E", "carnet C", "permiso C", "rijbewijs C", "rijbewijs CE",
        "rijbewijs C/CE", "C-rijbewijs", "CE-rijbewijs", "vrachtwagenrijbewijs",
    )),
    (CERTIFICATION, "Driver CPC (Code 95)", (
        "Driver CPC", "Code 95", "Code95", "Berufskraftfahrerqualifikation", "BKrFQ",
        "FIMO", "FCO", "CAP de conductor", "CAP conductor",
    )),
    (CERTIFICATION, "ADR certificate", (
        "^ADR", "ADR-Schein", "ADR-Bescheinigung", "dangerous goods", "Gefahrgut",
        "Gefahrgutschein", "matières dangereuses", "mercancías peligrosas",
        "gevaarlijke stoffen", "ADR-certificaat",
    )),
    # Trades and technical maintenance
    (SKILL, "Electrical installation", (
        "electrical installations", "electrical work", "wiring", "Elektroinstallation",
        "Elektroinstallationen", "installation électrique", "installations électriques",
        "instalaciones eléctricas", "instalación eléctrica", "elektrische installaties",
    )),
    (CERTIFICATION, "18th Edition", (
        "18th Edition wiring regulations", "BS 7671", "BS7671", "17th Edition",
    )),
    (CERTIFICATION, "Elektrofachkraft", ("EFK", "Elektrofachkraft für festgelegte Tätigkeiten")),
    (CERTIFICATION, "Habilitation électrique", (
        "habilitations électriques", "habilitation B1V", "habilitation BR", "H0B0",
    )),
    (CERTIFICATION, "NEN 3140", ("NEN3140",)),
    (SKILL, "PLC programming", (
        "^PLC", "SPS-Programmierung", "^SPS", "programmation d'automates",
        "programmation automate", "automates programmables", "automate programmable",
        "programación de PLC", "autómatas programables", "PLC-programmering",
        "PLC programmeren",
    )),
    (TOOL, "Siemens TIA Portal", (
        "TIA Portal", "Step 7", "STEP7", "Siemens S7", "Simatic S7", "Simatic",
    )),
    (SKILL, "Preventive maintenance", (
        "planned maintenance", "preventative maintenance", "vorbeugende Instandhaltung",
        "präventive Wartung", "maintenance préventive", "mantenimiento preventivo",
        "preventief onderhoud",
    )),
    (SKILL, "Maintenance and repair", (
        "repairs and maintenance", "Instandhaltung", "Wartung und Instandhaltung",
        "Wartung", "maintenance et réparation", "entretien et réparation",
        "maintenance industrielle", "mantenimiento y reparación", "=mantenimiento",
        "onderhoud en reparatie", "technisch onderhoud",
    )),
    (SKILL, "Troubleshooting", (
        "fault finding", "fault diagnosis", "Fehlersuche", "Fehleranalyse",
        "Störungsbehebung", "Störungsbeseitigung", "diagnostic de pannes", "dépannage",
        "diagnóstico de averías", "resolución de averías", "storingen verhelpen",
        "storingsanalyse", "storingsdiagnose",
    )),
    (SKILL, "HVAC", (
        "HVAC-R", "HVAC/R", "heating, ventilation and air conditioning", "^HLK",
        "Klimatechnik", "Kältetechnik", "Heizungstechnik", "climatisation",
        "génie climatique", "^CVC", "climatización", "klimaattechniek",
        "koudetechniek",
    )),
    (CERTIFICATION, "F-Gas certificate", (
        "F-Gas", "F Gas", "F-gas certification", "Kältetechnik Sachkunde",
        "attestation de capacité", "certificado de gases fluorados", "F-gassen certificaat",
        "STEK",
    )),
    (CERTIFICATION, "Gas Safe", ("Gas Safe registered", "Gas Safe registration")),
    (SKILL, "Plumbing", (
        "Sanitärinstallation", "Sanitärtechnik", "plomberie", "fontanería",
        "loodgieterswerk",
    )),
    (SKILL, "Welding", (
        "MIG welding", "TIG welding", "MIG/MAG", "arc welding", "stick welding",
        "Schweißen", "Schweißtechnik", "Schweißkenntnisse", "WIG-Schweißen",
        "MAG-Schweißen", "soudure", "soudage", "soldadura", "lastechniek", "MIG-lassen",
        "TIG-lassen", "MAG-lassen", "laswerk",
    )),
    (SKILL, "Soldering", ("Löten", "brasage", "solderen")),
    (SKILL, "Carpentry", (
        "joinery", "Tischlerarbeiten", "Schreinerarbeiten", "Holzbearbeitung",
        "menuiserie", "charpente", "carpintería", "timmerwerk", "timmeren",
    )),
    (SKILL, "Technical drawings", (
        "reading technical drawings", "blueprint reading", "reading blueprints",
        "technische Zeichnungen", "Zeichnungslesen", "lecture de plans", "plans techniques",
        "lectura de planos", "interpretación de planos", "technische tekeningen",
        "tekeninglezen",
    )),
    (SKILL, "CNC machining", (
        "CNC", "CNC programming", "CNC-Programmierung", "CNC-Fräsen", "CNC-Drehen",
        "usinage CNC", "mecanizado CNC", "CNC-verspaning",
    )),
    (SKILL, "Hydraulics", ("hydraulic systems", "Hydraulik", "hydraulique", "hidráulica",
                          "hydrauliek")),
    (SKILL, "Pneumatics", ("Pneumatik", "pneumatique", "neumática", "pneumatiek")),
    (SKILL, "Electronics", ("Elektronik", "électronique", "=electrónica", "elektronica")),
    (SKILL, "Mechatronics", ("Mechatronik", "mécatronique", "mecatrónica", "mechatronica")),
    (SKILL, "Vehicle diagnostics", (
        "vehicle repair", "vehicle maintenance", "automotive diagnostics",
        "car mechanics", "Kfz-Technik", "Kfz-Diagnose", "Fahrzeugdiagnose",
        "mécanique automobile", "diagnostic automobile", "mecánica del automóvil",
        "diagnosis de vehículos", "autotechniek",
    )),
    (SKILL, "Bricklaying", ("Maurerarbeiten", "maçonnerie", "albañilería", "metselen",
                           "metselwerk")),
    (SKILL, "Tiling", ("Fliesenlegen", "Fliesenarbeiten", "carrelage", "alicatado",
                      "tegelzetten")),
    (SKILL, "Plastering", ("Verputzen", "Putzarbeiten", "plâtrerie", "enlucido",
                          "stukadoren")),
    (SKILL, "Painting and decorating", ("Malerarbeiten", "peinture en bâtiment",
                                       "schilderwerk")),
    (SKILL, "Roofing", ("Dachdeckerarbeiten", "toiture", "dakdekken")),
    (SKILL, "Scaffolding", ("Gerüstbau", "échafaudage", "andamios", "steigerbouw")),
    (SKILL, "Working at height", (
        "work at height", "Arbeiten in der Höhe", "Höhenarbeiten", "travail en hauteur",
        "travaux en hauteur", "trabajos en altura", "werken op hoogte",
    )),
    (SKILL, "Confined spaces", ("confined space", "espaces confinés", "espacios confinados",
                               "besloten ruimten")),
)
# fmt: on
