#!/usr/bin/env node
import { runCli } from './cli/main.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTty: process.stdout.isTTY === true,
});
process.exitCode = code;
