/** A ClickHouse type name as a tree: `Nullable(DateTime64(3, 'UTC'))`, `Tuple(t1 String, n UInt8)`. */
export interface ClickHouseType {
  name: string;
  args: ClickHouseType[];
  /** The element's name inside a named `Tuple`. */
  field?: string;
}

/**
 * Parses the type names a result header carries, enough to convert values by type: a name, then
 * optional arguments in parentheses (types, numbers or quoted strings), each optionally named.
 * Example: `parseClickHouseType("Array(Nullable(String))")` →
 * `{ name: 'Array', args: [{ name: 'Nullable', args: [{ name: 'String', args: [] }] }] }`.
 */
export function parseClickHouseType(text: string): ClickHouseType {
  let pos = 0;
  const skipSpace = () => {
    while (text[pos] === ' ') pos++;
  };

  const word = (): string => {
    const start = pos;
    if (text[pos] === "'") {
      pos++;
      while (pos < text.length && text[pos] !== "'") pos += text[pos] === '\\' ? 2 : 1;
      pos++;
      return text.slice(start, pos);
    }
    while (pos < text.length && !/[\s(),]/.test(text[pos]!)) pos++;
    return text.slice(start, pos);
  };

  const type = (): ClickHouseType => {
    skipSpace();
    let name = word();
    let field: string | undefined;
    skipSpace();
    // `name Type` inside a Tuple: a second word before any parenthesis.
    if (pos < text.length && text[pos] !== '(' && text[pos] !== ',' && text[pos] !== ')') {
      field = name;
      name = word();
      skipSpace();
    }
    const args: ClickHouseType[] = [];
    if (text[pos] === '(') {
      pos++;
      skipSpace();
      while (pos < text.length && text[pos] !== ')') {
        args.push(type());
        skipSpace();
        if (text[pos] === ',') pos++;
      }
      pos++;
    }
    return field === undefined ? { name, args } : { name, args, field };
  };

  return type();
}
