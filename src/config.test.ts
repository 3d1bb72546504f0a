import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig, ConfigError } from './config.ts';

test('defaults serve on 127.0.0.1:3000 over ./data/depesche.sqlite', () => {
  const config = loadConfig({});
  assert.equal(config.port, 3000);
  assert.equal(config.host, '127.0.0.1');
  assert.equal(config.databaseUrl, './data/depesche.sqlite');
  assert.equal(config.publicUrl, 'http://localhost:3000');
  assert.ok(Object.isFrozen(config));
});

test('PUBLIC_URL loses its trailing slash, and postgres URLs are accepted', () => {
  const config = loadConfig({ PUBLIC_URL: 'https://news.example.org/', DATABASE_URL: 'postgres://u:p@db/news', PORT: '8080' });
  assert.equal(config.publicUrl, 'https://news.example.org');
  assert.equal(config.port, 8080);
});

test('every bad value is reported at once, and passwords in URLs are not echoed', () => {
  assert.throws(() => loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://root:secret@db/x', LOG_LEVEL: 'loud' }), (err: unknown) => {
    assert.ok(err instanceof ConfigError);
    assert.equal(err.problems.length, 3);
    assert.ok(!err.message.includes('secret'));
    return true;
  });
});
