// The texts the benchmarks send: the twelve questions, or a file of the operator's (`--texts`).
import { readFileSync } from 'node:fs';

/** Questions people ask, in the six chat languages (the load cycles through them). */
export const QUESTIONS: readonly string[] = [
  'Comment obtenir un titre de séjour à Liège ?',
  'Où trouver un cours de français à Namur ?',
  'Waar kan ik Nederlandse les volgen in Brussel?',
  'Hoe vraag ik een leefloon aan bij het OCMW?',
  'How do I register my address at the commune?',
  'I need a doctor but I have no insurance',
  'Як записати дитину до школи?',
  'Де знайти житло в Шарлеруа?',
  'Как получить помощь от CPAS?',
  'Где бесплатная юридическая помощь?',
  'كيف أسجل في دروس اللغة الفرنسية؟',
  'أين أجد طبيبا في بروكسل؟',
];

/** The texts of `--texts`: JSON lines with a `text` or `question` field, or plain lines; `tool` names the command in errors. */
export function readTexts(file: string, tool: string): string[] {
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      if (!line.startsWith('{')) return line;
      const row = JSON.parse(line) as { text?: unknown; question?: unknown };
      return typeof row.text === 'string' ? row.text : typeof row.question === 'string' ? row.question : '';
    })
    .filter(Boolean);
  if (texts.length === 0) throw new Error(`${tool}: --texts ${file} holds no text`);
  return texts;
}
