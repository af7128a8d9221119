# ruff: noqa: E501, E741  (message templates read best one paragraph per line; one-letter labels)
"""Mail as the world writes it: many voices, unfilled placeholders, boilerplate,
and hard negatives for every label."""

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

# Template tokens that mail-merge tools leave behind when a field is empty. They go in
# through slots, so the [a|b] picker leaves their brackets alone.
PH_NAME = [
    "[Candidate Name]",
    "[first_name]",
    "<<First Name>>",
    "%FIRSTNAME%",
    "[NAME]",
    "(Candidate)",
    "*|FNAME|*",
]
PH_ROLE = [
    "(position)",
    "<<Job Title>>",
    "[Job Title]",
    "[[job_title]]",
    "XX",
    "[POSITION]",
    "(Role)",
]
PH_COMPANY = [
    "(Company Name)",
    "[Company]",
    "<<Company>>",
    "%company_name%",
    "[COMPANY NAME]",
    "XX",
]
PH_SIGNER = [
    "[Recruiter Name]",
    "<<Sender Name>>",
    "[recruiter_name]",
    "(Name)\n(Title)",
    "[Your Name]",
]

REJECTION = [
    # idea: hiring managers answering from a phone, one or two lines
    Family(
        "rej_w_one_liner",
        R,
        "person",
        ["Re: {role}", "Re: Application", "{role} role", "Re: following up"],
        [
            "{hi} thanks for your patience. We've gone with someone else for this one - best of luck with the search.\n\n{rfirst}",
            "Thanks {name}, we've decided to pass on this occasion. Appreciate you applying.\n\n{rfirst}",
            "{hi}\n\nShort note to say the {role} role went to another candidate. Thank you for your time, truly.\n\n{rfirst}",
            "Hey {name} - we won't be taking your application further on our side, sorry. Good luck out there!",
        ],
        n=5,
        quote=True,
    ),
    # idea: a manager's long written feedback after a full interview loop, with bullet points
    Family(
        "rej_w_long_feedback_letter",
        R,
        "person",
        [
            "Your interviews for {role} - outcome and feedback",
            "Feedback, as promised",
            "{role}: our decision",
        ],
        [
            "{hi}\n\nThank you for the time you gave us over the last [few weeks|month]. [You met five of us|You spoke with four people on the team] and I promised you honest feedback whatever the result, so here it is.\n\nWe will not be offering you the {role} position. [The panel's view was that|Overall,] [your technical depth was clear, but we need someone who has already owned a roadmap end to end|you communicated really well, but the system design conversation didn't reach the depth we need at this level|your analysis was solid, but we need more experience with senior stakeholders].\n\nWhat went well:\n- [Clear, structured answers|Great rapport with the team|A thoughtful written exercise]\n- [Good questions about how we work|Strong SQL and modelling|Honest about trade-offs]\n\nWhere we'd have liked more:\n- [Concrete examples of leading without authority|Depth on scaling and reliability|Numbers for the impact of your past work]\n\nI know this is a lot to read after a no. [If you want to talk any of it through, my door is open.|Feel free to reply with questions.] [I'd genuinely like to see you apply again in a year or so.|]\n\n{bye}",
            "{hi}\n\nI'm writing with the outcome of your interviews for {role}, and I'm afraid it isn't the news you were hoping for: we have made an offer to another candidate[ and they have accepted|].\n\nBecause you put [so much time|a full day] into our process, I wanted to send more than a form letter. The interviewers were consistent that you [think clearly under pressure|are a generous collaborator|know your craft]. Where the other candidate pulled ahead was [hands-on experience with payments regulation|managing a team of more than ten|shipping native mobile apps], which matters a great deal for this particular team next year.\n\nPlease don't read this as a verdict on your ability. [I'd be glad to introduce you to a couple of people I know who are hiring.|I will reach out if a role closer to your strengths opens.]\n\n{bye}",
        ],
        n=5,
        quote=True,
    ),
    # idea: large-enterprise ATS decline wrapped in privacy, EEO and no-reply legal text
    Family(
        "rej_w_ats_legal_footer",
        R,
        "ats",
        [
            "Regarding your application for {role} - Req {ref}",
            "{company} Careers: application update",
            "Your candidacy: {role} ({ref})",
        ],
        [
            "{hi}\n\nThank you for your interest in career opportunities with {company}. This message concerns your application for {role}, requisition {ref}.\n\n[We have carefully reviewed your qualifications and have selected other applicants whose background more closely aligns with the requirements of this position.|The position has been filled by an applicant whose qualifications more closely meet the needs of the role.|We have determined that other candidates better meet the qualifications for this position at this time.] Your candidate profile will remain active[, and you are welcome to apply for other positions| so you can apply for future openings].\n\n{bye}\n\n----------\n[{company} is an Equal Opportunity Employer. All qualified applicants receive consideration for employment without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.|{company} and its subsidiaries are equal opportunity employers and value diversity at all levels.]\n\n[PRIVACY: We process your personal data in line with our Candidate Privacy Notice. You may request access to or deletion of your data at any time by writing to privacy@{slug}.com.|This is a system-generated message. Replies to this address are not monitored. Please do not reply.]\n\n[© {company}. All rights reserved.|{company} Ltd, registered in England and Wales, company number 0{big}771.]",
        ],
        n=5,
    ),
    # idea: badly merged templates with the name, role or company fields left empty
    Family(
        "rej_w_placeholders",
        R,
        "[ats|company]",
        [
            "Your application for [{role}|{ph_role}]",
            "Application status - {ph_co}",
            "Update re: [{ph_role}|your application]",
        ],
        [
            "Dear {ph_name},\n\nThank you for applying for the [{ph_role}|{role}] position at [{ph_co}|{company}]. [We have now completed our review|Our team reviewed your application] and, [after careful thought|although your experience is valuable], we will not be moving forward with your candidacy for this role.\n\n[We wish you success in your search.|We appreciate your interest in {ph_co}.]\n\nRegards,\n{ph_sig}",
            "Hi {ph_name},\n\nThanks for your interest in joining us as a {ph_role}. We received a very high number of applications and are unable to progress yours at this time.\n\nAll the best,\n{ph_sig}",
            "Dear {ph_name},\n\nWith reference to your application dated XX/XX for the post of {ph_role}, we regret to advise that you have not been selected for the next stage.\n\nYours sincerely,\n{ph_sig}\n{ph_co}",
        ],
        n=6,
        extra={"ph_name": PH_NAME, "ph_role": PH_ROLE, "ph_co": PH_COMPANY, "ph_sig": PH_SIGNER},
    ),
    # idea: recruiters writing in their second language (French-, Italian-, Indian-English patterns)
    Family(
        "rej_w_nonnative",
        R,
        "[company|person]",
        [
            "Your candidature - {role}",
            "Answer to your application",
            "Regarding the position {role}",
            "Result of selection",
        ],
        [
            "Dear {name},\n\nThank you for your interest for the position of {role} in our company. We have examined your profile with attention, but we are sorry to inform that your candidature has not been retained for the next steps.\n\nWe will keep your CV in our database and we will not hesitate to contact you if a position corresponding to your profile will be open.\n\nWe wish you good continuation in your research.\n\n{bye}",
            "Hello {name},\n\nThanks for apply to {company}. After to study your CV, the team decide that your profile is not matching with the actual needs of the position, so we cannot continue the process with you for this time.\n\nWe wish you a lot of success.\n\n{bye}",
            "Good day {name},\n\nKindly be informed that after the evaluation of your application for the post of {role}, you have not been shortlisted for further process. We appreciate the interest shown in our organisation and wish you all the best in your future endeavours.\n\nThanks & Regards\n{rfirst} {rlast}\nHR Department",
            "Dear {name}, we inform you that the selection for {role} is concluded and your application was not chosen. Thank you for the participation and good luck.\n\n{bye}",
        ],
        n=6,
    ),
    # idea: recruiter confirming in writing a no already given on the phone after a final round
    Family(
        "rej_w_after_final_call_recap",
        R,
        "person",
        ["Following our call", "Re: final round - {role}", "As discussed"],
        [
            "{hi}\n\nThanks again for taking my call [this afternoon|earlier today|just now]. As I mentioned, the team has decided to [go ahead with the other finalist|make an offer to another candidate] for the {role} position. I know it's hard to hear after [four rounds|a full day onsite|the final presentation], and I want to say again how close it was.\n\n[As promised, the panel's main note was that they wanted more experience with enterprise customers.|The panel asked me to pass on that your presentation was one of the best they'd seen.|]\n\nPlease keep in touch - {company} hires for similar roles regularly and I'd love to bring you back in.\n\n{bye}",
            "{hi}\n\nJust putting in writing what we talked about: we're not able to offer you the {role} job after the final stage. It was between you and one other person and the decision came down to [notice period|specific industry background|a slight edge in leadership experience].\n\nThank you for being so gracious about it on the phone.\n\n{bye}",
        ],
        n=5,
        quote=True,
    ),
    # idea: agency consultant relaying that their client passed
    Family(
        "rej_w_agency_client_passed",
        R,
        "agency",
        ["Feedback from {company}", "{role} - client feedback", "Re: {company} update"],
        [
            "{hi}\n\nJust had feedback from {company} on the {role} role. [They've decided not to take you forward to interview|They won't be progressing you to second stage|They've gone with an internal candidate], [mainly because they want someone with more sector experience|as they felt the salary expectations were too far apart|which is honestly no reflection on you]. Gutted for you, as I thought it was a great fit.\n\n[I've got a couple of other things in the pipeline you might like - free for a call this week?|Let's keep in touch, I'll be in contact when the right thing comes up.]\n\n{bye}",
            "{hi} no joy from {company} I'm afraid - they've passed at CV stage for the {role}. Will keep looking for you.\n\n{rfirst}",
        ],
        n=5,
        quote=True,
    ),
    # idea: a search paused or frozen "for now", so applications stop where they are
    Family(
        "rej_w_paused_for_now",
        R,
        "[person|company]",
        ["An honest update on {role}", "{role} - search paused", "Status of the {role} vacancy"],
        [
            "{hi}\n\nI wanted to give you an honest update on {role}. [Leadership has asked us to pause this search for now|The role is on hold while we revisit our plans for next year|We've had to freeze this position for the time being], and we will not be moving applications forward at this stage. That includes yours, and I'm sorry after you [put time into our process|already spoke with the team].\n\nIf the role opens again, [we will reach out|you would be very welcome to reapply], but I don't want you waiting on us in the meantime.\n\n{bye}",
            "{hi}\n\nThis position ({ref}) is currently paused. Applications already submitted, including yours, will not progress further and we are closing them today. [You may wish to apply to our other open roles.|Thank you for your understanding.]\n\n{bye}",
        ],
        n=5,
    ),
    # idea: corporate euphemism rejections that never say "unfortunately" or "regret"
    Family(
        "rej_w_soft_indirect",
        R,
        "[ats|company]",
        [
            "Your {company} application",
            "Closing the loop on {role}",
            "Thank you for exploring {company}",
        ],
        [
            "{hi}\n\nThank you for exploring a career with {company}. We've reviewed your application for {role} and [have chosen to continue with candidates whose experience aligns more closely with this team's immediate needs|will be focusing on other profiles for this position|are taking this search in a different direction]. [We won't be scheduling further conversations about this role.|Your application for this role is now closed.]\n\n[Please stay connected - new roles are posted weekly.|We hope you'll consider us again.]\n\n{bye}",
            "{hi}\n\nWe appreciate your patience while we reviewed applications for {role}. The team has now finalised the shortlist, and your application is not among those progressing.\n\nWe'd love to see you apply for future roles that fit your experience.\n\n{bye}",
            "{hi}\n\nWe're writing to close the loop on {role}. Having looked at every application, we're prioritising candidates with [deeper B2B SaaS experience|a healthcare background|more people-management experience], so this particular opening won't be the one for you. Keep an eye on our careers page for roles that are a closer match.\n\n{bye}",
        ],
        n=6,
    ),
    # idea: chatty company update that buries the decision in the middle of a paragraph
    Family(
        "rej_w_mid_paragraph",
        R,
        "company",
        ["A note from the {company} team", "Thanks for applying, {name}", "{role} at {company}"],
        [
            "{hi}\n\nWhat a season it has been at {company}! Since we posted the {role} opening we have [launched in three new markets|moved into our new office in {city}|welcomed twelve new colleagues], and we were amazed by the number of people who applied - more than {big}. We read every application, including yours, and after a lot of discussion the team has chosen to continue with a smaller group of candidates, so your application won't be going forward this time. In the meantime we'd love you to [follow us on LinkedIn|read our engineering blog|join our community Slack], where we post news about the product and upcoming events.\n\n[Thanks for thinking of us.|Wishing you all the best.]\n\n{bye}",
            "{hi}\n\nThanks for your application for {role} and for the kind words about our [app|products|mission] in your cover letter - the team loved reading that.\n\nWe've now been through everything that came in. Your experience is impressive, though for this role we are moving ahead with people whose background is closer to [clinical software|retail analytics|developer tools], which means we won't be continuing with your application. We're growing fast and will post more roles in the spring.\n\nOne more thing: our quarterly meetup in {city} is open to everyone, applicants included.\n\n{bye}",
        ],
        n=5,
    ),
    # idea: founder replying in a thread: "we're going to pass"
    Family(
        "rej_w_thread_pass",
        R,
        "person",
        ["Re: {role} at {company}", "Re: thanks for today", "Re: next steps?"],
        [
            "{hi}\n\nThanks for the [chat|conversation] on {day} and for following up. Talked it over with [my co-founder|the team|{rfirst2}] and we're going to pass for now - [we need someone more senior on the infra side|we're prioritising someone who can start this month|you'd be stepping down in scope and we don't think you'd be happy]. Really appreciated your [energy|questions|candour] though.\n\n{bye}",
            "{hi} appreciate the nudge. We're not going to move ahead with you for the {role} role, the team felt the fit wasn't quite there. Wish you luck!\n\n{rfirst}",
        ],
        n=5,
        quote=True,
        extra={"rfirst2": ["Jess", "Arjun", "our CTO", "Malte"]},
    ),
    # idea: university or council HR letter: "the panel has decided not to appoint"
    Family(
        "rej_w_not_appointed_panel",
        R,
        "[company|HR Services <recruitment@{slug}.ac.uk>|People Services <jobs@{slug}-council.gov.example>]",
        ["Vacancy {ref}: {role}", "Post of {role} - outcome", "Outcome of interview - ref {ref}"],
        [
            "Dear {name},\n\nRe: {role} (vacancy reference {ref})\n\nThank you for attending interview on {date}. I am writing to inform you that the interview panel has decided not to appoint you to this post. [The standard of candidates was exceptionally high.|Feedback is available on request from the chair of the panel.]\n\nThank you for your interest in working with us.\n\nYours sincerely,\n\nRecruitment Team\nHR Services",
            "Dear {name},\n\nVacancy: {role}, ref {ref}\n\nFollowing the shortlisting meeting for the above post, I write to let you know that your application was not taken forward to the interview stage. We received {big} applications for this post.\n\nMay I take this opportunity to thank you for your interest.\n\nYours sincerely,\nRecruitment Services",
        ],
        n=5,
    ),
    # idea: shops, cafés and warehouses texting back after a trial shift or walk-in CV
    Family(
        "rej_w_trial_shift_text",
        R,
        "[person|{rfirst} <{rfirst}.{shop}@gmail.com>]",
        ["Re: {job} job", "trial shift", "Re: CV for {job} position"],
        [
            "Hi {name}, thanks for coming in for the trial shift on {day}. We've decided to go with someone else who has more [till|kitchen|forklift] experience. All the best!\n{rfirst}",
            "Hi {name}, just to let you know the {job} position has been filled now. Thanks for dropping your CV in and good luck with the hunt.",
            "hey {name}, sorry for the slow reply! we ended up hiring someone for the {job} spot, but thanks so much for your interest :)",
        ],
        n=5,
        extra={
            "job": [
                "barista",
                "sales assistant",
                "kitchen porter",
                "warehouse operative",
                "receptionist",
                "delivery driver",
                "bartender",
            ],
            "shop": ["cornercafe", "thebakehouse", "riversidebar", "greengrocer"],
        },
    ),
    # idea: candidate-portal journey mail: "your application has reached the end of its journey"
    Family(
        "rej_w_portal_journey_end",
        R,
        "ats",
        [
            "Your application journey with {company}",
            "There's an update on your application",
            "{role}: application closed",
        ],
        [
            "{hi}\n\nThere's an update on your application for {role}.\n\nStatus: [Not progressing|Closed - not selected|Unsuccessful]\n\nThis means your application has reached the end of its journey for this vacancy. You can still see it in your candidate dashboard, where you'll also find roles that may suit you.\n\n{bye}",
            "{hi}\n\nWe've made a decision on your application for {role} ({ref}): we won't be progressing it to the next stage. [Sign in to your account to see other vacancies.|]\n\n{bye}",
        ],
        n=5,
    ),
    # idea: big-tech style decline that mentions the cool-off period before reapplying
    Family(
        "rej_w_reapply_cooloff",
        R,
        "[ats:greenhouse|ats:workday|company]",
        [
            "Update on your {company} candidacy",
            "{company} | {role}",
            "Your interview loop with {company}",
        ],
        [
            "{hi}\n\nThank you for interviewing with {company} for {role}. After reviewing feedback from the interview loop, we won't be moving forward with your candidacy at this time.\n\n[Our interviewers appreciated your time and preparation.|We know interviewing takes a lot of effort.] Candidates may reapply for the same role after [6|12] months, and you're welcome to apply to other roles sooner.\n\nDue to our policy, we're unable to share specific feedback from the interviews.\n\n{bye}",
            "{hi}\n\nWe've completed our review for {role} and won't be extending an offer. Please note that our hiring committee's decision is final for this cycle, and you can be considered again for this team after [six months|a year].\n\n{bye}",
        ],
        n=5,
    ),
    # idea: reviewer's note after a take-home, case or coding exercise was marked
    Family(
        "rej_w_after_task_review",
        R,
        "person",
        ["Re: your exercise", "Your {task} - our feedback", "{role}: after the {task}"],
        [
            "{hi}\n\nThank you for the work you put into the {task}. [{rfirst2} and I|The reviewers|Two of our engineers] went through it [this week|yesterday] and, while [the write-up was clear|the code was tidy|your assumptions were well reasoned], we've decided not to invite you to the next round. [The main gap was how edge cases were handled.|We hoped to see more depth in the analysis section.|]\n\n{bye}",
            "{hi} quick update on the {task} you sent over: the team reviewed it and we won't be progressing your application to the final stage this time. Thanks for the effort - I know it took a chunk of your weekend.\n\n{rfirst}",
            "{hi}\n\nWe've now marked all the {task}s submitted for {role}. Yours was solid, but others scored higher against our criteria, so we're closing your application at this stage. If you'd like the marker's comments, just reply.\n\n{bye}",
        ],
        n=5,
        quote=True,
        extra={
            "task": [
                "take-home",
                "case study",
                "coding exercise",
                "design task",
                "written exercise",
            ],
            "rfirst2": ["Ola", "Bram", "our lead engineer", "Ife"],
        },
    ),
    # idea: ATS outcome after a test or a one-way recorded video interview
    Family(
        "rej_w_after_test_or_video",
        R,
        "[ats|ats:workday|ats:smartrecruiters]",
        [
            "Your {company} application - next steps",
            "{role}: assessment outcome",
            "Thank you for completing your {step}",
        ],
        [
            "{hi}\n\nThank you for completing the {step} for {role}. Our team has reviewed your [responses|results] and you will not be progressing to the next stage of the process.\n\nWe are grateful for the time you invested and encourage you to look at our other vacancies.\n\n{bye}",
            "{hi}\n\nWe have now reviewed the {step} you completed for {role}. On this occasion your application has not been taken forward. [Because of the number of candidates we cannot give individual feedback.|]\n\n{bye}",
        ],
        n=5,
        extra={
            "step": [
                "video interview",
                "recorded video interview",
                "online assessment",
                "numerical reasoning test",
                "game-based assessment",
                "coding challenge",
            ],
        },
    ),
]

RECEIVED = [
    # idea: acknowledgement templates sent with the merge fields still empty
    Family(
        "rcv_w_placeholders",
        A,
        "[ats|company]",
        [
            "Application received - {ph_role}",
            "Thank you for applying to {ph_co}",
            "Your application: [{role}|{ph_role}]",
        ],
        [
            "Dear {ph_name},\n\nThank you for your application for the [{ph_role}|{role}] position at [{ph_co}|{company}]. We have received it and our recruitment team will review it carefully. [If your profile matches the requirements, we will contact you to discuss the next steps.|We will be in touch should your application be shortlisted.]\n\nKind regards,\n{ph_sig}",
            "Hi {ph_name},\n\nWe got your application for {ph_role}! Thanks for your interest in {ph_co}. Our team is reviewing applications and will reach out within XX business days.\n\n{ph_sig}",
        ],
        n=7,
        extra={"ph_name": PH_NAME, "ph_role": PH_ROLE, "ph_co": PH_COMPANY, "ph_sig": PH_SIGNER},
    ),
    # idea: NGO / UN-style notice that only shortlisted candidates will be contacted
    Family(
        "rcv_w_only_shortlisted",
        A,
        "[company|Recruitment Unit <recruitment@{slug}-foundation.org>]",
        [
            "Acknowledgement: {role} ({ref})",
            "Your application has been registered",
            "Receipt of application - {role}",
        ],
        [
            "Dear {name},\n\nThis is to acknowledge receipt of your application for the position of {role} (vacancy {ref}). Please note that due to the high volume of applications, only shortlisted candidates will be contacted. We thank all applicants for their interest.\n\nRecruitment Unit",
            "{hi}\n\nYour application for {role} has been registered successfully. Applications will be screened after the closing date of {date}. Only candidates who are selected for further assessment will be contacted; we are unable to respond to each applicant individually.\n\nKind regards,\nRecruitment Team",
        ],
        n=7,
    ),
    # idea: small charity saying silence after four weeks means no
    Family(
        "rcv_w_four_weeks_silence",
        A,
        "[company|{rfirst} {rlast} <hr@{slug}-trust.org.uk>]",
        [
            "Thank you for your application",
            "{role} - application received",
            "Re: application for {role}",
        ],
        [
            "{hi}\n\nMany thanks for applying for the {role} post. I can confirm we have received your application form and covering letter.\n\nShortlisting will take place the week after the closing date, and interviews are planned for the week of {date}. If you do not hear from us within 4 weeks, please assume you have not been shortlisted on this occasion - we are a small team and can't always write to everyone.\n\n[Best wishes|With thanks],\n{rfirst} {rlast}\nHR & Office Manager",
            "{hi}\n\nThank you for your interest in {company}. Your application for {role} reached us safely. We aim to contact shortlisted applicants within a month; if you haven't heard from us by then, we won't be taking your application further this time.\n\nWith best wishes,\nThe {company} team",
        ],
        n=6,
    ),
    # idea: careers portal that creates an account and submits the application in one mail
    Family(
        "rcv_w_account_created",
        A,
        "[ats:workday|ats:icims|ats:smartrecruiters|ats]",
        [
            "Welcome to {company} Careers",
            "Your candidate account and application",
            "Account created - application submitted",
        ],
        [
            "{hi}\n\nWelcome! Your candidate account for the {company} career site has been created.\n\nUsername: {name}.{ref}@gmail.com\n\nWe have also received your application:\n{role} - {city} (Job ID {ref})\n\nYou can sign in at any time to check your application status, update your profile or set up job alerts.\n\n{bye}",
            "{hi}\n\nThanks for registering on our careers portal. Your profile is complete and your application for {role} has been submitted. Our recruiting team reviews every submission; you'll get an email when your status changes.\n\n{bye}",
        ],
        n=7,
    ),
    # idea: "your application will be reviewed; if selected we will be in touch"
    Family(
        "rcv_w_if_selected",
        A,
        "[ats|company]",
        ["We have your application", "{role} - thank you", "{company}: thanks for applying"],
        [
            "{hi}\n\nThank you for submitting your application for {role}. Your application will be reviewed by the hiring team. If selected, we will be in touch regarding next steps.\n\n{bye}",
            "{hi}\n\nWe appreciate your interest in {company}. Our recruiters are reviewing your experience against the requirements of the {role} role. Should your profile be shortlisted, a member of our team will contact you [by phone|by email] [within two weeks|soon].\n\n{bye}",
            "{hi}\n\nThanks for raising your hand for {role}! We're reading applications now. Heads up: if you're selected to move on, you'll hear from a recruiter; either way we will update your application status in the portal.\n\n{bye}",
        ],
        n=7,
    ),
    # idea: in-house recruiter with Indian-English phrasing: "well received, will revert"
    Family(
        "rcv_w_will_revert",
        A,
        "person",
        ["RE: Application for {role}", "RE: Resume - {role}", "Re: {role} opening"],
        [
            "Hi {name},\n\nWell received your CV, thank you. I will share it with the hiring manager and revert back to you shortly with the feedback.\n\nRegards,\n{rfirst}",
            "Dear {name},\n\nThanks for your mail. Your profile is under review with the concerned team for the {role} opening. Will update you once I hear from them.\n\nThanks & Regards\n{rfirst} {rlast}\nTalent Acquisition",
            "Noted with thanks, {name}. Have forwarded your resume to the panel, will get back on the next step.\n\n{rfirst}",
        ],
        n=6,
        quote=True,
    ),
    # idea: status-change notification that only says "under review"
    Family(
        "rcv_w_status_under_review",
        A,
        "ats",
        [
            "Application status update: {role}",
            "Your application is under review",
            "Status changed - {ref}",
        ],
        [
            "{hi}\n\nThe status of your application for {role} ({ref}) has changed.\n\nNew status: [Under review|In review - hiring manager|Being considered|Screening]\n\nNo action is required from you. We'll let you know as soon as there's news.\n\n{bye}",
            "Your application to {company} is being reviewed\n\n{role}\n{city}\n\nStatus: [Reviewing|Application viewed by recruiter]\n\nWe'll notify you when the status changes.",
        ],
        n=6,
    ),
    # idea: "what happens next" acknowledgement describing future steps of the process
    Family(
        "rcv_w_whats_next_steps",
        A,
        "[company|ats:ashby|ats:lever]",
        [
            "Thanks for applying - here's what happens next",
            "{company} hiring process: what to expect",
            "Application received ({role})",
        ],
        [
            "{hi}\n\nThanks for applying for {role}! Here's what happens next:\n\n1. Review - our team reads every application [within ten working days|within two weeks].\n2. Intro call - if there's a match, a recruiter will invite you to a 30-minute call.\n3. [Skills exercise|Technical stage|Case exercise] - a short task related to the role.\n4. Team interviews - you'll meet the people you'd work with.\n\nRight now you're at step 1, so there's nothing you need to do.\n\n{bye}",
            "{hi}\n\nWe've received your application for {role}. To set expectations: our process usually has a recruiter screen, an assessment and a final interview, and takes about [three|four|five] weeks end to end. We'll email you once we've reviewed your application.\n\n{bye}",
        ],
        n=7,
    ),
    # idea: recruitment agency confirming an application sent through its website
    Family(
        "rcv_w_agency_applied_site",
        A,
        "[agency|{agency} <applications@recruitmail.example>]",
        [
            "Your application via {agency}",
            "Thanks for applying: {role} ({city})",
            "{agency} - application received",
        ],
        [
            "{hi}\n\nThank you for applying for the {role} role ({city}) via the {agency} website. One of our consultants will review your details, and if your experience matches our client's brief we will call you to discuss it further.\n\nIn the meantime, [make sure your CV is up to date on your profile|you can browse our other live vacancies].\n\nKind regards,\n{agency} Candidate Services",
            "{hi}\n\nThanks - your application for {role} has reached us. Our team handles a lot of applications for this role so please bear with us; we'll be in touch if you're shortlisted for the client.\n\nThanks,\nThe {agency} team",
        ],
        n=6,
    ),
    # idea: referral programme mail confirming the referred application was submitted
    Family(
        "rcv_w_referral_submitted",
        A,
        "[ats|ats:greenhouse|ats:lever]",
        [
            "You've been referred to {company}",
            "{rfirst2} referred you for {role}",
            "Your referral application",
        ],
        [
            "{hi}\n\nGood news - {rfirst2} has referred you for the {role} position at {company}, and your application is now in our system. Referred applications are reviewed by the recruiting team like all others; we'll reach out if it's a fit.\n\n{bye}",
            "{hi}\n\nThis is to confirm that your referral from {rfirst2} for {role} was submitted along with your CV. We'll review it in the coming days.\n\n{bye}",
        ],
        n=6,
        extra={"rfirst2": ["Tomasz Wolf", "Ruth Ade", "Kenji Mori", "Sinead Byrne"]},
    ),
]

OFFER = [
    # idea: plain short "we'd like to hire you" from a hiring manager
    Family(
        "off_w_plain_hire",
        O,
        "person",
        ["{role}", "Good news", "Re: {role} position"],
        [
            "{hi}\n\nWe'd like to hire you for the {role} position. [Everyone you met was impressed.|It was an easy decision for us.] I'll send the written offer with salary and start date [tomorrow|this week], but I wanted you to hear it from me first.\n\n{bye}",
            "{hi}\n\nThank you for coming in on {day}. We would like to offer you the job! Could you let me know if you're still available and when you could start?\n\n{bye}",
        ],
        n=7,
        quote=True,
    ),
    # idea: excited startup founder, "we want you on the team, when can you start?"
    Family(
        "off_w_want_on_team",
        O,
        "person",
        ["you're in!", "Welcome aboard (almost)", "{company} x {name}"],
        [
            "{hi}\n\nOkay, I can't wait any longer: we want you on the team as our {role}! [{rfirst2} and I talked last night|The whole team voted] and it's a yes. We can do a base salary of {salary} plus [0.3%|0.5%] equity, and we're flexible on remote days.\n\nWhen could you start? I'll get the paperwork going as soon as you say yes.\n\n{rfirst}",
            "{hi}\n\nGreat news, we're making you an offer for the {role} role! Details coming in a proper letter but wanted to tell you right away. Let's hop on a call?\n\n{rfirst}",
        ],
        n=7,
        extra={"rfirst2": ["my co-founder", "Dana", "Ollie", "Sunita"]},
    ),
    # idea: recap of a verbal offer as a bullet list of terms
    Family(
        "off_w_terms_recap",
        O,
        "person",
        ["Offer details - {role}", "Summary of your offer", "Re: our call today"],
        [
            "{hi}\n\nThanks for the call today - I'm so pleased we could share the news. Here's a summary of the offer we discussed:\n\n- Title: {role}\n- Base salary: {salary}\n- [Bonus: up to 10% of base|Equity: 4,000 options vesting over four years|Sign-on bonus: paid in your first month]\n- Start date: {date} (flexible)\n- Reporting to: {rfirst2}\n\nThe formal letter will come through DocuSign [later today|tomorrow]. [Take a few days to think about it.|Let me know if anything doesn't look right.]\n\n{bye}",
        ],
        n=7,
        quote=True,
        extra={
            "rfirst2": [
                "Priya Raman, Head of Data",
                "Marc Olsen, VP Engineering",
                "Lou Barnes, COO",
            ]
        },
    ),
    # idea: HR sending the contract and onboarding forms after the offer was accepted
    Family(
        "off_w_contract_hr_portal",
        O,
        "[company|ats:bamboohr|ats:personio]",
        [
            "Your employment contract is ready",
            "Action required: sign your contract",
            "Welcome to {company} - contract and next steps",
        ],
        [
            "{hi}\n\nCongratulations again on accepting our offer for {role}! Your employment contract is ready to sign in [Adobe Sign|HelloSign|our HR portal]. Please also complete the new-starter forms (bank details, emergency contact, right-to-work documents) before {date}.\n\nYour first day will be {date}.\n\n{bye}",
            "{hi}\n\nFollowing your verbal acceptance, please find attached your contract of employment and the staff handbook. Sign both copies and return one to us by {date}.\n\n{bye}",
        ],
        n=6,
    ),
    # idea: "you have been selected for the position", formal non-native offer email
    Family(
        "off_w_selected_formal",
        O,
        "[company|person]",
        ["Offer Letter - {role}", "Selection for the post of {role}", "Job offer"],
        [
            "Dear {name},\n\nWe are pleased to inform you that you have been selected for the position of {role} at {company}. Kindly find attached the offer letter containing the terms and conditions of your employment, with an annual compensation of {salary}.\n\nRequest you to sign and send back the acceptance copy within 3 working days and confirm your date of joining.\n\nThanks & Regards\nHR Team",
            "Dear {name},\n\nWith reference to your interview, we are happy to offer you the post of {role}. Your joining date is proposed as {date}. Please confirm your acceptance of this offer by return mail.\n\nBest regards,\n{rfirst} {rlast}",
        ],
        n=7,
    ),
    # idea: offer template with merge fields not filled in
    Family(
        "off_w_placeholders",
        O,
        "[ats|company]",
        [
            "Offer of employment - {ph_role}",
            "Your offer from {ph_co}",
            "Congratulations, {ph_name}!",
        ],
        [
            "Dear {ph_name},\n\nWe are delighted to offer you the position of [{ph_role}|{role}] at [{ph_co}|{company}], starting on {ph_date}. Your starting salary will be {ph_salary} per annum.\n\nPlease sign and return the enclosed offer letter by {ph_date}.\n\nKind regards,\n{ph_sig}",
        ],
        n=6,
        extra={
            "ph_name": PH_NAME,
            "ph_role": PH_ROLE,
            "ph_co": PH_COMPANY,
            "ph_sig": PH_SIGNER,
            "ph_date": ["[Start Date]", "<<Date>>", "XX/XX/XXXX", "[start_date]"],
            "ph_salary": ["[Salary]", "XX,XXX", "<<Amount>>", "$XX"],
        },
    ),
    # idea: small business owner offering a shift job by email
    Family(
        "off_w_small_business",
        O,
        "[person|{rfirst} <{rfirst}.{shop}@gmail.com>]",
        ["job!", "Re: {job} position", "the job is yours"],
        [
            "Hi {name}! Great to meet you {day}. We'd love to offer you the {job} job - [16|24|30] hours a week to start, {wage} an hour. Can you start next Monday? Let me know!\n{rfirst}",
            "{hi}\n\nThank you for the trial shift, the team loved you. The {job} position is yours if you want it. I'll need your bank details and a copy of your passport for the contract.\n\n{rfirst}",
        ],
        n=6,
        extra={
            "job": [
                "barista",
                "sales assistant",
                "line cook",
                "warehouse operative",
                "receptionist",
            ],
            "shop": ["cornercafe", "thebakehouse", "riversidebar"],
            "wage": ["£12.50", "€14", "$19", "£13.10"],
        },
    ),
]

ASSESSMENT = [
    # idea: ATS notification that a timed take-home is ready to start
    Family(
        "asm_w_takehome_ready",
        T,
        "[ats:ashby|ats:greenhouse|ats]",
        [
            "Your take-home assignment for {role}",
            "{company}: take-home assignment ready",
            "Action needed: take-home project",
        ],
        [
            "{hi}\n\nYour take-home assignment for the {role} role is ready. Once you open it, you'll have [72 hours|48 hours|five days] to submit your work through the same link.\n\nStart the assignment: https://candidates.{slug}.com/assignment/{ref}\n\nWhat we look for: [readable code and a short write-up of your decisions|a clear recommendation backed by the data|how you frame the problem before solving it]. Please don't spend more than [three|four] hours on it.\n\n{bye}",
            "{hi}\n\nAs the next step, we'd like you to complete an assignment at home. The instructions are attached as a PDF, together with a sample dataset. Send your solution as a zip or a link to a private repository by {day} {date}.\n\n{bye}",
        ],
        n=7,
    ),
    # idea: consulting-style case pack to work through and return in writing
    Family(
        "asm_w_case_pack",
        T,
        "[person|company]",
        ["Case pack - {role}", "Written case exercise", "Your case materials"],
        [
            "{hi}\n\nAttached is the case pack for the next stage of the {role} process. It describes [a regional grocery chain losing market share|a SaaS company deciding whether to enter {city}|a hospital trying to cut waiting times]. Please answer the three questions at the end in no more than [two pages|five slides] and email your answers to me by {time} on {day}.\n\nYou may use Excel or any tool you like. There is no live component to this stage.\n\n{bye}",
        ],
        n=6,
    ),
    # idea: coding platform invitation (CodeSignal / CoderPad / Coderbyte style)
    Family(
        "asm_w_coding_platform",
        T,
        "[CodeSignal <noreply@codesignal.com>|Coderbyte <team@coderbyte.com>|{company} via CoderPad <no-reply@coderpad.io>]",
        [
            "{company} invited you to a coding assessment",
            "Your {company} General Coding Assessment",
            "Coding challenge from {company}",
        ],
        [
            "{hi}\n\n{company} has invited you to complete a coding assessment as part of your application for {role}.\n\nDuration: [70|90|60] minutes\nQuestions: [4|3|2]\nDeadline: {date}\n\nYou can take a practice test first to get familiar with the environment. Your webcam may be used for proctoring.\n\nBegin assessment",
            "{hi}\n\nYou've been invited to a take-home coding challenge by {company}. Open the link below when you're ready; the timer starts when you click Start.\n\nhttps://app.codesignal.com/invite/{ref}\n\nGood luck!",
        ],
        n=7,
    ),
    # idea: HireVue-style invitation to a one-way recorded "digital interview"
    Family(
        "asm_w_oneway_video_invite",
        T,
        "[HireVue <noreply@hirevue.com>|{company} via Spark Hire <no-reply@sparkhire.com>|ats]",
        [
            "{company} invites you to a digital interview",
            "Your on-demand video interview for {role}",
            "Record your video interview",
        ],
        [
            "{hi}\n\nThank you for your interest in {company}. You are invited to complete an on-demand video interview for the {role} position. You will record answers to [five|six|four] questions on your own schedule - there will be no interviewer on the call.\n\nYou'll have 30 seconds to read each question and up to 3 minutes to answer. Please complete it by {date}.\n\nStart your interview: https://app.hirevue.com/{ref}",
            "{hi}\n\nNext up is a one-way video interview. You'll log in, see each question on screen and record your response; our team will watch the recordings afterwards. It takes about 20 minutes and you can do it any time before {day}.\n\n{company} Talent Acquisition",
        ],
        n=8,
    ),
    # idea: reminder for a recorded video interview not yet started
    Family(
        "asm_w_oneway_video_reminder",
        T,
        "[HireVue <noreply@hirevue.com>|{company} via Spark Hire <no-reply@sparkhire.com>|ats]",
        [
            "Reminder: your video interview expires soon",
            "You haven't completed your {company} interview yet",
            "Last chance to record your interview",
        ],
        [
            "{hi}\n\nThis is a friendly reminder that your on-demand interview for {role} at {company} has not been completed. Your invitation expires on {date} at {time} {zone}.\n\nNeed help? Check your camera and microphone with our device test before you begin.",
            "{hi}\n\nWe noticed you started but didn't finish your recorded interview for {role}. You still have [1 day|2 days|48 hours] left to record your remaining answers.\n\nThe {company} Recruiting Team",
        ],
        n=7,
    ),
    # idea: psychometric test reminder listing outstanding tests (SHL / Cappfinity style)
    Family(
        "asm_w_psychometric_reminder",
        T,
        "[ats|{company} Graduate Recruitment <graduates@{slug}.com>|SHL on behalf of {company} <noreply@shl.com>]",
        [
            "Reminder: complete your online tests",
            "Outstanding assessments for your {company} application",
            "{company}: your assessments are waiting",
        ],
        [
            "{hi}\n\nOur records show you still have assessments to complete for your application to {role}:\n\n- Numerical reasoning - [not started|in progress]\n- Verbal reasoning - not started\n- Work style questionnaire - [completed|not started]\n\nPlease finish all of them by {date}; applications with incomplete tests cannot be considered.\n\n{company} Early Careers Team",
            "{hi}\n\nJust a reminder that your situational judgement test for the {company} [graduate scheme|internship] closes in [three days|24 hours]. It takes around 30 minutes and must be done in one sitting.\n\nGood luck,\n{company} Early Careers Team",
        ],
        n=7,
    ),
]

INTERVIEW = [
    # idea: hiring manager's two-line "can you chat Thursday?"
    Family(
        "int_w_chat_thursday",
        I,
        "person",
        ["chat Thursday?", "Re: {role}", "call this week?"],
        [
            "{hi}\n\nThanks for applying for {role}. Can you chat Thursday? [Anytime after 2 works for me.|I'm free at {time} {zone}.] Should be about 30 minutes, just to get to know each other.\n\n{rfirst}",
            "{hi} got your application, nice one. would you be up for a video call {day}? [morning or afternoon?|say {time}?]\n\n{rfirst}",
        ],
        n=7,
        quote=True,
    ),
    # idea: scheduling-tool mail listing slots to pick for the interview
    Family(
        "int_w_booking_slots",
        I,
        "[{company} via GoodTime <scheduling@goodtime.io>|{company} Recruiting <no-reply@calendly.com>|ats]",
        [
            "Select a time for your {company} interview",
            "Action required: book your interview",
            "Pick your interview slot - {role}",
        ],
        [
            "{hi}\n\nPlease choose a time for your [45-minute video interview|first interview|technical interview] with {rfirst} {rlast} ({rtitle}) for {role}:\n\n{day}, {date}: {time}\n{day}, {date}: 15:30\nNext week: more times available\n\nBook now: https://{slug}.goodtime.io/book/{ref}\n\nOnce you book, you'll receive a calendar invitation with the video link.",
            "{hi}\n\nThe hiring team would like to speak with you. Use the link below to book a slot that suits you in the next five working days:\n\nhttps://calendly.com/{slug}-recruiting/{role_slug}\n\nThanks,\n{company} Recruiting",
        ],
        n=7,
        extra={"role_slug": ["interview", "first-round", "hm-call", "panel"]},
    ),
    # idea: coordinator logistics for an on-site panel: reception, ID, people, timing
    Family(
        "int_w_panel_logistics",
        I,
        "[person|company]",
        [
            "Logistics for {day}",
            "Your panel interview: practical details",
            "Getting to our office on {day}",
        ],
        [
            "{hi}\n\nA few practical details for your panel interview on {day}:\n\n- Arrive at reception at {time} and ask for {rfirst}; bring photo ID for the visitor pass.\n- The panel is [three people: the hiring manager, a senior engineer and someone from product|the team lead, an HR partner and a director].\n- It runs for about [90 minutes|two hours] including a short break.\n- [There is visitor parking in bay C.|The nearest station is a five-minute walk.]\n\nIf you have any access needs, just let me know.\n\n{bye}",
        ],
        n=7,
    ),
    # idea: sending the video link for tomorrow's live conversation
    Family(
        "int_w_video_link",
        I,
        "person",
        [
            "Teams link for tomorrow",
            "Zoom details - our conversation {day}",
            "Re: interview tomorrow",
        ],
        [
            "{hi}\n\nLooking forward to speaking tomorrow at {time} {zone}. [Here is the Teams link for the interview: https://teams.microsoft.com/l/meetup-join/{ref}|Zoom link for the interview: https://zoom.us/j/{ref}|We'll use Google Meet: https://meet.google.com/{ref}]\n\n[{rfirst2} from the team will join us for the second half.|It'll be just the two of us.] Cameras on if you can.\n\n{bye}",
        ],
        n=7,
        quote=True,
        extra={"rfirst2": ["Ines", "Marcus", "Akosua", "Pedro"]},
    ),
    # idea: formal, non-native invitation asking to confirm availability
    Family(
        "int_w_formal_invite",
        I,
        "[company|person]",
        [
            "Invitation for interview - {role}",
            "Interview call letter",
            "Interview schedule for {role}",
        ],
        [
            "Dear {name},\n\nWith reference to your application, we are pleased to invite you for an interview for the post of {role} on {date} at {time} at our {city} office. Kindly confirm your availability by return mail and carry a copy of your updated resume and ID proof.\n\nRegards,\nHR Department",
            "Dear {name},\n\nWe have the pleasure to invite you to a meeting with our team to discuss your candidature for {role}. The meeting will take place on {day} {date} at {time} by video. Please confirm if this date is convenient for you.\n\nBest regards,\n{rfirst} {rlast}",
        ],
        n=7,
    ),
    # idea: agency consultant prepping the candidate the day before an interview
    Family(
        "int_w_agency_prep",
        I,
        "agency",
        [
            "Prep for your {company} interview",
            "Tomorrow with {company}",
            "Interview confirmed - a few tips",
        ],
        [
            "{hi}\n\nYou're all confirmed with {company} for {day} at {time}. You'll meet {rfirst2} (hiring manager) and one of the team leads. Expect [competency questions about stakeholder management|a walk-through of a project you're proud of|some questions on their tech stack].\n\n[Give me a call after and let me know how it went!|Dress is smart casual.] Good luck!\n\n{bye}",
        ],
        n=7,
        extra={"rfirst2": ["Helen", "Raj", "Olga", "Tom"]},
    ),
    # idea: short reply confirming an agreed time in an email thread
    Family(
        "int_w_confirm_thread",
        I,
        "person",
        ["Re: availability", "Re: interview times", "Re: Re: {role} - next step"],
        [
            "{hi}\n\nPerfect, {day} at {time} it is. I'll send a calendar invite for the interview with the link shortly. [Speak then!|Looking forward to it.]\n\n{rfirst}",
            "Great - your interview is confirmed for {day} {time} {zone}. You'll be speaking with me and {rfirst2}. Invite on its way.\n\n{rfirst}",
        ],
        n=7,
        quote=True,
        extra={"rfirst2": ["our CTO", "Nadia", "the team lead"]},
    ),
]

OUTREACH = [
    # idea: LinkedIn InMail with recruiter hype: "exciting new opportunity"
    Family(
        "out_w_inmail_exciting",
        C,
        "linkedin",
        [
            "Exciting new opportunity!",
            "Exciting {role} role - {city}",
            "{name}, an exciting opportunity for you",
        ],
        [
            "{hi}\n\nI hope this message finds you well! I have an exciting new opportunity that I think aligns perfectly with your background. My client, [an innovative scale-up|a global leader in its space|a mission-driven company], is looking for a {role} to join their growing team in {city}.\n\nHighlights:\n- [Competitive salary up to {salary}|Fully remote with quarterly offsites]\n- [Great culture and fast career progression|Cutting-edge tech stack]\n\nWould you be open to a quick call to find out more?\n\n{bye}",
        ],
        n=7,
    ),
    # idea: agency "are you open to a move?" cold email
    Family(
        "out_w_open_to_move",
        C,
        "agency",
        ["Open to a move?", "Worth a chat?", "Your next step?"],
        [
            "{hi}\n\nAre you open to a move at the moment? I'm working on a {role} role with [a client of ours|a team I've placed with three times before] in {city} - [strong package, genuinely flexible hours|new team, big budget, lots of ownership]. I appreciate you might be happy where you are, but it's always worth knowing what's out there.\n\nHappy to send details over.\n\n{bye}",
            "{hi}\n\nHope you're well. Would you consider a move this year? Have a {role} brief that looks a lot like your CV. 10 minutes on the phone?\n\n{rfirst}",
        ],
        n=7,
    ),
    # idea: in-house recruiter who found the reader's public work (GitHub, Kaggle, talks)
    Family(
        "out_w_found_profile",
        C,
        "person",
        ["Found your profile on {site}", "Your {site} work", "Hello from {company}"],
        [
            "{hi}\n\nI found your profile on {site} while looking for people who [build data tooling|care about accessibility|write really clear code], and your [projects|notebooks|repositories] stood out. I'm a {rtitle} at {company} and we have an opening for a {role} that I think would suit you.\n\nYou haven't applied, I know - this is just me reaching out. Would a short call next week be of interest?\n\n{bye}",
        ],
        n=7,
        extra={"site": ["GitHub", "Kaggle", "Stack Overflow", "Dribbble", "Behance"]},
    ),
    # idea: a founder's long cold pitch about the company's mission
    Family(
        "out_w_founder_pitch",
        C,
        "person",
        [
            "Would love your help building {company}",
            "A slightly unusual note",
            "{company} - founding team",
        ],
        [
            "{hi}\n\nThis is a cold email, so I'll keep it honest. I started {company} [two years ago|last spring] after [spending a decade in logistics and seeing how broken freight booking is|watching my parents struggle with their clinic's paperwork|building data pipelines that nobody trusted]. We're now [{n} people|profitable|backed by great investors] and we're hiring a {role} who wants real ownership.\n\nI came across your work [through a mutual friend|on your blog|on GitHub] and thought you might be that person. If you're even slightly curious, I'd love to buy you a coffee in {city} or do a call.\n\n{rfirst}\nFounder, {company}",
        ],
        n=7,
    ),
    # idea: automated outreach sequence with merge fields left in
    Family(
        "out_w_sequence_placeholders",
        C,
        "[person|linkedin]",
        ["{ph_name}, quick question", "Opportunity at {company}", "Thought of you for {role}"],
        [
            "Hi {ph_name},\n\nI came across your profile and was impressed by your experience at {ph_co}. We're hiring a {role} at {company} and I think you could be a great fit.\n\nWould you be open to a 15-minute chat this week?\n\n{bye}",
            "Hey {ph_name} - {rfirst} from {company} here. Saw what you've been doing at {ph_co} and had to reach out: we're building a team for {role} and I'd love to tell you more. Interested?\n\n{bye}",
        ],
        n=7,
        extra={
            "ph_name": ["[first_name]", "$firstName", "[First Name]", "%FIRSTNAME%"],
            "ph_co": ["[current_company]", "[Company]", "%company%", "your current company"],
        },
    ),
    # idea: offshore staffing recruiter "urgent requirement, share your resume, CTC, notice period"
    Family(
        "out_w_urgent_requirement",
        C,
        "[person|agency]",
        [
            "Urgent requirement: {role} - {city}",
            "Job opening for {role} | Immediate joiners",
            "Exciting opportunity - {role} - Contract/Full time",
        ],
        [
            "Hi {name},\n\nHope you are doing well. We have an urgent requirement for {role} with one of our clients in {city}. Please find the job description below and if you are interested, kindly share your updated resume along with the following details:\n\nCurrent CTC:\nExpected CTC:\nNotice period:\nCurrent location:\n\nLooking forward to your response.\n\nThanks & Regards,\n{rfirst} {rlast}\nTalent Acquisition Specialist",
            "Dear {name},\n\nGreetings of the day! Your profile has been shortlisted from a job portal for the {role} position with our esteemed client. If interested, please reply with your updated CV and a suitable time to call.\n\nRegards,\n{rfirst}",
        ],
        n=7,
    ),
    # idea: agency listing several live roles at once
    Family(
        "out_w_role_list",
        C,
        "agency",
        ["A few roles that might interest you", "{n} live roles - {city}", "New roles this week"],
        [
            "{hi}\n\nI've got a few live roles I thought might be of interest based on your background:\n\n1. {role} - {company}, {city}, up to {salary}\n2. Senior {role} - fintech, hybrid, {city2}\n3. {role} (contract, 6 months) - public sector, remote\n\nIf any of these catch your eye, reply and I'll send the full spec. If not, no worries - just let me know what you'd be looking for.\n\n{bye}",
        ],
        n=7,
    ),
]

OTHER = [
    # idea: flatshare reply: the room went to someone else
    Family(
        "oth_w_flatshare_room",
        X,
        "[{rfirst} <{rfirst}.{rlast}@gmail.com>|{rfirst} via SpareRoom <messages@spareroom.example>]",
        ["Re: room in {area}", "the room", "Re: flatshare viewing"],
        [
            "Hi {name},\n\nThanks so much for coming round on {day}, it was really nice to meet you. We've had loads of people view the room and in the end we've decided to go with someone [who can move in sooner|who works from home less|a friend of a friend]. Sorry, and good luck with the search!\n\n{rfirst}",
            "Hey {name}! Good news - we'd love you to take the room in {area} :) Could you send the deposit by {day} and we'll sort the contract? {rfirst}",
        ],
        n=5,
        extra={"area": ["Kreuzberg", "Hackney", "De Pijp", "Gràcia", "Rathmines"]},
    ),
    # idea: housing-association / co-op application outcome letter
    Family(
        "oth_w_housing_coop",
        X,
        "[Lettings <lettings@{hname}.org.uk>|Allocations Team <allocations@{hname}.example>]",
        [
            "Your housing application ({ref})",
            "Outcome of your application for {street}",
            "Housing register update",
        ],
        [
            "Dear {name},\n\nThank you for your application for the [two-bedroom flat|studio] at {street}. The property received {big} bids, and we are sorry to tell you that it has been offered to another applicant with higher priority. Your position on the housing register is unchanged.\n\nAllocations Team",
            "Dear {name},\n\nWe are pleased to let you know that your application to join the housing co-operative has been approved by the members' meeting. Please attend an induction on {date} to sign your occupancy agreement.\n\nMembership Secretary",
        ],
        n=5,
        extra={
            "hname": ["greenfieldhousing", "cityhomes", "riversidecoop"],
            "street": ["21 Mill Lane", "Flat 4, Cedar Court", "9 Weavers Row"],
        },
    ),
    # idea: long formal graduate admission letter with scholarship and enrolment steps
    Family(
        "oth_w_grad_admit_letter",
        X,
        "[Office of Graduate Admissions <gradadmissions@university.example>|Postgraduate Admissions <pg.admissions@univ.example>]",
        [
            "Your admission to {uni_name}",
            "Congratulations - offer of admission for Fall",
            "Admission decision: {prog}",
        ],
        [
            "Dear {name},\n\nOn behalf of the admissions committee, it is my pleasure to inform you that you have been admitted to the {prog} program at {uni_name} for the Fall term. [You have also been awarded a merit scholarship covering 50% of tuition.|This offer includes a graduate assistantship.]\n\nTo accept your place, please:\n1. Submit your enrollment deposit through the applicant portal by {date}.\n2. Upload your final transcripts.\n3. Complete the housing questionnaire.\n\nWe look forward to welcoming you to campus.\n\nSincerely,\nDean of Graduate Studies",
        ],
        n=5,
        extra={
            "uni_name": ["Westbrook University", "Hallam State University", "Lakemoor College"],
            "prog": [
                "M.S. in Computer Science",
                "Master of Public Health",
                "MA Economics",
                "MSc Urban Planning",
            ],
        },
    ),
    # idea: "a decision has been posted to your applicant portal", then the decline
    Family(
        "oth_w_grad_decline_portal",
        X,
        "[Admissions <noreply@apply.university.example>|Graduate School <gradschool@univ.example>]",
        [
            "An update on your application to {uni_name}",
            "Decision available in your applicant portal",
            "{prog}: application decision",
        ],
        [
            "Dear {name},\n\nA decision has been posted to your applicant portal. [For your convenience, we have also included it below.|]\n\nThe committee has completed its review of your application to the {prog} program. We received a record number of applications this year, and I am sorry to let you know that we cannot offer you admission. This decision reflects the size of our cohort, not a judgment of your potential.\n\nWe wish you success in your academic journey.\n\nOffice of Admissions",
        ],
        n=5,
        extra={
            "uni_name": ["Westbrook University", "Hallam State University", "Lakemoor College"],
            "prog": ["PhD in Neuroscience", "MBA", "MSc Data Science", "LLM"],
        },
    ),
    # idea: the reader declining an offer of admission, and the university confirming it
    Family(
        "oth_w_declining_admission",
        X,
        "[{me} <{name}{n}{n}@gmail.com>|Admissions <admissions@university.example>]",
        [
            "Declining my offer of admission",
            "Re: offer of admission - {prog}",
            "Confirmation: you have declined your offer",
        ],
        [
            "Dear Admissions Committee,\n\nThank you very much for offering me a place on the {prog} programme. After a lot of thought, I have decided to decline the offer, as I will be [attending another university|staying in my current job for another year|starting a different programme closer to home].\n\nI am grateful for your time and consideration.\n\nBest regards,\n{me}",
            "Dear {name},\n\nThis email confirms that you have declined your offer of admission to the {prog} programme. Your place has been released. If this was a mistake, please contact us within 5 days.\n\nWe wish you all the best.\n\nAdmissions Office",
        ],
        n=5,
        extra={"prog": ["MSc Finance", "MA Journalism", "MSc Robotics"]},
    ),
    # idea: research fellowship selection result
    Family(
        "oth_w_fellowship_result",
        X,
        "[Fellowships Office <fellowships@research-trust.example>|Awards Portal <noreply@fundingportal.example>]",
        [
            "{fund_name}: result of your application",
            "Your fellowship application",
            "Fellowship selection outcome",
        ],
        [
            "Dear {name},\n\nThank you for applying to the {fund_name}. The selection panel met last week to consider {big} applications for [eight|twelve] fellowships. I am sorry to say that your application was not among those selected for funding this year. Reviewer comments will be available in the portal within two weeks.\n\nWe encourage you to apply in the next round.\n\nFellowships Office",
            "Dear {name},\n\nCongratulations! I am delighted to tell you that you have been selected as a {fund_name} fellow. The award covers [two years of salary and research costs|a stipend and travel] from {date}. Please return the signed acceptance form within 21 days.\n\nFellowships Office",
        ],
        n=6,
        extra={"fund_name": ["Hartwell Early Career Fellowship", "Novum Research Fellowship"]},
    ),
    # idea: academic journal / conference paper decision with reviewer comments
    Family(
        "oth_w_paper_decision",
        X,
        "[Program Chairs <chairs@easychair.example>|Editorial Office <editorial@journalsubmit.example>|OpenReview <noreply@openreview.example>]",
        [
            "{venue} notification for paper #{n}{n}",
            "Decision on manuscript {ref}",
            "{venue}: your submission",
        ],
        [
            'Dear {name},\n\nWe regret to inform you that your paper #{n}{n} "{paper}" was not accepted to {venue}. This year we received {big} submissions and could accept only 22%.\n\nThe reviews are included below. We hope they help in revising your work.\n\n----- REVIEW 1 -----\nThe problem is interesting but the evaluation is limited to one dataset.\n\nBest regards,\nProgram Chairs',
            'Dear {name},\n\nThank you for submitting your manuscript "{paper}". Based on the reviewers\' reports, the editor has decided that your paper can be accepted after minor revisions. Please upload the revised version within 30 days.\n\nEditorial Office',
        ],
        n=6,
        extra={
            "venue": [
                "ICDE Workshop",
                "EuroHCI",
                "Journal of Applied Statistics",
                "SIGWEB Conference",
            ],
            "paper": [
                "Sparse Attention for Tabular Data",
                "Measuring Trust in Chatbots",
                "A Study of Bike-Share Demand",
            ],
        },
    ),
    # idea: embassy visa refusal or approval notice
    Family(
        "oth_w_visa_decision",
        X,
        "[Visa Section <visa.{country_slug}@embassy.example>|VFS Global <info@vfsglobal.example>|Immigration Service <noreply@immigration.gov.example>]",
        [
            "Decision on your visa application {ref}",
            "Your application {ref}: outcome",
            "Visa application status",
        ],
        [
            "Dear Applicant,\n\nYour application for a [Schengen|work|visitor] visa (reference {ref}) has been assessed. The application has been refused because [the purpose of the stay was not sufficiently justified|proof of sufficient funds was not provided|the documents submitted were incomplete]. You may lodge an appeal within 30 days.\n\nPlease collect your passport from the visa centre.\n\nVisa Section",
            "Dear {name},\n\nYour [residence permit|visa] application {ref} has been approved. Your passport is ready for collection at the {city} visa application centre from {date}. Please bring your appointment letter.\n\nImmigration Service",
        ],
        n=5,
        extra={"country_slug": ["nl", "de", "uk", "ca"]},
    ),
    # idea: personal loan or mortgage decision letter
    Family(
        "oth_w_loan_decision",
        X,
        "[Meridian Bank <lending@meridianbank.example>|Pebble Finance <loans@pebble.example>|Mortgage Team <mortgages@homeloans.example>]",
        [
            "Your loan application {ref}",
            "Update on your mortgage application",
            "We've made a decision on your application",
        ],
        [
            "{hi}\n\nThank you for applying for a personal loan of {amount}. After reviewing your application and credit file, we're sorry to tell you that we can't approve it at this time. This decision was based on [information from a credit reference agency|your current income and outgoings|the length of your credit history].\n\nYou can ask for a copy of your credit report free of charge.\n\nMeridian Bank Lending",
            "{hi}\n\nGood news - your mortgage application {ref} has been approved in principle for {amount}. Your offer document will be sent to your solicitor within 5 working days.\n\nThe Mortgage Team",
        ],
        n=6,
        extra={"amount": ["£8,000", "€15,000", "$12,500", "£240,000", "€310,000"]},
    ),
    # idea: photography / writing / startup pitch competition results
    Family(
        "oth_w_competition_results",
        X,
        "[Awards Team <results@awards-portal.example>|Competition Office <info@prizes.example>]",
        ["{contest}: the results are in", "Results of {contest}", "Your entry to {contest}"],
        [
            '{hi}\n\nThe judges have finished reviewing all {big} entries to {contest}. Your entry "{entry}" was not shortlisted this year, but the judges asked us to pass on that the standard was extraordinarily high. The winners are announced on our website.\n\nThank you for taking part!',
            '{hi}\n\nCongratulations! Your entry "{entry}" has been selected as a finalist in {contest}. Finalists are invited to the award evening on {date} in {city}.\n\nThe {contest} Team',
        ],
        n=5,
        extra={
            "contest": [
                "City Lights Photo Prize",
                "Short Story Award",
                "Green Ideas Pitch Competition",
                "Data for Good Challenge",
            ],
            "entry": ["Harbour at Dusk", "The Long Winter", "SolarShare", "Team Lighthouse"],
        },
    ),
    # idea: choir / sports club / theatre audition result
    Family(
        "oth_w_audition_tryout",
        X,
        "[{rfirst} {rlast} <{rfirst}.{rlast}@gmail.com>|Club Secretary <secretary@clubmail.example>]",
        ["Audition results", "{club} trials - outcome", "Thank you for auditioning"],
        [
            "{hi}\n\nThank you for coming to the [auditions|trials] on {day}. We had many more people than places this season, and I'm sorry to say we can't offer you a place in the [first team|main ensemble|cast] this time. You'd be very welcome in our [development squad|community choir|backstage crew] if you're interested.\n\n{rfirst}",
            "{hi}\n\nGreat news - we'd love you to join {club} this season! First rehearsal is {day} at {time}. Please bring the membership form.\n\n{rfirst}",
        ],
        n=5,
        extra={
            "club": ["Northside Chamber Choir", "Riverside FC Women", "Lantern Theatre Company"],
        },
    ),
    # idea: nursery / primary school place offer or waiting list
    Family(
        "oth_w_childcare_place",
        X,
        "[Little Acorns Nursery <office@littleacorns.example>|Admissions <admissions@county-schools.gov.example>]",
        [
            "Nursery place for {child}",
            "Primary school allocation - {child}",
            "Your childcare application",
        ],
        [
            "Dear {name},\n\nThank you for applying for a place for {child} starting in September. Unfortunately we have no places available in the [toddler|pre-school] room for that date, and {child} has been added to our waiting list at position {n}.\n\nKind regards,\nNursery Office",
            "Dear Parent/Carer,\n\nWe are pleased to offer {child} a place at [Oakfield Primary|St Anne's School] for the coming school year. Please accept or decline this offer online by {date}.\n\nSchool Admissions Team",
        ],
        n=5,
        extra={"child": ["Mila", "Noah", "Ava", "Leo", "Ida"]},
    ),
    # idea: 1:1 and performance-review mail at the reader's current job
    Family(
        "oth_w_work_one_on_one",
        X,
        "{rfirst} {rlast} <{rfirst}.{rlast}@mycurrentjob.com>",
        ["1:1 moved to {day}", "Your mid-year review", "Prep for our 1:1"],
        [
            "{hi}\n\nCan we move our 1:1 to {day} at {time}? Something came up. I'd like to talk about [your goals for next quarter|the project handover|how the new team setup is going].\n\n{rfirst}",
            "{hi}\n\nIt's that time again - mid-year reviews. Please fill in your self-review in the HR system by {date}, then I'll book 45 minutes with you to go through it. Nothing to worry about!\n\n{rfirst}",
        ],
        n=6,
    ),
    # idea: Outlook / Teams calendar invitation for a project kickoff or all-hands
    Family(
        "oth_w_kickoff_invite",
        X,
        "[{rfirst} {rlast} <{rfirst}.{rlast}@mycurrentjob.com>|Microsoft Outlook <no-reply@mycurrentjob.com>]",
        [
            "Project kickoff: {project}",
            "All-hands - {date}",
            "Accepted: {project} planning session",
        ],
        [
            "{project} kickoff\n\nWhen: {day}, {date} {time}, 1 hour ({zone})\nWhere: Microsoft Teams Meeting / Room 4.12\nOrganiser: {rfirst} {rlast}\n\nHi all, let's kick off {project}: goals, roles, timeline and risks. Please come with questions.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 384 {big} 551\n________________________________________________________________________________",
            "Hi everyone,\n\nOur quarterly all-hands is on {day} at {time}. [The leadership team will share results and plans for next quarter.|We'll celebrate the launch and welcome new joiners.] Drinks afterwards in the kitchen!\n\n{rfirst}",
        ],
        n=6,
        extra={"project": ["Project Atlas", "Billing migration", "Q3 roadmap", "Website relaunch"]},
    ),
    # idea: the reader asked to interview a candidate at their current job
    Family(
        "oth_w_asked_to_interview",
        X,
        "[{rfirst} {rlast} <{rfirst}.{rlast}@mycurrentjob.com>|Greenhouse <no-reply@mycurrentjob.greenhouse.io>]",
        [
            "You've been added as an interviewer",
            "Scorecard due: {cand}",
            "Could you join a panel on {day}?",
        ],
        [
            "{hi}\n\nYou have been scheduled to interview {cand} for {role} on {day} at {time}. Please review the candidate's resume before the session and submit your scorecard within 24 hours of the interview.\n\nView interview kit",
            "{hi}\n\nWe're short one interviewer for the {role} panel on {day}. Would you be able to do the 45-minute culture-add conversation with {cand}? I'll forward the CV and question guide.\n\nThanks!\n{rfirst}",
        ],
        n=6,
        extra={"cand": ["Jordan Ellis", "Marta Kowal", "Sam Achebe", "Lena Vogt"]},
    ),
    # idea: journalist asking the reader for a press interview
    Family(
        "oth_w_journalist_request",
        X,
        "[{rfirst} {rlast} <{rfirst}.{rlast}@newsroom.example>|{rfirst} {rlast} (Reporter) <{rfirst}@pressmail.example>]",
        [
            "Interview request - {paper}",
            "Media enquiry: piece on {topic}",
            "Quick interview for a story?",
        ],
        [
            "{hi}\n\nI'm a reporter at {paper} working on a piece about {topic}. A colleague pointed me to [your blog post|your talk|a thread you wrote] and I'd love to interview you for 20 minutes by phone this week. The story is due to run on {date}.\n\nWould you be available?\n\n{rfirst} {rlast}\n{paper}",
        ],
        n=5,
        extra={
            "paper": ["The City Herald", "Tech Weekly", "Morning Ledger"],
            "topic": [
                "the four-day week",
                "remote work after the pandemic",
                "layoffs in tech",
                "AI in hiring",
            ],
        },
    ),
    # idea: "recruiters viewed your profile" / "you appeared in N searches" notifications
    Family(
        "oth_w_profile_views",
        X,
        "[LinkedIn <notifications-noreply@linkedin.com>|XING <noreply@xing.example>|Indeed <no-reply@indeed.com>]",
        [
            "You appeared in {big} searches this week",
            "{n} recruiters viewed your profile",
            "See who's looking at your profile",
        ],
        [
            "{hi}\n\nYou appeared in {big} searches this week.\n\nSearchers work at: {company}, Basalt Cloud and {n} others\nTop search keyword: {role}\n\nStand out to recruiters: add skills to your profile.\n\nTry Premium for free\n\nUnsubscribe | Help",
            "{n} recruiters viewed your profile in the last 30 days, including one from {company}. Upgrade to see who they are and message them directly.\n\nUnsubscribe",
        ],
        n=6,
    ),
    # idea: online course / bootcamp: enrolment confirmed, assignment due, grade released
    Family(
        "oth_w_course_mail",
        X,
        "[Course Team <no-reply@learn.example>|Coursera <no-reply@coursera.example>]",
        [
            "Welcome to {course}!",
            "Assignment due {day}: {course}",
            "Your grade for Module {n} is available",
        ],
        [
            "{hi}\n\nYou're enrolled in {course}! Your first live session is on {day} at {time} {zone}. Before then, please complete the onboarding quiz and join the cohort Slack.\n\nSee you in class,\nThe {school} team",
            "{hi}\n\nReminder: the Module {n} assignment for {course} is due on {day} at 23:59. Late submissions lose 10% per day. Your peer reviews are also waiting.\n\nGood luck!",
            "{hi}\n\nYour assignment for Module {n} has been graded: [87|92|74]/100. Feedback from your instructor is available in the course portal.",
        ],
        n=6,
        extra={
            "school": ["Northcode Academy", "DataCamp", "General Skills Institute"],
            "course": [
                "Data Analytics Bootcamp",
                "Intro to Product Management",
                "Python for Everyone",
                "UX Design Certificate",
            ],
        },
    ),
    # idea: double opt-in subscription confirmation
    Family(
        "oth_w_subscription_confirm",
        X,
        "[Newsletter <hello@newsletters.example>|Substack <no-reply@substack.example>|Mailchimp <list@mailchimp.example>]",
        ["Confirm your subscription to {pub}", "Please confirm your email", "You're subscribed!"],
        [
            "{hi}\n\nThanks for signing up for {pub}! Please confirm your email address by clicking the button below. If you didn't subscribe, you can ignore this email.\n\nYes, subscribe me\n\n{pub}",
            "You're in! Welcome to {pub} - a weekly email about [careers in data|remote work|design leadership|the job market]. The next issue lands on {day}.\n\nManage your subscription | Unsubscribe",
        ],
        n=5,
        extra={
            "pub": ["The Hiring Lens", "Remote Weekly", "Offer & Acceptance", "Career Notes"],
        },
    ),
    # idea: meetup / career-fair registration confirmation with a ticket
    Family(
        "oth_w_event_registration",
        X,
        "[Eventbrite <noreply@eventbrite.example>|Meetup <info@meetup.example>|Tito <tickets@tito.example>]",
        [
            "Your registration for {event} is confirmed",
            "You're going to {event}!",
            "Ticket: {event} - {date}",
        ],
        [
            "{hi}\n\nYou're registered for {event}.\n\nDate: {day}, {date}\nTime: {time}\nVenue: [Convention Centre Hall B|The Engine Room|Online]\n\nYour ticket is attached. [Over {n}0 employers will be exhibiting - bring copies of your CV!|Talks start promptly.]\n\nAdd to calendar",
        ],
        n=6,
        extra={
            "event": [
                "Tech Careers Fair",
                "Data Meetup #48",
                "Women in Product Summit",
                "Graduate Jobs Expo",
            ],
        },
    ),
    # idea: retail "special offer just for you" promotion
    Family(
        "oth_w_shop_offer",
        X,
        "[Mosaic Retail <offers@mosaicretail.example>|Upland Outdoors <news@uplandoutdoors.example>|Zinnia Beauty <hello@zinnia.example>]",
        [
            "An exclusive offer just for you, {name}",
            "Your offer expires tonight",
            "We'd love to have you back - 25% off",
        ],
        [
            "{hi}\n\nAs one of our valued customers, you've been selected for an exclusive offer: [25% off everything|free delivery for a year|a free gift with your next order]. Accept your offer before midnight on {date}.\n\nShop now\n\nYou're receiving this email because you signed up for offers. Unsubscribe | Privacy",
        ],
        n=5,
    ),
    # idea: procurement tender outcome for the reader's business bid
    Family(
        "oth_w_tender_outcome",
        X,
        "[Procurement <procurement@{slug}.example>|e-Tendering Portal <noreply@tenders.gov.example>]",
        [
            "Tender {ref}: outcome",
            "Notification of award decision",
            "Your bid for the {lot} contract",
        ],
        [
            "Dear Bidder,\n\nThank you for submitting a tender for the {lot} contract (ref {ref}). Following evaluation, your bid was not successful. The contract has been awarded to the highest-scoring supplier. Your scores against each criterion are attached.\n\nThere is a standstill period of 10 days before the contract is signed.\n\nProcurement Team",
            "Dear {name},\n\nWe are pleased to inform you that your company's proposal for {lot} has been selected. A purchase order will follow once the framework agreement is signed.\n\nProcurement",
        ],
        n=5,
        extra={"lot": ["website redesign", "office cleaning", "IT support", "catering services"]},
    ),
    # idea: animal-shelter adoption application outcome
    Family(
        "oth_w_pet_adoption",
        X,
        "[Happy Paws Rescue <adopt@happypaws.example>|City Animal Shelter <adoptions@cityshelter.example>]",
        ["Your application to adopt {pet}", "Update on {pet}", "Adoption application"],
        [
            "{hi}\n\nThank you so much for applying to adopt {pet}. We had [lots of|over {big}] applications for {pet}, and after the home checks we've decided to go with a family that has [a garden|experience with nervous dogs|no other cats]. We know this is disappointing. We have many other animals looking for homes!\n\nHappy Paws Rescue",
            "{hi}\n\nGreat news! Your application to adopt {pet} has been approved. Please book a time to meet {pet} again and complete the adoption paperwork.\n\nAdoption Team",
        ],
        n=5,
        extra={"pet": ["Biscuit", "Luna", "Pepper", "Otis"]},
    ),
    # idea: startup accelerator / incubator programme decision
    Family(
        "oth_w_accelerator_decision",
        X,
        "[Selection Team <team@startup-programme.example>|Applications <apply@accelerator-portal.example>]",
        [
            "{accel}: decision on your application",
            "Your {accel} application",
            "Invitation to {accel} demo week",
        ],
        [
            "{hi}\n\nThanks for applying to {accel} with your startup. We read every application carefully, and we're sorry to say we won't be inviting your team to this batch. This decision is often about fit with our current focus, not quality - many of our best companies applied more than once.\n\nThe {accel} team",
            "{hi}\n\nWe were impressed by your application and would like to invite your founding team to a 10-minute video call with our partners on {day}. Please pick a slot through the portal.\n\n{accel}",
        ],
        n=5,
        extra={
            "accel": ["Launchpad North", "SeedCamp Labs", "Harbour Accelerator"],
        },
    ),
    # idea: receipt for a job-board premium subscription
    Family(
        "oth_w_premium_receipt",
        X,
        "[LinkedIn <billing-noreply@linkedin.com>|Indeed <billing@indeed.com>|Glassdoor <billing@glassdoor.com>]",
        [
            "Your receipt for Premium Career",
            "Payment confirmation - {ref}",
            "Thanks for your payment",
        ],
        [
            "{hi}\n\nThank you for your payment.\n\nProduct: [Premium Career (monthly)|Resume Boost|Featured Applicant]\nAmount: [€29.99|$39.99|£24.99]\nDate: {date}\nInvoice: {ref}\nPayment method: Mastercard ending 1881\n\nYour subscription renews automatically. You can cancel any time in Settings.",
        ],
        n=5,
    ),
    # idea: volunteer mentoring programme application
    Family(
        "oth_w_mentoring_programme",
        X,
        "[Mentoring Team <mentoring@{mslug}.org>|{rfirst} {rlast} <{rfirst}@{mslug}.org>]",
        [
            "Your application to be a mentor",
            "Mentoring programme - next cohort",
            "Mentee application update",
        ],
        [
            "{hi}\n\nThank you for applying to join our mentoring programme. We had more applicants than mentors this round, so we aren't able to match you for the spring cohort. We have kept your application and will contact you when the autumn cohort opens.\n\nThe Mentoring Team",
            "{hi}\n\nWe're delighted to accept you as a volunteer mentor! Your training session is on {day} {date} at {time}. Please complete the safeguarding course beforehand.\n\n{rfirst}",
        ],
        n=5,
        extra={"mslug": ["codefirst", "futuresteps", "bridgethegap"]},
    ),
]

FAMILIES: list[Family] = [*REJECTION, *RECEIVED, *OFFER, *ASSESSMENT, *INTERVIEW, *OUTREACH, *OTHER]
