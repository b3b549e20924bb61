// The text of a pair rule: two attributes and two criteria joined by `&`, with `~&` for an `&` that is part of a name.

/**
 * The parts of a pair rule's Attribute or Value cell, split at each `&` that is not written `~&`, trimmed, with
 * `~&` read back as `&`. A text without an unescaped `&` is one part.
 * @example splitPairText('Contract & Tenure') // ['Contract', 'Tenure']
 * @example splitPairText('R~&D & >=5') // ['R&D', '>=5']
 */
export function splitPairText(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '~' && text[i + 1] === '&') {
      current += '&';
      i++;
    } else if (char === '&') {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts;
}

/** A name or criterion written so that `splitPairText` reads it as one part: each `&` becomes `~&`. */
export function escapePairPart(text: string): string {
  return text.replace(/&/g, '~&');
}

/**
 * Two parts written as one pair-rule cell, each escaped: the inverse of `splitPairText`.
 * @example joinPairText('Contract', 'Tenure') // 'Contract & Tenure'
 */
export function joinPairText(first: string, second: string): string {
  return `${escapePairPart(first)} & ${escapePairPart(second)}`;
}

/**
 * The two parts of a pair-rule cell, or undefined when the text is not two non-empty parts joined by one `&`
 * (then the cell is read as a single attribute or criterion, `&` and all).
 * @example pairParts('Month-to-month & <6') // ['Month-to-month', '<6']
 */
export function pairParts(text: string): [string, string] | undefined {
  const parts = splitPairText(text);
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') return undefined;
  return [parts[0], parts[1]];
}

/**
 * A single rule's Attribute cell, written so it is not read as a pair: when both the attribute and the value hold
 * an `&` that would split them in two, the attribute's `&` is written `~&`.
 * @example singleRuleAttribute('Q & A', 'Yes & No') // 'Q ~& A'
 */
export function singleRuleAttribute(attribute: string, value: string): string {
  return pairParts(attribute) && pairParts(value) ? escapePairPart(attribute) : attribute;
}
