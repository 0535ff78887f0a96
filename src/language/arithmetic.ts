/**
 * Whether a message holds a sum to work out ("2x + 5 = 17", "3/4 + 2/5", "12*7=?", "٣ + ٤"): homework, a subject
 * Relais does not cover, in any language and script. Words cannot tell it ("homework" is a topic Relais covers,
 * "équation" is also a diploma's equivalence in Arabic); the operator between two terms can.
 *
 * A term is a number (Latin or Arabic-Indic digits, with a decimal or fraction, perhaps a letter after it: "2x") or a
 * letter alone (x, y, n). Phone numbers ("+32 470…") have no term before the plus, ages ("18+") none after it, and
 * dates ("12/05") and ranges ("9-17h") have no operator between two terms: a dash is not counted.
 */
const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const NUMBER = `${DIGIT}+(?:[.,/]${DIGIT}+)?`;
const TERM = `(?:${NUMBER}\\s*[a-z]?|\\b[a-z]\\b)`;
const SUM = new RegExp(`${TERM}\\s*[+×*÷=^]\\s*(?:${NUMBER}|\\b[a-z]\\b(?!\\s*[a-z]))`, 'iu');

export function asksArithmetic(text: string): boolean {
  return SUM.test(text);
}

/**
 * Words that say a message is a child's exercise: homework, an exercise, a problem in maths or physics, six languages.
 * Alone they are a topic Relais covers (homework schools); with a quantity of an exercise (below) they are homework.
 */
const EXERCISE = /(?:^|[^\p{L}])(?:devoirs?|exercices?|exos?|maths?|physique|huiswerk|oefening|opgave|wiskunde|homework|exercise|physics|домашн\p{L}*|задач\p{L}*|завдан\p{L}*|математик\p{L}*|фізик\p{L}*|физик\p{L}*|واجب|الواجب|تمرين|مسألة|رياضيات|الرياضيات|فيزياء)(?![\p{L}])/iu;
/** A speed (a train leaving at 90 km/h) or a capital to name: what school exercises ask, never what Relais's topics do. */
const EXERCISE_QUANTITY = /\d\s*(?:km\s*\/\s*h|km\/u|kmh|mph|км\s*\/\s*ч|км\s*\/\s*год|كم\s*\/\s*س)|(?:capital of|capitale de|capitale du|hoofdstad van|столиц\p{L}*|عاصمة)/iu;

/**
 * Whether a message is a school exercise to solve ("un train part de Namur à 8h à 90 km/h…", "what's the capital of
 * Australia? for my daughter's homework", "задача по физике: скорость 60 км/ч"): homework Relais does not do.
 */
export function asksExercise(text: string): boolean {
  return (EXERCISE.test(text) && EXERCISE_QUANTITY.test(text)) || SCHOOL_TASK.test(text);
}

/**
 * A school task named by what it asks, which no topic of Relais does: a verb to conjugate, an essay or composition to
 * write ("conjugue le verbe aller au présent", "écris une rédaction sur tes vacances", "написати твір"); not "la rédaction
 * de mon CV", which is work.
 */
const SCHOOL_TASK =
  /(?:^|[^\p{L}])(?:conjugue[rz]?|conjugaison|conjugate|vervoeg|vervoegen|проспрягать|спрягать|відмінюва\p{L}*|une r[ée]daction|essay|opstel|твір|твори|сочинение|сочинения|موضوع تعبير)(?![\p{L}])/iu;
