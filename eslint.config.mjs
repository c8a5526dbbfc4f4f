// Office add-in rules (sync after load, no sync in loops, isNullObject …) with prettier, as the
// yo office templates set them up, made stricter: no-context-sync-in-loop is an error here.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// The plugin registers @typescript-eslint and office-addins for .ts files only; .tsx needs them too.
const pluginsOfTs = officeAddins.configs.recommended.find((c) => c.plugins?.["@typescript-eslint"])?.plugins ?? {};

export default [
  { ignores: ["try*.ts", "node_modules/", "dist/", "coverage/", "examples/", "docs/", "bench/results.json"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "@typescript-eslint": pluginsOfTs["@typescript-eslint"], "office-addins": pluginsOfTs["office-addins"] },
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    settings: { react: { version: "18" } },
    rules: {
      // TypeScript already checks names; the rule can't see Node's and DOM's types.
      "no-undef": "off",
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[property.name='innerHTML']", message: "Never put workbook text into HTML." },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Never put workbook text into HTML.",
        },
      ],
    },
  },
  {
    // The pure core imports neither Office.js nor Node.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "fs",
            "path",
            "os",
            "node:*",
            "fflate",
            "fast-xml-parser",
            "react",
            "@fluentui/*",
            "../adapters/*",
            "../../adapters/*",
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "process", "Buffer", "require"],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "commonjs",
      globals: {
        module: "writable",
        require: "readonly",
        __dirname: "readonly",
        process: "readonly",
        Buffer: "readonly",
        console: "readonly",
      },
    },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { ecmaVersion: "latest", sourceType: "module" },
  },
];
