// Questions nobody wrote as sample questions, in each language, reaching the entries added for issue 14 (statuses,
// needs, the German-speaking Community) on the real answerer over the real knowledge base.
import { Answerer } from '../../src/answer/answerer';
import type { Router } from '../../src/routing/router';
import type { Status } from '../../src/knowledge/types';
import { realKnowledge } from '../helpers/realKnowledge';
import { renderServices } from '../../src/bot/render';
import { i18n } from '../dialogs/harness';
import { CASES } from './coverageCases';

let answerer: Answerer;
let router: Router;
beforeAll(async () => {
  const real = await realKnowledge();
  router = real.router;
  answerer = new Answerer({ kb: real.kb, router });
});

/** The entry a person gets: the answer, else the first choice offered. */
function reached(text: string, lang: string, postalCode?: string, status?: Status): string | undefined {
  const place = postalCode ? router.placeFromPostalCode(postalCode) : undefined;
  const d = answerer.decide({ text, lang, place, status });
  if (d.kind === 'answer') return d.entry.id;
  // Offered first among choices is reached too: the person sees it at the top.
  if (d.kind === 'clarify') return d.choices[0]?.id ?? 'clarify';
  return d.kind;
}

describe('questions reach the entries for every status and need', () => {
  // Fixed-length rows: jest would take a missing trailing argument for its `done` callback.
  const rows = CASES.map(([lang, text, expected, postalCode, status]) => [lang, text, expected, postalCode ?? '', status ?? ''] as const);
  it.each(rows)('%s %s → %s (%s)', (lang, text, expected, postalCode, status) => {
    expect(reached(text, lang, postalCode || undefined, (status || undefined) as Status | undefined)).toBe(expected);
  });
});

describe('status-specific answers for a person whose status is known', () => {
  it.each([
    ['en', 'can i work', 'asylum-seeker', 'employment-asylum-seeker-work'],
    ['fr', 'je peux travailler ?', 'asylum-seeker', 'employment-asylum-seeker-work'],
    ['en', 'the hospital wants money and i have no residence permit', 'undocumented', 'health-urgent-medical-aid'],
    ['ru', 'мне нужен врач, кто заплатит', 'undocumented', 'health-urgent-medical-aid'],
    ['fr', 'je suis allemande, le BAPA c est obligatoire pour moi ?', 'eu-citizen', 'integration-pathway-eu-citizen'],
    ['en', 'how do i get into university with my diploma', 'student', 'education-student-equivalence'],
  ] as const)('%s "%s" as %s → %s', (lang, text, status, expected) => {
    expect(reached(text, lang, undefined, status)).toBe(expected);
  });

  it('never gives an entry written for another status: no urgent medical aid for a recognised refugee', () => {
    expect(reached('sans papiers je dois voir un medecin, le cpas paie ?', 'fr', undefined, 'refugee')).not.toBe('health-urgent-medical-aid');
    expect(reached('can asylum seekers work in belgium', 'en', undefined, 'temporary-protection')).not.toBe('employment-asylum-seeker-work');
    // The EU citizen's residence is not a worker's from elsewhere: at most offered among choices, never answered.
    const worker = answerer.decide({ text: 'je suis marocain, j ai un contrat de travail, comment avoir ma carte a la commune', lang: 'fr' });
    expect(worker.kind === 'answer' ? worker.entry.id : undefined).not.toBe('residence-eu-citizen');
  });
});

describe('German-speaking communes (4700-4791)', () => {
  const decide = (text: string, lang: string, code: string) => answerer.decide({ text, lang, place: router.placeFromPostalCode(code) });

  it.each([
    ['fr', 'je dois aller au CRI dans les 3 mois ?', '4700'],
    ['fr', 'cours de francais gratuit pour le parcours', '4780'],
    ['en', 'where do i register for the integration pathway', '4720'],
    ['nl', 'waar moet ik me inschrijven voor het integratietraject', '4700'],
    ['uk', 'де записатися на інтеграційний курс', '4780'],
  ])('%s "%s" in %s: Info-Integration, never a Walloon CRI, ILI or the Forem', (lang, text, code) => {
    const d = decide(text, lang, code);
    const entry = d.kind === 'answer' ? d.entry : d.kind === 'clarify' ? d.choices[0] : undefined;
    expect(entry?.id).not.toMatch(/wallonia/);
    if (d.kind === 'answer') {
      const ids = d.services.map((s) => s.id);
      expect(ids.some((id) => /^cri-|^ili-|^forem$/.test(id))).toBe(false);
      if (entry?.topic === 'integration-pathway') expect(ids).toContain('info-integration');
    }
  });

  it('sends a jobseeker to the ADG, not the Forem', () => {
    const d = decide('je cherche du travail, je dois m inscrire ou ?', 'fr', '4700');
    expect(d.kind).toBe('answer');
    if (d.kind === 'answer') {
      expect(d.entry.id).toBe('employment-german-speaking');
      expect(d.services.map((s) => s.id)).toContain('adg');
      expect(d.services.map((s) => s.id)).not.toContain('forem');
    }
  });

  it('never answers a Walloon pathway, course or Forem entry there, whatever the question', async () => {
    const { kb } = await realKnowledge();
    const walloon = kb.entries.filter((e) => e.excludePostalCodes?.length);
    expect(walloon.length).toBeGreaterThanOrEqual(6);
    for (const e of walloon) {
      for (const q of e.text.fr.questions) {
        const d = decide(q, 'fr', '4700');
        const ids = d.kind === 'answer' ? [d.entry.id] : d.kind === 'clarify' ? d.choices.map((c) => c.id) : [];
        expect({ q, ids: ids.filter((id) => walloon.some((w) => w.id === id)) }).toEqual({ q, ids: [] });
      }
    }
  });

  it('has the pathway entry in German as well', async () => {
    expect(answerer.entry('integration-pathway-german-speaking')?.text.de?.title).toMatch(/Integrationsparcours/);
    expect(answerer.entry('employment-german-speaking')?.text.de?.title).toMatch(/Arbeitsamt/);
  });
});

describe('services people can reach', () => {
  it.each(['fr', 'en', 'uk', 'ru', 'ar', 'nl'])('shows BON, the Dutch-speaking reception office, to a %s speaker in Brussels', (lang) => {
    const entry = answerer.entry('integration-pathway-brussels-obligation');
    expect(entry).toBeDefined();
    const routed = router.servicesForEntry(entry!, router.placeFromPostalCode('1030'), lang).services.map((s) => s.id);
    expect(routed).toContain('bapa-bon');
    expect(routed.filter((id) => id.startsWith('bapa-')).length).toBeGreaterThanOrEqual(3);
  });

  it('gives the CPAS card its sourced address, or says how to find it', () => {
    const cpas = (code: string) => router.servicesForTopic('cpas', router.placeFromPostalCode(code), 'en').find((s) => s.type === 'cpas');
    const schaerbeek = renderServices(i18n, 'en', [cpas('1030')!]);
    expect(schaerbeek).toContain('Boulevard Auguste Reyers 70');
    expect(schaerbeek).not.toContain(i18n.t('en', 'answer.howToFind.cpas'));
    const ixelles = renderServices(i18n, 'en', [cpas('1050')!]);
    expect(ixelles).toContain("CPAS d'Ixelles");
    expect(ixelles).toContain(i18n.t('en', 'answer.howToFind.cpas'));
  });
});
