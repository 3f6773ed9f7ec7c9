import type { CertificateTranslation } from '../catalogue.js';

// Portuguese texts of the participant's certificate.
export const certificateMessagesPt = {
  'certificate.programme': 'Erasmus+ · Mobilidade individual para fins de aprendizagem',
  'certificate.project': 'Projeto {{number}}',
  'certificate.title': 'Certificado de mobilidade para fins de aprendizagem',
  'certificate.certifies': 'O presente certificado confirma que',
  'certificate.tookPart':
    'participou numa mobilidade para fins de aprendizagem no estrangeiro com o Erasmus+, o programa da União Europeia para a educação, a formação, a juventude e o desporto.',
  'certificate.activity': 'Atividade',
  'certificate.dates': 'Datas',
  'certificate.datesValue': 'de {{start}} a {{end}}',
  'certificate.duration': 'Duração',
  'certificate.sendingOrganisation': 'Organização de envio',
  'certificate.hostingOrganisation': 'Organização de acolhimento',
  'certificate.outcomes.heading': 'O que a pessoa participante aprendeu',
  'certificate.outcomes.intro':
    'Antes e no final da mobilidade, a pessoa participante avaliou afirmações sobre si própria de 1 ({{low}}) a 5 ({{high}}). Estas são as afirmações em que indicou progressos, agrupadas segundo os resultados esperados do Erasmus+ e com as competências essenciais para a aprendizagem ao longo da vida a que se referem.',
  'certificate.outcomes.noProgress':
    'A autoavaliação da pessoa participante não registou alterações nos resultados esperados desta mobilidade.',
  'certificate.outcomes.notAssessed':
    'A pessoa participante não registou uma autoavaliação da sua aprendizagem para esta mobilidade.',
  'certificate.statement': 'Afirmação',
  'certificate.before': 'Antes',
  'certificate.after': 'Depois',
  'certificate.competences': 'Competências essenciais',
  'certificate.ownWords.heading': 'Nas suas próprias palavras',
  'certificate.issued': 'Emitido em {{date}} por {{organisation}}',
  'certificate.reference': 'Referência: {{reference}}',
  'certificate.competencesSource':
    'Competências essenciais para a aprendizagem ao longo da vida: Recomendação do Conselho de 22 de maio de 2018 (2018/C 189/01).',
  'certificate.download': 'Descarregar o seu certificado (PDF)',
  'certificate.notAvailable':
    'O seu certificado ainda não está disponível: poderá descarregá-lo depois de enviar o questionário do final da sua mobilidade e de {{organisation}} marcar a mobilidade como concluída.',

  'activity.SM-JOB-SHDW': 'Job shadowing (observação em contexto de trabalho)',
  'activity.SM-TTA': 'Missão de ensino ou de formação',
  'activity.SM-COUR-TRAIN': 'Cursos e formação',
  'activity.LM-GRP-PUPIL': 'Mobilidade de grupo de alunos',
  'activity.LM-SHORT-PUPIL': 'Mobilidade de curta duração de alunos para fins de aprendizagem',
  'activity.LM-LONG-PUPILS': 'Mobilidade de longa duração de alunos para fins de aprendizagem',
  'activity.LM-SKILL-VET': 'Participação em competições de competências de EFP',
  'activity.MOB-GRP-VET': 'Mobilidade de grupo de aprendentes de EFP',
  'activity.LM-SHORT-VET': 'Mobilidade de curta duração de aprendentes de EFP para fins de aprendizagem',
  'activity.LM-LONG-VET':
    'Mobilidade de longa duração de aprendentes de EFP para fins de aprendizagem (ErasmusPro)',
  'activity.MOB-GRP-ADU': 'Mobilidade de grupo de aprendentes adultos',
  'activity.MOB-IND-ADU': 'Mobilidade individual de aprendentes adultos para fins de aprendizagem',
  'activity.OA-INV-EXP': 'Peritos convidados',
  'activity.OA-HOS-TTT': 'Acolhimento de professores e educadores em formação',
  'activity.HE-SMS': 'Mobilidade de estudantes para estudos',
  'activity.HE-SMT': 'Mobilidade de estudantes para estágios',
  'activity.HE-STA': 'Mobilidade de pessoal para missões de ensino',
  'activity.HE-STT': 'Mobilidade de pessoal para formação',
  'activity.HE-BIP': 'Programa intensivo misto',
  'activity.MOB-YE': 'Intercâmbio de jovens',
  'activity.MOB-YW': 'Mobilidade de animadores de juventude (atividade de desenvolvimento profissional)',
  'activity.MOB-YPA': 'Atividade de participação juvenil',
  'activity.MOB-DEU-INC': 'Ação de Inclusão DiscoverEU',
} as const satisfies CertificateTranslation;
