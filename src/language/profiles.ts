// Hand-written word lists per language for detection: function words (from stopwords.ts) plus everyday words.
import { STOPWORD_LISTS } from './stopwords';

/** Everyday content words of the supported languages (newcomer vocabulary), to complement function words. */
const EXTRA: Readonly<Record<string, string>> = {
  en: `help work job house housing home rent child children school doctor hospital money course courses language learn
    register registration apply permit residence card office city country family wife husband free lawyer right rights
    year years day days time people person information find looking get need want pay benefit social health insurance
    appointment address live living new first support counseling advice english french german question answer
    refugee asylum visa protection integration training study university bank account mean means meaning what
    hello hi thanks thank please sorry yes good morning evening bye`,
  fr: `aide aider travail emploi maison logement loyer enfant enfants école médecin hôpital argent cours langue apprendre
    inscrire inscription demande demander permis séjour carte bureau ville pays famille femme mari gratuit avocat droit
    droits année ans jour jours temps personne personnes information trouver cherche chercher payer allocation santé
    assurance rendez-vous adresse vivre habite nouveau nouvelle premier soutien conseil français anglais question réponse
    réfugié asile visa protection intégration formation études université banque compte quoi signifie signifier veut dire
    bonjour salut merci bonsoir svp oui désolé au revoir`,
  nl: `hulp helpen werk baan huis woning huur kind kinderen school dokter arts ziekenhuis geld cursus taal leren
    inschrijven inschrijving aanvraag aanvragen vergunning verblijf kaart kantoor stad land gezin vrouw man gratis advocaat
    recht rechten jaar jaren dag dagen tijd mensen persoon informatie vinden zoek zoeken betalen uitkering gezondheid
    verzekering afspraak adres wonen woon nieuw nieuwe eerste steun advies nederlands frans engels vraag antwoord
    vluchteling asiel bescherming inburgering opleiding studie universiteit bank rekening graag mag kunt betekent betekenis
    hallo goedemorgen goedendag goedenavond dank bedankt dankjewel alstublieft alsjeblieft sorry doei`,
  de: `hilfe helfen arbeit job haus wohnung miete kind kinder schule arzt krankenhaus geld kurs sprache lernen anmelden
    anmeldung antrag beantragen erlaubnis aufenthalt karte amt stadt land familie frau mann kostenlos anwalt recht rechte
    jahr jahre tag tage zeit leute menschen person informationen finden suche suchen bezahlen leistungen gesundheit
    versicherung termin adresse wohnen lebe neu neue erste unterstützung beratung deutsch französisch englisch frage
    antwort flüchtling asyl schutz integration ausbildung studium universität bank konto bekomme brauche bedeutet bedeutung
    hallo guten morgen abend danke bitte entschuldigung tschüss ja`,
  uk: `допомога допомогу допомогти робота роботу будинок житло оренда дитина діти дитини школа лікар лікарня гроші курс
    курси мова мову вивчати зареєструватися реєстрація заява дозвіл проживання картка офіс місто країна сім'я дружина
    чоловік безкоштовно адвокат право права рік роки день дні час люди людина інформація знайти шукаю платити виплати
    здоров'я страхування адреса жити живу новий нова перший підтримка консультація українська французька англійська
    питання відповідь біженець притулок захист інтеграція навчання університет банк рахунок отримати потрібен означає значить
    привіт вітаю дякую будь ласка вибачте так добрий день ранок`,
  ru: `помощь помочь работа работу дом жильё жилье аренда ребёнок ребенок дети детей школа врач больница деньги курс
    курсы язык учить выучить зарегистрироваться регистрация заявление разрешение проживание карта офис город страна
    семья жена муж бесплатно адвокат право права год годы день дни время люди человек информация найти ищу платить
    пособие здоровье страховка адрес жить живу новый новая первый поддержка консультация русский французский английский
    вопрос ответ беженец убежище защита интеграция обучение университет банк счёт счет получить помогите означает значит
    привет здравствуйте спасибо пожалуйста извините да добрый день утро`,
  ar: `مساعده مساعدة عمل وظيفه بيت منزل سكن ايجار طفل اطفال اولاد مدرسه طبيب مستشفى مال نقود دوره دروس لغه تعلم تسجيل
    طلب تصريح اقامه بطاقه مكتب مدينه بلد عائله زوجه زوج مجاني محامي حق حقوق سنه سنوات يوم ايام وقت ناس شخص معلومات
    ابحث البحث دفع صحه تامين موعد عنوان اعيش جديد اول دعم استشاره العربيه الفرنسيه الانجليزيه سؤال جواب لاجئ لجوء
    حمايه اندماج تدريب دراسه جامعه بنك حساب احتاج اريد يعني معنى
    مرحبا اهلا السلام عليكم شكرا من فضلك نعم صباح الخير مساء`,
};

/** Function words of languages we do not serve, so that their text is recognised as "none of ours". */
const OTHER: Readonly<Record<string, string>> = {
  es: `el la los las de del y en que un una por para con no es se su sus al lo como más pero sí muy ya también hay dónde
    cómo qué quiero necesito puedo tengo ayuda trabajo casa niños médico escuela dinero`,
  it: `il lo la gli le di del della e in che un una per con non è si sono al come più ma anche dove cosa voglio ho ho
    bisogno aiuto lavoro casa bambini medico scuola soldi`,
  pt: `o a os as de do da dos das e em que um uma por para com não é se ao como mais mas também onde quero preciso
    tenho ajuda trabalho casa crianças médico escola dinheiro você`,
  tr: `ve bir bu da de için ile ne nasıl nerede ben sen o biz siz var yok çok daha ama gibi mi mı mu mü yardım iş ev
    çocuk doktor okul para istiyorum lazım ihtiyacım`,
  pl: `i w na z do że się nie to jest jak co gdzie czy dla ale jestem mam chcę potrzebuję pomoc praca dom dziecko
    lekarz szkoła pieniądze`,
  ro: `și în la de cu pe că nu este un o pentru ce unde cum vreau am nevoie ajutor muncă casă copii doctor școală bani`,
  fa: `و در به از که این را با است برای آن یک می من ما شما کجا چطور چگونه کمک کار خانه بچه دکتر مدرسه پول می‌خواهم`,
  sw: `na ya wa kwa ni katika la za hii kwamba mimi wewe sisi nini wapi jinsi msaada kazi nyumba mtoto daktari shule pesa`,
};

/** Word list (function + everyday words) of each language detection knows, ours and others. */
export function detectionWords(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const split = (s: string): string[] => s.split(/\s+/).filter(Boolean);
  for (const [lang, s] of Object.entries(STOPWORD_LISTS)) out[lang] = [...split(s), ...split(EXTRA[lang] ?? '')];
  for (const [lang, s] of Object.entries(OTHER)) out[lang] = split(s);
  return out;
}

/** Languages detection can claim reliably (the others only say "not one of ours"). */
export const SUPPORTED_LANGS: readonly string[] = ['fr', 'nl', 'en', 'de', 'uk', 'ru', 'ar'];
