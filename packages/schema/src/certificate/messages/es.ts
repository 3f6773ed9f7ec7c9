import type { CertificateTranslation } from '../catalogue.js';

// Spanish texts of the participant's certificate.
export const certificateMessagesEs = {
  'certificate.programme': 'Erasmus+ · Movilidad de las personas por motivos de aprendizaje',
  'certificate.project': 'Proyecto {{number}}',
  'certificate.title': 'Certificado de movilidad por motivos de aprendizaje',
  'certificate.certifies': 'Este certificado acredita que',
  'certificate.tookPart':
    'ha participado en una movilidad de aprendizaje en el extranjero con Erasmus+, el programa de la Unión Europea para la educación, la formación, la juventud y el deporte.',
  'certificate.activity': 'Actividad',
  'certificate.dates': 'Fechas',
  'certificate.datesValue': 'del {{start}} al {{end}}',
  'certificate.duration': 'Duración',
  'certificate.sendingOrganisation': 'Organización de envío',
  'certificate.hostingOrganisation': 'Organización de acogida',
  'certificate.outcomes.heading': 'Lo que ha aprendido la persona participante',
  'certificate.outcomes.intro':
    'Antes y al final de la movilidad, la persona participante valoró afirmaciones sobre sí misma de 1 ({{low}}) a 5 ({{high}}). Estas son las afirmaciones en las que indicó un progreso, agrupadas según los resultados esperados de Erasmus+ y con las competencias clave para el aprendizaje permanente con las que se relacionan.',
  'certificate.outcomes.noProgress':
    'La autoevaluación de la persona participante no registró cambios en los resultados esperados de esta movilidad.',
  'certificate.outcomes.notAssessed':
    'La persona participante no ha registrado una autoevaluación de su aprendizaje para esta movilidad.',
  'certificate.statement': 'Afirmación',
  'certificate.before': 'Antes',
  'certificate.after': 'Después',
  'certificate.competences': 'Competencias clave',
  'certificate.ownWords.heading': 'En sus propias palabras',
  'certificate.issued': 'Expedido el {{date}} por {{organisation}}',
  'certificate.reference': 'Referencia: {{reference}}',
  'certificate.competencesSource':
    'Competencias clave para el aprendizaje permanente: Recomendación del Consejo de 22 de mayo de 2018 (2018/C 189/01).',
  'certificate.download': 'Descarga tu certificado (PDF)',
  'certificate.notAvailable':
    'Tu certificado todavía no está disponible: podrás descargarlo cuando hayas enviado la encuesta del final de tu movilidad y {{organisation}} haya marcado la movilidad como finalizada.',

  'activity.SM-JOB-SHDW': 'Aprendizaje por observación (job shadowing)',
  'activity.SM-TTA': 'Misión de docencia o formación',
  'activity.SM-COUR-TRAIN': 'Cursos y formación',
  'activity.LM-GRP-PUPIL': 'Movilidad de grupos de alumnos',
  'activity.LM-SHORT-PUPIL': 'Movilidad de aprendizaje de corta duración de alumnos',
  'activity.LM-LONG-PUPILS': 'Movilidad de aprendizaje de larga duración de alumnos',
  'activity.LM-SKILL-VET': 'Participación en competiciones de capacidades de FP',
  'activity.MOB-GRP-VET': 'Movilidad de grupos de estudiantes de FP',
  'activity.LM-SHORT-VET': 'Movilidad de aprendizaje de corta duración de estudiantes de FP',
  'activity.LM-LONG-VET': 'Movilidad de aprendizaje de larga duración de estudiantes de FP (ErasmusPro)',
  'activity.MOB-GRP-ADU': 'Movilidad de grupos de estudiantes adultos',
  'activity.MOB-IND-ADU': 'Movilidad de aprendizaje individual de estudiantes adultos',
  'activity.OA-INV-EXP': 'Expertos invitados',
  'activity.OA-HOS-TTT': 'Acogida de docentes y educadores en formación',
  'activity.HE-SMS': 'Movilidad de estudiantes para estudios',
  'activity.HE-SMT': 'Movilidad de estudiantes para prácticas',
  'activity.HE-STA': 'Movilidad del personal para docencia',
  'activity.HE-STT': 'Movilidad del personal para formación',
  'activity.HE-BIP': 'Programa intensivo combinado',
  'activity.MOB-YE': 'Intercambio juvenil',
  'activity.MOB-YW':
    'Movilidad de trabajadores en el ámbito de la juventud (actividad de desarrollo profesional)',
  'activity.MOB-YPA': 'Actividad de participación juvenil',
  'activity.MOB-DEU-INC': 'Acción de Inclusión de DiscoverEU',
} as const satisfies CertificateTranslation;
