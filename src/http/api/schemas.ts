/** The API's shapes, now one module per resource under ./schemas/; this re-export goes next. */
export * from "./schemas/audit.ts";
export * from "./schemas/common.ts";
export * from "./schemas/indicators.ts";
export * from "./schemas/observations.ts";
export * from "./schemas/plans.ts";
export * from "./schemas/projects.ts";
export * from "./schemas/statements.ts";
export * from "./schemas/units.ts";
