// ESLint flat config: Microsoft's Office add-in rules, typescript-eslint strict (type-checked),
// react-hooks, and the layer rule that keeps src/domain pure.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";

const officePlugin = officeAddins.configs.recommended.find((c) => c.plugins?.["office-addins"])
  .plugins["office-addins"];

// Import groups for the layer rules below.
const UI = ["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*"];
const NODE = [
  "fs",
  "fs/*",
  "path",
  "os",
  "child_process",
  "crypto",
  "stream",
  "zlib",
  "url",
  "util",
  "worker_threads",
  "node:*",
];
const EXCELJS = ["exceljs", "exceljs/*"]; // tests and scripts only: never round-trip a user's workbook through it
const OFFICE = ["office-*", "@microsoft/*"];
/** A pattern for the relative imports of the given src/ folders, with why they are out of bounds. */
const outside = (message, folders) => ({
  group: folders.flatMap((f) => [`**/${f}/**`, `**/${f}`]),
  message: `${message}.`,
});
const layerRule = (...patterns) => [
  "error",
  { patterns: patterns.map((p) => ({ caseSensitive: true, ...p })) },
];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "bin/**",
      "scripts/**/*.js",
      "*.config.js",
      "*.config.mjs",
      "assets/**",
      "tests/e2e/screenshots/**",
    ],
  },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "office-addins": officePlugin, "react-hooks": reactHooks },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  // Layer rules: which layer may import which (README, Architecture). One block per set of files,
  // because a later block's `no-restricted-imports` replaces an earlier one for the same file.
  {
    // The domain is pure: no Office.js, React, Fluent, exceljs, fs, or browser globals.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": layerRule(
        {
          group: [...UI, ...NODE, ...EXCELJS, ...OFFICE, "fflate", "docx"],
          message: "src/domain is pure: no I/O, UI or spreadsheet libraries.",
        },
        outside("src/domain must not depend on outer layers", [
          "app",
          "ports",
          "adapters",
          "taskpane",
          "cli",
          "preview",
          "commands",
        ])
      ),
      "no-restricted-globals": [
        "error",
        "Excel",
        "Office",
        "window",
        "document",
        "process",
        "require",
      ],
    },
  },
  {
    files: ["src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": layerRule(
        {
          group: [...UI, ...NODE, ...EXCELJS, ...OFFICE, "fflate"],
          message:
            "src/app holds use cases over the domain and the workbook port: no I/O or UI libraries.",
        },
        outside("src/app (use cases) may use only src/domain and src/ports", [
          "adapters",
          "taskpane",
          "cli",
          "preview",
          "commands",
        ])
      ),
    },
  },
  {
    files: ["src/ports/**/*.ts"],
    rules: {
      "no-restricted-imports": layerRule(
        {
          group: [...UI, ...NODE, ...EXCELJS, ...OFFICE, "fflate"],
          message: "src/ports declares interfaces only.",
        },
        outside("src/ports may use only src/domain", [
          "app",
          "adapters",
          "taskpane",
          "cli",
          "preview",
          "commands",
        ])
      ),
    },
  },
  {
    // The .xlsx package core is shared with the browser preview: only the file adapter uses Node.
    files: ["src/adapters/xlsx/**/*.ts"],
    ignores: ["src/adapters/xlsx/xlsx-file.adapter.ts", "src/adapters/xlsx/node-zip-codec.ts"],
    rules: {
      "no-restricted-imports": layerRule(
        {
          group: [...UI, ...EXCELJS, ...OFFICE],
          message: "An adapter implements the workbook port: no UI libraries, no exceljs.",
        },
        {
          group: NODE,
          message:
            "The .xlsx package core runs in the browser too: Node only in xlsx-file.adapter.ts and node-zip-codec.ts.",
        },
        outside("An adapter implements src/ports over src/domain", [
          "app",
          "taskpane",
          "cli",
          "preview",
          "commands",
          "adapters/office",
          "adapters/memory",
        ])
      ),
    },
  },
  {
    files: ["src/adapters/xlsx/xlsx-file.adapter.ts", "src/adapters/xlsx/node-zip-codec.ts"],
    rules: {
      "no-restricted-imports": layerRule(
        {
          group: [...UI, ...EXCELJS, ...OFFICE],
          message: "An adapter implements the workbook port: no UI libraries, no exceljs.",
        },
        outside("An adapter implements src/ports over src/domain", [
          "app",
          "taskpane",
          "cli",
          "preview",
          "commands",
          "adapters/office",
          "adapters/memory",
        ])
      ),
    },
  },
  {
    // The in-memory workbook (browser preview) reads and writes through the .xlsx package core.
    files: ["src/adapters/memory/**/*.ts"],
    rules: {
      "no-restricted-imports": layerRule(
        {
          group: [...UI, ...NODE, ...EXCELJS, ...OFFICE],
          message: "The in-memory workbook runs in the browser: no Node, UI libraries or exceljs.",
        },
        {
          group: ["**/xlsx/xlsx-file.adapter", "**/xlsx/node-zip-codec"],
          message:
            "The file adapter is Node-only; use the package core (xlsx-reader, xlsx-writer).",
        },
        outside("An adapter implements src/ports over src/domain", [
          "app",
          "taskpane",
          "cli",
          "preview",
          "commands",
          "adapters/office",
        ])
      ),
    },
  },
  {
    files: ["src/adapters/office/**/*.ts"],
    rules: {
      "no-restricted-imports": layerRule(
        {
          group: [...UI, ...NODE, ...EXCELJS],
          message: "The Office adapter runs inside Excel: no Node, UI libraries or exceljs.",
        },
        outside("An adapter implements src/ports over src/domain", [
          "app",
          "taskpane",
          "cli",
          "preview",
          "commands",
          "adapters/xlsx",
          "adapters/memory",
        ])
      ),
    },
  },
  {
    // The pane reaches Excel only through the workbook port; index.tsx (below) wires the adapter.
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-imports": layerRule(
        {
          group: [...NODE, ...EXCELJS],
          message: "The task pane runs in the browser: no Node modules, no exceljs.",
        },
        outside(
          "The pane uses adapters only through its composition root (src/taskpane/index.tsx)",
          ["adapters", "cli", "preview", "commands"]
        )
      ),
    },
  },
  {
    files: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-imports": layerRule(
        {
          group: [...NODE, ...EXCELJS],
          message: "The task pane runs in the browser: no Node modules, no exceljs.",
        },
        outside("The add-in's composition root wires only the Office adapter", [
          "adapters/xlsx",
          "adapters/memory",
          "cli",
          "preview",
          "commands",
        ])
      ),
    },
  },
  {
    // The browser preview: the real pane over the in-memory workbook.
    files: ["src/preview/**/*.ts", "src/preview/**/*.tsx"],
    rules: {
      "no-restricted-imports": layerRule(
        {
          group: [...NODE, ...EXCELJS],
          message: "The preview runs in the browser: no Node modules, no exceljs.",
        },
        { group: ["**/xlsx/xlsx-file.adapter"], message: "The file adapter is Node-only." },
        outside("The preview composes the pane with the in-memory workbook", [
          "adapters/office",
          "cli",
          "commands",
        ])
      ),
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": layerRule(
        {
          group: [...UI, ...EXCELJS, ...OFFICE],
          message:
            "The CLI works on .xlsx files through its own adapter: no UI libraries, no exceljs.",
        },
        outside("The CLI composes use cases with the .xlsx file adapter", [
          "taskpane",
          "preview",
          "commands",
          "adapters/office",
          "adapters/memory",
        ])
      ),
    },
  },
  {
    files: ["src/commands/**/*.ts"],
    rules: {
      "no-restricted-imports": layerRule(
        {
          group: [...NODE, ...EXCELJS, ...UI],
          message: "The ribbon's function file runs inside Excel.",
        },
        outside("The ribbon's function file stands alone", [
          "domain",
          "app",
          "ports",
          "adapters",
          "taskpane",
          "cli",
          "preview",
        ])
      ),
    },
  },
  {
    files: ["tests/**/*.ts", "tests/**/*.tsx"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
    },
  }
);
