import { readFileSync } from 'node:fs';
const b = JSON.parse(readFileSync(`public/data/${process.argv[2]}/basemap.json`, 'utf8'));
const f = b.features.find((f) => f.properties.layer === 'land');
const polys = f.geometry.coordinates;
const o = (p, q, r) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
const inter = (a, b, c, d) => o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
polys.forEach((poly, pi) => poly.forEach((ring, ri) => {
  let n = 0;
  for (let i = 0; i + 1 < ring.length; i++) for (let j = i + 2; j + 1 < ring.length; j++) {
    if (i === 0 && j === ring.length - 2) continue;
    if (inter(ring[i], ring[i + 1], ring[j], ring[j + 1])) { if (n++ < 3) console.log(pi, ri, 'cross', ring[i], ring[i + 1], ring[j], ring[j + 1]); }
  }
  const lngs = ring.map((c) => c[0]);
  if (n || pi === 0) console.log('poly', pi, 'ring', ri, 'len', ring.length, 'crossings', n, Math.min(...lngs), Math.max(...lngs));
}));
