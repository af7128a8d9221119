# ruff: noqa: E501, RUF001  (one paragraph per line; en dashes as the mail writes them)
"""Round 4 in English: rejections the model still misnames, and the mail it misses.

Rejections here come in the shapes that read least like a plain "unfortunately": a test
score, a public-sector outcome letter, an interview outcome with feedback, a shop owner's
two lines, an agency relaying the client's no, a withdrawn offer, a full graduate intake
and a no that points to another opening. The hard negatives look like hiring mail but are
not about a job the person applied for: privacy notices, payslips, tax and council
assessments, incubators, bursaries, visas, their own resignation, a talk they give, a
weekly sync, a job-fair ticket. Every sentence here is new."""

from generate import Family

REJ, INT, OFF, OUT, OTH = "rejection", "interview", "offer", "recruiter_outreach", "other"

# Mail-merge leftovers, passed in through slots so the [a|b] picker leaves them alone.
PH_NAME = ["{{first_name}}", "[Candidate]", "(Candidate Name)", "{{FirstName}}", "XX", "[Name]"]
PH_COMPANY = ["(Company Name)", "[Company]", "{{company_name}}", "<Organisation>"]
PH_ROLE = ["[Job Title]", "(Role)", "{{job_title}}", "XX position"]

PUBLIC_BODIES = [
    "Eastbrook Borough Council",
    "Northshire County Council",
    "Westfold Fire and Rescue Service",
    "Harlow Vale Health Board",
    "Dunmere District Council",
    "Kingsmere City Council",
]
SHOPS = {
    "shop": [
        "The Copper Kettle",
        "Beanstalk Coffee",
        "Marlowe's Bakery",
        "Fig & Fennel Deli",
        "Second Chapter Books",
        "Little Loaf Café",
        "Petal & Stem Florist",
    ],
    "shopmail": [
        "hello.theshop@gmail.com",
        "owner.smallshop@outlook.com",
        "info@highstreet-shop.example",
        "thecafe.rota@gmail.com",
        "shopfront.mail@icloud.com",
    ],
}
ALT_ROLES = [
    "Junior Data Analyst",
    "Customer Support Specialist",
    "Associate Product Manager",
    "Implementation Consultant",
    "Graduate Engineer",
    "Operations Coordinator",
    "Solutions Engineer",
]
STREAMS = ["Technology", "Finance", "Supply Chain", "HR", "Commercial", "Engineering", "Data"]
PROGRAMMES = [
    "Foundry Row Incubator",
    "Launchpad North",
    "Wexley Civic Tech Fellowship",
    "Seedbank Residency",
    "Harbourlight Founders Programme",
    "Greenshoots Climate Accelerator",
]
FAIRS = [
    "Graduate Careers Fair",
    "Tech Jobs Expo",
    "NextStep Careers Festival",
    "Engineering & IT Recruitment Day",
    "Spring Hiring Fair",
    "Green Jobs Fair",
]
MEETUPS = [
    "Data Drinks",
    "PyNight",
    "Product Tank Meetup",
    "Women in Tech Breakfast",
    "Frontend Friday",
    "DevOps Pub Quiz & Talks",
]
PODCASTS = [
    "The Career Switch Podcast",
    "Shipping Code",
    "Hiring Matters",
    "The Long Commute",
    "Data After Dark",
]
OFFSHORE = {
    "sname": [
        "Ramesh Kumar",
        "Priyanka S",
        "Venkat Reddy",
        "Arun Prakash",
        "Sneha Iyer",
        "Mohammed Imran",
        "Kavitha Rao",
    ],
    "sfirm": [
        "Vyomtech Infosolutions",
        "Techsparrow Global Staffing",
        "Ascendra IT Services",
        "Navkar Consulting Pvt Ltd",
        "Bluepeak Softech",
        "Sreenidhi Talent Hub",
    ],
    "sdomain": [
        "vyomtech.example",
        "techsparrowstaffing.example",
        "ascendrait.example",
        "navkarconsulting.example",
        "bluepeaksoftech.example",
    ],
    "skill": [
        "Java + Spring Boot + Microservices",
        "Python, Django, AWS Lambda",
        "SAP FICO S/4HANA",
        "Salesforce Developer (Apex, LWC)",
        "React JS + Node JS",
        "Azure Data Factory, Databricks, PySpark",
        "ServiceNow ITSM",
    ],
}
DEPTS = ["Data", "Engineering", "Product", "Finance", "Operations", "Marketing", "Platform"]
EXEC_ROLES = [
    "Chief Operating Officer",
    "Chief Financial Officer",
    "Managing Director, UK & Ireland",
    "VP Engineering",
    "Group Chief Technology Officer",
    "Chief People Officer",
]
RATES = ["£550 per day", "£625/day", "€700 a day", "$90/hour", "£480 per day", "€580/day"]
GOV_DEPTS = [
    "Ministry of Housing and Transport",
    "Revenue and Customs Service",
    "Department for Skills",
    "National Statistics Office",
    "Environment Agency",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "September", "October"]

FAMILIES: list[Family] = [
    # Rejection ------------------------------------------------------------------------
    # idea: an ATS and an engineering lead reporting a scored coding challenge, the score below the cut-off ends the application
    Family(
        "rej_en_r4_test_result",
        REJ,
        "[ats|company|person]",
        [
            "Your test result – {role}",
            "Coding challenge: outcome",
            "Your assessment score for {role} ({ref})",
            "Result of your online assessment",
        ],
        [
            "{hi}\n\nYour online assessment for the {role} vacancy has now been marked. Each stage of our process has a minimum score, and we are sorry to tell you that your result fell below the score needed for this stage. As a result, your application for this vacancy will not progress any further.\n\nWe do not release individual scores or answer keys. You may apply for other roles with us straight away, but you will not be able to sit this assessment again for 6 months.\n\n{bye}",
            "{hi}\n\nTwo of our engineers went through your submission for the coding challenge this week. The core solution worked, but it failed several of our hidden test cases ([mostly around empty input and very large files|chiefly the concurrency ones|especially the date-handling edge cases]) and the code was hard to follow in places. Based on that we won't be inviting you to the interview stage for {role}.\n\nThank you for the hours you put into it – we know a take-home is a real ask.\n\n{bye}",
            "{hi}\n\nResult: Not progressed\nStage: Online assessment ([numerical + verbal reasoning|situational judgement|logic and coding])\nRequisition: {role} ({ref})\n\nYour application for this requisition has been closed. If you believe the test was affected by a technical problem, contact us within 5 working days quoting the reference above.\n\n{bye}",
            "{hi}\n\nWe have received the result from your technical test for the {role} position. Sorry to inform you that the result is not enough to continue further in the selection for this position, so we will close your application now. We thank you for the time you gave and hope you find a good opportunity soon.\n\n{bye}",
        ],
        n=6,
    ),
    # idea: a council / public body's formal "Post of X - outcome" letter with a post reference, shortlisting panel, feedback window and retention period
    Family(
        "rej_en_r4_public_post_outcome",
        REJ,
        "[Recruitment Team <recruitment@eastbrook.gov.example>|HR Shared Services <hr.recruitment@northshire.gov.example>|Resourcing <resourcing@publicjobs.example>]",
        [
            "Post of {role} – outcome (Ref: {ref})",
            "Ref {ref}: {role} – outcome of your application",
            "Vacancy {ref} – {role}",
            "Outcome: Post of {role}",
        ],
        [
            "Dear {me},\n\nPost: {role}\nReference: {ref}\n\nI am writing about your application for the above post with {body}. The shortlisting panel met on {date} and assessed every application against the essential and desirable criteria in the person specification.\n\nI regret to inform you that you have not been shortlisted for interview on this occasion. If you would like feedback on your application, please email the recruitment team within 28 days of this letter.\n\nIn line with our retention schedule, your application will be held for six months and then securely destroyed.\n\nYours sincerely\n\nRecruitment Officer\nPeople Services",
            "Dear {me}\n\nRE: POST OF {role} (REF {ref})\n\nThank you for attending the assessment and interview for the above post. The panel has now concluded the selection process and I am sorry to advise you that you have not been successful. The post has been offered to the highest-scoring candidate.\n\nYour scores were: application form – met; interview – not met in two of the five competencies. A member of the panel can talk you through this if you wish.\n\nThank you for your interest in working for {body}.\n\nYours sincerely\nHR Advisor (Recruitment)",
            "Dear Applicant,\n\nVacancy reference: {ref}\nPost title: {role}\nOutcome: Unsuccessful at sifting stage\n\nWe received a high number of applications for this vacancy. Only applicants who scored 4 or above against every essential criterion were taken forward, and your application did not reach that level. This decision is final for this vacancy; there is no right of appeal, but you are welcome to apply for future posts.\n\nRecruitment Team\n{body}",
        ],
        n=6,
        extra={"body": PUBLIC_BODIES},
    ),
    # idea: a formal "outcome of interview" letter, one version with short written feedback in two parts
    Family(
        "rej_en_r4_interview_outcome",
        REJ,
        "[company|person]",
        [
            "Outcome of interview – {role}",
            "Your interview on {date}: outcome",
            "Interview outcome",
            "Following your interview for {role}",
        ],
        [
            "{hi}\n\nThank you for coming in on {date} to interview for the position of {role}. I am writing to let you know the outcome.\n\nThe panel thought carefully about each candidate against the requirements of the role. On this occasion we have decided to offer the position to another candidate whose experience more closely matched what the team needs right now.\n\nI appreciate this will be disappointing, and I would like to thank you for the preparation you clearly put in.\n\n{bye}",
            "{hi}\n\nI promised you an answer by the end of the week, so here it is: we won't be offering you the {role} job.\n\nWhat went well: your examples from your current team were specific and you asked sharp questions about our roadmap.\nWhere others were stronger: the candidates we are taking forward had more hands-on stakeholder management at senior level, which is a big part of this role.\n\nI hope that's useful, and thanks again for your time.\n\n{bye}",
            "{hi}\n\nFurther to your interview for {role}, we regret to inform you that your application has been unsuccessful. The interviewers felt that, while you have a solid technical base, you are not yet at the level this position requires.\n\nWe will keep your details on file for twelve months should a more suitable vacancy arise.\n\n{bye}",
        ],
        n=6,
    ),
    # idea: the owner of a café, bakery or bookshop typing two lines from her phone after someone dropped off a CV
    Family(
        "rej_en_r4_cafe_owner",
        REJ,
        "{rfirst} <{shopmail}>",
        [
            "Re: Saturday job",
            "Re: barista position",
            "Re: CV",
            "Re: Part time hours at {shop}",
        ],
        [
            "Hi {name}, thanks for dropping your CV in last week. We've given the weekend shifts to someone already, sorry! Best of luck with the search.\n{rfirst}",
            "Hiya {name} – just letting you know we went with someone who can do the early weekday openings, which was the main thing we needed. Thanks for coming in for a chat though x\n\nSent from my iPhone",
            "Hello {name}, sorry for the slow reply, it's been mad here. We won't be taking anyone else on for now so I can't offer you the job, but thank you for thinking of us.\n{rfirst} ({shop})",
            "Hi {name}\nYou were lovely on the trial but we need someone with more experience on the coffee machine for the rush, so it's a no from us this time. Good luck!\n{rfirst}",
        ],
        n=6,
        extra=SHOPS,
    ),
    # idea: an agency recruiter who couldn't get through on the phone writing up the client's no, as they'd say it on a call
    Family(
        "rej_en_r4_agency_client_no",
        REJ,
        "agency",
        [
            "Tried calling – feedback from {company}",
            "{company} – update",
            "Re: {role} with {company}",
            "Quick update (sorry, not the news we wanted)",
        ],
        [
            "{hi}\n\nTried you a couple of times this afternoon but couldn't get through, so dropping you a line instead. I've heard back from {company} and unfortunately they've decided not to take you forward for the {role} role. They went with someone who's done the [same sector|exact migration they're planning|team lead bit] before, and that tipped it.\n\nGenuinely gutted – the feedback on you personally was good. I've got a couple of other things bubbling that could suit, so I'll be in touch.\n\n{bye}",
            "{hi}\n\nAs discussed on the phone just now, confirming in writing: {company} won't be progressing your application for {role}. Their hiring manager said your [technical depth|commercial side] was strong but they need someone who can start within four weeks, and your notice period ruled it out.\n\nThanks for being so flexible through the process. Speak soon.\n\n{bye}",
            "{hi}\n\nLeft you a voicemail but in case you're not near your phone – it's a no from {company} I'm afraid. They liked you but went for an internal candidate in the end. Happy to talk it through whenever suits.\n\n{rfirst}\n\nSent from my phone",
        ],
        n=6,
    ),
    # idea: offers withdrawn for reasons other than a hiring freeze: a failed pre-employment check, a funding round falling through, a lost client contract
    Family(
        "rej_en_r4_offer_withdrawn",
        REJ,
        "[company|person]",
        [
            "Withdrawal of conditional offer – {role}",
            "Your offer of employment",
            "Bad news about your start date",
            "Update regarding your offer – {role}",
        ],
        [
            "{hi}\n\nWe wrote to you on {date} with a conditional offer of employment for the post of {role}. As stated in that letter, the offer was subject to satisfactory pre-employment checks. We have now received the results and, because the employment history provided could not be verified, we are withdrawing the offer with immediate effect.\n\nIf you think this is based on incorrect information, you may ask for a review within 10 working days.\n\n{bye}",
            "{hi}\n\nI hate writing this. The investment round we were counting on fell through on {day}, and without it we can't afford to add anyone to the team. That means I have to take back the offer I made you for {role}, and your start on {date} won't happen.\n\nI'm so sorry – I know you may already have handed in your notice. Call me and we'll talk about what we can do to help, including a reference.\n\n{bye}",
            "{hi}\n\nI'm afraid this is unwelcome news. The client project that the {role} position was created for has been cancelled by the customer, and we have no other work that the role could move to. With regret, we are therefore withdrawing the offer we made you on {date}. You will not be expected to start, and we will reimburse any costs you have already incurred for the move.\n\nI am sorry to deliver this after all the effort you put into our process.\n\n{bye}",
        ],
        n=6,
    ),
    # idea: a graduate programme whose intake for one stream filled up on a rolling basis before the application was reviewed
    Family(
        "rej_en_r4_grad_intake_full",
        REJ,
        "[ats|company]",
        [
            "{company} Graduate Programme – application update",
            "Your application: {stream} graduate scheme",
            "Graduate intake now full",
            "Update on your graduate application ({ref})",
        ],
        [
            "{hi}\n\nThank you for applying to the {company} Graduate Programme ({stream} stream). We fill places on a rolling basis, and all places in this year's {stream} intake have now been accepted. This means we are unable to take your application any further.\n\nApplications for next year's programme open in September, and we would encourage you to apply early.\n\n{bye}",
            "{hi}\n\nWe have now reached capacity for our {stream} assessment centres, and every place on the scheme is filled. As your application had not yet been reviewed, it has been closed without a decision on its merits – we know that is frustrating, and we're sorry.\n\nYou can still join our graduate talent network for news about future intakes.\n\n{bye}",
            "{hi}\n\nThis is a short note to tell you that the {stream} graduate scheme has closed early because of very high demand. We will not be progressing any further applications, including yours, for this intake. Thank you for your interest in starting your career with us.\n\n{bye}",
        ],
        n=6,
        extra={"stream": STREAMS},
    ),
    # idea: a recruiter who turns the candidate down for the role applied for and points them to a different opening they would have to apply for
    Family(
        "rej_en_r4_other_role_suggested",
        REJ,
        "[person|company]",
        [
            "Your application for {role}",
            "{role} – decision, and another idea",
            "Re: {role} application",
            "Update from {company}",
        ],
        [
            "{hi}\n\nThanks for your patience. After reviewing your application with the hiring manager, we won't be moving forward with you for the {role} position – we need someone with more years in a lead role.\n\nThat said, we both thought your background could fit our {alt_role} opening. If that interests you, please apply through the careers page and mention this email; it would be a fresh application with its own process.\n\n{bye}",
            "{hi}\n\nWe have decided not to progress your application for {role}. We would, however, like to draw your attention to a vacancy for {alt_role} that may suit your profile better. You can find the details and apply here: https://careers.{slug}.com/jobs/{ref}\n\nThank you for your interest in {company}.\n\n{bye}",
            "{hi}\n\nHonest answer: you're not the one for {role}, the gap on the infrastructure side was too big. But don't disappear! We're opening a new {alt_role} role next month and I think you'd be a strong candidate. Shall I send you the spec when it's live?\n\n{rfirst}",
        ],
        n=6,
        extra={"alt_role": ALT_ROLES},
    ),
    # Other ------------------------------------------------------------------------------
    # idea: a careers-site platform telling everyone with a candidate account what changed in its privacy notice (retention, sub-processors, AI screening)
    Family(
        "oth_en_r4_privacy_notice_update",
        OTH,
        "[ats|company]",
        [
            "We've updated our Candidate Privacy Notice",
            "Important: changes to how {company} handles candidate data",
            "Your candidate account – privacy update",
            "Privacy notice changes effective {date}",
        ],
        [
            "{hi}\n\nWe're writing to everyone who has a candidate account on the {company} careers site. From {date}, an updated Candidate Privacy Notice applies.\n\nWhat has changed:\n• We now keep candidate profiles for 18 months instead of 24.\n• We have added a new hosting provider to our list of sub-processors.\n• We explain how we use automated tools to sort applications, and how to ask for human review.\n\nYou don't need to do anything. If you would like your data deleted, you can do this from your account settings at any time.\n\n{bye}",
            "{hi}\n\nThis is a service message, not a marketing email. You are receiving it because you created a profile with us in the past. Our privacy notice for job applicants has been revised to reflect changes in data-protection law. The full text is available at https://careers.{slug}.com/privacy.\n\nIf you continue to use your candidate account after {date}, the revised notice will apply.\n\n{bye}",
            "Hello,\n\nWe've made our candidate privacy notice shorter and easier to read. Nothing changes about the data we hold on you or why, and your account stays as it is. Questions can go to privacy@{slug}.com.\n\nThanks,\nData Protection Office\n{company}",
        ],
        n=6,
    ),
    # idea: the person's own employer's HR/payroll self-service system: payslip ready, benefits window, pension statement
    Family(
        "oth_en_r4_payslip_benefits",
        OTH,
        "[{company} Payroll <payroll@{slug}.com>|{company} People Hub <no-reply@{slug}.peoplehub.example>|Employee Self Service <ess@{slug}.com>]",
        [
            "New document available in People Hub",
            "Your {month} update from Payroll & Benefits",
            "Employee Self Service notification",
            "Reminder from Payroll & Benefits",
        ],
        [
            "Hi {name},\n\nYour payslip for the period ending {date} is now available in Employee Self Service. Pay will reach your bank account on the last working day of {month}.\n\nIf anything on your payslip looks wrong, raise a ticket with Payroll before the 20th so it can be corrected next month.\n\nPayroll Team\n{company}",
            "Hi {name},\n\nOur annual benefits window is open until {date}. This is your chance to change your dental and health cover, buy or sell up to five days of holiday, and join the cycle-to-work scheme. If you don't make any choices, your current benefits will roll over.\n\nLog in to the People Hub to make your selections.\n\n{company} Reward Team",
            "Dear {me},\n\nYour annual pension statement is now available. It shows the contributions made by you and by {company} over the last year and an estimate of your retirement income. You can view it in the Documents section of the People Hub.\n\nThis is an automated message from your employer's HR system. Please do not reply.",
        ],
        n=6,
        extra={"month": MONTHS},
    ),
    # idea: a council tax bill / income tax notice of assessment, "assessment" in the subject but nothing to do with hiring
    Family(
        "oth_en_r4_tax_council_notice",
        OTH,
        "[Council Tax <counciltax@kingsmere.gov.example>|Revenue Service <noreply@taxonline.gov.example>|Revenues and Benefits <revenues@eastbrook.gov.example>]",
        [
            "Your notice of assessment is ready",
            "New notice in your account – ref {ref}",
            "Assessment notice issued",
            "Important: your assessment ({ref})",
        ],
        [
            "Dear {me},\n\nWe have processed your tax return and your Notice of Assessment is now available in your online account. Based on the information you gave us, you have a refund of {salary_small} due, which will be paid to your nominated account within 14 days.\n\nIf you disagree with this assessment, you have 60 days from the date of the notice to lodge an objection.\n\nRevenue Service",
            "Dear Resident,\n\nAccount number: {ref}\n\nYour council tax assessment and bill for the coming year have been issued. You will pay in 10 monthly instalments, the first on {date}, by direct debit. Your property remains in Band C.\n\nIf you live alone you may be entitled to a 25% single person discount. You can apply online.\n\nRevenues and Benefits",
            "Dear {me},\n\nFollowing a review of your property, its council tax band has been reassessed. A revised bill will follow in the post. If you think the new band is wrong, you can appeal to the valuation office within six months.\n\nCouncil Tax Team",
        ],
        n=6,
        extra={"salary_small": ["£312.40", "€845.10", "$1,206.00", "£78.55"]},
    ),
    # idea: an incubator / fellowship programme deciding on the person's own startup or project application, both yes and no
    Family(
        "oth_en_r4_incubator_fellowship",
        OTH,
        "[Programme Team <team@startup-hub.example>|Fellowship Office <fellowship@civic-fund.example>|Selection Committee <selection@incubator.example>]",
        [
            "Your application to {programme}",
            "{programme}: selection decision",
            "{programme} – update on your application",
            "Decision on your fellowship application",
        ],
        [
            "Hi {name},\n\nGreat news – the selection committee would like to offer your venture a place in the spring cohort of {programme}. That includes six months of free desk space, weekly mentor sessions and a small equity-free grant.\n\nPlease confirm within 7 days whether your founding team accepts the place, and send us the signed residency agreement.\n\nSee you at kick-off,\nProgramme Team",
            "Dear {me},\n\nThank you for applying to {programme}. We received more than 600 applications for 20 places, and we regret that we cannot offer you a place this year. The committee read your project proposal with interest, and we would encourage you to apply again next round.\n\nWith best wishes,\nThe Fellowship Office",
            "Hey {name},\n\nYour founder interview went well and you've made it to our final pitch day on {date}. You'll have 5 minutes to pitch and 10 minutes for questions from the investment panel. Decisions follow within a week.\n\nCheers,\n{programme}",
        ],
        n=6,
        extra={"programme": PROGRAMMES},
    ),
    # idea: a university student-support office deciding on hardship fund and bursary applications (award, refusal, missing evidence)
    Family(
        "oth_en_r4_hardship_bursary",
        OTH,
        "[Student Support <studentfunding@university.example>|Money Advice Team <moneyadvice@campus.example>|Bursaries Office <bursaries@college.example>]",
        [
            "Hardship Fund application – decision",
            "Your bursary application ({ref})",
            "Your Student Support Fund application",
            "Outcome of your financial support request",
        ],
        [
            "Dear {me},\n\nThank you for applying to the Student Hardship Fund. I am pleased to tell you that you have been awarded {grant}, which is a non-repayable grant. It will be paid into the bank account you gave us within 5 working days.\n\nIf your circumstances change, you may apply again later this academic year.\n\nStudent Support",
            "Dear {me},\n\nWe have assessed your application for the Access Bursary. Unfortunately your household income is above the threshold for this scheme, so we are unable to make an award. We realise this is disappointing. If you believe we have made a mistake, you can ask for a review within 14 days.\n\nBursaries Office",
            "Hi {name},\n\nWe've started looking at your support fund application but we are missing three months of bank statements and proof of your rent. Please upload these through the student portal by {date}; we can't make a decision without them.\n\nMoney Advice Team",
        ],
        n=6,
        extra={"grant": ["£450", "£750", "£1,200", "€600", "£300"]},
    ),
    # idea: an immigration portal confirming receipt of a residence permit / visa application, biometrics booking and reference number
    Family(
        "oth_en_r4_visa_receipt",
        OTH,
        "[Immigration Service <no-reply@immigration-portal.example>|Migration Office {city} <residence@migration.gov.example>|Visa Application Centre <noreply@vac-bookings.example>]",
        [
            "We have received your application – {ref}",
            "Residence permit application: receipt",
            "Application {ref} – confirmation of receipt",
            "Your application has been received",
        ],
        [
            "Dear {me},\n\nYour application for a residence permit has been received and registered under reference {ref}. The current processing time is up to 90 days. You can stay in the country while the application is decided, provided you applied before your current permit expired.\n\nDo not book travel until you have received a decision.\n\nImmigration Service",
            "Dear Applicant,\n\nThank you for submitting your visa application. Your next step is to attend a biometrics appointment, where we will take your fingerprints and photograph. Please book a slot at the Visa Application Centre within 15 days and bring your passport and this confirmation.\n\nApplication reference: {ref}\n\nVisa Application Centre",
            "Dear {me},\n\nThis email confirms that your work visa application and fee payment have been received. A caseworker will contact you if further documents are needed. Please do not send original documents unless asked.\n\nMigration Office",
        ],
        n=6,
    ),
    # idea: HR and a line manager acknowledging the person's own resignation at their current job: notice period, last day, exit interview, laptop return
    Family(
        "oth_en_r4_resignation_ack",
        OTH,
        "[HR Team <hr@{slug}.com>|{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.com>|{company} People Ops <peopleops@{slug}.com>]",
        [
            "Acknowledgement of your resignation",
            "Your notice period and leaving date",
            "Re: Resignation",
            "Re: my resignation letter",
        ],
        [
            "Dear {me},\n\nWe acknowledge receipt of your letter of resignation dated {date}. In line with your contract, your notice period is one month and your last working day will be {date2}.\n\nBefore you leave, please return your laptop and building pass to IT, and book a short exit interview with HR. Your final salary, including any untaken holiday, will be paid on the usual pay date.\n\nThank you for your contribution to {company}.\n\nHR Team",
            "Hi {name},\n\nGot your letter – sad to see you go, but congratulations on the new job, it sounds like a great next step. Let's use our 1:1 on {day} to plan the handover. I've told HR and they'll be in touch about your leaving date.\n\n{rfirst}",
            "Hi {name},\n\nWe're sorry you're leaving! Here's your leaver checklist:\n• Hand over open tickets to your manager\n• Return equipment by {date2}\n• Fill in the anonymous exit survey\n• Update your personal email in the payroll system so we can send your final payslip\n\nPeople Ops",
        ],
        n=6,
        extra={
            "date2": ["30 April", "May 31", "28 June", "August 15", "31 October", "December 19"]
        },
    ),
    # idea: a tech meetup organiser confirming the person as a speaker: slot length, AV kit, bio and photo for the announcement
    Family(
        "oth_en_r4_meetup_talk_confirmed",
        OTH,
        "[{meetup} Organisers <organisers@meetups.example>|{rfirst} from {meetup} <{rfirst}@community-events.example>|{meetup} via Meetup <info@meetup-mail.example>]",
        [
            "You're confirmed as our speaker – {meetup}",
            "Your talk is confirmed for {date}",
            "Talk confirmation and speaker info",
            "Re: talk proposal for {meetup}",
        ],
        [
            "Hi {name},\n\nYou're confirmed as a speaker at {meetup} on {date}! Doors open at 6:30pm, talks start at 7. You'll have 25 minutes plus 5 for questions. We have HDMI and USB-C adapters, a clicker and a handheld mic.\n\nPlease send us your talk title, a two-line bio and a photo by {day} so we can announce it. Pizza and drinks are on us.\n\nThe {meetup} organisers",
            "Hey {name}, just confirming you're on the line-up for the {date} {meetup} – lightning talk slot, 10 mins. No slides needed if you'd rather just talk. Venue is the usual place, I'll send directions the week before.\n\n{rfirst}",
            "Hi {name},\n\nThe programme committee loved your proposal, and your talk is now confirmed for the {date} edition of {meetup} in {city}. The evening is being recorded, so let us know if you'd rather not appear in the video. We can't pay speakers, but we'll happily cover a train ticket.\n\nThanks for sharing your knowledge with the community!\n{rfirst}, for the {meetup} crew",
        ],
        n=6,
        extra={"meetup": MEETUPS},
    ),
    # idea: a podcast producer booking the person as the interview guest: recording link, timing, topics, mic tips
    Family(
        "oth_en_r4_podcast_guest_confirmed",
        OTH,
        "[{podcast} <producer@podcast-studio.example>|{rfirst} {rlast} <{rfirst}@{podcast_slug}.fm>|{podcast} Bookings <guests@{podcast_slug}.fm>]",
        [
            "Your interview is confirmed – {podcast}",
            "Recording session booked: {podcast}",
            "Guest prep for your {podcast} interview",
            "Confirmed: you're on the show!",
        ],
        [
            "Hi {name},\n\nThanks for agreeing to come on {podcast}! Your interview is confirmed for {day} at {time}. We record remotely on Riverside; the link is below. Plan for about 50 minutes. Our host will ask about your career change and what you'd tell people starting out.\n\nPlease use headphones and a quiet room. The episode usually goes live about three weeks later.\n\nProducer, {podcast}",
            "Hi {name},\n\nGreat to have you booked as our guest. Quick prep notes before we interview you on {date}:\n• We'll chat for 35–40 minutes, edited down to about half an hour\n• Topics: how you got into your field, a project that went wrong, one tool you'd recommend\n• A wired mic or even phone earbuds sound better than a laptop mic\n\nYou'll get the draft episode to check before it goes out.\n\nThanks,\n{rfirst}",
            "Hey {name} – you're locked in for {day}, {time} {zone}. Studio link and a calendar hold are on their way. Nothing to prepare, just come as you are and we'll have a good conversation. Cheers!\n\n{rfirst}\n{podcast}",
        ],
        n=6,
        extra={
            "podcast": PODCASTS,
            "podcast_slug": ["careerswitchpod", "shippingcode", "hiringmatters", "thelongcommute"],
        },
    ),
    # idea: calendar invitations for a weekly team sync or a 1:1 at the person's current job, with the calendar-tool boilerplate
    Family(
        "oth_en_r4_weekly_sync_invite",
        OTH,
        "[{rfirst} {rlast} <{rfirst}.{rlast}@{slug}.com>|Google Calendar <calendar-notification@google.com>|{rfirst} {rlast} (via Calendar) <{rfirst}@{slug}.com>]",
        [
            "Invitation: Weekly sync – {team} @ Weekly on {day} {time}",
            "Updated invitation: 1:1 {rfirst} / {name}",
            "Moving our 1:1",
            "Invitation: {team} stand-up (recurring)",
        ],
        [
            "{rfirst} {rlast} has invited you to a recurring event.\n\nWeekly sync – {team}\nWhen: Weekly on {day}, {time} – 30 min ({zone})\nWhere: Google Meet\nJoin: https://meet.google.com/{meet}\n\nAgenda: blockers, priorities for the week, anything for the team board.\n\nGoing? Yes – Maybe – No\n\nInvitation from Google Calendar. You are receiving this email because you are an attendee on the event.",
            "Hi {name},\n\nI've moved our 1:1 to {day}s from next week – the old slot clashes with the leadership meeting. Same link as before. If the new time doesn't work, just drag it somewhere that does.\n\n{rfirst}",
            "This event has been updated.\n\n1:1 {rfirst} / {name}\nChanged: time\nNew time: every other {day}, {time} – 45 min\nOrganiser: {rfirst}.{rlast}@{slug}.com\n\nNotes doc: https://docs.{slug}.com/1on1-notes\n\nAccept | Decline | Propose a new time",
            "Hey team – sending a recurring invite for the {team} stand-up, every {day} at {time}, 15 min max. Cameras optional. See you there!\n\n{rfirst}",
        ],
        n=6,
        extra={
            "team": ["Platform", "Growth", "Data", "Payments", "Customer Ops", "Design"],
            "meet": ["abc-defg-hij", "pqr-stuv-wxy", "kmn-opqr-stu", "xdw-mnop-rst"],
        },
    ),
    # idea: a careers-fair organiser's registration confirmation with ticket, venue, exhibitor list and CV tips
    Family(
        "oth_en_r4_job_fair_registration",
        OTH,
        "[{fair} <tickets@careersfair.example>|Careers Service <careers@university.example>|{fair} Team <hello@jobsexpo.example>]",
        [
            "You're registered: {fair} – {date}",
            "Your ticket for the {fair}",
            "Registration confirmed – see you on {date}",
            "{fair}: what to bring on the day",
        ],
        [
            "Hi {name},\n\nThanks for registering for the {fair} on {date} in {city}. Your ticket is attached – show the QR code at the entrance, on your phone or printed.\n\nMore than 80 employers are exhibiting, from start-ups to large firms. The exhibitor list and a floor plan are on the event page.\n\nSee you there!\n{fair} Team",
            "Dear {me},\n\nThis confirms your place at the {fair}. Registration is free and there is nothing more to do.\n\nTips for the day: bring a few printed copies of your CV, look up the companies you want to talk to, and come early – the first hour is the quietest. A free CV check is available at the Careers Service stand.\n\nCareers Service",
            "Hi {name}, you're booked in for the {fair}! Doors open 10am. Wear comfortable shoes and bring water. You'll also get an email with the workshop schedule nearer the day.\n\n{fair} Team",
        ],
        n=6,
        extra={"fair": FAIRS},
    ),
    # Recruiter outreach -------------------------------------------------------------------
    # idea: an offshore IT staffing firm's mass "urgent requirement / immediate joiners" mail with a requirement block and non-native phrasing
    Family(
        "out_en_r4_offshore_immediate",
        OUT,
        "[{sname} <recruiter@{sdomain}>|{sfirm} <hr@{sdomain}>|{sname} - {sfirm} <resumes@{sdomain}>]",
        [
            "Urgent Requirement || {skill} || {city} || Immediate Joiners",
            "Immediate joiners required – {skill}",
            "URGENT: {skill} – Hybrid – long term project",
            "Hot requirement for {skill} – need profiles today",
        ],
        [
            "Dear {name},\n\nGreetings from {sfirm}!!\n\nWe are having urgent requirement with our direct client, please find below details and revert back with your updated resume if you are comfortable.\n\nPosition: Senior {skill} Consultant\nSkills: {skill}, good communication\nLocation: {city} (Hybrid, 3 days office)\nDuration: 12+ months, extendable\nStart: Immediate joiners only / max 15 days notice\n\nKindly share below details along with resume:\n- Full name\n- Current CTC / rate\n- Expected CTC / rate\n- Notice period\n- Visa status\n\nPlease do the needful at earliest.\n\nThanks & Regards\n{sname}\nTalent Acquisition Executive\n{sfirm}",
            "Hi {name},\n\nHope you are doing good. I came across your profile in job portal and it is matching to one urgent position. Client is looking candidates who can join immediately, interview will be virtual and same day feedback.\n\nRequirement: {skill} resource\nExperience: min 5 years relevant\nMode: Contract (C2C / W2) or Full time\n\nIf interested please reply with your resume and best time to call you. If not interested, request you to refer your friends.\n\nRegards,\n{sname}",
            "Hello {name},\n\nThis is {sname} from {sfirm}. We have 3 openings for {skill} in {city}, budget is good. Candidate need to join within 1 week. Please send me your updated CV in word format and one photo ID copy, I will submit your profile today itself.\n\nWaiting for your positive reply.\n\nThanks,\n{sname}",
        ],
        n=6,
        extra=OFFSHORE,
    ),
    # idea: a headhunter's second and third nudge in the same "Re: Head of X" thread after the first approach got no answer
    Family(
        "out_en_r4_headhunter_followup",
        OUT,
        "agency",
        [
            "Re: Head of {dept} – {city}",
            "Re: Head of {dept} opportunity",
            "Re: Head of {dept} role – quick follow-up",
            "Following up: Head of {dept}",
        ],
        [
            "{hi}\n\nJust bumping my note from last week to the top of your inbox in case it got buried. I'm still working on the Head of {dept} search for a [scale-up in fintech|listed retailer|private-equity-backed software firm] in {city}, and your background keeps coming to mind.\n\nEven if the timing isn't right for you, a 15-minute chat would help me understand what you'd want from your next move.\n\n{bye}",
            "{hi}\n\nI appreciate you're busy, so I'll keep this short. The client has now seen a first shortlist for the Head of {dept} role, and they've asked me to speak to a few more people with your kind of experience. Package is around {salary} base plus bonus and equity.\n\nAre you open to a confidential conversation this week?\n\n{bye}",
            "{hi}\n\nLast one from me on this, promise! If Head of {dept} isn't something you'd look at right now, no problem at all – just let me know and I'll stop chasing. If it is, I'm free {day} after {time}.\n\n{rfirst}",
        ],
        n=6,
        extra={"dept": DEPTS},
    ),
    # idea: a retained executive-search partner approaching about a board-level appointment the employer has not yet announced
    Family(
        "out_en_r4_confidential_senior",
        OUT,
        "agency",
        [
            "Confidential: {exec} appointment",
            "Strictly private – a board-level search",
            "A senior appointment I'd value your view on",
            "{exec} – confidential conversation",
        ],
        [
            "{hi}\n\nI lead the industrial and technology practice at {agency}, and we have been retained by the board of a [privately held manufacturer|PE-backed healthcare group|listed logistics business] to appoint a new {exec}. The search is confidential: the current post-holder's departure has not been announced, so I'd ask you to treat this note discreetly.\n\nYour name came up more than once in our research. Would you be open to a private conversation, with no commitment on either side?\n\n{bye}",
            "{hi}\n\nForgive the unsolicited approach. We are conducting a discreet search for a {exec} on behalf of a client in {city}. The client's name can only be shared after a first conversation and a short non-disclosure agreement.\n\nThe role reports to the CEO and sits on the executive committee. If you would consider hearing more, or could suggest someone who might, I would be very grateful for 20 minutes of your time.\n\n{bye}",
            "{hi}\n\nA quick, confidential note. I am advising the chair of a well-known [consumer brand|infrastructure investor|software company] on the appointment of its next {exec}. Nothing about this is public yet. Given your track record, I would like to explore whether you might be interested. My direct line is below.\n\n{bye}",
        ],
        n=6,
        extra={"exec": EXEC_ROLES},
    ),
    # idea: a mass mail-merge "exciting opportunity, contract or permanent" shot sent to a whole list, with an unsubscribe line and unfilled fields
    Family(
        "out_en_r4_mass_exciting",
        OUT,
        "agency",
        [
            "Exciting Opportunity!! {role} (Contract OR Permanent)",
            "{role} | Contract / FTE | Hybrid {city}",
            "New roles this week – contract & permanent",
            "Exciting {role} opening – {ph_company}",
        ],
        [
            "Hi {ph_name},\n\nHope you're well! I'm reaching out because I'm recruiting for an exciting {role} opportunity with a leading {ph_company} client. It can be offered as a 6-month contract (outside IR35) OR a permanent position with a great package.\n\n• Hybrid, 2 days a week in {city}\n• Modern stack, greenfield project\n• Interviews happening this week\n\nIf this could be of interest, hit reply with an up-to-date CV. If not, feel free to pass it on to anyone in your network!\n\n{bye}\n\nTo stop receiving job updates from us, reply REMOVE.",
            "Hi {name},\n\nHere are this week's hottest roles – all open to contract or full time:\n\n1. {role} – {city} – up to {salary}\n2. Senior {role} – remote – day rate negotiable\n3. {ph_role} – {city2}\n\nReply with the number you'd like to hear more about and I'll call you.\n\n{bye}\n\nYou are receiving this email because you are registered with {agency}. Unsubscribe | Manage preferences",
            "Hello {ph_name},\n\nAn exciting opportunity has come up that matches your skill set! Our client, a fast-growing business, is looking for a {role} to join on either a contract or permanent basis. Salary/rate: competitive. Location: {city} / flexible.\n\nIs this something you'd be open to exploring? Let me know a good time for a quick call.\n\n{bye}",
        ],
        n=6,
        extra={
            "ph_name": PH_NAME,
            "ph_company": PH_COMPANY,
            "ph_role": PH_ROLE,
        },
    ),
    # Interview ----------------------------------------------------------------------------
    # idea: a public-sector / large-employer panel interview letter: panel members, room, documents to bring, a short presentation
    Family(
        "int_en_r4_panel_practical",
        INT,
        "[company|person]",
        [
            "Interview arrangements – {role}",
            "Your panel interview on {date}: practical details",
            "Who you'll meet on {day}",
            "Invitation to interview – please read before attending",
        ],
        [
            "{hi}\n\nI'm pleased to invite you to a panel interview for the post of {role} on {date} at {time}.\n\nThe panel will be:\n• {rfirst} {rlast}, Head of Service (chair)\n• a senior manager from the team\n• an HR representative\n\nYou will be asked to give a 10-minute presentation on the topic attached, followed by about 40 minutes of questions. Please bring photo ID, proof of your right to work and originals of the qualifications listed on your form.\n\nPlease report to main reception 15 minutes early. Let us know if you need any adjustments.\n\n{bye}",
            "{hi}\n\nLooking forward to seeing you on {day}. Some practical bits so there are no surprises:\n\nWhere: our {city} office, 4th floor – ask for me at the front desk\nWho: me, {panel1} from the engineering side and {panel2} from product. We'll take turns asking questions, it's a conversation rather than a grilling\nParking: there are visitor spaces at the back; give your plate number to the front desk\nBring: nothing special, maybe a notebook. We'll have water and coffee\n\nBudget about 75 minutes. Any questions, just reply here.\n\n{bye}",
            "{hi}\n\nThank you for confirming your attendance. Your interview is with a panel of three and will last around one hour. The room is on the ground floor and is step-free; there is a hearing loop available on request. Please bring one form of photo ID, as you will be signed in as a visitor.\n\nIf you are running late on the day, call reception and they will let the panel know.\n\n{bye}",
        ],
        n=6,
        extra={
            "panel1": ["Ahmed", "Lotte", "Marcus", "Siobhan", "Raj", "Ingrid"],
            "panel2": ["Claire", "Tobias", "Nkechi", "Pedro", "Hannah", "Jun"],
        },
    ),
    # idea: a recruiting coordinator sending the hour-by-hour agenda of a virtual onsite: interviewers, topics, video links, breaks
    Family(
        "int_en_r4_virtual_onsite_schedule",
        INT,
        "[ats|person|company]",
        [
            "Your virtual onsite schedule – {date}",
            "Final round agenda: {role}",
            "Itinerary for your interviews on {day}",
            "Virtual onsite confirmed – links inside",
        ],
        [
            "{hi}\n\nHere is your schedule for your virtual onsite on {date} (times in {zone}):\n\nSession 1, starting {time} (45 min) – Hiring manager conversation with {rfirst} {rlast}\nSession 2 (45 min) – Technical deep-dive: you walk two engineers through a past project\n15-minute break\nSession 3 (45 min) – Collaboration and values interview\nSession 4 (30 min) – Open Q&A with someone from the team\n\nThere are 15 minutes between sessions 1 and 2 and between 3 and 4.\n\nEach session has its own Zoom link in your calendar invite. Keep your camera on if you can, and a glass of water nearby!\n\n{bye}",
            "{hi}\n\nYou're all set for your final round for {role} on {day}. You'll meet four people back to back on Google Meet, with a break in the middle:\n\n1. Architecture discussion – talk us through how you would design a system you know well\n2. Product sense – a conversation with our product lead\n3. Working style – with a future peer\n4. Wrap-up with the hiring manager\n\nNo preparation needed beyond thinking about a couple of projects you're proud of. I'll be around on Slack/email during the day if anything goes wrong with a link.\n\n{bye}",
            "{hi}\n\nConfirming your interview loop on {date}, starting {time} {zone}. Total time around 3.5 hours including a 20-minute lunch break. Interviewers: {rfirst} (Engineering Manager), two senior engineers and our Head of People. Dial-in details are in the calendar invitations sent separately. If you need to reschedule, let me know at least 24 hours ahead.\n\n{bye}",
        ],
        n=6,
    ),
    # idea: a hiring manager's two lines straight after the application arrives: "got 20 minutes this week?"
    Family(
        "int_en_r4_hm_twenty_minutes",
        INT,
        "person",
        [
            "Re: {role} application",
            "20 minutes this week?",
            "Your application – a quick call?",
            "Call about {role}",
        ],
        [
            "{hi}\n\nI'm the hiring manager for the {role} opening you applied to. Do you have 20 minutes for a phone call this week? Send me a couple of times that work and I'll ring you.\n\n{rfirst}",
            "{hi}\n\nYour application landed on my desk this morning and I'd like to hear more. Could you do 20 mins on {day} or the day after, any time after {time}? Video or phone, your call.\n\n{bye}",
            "Hi {name} – {rfirst} here, I run the team the {role} job sits in. Free for a short call before the weekend? Twenty minutes, just to get to know each other.\n\nSent from my iPhone",
        ],
        n=6,
        quote=True,
    ),
    # Offer --------------------------------------------------------------------------------
    # idea: a government shared recruitment service's provisional offer pending security vetting, nationality and reference checks, accept in the portal
    Family(
        "off_en_r4_gov_provisional",
        OFF,
        "[Government Recruitment Service <noreply@gov-recruitment.example>|Shared Recruitment Centre <offers@src.gov.example>|{govdept} Resourcing <resourcing@govjobs.example>]",
        [
            "Provisional offer of appointment – {role} ({ref})",
            "Vacancy {ref}: provisional offer",
            "Congratulations – provisional offer for {role}",
            "Your conditional job offer from the {govdept}",
        ],
        [
            "Dear {me},\n\nVacancy reference: {ref}\n\nFollowing your success at interview, I am pleased to make you a provisional offer of appointment as {role} with the {govdept}. This offer is subject to satisfactory pre-employment checks, including security vetting, nationality and right-to-work checks, references covering the last three years and a health declaration.\n\nThe starting salary will be {salary}, the minimum of the pay band. Please log in to your candidate account and accept or decline this provisional offer within 5 working days.\n\nA formal offer and contract will follow once all checks are complete.\n\nYours sincerely\nGovernment Recruitment Service",
            "Dear {me},\n\nCongratulations! The selection panel has recommended you for appointment to the post of {role}, and we are now making you a conditional offer. You were ranked in merit order position 2 and a post is available.\n\nBefore we can confirm a start date we need to complete your background checks. Please complete the online vetting form and upload your identity documents by {date}.\n\nShared Recruitment Centre",
            "Dear {me},\n\nWe are delighted to offer you the role of {role}, conditional on the checks listed in the attached letter. Your provisional start date is {date}, although this may move while clearance is in progress. Please confirm your acceptance through the portal.\n\n{govdept} Resourcing",
        ],
        n=6,
        extra={"govdept": GOV_DEPTS},
    ),
    # idea: an agency consultant telling a contractor "you've got it": rate, length, IR35 status, start date, contract from compliance
    Family(
        "off_en_r4_agency_contract_got_it",
        OFF,
        "agency",
        [
            "You've got it!! {company} contract",
            "{company} want you – contract offer",
            "Great news re {role} contract",
            "Contract offer: {role} @ {company}",
        ],
        [
            "{hi}\n\nYou've got it! {company} came back an hour ago and want to offer you the {role} contract. Details as discussed: {rate}, 6 months initial with a good chance of extension, outside IR35, start {date}.\n\nOur compliance team will send the contract and onboarding pack today. Can you reply to confirm you're happy to accept, and I'll let the client know?\n\n{bye}",
            "{hi}\n\nSo pleased to be writing this – the client has offered you the role! They'd like you to start on {day}, {date}. Rate is {rate} through our umbrella partner, 3-month initial term. Nice work, the feedback from the final call was excellent.\n\nPlease confirm acceptance by reply and I'll get things moving.\n\n{bye}",
            "{hi}\n\nQuick one: {company} said yes! {role} contract is yours at {rate}. I'll call you tonight to go through the paperwork.\n\n{rfirst}\n\nSent from my phone",
        ],
        n=6,
        extra={"rate": RATES},
    ),
    # idea: a small-company founder offering the job in plain words before any formal paperwork exists
    Family(
        "off_en_r4_founder_join_us",
        OFF,
        "[{rfirst} {rlast} <{rfirst}@{slug}.com>|{rfirst} <founder@{slug}.io>]",
        [
            "We'd like you to join us",
            "Offer – {role}",
            "Re: last week",
            "The job's yours if you want it",
        ],
        [
            "Hi {name},\n\nWe talked it over as a team last night and we'd like you to join us as our {role}. The offer is {salary} a year, 25 days' holiday plus bank holidays, and a small share option pot. Start whenever you can – we know you have notice to work.\n\nI'll send a proper written offer tomorrow, but I wanted you to hear it from me first. Any questions, call me.\n\n{rfirst}\nFounder, {company}",
            "Hi {name},\n\nNo fancy letter yet – we're a team of six and I write these myself – but I didn't want to wait: the {role} job is yours if you want it. Salary {salary}, four days in the office, and your own say on which tools we use.\n\nHave a think over the weekend and let me know by {day}.\n\nCheers,\n{rfirst}",
            "{name} – I'm making you an offer. {role}, {salary}, starting {date} if that works for you. You were the best person we met, by a distance. Contract to follow once you say yes.\n\n{rfirst}",
        ],
        n=6,
    ),
]
