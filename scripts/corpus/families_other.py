# ruff: noqa: E501  (message templates read best one paragraph per line)
"""Everything else: job alerts, newsletters, and hard negatives that sound like hiring news
but are not (admissions, flats, talks, grants, credit cards, meetings, receipts)."""

from generate import Family

X = "other"

FAMILIES = [
    Family(
        "oth_job_alert_board",
        X,
        "[Indeed <alert@indeed.com>|Jobs Alert <alerts@jobboard.example.com>|StepStone Job Agent <jobagent@stepstone.example>]",
        [
            '{n} new jobs for "{role}" in {city}',
            "New {role} jobs matching your search",
            "Job alert: {role}",
        ],
        [
            'New jobs matching your alert "{role}" in {city}:\n\n{role} - {company} - {city}\n[Easily apply|Responsive employer]\n\nSenior {role} - Meridian Bank - {city2}\nSalary: {salary}\n\n[{role} (m/f/d) - Pinecone Labs|Junior {role} - Kiln Ceramics]\n\nSee all {n} jobs\n\nYou are receiving this email because you created a job alert. Unsubscribe | Manage alerts',
        ],
        n=7,
    ),
    Family(
        "oth_linkedin_jobs_digest",
        X,
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        [
            "{role}: {company} and {n} more",
            "Your job alert for {role} in {city}",
        ],
        [
            "Your job alert for {role}\n{n} new jobs in {city} match your preferences.\n\n{role}\n{company}\n{city} · Be an early applicant\n\nProduct Analyst\nCobalt Ledger\n{city2} · Actively recruiting\n\nSee all jobs\n\nYou're receiving job alert emails. Unsubscribe.",
        ],
        n=6,
    ),
    Family(
        "oth_recommended_jobs",
        X,
        "[Glassdoor <noreply@glassdoor.com>|Otta <hello@otta.example>|Welcome Jobs <jobs@welcome.example>]",
        [
            "Jobs picked for you, {name}",
            "{n} roles you might like this week",
        ],
        [
            "{hi}\n\nBased on your profile, we think you'll like these roles:\n\n- {role} at {company} ({city})\n- Data Engineer at Basalt Cloud (Remote)\n- Product Designer at Thistle Design ({city2})\n\n[Apply in one click from the app.|Companies are hiring fast - don't miss out!] \n\nUpdate your preferences any time.",
        ],
        n=5,
    ),
    Family(
        "oth_career_newsletter",
        X,
        "[The Career Letter <newsletter@careerletter.example>|Job Search Weekly <hello@jsweekly.example>]",
        [
            "How to bounce back after a rejection",
            "5 interview questions you should prepare for",
            "Why you didn't get the offer (and what to do next)",
        ],
        [
            'This week: [handling rejection|acing the interview|negotiating your offer]\n\nGetting an email that says "we have decided to move forward with other candidates" stings. [In this issue we look at how to ask for feedback, how to keep momentum, and why most rejections are about timing, not you.|We share five common interview questions and how to structure your answers.|We look at offers, counter-offers and how to negotiate kindly.]\n\nRead the full article on our site.\n\nYou\'re receiving this because you subscribed to our newsletter. Unsubscribe.',
        ],
        n=5,
    ),
    Family(
        "oth_university_admission_decline",
        X,
        "[Graduate Admissions <admissions@northfield.ac.uk>|Admissions Office <gradadmit@stmarys-univ.edu>]",
        [
            "Your application to the MSc {prog}",
            "Admission decision - {prog}",
            "Decision on your application",
        ],
        [
            "Dear {name},\n\nThank you for your application to the {prog} programme for the [2025/26|2026/27] academic year. [After careful consideration|The admissions committee reviewed a very competitive pool and], we regret to inform you that we are unable to offer you a place on the programme.\n\n[We received many more applications than places available.|This decision is final and cannot be appealed.] We wish you every success in your future studies.\n\nGraduate Admissions Office",
        ],
        n=6,
        extra={
            "prog": [
                "Data Science",
                "Public Policy",
                "Architecture",
                "Computer Science",
                "Finance",
                "Sustainable Development",
            ]
        },
    ),
    Family(
        "oth_university_admission_offer",
        X,
        "[Graduate Admissions <admissions@northfield.ac.uk>|Admissions <admissions@lakeside.edu>]",
        [
            "Offer of admission - {prog}",
            "Congratulations on your admission!",
        ],
        [
            "Dear {name},\n\nCongratulations! I am delighted to offer you a place on the {prog} programme starting in September. Please accept your offer through the applicant portal by {date} and pay the deposit to secure your place.\n\nWe look forward to welcoming you to campus.\n\nDirector of Admissions",
        ],
        n=4,
        extra={"prog": ["MA History", "MSc Statistics", "MBA", "LLM International Law"]},
    ),
    Family(
        "oth_rental_decline",
        X,
        "[Letting Agent <lettings@homefind.example>|{rfirst} {rlast} <{rfirst}.landlord@gmail.com>|Property Team <rentals@cityliving.example>]",
        [
            "Your application for {street}",
            "Re: Flat viewing - {street}",
            "Rental application update",
        ],
        [
            "{hi}\n\nThank you for viewing the [flat|apartment|property] at {street} and for submitting your application. [Unfortunately the landlord has decided to go with another applicant.|We have decided to proceed with other tenants.|I'm sorry to say the flat has now been let.]\n\n[We'll keep your details on file and let you know about similar properties.|Good luck with your search.]\n\n{bye_agent}",
        ],
        n=6,
        extra={
            "street": [
                "14 Elm Road",
                "Flat 3, 22 Canal Street",
                "7 Station Lane",
                "Apartment 12B, River View",
                "Hauptstraße 45",
            ],
            "bye_agent": ["Best regards,\nThe Lettings Team", "Thanks,\nHomeFind", "Kind regards"],
        },
    ),
    Family(
        "oth_rental_accepted",
        X,
        "Property Team <rentals@cityliving.example>",
        [
            "Good news about {street}",
            "Your tenancy application",
        ],
        [
            "{hi}\n\nGood news! The landlord has accepted your application for {street}. Please sign the tenancy agreement and pay the holding deposit within 48 hours to secure the property. Move-in date: {date}.\n\nThe Lettings Team",
        ],
        n=4,
        extra={"street": ["14 Elm Road", "Flat 3, 22 Canal Street", "7 Station Lane"]},
    ),
    Family(
        "oth_conference_talk_decline",
        X,
        "[PyData {city} Program Committee <cfp@pydata-example.org>|DevConf Papers <papers@devconf.example>|Sessionize <noreply@sessionize.com>]",
        [
            'Your proposal "{talk}"',
            "CFP decision: {talk}",
            "Talk submission update",
        ],
        [
            '{hi}\n\nThank you for submitting "{talk}" to our call for proposals. We received over {big} submissions this year and [unfortunately we were not able to accept your talk|regret that your proposal was not selected for the programme].\n\n[We\'d love to see you in the audience - here is a 20% discount code.|We encourage you to submit again next year.]\n\nThe Program Committee',
        ],
        n=5,
        extra={
            "talk": [
                "Testing data pipelines without tears",
                "What we learned running Postgres at scale",
                "Design systems for tiny teams",
                "Accessibility from day one",
            ]
        },
    ),
    Family(
        "oth_conference_talk_accept",
        X,
        "DevConf Papers <papers@devconf.example>",
        [
            "Your talk has been accepted!",
            "Congratulations - you're speaking at DevConf",
        ],
        [
            '{hi}\n\nWe\'re happy to let you know that your talk "{talk}" has been accepted! Please confirm your attendance by {date} and upload your slides a week before the event. Speaker dinner details to follow.\n\nThe Program Committee',
        ],
        n=3,
        extra={"talk": ["Testing data pipelines without tears", "Design systems for tiny teams"]},
    ),
    Family(
        "oth_grant_decision",
        X,
        "[Research Funding Office <grants@science-fund.example>|Arts Council Grants <grants@artscouncil.example>]",
        [
            "Outcome of your grant application",
            "Funding decision - ref {ref}",
        ],
        [
            "Dear {name},\n\nThank you for your application (ref {ref}) to the [Early Career Fellowship|Community Arts Fund|Innovation Voucher scheme]. [The panel was impressed by the quality of applications; however, we regret that your proposal has not been selected for funding in this round.|We are pleased to inform you that your proposal has been recommended for funding.]\n\nFeedback from the reviewers is available in the portal.\n\nFunding Office",
        ],
        n=5,
    ),
    Family(
        "oth_credit_card_application",
        X,
        "[Meridian Bank <alerts@meridianbank-mail.example>|CardServices <noreply@cards.example>]",
        [
            "Your application for the Platinum Card",
            "Update on your credit card application",
            "Your loan application",
        ],
        [
            "Dear {name},\n\nThank you for your application for [the Platinum Rewards credit card|a personal loan|an overdraft increase]. [After reviewing your application, we are unable to approve it at this time.|We're pleased to tell you your application has been approved.|We've received your application and will send a decision within 5 working days.]\n\n[You can request a copy of your credit report free of charge.|Your card will arrive within 7-10 days.|]\n\nMeridian Bank Customer Services",
        ],
        n=6,
    ),
    Family(
        "oth_visa_passport",
        X,
        "[HM Passport Office <noreply@passport.gov.example>|Visa Application Centre <info@vfs-example.com>]",
        [
            "We have received your application",
            "Your application reference {ref}",
        ],
        [
            "Dear {name},\n\nWe have received your [passport renewal|visa|residence permit] application (reference {ref}). [It usually takes up to 3 weeks to process.|You will be notified when a decision has been made.] Please do not contact us unless it has been longer than the stated processing time.\n\n[HM Passport Office|Visa Application Centre]",
        ],
        n=5,
    ),
    Family(
        "oth_meeting_invite_work",
        X,
        "[{rfirst} {rlast} <{rfirst}.{rlast}@mycurrentjob.com>|Google Calendar <calendar-notification@google.com>]",
        [
            "Invitation: Weekly sync @ {day} {time}",
            "Invitation: Q3 planning @ {day} {date}",
            "Updated invitation: Design review @ {day} {time}",
        ],
        [
            "{rfirst} {rlast} has invited you to [Weekly sync|Q3 planning|Design review|1:1 {rfirst} / {name}].\n\nWhen: {day} {date} {time} ({zone})\nJoining info: meet.google.com/abc-defg-hij\n\n[Agenda: roadmap, blockers, hiring plan for next quarter.|Please review the doc beforehand.|]\n\nGoing? Yes - Maybe - No",
        ],
        n=6,
    ),
    Family(
        "oth_internal_hiring_at_my_job",
        X,
        "{rfirst} {rlast} <{rfirst}.{rlast}@mycurrentjob.com>",
        [
            "Can you interview a candidate on {day}?",
            "Interview panel for the {role} opening",
        ],
        [
            "{hi}\n\nWe're hiring a {role} for my team and I'd love you on the interview panel on {day} at {time}. [I'll send the CV and scorecard beforehand.|It's a 45-minute technical conversation.] Let me know if that works!\n\n{rfirst}",
        ],
        n=4,
    ),
    Family(
        "oth_receipt",
        X,
        "[Orders <orders@shop.example>|Café Lumen <receipts@squareup.example>|Uber Receipts <uber@uber.example>]",
        [
            "Your receipt from {shop}",
            "Order confirmation #{ref}",
            "Thanks for your order",
        ],
        [
            "Thanks for your order, {name}!\n\nOrder #{ref}\n[1 x Wireless mouse  €24.99|2 x Oat latte  £7.40|Trip on {date}  €18.20]\nTotal paid: [€24.99|£7.40|€18.20]\n\nPayment method: Visa ending 4242\n\nNeed help? Visit our help centre.",
        ],
        n=5,
        extra={"shop": ["Café Lumen", "Papertrail Stationery", "Uber", "Bookshop"]},
    ),
    Family(
        "oth_shipping",
        X,
        "[DHL <noreply@dhl.example>|Parcel Tracking <track@parcels.example>|Amazon <shipment-tracking@amazon.example>]",
        [
            "Your parcel is on its way",
            "Delivery scheduled for {day}",
            "Your order has shipped",
        ],
        [
            "{hi}\n\nGood news - your parcel {ref} [has been dispatched|is out for delivery|will arrive {day} between {time} and 6pm]. [Track your delivery in the app.|If you're not home, we'll leave it with a neighbour.]\n\nThank you for shopping with us.",
        ],
        n=5,
    ),
    Family(
        "oth_password_reset",
        X,
        "[{company} Careers <no-reply@{slug}.greenhouse.io>|Workday <noreply@myworkday.com>|Security <security@accounts.example>]",
        [
            "Reset your password",
            "Password reset request",
            "Your verification code",
        ],
        [
            "{hi}\n\nWe received a request to reset the password for your [candidate account|account]. Click the link below to choose a new password. This link expires in 30 minutes.\n\nhttps://accounts.example.com/reset/{ref}\n\nIf you didn't request this, you can safely ignore this email.",
            "Your verification code is {ref}. It expires in 10 minutes. Never share this code with anyone.",
        ],
        n=6,
    ),
    Family(
        "oth_social_notifications",
        X,
        "[LinkedIn <notifications-noreply@linkedin.com>|LinkedIn <messages-noreply@linkedin.com>|Mastodon <notifications@mastodon.example>]",
        [
            "{rfirst} {rlast} viewed your profile",
            "You appeared in {big} searches this week",
            "Congratulate {rfirst} on their new job",
            "{rfirst} commented on your post",
        ],
        [
            '{name}, [you appeared in {big} searches this week.|{rfirst} {rlast} and {n} others viewed your profile.|{rfirst} {rlast} started a new position as {role} at {company}. Say congrats!|{rfirst} {rlast} commented: "Great post, thanks for sharing!"]\n\n[See who\'s looking|View|Reply]\n\nYou are receiving notification emails. Unsubscribe.',
        ],
        n=7,
    ),
    Family(
        "oth_product_newsletter",
        X,
        "[Figma <news@figma.example>|Notion <team@notion.example>|The Morning Brief <briefing@news.example>]",
        [
            "What's new this month",
            "This week's top stories",
            "Introducing our new features",
        ],
        [
            "{hi}\n\n[Here's what's new this month: faster search, dark mode, and a new mobile app.|Today's top stories: markets rally, a new climate deal, and an interview with an award-winning chef.|Our spring release is here, with templates for teams.]\n\n[Read more|Try it now|Watch the video]\n\nYou received this email because you signed up for updates. Unsubscribe.",
        ],
        n=5,
    ),
    Family(
        "oth_shopping_offer",
        X,
        "[Mosaic Retail <deals@mosaicretail.example>|Zinnia Beauty <hello@zinnia.example>|Starling Travel <offers@starling.example>]",
        [
            "Exclusive offer: {n}0% off this weekend",
            "An offer just for you, {name}",
            "Last chance: your special offer ends tonight",
        ],
        [
            "{hi}\n\n[Our biggest sale of the season is here!|As a valued member, we have a special offer for you.|Your exclusive offer expires at midnight.] Enjoy {n}0% off [everything|selected items|your next booking] with code SAVE{n}0.\n\n[Shop now|Book now]\n\nTerms apply. Unsubscribe.",
        ],
        n=5,
    ),
    Family(
        "oth_tax_assessment",
        X,
        "[Tax Office <noreply@tax.gov.example>|City Council <revenues@council.example>]",
        [
            "Your {year} tax assessment",
            "Council tax assessment notice",
        ],
        [
            "Dear {name},\n\nYour [income tax|property tax|council tax] assessment for {year} is now available in your online account. [The amount due is €{big}.00, payable by {date}.|You are due a refund of €{big}.00.]\n\nPlease do not reply to this email.",
        ],
        n=4,
        extra={"year": ["2024", "2025", "2026"]},
    ),
    Family(
        "oth_podcast_interview",
        X,
        "{rfirst} {rlast} <{rfirst}@podcast-example.fm>",
        [
            "Podcast interview request",
            "Would you be a guest on our show?",
        ],
        [
            "{hi}\n\nI host [a small podcast about design|a podcast on open-source maintainers|a show about career changes] and I'd love to interview you about [your recent blog post|your side project|your journey]. Recording takes about 45 minutes over Zoom, any time in the next month. No pressure at all!\n\n{rfirst}",
        ],
        n=4,
    ),
    Family(
        "oth_volunteer_application",
        X,
        "[Volunteer Team <volunteers@citycharity.example>|Marathon Volunteers <help@marathon.example>]",
        [
            "Your volunteer application",
            "Thanks for signing up to volunteer",
        ],
        [
            "{hi}\n\nThank you for [applying to volunteer with us|signing up as a marathon volunteer]! [All our volunteer shifts for this event are now full, so we won't be able to place you this time.|We've received your form and will send your shift details soon.] \n\nWith thanks,\nThe Volunteer Team",
        ],
        n=4,
    ),
    Family(
        "oth_school_admission",
        X,
        "School Admissions <admissions@county.gov.example>",
        [
            "School place offer for your child",
            "Nursery application outcome",
        ],
        [
            "Dear Parent/Carer,\n\nWe are writing about your application for a [primary school|nursery|secondary school] place. [Your child has been offered a place at Oakfield Primary.|Unfortunately we were unable to offer a place at any of your preferred schools.] Please respond by {date}.\n\nSchool Admissions Team",
        ],
        n=4,
    ),
    Family(
        "oth_club_membership",
        X,
        "[Membership <members@rowingclub.example>|Coworking {city} <hello@cowork.example>]",
        [
            "Your membership application",
            "Welcome to the club!",
            "Waitlist update",
        ],
        [
            "{hi}\n\nThank you for applying for membership. [We're currently at capacity, so you've been added to our waitlist.|Your membership has been approved - welcome!|We're sorry, but we can't offer you a membership this season.] \n\nSee you soon,\nThe Membership Team",
        ],
        n=4,
    ),
    Family(
        "oth_hackathon_beta",
        X,
        "[HackWeek Team <team@hackweek.example>|Beta Program <beta@app.example>]",
        [
            "Your hackathon application",
            "You're off the waitlist!",
            "Beta access update",
        ],
        [
            "{hi}\n\n[Thanks for applying to HackWeek! Due to overwhelming demand we couldn't offer everyone a spot, and unfortunately your team was not selected this time.|Great news - you've been accepted into our beta program!|You're on the waitlist for early access; we'll let you know when a spot opens.]\n\nThe Team",
        ],
        n=4,
    ),
    Family(
        "oth_personal_friend",
        X,
        "[{rfirst} <{rfirst}.{rlast}@gmail.com>|Mum <mum.family@gmail.com>]",
        [
            "dinner on {day}?",
            "photos from the weekend",
            "how did it go?",
        ],
        [
            "{hi}\n\n[Are you still up for dinner on {day}? I booked a table at 7.|Here are the photos from the weekend, such a lovely day!|How did your week go? Call me when you have a minute, I want to hear everything.|Good luck with everything this week - thinking of you!]\n\n[x|Love,|See you soon]\n{rfirst}",
        ],
        n=6,
    ),
    Family(
        "oth_current_employer_hr",
        X,
        "[People Team <people@mycurrentjob.com>|HR <hr@mycurrentjob.com>]",
        [
            "Performance review cycle opens {day}",
            "Your payslip is ready",
            "Benefits enrolment reminder",
        ],
        [
            "{hi}\n\n[The mid-year performance review cycle opens on {day}. Please complete your self-assessment by {date}.|Your payslip for this month is now available in the HR portal.|Open enrolment for health benefits closes on {date}. Make your selections in the portal.] \n\nThanks,\nPeople Team",
        ],
        n=5,
    ),
    Family(
        "oth_ats_privacy_notice",
        X,
        "ats",
        [
            "Updates to our candidate privacy notice",
            "Your data with {company}",
        ],
        [
            "{hi}\n\nYou are receiving this email because you have a candidate profile with {company}. We have updated our candidate privacy notice to explain more clearly how we store and use your data. [Under our retention policy, your profile will be deleted after 24 months unless you tell us otherwise.|No action is required.]\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "oth_ats_profile_reminder",
        X,
        "ats",
        [
            "Complete your candidate profile",
            "Don't forget to finish your application",
        ],
        [
            "{hi}\n\nIt looks like you started an application for {role} but didn't finish it. [Your progress has been saved - pick up where you left off.|Complete it today to be considered.]\n\nContinue application: https://{slug}.careers/apply/{ref}\n\n{bye}",
        ],
        n=4,
    ),
    Family(
        "oth_job_alert_confirm",
        X,
        "[Indeed <alert@indeed.com>|{company} Careers <careers@{slug}.com>]",
        [
            "Your job alert has been created",
            "Confirm your job alert subscription",
        ],
        [
            '{hi}\n\nYour job alert for "{role}" in {city} has been [created|set up]. We\'ll email you [daily|weekly] when new matching jobs are posted.\n\n[Confirm subscription|Manage alerts]',
        ],
        n=4,
    ),
    Family(
        "oth_event_webinar",
        X,
        "[Events <events@{slug}.com>|Eventbrite <noreply@eventbrite.example>]",
        [
            "You're registered: {event}",
            "Reminder: {event} starts tomorrow",
        ],
        [
            "{hi}\n\nThanks for registering for {event} on {date} at {time} {zone}. [Join with this link: https://zoom.us/w/{ref}|Add it to your calendar.] [The recording will be shared afterwards.|Doors open 30 minutes early.]\n\nSee you there!",
        ],
        n=4,
        extra={
            "event": [
                "Careers in Climate Tech webinar",
                "Women in Data meetup",
                "Open Source Summit",
                "Portfolio review night",
            ]
        },
    ),
    Family(
        "oth_bills_subscriptions",
        X,
        "[Silverline Telecom <billing@silverline.example>|Streamflix <info@streamflix.example>|Juniper Grid Energy <accounts@junipergrid.example>]",
        [
            "Your bill is ready",
            "Your subscription renews soon",
            "Payment failed",
        ],
        [
            "{hi}\n\n[Your bill for {date} is ready: €{big}.50, due in 14 days.|Your annual subscription will renew on {date} for €{big}.00.|We couldn't process your last payment. Please update your card details.] \n\n[View bill|Manage subscription|Update payment]",
        ],
        n=5,
    ),
    Family(
        "oth_doctor_appointment",
        X,
        "[Dental Practice <appointments@smiledental.example>|Health Centre <noreply@healthcentre.example>]",
        [
            "Appointment confirmation",
            "Reminder of your appointment on {day}",
        ],
        [
            "{hi}\n\n[Your appointment is confirmed for {day} {date} at {time}.|This is a reminder of your check-up on {day} at {time}.] Please arrive 10 minutes early. To cancel or reschedule, call us at least 24 hours in advance.\n\nKind regards,\nReception",
        ],
        n=4,
    ),
    Family(
        "oth_community_forum",
        X,
        "[GitHub <notifications@github.com>|Stack Exchange <do-not-reply@stackexchange.example>]",
        [
            "[{slug}/api] Issue #{big}: Fix flaky test",
            "New answer to your question",
            "Your pull request was merged",
        ],
        [
            "[{rfirst}{rlast} commented on this issue:|{rfirst} left a new answer:|Merged #{big} into main.]\n\n[I can reproduce this on main; looks like a race in the retry logic.|You need to set the timeout before opening the connection.|Thanks for the contribution!]\n\nReply to this email directly or view it on the site.",
        ],
        n=5,
    ),
    Family(
        "oth_recruiting_industry_news",
        X,
        "[HR Weekly <news@hrweekly.example>|Talent Digest <digest@talentdigest.example>]",
        [
            "Hiring trends this quarter",
            "The state of tech recruiting",
        ],
        [
            "In this edition:\n\n- [Why time-to-hire is rising across Europe|Candidates ghosting recruiters: the numbers|How ATS keyword filters really work]\n- Interview of the month: a head of talent on [structured interviews|fair offers]\n- Survey: {big} recruiters on what makes a great application\n\nRead online | Unsubscribe",
        ],
        n=4,
    ),
    Family(
        "oth_job_board_account",
        X,
        "[Indeed <no-reply@indeed.com>|Glassdoor <noreply@glassdoor.com>]",
        [
            "Your resume has been viewed {n} times",
            "Keep your profile up to date",
        ],
        [
            '{hi}\n\n[Employers viewed your resume {n} times this week.|Profiles that are updated regularly get more views from employers.] [Add your latest role to stand out.|Turn on "open to work" to let recruiters know.]\n\nUpdate profile',
        ],
        n=4,
    ),
    Family(
        "oth_thank_you_reply_mine",
        X,
        "person",
        [
            "Re: thank you",
            "Re: Coffee last week",
        ],
        [
            "{hi}\n\n[Lovely to catch up last week - thanks for the coffee!|Thanks for the book recommendation, I'm halfway through already.|Great to see you at the meetup.] [Let's do it again soon.|Say hi to the team.]\n\n{rfirst}",
        ],
        n=4,
    ),
    Family(
        "oth_travel_booking",
        X,
        "[Starling Travel <bookings@starling.example>|Rail Tickets <tickets@rail.example>]",
        [
            "Booking confirmed: {city}",
            "Your e-ticket for {date}",
        ],
        [
            "{hi}\n\nYour booking is confirmed. [Flight to {city} on {date}, departing {time}.|Train from {city} to {city2} on {date}, seat 42.|Hotel in {city}, 2 nights from {date}.] Booking reference: {ref}.\n\nHave a great trip!",
        ],
        n=4,
    ),
    Family(
        "oth_german_newsletter",
        X,
        "Newsletter <newsletter@stadtzeitung.example>",
        [
            "Ihr wöchentlicher Newsletter",
            "Neuigkeiten aus {city}",
        ],
        [
            "Hallo {name},\n\ndiese Woche: [neue Radwege in der Innenstadt, ein Interview mit der Bürgermeisterin und Tipps fürs Wochenende.|Konzerte, Märkte und das Wetter.] \n\nJetzt lesen | Abmelden",
        ],
        n=3,
    ),
    Family(
        "oth_scholarship",
        X,
        "Scholarship Committee <scholarships@foundation.example>",
        [
            "Scholarship application result",
            "Your application for the {fund} Scholarship",
        ],
        [
            "Dear {name},\n\nThank you for applying for the {fund} Scholarship. [We received a record number of applications and regret that we cannot offer you an award this year.|We are delighted to award you the scholarship for the coming year.] \n\nWith best wishes,\nThe Scholarship Committee",
        ],
        n=4,
        extra={"fund": ["Fairweather", "Open Horizons", "Northern Lights"]},
    ),
    Family(
        "oth_writing_competition",
        X,
        "[Literary Magazine <submissions@litmag.example>|Photo Contest <contest@photo.example>]",
        [
            "Your submission",
            'Re: submission - "{title}"',
        ],
        [
            '{hi}\n\nThank you for sending us "{title}". [We read it with interest, but it isn\'t right for us at this time.|We are happy to accept it for our autumn issue!|Unfortunately your entry was not shortlisted this year.] \n\nThe Editors',
        ],
        n=4,
        extra={"title": ["Salt Year", "The Quiet Harbour", "Nine Windows", "Morning Frost"]},
    ),
]
