// Reading a message's words for a lexicon (src/crisis/lexicon.ts): Dutch separable verbs. Every sentence was written
// for this file; none is from a tuning or blind batch. The threats fail on the code before this reading (none, or
// possible for the one whose verb and particle sit side by side); the look-alikes are guards.
import { readText } from '../../src/crisis/lexicon';
import { itGetsItsLevel, itRaisesNoAlarm } from './broadCases';

describe('Dutch separable verbs: the verb read whole when its particle follows, or glued at the end', () => {
  it('reads "maakt … dood" as "doodmaken" at the verb, and "doodmaakt" as its infinitive', () => {
    const split = readText('nl', ['als', 'ik', 'niet', 'betaal', 'maakt', 'hij', 'mijn', 'broer', 'dood']);
    expect(split[4]).toEqual(['maakt', 'doodmaken']);
    expect(readText('nl', ['dat', 'hij', 'mij', 'doodmaakt'])[3]).toEqual(['doodmaakt', 'doodmaken']);
    // Too far apart to be one verb, and not in another language's reading.
    expect(readText('nl', ['maakt', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'dood'])[0]).toEqual(['maakt']);
    expect(readText('en', ['maakt', 'hem', 'dood'])[0]).toEqual(['maakt']);
  });

  itGetsItsLevel([
    ['nl', 'als ik vandaag niet betaal maakt hij mijn zus dood, dat zegt hij aan de telefoon', 'threat'],
    ['nl', 'de man van de schuld zegt dat hij me doodmaakt als ik niet betaal', 'threat'],
    ['nl', 'als ik niks zeg tegen de politie steekt hij mijn zoon neer, dat stuurde hij net', 'threat'],
    ['nl', 'als ik niet terugkom schiet hij mijn vader neer, zegt hij', 'threat'],
  ]);

  itRaisesNoAlarm([
    ['nl', 'hij maakt eerst zijn studie af en zoekt dan werk, kan dat met een oranje kaart?'],
    ['nl', 'de dokter zegt dat roken je op termijn doodmaakt, waar vind ik hulp om te stoppen?'],
    ['nl', 'ze maken mijn hele dag kapot met die papieren, waar moet ik heen voor de verblijfskaart?'],
  ]);
});
