# ruff: noqa: E501, E741  (templates read best one paragraph per line; one-letter labels)
"""The other job-search news: application received, interview, assessment, offer, and a
recruiter's first approach."""

from generate import Family

A, I, O, T, C = "application_received", "interview", "offer", "assessment", "recruiter_outreach"

RECEIVED = [
    Family(
        "rcv_thanks_applying_ats",
        A,
        "ats",
        [
            "Thank you for applying to {company}",
            "We received your application for {role}",
            "Application received: {role}",
            "{company} - application confirmation",
        ],
        [
            "{hi}\n\nThank you for applying for the {role} position at {company}! [We've received your application|Your application has been received] and our team will review it [shortly|over the coming days|as soon as possible].\n\n[If your skills and experience match what we're looking for, we'll be in touch to discuss next steps.|We will contact you if we'd like to move forward.|You'll hear from us either way.]\n\n{bye}",
            "{hi}\n\nThis email confirms that we received your application for {role} ({ref}). [No further action is needed from you right now.|You can track your status in your candidate profile.] \n\n{bye}",
        ],
        n=8,
    ),
    Family(
        "rcv_if_not_hear_unsuccessful",
        A,
        "company",
        [
            "Acknowledgement of your application",
            "Your application ({ref})",
        ],
        [
            "Dear {name},\n\nThank you for your application for the post of {role}. We will be reviewing applications after the closing date of {date}. [If you have not heard from us within three weeks of the closing date, please assume that your application has been unsuccessful on this occasion.|Due to the volume we receive, we may only contact shortlisted candidates.]\n\n{bye}",
        ],
        n=5,
    ),
    Family(
        "rcv_workday_submitted",
        A,
        "ats:workday",
        [
            "Your application was submitted",
            "Thank you for your application - {role}",
        ],
        [
            "{hi}\n\nYour application for {role} (Job ID {ref}) was submitted successfully on {date}. To view your application status, sign in to your candidate home.\n\n{bye}",
        ],
        n=5,
    ),
    Family(
        "rcv_lever_got_it",
        A,
        "ats:lever",
        [
            "Thanks for applying to {company}!",
            "Got it - {role} at {company}",
        ],
        [
            "{hi}\n\nThanks for your interest in {company}! We got your application for {role} and [our team is excited to take a look|a real person will read it]. [We review every application, and we aim to respond within two weeks.|We'll reach out if it looks like a match.]\n\n{bye}",
        ],
        n=5,
    ),
    Family(
        "rcv_greenhouse_thanks",
        A,
        "ats:greenhouse",
        [
            "Thank you for your application to {company}",
            "{company}: application received",
        ],
        [
            "{hi}\n\nThanks for applying to {company}. Your application has been received and we will review it right away.\n\nIf your application seems like a good fit for the position we will contact you soon.\n\nRegards,\n{company}\n\n** Please note: Do not reply to this email. This email is sent from an unattended mailbox.",
        ],
        n=5,
    ),
    Family(
        "rcv_personio_german",
        A,
        "ats:personio",
        [
            "Eingangsbestätigung Ihrer Bewerbung",
            "Ihre Bewerbung bei {company} ist eingegangen",
        ],
        [
            "Hallo {name},\n\nvielen Dank für Ihre Bewerbung als {role}! Wir haben Ihre Unterlagen erhalten und melden uns [so schnell wie möglich|in den nächsten zwei Wochen] bei Ihnen.\n\nBeste Grüße\nIhr {company} Team",
        ],
        n=4,
    ),
    Family(
        "rcv_smartrecruiters",
        A,
        "ats:smartrecruiters",
        [
            "Your application to {company}",
            "Application confirmation",
        ],
        [
            "{hi}\n\nThank you for applying for {role} at {company}. We confirm your application was [received|submitted] successfully. Our recruiters will review your profile and, if there's a match, get in touch with you.\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "rcv_personal_ack",
        A,
        "person",
        [
            "Re: Application - {role}",
            "Re: {role} - CV attached",
            "Re: Referral from {rfirst}",
        ],
        [
            "{hi}\n\nThanks for sending over your CV - [got it|received, thank you]! I'm [passing it to the hiring manager|sharing it with the team] today and will come back to you [by the end of next week|once they've had a look|in a few days].\n\n{bye}",
        ],
        n=5,
        quote=True,
    ),
    Family(
        "rcv_ashby_in_review",
        A,
        "ats:ashby",
        [
            "Your application is in review",
            "We've got your application, {name}",
        ],
        [
            "{hi}\n\nWe're excited that you applied for {role}! This is a quick note to let you know that your application is now in review. [The hiring team usually responds within 10 business days.|Our process typically takes 3-4 weeks from application to decision.]\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "rcv_icims_confirmation",
        A,
        "ats:icims",
        [
            "{company} - Application Confirmation ({ref})",
            "Thank you for your interest in {company}",
        ],
        [
            "{hi}\n\nThank you for applying for the {role} position with {company}. This message confirms we have received your submission. Your application will be reviewed by our recruiting team against the position's requirements.\n\nPlease do not respond to this message.\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "rcv_teamtailor",
        A,
        "ats:teamtailor",
        [
            "Thanks for your application!",
            "We have received your application, {name}",
        ],
        [
            "{hi}\n\nHow fun that you want to join us at {company}! We've received your application for {role} and will [get back to you as soon as we can|review it within a couple of weeks]. In the meantime, feel free to check out our blog and get to know us better.\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "rcv_workable_received",
        A,
        "ats:workable",
        [
            "Application received for {role}",
            "{company}: we got your application",
        ],
        [
            "{hi}\n\nThanks for applying to the {role} job at {company}. We will review your application and get back to you [if we decide to move forward|shortly].\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "rcv_bamboohr",
        A,
        "ats:bamboohr",
        [
            "Thank you for applying!",
            "{role} application received",
        ],
        [
            "{hi}\n\nThank you for your interest in joining {company}. We've received your application for {role}. Our team is reviewing applications now and will reach out to those who are selected for interviews.\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "rcv_high_volume_delay",
        A,
        "company",
        [
            "We're reviewing your application",
            "Your application - a note on timing",
        ],
        [
            "{hi}\n\nThank you for applying for {role}. [We've had an unusually high number of applications|The response to this role has been overwhelming], so it may take us a little longer than usual to review everyone. [We promise to reply to every applicant.|Please bear with us - you'll hear from us by {date}.]\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "rcv_job_board_sent",
        A,
        "Indeed Apply <indeedapply@indeed.com>",
        [
            "Your application was sent to {company}",
            "Application submitted: {role}",
        ],
        [
            "{name}, your application has been submitted.\n\n{role}\n{company} - {city}\n\nGood luck! The employer may contact you directly. You can track your applications in My Jobs.",
        ],
        n=4,
    ),
    Family(
        "rcv_linkedin_easy_apply",
        A,
        "LinkedIn <jobs-noreply@linkedin.com>",
        [
            "{name}, your application was sent to {company}",
            "Your application was viewed by {company}",
        ],
        [
            "Your application was sent to {company}\n\n{role}\n{company} · {city}\nApplied on {date}\n\n[Now that you've applied, here are some tips for following up.|See your application status in My Jobs.]",
        ],
        n=4,
    ),
    Family(
        "rcv_spanish",
        A,
        "company",
        [
            "Hemos recibido tu candidatura",
            "Confirmación de candidatura - {role}",
        ],
        [
            "Hola {name},\n\nGracias por postularte al puesto de {role} en {company}. Hemos recibido tu candidatura correctamente y nuestro equipo la revisará en los próximos días.\n\nUn saludo,\nEquipo de Selección",
        ],
        n=3,
    ),
]

INTERVIEW = [
    Family(
        "int_invite_ats_schedule",
        I,
        "ats",
        [
            "Interview invitation - {role}",
            "{company}: let's schedule your interview",
            "Next steps for {role} at {company}",
            "Invitation to interview with {company}",
        ],
        [
            "{hi}\n\n[Great news!|Thanks for your patience.|Good news -] We'd like to invite you to a [30-minute|45-minute|one-hour] [video interview|first interview|phone interview] with [our hiring manager|the team|{rfirst} {rlast}, {rtitle}] for the {role} position.\n\nPlease use the link below to pick a time that works for you:\n[https://app.goodtime.io/schedule/{ref}|https://calendly.com/{slug}-talent/interview|https://{slug}.greenhouse.io/schedule/{ref}]\n\n{bye}",
            "{hi}\n\nWe've reviewed your application for {role} and would love to learn more about you! [Please select a slot for an initial interview|Could you let us know your availability for an interview] [over the next week|on {day} or {day}|before {date}]?\n\n{bye}",
        ],
        n=8,
    ),
    Family(
        "int_recruiter_phone_screen",
        I,
        "person",
        [
            "Quick chat about {role}?",
            "Re: {role} - next steps",
            "Phone screen for {role}",
        ],
        [
            "{hi}\n\nThanks for applying for {role}! I'd love to set up a [quick 20-minute|short|30 min] [call|phone screen|intro chat] to tell you more about the role and hear about your background. [Are you free {day} at {time} {zone}?|Would {day} afternoon or {day} morning work?|Feel free to grab a time here: https://calendly.com/{rfirst}-{slug}]\n\n{bye}",
        ],
        n=7,
        quote=True,
    ),
    Family(
        "int_next_round",
        I,
        "person",
        [
            "{company} - next round",
            "Re: {role} interview",
            "Moving you forward!",
        ],
        [
            "{hi}\n\n[Thanks for the great conversation on {day}!|The team really enjoyed meeting you.|Great speaking with you yesterday.] I'm happy to say we'd like to move you forward to the [next round|technical interview|panel interview|final round], which will be [a 90-minute session with the engineering team|a conversation with our VP and two team members|an onsite visit at our {city} office].\n\n[I'll send over some options for times shortly.|Could you share your availability for next week?|Please let me know which of these slots works: {day} {time}, {day} {time}.]\n\n{bye}",
        ],
        n=7,
        quote=True,
    ),
    Family(
        "int_confirmation_details",
        I,
        "ats",
        [
            "Interview confirmed: {role} - {day} {date}",
            "Your interview with {company} is confirmed",
            "Confirmed: {company} interview on {date}",
        ],
        [
            "{hi}\n\nYour interview for {role} is confirmed.\n\nWhen: {day}, {date} at {time} {zone}\nWhere: [Google Meet - https://meet.google.com/abc-{ref}|Zoom - https://zoom.us/j/{ref}|{company} office, 4th floor, {city}|Microsoft Teams (link in the calendar invite)]\nWith: {rfirst} {rlast}, {rtitle}\n\n[If you need to reschedule, please reply to this email.|Please arrive 10 minutes early and bring a photo ID.|]\n\n{bye}",
        ],
        n=7,
    ),
    Family(
        "int_reschedule",
        I,
        "person",
        [
            "Re: Interview on {day}",
            "Need to reschedule our interview",
            "Interview time change",
        ],
        [
            "{hi}\n\nSo sorry, but [our hiring manager has been pulled into something urgent|something has come up on our side|{rfirst2} is out sick] and we need to move your interview [from {day}|scheduled for {date}]. Would [{day} at {time}|any time {day} afternoon|the same time next week] work for you instead?\n\nApologies for the shuffle!\n\n{bye}",
        ],
        n=5,
        quote=True,
        extra={"rfirst2": ["Marta", "Jon", "our CTO", "the panel chair"]},
    ),
    Family(
        "int_reminder",
        I,
        "ats",
        [
            "Reminder: your interview tomorrow",
            "Reminder - {company} interview at {time}",
        ],
        [
            "{hi}\n\nJust a friendly reminder that your interview for {role} is tomorrow at {time} {zone}. [Here is the video link: https://zoom.us/j/{ref}|The address is 12 Harbour Street, {city}.|You'll meet {rfirst} and one other team member.]\n\n[Good luck - we're looking forward to meeting you!|Let us know if anything changes.]\n\n{bye}",
        ],
        n=5,
    ),
    Family(
        "int_hiring_manager_direct",
        I,
        "person",
        [
            "Coffee next week?",
            "Intro - {role} conversation",
            "Let's talk about {role}",
        ],
        [
            "{hi}\n\nI'm the hiring manager for the {role} role - {rfirst2} in recruiting passed me your application and I really liked [your portfolio|your open-source work|how you framed the cover letter]. Would you be up for a [conversation|video call|coffee at our {city} office] next week as the first interview? [I'm flexible most afternoons.|{day} or {day} both work for me.]\n\n{bye}",
        ],
        n=5,
        quote=True,
        extra={"rfirst2": ["Sam", "Lea", "Joanna", "Kofi"]},
    ),
    Family(
        "int_panel_agenda",
        I,
        "company",
        [
            "Your onsite interview agenda",
            "Final interview schedule - {role}",
        ],
        [
            "{hi}\n\nWe're looking forward to your final interviews on {day}! Here's the agenda:\n\n{time} - Welcome with {rfirst} ({rtitle})\n[10:30 - System design with two engineers|11:00 - Case study discussion]\n[12:00 - Lunch with the team|13:00 - Culture conversation]\n[14:00 - Meeting with the VP|14:30 - Q&A and wrap-up]\n\n[Please bring a laptop.|No preparation is needed beyond what we discussed.] \n\n{bye}",
        ],
        n=5,
    ),
    Family(
        "int_agency_client_wants",
        I,
        "agency",
        [
            "{company} want to meet you!",
            "Interview request from {company}",
        ],
        [
            "{hi}\n\nGreat news - {company} loved your CV and would like to [interview you for the {role} role|invite you to a first-stage interview]! They've suggested [{day} at {time}|a couple of slots next week]. [Can you let me know what works and I'll confirm with them?|I'll call you later today to prep.]\n\n{bye}",
        ],
        n=5,
        quote=True,
    ),
    Family(
        "int_german",
        I,
        "ats:personio",
        [
            "Einladung zum Vorstellungsgespräch",
            "Ihr Interview bei {company}",
        ],
        [
            "Hallo {name},\n\nvielen Dank für Ihre Bewerbung als {role}. Wir würden Sie gerne näher kennenlernen und laden Sie herzlich zu einem [Vorstellungsgespräch|ersten Kennenlerngespräch per Video] ein. Bitte wählen Sie über den folgenden Link einen passenden Termin: https://{slug}.jobs.personio.de/termin/{ref}\n\nBeste Grüße\n{rfirst} {rlast}",
        ],
        n=4,
    ),
    Family(
        "int_calendar_invite_hiring",
        I,
        "person",
        [
            "Invitation: {role} interview - {rfirst} / {name} @ {day} {date} {time}",
            "Updated invitation: Interview ({role}) @ {day} {time}",
        ],
        [
            "{rfirst} {rlast} has invited you to an event.\n\n{role} interview - {rfirst} / {name}\nWhen: {day} {date} {time} - 45 min ({zone})\nJoining info: meet.google.com/xyz-{ref}\n\nDescription: First-round interview for the {role} position. We'll talk about your experience and the team.\n\nGoing? Yes - Maybe - No",
        ],
        n=5,
    ),
    Family(
        "int_followup_chat_after_app",
        I,
        "person",
        [
            "Your application for {role}",
            "Re: {role} at {company}",
        ],
        [
            "{hi}\n\nI came across your application for {role} and I'd like to [invite you to interview|set up a first interview]. Our process is [three short conversations|a recruiter call, a technical interview and a team chat], and this first one is about [30|45] minutes. [Please reply with a few times that suit you.|Here's my calendar link: https://cal.com/{rfirst}]\n\n{bye}",
        ],
        n=5,
    ),
    Family(
        "int_second_round_ats",
        I,
        "ats:greenhouse",
        [
            "Second interview - {role}",
            "Invitation to the next stage at {company}",
        ],
        [
            "{hi}\n\nCongratulations on progressing to the second stage for {role}! The next step is a [technical interview|competency-based interview|conversation with the leadership team] lasting about an hour.\n\nPlease schedule your interview using this link: https://app.greenhouse.io/schedule/{ref}\n\n{bye}",
        ],
        n=5,
    ),
    Family(
        "int_brief_casual",
        I,
        "person",
        [
            "re: {role}",
            "chat?",
            "Quick call",
        ],
        [
            "{hi} loved your application. free for a call {day}? - {rfirst}",
            "{hi}\n\nThanks for applying! Can we do a quick interview call this week? {day} {time} works on my end.\n\n{rfirst}",
        ],
        n=4,
    ),
    Family(
        "int_final_with_ceo",
        I,
        "person",
        [
            "Last step: meet our CEO",
            "Final conversation - {role}",
        ],
        [
            "{hi}\n\nYou've done brilliantly so far. The last step is a [relaxed|short] conversation with our [CEO|founder|managing director], {rfirst2}. It's less an interview and more a chance for you both to ask questions. [Does {day} at {time} work?|I'll send an invite for {day}.]\n\n{bye}",
        ],
        n=4,
        quote=True,
        extra={"rfirst2": ["Marisol", "Henrik", "Adaeze", "Tom"]},
    ),
]

ASSESSMENT = [
    Family(
        "asm_hackerrank_invite",
        T,
        "Hackerrank <support@hackerrankforwork.com>",
        [
            "{company} has invited you to take a test",
            "Invitation: {company} coding assessment",
            "Your {company} HackerRank test",
        ],
        [
            "{hi}\n\n{company} has invited you to take a coding test for the {role} position. The test has [3|4|2] questions and a time limit of [60|90|75] minutes. [Please complete it within 7 days.|The invitation expires on {date}.]\n\nStart test: https://www.hackerrank.com/test/{ref}\n\nGood luck!\nThe HackerRank Team",
        ],
        n=6,
    ),
    Family(
        "asm_codility_invite",
        T,
        "{company} via Codility <no-reply@codility.com>",
        [
            "Codility test invitation from {company}",
            "{company} - technical assessment",
        ],
        [
            "{hi}\n\nAs part of the recruitment process for {role}, {company} would like you to complete a programming assessment on Codility. You'll have [70|90|120] minutes once you start. [You can choose from several languages.|Make sure you have a stable internet connection.]\n\nDeadline: {date}\n\nThank you and good luck,\n{company} recruiting",
        ],
        n=5,
    ),
    Family(
        "asm_takehome_personal",
        T,
        "person",
        [
            "Take-home exercise for {role}",
            "Next step: a short project",
            "Re: {role} - technical task",
        ],
        [
            "{hi}\n\nThanks for your time on the call. The next step in our process is a take-home [exercise|project|challenge]: [building a small REST API|analysing a dataset we'll share|designing an onboarding flow|writing a short strategy memo]. It should take [3-4 hours|no more than half a day|about two evenings]; please don't spend longer.\n\n[I've attached the brief.|The brief is in the repo here: https://github.com/{slug}/take-home.] [Could you send it back within a week?|Let me know when you expect to submit.]\n\n{bye}",
        ],
        n=6,
        quote=True,
    ),
    Family(
        "asm_testgorilla",
        T,
        "TestGorilla <no-reply@testgorilla.com>",
        [
            "{company} invited you to an assessment",
            "Reminder: complete your {company} assessment",
        ],
        [
            "{hi}\n\n{company} has invited you to complete an assessment for the {role} position. It consists of [5|4|6] short tests and takes about [45|60|30] minutes. [You can take it at any time before {date}.|There is no way to pause once you've started.]\n\nStart assessment\n\nThe TestGorilla team",
        ],
        n=5,
    ),
    Family(
        "asm_case_study",
        T,
        "person",
        [
            "Case study for the next round",
            "{company} case exercise",
        ],
        [
            "{hi}\n\nAs the next stage for {role}, we'd like you to prepare a short case study: [how would you grow usage of our mobile app by 20%?|a go-to-market plan for our product in {city}|review the attached financial model and present your recommendations]. You'll present it to the panel for about 20 minutes[ next {day}|]. [Slides are welcome but not required.|Keep it simple - we care about your reasoning.]\n\n{bye}",
        ],
        n=5,
        quote=True,
    ),
    Family(
        "asm_personality_psychometric",
        T,
        "ats",
        [
            "Online assessment - {role}",
            "Please complete your psychometric assessment",
        ],
        [
            "{hi}\n\nThank you for your application for {role}. The next stage of our selection process is an online assessment made up of [a numerical reasoning test and a personality questionnaire|a situational judgement test|verbal and logical reasoning tests]. [Please complete it within 5 days.|The link will expire on {date}.]\n\nAccess your assessment here: https://assess.{slug}.com/{ref}\n\n{bye}",
        ],
        n=5,
    ),
    Family(
        "asm_one_way_video",
        T,
        "ats",
        [
            "Next step: recorded video questions",
            "Complete your video assessment for {company}",
        ],
        [
            "{hi}\n\nAs a next step for {role}, we invite you to complete a short recorded video assessment. You'll see [3|4|5] questions and have up to 2 minutes to record each answer. There's no live interviewer, so you can do it whenever suits you before {date}.\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "asm_reminder_deadline",
        T,
        "ats",
        [
            "Reminder: your assessment expires soon",
            "Don't forget your {company} test",
        ],
        [
            "{hi}\n\nThis is a reminder that your [coding challenge|online test|skills assessment] for {role} [expires in 48 hours|is due on {date}|has not yet been started]. [If you need more time, just reply and let us know.|Please complete it so we can continue with your application.]\n\n{bye}",
        ],
        n=5,
    ),
    Family(
        "asm_pair_programming_exercise",
        T,
        "person",
        [
            "Technical exercise prep",
            "Your live coding exercise",
        ],
        [
            "{hi}\n\nFor the technical stage we'll send you a short [coding exercise|kata|problem set] to complete before we meet. [Please set up Python 3.11 and pytest beforehand.|Any language is fine.] Submit your solution through the link below by {day}, and we'll review it together afterwards.\n\nhttps://{slug}.io/exercise/{ref}\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "asm_writing_sample",
        T,
        "person",
        [
            "Writing task for {role}",
            "Short written exercise",
        ],
        [
            "{hi}\n\nThanks for your interest in {role}! Before interviews we ask all shortlisted candidates to complete a short [writing task|editing test|translation sample]: [rewrite the attached product announcement for a general audience|edit the attached 800-word article|translate the attached page]. It's paid at a flat rate and should take under two hours. Please send it back by {date}.\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "asm_design_challenge",
        T,
        "ats:ashby",
        [
            "Design challenge - {company}",
            "Your {role} design exercise",
        ],
        [
            "{hi}\n\nWe're excited to move you forward! The next step is a design challenge. You'll receive a brief describing [a booking flow for a small clinic|a dashboard for warehouse managers|an onboarding experience for new users] and have [five|seven] days to submit your work. We'll then discuss it with you in a follow-up session.\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "asm_german_test",
        T,
        "ats:personio",
        [
            "Online-Test für Ihre Bewerbung",
            "Nächster Schritt: Fachaufgabe",
        ],
        [
            "Hallo {name},\n\nals nächsten Schritt im Bewerbungsprozess für die Position {role} bitten wir Sie, eine kurze Fachaufgabe zu bearbeiten. Den Link zum Online-Test finden Sie hier: https://test.{slug}.de/{ref}. Bitte schließen Sie den Test bis zum {date} ab.\n\nViele Grüße\n{company} Recruiting",
        ],
        n=3,
    ),
    Family(
        "asm_sql_test_link",
        T,
        "company",
        [
            "SQL skills test - {role}",
            "{company}: technical screening test",
        ],
        [
            "{hi}\n\nThe next step for the {role} role is a [45-minute SQL test|timed Excel exercise|short data analysis test]. You can start it whenever you're ready using the link below; it must be completed in one sitting.\n\n[https://tests.{slug}.com/{ref}|Link: https://assessments.{slug}.co/{ref}]\n\nResults are usually reviewed within three working days.\n\n{bye}",
        ],
        n=4,
    ),
]

OFFER = [
    Family(
        "off_formal_letter",
        O,
        "person",
        [
            "Offer of employment - {role}",
            "Your offer from {company}",
            "{company} offer letter",
        ],
        [
            "{hi}\n\nI'm [delighted|thrilled|very happy] to offer you the position of {role} at {company}! [Attached is your formal offer letter with the details.|Please find the offer letter attached.]\n\n[Base salary: {salary} per year|The salary is {salary}], [with 28 days of holiday|plus an annual bonus of up to 10%|plus equity], and a proposed start date of {date}.\n\n[Please review and let us know by {date} if you'd like to accept.|We'd love to hear back from you within a week.] [Happy to walk you through anything on a call.|]\n\n{bye}",
        ],
        n=7,
        quote=True,
    ),
    Family(
        "off_verbal_followup",
        O,
        "person",
        [
            "Following up on our call",
            "Re: great news!",
            "Written confirmation of your offer",
        ],
        [
            "{hi}\n\nIt was so lovely to share the good news on the phone earlier! As promised, here is the written summary of the offer for {role}: {salary} base, [a signing bonus|relocation support to {city}|hybrid working two days in the office], and a start date of {date}.\n\n[The full contract will follow from HR in the next few days.|Take the weekend to think it over.]\n\n{bye}",
        ],
        n=6,
        quote=True,
    ),
    Family(
        "off_docusign",
        O,
        "{company} via DocuSign <dse@docusign.net>",
        [
            "Please DocuSign: {company} Offer Letter - {me}",
            "Complete with DocuSign: Employment Offer",
        ],
        [
            "{rfirst} {rlast} sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\n{hi}\n\nPlease review and sign your offer letter for the {role} position. [Welcome aboard!|We're excited to have you join the team.]\n\nDo Not Share This Email: This email contains a secure link to DocuSign.",
        ],
        n=5,
    ),
    Family(
        "off_ats_offer_portal",
        O,
        "ats",
        [
            "Your offer is ready to view",
            "Congratulations! An offer from {company}",
        ],
        [
            "{hi}\n\nCongratulations! {company} has extended an offer for the {role} position. You can view and accept your offer in the candidate portal: https://{slug}.careers/offer/{ref}\n\nThe offer expires on {date}.\n\n{bye}",
        ],
        n=5,
    ),
    Family(
        "off_conditional",
        O,
        "company",
        [
            "Conditional offer - {role}",
            "Offer subject to references",
        ],
        [
            "Dear {name},\n\nFollowing your recent interview, I am pleased to make you a conditional offer of employment for the post of {role}. This offer is subject to [satisfactory references and a background check|proof of your right to work|a medical questionnaire]. [A starting salary of {salary} per annum applies.|Full terms are in the enclosed contract.]\n\nPlease confirm your acceptance by replying to this email.\n\n{bye}",
        ],
        n=5,
    ),
    Family(
        "off_hm_excited",
        O,
        "person",
        [
            "We'd love you to join us!",
            "{company} - we want you on the team",
        ],
        [
            "{hi}\n\nI'll keep it short because I'm excited: the whole panel agreed, and we'd love to have you join as our {role}! [{rfirst2} from People will send the formal offer today.|I've asked our recruiter to send the paperwork.] [Let's grab a call tomorrow to talk through the package.|Any questions at all, just call me.]\n\n{bye}",
        ],
        n=5,
        quote=True,
        extra={"rfirst2": ["Maya", "Sven", "Lola", "Chidi"]},
    ),
    Family(
        "off_agency",
        O,
        "agency",
        [
            "OFFER! {company}",
            "Great news from {company}",
        ],
        [
            "{hi}\n\nI'm delighted to tell you that {company} want to offer you the {role} position! They're offering {salary} [plus benefits|plus a 5% bonus|with 25 days' leave]. [Give me a ring when you can so we can go through it.|Let me know your thoughts - I think there's a bit of room to negotiate.]\n\n{bye}",
        ],
        n=5,
        quote=True,
    ),
    Family(
        "off_revised",
        O,
        "person",
        [
            "Revised offer - {role}",
            "Re: Offer discussion",
        ],
        [
            "{hi}\n\nThanks for your patience while I spoke with the team. I'm pleased to share a revised offer: base salary increased to {salary}[, and we can move your start date to {date}|, plus an extra week of holiday|]. The updated offer letter is attached. [I hope this works for you!|Let me know if you'd like to talk it through.]\n\n{bye}",
        ],
        n=4,
        quote=True,
    ),
    Family(
        "off_german",
        O,
        "company",
        [
            "Vertragsangebot {role}",
            "Ihr Angebot von {company}",
        ],
        [
            "Hallo {name},\n\nwir freuen uns sehr, Ihnen die Position als {role} anbieten zu können! Anbei finden Sie unser Vertragsangebot mit einem Jahresgehalt von {salary}. Wir würden uns über Ihre Zusage bis zum {date} freuen.\n\nHerzliche Grüße\n{rfirst} {rlast}",
        ],
        n=3,
    ),
    Family(
        "off_internship_grad",
        O,
        "ats:workday",
        [
            "Your offer for the graduate programme",
            "Internship offer - {company}",
        ],
        [
            "{hi}\n\nCongratulations! We are pleased to offer you a place on the {company} [Graduate Programme|Summer Internship|Apprenticeship scheme] as {role}, starting {date}. Please log in to accept or decline your offer within 14 days.\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "off_contract_to_sign",
        O,
        "person",
        [
            "Your contract",
            "Employment contract - please sign",
        ],
        [
            "{hi}\n\nAs discussed, please find attached your employment contract for the {role} role, reflecting the offer you accepted verbally. Please sign and return it by {date}; once we have it we'll [start your onboarding|order your laptop|send your first-day details].\n\n{bye}",
        ],
        n=4,
    ),
]

OUTREACH = [
    Family(
        "out_linkedin_inmail",
        C,
        "linkedin",
        [
            "{role} opportunity at {company}",
            "Interested in a new challenge?",
            "{name}, quick question",
        ],
        [
            "{hi}\n\nI came across your profile and was impressed by your [experience with data platforms|background in product design|work at your current company]. I'm hiring for a {role} at {company} [and I think you could be a great fit|that seems close to what you do now]. [Would you be open to a quick chat?|Are you open to hearing more?]\n\n{bye}",
        ],
        n=7,
    ),
    Family(
        "out_agency_cold",
        C,
        "agency",
        [
            "{role} opportunity - {city}",
            "Exciting {role} role",
            "Are you open to new roles?",
        ],
        [
            "{hi}\n\nI hope you don't mind me reaching out. I'm working with [a fast-growing fintech|a well-funded healthtech startup|a leading retailer] in {city} who are looking for a {role}. [The salary is up to {salary} plus benefits.|It's a hybrid role with a great team.] Based on your CV, I think you'd be a strong match.\n\n[Would you be interested in a confidential conversation?|If you're open to it, when is a good time to call?]\n\n{bye}",
        ],
        n=7,
    ),
    Family(
        "out_internal_recruiter_email",
        C,
        "person",
        [
            "{company} is hiring - thought of you",
            "Your work caught my eye",
        ],
        [
            "{hi}\n\nMy name is {rfirst} and I [lead recruiting|look after hiring] at {company}. I [saw your talk at a meetup|read your blog post on data modelling|noticed your open-source contributions] and wanted to reach out directly. We're building a team in {city} and I'd love to tell you about our {role} opening.\n\nNo pressure at all - [if the timing isn't right, just let me know|even a 15-minute chat would be great].\n\n{bye}",
        ],
        n=6,
    ),
    Family(
        "out_followup_bump",
        C,
        "person",
        [
            "Re: {role} opportunity at {company}",
            "Following up",
            "Bumping this up",
        ],
        [
            "{hi}\n\nJust [bumping this to the top of your inbox|following up on my note from last week|circling back] in case it got buried. We're still looking for a {role} and I think you'd [really enjoy the team|be a great fit]. [Let me know if you'd be open to a chat!|Even a quick \"not now\" would be helpful.]\n\n{bye}",
        ],
        n=5,
    ),
    Family(
        "out_referral_intro",
        C,
        "person",
        [
            "Intro via {rfirst2}",
            "{rfirst2} suggested I reach out",
        ],
        [
            "{hi}\n\n{rfirst2} mentioned you might be open to new opportunities and suggested I get in touch. I'm [the engineering manager|the head of design|the recruiter] at {company}, and we're hiring a {role}. [Would you be up for a relaxed conversation, no application needed?|Happy to share more details if you're interested.]\n\n{bye}",
        ],
        n=5,
        extra={"rfirst2": ["Tomasz", "Ruth", "Kenji", "Ada", "Mariam"]},
    ),
    Family(
        "out_headhunter_exec",
        C,
        "agency",
        [
            "Confidential: senior leadership search",
            "Discreet enquiry",
        ],
        [
            "Dear {name},\n\nI am conducting a confidential search on behalf of a [listed technology group|private-equity-backed business|family-owned manufacturer] for a [Head of Data|VP Engineering|Chief Operating Officer]. Your name came up in several conversations as someone highly regarded. Would you be open to a discreet call this week, either for yourself or to suggest people I should speak with?\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "out_startup_founder",
        C,
        "person",
        [
            "Founding {role} role?",
            "Building something - want to chat?",
        ],
        [
            "{hi}\n\nI'm {rfirst}, co-founder of {company}. We just [closed our seed round|came out of stealth|signed our first big customers] and we're looking for a founding {role}. I found you through [GitHub|your newsletter|a friend's recommendation] and loved what you've built.\n\nWould you be up for a 20-minute video chat this week?\n\n{rfirst}",
        ],
        n=5,
    ),
    Family(
        "out_contract_role",
        C,
        "agency",
        [
            "Contract role: {role}, 6 months",
            "{role} contract - immediate start",
        ],
        [
            "{hi}\n\nI have a [6-month|3-month|12-month] contract opportunity for a {role} with a client in {city}, [fully remote|two days on site], at [£450-550|€600|$85] per day. Start is ASAP. Would you be available or know anyone who might be?\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "out_talent_pool_invite",
        C,
        "company",
        [
            "We'd love to have you in our talent community",
            "Roles at {company} you might like",
        ],
        [
            "{hi}\n\nOur recruiting team spotted your profile and thinks you'd be a strong fit for several upcoming roles at {company}, including {role}. [Would you like to set up a short call with one of our recruiters?|Reply to this email and a recruiter will get in touch personally.]\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "out_short_casual",
        C,
        "person",
        [
            "hey",
            "quick one",
            "{role}?",
        ],
        [
            "{hi} saw your profile - we're hiring a {role} at {company}. interested in chatting? {rfirst}",
            "{hi}\n\nAny chance you'd be open to a new role? We're hiring a {role} and your background looks spot on. Happy to share details.\n\n{rfirst}",
        ],
        n=5,
    ),
    Family(
        "out_german_xing",
        C,
        "{rfirst} {rlast} <{rfirst}@{slug}-personal.de>",
        [
            "Spannende Position als {role}",
            "Ihr Profil hat mich angesprochen",
        ],
        [
            "Hallo {name},\n\nich bin auf Ihr Profil aufmerksam geworden und würde Ihnen gerne eine spannende Position als {role} bei einem unserer Kunden in {city} vorstellen. Hätten Sie Interesse an einem kurzen, unverbindlichen Telefonat?\n\nViele Grüße\n{rfirst} {rlast}",
        ],
        n=3,
    ),
]

FAMILIES = [*RECEIVED, *INTERVIEW, *ASSESSMENT, *OFFER, *OUTREACH]
