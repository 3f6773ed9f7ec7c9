import type { CertificateTranslation } from '../catalogue.js';

// Dutch texts of the participant's certificate.
export const certificateMessagesNl = {
  'certificate.programme': 'Erasmus+ · Leermobiliteit van personen',
  'certificate.project': 'Project {{number}}',
  'certificate.title': 'Certificaat van leermobiliteit',
  'certificate.certifies': 'Met dit certificaat wordt bevestigd dat',
  'certificate.tookPart':
    'heeft deelgenomen aan een leermobiliteit in het buitenland met Erasmus+, het programma van de Europese Unie voor onderwijs, opleiding, jongeren en sport.',
  'certificate.activity': 'Activiteit',
  'certificate.dates': 'Periode',
  'certificate.datesValue': 'van {{start}} tot en met {{end}}',
  'certificate.duration': 'Duur',
  'certificate.sendingOrganisation': 'Zendende organisatie',
  'certificate.hostingOrganisation': 'Ontvangende organisatie',
  'certificate.outcomes.heading': 'Wat de deelnemer heeft geleerd',
  'certificate.outcomes.intro':
    'Voor en aan het einde van de mobiliteit heeft de deelnemer uitspraken over zichzelf beoordeeld van 1 ({{low}}) tot 5 ({{high}}). Dit zijn de uitspraken waarop de deelnemer vooruitgang aangaf, gegroepeerd naar de beoogde resultaten van Erasmus+ en met de sleutelcompetenties voor een leven lang leren waarop ze betrekking hebben.',
  'certificate.outcomes.noProgress':
    'De zelfbeoordeling van de deelnemer liet geen verandering zien op de beoogde resultaten van deze mobiliteit.',
  'certificate.outcomes.notAssessed':
    'De deelnemer heeft voor deze mobiliteit geen zelfbeoordeling van het eigen leren ingevuld.',
  'certificate.statement': 'Uitspraak',
  'certificate.before': 'Vooraf',
  'certificate.after': 'Achteraf',
  'certificate.competences': 'Sleutelcompetenties',
  'certificate.ownWords.heading': 'In eigen woorden',
  'certificate.issued': 'Afgegeven op {{date}} door {{organisation}}',
  'certificate.reference': 'Referentie: {{reference}}',
  'certificate.competencesSource':
    'Sleutelcompetenties voor een leven lang leren: aanbeveling van de Raad van 22 mei 2018 (2018/C 189/01).',
  'certificate.download': 'Download je certificaat (pdf)',
  'certificate.notAvailable':
    'Je certificaat is nog niet beschikbaar: je kunt het downloaden zodra je de vragenlijst aan het einde van je verblijf hebt verstuurd en {{organisation}} de mobiliteit als afgerond heeft gemarkeerd.',

  'activity.SM-JOB-SHDW': 'Jobshadowing',
  'activity.SM-TTA': 'Onderwijs- of opleidingsopdracht',
  'activity.SM-COUR-TRAIN': 'Cursussen en opleidingen',
  'activity.LM-GRP-PUPIL': 'Groepsmobiliteit van leerlingen',
  'activity.LM-SHORT-PUPIL': 'Kortlopende leermobiliteit van leerlingen',
  'activity.LM-LONG-PUPILS': 'Langlopende leermobiliteit van leerlingen',
  'activity.LM-SKILL-VET': 'Deelname aan vakwedstrijden in het beroepsonderwijs',
  'activity.MOB-GRP-VET': 'Groepsmobiliteit van lerenden in het beroepsonderwijs',
  'activity.LM-SHORT-VET': 'Kortlopende leermobiliteit van lerenden in het beroepsonderwijs',
  'activity.LM-LONG-VET': 'Langlopende leermobiliteit van lerenden in het beroepsonderwijs (ErasmusPro)',
  'activity.MOB-GRP-ADU': 'Groepsmobiliteit van volwassen lerenden',
  'activity.MOB-IND-ADU': 'Individuele leermobiliteit van volwassen lerenden',
  'activity.OA-INV-EXP': 'Uitgenodigde deskundigen',
  'activity.OA-HOS-TTT': 'Ontvangst van leraren en onderwijsgevenden in opleiding',
  'activity.HE-SMS': 'Studentenmobiliteit voor studie',
  'activity.HE-SMT': 'Studentenmobiliteit voor stage',
  'activity.HE-STA': 'Personeelsmobiliteit voor lesgeven',
  'activity.HE-STT': 'Personeelsmobiliteit voor opleiding',
  'activity.HE-BIP': 'Gecombineerd intensief programma',
  'activity.MOB-YE': 'Jongerenuitwisseling',
  'activity.MOB-YW': 'Mobiliteit van jongerenwerkers (professionele ontwikkeling)',
  'activity.MOB-YPA': 'Jongerenparticipatieactiviteit',
  'activity.MOB-DEU-INC': 'DiscoverEU-inclusieactie',
} as const satisfies CertificateTranslation;
