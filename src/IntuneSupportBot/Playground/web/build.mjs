// Bundles the page's script with its npm packages into dist/ (the MSBuild step runs this after `npm ci`).
// package.json lists punycode because markdown-it, inside Web Chat, asks for Node's module of that name.
import { build } from 'esbuild';

try {
  await build({
    entryPoints: ['src/main.js'],
    outfile: 'dist/playground.js',
    bundle: true,
    format: 'esm',
    target: ['es2020'],
    minify: true,
    legalComments: 'external',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' }
  });
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}
