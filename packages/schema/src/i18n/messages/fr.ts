import type { Translation } from '../catalogue.js';

// French translations of every participant-facing text (outcome catalogue, survey pages, e-mails).
export const messagesFr = {
  'outcome.L01.title': 'amélioration des capacités d’apprentissage',
  'outcome.L01.label': 'Capacités d’apprentissage',
  'indicator.L01.understanding.statement': 'Je comprends bien le contenu de mes cours ou de ma formation.',
  'indicator.L01.self-directed.statement':
    'Je sais organiser mes apprentissages et m’en tenir à ce que j’ai prévu.',
  'indicator.L01.applying.statement': 'Je sais appliquer ce que j’apprends à des tâches pratiques.',

  'outcome.L02.title': 'amélioration de l’employabilité et des perspectives de carrière',
  'outcome.L02.label': 'Employabilité et perspectives de carrière',
  'indicator.L02.job-skills.statement': 'J’ai des compétences que les employeurs de mon domaine recherchent.',
  'indicator.L02.career-goals.statement': 'J’ai une idée claire du métier ou de la carrière que je souhaite.',
  'indicator.L02.job-confidence.statement':
    'J’ai bon espoir de trouver un emploi ou une formation qui me correspond.',

  'outcome.L03.title': 'renforcement de l’esprit d’initiative et d’entreprise',
  'outcome.L03.label': 'Esprit d’initiative et d’entreprise',
  'indicator.L03.initiative.statement': 'Je prends des initiatives quand quelque chose doit être fait.',
  'indicator.L03.ideas-into-action.statement':
    'Je sais concrétiser une idée, par exemple sous la forme d’un projet, d’un événement ou d’une petite entreprise.',
  'indicator.L03.project-planning.statement':
    'Je sais planifier un projet et le mener à bien avec d’autres personnes.',

  'outcome.L04.title': 'amélioration de l’autonomisation et de l’estime de soi',
  'outcome.L04.label': 'Autonomie et estime de soi',
  'indicator.L04.self-confidence.statement': 'J’ai confiance en mes capacités.',
  'indicator.L04.coping.statement':
    'Je sais me débrouiller sans aide dans des situations nouvelles pour moi.',
  'indicator.L04.own-opinion.statement': 'J’exprime mon opinion, même quand d’autres ne sont pas d’accord.',

  'outcome.L05.title': 'amélioration des compétences en langues étrangères et numériques',
  'outcome.L05.label': 'Langues étrangères et compétences numériques',
  'indicator.L05.language.statement': 'Je sais communiquer avec assurance dans une langue étrangère.',
  'indicator.L05.host-language.statement':
    'Je me débrouille dans les situations de tous les jours dans la langue de mon pays d’accueil.',
  'indicator.L05.digital.statement':
    'Je sais utiliser des outils numériques pour apprendre, travailler et communiquer avec les autres.',

  'outcome.L06.title': 'sensibilisation accrue à la dimension interculturelle',
  'outcome.L06.label': 'Sensibilisation interculturelle',
  'indicator.L06.own-culture.statement':
    'Je me rends compte de la façon dont ma propre culture influence mon regard sur les autres.',
  'indicator.L06.adapting.statement':
    'Je sais adapter mon comportement quand j’ai affaire à des personnes d’une autre culture.',
  'indicator.L06.curiosity.statement':
    'Les autres cultures et les autres modes de vie éveillent ma curiosité.',

  'outcome.L07.title': 'participation plus active à la société',
  'outcome.L07.label': 'Participation active à la société',
  'indicator.L07.community.statement':
    'Je participe à la vie locale, par exemple par du bénévolat, dans des associations ou dans des initiatives locales.',
  'indicator.L07.democratic-life.statement':
    'J’ai l’intention de participer à la vie démocratique, par exemple en votant ou en m’engageant dans une campagne.',
  'indicator.L07.informed.statement': 'Je suis l’actualité des questions sociales et politiques.',

  'outcome.L08.title': 'interactions positives accrues avec des personnes issues de milieux différents',
  'outcome.L08.label': 'Échanges avec des personnes d’autres milieux',
  'indicator.L08.at-ease.statement':
    'Je me sens à l’aise avec des personnes issues d’un milieu différent du mien.',
  'indicator.L08.teamwork.statement':
    'Je travaille bien en équipe avec des personnes qui pensent différemment de moi.',
  'indicator.L08.contacts.statement': 'J’ai des amis ou des contacts issus de milieux différents du mien.',

  'outcome.L09.title': 'meilleure connaissance du projet européen et des valeurs de l’Union',
  'outcome.L09.label': 'Conscience européenne et valeurs de l’UE',
  'indicator.L09.eu-daily-life.statement': 'Je sais comment l’Union européenne influence ma vie quotidienne.',
  'indicator.L09.eu-values.statement':
    'Je connais les valeurs sur lesquelles l’Union européenne est fondée, comme la dignité humaine, la démocratie, l’égalité et les droits de l’homme.',
  'indicator.L09.feel-european.statement': 'Je me sens européen ou européenne.',

  'outcome.L10.title':
    'motivation renforcée pour participer à de futures activités d’enseignement ou de formation (formelles ou non formelles) une fois terminée la période de mobilité à l’étranger',
  'outcome.L10.label': 'Motivation pour continuer à apprendre',
  'indicator.L10.continue-learning.statement': 'J’ai envie de poursuivre mes études ou ma formation.',
  'indicator.L10.non-formal.statement':
    'Apprendre en dehors de l’école ou du travail m’intéresse, par exemple dans des cours, des ateliers ou des activités de jeunesse.',
  'indicator.L10.abroad-again.statement':
    'J’aimerais vivre une nouvelle expérience d’apprentissage à l’étranger.',

  'outcome.S01.title':
    'amélioration des compétences, en fonction du profil professionnel des participants (enseignement, formation, animation socio-éducative, etc.)',
  'outcome.S01.label': 'Compétences professionnelles',
  'indicator.S01.methods.statement':
    'Je connais un large éventail de méthodes pour mon enseignement, mes formations ou mon travail auprès des jeunes.',
  'indicator.S01.new-approaches.statement': 'J’essaie de nouvelles approches dans mon travail quotidien.',
  'indicator.S01.professional-confidence.statement': 'J’ai le sentiment de maîtriser mon rôle professionnel.',

  'outcome.S02.title':
    'meilleure compréhension des pratiques, politiques et systèmes d’éducation, de formation ou de jeunesse dans les différents pays',
  'outcome.S02.label': 'Pratiques et systèmes d’autres pays',
  'indicator.S02.practices.statement':
    'Je sais comment des collègues d’autres pays travaillent dans mon domaine.',
  'indicator.S02.systems.statement':
    'Je comprends comment l’éducation, la formation ou l’animation socio-éducative sont organisées dans d’autres pays européens.',
  'indicator.S02.policies.statement':
    'Je connais les politiques et priorités européennes utiles pour mon travail.',

  'outcome.S03.title':
    'capacité accrue à initier des changements en matière de modernisation et d’ouverture internationale au sein de leurs organisations éducatives',
  'outcome.S03.label': 'Impulser le changement dans l’organisation',
  'indicator.S03.propose-change.statement':
    'Je sais proposer des changements dans mon organisation et aider à les mettre en œuvre.',
  'indicator.S03.international.statement': 'Je contribue aux activités internationales de mon organisation.',
  'indicator.S03.sharing.statement': 'Je partage ce que j’apprends avec les collègues de mon organisation.',

  'outcome.S04.title':
    'meilleure compréhension des liens entre l’éducation formelle et non formelle, la formation professionnelle et le marché du travail',
  'outcome.S04.label': 'Liens entre éducation et monde du travail',
  'indicator.S04.formal-non-formal.statement':
    'Je comprends comment l’apprentissage formel et l’apprentissage non formel peuvent se compléter.',
  'indicator.S04.labour-market.statement':
    'Je sais quelles compétences le marché du travail attend des personnes à qui j’enseigne, que je forme ou avec qui je travaille.',
  'indicator.S04.cross-sector.statement':
    'Je travaille avec des organisations extérieures à mon secteur, comme des entreprises, des organisations de jeunesse ou des organismes de formation.',

  'outcome.S05.title':
    'amélioration de la qualité de leur travail et de leurs activités en faveur des étudiants, stagiaires, apprentis, élèves, apprenants adultes et jeunes',
  'outcome.S05.label': 'Qualité du travail avec les apprenants',
  'indicator.S05.learner-needs.statement':
    'J’adapte mes activités aux besoins des apprenants ou des jeunes avec qui je travaille.',
  'indicator.S05.evaluate-improve.statement': 'J’évalue régulièrement mes activités et je les améliore.',
  'indicator.S05.quality.statement':
    'La qualité des activités que je propose aux apprenants ou aux jeunes me satisfait.',

  'outcome.S06.title':
    'meilleure compréhension de toutes les formes de diversité (par exemple sociale, ethnique, linguistique, de genre et culturelle, ainsi que la diversité des capacités) et meilleure capacité à y répondre',
  'outcome.S06.label': 'Prise en compte de la diversité',
  'indicator.S06.understanding.statement':
    'Je comprends comment les différences sociales, ethniques, linguistiques, de genre et culturelles influencent l’apprentissage.',
  'indicator.S06.abilities.statement':
    'Je sais adapter mon travail à des personnes aux capacités différentes.',
  'indicator.S06.inclusive-climate.statement':
    'Je crée une atmosphère dans laquelle chaque personne de mon groupe se sent incluse.',

  'outcome.S07.title': 'capacité accrue à répondre aux besoins des personnes ayant moins d’opportunités',
  'outcome.S07.label': 'Soutien aux personnes ayant moins d’opportunités',
  'indicator.S07.recognise-barriers.statement':
    'Je sais reconnaître les obstacles auxquels se heurtent les personnes ayant moins d’opportunités.',
  'indicator.S07.support.statement':
    'Je sais comment aider les personnes ayant moins d’opportunités à participer à des activités d’apprentissage.',
  'indicator.S07.outreach.statement':
    'Je sais comment atteindre les personnes ayant moins d’opportunités qui ne se manifesteraient pas d’elles-mêmes.',

  'outcome.S08.title': 'soutien et promotion accrus des activités de mobilité pour les apprenants',
  'outcome.S08.label': 'Promotion de la mobilité des apprenants',
  'indicator.S08.encourage.statement':
    'J’encourage les apprenants ou les jeunes avec qui je travaille à partir un temps à l’étranger.',
  'indicator.S08.prepare.statement':
    'Je sais comment préparer des apprenants ou des jeunes à un séjour à l’étranger.',
  'indicator.S08.organise.statement':
    'J’aide à organiser des activités de mobilité pour des apprenants ou des jeunes.',

  'outcome.S09.title': 'possibilités accrues de développement professionnel et d’évolution de carrière',
  'outcome.S09.label': 'Développement professionnel et carrière',
  'indicator.S09.opportunities.statement': 'Je vois des possibilités claires d’évoluer dans ma carrière.',
  'indicator.S09.network.statement': 'J’ai un réseau de contacts professionnels dans d’autres pays.',
  'indicator.S09.development-plan.statement': 'J’ai un plan pour mon développement professionnel.',

  'outcome.S10.title': 'amélioration des compétences en langues étrangères et numériques',
  'outcome.S10.label': 'Langues étrangères et compétences numériques',
  'indicator.S10.language.statement':
    'Je sais communiquer avec assurance dans une langue étrangère au travail.',
  'indicator.S10.digital.statement':
    'Je sais utiliser efficacement des outils numériques dans mon enseignement, mes formations ou mon travail auprès des jeunes.',

  'outcome.S11.title': 'motivation et satisfaction accrues dans leur travail quotidien',
  'outcome.S11.label': 'Motivation et satisfaction au travail',
  'indicator.S11.motivation.statement': 'Mon travail quotidien me motive.',
  'indicator.S11.satisfaction.statement': 'Mon travail me donne satisfaction.',

  'rating.1': 'Pas du tout d’accord',
  'rating.2': 'Pas d’accord',
  'rating.3': 'Ni d’accord ni pas d’accord',
  'rating.4': 'D’accord',
  'rating.5': 'Tout à fait d’accord',
  'rating.not_applicable': 'Sans objet',

  'survey.meta.title': 'Questionnaire sur la mobilité Erasmus+',
  'survey.language.label': 'Langue',
  'survey.wave.baseline': 'Avant votre mobilité',
  'survey.wave.end': 'À la fin de votre mobilité',
  'survey.wave.follow_up': 'Quelques mois après votre mobilité',
  'survey.wave.mentor': 'Évaluation du tuteur ou de la tutrice',

  'survey.intro.heading': 'Bonjour {{name}}',
  'survey.intro.body':
    '{{organisation}} participe à Erasmus+, le programme de l’Union européenne pour l’éducation, la formation, la jeunesse et le sport. Ce court questionnaire vous demande comment vous vous voyez aujourd’hui, afin que votre établissement puisse mesurer ce que changent les mobilités comme la vôtre.',
  'survey.intro.duration':
    'Cela prend environ {{minutes}} minutes. Vos réponses sont enregistrées au fur et à mesure : vous pouvez fermer la page et revenir plus tard avec le même lien.',
  'survey.intro.start': 'Commencer',
  'survey.intro.continue': 'Reprendre là où vous en étiez',

  'survey.consent.heading': 'Vos données',
  'survey.consent.body':
    '{{organisation}} recueille vos réponses pour évaluer ses mobilités Erasmus+. Seuls les coordinateurs et coordinatrices de votre établissement peuvent voir vos réponses individuelles ; les rapports destinés à d’autres, comme l’Agence nationale, ne présentent que des chiffres portant sur des groupes d’au moins {{minimum}} personnes. Vos réponses sont conservées aussi longtemps que le projet en a besoin pour ses rapports, et au plus {{years}} ans après la fin du projet. Vous pouvez à tout moment demander à votre établissement l’accès à vos réponses, leur rectification ou leur suppression.',
  'survey.consent.agree': 'J’ai lu ces informations et j’accepte de participer au questionnaire.',
  'survey.consent.contact':
    'J’accepte que l’on me contacte plus tard pour des études sur Erasmus+ (facultatif).',
  'survey.consent.required': 'Veuillez accepter de participer avant de continuer.',

  'survey.progress': 'Étape {{current}} sur {{total}}',
  'survey.saving': 'Enregistrement…',
  'survey.saved': 'Vos réponses sont enregistrées.',
  'survey.saveFailed':
    'Votre dernière réponse n’a pas pu être enregistrée. Vérifiez votre connexion et réessayez.',
  'survey.next': 'Suivant',
  'survey.back': 'Retour',

  'survey.outcome.instructions': 'Dans quelle mesure êtes-vous d’accord avec chacune des affirmations ?',
  'survey.outcome.instructionsEnd':
    'Pour chaque affirmation, indiquez dans quelle mesure vous étiez d’accord avant votre mobilité, avec le recul d’aujourd’hui, et dans quelle mesure vous êtes d’accord aujourd’hui.',
  'survey.outcome.before': 'Avant la mobilité',
  'survey.outcome.now': 'Maintenant',
  'survey.outcome.example': 'Un exemple, avec vos propres mots (facultatif)',
  'survey.outcome.exampleHint': 'Qu’avez-vous fait ou vécu qui le montre ?',

  'survey.language.heading': 'Vos compétences en {{language}}',
  'survey.language.instructions':
    'Pour chaque compétence, choisissez le niveau qui vous décrit le mieux, selon le Cadre européen commun de référence pour les langues.',
  'survey.language.noLanguage': 'La langue principale de votre mobilité',
  'survey.cefr.listening': 'Écouter',
  'survey.cefr.reading': 'Lire',
  'survey.cefr.spoken_interaction': 'Prendre part à une conversation',
  'survey.cefr.spoken_production': 'S’exprimer oralement en continu',
  'survey.cefr.writing': 'Écrire',
  'survey.cefr.level.none': 'Aucune connaissance pour l’instant',
  'survey.cefr.level.A1': 'A1 – Débutant',
  'survey.cefr.level.A2': 'A2 – Élémentaire',
  'survey.cefr.level.B1': 'B1 – Intermédiaire',
  'survey.cefr.level.B2': 'B2 – Intermédiaire avancé',
  'survey.cefr.level.C1': 'C1 – Avancé',
  'survey.cefr.level.C2': 'C2 – Maîtrise',

  'survey.review.heading': 'Vérifier et envoyer',
  'survey.review.body':
    'Voici vos réponses. Vous pouvez revenir en arrière pour les modifier. Une fois envoyées, elles ne pourront plus être modifiées.',
  'survey.review.unanswered': 'Affirmations sans réponse : {{count}}',
  'survey.review.submit': 'Envoyer mes réponses',

  'survey.receipt.heading': 'Merci !',
  'survey.receipt.body': 'Vos réponses ont bien été reçues.',
  'survey.receipt.number': 'Numéro d’accusé de réception : {{receipt}}',
  'survey.receipt.summary': 'Vos réponses',
  'survey.rights.heading': 'Vos données',
  'survey.rights.body':
    '{{organisation}} conserve vos informations et vos réponses. Vous pouvez demander une copie de tout ce qu’elle détient sur vous, ou demander leur effacement.',
  'survey.rights.access': 'Demander une copie de mes données',
  'survey.rights.erasure': 'Demander l’effacement de mes données',
  'survey.rights.accessRequested':
    'Vous avez demandé une copie de vos données le {{date}}. {{organisation}} vous l’enverra.',
  'survey.rights.erasureRequested':
    'Vous avez demandé l’effacement de vos données le {{date}}. {{organisation}} vous préviendra une fois que ce sera fait.',
  'survey.rights.withdraw': 'Retirer mon consentement',
  'survey.rights.withdrawn':
    'Vous avez retiré votre consentement : vous ne recevrez plus de questionnaires, personne ne vous contactera pour des études et les exemples que vous avez écrits ne seront pas cités. Ce que vous avez répondu avant reste dans les chiffres, sans votre nom.',
  'privacy.title': 'Comment {{organisation}} traite vos données',
  'privacy.who':
    '{{organisation}} ({{place}}) conserve vos données personnelles dans Mobilis, l’outil qu’elle utilise pour ses mobilités Erasmus+.',
  'privacy.why':
    'Elle les utilise pour organiser votre mobilité, la déclarer à l’Agence nationale Erasmus+ et à la Commission européenne et, si vous êtes d’accord, vous demander dans de courts questionnaires ce que votre mobilité a changé pour vous. Les chiffres portant sur de nombreux participants ne montrent jamais qui a répondu.',
  'privacy.what':
    'Elle conserve vos nom, coordonnées, date de naissance, nationalité, votre mobilité et vos réponses. Si vous rencontrez des obstacles auxquels répond le soutien à l’inclusion du programme, elle note lesquels, et seules les quelques personnes qui organisent ce soutien les voient.',
  'privacy.howLong':
    'Vos données personnelles sont conservées {{years}} ans après la fin de votre dernier projet Erasmus+, puis effacées.',
  'privacy.rights':
    'Vous pouvez demander une copie de vos données, les faire corriger, demander leur effacement ou vous opposer à leur utilisation. Vous pouvez aussi saisir l’autorité de protection des données de votre pays.',
  'privacy.how':
    'Demandez une copie ou l’effacement sur la page de confirmation d’un questionnaire que vous avez envoyé, ou écrivez au contact ci-dessous.',
  'privacy.contact': 'Contact pour toute question sur vos données : {{contact}}',
  'privacy.link': 'Comment vos données sont traitées',
  'email.privacy': 'Comment {{organisation}} traite vos données : {{link}}',

  'survey.error.invalid.heading': 'Ce lien ne fonctionne pas',
  'survey.error.invalid.body':
    'Le lien est peut-être incomplet ou n’est plus valide. Copiez le lien en entier depuis l’e-mail, ou demandez-en un nouveau à l’établissement qui vous l’a envoyé.',
  'survey.error.submitted.heading': 'Ce questionnaire a déjà été rempli',
  'survey.error.submitted.body':
    'Les réponses à ce questionnaire ont été envoyées. Merci de votre participation.',
  'survey.error.expired.heading': 'Votre session a expiré',
  'survey.error.expired.body':
    'Pour votre sécurité, la page du questionnaire se ferme après un certain temps d’inactivité. Ouvrez à nouveau le lien reçu par e-mail pour continuer.',

  'email.invitation.subject': '{{organisation}} : votre questionnaire Erasmus+ ({{wave}})',
  'email.invitation.body':
    'Bonjour {{name}},\n\n{{organisation}} vous envoie ce message car vous participez à une mobilité Erasmus+ ({{activity}}, {{dates}}).\n\nMerci de répondre à un court questionnaire sur ce que vous savez faire et sur la façon dont vous vous voyez. Cela prend environ {{minutes}} minutes :\n\n{{link}}\n\nCe lien est personnel : merci de ne pas le partager.\n\nAvec nos remerciements,\n{{organisation}}',
  'email.reminder.subject': 'Rappel : votre questionnaire Erasmus+ ({{wave}})',
  'email.reminder.body':
    'Bonjour {{name}},\n\nIl y a quelques jours, {{organisation}} vous a envoyé une invitation à répondre à un court questionnaire sur votre mobilité Erasmus+. Si vous n’avez pas encore eu le temps de le faire, vous pouvez toujours y répondre ici :\n\n{{link}}\n\nCe lien est personnel : merci de ne pas le partager.\n\nAvec nos remerciements,\n{{organisation}}',
} as const satisfies Translation;
