// The rig of an end-to-end test file (tests/e2e/, tests/print/): a server over the file's mounts and
// Chromium, started in its `before` hook and stopped in its `after` hook, together with whatever else
// the file started (the test LRS).
import type {Browser} from 'puppeteer-core';
import {startServer} from '../../packages/cli/src/server.js';
import type {Resolver, RunningServer} from '../../packages/cli/src/server.js';
import {launchChromium} from '../browser.js';

export interface Rig {
  server: RunningServer;
  browser: Browser;
}

/** Serves `mounts` (on a free port) and starts Chromium; when Chromium fails to start, stops the server again. */
export async function startRig(mounts: Record<string, Resolver>): Promise<Rig> {
  const server = await startServer(mounts);
  try {
    return {server, browser: await launchChromium()};
  } catch (error) {
    await server.close();
    throw error;
  }
}

/**
 * Stops, in order, what a test file started (Chromium first, then the server, then the LRS): each of
 * them, even when one before it fails to stop (the first failure is rethrown), and skips what never
 * started (a `before` hook that failed half-way).
 */
export async function stopAll(...running: ({close(): Promise<unknown>} | undefined)[]): Promise<void> {
  const failures: unknown[] = [];
  for (const thing of running) {
    try {
      await thing?.close();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw failures[0];
}
