// html-validate for the built site (npm run e2e checks every page). Every relaxed rule says why.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // WCAG technique H32 asks for a submit button where submitting changes context. The
    // questionnaire changes nothing on submit: the page computes as you type, and without
    // JavaScript a static host cannot fill the form from a submitted query, so a button would do
    // nothing (the issue "honest without JavaScript" removed the one that did).
    'wcag/h32': 'off',
    // The assessment's warning-sign checkboxes share one name on purpose: they are one multi-value field.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // Starlight's skip link targets id="_top": valid HTML5, only the strict (HTML4-style) mode objects.
    'valid-id': ['error', { relaxed: true }],
    // Starlight renders the "On this page" navigation twice (phone and desktop) and shows one at a
    // time; axe, which sees what is rendered, finds each page's landmarks unique.
    'unique-landmark': 'off',
    // Expressive Code wraps each code line in a <div> inside <code>; browsers and screen readers
    // handle it, and the markup is the highlighter's, not ours.
    'element-permitted-content': 'off',
    // Style only: Starlight writes CSS custom properties in style attributes, self-closing SVG
    // paths, bare boolean attributes, and long page titles that include the site name.
    'no-inline-style': 'off',
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'long-title': 'off',
  },
};
