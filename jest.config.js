/** @type {import('jest').Config} */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];

module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
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
      testMatch: ["<rootDir>/tests/taskpane/**/*.test.ts?(x)"],
    },
    {
      // The browser preview in the system's Chromium (scripts/ensure-browser.sh finds or installs it).
      displayName: "e2e",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/tests/e2e/**/*.e2e.test.ts"],
      globalSetup: "<rootDir>/tests/e2e/global-setup.ts", // builds the preview once for all workers
      testTimeout: 300000,
    },
  ],
};
