// Where the person lives, from what they write: commune names in every supported language's spelling, postal codes.
import { loadPostalCodes, type PostalRouting } from '../../src/loaders/knowledgeFiles';
import { placeFromText, postalCodeInText } from '../../src/routing/places';

let postal: PostalRouting;
beforeAll(async () => {
  postal = await loadPostalCodes();
});

const find = (text: string) => placeFromText(postal.data, postal.names, text);

describe('placeFromText', () => {
  it.each([
    ['Je vis à Bruxelles', 'bruxelles', 'brussels'],
    ['Ik woon in Brussel', 'bruxelles', 'brussels'],
    ['I live in Brussels', 'bruxelles', 'brussels'],
    ['Я живу в Брюсселе', 'bruxelles', 'brussels'],
    ['Де знайти житло в Брюсселі?', 'bruxelles', 'brussels'],
    ['أسكن في بروكسل', 'bruxelles', 'brussels'],
    ['أعيش ببروكسل', 'bruxelles', 'brussels'],
    // Darija glues its "in" (ف) to the town: فسيرانغ, فمولنبيك.
    ['ساكنين فسيرانغ مع الدراري', 'seraing', 'wallonia'],
    ['انا فمولنبيك', 'molenbeek-saint-jean', 'brussels'],
    ['живу в Сераинге с детьми', 'seraing', 'wallonia'],
    ['живем в Уккле', 'uccle', 'brussels'],
    ['Je vis à Liège', 'liege', 'wallonia'],
    ['ik woon in Luik', 'liege', 'wallonia'],
    ['Ich wohne in Lüttich', 'liege', 'wallonia'],
    ['Я живу в Льеже', 'liege', 'wallonia'],
    ['Я живу в Льєжі', 'liege', 'wallonia'],
    ['أنا في لييج', 'liege', 'wallonia'],
    ['j habite namur', 'namur', 'wallonia'],
    ['Ik woon in Namen', 'namur', 'wallonia'],
    ['Я живу в Намюре', 'namur', 'wallonia'],
    ['Je suis à Mons', 'mons', 'wallonia'],
    ['Ik woon in Bergen', 'mons', 'wallonia'],
    ['I live in Charleroi', 'charleroi', 'wallonia'],
    ['je vis à La Louvière', 'la-louviere', 'wallonia'],
    ['à Saint-Ghislain', 'saint-ghislain', 'wallonia'],
    ['à Braine-l’Alleud', 'braine-l-alleud', 'wallonia'],
    ['je vis à Marcinelle', 'charleroi', 'wallonia'],
    ['Louvain-la-Neuve', 'ottignies-louvain-la-neuve', 'wallonia'],
    ['je vis à Schaerbeek', 'schaerbeek', 'brussels'],
    ['Ik woon in Schaarbeek', 'schaerbeek', 'brussels'],
    ['je suis à Anvers', 'antwerpen', 'flanders'],
    ['Ik woon in Antwerpen', 'antwerpen', 'flanders'],
    ['I live in Ghent', 'gent', 'flanders'],
  ])('"%s" → %s (%s)', (text, commune, region) => {
    const place = find(text);
    expect(place?.commune).toBe(commune);
    expect(place?.region).toBe(region);
  });

  it.each([
    ['Ich wohne in Eupen', 'eupen'],
    ['I live in Sankt Vith', 'saint-vith'],
    ['je vis à Saint-Vith', 'saint-vith'],
    ['Ich wohne in Kelmis', 'la-calamine'],
  ])('"%s" is the German-speaking commune %s', (text, commune) => {
    const place = find(text);
    expect(place?.commune).toBe(commune);
    expect(place?.germanSpeaking).toBe(true);
  });

  it('reads a postal code before a name', () => {
    expect(find('je vis à 1030 mais je travaille à Namur')?.commune).toBe('schaerbeek');
    expect(find('mon code postal: 5000')).toMatchObject({ commune: 'namur', postalCode: '5000' });
  });

  it('treats "Brussels" as the region with a guessed commune', () => {
    expect(find('I live in Brussels')?.communeApproximate).toBe(true);
  });

  it.each([
    "J'ai 30 ans et je cherche du travail",
    'Comment demander le revenu d’intégration ?',
    'Je paie 1200 euros de loyer',
    'Je suis arrivé en 2022',
    'How do I manage my papers?',
    'Ça ne marche pas',
    'I need a spa',
    "J'ai mal aux jambes",
    'ik kan niet lezen of schrijven, zijn er lessen',
    "je vais à l'hôpital Saint-Pierre",
    'I came from Belgrade last year',
    'je regarde les nouvelles',
    '',
  ])('finds no place in "%s"', (text) => {
    expect(find(text)).toBeUndefined();
  });
});

describe('postalCodeInText', () => {
  it.each([
    ['1030', '1030'],
    ['code postal 2000', '2000'],
    ['habite 4000 Liège', '4000'],
    ['paid 1500 €', undefined],
    ['12345', undefined],
    ['since 2019', undefined],
    ['1.500,00', undefined],
  ])('"%s" → %s', (text, code) => {
    expect(postalCodeInText(postal.data, text)).toBe(code);
  });
});
