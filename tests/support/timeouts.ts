/**
 * Timeouts fitted to a slow, busy 2-CPU machine. Jest applies only its global `testTimeout`
 * (a project's own is ignored), so every test file that starts a browser, a server, a child
 * process or a React tree sets one of these with `jest.setTimeout` and passes the longer ones to
 * its setup hooks (tests/meta/timeouts.test.ts checks that it does). None is a speed assertion:
 * speed is measured in `npm run bench`.
 */

/** A test that renders a React tree (jsdom): many renders and user events on a loaded CPU. */
export const REACT_TREE_TIMEOUT = 30_000;
/** A test that renders thousands of rows in jsdom, several times. */
export const LARGE_REACT_TREE_TIMEOUT = 120_000;
/** A test that drives Chromium, or runs `tdkt` / a server in a child process. */
export const BROWSER_TIMEOUT = 120_000;
export const CHILD_PROCESS_TIMEOUT = 120_000;
/** A setup hook that compiles (tsc, the CLI into dist/). */
export const BUILD_TIMEOUT = 300_000;
/** A setup hook that may build the preview (webpack), start a server and launch Chromium. */
export const SESSION_SETUP_TIMEOUT = 300_000;
/** A teardown hook: waits for a setup still under way, then closes what it opened. */
export const SESSION_TEARDOWN_TIMEOUT = 60_000;
