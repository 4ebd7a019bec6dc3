// Which build is running: esbuild defines ENTITY_LENS_VERSION (package.json's version) in the
// bundles; sources run through tsx have none.

declare const ENTITY_LENS_VERSION: string | undefined;

/** Is this a build (dist/*.js) rather than the sources? */
export const IS_BUILD = typeof ENTITY_LENS_VERSION === 'string';

/** The package version of a build; `0.0.0-dev` for the sources. */
export const VERSION = typeof ENTITY_LENS_VERSION === 'string' ? ENTITY_LENS_VERSION : '0.0.0-dev';
