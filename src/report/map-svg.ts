/**
 * A province's communes as an inline SVG choropleth: each commune filled by the class its value
 * falls in, with a legend. The class is carried by a pattern as well as a colour (none, dots,
 * lines, cross-hatch…), each commune names itself and its value in a <title>, and a text
 * alternative lists the classes and the communes' figures.
 *
 * Outlines come from data/maps/*.topo.json (scripts/build-maps.ts); borders shared by two communes
 * are drawn once, from the topology's mesh.
 */
import { readFileSync } from "node:fs";
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { type DisplayLocale, formatNumber } from "../domain/numbers.ts";
import { messages, upperFirst } from "../i18n/messages.ts";
import { renderTextTable } from "./assessment-table.ts";
import { escapeHtml } from "./report-html.ts";

export interface MapUnitProperties {
  code: string;
  /** Official Vietnamese name ("Xã Rạch Kiến"). */
  name: string;
  nameEn: string;
}

export type MapTopology = Topology<{ [name: string]: GeometryCollection<MapUnitProperties> }>;

const MAPS = new URL("../../data/maps/", import.meta.url);

/** Reads a committed map layer: "communes-80" (Tây Ninh's communes) or "provinces". */
export function readMapLayer(name: string): MapTopology {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`not a map layer name: "${name}"`);
  return JSON.parse(readFileSync(new URL(`${name}.topo.json`, MAPS), "utf8")) as MapTopology;
}

/** The units of a layer's object, in the file's order: code and names. */
export function mapUnits(topology: MapTopology, object: string): MapUnitProperties[] {
  const collection = topology.objects[object];
  if (!collection) throw new Error(`the map has no object "${object}"`);
  return collection.geometries.map((g) => g.properties as MapUnitProperties);
}

/** A class of values: at least `from` (inclusive) and below the next class's `from`. */
export interface MapClass {
  from: number;
  /** Label in the legend; by default "from–to" in the locale's notation. */
  label?: string;
}

export interface ChoroplethInput {
  locale: DisplayLocale;
  topology: MapTopology;
  /** The object of the topology holding the units ("communes"). */
  object: string;
  /** Name of the area mapped, for the title: "tỉnh Tây Ninh". */
  areaName: string;
  /** What the value is, for the legend: "Tỷ lệ chỉ tiêu đạt (%)". */
  valueName: string;
  /** A value per unit code; a unit without one is drawn as "no data". */
  values: Readonly<Record<string, number | null | undefined>>;
  /** Classes in ascending order of `from`; at most six. */
  classes: readonly MapClass[];
  decimals?: number;
  /** Width in px; the height follows from the area's shape. */
  width?: number;
}

export interface ChoroplethResult {
  svg: string;
  textAlternative: string;
  /** Units drawn, by code: every unit of the object has a path. */
  unitCodes: string[];
}

/** Sequential blues, light to dark; the patterns distinguish the classes without colour. */
const CLASS_COLOURS = ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
const NO_DATA_COLOUR = "#f0f0f0";

/** Pattern marks per class, drawn on an 8×8 tile over the class colour. */
function patternMarks(index: number, dark: boolean): string {
  const ink = dark ? "#ffffff" : "#1f2937";
  switch (index) {
    case 0:
      return "";
    case 1:
      return `<circle cx="4" cy="4" r="1" fill="${ink}"/>`;
    case 2:
      return `<path d="M0 8L8 0" stroke="${ink}" stroke-width="1"/>`;
    case 3:
      return `<path d="M0 8L8 0M0 0L8 8" stroke="${ink}" stroke-width="1"/>`;
    case 4:
      return `<path d="M0 4H8M4 0V8" stroke="${ink}" stroke-width="1"/>`;
    default:
      return `<circle cx="2" cy="2" r="1" fill="${ink}"/><circle cx="6" cy="6" r="1" fill="${ink}"/>`;
  }
}

function classOf(value: number, classes: readonly MapClass[]): number {
  let index = 0;
  classes.forEach((c, i) => {
    if (value >= c.from) index = i;
  });
  return index;
}

/** Equirectangular projection scaled by the cosine of the middle latitude, fitted to the width. */
function projector(points: Position[], width: number, margin: number) {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points as [number, number][]) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const scale = (width - 2 * margin) / ((maxX - minX) * k);
  const height = Math.ceil((maxY - minY) * scale + 2 * margin);
  return {
    height,
    project: ([x, y]: Position): [number, number] => [
      margin + (x! - minX) * k * scale,
      margin + (maxY - y!) * scale,
    ],
  };
}

/** An SVG path of rings or lines: absolute first point, then relative steps, one decimal. */
function pathData(lines: Position[][], project: (p: Position) => [number, number], close: boolean): string {
  const r = (v: number) => Math.round(v * 10) / 10;
  let d = "";
  for (const line of lines) {
    let [px, py] = [0, 0];
    let step = "";
    line.forEach((p, i) => {
      const [x, y] = project(p).map(r) as [number, number];
      if (i === 0) {
        d += `M${x} ${y}`;
      } else if (x !== px || y !== py) {
        const dx = r(x - px);
        const dy = r(y - py);
        step += `${step ? " " : "l"}${dx} ${dy}`;
      }
      [px, py] = [x, y];
    });
    d += step + (close ? "z" : "");
  }
  return d;
}

function ringsOf(geometry: Polygon | MultiPolygon | null): Position[][] {
  if (!geometry) return [];
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}

export function renderChoropleth(input: ChoroplethInput): ChoroplethResult {
  const { locale } = input;
  const m = messages(locale).map;
  const object = input.topology.objects[input.object];
  if (!object) throw new Error(`the map has no object "${input.object}"`);
  if (input.classes.length === 0 || input.classes.length > CLASS_COLOURS.length) {
    throw new RangeError(`give 1 to ${CLASS_COLOURS.length} classes`);
  }
  const fmt = (v: number) => formatNumber(v, locale, { maxDecimals: input.decimals ?? 1 });
  const classLabels = input.classes.map((c, i) => {
    if (c.label) return c.label;
    const next = input.classes[i + 1];
    return next ? `${fmt(c.from)}–${fmt(next.from)}` : `≥ ${fmt(c.from)}`;
  });

  const collection = feature(input.topology, object);
  const units = collection.features as Feature<Polygon | MultiPolygon | null, MapUnitProperties>[];
  const allPoints = units.flatMap((u) => ringsOf(u.geometry).flat());
  const width = input.width ?? 560;
  const margin = 4;
  const { height, project } = projector(allPoints, width, margin);
  const legendHeight = 28 + 20 * (input.classes.length + 1);
  const totalHeight = height + legendHeight;

  const nameOf = (p: MapUnitProperties) => (locale === "vi" ? p.name : p.nameEn);
  const title = m.title(input.areaName);
  const withData = units.filter((u) => typeof input.values[u.properties.code] === "number");
  const summary = m.summary(upperFirst(input.areaName), units.length, withData.length);

  const defs: string[] = [];
  input.classes.forEach((_, i) => {
    const colour =
      CLASS_COLOURS[Math.round((i * (CLASS_COLOURS.length - 1)) / Math.max(1, input.classes.length - 1))]!;
    defs.push(
      `<pattern id="class-${i}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${colour}"/>${patternMarks(i, i >= input.classes.length / 2 && i > 1)}</pattern>`,
    );
  });
  defs.push(
    `<pattern id="class-none" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${NO_DATA_COLOUR}"/><path d="M0 2H8M0 6H8" stroke="#9ca3af" stroke-width="0.6"/></pattern>`,
  );

  const paths = units.map((u) => {
    const value = input.values[u.properties.code];
    const fill = typeof value === "number" ? `class-${classOf(value, input.classes)}` : "class-none";
    const label = m.unitValue(nameOf(u.properties), typeof value === "number" ? fmt(value) : m.noData);
    return `<path data-code="${escapeHtml(u.properties.code)}" fill="url(#${fill})" d="${pathData(ringsOf(u.geometry), project, true)}"><title>${escapeHtml(label)}</title></path>`;
  });
  const inner = mesh(input.topology, object, (a, b) => a !== b) as MultiLineString;
  const outer = mesh(input.topology, object, (a, b) => a === b) as MultiLineString;

  const legend: string[] = [
    `<text x="${margin}" y="${height + 18}" font-weight="600">${escapeHtml(`${m.legend}: ${input.valueName}`)}</text>`,
  ];
  const counts = input.classes.map(() => 0);
  for (const u of withData) counts[classOf(input.values[u.properties.code] as number, input.classes)]!++;
  [
    ...classLabels.map((l, i) => ({ fill: `class-${i}`, label: l, count: counts[i]! })),
    {
      fill: "class-none",
      label: m.noData,
      count: units.length - withData.length,
    },
  ].forEach((entry, i) => {
    const y = height + 28 + i * 20;
    legend.push(
      `<rect x="${margin}" y="${y}" width="24" height="14" fill="url(#${entry.fill})" stroke="#374151" stroke-width="0.5"/>`,
      `<text x="${margin + 32}" y="${y + 11}">${escapeHtml(`${entry.label} (${entry.count})`)}</text>`,
    );
  });

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${totalHeight}" width="${width}" height="${totalHeight}" role="img" aria-labelledby="map-title map-desc" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="map-title">${escapeHtml(title)}</title>`,
    `<desc id="map-desc">${escapeHtml(summary)}</desc>`,
    `<defs>${defs.join("")}</defs>`,
    `<g stroke="none">${paths.join("")}</g>`,
    `<path fill="none" stroke="#6b7280" stroke-width="0.6" stroke-linejoin="round" d="${pathData(inner.coordinates, project, false)}"/>`,
    `<path fill="none" stroke="#374151" stroke-width="1.2" stroke-linejoin="round" d="${pathData(outer.coordinates, project, false)}"/>`,
    `<g fill="#111827">${legend.join("")}</g>`,
    "</svg>",
  ].join("\n");

  const classTable = renderTextTable(
    [input.valueName, "n"],
    [
      ...classLabels.map((label, i) => ({ cells: [label, String(counts[i])] })),
      { cells: [m.noData, String(units.length - withData.length)] },
    ],
  );
  const unitTable = renderTextTable(
    ["", input.valueName],
    withData
      .map((u) => ({ name: nameOf(u.properties), value: input.values[u.properties.code] as number }))
      .sort((a, b) => b.value - a.value)
      .map((u) => ({ cells: [u.name, fmt(u.value)] })),
  );
  return {
    svg,
    textAlternative: `${title}. ${summary}\n\n${classTable}${withData.length > 0 ? `\n\n${unitTable}` : ""}`,
    unitCodes: units.map((u) => u.properties.code),
  };
}
