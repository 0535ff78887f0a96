// The crisis net on French, Dutch and English dangers told the way a frightened person types them on a phone: by what
// they see and feel rather than by the name of the danger, in Belgian, Maghrebi or text-message French, Flemish
// ("ge", "da", "nie"), and the English of people for whom it is a second or third language. The look-alikes share
// those words in ordinary questions. Every sentence was written for this file before the lexicons were widened for
// it; none is from the blind batches.
import { assessDanger } from '../../src/crisis/assess';
import type { DangerKind } from '../../src/crisis/types';

/** A danger, its kind, and 'possible' where a safety check is the right reply (the words alone are not certain). */
type Case = [lang: 'fr' | 'nl' | 'en', text: string, kind: DangerKind, atLeast?: 'possible'];

const DANGERS: Case[] = [
  // French
  ['fr', 'y a un mec en bas de chez moi il a sorti une lame il menace tout le monde', 'weapon'],
  ['fr', 'le type a une machette dans la main il crie dans la cage d escalier, j ai peur', 'weapon'],
  ['fr', 'mon fils s est ouvert le genou sur du verre ca pisse partout', 'injury-bleeding'],
  ['fr', 'ma femme est tombee de l echelle elle a la tete ouverte et elle dit plus rien', 'injury-bleeding'],
  ['fr', 'mon pere est par terre dans la salle de bain il reagit plus quand je lui parle', 'unconscious-breathing'],
  ['fr', 'le bebe est tout mou et il a les levres violettes', 'unconscious-breathing'],
  ['fr', 'ma grand mere d un coup elle parle en bouillie et sa bouche tombe d un cote', 'stroke'],
  ['fr', 'mon mari peut plus tenir sa tasse, son bras gauche ne repond plus et il bafouille', 'stroke'],
  ['fr', 'mon petit a mange une capsule de lessive il tousse et il bave', 'poisoning'],
  ['fr', 'ma soeur a avale une plaquette entiere de doliprane', 'poisoning'],
  ['fr', 'ya de la fumee noire qui sort de chez le voisin et ca crepite', 'fire'],
  ['fr', 'la friteuse a pris, les flammes montent au plafond', 'fire'],
  ['fr', 'mon mari me tabasse quand il rentre saoul, j ai des bleus partout', 'domestic-violence'],
  ['fr', 'wallah mon frere il m a mis des coups de poing parce que je suis sortie', 'domestic-violence'],
  ['fr', 'mon ex m envoie des messages qu il va me faire la misere et qu il sait ou est l ecole du petit', 'threat'],
  ['fr', 'le proprio a dit que si on part pas demain il envoie ses gars pour nous sortir de force', 'threat'],
  ['fr', 'j en peux plus de cette vie, je veux juste dormir et plus jamais me reveiller', 'self-harm-suicide'],
  ['fr', 'je sers a rien, ma famille serait mieux sans moi, j ai les medicaments devant moi', 'self-harm-suicide'],
  ['fr', 'ma fille de 7 ans etait a cote de moi au parc et d un coup elle est plus la', 'missing-child'],
  ['fr', 'mon fils est pas rentre de l ecole, il est 19h et personne sait ou il est', 'missing-child'],
  ['fr', 'le patron du chantier il garde nos passeports et on dort dans le depot, il paye rien', 'trafficking-exploitation'],
  ['fr', 'la femme qui m a fait venir m oblige a faire le menage chez elle jour et nuit et je peux pas sortir', 'trafficking-exploitation'],
  ['fr', 'on est a la gare du midi avec les 3 petits on a nulle part ou aller et il gele', 'no-shelter-cold'],
  ['fr', 'le proprietaire nous a vires ce soir on est dans la rue avec le bebe', 'no-shelter-cold'],
  // Dutch and Flemish
  ['nl', 'der staat ne vent voor de deur me een mes, hij roept da hij binnenkomt', 'weapon'],
  ['nl', 'mijn buurman zwaait met een geweer in de tuin en schreeuwt naar de kinderen', 'weapon'],
  ['nl', 'mijn zoon is door het glas gevallen en het bloed spuit uit zijn arm', 'injury-bleeding'],
  ['nl', 'ma vader is van de ladder gevallen en zijn been ligt helemaal scheef', 'injury-bleeding'],
  ['nl', 'mijn moeder ligt op de keukenvloer en ze zegt niks meer, ogen open maar ze reageert nie', 'unconscious-breathing'],
  ['nl', 'de baby ademt raar, piept en wordt grijs rond zijn mond', 'unconscious-breathing'],
  ['nl', 'opa kan opeens zijn glas nie meer vasthouden en zijn mond hangt naar een kant', 'stroke'],
  ['nl', 'mijn vrouw praat ineens wartaal en haar rechterbeen doet niet meer mee', 'stroke'],
  ['nl', 'mijn dochtertje heeft van de ontstopper gedronken, ze huilt en kwijlt', 'poisoning'],
  ['nl', 'mijn broer heeft al zijn antidepressiva in een keer genomen', 'poisoning'],
  ['nl', 'de frietketel heeft vuur gevat en de keuken staat vol zwarte rook', 'fire'],
  ['nl', 'bij de buren komen vlammen uit het raam, er zijn nog kinderen binnen', 'fire'],
  ['nl', 'mijn man heeft me weer in elkaar geslagen, ik zit vol blauwe plekken', 'domestic-violence'],
  ['nl', 'mijne vent heeft mij tegen de muur geduwd en me bij mijn haar getrokken', 'domestic-violence'],
  ['nl', 'mijn ex stuurt berichten dat hij me gaat afmaken als ik met iemand anders ben', 'threat'],
  ['nl', 'de smokkelaar zegt dat ze mijn familie in het land iets gaan doen als ik niet betaal', 'threat'],
  ['nl', 'ik zie het echt niet meer zitten, ik heb de pillen al klaarliggen', 'self-harm-suicide'],
  ['nl', 'ik ben het allemaal beu, ik wil gewoon gaan slapen en nooit meer opstaan', 'self-harm-suicide'],
  ['nl', 'mijn zoontje van 5 was hier in de winkel en nu is hij nergens meer', 'missing-child'],
  ['nl', 'ons dochter is na school nie thuisgekomen, ze neemt nie op en t is al donker', 'missing-child'],
  ['nl', 'de baas van de carwash heeft onze paspoorten en we krijgen geen cent, we slapen achter de garage', 'trafficking-exploitation'],
  ['nl', 'de man die me hierheen bracht zegt dat ik moet werken tot de schuld is afbetaald, ik mag nergens naartoe', 'trafficking-exploitation'],
  ['nl', 'we zijn uit ons huis gezet en zitten met de kleine in het park, het vriest', 'no-shelter-cold'],
  ['nl', 'ik en mijn kinderen slapen al twee nachten in het noordstation', 'no-shelter-cold'],
  // English, as typed by people for whom it is a second or third language
  ['en', 'a man in my building he is carrying big knife and shouting he will cut somebody', 'weapon'],
  ['en', 'my neighbor brother came with pistol and pointing it to my husband', 'weapon'],
  ['en', 'my son fall from the window, he is bleeding from his head and not talking much', 'injury-bleeding'],
  ['en', 'my friend got slashed on his arm, the blood is not stopping please', 'injury-bleeding'],
  ['en', 'my mother is on the floor she is not answering me and her eyes are rolling back', 'unconscious-breathing'],
  ['en', 'the baby is breathing very fast and his lips going grey', 'unconscious-breathing'],
  ['en', 'my father one side of his mouth is down and he cannot speak properly since 10 minutes', 'stroke'],
  ['en', 'my wife suddenly her left hand is numb and she is talking nonsense', 'stroke'],
  ['en', 'my small daughter drank from the bottle of kerosene, she is coughing', 'poisoning'],
  ['en', 'my brother swallowed a full strip of sleeping tablets with alcohol', 'poisoning'],
  ['en', 'there is fire coming from the kitchen of the neighbour, black smoke on the stairs', 'fire'],
  ['en', 'the gas cooker exploded and the wall is burning', 'fire'],
  ['en', 'my husband beating me every night and he broke my tooth', 'domestic-violence'],
  ['en', 'my uncle is touching me when nobody is home and says i cannot tell anyone', 'domestic-violence'],
  ['en', 'my ex keeps texting he will throw acid on my face if i leave him', 'threat'],
  ['en', 'the gang members say they will come for my brother tonight because of money', 'threat'],
  ['en', 'i am tired of this life, i want to sleep and not wake up again', 'self-harm-suicide'],
  ['en', 'i feel like a burden to everyone, i bought pills to finish everything', 'self-harm-suicide'],
  ['en', 'my son 6 years old was playing outside the camp now we cannot find him anywhere', 'missing-child'],
  ['en', 'my daughter not come back from school and its already night, her phone not ringing', 'missing-child'],
  ['en', 'the man who bring me to belgium he keep my passport and i must work in his shop 14 hours no money', 'trafficking-exploitation'],
  ['en', 'they make me sleep with men to pay the money for the travel, i cannot go out', 'trafficking-exploitation'],
  ['en', 'me and my kids we are sleeping in the street in brussels it is very cold', 'no-shelter-cold'],
  ['en', 'we have no house, staying under the bridge with my small baby, please where to go', 'no-shelter-cold'],
];

/** Ordinary questions that share a danger's words: they must never get the emergency reply. */
const LOOK_ALIKES: Array<[lang: 'fr' | 'nl' | 'en', text: string]> = [
  ['fr', 'ce loyer me tue, le cpas peut m aider ?'],
  ['fr', 'mon telephone est mort, ou recharger pres de la gare ?'],
  ['fr', 'ou faire une formation premiers secours a liege'],
  ['fr', 'j ai achete un couteau au marche pour la cuisine, c est permis de le porter ?'],
  ['fr', 'mon visa est mort, il a expire le mois passe'],
  ['fr', 'la securite incendie dans les logements sociaux c est quoi les regles'],
  ['fr', 'mon fils s est coupe au doigt en cuisinant, rien de grave, quel medecin de garde ?'],
  ['fr', 'je suis mort de fatigue apres le boulot, je peux reduire mes heures ?'],
  ['fr', 'mon patron me paie toujours en retard, c est legal ?'],
  ['fr', 'mon fils a disparu de la liste des eleves inscrits, pourquoi ?'],
  ['fr', 'je tue le temps a la bibliotheque en attendant mon rendez vous'],
  ['nl', 'die huur maakt me kapot, kan het ocmw helpen?'],
  ['nl', 'mijn gsm is dood, waar kan ik opladen'],
  ['nl', 'waar kan ik een cursus eerste hulp volgen'],
  ['nl', 'ik kocht een mes op de markt voor de keuken, mag ik dat bij me dragen'],
  ['nl', 'mijn visum is dood, het is vorige maand vervallen'],
  ['nl', 'brandveiligheid in een huurwoning, welke regels gelden er'],
  ['nl', 'mijn kind heeft koorts en hoest, welke dokter is open in het weekend'],
  ['nl', 'ik ben doodop na het werk, mag ik minder uren doen'],
  ['nl', 'mijn baas betaalt altijd te laat, is dat normaal'],
  ['nl', 'ik wil brandweerman worden, welke opleiding moet ik volgen'],
  ['en', 'this rent is killing me, can the cpas help'],
  ['en', 'my phone died, where can i charge it near the station'],
  ['en', 'where can i do a first aid course in namur'],
  ['en', 'i bought a knife at the market for my kitchen, is it allowed to carry'],
  ['en', 'my visa is dead, it expired last month what now'],
  ['en', 'fire safety rules for landlords in brussels'],
  ['en', 'my son has fever and cough since 2 days which doctor'],
  ['en', 'im dying to start working, how do i get a work permit'],
  ['en', 'my boss pays me late every month is that legal'],
  ['en', 'i want to become a paramedic, what training'],
];

describe('French, Dutch and English dangers by what is seen and felt', () => {
  // Every row with its level spelled out: jest hands a shorter row's missing argument a callback.
  const rows = DANGERS.map(([lang, text, kind, atLeast]) => [lang, text, kind, atLeast ?? 'certain'] as const);
  it.each(rows)('[%s] "%s" reaches the net: %s, %s', (lang, text, kind, level) => {
    const a = assessDanger(text, lang);
    expect(a.level).toBe(level);
    expect(a.kinds).toContain(kind);
  });
});

describe('French, Dutch and English look-alikes', () => {
  it.each(LOOK_ALIKES)('[%s] "%s" gets no emergency reply', (lang, text) => {
    expect(assessDanger(text, lang).level).not.toBe('certain');
  });
});
