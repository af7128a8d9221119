# ruff: noqa: E501, E741  (message templates read best one paragraph per line; one-letter labels)
"""Round 2, English: new wordings for the kinds of mail the model still gets wrong.

Casual no's from small employers, paused searches and withdrawn offers, dry portal status
notices; acknowledgements that talk about timing; logistics for later rounds; tasks sent by
people; casual offers; staffing-firm and search-firm approaches; and hard negatives where
the reader sits on the hiring side, or the words belong to surveys, claims, awards and
family."""

from generate import Family

R, A, I, T, O, C, X = (
    "rejection",
    "application_received",
    "interview",
    "assessment",
    "offer",
    "recruiter_outreach",
    "other",
)

SMALL_JOBS = [
    "barista",
    "shop assistant",
    "bookseller",
    "line cook",
    "front of house",
    "waiting staff",
    "weekend supervisor",
    "pastry assistant",
]
CANDIDATES = [
    "Priya Nair",
    "Tom Okafor",
    "Elena Russo",
    "Dan Whitfield",
    "Aiko Mori",
    "Rafael Costa",
]

REJECTION = [
    # idea: owner of a café, bookshop or corner shop replying in two casual lines, no formal words
    Family(
        "rej_r2_small_shop_casual",
        R,
        "[{rfirst} <{shop}@gmail.com>|{rfirst} at {shopname} <hello@{shop}.co.uk>]",
        ["Re: {job} position", "Re: the {job} role", "Re: {job} application", "your application"],
        [
            "Hi {name}! Thanks so much for popping in with your application. We actually found someone for the {job} role already, sorry about that. Come say hi next time you're passing :)\n\n{rfirst}\n{shopname}",
            "Hiya {name}, sorry it took me ages to reply - it's been mad here. The {job} position is sorted now, we gave it to one of our regulars. Thanks for thinking of us x",
            "{name} - cheers for the application. Honestly we loved meeting you but we need someone who can do weekday mornings, so it's not going to work for the {job} role this time. Good luck!\n{rfirst}",
            "Hello {name}, thanks for your interest in the {job} position at {shopname}. We've filled it for now. If anything comes up in the spring I'll drop you a line.\n\n{rfirst} (owner)",
        ],
        n=6,
        extra={
            "job": SMALL_JOBS,
            "shop": [
                "pagesandcrumbs",
                "thelittlebeanery",
                "oldmillbooks",
                "harboursidedeli",
                "kitchen54",
            ],
            "shopname": [
                "Pages & Crumbs",
                "The Little Beanery",
                "Old Mill Books",
                "Harbourside Deli",
                "Kitchen 54",
            ],
        },
    ),
    # idea: restaurant head chef or manager texting-style reply after a trial service
    Family(
        "rej_r2_restaurant_after_trial",
        R,
        "[person|{rfirst} <{rfirst}.kitchen@outlook.com>]",
        ["Re: trial service {day}", "after your trial", "Re: {job} role"],
        [
            "{name}, thanks for doing the trial on {day} night. You worked hard, but we're after someone with a bit more experience on the pass, so we won't be offering you the {job} role. All the best mate.\n\n{rfirst}",
            "Hi {name}, cheers for coming in for the trial shift. Team had a chat and we've gone a different way for the {job} position. Hope you find something good soon.\n\nSent from my iPhone",
            "hey {name} thanks again for the trial. being honest it was a busy one and we need someone a bit quicker on the floor right now so we're not taking your application further. no hard feelings and good luck",
        ],
        n=5,
        extra={"job": SMALL_JOBS},
    ),
    # idea: start-up founder replying from a phone, lower case, no greeting formula
    Family(
        "rej_r2_founder_phone_no",
        R,
        "person",
        ["Re: {role}", "Re: your application", "Re: intro call"],
        [
            "hey {name} - sorry for the slow reply, been a crazy week. we're going to hold off on you for the {role} role, we need someone who's done it at seed stage before. really appreciated the time though\n\n{rfirst}\n\nSent from my iPhone",
            "{name} thanks for the chat and for applying. decided to go with someone closer to our stack for the {role} position. happy to intro you to a couple of founder friends if useful\n\n- {rfirst}\nSent from my phone, excuse typos",
            "Hi {name}, quick one from my phone: we're not moving forward with your application for {role}. Nothing you did wrong, it just came down to timing and who's available now. Best of luck!\n{rfirst}",
        ],
        n=6,
        quote=True,
    ),
    # idea: "we're pausing hiring for now" sent to everyone in the pipeline
    Family(
        "rej_r2_pausing_hiring",
        R,
        "[person|company|ats]",
        [
            "Update on hiring at {company}",
            "An update about {role}",
            "Pausing our {role} search",
            "Hiring pause",
        ],
        [
            "{hi}\n\nI'm writing to everyone who applied for {role}. After a tough quarter we've made the call to pause hiring for now across most teams, including this one. That means we won't be continuing with your application, and I'd rather tell you plainly than leave you waiting.\n\nWhen we start hiring again we'll reopen the role publicly, and you're very welcome to apply then.\n\n{bye}",
            "{hi}\n\nQuick and honest update: we're pausing all open roles until [the new year|our next funding round closes|the end of Q{n}]. Your application for {role} won't progress for now, and we've closed it in our system so you aren't left hanging.\n\nSorry to bring this news - it has nothing to do with your profile.\n\n{bye}",
            "{hi}\n\nHiring for the {role} position has been put on hold with immediate effect while the business reviews its headcount plan. As a result, all candidates currently in process, including you, are being released from the process today.\n\nThank you for your time and interest.\n\n{bye}",
        ],
        n=6,
    ),
    # idea: offer withdrawn after being made, because of a budget freeze or reorganisation
    Family(
        "rej_r2_offer_rescinded",
        R,
        "[person|company]",
        [
            "Regarding your offer for {role}",
            "Difficult news about the {role} position",
            "Your offer - update",
        ],
        [
            "{hi}\n\nThis is a very hard email to write. Last week we were delighted to offer you the {role} position. Since then, the company has announced a company-wide hiring freeze, and I've been told we must withdraw all offers that haven't started yet, including yours.\n\nI'm truly sorry. I know you may have made plans around this. [We will pay you a goodwill sum of two weeks' salary for the inconvenience.|Please let me know how we can help - I'll gladly give a reference for your next application.]\n\n{bye}",
            "{hi}\n\nFollowing a reorganisation of the [Data|Product|Operations|Sales] department announced this morning, the {role} role no longer exists in the new structure. Regrettably, this means we have to rescind the offer of employment sent to you on {date}.\n\nWe recognise how disappointing this is and apologise for the uncertainty. HR will contact you separately about any costs you have already incurred.\n\n{bye}",
            "{hi} - I wanted to call but couldn't reach you. Our budget for the {role} hire was cut last night and the offer we made has been pulled. I fought for it and lost. I'm so sorry, and I'll happily act as a reference for any other application.\n\n{rfirst}",
        ],
        n=6,
    ),
    # idea: ATS "status update" notices in dry portal language: status Closed / Not selected
    Family(
        "rej_r2_portal_status_dry",
        R,
        "ats",
        [
            "Status update: {role} ({ref})",
            "Your application status has changed",
            "Candidate status notification - {ref}",
        ],
        [
            "Application status update\n\nPosition: {role}\nRequisition: {ref}\nLocation: {city}\nNew status: Not selected - position closed\n\nThe status of your candidacy has changed. No further action is required from you. To view your other applications, sign in to the candidate home page.\n\nThis is an automated notification.",
            "{hi}\n\nThe status of your application for {role} (Job ID {ref}) has been updated to: NO LONGER UNDER CONSIDERATION.\n\nYou can review all of your submissions in your candidate profile.\n\n{bye}",
            "Candidate: {me}\nJob: {role} - {company}\nStage: Application review\nDisposition: Not selected / Candidacy closed\nDate: {date}\n\nThis message was generated automatically by the {company} careers site. Please do not reply.",
        ],
        n=6,
    ),
    # idea: university or charity post withdrawn or cancelled before appointment
    Family(
        "rej_r2_post_withdrawn_uni_charity",
        R,
        "[{org} HR <recruitment@{orgslug}.ac.uk>|{org} People Team <people@{orgslug}.org.uk>]",
        [
            "Vacancy {ref}: post withdrawn",
            "Withdrawal of post - {role}",
            "{role} ({ref}) - recruitment cancelled",
        ],
        [
            "Dear {name},\n\nVacancy reference {ref}: {role}\n\nThank you for applying for the above post. I am writing to let all applicants know that the post has been withdrawn [following a review of departmental funding|because the external grant supporting it was not renewed|pending a restructure of the team], and the recruitment process will not continue. Your application will therefore not be considered further.\n\nWe apologise for any inconvenience and thank you for your interest in working at {org}.\n\nHuman Resources\n{org}",
            "Dear applicant,\n\nWe regret to tell you that the trustees have decided not to proceed with the appointment of a {role} at this time. The vacancy has been cancelled and no interviews will take place. We are grateful for the time you put into your application and hope you will look at our future vacancies.\n\nWith best wishes,\nPeople Team, {org}",
        ],
        n=5,
        extra={
            "org": [
                "University of Eastbrook",
                "Hartwell Foundation",
                "St Brigid's Hospice",
                "Northgate College",
                "Clearwater Trust",
            ],
            "orgslug": ["eastbrook", "hartwell", "stbrigids", "northgate", "clearwater"],
        },
    ),
    # idea: agency recruiter passing on the client's no, relaxed and a little apologetic
    Family(
        "rej_r2_agency_passes_on",
        R,
        "agency",
        ["{company} - news on your application", "Re: {role} at {company}", "Quick update from me"],
        [
            "{hi}\n\nI've just come off the phone with the hiring manager at {company}. I'm sorry to say they're not going to take your application forward for the {role} position - they've found someone further along in their process. I did push back and ask them to keep you in mind.\n\nLet me know if you'd like me to put you forward for a couple of similar roles I'm working on.\n\n{bye}",
            "{hi} thought I'd let you know straight away: {company} came back to me and it's a no for the {role} role. Their feedback was [they want more hands-on people management|the commute to {city} worried them|they've decided to promote internally]. Chin up - onwards.\n\n{rfirst}",
            "{hi}\n\nFollowing my last email, the client ({company}) have reviewed the shortlist I sent for their {role} vacancy and have decided not to interview you on this occasion. I will keep your details on file with your consent and contact you about other positions.\n\n{bye}",
        ],
        n=6,
        quote=True,
    ),
    # idea: long thank-you and praise first, the no hidden mid-way, more praise after
    Family(
        "rej_r2_praise_then_no",
        R,
        "[person|company]",
        ["Thank you, {name}", "{role} - thank you for your time", "Our conversations about {role}"],
        [
            "{hi}\n\nFirst, a genuine thank you. You were prepared, curious and thoughtful in every conversation, and several of us said afterwards how much we enjoyed the interview. Your questions about how we [plan the roadmap|run on-call|support new managers] made us rethink a couple of things ourselves.\n\nIt was a close decision and in the end we've offered the {role} position to someone whose background fits our immediate needs a little better, so we won't be going further with your application. I want to be clear that this says more about our timing than about you.\n\nYour [portfolio|writing sample|presentation] is still being shared around the team. Please stay in touch.\n\n{bye}",
            "{hi}\n\nThank you for all the energy you brought to our process for {role}. We loved your ideas for [the onboarding flow|our customer newsletter|the warehouse layout] and your references were glowing. After much discussion we have decided to offer the role to another candidate. We really hope our paths cross again - you'd be a great addition to any team.\n\n{bye}",
        ],
        n=6,
    ),
    # idea: role scrapped or redefined after a restructure, so the application ends
    Family(
        "rej_r2_role_redefined",
        R,
        "[person|company]",
        [
            "Change to the {role} role",
            "{role}: a change of plan",
            "About the position you applied for",
        ],
        [
            "{hi}\n\nSince you applied, the team has been restructured and the {role} position has been [merged into a wider senior role|moved to our {city} office|turned into a contract role for an existing partner]. The role you applied for no longer exists in its advertised form, so we are closing your application.\n\nIf the new version interests you, the advert will go live next month and you're welcome to apply for it.\n\n{bye}",
            "{hi}\n\nA short note to let you know we've changed our minds about the shape of the {role} job - we now need someone [much more senior|with a very different skill set|part-time only]. It wouldn't be fair to keep your candidacy open for something that no longer matches what you applied for, so we're ending the process here. Thank you for your patience.\n\n{bye}",
        ],
        n=5,
    ),
]

RECEIVED = [
    # idea: acknowledgement spelling out the review timeline and when interviews happen
    Family(
        "rcv_r2_review_timeline",
        A,
        "[ats|company]",
        [
            "Application received: {role}",
            "We've got your application - here's the timeline",
            "{role} ({ref}): what happens now",
        ],
        [
            "{hi}\n\nThanks for applying for {role}. Here's how the next few weeks look:\n\n- Applications close on {date}.\n- Our hiring team reviews every application within [10 working days|two weeks|15 days] of the closing date.\n- First interviews are planned for the week after.\n\nWe'll email you either way once your application has been reviewed.\n\n{bye}",
            "{hi}\n\nYour application for the position of {role} has been received. We expect to complete the shortlisting by {date}; candidates invited to interview will be told shortly after. We appreciate your patience during this time.\n\n{bye}",
            "{hi}\n\nGot it! Your application for {role} is in. We review applications in batches every [Monday|Friday], so you should hear from a real person within about {n} weeks.\n\n{bye}",
        ],
        n=5,
    ),
    # idea: "thank you for your interest" auto-reply that decides nothing
    Family(
        "rcv_r2_interest_autoreply",
        A,
        "[ats|company]",
        [
            "Thank you for your interest in {company}",
            "Thanks for your interest - {role}",
            "Your interest in {company}",
        ],
        [
            "{hi}\n\nThank you for your interest in {company} and in the {role} position. This is an automatic reply to confirm your application reached us. Our recruiters are looking through applications and will be in touch if your experience matches what the team needs.\n\n{bye}",
            "{hi}\n\nThank you for your interest in working with us! We're excited you'd like to join {company}. Your application for {role} is now with our recruiting team, who will review it carefully.\n\nIn the meantime, feel free to learn more about our culture on our careers blog.\n\n{bye}",
        ],
        n=5,
    ),
    # idea: acknowledgement that an employee's referral was received and the candidate is in the queue
    Family(
        "rcv_r2_referral_ack",
        A,
        "[ats|company]",
        [
            "You've been referred to {company}",
            "{referrer} referred you for {role}",
            "Your referral for {role}",
        ],
        [
            "{hi}\n\nGood news - {referrer} has referred you for the {role} role at {company}, and we've created an application for you. A recruiter will review your application and profile in the coming days. Referred candidates get a look from a real person, but the decision follows our usual process.\n\n{bye}",
            "{hi}\n\nWe've received your application for {role} through our employee referral programme (referred by {referrer}). Thank you! There's nothing more you need to do for now; our talent team will contact you about next steps after reviewing it.\n\n{bye}",
        ],
        n=5,
        extra={
            "referrer": [
                "Maya Goldberg",
                "Chris Adeyemi",
                "Hannah Lind",
                "Oliver Bauer",
                "Sofia Marin",
            ]
        },
    ),
    # idea: acknowledgement asking the applicant to finish their profile or upload documents
    Family(
        "rcv_r2_complete_profile",
        A,
        "ats",
        [
            "Action needed: complete your candidate profile",
            "Your application for {role} - one more step",
            "Finish your profile to help us review your application",
        ],
        [
            "{hi}\n\nWe've received your application for {role}. To help our recruiters review it, please complete your candidate profile: [add your work history|upload your right-to-work document|answer the three screening questions|add your notice period and salary expectations].\n\nComplete my profile\n\nYour application has been submitted either way; a fuller profile just helps the hiring team.\n\n{bye}",
            "{hi}\n\nThanks for applying to {company}. Your application (ref {ref}) is on file. Some sections of your profile are still empty - candidates with a complete profile are easier for us to match to roles. It only takes about {n} minutes.\n\n{bye}",
        ],
        n=5,
    ),
    # idea: shared recruitment mailbox auto-responder confirming receipt of an emailed CV
    Family(
        "rcv_r2_mailbox_autoresponder",
        A,
        "[Recruitment <recruitment@{slug}.com>|{company} HR Inbox <hr@{slug}.co.uk>|Jobs at {company} <jobs@{slug}.org>]",
        [
            "Automatic reply: {role} application",
            "Auto: Re: Application - {role}",
            "Automatic reply: CV - {me}",
        ],
        [
            "This is an automated response.\n\nThank you for emailing the {company} recruitment team. We confirm that your application has been received. Due to the volume of applications we are unable to reply to each one individually, but every CV is read by our team.\n\nPlease do not send your application more than once.",
            "Thanks for your message. Your CV and application are now in our recruitment inbox and will be passed to the relevant hiring manager. We aim to respond within {n} working days.\n\nKind regards,\nHR Team\n{company}",
        ],
        n=5,
    ),
]

INTERVIEW = [
    # idea: virtual onsite day logistics: blocks, interviewers, breaks, one video link
    Family(
        "int_r2_virtual_onsite",
        I,
        "[person|company]",
        [
            "Your virtual onsite for {role}",
            "Final round schedule - {role}",
            "Logistics for {day}'s interviews",
        ],
        [
            "{hi}\n\nWe're looking forward to your virtual onsite for {role} on {day} {date}. Here is the plan ({zone}):\n\n{time} - Welcome and intro with {rfirst}\n+45 min - Technical deep dive with two engineers\n+15 min - Break\n+60 min - Collaboration interview with the product lead\n+30 min - Q&A with the hiring manager\n\nAll interviews use the same video link, which you'll receive in a calendar invitation. Please test your camera and microphone beforehand.\n\n{bye}",
            "{hi}\n\nThanks for confirming your second round for the {role} role. You'll meet {n} people across roughly three hours on {day}. There's a break in the middle, so grab a coffee. No preparation needed beyond reviewing your own experience - the interviewers will be live and happy to answer questions about the team.\n\n{bye}",
        ],
        n=5,
    ),
    # idea: "can we grab 20 minutes?" short note from a hiring manager about the application
    Family(
        "int_r2_grab_twenty_minutes",
        I,
        "person",
        ["Quick chat?", "20 mins this week?", "Re: your application for {role}"],
        [
            "{hi} thanks for your application for {role}. Could we grab 20 minutes [this week|on {day}|sometime before {date}] to talk through your background? Happy to work around your schedule - just send me a couple of times.\n\n{rfirst}",
            "{hi}\n\nI liked your application a lot. Any chance we can grab 20 min on a call, {day} or {day} afternoon? I'd like to tell you more about the role and hear about what you're looking for.\n\n{bye}",
            "Hey {name} - got your application for {role}. Free for a quick 20-minute video call {day} around {time}? If not, suggest another slot.\n\n{rfirst}",
        ],
        n=5,
        quote=True,
    ),
    # idea: agency consultant: the client wants to meet you, here's when
    Family(
        "int_r2_agency_client_keen",
        I,
        "agency",
        ["{company} want to meet you!", "Interview request from {company}", "Great news - {role}"],
        [
            "{hi}\n\nGreat news - {company} loved your CV and would like to meet you for an interview for the {role} position. They've offered {day} at {time} or the following morning, at their office in {city}. Which works better? Once you confirm I'll send the address and who you'll be meeting.\n\n{bye}",
            "{hi} just heard back from {company} - they want to get you in for a first interview for the {role}! Give me a ring when you can and we'll lock in a time and go over what they're looking for.\n\n{rfirst}",
        ],
        n=5,
    ),
    # idea: bare reschedule: "new time for our call", nothing else
    Family(
        "int_r2_new_time_call",
        I,
        "[person|ats]",
        [
            "New time for our call",
            "Updated: interview moved to {day}",
            "Change of time - {role} interview",
        ],
        [
            "{hi} new time for our call about the {role} position: {day} at {time} {zone}. Same link as before. Sorry for the shuffle!\n\n{rfirst}",
            "{hi}\n\nYour interview for {role} has been moved. New time: {day} {date}, {time} ({zone}). The video link is unchanged. If the new time doesn't suit, use the link below to pick another.\n\n{bye}",
            "Hi {name}, something came up on my side - could we push our interview to {time} instead? Apologies for the late change.\n\n{rfirst}",
        ],
        n=5,
        quote=True,
    ),
    # idea: HR invitation to a second-round interview naming the panel and format
    Family(
        "int_r2_second_round_panel",
        I,
        "[person|company]",
        [
            "Second interview: {role}",
            "Invitation to the next round",
            "{role} - second stage interview",
        ],
        [
            "{hi}\n\nThank you for your first interview for {role}. We are pleased to invite you to a second interview with {rfirst} {rlast} ({rtitle}) and a member of the leadership team. It will last around an hour and take place [at our {city} office|on Microsoft Teams]. Could you let me know your availability on {day} or {day}?\n\n{bye}",
            "{hi}\n\nYou're through to the second round for the {role} role! This stage is a conversation with the team you'd be working with, focused on [how you approach problems|real examples from your last job|working with stakeholders]. Book a time that suits you via the scheduling link.\n\n{bye}",
        ],
        n=5,
    ),
]

ASSESSMENT = [
    # idea: civil service / council written exercise sent before the interview stage
    Family(
        "asm_r2_public_sector_written",
        T,
        "[{dept} Recruitment <recruitment@{deptslug}.gov.uk>|company]",
        [
            "Written exercise - {role} ({ref})",
            "Next stage: written assessment",
            "Vacancy {ref}: written exercise",
        ],
        [
            "Dear {name},\n\nThank you for your application for {role}, vacancy {ref}. You have been shortlisted for the written exercise stage. The exercise is a {n}-page policy briefing based on a short scenario pack, to be completed online within 90 minutes between {date} and the following Friday. It is marked blind against the success profiles in the advert.\n\nAccess instructions are attached. Reasonable adjustments can be requested by replying to this email.\n\nRecruitment Team\n{dept}",
            "Dear {name},\n\nYour application for the post of {role} has progressed. The next stage is a written assessment: you will be asked to draft a response to a member of the public and summarise a short report. Please complete it on the assessment portal by {date}. Candidates who meet the standard will be invited to interview.\n\nKind regards\n{dept} Recruitment",
        ],
        n=5,
        extra={
            "dept": [
                "Department for Local Services",
                "Borough of Kingsmere Council",
                "Office for Rail Safety",
                "Home Energy Agency",
            ],
            "deptslug": ["dls", "kingsmere", "ors", "hea"],
        },
    ),
    # idea: translation or copywriting test for a language or writing role
    Family(
        "asm_r2_translation_test",
        T,
        "[person|company]",
        ["Translation test - {role}", "Your writing test for {role}", "Next step: short copy test"],
        [
            "{hi}\n\nThanks for your application for the {role} position. As a next step we ask all candidates to complete a short translation test: about {big} words from [German|Spanish|French|Dutch] into English. Please return your translation as a Word file by {day} {time} {zone}. You may use dictionaries but not machine translation.\n\n{bye}",
            "{hi}\n\nWe'd like to move your application forward with a writing test. Attached is a brief for [a product launch email|three app-store descriptions|a 600-word blog post]. Take up to two hours and send it back by {date}. We judge tone, clarity and accuracy, not length.\n\n{bye}",
        ],
        n=5,
    ),
    # idea: a person (not a platform) emailing a coding exercise link with their own instructions
    Family(
        "asm_r2_coding_link_from_person",
        T,
        "person",
        [
            "Coding exercise for {role}",
            "Next step - small coding task",
            "Re: {role} - technical task",
        ],
        [
            "{hi}\n\nThanks for your interest in the {role} role. Next step is a small coding exercise - here's the repo: github.com/{slug}/hiring-exercise. Fork it, follow the README and send me a link when you're done. Please don't spend more than 3 hours on it; we care more about readable code and tests than features.\n\n{bye}",
            "{hi} as promised, here is the link to the coding task for your application: {slug}.coderpad.io/task/{ref}. It's timed at 75 minutes once you open it, so start when you're ready. Shout if anything's unclear.\n\n{rfirst}",
        ],
        n=5,
        quote=True,
    ),
    # idea: case study prep pack sent by the hiring manager, to return in writing before the panel
    Family(
        "asm_r2_case_prep_personal",
        T,
        "person",
        ["Case study for {role}", "Your case ahead of next steps", "Re: {role} - case materials"],
        [
            "{hi}\n\nAttached are the materials for the case study, the next stage of your application for {role}. The case covers [a fall in customer retention|entering the {city} market|reducing warehouse costs]. Please send back a written recommendation of no more than {n} pages by {date}. There's no right answer - we want to see how you structure the problem and what data you'd ask for.\n\n{bye}",
            "{hi}\n\nAs discussed, here's the case I mentioned for candidates for the {role} position. Work through the spreadsheet, answer the four questions at the bottom, and email it back to me by end of {day}. Keep it practical.\n\n{rfirst}",
        ],
        n=5,
    ),
]

OFFER = [
    # idea: casual "the job is yours" from a manager or owner
    Family(
        "off_r2_job_is_yours",
        O,
        "person",
        ["Good news!", "The job is yours", "Re: {role}"],
        [
            "{hi} I'm really pleased to say the {role} job is yours if you want it! We all loved you at interview. I'll send the paperwork over tomorrow - when could you start?\n\n{rfirst}",
            "Hey {name}! Congratulations - we'd love you to take the {role} position. Salary as we discussed ({salary}), start date flexible. Just reply yes and I'll get HR moving.\n\n{rfirst}",
            "{hi}\n\nRight, decision made: the role is yours. Welcome aboard (I hope)! Let me know you're happy to accept and we'll sort the contract.\n\n{bye}",
        ],
        n=5,
        quote=True,
    ),
    # idea: short cover email with the formal offer letter attached and a reply-by date
    Family(
        "off_r2_letter_attached",
        O,
        "[person|company]",
        [
            "Offer letter - {role}",
            "Your offer of employment from {company}",
            "Attached: offer for the {role} position",
        ],
        [
            "{hi}\n\nFurther to our conversation, please find attached your offer letter for the {role} position, along with our standard terms and the benefits summary. The letter sets out a starting salary of {salary} and a proposed start date of {date}.\n\nPlease sign and return it by {day} if you're happy to accept. Any questions at all, just ask.\n\n{bye}",
            "{hi}\n\nWe are delighted to enclose a formal offer of employment for the role of {role}. Kindly review the attached letter and confirm acceptance through the candidate portal within {n} working days.\n\n{bye}",
        ],
        n=5,
    ),
    # idea: contract / freelance role offered with day rate and duration
    Family(
        "off_r2_contract_role",
        O,
        "[person|agency]",
        [
            "Contract offer: {role}",
            "Confirmed - {company} contract",
            "{role} contract - you've got it",
        ],
        [
            "{hi}\n\nGreat news - {company} would like to offer you the {role} contract. Terms: {rate} per day, initial {months} months starting {date}, hybrid with two days a week in {city}. I'll send the contract for the role over today; once it's signed we'll get your onboarding booked.\n\n{bye}",
            "{hi}\n\nFollowing your interview, we'd like to engage you on a fixed-term contract as {role} for {months} months at {rate}/day. Please confirm you accept the position and we'll issue the statement of work.\n\n{bye}",
        ],
        n=5,
        extra={"rate": ["£450", "£525", "€600", "$750", "€480"], "months": ["3", "6", "9", "12"]},
    ),
    # idea: offer made after references came back clear
    Family(
        "off_r2_after_references",
        O,
        "[person|company]",
        [
            "References complete - {role}",
            "Good news about your application",
            "We'd like to offer you the role",
        ],
        [
            "{hi}\n\nThank you for your patience while we collected references. They've all come back and I'm delighted to confirm that we'd like to offer you the position of {role} at {company}, on the terms we discussed. A written offer will follow from HR today.\n\n{bye}",
            "{hi}\n\nYour referees were full of praise, so I'm happy to say we're now making you a formal offer for the {role} role: {salary} a year, {n} days' holiday plus bank holidays. Please let me know if you accept.\n\n{bye}",
        ],
        n=5,
    ),
]

OUTREACH = [
    # idea: staffing firm "urgent requirement" mail with day rate, location and IR35 status
    Family(
        "out_r2_staffing_urgent_rate",
        C,
        "agency",
        [
            "URGENT: {role} contract - {city} - {rate}/day",
            "Immediate start: {role}",
            "Contract role - {role} ({months} months)",
        ],
        [
            "{hi}\n\nI have an urgent requirement for a {role} role with one of our clients in {city}.\n\nRate: {rate}/day ([outside|inside] IR35)\nDuration: {months} months, likely extension\nLocation: hybrid, {n} days on site\nStart: ASAP\n\nYour profile looks a strong match. If you're available, please send your latest CV, day rate and earliest start date, and I'll call you today.\n\n{bye}",
            "Hi {name}, are you available? Urgent {role} position, {months}-month contract in {city} paying up to {rate} a day. Client interviewing this week. Reply with your CV if interested.\n\n{rfirst} | {agency}",
        ],
        n=5,
        extra={
            "rate": ["£500", "£650", "€700", "$85/hr equivalent", "€550"],
            "months": ["3", "6", "12"],
        },
    ),
    # idea: founder's short cold note about a founding-team role
    Family(
        "out_r2_founding_role",
        C,
        "[person|linkedin]",
        [
            "Founding {role}?",
            "Building something - would love your help",
            "{company} - first {role} hire",
        ],
        [
            "{hi}\n\nI'm the co-founder of {company} - we've just raised a pre-seed round and I'm looking for our founding {role}. I saw your work on [your open-source project|your last product launch|the talk you gave in {city}] and thought you'd be brilliant. Equity is meaningful and you'd shape the whole function.\n\nNo application needed - open to a 15-minute call?\n\n{rfirst}",
            "Hi {name} - cold note, sorry. We're three people building {company}, and the first hire we want to make is a {role}. You came up when I asked around. Interested in hearing more about the role?\n\n{rfirst}",
        ],
        n=5,
    ),
    # idea: confidential executive search, client unnamed
    Family(
        "out_r2_confidential_search",
        C,
        "agency",
        ["Confidential: senior appointment", "A confidential search - {role}", "Discreet approach"],
        [
            "{hi}\n\nI am leading a confidential search for a {role} on behalf of a [listed European retailer|private-equity-backed healthcare group|fast-growing fintech]. The client is not yet known to the market, so I'm approaching a small number of people directly. Your track record suggests you'd be a credible candidate.\n\nWould you be open to a confidential conversation this week? I'm happy to share the position specification under NDA.\n\n{bye}",
            "{hi}\n\nForgive the unsolicited approach. My firm has been retained for a board-level role (the position reports to the CEO) with a client I can't yet name. I'd value twenty minutes of your time, either as a possible candidate or for your advice on who to speak to.\n\n{bye}",
        ],
        n=5,
    ),
]

OTHER = [
    # idea: the reader is on the hiring side: feedback form reminder for a candidate they interviewed
    Family(
        "oth_r2_feedback_on_candidate",
        X,
        "[{rfirst} {rlast} <{rfirst}.{rlast}@myemployer.com>|Ashby <notifications@ashbyhq.com>|Lever <no-reply@hire.lever.co>]",
        [
            "Reminder: submit feedback for {cand}",
            "Feedback overdue - {cand} ({role})",
            "Debrief for {cand} on {day}",
        ],
        [
            "{hi}\n\nYou interviewed {cand} for {role} yesterday. Your feedback hasn't been submitted yet - please complete the scorecard so the hiring team can decide on next steps.\n\nSubmit feedback\n\nYou're receiving this because you're on the interview panel.",
            "{hi}\n\nThanks for sitting on the panel for {cand}. Debrief is {day} at {time} - can you bring your notes and your hire / no hire vote? If you can't make it, drop your comments in the candidate's profile before then.\n\n{rfirst}",
            "{hi} would you be willing to sit on the interview panel for our {role} vacancy next week? It's three candidates on {day} morning. I'll send the CVs and the question sheet.\n\n{rfirst}",
        ],
        n=6,
        extra={"cand": CANDIDATES},
    ),
    # idea: a colleague's resignation / leaving announcement at the reader's job
    Family(
        "oth_r2_colleague_leaving",
        X,
        "[{rfirst} {rlast} <{rfirst}@myemployer.com>|Team Leads <leads@myemployer.com>]",
        ["Some news", "{cand} is moving on", "Farewell drinks for {cand}"],
        [
            "{hi}\n\nI wanted you to hear it from me: I've handed in my resignation and my last day will be {date}. I've accepted a new position elsewhere and it was a hard decision. Thank you for everything - I'll make sure my projects are handed over properly.\n\n{rfirst}",
            "Hi all,\n\nSad news: {cand} has decided to leave us after {n} years to take up a role at another company. Their last day is {date}. We'll be recruiting a replacement - if you know a good candidate, send them my way.\n\nDrinks on {day} at 5pm, all welcome!\n\n{rfirst}",
        ],
        n=5,
        extra={"cand": CANDIDATES},
    ),
    # idea: UX research recruitment: paid user "interviews" with a gift card
    Family(
        "oth_r2_user_research_giftcard",
        X,
        "[{app} Research <research@{appslug}.com>|{rfirst} from {app} <{rfirst}@{appslug}.com>]",
        [
            "Share your thoughts, get a {gift} gift card",
            "Invitation: 30-minute research interview",
            "Help shape {app}",
        ],
        [
            "{hi}\n\nWe're inviting a small group of {app} users to a 30-minute video interview about how you [plan your week|manage your budget|use the mobile app]. As a thank-you you'll receive a {gift} gift card. You've been selected from users who opted in to research.\n\nBook a slot\n\nSpaces are limited. This is not a sales call.",
            "{hi}\n\nThanks for applying to join our research panel! You're a great fit for our next study. It's a 45-minute remote interview with one of our designers; participants receive {gift} by email afterwards. Pick a time that suits you.\n\n{rfirst}, User Research",
        ],
        n=5,
        extra={
            "app": ["Budgetly", "Trailmap", "Noteform", "CityBike"],
            "appslug": ["budgetly", "trailmap", "noteform", "citybike"],
            "gift": ["£25", "$50", "€30", "£40"],
        },
    ),
    # idea: podcast or alumni-magazine interview invitation about the reader's expertise
    Family(
        "oth_r2_podcast_guest",
        X,
        "[{rfirst} {rlast} <{rfirst}@{show}.fm>|{show} Podcast <hello@{show}.fm>|Alumni Magazine <magazine@alumni.example.edu>]",
        ["Guest on {show}?", "Interview for our next episode", "Alumni profile interview"],
        [
            "{hi}\n\nI host {show}, a weekly podcast about people who changed careers. A listener suggested you, and I'd love to interview you for an episode - about 40 minutes, recorded remotely. We're booking guests for {date} onwards.\n\nInterested?\n\n{rfirst}",
            "{hi}\n\nOur alumni magazine is running a series on graduates working in {city}. Would you agree to a short interview by phone? We'd ask about your studies, your current role and any advice for students. The piece would run next term.\n\nAlumni Relations",
        ],
        n=5,
        extra={"show": ["sidequest", "careerpivot", "buildersdiary", "thelongway"]},
    ),
    # idea: candidate-experience survey after a hiring process
    Family(
        "oth_r2_candidate_survey",
        X,
        "[{company} Talent <survey@{slug}.com>|Candidate Experience <feedback@survey-mail.example>]",
        [
            "How was your interview experience?",
            "Tell us about your candidate experience",
            "2-minute survey about applying to {company}",
        ],
        [
            "{hi}\n\nYou recently took part in a hiring process with {company}. Whatever the outcome, we'd love to know how it felt from your side. The survey is anonymous, takes about two minutes, and doesn't affect any application.\n\nStart the survey\n\nOn a scale of 0-10, how likely are you to recommend applying to {company} to a friend?",
            "{hi}\n\nWe're always trying to improve how we treat candidates. Could you rate your interview, the communication from our recruiters, and how clear the process was? Your answers go to an independent research firm.\n\nTake the survey | Unsubscribe",
        ],
        n=5,
    ),
    # idea: out-of-office auto-replies from recruiters the reader had emailed
    Family(
        "oth_r2_recruiter_out_of_office",
        X,
        "[person|agency]",
        [
            "Automatic reply: {role} application",
            "Out of office: Re: interview follow-up",
            "Automatic reply: Following up",
        ],
        [
            "Thank you for your email. I am out of the office until {date} with limited access to email. For urgent recruitment queries please contact talent@{slug}.com. I will reply to your message on my return.\n\n{rfirst}",
            "Hi, I'm currently on annual leave and back on {day} {date}. If your message is about an interview or an application, my colleague {cand} is covering my candidates - otherwise I'll get back to you when I'm back.\n\nThanks,\n{rfirst}",
            "I'm away at a careers fair this week and responding slowly. Your email has not been forwarded.",
        ],
        n=5,
        extra={"cand": CANDIDATES},
    ),
    # idea: award or prize shortlist / finalist notices
    Family(
        "oth_r2_award_finalist",
        X,
        "[{award} <awards@{awardslug}.org>|{rfirst} {rlast} <{rfirst}@{awardslug}.org>]",
        [
            "You're a finalist: {award}",
            "{award} - shortlist announced",
            "Your nomination for {award}",
        ],
        [
            "{hi}\n\nCongratulations! The judges have selected you as a finalist for the {award} in the [Young Professional|Innovation|Community Impact] category. Finalists are invited to the ceremony in {city} on {date}, where winners will be announced. Please confirm your attendance and send a short bio.\n\nThe {award} team",
            "{hi}\n\nThank you for entering the {award}. We received {big} entries this year. Unfortunately, your entry was not shortlisted by the judging panel. We hope you'll enter again next year.\n\nThe {award} team",
        ],
        n=5,
        extra={
            "award": [
                "Northern Tech Awards",
                "Green Business Prize",
                "Women in Data Awards",
                "City Design Awards",
            ],
            "awardslug": ["ntawards", "greenprize", "widawards", "citydesign"],
        },
    ),
    # idea: insurance claim outcome and customer-complaint replies with "we regret / unfortunately"
    Family(
        "oth_r2_claim_complaint_reply",
        X,
        "[Claims Team <claims@{ins}.co.uk>|{shopco} Customer Care <care@{shopco}.com>]",
        ["Your claim {ref}", "Update on your complaint (case {ref})", "Claim decision"],
        [
            "{hi}\n\nWe have now assessed your claim {ref} for [water damage to your kitchen|your stolen bicycle|the cancelled flight]. Unfortunately, we regret that we are unable to accept the claim, as the loss is excluded under section {n} of your policy. If you disagree with our decision you can ask for a review within 8 weeks.\n\nClaims Team",
            "{hi}\n\nThank you for contacting us about your recent order. We're sorry to hear the item arrived damaged. Unfortunately we can't offer a replacement as the product has been discontinued, but we have processed a full refund. We regret any inconvenience caused.\n\nCustomer Care",
            "{hi}\n\nGood news: your claim {ref} has been approved. We will pay {salary} into your account within 5 working days.\n\nClaims Team",
        ],
        n=5,
        extra={
            "ins": ["harbourinsure", "shieldmutual", "cornerstonecover"],
            "shopco": ["homewarehub", "zenolighting", "brightkit"],
        },
    ),
    # idea: bursary or hardship-fund decision from a university or training provider
    Family(
        "oth_r2_bursary_decision",
        X,
        "[Student Funding <funding@{uni}.ac.uk>|Bursary Office <bursaries@{uni}.ac.uk>]",
        ["Your bursary application", "Hardship fund decision", "Scholarship outcome - {year}"],
        [
            "{hi}\n\nThank you for applying to the {uni_name} Access Bursary. We're pleased to tell you that your application was successful and you have been awarded {salary} per year, paid in three instalments. Please confirm your bank details in the student portal.\n\nStudent Funding",
            "{hi}\n\nWe have reviewed your application to the hardship fund. Unfortunately, on this occasion you do not meet the eligibility criteria, as your household income is above the threshold. You can appeal within 14 days.\n\nBursary Office",
        ],
        n=5,
        extra={
            "uni": ["eastbrook", "kingsfield", "lowmoor"],
            "uni_name": ["Eastbrook", "Kingsfield", "Lowmoor"],
            "year": ["2025/26", "2026/27"],
        },
    ),
    # idea: HR self-assessment, review cycle and payroll mail at the reader's current job
    Family(
        "oth_r2_hr_review_payroll",
        X,
        "[HR <hr@myemployer.com>|Payroll <payroll@myemployer.com>|Workday <myemployer@myworkday.com>]",
        [
            "Action required: complete your self-assessment",
            "Your payslip for {month}",
            "Mid-year review opens today",
        ],
        [
            "{hi}\n\nThe annual performance cycle has started. Please complete your self-assessment in Workday by {date}; your manager will then schedule your review conversation. The assessment covers your objectives, behaviours and development goals.\n\nHR",
            "{hi}\n\nYour payslip for {month} is now available in the employee portal. Note: this month includes your backdated pay rise and the annual bonus.\n\nPayroll Team",
            "{hi}\n\nReminder that your role profile and objectives need updating before the mid-year review. Managers have been asked to finish calibration by {date}.\n\nPeople Team",
        ],
        n=5,
        extra={"month": ["March", "June", "September", "November"]},
    ),
    # idea: password reset / sign-in code from a careers-site account
    Family(
        "oth_r2_ats_password_reset",
        X,
        "ats",
        ["Reset your password", "Your verification code", "Password change requested"],
        [
            "{hi}\n\nWe received a request to reset the password for your {company} candidate account. Click the link below to choose a new password. The link expires in 30 minutes.\n\nReset password\n\nIf you didn't request this, you can ignore this email.",
            "Your one-time code for signing in to {company} Careers is {big}{n}91. It expires in 10 minutes. Never share this code with anyone.",
        ],
        n=5,
    ),
    # idea: "welcome to our talent community" sign-up mail with no application involved
    Family(
        "oth_r2_talent_community_welcome",
        X,
        "company",
        [
            "Welcome to the {company} Talent Community",
            "You're in! {company} careers updates",
            "Thanks for joining our talent network",
        ],
        [
            "{hi}\n\nWelcome to the {company} Talent Community! You'll now receive occasional updates about life at {company}, events, and new roles that match the interests you selected. Joining isn't the same as applying, so when you see a job you like, apply through the careers site.\n\nManage preferences | Unsubscribe",
            "{hi}\n\nThanks for signing up for job alerts and news from {company}. Your preferences: {city}, [Engineering|Marketing|Finance|Operations]. We'll email you at most twice a month.\n\nUpdate preferences",
        ],
        n=5,
    ),
    # idea: job fair / career fair registration confirmation with a QR ticket
    Family(
        "oth_r2_job_fair_ticket",
        X,
        "[{fair} <tickets@{fairslug}.com>|Eventbrite <noreply@eventbrite.com>]",
        ["Your ticket for {fair}", "Registration confirmed: {fair}", "See you at {fair} on {date}"],
        [
            "{hi}\n\nYou're registered for {fair} on {date} in {city}. Doors open at {time}. Over {big} employers will be there, with CV clinics and mock interview sessions every hour.\n\nShow this QR code at the entrance.\n\nAdd to calendar | Manage booking",
            "{hi}\n\nThanks for registering for the virtual {fair}. On the day, log in to visit employer booths, join live talks and chat with recruiters. Tip: upload your CV to your profile beforehand.\n\nThe {fair} team",
        ],
        n=5,
        extra={
            "fair": ["Graduate Careers Fair", "TechJobs Expo", "Green Careers Day"],
            "fairslug": ["gradfair", "techjobsexpo", "greencareers"],
        },
    ),
    # idea: pre-approved credit card / loan "offer" marketing
    Family(
        "oth_r2_preapproved_credit",
        X,
        "[{bank} <offers@{bankslug}.com>|{bank} Cards <noreply@{bankslug}.co.uk>]",
        [
            "{name}, you're pre-approved!",
            "Your exclusive offer is waiting",
            "Pre-approved: up to {salary} credit limit",
        ],
        [
            "{hi}\n\nGood news - you've been pre-approved for the {bank} Platinum card with a credit limit of up to {salary} and 0% on purchases for {n}0 months. Accept your offer in under 5 minutes. Offer expires {date}.\n\nAccept offer\n\nRepresentative APR 24.9% variable. Subject to status.",
            "{hi}\n\nYour personal loan offer: borrow up to {salary} at a fixed rate. Checking your eligibility won't affect your credit score. This offer is reserved for you until {date}.\n\nUnsubscribe from marketing",
        ],
        n=5,
        extra={
            "bank": ["Northwind Bank", "Crescent Credit", "Halden Finance"],
            "bankslug": ["northwindbank", "crescentcredit", "haldenfinance"],
        },
    ),
    # idea: career newsletter full of interview tips and job-search advice
    Family(
        "oth_r2_interview_tips_newsletter",
        X,
        "[The Job Hunt Weekly <newsletter@jobhuntweekly.com>|Career Corner <hello@careercorner.example>]",
        [
            "5 interview questions you'll be asked this year",
            "How to answer 'Why should we hire you?'",
            "This week: negotiating your offer",
        ],
        [
            "View in browser\n\n{hi}\n\nThis week's issue:\n1. The five interview questions recruiters love - and how to answer them\n2. Why your application gets rejected in six seconds\n3. Reader question: should I accept the first offer?\n\nRead more\n\nYou're receiving this because you subscribed. Unsubscribe",
            "{hi}\n\nNailing the final interview: bring three stories, research your interviewers, and always ask a question at the end. Plus: our salary guide for {city} is out.\n\nUnsubscribe | Preferences",
        ],
        n=5,
    ),
    # idea: a friend asking the reader for a referral at the reader's company
    Family(
        "oth_r2_friend_wants_referral",
        X,
        "[{cfirst} <{cfirst}.{clast}@gmail.com>|{cfirst} {clast} <{cfirst}@hotmail.com>]",
        ["quick favour?", "referral at your place?", "Re: catching up"],
        [
            "hey! hope you're well. saw your company is hiring for a {role} and I'm thinking of applying - would you be up for referring me? totally fine if not, I know it's awkward. happy to buy you a coffee and tell you more\n\n{cfirst}",
            "Hi {name}, long time! I'm looking for a new job and noticed an open {role} position at yours. Could you put in an internal referral or tell me who the hiring manager is? I've attached my CV just in case. Thanks so much!\n\n{cfirst}",
        ],
        n=5,
        extra={
            "cfirst": ["jess", "marco", "anya", "kwame"],
            "clast": ["hughes", "bianchi", "petrova", "mensah"],
        },
    ),
    # idea: a parent asking how the interview went
    Family(
        "oth_r2_mum_how_did_it_go",
        X,
        "[Mum <{mum}@btinternet.com>|Dad <{mum}.senior@gmail.com>]",
        ["how did it go??", "Thinking of you", "Interview!!"],
        [
            "Hi love, how did the interview go today? Did they say when they'll let you know? Dad says don't worry if it's a no, something will come up. Call me tonight xx\n\nMum\n\nSent from my iPad",
            "{name} darling, just checking in. Hope the job interview went well and you remembered to ask them questions at the end! Sunday lunch still on? xxx",
            "Hope today went ok! Let us know when you hear anything about the job. Proud of you whatever happens.\n\nDad",
        ],
        n=5,
        extra={"mum": ["sue.parker", "linda.h", "margaret1959", "jan.morris"]},
    ),
]

FAMILIES: list[Family] = [*REJECTION, *RECEIVED, *INTERVIEW, *ASSESSMENT, *OFFER, *OUTREACH, *OTHER]
