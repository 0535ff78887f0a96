// Test questions for coverage.test.ts, written apart from the entries' sample questions, as people type them (no
// accents, typos): [lang, question, expected entry id, postal code?, status?].
import type { Status } from '../../src/knowledge/types';

export type Case = [string, string, string, string?, Status?];

export const CASES: Case[] = [
  // Asylum seekers: applying, reception, orange card.
  ['fr', 'bonjour je viens d arriver et je veux demander la protection internationale, c est ou', 'residence-asylum-seeker'],
  ['nl', 'waar kan ik asiel vragen, ik ben net aangekomen', 'residence-asylum-seeker'],
  ['en', 'just arrived, where do i register my asylum claim', 'residence-asylum-seeker'],
  ['uk', 'де подати на притулок я щойно приїхав', 'residence-asylum-seeker'],
  ['ru', 'где подать на убежище я только приехал', 'residence-asylum-seeker'],
  ['ar', 'وصلت جديد وين بقدم طلب اللجوء', 'residence-asylum-seeker'],
  // Asylum seekers: work after 4 months.
  ['fr', 'demandeur d asile depuis 6 mois, j ai le droit de chercher du travail?', 'employment-asylum-seeker-work'],
  ['nl', 'mag een asielzoeker werken na 4 maanden', 'employment-asylum-seeker-work'],
  ['en', 'can asylum seekers work in belgium', 'employment-asylum-seeker-work'],
  ['uk', 'чи може шукач притулку працювати в бельгії', 'employment-asylum-seeker-work'],
  ['ru', 'может ли проситель убежища работать в бельгии', 'employment-asylum-seeker-work'],
  ['ar', 'هل يسمح لطالب اللجوء بالعمل في بلجيكا', 'employment-asylum-seeker-work'],
  // Asylum seekers: medical care.
  ['fr', 'demandeur d asile sans centre, je dois voir un docteur, c est qui qui paye', 'health-asylum-seeker-care'],
  ['nl', 'asielzoeker zonder opvangplaats moet naar de dokter', 'health-asylum-seeker-care'],
  ['en', 'asylum seeker living with friends need a doctor', 'health-asylum-seeker-care'],
  ['uk', 'шукач притулку живу у друзів треба до лікаря', 'health-asylum-seeker-care'],
  ['ru', 'проситель убежища живу у друзей нужен врач', 'health-asylum-seeker-care'],
  ['ar', 'طالب لجوء ساكن عند اصحابي بدي دكتور', 'health-asylum-seeker-care'],
  // Undocumented: urgent medical aid.
  ['fr', 'sans papiers, mon fils est malade, le cpas peut payer le docteur?', 'health-urgent-medical-aid'],
  ['nl', 'zonder papieren ziek wie betaalt ziekenhuis', 'health-urgent-medical-aid'],
  ['en', 'undocumented and need to see a doctor who pays', 'health-urgent-medical-aid'],
  ['uk', 'я без документів потрібен лікар', 'health-urgent-medical-aid'],
  ['ru', 'я без документов нужен врач кто заплатит', 'health-urgent-medical-aid'],
  ['ar', 'بدون اوراق ومحتاج دكتور', 'health-urgent-medical-aid'],
  // Refugees, subsidiary and temporary protection at the CPAS; the announced reform.
  ['fr', 'protection subsidiaire, le cpas me donne le revenu d integration comme aux refugies?', 'cpas-rules-by-status'],
  ['nl', 'krijg ik met subsidiaire bescherming een leefloon zoals een vluchteling', 'cpas-rules-by-status'],
  ['en', 'will the integration income be cut for refugees with the new reform', 'cpas-rules-by-status'],
  ['uk', 'чи зменшать дохід інтеграції для біженців через реформу', 'cpas-rules-by-status'],
  ['ru', 'уменьшат ли доход интеграции беженцам из-за реформы', 'cpas-rules-by-status'],
  ['ar', 'هل رح ينقصوا دخل الاندماج للاجئين بسبب الاصلاح', 'cpas-rules-by-status'],
  // EU citizens.
  ['fr', 'je suis citoyenne europeenne, je dois aller au BAPA?', 'integration-pathway-eu-citizen'],
  ['nl', 'moet ik als eu burger naar het onthaalbureau', 'integration-pathway-eu-citizen'],
  ['en', 'as an EU citizen do i need to register with a CRI', 'integration-pathway-eu-citizen'],
  ['uk', 'я громадянка єс чи обов\'язковий для мене інтеграційний курс', 'integration-pathway-eu-citizen'],
  ['ru', 'я гражданка ес обязателен ли для меня интеграционный курс', 'integration-pathway-eu-citizen'],
  ['ar', 'انا مواطن اوروبي هل مسار الاندماج اجباري', 'integration-pathway-eu-citizen'],
  // EU citizens: registering at the commune, keeping the right of residence (twenty-third session).
  ['fr', 'je suis bulgare, je travaille a liege depuis 2 mois, faut il que je m inscrive a la commune', 'residence-eu-citizen'],
  ['nl', 'ik kom uit portugal en woon hier nu, moet ik mij als eu burger bij de gemeente melden', 'residence-eu-citizen'],
  ['en', 'im greek, moved to brussels, the commune letter says my right of residence could stop', 'residence-eu-citizen'],
  ['uk', 'я громадянка литви, живу в бельгії пів року, треба реєструватися в комуні?', 'residence-eu-citizen'],
  ['ru', 'я гражданин эстонии, работаю в антверпене, надо ли регистрироваться в коммуне', 'residence-eu-citizen'],
  ['ar', 'انا مواطن اوروبي من ايطاليا، واش خاصني نتسجل فالبلدية باش نبقى هنا', 'residence-eu-citizen'],
  // Students.
  ['fr', 'etudiant, je veux aller a l universite avec mon diplome du lycee de mon pays', 'education-student-equivalence'],
  ['en', 'student here, how do i get my high school diploma accepted to start university', 'education-student-equivalence'],
  ['ru', 'я студент хочу поступить в университет нужна эквивалентность аттестата', 'education-student-equivalence'],
  // Diploma recognition.
  ['fr', 'je suis ingenieur est ce que mon diplome est reconnu ici', 'education-diploma-recognition'],
  ['nl', 'mijn diploma van de universiteit laten erkennen', 'education-diploma-recognition'],
  ['en', 'how can i get my engineering degree recognised', 'education-diploma-recognition'],
  ['uk', 'визнання мого диплома інженера', 'education-diploma-recognition'],
  ['ru', 'признание моего диплома инженера', 'education-diploma-recognition'],
  ['ar', 'بدي اعادل شهادة الهندسة تبعي', 'education-diploma-recognition'],
  // Nowhere to sleep tonight (Brussels and Wallonia, by place).
  ['fr', 'on a nulle part ou dormir ce soir avec mes enfants', 'housing-shelter-tonight-brussels', '1000'],
  ['nl', 'ik heb geen slaapplaats vannacht', 'housing-shelter-tonight-brussels', '1030'],
  ['en', 'nowhere to sleep tonight please help', 'housing-shelter-tonight-brussels', '1060'],
  ['uk', 'мені нема де спати сьогодні вночі', 'housing-shelter-tonight-brussels', '1080'],
  ['ru', 'мне негде спать этой ночью', 'housing-shelter-tonight-brussels', '1070'],
  ['ar', 'ما في مكان نام فيه الليلة', 'housing-shelter-tonight-brussels', '1000'],
  ['fr', 'on a nulle part ou dormir ce soir avec mes enfants', 'housing-shelter-tonight-wallonia', '5000'],
  ['nl', 'ik heb geen slaapplaats vannacht', 'housing-shelter-tonight-wallonia', '4000'],
  ['en', 'nowhere to sleep tonight please help', 'housing-shelter-tonight-wallonia', '6000'],
  ['uk', 'мені нема де спати сьогодні вночі', 'housing-shelter-tonight-wallonia', '7000'],
  ['ru', 'мне негде спать этой ночью', 'housing-shelter-tonight-wallonia', '5000'],
  ['ar', 'ما في مكان نام فيه الليلة', 'housing-shelter-tonight-wallonia', '4000'],
  // Trafficking and exploitation.
  ['fr', 'mon employeur a pris mes papiers et je travaille sans etre paye', 'legal-aid-trafficking'],
  ['nl', 'mijn werkgever heeft mijn papieren en betaalt niets', 'legal-aid-trafficking'],
  ['en', 'my employer took my documents and i work for no money', 'legal-aid-trafficking'],
  ['uk', 'роботодавець забрав документи і не платить за роботу', 'legal-aid-trafficking'],
  ['ru', 'работодатель забрал документы и не платит за работу', 'legal-aid-trafficking'],
  ['ar', 'صاحب العمل اخد اوراقي وبشتغل بلا مصاري', 'legal-aid-trafficking'],
  // Basic bank account.
  ['fr', 'aucune banque veut m ouvrir un compte', 'daily-life-basic-bank-account'],
  ['nl', 'geen enkele bank wil een rekening voor mij openen', 'daily-life-basic-bank-account'],
  ['en', 'no bank wants to give me an account', 'daily-life-basic-bank-account'],
  ['uk', 'жоден банк не хоче відкрити мені рахунок', 'daily-life-basic-bank-account'],
  ['ru', 'ни один банк не хочет открыть мне счёт', 'daily-life-basic-bank-account'],
  ['ar', 'ولا بنك بدو يفتحلي حساب', 'daily-life-basic-bank-account'],
  // Young children: ONE, Kind en Gezin.
  ['fr', 'ou trouver une creche pas chere pour mon petit', 'education-young-children'],
  ['nl', 'kinderopvang zoeken voor mijn dochtertje', 'education-young-children'],
  ['en', 'where can i find a creche for my toddler', 'education-young-children'],
  ['uk', 'де знайти ясла для малюка', 'education-young-children'],
  ['ru', 'где найти ясли для малыша', 'education-young-children'],
  ['ar', 'وين بلاقي حضانة لطفلي الصغير', 'education-young-children'],
  // Temporary protection asked for (not stated): the right of stay.
  ['fr', 'je suis russe mariee a un ukrainien, je peux obtenir la protection temporaire?', 'residence-temporary-protection-ukraine'],
  ['en', 'im moldovan, my wife is ukrainian, can i get temporary protection too', 'residence-temporary-protection-ukraine'],
  ['ru', 'я из Грузии, муж украинец, могу ли я получить временную защиту', 'residence-temporary-protection-ukraine'],
  // Check-ups and vaccines for babies: a health question (ONE, Kind en Gezin consultations), not childcare.
  ['fr', 'mon fils a 5 mois, ou on fait ses vaccins sans payer', 'health-baby-checkups'],
  ['nl', 'waar kan mijn dochtertje van 4 maanden haar prikjes krijgen', 'health-baby-checkups'],
  ['en', 'where do babies get their vaccinations here, is it free', 'health-baby-checkups'],
  ['uk', 'нам треба вакцинувати немовля, куди йти', 'health-baby-checkups'],
  ['ru', 'ребенку 3 месяца, где поставить прививки', 'health-baby-checkups'],
  ['ar', 'ابني عمره ٥ شهور وين نعطيه التلقيح', 'health-baby-checkups'],
  // School for newcomer children: DASPA, compulsory 5-18.
  ['fr', 'ma fille de 12 ans parle pas un mot de francais, y a une classe pour les nouveaux', 'education-newcomer-children'],
  ['nl', 'is er een onthaalklas voor mijn zoon die geen nederlands spreekt', 'education-newcomer-children'],
  ['en', 'is school mandatory for my 16 year old', 'education-newcomer-children'],
  ['uk', 'чи обов\'язково ходити до школи дитині 16 років', 'education-newcomer-children'],
  ['ru', 'обязательно ли ходить в школу ребёнку 16 лет', 'education-newcomer-children'],
  ['ar', 'هل المدرسة اجبارية لابني عمره 16 سنة', 'education-newcomer-children'],
  // Mental health for exiles.
  ['fr', 'je cherche un psychologue avec un interprete pour mon mari qui a ete torture', 'health-mental-health-exile'],
  ['nl', 'psycholoog met tolk voor mijn man die gefolterd is', 'health-mental-health-exile'],
  ['en', 'therapist with an interpreter for my husband who was tortured', 'health-mental-health-exile'],
  ['uk', 'психолог з перекладачем для чоловіка якого катували', 'health-mental-health-exile'],
  ['ru', 'психолог с переводчиком для мужа которого пытали', 'health-mental-health-exile'],
  ['ar', 'اخصائي نفسي مع مترجم لزوجي اللي تعرض للتعذيب', 'health-mental-health-exile'],
  // Stroke: call 112.
  ['fr', 'mon mari a la bouche tordue et n arrive plus a parler', 'emergency-stroke'],
  ['nl', 'mijn man zijn mond hangt scheef en hij kan niet meer praten', 'emergency-stroke'],
  ['en', 'my husband face is drooping and he cant talk', 'emergency-stroke'],
  ['uk', 'у чоловіка перекосило обличчя і він не може говорити', 'emergency-stroke'],
  ['ru', 'у мужа перекосило лицо и он не может говорить', 'emergency-stroke'],
  ['ar', 'زوجي وجهه معوج وما عم يقدر يحكي', 'emergency-stroke'],
  // German-speaking Community: its own pathway and employment service, never the Walloon CRI or Forem.
  ['fr', 'je dois m inscrire au parcours d integration dans les 3 mois?', 'integration-pathway-german-speaking', '4700'],
  ['en', 'do i have to do the integration course, where do i sign up', 'integration-pathway-german-speaking', '4780'],
  ['nl', 'moet ik een integratietraject volgen', 'integration-pathway-german-speaking', '4720'],
  ['uk', 'чи треба мені проходити інтеграційний курс', 'integration-pathway-german-speaking', '4700'],
  ['ru', 'нужно ли мне проходить интеграционный курс', 'integration-pathway-german-speaking', '4780'],
  ['ar', 'هل لازم اعمل مسار الاندماج', 'integration-pathway-german-speaking', '4700'],
  ['de', 'muss ich den integrationsparcours machen', 'integration-pathway-german-speaking', '4700'],
  ['fr', 'comment trouver du travail', 'employment-german-speaking', '4700'],
  ['en', 'how do i find a job', 'employment-german-speaking', '4780'],
  ['de', 'wo finde ich arbeit', 'employment-german-speaking', '4700'],
  // A stated status says who asks, not what: the question is about the card, not about reunification; an entry for
  // the asker's status still wins when it holds the need, and the status's name is searched when it is the subject.
  ['fr', 'je suis reconnu refugie depuis peu, je dois faire quoi pour avoir ma carte A ou B a la commune', 'residence-protection-statuses'],
  ['uk', 'я біженець, хочу привезти дружину, який термін подати заяву', 'family-reunification-refugee-deadline'],
  ['ru', 'у меня кончается срок оранжевой карты, куда идти продлевать?', 'residence-asylum-seeker'],
  // The CPAS as people write it.
  ['ru', 'сколько платит сипас одинокой маме', 'cpas-ris'],
  ['fr', 'le cepeas il donne combien par mois pour une personne seule', 'cpas-ris'],
  ['nl', 'het sociaal huis wil me niet helpen, wat kan ik doen', 'cpas-aids-overview'],
  // Needs no page of ours details, answered with who to ask: pregnancy and specialists, trouble at work.
  ['en', 'im 5 months pregnant and have no doctor yet', 'health-pregnancy-specialists'],
  ['ru', 'где найти стоматолога для ребенка в Льеже', 'health-pregnancy-specialists'],
  ['fr', 'mon patron me doit trois semaines de salaire et ne repond plus', 'employment-rights-at-work'],
  ['nl', 'de deurwaarder stuurt brieven voor een oude factuur van de elektriciteit, wat moet ik doen', 'legal-aid-debts-bailiff'],
  ['en', 'a debt collector keeps calling me about an old phone bill', 'legal-aid-debts-bailiff'],
  // An institution named comes first when nothing covers the question better ("daughter" must not win school).
  ['uk', 'Скільки грошей дає CPAS мамі з сином? Ми живемо в Льєжі', 'cpas-ris'],
  // Annexes and permanent residence: who decides and who advises, no document's meaning stated.
  ['fr', 'cest quoi une annexe 35 et je peux rester avec', 'residence-documents-and-changes'],
  ['en', 'how long until i can get permanent residence, i have an F card', 'residence-documents-and-changes'],
];
