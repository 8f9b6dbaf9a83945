import type { BuildOptions, Plugin } from "esbuild";

/** Types for the build options esbuild.config.mjs exports, so tests can build main.js exactly as a release does. */
export const plugin: BuildOptions;
export const cli: BuildOptions;
export const noNodeBuiltins: Plugin;
