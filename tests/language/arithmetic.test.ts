import { asksArithmetic, asksExercise } from '../../src/language/arithmetic';

// Each reader with the messages it must take for homework and the ones it must leave alone.
describe.each([
  {
    reader: 'asksArithmetic',
    read: asksArithmetic,
    homework: [
      'kunde gij mijn huiswerk wiskunde doen? 2x + 5 = 17',
      'my son homework: what is 3/4 + 2/5 please fast',
      'combien fait 12*7 ?',
      'x = 3y + 2 help',
      'حل المعادلة ٣ + ٤ = ؟',
      'сколько будет 15 × 4',
    ],
    ordinary: [
      'appelez le +32 2 555 00 00',
      'mon fils a 16 ans, il est 18+ ?',
      'rendez-vous le 12/05 de 9-17h',
      'garantie 3 mois = trop cher',
      'ik woon in 1080 molenbeek',
      'cpas aide 2024',
    ],
  },
  {
    reader: 'asksExercise',
    read: asksExercise,
    homework: [
      'exercice de maths de ma fille: une voiture roule a 80 km/h pendant 3h, quelle distance ?',
      'huiswerk van mijn zoon: een fiets rijdt 15 km/u, hoe lang over 45 km',
      'homework help: what is the capital of Canada',
      'задача по математике: поезд едет 70 км/ч, сколько проедет за 4 часа',
      'допоможіть із завданням: яка столиця Австралії',
      'واجب ابني: سيارة تمشي 60 كم/س لمدة ساعتين، كم المسافة',
      // A task named by what it asks, no homework word needed.
      'tu peux conjuguer le verbe être au futur pour ma fille',
      'mijn dochter moet het werkwoord lopen vervoegen, help',
      'ecris moi une redaction de 20 lignes sur l hiver',
      'can you write an essay about my country for school',
      'напиши твір про зиму для сина',
      'اكتب لي موضوع تعبير عن الربيع',
    ],
    ordinary: [
      'mon fils a des devoirs tous les jours, ou trouver une ecole de devoirs a Namur?',
      "je roulais a 70 km/h et j'ai eu une amende de 150 euros, je peux contester ?",
      'we live in the Brussels capital region, is there homework help for my son',
      'моя задача найти работу в Льеже',
      'aide pour la rédaction de mon CV a Liege',
    ],
  },
])('$reader', ({ read, homework, ordinary }) => {
  it.each(homework)('homework to do: %s', (text) => {
    expect(read(text)).toBe(true);
  });

  it.each(ordinary)('no homework: %s', (text) => {
    expect(read(text)).toBe(false);
  });
});
