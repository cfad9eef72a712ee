// A small TextMate grammar for OPA Rego v1, because Shiki ships none and the guides show policies.
// Covers what the samples use: keywords, strings, numbers, comments, rule heads.
export default {
  name: 'rego',
  scopeName: 'source.rego',
  displayName: 'Rego',
  patterns: [
    { name: 'comment.line.number-sign.rego', match: '#.*$' },
    { name: 'string.quoted.double.rego', begin: '"', end: '"', patterns: [{ name: 'constant.character.escape.rego', match: '\\\\.' }] },
    { name: 'string.quoted.raw.rego', begin: '`', end: '`' },
    { name: 'keyword.control.rego', match: '\\b(package|import|default|if|else|contains|some|every|in|not|with|as)\\b' },
    { name: 'constant.language.rego', match: '\\b(true|false|null)\\b' },
    { name: 'constant.numeric.rego', match: '\\b\\d+(\\.\\d+)?([eE][+-]?\\d+)?\\b' },
    { name: 'entity.name.function.rego', match: '^[a-zA-Z_][a-zA-Z0-9_]*(?=\\s*(contains|if|:=|=|\\[|\\{|$))' },
    { name: 'keyword.operator.rego', match: ':=|==|!=|<=|>=|<|>|\\||&|\\+|-|\\*|/|%' },
  ],
};
