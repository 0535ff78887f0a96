// A keyword-driven AnswererPort over the fixture entries: answer, clarify or fallback, and postal-code routing.
import type { AnswerDecision, AnswerRequest, AnswererPort } from '../../../src/answer/types';
import type { RouterPort } from '../../../src/routing/router';
import type { Entry, Place, RoutedService, Status, Topic } from '../../../src/knowledge/types';
import { CPAS_APPOINTMENT, EMERGENCY_ENTRY, ENTRIES, INTEGRATION_BRUSSELS, INTEGRATION_WALLONIA, TEMPORARY_PROTECTION_AID } from '../fixtures/entries';

const PLACES: Record<string, Place> = {
  '1030': { postalCode: '1030', commune: 'schaerbeek', communeName: 'Schaerbeek', province: 'brussels-capital', region: 'brussels' },
  '5000': { postalCode: '5000', commune: 'namur', communeName: 'Namur', province: 'namur', region: 'wallonia' },
  '9000': { postalCode: '9000', commune: 'gent', communeName: 'Gent', province: 'east-flanders', region: 'flanders' },
};

/** Names people write for the fixture communes, in the six languages (the real index knows many more). */
const NAMES: Record<string, string[]> = {
  '1030': ['schaerbeek', 'schaarbeek', 'схарбек', 'سكاربيك'],
  '5000': ['namur', 'namen', 'намюр', 'نامور'],
  '9000': ['gent', 'gand'],
};

const CPAS_WORDS = ['cpas', 'ocmw', 'rendez-vous', 'afspraak', 'appointment', 'прийом', 'приём', 'موعد'];
const INTEGRATION_WORDS = ['intégration', 'integration', 'inburgering', 'integratie', 'інтеграц', 'интеграц', 'اندماج', 'الاندماج'];
const PROTECTION_WORDS = ['protection temporaire', 'temporary protection'];
/** Words that hint at temporary protection without stating it (as the real answerer's `statusHints`). */
const UKRAINE_WORDS = ['ukrain'];

/** Words that bring crisis entries nearest without the crisis phrases: a fallback whose topic is "emergency". */
const UNSURE_CRISIS_WORDS = ['ne bouge plus', 'beweegt niet', 'not moving', 'не рухається', 'не двигается', 'لا يتحرك'];

const has = (text: string, words: string[]) => words.some((w) => text.toLowerCase().includes(w));

export const HELPLINE: RoutedService = { id: 'helpline-112', type: 'emergency', name: '112', contact: { phone: '112' }, verified: true };

/** The CPAS of the commune: the answer of every routing question in these tests. */
export function cpasOf(place: Place): RoutedService {
  return { id: `cpas:${place.commune}`, type: 'cpas', name: `CPAS ${place.communeName}`, verified: false };
}

export class FakeAnswerer implements AnswererPort, RouterPort {
  readonly requests: AnswerRequest[] = [];

  decide(req: AnswerRequest): AnswerDecision {
    this.requests.push(req);
    if (has(req.text, PROTECTION_WORDS) || has(req.text, UKRAINE_WORDS)) {
      return { kind: 'answer', entry: TEMPORARY_PROTECTION_AID, textLang: req.lang, confidence: 0.9, services: [], needsPlace: false };
    }
    // Both needs in one question: the person chooses (the answerer's "rivals"), each entry fitting the named place.
    if (has(req.text, CPAS_WORDS) && has(req.text, INTEGRATION_WORDS)) {
      // As the real answerer does: a served town the question names is the place the choices are for.
      const named = this.placeFromText(req.text);
      const place = req.place ?? (named?.region === 'flanders' ? undefined : named);
      return { kind: 'clarify', choices: [INTEGRATION_WALLONIA, CPAS_APPOINTMENT], confidence: 0.5, place };
    }
    if (has(req.text, CPAS_WORDS)) {
      const routed = this.servicesForEntry(CPAS_APPOINTMENT, req.place);
      return { kind: 'answer', entry: CPAS_APPOINTMENT, textLang: req.lang, confidence: 0.9, ...routed };
    }
    if (has(req.text, INTEGRATION_WORDS)) return { kind: 'clarify', choices: [INTEGRATION_WALLONIA, INTEGRATION_BRUSSELS], confidence: 0.5 };
    if (has(req.text, UNSURE_CRISIS_WORDS)) return { kind: 'fallback', topic: 'emergency', confidence: 0.2, services: [HELPLINE] };
    return { kind: 'fallback', confidence: 0.1, services: [] };
  }

  emergency(): { entry: Entry; services: RoutedService[] } {
    return { entry: EMERGENCY_ENTRY, services: [HELPLINE] };
  }

  statusesIn(text: string): { stated: Set<Status>; hinted: Set<Status> } {
    const stated = has(text, PROTECTION_WORDS) ? new Set<Status>(['temporary-protection']) : new Set<Status>();
    const hinted = has(text, UKRAINE_WORDS) ? new Set<Status>(['temporary-protection']) : new Set<Status>();
    return { stated, hinted: new Set([...stated, ...hinted]) };
  }

  entry(id: string): Entry | undefined {
    return ENTRIES.find((e) => e.id === id);
  }

  servicesForEntry(entry: Entry, place?: Place): { services: RoutedService[]; needsPlace: boolean } {
    const office = entry.serviceTypes?.find((t) => t === 'cri' || t === 'bapa');
    if (office) {
      return { services: place ? [{ id: `${office}:${place.commune}`, type: office, name: `${office.toUpperCase()} ${place.communeName}`, verified: false }] : [], needsPlace: false };
    }
    if (!entry.serviceTypes?.includes('cpas')) return { services: [], needsPlace: false };
    return place ? { services: [cpasOf(place)], needsPlace: false } : { services: [], needsPlace: true };
  }

  servicesForTopic(topic: Topic | undefined, place?: Place): RoutedService[] {
    void topic;
    return place ? [cpasOf(place)] : [];
  }

  placeFromText(text: string): Place | undefined {
    const code = /\b(\d{4})\b/.exec(text)?.[1];
    if (code) return PLACES[code];
    const lower = text.toLowerCase();
    const code2 = Object.keys(NAMES).find((c) => NAMES[c].some((n) => lower.includes(n)));
    return code2 ? PLACES[code2] : undefined;
  }

  emergencyServices(): RoutedService[] {
    return [HELPLINE];
  }

  placeFromWrittenCode(text: string): Place | undefined {
    const code = /\b(\d{4})\b/.exec(text)?.[1];
    return code ? PLACES[code] : undefined;
  }

  placeFromPostalCode(code: string): Place | undefined {
    return PLACES[code];
  }
}

/** One keyword fake as both the answerer and the router of a bot's deps. */
export function fakeKnowledge(): { answerer: FakeAnswerer; router: FakeAnswerer } {
  const fake = new FakeAnswerer();
  return { answerer: fake, router: fake };
}
