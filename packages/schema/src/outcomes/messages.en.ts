import type { Messages } from './message-keys.js';

// English texts. Outcome titles are the Programme Guide's wording, word for word (a test compares them with the
// seed text). Indicator statements are first-person and in the present tense, so the same statement can be rated
// before, right after and months after a mobility and the answers compared (a self-assessment design, as in the
// Erasmus+ Impact Study and the RAY network's surveys), rather than asking participants to judge their own change.

export const messagesEn = {
  'outcome.L01.title': 'improved learning performance',
  'outcome.L01.label': 'Learning performance',
  'indicator.L01.understanding.statement': 'I understand the content of my studies or training well.',
  'indicator.L01.self-directed.statement': 'I can organise my own learning and keep to my plans.',
  'indicator.L01.applying.statement': 'I can apply what I learn to practical tasks.',

  'outcome.L02.title': 'enhanced employability and improved career prospects',
  'outcome.L02.label': 'Employability and career prospects',
  'indicator.L02.job-skills.statement': 'I have skills that employers in my field are looking for.',
  'indicator.L02.career-goals.statement': 'I have a clear idea of the job or career I want.',
  'indicator.L02.job-confidence.statement':
    'I am confident that I can find a job or a training place that suits me.',

  'outcome.L03.title': 'increased sense of initiative and entrepreneurship',
  'outcome.L03.label': 'Initiative and entrepreneurship',
  'indicator.L03.initiative.statement': 'I take the initiative when something needs to be done.',
  'indicator.L03.ideas-into-action.statement':
    'I can turn an idea into action, for example a project, an event or a small business.',
  'indicator.L03.project-planning.statement': 'I can plan a project and carry it out together with others.',

  'outcome.L04.title': 'increased self-empowerment and self-esteem',
  'outcome.L04.label': 'Self-empowerment and self-esteem',
  'indicator.L04.self-confidence.statement': 'I feel confident in my own abilities.',
  'indicator.L04.coping.statement': 'I can cope on my own in situations that are new to me.',
  'indicator.L04.own-opinion.statement': 'I express my opinion, even when others disagree.',

  'outcome.L05.title': 'improved foreign language and digital competences',
  'outcome.L05.label': 'Foreign languages and digital skills',
  'indicator.L05.language.statement': 'I can communicate confidently in a foreign language.',
  'indicator.L05.host-language.statement':
    'I can manage everyday situations in the language of my host country.',
  'indicator.L05.digital.statement': 'I can use digital tools to learn, work and communicate with others.',

  'outcome.L06.title': 'enhanced intercultural awareness',
  'outcome.L06.label': 'Intercultural awareness',
  'indicator.L06.own-culture.statement': 'I am aware of how my own culture shapes the way I see others.',
  'indicator.L06.adapting.statement':
    'I can adapt my behaviour when I deal with people from another culture.',
  'indicator.L06.curiosity.statement': 'I am curious about other cultures and ways of life.',

  'outcome.L07.title': 'more active participation in society',
  'outcome.L07.label': 'Active participation in society',
  'indicator.L07.community.statement':
    'I take part in activities in my community, such as volunteering, clubs or local initiatives.',
  'indicator.L07.democratic-life.statement':
    'I intend to take part in democratic life, for example by voting or by joining a campaign.',
  'indicator.L07.informed.statement': 'I keep myself informed about social and political issues.',

  'outcome.L08.title': 'enhanced positive interactions with people from different backgrounds',
  'outcome.L08.label': 'Interactions across backgrounds',
  'indicator.L08.at-ease.statement': 'I feel at ease with people whose background is different from mine.',
  'indicator.L08.teamwork.statement': 'I work well in a team with people who think differently from me.',
  'indicator.L08.contacts.statement': 'I have friends or contacts from backgrounds different from mine.',

  'outcome.L09.title': 'better awareness of the European project and the EU values',
  'outcome.L09.label': 'European awareness and EU values',
  'indicator.L09.eu-daily-life.statement': 'I know how the European Union affects my daily life.',
  'indicator.L09.eu-values.statement':
    'I know the values the European Union is founded on, such as human dignity, democracy, equality and human rights.',
  'indicator.L09.feel-european.statement': 'I feel European.',

  'outcome.L10.title':
    'increased motivation for taking part in future (formal/non-formal) education or training after the mobility period abroad',
  'outcome.L10.label': 'Motivation for further learning',
  'indicator.L10.continue-learning.statement': 'I am motivated to continue my education or training.',
  'indicator.L10.non-formal.statement':
    'I am interested in learning outside school or work, for example in courses, workshops or youth activities.',
  'indicator.L10.abroad-again.statement': 'I would like to take part in another learning experience abroad.',

  'outcome.S01.title':
    'improved competences, linked to their occupational profiles (teaching, training, youth work, etc.)',
  'outcome.S01.label': 'Professional competences',
  'indicator.S01.methods.statement':
    'I know a wide range of methods for my teaching, training or youth work.',
  'indicator.S01.new-approaches.statement': 'I try out new approaches in my daily work.',
  'indicator.S01.professional-confidence.statement': 'I feel competent in my professional role.',

  'outcome.S02.title':
    'broader understanding of practices, policies and systems in education, training or youth work across countries',
  'outcome.S02.label': 'Practices and systems across countries',
  'indicator.S02.practices.statement': 'I know how colleagues in other countries work in my field.',
  'indicator.S02.systems.statement':
    'I understand how education, training or youth work is organised in other European countries.',
  'indicator.S02.policies.statement':
    'I know the European policies and priorities that are relevant to my work.',

  'outcome.S03.title':
    'increased capacity to trigger changes in terms of modernisation and international opening within their educational organisations',
  'outcome.S03.label': 'Driving change in the organisation',
  'indicator.S03.propose-change.statement':
    'I can propose changes in my organisation and help carry them out.',
  'indicator.S03.international.statement': 'I contribute to the international activities of my organisation.',
  'indicator.S03.sharing.statement': 'I share what I learn with colleagues in my organisation.',

  'outcome.S04.title':
    'greater understanding of interconnections between formal and non-formal education, vocational training and the labour market respectively',
  'outcome.S04.label': 'Links between education and work',
  'indicator.S04.formal-non-formal.statement':
    'I understand how formal and non-formal learning can complement each other.',
  'indicator.S04.labour-market.statement':
    'I know which skills the labour market expects from the people I teach, train or work with.',
  'indicator.S04.cross-sector.statement':
    'I work with organisations outside my own sector, such as companies, youth organisations or training providers.',

  'outcome.S05.title':
    'better quality of their work and activities in favour of students, trainees, apprentices, pupils, adult learners and young people',
  'outcome.S05.label': 'Quality of work with learners',
  'indicator.S05.learner-needs.statement':
    'I adapt my activities to the needs of the learners or young people I work with.',
  'indicator.S05.evaluate-improve.statement': 'I regularly evaluate my activities and improve them.',
  'indicator.S05.quality.statement':
    'I am satisfied with the quality of the activities I offer to learners or young people.',

  'outcome.S06.title':
    'greater understanding and responsiveness to all kinds of diversity, e.g. social, ethnic, linguistic, gender and cultural diversity, as well as diverse abilities',
  'outcome.S06.label': 'Responsiveness to diversity',
  'indicator.S06.understanding.statement':
    'I understand how social, ethnic, linguistic, gender and cultural differences affect learning.',
  'indicator.S06.abilities.statement': 'I can adapt my work to people with different abilities.',
  'indicator.S06.inclusive-climate.statement':
    'I create an atmosphere in which everyone in my group feels included.',

  'outcome.S07.title': 'increased ability to address the needs of people with fewer opportunities',
  'outcome.S07.label': 'Supporting people with fewer opportunities',
  'indicator.S07.recognise-barriers.statement':
    'I can recognise the barriers that people with fewer opportunities face.',
  'indicator.S07.support.statement':
    'I know how to support people with fewer opportunities so that they can take part in learning.',
  'indicator.S07.outreach.statement':
    'I know how to reach people with fewer opportunities who would not come forward on their own.',

  'outcome.S08.title': 'increased support for and promotion of mobility activities for learners',
  'outcome.S08.label': 'Promoting learner mobility',
  'indicator.S08.encourage.statement':
    'I encourage the learners or young people I work with to spend a period abroad.',
  'indicator.S08.prepare.statement': 'I know how to prepare learners or young people for a stay abroad.',
  'indicator.S08.organise.statement': 'I help to organise mobility activities for learners or young people.',

  'outcome.S09.title': 'increased opportunities for professional and career development',
  'outcome.S09.label': 'Professional and career development',
  'indicator.S09.opportunities.statement': 'I see clear opportunities to develop further in my career.',
  'indicator.S09.network.statement': 'I have a network of professional contacts in other countries.',
  'indicator.S09.development-plan.statement': 'I have a plan for my professional development.',

  'outcome.S10.title': 'improved foreign language and digital competences',
  'outcome.S10.label': 'Foreign languages and digital skills',
  'indicator.S10.language.statement': 'I can communicate confidently in a foreign language at work.',
  'indicator.S10.digital.statement':
    'I can use digital tools effectively in my teaching, training or youth work.',

  'outcome.S11.title': 'increased motivation and satisfaction in their daily work',
  'outcome.S11.label': 'Motivation and job satisfaction',
  'indicator.S11.motivation.statement': 'I feel motivated in my daily work.',
  'indicator.S11.satisfaction.statement': 'I am satisfied with my work.',

  'rating.1': 'Strongly disagree',
  'rating.2': 'Disagree',
  'rating.3': 'Neither agree nor disagree',
  'rating.4': 'Agree',
  'rating.5': 'Strongly agree',
  'rating.not_applicable': 'Not applicable',
} as const satisfies Messages;
