// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

/**
 * The libs in layers, lowest first (docs/architecture.md). A lib imports only libs of lower
 * layers, and only through their front door (`@app/<lib>`, its index.ts); libs in one
 * layer do not import each other. Apps import any lib, through its front door.
 */
const LAYERS = [
  ['contracts'],
  ['common'],
  ['events', 'commitments'],
  ['accounts'],
  ['listings'],
  ['credit'],
  ['matching'],
  ['direct-hire', 'boards', 'public-service'],
];

const FRONT_DOOR = {
  group: ['@app/*/**', '**/libs/**', '**/*/src/**'],
  message: 'Import another lib through its front door, `@app/<lib>` (its index.ts).',
};

/** no-restricted-imports for one lib: no deep imports, nothing from its own layer or above. */
function layerRule(lib, layer) {
  const notBelow = LAYERS.slice(layer).flat();
  return {
    files: [`libs/${lib}/src/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            FRONT_DOOR,
            {
              group: notBelow.map((l) => `@app/${l}`),
              message: `${lib} may import only libs below it: ${LAYERS.slice(0, layer).flat().join(', ') || 'none'} (docs/architecture.md).`,
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'web/public/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // The web app: Vue single-file components with TypeScript, running in a browser.
    files: ['web/src/**/*.{ts,vue}'],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] },
    },
    rules: {
      'vue/multi-word-component-names': 'off',
      // Prettier owns layout.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
    },
  },
  ...LAYERS.flatMap((libs, layer) => libs.map((lib) => layerRule(lib, layer))),
  {
    files: ['apps/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [FRONT_DOOR] }] },
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
