/**
 * Small corrections to markup that Starlight and Expressive Code generate, applied to the built
 * pages. Each one makes the page valid HTML (html-validate) without changing how it looks or works.
 */
export function fixMarkup(html: string): string {
  return (
    html
      // A <button> outside a form is never a submit button; saying so explicitly is what validators ask.
      .replace(/<button(?![^>]*\stype=)/g, '<button type="button"')
      // Expressive Code's copy button is named only by its title; give it a proper accessible name.
      .replace(/<button type="button" title="([^"]+)"(?![^>]*aria-label)/g, '<button type="button" title="$1" aria-label="$1"')
  );
}
