// Shared by the print tests (tests/print/): reading a printed PDF back with poppler (pdftotext,
// pdfinfo), an independent reader.
import {execFileSync} from 'node:child_process';

/** Runs one of poppler's tools and returns what it prints; says how to install poppler-utils when it is missing. */
export function poppler(tool: 'pdftotext' | 'pdfinfo', args: string[]): string {
  try {
    return execFileSync(tool, args, {encoding: 'utf8'});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} not found: install poppler-utils (bash tests/setup-debian.sh).`);
    throw error;
  }
}

/** Text with every run of white space as one space, so words wrapped over lines still match. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');
