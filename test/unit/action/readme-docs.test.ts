import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { enCatalog, zhCatalog } from '../../../src/i18n/catalog.js';
import { docKey, inputsTable, outputsTable, readActionMetadata } from '../../../scripts/gen-readme-inputs.js';
import { updateSections } from '../../../scripts/readme-sections.js';
import { ROOT } from '../../integration/action/harness.js';

describe('README inputs and outputs tables', () => {
  it('have a description in both languages for every input and output, the English one equal to action.yml', async () => {
    const action = await readActionMetadata(join(ROOT, 'action.yml'));
    for (const [kind, entries] of [
      ['input', action.inputs],
      ['output', action.outputs],
    ] as const) {
      for (const [name, spec] of Object.entries(entries)) {
        const key = docKey(kind, name);
        assert.equal(
          enCatalog[key],
          spec.description.trim().replace(/\s+/g, ' '),
          `${key} differs from action.yml`,
        );
        assert.ok(zhCatalog[key], `${key} has no Chinese text`);
      }
    }
    const docKeys = Object.keys(enCatalog).filter((k) => k.startsWith('github.doc.'));
    assert.equal(
      docKeys.length,
      Object.keys(action.inputs).length + Object.keys(action.outputs).length,
      'no stale doc keys',
    );
  });

  it('render every input with its default, and are up to date in both READMEs', async () => {
    const action = await readActionMetadata(join(ROOT, 'action.yml'));
    const en = inputsTable(action, 'en');
    assert.match(en, /\| `github-token` \| `\$\{\{ github\.token \}\}` \| Token for the GitHub API/);
    assert.match(en, /\| `monthly-change-limit` \| `5` \|/);
    assert.match(outputsTable(action, 'zh-CN'), /\| `sarif-file` \| SARIF 2\.1\.0 格式报告的路径/);
    for (const [file, lang] of [
      ['README.md', 'en'],
      ['README.zh-CN.md', 'zh-CN'],
    ] as const) {
      const fresh = await updateSections(
        join(ROOT, file),
        { inputs: inputsTable(action, lang), outputs: outputsTable(action, lang) },
        true,
      );
      assert.ok(fresh, `${file} is stale: run npm run docs`);
    }
  });
});
