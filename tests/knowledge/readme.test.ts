// knowledge/README.md is what associations copy from: its complete entry and service examples must validate.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblem, loadKnowledge } from '../../src/loaders/knowledgeFiles';

const ROOT = path.join(__dirname, '..', '..');

it('the README examples pass validation', async () => {
  const readme = readFileSync(path.join(ROOT, 'knowledge', 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
  expect(blocks).toHaveLength(2);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'relais-readme-'));
  try {
    const kb = path.join(tmp, 'knowledge');
    mkdirSync(path.join(kb, 'entries'), { recursive: true });
    mkdirSync(path.join(kb, 'services'), { recursive: true });
    writeFileSync(path.join(kb, 'entries', 'example.yaml'), blocks[0]);
    writeFileSync(path.join(kb, 'services', 'example.yaml'), blocks[1]);
    copyFileSync(path.join(__dirname, '..', 'fixtures', 'knowledge', 'valid', 'entries', 'emergency.yaml'), path.join(kb, 'entries', 'emergency.yaml'));
    copyFileSync(path.join(__dirname, '..', 'fixtures', 'knowledge', 'valid', 'services', 'services.yaml'), path.join(kb, 'services', 'fixture.yaml'));
    writeFileSync(
      path.join(kb, 'services', 'swcs.yaml'),
      'id: swcs\ntype: housing\nname: SWCS\ndescription: { fr: "x", en: "x" }\nterritory: { regions: [wallonia] }\ntopics: [housing]\nsources: [{ seed: a.txt }]\nverified: false\n',
    );
    const { problems } = await loadKnowledge(kb);
    const errors = problems.filter((p) => p.severity === 'error').map(formatProblem);
    // The README's service reuses the id cri-namur of the fixture: the only expected error is that duplicate.
    expect(errors).toEqual([expect.stringMatching(/duplicate service id "cri-namur"/)]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
