import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {kerndoel} from '@upstander/curriculum';
import {buildScorm12, buildScorm2004, buildXapi, lessonSource, packageFiles, tincanXml, trackSources} from '../src/index.js';
import {chunkClosure, english, isAbsoluteIri, lesson, modulePreloads, path, track, unscored, unzip, validateXml, withoutChunks, xpath} from './helpers.js';

const activity = `/${path('tincan', 'activities', 'activity')}`;

describe('xAPI package (tincan.xml)', () => {
  it('is deterministic and holds tincan.xml at the root beside the launch page, player and lesson', () => {
    assert.deepEqual(buildXapi(lesson), buildXapi(lesson));
    assert.deepEqual(withoutChunks(unzip(buildXapi(lesson)).names), ['handleiding.html', 'index.html', 'lesson.json', 'tincan.xml', 'upstander.js']);
  });

  it('follows the tincan.xml rules (our rules XSD, see test/rules/tincan.xsd)', () => {
    const result = validateXml(unzip(buildXapi(lesson)).text('tincan.xml'), 'tincan');
    assert.ok(result.ok, result.output);
  });

  it('names the lesson activity by a stable absolute IRI, with a launch page that is in the zip', () => {
    const inside = unzip(buildXapi(lesson));
    const xml = inside.text('tincan.xml');
    const [id] = xpath(xml, `${activity}[1]/@id`);
    assert.equal(id, 'https://w3id.org/xapi/upstander/lessons/g78-online-respect');
    assert.ok(isAbsoluteIri(id!));
    assert.deepEqual(xpath(xml, `${activity}[1]/@type`), ['http://adlnet.gov/expapi/activities/lesson']);
    const [launch] = xpath(xml, `${activity}[1]/${path('launch')}/text()`);
    assert.ok(inside.names.includes(launch!), `${launch} is in the zip`);
  });

  it('has a name and a description per language, and the kerndoelen with their SLO URIs in the description', () => {
    const xml = tincanXml(lessonSource(lesson, {}, [english]));
    assert.deepEqual(xpath(xml, `${activity}[1]/${path('name')}/@lang`), ['nl', 'en']);
    assert.deepEqual(xpath(xml, `${activity}[1]/${path('name')}/text()`), [lesson.title, english.title]);
    assert.deepEqual(xpath(xml, `${activity}[1]/${path('description')}/@lang`), ['nl', 'en']);
    const description = xpath(xml, `${activity}[1]/${path('description')}[1]`).join('\n');
    for (const id of lesson.kerndoelen) assert.ok(description.includes(kerndoel(id)!.uri), `${id} in the description`);
    assert.match(description, /Duur: 45 minuten/);
    assert.ok(validateXml(xml, 'tincan').ok);
  });

  it('launches a track as a course and names each of its lessons as an activity', () => {
    const [source] = trackSources(track, [lesson, unscored]);
    const xml = tincanXml(source!);
    assert.ok(validateXml(xml, 'tincan').ok);
    assert.deepEqual(xpath(xml, `${activity}/@id`), [
      'https://w3id.org/xapi/upstander/tracks/proef-leerlijn',
      'https://w3id.org/xapi/upstander/lessons/g78-online-respect',
      'https://w3id.org/xapi/upstander/lessons/tweede-les',
    ]);
    assert.deepEqual(xpath(xml, `${activity}[1]/@type`), ['http://adlnet.gov/expapi/activities/course']);
    assert.deepEqual(xpath(xml, `${activity}/${path('launch')}/text()`), ['index.html']);
  });

  it('preloads the xAPI sink and the chunks it imports (from the built bundle) beside upstander.js and the lesson', () => {
    const inside = unzip(buildXapi(lesson));
    const html = inside.text('index.html');
    const preloads = modulePreloads(html);
    assert.deepEqual(preloads, chunkClosure(inside, ['xapi-sink']), 'exactly the xAPI sink and what it imports, but upstander.js');
    for (const name of ['upstander-xapi-sink.js', 'upstander-lrs-sink.js']) assert.ok(preloads.includes(name), `${name} is preloaded`);
    assert.ok(!preloads.includes('upstander-xapi-lib.js'), 'plain fetch: the xAPI sink needs no @xapi/xapi');
    for (const name of preloads) assert.ok(inside.names.includes(name), `${name} is in the zip`);
    assert.ok(!preloads.some((name) => /cmi5|track|classroom|guide/.test(name)), `nothing a cmi5, track or classroom launch needs: ${preloads.join(', ')}`);
    assert.match(html, /<link rel="preload" href="lesson.json" as="fetch" crossorigin>/);
    assert.ok(html.indexOf('rel="modulepreload"') < html.indexOf('<script type="module"'), 'in the head, before the bundle');
  });

  it('preloads the track runtime and its xAPI sink on a track’s page, and nothing on its lesson pages', () => {
    const [source] = trackSources(track, [lesson, unscored]);
    const inside = unzip(buildXapi(source!));
    const preloads = modulePreloads(inside.text('index.html'));
    assert.deepEqual(preloads, chunkClosure(inside, ['track', 'track-xapi-sink']));
    for (const name of ['upstander-track.js', 'upstander-track-xapi-sink.js']) assert.ok(preloads.includes(name), `${name} is preloaded`);
    assert.ok(!preloads.some((name) => /cmi5/.test(name)));
    for (const page of inside.names.filter((n) => n.startsWith('lessons/') && n.endsWith('/index.html'))) assert.deepEqual(modulePreloads(inside.text(page)), [], page);
  });

  it('never preloads a chunk in SCORM packages or the web folder (3 requests until interactive)', () => {
    const [trackSource] = trackSources(track, [lesson, unscored]);
    const pages = [
      unzip(buildScorm12(lesson)).text('index.html'),
      unzip(buildScorm2004(lesson)).text('index.html'),
      unzip(buildScorm12(trackSource!)).text('index.html'),
      ...[...packageFiles(lessonSource(lesson), 'web'), ...packageFiles(trackSource!, 'web')]
        .filter((f) => f.path.endsWith('index.html'))
        .map((f) => new TextDecoder().decode(f.data)),
    ];
    for (const html of pages) assert.doesNotMatch(html, /modulepreload/);
  });

  it('fails the rules for a broken tincan.xml (the check can fail)', () => {
    const xml = tincanXml(lesson);
    assert.equal(validateXml(xml.replace(/ id="[^"]*"/, ''), 'tincan').ok, false);
    assert.equal(validateXml(xml.replace('<launch lang="nl">', '<launch>'), 'tincan').ok, false);
  });
});
