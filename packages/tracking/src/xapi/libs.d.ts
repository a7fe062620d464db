// The ES module builds of @xapi/xapi and @xapi/cmi5, imported by path so that every bundler and
// test runner takes the same file (their package.json "browser" field points at UMD builds).
declare module '@xapi/xapi/dist/XAPI.esm.js' {
  const XAPI: typeof import('@xapi/xapi').default;
  type XAPI = InstanceType<typeof XAPI>;
  export default XAPI;
}
declare module '@xapi/cmi5/dist/Cmi5.esm.js' {
  const Cmi5: typeof import('@xapi/cmi5').default;
  type Cmi5 = InstanceType<typeof Cmi5>;
  export default Cmi5;
}
