/**
 * What `upstander serve` serves: the catalogue of lessons and tracks, every package unpacked (so it can
 * be played standalone or launched in a preview LMS), every zip for download, the preview LMS pages,
 * and the component demo (every element, individual and classroom) under /components/.
 * Packages are built on first request and kept, so the demo starts at once.
 */
import {FORMATS, lessonSource, outputPath, packageFiles, trackSources, zip} from '@upstander/packager';
import type {Format, PackageSource, SourceOptions} from '@upstander/packager';
import {componentsDemo} from './components-demo.js';
import {composerMounts} from './composer.js';
import type {Library} from './lessons.js';
import {cataloguePage} from './pages.js';
import {previewLmsMounts} from './preview.js';
import type {PreviewLrs} from './preview.js';
import {cardMaker} from '@upstander/campaign/card-maker';
import {memory} from './server.js';
import type {Resolver} from './server.js';

/** Every lesson (with its translations) and every track (in each language it can be built in) as package sources. */
export function librarySources(library: Library, options: SourceOptions = {}): PackageSource[] {
  return [
    ...library.lessons.map((lesson) => lessonSource(lesson, options, library.lessons)),
    ...library.tracks.flatMap((track) => trackSources(track, [...library.lessons, ...(library.supporting ?? [])], options)),
  ];
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** The mounts of the demo server for these sources; with an LRS, the xAPI and cmi5 previews too. */
export function demoMounts(sources: readonly PackageSource[], options: {lrs?: PreviewLrs; library?: Library} = {}): Record<string, Resolver> {
  const mounts: Record<string, Resolver> = {
    ...previewLmsMounts({sources, ...(options.lrs ? {lrs: options.lrs} : {})}),
    '/': memory(new Map([['index.html', new TextEncoder().encode(cataloguePage(sources, {withLrs: options.lrs !== undefined, withComposer: options.library !== undefined}))]])),
  };
  const downloads = new Map<string, () => Uint8Array>();
  for (const source of sources) {
    for (const format of FORMATS) {
      const files = lazy(() => new Map(packageFiles(source, format).map((f) => [f.path, f.data])));
      mounts[`/${format}/${source.info.name}/`] = (path) => memory(files())(path);
      if (!outputPath(source, format).includes('/')) {
        downloads.set(outputPath(source, format), lazy(() => zip(packageFiles(source, format as Format))));
      }
    }
  }
  mounts['/download/'] = (path) => downloads.get(path)?.();
  mounts['/components/'] = componentsDemo();
  if (options.library) Object.assign(mounts, composerMounts(options.library));
  mounts['/kaartenmaker/'] = cardMaker();
  return mounts;
}
