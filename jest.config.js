/** @type {import('jest').Config} */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];
// jsdom tests wait up to 10 s for what they await (a busy machine is slow, not wrong).
const setupFilesAfterEnv = ["<rootDir>/tests/support/testing-library.setup.ts"];

module.exports = {
  // Jest applies only this global timeout (a project's own `testTimeout` is ignored). A floor for
  // plain tests on a slow, busy machine; what starts a browser, a server, a child process or a
  // React tree sets its own (tests/support/timeouts.ts).
  testTimeout: 20_000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      setupFilesAfterEnv,
      testMatch: ["<rootDir>/tests/**/*.test.ts"],
      testPathIgnorePatterns: [
        "/node_modules/",
        "<rootDir>/tests/e2e/",
        "<rootDir>/tests/taskpane/",
      ],
    },
    {
      displayName: "taskpane",
      testEnvironment: "jsdom",
      transform: { "^.+\\.tsx?$": tsJest },
      setupFilesAfterEnv,
      testMatch: ["<rootDir>/tests/taskpane/**/*.test.ts?(x)"],
    },
    {
      // The browser preview in the system's Chromium (scripts/ensure-browser.sh finds or installs it).
      displayName: "e2e",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/tests/e2e/**/*.e2e.test.ts"],
      globalSetup: "<rootDir>/tests/e2e/global-setup.ts", // builds the preview once for all workers
    },
  ],
};
