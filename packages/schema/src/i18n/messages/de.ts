import type { Translation } from '../catalogue.js';

// German translations of every participant-facing text (outcome catalogue, survey pages, e-mails).
export const messagesDe = {
  'outcome.L01.title': 'bessere Lernleistung',
  'outcome.L01.label': 'Lernleistung',
  'indicator.L01.understanding.statement':
    'Ich verstehe gut, was ich in der Schule, im Studium oder in der Ausbildung lerne.',
  'indicator.L01.self-directed.statement':
    'Ich kann mein Lernen selbst organisieren und halte mich an meine Pläne.',
  'indicator.L01.applying.statement': 'Ich kann das, was ich lerne, bei praktischen Aufgaben anwenden.',

  'outcome.L02.title': 'erhöhte Beschäftigungsfähigkeit und bessere Karrierechancen',
  'outcome.L02.label': 'Beschäftigungsfähigkeit und Karrierechancen',
  'indicator.L02.job-skills.statement': 'Ich habe Fähigkeiten, die Arbeitgeber in meinem Bereich suchen.',
  'indicator.L02.career-goals.statement':
    'Ich habe eine klare Vorstellung davon, welchen Beruf oder Berufsweg ich möchte.',
  'indicator.L02.job-confidence.statement':
    'Ich bin zuversichtlich, dass ich einen Job oder Ausbildungsplatz finden kann, der zu mir passt.',

  'outcome.L03.title': 'mehr Eigeninitiative und unternehmerisches Denken',
  'outcome.L03.label': 'Eigeninitiative und unternehmerisches Denken',
  'indicator.L03.initiative.statement':
    'Wenn etwas erledigt werden muss, ergreife ich selbst die Initiative.',
  'indicator.L03.ideas-into-action.statement':
    'Ich kann eine Idee in die Tat umsetzen, zum Beispiel ein Projekt, eine Veranstaltung oder ein kleines Unternehmen.',
  'indicator.L03.project-planning.statement':
    'Ich kann ein Projekt planen und es gemeinsam mit anderen umsetzen.',

  'outcome.L04.title': 'ausgeprägtere Eigenverantwortung und größeres Selbstwertgefühl',
  'outcome.L04.label': 'Eigenverantwortung und Selbstwertgefühl',
  'indicator.L04.self-confidence.statement': 'Ich vertraue auf meine eigenen Fähigkeiten.',
  'indicator.L04.coping.statement': 'Ich komme in Situationen, die neu für mich sind, allein zurecht.',
  'indicator.L04.own-opinion.statement': 'Ich sage meine Meinung, auch wenn andere das anders sehen.',

  'outcome.L05.title': 'bessere Fremdsprachenkenntnisse und digitale Kompetenzen',
  'outcome.L05.label': 'Fremdsprachen und digitale Kompetenzen',
  'indicator.L05.language.statement': 'Ich kann mich sicher in einer Fremdsprache verständigen.',
  'indicator.L05.host-language.statement': 'Ich komme im Alltag in der Sprache meines Gastlandes zurecht.',
  'indicator.L05.digital.statement':
    'Ich kann digitale Werkzeuge nutzen, um zu lernen, zu arbeiten und mit anderen zu kommunizieren.',

  'outcome.L06.title': 'ausgeprägteres interkulturelles Bewusstsein',
  'outcome.L06.label': 'Interkulturelles Bewusstsein',
  'indicator.L06.own-culture.statement':
    'Mir ist bewusst, wie meine eigene Kultur meinen Blick auf andere prägt.',
  'indicator.L06.adapting.statement':
    'Ich kann mein Verhalten anpassen, wenn ich mit Menschen aus einer anderen Kultur zu tun habe.',
  'indicator.L06.curiosity.statement': 'Ich bin neugierig auf andere Kulturen und Lebensweisen.',

  'outcome.L07.title': 'aktivere Beteiligung an der Gesellschaft',
  'outcome.L07.label': 'Aktive Beteiligung an der Gesellschaft',
  'indicator.L07.community.statement':
    'Ich engagiere mich in meinem Umfeld, zum Beispiel ehrenamtlich, in Vereinen oder in lokalen Initiativen.',
  'indicator.L07.democratic-life.statement':
    'Ich habe vor, mich am demokratischen Leben zu beteiligen, zum Beispiel indem ich wähle oder bei einer Kampagne mitmache.',
  'indicator.L07.informed.statement':
    'Ich halte mich über gesellschaftliche und politische Themen auf dem Laufenden.',

  'outcome.L08.title':
    'umfassendere positive Interaktionen mit Menschen mit unterschiedlichem kulturellem Hintergrund',
  'outcome.L08.label': 'Austausch mit Menschen unterschiedlicher Herkunft',
  'indicator.L08.at-ease.statement':
    'Ich fühle mich wohl mit Menschen, deren Hintergrund anders ist als meiner.',
  'indicator.L08.teamwork.statement': 'Ich arbeite gut im Team mit Menschen, die anders denken als ich.',
  'indicator.L08.contacts.statement':
    'Ich habe Freunde oder Bekannte, deren Hintergrund sich von meinem unterscheidet.',

  'outcome.L09.title': 'umfassendere Kenntnisse über das europäische Aufbauwerk und über die Werte der EU',
  'outcome.L09.label': 'Europabewusstsein und EU-Werte',
  'indicator.L09.eu-daily-life.statement': 'Ich weiß, wie die Europäische Union meinen Alltag beeinflusst.',
  'indicator.L09.eu-values.statement':
    'Ich kenne die Werte, auf denen die Europäische Union beruht, zum Beispiel Menschenwürde, Demokratie, Gleichheit und Menschenrechte.',
  'indicator.L09.feel-european.statement': 'Ich fühle mich als Europäerin oder Europäer.',

  'outcome.L10.title':
    'größere Motivation zur Teilnahme an künftigen Angeboten zur (formalen/nichtformalen) allgemeinen und beruflichen Bildung im Anschluss an die Mobilitätsphase im Ausland',
  'outcome.L10.label': 'Motivation zum Weiterlernen',
  'indicator.L10.continue-learning.statement':
    'Ich bin motiviert, meine schulische oder berufliche Bildung fortzusetzen.',
  'indicator.L10.non-formal.statement':
    'Ich habe Interesse daran, auch außerhalb von Schule oder Arbeit zu lernen, zum Beispiel in Kursen, Workshops oder Jugendaktivitäten.',
  'indicator.L10.abroad-again.statement': 'Ich würde gern noch einmal eine Lernerfahrung im Ausland machen.',

  'outcome.S01.title':
    'verbesserte Kompetenzen in Bezug auf die jeweiligen Berufsprofile (Lehr- oder Ausbildungstätigkeit, Jugendarbeit usw.)',
  'outcome.S01.label': 'Berufliche Kompetenzen',
  'indicator.S01.methods.statement':
    'Ich kenne eine große Bandbreite an Methoden für meinen Unterricht, meine Ausbildungstätigkeit oder meine Jugendarbeit.',
  'indicator.S01.new-approaches.statement': 'Ich probiere in meiner täglichen Arbeit neue Ansätze aus.',
  'indicator.S01.professional-confidence.statement': 'Ich fühle mich in meiner beruflichen Rolle kompetent.',

  'outcome.S02.title':
    'umfassenderes länderübergreifendes Verständnis für Verfahren, politische Strategien und Systeme in den Bereichen allgemeine und berufliche Bildung und Jugendarbeit',
  'outcome.S02.label': 'Praktiken und Systeme anderer Länder',
  'indicator.S02.practices.statement':
    'Ich weiß, wie Kolleginnen und Kollegen in anderen Ländern in meinem Bereich arbeiten.',
  'indicator.S02.systems.statement':
    'Ich verstehe, wie Bildung, Ausbildung oder Jugendarbeit in anderen europäischen Ländern organisiert ist.',
  'indicator.S02.policies.statement':
    'Ich kenne die europäischen Strategien und Prioritäten, die für meine Arbeit relevant sind.',

  'outcome.S03.title':
    'bessere Befähigung, Veränderungen im Hinblick auf Modernisierung und internationale Öffnung innerhalb ihrer Bildungseinrichtungen anzustoßen',
  'outcome.S03.label': 'Veränderungen in der Einrichtung voranbringen',
  'indicator.S03.propose-change.statement':
    'Ich kann in meiner Einrichtung Veränderungen vorschlagen und bei ihrer Umsetzung mithelfen.',
  'indicator.S03.international.statement':
    'Ich trage zu den internationalen Aktivitäten meiner Einrichtung bei.',
  'indicator.S03.sharing.statement':
    'Ich gebe das, was ich lerne, an Kolleginnen und Kollegen in meiner Einrichtung weiter.',

  'outcome.S04.title':
    'besseres Verständnis der Zusammenhänge zwischen formaler und nichtformaler Bildung, beruflicher Bildung und dem Arbeitsmarkt',
  'outcome.S04.label': 'Verbindungen zwischen Bildung und Arbeitswelt',
  'indicator.S04.formal-non-formal.statement':
    'Ich verstehe, wie sich formales und nichtformales Lernen gegenseitig ergänzen können.',
  'indicator.S04.labour-market.statement':
    'Ich weiß, welche Kompetenzen der Arbeitsmarkt von den Menschen erwartet, die ich unterrichte, ausbilde oder mit denen ich arbeite.',
  'indicator.S04.cross-sector.statement':
    'Ich arbeite mit Organisationen außerhalb meines eigenen Sektors zusammen, zum Beispiel mit Unternehmen, Jugendorganisationen oder Bildungsanbietern.',

  'outcome.S05.title':
    'bessere Qualität ihrer Arbeit und ihrer Aktivitäten für Studierende, Praktikanten, Auszubildende, Schülerinnen und Schüler, erwachsene Lernende und junge Menschen',
  'outcome.S05.label': 'Qualität der Arbeit mit Lernenden',
  'indicator.S05.learner-needs.statement':
    'Ich passe meine Aktivitäten an die Bedürfnisse der Lernenden oder jungen Menschen an, mit denen ich arbeite.',
  'indicator.S05.evaluate-improve.statement': 'Ich bewerte meine Aktivitäten regelmäßig und verbessere sie.',
  'indicator.S05.quality.statement':
    'Ich bin mit der Qualität der Angebote zufrieden, die ich für Lernende oder junge Menschen mache.',

  'outcome.S06.title':
    'besseres Verständnis für Vielfalt aller Art – z. B. soziale, ethnische, sprachliche, geschlechtsspezifische und kulturelle Vielfalt sowie unterschiedliche Fähigkeiten – und besserer Umgang damit',
  'outcome.S06.label': 'Umgang mit Vielfalt',
  'indicator.S06.understanding.statement':
    'Ich verstehe, wie sich soziale, ethnische, sprachliche, geschlechtsbezogene und kulturelle Unterschiede auf das Lernen auswirken.',
  'indicator.S06.abilities.statement':
    'Ich kann meine Arbeit an Menschen mit unterschiedlichen Fähigkeiten anpassen.',
  'indicator.S06.inclusive-climate.statement':
    'Ich schaffe eine Atmosphäre, in der sich alle in meiner Gruppe einbezogen fühlen.',

  'outcome.S07.title':
    'bessere Fähigkeit, auf die Bedürfnisse von Menschen mit geringeren Chancen einzugehen',
  'outcome.S07.label': 'Unterstützung von Menschen mit geringeren Chancen',
  'indicator.S07.recognise-barriers.statement':
    'Ich kann die Hürden erkennen, auf die Menschen mit geringeren Chancen stoßen.',
  'indicator.S07.support.statement':
    'Ich weiß, wie ich Menschen mit geringeren Chancen unterstützen kann, damit sie am Lernen teilhaben können.',
  'indicator.S07.outreach.statement':
    'Ich weiß, wie ich Menschen mit geringeren Chancen erreiche, die nicht von sich aus kommen würden.',

  'outcome.S08.title': 'stärkere Unterstützung und Förderung von Mobilitätsaktivitäten für Lernende',
  'outcome.S08.label': 'Förderung der Mobilität von Lernenden',
  'indicator.S08.encourage.statement':
    'Ich ermutige die Lernenden oder jungen Menschen, mit denen ich arbeite, eine Zeit lang ins Ausland zu gehen.',
  'indicator.S08.prepare.statement':
    'Ich weiß, wie ich Lernende oder junge Menschen auf einen Auslandsaufenthalt vorbereite.',
  'indicator.S08.organise.statement':
    'Ich helfe dabei, Mobilitätsaktivitäten für Lernende oder junge Menschen zu organisieren.',

  'outcome.S09.title': 'mehr Möglichkeiten für die berufliche Entwicklung und die Karriereentwicklung',
  'outcome.S09.label': 'Berufliche Entwicklung und Karriere',
  'indicator.S09.opportunities.statement': 'Ich sehe klare Möglichkeiten, mich beruflich weiterzuentwickeln.',
  'indicator.S09.network.statement': 'Ich habe ein Netzwerk beruflicher Kontakte in anderen Ländern.',
  'indicator.S09.development-plan.statement': 'Ich habe einen Plan für meine berufliche Weiterentwicklung.',

  'outcome.S10.title': 'bessere Fremdsprachenkenntnisse und digitale Kompetenzen',
  'outcome.S10.label': 'Fremdsprachen und digitale Kompetenzen',
  'indicator.S10.language.statement':
    'Ich kann mich bei der Arbeit sicher in einer Fremdsprache verständigen.',
  'indicator.S10.digital.statement':
    'Ich kann digitale Werkzeuge in meinem Unterricht, meiner Ausbildungstätigkeit oder meiner Jugendarbeit wirkungsvoll einsetzen.',

  'outcome.S11.title': 'größere Motivation und Zufriedenheit bei der täglichen Arbeit',
  'outcome.S11.label': 'Motivation und Arbeitszufriedenheit',
  'indicator.S11.motivation.statement': 'Ich fühle mich in meiner täglichen Arbeit motiviert.',
  'indicator.S11.satisfaction.statement': 'Ich bin mit meiner Arbeit zufrieden.',

  'rating.1': 'Stimme überhaupt nicht zu',
  'rating.2': 'Stimme nicht zu',
  'rating.3': 'Teils, teils',
  'rating.4': 'Stimme zu',
  'rating.5': 'Stimme voll und ganz zu',
  'rating.not_applicable': 'Betrifft mich nicht',

  'survey.meta.title': 'Erasmus+-Befragung zum Auslandsaufenthalt',
  'survey.language.label': 'Sprache',
  'survey.wave.baseline': 'Vor deinem Auslandsaufenthalt',
  'survey.wave.end': 'Am Ende deines Auslandsaufenthalts',
  'survey.wave.follow_up': 'Einige Monate nach deinem Auslandsaufenthalt',
  'survey.wave.mentor': 'Einschätzung durch die Mentorin oder den Mentor',

  'survey.intro.heading': 'Hallo {{name}}',
  'survey.intro.body':
    '{{organisation}} nimmt an Erasmus+ teil, dem Programm der Europäischen Union für allgemeine und berufliche Bildung, Jugend und Sport. In dieser kurzen Befragung geht es darum, wie du dich heute selbst siehst. So kann deine Einrichtung herausfinden, was Auslandsaufenthalte wie deiner bewirken.',
  'survey.intro.duration':
    'Das dauert etwa {{minutes}} Minuten. Deine Antworten werden laufend gespeichert: Du kannst die Seite schließen und später über denselben Link weitermachen.',
  'survey.intro.start': 'Starten',
  'survey.intro.continue': 'Dort weitermachen, wo du aufgehört hast',

  'survey.consent.heading': 'Deine Daten',
  'survey.consent.body':
    '{{organisation}} sammelt deine Antworten, um die eigenen Erasmus+-Auslandsaufenthalte auszuwerten. Nur die Koordinatorinnen und Koordinatoren deiner Einrichtung können deine einzelnen Antworten sehen; Berichte für andere, zum Beispiel für die Nationale Agentur, zeigen nur Zahlen für Gruppen von mindestens {{minimum}} Personen. Deine Antworten werden so lange aufbewahrt, wie das Projekt sie für seine Berichte braucht, höchstens aber {{years}} Jahre nach Projektende. Du kannst deine Einrichtung jederzeit bitten, dir deine Antworten zu zeigen, sie zu berichtigen oder zu löschen.',
  'survey.consent.agree': 'Ich habe das gelesen und bin einverstanden, an der Befragung teilzunehmen.',
  'survey.consent.contact':
    'Ich bin einverstanden, später für Studien über Erasmus+ kontaktiert zu werden (freiwillig).',
  'survey.consent.required': 'Bitte stimme der Teilnahme zu, bevor du weitermachst.',

  'survey.progress': 'Schritt {{current}} von {{total}}',
  'survey.saving': 'Wird gespeichert…',
  'survey.saved': 'Deine Antworten sind gespeichert.',
  'survey.saveFailed':
    'Deine letzte Antwort konnte nicht gespeichert werden. Prüfe deine Internetverbindung und versuche es noch einmal.',
  'survey.next': 'Weiter',
  'survey.back': 'Zurück',

  'survey.outcome.instructions': 'Wie sehr stimmst du den einzelnen Aussagen zu?',
  'survey.outcome.instructionsEnd':
    'Gib bei jeder Aussage an, wie sehr du ihr vor deinem Auslandsaufenthalt zugestimmt hast – aus heutiger Sicht – und wie sehr du ihr heute zustimmst.',
  'survey.outcome.before': 'Vor dem Auslandsaufenthalt',
  'survey.outcome.now': 'Jetzt',
  'survey.outcome.example': 'Ein Beispiel in deinen eigenen Worten (freiwillig)',
  'survey.outcome.exampleHint': 'Was hast du gemacht oder erlebt, das das zeigt?',

  'survey.language.heading': 'Deine Sprachkenntnisse in {{language}}',
  'survey.language.instructions':
    'Wähle für jede Fertigkeit die Stufe, die dich am besten beschreibt. Grundlage ist der Gemeinsame Europäische Referenzrahmen für Sprachen.',
  'survey.language.noLanguage': 'Die Hauptsprache deines Auslandsaufenthalts',
  'survey.cefr.listening': 'Hören',
  'survey.cefr.reading': 'Lesen',
  'survey.cefr.spoken_interaction': 'An Gesprächen teilnehmen',
  'survey.cefr.spoken_production': 'Zusammenhängendes Sprechen',
  'survey.cefr.writing': 'Schreiben',
  'survey.cefr.level.none': 'Noch keine Kenntnisse',
  'survey.cefr.level.A1': 'A1 – Anfängerniveau',
  'survey.cefr.level.A2': 'A2 – Grundkenntnisse',
  'survey.cefr.level.B1': 'B1 – Mittelstufe',
  'survey.cefr.level.B2': 'B2 – Gute Mittelstufe',
  'survey.cefr.level.C1': 'C1 – Fortgeschritten',
  'survey.cefr.level.C2': 'C2 – Ausgezeichnete Kenntnisse',

  'survey.review.heading': 'Überprüfen und absenden',
  'survey.review.body':
    'Hier sind deine Antworten. Du kannst zurückgehen, um sie zu ändern. Sobald du sie abgeschickt hast, können sie nicht mehr geändert werden.',
  'survey.review.unanswered': 'Noch nicht beantwortete Aussagen: {{count}}',
  'survey.review.submit': 'Meine Antworten absenden',

  'survey.receipt.heading': 'Vielen Dank!',
  'survey.receipt.body': 'Deine Antworten sind eingegangen.',
  'survey.receipt.number': 'Bestätigungsnummer: {{receipt}}',
  'survey.receipt.summary': 'Deine Antworten',
  'survey.rights.heading': 'Deine Daten',
  'survey.rights.body':
    '{{organisation}} speichert deine Angaben und Antworten. Du kannst eine Kopie von allem verlangen, was über dich gespeichert ist, oder verlangen, dass es gelöscht wird.',
  'survey.rights.access': 'Kopie meiner Daten anfordern',
  'survey.rights.erasure': 'Löschung meiner Daten verlangen',
  'survey.rights.accessRequested':
    'Du hast am {{date}} eine Kopie deiner Daten angefordert. {{organisation}} schickt sie dir.',
  'survey.rights.erasureRequested':
    'Du hast am {{date}} die Löschung deiner Daten verlangt. {{organisation}} sagt dir Bescheid, wenn es erledigt ist.',
  'survey.rights.withdraw': 'Meine Einwilligung widerrufen',
  'survey.rights.withdrawn':
    'Du hast deine Einwilligung widerrufen: Du bekommst keine weiteren Umfragen, niemand kontaktiert dich für Studien, und deine eigenen Beispiele werden nicht zitiert. Was du vorher geantwortet hast, bleibt ohne deinen Namen in den Zahlen.',
  'privacy.title': 'Wie {{organisation}} mit deinen Daten umgeht',
  'privacy.who':
    '{{organisation}} ({{place}}) speichert deine personenbezogenen Daten in Mobilis, dem Werkzeug für ihre Erasmus+-Mobilitäten.',
  'privacy.why':
    'Sie werden genutzt, um deinen Aufenthalt zu organisieren, ihn der Nationalen Agentur für Erasmus+ und der Europäischen Kommission zu melden und, wenn du zustimmst, dich in kurzen Umfragen zu fragen, was dein Aufenthalt für dich verändert hat. Zahlen über viele Teilnehmende zeigen nie, wer geantwortet hat.',
  'privacy.what':
    'Gespeichert werden dein Name, deine Kontaktdaten, dein Geburtsdatum, deine Staatsangehörigkeit, dein Aufenthalt und deine Antworten. Wenn du auf Hindernisse triffst, bei denen die Inklusionsförderung des Programms hilft, wird festgehalten, welche; nur die wenigen Personen, die diese Förderung organisieren, sehen das.',
  'privacy.howLong':
    'Deine personenbezogenen Daten werden {{years}} Jahre nach dem Ende deines letzten Erasmus+-Projekts aufbewahrt und dann gelöscht.',
  'privacy.rights':
    'Du kannst eine Kopie deiner Daten verlangen, sie berichtigen oder löschen lassen oder ihrer Nutzung widersprechen. Du kannst dich auch bei der Datenschutzbehörde deines Landes beschweren.',
  'privacy.how':
    'Eine Kopie oder die Löschung verlangst du auf der Bestätigungsseite einer Umfrage, die du abgeschickt hast, oder du schreibst an den Kontakt unten.',
  'privacy.contact': 'Kontakt für Fragen zu deinen Daten: {{contact}}',
  'privacy.link': 'Wie mit deinen Daten umgegangen wird',
  'email.privacy': 'Wie {{organisation}} mit deinen Daten umgeht: {{link}}',

  'survey.error.invalid.heading': 'Dieser Link funktioniert nicht',
  'survey.error.invalid.body':
    'Der Link ist vielleicht unvollständig oder nicht mehr gültig. Kopiere den ganzen Link aus der E-Mail oder bitte die Einrichtung, die ihn geschickt hat, um einen neuen.',
  'survey.error.submitted.heading': 'Diese Befragung wurde bereits beantwortet',
  'survey.error.submitted.body':
    'Die Antworten zu dieser Befragung wurden abgeschickt. Danke für deine Teilnahme.',
  'survey.error.expired.heading': 'Deine Sitzung ist abgelaufen',
  'survey.error.expired.body':
    'Zu deiner Sicherheit schließt sich die Seite der Befragung nach einer Weile ohne Aktivität. Öffne den Link aus deiner E-Mail erneut, um weiterzumachen.',

  'email.invitation.subject': '{{organisation}}: deine Erasmus+-Befragung ({{wave}})',
  'email.invitation.body':
    'Hallo {{name}},\n\n{{organisation}} schickt dir diese Nachricht, weil du an einem Erasmus+-Auslandsaufenthalt teilnimmst ({{activity}}, {{dates}}).\n\nBitte beantworte eine kurze Befragung dazu, was du kannst und wie du dich selbst siehst. Das dauert etwa {{minutes}} Minuten:\n\n{{link}}\n\nDer Link ist persönlich: Bitte gib ihn nicht weiter.\n\nVielen Dank\n{{organisation}}',
  'email.reminder.subject': 'Erinnerung: deine Erasmus+-Befragung ({{wave}})',
  'email.reminder.body':
    'Hallo {{name}},\n\nvor ein paar Tagen hat {{organisation}} dich eingeladen, eine kurze Befragung zu deinem Erasmus+-Auslandsaufenthalt zu beantworten. Falls du noch keine Zeit dafür hattest, kannst du sie hier immer noch beantworten:\n\n{{link}}\n\nDer Link ist persönlich: Bitte gib ihn nicht weiter.\n\nVielen Dank\n{{organisation}}',
} as const satisfies Translation;
