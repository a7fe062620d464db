// The bewustwording track through every test of packages-track.test.ts (which plays groep 7-8 by
// default): each test file runs in its own process, so the choice is made before that file loads.
process.env['UPSTANDER_TEST_TRACK'] = 'bewustwording';
await import('./packages-track.test.js');
