/** The file a build directory records its digest in. */
export declare const DIGEST_FILE_NAME: string;
/** A digest of labelled parts; every label and content is NUL-terminated. */
export declare function digestOf(parts: Iterable<readonly [string, string | Buffer]>): string;
/** The files under `dir` whose names end with one of `extensions`, passing over `skip` and dot entries. */
export declare function sourceFiles(dir: string, options: { extensions: readonly string[]; skip?: readonly string[] }): string[];
/** The digest of the files' names (relative to `root`) and contents. */
export declare function filesDigest(root: string, files: readonly string[]): string;
/** Whether `buildDir` holds `entry` and records `digest` as what it was built from. */
export declare function isBuildCurrent(buildDir: string, entry: string, digest: string): boolean;
/** Runs `build` unless `buildDir` is current; returns whether it built. */
export declare function buildOnce(spec: { buildDir: string; entry: string; digest: () => string; build: () => void }): boolean;
