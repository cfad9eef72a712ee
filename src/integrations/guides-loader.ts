/**
 * Loads the guides from content/guides with Astro's glob() loader, adding each file's last
 * commit date. Starlight's own last-updated lookup only reads git for src/content/docs, so
 * without this a guide elsewhere would silently show no date.
 */
import { execFileSync } from 'node:child_process';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';

function lastCommitDate(filePath: string): Date | undefined {
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', filePath], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return iso ? new Date(iso) : undefined;
  } catch {
    // Not a git checkout (a tarball deploy): no date rather than a wrong one.
    return undefined;
  }
}

export function guidesLoader(base: string): Loader {
  const inner = glob({ base, pattern: '**/[^_]*.{md,mdx}' });
  return {
    name: 'platform-fit-guides',
    load: (context) =>
      inner.load({
        ...context,
        parseData: (props) => {
          const data = props.data as Record<string, unknown>;
          const date = data.lastUpdated === undefined && props.filePath ? lastCommitDate(props.filePath) : undefined;
          return context.parseData(date ? { ...props, data: { ...data, lastUpdated: date } as unknown as typeof props.data } : props);
        },
      }),
  };
}
