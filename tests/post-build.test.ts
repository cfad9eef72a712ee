/**
 * The post-build step on a finished output folder: a refused build (a script injected through a
 * record) leaves no dist/ behind to publish, and an accepted one gets its policy and _headers.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import postBuild from '#src/integrations/post-build.ts';
import { frameworkLinks } from '#src/integrations/site-check.ts';
import { FIXTURE_FRAMEWORK, tempDir } from './cli-helpers.ts';
import { fixtureFramework } from './helpers.ts';

const tmp = tempDir('pf-post-build-');
const SHIPPED = '<script>document.documentElement.dataset.theme = "dark";</script>';

/** A small finished site: a page for every guide section the framework links to, and one record page. */
function site(name: string, recordPage: string): string {
  const dist = join(tmp, name);
  const page = (path: string, body: string) => {
    const file = join(dist, path, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `<!doctype html><html><head><title>t</title>${SHIPPED}</head><body>${body}</body></html>`);
  };
  const anchors = new Map<string, string[]>();
  for (const link of frameworkLinks(fixtureFramework())) {
    const [, slug, anchor] = /^\/([a-z0-9-]+)\/(?:#(.+))?$/.exec(link) ?? [];
    anchors.set(slug!, [...(anchors.get(slug!) ?? []), ...(anchor ? [anchor] : [])]);
  }
  for (const [slug, ids] of anchors) page(slug, ids.map((id) => `<h2 id="${id}">${id}</h2>`).join(''));
  page('', '<h1>home</h1>');
  page('history/acme', recordPage);
  return dist;
}

function runHook(dist: string): Promise<void> {
  const hook = postBuild().hooks['astro:build:done'] as unknown as (options: {
    dir: URL;
    logger: { info(m: string): void };
  }) => Promise<void>;
  return hook({ dir: pathToFileURL(`${dist}/`), logger: { info: () => undefined } });
}

afterEach(() => vi.unstubAllEnvs());
beforeEach(() => vi.stubEnv('PLATFORM_FIT_GUIDES', 'tests/fixtures/guides'));

describe('the post-build step', () => {
  it('removes the whole output when it refuses a script injected through a record', async () => {
    vi.stubEnv('PLATFORM_FIT_FRAMEWORK', FIXTURE_FRAMEWORK);
    const dist = site('refused', '<h1>Acme</h1><script>alert(1)</script>');
    await expect(runHook(dist)).rejects.toThrow(/Refusing to publish script the site does not ship/);
    expect(existsSync(dist)).toBe(false);
  });

  it('removes the whole output when a link leads nowhere', async () => {
    vi.stubEnv('PLATFORM_FIT_FRAMEWORK', FIXTURE_FRAMEWORK);
    const dist = site('broken-link', '<h1>Acme</h1><a href="/nowhere/">x</a>');
    await expect(runHook(dist)).rejects.toThrow(/Broken internal links/);
    expect(existsSync(dist)).toBe(false);
  });

  it('names a framework guide link that leads nowhere with its line, and removes the output', async () => {
    const framework = join(tmp, 'framework.yaml');
    writeFileSync(
      framework,
      readFileSync(FIXTURE_FRAMEWORK, 'utf8').replace('guide: /business-case/#break-even', 'guide: /business-case/#nowhere'),
    );
    vi.stubEnv('PLATFORM_FIT_FRAMEWORK', framework);
    const dist = site('guide-link', '<h1>Acme</h1>');
    await expect(runHook(dist)).rejects.toThrow(
      /framework\.yaml:\d+: recommendations\.platform-team\.withTeam\.steps\.1\.guide: links to \/business-case\/#nowhere, but tests\/fixtures\/guides\/business-case\.mdx has no heading/,
    );
    expect(existsSync(dist)).toBe(false);
  });

  it('keeps an accepted build, with the policy on every page and _headers', async () => {
    vi.stubEnv('PLATFORM_FIT_FRAMEWORK', FIXTURE_FRAMEWORK);
    const dist = site('accepted', '<h1>Acme</h1>');
    await runHook(dist);
    expect(readFileSync(join(dist, 'history', 'acme', 'index.html'), 'utf8')).toContain('http-equiv="Content-Security-Policy"');
    expect(existsSync(join(dist, '_headers'))).toBe(true);
  });
});

describe('record pages secured in parallel', () => {
  /** A site with `count` record pages beyond the one site() makes, the `bad`th carrying an injected script. */
  function large(name: string, count: number, bad?: number): string {
    const dist = site(name, '<h1>Acme</h1>');
    for (let i = 0; i < count; i++) {
      const file = join(dist, 'history', `unit-${i}`, 'index.html');
      mkdirSync(dirname(file), { recursive: true });
      const body = `<h1 id="u${i}">Unit ${i}</h1><a href="/history/unit-${(i + 1) % count}/#u${(i + 1) % count}">next</a>${i === bad ? '<script>alert(1)</script>' : ''}`;
      writeFileSync(file, `<!doctype html><html><head><title>t</title>${SHIPPED}</head><body>${body}</body></html>`);
    }
    return dist;
  }

  it('secures every page of a history larger than one batch, and finds a script on any of them', async () => {
    vi.stubEnv('PLATFORM_FIT_FRAMEWORK', FIXTURE_FRAMEWORK);
    const ok = large('many', 130);
    await runHook(ok);
    for (const i of [0, 64, 129])
      expect(readFileSync(join(ok, 'history', `unit-${i}`, 'index.html'), 'utf8')).toContain('Content-Security-Policy');
    const refused = large('many-refused', 130, 117);
    await expect(runHook(refused)).rejects.toThrow(/\/history\/unit-117\/: an inline script the site does not ship \("alert\(1\)"\)/);
    expect(existsSync(refused)).toBe(false);
  });
});

describe("records' old addresses, written by the post-build step", () => {
  const addresses = (dist: string, list: unknown) => writeFileSync(join(dist, 'history', 'old-addresses.json'), JSON.stringify(list));
  const unitPage = '<h1>Acme</h1><section id="2021-01-11">x</section>';

  it('writes each as a small page with its policy, leading to the section, and publishes no list', async () => {
    vi.stubEnv('PLATFORM_FIT_FRAMEWORK', FIXTURE_FRAMEWORK);
    const dist = site('old-addresses', unitPage);
    addresses(dist, [{ from: '/history/acme/2021-01-11/', to: '/history/acme/#2021-01-11', name: '<img src=x onerror=alert(1)> "Acme"' }]);
    await runHook(dist);
    expect(existsSync(join(dist, 'history', 'old-addresses.json'))).toBe(false);
    const page = readFileSync(join(dist, 'history', 'acme', '2021-01-11', 'index.html'), 'utf8');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/history/acme/#2021-01-11">');
    expect(page).toContain('<title>&lt;img src=x onerror=alert(1)&gt; &quot;Acme&quot;</title>');
    expect(page).toContain('http-equiv="Content-Security-Policy"');
    expect(page).not.toContain('<img');
  });

  it('refuses the build when one leads nowhere', async () => {
    vi.stubEnv('PLATFORM_FIT_FRAMEWORK', FIXTURE_FRAMEWORK);
    const dist = site('old-address-nowhere', unitPage);
    addresses(dist, [{ from: '/history/acme/2020-01-01/', to: '/history/acme/#2020-01-01', name: 'Acme' }]);
    await expect(runHook(dist)).rejects.toThrowErrorMatchingInlineSnapshot(`
      [Error: Broken internal links (1):
        /history/acme/2020-01-01/: link /history/acme/#2020-01-01: no element with id "2020-01-01"]
    `);
    expect(existsSync(dist)).toBe(false);
  });

  it('refuses one outside the records, or over a page that is there', async () => {
    vi.stubEnv('PLATFORM_FIT_FRAMEWORK', FIXTURE_FRAMEWORK);
    const outside = site('old-address-outside', unitPage);
    addresses(outside, [{ from: '/history/../../etc/', to: '/history/acme/', name: 'Acme' }]);
    await expect(runHook(outside)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: An old record address the build would not write: "/history/../../etc/" -> "/history/acme/"]`,
    );
    expect(existsSync(outside)).toBe(false);
    const taken = site('old-address-taken', unitPage);
    addresses(taken, [{ from: '/history/acme/2021-01-11/', to: '/history/acme/#2021-01-11', name: 'Acme' }]);
    mkdirSync(join(taken, 'history', 'acme', '2021-01-11'));
    writeFileSync(join(taken, 'history', 'acme', '2021-01-11', 'index.html'), '<!doctype html><title>t</title><a href="/">home</a>');
    await expect(runHook(taken)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: /history/acme/2021-01-11/: a page is there already; a record's old address would replace it]`,
    );
    expect(existsSync(taken)).toBe(false);
  });
});
