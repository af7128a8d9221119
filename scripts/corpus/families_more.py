# ruff: noqa: E501  (message templates read best one paragraph per line)
"""Second and third ways of writing the kinds of message that are easy to get wrong:
other languages, and decisions about things that are not jobs."""

from generate import Family

FAMILIES = [
    Family(
        "rej_german_personal",
        "rejection",
        "person",
        [
            "Rückmeldung zu Ihrer Bewerbung",
            "Ihre Bewerbung als {role}",
        ],
        [
            "Hallo {name},\n\nvielen Dank noch einmal für das nette Gespräch am {day}. Wir haben uns die Entscheidung nicht leicht gemacht, haben uns am Ende aber [für eine Kandidatin mit mehr Branchenerfahrung|für einen anderen Bewerber] entschieden. Ich hätte Ihnen gerne etwas anderes geschrieben.\n\nIch wünsche Ihnen viel Erfolg und alles Gute!\n\nViele Grüße\n{rfirst} {rlast}",
        ],
        n=4,
        quote=True,
    ),
    Family(
        "int_german_termin",
        "interview",
        "person",
        [
            "Terminvorschlag: Gespräch zur Position {role}",
            "Kennenlernen - {role}",
        ],
        [
            "Hallo {name},\n\nIhre Unterlagen haben uns gut gefallen und wir würden Sie gerne persönlich kennenlernen. Hätten Sie am {day} um {time} Uhr Zeit für ein [Gespräch in unserem Büro in {city}|Videogespräch mit unserem Teamleiter]? Alternativ schlagen Sie gerne einen anderen Termin vor.\n\nBeste Grüße\n{rfirst} {rlast}\n{company}",
        ],
        n=4,
    ),
    Family(
        "int_french",
        "interview",
        "company",
        [
            "Entretien pour le poste de {role}",
            "Invitation à un entretien - {company}",
        ],
        [
            "Bonjour {name},\n\nVotre candidature a retenu notre attention et nous souhaitons vous rencontrer pour un entretien [en visio|dans nos locaux à {city}]. Seriez-vous disponible le {day} à {time} ?\n\nBien cordialement,\n{rfirst} {rlast}",
        ],
        n=3,
    ),
    Family(
        "off_german_zusage",
        "offer",
        "person",
        [
            "Gute Nachrichten zu Ihrer Bewerbung",
            "Zusage für die Stelle als {role}",
        ],
        [
            "Hallo {name},\n\nich freue mich sehr, Ihnen mitteilen zu können, dass wir Sie gerne als {role} in unserem Team begrüßen möchten! Den Arbeitsvertrag mit allen Details [schicken wir Ihnen in den nächsten Tagen|finden Sie im Anhang]. Das Jahresgehalt beträgt {salary}.\n\nHerzliche Grüße\n{rfirst}",
        ],
        n=4,
    ),
    Family(
        "off_spanish",
        "offer",
        "company",
        [
            "Oferta de trabajo - {role}",
            "¡Buenas noticias de {company}!",
        ],
        [
            "Hola {name},\n\nNos alegra mucho ofrecerte el puesto de {role} en {company}. Adjuntamos la carta de oferta con el salario ({salary}) y la fecha de incorporación ({date}).\n\nUn abrazo,\n{rfirst}",
        ],
        n=3,
    ),
    Family(
        "out_german_agency",
        "recruiter_outreach",
        "agency",
        [
            "Neue Herausforderung als {role}?",
            "Vertrauliche Anfrage: {role} in {city}",
        ],
        [
            "Hallo {name},\n\nich bin Personalberater bei {agency} und betreue aktuell eine vertrauliche Suche nach einer/einem {role} für ein wachsendes Unternehmen in {city}. Ihr Profil passt sehr gut. Wären Sie offen für einen kurzen Austausch in dieser Woche?\n\nBeste Grüße\n{rfirst} {rlast}",
        ],
        n=4,
    ),
    Family(
        "out_french_linkedin",
        "recruiter_outreach",
        "linkedin",
        [
            "Opportunité {role} chez {company}",
            "Votre profil m'intéresse",
        ],
        [
            "Bonjour {name},\n\nJe me permets de vous contacter car votre parcours correspond à un poste de {role} que nous ouvrons chez {company} à {city}. Seriez-vous ouvert à un échange rapide ?\n\n{bye}",
        ],
        n=3,
    ),
    Family(
        "rcv_french",
        "application_received",
        "company",
        [
            "Accusé de réception de votre candidature",
            "Votre candidature a bien été reçue",
        ],
        [
            "Bonjour {name},\n\nNous avons bien reçu votre candidature pour le poste de {role} et vous en remercions. Notre équipe l'étudiera avec attention et reviendra vers vous dans les meilleurs délais.\n\nL'équipe recrutement de {company}",
        ],
        n=3,
    ),
    Family(
        "oth_admission_waitlist",
        "other",
        "[Office of Admissions <admit@riverside-college.example>|Admissions Team <apply@kingsbridge.ac.example>]",
        [
            "Update on your application to {uni}",
            "Your admission status",
        ],
        [
            "Dear {name},\n\nThank you for applying to {uni}. [The committee has placed you on the waiting list for the autumn intake.|We are pleased to offer you a place on our undergraduate course in Economics.|We are unable to offer you a place this year; competition for places was exceptionally strong.] [Please let us know by {date} whether you wish to remain on the list.|Details on accommodation and enrolment follow.|]\n\nUndergraduate Admissions",
        ],
        n=5,
        extra={"uni": ["Riverside College", "Kingsbridge University", "the School of Design"]},
    ),
    Family(
        "oth_rental_portal",
        "other",
        "[ImmoPortal <noreply@immoportal.example>|Rightmove-style Alerts <alerts@homes.example>]",
        [
            "Response from the landlord: {street}",
            "Your enquiry about {street}",
        ],
        [
            '{hi}\n\nThe provider has responded to your enquiry about the apartment at {street}: ["Thank you for your interest. The apartment has already been rented, so we cannot consider your application."|"We\'d like to invite you to a viewing on {day} at {time}."|"We have received many enquiries and have chosen other tenants."]\n\nMore apartments like this one are waiting for you.',
        ],
        n=5,
        extra={"street": ["Lindenstraße 8", "12 Quay Road", "Flat 2, Mill House"]},
    ),
    Family(
        "oth_insurance_claim",
        "other",
        "[Claims Team <claims@insureco.example>|Health Insurance <service@healthplan.example>]",
        [
            "Your claim {ref}",
            "Decision on your claim",
        ],
        [
            "Dear {name},\n\nWe have reviewed your claim ({ref}). [Unfortunately we are unable to approve it, as the treatment is not covered by your policy.|Your claim has been approved and €{big}.00 will be paid within five working days.|We need more information before we can make a decision.]\n\nClaims Team",
        ],
        n=4,
    ),
    Family(
        "oth_bank_account_application",
        "other",
        "[Pebble Finance App <hello@pebble-app.example>|Nimbus Payments <support@nimbus.example>]",
        [
            "We've received your application",
            "Your account application",
        ],
        [
            "{hi}\n\nThanks for applying for a [business account|savings account|Nimbus card]. [We've received your application and are verifying your identity.|We're sorry, but we can't open an account for you at this time.|Good news: your account is open!] [This usually takes 1-2 working days.|]\n\nThe Pebble team",
        ],
        n=4,
    ),
    Family(
        "oth_ats_account_admin",
        "other",
        "ats",
        [
            "Your candidate account",
            "Your profile will be deleted soon",
            "Update your job preferences",
        ],
        [
            "{hi}\n\n[We haven't seen you in a while. Under our data retention policy, your candidate account with {company} will be deleted in 30 days unless you log in.|You can now set job preferences in your candidate account to hear about new openings at {company}.|Your email address for your {company} candidate account was changed successfully.]\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "oth_talent_community_news",
        "other",
        "company",
        [
            "Life at {company}: {month} update",
            "News from the {company} talent community",
        ],
        [
            "{hi}\n\nThanks for being part of our talent community! This month: [our new office in {city}, a day in the life of a data engineer, and upcoming events|our engineering blog, a podcast episode with our CTO, and new open roles]. [Browse our current openings on the careers site.|]\n\nYou're receiving this because you joined our talent community. Unsubscribe.",
        ],
        n=4,
        extra={"month": ["March", "June", "October", "December"]},
    ),
    Family(
        "oth_reference_request",
        "other",
        "person",
        [
            "Reference for {me2}",
            "Could you be a reference?",
        ],
        [
            "{hi}\n\n[{me2} has given your name as a referee for a {role} position with us.|I'm applying for a {role} role and wondered if you'd be happy to be a reference for me.] [Could you fill in the short form below by {date}?|It would only be a short phone call.]\n\n{bye}",
        ],
        n=4,
        extra={"me2": ["Jana Kovac", "Luis Ortega", "Ama Owusu"]},
    ),
]

# Plainer, shorter, more personal wordings, and the formal public-sector and graduate styles.
FAMILIES += [
    Family(
        "rej_portal_status",
        "rejection",
        "ats",
        [
            "Application status: {role}",
            "Your application status has changed",
        ],
        [
            "Your application status for {role} ({ref}) has changed to: [Not selected|Declined|Rejected|No longer under review].\n\n[Thank you for considering {company}.|Log in to your candidate account for details.]",
        ],
        n=4,
    ),
    Family(
        "rej_went_another_way",
        "rejection",
        "person",
        [
            "{role} - update",
            "quick update",
            "Re: {role}",
        ],
        [
            "Hey {name}, [I hate sending these|not the news you wanted, sorry]. We [went another way|went with someone who'd done this exact job before|hired someone we'd worked with before] for the {role} spot. You were [genuinely great in the pairing session|a pleasure to talk to]. Let's stay in touch!\n\n{rfirst}",
        ],
        n=4,
        quote=True,
    ),
    Family(
        "rej_no_offer_after_loop",
        "rejection",
        "person",
        [
            "Thanks for interviewing with us",
            "After your interviews",
            "{company} decision",
        ],
        [
            "{hi}\n\nThank you for all the time you gave us across [three|four|several] conversations. [We've made the difficult decision not to extend an offer.|We won't be extending an offer this time.|In the end we won't be offering you the role.] [The panel wanted deeper experience with distributed systems.|It came down to one skill gap we couldn't get past.|] I'd really value staying in touch.\n\n{bye}",
        ],
        n=4,
        quote=True,
    ),
    Family(
        "rej_graduate_scheme",
        "rejection",
        "company",
        [
            "Your {company} Graduate Programme application",
            "Early Careers - application outcome",
        ],
        [
            "Dear {name},\n\nThank you for [attending our assessment centre|completing the video interview stage|your application to our graduate programme]. [Regrettably, we are unable to offer you a place on the programme this year.|We are sorry to tell you that you have not been selected to progress.] [Competition was fierce, with over {big} applicants for each place.|]\n\nEarly Careers Team, {company}",
        ],
        n=4,
    ),
    Family(
        "rej_test_score",
        "rejection",
        "company",
        [
            "Your coding test result",
            "Online test - outcome",
        ],
        [
            "{hi}\n\nThanks for taking the [coding test|online test|numerical reasoning test]. [Your score didn't meet the bar we set for this round|Your result was below the threshold for this role], so we're not able to take things further right now. [You're welcome to reapply in six months.|We wish you the best.]\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "rcv_casual_startup",
        "application_received",
        "company",
        [
            "We've got it!",
            "Application in - thanks {name}",
            "Thanks for applying, {name}",
        ],
        [
            "Hi {name}, thank you for applying to be our next {role}. [A human will read your application within 5 working days.|Someone from the team will read every word within a week.] [While you wait, here's a peek at how we work.|No robots, promise.]\n\n{company}",
        ],
        n=4,
    ),
    Family(
        "rcv_public_sector",
        "application_received",
        "[HR Department <hr@{slug}.gov.example>|Jobs <vacancies@{slug}.org>]",
        [
            "Application confirmation - {role}",
            "Receipt of application: {ref}",
        ],
        [
            "Dear {name},\n\nThis is to confirm receipt of your application for {role} (reference {ref}). [Shortlisted candidates will be contacted by {date}.|Shortlisting will take place after the closing date.] [Thank you for your interest in working with us.|]\n\nRecruitment Team",
        ],
        n=4,
    ),
    Family(
        "int_onsite_logistics",
        "interview",
        "person",
        [
            "Onsite: {date}",
            "Your visit on {day}",
            "See you {day}!",
        ],
        [
            "{hi} [excited to host you|looking forward to having you in] on {date}! You'll meet [four|three|five] people over the [afternoon|morning]: [a pairing session, a system design chat, lunch, and a values conversation|a portfolio review, a whiteboard exercise and coffee with the team]. Address and [parking|visitor instructions] below.\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "int_public_sector",
        "interview",
        "[HR Department <hr@{slug}.gov.example>|Jobs <vacancies@{slug}.org>]",
        [
            "Interview - {role}",
            "Invitation to interview: {ref}",
        ],
        [
            "Dear {name},\n\nWe are pleased to invite you to interview for the post of {role} on {day} {date} at {time}. [The interview will include a short presentation on a topic we will send you.|Please bring proof of identity and your qualification certificates.] Kindly confirm your attendance.\n\nRecruitment Team",
        ],
        n=4,
    ),
    Family(
        "off_casual_call",
        "offer",
        "person",
        [
            "Good news",
            "Some good news!",
            "We'd like to make you an offer",
        ],
        [
            "Hi {name}! [We'd like to make you an offer|We'd love to offer you the job|The team wants you] for the {role} position. [Can we hop on a call tomorrow to go through the details?|I'll call you this afternoon with the numbers.]\n\n{rfirst}",
        ],
        n=4,
    ),
    Family(
        "off_public_sector",
        "offer",
        "[HR Department <hr@{slug}.gov.example>|Jobs <vacancies@{slug}.org>]",
        [
            "Offer - {role}",
            "Offer of appointment",
        ],
        [
            "Dear {name},\n\nFollowing your interview I am pleased to offer you the post of {role} [at grade 6|on a permanent basis|on a 12-month fixed-term contract]. Please confirm whether you accept within ten days, after which we will begin pre-employment checks.\n\nRecruitment Team",
        ],
        n=4,
    ),
    Family(
        "out_recruiter_casual2",
        "recruiter_outreach",
        "person",
        [
            "{role} - {city}",
            "Role you might like",
            "Your {skill} experience",
        ],
        [
            "Hi {name}, I'm a recruiter at {company}. Your {skill} experience caught my eye - we have a {role} role, [fully remote|hybrid in {city}], [strong team|great manager|interesting problems]. Fancy a chat?\n\n{rfirst}",
        ],
        n=4,
        extra={"skill": ["Go", "Python", "Figma", "B2B sales", "Kubernetes", "SQL"]},
    ),
    Family(
        "out_first_hire",
        "recruiter_outreach",
        "person",
        [
            "Your work on GitHub",
            "Saw your project",
            "Building {company}",
        ],
        [
            "Hi! Saw your work on [the parser library|your data-viz side project|the open-source scheduler]. We're [hiring our first|looking for a founding] {role} at {company} - would love to show you what we're building. [Coffee?|20 minutes this week?]\n\n{rfirst}",
        ],
        n=4,
    ),
    Family(
        "oth_team_announcements",
        "other",
        "{rfirst} {rlast} <{rfirst}.{rlast}@mycurrentjob.com>",
        [
            "Team offsite next Friday",
            "All-hands moved to {day}",
            "Welcome our new colleague",
        ],
        [
            "Hi all,\n\n[reminder that the team offsite is next Friday. Bring ideas for the Q3 roadmap! Lunch is on us.|the all-hands moves to {day} at {time}; agenda to follow.|please welcome {me2}, who joins the design team on Monday!]\n\n{rfirst}",
        ],
        n=4,
        extra={"me2": ["Jana", "Luis", "Ama", "Pieter"]},
    ),
    Family(
        "oth_career_tips",
        "other",
        "[Career Tips <tips@careerletter.example>|The Job Coach <coach@jobcoach.example>]",
        [
            "How to answer 'tell me about yourself'",
            "This week: salary negotiation",
            "Your Monday career tip",
        ],
        [
            "This week's tip: [keep it to two minutes, start with now, then past, then future|always ask for the range first and let them say a number|follow up a week after applying, then let it go]. Plus: [what to do after a rejection email|how to prepare for a panel interview|writing a cover letter in 20 minutes].\n\n[Read more|Forward to a friend]",
        ],
        n=4,
    ),
    Family(
        "oth_phd_decision",
        "other",
        "[Doctoral School <phd@{slug}-university.example>|Graduate School <gradschool@university.example>]",
        [
            "Decision regarding your PhD application",
            "Your doctoral application",
        ],
        [
            "Dear {name},\n\n[After careful consideration the committee has decided not to offer you a place on the doctoral programme in {field}.|We are delighted to offer you a funded place on our PhD programme in {field}.] [We wish you well.|Details about your supervisor will follow.]\n\nDoctoral School",
        ],
        n=4,
        extra={"field": ["Physics", "History", "Economics", "Biology"]},
    ),
]
