/** Patching a result section in place instead of replacing it (loaded with the detail sections). */
/**
 * Makes a section's DOM match new markup by patching it: a text node whose words changed gets new
 * data, an element whose attributes changed gets them set, and only a node of another kind is
 * replaced. A keystroke that moves the tax changes one text node, so the browser re-shapes one
 * line of text instead of styling and laying out new paragraphs, and links stay the same nodes
 * (focus, and Astro's prefetch listeners, are kept). morphdom does this in general, at ~3 kB
 * gzipped, which the page's JavaScript budget has no room for; the sections' markup is simple
 * enough (no form controls, no keyed lists) for this.
 */
export function morph(container: HTMLElement, html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  patchChildren(container, template.content);
}

function patchChildren(current: Node, next: Node): void {
  const olds = Array.from(current.childNodes);
  const news = Array.from(next.childNodes);
  news.forEach((node, i) => {
    const old = olds[i];
    if (old) patchNode(old, node);
    else current.appendChild(node);
  });
  for (const old of olds.slice(news.length)) current.removeChild(old);
}

function patchNode(old: Node, node: Node): void {
  if (old.nodeType !== node.nodeType || old.nodeName !== node.nodeName) {
    old.parentNode?.replaceChild(node, old);
  } else if (old instanceof Element && node instanceof Element) {
    for (const name of old.getAttributeNames()) if (!node.hasAttribute(name)) old.removeAttribute(name);
    for (const name of node.getAttributeNames()) {
      const value = node.getAttribute(name) ?? '';
      if (old.getAttribute(name) !== value) old.setAttribute(name, value);
    }
    patchChildren(old, node);
  } else if (old.nodeValue !== node.nodeValue) {
    old.nodeValue = node.nodeValue;
  }
}
