// Spoken Arabic (Maghrebi, Levantine, Egyptian, Gulf) read towards Modern Standard Arabic: frequent dialect words
// mapped to their standard form, and the spoken verb prefixes (كي/كا, بي/ب, عم, ح/ه, راح) removed so that a
// standard stem list meets "كيضربني", "بيضربني", "عم يضربني", "حيقتلني". Works on text already normalised by
// `normaliseArabic` (ة → ه, أ/إ/آ → ا, ى → ي).

/** Dialect word → standard word, normalised spelling. Common words people use when asking for help. */
export const DIALECT_TO_MSA: Readonly<Record<string, string>> = {
  // want
  بدي: 'اريد', بدنا: 'نريد', بغيت: 'اريد', بغينا: 'نريد', عايز: 'اريد', عايزه: 'اريد', عاوز: 'اريد', ابغي: 'اريد', نحب: 'اريد', حاب: 'اريد',
  // what, where, when, how, why
  شنو: 'ماذا', شنهو: 'ماذا', اش: 'ماذا', واش: 'هل', شو: 'ماذا', ايش: 'ماذا', ايه: 'ماذا', وشو: 'ماذا',
  فين: 'اين', وين: 'اين', فاين: 'اين', امتي: 'متي', ايمتي: 'متي', امتا: 'متي', وقتاش: 'متي',
  // how much, how long (Iraqi and Gulf شكد, Levantine اديش, Egyptian كام)
  شكد: 'كم', شقد: 'كم', بشكد: 'كم', اديش: 'كم', بكام: 'كم', كام: 'كم', وش: 'ماذا', شني: 'ماذا', شنوه: 'ماذا',
  // and Moroccan شحال, Algerian and Tunisian قداش, Levantine قديش (writer BG, orient-125: "الكريش شكد سعرها", "شحال
  // كنخلصو فالعام"): weighed as the rarest word of a detail question, they left its need under half of it.
  شحال: 'كم', بشحال: 'كم', اشحال: 'كم', قداش: 'كم', بقداش: 'كم', كداش: 'كم', قديش: 'كم', بقديش: 'كم', وقديش: 'كم', وقداش: 'كم', وشحال: 'كم',
  كيفاش: 'كيف', كيف: 'كيف', ازاي: 'كيف', علاش: 'لماذا', ليش: 'لماذا', ليه: 'لماذا',
  // now, today, tonight
  دابا: 'الان', دروك: 'الان', توا: 'الان', هلق: 'الان', هلا: 'الان', هلاء: 'الان', دلوقتي: 'الان', دلوقت: 'الان', الحين: 'الان', دحين: 'الان',
  الليله: 'الليله', اليوم: 'اليوم',
  // people
  راجلي: 'زوجي', جوزي: 'زوجي', مرتي: 'زوجتي', مراتي: 'زوجتي', مرتو: 'زوجته', حرمتي: 'زوجتي',
  وليدي: 'ابني', ولدي: 'ابني', ابني: 'ابني', بنتي: 'ابنتي', ولادي: 'اولادي', وليداتي: 'اولادي', عيالي: 'اولادي', ولاد: 'اولاد', الدراري: 'الاطفال', دراري: 'اطفال', بزاز: 'اطفال',
  خويا: 'اخي', خوي: 'اخي', اخوي: 'اخي', ختي: 'اختي', اختي: 'اختي', يما: 'امي', ماما: 'امي', امي: 'امي', بابا: 'ابي', بويا: 'ابي', حد: 'احد', حدا: 'احد', واحد: 'احد', شي: 'شيء',
  // no, not, nothing, there is
  ماكاينش: 'لا يوجد', مكاينش: 'لا يوجد', مافيش: 'لا يوجد', مفيش: 'لا يوجد', مافي: 'لا يوجد', ماكو: 'لا يوجد', كاين: 'يوجد', فيه: 'يوجد', اكو: 'يوجد',
  والو: 'لا شيء', ولا: 'ولا',
  // much, fast, please
  بزاف: 'كثير', ياسر: 'كثير', كتير: 'كثير', قوي: 'كثير', بسرعه: 'بسرعه', دغيا: 'بسرعه', فيسع: 'بسرعه', عجل: 'بسرعه', يالله: 'بسرعه',
  عافاك: 'من فضلك', عفاك: 'من فضلك', بليز: 'من فضلك', لوسمحت: 'من فضلك',
  // house, street, money
  الدار: 'البيت', دار: 'بيت', دارنا: 'بيتنا', داري: 'بيتي', الزنقه: 'الشارع', زنقه: 'شارع', برا: 'خارج', بره: 'خارج', لبرا: 'خارج',
  فلوس: 'مال', مصاري: 'مال', الفلوس: 'المال', المصاري: 'المال',
  // French and Dutch as the language learnt, and studying ("bghit n9ra lfransawi", "نتعلم الفلاماني"): the
  // article glued as a bare ل in Darija.
  فرنساوي: 'الفرنسيه', فرنساويه: 'الفرنسيه', فرنسوي: 'الفرنسيه', لفرنسوي: 'الفرنسيه', لفرنساوي: 'الفرنسيه', لفرنساويه: 'الفرنسيه',
  الفرنساوي: 'الفرنسيه', الفرنساويه: 'الفرنسيه', فرونسي: 'الفرنسيه', الفرونسي: 'الفرنسيه', لفرونسي: 'الفرنسيه', لفرنسي: 'الفرنسيه',
  فلاماني: 'الهولنديه', الفلاماني: 'الهولنديه', لفلاماني: 'الهولنديه', نيرلندي: 'الهولنديه', النيرلندي: 'الهولنديه',
  نيرلاندي: 'الهولنديه', لهولندي: 'الهولنديه', نقرا: 'ادرس', نقراو: 'ندرس',
  فرانسي: 'الفرنسيه', الفرانسي: 'الفرنسيه', لفرانسي: 'الفرنسيه', فرانساوي: 'الفرنسيه', الفرانساوي: 'الفرنسيه',
  // see, go, come
  شاف: 'راي', شفت: 'رايت', نشوف: 'اري', مشي: 'ذهب', جا: 'جاء', جات: 'جاءت',
  // Rent, work, papers, doctor, lawyer, card and the commune as Maghrebi, Levantine, Egyptian and Gulf speakers
  // write them (writer AV, orient-103: "راني نحوس على دار للكرا", read as French through its "fiche de paie" alone).
  // Not "كرا" alone ("بكرا" is tomorrow) nor "كورس"/"كور" (a course is a crisis blocker, and "الكورة" a ball): the crisis
  // lexicon reads its words through this table too.
  الكرا: 'الايجار', للكرا: 'للايجار', كراء: 'ايجار', الكراء: 'الايجار', نكري: 'استاجر', نكريو: 'نستاجر',
  نحوس: 'ابحث', كنقلب: 'ابحث', ندور: 'ابحث', ادور: 'ابحث', بدور: 'ابحث', نفتش: 'ابحث', بفتش: 'ابحث', عمدور: 'ابحث',
  نخدم: 'اعمل', نخدمو: 'نعمل', خدمه: 'عمل', الخدمه: 'العمل', خدام: 'اعمل', خدامه: 'اعمل', نشتغل: 'اعمل', اشتغل: 'اعمل',
  بشتغل: 'اعمل', شغل: 'عمل', الشغل: 'العمل', شغال: 'اعمل', شغاله: 'اعمل',
  الوراق: 'الاوراق', وراق: 'اوراق', الكواغط: 'الاوراق', كواغط: 'اوراق', الكواغد: 'الاوراق',
  حكيم: 'طبيب', الحكيم: 'الطبيب', دكتور: 'طبيب', الدكتور: 'الطبيب', سبيطار: 'مستشفي', السبيطار: 'المستشفي',
  صبيطار: 'مستشفي', الصبيطار: 'المستشفي', سبيتار: 'مستشفي', السبيتار: 'المستشفي', سبيطارات: 'مستشفيات',
  افوكا: 'محامي', لافوكا: 'المحامي', الافوكا: 'المحامي', لافوكات: 'المحامي',
  الكارط: 'البطاقه', كارط: 'بطاقه', لاكارط: 'البطاقه', الكارت: 'البطاقه', كارت: 'بطاقه', لكارت: 'البطاقه',
  الكومين: 'البلديه', كومين: 'بلديه', لكومين: 'البلديه', لاكومين: 'البلديه', الكومون: 'البلديه', لكومون: 'البلديه',
  بالكومين: 'بالبلديه', فالكومين: 'في البلديه',
  رنديفو: 'موعد', الرنديفو: 'الموعد', راندفو: 'موعد', الراندفو: 'الموعد',
  // The mutualité translated word for word by an app (writer AY: "ما هو التعاضدية؟"): the health insurance fund.
  التعاضديه: 'صندوق التامين', تعاضديه: 'صندوق التامين', للتعاضديه: 'لصندوق التامين', بالتعاضديه: 'بصندوق التامين',
};

/** The article with the prepositions and conjunctions glued to it, longest first. */
const ARTICLES = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال'];
/** Spoken present/future proclitics, longest first. "ما" of negation is only removed together with a final ش. */
const SPOKEN_PROCLITICS = ['كان', 'كاي', 'كي', 'كا', 'كت', 'كن', 'تا', 'بي', 'بت', 'بن', 'با', 'ب', 'عم', 'راح', 'رح', 'ح', 'ه'];
/** Imperfect person prefixes (ي he, ت she/you, ن we, ا I): removed to reach the stem a list writes. */
const IMPERFECT = ['ي', 'ت', 'ن', 'ا'];
/** Object and possessive pronoun suffixes, longest first. */
const PRONOUN_SUFFIXES = ['كم', 'هم', 'نا', 'ني', 'ها', 'ك', 'ه', 'ي', 'و'];

/**
 * Standard-Arabic readings of one normalised dialect word: the word, its table form, and the word without its
 * spoken prefix, negation (ما…ش), imperfect prefix and pronoun suffix ("كيضربني" → […, "يضربني", "ضربني", "ضرب"]).
 * Forms shorter than three letters are left out unless the word itself is that short.
 */
export function dialectVariants(word: string): string[] {
  const out = new Set<string>([word]);
  const mapped = DIALECT_TO_MSA[word];
  if (mapped) out.add(mapped);
  let bases = [word];
  // Negation ma-…-sh: "مايتنفسش" → "يتنفس", "ماعندوش" → "عندو".
  if (word.length >= 5 && word.startsWith('ما') && word.endsWith('ش')) bases.push(word.slice(2, -1));
  else if (word.length >= 5 && word.startsWith('م') && word.endsWith('ش')) bases.push(word.slice(1, -1));
  // The same negation written apart, "ما رجعتش", "ما كيجاوبش": the verb keeps only the -ش.
  else if (word.length >= 4 && word.endsWith('ش')) bases.push(word.slice(0, -1));
  // "and" glued on: "وما" → "ما", "والدم" → "الدم".
  if (word.startsWith('و') && word.length >= 3) bases.push(word.slice(1));
  // The article and the prepositions glued to it (ال, وال, بال, فال, كال, لل): "بالسكين" → "سكين".
  for (const b of [...bases]) {
    const article = ARTICLES.find((a) => b.startsWith(a) && b.length - a.length >= 2);
    if (article) bases.push(b.slice(article.length));
  }
  const step = (forms: string[], cut: (w: string) => string[]): string[] => {
    const next = new Set(forms);
    for (const w of forms) for (const c of cut(w)) next.add(c);
    return [...next];
  };
  bases = step(bases, (w) => SPOKEN_PROCLITICS.filter((p) => w.startsWith(p) && w.length - p.length >= 3).map((p) => w.slice(p.length)));
  bases = step(bases, (w) => IMPERFECT.filter((p) => w.startsWith(p) && w.length - p.length >= 3).map((p) => w.slice(p.length)));
  bases = step(bases, (w) => PRONOUN_SUFFIXES.filter((s) => w.endsWith(s) && w.length - s.length >= 3).map((s) => w.slice(0, -s.length)));
  for (const b of bases) {
    out.add(b);
    const standard = DIALECT_TO_MSA[b];
    if (standard) out.add(standard);
  }
  return [...out];
}

/** A normalised Arabic text with each dialect word of the table replaced by its standard form. */
export function dialectToMsa(text: string): string {
  return text.replace(/[\u0621-\u064A]+/g, (w) => DIALECT_TO_MSA[w] ?? w);
}
