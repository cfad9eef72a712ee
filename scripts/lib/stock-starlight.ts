/**
 * Builds a stock Starlight site with the same Astro and Starlight as ours (a hard-linked copy of our
 * node_modules: instant, and real paths, which Vite needs) as the yardstick for our pages' CSS and
 * JS. Its guide page has headings and a code block, like ours, so both load the same kinds of assets.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function buildStockStarlight(root = process.cwd()): string {
  const dir = join(root, '.bench', 'stock-starlight');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('cp', ['-al', resolve(root, 'node_modules'), join(dir, 'node_modules')]);
  mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
  // Declared dependencies matter: Vite bundles (rather than externalises) what package.json lists.
  const ours = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const dependencies = { astro: ours.dependencies.astro, '@astrojs/starlight': ours.dependencies['@astrojs/starlight'] };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'stock', type: 'module', private: true, dependencies }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Stock' })] });\n",
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  writeFileSync(join(dir, 'src', 'content', 'docs', 'index.md'), '---\ntitle: Stock\n---\n\nA stock Starlight home page.\n');
  const body = ['## One', 'Some text.', '```yaml', 'key: value', '```', '## Two', 'More text.', '### Three', 'Even more.'].join('\n\n');
  writeFileSync(join(dir, 'src', 'content', 'docs', 'guide.md'), `---\ntitle: A guide\ndescription: A stock guide page.\n---\n\n${body}\n`);
  const r = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`stock Starlight build failed:\n${r.stdout}\n${r.stderr}`);
  return join(dir, 'dist');
}
