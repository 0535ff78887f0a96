// Without a MongoDB server here, this checks the one piece of MongoDB logic that is not the driver's: the
// translation of engine filters into queries, evaluated by a tiny matcher for the operators the engine uses.
import type { Envelope, Filter } from '../../src/store/engine';
import { matches } from '../../src/store/memoryEngine';
import { toDoc, toFilter, type MongoDoc } from '../../src/store/mongoEngine';

type Query = Record<string, unknown>;

function evaluate(doc: MongoDoc, query: Query): boolean {
  return Object.entries(query).every(([field, cond]) => {
    if (field === '$and') return (cond as Query[]).every((q) => evaluate(doc, q));
    const value = (doc as unknown as Record<string, unknown>)[field];
    if (cond !== null && typeof cond === 'object' && !(cond instanceof Date)) {
      return Object.entries(cond as Query).every(([op, arg]) => {
        switch (op) {
          case '$in':
            return (arg as unknown[]).includes(value);
          case '$gt':
            return typeof value === 'number' && value > (arg as number);
          case '$lt':
            return value instanceof Date && value.getTime() < (arg as Date).getTime();
          case '$regex':
            return typeof value === 'string' && new RegExp(arg as string).test(value);
          default:
            throw new Error(`operator ${op} not expected`);
        }
      });
    }
    return value === cond;
  });
}

const at = (d: string): Date => new Date(`2026-03-${d}T00:00:00.000Z`);
const docs: Envelope[] = [
  { id: 'a', data: 1, userId: 'u1', ref: 'c1', seq: 0, at: at('01') },
  { id: 'a.b', data: 2, userId: 'u2', ref: 'c1', seq: 1, at: at('05') },
  { id: 'ab', data: 3, ref: 'c2', seq: 2 },
  { id: 'x(y', data: 4, userId: 'u1', at: at('10') },
];

const filters: Filter[] = [
  {},
  { id: 'a' },
  { userId: 'u1' },
  { ref: 'c1' },
  { refIn: ['c1', 'c2'] },
  { refIn: [] },
  { idPrefix: 'a.' },
  { idPrefix: 'x(' },
  { seqGt: 0 },
  { ref: 'c1', seqGt: 0 },
  { atBefore: at('06') },
  { userId: 'u1', atBefore: at('06') },
  { id: 'a', idPrefix: 'a' },
];

test.each(filters.map((f) => [JSON.stringify(f), f] as const))('the MongoDB query for %s selects what the engine contract says', (_name, filter) => {
  const expected = docs.filter((d) => matches(d, filter)).map((d) => d.id);
  const actual = docs.filter((d) => evaluate(toDoc(d), toFilter(filter) as Query)).map((d) => d.id);
  expect(actual).toEqual(expected);
});
