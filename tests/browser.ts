// Starts Debian's headless Chromium for end-to-end tests (puppeteer-core: no browser download).
import puppeteer from 'puppeteer-core';
import type {Browser} from 'puppeteer-core';
import {chromiumArgs, chromiumPath} from './chromium.mjs';

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({executablePath: chromiumPath(), headless: true, args: chromiumArgs});
}
