/**
 * Builds the map outlines under data/maps/ from ../shared/data/admin-units (vietnamese-provinces-
 * database, MIT; see data/NOTICE.md): the 34 provinces, and the communes and wards of Tây Ninh
 * (province 80). The sources are several MB of GeoJSON; the pages need a few hundred KB at most.
 *
 * Method: the polygons become a TopoJSON topology (topojson-server), so that a border shared by
 * two units is one arc; the arcs are simplified by Visvalingam's effective area, keeping the
 * points whose weight is above a quantile (topojson-simplify), which keeps neighbours' borders
 * identical — no gaps, no overlaps; rings too small to see are dropped unless they are a unit's
 * only ring; the coordinates are then quantised to a 10⁴ grid and delta-encoded (topojson-client).
 *
 * Run from the repository root: npx tsx scripts/build-maps.ts [--shared ../shared]
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { quantize } from "topojson-client";
import { topology } from "topojson-server";
import { filter, filterAttachedWeight, presimplify, quantile, simplify } from "topojson-simplify";
import type { Topology } from "topojson-specification";
import { normalizeText } from "../src/domain/text.ts";

type Simplifiable = Parameters<typeof presimplify>[0];
type Properties = { code: string; name: string; nameEn: string };

interface Layer {
  /** Output file under data/maps/. */
  file: string;
  /** Name of the TopoJSON object. */
  object: string;
  source: string;
  /** Share of the points kept by the simplification, and the byte budget it must meet. */
  keep: number;
  /** Detached rings (islets) smaller than this, in square degrees, are dropped. */
  minRingArea: number;
  maxBytes: number;
  expected: number;
}

const LAYERS: Layer[] = [
  {
    file: "provinces.topo.json",
    object: "provinces",
    source: "geojson-provinces",
    keep: 0.02,
    minRingArea: 2e-4,
    maxBytes: 150_000,
    expected: 34,
  },
  {
    file: "communes-80.topo.json",
    object: "communes",
    source: "geojson-tay-ninh-communes",
    keep: 0.05,
    minRingArea: 2e-6,
    maxBytes: 250_000,
    expected: 96,
  },
];

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function readLayer(dir: string): FeatureCollection<Polygon | MultiPolygon, Properties> {
  const features: FeatureCollection<Polygon | MultiPolygon, Properties>["features"] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".geojson"))
    .sort()) {
    const collection = JSON.parse(readFileSync(join(dir, name), "utf8")) as FeatureCollection<
      Polygon | MultiPolygon,
      Record<string, string>
    >;
    for (const f of collection.features) {
      const p = f.properties;
      if (!p.code || !p.fullName || !p.fullNameEn) throw new Error(`${name}: a feature lacks code or names`);
      features.push({
        type: "Feature",
        id: p.code,
        properties: { code: p.code, name: normalizeText(p.fullName), nameEn: normalizeText(p.fullNameEn) },
        geometry: f.geometry,
      });
    }
  }
  return { type: "FeatureCollection", features };
}

function build(layer: Layer, sourceRoot: string, outDir: string): { bytes: number; count: number } {
  const collection = readLayer(join(sourceRoot, layer.source));
  if (collection.features.length !== layer.expected) {
    throw new Error(`${layer.source}: expected ${layer.expected} units, found ${collection.features.length}`);
  }
  let topo = topology({ [layer.object]: collection }) as unknown as Simplifiable;
  topo = presimplify(topo);
  topo = simplify(topo, quantile(topo, layer.keep));
  topo = filter(topo, filterAttachedWeight(topo, layer.minRingArea));
  const out: Topology = quantize(topo, 1e4);
  delete out.bbox;
  const object = out.objects[layer.object] as { geometries: { type: string | null; id?: string | number }[] };
  const lost = object.geometries.filter((g) => g.type === null).map((g) => g.id);
  if (lost.length > 0) throw new Error(`${layer.file}: simplification lost units ${lost.join(", ")}`);
  const text = `${JSON.stringify(out)}\n`;
  const bytes = Buffer.byteLength(text);
  if (bytes > layer.maxBytes)
    throw new Error(`${layer.file}: ${bytes} bytes, over its ${layer.maxBytes} budget`);
  writeFileSync(join(outDir, layer.file), text);
  return { bytes, count: collection.features.length };
}

const shared = resolve(argument("--shared") ?? "../shared");
const sourceRoot = join(shared, "data", "admin-units");
statSync(sourceRoot);
const outDir = resolve("data", "maps");
mkdirSync(outDir, { recursive: true });
for (const layer of LAYERS) {
  const { bytes, count } = build(layer, sourceRoot, outDir);
  process.stdout.write(`${layer.file}: ${count} units, ${(bytes / 1024).toFixed(1)} KiB\n`);
}
