// IPTC's ninjs 2.2 and 3.1 JSON schemas (draft 2020-12) compiled once, for tests that check what clients receive.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type { NinjsVersion } from '../../src/wire/ninjs.ts';

const STANDARDS = new URL('../../../shared/standards/ninjs/', import.meta.url);
const readJson = (name: string) => JSON.parse(readFileSync(new URL(name, STANDARDS), 'utf8'));

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajvFormats.default(ajv);
ajv.addSchema(readJson('test_suite/GeoJSON-schema.json'));
const validators = {
  '2.2': ajv.compile(readJson('ninjs-schema_2.2.json')),
  '3.1': ajv.compile(readJson('ninjs-schema_3.1.json')),
};

export function assertValidNinjs(version: NinjsVersion, item: unknown, what = 'item'): void {
  const validate = validators[version];
  const ok = validate(item);
  assert.ok(ok, `${what} is not valid ninjs ${version}: ${ajv.errorsText(validate.errors, { separator: '\n' })}\n${JSON.stringify(item).slice(0, 1500)}`);
}
