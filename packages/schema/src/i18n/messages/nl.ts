import type { Translation } from '../catalogue.js';

// Dutch translations of every participant-facing text (outcome catalogue, survey pages, e-mails).
export const messagesNl = {
  'outcome.L01.title': 'verbeterde leerprestaties',
  'outcome.L01.label': 'Leerprestaties',
  'indicator.L01.understanding.statement':
    'Ik begrijp goed wat ik leer op school, in mijn studie of in mijn opleiding.',
  'indicator.L01.self-directed.statement':
    'Ik kan mijn eigen leren organiseren en me aan mijn planning houden.',
  'indicator.L01.applying.statement': 'Ik kan wat ik leer gebruiken bij praktische opdrachten.',

  'outcome.L02.title': 'betere inzetbaarheid op de arbeidsmarkt en verbeterde loopbaanperspectieven',
  'outcome.L02.label': 'Inzetbaarheid en loopbaanperspectieven',
  'indicator.L02.job-skills.statement': 'Ik heb vaardigheden waar werkgevers in mijn vakgebied naar zoeken.',
  'indicator.L02.career-goals.statement': 'Ik weet goed welk werk of welke loopbaan ik wil.',
  'indicator.L02.job-confidence.statement':
    'Ik heb er vertrouwen in dat ik een baan of een opleidingsplek kan vinden die bij me past.',

  'outcome.L03.title': 'meer zin voor initiatief en ondernemerschap',
  'outcome.L03.label': 'Initiatief en ondernemerschap',
  'indicator.L03.initiative.statement': 'Ik neem het initiatief als er iets moet gebeuren.',
  'indicator.L03.ideas-into-action.statement':
    'Ik kan een idee omzetten in actie, bijvoorbeeld een project, een evenement of een klein bedrijf.',
  'indicator.L03.project-planning.statement': 'Ik kan een project plannen en samen met anderen uitvoeren.',

  'outcome.L04.title': 'verhoogde zelfredzaamheid en groter gevoel van eigenwaarde',
  'outcome.L04.label': 'Zelfredzaamheid en eigenwaarde',
  'indicator.L04.self-confidence.statement': 'Ik heb vertrouwen in mijn eigen kunnen.',
  'indicator.L04.coping.statement': 'Ik red me alleen in situaties die nieuw voor me zijn.',
  'indicator.L04.own-opinion.statement': 'Ik zeg wat ik vind, ook als anderen het er niet mee eens zijn.',

  'outcome.L05.title': 'verbeterde kennis van vreemde talen en digitale competenties',
  'outcome.L05.label': 'Vreemde talen en digitale vaardigheden',
  'indicator.L05.language.statement': 'Ik kan met zelfvertrouwen communiceren in een vreemde taal.',
  'indicator.L05.host-language.statement': 'Ik red me in alledaagse situaties in de taal van mijn gastland.',
  'indicator.L05.digital.statement':
    'Ik kan digitale hulpmiddelen gebruiken om te leren, te werken en met anderen te communiceren.',

  'outcome.L06.title': 'groter intercultureel bewustzijn',
  'outcome.L06.label': 'Intercultureel bewustzijn',
  'indicator.L06.own-culture.statement':
    'Ik ben me ervan bewust hoe mijn eigen cultuur bepaalt hoe ik naar anderen kijk.',
  'indicator.L06.adapting.statement':
    'Ik kan mijn gedrag aanpassen als ik te maken heb met mensen uit een andere cultuur.',
  'indicator.L06.curiosity.statement': 'Ik ben nieuwsgierig naar andere culturen en manieren van leven.',

  'outcome.L07.title': 'actievere participatie in de samenleving',
  'outcome.L07.label': 'Actieve deelname aan de samenleving',
  'indicator.L07.community.statement':
    'Ik doe mee aan activiteiten in mijn buurt of gemeente, zoals vrijwilligerswerk, verenigingen of lokale initiatieven.',
  'indicator.L07.democratic-life.statement':
    'Ik ben van plan deel te nemen aan het democratische leven, bijvoorbeeld door te stemmen of mee te doen aan een campagne.',
  'indicator.L07.informed.statement': 'Ik houd me op de hoogte van maatschappelijke en politieke kwesties.',

  'outcome.L08.title': 'meer positieve interactie met mensen met verschillende achtergronden',
  'outcome.L08.label': 'Contact met mensen met andere achtergronden',
  'indicator.L08.at-ease.statement':
    'Ik voel me op mijn gemak bij mensen met een andere achtergrond dan de mijne.',
  'indicator.L08.teamwork.statement': 'Ik werk goed samen in een team met mensen die anders denken dan ik.',
  'indicator.L08.contacts.statement': 'Ik heb vrienden of contacten met een andere achtergrond dan de mijne.',

  'outcome.L09.title': 'beter besef van het Europese project en de waarden van de EU',
  'outcome.L09.label': 'Europees besef en EU-waarden',
  'indicator.L09.eu-daily-life.statement': 'Ik weet hoe de Europese Unie mijn dagelijks leven beïnvloedt.',
  'indicator.L09.eu-values.statement':
    'Ik ken de waarden waarop de Europese Unie is gebaseerd, zoals menselijke waardigheid, democratie, gelijkheid en mensenrechten.',
  'indicator.L09.feel-european.statement': 'Ik voel me Europees.',

  'outcome.L10.title':
    'sterkere motivatie om deel te nemen aan toekomstige acties inzake (formeel/niet-formeel) leren of opleiding na de periode van mobiliteit in het buitenland',
  'outcome.L10.label': 'Motivatie om verder te leren',
  'indicator.L10.continue-learning.statement':
    'Ik ben gemotiveerd om verder te studeren of een opleiding te volgen.',
  'indicator.L10.non-formal.statement':
    'Ik heb interesse om ook buiten school of werk te leren, bijvoorbeeld in cursussen, workshops of jongerenactiviteiten.',
  'indicator.L10.abroad-again.statement': 'Ik zou graag nog eens een leerervaring in het buitenland opdoen.',

  'outcome.S01.title':
    'verbeterde competenties, afgestemd op de bijbehorende beroepsprofielen (onderwijs, opleiding, jeugdwerk enzovoort)',
  'outcome.S01.label': 'Professionele competenties',
  'indicator.S01.methods.statement':
    'Ik ken een breed scala aan methoden voor mijn onderwijs, opleidingswerk of jeugdwerk.',
  'indicator.S01.new-approaches.statement': 'Ik probeer in mijn dagelijkse werk nieuwe werkwijzen uit.',
  'indicator.S01.professional-confidence.statement': 'Ik voel me bekwaam in mijn beroepsrol.',

  'outcome.S02.title':
    'ruimer begrip van praktijken, beleidsvormen en stelsels op het gebied van onderwijs, opleiding of jeugdwerk in de diverse landen',
  'outcome.S02.label': 'Praktijken en stelsels in andere landen',
  'indicator.S02.practices.statement': 'Ik weet hoe collega’s in andere landen in mijn vakgebied werken.',
  'indicator.S02.systems.statement':
    'Ik begrijp hoe onderwijs, opleiding of jeugdwerk in andere Europese landen is georganiseerd.',
  'indicator.S02.policies.statement':
    'Ik ken het Europese beleid en de Europese prioriteiten die relevant zijn voor mijn werk.',

  'outcome.S03.title':
    'verbeterd vermogen om binnen hun onderwijsorganisatie veranderingen op gang te brengen op het gebied van modernisering en internationale openstelling',
  'outcome.S03.label': 'Verandering in de organisatie stimuleren',
  'indicator.S03.propose-change.statement':
    'Ik kan veranderingen in mijn organisatie voorstellen en helpen die door te voeren.',
  'indicator.S03.international.statement':
    'Ik lever een bijdrage aan de internationale activiteiten van mijn organisatie.',
  'indicator.S03.sharing.statement': 'Ik deel wat ik leer met collega’s in mijn organisatie.',

  'outcome.S04.title':
    'beter begrip van de onderlinge verbanden tussen formeel en niet-formeel onderwijs, beroepsopleiding en de arbeidsmarkt',
  'outcome.S04.label': 'Verbanden tussen onderwijs en werk',
  'indicator.S04.formal-non-formal.statement':
    'Ik begrijp hoe formeel en niet-formeel leren elkaar kunnen aanvullen.',
  'indicator.S04.labour-market.statement':
    'Ik weet welke vaardigheden de arbeidsmarkt verwacht van de mensen aan wie ik lesgeef, die ik opleid of met wie ik werk.',
  'indicator.S04.cross-sector.statement':
    'Ik werk samen met organisaties buiten mijn eigen sector, zoals bedrijven, jongerenorganisaties of opleidingsaanbieders.',

  'outcome.S05.title':
    'betere kwaliteit van hun werk en activiteiten ten behoeve van studenten, stagiairs, leerlingen, scholieren, lerende volwassenen en jongeren',
  'outcome.S05.label': 'Kwaliteit van het werk met lerenden',
  'indicator.S05.learner-needs.statement':
    'Ik stem mijn activiteiten af op de behoeften van de lerenden of jongeren met wie ik werk.',
  'indicator.S05.evaluate-improve.statement': 'Ik evalueer mijn activiteiten regelmatig en verbeter ze.',
  'indicator.S05.quality.statement':
    'Ik ben tevreden over de kwaliteit van de activiteiten die ik aanbied aan lerenden of jongeren.',

  'outcome.S06.title':
    'beter begrip van en meer oog voor alle vormen van diversiteit, bijvoorbeeld sociale, etnische, taalkundige, gender- en culturele diversiteit, en voor uiteenlopende capaciteiten',
  'outcome.S06.label': 'Omgaan met diversiteit',
  'indicator.S06.understanding.statement':
    'Ik begrijp hoe sociale, etnische, taalkundige, gender- en culturele verschillen het leren beïnvloeden.',
  'indicator.S06.abilities.statement':
    'Ik kan mijn werk aanpassen aan mensen met verschillende mogelijkheden.',
  'indicator.S06.inclusive-climate.statement':
    'Ik creëer een sfeer waarin iedereen in mijn groep het gevoel heeft erbij te horen.',

  'outcome.S07.title': 'groter vermogen om in te spelen op de behoeften van mensen met minder kansen',
  'outcome.S07.label': 'Ondersteuning van mensen met minder kansen',
  'indicator.S07.recognise-barriers.statement':
    'Ik kan de drempels herkennen waar mensen met minder kansen tegenaan lopen.',
  'indicator.S07.support.statement':
    'Ik weet hoe ik mensen met minder kansen kan ondersteunen zodat ze kunnen deelnemen aan leeractiviteiten.',
  'indicator.S07.outreach.statement':
    'Ik weet hoe ik mensen met minder kansen kan bereiken die zich niet uit zichzelf zouden melden.',

  'outcome.S08.title': 'meer steun voor en bevordering van mobiliteitsactiviteiten voor lerenden',
  'outcome.S08.label': 'Bevordering van leermobiliteit',
  'indicator.S08.encourage.statement':
    'Ik moedig de lerenden of jongeren met wie ik werk aan om een periode in het buitenland door te brengen.',
  'indicator.S08.prepare.statement':
    'Ik weet hoe ik lerenden of jongeren kan voorbereiden op een verblijf in het buitenland.',
  'indicator.S08.organise.statement':
    'Ik help bij het organiseren van mobiliteitsactiviteiten voor lerenden of jongeren.',

  'outcome.S09.title': 'meer mogelijkheden voor professionele ontwikkeling en loopbaanontwikkeling',
  'outcome.S09.label': 'Professionele ontwikkeling en loopbaan',
  'indicator.S09.opportunities.statement':
    'Ik zie duidelijke mogelijkheden om me verder te ontwikkelen in mijn loopbaan.',
  'indicator.S09.network.statement': 'Ik heb een netwerk van professionele contacten in andere landen.',
  'indicator.S09.development-plan.statement': 'Ik heb een plan voor mijn professionele ontwikkeling.',

  'outcome.S10.title': 'verbeterde kennis van vreemde talen en digitale competenties',
  'outcome.S10.label': 'Vreemde talen en digitale vaardigheden',
  'indicator.S10.language.statement':
    'Ik kan op mijn werk met zelfvertrouwen communiceren in een vreemde taal.',
  'indicator.S10.digital.statement':
    'Ik kan digitale hulpmiddelen effectief inzetten in mijn onderwijs, opleidingswerk of jeugdwerk.',

  'outcome.S11.title': 'grotere motivatie en tevredenheid in hun dagelijkse werk',
  'outcome.S11.label': 'Motivatie en werktevredenheid',
  'indicator.S11.motivation.statement': 'Ik voel me gemotiveerd in mijn dagelijkse werk.',
  'indicator.S11.satisfaction.statement': 'Ik ben tevreden met mijn werk.',

  'rating.1': 'Helemaal mee oneens',
  'rating.2': 'Mee oneens',
  'rating.3': 'Niet mee eens, niet mee oneens',
  'rating.4': 'Mee eens',
  'rating.5': 'Helemaal mee eens',
  'rating.not_applicable': 'Niet van toepassing',

  'survey.meta.title': 'Erasmus+-vragenlijst over je verblijf in het buitenland',
  'survey.language.label': 'Taal',
  'survey.wave.baseline': 'Vóór je verblijf in het buitenland',
  'survey.wave.end': 'Aan het einde van je verblijf in het buitenland',
  'survey.wave.follow_up': 'Enkele maanden na je verblijf in het buitenland',
  'survey.wave.mentor': 'Beoordeling door de mentor',

  'survey.intro.heading': 'Hallo {{name}}',
  'survey.intro.body':
    '{{organisation}} doet mee aan Erasmus+, het programma van de Europese Unie voor onderwijs, opleiding, jeugd en sport. Deze korte vragenlijst gaat over hoe je jezelf vandaag ziet. Zo kan je school of organisatie ontdekken wat een verblijf in het buitenland zoals dat van jou verandert.',
  'survey.intro.duration':
    'Het invullen duurt ongeveer {{minutes}} minuten. Je antwoorden worden tussendoor opgeslagen: je kunt de pagina sluiten en later terugkomen via dezelfde link.',
  'survey.intro.start': 'Beginnen',
  'survey.intro.continue': 'Verdergaan waar je was gebleven',

  'survey.consent.heading': 'Jouw gegevens',
  'survey.consent.body':
    '{{organisation}} verzamelt je antwoorden om de eigen Erasmus+-buitenlandverblijven te evalueren. Alleen de coördinatoren van je school of organisatie kunnen je afzonderlijke antwoorden zien; rapporten voor anderen, zoals het Nationaal Agentschap, tonen alleen cijfers voor groepen van minstens {{minimum}} personen. Je antwoorden worden bewaard zolang het project ze nodig heeft voor zijn rapportages, en uiterlijk tot {{years}} jaar na het einde van het project. Je kunt je school of organisatie op elk moment vragen om inzage in je antwoorden, of om ze te corrigeren of te verwijderen.',
  'survey.consent.agree': 'Ik heb dit gelezen en ga akkoord met deelname aan de vragenlijst.',
  'survey.consent.contact':
    'Ik ga ermee akkoord dat ik later benaderd word voor onderzoek over Erasmus+ (optioneel).',
  'survey.consent.required': 'Ga eerst akkoord met deelname voordat je verdergaat.',

  'survey.progress': 'Stap {{current}} van {{total}}',
  'survey.saving': 'Opslaan…',
  'survey.saved': 'Je antwoorden zijn opgeslagen.',
  'survey.saveFailed':
    'Je laatste antwoord kon niet worden opgeslagen. Controleer je verbinding en probeer het opnieuw.',
  'survey.next': 'Volgende',
  'survey.back': 'Terug',

  'survey.outcome.instructions': 'In hoeverre ben je het eens met elke stelling?',
  'survey.outcome.instructionsEnd':
    'Geef bij elke stelling aan in hoeverre je het er vóór je verblijf in het buitenland mee eens was, als je er nu op terugkijkt, en in hoeverre je het er vandaag mee eens bent.',
  'survey.outcome.before': 'Vóór het verblijf',
  'survey.outcome.now': 'Nu',
  'survey.outcome.example': 'Een voorbeeld in je eigen woorden (optioneel)',
  'survey.outcome.exampleHint': 'Wat heb je gedaan of meegemaakt dat dit laat zien?',

  'survey.language.heading': 'Je taalvaardigheid: {{language}}',
  'survey.language.instructions':
    'Kies voor elke vaardigheid het niveau dat het best bij je past, volgens het Europees Referentiekader voor talen (ERK).',
  'survey.language.noLanguage': 'De belangrijkste taal tijdens je verblijf in het buitenland',
  'survey.cefr.listening': 'Luisteren',
  'survey.cefr.reading': 'Lezen',
  'survey.cefr.spoken_interaction': 'Gesprekken voeren',
  'survey.cefr.spoken_production': 'Spreken',
  'survey.cefr.writing': 'Schrijven',
  'survey.cefr.level.none': 'Nog geen kennis',
  'survey.cefr.level.A1': 'A1 – Beginnend',
  'survey.cefr.level.A2': 'A2 – Elementair',
  'survey.cefr.level.B1': 'B1 – Gemiddeld',
  'survey.cefr.level.B2': 'B2 – Bovengemiddeld',
  'survey.cefr.level.C1': 'C1 – Gevorderd',
  'survey.cefr.level.C2': 'C2 – Zeer gevorderd',

  'survey.review.heading': 'Controleren en verzenden',
  'survey.review.body':
    'Hier zijn je antwoorden. Je kunt teruggaan om ze te wijzigen. Zodra je ze hebt verzonden, kunnen ze niet meer worden gewijzigd.',
  'survey.review.unanswered': 'Nog niet beantwoorde stellingen: {{count}}',
  'survey.review.submit': 'Mijn antwoorden verzenden',

  'survey.receipt.heading': 'Bedankt!',
  'survey.receipt.body': 'We hebben je antwoorden ontvangen.',
  'survey.receipt.number': 'Ontvangstnummer: {{receipt}}',
  'survey.receipt.summary': 'Je antwoorden',
  'survey.rights.heading': 'Je gegevens',
  'survey.rights.body':
    '{{organisation}} bewaart je gegevens en antwoorden. Je kunt een kopie vragen van alles wat er over jou bewaard wordt, of vragen om het te wissen.',
  'survey.rights.access': 'Een kopie van mijn gegevens vragen',
  'survey.rights.erasure': 'Vragen om mijn gegevens te wissen',
  'survey.rights.accessRequested':
    'Je hebt op {{date}} een kopie van je gegevens gevraagd. {{organisation}} stuurt die naar je.',
  'survey.rights.erasureRequested':
    'Je hebt op {{date}} gevraagd om je gegevens te wissen. {{organisation}} laat je weten wanneer dat gebeurd is.',
  'survey.rights.withdraw': 'Mijn toestemming intrekken',
  'survey.rights.withdrawn':
    'Je hebt je toestemming ingetrokken: je krijgt geen vragenlijsten meer, niemand neemt contact met je op voor onderzoek en je eigen voorbeelden worden niet geciteerd. Wat je eerder antwoordde, blijft zonder je naam in de cijfers.',
  'privacy.title': 'Hoe {{organisation}} met je gegevens omgaat',
  'privacy.who':
    '{{organisation}} ({{place}}) bewaart je persoonsgegevens in Mobilis, het programma dat het gebruikt voor zijn Erasmus+-mobiliteiten.',
  'privacy.why':
    'Ze worden gebruikt om je mobiliteit te organiseren, om die te melden aan het Nationaal Agentschap Erasmus+ en de Europese Commissie en, als je dat goedvindt, om je in korte vragenlijsten te vragen wat je mobiliteit voor je veranderde. Cijfers over veel deelnemers laten nooit zien wie antwoordde.',
  'privacy.what':
    'Bewaard worden je naam, contactgegevens, geboortedatum, nationaliteit, je mobiliteit en je antwoorden. Als je drempels ervaart waarbij de inclusieondersteuning van het programma helpt, wordt vastgelegd welke; alleen de paar mensen die die ondersteuning regelen zien dat.',
  'privacy.howLong':
    'Je persoonsgegevens worden bewaard tot {{years}} jaar na het einde van je laatste Erasmus+-project en daarna gewist.',
  'privacy.rights':
    'Je kunt een kopie van je gegevens vragen, ze laten verbeteren, vragen om ze te wissen of bezwaar maken tegen het gebruik ervan. Je kunt ook een klacht indienen bij de gegevensbeschermingsautoriteit van je land.',
  'privacy.how':
    'Vraag een kopie of het wissen aan op de bevestigingspagina van een vragenlijst die je hebt verstuurd, of schrijf naar het contact hieronder.',
  'privacy.contact': 'Contact voor vragen over je gegevens: {{contact}}',
  'privacy.link': 'Hoe met je gegevens wordt omgegaan',
  'email.privacy': 'Hoe {{organisation}} met je gegevens omgaat: {{link}}',

  'survey.error.invalid.heading': 'Deze link werkt niet',
  'survey.error.invalid.body':
    'De link is misschien onvolledig of niet meer geldig. Kopieer de volledige link uit de e-mail, of vraag de organisatie die hem heeft gestuurd om een nieuwe.',
  'survey.error.submitted.heading': 'Deze vragenlijst is al ingevuld',
  'survey.error.submitted.body':
    'De antwoorden op deze vragenlijst zijn verzonden. Bedankt voor je deelname.',
  'survey.error.expired.heading': 'Je sessie is verlopen',
  'survey.error.expired.body':
    'Voor je veiligheid wordt de pagina van de vragenlijst na een tijdje zonder activiteit gesloten. Open de link uit je e-mail opnieuw om verder te gaan.',

  'email.invitation.subject': '{{organisation}}: je Erasmus+-vragenlijst ({{wave}})',
  'email.invitation.body':
    'Hallo {{name}},\n\n{{organisation}} stuurt je dit bericht omdat je deelneemt aan een Erasmus+-project in het buitenland ({{activity}}, {{dates}}).\n\nWil je een korte vragenlijst invullen over wat je kunt en hoe je jezelf ziet? Het invullen duurt ongeveer {{minutes}} minuten:\n\n{{link}}\n\nDe link is persoonlijk: deel hem niet met anderen.\n\nBedankt,\n{{organisation}}',
  'email.reminder.subject': 'Herinnering: je Erasmus+-vragenlijst ({{wave}})',
  'email.reminder.body':
    'Hallo {{name}},\n\nEnkele dagen geleden heeft {{organisation}} je uitgenodigd om een korte vragenlijst in te vullen over je Erasmus+-verblijf in het buitenland. Had je nog geen tijd? Dan kun je hem hier alsnog invullen:\n\n{{link}}\n\nDe link is persoonlijk: deel hem niet met anderen.\n\nBedankt,\n{{organisation}}',
} as const satisfies Translation;
