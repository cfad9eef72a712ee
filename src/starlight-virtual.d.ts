// Types for the two Starlight virtual modules our copy of Search.astro imports; Starlight does not
// publish declarations for them.
declare module 'virtual:starlight/project-context' {
  const project: { trailingSlash: 'always' | 'never' | 'ignore' } & Record<string, unknown>;
  export default project;
}
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
