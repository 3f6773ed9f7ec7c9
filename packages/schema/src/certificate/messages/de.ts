import type { CertificateTranslation } from '../catalogue.js';

// German texts of the participant's certificate.
export const certificateMessagesDe = {
  'certificate.programme': 'Erasmus+ · Lernmobilität von Einzelpersonen',
  'certificate.project': 'Projekt {{number}}',
  'certificate.title': 'Nachweis über einen Lernaufenthalt im Ausland',
  'certificate.certifies': 'Hiermit wird bestätigt, dass',
  'certificate.tookPart':
    'an einem Lernaufenthalt im Ausland mit Erasmus+ teilgenommen hat, dem Programm der Europäischen Union für allgemeine und berufliche Bildung, Jugend und Sport.',
  'certificate.activity': 'Aktivität',
  'certificate.dates': 'Zeitraum',
  'certificate.datesValue': 'vom {{start}} bis zum {{end}}',
  'certificate.duration': 'Dauer',
  'certificate.sendingOrganisation': 'Entsendende Einrichtung',
  'certificate.hostingOrganisation': 'Aufnehmende Einrichtung',
  'certificate.outcomes.heading': 'Was die teilnehmende Person gelernt hat',
  'certificate.outcomes.intro':
    'Vor und am Ende des Auslandsaufenthalts hat die teilnehmende Person Aussagen über sich selbst von 1 ({{low}}) bis 5 ({{high}}) bewertet. Aufgeführt sind die Aussagen, bei denen sie Fortschritte angegeben hat, geordnet nach den erwarteten Ergebnissen von Erasmus+ und mit den Schlüsselkompetenzen für lebenslanges Lernen, auf die sie sich beziehen.',
  'certificate.outcomes.noProgress':
    'In der Selbsteinschätzung der teilnehmenden Person wurde bei den erwarteten Ergebnissen dieses Aufenthalts keine Veränderung festgehalten.',
  'certificate.outcomes.notAssessed':
    'Die teilnehmende Person hat für diesen Aufenthalt keine Selbsteinschätzung ihres Lernens abgegeben.',
  'certificate.statement': 'Aussage',
  'certificate.before': 'Vorher',
  'certificate.after': 'Nachher',
  'certificate.competences': 'Schlüsselkompetenzen',
  'certificate.ownWords.heading': 'In eigenen Worten',
  'certificate.issued': 'Ausgestellt am {{date}} von {{organisation}}',
  'certificate.reference': 'Referenz: {{reference}}',
  'certificate.competencesSource':
    'Schlüsselkompetenzen für lebenslanges Lernen: Empfehlung des Rates vom 22. Mai 2018 (2018/C 189/01).',
  'certificate.download': 'Dein Zertifikat herunterladen (PDF)',
  'certificate.notAvailable':
    'Dein Zertifikat ist noch nicht verfügbar: Du kannst es herunterladen, sobald du die Befragung am Ende deines Auslandsaufenthalts abgeschickt hast und {{organisation}} den Aufenthalt als abgeschlossen markiert hat.',

  'activity.SM-JOB-SHDW': 'Job-Shadowing',
  'activity.SM-TTA': 'Lehr- oder Ausbildungstätigkeit',
  'activity.SM-COUR-TRAIN': 'Kurse und Fortbildungen',
  'activity.LM-GRP-PUPIL': 'Gruppenmobilität von Schülerinnen und Schülern',
  'activity.LM-SHORT-PUPIL': 'Kurzzeit-Lernmobilität von Schülerinnen und Schülern',
  'activity.LM-LONG-PUPILS': 'Langzeit-Lernmobilität von Schülerinnen und Schülern',
  'activity.LM-SKILL-VET': 'Teilnahme an Berufswettbewerben (Skills Competitions)',
  'activity.MOB-GRP-VET': 'Gruppenmobilität von Lernenden in der Berufsbildung',
  'activity.LM-SHORT-VET': 'Kurzzeit-Lernmobilität von Lernenden in der Berufsbildung',
  'activity.LM-LONG-VET': 'Langzeit-Lernmobilität von Lernenden in der Berufsbildung (ErasmusPro)',
  'activity.MOB-GRP-ADU': 'Gruppenmobilität von Lernenden in der Erwachsenenbildung',
  'activity.MOB-IND-ADU': 'Individuelle Lernmobilität von Lernenden in der Erwachsenenbildung',
  'activity.OA-INV-EXP': 'Eingeladene Expertinnen und Experten',
  'activity.OA-HOS-TTT': 'Aufnahme von Lehrkräften und Bildungspersonal in Ausbildung',
  'activity.HE-SMS': 'Studierendenmobilität zu Studienzwecken',
  'activity.HE-SMT': 'Studierendenmobilität für Praktika',
  'activity.HE-STA': 'Personalmobilität zu Lehrzwecken',
  'activity.HE-STT': 'Personalmobilität zu Fort- und Weiterbildungszwecken',
  'activity.HE-BIP': 'Kombiniertes Intensivprogramm (Blended Intensive Programme)',
  'activity.MOB-YE': 'Jugendbegegnung',
  'activity.MOB-YW': 'Mobilität von Fachkräften der Jugendarbeit (berufliche Weiterbildung)',
  'activity.MOB-YPA': 'Jugendbeteiligungsaktivität',
  'activity.MOB-DEU-INC': 'DiscoverEU-Inklusionsaktion',
} as const satisfies CertificateTranslation;
