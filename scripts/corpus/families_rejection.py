# ruff: noqa: E501  (message templates read best one paragraph per line)
"""Rejections: blunt, kind, automated, personal, after interviews and tests, and subtle ones
(on hold, filled internally, cancelled, "we'll keep your CV on file")."""

from generate import Family

R = "rejection"

FAMILIES = [
    Family(
        "rej_moved_forward_ats",
        R,
        "ats",
        [
            "Your application to {company}",
            "Update on your application for {role}",
            "{company} | {role}",
            "Regarding your application - {role}",
        ],
        [
            "{hi}\n\nThank you for your interest in the {role} position at {company}. [After careful consideration|After reviewing your application carefully|We have now reviewed all applications and], we have decided to move forward with other candidates whose experience more closely matches [the needs of the role|our current requirements|what we are looking for].\n\n[We appreciate the time you took to apply and wish you the best in your search.|We wish you every success in your job search.|Thank you again for considering us.]\n\n{bye}",
            "{hi}\n\nThanks for applying for {role}. We received many strong applications and [unfortunately|regrettably] we will be moving forward with other candidates for this position.\n\n[We encourage you to apply for future openings that match your skills.|Please keep an eye on our careers page for future roles.|]\n\n{bye}",
        ],
        n=7,
    ),
    Family(
        "rej_not_proceed_formal",
        R,
        "company",
        [
            "Application for {role} (ref {ref})",
            "Your application - {ref}",
            "{role} - application outcome",
        ],
        [
            "Dear {name},\n\nThank you for applying for the role of {role} (reference {ref}). We regret to inform you that [on this occasion|at this time] your application has not been successful and we will not be taking it any further.\n\n[Due to the high volume of applications we are unable to provide individual feedback.|We receive a large number of applications and cannot offer feedback at this stage.]\n\nWe wish you [well|every success] in your future career.\n\n{bye}",
            "Dear {name},\n\nWe write in connection with your application for {role}. [The shortlisting panel|The selection panel|The hiring team] has now met, and I am sorry to tell you that you have not been shortlisted for interview.\n\nThank you for the interest you have shown in working at {company}.\n\n{bye}",
        ],
        n=6,
    ),
    Family(
        "rej_after_interview_personal",
        R,
        "person",
        [
            "Re: {role} interview",
            "Following up - {role}",
            "{company} - next steps",
            "Update from {company}",
        ],
        [
            "{hi}\n\nThank you so much for [taking the time to meet with us|coming in on {day}|the conversations last week]. The team really enjoyed [talking with you|getting to know you], and [your questions about our roadmap were great|your portfolio stood out].\n\nI'm sorry to say that we've decided to [go with another candidate|offer the role to someone else|move ahead with a candidate whose experience is a closer match] for this one. It was a [tough|genuinely difficult|close] decision.\n\n[If you'd like feedback, I'm happy to jump on a short call.|I'd be glad to share some feedback from the panel if that's helpful.|]\n\n{bye}",
            "{hi}\n\nI wanted to get back to you personally after your [final round|second interview|panel interview]. Unfortunately we won't be moving forward with your candidacy. [Honestly, it came down to a small difference in domain experience.|The other finalist had more hands-on experience with our stack.|]\n\nThank you for all the effort you put into the process, and I hope our paths cross again.\n\n{bye}",
        ],
        n=7,
        quote=True,
    ),
    Family(
        "rej_after_takehome",
        R,
        "person",
        [
            "Your take-home for {company}",
            "Re: {role} technical exercise",
            "Feedback on the coding task",
        ],
        [
            "{hi}\n\nThanks for [submitting|completing|sending over] the take-home [exercise|assignment|project]. The team reviewed it carefully and [appreciated the clear README|liked how you structured the tests|found parts of it really thoughtful].\n\nUnfortunately we've decided not to move forward to the next stage. [The main gaps were around error handling and performance.|We were looking for a more complete solution to the data pipeline part.|]\n\nThank you for the time you invested - we know these exercises take real effort.\n\n{bye}",
        ],
        n=6,
        quote=True,
    ),
    Family(
        "rej_after_assessment_ats",
        R,
        "ats",
        [
            "Your {company} assessment results",
            "{company} application update",
            "Online assessment - outcome",
        ],
        [
            "{hi}\n\nThank you for completing the [online assessment|coding test|aptitude test|technical assessment] for the {role} position. [Having reviewed your results|Based on your results], we are sorry to let you know that we will not be progressing your application [to the interview stage|any further] at this time.\n\n{bye}",
        ],
        n=5,
    ),
    Family(
        "rej_keep_on_file",
        R,
        "ats",
        [
            "Thank you for applying to {company}",
            "Your application for {role}",
            "{company}: application status",
        ],
        [
            "{hi}\n\nThank you for your application for {role}. While your background is impressive, we have decided [not to proceed with your application|to pursue other applicants] for this role.\n\n[We'll keep your CV on file and may reach out if a suitable opening comes up.|With your permission we will keep your details on file for future vacancies.|We will retain your resume in our talent pool for 12 months.]\n\n{bye}",
        ],
        n=6,
    ),
    Family(
        "rej_not_right_fit",
        R,
        "ats",
        [
            "Update regarding {role}",
            "Your application status",
            "{role} at {company}",
        ],
        [
            "{hi}\n\nWe appreciate you applying for {role}. [After reviewing your profile|Having looked closely at your experience], we don't think it's the right fit at this time, so we won't be moving ahead.\n\n[This isn't a reflection of your abilities.|It was a competitive process.|] We'd welcome an application for other roles in the future.\n\n{bye}",
            "{hi}\n\nThanks for your interest in {company}. We've reviewed your application and it's not quite the right match for this role right now. We're closing your application [for the {role} position|in our system].\n\n{bye}",
        ],
        n=6,
    ),
    Family(
        "rej_position_filled",
        R,
        "company",
        [
            "{role} position",
            "Position filled - {role}",
            "Re: application for {role}",
        ],
        [
            "{hi}\n\nThank you for your interest in the {role} vacancy. I'm writing to let you know that the position has now been filled, [so we are unable to consider your application further|and we are closing all remaining applications].\n\n[We're grateful for your interest in {company}.|Thanks again and good luck.]\n\n{bye}",
        ],
        n=5,
    ),
    Family(
        "rej_filled_internally",
        R,
        "person",
        [
            "Update on {role}",
            "Quick update on the {role} role",
            "{role} - update",
        ],
        [
            "{hi}\n\nI wanted to let you know [before you heard it elsewhere|as soon as I could] that we've filled the {role} role internally - [a colleague from the analytics team|someone already on the team] has moved across into it. That means we're closing the external search [and won't be continuing with your application|and your application won't go further].\n\nI'm sorry, as I know you were keen. [I'll reach out if anything similar opens.|]\n\n{bye}",
        ],
        n=5,
        quote=True,
    ),
    Family(
        "rej_role_on_hold",
        R,
        "person",
        [
            "{role} - hiring paused",
            "Update on the {role} position",
            "Re: next steps",
        ],
        [
            "{hi}\n\nI have some disappointing news: [the {role} position has been put on hold|we've paused hiring for the {role} role|budget for the {role} position has been frozen] [following a reorganisation|due to a change in priorities|until next year]. As a result we're closing the process [and won't be progressing any candidates|for all candidates, including you].\n\nI'm really sorry - you did nothing wrong here. If the role reopens, I'd be glad to get back in touch.\n\n{bye}",
        ],
        n=5,
        quote=True,
    ),
    Family(
        "rej_role_cancelled",
        R,
        "ats",
        [
            "{role} requisition closed",
            "Your application for {role} ({ref})",
            "Important update about {role}",
        ],
        [
            "{hi}\n\nWe are writing to let you know that the {role} requisition ({ref}) has been [cancelled|withdrawn|closed without a hire]. Because the role is no longer open, your application will not be considered further.\n\nWe're sorry for any disappointment and thank you for your interest in {company}.\n\n{bye}",
        ],
        n=5,
    ),
    Family(
        "rej_long_kind",
        R,
        "person",
        [
            "Thank you, {name}",
            "About the {role} role",
            "{company} - our decision",
        ],
        [
            "{hi}\n\nFirst, thank you. You brought [real warmth and clarity|so much thoughtfulness|a sharp, curious mind] to every conversation, and several people on the panel mentioned how much they enjoyed [your case walkthrough|your presentation|the way you talked about your last project].\n\nThis makes it harder to write: we have [decided to offer the role to another candidate|chosen to proceed with someone else], whose experience [in regulated markets|leading a larger team|with our exact tooling] was a closer match for what we need right now. It was not an easy decision and it is not a judgement of your talent.\n\n[I would be very happy to stay in touch, and I'll think of you for future roles.|Please do apply again - I mean that.|If it helps, I'm happy to write up the panel's notes for you.]\n\nWith [warm|kind] wishes,\n{rfirst}",
        ],
        n=6,
        quote=True,
    ),
    Family(
        "rej_unsuccessful_short",
        R,
        "ats:workday",
        [
            "Application status update",
            "{company}: Your application",
            "Your candidate status has changed",
        ],
        [
            "{hi}\n\nThank you for applying to {role} (Job ID {ref}). We regret to inform you that you were not selected to move forward in the recruitment process.\n\n{bye}",
            "{hi}\n\nYour application for {role} ({ref}) has been reviewed. Unfortunately you have not been successful on this occasion.\n\nYou can view the status of all your applications on the candidate home page.\n\n{bye}",
        ],
        n=6,
    ),
    Family(
        "rej_lever_style",
        R,
        "ats:lever",
        [
            "Thanks for your interest in {company}",
            "{company} - {role}",
            "Following up on your application",
        ],
        [
            "{hi}\n\nThanks so much for your interest in joining the {company} team! We wanted to let you know that we've reviewed your application [and, unfortunately, will not be moving forward at this time|and have decided to pursue candidates whose backgrounds align more closely with this role].\n\n[We know job searching is hard work, and we appreciate you thinking of us.|Please don't hesitate to apply for other openings that catch your eye.]\n\n{bye}",
        ],
        n=5,
    ),
    Family(
        "rej_greenhouse_style",
        R,
        "ats:greenhouse",
        [
            "Your application at {company}",
            "An update on your {company} application",
        ],
        [
            "{hi}\n\nThank you for taking the time to apply for the {role} role. We truly appreciate your interest in {company}.\n\nWe've carefully reviewed your background and, [while we were impressed with your experience|though it was a difficult decision], we have decided not to move forward with your candidacy for this position.\n\n[We will keep your information on file and reach out if a role that better matches your experience becomes available.|We hope you'll consider us again in the future.]\n\n{bye}",
        ],
        n=5,
    ),
    Family(
        "rej_workable_style",
        R,
        "ats:workable",
        [
            "Your application for the {role} job",
            "{role} job at {company}",
        ],
        [
            "{hi}\n\nThanks for your interest in the {role} job at {company}. [Unfortunately|Sadly], we will not be able to invite you to the next stage of our hiring process.\n\nWe'd like to thank you for your time and wish you the best in your job search.\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "rej_teamtailor_style",
        R,
        "ats:teamtailor",
        [
            "Thank you for your application to {company}",
            "Regarding {role}",
        ],
        [
            "{hi}\n\nThank you for applying to {company}! It's been a pleasure to read your application. [We had a lot of talented applicants|The competition was strong], and this time we've chosen to continue with other profiles.\n\nWe'd love it if you kept following us, and we hope to meet you in another recruitment.\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "rej_after_phone_screen",
        R,
        "person",
        [
            "Thanks for the chat",
            "Re: phone screen",
            "Following our call",
        ],
        [
            "{hi}\n\nThanks again for the call on {day}. I [shared my notes with|talked it through with] the hiring manager, and [at this point|for now] we've decided not to take your application to the next round. [They're looking for someone with more people-management experience.|The role is leaning more senior than we originally scoped.|]\n\nI appreciated your openness and I'm sure you'll find a great fit.\n\n{bye}",
        ],
        n=5,
        quote=True,
    ),
    Family(
        "rej_agency",
        R,
        "agency",
        [
            "Re: {role} with my client",
            "Feedback from {company}",
            "Update - {company} role",
        ],
        [
            "{hi}\n\nI've just heard back from {company}. [Unfortunately they've decided not to progress you to interview|They've come back and they're going with another candidate|They have decided to pass on your profile for the {role} role], [mainly because they want someone with more fintech experience|as they found someone with a closer industry match|though they liked your CV].\n\nI know that's not what you wanted to hear. I'll keep you in mind for other roles I'm working on [- let's catch up next week|and will be in touch soon|].\n\n{bye}",
        ],
        n=6,
        quote=True,
    ),
    Family(
        "rej_hm_short_blunt",
        R,
        "person",
        [
            "Re: {role}",
            "{role} application",
            "re: your application",
        ],
        [
            "{hi}\n\nThanks for applying. We're not going to move forward [with you for this one|with your application], [but good luck with the search|sorry about that|appreciate your interest].\n\n{rfirst}",
            "{hi} we've gone with another candidate for the {role} role. Thanks for your time and all the best. - {rfirst}",
        ],
        n=5,
    ),
    Family(
        "rej_no_longer_consideration",
        R,
        "ats:icims",
        [
            "{company} Application Status - {role}",
            "Status of your application ({ref})",
        ],
        [
            "{hi}\n\nThank you for your interest in career opportunities with {company}. Please be advised that you are no longer under consideration for the {role} position (requisition {ref}).\n\nWe encourage you to continue to review our career site and apply for positions that match your qualifications.\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "rej_smartrecruiters_style",
        R,
        "ats:smartrecruiters",
        [
            "Your application for {role}",
            "Update from {company}",
        ],
        [
            "{hi}\n\nThank you for the interest you have shown in {company} and for applying for {role}. Having reviewed your application [against the requirements|alongside many others], we regret that we are unable to offer you an interview on this occasion.\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "rej_ashby_style",
        R,
        "ats:ashby",
        [
            "Update on your {company} application",
            "{role} @ {company}",
        ],
        [
            "{hi}\n\nThank you for giving us the opportunity to consider you for {role}. We're reaching out to let you know that we have decided to [close out your application|not advance your application] and won't be scheduling further interviews.\n\n[Building a team is hard and these decisions are never easy.|We're grateful you spent time with us.] We wish you the best of luck.\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "rej_bamboohr_style",
        R,
        "ats:bamboohr",
        [
            "Thank you for applying to {company}",
            "{role} at {company}",
        ],
        [
            "{hi}\n\nThank you for your interest in {role} at {company}. We have reviewed your application and have decided to pursue other candidates at this time. We appreciate the time you spent applying.\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "rej_overqualified",
        R,
        "person",
        [
            "Your application for {role}",
            "Re: {role}",
        ],
        [
            "{hi}\n\nThanks for applying for {role}. [Honestly, your experience goes well beyond what this position needs|Your background is more senior than this position], and we worry the role wouldn't give you enough challenge, so we have decided not to take your application forward.\n\n[If a more senior opening comes up I'd love to talk.|]\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "rej_visa_location",
        R,
        "company",
        [
            "{role} - your application",
            "Application update: {role} ({city})",
        ],
        [
            "{hi}\n\nThank you for applying. Unfortunately we are [not able to sponsor work visas for this role|only able to hire people based in {city} for this position|unable to offer relocation support], so we cannot move forward with your application.\n\nWe're sorry we couldn't bring better news and wish you all the best.\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "rej_final_round_close",
        R,
        "person",
        [
            "{company} final decision",
            "Following your final interview",
            "Our decision on {role}",
        ],
        [
            "{hi}\n\nI'll get straight to it since I know you've been waiting: we've [made an offer to|decided to hire] another candidate for the {role} position. You were [one of two finalists|in the final two|right at the top of our list], and the decision came down to [very small margins|team composition rather than ability].\n\nThank you for the energy you brought to every stage. [Would you be open to us reaching out when we hire again next quarter?|I'd be happy to recommend you to a couple of friends who are hiring.|]\n\n{bye}",
        ],
        n=5,
        quote=True,
    ),
    Family(
        "rej_reply_to_followup",
        R,
        "person",
        [
            "Re: Checking in on my application",
            "Re: Follow up - {role}",
        ],
        [
            "{hi}\n\nThanks for following up, and sorry for the slow reply. [The role was filled a couple of weeks ago|We ended up hiring for this position last month|We've closed the search], so [I'm afraid we won't be taking your application further|unfortunately it's not going ahead for you].\n\nI appreciate your patience.\n\n{bye}",
        ],
        n=5,
        quote=True,
    ),
    Family(
        "rej_german",
        R,
        "ats:personio",
        [
            "Ihre Bewerbung bei {company}",
            "Absage: {role}",
            "Ihre Bewerbung als {role}",
        ],
        [
            "Sehr geehrte/r {name},\n\nvielen Dank für Ihre Bewerbung und das Interesse an {company}. Leider müssen wir Ihnen mitteilen, dass wir uns [für eine andere Kandidatin entschieden haben|für andere Bewerber entschieden haben|gegen eine weitere Berücksichtigung Ihrer Bewerbung entschieden haben].\n\nWir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team von {company}",
            "Hallo {name},\n\nherzlichen Dank für die Zeit, die Sie in Ihre Bewerbung investiert haben. Nach sorgfältiger Prüfung können wir Ihnen leider keine positive Rückmeldung geben. Diese Entscheidung ist keine Bewertung Ihrer Person.\n\nViele Grüße\n{company} People Team",
        ],
        n=5,
    ),
    Family(
        "rej_french",
        R,
        "company",
        [
            "Votre candidature chez {company}",
            "Candidature - {role}",
        ],
        [
            "Bonjour {name},\n\nNous vous remercions de l'intérêt que vous portez à {company}. Après étude attentive de votre candidature, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.\n\nNous vous souhaitons pleine réussite dans vos recherches.\n\nCordialement,\nL'équipe recrutement",
        ],
        n=3,
    ),
    Family(
        "rej_spanish",
        R,
        "company",
        [
            "Tu candidatura en {company}",
            "Proceso de selección - {role}",
        ],
        [
            "Hola {name},\n\nGracias por tu interés en {company}. Tras revisar tu candidatura, lamentamos comunicarte que hemos decidido continuar con otros candidatos para el puesto de {role}.\n\nTe deseamos mucho éxito.\n\nUn saludo,\nEquipo de Talento de {company}",
        ],
        n=3,
    ),
    Family(
        "rej_decided_other_direction",
        R,
        "person",
        [
            "Change of plans on {role}",
            "Re: {role} at {company}",
        ],
        [
            "{hi}\n\nAfter our last conversation the leadership team decided to take the role in a different direction - [it's becoming a contractor position|we're folding it into an existing team|the scope changed to something much more senior]. That means we won't be continuing the process with you, and I'm sorry for the change after you'd invested so much time.\n\n{bye}",
        ],
        n=4,
        quote=True,
    ),
    Family(
        "rej_withdrawn_closed_status",
        R,
        "ats:greenhouse",
        [
            "Application closed: {role}",
            "We have closed your application",
        ],
        [
            "{hi}\n\nThis is to confirm that your application for {role} has been closed. [The hiring team decided not to move forward after the review stage.|You were not selected for this position.] Thank you for your interest.\n\n{bye}",
        ],
        n=4,
    ),
]
