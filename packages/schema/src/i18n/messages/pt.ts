import type { Translation } from '../catalogue.js';

// Portuguese (European) translations of every participant-facing text (outcome catalogue, survey pages, e-mails).
export const messagesPt = {
  'outcome.L01.title': 'melhor desempenho na aprendizagem',
  'outcome.L01.label': 'Desempenho na aprendizagem',
  'indicator.L01.understanding.statement':
    'Compreendo bem os conteúdos dos meus estudos ou da minha formação.',
  'indicator.L01.self-directed.statement':
    'Consigo organizar a minha aprendizagem de forma autónoma e cumprir os meus planos.',
  'indicator.L01.applying.statement': 'Consigo aplicar o que aprendo em tarefas práticas.',

  'outcome.L02.title': 'maior empregabilidade e melhores perspetivas de carreira',
  'outcome.L02.label': 'Empregabilidade e perspetivas de carreira',
  'indicator.L02.job-skills.statement': 'Tenho competências que os empregadores da minha área procuram.',
  'indicator.L02.career-goals.statement': 'Tenho uma ideia clara do trabalho ou da carreira que quero.',
  'indicator.L02.job-confidence.statement':
    'Estou confiante de que vou conseguir encontrar um emprego ou uma formação à minha medida.',

  'outcome.L03.title': 'maior sentido de iniciativa e de empreendedorismo',
  'outcome.L03.label': 'Iniciativa e empreendedorismo',
  'indicator.L03.initiative.statement': 'Tomo a iniciativa quando é preciso fazer alguma coisa.',
  'indicator.L03.ideas-into-action.statement':
    'Consigo pôr uma ideia em prática, por exemplo, um projeto, um evento ou um pequeno negócio.',
  'indicator.L03.project-planning.statement':
    'Consigo planear um projeto e realizá-lo em conjunto com outras pessoas.',

  'outcome.L04.title': 'maior autocapacitação e autoestima',
  'outcome.L04.label': 'Autonomia e autoestima',
  'indicator.L04.self-confidence.statement': 'Tenho confiança nas minhas capacidades.',
  'indicator.L04.coping.statement': 'Consigo lidar sem ajuda com situações que são novas para mim.',
  'indicator.L04.own-opinion.statement': 'Digo o que penso, mesmo quando os outros não concordam.',

  'outcome.L05.title': 'melhores competências de línguas estrangeiras e competências digitais',
  'outcome.L05.label': 'Línguas estrangeiras e competências digitais',
  'indicator.L05.language.statement': 'Consigo comunicar à vontade numa língua estrangeira.',
  'indicator.L05.host-language.statement':
    'Consigo lidar com situações do dia a dia na língua do país de acolhimento.',
  'indicator.L05.digital.statement':
    'Consigo usar ferramentas digitais para aprender, trabalhar e comunicar com os outros.',

  'outcome.L06.title': 'maior sensibilização para a interculturalidade',
  'outcome.L06.label': 'Sensibilidade intercultural',
  'indicator.L06.own-culture.statement':
    'Tenho consciência de como a minha própria cultura influencia a forma como vejo os outros.',
  'indicator.L06.adapting.statement':
    'Consigo adaptar o meu comportamento quando lido com pessoas de outra cultura.',
  'indicator.L06.curiosity.statement': 'Tenho curiosidade por outras culturas e modos de vida.',

  'outcome.L07.title': 'participação mais ativa na sociedade',
  'outcome.L07.label': 'Participação ativa na sociedade',
  'indicator.L07.community.statement':
    'Participo em atividades na minha comunidade, como voluntariado, clubes ou iniciativas locais.',
  'indicator.L07.democratic-life.statement':
    'Tenciono participar na vida democrática, por exemplo, votando ou aderindo a uma campanha.',
  'indicator.L07.informed.statement': 'Acompanho a atualidade sobre questões sociais e políticas.',

  'outcome.L08.title': 'mais interações positivas com pessoas de diferentes origens',
  'outcome.L08.label': 'Interação com pessoas de diferentes origens',
  'indicator.L08.at-ease.statement': 'Sinto-me à vontade com pessoas de origens diferentes da minha.',
  'indicator.L08.teamwork.statement':
    'Trabalho bem em equipa com pessoas que pensam de forma diferente de mim.',
  'indicator.L08.contacts.statement': 'Tenho amigos ou contactos de origens diferentes da minha.',

  'outcome.L09.title': 'maior consciência do projeto europeu e dos valores da UE',
  'outcome.L09.label': 'Consciência europeia e valores da UE',
  'indicator.L09.eu-daily-life.statement': 'Sei de que forma a União Europeia influencia o meu dia a dia.',
  'indicator.L09.eu-values.statement':
    'Conheço os valores em que se funda a União Europeia, como a dignidade humana, a democracia, a igualdade e os direitos humanos.',
  'indicator.L09.feel-european.statement': 'Sinto-me europeu ou europeia.',

  'outcome.L10.title':
    'maior motivação para participar em atividades futuras de educação ou formação (formal/não formal) após o período de mobilidade no estrangeiro',
  'outcome.L10.label': 'Motivação para continuar a aprender',
  'indicator.L10.continue-learning.statement':
    'Tenho motivação para continuar os meus estudos ou a minha formação.',
  'indicator.L10.non-formal.statement':
    'Tenho interesse em aprender fora da escola ou do trabalho, por exemplo, em cursos, oficinas ou atividades para jovens.',
  'indicator.L10.abroad-again.statement':
    'Gostava de participar noutra experiência de aprendizagem no estrangeiro.',

  'outcome.S01.title':
    'melhores competências, associadas aos seus perfis profissionais (ensino, formação, animação de juventude, etc.)',
  'outcome.S01.label': 'Competências profissionais',
  'indicator.S01.methods.statement':
    'Conheço uma grande variedade de métodos para o meu trabalho de ensino, formação ou animação de juventude.',
  'indicator.S01.new-approaches.statement': 'Experimento novas abordagens no meu trabalho diário.',
  'indicator.S01.professional-confidence.statement': 'Sinto-me competente na minha função profissional.',

  'outcome.S02.title':
    'compreensão mais ampla das práticas, políticas e sistemas de educação, formação ou juventude nos diferentes países',
  'outcome.S02.label': 'Práticas e sistemas de outros países',
  'indicator.S02.practices.statement': 'Sei como trabalham os colegas de outros países na minha área.',
  'indicator.S02.systems.statement':
    'Compreendo como estão organizados o ensino, a formação ou a animação de juventude noutros países europeus.',
  'indicator.S02.policies.statement':
    'Conheço as políticas e prioridades europeias relevantes para o meu trabalho.',

  'outcome.S03.title':
    'maior capacidade para desencadear mudanças em termos de modernização e abertura internacional nas suas organizações educativas',
  'outcome.S03.label': 'Promover a mudança na organização',
  'indicator.S03.propose-change.statement':
    'Consigo propor mudanças na minha organização e ajudar a pô-las em prática.',
  'indicator.S03.international.statement':
    'Contribuo para as atividades internacionais da minha organização.',
  'indicator.S03.sharing.statement': 'Partilho o que aprendo com os colegas da minha organização.',

  'outcome.S04.title':
    'melhor compreensão das interligações entre a educação formal e não formal, a formação profissional e o mercado de trabalho',
  'outcome.S04.label': 'Ligações entre educação e trabalho',
  'indicator.S04.formal-non-formal.statement':
    'Compreendo de que forma a aprendizagem formal e a não formal se podem complementar.',
  'indicator.S04.labour-market.statement':
    'Sei que competências o mercado de trabalho espera das pessoas a quem ensino, que formo ou com quem trabalho.',
  'indicator.S04.cross-sector.statement':
    'Trabalho com organizações de fora do meu setor, como empresas, organizações de juventude ou entidades formadoras.',

  'outcome.S05.title':
    'melhor qualidade do seu trabalho e das suas atividades em prol de estudantes, estagiários, aprendizes/formandos, alunos, aprendentes adultos e jovens',
  'outcome.S05.label': 'Qualidade do trabalho com os aprendentes',
  'indicator.S05.learner-needs.statement':
    'Adapto as minhas atividades às necessidades dos aprendentes ou dos jovens com quem trabalho.',
  'indicator.S05.evaluate-improve.statement': 'Avalio regularmente as minhas atividades e melhoro-as.',
  'indicator.S05.quality.statement':
    'Sinto satisfação com a qualidade das atividades que ofereço aos aprendentes ou aos jovens.',

  'outcome.S06.title':
    'maior compreensão de todos os tipos de diversidade (por exemplo, social, étnica, linguística, de género e cultural, bem como de capacidades diversas) e maior capacidade de resposta à mesma',
  'outcome.S06.label': 'Resposta à diversidade',
  'indicator.S06.understanding.statement':
    'Compreendo de que forma as diferenças sociais, étnicas, linguísticas, de género e culturais influenciam a aprendizagem.',
  'indicator.S06.abilities.statement': 'Consigo adaptar o meu trabalho a pessoas com capacidades diferentes.',
  'indicator.S06.inclusive-climate.statement':
    'Crio um ambiente em que todas as pessoas do meu grupo se sentem incluídas.',

  'outcome.S07.title':
    'maior capacidade para dar resposta às necessidades das pessoas com menos oportunidades',
  'outcome.S07.label': 'Apoio a pessoas com menos oportunidades',
  'indicator.S07.recognise-barriers.statement':
    'Consigo reconhecer os obstáculos que as pessoas com menos oportunidades enfrentam.',
  'indicator.S07.support.statement':
    'Sei como apoiar as pessoas com menos oportunidades para que possam participar na aprendizagem.',
  'indicator.S07.outreach.statement':
    'Sei como chegar às pessoas com menos oportunidades que não se apresentariam por iniciativa própria.',

  'outcome.S08.title': 'maior apoio e promoção das atividades de mobilidade para aprendentes',
  'outcome.S08.label': 'Promoção da mobilidade dos aprendentes',
  'indicator.S08.encourage.statement':
    'Incentivo os aprendentes ou os jovens com quem trabalho a passar um período no estrangeiro.',
  'indicator.S08.prepare.statement':
    'Sei como preparar aprendentes ou jovens para uma estadia no estrangeiro.',
  'indicator.S08.organise.statement':
    'Ajudo a organizar atividades de mobilidade para aprendentes ou jovens.',

  'outcome.S09.title': 'mais oportunidades de desenvolvimento profissional e de carreira',
  'outcome.S09.label': 'Desenvolvimento profissional e de carreira',
  'indicator.S09.opportunities.statement': 'Vejo oportunidades claras de progredir na minha carreira.',
  'indicator.S09.network.statement': 'Tenho uma rede de contactos profissionais noutros países.',
  'indicator.S09.development-plan.statement': 'Tenho um plano para o meu desenvolvimento profissional.',

  'outcome.S10.title': 'melhores competências de línguas estrangeiras e competências digitais',
  'outcome.S10.label': 'Línguas estrangeiras e competências digitais',
  'indicator.S10.language.statement': 'Consigo comunicar à vontade numa língua estrangeira no trabalho.',
  'indicator.S10.digital.statement':
    'Consigo usar ferramentas digitais de forma eficaz no meu trabalho de ensino, formação ou animação de juventude.',

  'outcome.S11.title': 'maior motivação e satisfação no trabalho diário',
  'outcome.S11.label': 'Motivação e satisfação no trabalho',
  'indicator.S11.motivation.statement': 'Sinto motivação no meu trabalho diário.',
  'indicator.S11.satisfaction.statement': 'O meu trabalho dá-me satisfação.',

  'rating.1': 'Discordo totalmente',
  'rating.2': 'Discordo',
  'rating.3': 'Não concordo nem discordo',
  'rating.4': 'Concordo',
  'rating.5': 'Concordo totalmente',
  'rating.not_applicable': 'Não se aplica',

  'survey.meta.title': 'Questionário sobre a mobilidade Erasmus+',
  'survey.language.label': 'Idioma',
  'survey.wave.baseline': 'Antes da sua mobilidade',
  'survey.wave.end': 'No final da sua mobilidade',
  'survey.wave.follow_up': 'Alguns meses após a sua mobilidade',
  'survey.wave.mentor': 'Avaliação do mentor',

  'survey.intro.heading': 'Olá, {{name}}',
  'survey.intro.body':
    '{{organisation}} participa no Erasmus+, o programa da União Europeia para a educação, a formação, a juventude e o desporto. Este breve questionário pergunta como se vê hoje, para que a sua instituição possa perceber o que muda com mobilidades como a sua.',
  'survey.intro.duration':
    'Demora cerca de {{minutes}} minutos. As suas respostas vão sendo guardadas: pode fechar a página e voltar mais tarde com o mesmo link.',
  'survey.intro.start': 'Começar',
  'survey.intro.continue': 'Continuar onde parou',

  'survey.consent.heading': 'Os seus dados',
  'survey.consent.body':
    '{{organisation}} recolhe as suas respostas para avaliar as mobilidades Erasmus+ que organiza. Só os coordenadores da sua instituição podem ver as suas respostas individuais; os relatórios destinados a terceiros, como a Agência Nacional, só mostram números relativos a grupos de, pelo menos, {{minimum}} pessoas. As suas respostas são conservadas enquanto o projeto precisar delas para os seus relatórios e, no máximo, durante {{years}} anos após o fim do projeto. Pode, a qualquer momento, pedir à sua instituição o acesso às suas respostas, a sua retificação ou o seu apagamento.',
  'survey.consent.agree': 'Li esta informação e aceito participar no questionário.',
  'survey.consent.contact': 'Aceito que me contactem mais tarde para estudos sobre o Erasmus+ (opcional).',
  'survey.consent.required': 'Para continuar, aceite participar no questionário.',

  'survey.progress': 'Passo {{current}} de {{total}}',
  'survey.saving': 'A guardar…',
  'survey.saved': 'As suas respostas foram guardadas.',
  'survey.saveFailed':
    'Não foi possível guardar a sua última resposta. Verifique a ligação à Internet e tente novamente.',
  'survey.next': 'Seguinte',
  'survey.back': 'Anterior',

  'survey.outcome.instructions': 'Em que medida concorda com cada afirmação?',
  'survey.outcome.instructionsEnd':
    'Para cada afirmação, indique em que medida concordava antes da sua mobilidade, olhando agora para trás, e em que medida concorda hoje.',
  'survey.outcome.before': 'Antes da mobilidade',
  'survey.outcome.now': 'Agora',
  'survey.outcome.example': 'Um exemplo por palavras suas (opcional)',
  'survey.outcome.exampleHint': 'O que fez ou viveu que o demonstre?',

  'survey.language.heading': 'As suas competências em {{language}}',
  'survey.language.instructions':
    'Para cada competência, escolha o nível que melhor corresponde ao seu caso, de acordo com o Quadro Europeu Comum de Referência para as Línguas.',
  'survey.language.noLanguage': 'A língua principal da sua mobilidade',
  'survey.cefr.listening': 'Compreensão oral',
  'survey.cefr.reading': 'Leitura',
  'survey.cefr.spoken_interaction': 'Interação oral',
  'survey.cefr.spoken_production': 'Produção oral',
  'survey.cefr.writing': 'Escrita',
  'survey.cefr.level.none': 'Ainda sem conhecimentos',
  'survey.cefr.level.A1': 'A1 – Iniciação',
  'survey.cefr.level.A2': 'A2 – Elementar',
  'survey.cefr.level.B1': 'B1 – Intermédio',
  'survey.cefr.level.B2': 'B2 – Intermédio superior',
  'survey.cefr.level.C1': 'C1 – Avançado',
  'survey.cefr.level.C2': 'C2 – Proficiente',

  'survey.review.heading': 'Verificar e enviar',
  'survey.review.body':
    'Estas são as suas respostas. Pode voltar atrás para as alterar. Depois de enviadas, já não poderão ser alteradas.',
  'survey.review.unanswered': 'Afirmações sem resposta: {{count}}',
  'survey.review.submit': 'Enviar as minhas respostas',

  'survey.receipt.heading': 'Muito obrigado!',
  'survey.receipt.body': 'As suas respostas foram recebidas.',
  'survey.receipt.number': 'Número de comprovativo: {{receipt}}',
  'survey.receipt.summary': 'As suas respostas',
  'survey.rights.heading': 'Os seus dados',
  'survey.rights.body':
    '{{organisation}} guarda os seus dados e respostas. Pode pedir uma cópia de tudo o que tem sobre si, ou pedir que seja apagado.',
  'survey.rights.access': 'Pedir uma cópia dos meus dados',
  'survey.rights.erasure': 'Pedir que os meus dados sejam apagados',
  'survey.rights.accessRequested':
    'Pediu uma cópia dos seus dados em {{date}}. {{organisation}} vai enviá-la.',
  'survey.rights.erasureRequested':
    'Pediu que os seus dados fossem apagados em {{date}}. {{organisation}} avisará quando estiver feito.',
  'survey.rights.withdraw': 'Retirar o meu consentimento',
  'survey.rights.withdrawn':
    'Retirou o seu consentimento: não receberá mais inquéritos, ninguém o contactará para estudos e os exemplos que escreveu não serão citados. O que respondeu antes fica nos números, sem o seu nome.',
  'privacy.title': 'Como {{organisation}} trata os seus dados',
  'privacy.who':
    '{{organisation}} ({{place}}) guarda os seus dados pessoais no Mobilis, a ferramenta que usa para as suas mobilidades Erasmus+.',
  'privacy.why':
    'Usa-os para organizar a sua mobilidade, comunicá-la à Agência Nacional Erasmus+ e à Comissão Europeia e, se concordar, perguntar-lhe em inquéritos curtos o que a mobilidade mudou para si. Os números sobre muitos participantes nunca mostram quem respondeu.',
  'privacy.what':
    'Guarda o seu nome, contacto, data de nascimento, nacionalidade, a sua mobilidade e as suas respostas. Se enfrentar obstáculos de que trata o apoio à inclusão do programa, regista quais, e só as poucas pessoas que organizam esse apoio os veem.',
  'privacy.howLong':
    'Os seus dados pessoais são guardados durante {{years}} anos após o fim do seu último projeto Erasmus+ e depois apagados.',
  'privacy.rights':
    'Pode pedir uma cópia dos seus dados, pedir a sua correção ou apagamento, ou opor-se à sua utilização. Pode também apresentar queixa à autoridade de proteção de dados do seu país.',
  'privacy.how':
    'Peça uma cópia ou o apagamento na página de confirmação de um inquérito que enviou, ou escreva para o contacto abaixo.',
  'privacy.contact': 'Contacto para questões sobre os seus dados: {{contact}}',
  'privacy.link': 'Como os seus dados são tratados',
  'email.privacy': 'Como {{organisation}} trata os seus dados: {{link}}',

  'survey.error.invalid.heading': 'Este link não funciona',
  'survey.error.invalid.body':
    'O link pode estar incompleto ou já não ser válido. Copie o link completo do e-mail ou peça um novo à organização que o enviou.',
  'survey.error.submitted.heading': 'Este questionário já foi respondido',
  'survey.error.submitted.body':
    'As respostas a este questionário já foram enviadas. Obrigado pela sua participação.',
  'survey.error.expired.heading': 'A sua sessão terminou',
  'survey.error.expired.body':
    'Por motivos de segurança, a página do questionário fecha-se após algum tempo sem atividade. Para continuar, abra novamente o link do seu e-mail.',

  'email.invitation.subject': '{{organisation}}: o seu questionário Erasmus+ ({{wave}})',
  'email.invitation.body':
    'Olá {{name}},\n\n{{organisation}} envia-lhe esta mensagem porque está a participar numa mobilidade Erasmus+ ({{activity}}, {{dates}}).\n\nPedimos-lhe que responda a um breve questionário sobre o que sabe fazer e como se vê. Demora cerca de {{minutes}} minutos:\n\n{{link}}\n\nO link é pessoal: por favor, não o partilhe.\n\nMuito obrigado,\n{{organisation}}',
  'email.reminder.subject': 'Lembrete: o seu questionário Erasmus+ ({{wave}})',
  'email.reminder.body':
    'Olá {{name}},\n\nHá alguns dias, {{organisation}} enviou-lhe um convite para responder a um breve questionário sobre a sua mobilidade Erasmus+. Se ainda não teve oportunidade, pode fazê-lo aqui:\n\n{{link}}\n\nO link é pessoal: por favor, não o partilhe.\n\nMuito obrigado,\n{{organisation}}',
} as const satisfies Translation;
