// Builds dateline's page into ../static: app.js and app.css (bundled and
// minified by esbuild), countries.json (Natural Earth 1:50m country outlines
// from world-atlas) and LICENSES.txt (the licences of everything bundled).
// Run with `npm ci && npm run build`; commit the output.
import { build } from "esbuild";
import { copyFileSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "static");

const result = await build({
  entryPoints: { app: join(here, "src", "main.js") },
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  outdir: out,
  metafile: true,
  legalComments: "none", // the licences are collected in LICENSES.txt
  logLevel: "info",
});

copyFileSync(join(here, "node_modules", "world-atlas", "countries-50m.json"), join(out, "countries.json"));

// Licences of the npm packages the bundle holds, and of the map data.
const pkgs = new Set(["world-atlas"]);
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (m) pkgs.add(m[1]);
}
let text = `Third-party software and data in dateline's web page (internal/web/static).
Written by internal/web/ui/build.mjs; do not edit.

countries.json is world-atlas's countries-50m.json: country outlines from
Natural Earth (https://www.naturalearthdata.com/), which is in the public
domain, converted to TopoJSON by the world-atlas package (ISC licence below).
`;
for (const p of [...pkgs].sort()) {
  const dir = join(here, "node_modules", p);
  const meta = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const lic = ["LICENSE", "LICENSE.md", "LICENSE.txt", "license"].map((f) => join(dir, f)).find(existsSync);
  text += `\n${"=".repeat(72)}\n${p} ${meta.version} (${meta.license})${meta.homepage ? " " + meta.homepage : ""}\n${"=".repeat(72)}\n\n`;
  text += lic ? readFileSync(lic, "utf8").trim() + "\n" : `(no licence file; package.json says ${meta.license})\n`;
}
writeFileSync(join(out, "LICENSES.txt"), text);
console.log("bundled:", [...pkgs].sort().join(", "));
