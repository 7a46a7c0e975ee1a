// The one date formatter: ISO dates said exactly as precisely as the dataset knows them.

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * "2017", "2017-02", "2017-02-15" → "2017", "February 2017", "15 February 2017"; with "short"
 * months (export credits, where space is tight): "15 Feb 2017". Anything else is returned as is.
 */
export function formatDate(iso: string, months: "long" | "short" = "long"): string {
  const [year, month, day] = iso.split("-");
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!name) return year ?? iso;
  const m = months === "short" ? name.slice(0, 3) : name;
  return day ? `${Number(day)} ${m} ${year}` : `${m} ${year}`;
}
