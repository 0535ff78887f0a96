// Weekly usage series of the console dashboard.
import { byWeek, weekOf } from '../../src/console/dashboard';

describe('dashboard weeks', () => {
  it('names a week by its Monday', () => {
    expect(weekOf('2026-12-04')).toBe('2026-11-30'); // a Friday
    expect(weekOf('2026-11-30')).toBe('2026-11-30');
    expect(weekOf('2026-12-06')).toBe('2026-11-30'); // Sunday
    expect(weekOf('nonsense')).toBe('unknown');
  });

  it('adds counts per week and dimension, keeping the last weeks only', () => {
    const rows = [
      { day: '2026-11-30', lang: 'fr', outcome: 'answered', count: 2 },
      { day: '2026-12-02', lang: 'ar', outcome: 'fallback', count: 1 },
      { day: '2026-12-08', lang: 'fr', outcome: 'answered', count: 5 },
      { day: '2026-10-01', lang: 'fr', outcome: 'answered', count: 9 },
    ];
    const w = byWeek(rows, 2);
    expect(w.weeks).toEqual(['2026-11-30', '2026-12-07']);
    expect(w.series('outcome')).toEqual({ answered: [2, 5], fallback: [1, 0] });
    expect(w.series('lang')).toEqual({ fr: [2, 5], ar: [1, 0] });
  });
});
