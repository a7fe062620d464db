import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {kerndoel} from '@upstander/curriculum';
import {buildCmi5, cmi5Xml, lessonSource, trackSources} from '../src/index.js';
import {chunkClosure, count, english, isAbsoluteIri, lesson, modulePreloads, path, track, unscored, unzip, validateXml, withoutChunks, xpath} from './helpers.js';

// There is no official cmi5 CourseStructure.xsd in any npm package we could use, so the course
// structure is checked against the spec's rules as we wrote them down (test/rules/cmi5-course-structure.xsd)
// plus the rules below that an XSD cannot express (cmi5 spec §13 and §14).
const root = `/${path('courseStructure')}`;
const au = `${root}/${path('au')}`;

/** Every rule of cmi5 §13/§14 we check, for one package. */
function checkPackage(zip: Uint8Array): string {
  const inside = unzip(zip);
  const xml = inside.text('cmi5.xml');
  const result = validateXml(xml, 'cmi5');
  assert.ok(result.ok, result.output);
  // IRIs in the course structure are fully qualified (§3 definitions: "IRI's in this spec MUST be fully qualified").
  const iris = [...xpath(xml, `${root}/${path('course')}/@id`), ...xpath(xml, `${au}/@id`), ...xpath(xml, `//${path('objective')}/@id`)];
  for (const iri of iris) assert.ok(isAbsoluteIri(iri), `${iri} is an absolute IRI`);
  // Media in the zip use relative URLs (§14.1), and they are in the zip.
  for (const url of xpath(xml, `${au}/${path('url')}/text()`)) {
    assert.ok(!/^[a-z]+:/i.test(url), `${url} is relative`);
    assert.ok(inside.names.includes(url), `${url} is in the zip`);
  }
  // The course is not one of its AUs.
  assert.ok(!xpath(xml, `${au}/@id`).includes(xpath(xml, `${root}/${path('course')}/@id`)[0]!));
  return xml;
}

describe('cmi5 package (cmi5.xml)', () => {
  it('is deterministic and holds cmi5.xml at the root beside the content', () => {
    assert.deepEqual(buildCmi5(lesson), buildCmi5(lesson));
    assert.deepEqual(withoutChunks(unzip(buildCmi5(lesson)).names), ['cmi5.xml', 'handleiding.html', 'index.html', 'lesson.json', 'upstander.js']);
  });

  it('follows the course-structure rules: a course with one AU for a lesson', () => {
    const xml = checkPackage(buildCmi5(lesson));
    assert.equal(count(xml, au), 1);
    assert.deepEqual(xpath(xml, `${au}/@id`), ['https://w3id.org/xapi/upstander/lessons/g78-online-respect']);
    assert.deepEqual(xpath(xml, `${root}/${path('course')}/@id`), ['https://w3id.org/xapi/upstander/courses/g78-online-respect']);
    assert.deepEqual(xpath(xml, `${au}/@launchMethod`), ['AnyWindow']);
    assert.deepEqual(xpath(xml, `${au}/@moveOn`), ['CompletedOrPassed']);
    assert.deepEqual(xpath(xml, `${au}/${path('url')}/text()`), ['index.html']);
  });

  it('has a masteryScore only for a scored lesson with a pass mark', () => {
    assert.deepEqual(xpath(cmi5Xml(lesson), `${au}/@masteryScore`), []);
    const scored = cmi5Xml(lessonSource(lesson, {masteryScore: 80}));
    assert.deepEqual(xpath(scored, `${au}/@masteryScore`), ['0.8']);
    assert.ok(validateXml(scored, 'cmi5').ok);
    assert.deepEqual(xpath(cmi5Xml(lessonSource(unscored, {masteryScore: 80})), `${au}/@masteryScore`), []);
  });

  it('declares the kerndoelen as objectives (id: the SLO URI) that the AU references', () => {
    const xml = cmi5Xml(lesson);
    const uris = lesson.kerndoelen.map((id) => kerndoel(id)!.uri);
    assert.deepEqual(xpath(xml, `${root}/${path('objectives', 'objective')}/@id`), uris);
    assert.deepEqual(xpath(xml, `${au}/${path('objectives', 'objective')}/@idref`), uris);
    assert.deepEqual(xpath(xml, `${root}/${path('objectives', 'objective', 'title', 'langstring')}/text()`), lesson.kerndoelen);
    const description = xpath(xml, `${au}/${path('description', 'langstring')}`).join('\n');
    for (const uri of uris) assert.ok(description.includes(uri));
  });

  it('has a title and a description per language', () => {
    const xml = cmi5Xml(lessonSource(lesson, {}, [english]));
    assert.deepEqual(xpath(xml, `${au}/${path('title', 'langstring')}/@lang`), ['nl', 'en']);
    assert.deepEqual(xpath(xml, `${au}/${path('title', 'langstring')}/text()`), [lesson.title, english.title]);
    assert.deepEqual(xpath(xml, `${root}/${path('course', 'description', 'langstring')}/@lang`), ['nl', 'en']);
  });

  it('makes a track a course with one AU per lesson, each launched from its own page', () => {
    const [source] = trackSources(track, [lesson, unscored], {masteryScore: 50});
    const xml = checkPackage(buildCmi5(source!));
    assert.deepEqual(xpath(xml, `${root}/${path('course')}/@id`), ['https://w3id.org/xapi/upstander/tracks/proef-leerlijn']);
    assert.deepEqual(xpath(xml, `${au}/@id`), [
      'https://w3id.org/xapi/upstander/lessons/g78-online-respect',
      'https://w3id.org/xapi/upstander/lessons/tweede-les',
    ]);
    assert.deepEqual(xpath(xml, `${au}/${path('url')}/text()`), ['lessons/g78-online-respect/index.html', 'lessons/tweede-les/index.html']);
    // Only the lesson with scored questions has a pass mark.
    assert.equal(count(xml, `${au}[@masteryScore]`), 1);
  });

  it('preloads the cmi5 sink and the chunks it imports (from the built bundle) beside upstander.js and the lesson', () => {
    const inside = unzip(buildCmi5(lesson));
    const html = inside.text('index.html');
    const preloads = modulePreloads(html);
    assert.deepEqual(preloads, chunkClosure(inside, ['cmi5-sink']), 'exactly the cmi5 sink and what it imports, but upstander.js');
    for (const name of ['upstander-cmi5-sink.js', 'upstander-xapi-lib.js', 'upstander-lrs-sink.js']) assert.ok(preloads.includes(name), `${name} is preloaded`);
    for (const name of preloads) assert.ok(inside.names.includes(name), `${name} is in the zip`);
    assert.ok(!preloads.some((name) => /xapi-sink|track|classroom|guide/.test(name)), `nothing an xAPI, track or classroom launch needs: ${preloads.join(', ')}`);
    assert.match(html, /<link rel="preload" href="lesson.json" as="fetch" crossorigin>/);
    assert.ok(html.indexOf('rel="modulepreload"') < html.indexOf('<script type="module"'), 'in the head, before the bundle');
  });

  it('preloads the cmi5 sink on every AU of a track (relative to the page), and nothing on the track’s own page', () => {
    const [source] = trackSources(track, [lesson, unscored]);
    const inside = unzip(buildCmi5(source!));
    const urls = xpath(inside.text('cmi5.xml'), `${au}/${path('url')}/text()`);
    assert.equal(urls.length, 2);
    for (const url of urls) {
      const preloads = modulePreloads(inside.text(url));
      assert.deepEqual(preloads, chunkClosure(inside, ['cmi5-sink'], '../../'), url);
      for (const href of preloads) assert.ok(inside.names.includes(new URL(href, `https://lms.example/${url}`).pathname.slice(1)), `${href} from ${url} is in the zip`);
    }
    assert.deepEqual(modulePreloads(inside.text('index.html')), []);
  });

  it('fails the rules for a broken course structure (the check can fail)', () => {
    const xml = cmi5Xml(lessonSource(lesson, {masteryScore: 80}));
    assert.equal(validateXml(xml.replace('masteryScore="0.8"', 'masteryScore="80"'), 'cmi5').ok, false);
    assert.equal(validateXml(xml.replace('moveOn="CompletedOrPassed"', 'moveOn="Finished"'), 'cmi5').ok, false);
    assert.equal(validateXml(xml.replace(/<url>[^<]*<\/url>/, ''), 'cmi5').ok, false);
    assert.equal(validateXml(xml.replace(/idref="[^"]*"/, 'idref="https://example.org/unknown"'), 'cmi5').ok, false);
  });
});
