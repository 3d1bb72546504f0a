#!/usr/bin/env node
// Entry point of the `depesche` command; the TypeScript sources run natively on Node.js 24.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(`depesche needs Node.js 24 or newer (this is ${process.version}); run it through npm (npm run depesche -- …) to use the project's Node.\n`);
  process.exit(1);
}
const { run } = await import('../src/cli/main.ts');
const code = await run(process.argv.slice(2), process.env, (line) => process.stdout.write(line.endsWith('\n') ? line : `${line}\n`));
if (code !== -1) process.exitCode = code;
