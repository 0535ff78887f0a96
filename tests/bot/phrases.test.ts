// Phrase matching: accents, apostrophes and case do not matter; one-word commands must be the whole message.
import { PhraseMatcher } from '../../src/bot/phrases';
import { wordKey } from '../../src/language/tokenize';
import { Intents } from '../../src/bot/intents';
import { i18n } from '../dialogs/harness';

describe('PhraseMatcher', () => {
  const m = new PhraseMatcher(new Map([['fr', ['me frapp*', 'oublie moi', 'aide']]]));

  it('matches whatever the accents, apostrophes and case', () => {
    expect(wordKey('  Oublie-MOI ! ')).toBe('oublie moi');
    expect(m.find('Il ME FRAPPAIT souvent')).toEqual(['fr']);
    expect(m.isCommand('Oublie-moi')).toBe(true);
  });

  it('gives the words right after each phrase found', () => {
    const presence = new PhraseMatcher(new Map([['fr', ['je suis a', 'je suis au']]]));
    expect(presence.after("Je suis à Liège, comment s'inscrire ?", 2)).toEqual([['liege', 'comment']]);
    expect(presence.after('je suis au', 3)).toEqual([]);
  });

  it('a one-word command is the whole message, a longer one may carry a few words', () => {
    expect(m.isCommand('aide')).toBe(true);
    expect(m.isCommand('aide sociale du CPAS')).toBe(false);
    expect(m.isCommand('oublie moi stp')).toBe(true);
    expect(m.isCommand('oublie moi et mon dossier au CPAS de Namur')).toBe(false);
  });

  it('finds a phrase in any word order within its length plus one word when asked (crisis words), else only as written', () => {
    const lists = new Map([['ru', ['убьет меня']]]);
    const anyOrder = new PhraseMatcher(lists, { anyOrder: true });
    const written = new PhraseMatcher(lists);
    expect(anyOrder.find('он меня убьёт')).toEqual(['ru']);
    expect(anyOrder.find('он убьёт меня')).toEqual(['ru']);
    expect(anyOrder.find('меня он точно убьёт')).toEqual([]); // three words between: not one phrase any more
    expect(written.find('он меня убьёт')).toEqual([]);
    expect(written.find('он убьёт меня')).toEqual(['ru']);
  });
});

describe('Intents', () => {
  const intents = new Intents(i18n);

  it.each([
    ['forget me', 'forgetMe'],
    ['Забудь меня', 'forgetMe'],
    ['انسني', 'forgetMe'],
    ['parler à quelqu’un', 'talkToPerson'],
    ['Met iemand praten', 'talkToPerson'],
    ['змінити мову', 'changeLanguage'],
    ['recommencer', 'startOver'],
    ['Помощь', 'help'],
  ])('"%s" is %s', (text, intent) => {
    expect(intents.interrupt(text)).toBe(intent);
  });

  it('a message goes on from the last answer when it opens with "and", after the fillers of a dictated message', () => {
    expect(intents.continues('and how much is it')).toBe(true);
    expect(intents.continues('um and how much does it cost')).toBe(true);
    expect(intents.continues('euh et c est ou')).toBe(true);
    expect(intents.continues('ну а сколько ждать')).toBe(true);
    expect(intents.continues('um how do I register at the commune')).toBe(false);
  });

  it('ordinary questions are not interrupts', () => {
    for (const text of ['Où trouver un cours de langue ?', 'I need help with my rent', 'Мені потрібна допомога з житлом']) {
      expect(intents.interrupt(text)).toBeUndefined();
    }
  });

  it.each([
    ['Je vous remercie sincerement pour votre reponse. Et quel en est le cout ?', 'Et quel en est le cout ?'],
    ['Thank you very much for your kind answer! Could you tell me how long it takes?', 'Could you tell me how long it takes?'],
    ['Dank u wel. En welke documenten moet ik meebrengen?', 'En welke documenten moet ik meebrengen?'],
    ['Благодарю за ответ. Сколько это стоит?', 'Сколько это стоит?'],
  ])('reads a follow-up after the thanks sentence it opens with: "%s"', (text, rest) => {
    expect(intents.afterThanks(text)).toBe(rest);
  });

  it.each([
    'Dieu merci on a enfin trouve un appart a Namur mais je sais pas comment on change l adresse. il doit venir?',
    'Merci beaucoup',
    'ou trouver un medecin. merci',
  ])('leaves a message that is not thanks then a question as it is: "%s"', (text) => {
    expect(intents.afterThanks(text)).toBeUndefined();
  });

  it('recognises a language by its own name only', () => {
    expect(intents.languageName('Українська')).toBe('uk');
    expect(intents.languageName('العربية')).toBe('ar');
    expect(intents.languageName('ukrainien')).toBeUndefined();
  });
});
