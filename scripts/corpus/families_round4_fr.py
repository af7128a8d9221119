# ruff: noqa: E501, RUF001  (one paragraph per line; en dashes as the mail writes them)
"""Round 4 in French: rejections without the stock phrases, and everything else beside them.

The model read French mostly as rejections written the classic way ("nous sommes au
regret", "pas été retenue"). Here the rejections speak through portal steps, warm calls,
cancelled posts, full cohorts, test scores, withdrawn offers and public-sector letters;
the other labels get on-site logistics, two-line calls, visio links, reschedules, panels,
tests and take-homes, agency and headhunter approaches, receipts with unfilled merge
fields, and hard negatives (admissions, flats, grants, talks, out-of-office, candidate
accounts, privacy notices, one's own team meetings). Every sentence here is new."""

from families_languages import FR, FR_ATS, FR_PERSON
from generate import Family

# Public-sector posts and bodies (values only).
PUBLIC = {
    **FR,
    "poste_pub": [
        "Agent d'accueil polyvalent (catégorie C)",
        "Rédacteur territorial – service des marchés publics",
        "Technicien informatique (catégorie B)",
        "Assistant(e) médico-administratif(ve)",
        "Chargé(e) de mission urbanisme (catégorie A)",
        "Gestionnaire paie et carrières",
    ],
    "collslug": ["mairie-valbonne", "ch-saint-loup", "cd-haute-vire", "agglo-mervent"],
    "coll": [
        "Mairie de Valbonne-sur-Lys",
        "Centre hospitalier de Saint-Loup",
        "Département de la Haute-Vire",
        "Communauté d'agglomération de Mervent",
    ],
    "indice": ["366", "390", "412", "455"],
}

# Unfilled merge fields as a careless template leaves them.
PLACEHOLDERS = {
    **FR,
    "ph_nom": ["[Prénom]", "%PRENOM%", "(Nom du candidat)", "<<Prénom>>", "*|FNAME|*", "[NOM]"],
    "ph_poste": ["(Intitulé du poste)", "[POSTE]", "%job_title%", "XX", "<<Offre>>"],
    "ph_entreprise": ["(Nom de l'entreprise)", "[ENTREPRISE]", "XX", "%societe%"],
    "ph_signature": [
        "[Nom du recruteur]",
        "(Signature)",
        "<<Expéditeur>>",
        "(Prénom Nom)\n(Fonction)",
    ],
}

FAMILIES: list[Family] = [
    # Rejections ---------------------------------------------------------------------------
    # idea: a candidate portal's "suivi de candidature" digest, a step tracker whose last step is crossed out
    Family(
        "rej_fr_r4_suivi_etapes",
        "rejection",
        "[{company} Espace Candidat <no-reply@{slug}.talent-portal.example>|{company} <notifications@{slug}.flatchr.example>|{company} Recrutement <recrutement@{slug}.fr>]",
        [
            "Suivi de votre candidature – {poste}",
            "Du nouveau dans votre espace candidat",
            "Candidature {ref} : statut actualisé",
            "{company} | Évolution de votre dossier",
        ],
        [
            "Bonjour {me},\n\nVoici où en est votre candidature.\n\nPoste : {poste}\nRéférence : {ref}\n\n✔ Candidature reçue\n✔ Analyse du profil\n✖ Sélection pour entretien – non obtenue\n\nCette offre ne figure plus parmi vos candidatures actives. Votre historique reste consultable dans votre espace pendant [12|24] mois.\n\nNe répondez pas à ce message, cette adresse n'est pas relevée.",
            "Bonjour,\n\nUne modification a été apportée à votre dossier pour l'annonce « {poste} » ({ville}).\n\nNouvel état : Fermé. Le recruteur a terminé l'examen de votre profil et a choisi de ne pas vous proposer la suite du processus.\n\nVous pouvez continuer à postuler aux autres annonces de {company} depuis votre tableau de bord.\n\n{company} – Plateforme de recrutement",
            "Bonjour {name},\n\nun petit mot pour te tenir au courant : pour l'annonce {poste}, ta candidature vient de passer dans la colonne « Terminé » de notre outil de suivi. Concrètement, on ne te proposera pas d'entretien sur ce poste-là.\n\nMerci d'avoir pris le temps de postuler, et bonne suite dans tes recherches !\n\nL'équipe recrutement de {company}",
            "Cher(e) candidat(e),\n\nStatut de votre demande pour le poste (Intitulé du poste) : DÉCLINÉE\nDate de mise à jour : {date_fr}\n\nCe changement est définitif pour cette offre. Pour toute question sur le traitement de vos données personnelles, écrivez à dpo@{slug}.fr.\n\nMessage automatique – {company}",
        ],
        n=6,
        extra=FR,
    ),
    # idea: a team lead writing a few days after a first phone call, warm and indirect, one of them by a non-native manager of an international firm
    Family(
        "rej_fr_r4_apres_appel",
        "rejection",
        FR_PERSON,
        [
            "Suite à notre appel",
            "Re: notre échange de {jour}",
            "Retour sur le poste de {poste}",
            "Après notre discussion",
        ],
        [
            "Bonjour {name},\n\nMerci encore pour l'appel de {jour}, j'ai passé un très bon moment à vous écouter parler de vos projets à {ville}. J'ai pris quelques jours pour en parler avec l'équipe et je préfère être franc(he) : nous avons besoin de quelqu'un qui a déjà porté seul(e) ce type de périmètre, et nous allons donc avancer avec d'autres profils. Nous n'irons pas plus loin ensemble sur ce recrutement, mais votre parcours m'a réellement marqué(e).\n\nPortez-vous bien,\n{rfirst} {rlast}",
            "Hello {name},\n\nJe voulais te répondre moi-même plutôt que de te laisser un mail automatique. Notre discussion de la semaine dernière m'a beaucoup plu, sincèrement. Mais en faisant le point, on s'est rendu compte que le poste demande une vraie expérience terrain en [logistique|magasin|support client] que tu n'as pas encore, et on a préféré poursuivre avec une autre personne. Ça ne dit rien de ta valeur, je suis sûr(e) que tu trouveras vite.\n\nSi tu veux un retour plus détaillé, appelle-moi quand tu veux.\n\n{rfirst}",
            "Bonjour {me},\n\nJe vous remercie pour la conversation au téléphone mardi, c'était très agréable et j'ai apprécié votre honnêteté sur vos attentes. Nous avons décidé que votre profil n'est pas tout à fait le bon match pour cette position, surtout pour la partie [allemand courant|gestion budgétaire|reporting groupe]. Donc nous n'allons pas continuer le process avec vous. Je vous souhaite le meilleur pour la suite de votre recherche.\n\nBest regards,\n{rfirst} {rlast}\nTalent Acquisition EMEA – {company}",
            "{name}, merci pour le call de ce matin. Après réflexion je pense qu'on va s'arrêter là : le poste est trop orienté [management|terrain|vente] par rapport à ce que tu cherches, et je préfère te le dire tout de suite plutôt que de te faire perdre du temps avec d'autres entretiens. Bonne continuation, vraiment !\n{rfirst}\n\nEnvoyé de mon mobile",
        ],
        n=6,
        extra=FR,
    ),
    # idea: the opening itself disappears: budget cut after a reorganisation, a merger freezing all hires, a client contract not renewed, work shared out internally
    Family(
        "rej_fr_r4_poste_supprime",
        "rejection",
        "[{company} Recrutement <recrutement@{slug}.fr>|Équipe RH {company} <rh@{slug}.fr>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.fr>]",
        [
            "Le poste de {poste} n'est plus ouvert",
            "Information importante sur votre candidature",
            "Fin du recrutement – réf. {ref}",
            "{poste} : fermeture de l'annonce",
        ],
        [
            "Bonjour {me},\n\nNous revenons vers vous au sujet de votre candidature pour le poste de {poste}. Lors de la révision de notre budget [du second semestre|annuel], la direction a renoncé à cette création de poste. L'annonce a été retirée de notre site et le recrutement ne sera pas mené à son terme ; votre dossier est donc clos.\n\nNous savons que vous vous étiez investi(e) dans cette démarche et nous vous prions de nous en excuser.\n\nL'équipe Ressources Humaines\n{company}",
            "Bonjour {name},\n\nJe te dois une explication : suite au rapprochement entre {company} et [un groupe concurrent|notre maison mère], toutes les embauches en cours ont été arrêtées net, y compris celle dont on avait parlé. Il n'y aura pas de suite pour ta candidature, et je ne sais pas quand un poste équivalent pourra rouvrir.\n\nDésolé(e) de t'annoncer ça par mail,\n{rfirst}",
            "Madame, Monsieur,\n\nL'annonce {ref} ({poste}, {ville}) a été désactivée : le contrat client auquel ce poste était rattaché n'a pas été reconduit. Nous mettons fin à l'ensemble des candidatures reçues pour cette annonce, sans exception.\n\nMerci de l'attention que vous avez portée à notre entreprise.\n\nService Recrutement – {company}",
            "Bonjour {me},\n\nUne mise au point sur le poste de {poste} : l'équipe a finalement décidé de se répartir ces missions en interne plutôt que de recruter. Le poste n'existe donc plus, et nous arrêtons le processus pour toutes les personnes qui avaient postulé, vous comprise.\n\nMerci pour votre patience et bonne continuation.\n\n{rfirst} {rlast}\nResponsable d'équipe",
        ],
        n=6,
        extra=FR,
    ),
    # idea: a campus-recruitment team or an internship tutor saying the graduate cohort, the internship places or the apprenticeship quota are all taken
    Family(
        "rej_fr_r4_promo_complete",
        "rejection",
        "[{company} Campus <campus@{slug}.com>|Programme Jeunes Diplômés {company} <graduate@{slug}.fr>|{rfirst} {rlast} <stages@{slug}.fr>]",
        [
            "Réponse à votre candidature – {company} Campus",
            "Votre candidature étudiante chez {company}",
            "Stages et alternances : notre retour",
            "Votre demande de stage",
        ],
        [
            "Bonjour {me},\n\nMerci pour votre candidature à notre programme Jeunes Diplômés. Cette année, plus de {big} personnes ont postulé pour une vingtaine de places, et toutes sont désormais attribuées. Nous ne pouvons donc plus intégrer de nouveaux profils dans cette promotion, y compris le vôtre.\n\nLes inscriptions pour la promotion suivante ouvriront à l'automne : n'hésitez pas à retenter votre chance.\n\nL'équipe Campus Recruitment\n{company}",
            "Bonjour {name},\n\nJe reviens vers vous concernant le stage [de fin d'études|d'été|de six mois] au sein du service [communication|contrôle de gestion|R&D]. Nous avions deux places de stagiaire et elles sont occupées depuis la semaine dernière. Je ne peux donc pas vous accueillir chez nous sur cette période.\n\nBon courage pour la suite de vos recherches de stage, et bonne fin d'année universitaire !\n\n{rfirst} {rlast}\nTutrice des stagiaires",
            "Bonjour {me},\n\nNous avons étudié votre demande de contrat en alternance ({poste}). Notre quota d'alternants pour la rentrée est atteint et notre école partenaire a clôturé ses inscriptions ; nous ne pourrons pas vous proposer de contrat.\n\nSurveillez nos annonces à partir de [janvier|février], période où nous recrutons la promotion suivante.\n\nCordialement,\nLe service Formation & Alternance",
            "Hello {name} !\n\nMerci pour ton intérêt pour les stages chez {company} 🙏 Mauvaise nouvelle : la promo de stagiaires de ce semestre est bouclée, tout le monde a été recruté. On ne pourra pas t'accueillir cette fois.\n\nOn republie nos offres de stage deux fois par an, alors repostule sans hésiter !\n\nLa team Campus",
        ],
        n=6,
        extra=FR,
    ),
    # idea: results sent back after an online test, a coding exercise, a psychotechnic session or a shop trial day, with the score or the reason, ending the process
    Family(
        "rej_fr_r4_resultat_epreuve",
        "rejection",
        "[{company} Recrutement <recrutement@{slug}.fr>|{company} Évaluations <no-reply@{slug}.assess.example>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.fr>]",
        [
            "Résultat de votre évaluation – {poste}",
            "Suite de votre candidature : étape de sélection",
            "Notre retour après l'épreuve",
            "Candidature {ref} – résultat",
        ],
        [
            "Bonjour {me},\n\nVous avez complété l'évaluation en ligne le {date_fr}. Votre score global est de {score}, alors que le seuil fixé pour accéder aux entretiens est de 70/100 sur ce poste. Votre candidature s'arrête donc à cette étape.\n\nVous pourrez repasser cette évaluation pour une autre offre dans six mois.\n\nCordialement,\nLe service Recrutement – {company}",
            "Bonjour {name},\n\nMerci d'être venu(e) passer la journée avec nous au [magasin|restaurant|dépôt] de {ville}. L'équipe a apprécié ta ponctualité et ta bonne humeur. En revanche, le rythme du service et la partie [caisse|préparation|manutention] ont été plus difficiles, et nous avons décidé de ne pas te proposer le contrat à l'issue de cette journée.\n\nMerci encore et bon courage,\n{rfirst}, responsable de site",
            "Bonjour {me},\n\nNos développeurs ont relu l'exercice technique que vous avez rendu. Plusieurs tests automatisés échouent et la partie API n'a pas été traitée ; sur cette base, nous arrêtons le processus de recrutement avec vous pour le poste de {poste}.\n\nSi cela peut vous servir, la grille de correction commentée est jointe à ce message.\n\nBien cordialement,\n{rfirst} {rlast}\nLead Developer, {company}",
            "Madame, Monsieur,\n\nÀ l'issue des épreuves de sélection (tests psychotechniques et mise en situation), vous n'avez pas atteint le niveau minimum exigé. Conformément à notre procédure, votre candidature au poste de {poste} est close et ne pourra pas être réexaminée lors de cette session.\n\nVeuillez recevoir nos salutations distinguées.\n\nCentre d'évaluation – {company}",
        ],
        n=6,
        extra={**FR, "score": ["54/100", "61/100", "48/100", "66/100", "58/100"]},
    ),
    # idea: a signed promesse d'embauche taken back before the start date: procédure de sauvegarde, failed diploma check, shareholder freeze, lost key client
    Family(
        "rej_fr_r4_embauche_annulee",
        "rejection",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.fr>|Direction des Ressources Humaines {company} <drh@{slug}.fr>|{rfirst} <{rfirst}@{slug}.com>]",
        [
            "Votre prise de poste du {date_fr}",
            "Concernant votre promesse d'embauche",
            "Courrier important – votre recrutement",
            "Re: date d'arrivée",
        ],
        [
            "Bonjour {me},\n\nC'est avec beaucoup de peine que je vous écris. {company} vient d'être placée en procédure de sauvegarde et l'administrateur judiciaire interdit toute nouvelle embauche. Nous devons donc renoncer à votre arrivée en tant que {poste}, prévue le {date_fr} : vous ne rejoindrez pas nos équipes.\n\nNotre service juridique vous contactera au sujet de la promesse signée, et je reste joignable à tout moment.\n\n{rfirst} {rlast}\nDirectrice des Ressources Humaines",
            "Bonjour {name},\n\nJe suis vraiment embêté(e) : la vérification de diplôme exigée par notre client n'a pas abouti, et sans cette validation nous ne pouvons pas maintenir notre proposition pour le poste de {poste}. L'offre que nous t'avions faite est retirée et ton arrivée du {date_fr} est annulée.\n\nJe suis sincèrement désolé(e) que ça se termine ainsi après tout ce parcours.\n\n{rfirst}",
            "Madame, Monsieur,\n\nPar la présente, nous vous informons que nous revenons sur la promesse d'embauche qui vous a été adressée pour le poste de {poste}. Le gel des recrutements décidé par notre actionnaire s'applique à toutes les embauches qui n'ont pas encore pris effet, dont la vôtre. Une indemnisation vous sera proposée conformément à la réglementation.\n\nNous regrettons profondément cette situation.\n\nLa Direction des Ressources Humaines\n{company}",
            "Hello {name},\n\nJ'aurais préféré t'appeler mais je tombe sur ta messagerie, alors je t'écris : le poste sur lequel tu devais démarrer lundi est supprimé, on vient de perdre notre plus gros client. On doit annuler ton embauche, et crois-moi ça me fend le cœur. Tu recevras la lettre officielle dans la journée.\n\nRappelle-moi quand tu peux,\n{rfirst}",
        ],
        n=6,
        extra=FR,
    ),
    # idea: a town hall, a département or a hospital answering a candidature on an avis de vacance with a file number, "pour le Maire et par délégation"
    Family(
        "rej_fr_r4_avis_vacance",
        "rejection",
        "[{coll} – Direction des Ressources Humaines <drh@{collslug}.example>|{coll} <recrutement@{collslug}.example>|Service Emploi et Compétences <emploi@{collslug}.example>]",
        [
            "Objet : suite donnée à votre candidature – AV n° {ref}",
            "Votre candidature sur l'avis de vacance {ref}",
            "Recrutement {poste_pub} – décision",
            "Réponse à votre candidature (dossier {ref})",
        ],
        [
            "Madame, Monsieur,\n\nVous avez bien voulu faire acte de candidature pour le poste de {poste_pub} (avis de vacance n° {ref}) et je vous en remercie.\n\nÀ l'issue de la phase de sélection, le jury a proposé la nomination d'un autre candidat. Il ne pourra dès lors être donné une suite favorable à votre demande.\n\nJe vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nPour le Maire et par délégation,\nL'Adjoint(e) délégué(e) au personnel",
            "Dossier n° {ref}\nEmploi : {poste_pub}\n\nMadame, Monsieur,\n\nLa commission de sélection s'est réunie le {date_fr}. Les candidats admis à l'entretien ont été informés individuellement ; votre dossier ne figure pas parmi ceux présélectionnés et la procédure est donc close en ce qui vous concerne.\n\nLes informations relatives à votre candidature seront conservées deux ans, conformément au RGPD.\n\nLe Directeur des Ressources Humaines\n{coll}",
            "Bonjour {me},\n\nNous faisons suite à votre candidature au poste de {poste_pub}, référence {ref}. Ce poste a été attribué par voie de mutation à un agent titulaire, prioritaire au titre du statut. Votre candidature externe ne peut donc pas aboutir.\n\nNous vous invitons à consulter régulièrement les offres publiées sur la Place de l'emploi public.\n\nCordialement,\nService Emploi et Compétences – {coll}",
            "Madame, Monsieur,\n\nEn réponse à votre candidature (réf. {ref}) au poste de {poste_pub}, nous vous informons que la direction a procédé au recrutement d'un autre professionnel. Nous ne sommes pas en mesure de vous recevoir en entretien.\n\nNous vous remercions de l'intérêt porté à notre établissement.\n\nLa Direction des Ressources Humaines\n{coll}",
        ],
        n=6,
        extra=PUBLIC,
    ),
    # idea: short refusals whose weight is all in the closing "votre CV rejoint notre vivier / CVthèque", from an employer, a small team and a temp agency
    Family(
        "rej_fr_r4_cv_conserve",
        "rejection",
        "[Équipe RH {company} <rh@{slug}.fr>|{rfirst} {rlast} <{rfirst}@{slug}.com>|{rfirst} {rlast} – {agency} <{rfirst}.{rlast}@interim-agence.example>]",
        [
            "Votre CV chez {company}",
            "Candidature {poste} – notre réponse",
            "Re: candidature spontanée",
            "Merci pour votre intérêt",
        ],
        [
            "Bonjour {me},\n\nPour ce poste de {poste}, nous avons finalement fait un autre choix. Votre CV rejoint notre CVthèque : si un besoin proche de votre profil apparaît dans les [12|18] prochains mois, c'est par là que nous commencerons nos recherches. Vous pouvez demander sa suppression à tout moment en répondant à ce mail.\n\nBien cordialement,\nL'équipe RH {company}",
            "Bonjour {name},\n\nOn n'a pas de place qui corresponde à ta candidature spontanée pour l'instant, et le poste de {poste} vient d'être confié à quelqu'un d'autre. On garde ton CV bien au chaud dans notre vivier et on te fait signe dès qu'une place se libère dans l'équipe.\n\nÀ bientôt peut-être,\n{rfirst}",
            "Bonjour {me},\n\nJe fais suite à votre inscription chez {agency} pour la mission de {poste}. Le client a confié la mission à un(e) intérimaire qu'il connaissait déjà. Votre dossier reste actif dans notre agence et nous vous proposerons d'autres missions dès que possible.\n\nCordialement,\n{rfirst} {rlast}\nChargé(e) de recrutement – {agency} {ville}",
            "Madame, Monsieur,\n\nVotre profil n'a pas été sélectionné pour l'offre {ref}. Avec votre accord, il sera néanmoins versé à notre vivier de candidats pour une durée de deux ans. Si vous ne le souhaitez pas, utilisez le lien de désinscription ci-dessous.\n\n{company} – Recrutement\nSe retirer du vivier",
        ],
        n=6,
        extra=FR,
    ),
    # Offers -------------------------------------------------------------------------------
    # idea: a founder or team lead writing like a text message "le poste est pour toi", plus a non-native manager mixing English in
    Family(
        "off_fr_r4_cest_toi",
        "offer",
        "[{rfirst} <{rfirst}@{slug}.com>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.fr>|{rfirst} de {company} <{rfirst}@{slug}.io>]",
        [
            "Le poste est pour toi !",
            "On te veut dans l'équipe",
            "Verdict 🙂",
            "Re: entretien de vendredi",
        ],
        [
            "{name} !\n\nJe ne vais pas te faire attendre plus longtemps : le poste est pour toi. On a vu toutes les personnes prévues et c'est ton nom qui revenait à chaque fois. On te propose {salaire}, démarrage quand tu veux à partir du {date_fr}.\n\nTu me dis si ça te va ? Je prépare le contrat dès que j'ai ton feu vert.\n\n{rfirst}",
            "Salut {name},\n\nOn a débriefé hier soir avec l'équipe et c'est unanime : on te veut avec nous comme {poste}. Les conditions sont celles dont on avait parlé ({salaire}, deux jours de télétravail), et on peut même avancer la date si tu es libre plus tôt.\n\nAppelle-moi quand tu as deux minutes pour qu'on cale tout ça !\n\n{rfirst}\nEnvoyé de mon téléphone",
            "Bonjour {me},\n\nJe tenais à vous l'annoncer moi-même : c'est vous que nous avons choisi(e). Si vous êtes toujours partant(e), le poste de {poste} à {ville} est à vous. Les RH vous envoient l'offre écrite dans la journée, et je serais ravi(e) de vous accueillir dans l'équipe dès le {date_fr}.\n\nBien à vous,\n{rfirst} {rlast}",
            "Hello {name},\n\nGreat news – bonne nouvelle ! Nous avons décidé de vous faire une offre pour le rôle de {poste}. Le package est {salaire} plus un bonus annuel. Pouvez-vous me confirmer votre accord avant {jour} ? Après, je lance le contrat avec notre payroll.\n\nCheers,\n{rfirst}",
        ],
        n=6,
        extra=FR,
    ),
    # idea: a personnel-administration mail sending the CDI or CDD contract to sign, with période d'essai, convention collective and the papers to bring
    Family(
        "off_fr_r4_contrat_joint",
        "offer",
        "[Administration du personnel {company} <adp@{slug}.fr>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.fr>|Équipe RH {company} <rh@{slug}.fr>]",
        [
            "Votre contrat de travail – {poste}",
            "Contrat à signer et pièces à fournir",
            "Votre embauche : documents",
            "Confirmation de votre engagement chez {company}",
        ],
        [
            "Madame, Monsieur,\n\nNous avons le plaisir de confirmer votre engagement au sein de {company} en qualité de {poste}, en contrat à durée indéterminée, à compter du {date_fr}.\n\nVous trouverez ci-joint votre contrat de travail en deux exemplaires. Il prévoit une rémunération de {salaire}, une période d'essai de [trois|quatre] mois renouvelable une fois, et relève de la convention collective [Syntec|du commerce de détail|de la métallurgie]. Merci de nous retourner un exemplaire paraphé et signé, précédé de la mention « lu et approuvé ».\n\nNous vous prions d'agréer nos salutations distinguées.\n\nService Administration du Personnel",
            "Bonjour {name},\n\nSuite à votre acceptation de notre proposition, voici votre contrat de travail à signer électroniquement (lien valable 7 jours) : https://sign.{slug}.example/{ref}\n\nPour préparer votre arrivée le {date_fr}, merci de nous transmettre : une copie de votre pièce d'identité, votre attestation de sécurité sociale, un RIB et un justificatif de domicile. Votre badge et votre ordinateur seront prêts le jour J.\n\nÀ très bientôt,\n{rfirst} {rlast}\nGestionnaire RH",
            "Bonjour {me},\n\nComme convenu au téléphone, nous vous confirmons votre recrutement en CDD de [6|9|12] mois pour le poste de {poste}, en remplacement d'un congé maternité. Le contrat est joint à ce message : il vous suffit de le dater, le signer et nous le renvoyer scanné avant {jour}. La mutuelle d'entreprise s'applique dès le premier jour.\n\nBienvenue parmi nous !\nLe service RH – {company}",
        ],
        n=6,
        extra=FR,
    ),
    # idea: a collectivité proposing a contract on an indice majoré, a mutation between public employers, or a validated appointment pending the medical visit
    Family(
        "off_fr_r4_proposition_publique",
        "offer",
        "[{coll} – Direction des Ressources Humaines <drh@{collslug}.example>|{rfirst} {rlast} <{rfirst}.{rlast}@{collslug}.example>]",
        [
            "Proposition de recrutement – {poste_pub}",
            "Suite au jury du {date_fr}",
            "Votre recrutement au sein de nos services",
            "Votre candidature – avis de vacance {ref}",
        ],
        [
            "Madame, Monsieur,\n\nJ'ai le plaisir de vous informer qu'à l'issue de votre entretien, le jury a retenu votre candidature pour le poste de {poste_pub} (avis de vacance n° {ref}).\n\nJe vous propose un recrutement par voie contractuelle pour une durée de trois ans, rémunéré sur la base de l'indice majoré {indice}, auquel s'ajoute le régime indemnitaire (RIFSEEP). La prise de poste pourrait intervenir au 1er du mois prochain, sous réserve de l'avis favorable du médecin agréé.\n\nJe vous remercie de me faire part de votre accord par écrit sous huit jours.\n\nPour le Président et par délégation,\nLa Directrice Générale des Services",
            "Bonjour {me},\n\nSuite à votre entretien avec la commission, j'ai le plaisir de vous annoncer que vous êtes retenu(e) pour le poste de {poste_pub}. Votre mutation pourra être prononcée à compter du {date_fr}, en accord avec votre collectivité d'origine, à laquelle nous adressons ce jour un courrier. Vous conserverez votre grade et votre échelon.\n\nMerci de me confirmer rapidement que vous acceptez cette affectation.\n\nCordialement,\n{rfirst} {rlast}\nResponsable du recrutement – {coll}",
            "Bonjour {name},\n\nBonne nouvelle : la direction a validé votre recrutement sur le poste de {poste_pub}. Je vous propose une prise de fonctions le {date_fr}. D'ici là, vous passerez la visite médicale d'embauche (convocation à suivre) et nous transmettrez un extrait de casier judiciaire (bulletin n° 3). Votre contrat vous sera remis le jour de votre arrivée.\n\nN'hésitez pas à m'appeler pour toute question,\n{rfirst} {rlast}\nService Emploi, {coll}",
        ],
        n=6,
        extra=PUBLIC,
    ),
    # idea: a recruitment or temp agency consultant announcing the client picked the person, relaying salary and start
    Family(
        "off_fr_r4_cabinet_retenu",
        "offer",
        "agency",
        [
            "{company} vous a choisi(e) !",
            "Proposition de mon client",
            "C'est bon pour {company} 🎉",
            "Offre ferme – {poste}",
        ],
        [
            "Bonjour {me},\n\nJe sors d'un appel avec {company} : ils ont retenu votre candidature et vous font une proposition ferme pour le poste de {poste}. Les éléments : {salaire}, 10 % de variable, CDI, démarrage souhaité le {date_fr}. L'offre écrite vous parviendra directement de leur DRH d'ici demain.\n\nVoulez-vous que l'on en parle ce soir avant que vous ne répondiez ?\n\nBien à vous,\n{rfirst} {rlast}\n{agency}",
            "{name} !! C'est gagné 🙂 {company} veut t'embaucher, ils me l'ont confirmé ce matin, avec le salaire qu'on avait demandé ({salaire}). Je te transfère leur proposition dans l'heure : lis-la tranquillement et appelle-moi.\n\nBravo, c'est amplement mérité !\n{rfirst}",
            "Bonjour {name},\n\nLe client a validé votre profil pour la mission de {poste} à {ville}. Vous démarrez {jour} à {heure} ; votre contrat de mission est disponible dans votre espace intérimaire, à signer avant le premier jour. Le taux horaire et les indemnités y sont détaillés.\n\nBonne mission !\n{rfirst} – {agency}",
        ],
        n=6,
        extra=FR,
    ),
    # Interviews ---------------------------------------------------------------------------
    # idea: an office manager's practical sheet for an on-site interview: address, digicode, reception badge, who you meet, parking, safety shoes
    Family(
        "int_fr_r4_venue_sur_site",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.fr>|Accueil {company} <accueil@{slug}.fr>|Équipe RH {company} <rh@{slug}.fr>]",
        [
            "Infos pratiques pour votre entretien du {jour}",
            "Comment venir chez {company}",
            "Votre venue le {date_fr} à {heure}",
            "Entretien sur place – accès et déroulé",
        ],
        [
            "Bonjour {me},\n\nVoici quelques informations pour votre entretien du {jour} {date_fr} à {heure}.\n\nAdresse : {adresse}, {ville}\nÀ l'arrivée : présentez-vous à l'accueil du rez-de-chaussée, un badge visiteur vous sera remis contre une pièce d'identité.\nVous rencontrerez : la responsable de l'équipe, puis un(e) futur(e) collègue pendant une vingtaine de minutes.\nDurée prévue : 1h15 environ.\n\nLe bâtiment est accessible aux personnes à mobilité réduite. En cas de retard, appelez le standard.\n\nÀ {jour} !\nL'équipe RH",
            "Bonjour {name},\n\nPour demain : on est au {adresse}, le digicode est {code}, puis deuxième étage à gauche. Pas de parking, le plus simple c'est le métro ou le vélo (il y a un local dans la cour). Tu me verras d'abord, puis notre CTO nous rejoindra pour la partie technique.\n\nÀ demain,\n{rfirst}",
            "Madame, Monsieur,\n\nNous vous confirmons votre rendez-vous sur notre site de production de {ville} le {date_fr} à {heure}. Garez-vous sur le parking visiteurs (entrée B) et présentez-vous au poste de garde. Pour des raisons de sécurité, des chaussures fermées sont exigées pour la visite de l'atelier, prévue après votre entretien avec le responsable de production.\n\nCordialement,\nService des Ressources Humaines – {company}",
            "Bonjour {me}, une précision avant notre rencontre de {jour} : nous avons déménagé et l'adresse de l'annonce n'est plus la bonne ! Rendez-vous au {adresse}, le bâtiment vitré en face de la gare. Demandez-moi à l'accueil, je descendrai vous chercher.\n\nAu plaisir,\n{rfirst} {rlast}",
        ],
        n=6,
        extra={
            **FR,
            "adresse": [
                "12 rue des Tanneurs",
                "45 avenue Jean-Jaurès",
                "8 quai de la Fosse",
                "3 place du Marché",
                "27 boulevard Voltaire",
            ],
            "code": ["4B27", "1908A", "7713", "B2406"],
        },
    ),
    # idea: a hiring manager answering from his phone in two lines: "un petit appel cette semaine ?", one of them half in English
    Family(
        "int_fr_r4_petit_appel",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.fr>|{rfirst} <{rfirst}@{slug}.com>]",
        [
            "Re: candidature {poste}",
            "Petit appel ?",
            "Re: votre CV",
            "On s'appelle ?",
        ],
        [
            "Bonjour {name}, j'ai lu votre CV avec intérêt. Auriez-vous 15 à 20 minutes cette semaine pour un premier échange téléphonique ? {jour} après {heure} m'irait bien.\n\n{rfirst} {rlast}",
            "Hello {name}, ton profil me plaît bien. Un petit call jeudi ou vendredi pour en parler ? Envoie-moi ton numéro et un créneau.\n\n{rfirst}\nEnvoyé de mon iPhone",
            "Bonjour, merci pour votre candidature. Je serais ravi(e) d'en discuter de vive voix : seriez-vous joignable demain en fin de matinée ? Sinon, proposez-moi un horaire.\nBien cordialement,\n{rfirst}",
            "Hi {name}, merci pour ton application. Je voudrais faire un appel rapide avec toi cette semaine pour parler du poste, 20 min maximum. Tu es disponible {jour} ? Let me know !\n{rfirst}",
        ],
        n=6,
        extra=FR,
    ),
    # idea: calendar invitations generated by Google Agenda or Teams for a visio interview, plus a recruiter pasting a Zoom link
    Family(
        "int_fr_r4_lien_visio",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.fr>|{company} Recrutement <recrutement@{slug}.fr>|{rfirst} {rlast} (Google Agenda) <calendar-notification@google.com>]",
        [
            "Invitation : Entretien {poste} – {me} @ {jour} {date_fr} {heure}",
            "Entretien en visio avec {company}",
            "Lien pour notre entretien",
            "Invitation mise à jour : entretien {company}",
        ],
        [
            "Entretien {poste} – {me}\n{jour} {date_fr} · {heure} – 45 min\nFuseau horaire : Europe/Paris\n\nParticiper avec Google Meet : https://meet.google.com/{meet}\nOu appeler le : +33 1 87 40 {tel} (code : {ref})\n\nOrganisateur : {rfirst} {rlast}\nInvités : {me}, manager de l'équipe {company}\n\nParticiperez-vous ? Oui – Peut-être – Non\n\nInvitation envoyée depuis Google Agenda",
            "Bonjour {me},\n\nComme convenu, voici le lien pour notre entretien en visioconférence du {jour} à {heure} :\n\nRéunion Microsoft Teams\nRejoindre la réunion : https://teams.microsoft.com/l/meetup-join/{ref}\nID de réunion : {tel} {tel2}\n\nNous serons deux : moi-même et la responsable du service. Pensez à tester votre caméra et votre micro quelques minutes avant.\n\nCordialement,\n{rfirst} {rlast}",
            "Bonjour {name} !\n\nVoici ton lien Zoom pour notre échange de {jour} ({heure}, 30 minutes) : https://{slug}.zoom.us/j/{tel}{tel2}\nRien à préparer, on veut surtout faire ta connaissance et te présenter l'équipe.\n\nÀ {jour} !\n{rfirst}",
        ],
        n=6,
        extra={
            **FR,
            "meet": ["abc-defg-hij", "kpt-rwzm-qoa", "xve-nbuc-tyd", "mfo-ujka-pse"],
            "tel": ["4821", "9130", "5567", "7302"],
            "tel2": ["118", "604", "932", "275"],
        },
    ),
    # idea: an agreed interview moved: the director is stuck in a board meeting, the candidate asked to move it, the hour shifts, a transport strike turns it into visio
    Family(
        "int_fr_r4_decalage",
        "interview",
        FR_PERSON,
        [
            "Changement d'horaire pour notre entretien",
            "Modification de votre entretien",
            "Re: report de l'entretien",
            "Nouvelle date pour votre entretien",
        ],
        [
            "Bonjour {me},\n\nLe directeur avec qui vous deviez vous entretenir {jour} sera retenu en comité ce jour-là. Pourrions-nous déplacer votre entretien au {date_fr}, à la même heure ({heure}) ? Le lieu et le format restent inchangés.\n\nVeuillez nous excuser pour ce contretemps.\n\n{rfirst} {rlast}, Ressources Humaines",
            "Bonjour {name},\n\nAucun souci pour le report, ça arrive ! Je t'ai replacé(e) le {jour} {date_fr} à {heure}, toujours en visio avec notre Head of Sales. Tu vas recevoir une nouvelle invitation, l'ancienne est annulée.\n\nBonne journée,\n{rfirst}",
            "Bonjour {me},\n\nÀ cause d'un conflit d'agenda de notre côté, votre entretien de {heure} est avancé d'une heure. Si ce nouvel horaire ne vous convient pas, répondez-moi et je vous propose un autre créneau dans la semaine.\n\nMerci de votre souplesse,\n{rfirst} {rlast}",
            "Bonjour {name}, avec la grève des transports, nous préférons ne pas vous faire venir demain. Pas d'inquiétude, votre candidature suit son cours : je vous propose de faire l'entretien à distance, {jour} à {heure}. Cela vous convient ?\n{rfirst}",
        ],
        n=6,
        extra=FR,
    ),
    # idea: invitation to a final round: a panel with a short presentation, a public-sector jury audition, founders meeting in person
    Family(
        "int_fr_r4_dernier_tour",
        "interview",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.fr>|{rfirst} {rlast} - {company} <{rfirst}@{slug}.com>|Service Ressources Humaines <rh@{collslug}.example>]",
        [
            "Invitation au dernier tour",
            "Entretien final avec le comité",
            "Vous êtes convié(e) devant le jury",
            "Étape suivante : rencontre à plusieurs",
        ],
        [
            "Bonjour {me},\n\nVotre premier entretien a convaincu nos équipes et nous souhaitons vous inviter au dernier tour du processus pour le poste de {poste}. Il s'agit d'un entretien d'1h30 avec trois personnes : le directeur du département, la responsable RH et un(e) futur(e) pair(e). Vous ouvrirez la discussion par dix minutes sur votre vision des six premiers mois, puis nous échangerons librement.\n\nMerci de m'indiquer vos disponibilités pour la semaine du {date_fr}.\n\nBien cordialement,\n{rfirst} {rlast}",
            "Madame, Monsieur,\n\nVotre candidature au poste de {poste_pub} a été retenue pour une audition devant le jury, qui siégera le {jour} {date_fr} à partir de {heure}, salle des commissions. L'entretien durera trente minutes. Le jury réunit l'élu(e) en charge du personnel, la directrice générale des services et le chef du service concerné.\n\nMerci de confirmer votre présence par retour de courriel.\n\nLe service Ressources Humaines\n{coll}",
            "Hello {name},\n\nSuper nouvelle, tu passes au second round ! Cette fois tu rencontreras les deux fondateurs et la personne avec qui tu travaillerais au quotidien, en présentiel dans nos locaux de {ville}. Compte une bonne heure. Quelles sont tes dispos la semaine prochaine ?\n\n{rfirst}",
        ],
        n=6,
        extra=PUBLIC,
    ),
    # Assessments --------------------------------------------------------------------------
    # idea: a testing platform's invitation on behalf of the employer (no pause, camera proctoring), a reminder for an unstarted coding test, a public-style login for tests at home
    Family(
        "asm_fr_r4_test_en_ligne",
        "assessment",
        "[{company} via EvalTalent <invitations@evaltalent.example>|{company} Recrutement <recrutement@{slug}.fr>|{company} Tech Recruiting <tech-recruiting@{slug}.io>]",
        [
            "{company} vous invite à passer une évaluation",
            "À faire avant le {date_fr} : votre test en ligne",
            "Test de compétences – {poste}",
            "Rappel : votre lien d'évaluation expire bientôt",
        ],
        [
            "Bonjour {me},\n\n{company} vous invite à réaliser une évaluation en ligne dans le cadre de votre candidature au poste de {poste}.\n\n• Contenu : {n} épreuves (logique, anglais professionnel, mises en situation)\n• Durée : 45 minutes environ, d'une seule traite, sans possibilité de pause\n• Date limite : {date_fr} à minuit\n\nCommencer : https://app.evaltalent.example/invite/{ref}\n\nUtilisez un ordinateur plutôt qu'un téléphone, avec Chrome ou Firefox. Votre caméra pourra être activée pour la surveillance du test.\n\nBonne chance !",
            "Bonjour {name},\n\nPetit rappel : tu n'as pas encore commencé ton test technique pour {company}, et le lien expire dans 48 heures. Il s'agit de trois exercices de code (environ 90 minutes au total), dans le langage de ton choix.\n\nLien : https://{slug}.codingame.example/{ref}\n\nEn cas de souci d'accès, réponds simplement à ce mail.\nL'équipe Tech Recruiting",
            "Madame, Monsieur,\n\nPour la suite de l'examen de votre candidature, vous devez compléter un questionnaire de personnalité et un test de raisonnement numérique. Ces épreuves se passent en ligne, depuis votre domicile, avant le {date_fr}. Votre identifiant : {ref} ; le mot de passe vous est envoyé par SMS.\n\nAucun entretien ne sera programmé tant que ces tests ne sont pas complétés.\n\nLe Service Recrutement – {company}",
        ],
        n=6,
        extra=FR,
    ),
    # idea: reminders from a one-way recorded video platform: questions on screen, takes recorded alone, link closing
    Family(
        "asm_fr_r4_video_differee",
        "assessment",
        "[{company} <no-reply@{slug}.easyrecrue.example>|{company} Recrutement via HireVue <noreply@hirevue.example>|{company} Talents <talents@{slug}.fr>]",
        [
            "Rappel : votre entretien vidéo différé n'est pas terminé",
            "Plus que 2 jours pour enregistrer vos réponses",
            "Votre vidéo de présentation – {poste}",
            "Entretien vidéo à enregistrer",
        ],
        [
            "Bonjour {me},\n\nVous avez commencé votre entretien vidéo pour le poste de {poste}, mais il reste des questions sans réponse. Pour rappel, les questions s'affichent une à une à l'écran ; vous avez une minute pour réfléchir et trois minutes pour enregistrer chaque réponse. Personne n'est connecté en direct : vos vidéos seront visionnées plus tard par l'équipe.\n\nReprendre : https://video.{slug}.example/r/{ref}\nDate limite : {date_fr}\n\nL'équipe Recrutement",
            "Bonjour {name},\n\nTu n'as pas encore enregistré ta vidéo de présentation ! C'est rapide : trois questions, deux minutes maximum par réponse, depuis ton téléphone ou ton ordinateur. Tu as droit à une seconde prise par question. Le lien ferme {jour} soir.\n\nhttps://{slug}.easyrecrue.example/{ref}\n\nHâte de te découvrir,\nLa team {company}",
            "Madame, Monsieur,\n\nDernier rappel : votre entretien vidéo en différé expire demain à 23h59. Passé ce délai, nous ne pourrons plus étudier votre candidature au poste de {poste}. Prévoyez 20 minutes dans un endroit calme et bien éclairé.\n\nAccéder à l'entretien : https://hirevue.example/fr/{ref}\n\n{company} – Ressources Humaines",
        ],
        n=6,
        extra=FR,
    ),
    # idea: a manager sending a take-home: a business case with slides, a half-finished API repo, a writing brief, each with a deadline
    Family(
        "asm_fr_r4_cas_a_rendre",
        "assessment",
        FR_PERSON,
        [
            "Cas pratique à nous rendre – {poste}",
            "Exercice à réaliser – {poste}",
            "Étude de cas : consignes",
            "Mise en situation écrite",
        ],
        [
            "Bonjour {me},\n\nComme annoncé, voici l'étude de cas de la prochaine étape. Le dossier joint présente une PME fictive qui perd des clients depuis deux trimestres. Nous vous demandons un diagnostic, trois pistes d'action chiffrées et un plan de mise en œuvre sur six mois, en 10 slides maximum.\n\nÀ nous renvoyer au plus tard le {jour} {date_fr} à midi. Nous en discuterons ensuite avec vous.\n\nBon travail,\n{rfirst} {rlast}",
            "Hello {name},\n\nVoici le petit exercice dont je te parlais : un dépôt avec une API à moitié finie. Il s'agit d'ajouter la pagination et des tests, puis d'expliquer tes choix en quelques lignes dans le README. Trois ou quatre heures maximum, pas plus, et tu nous envoies le lien de ton dépôt d'ici une semaine.\n\nhttps://github.com/{slug}/exercice-candidat\n\nBon courage !\n{rfirst}",
            "Bonjour {name},\n\nDernière étape avant notre décision : nous aimerions que tu rédiges [une newsletter client|un calendrier éditorial d'un mois pour nos réseaux sociaux|trois fiches produit] à partir du brief joint. Envoie-le-nous par mail en PDF d'ici {jour}. Nous le relirons à deux et te ferons un retour écrit.\n\nMerci d'avance pour ton temps,\n{rfirst} {rlast}",
        ],
        n=6,
        extra=FR,
    ),
    # Recruiter outreach -------------------------------------------------------------------
    # idea: a temp/recruitment agency blasting an URGENT vacancy with a bullet list of must-haves and "call me today"
    Family(
        "out_fr_r4_urgent_agence",
        "recruiter_outreach",
        "agency",
        [
            "URGENT – {poste} à {ville}",
            "Poste à pourvoir immédiatement",
            "Mission urgente : profil recherché",
            "Besoin urgent chez notre client",
        ],
        [
            "Bonjour {me},\n\nNotre client ([une PME du BTP|un grand groupe agroalimentaire|un cabinet d'expertise comptable], {ville}) cherche en urgence un(e) {poste} pour une prise de poste immédiate.\n\nProfil recherché :\n- Bac+2/3 minimum\n- 2 ans d'expérience sur un poste similaire\n- Maîtrise d'Excel et d'un ERP (SAP idéalement)\n- Permis B apprécié\n\nCDI, {salaire}, tickets restaurant.\n\nVotre CV dans notre base correspond : êtes-vous disponible pour en parler aujourd'hui ?\n\n{rfirst} {rlast}\n{agency}",
            "Bonjour {name},\n\nJe vous contacte car j'ai une mission qui démarre lundi : {poste}, [3 mois renouvelables|6 mois], à {ville}.\n\nCe qu'il faut :\n✓ être disponible tout de suite\n✓ avoir de l'expérience en [logistique|comptabilité fournisseurs|relation client]\n✓ parler anglais couramment\n\nSi cela vous intéresse, rappelez-moi au plus vite au 06 {tel} 45 78, ou répondez à ce mail avec votre CV à jour.\n\n{rfirst}, {agency}",
            "Hello {name},\n\nJe suis recruteur chez {agency}, nous avons un besoin URGENT pour un client international : {poste} (CDI, hybride, {ville}).\n\nMust have :\n• 3 ans d'expérience ou plus\n• français et anglais courants\n• disponible sous un mois\n\nEst-ce que tu es open to opportunities en ce moment ? On peut faire un call de 10 min today ?\n\nThanks,\n{rfirst}",
        ],
        n=6,
        extra={**FR, "tel": ["12 33", "71 08", "58 94", "20 46"]},
    ),
    # idea: an executive-search partner on a confidential mandate for a director (COMEX) role, client unnamed, incumbent still in place
    Family(
        "out_fr_r4_chasse_discrete",
        "recruiter_outreach",
        "agency",
        [
            "Mandat confidentiel – Direction {fonction}",
            "Approche confidentielle",
            "Un échange en toute discrétion ?",
            "Recherche de dirigeant(e) – {ville}",
        ],
        [
            "Madame, Monsieur,\n\nAssocié(e) au sein de {agency}, je suis mandaté(e) par un groupe familial de premier plan (chiffre d'affaires d'environ {big} M€) pour identifier son futur Directeur ou sa future Directrice {fonction}, membre du comité exécutif. Le nom du client ne peut être communiqué à ce stade.\n\nVotre trajectoire m'a été signalée par plusieurs personnes de confiance. Je serais honoré(e) d'en parler avec vous, en toute confidentialité, à l'heure qui vous conviendra.\n\nTrès cordialement,\n{rfirst} {rlast}\nAssocié(e), {agency}",
            "Bonjour {name},\n\nJe mène une recherche très discrète (la personne en poste n'est pas encore partie) pour la Direction {fonction} d'une ETI cotée. Fixe significatif, variable et accès au capital.\n\nJ'ignore si vous êtes à l'écoute du marché, mais votre nom revient souvent. Pourrions-nous prendre un café la semaine prochaine à {ville} ? Je vous en dirai davantage de vive voix.\n\nBien à vous,\n{rfirst} {rlast}",
            "Bonjour {me},\n\nMerci de considérer ce message comme strictement confidentiel. Nous accompagnons un fonds d'investissement qui renforce l'équipe dirigeante d'une de ses participations, et le profil recherché pour la Direction {fonction} ressemble beaucoup au vôtre. Seriez-vous ouvert(e) à un premier appel de 30 minutes, sans engagement ?\n\n{rfirst} {rlast}\n{agency} – Executive Search",
        ],
        n=6,
        extra={
            **FR,
            "fonction": [
                "Financière",
                "des Opérations",
                "Commerciale France",
                "des Systèmes d'Information",
                "Marketing",
            ],
        },
    ),
    # idea: a company's own recruiter who found the person's profile (CVthèque, job-board profile, a forum stand) and suggests an open role they never applied to
    Family(
        "out_fr_r4_autre_poste",
        "recruiter_outreach",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.fr>|linkedin|{rfirst} {rlast} - {company} <{rfirst}@{slug}.com>]",
        [
            "Un poste chez {company} pourrait vous plaire",
            "Votre profil et notre poste de {poste}",
            "Et si on parlait de {poste} ?",
            "Une idée pour vous",
        ],
        [
            "Bonjour {me},\n\nJe suis {rfirst} {rlast}, chargé(e) de recrutement chez {company}. En parcourant notre CVthèque, je suis tombé(e) sur votre profil et j'ai tout de suite pensé à un poste qui vient de s'ouvrir : {poste}, basé à {ville}. Il n'est pas encore publié.\n\nSeriez-vous partant(e) pour un court échange afin d'en savoir plus ?\n\nCordialement,\n{rfirst} {rlast}",
            "Hello {name},\n\nTon profil sur Welcome to the Jungle m'a interpellé(e). Tu n'as pas postulé chez nous, mais on recrute un(e) {poste} et ton expérience colle vraiment bien. L'équipe est à {ville}, avec trois jours de télétravail par semaine.\n\nÇa te dirait qu'on en parle ? Je peux t'envoyer la fiche de poste.\n\n{rfirst}, Talent Acquisition @ {company}",
            "Bonjour {name},\n\nVous étiez passé(e) sur notre stand au forum de {ville} l'an dernier et vous nous aviez laissé votre CV. Nous ouvrons aujourd'hui un poste de {poste} qui m'a fait penser à vous. Si cela vous tente, répondez-moi et je vous présenterai le poste au téléphone.\n\nBelle journée,\n{rfirst} {rlast}\nRecrutement – {company}",
        ],
        n=6,
        extra=FR,
    ),
    # Application received -----------------------------------------------------------------
    # idea: a small company's ATS receipt sent with its merge fields left unfilled (brackets, percent signs, Mustache braces, XX)
    Family(
        "rcv_fr_r4_modele_brut",
        "application_received",
        FR_ATS,
        [
            "Accusé de réception de votre candidature",
            "Votre candidature pour {ph_poste}",
            "Candidature reçue – {company}",
            "Merci {ph_nom} !",
        ],
        [
            "Bonjour {ph_nom},\n\nNous avons bien reçu votre candidature pour le poste {ph_poste} et vous remercions de l'intérêt porté à {ph_entreprise}. Notre équipe l'étudiera dans les meilleurs délais.\n\nÀ bientôt,\n{ph_signature}",
            "Bonjour {{{{candidat.prenom}}}},\n\nMerci d'avoir postulé chez {company} ! Votre candidature au poste {{{{offre.titre}}}} est bien enregistrée dans notre système. Nous revenons vers vous sous XX jours ouvrés.\n\nL'équipe {{{{entreprise.nom}}}}",
            "Madame, Monsieur {ph_nom},\n\nCeci est un accusé de réception automatique. Votre dossier relatif à l'offre réf. XXXX – {ph_poste} – a été transmis au service concerné le {date_fr} et sera examiné avec attention.\n\n{ph_signature}\nService recrutement – {company}",
            "Hello {{first_name}},\n\nta candidature pour {ph_poste} est bien arrivée chez {company} 🎉 On la lit et on te tient au courant de la suite très vite.\n\n{ph_signature}",
        ],
        n=6,
        extra=PLACEHOLDERS,
    ),
    # idea: receipts warning that only shortlisted people will hear back: a large group, a small association, a recruitment agency
    Family(
        "rcv_fr_r4_seuls_preselectionnes",
        "application_received",
        "[{company} Talents <talents@{slug}.fr>|Association {company} – RH <rh@{slug}.org>|{agency} <cv@agence-emploi.example>]",
        [
            "Nous avons bien reçu votre candidature",
            "Candidature enregistrée – {poste}",
            "Réception de votre dossier",
            "Merci pour votre candidature",
        ],
        [
            "Bonjour {me},\n\nVotre candidature pour le poste de {poste} a bien été enregistrée. Compte tenu du nombre important de dossiers reçus, seules les personnes présélectionnées seront contactées pour un entretien, en principe sous trois semaines.\n\nNous vous remercions de votre confiance.\n\nLa Direction des Talents\n{company}",
            "Chère candidate, cher candidat,\n\nMerci de vouloir vous engager à nos côtés. Nous accusons réception de votre candidature au poste de {poste}. Notre association étant une petite structure, nous ne pouvons pas répondre individuellement à chacun : seules les personnes retenues pour un entretien seront recontactées.\n\nMerci de votre compréhension et de votre soutien.\n\nL'équipe Ressources Humaines",
            "Bonjour {name},\n\nMerci pour ton CV, il est bien arrivé chez {agency} ! Nous le transmettons à nos consultant(e)s spécialisé(e)s. Si ton profil correspond à l'une de nos missions, quelqu'un t'appellera directement ; dans le cas contraire, tu ne recevras pas d'autre message pour cette annonce.\n\nÀ bientôt peut-être !\nL'équipe {agency}",
        ],
        n=6,
        extra=FR,
    ),
    # Other (hard negatives) ---------------------------------------------------------------
    # idea: decisions on a continuing-education diploma, a coding bootcamp, a licence waiting list and a VAE jury, with candidature / regret / admis words
    Family(
        "oth_fr_r4_formation_admission",
        "other",
        "[Service Formation Continue <formation.continue@univ-bellerive.example>|Admissions CodeCampus <admissions@codecampus.example>|Plateforme de candidature <noreply@candidatures-formation.example>|Service VAE <vae@univ-bellerive.example>]",
        [
            "Réponse à votre candidature en formation",
            "Décision concernant votre dossier d'admission",
            "Votre candidature : résultat",
            "Suite donnée à votre demande",
        ],
        [
            "Bonjour {me},\n\nLa commission pédagogique a examiné votre dossier de candidature pour {formation}. Nous avons le regret de vous annoncer qu'il n'a pas été retenu : la session est limitée à vingt-cinq participants et vos prérequis en [gestion|informatique|statistiques] n'étaient pas suffisamment justifiés.\n\nVous pouvez candidater à la session de printemps. Pour le financement par votre CPF, contactez notre service.\n\nService Formation Continue",
            "Bonjour {name} 👋\n\nBonne nouvelle : ton entretien de motivation s'est très bien passé et tu es admis(e) dans la prochaine promo de {formation}, qui démarre le {date_fr} ! Pour réserver ta place, règle l'acompte ou envoie ton accord de financement avant vendredi.\n\nÀ très vite en cours,\nL'équipe Admissions",
            "Madame, Monsieur,\n\nRéponse à votre vœu : {formation}\nDécision de l'établissement : en attente. Vous occupez la position {big} sur la liste d'attente.\n\nVotre position évoluera au fil des désistements ; consultez régulièrement votre dossier sur la plateforme.\n\nCeci est un message automatique.",
            "Bonjour {me},\n\nAprès étude de votre demande de validation des acquis de l'expérience (VAE), le jury a prononcé une validation partielle : trois blocs de compétences sur cinq vous sont acquis. Le diplôme ne peut malheureusement pas vous être délivré en totalité à ce stade.\n\nVous disposez de cinq ans pour valider les blocs restants.\n\nLe service VAE",
        ],
        n=6,
        extra={
            **FR,
            "formation": [
                "le Diplôme Universitaire Management de projet",
                "la formation Développeur Web (12 semaines)",
                "la licence professionnelle Métiers du numérique",
                "le certificat Data Analyst en cours du soir",
            ],
        },
    ),
    # idea: a letting agency or a private landlord answering a tenancy file: another file chosen, accepted with a lease signing, missing payslips
    Family(
        "oth_fr_r4_dossier_location",
        "other",
        "[Agence Immobilière du Centre <location@agence-du-centre.example>|{rfirst} {rlast} <{rfirst}.{rlast}@gmail.com>|Gestion locative <gestion@immo-bellerive.example>]",
        [
            "Votre dossier de location",
            "Appartement rue {rue} – suite de votre visite",
            "Réponse concernant le logement",
            "Votre candidature pour la location",
        ],
        [
            "Bonjour {me},\n\nNous vous remercions d'avoir constitué un dossier pour le T2 situé rue {rue} à {ville}. Le propriétaire a étudié les différentes candidatures et a malheureusement retenu un autre dossier, dont le garant présentait des revenus plus élevés.\n\nNous conservons vos critères de recherche et vous recontacterons si un bien similaire se libère.\n\nCordialement,\nService location",
            "Bonjour {name},\n\nSuite à la visite de samedi, j'ai le plaisir de vous annoncer que votre candidature pour l'appartement est acceptée ! Je vous propose de signer le bail le {date_fr} à l'agence. Pensez à apporter l'attestation d'assurance habitation et le dépôt de garantie.\n\nBien à vous,\n{rfirst} {rlast}\nConseiller(ère) location",
            "Bonjour,\n\nMerci pour votre dossier, très complet. Je suis désolée mais j'ai choisi de louer à une personne qui peut entrer dans les lieux dès le début du mois. Je vous souhaite de trouver rapidement.\n\n{rfirst}",
            "Bonjour {me},\n\nVotre dossier de location est incomplet : il manque vos trois derniers bulletins de salaire et votre dernier avis d'imposition. Sans ces pièces sous 48 heures, nous ne pourrons pas le présenter au propriétaire.\n\nL'agence",
        ],
        n=6,
        extra={**FR, "rue": ["Paul-Bert", "des Lilas", "Saint-Michel", "Gambetta", "de la Paix"]},
    ),
    # idea: a CCAS hardship fund, a regional grant to an association, a student emergency fund and a foundation's call for projects answering requests
    Family(
        "oth_fr_r4_aide_subvention",
        "other",
        "[CCAS de {ville} <ccas@{collslug}.example>|Région – Service Vie associative <subventions@region-bellerive.example>|Service social étudiant <social@univ-bellerive.example>|Fondation Solidarités Locales <projets@fondation-solidarites.example>]",
        [
            "Décision concernant votre demande",
            "Votre dossier n° {ref}",
            "Suite à la commission d'attribution",
            "Réponse à votre demande de financement",
        ],
        [
            "Madame, Monsieur,\n\nLa commission permanente du Centre communal d'action sociale a examiné votre demande d'aide financière exceptionnelle lors de sa séance du {date_fr}. Nous regrettons de vous informer qu'elle n'a pas pu y répondre favorablement, vos ressources dépassant le barème en vigueur.\n\nVous pouvez demander un rendez-vous avec un travailleur social pour étudier d'autres dispositifs.\n\nLe Président du CCAS",
            "Bonjour {me},\n\nNous avons le plaisir de vous annoncer que la Région attribue une subvention de {montant} à votre association pour le projet « {projet} ». L'arrêté attributif vous sera adressé par courrier ; le versement interviendra sur présentation du bilan d'activité.\n\nService Vie associative",
            "Bonjour {name},\n\nTa demande au fonds d'aide d'urgence a été étudiée. Malheureusement, le comité n'a pas pu l'accepter cette fois : le budget du semestre est épuisé. Tu pourras redéposer un dossier dès la réouverture en janvier, et l'épicerie solidaire du campus reste ouverte pour toi.\n\nLe service social étudiant",
            "Madame, Monsieur,\n\nVotre candidature à l'appel à projets « {projet} » n'a pas été sélectionnée par le jury : le nombre de dossiers éligibles dépassait largement l'enveloppe disponible. Un retour écrit détaillé peut vous être adressé sur demande.\n\nL'équipe de la Fondation",
        ],
        n=6,
        extra={
            **PUBLIC,
            "projet": [
                "Jardins partagés",
                "Culture pour tous",
                "Numérique solidaire",
                "Sport au quartier",
            ],
            "montant": ["1 500 €", "4 000 €", "800 €", "2 300 €"],
        },
    ),
    # idea: a conference programme committee answering a talk proposal (appel à communications): refused with reviews, accepted, moved to a poster
    Family(
        "oth_fr_r4_appel_communications",
        "other",
        "[Comité de programme {conf} <cfp@{confslug}.example>|{conf} <noreply@sessionize.example>|Secrétariat du colloque <colloque@{confslug}.example>]",
        [
            "Votre proposition de communication",
            "{conf} – réponse du comité",
            "Appel à communications : décision",
            "Résultats de la sélection des interventions",
        ],
        [
            "Bonjour {me},\n\nMerci d'avoir soumis votre proposition « {talk} » à l'appel à communications de {conf}. Nous avons reçu cette année plus de {big} propositions pour une trentaine de créneaux, et nous avons le regret de vous dire que la vôtre n'a pas été retenue. Les commentaires anonymisés des relecteurs sont accessibles dans votre espace.\n\nNous espérons vous compter parmi le public : un code de réduction de 20 % vous est offert.\n\nLe comité de programme",
            "Bonjour {name},\n\nFélicitations ! Votre intervention « {talk} » a été sélectionnée pour {conf}. Vous disposerez d'un créneau de 30 minutes, questions comprises. Merci de confirmer votre participation avant le {date_fr} et de nous envoyer une courte biographie avec une photo.\n\nVos frais de déplacement seront pris en charge selon les conditions jointes.\n\nL'équipe d'organisation",
            "Madame, Monsieur,\n\nLe comité scientifique a examiné votre résumé « {talk} ». Il a été accepté sous forme de poster et non de communication orale. Merci de nous indiquer si vous acceptez ce format.\n\nCordialement,\nLe secrétariat du colloque",
        ],
        n=6,
        extra={
            **FR,
            "conf": [
                "DevFest Loire",
                "Journées Francophones de la Donnée",
                "Colloque Travail & Société",
                "Rencontres du Numérique Public",
            ],
            "confslug": ["devfest-loire", "jfd-conf", "colloque-ts", "rnp-conf"],
            "talk": [
                "Migrer un monolithe sans tout casser",
                "Les données ouvertes au service des collectivités",
                "Télétravail et santé mentale : retour d'enquête",
                "Tester en production, vraiment ?",
            ],
        },
    ),
    # idea: out-of-office auto-replies from recruiters and managers the person had written to about a candidature, with dates and a backup address
    Family(
        "oth_fr_r4_reponse_auto",
        "other",
        FR_PERSON,
        [
            "Réponse automatique : {sujet}",
            "Absence du bureau – Re: {sujet}",
            "Automatic reply: {sujet}",
            "Absent(e) : {sujet}",
        ],
        [
            "Bonjour,\n\nJe suis absente du bureau jusqu'au {date_fr} inclus, sans accès à ma messagerie. Votre message ne sera pas transféré. Pour toute question urgente concernant le recrutement, écrivez à recrutement@{slug}.fr.\n\nCordialement,\n{rfirst} {rlast}",
            "Merci pour votre message. Je suis actuellement en congés et le lirai à mon retour, le {jour} {date_fr}. En cas d'urgence, vous pouvez joindre un collègue via le standard.\n\n{rfirst}",
            "Bonjour, je suis en déplacement cette semaine avec un accès limité à mes e-mails. Je vous répondrai dès que possible.\nHello, I am travelling this week with limited access to email and will reply as soon as possible.\n\n{rfirst} {rlast} | {company}",
            "Ceci est une réponse automatique.\n\nJe suis en congé parental jusqu'au {date_fr}. Pendant mon absence, les candidatures et demandes liées au recrutement sont suivies par l'équipe RH (rh@{slug}.fr). Je n'ai pas accès à mes messages et votre e-mail ne sera pas traité.\n\nMerci de votre compréhension.",
        ],
        n=6,
        extra={
            **FR,
            "sujet": [
                "Candidature spontanée",
                "Relance – ma candidature",
                "Suite à notre entretien",
                "Question sur l'offre d'emploi",
                "CV et lettre de motivation",
            ],
        },
    ),
    # idea: candidate-portal housekeeping: account activation link, password-reset code, inactivity warning before the account is closed
    Family(
        "oth_fr_r4_compte_candidat",
        "other",
        "[{company} Carrières <no-reply@carrieres.{slug}.fr>|{company} <noreply@{slug}.taleez.com>|Portail candidats {company} <ne-pas-repondre@{slug}.fr>]",
        [
            "Votre compte candidat {company}",
            "Espace candidat : action requise",
            "{company} Carrières – sécurité de votre compte",
            "Information sur votre espace candidat",
        ],
        [
            "Bonjour {name},\n\nVotre espace candidat {company} a bien été créé. Votre identifiant est l'adresse e-mail utilisée lors de l'inscription. Pour activer votre compte, cliquez sur le lien ci-dessous dans les 24 heures :\nhttps://carrieres.{slug}.fr/activation/{ref}\n\nVous pourrez ensuite enregistrer votre CV, créer des alertes et suivre vos candidatures.\n\nSi vous n'êtes pas à l'origine de cette inscription, ignorez simplement cet e-mail.",
            "Bonjour,\n\nUne demande de réinitialisation du mot de passe a été faite pour votre compte candidat. Votre code de vérification : {code}\nIl expire dans 15 minutes.\n\nSi vous n'avez rien demandé, votre compte reste sécurisé et aucune action n'est nécessaire.\n\n{company} – Portail Carrières",
            "Bonjour {me},\n\nNous n'avons constaté aucune connexion à votre espace candidat depuis plus de onze mois. Sans action de votre part d'ici le {date_fr}, votre compte sera désactivé. Il vous suffit de vous connecter pour le conserver.\n\nL'équipe {company} Carrières",
        ],
        n=6,
        extra={**FR, "code": ["482 119", "730 554", "096 381", "615 207"]},
    ),
    # idea: privacy notices about stored candidate data: retention expiry asking to stay in the pool, an updated policy, confirmation of an erasure request
    Family(
        "oth_fr_r4_donnees_rgpd",
        "other",
        "[Délégué à la protection des données {company} <dpo@{slug}.fr>|{company} Recrutement <ne-pas-repondre@{slug}.fr>|{company} Juridique <privacy@{slug}.com>]",
        [
            "Conservation de vos données de candidature",
            "Information RGPD – {company}",
            "Mise à jour de notre politique de confidentialité candidats",
            "Vos données personnelles",
        ],
        [
            "Bonjour {me},\n\nVous avez déposé un CV sur notre site il y a bientôt deux ans. Conformément au RGPD, vos données personnelles seront supprimées de notre base le {date_fr}, sauf si vous souhaitez qu'elles soient conservées. Pour cela, cliquez sur « Je souhaite rester dans le vivier » avant cette date.\n\nDélégué à la protection des données – {company}",
            "Bonjour,\n\nNous avons mis à jour notre politique de confidentialité relative aux candidats, applicable à compter du {date_fr}. Les principaux changements concernent la durée de conservation des CV et l'hébergement de nos outils de recrutement. Aucune action n'est requise de votre part.\n\nConsulter la politique : https://{slug}.fr/confidentialite-candidats\n\nService juridique – {company}",
            "Bonjour {name},\n\nSuite à votre demande d'exercice de vos droits, nous vous confirmons que l'ensemble des données vous concernant (CV, lettre, échanges) a été effacé de nos systèmes de recrutement. Cette opération est définitive.\n\nCordialement,\nLe DPO de {company}",
        ],
        n=6,
        extra=FR,
    ),
    # idea: invitations at the reader's own job: the weekly team point moving, a project kick-off, the yearly appraisal (entretien annuel)
    Family(
        "oth_fr_r4_point_equipe",
        "other",
        "[{rfirst} {rlast} <{rfirst}.{rlast}@monentreprise.example>|{rfirst} {rlast} <{rlast}@groupe-interne.example>]",
        [
            "Invitation : point d'équipe hebdo",
            "Kick-off projet {projet_int}",
            "Réunion de service {jour} {heure}",
            "Proposition de rendez-vous",
        ],
        [
            "Bonjour à tous,\n\nÀ partir de la semaine prochaine, notre point d'équipe passe au {jour} à {heure} (30 minutes, salle Jade ou Teams). Ordre du jour habituel : avancement, blocages, congés à venir. Merci de mettre à jour le tableau avant la réunion.\n\n{rfirst}",
            "Bonjour {name},\n\nJe t'invite au kick-off du projet {projet_int} le {date_fr} à {heure}. Seront présents l'équipe produit, deux personnes du support et notre sponsor à la direction. Je t'enverrai le support de présentation la veille.\n\nMerci,\n{rfirst} {rlast}\nCheffe de projet",
            "Bonjour {me},\n\nComme chaque année, je te propose de fixer ton entretien annuel d'évaluation. Serais-tu disponible le {date_fr} à {heure} ? Pense à remplir ton autoévaluation sur l'intranet RH avant notre rendez-vous ; on fera le point sur tes objectifs et tes souhaits de formation.\n\nÀ bientôt,\n{rfirst}\nTon manager",
        ],
        n=6,
        extra={**FR, "projet_int": ["Orion", "migration CRM", "refonte du site", "Nouvelle paie"]},
    ),
]
