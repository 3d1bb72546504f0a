import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sanitizeBody, bodyText } from './body-html.ts';

test('bodies keep the documented subset and lose scripts, handlers and javascript: links', () => {
  const dirty = '<p onclick="x()">Hi <a href="javascript:alert(1)">x</a> <a href="https://a.example/">y</a></p><script>alert(1)</script><blockquote><p>Q</p></blockquote><iframe src="https://e.example"></iframe>';
  assert.equal(sanitizeBody(dirty), '<p>Hi <a rel="noopener">x</a> <a href="https://a.example/" rel="noopener">y</a></p><blockquote><p>Q</p></blockquote>');
});

test('plain text of a body has no markup and single spaces', () => {
  assert.equal(bodyText('<p>One &amp; two</p><p>&lt;b&gt;</p>\n<p>three</p>'), 'One & two <b> three');
});
