// Where Debian's Chromium lives and how we start it. No test downloads a browser.
import {existsSync} from 'node:fs';

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error('Chromium not found. Install it with: bash tests/setup-debian.sh (or set CHROMIUM_PATH).');
  }
  return found;
}

// The machine's network is closed: keep Chromium from phoning home, and run as root in CI.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
