import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../../src/extract/markup/positions.js';
import { isCodeScript, splitSfc } from '../../../src/extract/markup/sfc.js';
import { findWebViews } from '../../../src/extract/markup/template.js';

describe('splitSfc', () => {
  it('finds top-level script and template blocks with their offsets', () => {
    const text =
      '<template>\n  <view><template name="x"><text/></template></view>\n</template>\n<script lang="ts">\nconst a = 1 < 2;\n</script>\n<script type="application/json">{}</script>';
    const blocks = splitSfc(text);
    assert.deepEqual(
      blocks.map((b) => b.tag),
      ['template', 'script', 'script'],
    );
    const script = blocks[1];
    assert.ok(script);
    assert.equal(text.slice(script.offset, script.offset + script.content.length), script.content);
    assert.equal(script.content, '\nconst a = 1 < 2;\n');
    assert.equal(script.attrs['lang'], 'ts');
    assert.ok(blocks[0]?.content.includes('<template name="x">'));
    assert.deepEqual(blocks.map(isCodeScript), [false, true, false]);
  });
});

describe('findWebViews', () => {
  const find = (text: string) => findWebViews(text, 0, 'p.wxml', new LineIndex(text));

  it('reads literal, mustache and Vue-bound sources with the attribute position', () => {
    const uses = find(
      '<view>\n  <web-view src="https://a.example.com/x?id={{id}}" />\n  <WebView :src="url"></WebView>\n</view>',
    );
    assert.equal(uses.length, 2);
    assert.deepEqual(uses[0]?.loc, { file: 'p.wxml', line: 2, column: 13 });
    assert.deepEqual(
      uses[0]?.pieces.map((p) => ('text' in p ? `t:${p.text}` : `e:${p.expression}`)),
      ['t:https://a.example.com/x?id=', 'e:id'],
    );
    assert.equal(uses[1]?.tag, 'WebView');
    assert.deepEqual(
      uses[1]?.pieces.map((p) => ('expression' in p ? p.expression : '')),
      ['url'],
    );
  });

  it('ignores image, video, audio and navigator sources', () => {
    assert.deepEqual(
      find(
        '<image src="https://a.example.com"/><video src="https://b.example.com"/><audio src="https://c.example.com"/><navigator url="https://d.example.com"/><web-view bindmessage="m"/>',
      ),
      [],
    );
  });
});

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns', () => {
    const lines = new LineIndex('ab\ncd\n\nef');
    assert.deepEqual(lines.position(0), { line: 1, column: 1 });
    assert.deepEqual(lines.position(4), { line: 2, column: 2 });
    assert.deepEqual(lines.position(7), { line: 4, column: 1 });
  });
});
