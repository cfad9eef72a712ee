/**
 * Small corrections to markup that Starlight and Expressive Code generate, applied to the built
 * pages. Each one makes the page valid HTML (html-validate) or accessible (axe) without changing
 * how it looks or works, so no Starlight component has to be copied to change one attribute.
 */

/**
 * Starlight's search button is named by aria-label="Search" while its visible text also shows the
 * "Ctrl K" shortcut, which axe reports as label-content-name-mismatch (WCAG 2.5.3). The button is
 * named by its visible label instead: the label stays in the accessibility tree at every width
 * (visually hidden on phones, see site.css) and the shortcut is hidden from the name.
 * Drop this when Starlight's own button passes axe.
 */
function fixSearchButtonName(html: string): string {
  return html.replace(/<button([^>]*\sdata-open-modal[^>]*)>([\s\S]*?)<\/button>/, (_all, attrs: string, inner: string) => {
    const label = /\saria-label="([^"]*)"/.exec(attrs);
    if (!label) return _all;
    const fixedInner = inner
      .replace(/<span class="sl-hidden md:sl-block([^"]*)" aria-hidden="true">/, '<span class="pf-search-label$1">')
      .replace(/<kbd class="([^"]*)"(?![^>]*aria-hidden)/, '<kbd class="$1" aria-hidden="true"');
    return `<button${attrs.replace(label[0], '')}>${fixedInner}</button>`;
  });
}

export function fixMarkup(html: string): string {
  return fixSearchButtonName(
    html
      // A <button> outside a form is never a submit button; saying so explicitly is what validators ask.
      .replace(/<button(?![^>]*\stype=)/g, '<button type="button"')
      // Expressive Code's copy button is named only by its title; give it a proper accessible name.
      .replace(/<button type="button" title="([^"]+)"(?![^>]*aria-label)/g, '<button type="button" title="$1" aria-label="$1"'),
  );
}
