/**
 * The longest text read as a number, on every face (flags, URL, form, prompts). Checked before
 * any pattern looks at the text, so reading a pasted 100,000-character answer costs one length
 * check, not a scan that grows with the square of its length. 50 is far more than any number
 * people type ("1,234,567,890.12" is 16).
 */
export const NUMBER_TEXT_MAX = 50;
