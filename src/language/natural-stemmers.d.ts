// Types for the individual `natural` stemmer modules, imported one by one to avoid loading all of `natural`.
declare module 'natural/lib/natural/stemmers/*' {
  const stemmer: { stem(word: string): string };
  export = stemmer;
}
