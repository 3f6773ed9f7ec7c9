import type { Translation } from '../catalogue.js';

// Spanish translations of every participant-facing text (outcome catalogue, survey pages, e-mails).
export const messagesEs = {
  'outcome.L01.title': 'mejora de los resultados del aprendizaje',
  'outcome.L01.label': 'Rendimiento en el aprendizaje',
  'indicator.L01.understanding.statement': 'Entiendo bien los contenidos de mis estudios o de mi formación.',
  'indicator.L01.self-directed.statement': 'Sé organizar mi propio aprendizaje y cumplir mis planes.',
  'indicator.L01.applying.statement': 'Sé aplicar lo que aprendo a tareas prácticas.',

  'outcome.L02.title': 'aumento de la empleabilidad y mejora de las perspectivas profesionales',
  'outcome.L02.label': 'Empleabilidad y perspectivas profesionales',
  'indicator.L02.job-skills.statement': 'Tengo competencias que buscan las empresas de mi sector.',
  'indicator.L02.career-goals.statement': 'Tengo claro a qué trabajo o profesión me quiero dedicar.',
  'indicator.L02.job-confidence.statement':
    'Confío en que encontraré un trabajo o una formación que encaje conmigo.',

  'outcome.L03.title': 'aumento del sentido de iniciativa y del espíritu de empresa',
  'outcome.L03.label': 'Iniciativa y espíritu emprendedor',
  'indicator.L03.initiative.statement': 'Tomo la iniciativa cuando hay algo que hacer.',
  'indicator.L03.ideas-into-action.statement':
    'Sé convertir una idea en acción, por ejemplo, en un proyecto, un evento o un pequeño negocio.',
  'indicator.L03.project-planning.statement':
    'Sé planificar un proyecto y llevarlo a cabo junto con otras personas.',

  'outcome.L04.title': 'mejora de la autocapacitación y de la autoestima',
  'outcome.L04.label': 'Autonomía y autoestima',
  'indicator.L04.self-confidence.statement': 'Confío en mis propias capacidades.',
  'indicator.L04.coping.statement': 'Sé desenvolverme por mi cuenta en situaciones nuevas para mí.',
  'indicator.L04.own-opinion.statement': 'Expreso mi opinión aunque otras personas no estén de acuerdo.',

  'outcome.L05.title': 'mejora de las competencias digitales y en lenguas extranjeras',
  'outcome.L05.label': 'Lenguas extranjeras y competencias digitales',
  'indicator.L05.language.statement': 'Puedo comunicarme con seguridad en una lengua extranjera.',
  'indicator.L05.host-language.statement':
    'Puedo desenvolverme en situaciones cotidianas en la lengua de mi país de acogida.',
  'indicator.L05.digital.statement':
    'Sé usar herramientas digitales para aprender, trabajar y comunicarme con los demás.',

  'outcome.L06.title': 'mayor concienciación intercultural',
  'outcome.L06.label': 'Conciencia intercultural',
  'indicator.L06.own-culture.statement':
    'Soy consciente de cómo mi propia cultura influye en mi forma de ver a los demás.',
  'indicator.L06.adapting.statement':
    'Sé adaptar mi comportamiento cuando trato con personas de otra cultura.',
  'indicator.L06.curiosity.statement': 'Siento curiosidad por otras culturas y formas de vida.',

  'outcome.L07.title': 'participación más activa en la sociedad',
  'outcome.L07.label': 'Participación activa en la sociedad',
  'indicator.L07.community.statement':
    'Participo en actividades de mi entorno, como el voluntariado, clubes o iniciativas locales.',
  'indicator.L07.democratic-life.statement':
    'Tengo intención de participar en la vida democrática, por ejemplo, votando o uniéndome a una campaña.',
  'indicator.L07.informed.statement': 'Sigo la actualidad sobre temas sociales y políticos.',

  'outcome.L08.title': 'mayor interacción positiva con personas de orígenes diferentes',
  'outcome.L08.label': 'Relación con personas de otros orígenes',
  'indicator.L08.at-ease.statement': 'Me siento a gusto con personas de orígenes distintos al mío.',
  'indicator.L08.teamwork.statement': 'Trabajo bien en equipo con personas que no piensan como yo.',
  'indicator.L08.contacts.statement': 'Tengo amistades o contactos de orígenes distintos al mío.',

  'outcome.L09.title': 'mayor sensibilización ante el proyecto europeo y los valores de la UE',
  'outcome.L09.label': 'Conciencia europea y valores de la UE',
  'indicator.L09.eu-daily-life.statement': 'Sé cómo influye la Unión Europea en mi vida diaria.',
  'indicator.L09.eu-values.statement':
    'Conozco los valores en los que se fundamenta la Unión Europea, como la dignidad humana, la democracia, la igualdad y los derechos humanos.',
  'indicator.L09.feel-european.statement': 'Me siento europeo o europea.',

  'outcome.L10.title':
    'mayor motivación para participar en la educación o formación (formal/no formal) futura tras el periodo de movilidad en el extranjero',
  'outcome.L10.label': 'Motivación para seguir aprendiendo',
  'indicator.L10.continue-learning.statement': 'Tengo motivación para continuar mis estudios o mi formación.',
  'indicator.L10.non-formal.statement':
    'Me interesa aprender fuera del ámbito escolar o laboral, por ejemplo, en cursos, talleres o actividades juveniles.',
  'indicator.L10.abroad-again.statement':
    'Me gustaría vivir otra experiencia de aprendizaje en el extranjero.',

  'outcome.S01.title':
    'mejora de las competencias vinculadas a sus perfiles profesionales (enseñanza, formación, trabajo en el ámbito de la juventud, etc.)',
  'outcome.S01.label': 'Competencias profesionales',
  'indicator.S01.methods.statement':
    'Conozco una amplia variedad de métodos para mi labor docente, formativa o con jóvenes.',
  'indicator.S01.new-approaches.statement': 'Pruebo nuevos enfoques en mi trabajo diario.',
  'indicator.S01.professional-confidence.statement': 'Me siento competente en mi función profesional.',

  'outcome.S02.title':
    'mejor entendimiento de las prácticas, las políticas y los sistemas educativos, de formación o de juventud de los diferentes países',
  'outcome.S02.label': 'Prácticas y sistemas de otros países',
  'indicator.S02.practices.statement': 'Sé cómo trabajan en mi ámbito mis colegas de otros países.',
  'indicator.S02.systems.statement':
    'Entiendo cómo se organizan la educación, la formación o el trabajo en el ámbito de la juventud en otros países europeos.',
  'indicator.S02.policies.statement':
    'Conozco las políticas y prioridades europeas relevantes para mi trabajo.',

  'outcome.S03.title':
    'mayor capacidad de provocar cambios en términos de modernización y apertura internacional en sus organizaciones educativas',
  'outcome.S03.label': 'Impulso del cambio en la organización',
  'indicator.S03.propose-change.statement':
    'Sé proponer cambios en mi organización y ayudar a ponerlos en práctica.',
  'indicator.S03.international.statement': 'Contribuyo a las actividades internacionales de mi organización.',
  'indicator.S03.sharing.statement': 'Comparto lo que aprendo con mis colegas de la organización.',

  'outcome.S04.title':
    'mayor comprensión de las interrelaciones entre la educación formal y no formal, la formación profesional y el mercado laboral',
  'outcome.S04.label': 'Vínculos entre educación y trabajo',
  'indicator.S04.formal-non-formal.statement':
    'Entiendo cómo el aprendizaje formal y el no formal pueden complementarse.',
  'indicator.S04.labour-market.statement':
    'Sé qué competencias espera el mercado laboral de las personas a las que enseño o formo, o con las que trabajo.',
  'indicator.S04.cross-sector.statement':
    'Colaboro con organizaciones de fuera de mi sector, como empresas, organizaciones juveniles o entidades de formación.',

  'outcome.S05.title':
    'mayor calidad de su trabajo y sus actividades en favor de estudiantes, personas en prácticas, aprendices, alumnos, educandos adultos y jóvenes',
  'outcome.S05.label': 'Calidad del trabajo con el alumnado',
  'indicator.S05.learner-needs.statement':
    'Adapto mis actividades a las necesidades del alumnado o de los jóvenes con los que trabajo.',
  'indicator.S05.evaluate-improve.statement': 'Evalúo mis actividades con regularidad y las mejoro.',
  'indicator.S05.quality.statement':
    'Me satisface la calidad de las actividades que ofrezco al alumnado o a los jóvenes.',

  'outcome.S06.title':
    'mayor comprensión de todo tipo de diversidad (por ejemplo, social, étnica, lingüística, de género y cultural, así como de capacidades diversas) y mayor capacidad de respuesta ante ella',
  'outcome.S06.label': 'Atención a la diversidad',
  'indicator.S06.understanding.statement':
    'Entiendo cómo influyen en el aprendizaje las diferencias sociales, étnicas, lingüísticas, culturales y de género.',
  'indicator.S06.abilities.statement': 'Sé adaptar mi trabajo a personas con capacidades diferentes.',
  'indicator.S06.inclusive-climate.statement':
    'Creo un ambiente en el que todas las personas de mi grupo se sienten incluidas.',

  'outcome.S07.title': 'mayor capacidad para atender las necesidades de las personas con menos oportunidades',
  'outcome.S07.label': 'Apoyo a personas con menos oportunidades',
  'indicator.S07.recognise-barriers.statement':
    'Sé reconocer las barreras a las que se enfrentan las personas con menos oportunidades.',
  'indicator.S07.support.statement':
    'Sé cómo apoyar a las personas con menos oportunidades para que puedan participar en el aprendizaje.',
  'indicator.S07.outreach.statement':
    'Sé cómo llegar a las personas con menos oportunidades que no se acercarían por iniciativa propia.',

  'outcome.S08.title': 'mayor apoyo y promoción de las actividades de movilidad para los educandos',
  'outcome.S08.label': 'Fomento de la movilidad del alumnado',
  'indicator.S08.encourage.statement':
    'Animo al alumnado o a los jóvenes con los que trabajo a pasar una temporada en el extranjero.',
  'indicator.S08.prepare.statement':
    'Sé cómo preparar al alumnado o a los jóvenes para una estancia en el extranjero.',
  'indicator.S08.organise.statement':
    'Ayudo a organizar actividades de movilidad para el alumnado o los jóvenes.',

  'outcome.S09.title': 'más oportunidades de desarrollo profesional y de carrera',
  'outcome.S09.label': 'Desarrollo profesional y carrera',
  'indicator.S09.opportunities.statement':
    'Veo oportunidades claras de seguir desarrollándome en mi carrera profesional.',
  'indicator.S09.network.statement': 'Tengo una red de contactos profesionales en otros países.',
  'indicator.S09.development-plan.statement': 'Tengo un plan para mi desarrollo profesional.',

  'outcome.S10.title': 'mejora de las competencias digitales y en lenguas extranjeras',
  'outcome.S10.label': 'Lenguas extranjeras y competencias digitales',
  'indicator.S10.language.statement':
    'Puedo comunicarme con seguridad en una lengua extranjera en el trabajo.',
  'indicator.S10.digital.statement':
    'Sé usar con eficacia herramientas digitales en mi labor docente, formativa o con jóvenes.',

  'outcome.S11.title': 'mayor motivación y satisfacción en su trabajo diario',
  'outcome.S11.label': 'Motivación y satisfacción laboral',
  'indicator.S11.motivation.statement': 'Mi trabajo diario me motiva.',
  'indicator.S11.satisfaction.statement': 'Mi trabajo me satisface.',

  'rating.1': 'Totalmente en desacuerdo',
  'rating.2': 'En desacuerdo',
  'rating.3': 'Ni de acuerdo ni en desacuerdo',
  'rating.4': 'De acuerdo',
  'rating.5': 'Totalmente de acuerdo',
  'rating.not_applicable': 'No procede',

  'survey.meta.title': 'Encuesta sobre la movilidad Erasmus+',
  'survey.language.label': 'Idioma',
  'survey.wave.baseline': 'Antes de tu movilidad',
  'survey.wave.end': 'Al final de tu movilidad',
  'survey.wave.follow_up': 'Unos meses después de tu movilidad',
  'survey.wave.mentor': 'Valoración del tutor o la tutora',

  'survey.intro.heading': 'Hola, {{name}}',
  'survey.intro.body':
    '{{organisation}} participa en Erasmus+, el programa de la Unión Europea de educación, formación, juventud y deporte. Esta breve encuesta te pregunta cómo te ves hoy, para que tu centro pueda conocer qué cambios producen las movilidades como la tuya.',
  'survey.intro.duration':
    'Se tarda unos {{minutes}} minutos. Tus respuestas se guardan a medida que avanzas: puedes cerrar la página y volver más tarde con el mismo enlace.',
  'survey.intro.start': 'Empezar',
  'survey.intro.continue': 'Continuar donde lo dejaste',

  'survey.consent.heading': 'Tus datos',
  'survey.consent.body':
    '{{organisation}} recoge tus respuestas para evaluar sus movilidades Erasmus+. Solo las personas coordinadoras de tu centro pueden ver tus respuestas individuales; los informes para otras entidades, como la Agencia Nacional, solo muestran cifras de grupos de al menos {{minimum}} personas. Tus respuestas se conservan mientras el proyecto las necesite para sus informes y, como máximo, {{years}} años después de que termine el proyecto. Puedes pedir a tu centro en cualquier momento que te muestre, corrija o elimine tus respuestas.',
  'survey.consent.agree': 'He leído esta información y acepto participar en la encuesta.',
  'survey.consent.contact':
    'Acepto que se pongan en contacto conmigo más adelante para estudios sobre Erasmus+ (opcional).',
  'survey.consent.required': 'Para continuar, tienes que aceptar participar.',

  'survey.progress': 'Paso {{current}} de {{total}}',
  'survey.saving': 'Guardando…',
  'survey.saved': 'Tus respuestas se han guardado.',
  'survey.saveFailed':
    'No se ha podido guardar tu última respuesta. Comprueba tu conexión y vuelve a intentarlo.',
  'survey.next': 'Siguiente',
  'survey.back': 'Atrás',

  'survey.outcome.instructions': '¿Hasta qué punto estás de acuerdo con cada afirmación?',
  'survey.outcome.instructionsEnd':
    'Para cada afirmación, indica hasta qué punto estabas de acuerdo antes de tu movilidad, visto desde hoy, y hasta qué punto lo estás ahora.',
  'survey.outcome.before': 'Antes de la movilidad',
  'survey.outcome.now': 'Ahora',
  'survey.outcome.example': 'Un ejemplo con tus propias palabras (opcional)',
  'survey.outcome.exampleHint': '¿Qué hiciste o viviste que lo demuestre?',

  'survey.language.heading': 'Tu nivel de {{language}}',
  'survey.language.instructions':
    'Elige para cada destreza el nivel que mejor te describa, según el Marco Común Europeo de Referencia para las Lenguas.',
  'survey.language.noLanguage': 'El idioma principal de tu movilidad',
  'survey.cefr.listening': 'Comprensión auditiva',
  'survey.cefr.reading': 'Comprensión de lectura',
  'survey.cefr.spoken_interaction': 'Interacción oral',
  'survey.cefr.spoken_production': 'Expresión oral',
  'survey.cefr.writing': 'Expresión escrita',
  'survey.cefr.level.none': 'Sin conocimientos todavía',
  'survey.cefr.level.A1': 'A1 – Principiante',
  'survey.cefr.level.A2': 'A2 – Elemental',
  'survey.cefr.level.B1': 'B1 – Intermedio',
  'survey.cefr.level.B2': 'B2 – Intermedio alto',
  'survey.cefr.level.C1': 'C1 – Avanzado',
  'survey.cefr.level.C2': 'C2 – Maestría',

  'survey.review.heading': 'Revisar y enviar',
  'survey.review.body':
    'Estas son tus respuestas. Puedes volver atrás para cambiarlas. Una vez enviadas, ya no se podrán modificar.',
  'survey.review.unanswered': 'Afirmaciones sin responder: {{count}}',
  'survey.review.submit': 'Enviar mis respuestas',

  'survey.receipt.heading': '¡Gracias!',
  'survey.receipt.body': 'Hemos recibido tus respuestas.',
  'survey.receipt.number': 'Número de justificante: {{receipt}}',
  'survey.receipt.summary': 'Tus respuestas',
  'survey.rights.heading': 'Tus datos',
  'survey.rights.body':
    '{{organisation}} guarda tus datos y respuestas. Puedes pedir una copia de todo lo que tiene sobre ti, o pedir que se borre.',
  'survey.rights.access': 'Pedir una copia de mis datos',
  'survey.rights.erasure': 'Pedir que se borren mis datos',
  'survey.rights.accessRequested':
    'Pediste una copia de tus datos el {{date}}. {{organisation}} te la enviará.',
  'survey.rights.erasureRequested':
    'Pediste que se borraran tus datos el {{date}}. {{organisation}} te avisará cuando esté hecho.',
  'survey.rights.withdraw': 'Retirar mi consentimiento',
  'survey.rights.withdrawn':
    'Has retirado tu consentimiento: no recibirás más encuestas, nadie te contactará para estudios y los ejemplos que escribiste no se citarán. Lo que respondiste antes sigue en las cifras, sin tu nombre.',
  'privacy.title': 'Cómo trata {{organisation}} tus datos',
  'privacy.who':
    '{{organisation}} ({{place}}) guarda tus datos personales en Mobilis, la herramienta que usa para sus movilidades Erasmus+.',
  'privacy.why':
    'Los usa para organizar tu movilidad, para comunicarla a la Agencia Nacional Erasmus+ y a la Comisión Europea y, si estás de acuerdo, para preguntarte en encuestas breves qué cambió para ti. Las cifras sobre muchos participantes nunca muestran quién respondió.',
  'privacy.what':
    'Guarda tu nombre, tu contacto, tu fecha de nacimiento, tu nacionalidad, tu movilidad y tus respuestas. Si te enfrentas a barreras que aborda el apoyo a la inclusión del programa, anota cuáles, y solo las pocas personas que organizan ese apoyo las ven.',
  'privacy.howLong':
    'Tus datos personales se guardan {{years}} años después del final de tu último proyecto Erasmus+ y después se borran.',
  'privacy.rights':
    'Puedes pedir una copia de tus datos, que se corrijan, que se borren u oponerte a su uso. También puedes reclamar ante la autoridad de protección de datos de tu país.',
  'privacy.how':
    'Pide una copia o el borrado en la página de confirmación de una encuesta que enviaste, o escribe al contacto de abajo.',
  'privacy.contact': 'Contacto para preguntas sobre tus datos: {{contact}}',
  'privacy.link': 'Cómo se tratan tus datos',
  'email.privacy': 'Cómo trata {{organisation}} tus datos: {{link}}',

  'survey.error.invalid.heading': 'Este enlace no funciona',
  'survey.error.invalid.body':
    'Puede que el enlace esté incompleto o que ya no sea válido. Copia el enlace completo del correo electrónico o pide uno nuevo a la organización que te lo envió.',
  'survey.error.submitted.heading': 'Esta encuesta ya se ha respondido',
  'survey.error.submitted.body': 'Las respuestas a esta encuesta ya se han enviado. Gracias por participar.',
  'survey.error.expired.heading': 'Tu sesión ha caducado',
  'survey.error.expired.body':
    'Por tu seguridad, la página de la encuesta se cierra tras un tiempo sin actividad. Vuelve a abrir el enlace de tu correo electrónico para continuar.',

  'email.invitation.subject': '{{organisation}}: tu encuesta Erasmus+ ({{wave}})',
  'email.invitation.body':
    'Hola, {{name}}:\n\n{{organisation}} te envía este mensaje porque participas en una movilidad Erasmus+ ({{activity}}, {{dates}}).\n\nPor favor, responde a una breve encuesta sobre lo que sabes hacer y cómo te ves. Se tarda unos {{minutes}} minutos:\n\n{{link}}\n\nEl enlace es personal: no lo compartas, por favor.\n\nMuchas gracias,\n{{organisation}}',
  'email.reminder.subject': 'Recordatorio: tu encuesta Erasmus+ ({{wave}})',
  'email.reminder.body':
    'Hola, {{name}}:\n\nHace unos días, {{organisation}} te invitó a responder una breve encuesta sobre tu movilidad Erasmus+. Si todavía no has tenido tiempo, aún puedes responderla aquí:\n\n{{link}}\n\nEl enlace es personal: no lo compartas, por favor.\n\nMuchas gracias,\n{{organisation}}',
} as const satisfies Translation;
