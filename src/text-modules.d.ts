/** Data files bundled as text (esbuild loader `text`, and the vitest text loader). */
declare module "*.csv" {
  const content: string;
  export default content;
}
