import type { CertificateTranslation } from '../catalogue.js';

// French texts of the participant's certificate.
export const certificateMessagesFr = {
  'certificate.programme': 'Erasmus+ · Mobilité des individus à des fins d’éducation et de formation',
  'certificate.project': 'Projet {{number}}',
  'certificate.title': 'Attestation de mobilité à des fins d’apprentissage',
  'certificate.certifies': 'La présente attestation confirme que',
  'certificate.tookPart':
    'a participé à une mobilité à l’étranger à des fins d’apprentissage avec Erasmus+, le programme de l’Union européenne pour l’éducation, la formation, la jeunesse et le sport.',
  'certificate.activity': 'Activité',
  'certificate.dates': 'Période',
  'certificate.datesValue': 'du {{start}} au {{end}}',
  'certificate.duration': 'Durée',
  'certificate.sendingOrganisation': 'Organisme d’envoi',
  'certificate.hostingOrganisation': 'Organisme d’accueil',
  'certificate.outcomes.heading': 'Ce que la personne participante a appris',
  'certificate.outcomes.intro':
    'Avant et à la fin de la mobilité, la personne participante a évalué des affirmations la concernant de 1 ({{low}}) à 5 ({{high}}). Voici les affirmations sur lesquelles elle a indiqué des progrès, regroupées selon les résultats attendus d’Erasmus+, avec les compétences clés pour l’éducation et la formation tout au long de la vie auxquelles elles se rapportent.',
  'certificate.outcomes.noProgress':
    'L’auto-évaluation de la personne participante n’indique aucun changement sur les résultats attendus de cette mobilité.',
  'certificate.outcomes.notAssessed':
    'La personne participante n’a pas enregistré d’auto-évaluation de ses apprentissages pour cette mobilité.',
  'certificate.statement': 'Affirmation',
  'certificate.before': 'Avant',
  'certificate.after': 'Après',
  'certificate.competences': 'Compétences clés',
  'certificate.ownWords.heading': 'Avec ses propres mots',
  'certificate.issued': 'Délivrée le {{date}} par {{organisation}}',
  'certificate.reference': 'Référence : {{reference}}',
  'certificate.competencesSource':
    'Compétences clés pour l’éducation et la formation tout au long de la vie : recommandation du Conseil du 22 mai 2018 (2018/C 189/01).',
  'certificate.download': 'Télécharger votre attestation (PDF)',
  'certificate.notAvailable':
    'Votre attestation n’est pas encore disponible : vous pourrez la télécharger lorsque vous aurez envoyé le questionnaire de fin de mobilité et que {{organisation}} aura indiqué que la mobilité est terminée.',

  'activity.SM-JOB-SHDW': 'Observation en situation de travail (job shadowing)',
  'activity.SM-TTA': 'Mission d’enseignement ou de formation',
  'activity.SM-COUR-TRAIN': 'Cours et formations',
  'activity.LM-GRP-PUPIL': 'Mobilité de groupe d’élèves',
  'activity.LM-SHORT-PUPIL': 'Mobilité d’apprentissage de courte durée d’élèves',
  'activity.LM-LONG-PUPILS': 'Mobilité d’apprentissage de longue durée d’élèves',
  'activity.LM-SKILL-VET': 'Participation à des concours de compétences professionnelles',
  'activity.MOB-GRP-VET':
    'Mobilité de groupe d’apprenants de l’enseignement et de la formation professionnels',
  'activity.LM-SHORT-VET':
    'Mobilité d’apprentissage de courte durée d’apprenants de l’enseignement et de la formation professionnels',
  'activity.LM-LONG-VET':
    'Mobilité d’apprentissage de longue durée d’apprenants de l’enseignement et de la formation professionnels (ErasmusPro)',
  'activity.MOB-GRP-ADU': 'Mobilité de groupe d’apprenants adultes',
  'activity.MOB-IND-ADU': 'Mobilité d’apprentissage individuelle d’apprenants adultes',
  'activity.OA-INV-EXP': 'Experts invités',
  'activity.OA-HOS-TTT': 'Accueil d’enseignants et d’éducateurs en formation',
  'activity.HE-SMS': 'Mobilité des étudiants à des fins d’études',
  'activity.HE-SMT': 'Mobilité des étudiants à des fins de stage',
  'activity.HE-STA': 'Mobilité du personnel à des fins d’enseignement',
  'activity.HE-STT': 'Mobilité du personnel à des fins de formation',
  'activity.HE-BIP': 'Programme intensif hybride',
  'activity.MOB-YE': 'Échange de jeunes',
  'activity.MOB-YW': 'Mobilité des animateurs de jeunesse (activité de développement professionnel)',
  'activity.MOB-YPA': 'Activité de participation des jeunes',
  'activity.MOB-DEU-INC': 'Action d’inclusion DiscoverEU',
} as const satisfies CertificateTranslation;
