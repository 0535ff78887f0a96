// The concept lexicons shipped with Relais, one per language: matching data (src/crisis/lexicons/<lang>.json).
import type { Lang } from '../../knowledge/types';
import type { DangerLexicon } from '../types';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';
import ru from './ru.json';
import uk from './uk.json';

export const LEXICONS: Readonly<Record<Lang, DangerLexicon>> = {
  fr: fr as DangerLexicon,
  nl: nl as DangerLexicon,
  en: en as DangerLexicon,
  uk: uk as DangerLexicon,
  ru: ru as DangerLexicon,
  ar: ar as DangerLexicon,
};
