import type { CertificateTranslation } from '../catalogue.js';

// Italian texts of the participant's certificate.
export const certificateMessagesIt = {
  'certificate.programme': 'Erasmus+ · Mobilità individuale ai fini dell’apprendimento',
  'certificate.project': 'Progetto {{number}}',
  'certificate.title': 'Certificato di mobilità ai fini dell’apprendimento',
  'certificate.certifies': 'Il presente certificato attesta che',
  'certificate.tookPart':
    'ha partecipato a una mobilità all’estero ai fini dell’apprendimento con Erasmus+, il programma dell’Unione europea per l’istruzione, la formazione, la gioventù e lo sport.',
  'certificate.activity': 'Attività',
  'certificate.dates': 'Date',
  'certificate.datesValue': 'dal {{start}} al {{end}}',
  'certificate.duration': 'Durata',
  'certificate.sendingOrganisation': 'Organizzazione di invio',
  'certificate.hostingOrganisation': 'Organizzazione ospitante',
  'certificate.outcomes.heading': 'Che cosa ha imparato la persona partecipante',
  'certificate.outcomes.intro':
    'Prima e alla fine della mobilità, la persona partecipante ha valutato alcune affermazioni su di sé da 1 ({{low}}) a 5 ({{high}}). Queste sono le affermazioni su cui ha indicato un progresso, raggruppate secondo i risultati attesi di Erasmus+ e con le competenze chiave per l’apprendimento permanente a cui si riferiscono.',
  'certificate.outcomes.noProgress':
    'L’autovalutazione della persona partecipante non ha registrato cambiamenti nei risultati attesi di questa mobilità.',
  'certificate.outcomes.notAssessed':
    'La persona partecipante non ha registrato un’autovalutazione del proprio apprendimento per questa mobilità.',
  'certificate.statement': 'Affermazione',
  'certificate.before': 'Prima',
  'certificate.after': 'Dopo',
  'certificate.competences': 'Competenze chiave',
  'certificate.ownWords.heading': 'Con parole sue',
  'certificate.issued': 'Rilasciato il {{date}} da {{organisation}}',
  'certificate.reference': 'Riferimento: {{reference}}',
  'certificate.competencesSource':
    'Competenze chiave per l’apprendimento permanente: Raccomandazione del Consiglio del 22 maggio 2018 (2018/C 189/01).',
  'certificate.download': 'Scarica il tuo certificato (PDF)',
  'certificate.notAvailable':
    'Il tuo certificato non è ancora disponibile: potrai scaricarlo quando avrai inviato il questionario di fine mobilità e {{organisation}} avrà segnato la mobilità come conclusa.',

  'activity.SM-JOB-SHDW': 'Job shadowing (osservazione sul posto di lavoro)',
  'activity.SM-TTA': 'Incarico di insegnamento o formazione',
  'activity.SM-COUR-TRAIN': 'Corsi e formazione',
  'activity.LM-GRP-PUPIL': 'Mobilità di gruppo di alunni',
  'activity.LM-SHORT-PUPIL': 'Mobilità di breve durata degli alunni ai fini dell’apprendimento',
  'activity.LM-LONG-PUPILS': 'Mobilità di lunga durata degli alunni ai fini dell’apprendimento',
  'activity.LM-SKILL-VET': 'Partecipazione a competizioni di abilità nell’IFP',
  'activity.MOB-GRP-VET': 'Mobilità di gruppo di discenti dell’IFP',
  'activity.LM-SHORT-VET': 'Mobilità di breve durata dei discenti dell’IFP ai fini dell’apprendimento',
  'activity.LM-LONG-VET':
    'Mobilità di lunga durata dei discenti dell’IFP ai fini dell’apprendimento (ErasmusPro)',
  'activity.MOB-GRP-ADU': 'Mobilità di gruppo di discenti adulti',
  'activity.MOB-IND-ADU': 'Mobilità individuale di discenti adulti ai fini dell’apprendimento',
  'activity.OA-INV-EXP': 'Esperti invitati',
  'activity.OA-HOS-TTT': 'Accoglienza di insegnanti ed educatori in formazione',
  'activity.HE-SMS': 'Mobilità degli studenti per studio',
  'activity.HE-SMT': 'Mobilità degli studenti per tirocinio',
  'activity.HE-STA': 'Mobilità del personale per attività didattica',
  'activity.HE-STT': 'Mobilità del personale per formazione',
  'activity.HE-BIP': 'Programma intensivo misto',
  'activity.MOB-YE': 'Scambio giovanile',
  'activity.MOB-YW': 'Mobilità degli animatori socioeducativi (attività di sviluppo professionale)',
  'activity.MOB-YPA': 'Attività di partecipazione giovanile',
  'activity.MOB-DEU-INC': 'Azione di inclusione DiscoverEU',
} as const satisfies CertificateTranslation;
