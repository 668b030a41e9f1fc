/** "1 set", "3 sets", "0 sets": a count with its noun in the right number (a new user's review: "1 sets done"). */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString("en")} ${n === 1 ? singular : plural}`;
}
