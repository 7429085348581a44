/**
 * The folder the user ran a command from. `npm run <script>` starts the script in the package's root and puts the
 * folder it was typed in into INIT_CWD; a relative `--events`, `--state`, `--out` or `--dir` means a path from
 * there. INIT_CWD counts only when npm is running this very script (`npm_lifecycle_event`): a process that an outer
 * `npm test` or `npm run bench` started inherits that run's INIT_CWD, which says nothing about its own.
 */
export function invocationDirectory(script: string, env: Readonly<Record<string, string | undefined>> = process.env, cwd: string = process.cwd()): string {
    const initCwd = env["INIT_CWD"];
    return env["npm_lifecycle_event"] === script && initCwd !== undefined && initCwd !== "" ? initCwd : cwd;
}
