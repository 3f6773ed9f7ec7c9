import type { Translation } from '../catalogue.js';

// Italian translations of every participant-facing text (outcome catalogue, survey pages, e-mails).
export const messagesIt = {
  'outcome.L01.title': 'miglioramento della performance di apprendimento',
  'outcome.L01.label': 'Rendimento nell’apprendimento',
  'indicator.L01.understanding.statement': 'Capisco bene i contenuti dei miei studi o della mia formazione.',
  'indicator.L01.self-directed.statement':
    'So organizzare il mio studio in autonomia e rispettare i miei programmi.',
  'indicator.L01.applying.statement': 'So applicare ciò che imparo a compiti pratici.',

  'outcome.L02.title': 'rafforzamento dell’occupabilità e miglioramento delle prospettive di carriera',
  'outcome.L02.label': 'Occupabilità e prospettive di carriera',
  'indicator.L02.job-skills.statement': 'Ho competenze che i datori di lavoro del mio settore cercano.',
  'indicator.L02.career-goals.statement': 'Ho un’idea chiara del lavoro o della carriera che voglio.',
  'indicator.L02.job-confidence.statement':
    'Confido di poter trovare un lavoro o un percorso di formazione adatto a me.',

  'outcome.L03.title': 'aumento del senso di iniziativa e dell’imprenditorialità',
  'outcome.L03.label': 'Iniziativa e imprenditorialità',
  'indicator.L03.initiative.statement': 'Prendo l’iniziativa quando c’è qualcosa da fare.',
  'indicator.L03.ideas-into-action.statement':
    'So trasformare un’idea in azione, ad esempio in un progetto, un evento o una piccola impresa.',
  'indicator.L03.project-planning.statement':
    'So pianificare un progetto e realizzarlo insieme ad altre persone.',

  'outcome.L04.title': 'aumento dell’emancipazione e dell’autostima',
  'outcome.L04.label': 'Emancipazione e autostima',
  'indicator.L04.self-confidence.statement': 'Ho fiducia nelle mie capacità.',
  'indicator.L04.coping.statement': 'Me la cavo senza aiuto in situazioni nuove per me.',
  'indicator.L04.own-opinion.statement':
    'Esprimo la mia opinione, anche quando gli altri non sono d’accordo.',

  'outcome.L05.title': 'miglioramento delle competenze digitali e nelle lingue straniere',
  'outcome.L05.label': 'Lingue straniere e competenze digitali',
  'indicator.L05.language.statement': 'So comunicare con sicurezza in una lingua straniera.',
  'indicator.L05.host-language.statement':
    'Me la cavo nelle situazioni quotidiane nella lingua del paese che mi ospita.',
  'indicator.L05.digital.statement':
    'So usare strumenti digitali per imparare, lavorare e comunicare con gli altri.',

  'outcome.L06.title': 'potenziamento della consapevolezza interculturale',
  'outcome.L06.label': 'Consapevolezza interculturale',
  'indicator.L06.own-culture.statement':
    'Sono consapevole di come la mia cultura influenzi il modo in cui vedo gli altri.',
  'indicator.L06.adapting.statement':
    'So adattare il mio comportamento quando ho a che fare con persone di un’altra cultura.',
  'indicator.L06.curiosity.statement': 'Provo curiosità per altre culture e altri stili di vita.',

  'outcome.L07.title': 'partecipazione più attiva alla società',
  'outcome.L07.label': 'Partecipazione attiva alla società',
  'indicator.L07.community.statement':
    'Partecipo ad attività nella mia comunità, come volontariato, associazioni o iniziative locali.',
  'indicator.L07.democratic-life.statement':
    'Ho intenzione di partecipare alla vita democratica, ad esempio votando o aderendo a una campagna.',
  'indicator.L07.informed.statement': 'Seguo l’attualità sui temi sociali e politici.',

  'outcome.L08.title': 'potenziamento dell’interazione positiva con persone provenienti da contesti diversi',
  'outcome.L08.label': 'Interazione con persone di contesti diversi',
  'indicator.L08.at-ease.statement':
    'Mi sento a mio agio con persone che provengono da contesti diversi dal mio.',
  'indicator.L08.teamwork.statement': 'Lavoro bene in gruppo con persone che la pensano diversamente da me.',
  'indicator.L08.contacts.statement': 'Ho amicizie o contatti con persone di contesti diversi dal mio.',

  'outcome.L09.title': 'miglioramento della consapevolezza del progetto europeo e dei valori dell’UE',
  'outcome.L09.label': 'Consapevolezza europea e valori dell’UE',
  'indicator.L09.eu-daily-life.statement':
    'So in che modo l’Unione europea influisce sulla mia vita quotidiana.',
  'indicator.L09.eu-values.statement':
    'Conosco i valori su cui si fonda l’Unione europea, come la dignità umana, la democrazia, l’uguaglianza e i diritti umani.',
  'indicator.L09.feel-european.statement': 'Mi sento europeo o europea.',

  'outcome.L10.title':
    'maggiore motivazione a prendere parte, in futuro, ad attività di istruzione o formazione (formale/non formale) dopo il periodo di mobilità all’estero',
  'outcome.L10.label': 'Motivazione a continuare a imparare',
  'indicator.L10.continue-learning.statement': 'Ho voglia di proseguire i miei studi o la mia formazione.',
  'indicator.L10.non-formal.statement':
    'Mi interessa imparare anche fuori dalla scuola o dal lavoro, ad esempio in corsi, laboratori o attività per giovani.',
  'indicator.L10.abroad-again.statement':
    'Mi piacerebbe fare un’altra esperienza di apprendimento all’estero.',

  'outcome.S01.title':
    'miglioramento delle competenze, in relazione ai profili occupazionali (istruzione, formazione, animazione socioeducativa ecc.)',
  'outcome.S01.label': 'Competenze professionali',
  'indicator.S01.methods.statement':
    'Conosco un’ampia gamma di metodi per il mio lavoro di insegnamento, formazione o animazione socioeducativa.',
  'indicator.S01.new-approaches.statement': 'Sperimento nuovi approcci nel mio lavoro quotidiano.',
  'indicator.S01.professional-confidence.statement': 'Mi sento competente nel mio ruolo professionale.',

  'outcome.S02.title':
    'migliore comprensione delle pratiche, delle politiche e dei sistemi di istruzione, formazione e animazione socioeducativa tra un paese e l’altro',
  'outcome.S02.label': 'Pratiche e sistemi di altri paesi',
  'indicator.S02.practices.statement': 'So come lavorano i colleghi di altri paesi nel mio settore.',
  'indicator.S02.systems.statement':
    'Capisco come sono organizzati l’istruzione, la formazione o l’animazione socioeducativa in altri paesi europei.',
  'indicator.S02.policies.statement':
    'Conosco le politiche e le priorità europee rilevanti per il mio lavoro.',

  'outcome.S03.title':
    'miglioramento della capacità di avviare cambiamenti in termini di modernizzazione e apertura internazionale all’interno delle proprie organizzazioni educative',
  'outcome.S03.label': 'Promuovere il cambiamento nell’organizzazione',
  'indicator.S03.propose-change.statement':
    'So proporre cambiamenti nella mia organizzazione e contribuire a realizzarli.',
  'indicator.S03.international.statement':
    'Contribuisco alle attività internazionali della mia organizzazione.',
  'indicator.S03.sharing.statement': 'Condivido ciò che imparo con i colleghi della mia organizzazione.',

  'outcome.S04.title':
    'maggiore comprensione delle interconnessioni tra istruzione formale e non formale, formazione professionale e mercato del lavoro',
  'outcome.S04.label': 'Legami tra istruzione e lavoro',
  'indicator.S04.formal-non-formal.statement':
    'Capisco come l’apprendimento formale e quello non formale possano completarsi a vicenda.',
  'indicator.S04.labour-market.statement':
    'So quali competenze il mercato del lavoro si aspetta dalle persone a cui insegno, che formo o con cui lavoro.',
  'indicator.S04.cross-sector.statement':
    'Collaboro con organizzazioni esterne al mio settore, come aziende, organizzazioni giovanili o enti di formazione.',

  'outcome.S05.title':
    'migliore qualità del lavoro e delle attività a favore di studenti, tirocinanti, apprendisti, alunni, discenti adulti e giovani',
  'outcome.S05.label': 'Qualità del lavoro con i discenti',
  'indicator.S05.learner-needs.statement':
    'Adatto le mie attività alle esigenze dei discenti o dei giovani con cui lavoro.',
  'indicator.S05.evaluate-improve.statement': 'Valuto regolarmente le mie attività e le miglioro.',
  'indicator.S05.quality.statement':
    'La qualità delle attività che offro ai discenti o ai giovani mi soddisfa.',

  'outcome.S06.title':
    'maggiore comprensione di tutti i tipi di diversità (ad esempio sociale, etnica, linguistica, di genere e culturale, nonché delle diverse abilità) e maggiore capacità di rispondervi',
  'outcome.S06.label': 'Attenzione alla diversità',
  'indicator.S06.understanding.statement':
    'Capisco in che modo le differenze sociali, etniche, linguistiche, di genere e culturali influiscono sull’apprendimento.',
  'indicator.S06.abilities.statement': 'So adattare il mio lavoro a persone con abilità diverse.',
  'indicator.S06.inclusive-climate.statement':
    'Creo un clima in cui tutte le persone del mio gruppo si sentono incluse.',

  'outcome.S07.title': 'maggiore capacità di rispondere alle esigenze delle persone con minori opportunità',
  'outcome.S07.label': 'Sostegno alle persone con minori opportunità',
  'indicator.S07.recognise-barriers.statement':
    'So riconoscere gli ostacoli che incontrano le persone con minori opportunità.',
  'indicator.S07.support.statement':
    'So come sostenere le persone con minori opportunità perché possano partecipare ad attività di apprendimento.',
  'indicator.S07.outreach.statement':
    'So come raggiungere le persone con minori opportunità che non si farebbero avanti da sole.',

  'outcome.S08.title': 'maggiore sostegno e promozione delle attività di mobilità per i discenti',
  'outcome.S08.label': 'Promozione della mobilità dei discenti',
  'indicator.S08.encourage.statement':
    'Incoraggio i discenti o i giovani con cui lavoro a trascorrere un periodo all’estero.',
  'indicator.S08.prepare.statement': 'So come preparare i discenti o i giovani a un soggiorno all’estero.',
  'indicator.S08.organise.statement': 'Aiuto a organizzare attività di mobilità per i discenti o i giovani.',

  'outcome.S09.title': 'maggiori opportunità di sviluppo professionale e di carriera',
  'outcome.S09.label': 'Sviluppo professionale e di carriera',
  'indicator.S09.opportunities.statement': 'Vedo chiare opportunità di crescita nella mia carriera.',
  'indicator.S09.network.statement': 'Ho una rete di contatti professionali in altri paesi.',
  'indicator.S09.development-plan.statement': 'Ho un piano per il mio sviluppo professionale.',

  'outcome.S10.title': 'miglioramento delle competenze digitali e nelle lingue straniere',
  'outcome.S10.label': 'Lingue straniere e competenze digitali',
  'indicator.S10.language.statement': 'So comunicare con sicurezza in una lingua straniera sul lavoro.',
  'indicator.S10.digital.statement':
    'So usare in modo efficace gli strumenti digitali nel mio lavoro di insegnamento, formazione o animazione socioeducativa.',

  'outcome.S11.title': 'maggiore motivazione e soddisfazione nel lavoro quotidiano',
  'outcome.S11.label': 'Motivazione e soddisfazione sul lavoro',
  'indicator.S11.motivation.statement': 'Il mio lavoro quotidiano mi motiva.',
  'indicator.S11.satisfaction.statement': 'Il mio lavoro mi soddisfa.',

  'rating.1': 'Per niente d’accordo',
  'rating.2': 'In disaccordo',
  'rating.3': 'Né d’accordo né in disaccordo',
  'rating.4': 'D’accordo',
  'rating.5': 'Del tutto d’accordo',
  'rating.not_applicable': 'Non applicabile',

  'survey.meta.title': 'Questionario sulla mobilità Erasmus+',
  'survey.language.label': 'Lingua',
  'survey.wave.baseline': 'Prima della tua mobilità',
  'survey.wave.end': 'Alla fine della tua mobilità',
  'survey.wave.follow_up': 'Alcuni mesi dopo la tua mobilità',
  'survey.wave.mentor': 'Valutazione del tutor',

  'survey.intro.heading': 'Ciao {{name}}',
  'survey.intro.body':
    '{{organisation}} partecipa a Erasmus+, il programma dell’Unione europea per l’istruzione, la formazione, la gioventù e lo sport. Questo breve questionario ti chiede come ti vedi oggi, così che il tuo istituto possa capire che cosa cambiano le mobilità come la tua.',
  'survey.intro.duration':
    'Ci vogliono circa {{minutes}} minuti. Le tue risposte vengono salvate man mano: puoi chiudere la pagina e tornare più tardi con lo stesso link.',
  'survey.intro.start': 'Inizia',
  'survey.intro.continue': 'Riprendi da dove avevi interrotto',

  'survey.consent.heading': 'I tuoi dati',
  'survey.consent.body':
    '{{organisation}} raccoglie le tue risposte per valutare le proprie mobilità Erasmus+. Solo i coordinatori del tuo istituto possono vedere le tue singole risposte; i rapporti destinati ad altri, come l’Agenzia nazionale, mostrano solo dati relativi a gruppi di almeno {{minimum}} persone. Le tue risposte vengono conservate finché servono al progetto per i suoi rapporti e comunque non oltre {{years}} anni dalla fine del progetto. Puoi chiedere in qualsiasi momento al tuo istituto l’accesso alle tue risposte, la loro rettifica o la loro cancellazione.',
  'survey.consent.agree': 'Ho letto queste informazioni e accetto di partecipare al questionario.',
  'survey.consent.contact':
    'Accetto di ricevere in futuro richieste di partecipazione a studi su Erasmus+ (facoltativo).',
  'survey.consent.required': 'Per continuare, devi accettare di partecipare.',

  'survey.progress': 'Passaggio {{current}} di {{total}}',
  'survey.saving': 'Salvataggio in corso…',
  'survey.saved': 'Le tue risposte sono state salvate.',
  'survey.saveFailed':
    'Non è stato possibile salvare la tua ultima risposta. Controlla la connessione e riprova.',
  'survey.next': 'Avanti',
  'survey.back': 'Indietro',

  'survey.outcome.instructions': 'Quanto sei d’accordo con ciascuna affermazione?',
  'survey.outcome.instructionsEnd':
    'Per ogni affermazione, indica quanto eri d’accordo prima della mobilità, ripensandoci oggi, e quanto sei d’accordo adesso.',
  'survey.outcome.before': 'Prima della mobilità',
  'survey.outcome.now': 'Ora',
  'survey.outcome.example': 'Un esempio con parole tue (facoltativo)',
  'survey.outcome.exampleHint': 'Che cosa hai fatto o vissuto che lo dimostra?',

  'survey.language.heading': 'Le tue competenze in {{language}}',
  'survey.language.instructions':
    'Per ogni abilità, scegli il livello che ti descrive meglio, secondo il Quadro comune europeo di riferimento per le lingue.',
  'survey.language.noLanguage': 'La lingua principale della tua mobilità',
  'survey.cefr.listening': 'Ascolto',
  'survey.cefr.reading': 'Lettura',
  'survey.cefr.spoken_interaction': 'Interazione orale',
  'survey.cefr.spoken_production': 'Produzione orale',
  'survey.cefr.writing': 'Scrittura',
  'survey.cefr.level.none': 'Ancora nessuna conoscenza',
  'survey.cefr.level.A1': 'A1 – Principiante',
  'survey.cefr.level.A2': 'A2 – Elementare',
  'survey.cefr.level.B1': 'B1 – Intermedio',
  'survey.cefr.level.B2': 'B2 – Intermedio superiore',
  'survey.cefr.level.C1': 'C1 – Avanzato',
  'survey.cefr.level.C2': 'C2 – Padronanza',

  'survey.review.heading': 'Controlla e invia',
  'survey.review.body':
    'Ecco le tue risposte. Puoi tornare indietro per modificarle. Una volta inviate, non potranno più essere modificate.',
  'survey.review.unanswered': 'Affermazioni senza risposta: {{count}}',
  'survey.review.submit': 'Invia le mie risposte',

  'survey.receipt.heading': 'Grazie!',
  'survey.receipt.body': 'Abbiamo ricevuto le tue risposte.',
  'survey.receipt.number': 'Numero di ricevuta: {{receipt}}',
  'survey.receipt.summary': 'Le tue risposte',
  'survey.rights.heading': 'I tuoi dati',
  'survey.rights.body':
    '{{organisation}} conserva i tuoi dati e le tue risposte. Puoi chiedere una copia di tutto ciò che ha su di te, o chiedere che venga cancellato.',
  'survey.rights.access': 'Chiedi una copia dei miei dati',
  'survey.rights.erasure': 'Chiedi la cancellazione dei miei dati',
  'survey.rights.accessRequested':
    'Hai chiesto una copia dei tuoi dati il {{date}}. {{organisation}} te la invierà.',
  'survey.rights.erasureRequested':
    'Hai chiesto la cancellazione dei tuoi dati il {{date}}. {{organisation}} ti avviserà quando sarà fatto.',
  'survey.rights.withdraw': 'Revoca il mio consenso',
  'survey.rights.withdrawn':
    'Hai revocato il tuo consenso: non riceverai altri questionari, nessuno ti contatterà per studi e gli esempi che hai scritto non saranno citati. Ciò che hai risposto prima resta nei dati, senza il tuo nome.',
  'privacy.title': 'Come {{organisation}} tratta i tuoi dati',
  'privacy.who':
    '{{organisation}} ({{place}}) conserva i tuoi dati personali in Mobilis, lo strumento che usa per le sue mobilità Erasmus+.',
  'privacy.why':
    'Li usa per organizzare la tua mobilità, per comunicarla all’Agenzia nazionale Erasmus+ e alla Commissione europea e, se sei d’accordo, per chiederti in brevi questionari che cosa è cambiato per te. I dati su molti partecipanti non mostrano mai chi ha risposto.',
  'privacy.what':
    'Conserva il tuo nome, i tuoi contatti, la data di nascita, la cittadinanza, la tua mobilità e le tue risposte. Se incontri ostacoli di cui si occupa il sostegno all’inclusione del programma, annota quali, e solo le poche persone che organizzano quel sostegno li vedono.',
  'privacy.howLong':
    'I tuoi dati personali sono conservati per {{years}} anni dopo la fine del tuo ultimo progetto Erasmus+, poi vengono cancellati.',
  'privacy.rights':
    'Puoi chiedere una copia dei tuoi dati, farli correggere, chiederne la cancellazione o opporti al loro uso. Puoi anche presentare reclamo all’autorità per la protezione dei dati del tuo paese.',
  'privacy.how':
    'Chiedi una copia o la cancellazione nella pagina di conferma di un questionario che hai inviato, oppure scrivi al contatto qui sotto.',
  'privacy.contact': 'Contatto per domande sui tuoi dati: {{contact}}',
  'privacy.link': 'Come vengono trattati i tuoi dati',
  'email.privacy': 'Come {{organisation}} tratta i tuoi dati: {{link}}',

  'survey.error.invalid.heading': 'Questo link non funziona',
  'survey.error.invalid.body':
    'Il link potrebbe essere incompleto o non più valido. Copia il link completo dall’e-mail oppure chiedine uno nuovo all’organizzazione che te l’ha inviato.',
  'survey.error.submitted.heading': 'Questo questionario è già stato compilato',
  'survey.error.submitted.body':
    'Le risposte a questo questionario sono state inviate. Grazie per aver partecipato.',
  'survey.error.expired.heading': 'La tua sessione è scaduta',
  'survey.error.expired.body':
    'Per la tua sicurezza, la pagina del questionario si chiude dopo un periodo di inattività. Per continuare, apri di nuovo il link che trovi nella tua e-mail.',

  'email.invitation.subject': '{{organisation}}: il tuo questionario Erasmus+ ({{wave}})',
  'email.invitation.body':
    'Ciao {{name}},\n\n{{organisation}} ti invia questo messaggio perché partecipi a una mobilità Erasmus+ ({{activity}}, {{dates}}).\n\nTi chiediamo di rispondere a un breve questionario su ciò che sai fare e su come ti vedi. Ci vogliono circa {{minutes}} minuti:\n\n{{link}}\n\nIl link è personale: per favore, non condividerlo.\n\nGrazie,\n{{organisation}}',
  'email.reminder.subject': 'Promemoria: il tuo questionario Erasmus+ ({{wave}})',
  'email.reminder.body':
    'Ciao {{name}},\n\nqualche giorno fa {{organisation}} ti ha inviato un invito a rispondere a un breve questionario sulla tua mobilità Erasmus+. Se non hai ancora avuto tempo, puoi rispondere qui:\n\n{{link}}\n\nIl link è personale: per favore, non condividerlo.\n\nGrazie,\n{{organisation}}',
} as const satisfies Translation;
