// ESLint flat config: Microsoft's Office add-in rules, typescript-eslint strict (type-checked),
// react-hooks, and the layer rule that keeps src/domain pure.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";

const officePlugin = officeAddins.configs.recommended.find((c) => c.plugins?.["office-addins"]).plugins["office-addins"];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "bin/**", "scripts/**/*.js", "*.config.js", "*.config.mjs", "assets/**", "tests/e2e/screenshots/**"] },
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
  {
    // The domain is pure: no Office.js, React, Fluent, exceljs, fs, or browser globals.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-*", "@fluentui/*", "exceljs", "fflate", "fs", "node:*", "path", "office-*", "@microsoft/*"], message: "src/domain is pure: no I/O, UI or spreadsheet libraries." },
            { group: ["**/adapters/**", "**/taskpane/**", "**/cli/**", "**/app/**"], message: "src/domain must not depend on outer layers." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Excel", "Office", "window", "document", "process", "require"],
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
