import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anchorFor, isAddedLine } from '../../../src/changes/anchors.js';
import {
  addedLinesByFile,
  headPaths,
  normaliseChangedFiles,
  type PullFileRow,
} from '../../../src/changes/changed-files.js';
import { recordingLogger } from '../../../src/logger.js';

const rows: PullFileRow[] = [
  {
    filename: 'pages/a.js',
    status: 'modified',
    patch: '@@ -1,2 +1,3 @@\n a\n+b\n c\n@@ -20,2 +21,2 @@\n x\n-y\n+z',
  },
  {
    filename: 'pages/new.js',
    status: 'renamed',
    previous_filename: 'pages/old.js',
    additions: 0,
    deletions: 0,
  },
  {
    filename: 'pages/moved.js',
    status: 'renamed',
    previous_filename: 'pages/was.js',
    additions: 3,
    deletions: 0,
  },
  { filename: 'gone.js', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
  { filename: 'big.js', status: 'added' },
  { filename: 'bad.js', status: 'modified', patch: 'garbage' },
  { filename: 'copy.js', status: 'copied', patch: '@@ -0,0 +1 @@\n+x' },
];

describe('normaliseChangedFiles', () => {
  const logger = recordingLogger();
  const files = normaliseChangedFiles(rows, logger);
  const byPath = new Map(files.map((f) => [f.path, f]));

  it('normalises statuses and renames', () => {
    assert.equal(byPath.get('pages/new.js')?.basePath, 'pages/old.js');
    assert.equal(byPath.get('pages/new.js')?.kind, 'renamed');
    assert.equal(byPath.get('copy.js')?.kind, 'added');
    assert.equal(byPath.get('gone.js')?.kind, 'removed');
    assert.deepEqual(headPaths({ files, truncated: false }).sort(), [
      'bad.js',
      'big.js',
      'copy.js',
      'pages/a.js',
      'pages/moved.js',
      'pages/new.js',
    ]);
  });

  it('marks files without a usable patch as unknown, with a warning for a malformed one', () => {
    assert.equal(byPath.get('big.js')?.unknownReason, 'no-patch');
    assert.equal(byPath.get('pages/moved.js')?.unknownReason, 'no-patch');
    assert.equal(byPath.get('pages/new.js')?.unknownReason, undefined, 'a pure rename changes nothing');
    assert.equal(byPath.get('bad.js')?.unknownReason, 'malformed-patch');
    assert.ok(logger.messages.some((m) => m.level === 'warning' && m.message.startsWith('bad.js:')));
  });

  it('treats an unknown file as entirely added once its length is known', () => {
    const added = addedLinesByFile({ files, truncated: false }, (p) => (p === 'big.js' ? 3 : undefined));
    assert.deepEqual([...(added.get('big.js') ?? [])], [1, 2, 3]);
    assert.deepEqual([...(added.get('pages/a.js') ?? [])].sort(), [2, 22]);
    assert.equal(added.has('gone.js'), false);
  });

  it('validates anchors against the patch: RIGHT side, same hunk, start before end', () => {
    const a = byPath.get('pages/a.js');
    assert.deepEqual(anchorFor(a, 2), { path: 'pages/a.js', line: 2 });
    assert.deepEqual(anchorFor(a, 1), { path: 'pages/a.js', line: 1 }, 'context lines are valid');
    assert.equal(anchorFor(a, 10), undefined, 'between hunks');
    assert.deepEqual(anchorFor(a, 1, 3), { path: 'pages/a.js', line: 3, startLine: 1 });
    assert.deepEqual(anchorFor(a, 2, 22), { path: 'pages/a.js', line: 22 }, 'a range over two hunks shrinks');
    assert.deepEqual(anchorFor(a, 3, 3), { path: 'pages/a.js', line: 3 }, 'never start_line == line');
    assert.equal(anchorFor(byPath.get('big.js'), 1), undefined, 'unknown diff');
    assert.equal(anchorFor(byPath.get('gone.js'), 1), undefined, 'removed file');
    assert.equal(anchorFor(undefined, 1), undefined);
    assert.equal(isAddedLine(a, 2), true);
    assert.equal(isAddedLine(a, 1), false);
  });
});
