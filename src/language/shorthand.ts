// Texting shorthand read back as the words it stands for, per language: people in a hurry write "log soc", "rdv",
// "wrm", "appt", "соц житло", "доки", and the search meets words no entry holds. Writer AQ's tuning batch (orient-93,
// 3 to 15 words in a hurry) asked "соц житло в Брюсселі" and fell back; "соціальне житло в Брюсселі" is the Brussels
// social-housing entry. Only abbreviations with one reading in this domain: not "doc" (doctor or document), not "med",
// not the one-letter forms ("c", "g", "k") that are words or names elsewhere.

/** Shorthand → the words it stands for, by language; keys lower-case, matched as whole words. */
export const SHORTHAND: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  fr: {
    jsp: 'je ne sais pas', jsais: 'je sais', jpeux: 'je peux', jveux: 'je veux', jdois: 'je dois', chui: 'je suis', jsuis: 'je suis',
    stp: "s'il te plaît", svp: "s'il vous plaît", bcp: 'beaucoup', pk: 'pourquoi', pq: 'pourquoi', pkoi: 'pourquoi',
    pourkoi: 'pourquoi', qd: 'quand', qnd: 'quand', cmt: 'comment', cmnt: 'comment', komen: 'comment', koi: 'quoi',
    kwa: 'quoi', qlq: 'quelque', qq: 'quelques', qlq1: "quelqu'un", qqn: "quelqu'un", qqun: "quelqu'un", kelkun: "quelqu'un",
    qqch: 'quelque chose', pr: 'pour', pcq: 'parce que', pck: 'parce que', psk: 'parce que', tjr: 'toujours',
    tjrs: 'toujours', auj: "aujourd'hui", ajd: "aujourd'hui", aujd: "aujourd'hui", dmn: 'demain', rdv: 'rendez-vous',
    msg: 'message', appart: 'appartement', apart: 'appartement', proprio: 'propriétaire', propio: 'propriétaire',
    soc: 'social', log: 'logement', alloc: 'allocations', allocs: 'allocations', mutu: 'mutuelle', admin: 'administration',
    infos: 'informations', dispo: 'disponible', bb: 'bébé', num: 'numéro', hosto: 'hôpital',
    dr: 'docteur', fac: 'université', gvt: 'gouvernement', inscri: 'inscription', inscr: 'inscription',
  },
  nl: {
    ff: 'even', wrm: 'waarom', idd: 'inderdaad', mss: 'misschien', wnr: 'wanneer', gwn: 'gewoon',
    mn: 'mijn', zn: 'zijn', kheb: 'ik heb', kga: 'ik ga', kmoet: 'ik moet', kwil: 'ik wil', kzou: 'ik zou', kweet: 'ik weet',
    aub: 'alstublieft', pls: 'alstublieft', afspr: 'afspraak', info: 'informatie', soc: 'sociale', appt: 'appartement', dr: 'dokter', dokt: 'dokter', ziekenh: 'ziekenhuis', nmr: 'nummer', admin: 'administratie', ingeschr: 'ingeschreven', inschr: 'inschrijving',
  },
  en: {
    u: 'you', ur: 'your', pls: 'please', plz: 'please', rn: 'right now', bc: 'because', bcz: 'because',
    cuz: 'because', coz: 'because', abt: 'about', bout: 'about', appt: 'appointment', docs: 'documents', info: 'information',
    govt: 'government', gov: 'government', dr: 'doctor', hosp: 'hospital', apt: 'apartment', yrs: 'years', thx: 'thanks',
    idk: "i don't know", tmrw: 'tomorrow', tmr: 'tomorrow', wk: 'week', b4: 'before', '2day': 'today', wanna: 'want to',
    gonna: 'going to', gotta: 'have to', sb: 'somebody', sth: 'something', msg: 'message', ppl: 'people', uni: 'university',
    reg: 'registration', regd: 'registered', wrk: 'work', wrking: 'working', bf: 'boyfriend', gf: 'girlfriend',
  },
  ru: {
    щас: 'сейчас', ща: 'сейчас', чё: 'что', че: 'что', шо: 'что', што: 'что', плз: 'пожалуйста', пжлст: 'пожалуйста',
    пж: 'пожалуйста', плиз: 'пожалуйста', спс: 'спасибо', соц: 'социальное', норм: 'нормально', оч: 'очень',
    доки: 'документы', доков: 'документов', инфа: 'информация', инфу: 'информацию', ск: 'сколько', скок: 'сколько',
    скока: 'сколько', мб: 'может быть', тож: 'тоже', када: 'когда', кода: 'когда', токо: 'только', тока: 'только',
    универ: 'университет', общага: 'общежитие', больничка: 'больница', садик: 'детский сад', комм: 'коммуна',
    хата: 'квартира', хату: 'квартиру', ваще: 'вообще',
  },
  uk: {
    шо: 'що', щас: 'зараз', ща: 'зараз', плз: 'будь ласка', пліз: 'будь ласка', дяк: 'дякую', дякс: 'дякую',
    соц: 'соціальне', доки: 'документи', доків: 'документів', інфа: 'інформація', інфу: 'інформацію', мб: 'можливо',
    норм: 'нормально', тіки: 'тільки', тіко: 'тільки', шоб: 'щоб', шось: 'щось', садік: 'садок', садочок: 'садок',
    універ: 'університет', скіки: 'скільки', хата: 'квартира', хату: 'квартиру',
  },
};
