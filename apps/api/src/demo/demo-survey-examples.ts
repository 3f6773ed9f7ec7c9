import type { OutcomeCode } from '@mobilis/schema';

// What demo participants write when the end-of-mobility survey asks for an example of what changed: in the
// language of their survey for the outcomes the demo's mobilities aim at, in English for every outcome.

type Examples = Partial<Record<OutcomeCode, string>>;

const english: Record<OutcomeCode, string> = {
  L01: 'Working in a different system taught me to plan my own learning instead of waiting for instructions.',
  L02: 'I now know which job I want, and I have a reference from a company abroad for my CV.',
  L03: 'During my traineeship I suggested a better way to organise our work, and the team kept it.',
  L04: 'I managed on my own in a foreign city for the first time, and now I trust myself much more.',
  L05: 'I used to be afraid of speaking English; by the end I was presenting our project to the whole group.',
  L06: 'I realised that many things I thought were normal are just how we do them at home.',
  L07: 'After the exchange I joined a local group that helps newcomers in our neighbourhood.',
  L08: 'I shared a room with people from three countries and we are still in touch every week.',
  L09: 'Talking with young people from other countries, I understood what the EU means in my daily life.',
  L10: 'I want to do another stay abroad, maybe a traineeship after my degree.',
  S01: 'I brought back three classroom methods from the school I visited and use them every week.',
  S02: 'Seeing how the partner school assesses its pupils made me rethink how we do it.',
  S03: 'I presented what I saw to my colleagues, and we are now planning a project week together.',
  S04: 'I now work with two local companies to bring real tasks into my lessons.',
  S05: 'I ask my learners for feedback after every module and adapt the next one.',
  S06: 'I now plan my lessons so that learners from every background can take part.',
  S07: 'The course showed me how to reach adults who would never sign up on their own.',
  S08: 'I encouraged four of my pupils to apply for an exchange next year.',
  S09: 'I came back with contacts in two countries and a plan for a joint project.',
  S10: 'Running a workshop in English no longer worries me.',
  S11: 'I came back with new energy for my work and the wish to try new things.',
};

const byLocale: Partial<Record<string, Examples>> = {
  de: {
    L04: 'Ich bin zum ersten Mal allein in einer fremden Stadt zurechtgekommen und traue mir jetzt viel mehr zu.',
    L05: 'Am Anfang habe ich mich kaum getraut zu sprechen, am Ende habe ich mit meiner Gastfamilie über alles geredet.',
    L06: 'Ich habe gemerkt, dass vieles, was ich für normal hielt, einfach nur bei uns zu Hause so ist.',
    L08: 'Ich habe mich mit Jugendlichen aus drei Ländern angefreundet, und wir schreiben uns immer noch jede Woche.',
    L09: 'Im Gespräch mit Jugendlichen aus anderen Ländern habe ich verstanden, was die EU mit meinem Alltag zu tun hat.',
    S01: 'Ich habe drei Methoden aus der Partnerschule mitgebracht und setze sie jede Woche im Unterricht ein.',
    S02: 'Zu sehen, wie die Partnerschule Leistungen bewertet, hat mich über unsere eigene Praxis nachdenken lassen.',
    S03: 'Ich habe dem Kollegium vorgestellt, was ich gesehen habe, und jetzt planen wir gemeinsam eine Projektwoche.',
    S06: 'Ich plane meinen Unterricht jetzt so, dass alle mitmachen können, egal woher sie kommen.',
    S08: 'Ich habe vier Schülerinnen und Schüler ermutigt, sich für einen Austausch im nächsten Jahr zu bewerben.',
    S10: 'Einen Workshop auf Englisch zu leiten, macht mir keine Angst mehr.',
    S11: 'Ich bin mit neuer Energie für meine Arbeit zurückgekommen.',
  },
  es: {
    L01: 'En las prácticas aprendí a organizarme y ahora entiendo mejor lo que estudiamos en clase.',
    L02: 'Ahora sé en qué sector quiero trabajar y tengo una carta de recomendación de la empresa para mi currículum.',
    L03: 'Propuse una nueva forma de organizar el desayuno buffet en el hotel y la siguen usando.',
    L04: 'Vivir unos meses fuera de casa me ha dado mucha más seguridad.',
    L05: 'Al principio no me atrevía a hablar, y al final atendía a los clientes en su idioma.',
    L06: 'Me di cuenta de que muchas cosas que creía normales solo son así en mi país.',
    S02: 'Ver cómo organizan la formación dual en la empresa me ayudó a compararla con la nuestra.',
    S04: 'Ahora colaboro con dos empresas de la zona para que mis alumnos trabajen con casos reales.',
    S05: 'Después de cada módulo pido opinión a mis alumnos y adapto el siguiente.',
    S09: 'He vuelto con contactos en dos países y con un plan para un proyecto común.',
  },
  pl: {
    L01: 'Po wymianie potrafię sam zaplanować naukę i lepiej rozumiem materiał na zajęciach.',
    L02: 'Praktyki za granicą pokazały mi, w jakiej branży chcę pracować.',
    L03: 'Z kolegami z zagranicy zorganizowaliśmy mały projekt i teraz chcę robić to częściej.',
    L05: 'Teraz swobodnie rozmawiam w języku obcym na zajęciach i ze znajomymi z akademika.',
    L06: 'Teraz widzę, że wiele rzeczy, które wydawały mi się oczywiste, to po prostu nasze zwyczaje.',
    L09: 'Studia za granicą pokazały mi, co w praktyce daje nam Unia Europejska.',
    L10: 'Chcę jeszcze raz wyjechać, tym razem na praktyki po studiach.',
    S01: 'Na zajęciach stosuję teraz metody pracy projektowej poznane na uczelni partnerskiej.',
    S02: 'Porównanie programów studiów na obu uczelniach pomogło mi zrozumieć, jak inaczej można uczyć.',
    S09: 'Mam teraz kontakty na dwóch uczelniach za granicą i plan wspólnego projektu badawczego.',
    S10: 'Prowadzenie zajęć po angielsku nie stresuje mnie już tak jak wcześniej.',
  },
  it: {
    L04: 'Ho scoperto che so cavarmela anche in un paese straniero, e oggi ho più fiducia in me.',
    L05: 'Prima non osavo parlare in una lingua straniera; ora riesco a chiedere informazioni e a fare conversazione.',
    L07: 'Dopo la mobilità faccio volontariato in un’associazione del mio quartiere.',
    L10: 'Adesso voglio continuare a studiare le lingue e seguire un altro corso all’estero.',
    S05: 'Dopo ogni incontro chiedo un parere ai corsisti e adatto l’attività successiva.',
    S06: 'Ora preparo le attività in modo che tutti, qualunque sia la loro provenienza, possano partecipare.',
    S07: 'Il corso mi ha insegnato come raggiungere gli adulti che da soli non si iscriverebbero mai.',
    S11: 'Il corso mi ha dato nuova energia e voglia di provare cose nuove nel mio lavoro.',
  },
  nl: {
    L06: 'Ik merkte dat veel dingen die ik normaal vond, gewoon zo gaan bij ons thuis.',
    L07: 'Na de uitwisseling ben ik vrijwilliger geworden bij het jongerencentrum in mijn wijk.',
    L08: 'Ik heb vrienden gemaakt uit vier landen en we appen nog steeds elke week.',
    L09: 'Door de gesprekken met jongeren uit andere landen voel ik me echt Europeaan.',
  },
};

/**
 * An example for the outcome, in the survey's language where there is one, else in English; each text is
 * given once, so the demo shows no copies. Undefined when both are taken.
 */
export function demoExample(outcome: OutcomeCode, locale: string, taken: Set<string>): string | undefined {
  const text = [byLocale[locale]?.[outcome], english[outcome]].find(
    (candidate) => candidate !== undefined && !taken.has(candidate),
  );
  if (text) taken.add(text);
  return text;
}
