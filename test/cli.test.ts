// The `depesche` command as an administrator uses it: help, migrate, seed, user add, and clear errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { openDatabase } from '../src/db/database.ts';
import { verifyPassword } from '../src/services/password-service.ts';

const BIN = new URL('../bin/depesche.js', import.meta.url).pathname;

function depesche(args: string[], env: Record<string, string> = {}, input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '', ...env }, input, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout + result.stderr };
}

test('depesche --help lists the commands, and every command has its own help', () => {
  const help = depesche(['--help']);
  assert.equal(help.code, 0);
  for (const command of ['serve', 'migrate', 'seed', 'user add']) assert.match(help.out, new RegExp(`^  ${command} `, 'm'));
  for (const command of [['serve'], ['migrate'], ['seed'], ['user', 'add']]) {
    const sub = depesche([...command, '--help']);
    assert.equal(sub.code, 0, command.join(' '));
    assert.match(sub.out, new RegExp(`^Usage: depesche ${command.join(' ')}`, 'm'));
  }
  const unknown = depesche(['frobnicate']);
  assert.equal(unknown.code, 1);
  assert.match(unknown.out, /Unknown command "frobnicate"/);
});

test('bad configuration is refused with one clear line per bad value', () => {
  const result = depesche(['migrate'], { PORT: 'eighty', PUBLIC_URL: 'not a url', DATABASE_URL: 'mysql://x/y', PAGE_CACHE: 'perhaps' });
  assert.equal(result.code, 78);
  assert.match(result.out, /PORT must be a whole number from 0 to 65535, got "eighty"/);
  assert.match(result.out, /PUBLIC_URL must be an absolute http\(s\) URL/);
  assert.match(result.out, /DATABASE_URL must be postgres:\/\/… or a SQLite file path/);
  assert.match(result.out, /PAGE_CACHE must be true or false, got "perhaps"/);
});

test('migrate, seed and user add prepare a database for the newsroom', async () => {
  const file = join(tmpdir(), `depesche-cli-${process.pid}-${Date.now()}.sqlite`);
  const env = { DATABASE_URL: file };
  assert.equal(depesche(['migrate'], env).code, 0);
  const seeded = depesche(['seed'], env);
  assert.equal(seeded.code, 0, seeded.out);
  assert.match(seeded.out, /Seeded the demo agency: \d+ stories, \d+ articles/);
  assert.match(depesche(['seed'], env).out, /has content already; nothing seeded/);

  const added = depesche(['user', 'add', '--email', 'Chief@Agency.example', '--name', 'Anna Kowal', '--role', 'admin'], env, 'correct horse battery staple\n');
  assert.equal(added.code, 0, added.out);
  assert.match(added.out, /Created admin chief@agency\.example/);
  const handle = openDatabase(file);
  try {
    const user = await handle.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    assert.equal(user.email, 'chief@agency.example');
    assert.ok(!user.password_hash.includes('correct horse'), 'the password is stored hashed');
    assert.ok(await verifyPassword('correct horse battery staple', user.password_hash));
    assert.ok(!(await verifyPassword('wrong password here', user.password_hash)));
  } finally {
    await handle.close();
  }

  const duplicate = depesche(['user', 'add', '--email', 'chief@agency.example', '--role', 'editor'], { ...env, DEPESCHE_PASSWORD: 'another long password' });
  assert.equal(duplicate.code, 65);
  assert.match(duplicate.out, /exists already/);
  const badRole = depesche(['user', 'add', '--email', 'x@agency.example', '--role', 'emperor'], { ...env, DEPESCHE_PASSWORD: 'another long password' });
  assert.match(badRole.out, /role must be one of contributor, editor, chief, admin/);
  const shortPassword = depesche(['user', 'add', '--email', 'y@agency.example', '--role', 'editor'], { ...env, DEPESCHE_PASSWORD: 'short' });
  assert.match(shortPassword.out, /at least 12 characters/);
  const missing = depesche(['user', 'add', '--role', 'editor'], env);
  assert.equal(missing.code, 64);
  assert.match(missing.out, /--email and --role are required/);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
});
