import { type ActivityTypeCode, activityTypes } from '../mobility/activity-types.js';

// English texts of the participant's certificate, in the spirit of Europass Mobility and Youthpass. Every shipped
// language translates every key (a test checks it). Placeholders in {{double braces}} are filled in when the
// certificate is made (i18next syntax).

export const certificateLabelsEn = {
  'certificate.programme': 'Erasmus+ · Learning mobility of individuals',
  'certificate.project': 'Project {{number}}',
  'certificate.title': 'Certificate of learning mobility',
  'certificate.certifies': 'This certificate confirms that',
  'certificate.tookPart':
    'has taken part in a learning mobility abroad with Erasmus+, the European Union’s programme for education, training, youth and sport.',
  'certificate.activity': 'Activity',
  'certificate.dates': 'Dates',
  'certificate.datesValue': 'from {{start}} to {{end}}',
  'certificate.duration': 'Duration',
  'certificate.sendingOrganisation': 'Sending organisation',
  'certificate.hostingOrganisation': 'Hosting organisation',
  'certificate.outcomes.heading': 'What the participant learned',
  'certificate.outcomes.intro':
    'Before and at the end of the mobility, the participant rated statements about themselves from 1 ({{low}}) to 5 ({{high}}). These are the statements on which they reported progress, grouped by the expected outcomes of Erasmus+, with the key competences for lifelong learning they relate to.',
  'certificate.outcomes.noProgress':
    'The participant’s self-assessment recorded no change on the expected outcomes of this mobility.',
  'certificate.outcomes.notAssessed':
    'The participant has not recorded a self-assessment of their learning for this mobility.',
  'certificate.statement': 'Statement',
  'certificate.before': 'Before',
  'certificate.after': 'After',
  'certificate.competences': 'Key competences',
  'certificate.ownWords.heading': 'In the participant’s own words',
  'certificate.issued': 'Issued on {{date}} by {{organisation}}',
  'certificate.reference': 'Reference: {{reference}}',
  'certificate.competencesSource':
    'Key competences for lifelong learning: Council Recommendation of 22 May 2018 (2018/C 189/01).',
  'certificate.download': 'Download your certificate (PDF)',
  'certificate.notAvailable':
    'Your certificate is not available yet: you can download it once you have sent the survey at the end of your mobility and {{organisation}} has marked the mobility as completed.',
} as const;

export type CertificateLabelKey = keyof typeof certificateLabelsEn;
export type ActivityLabelKey = `activity.${ActivityTypeCode}`;
export type CertificateMessageKey = CertificateLabelKey | ActivityLabelKey;

export const activityLabelKey = (code: ActivityTypeCode): ActivityLabelKey => `activity.${code}`;

/** Activity names in English are the Programme Guide's, as activity-types.ts declares them. */
const activityLabelsEn = Object.fromEntries(
  activityTypes.map((type) => [activityLabelKey(type.code), type.name]),
) as Record<ActivityLabelKey, string>;

export const certificateMessagesEn: Readonly<Record<CertificateMessageKey, string>> = {
  ...certificateLabelsEn,
  ...activityLabelsEn,
};
