// The blind measure's two place figures: a service named for the commune, and a service for the place (a regional
// one counts when its territory holds the commune; one chosen for another place fails the line).
import path from 'node:path';
import { coversPlace, judge, placeKeys, type BlindLine } from '../../scripts/blind-eval';
import { loadKnowledge, loadPostalCodes } from '../../src/loaders/knowledgeFiles';
import { Router } from '../../src/routing/router';
import type { KnowledgeBase } from '../../src/knowledge/types';

let kb: KnowledgeBase;
let router: Router;
beforeAll(async () => {
  kb = (await loadKnowledge(path.join(__dirname, '..', '..', 'knowledge'))).kb;
  router = new Router(kb, await loadPostalCodes());
});

const line: BlindLine = { id: 't-1', lang: 'en', text: 'work in Tournai?', kind: 'orientation', topic: 'employment', place: { commune: 'Tournai' } };
const answer = (...ids: string[]) => ({ kind: 'answer', topic: 'employment', services: ids.map((id) => ({ id, type: 'x', name: id })) });
const judged = (ids: string[], l: BlindLine = line) => judge(l, answer(...ids), placeKeys(l, router), coversPlace(l, kb, router));

describe('blind-eval place figures', () => {
  it('counts the regional service of the commune as a service for the place, not as the commune named', () => {
    expect(judged(['forem'])).toMatchObject({ topicOk: true, placeOk: false, placeCovered: true });
  });

  it('counts the commune’s own office under both figures', () => {
    expect(judged(['cpas:tournai', 'forem'])).toMatchObject({ placeOk: true, placeCovered: true });
  });

  it('fails a line shown a service chosen for another place, even beside the right one', () => {
    expect(judged(['actiris']).placeCovered).toBe(false);
    expect(judged(['forem', 'cpas:mons']).placeCovered).toBe(false);
  });

  it('says nothing of the place with services offered everywhere only', () => {
    expect(judged(['office-etrangers']).placeCovered).toBe(false);
    expect(judged(['office-etrangers', 'forem']).placeCovered).toBe(true);
  });

  it('has no place figure for a line that names no place, nor when the topic is wrong', () => {
    const { place: _none, ...noPlace } = line;
    expect(judged(['forem'], noPlace).placeCovered).toBeUndefined();
    expect(judge(line, { ...answer('forem'), topic: 'housing' }, placeKeys(line, router), coversPlace(line, kb, router)).placeCovered).toBe(false);
  });
});
