/** Plain tsc does not resolve .astro files (astro check does); the render tests only need them as components. */
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
