// The profile summary docs/performance.md quotes: self and inclusive shares, by function and by area.
import { summarise } from '../../scripts/cpu-profile';

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });

describe('cpu-profile summary', () => {
  it('gives each function its self and inclusive share, a recursive one counted once per sample, and the areas', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2, 5] },
        { id: 2, callFrame: frame('decide', '/x/dist/src/answer/answerer.js'), children: [3] },
        { id: 3, callFrame: frame('walk', '/x/node_modules/botbuilder-core/lib/a.js'), children: [4] },
        { id: 4, callFrame: frame('walk', '/x/node_modules/botbuilder-core/lib/a.js'), children: [] },
        { id: 5, callFrame: frame('(garbage collector)', ''), children: [] },
      ],
      samples: [2, 3, 4, 4, 5],
      timeDeltas: [100, 100, 100, 100, 100],
    };
    const text = summarise(profile, { top: 10 });
    const section = (title: string) => text.split('\n\n').find((s) => s.startsWith(title))!;
    expect(text).toMatch(/^1 ms sampled/);
    expect(section('self time by function')).toContain(' 60.0 %  walk node_modules/botbuilder-core/lib/a.js:1');
    expect(section('self time by function')).toContain(' 20.0 %  decide dist/src/answer/answerer.js:1');
    expect(section('inclusive time by function')).toContain(' 80.0 %  decide dist/src/answer/answerer.js:1');
    expect(section('inclusive time by function')).toContain(' 60.0 %  walk node_modules/botbuilder-core/lib/a.js:1');
    expect(section('self time by area')).toContain(' 60.0 %  dependency botbuilder-core');
    expect(section('self time by area')).toContain(' 20.0 %  src/answer');
  });
});
