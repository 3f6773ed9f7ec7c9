// English texts of the participant's survey pages and e-mails. Every shipped language translates every key
// (a test checks it). Placeholders in {{double braces}} are filled in at display time (i18next syntax).

export const surveyMessagesEn = {
  'survey.meta.title': 'Erasmus+ mobility survey',
  'survey.language.label': 'Language',
  'survey.wave.baseline': 'Before your mobility',
  'survey.wave.end': 'At the end of your mobility',
  'survey.wave.follow_up': 'Some months after your mobility',
  'survey.wave.mentor': 'Mentor’s assessment',

  'survey.intro.heading': 'Hello {{name}}',
  'survey.intro.body':
    '{{organisation}} takes part in Erasmus+, the European Union’s programme for education, training, youth and sport. This short survey asks how you see yourself today, so that your organisation can learn what mobilities like yours change.',
  'survey.intro.duration':
    'It takes about {{minutes}} minutes. Your answers are saved as you go: you can close the page and come back later with the same link.',
  'survey.intro.start': 'Start',
  'survey.intro.continue': 'Continue where you left off',

  'survey.consent.heading': 'Your data',
  'survey.consent.body':
    '{{organisation}} collects your answers to evaluate its Erasmus+ mobilities. Only the coordinators of your organisation can see your individual answers; reports for others, such as the National Agency, only show figures for groups of at least {{minimum}} people. Your answers are kept for as long as the project needs them for its reports, and at most {{years}} years after the project ends. You can ask your organisation to see, correct or delete your answers at any time.',
  'survey.consent.agree': 'I have read this and I agree to take part in the survey.',
  'survey.consent.contact': 'I agree to be contacted later for studies about Erasmus+ (optional).',
  'survey.consent.required': 'Please agree to take part before you continue.',

  'survey.progress': 'Step {{current}} of {{total}}',
  'survey.saving': 'Saving…',
  'survey.saved': 'Your answers are saved.',
  'survey.saveFailed': 'Your last answer could not be saved. Check your connection and try again.',
  'survey.next': 'Next',
  'survey.back': 'Back',

  'survey.outcome.instructions': 'How much do you agree with each statement?',
  'survey.outcome.instructionsEnd':
    'For each statement, say how much you agreed before your mobility, looking back now, and how much you agree today.',
  'survey.outcome.before': 'Before the mobility',
  'survey.outcome.now': 'Now',
  'survey.outcome.example': 'An example in your own words (optional)',
  'survey.outcome.exampleHint': 'What did you do or experience that shows this?',

  'survey.language.heading': 'Your language skills in {{language}}',
  'survey.language.instructions':
    'Choose the level that describes you best for each skill, following the Common European Framework of Reference for Languages.',
  'survey.language.noLanguage': 'The main language of your mobility',
  'survey.cefr.listening': 'Listening',
  'survey.cefr.reading': 'Reading',
  'survey.cefr.spoken_interaction': 'Spoken interaction',
  'survey.cefr.spoken_production': 'Spoken production',
  'survey.cefr.writing': 'Writing',
  'survey.cefr.level.none': 'No knowledge yet',
  'survey.cefr.level.A1': 'A1 – Beginner',
  'survey.cefr.level.A2': 'A2 – Elementary',
  'survey.cefr.level.B1': 'B1 – Intermediate',
  'survey.cefr.level.B2': 'B2 – Upper intermediate',
  'survey.cefr.level.C1': 'C1 – Advanced',
  'survey.cefr.level.C2': 'C2 – Proficient',

  'survey.review.heading': 'Check and send',
  'survey.review.body':
    'Here are your answers. You can go back to change them. Once you send them, they can no longer be changed.',
  'survey.review.unanswered': '{{count}} statements are not answered yet.',
  'survey.review.submit': 'Send my answers',

  'survey.receipt.heading': 'Thank you!',
  'survey.receipt.body': 'Your answers have been received.',
  'survey.receipt.number': 'Receipt number: {{receipt}}',
  'survey.receipt.summary': 'Your answers',
  'survey.rights.heading': 'Your data',
  'survey.rights.body':
    '{{organisation}} keeps your details and answers. You can ask for a copy of everything it holds about you, or ask for it to be erased.',
  'survey.rights.access': 'Ask for a copy of my data',
  'survey.rights.erasure': 'Ask for my data to be erased',
  'survey.rights.accessRequested':
    'You asked for a copy of your data on {{date}}. {{organisation}} will send it to you.',
  'survey.rights.erasureRequested':
    'You asked for your data to be erased on {{date}}. {{organisation}} will let you know when it is done.',
  'survey.rights.withdraw': 'Withdraw my consent',
  'survey.rights.withdrawn':
    'You withdrew your consent: you will not be sent more surveys, nobody will contact you for studies, and the examples you wrote will not be quoted. What you answered before stays in the figures, without your name.',
  'privacy.title': 'How {{organisation}} handles your data',
  'privacy.who':
    '{{organisation}} ({{place}}) keeps your personal data in Mobilis, the tool it uses for its Erasmus+ mobilities.',
  'privacy.why':
    'It uses them to organise your mobility, to report it to the Erasmus+ National Agency and the European Commission, and, if you agree, to ask you in short surveys what your mobility changed for you. Figures about many participants never show who answered.',
  'privacy.what':
    'It keeps your name, contact, birth date, nationality, your mobility and your survey answers. If you face barriers the programme’s inclusion support addresses, it records which ones, and only the few people who organise that support see them.',
  'privacy.howLong':
    'Your personal data are kept for {{years}} years after the end of your last Erasmus+ project, and then erased.',
  'privacy.rights':
    'You may ask for a copy of your data, have it corrected, ask for it to be erased, or object to its use. You may also complain to your country’s data protection authority.',
  'privacy.how':
    'Ask for a copy or for erasure on the receipt page of a survey you sent, or write to the contact below.',
  'privacy.contact': 'Contact for questions about your data: {{contact}}',
  'privacy.link': 'How your data is handled',
  'email.privacy': 'How {{organisation}} handles your data: {{link}}',

  'survey.error.invalid.heading': 'This link does not work',
  'survey.error.invalid.body':
    'The link may be incomplete or no longer valid. Copy the whole link from the e-mail, or ask the organisation that sent it for a new one.',
  'survey.error.submitted.heading': 'This survey has already been answered',
  'survey.error.submitted.body': 'The answers to this survey have been sent. Thank you for taking part.',
  'survey.error.expired.heading': 'Your session has ended',
  'survey.error.expired.body':
    'For your safety, the survey page closes after a while without activity. Open the link from your e-mail again to continue.',

  'email.invitation.subject': '{{organisation}}: your Erasmus+ survey ({{wave}})',
  'email.invitation.body':
    'Hello {{name}},\n\n{{organisation}} sends you this message because you take part in an Erasmus+ mobility ({{activity}}, {{dates}}).\n\nPlease answer a short survey about what you can do and how you see yourself. It takes about {{minutes}} minutes:\n\n{{link}}\n\nThe link is personal: please do not share it.\n\nThank you,\n{{organisation}}',
  'email.reminder.subject': 'Reminder: your Erasmus+ survey ({{wave}})',
  'email.reminder.body':
    'Hello {{name}},\n\nA few days ago {{organisation}} invited you to answer a short survey about your Erasmus+ mobility. If you have not had time yet, you can still answer it here:\n\n{{link}}\n\nThe link is personal: please do not share it.\n\nThank you,\n{{organisation}}',
} as const;

export type SurveyMessageKey = keyof typeof surveyMessagesEn;
