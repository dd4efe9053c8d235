#!/usr/bin/env node
// `npx bangfu` looks in node_modules/.bin, where npm never links a package's own bin: link it.
import { chmodSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = join(root, 'src', 'cli', 'bin.mjs');
const link = join(root, 'node_modules', '.bin', 'bangfu');
mkdirSync(dirname(link), { recursive: true });
rmSync(link, { force: true });
symlinkSync(relative(dirname(link), target), link);
chmodSync(target, 0o755);
