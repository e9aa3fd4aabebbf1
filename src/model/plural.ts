/** A count with its noun agreeing: "1 team", "3 teams", "1 business domain", "2,000 products". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`
}
