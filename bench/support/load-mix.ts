/**
 * What the readers ask for during a load run: every kind of public page in both languages, and
 * the API's reads. The paths name data that `chitieu serve` loads into an empty store (the seed
 * localities: Cần Đước 806 and its commune 28108, the province 795 and its term, Tây Ninh 80)
 * and data of the national demo (Hà Nội 01, indicator nat_001), which the officer's imports
 * change during the run, so that readers meet the cache being dropped and recomputed.
 * Each path was checked by hand to answer 200 on a fresh store.
 */

/** Public pages: home (with the map), unit, scorecard, term, indicator, projects, report. */
const PAGES_BY_LANGUAGE = [
  "/",
  "/?map=before",
  "/units/806?at=2023-12-31",
  "/units/01?at=2025-12-31",
  "/units/806/2023",
  "/units/01/2024",
  "/units/795/2020-2025?at=2023-09-23",
  "/indicators/rice_output?unit=806&at=2023-12-31",
  "/indicators/nat_001?unit=01",
  "/units/806/2023/projects",
  "/units/806/2023/report",
];

export const PAGE_PATHS: readonly string[] = ["vi", "en"].flatMap((lang) =>
  PAGES_BY_LANGUAGE.map((path) => `/${lang}${path}`),
);

/** API reads: units, a unit across the reform, assessments, roll-ups, series, scorecards, lists. */
export const API_PATHS: readonly string[] = [
  "/api/v1/units?parent=80&at=2026-01-01",
  "/api/v1/units/806?at=2023-12-31",
  "/api/v1/assessments?unit=806&period=2023",
  "/api/v1/rollups?unit=795&period=2020-2025&at=2023-09-23",
  "/api/v1/series?unit=28108&indicator=rice_output&from=2023&to=2026",
  "/api/v1/series?unit=01&indicator=nat_001&from=2016&to=2025",
  "/api/v1/scorecard?period=2024",
  "/api/v1/scorecard?period=2024&unit=01",
  "/api/v1/indicators",
  "/api/v1/plans?unit=806",
  "/api/v1/observations?unit=806&period=2023",
];
