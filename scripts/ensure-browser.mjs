#!/usr/bin/env node
// Makes sure a Chromium is there for the browser tests; on Debian as root it installs the `chromium` package.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findChromium } from './browser-path.mjs';

function isDebian() {
  try {
    return existsSync('/etc/debian_version') || /ID(_LIKE)?=.*debian/.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

let found = findChromium();
if (!found && process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  process.exit(1);
}
if (!found && isDebian() && process.getuid?.() === 0) {
  console.log("No Chromium found: installing Debian's chromium package (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  found = findChromium();
}
if (!found) {
  console.error(
    [
      'No Chromium for the browser tests.',
      'Set CHROMIUM_PATH to a Chromium or Chrome binary, or install one:',
      '  Debian/Ubuntu: sudo apt-get install chromium',
      '  elsewhere:     npx playwright install chromium',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Browser tests use ${found}`);
