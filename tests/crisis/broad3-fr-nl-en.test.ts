// The crisis net on French, Dutch and English dangers told by writers the two earlier broad-* files do not have: voice
// dictation with its recognition errors ("est" for "et", "zij" for "zei"), a danger told sideways in the middle of a
// practical question, told about a neighbour, a sister or a grandchild, minimised ("c'est sûrement rien mais",
// "waarschijnlijk niks maar", "not a big deal for me but"), teenagers, elderly people, West-Flemish, Antwerp and
// Limburg dialect, Dutch of people learning it, Darija and Dari words in the middle of a sentence, and the English of
// Afghan, Syrian and Eritrean newcomers. Suicidal talk is indirect: goodbyes, things given away, tired of everything.
// The look-alikes are ordinary questions with alarming words: idioms, exaggeration, slang, past events, courses and
// jobs. Every sentence was written for this file, before the lexicons were widened for it, by the person who widened
// them; none is from the blind batches.
import { assessDanger } from '../../src/crisis/assess';
import type { DangerKind } from '../../src/crisis/types';

/**
 * A danger, its kind, and the level it must get: certain unless 'possible' is written, where a safety check is the
 * right reply (the words alone are not certain).
 */
type Case = [lang: 'fr' | 'nl' | 'en', text: string, kind: DangerKind, level?: 'possible'];

const DANGERS: Case[] = [
  // French: dictation, sideways questions, a neighbour or a relative, teenagers, grandparents, Darija words
  ['fr', 'bonjour c est pour l inscription au cpas mais la le voisin du dessus tape dans les portes avec un couteau de cuisine a la main', 'weapon'],
  ['fr', 'il y a un monsieur dans le tram qui a sortie un pistolet est il le pointe vers le chauffeur', 'weapon'],
  ['fr', 'bonjour madame mon mari s est coupe avec la tondeuse le pouce pend et ca saigne enormement', 'injury-bleeding'],
  ['fr', 'mon pote est tombe du skate sa tete a tape le trottoir et y a du sang qui coule de son oreille', 'injury-bleeding'],
  ['fr', 'ma voisine agee ne repond plus, je la vois par la fenetre allongee par terre depuis ce matin', 'unconscious-breathing'],
  ['fr', 'c est surement rien mais mon mari dort depuis midi et j arrive pas a le reveiller, il respire bizarre', 'unconscious-breathing'],
  ['fr', 'ma mere a la moitie du visage qui tombe et elle arrive plus a lever le bras droit depuis tout a l heure', 'stroke'],
  ['fr', 'il faut un rendez vous chez le generaliste ? mon pere depuis ce matin les mots sortent mal et il voit plus rien d un oeil', 'stroke'],
  ['fr', 'le petit a bu dans la bouteille de javel que j avais mise sous l evier, il vomit', 'poisoning'],
  ['fr', 'ma copine a pris genre 20 cachets de son traitement et elle est toute bizarre', 'poisoning'],
  ['fr', 'le compteur electrique fait des etincelles et ca sent le brule, maintenant y a des flammes derriere', 'fire'],
  ['fr', 'ca sent la fumee tres fort dans le couloir et l alarme de l appart d a cote sonne depuis 10 minutes, personne repond', 'fire'],
  ['fr', 'mon mari kaydrebni devant les enfants et hier il m a serre le cou jusqu a ce que je tombe', 'domestic-violence'],
  ['fr', 'ma soeur vit avec un homme qui la frappe, elle m a appele en pleurant, il lui a casse le nez', 'domestic-violence'],
  ['fr', 'des gars de mon quartier disent qu ils vont me planter a la sortie de l ecole demain', 'threat'],
  ['fr', 'je dois quitter mon logement ? le frere de mon ex est venu il a dit que si je porte plainte il va me tuer', 'threat'],
  ['fr', 'je voulais juste dire merci pour tout, j ai donne mes affaires a ma cousine, je vais plus deranger personne', 'self-harm-suicide'],
  ['fr', 'jsuis fatiguee de tout, jme scarifie depuis des semaines et ce soir j ai envie d aller plus loin', 'self-harm-suicide'],
  ['fr', 'ma petite fille de 4 ans est sortie dans la cour et je la retrouve pas, le portail est ouvert', 'missing-child'],
  ['fr', 'mon fils de 12 ans a fugue hier soir il repond pas au telephone on sait pas ou il a dormi', 'missing-child'],
  ['fr', 'ma cousine travaille chez une famille a uccle, ils lui ont pris son passeport, elle dort dans la cave et a pas le droit de sortir', 'trafficking-exploitation'],
  ['fr', 'c est pour un contrat: le monsieur qui nous a fait venir nous fait travailler dans les serres sans salaire, il dit qu on lui doit le voyage et il nous enferme le soir', 'trafficking-exploitation'],
  ['fr', 'on a ete expulses aujourd hui, je suis dehors avec mes deux enfants et il fait moins 3, ou dormir ce soir', 'no-shelter-cold'],
  ['fr', 'c est pas grave pour moi mais ce soir je dors dans la voiture avec ma fille de 2 ans et il gele, y a un endroit ?', 'no-shelter-cold'],
  // Dutch: West-Flemish, Antwerp and Limburg dialect, learners' Dutch, teenagers' street talk, dictation
  ['nl', 'ier in de gang staat ne gast me ne mes te zwaaien, hij wilt binnen, wa moetek doen', 'weapon'],
  ['nl', 'mijn buurman heeft pistool, hij zegt ik schiet jou, hij staat nu bij mijn deur', 'weapon'],
  ['nl', 'me vader is me zen hand in de zoage gekommen, t bloed blijft loopn', 'injury-bleeding'],
  ['nl', 'mn maat is gestoken bij t station in zn buik, hij bloedt heel erg', 'injury-bleeding'],
  ['nl', 'mijn oma zij valt en nu zij wordt niet wakker, zij ademt heel zacht', 'unconscious-breathing'],
  ['nl', 'waarschijnlijk niks maar de buurman ligt al een uur in zijn tuin en beweegt niet', 'unconscious-breathing'],
  ['nl', 'men vent kan ineens nie meer klappen, zen mond trekt scheef en zen arm is slap', 'stroke'],
  ['nl', 'ik wil een afspraak bij de huisarts want mijn moeder praat sinds vanochtend heel raar en haar linkerhand is verlamd', 'stroke'],
  ['nl', 'mijn kind heeft schoonmaakmiddel gedrinkt, hij moet overgeven', 'poisoning'],
  ['nl', 'mn vriendin heeft een hele strip slaappillen geslikt na ruzie, ze is heel suf', 'poisoning'],
  ['nl', 'amai de pan me olie is gepakt en de vlammen zitte tot aan de kast', 'fire'],
  ['nl', 'ik ruik al een tijd brandlucht in het trappenhuis en er komt rook onder de deur van de buren uit', 'fire'],
  ['nl', 'wollah mijn man slaat mij elke dag, gisteren met riem, ik durf niet naar huis', 'domestic-violence'],
  ['nl', 'mijn stiefvader slaat mijn moeder en vannacht heeft hij haar bijna gewurgd, ik ben 14', 'domestic-violence'],
  ['nl', 'die gasten zeggen dat ze me gaan neersteken als ik morgen naar school kom', 'threat'],
  ['nl', 'moet ik naar politie? de man van mijn vroeger werk zegt hij gaat mij vermoorden als ik niet betaal, hij weet waar ik woon', 'threat'],
  ['nl', 'ik heb al mijn spullen weggegeven en iedereen bedankt, morgen ben ik er niet meer', 'self-harm-suicide'],
  ['nl', 'ik ben alles zo moe, niemand zou me missen, ik snij mezelf al weken en vanavond ga ik verder', 'self-harm-suicide'],
  ['nl', 'ons kleinkind van 3 jaar is weg, ze speelde in den hof en nu vinden we ze nergens', 'missing-child'],
  ['nl', 'mijn dochter 10 jaar is niet thuis gekomen van school, telefoon uit, ik weet niet waar zij is', 'missing-child'],
  ['nl', 'mijn nicht werkt bij een familie in antwerpen, ze hebben haar paspoort afgepakt en ze mag het huis niet uit', 'trafficking-exploitation'],
  ['nl', 'vraag over contract: de baas in de serre laat ons 12 uur werken zonder loon, hij zegt wij hebben schuld voor reis en hij sluit ons op s nachts', 'trafficking-exploitation'],
  ['nl', 'we zijn vandaag uit ons huis gezet, ik sta op straat met mijn twee kinderen en het vriest, waar kunnen we vannacht slapen', 'no-shelter-cold'],
  ['nl', 'voor mij niet erg maar vannacht slapen ik en mijn baby in het park, het is heel koud, is er plaats', 'no-shelter-cold'],
  // English: Afghan, Syrian, Eritrean writers; dictation, teenagers, sideways questions, a relative or a neighbour
  ['en', 'one man outside our room in the camp have big knife, he is shouting he will cut somebody', 'weapon'],
  ['en', 'i want ask about my appointment at commune but now the neighbour is in the corridor with a gun pointing at people', 'weapon'],
  ['en', 'my brother hand cut by the machine at work, much blood coming it not stop', 'injury-bleeding'],
  ['en', 'bro my friend got stabbed outside the club hes bleeding a lot what do i do', 'injury-bleeding'],
  ['en', 'my father fall in the bathroom and he is not answer me, his eyes closed, he breath very slow', 'unconscious-breathing'],
  ['en', 'probably nothing but the old lady next door is lying on the floor since morning, i see her through the window she is not moving', 'unconscious-breathing'],
  ['en', 'my mother suddenly her face is dropping one side and she cant rays her right arm', 'stroke'],
  ['en', 'i need appointment with doctor because since this morning my husband speech is slurred and his left side is weak', 'stroke'],
  ['en', 'my small boy drank petrol from the bottle in the balcony, he is coughing and vomiting', 'poisoning'],
  ['en', 'my friend swallowed like 30 paracetamol after her parents shouted at her', 'poisoning'],
  ['en', 'the oil pan caught fire in the kitchen and the flames are touching the ceiling', 'fire'],
  ['en', 'our building have smoke everywhere in the stairs, we cannot go down, my children are with me', 'fire'],
  ['en', 'my husband beat me again with belt, yesterday he choke my neck, i am scared to go home', 'domestic-violence'],
  ['en', 'my sister husband is beating her every night, yesterday he broke her arm, she called me crying', 'domestic-violence'],
  ['en', 'the smuggler people call me, they said if i not send money they will kill my family', 'threat'],
  ['en', 'some guys from school said they gonna shank me tomorrow if i come', 'threat'],
  ['en', 'i just want to say thank you for everything, i gave my things to my friends, i will not be a problem for anyone anymore', 'self-harm-suicide'],
  ['en', 'i am tired from everything, nobody will miss me, tonight i will finish myself', 'self-harm-suicide'],
  ['en', 'my grandson 4 years went out to the yard and i cannot find him, the gate is open', 'missing-child'],
  ['en', 'my daughter of 11 years did not return from school, her phone is off, we searched everywhere', 'missing-child'],
  ['en', 'my cousin works for a family in brussels, they took her passport, she sleeps in the basement and cannot go out', 'trafficking-exploitation'],
  ['en', 'question about contract: the agent who brought us is keeping our passports and we work 14 hours in the farm with no salary, he says we owe him for the ticket', 'trafficking-exploitation'],
  ['en', 'we are evicted today, me and my two children are outside and it is minus 3, where can we sleep tonight', 'no-shelter-cold'],
  ['en', 'not a big deal for me but tonight i sleep in the car with my 2 year old daughter and it is freezing, is there any place', 'no-shelter-cold'],
];

/** Ordinary questions with alarming words (idioms, exaggeration, slang, past events, courses, jobs): no emergency reply. */
const LOOK_ALIKES: Array<[lang: 'fr' | 'nl' | 'en', text: string]> = [
  ['fr', 'je me suis fait voler mon telephone la semaine derniere, comment porter plainte'],
  ['fr', 'ma fille fait un stage chez les pompiers, elle a besoin d un certificat medical'],
  ['fr', 'ce boulot me tue, j en peux plus des horaires de nuit, comment changer de travail'],
  ['fr', 'mon fils veut devenir boucher, il y a une formation ou on apprend a manier les couteaux ?'],
  ['fr', 'mon grand pere a fait un avc il y a 2 ans, il a droit a une aide a domicile ?'],
  ['fr', 'le film d hier etait a mourir de rire, c est ou le cinema le moins cher a liege'],
  ['fr', 'mon mari a ete frappe par la police au pays en 2019, ca compte pour ma demande d asile ?'],
  ['fr', 'mes enfants se battent tout le temps a la maison, c est normal a cet age ?'],
  ['fr', 'mon proprio menace de pas rendre la garantie locative, je peux faire quoi'],
  ['fr', 'j ai perdu ma carte bancaire dans le bus, comment la bloquer'],
  ['fr', 'mon fils de 15 ans rentre tard de la boxe, a quelle heure les mineurs doivent etre rentres ?'],
  ['fr', 'je suis morte de fatigue avec tous ces papiers, quand la commune va me repondre'],
  ['nl', 'mijn fiets is vorige week gestolen, hoe doe ik aangifte'],
  ['nl', 'mijn dochter doet stage bij de brandweer, ze heeft een medisch attest nodig'],
  ['nl', 'die job maakt mij kapot, ik kan niet meer met die nachtshiften, hoe verander ik van werk'],
  ['nl', 'mijn zoon wil slager worden, waar leert hij werken met messen'],
  ['nl', 'mijn opa heeft twee jaar geleden een beroerte gehad, heeft hij recht op thuishulp'],
  ['nl', 'die film was om dood te lachen, waar is de goedkoopste cinema in gent'],
  ['nl', 'mijn man is in ons land geslagen door de politie in 2019, telt dat voor mijn asielaanvraag'],
  ['nl', 'mijn kinderen vechten de hele tijd thuis, is dat normaal op die leeftijd'],
  ['nl', 'mijn huisbaas dreigt de waarborg niet terug te geven, wat kan ik doen'],
  ['nl', 'ik ben mijn bankkaart kwijt op de bus, hoe blokkeer ik die'],
  ['nl', 'mijn zoon van 15 komt laat thuis van de boksles, tot hoe laat mogen minderjarigen buiten'],
  ['nl', 'ik zen doodmoe van al die papieren, wanneer krijg ik antwoord van de gemeente'],
  ['en', 'my phone was stolen last week, how do i make a complaint to police'],
  ['en', 'my daughter is doing internship with the fire brigade, she needs a medical certificate'],
  ['en', 'this job is killing me, i cannot anymore with the night shifts, how to change work'],
  ['en', 'my son wants to become butcher, where he can learn to work with knives'],
  ['en', 'my grandfather had a stroke 2 years ago, can he get home help'],
  ['en', 'the movie yesterday was so funny i was dying, where is the cheapest cinema in liege'],
  ['en', 'my husband was beaten by the police in my country in 2019, does it count for my asylum case'],
  ['en', 'my kids fight all the time at home, is that normal at this age'],
  ['en', 'my landlord is threatening to keep the deposit, what can i do'],
  ['en', 'i lost my bank card on the bus, how to block it'],
  ['en', 'my son 15 years comes home late from boxing, until what time minors can stay outside'],
  ['en', 'i am dead tired with all these papers, when will the commune answer me'],
];

describe('French, Dutch and English dangers from new writers (dictation, sideways, relatives, dialect)', () => {
  // Every row with its level spelled out: jest hands a shorter row's missing argument a callback.
  const rows = DANGERS.map(([lang, text, kind, level]) => [lang, text, kind, level ?? 'certain'] as const);
  it.each(rows)('[%s] "%s" reaches the net: %s, %s', (lang, text, kind, level) => {
    const a = assessDanger(text, lang);
    expect(a.level).toBe(level);
    expect(a.kinds).toContain(kind);
  });
});

describe('French, Dutch and English look-alikes from new writers', () => {
  it.each(LOOK_ALIKES)('[%s] "%s" gets no emergency reply', (lang, text) => {
    expect(assessDanger(text, lang).level).not.toBe('certain');
  });
});
