// ESLint's flat config: typescript-eslint with type information (the tests' tsconfig covers src
// and test), so rules such as no-floating-promises see what every expression returns.
// Formatting is Prettier's: eslint-config-prettier turns off the rules it owns.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'docs/']},
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {project: ['./tsconfig.test.json'], tsconfigRootDir: import.meta.dirname},
      globals: globals.node,
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test's test() and describe() return promises the runner itself awaits.
        {allowForKnownSafeCalls: [{from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite']}]},
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
  {files: ['**/*.js', '**/*.cjs'], ...tseslint.configs.disableTypeChecked},
  // A script loaded with --require is CommonJS.
  {files: ['**/*.cjs'], rules: {'@typescript-eslint/no-require-imports': 'off'}},
  // Test fakes implement async interfaces without always awaiting anything.
  {files: ['test/**/*.ts'], rules: {'@typescript-eslint/require-await': 'off'}},
  prettier,
);
