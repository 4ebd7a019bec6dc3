// Draws the scaling figures as an SVG (no dependencies): recognition throughput against text size
// and against dictionary size, with the 8%-of-floor target as a dashed line.

const W = 420;
const H = 300;
const M = { left: 58, right: 16, top: 36, bottom: 48 };

function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function niceMax(v) {
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/** One panel: points {x, y} on a log x axis; `hline` a dashed reference value. */
function panel({ title, xLabel, points, xTicks, xFormat, hline, hlineLabel, color }, offsetX) {
  const xs = points.map((p) => p.x);
  const x0 = Math.log(Math.min(...xs));
  const x1 = Math.log(Math.max(...xs));
  const yMax = niceMax(Math.max(...points.map((p) => p.y), hline ?? 0) * 1.1);
  const px = (x) => M.left + ((Math.log(x) - x0) / (x1 - x0 || 1)) * (W - M.left - M.right);
  const py = (y) => M.top + (1 - y / yMax) * (H - M.top - M.bottom);
  const out = [`<g transform="translate(${offsetX},0)">`];
  out.push(`<text x="${W / 2}" y="20" text-anchor="middle" font-size="13" font-weight="bold">${esc(title)}</text>`);
  // Axes and grid.
  for (let k = 0; k <= 4; k++) {
    const y = (yMax * k) / 4;
    out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${py(y)}" y2="${py(y)}" stroke="#e3e3e3"/>`);
    out.push(`<text x="${M.left - 6}" y="${py(y) + 4}" text-anchor="end" font-size="11">${Number(y.toFixed(1))}</text>`);
  }
  for (const t of xTicks) {
    out.push(`<line x1="${px(t)}" x2="${px(t)}" y1="${H - M.bottom}" y2="${H - M.bottom + 4}" stroke="#333"/>`);
    out.push(`<text x="${px(t)}" y="${H - M.bottom + 17}" text-anchor="middle" font-size="11">${esc(xFormat(t))}</text>`);
  }
  out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#333"/>`);
  out.push(`<line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${H - M.bottom}" stroke="#333"/>`);
  out.push(`<text x="${(M.left + W - M.right) / 2}" y="${H - 10}" text-anchor="middle" font-size="12">${esc(xLabel)}</text>`);
  out.push(`<text transform="translate(14,${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle" font-size="12">MB/s</text>`);
  if (hline !== undefined) {
    out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${py(hline)}" y2="${py(hline)}" stroke="#c0392b" stroke-dasharray="5,4"/>`);
    out.push(`<text x="${W - M.right - 4}" y="${py(hline) - 5}" text-anchor="end" font-size="10" fill="#c0392b">${esc(hlineLabel)}</text>`);
  }
  const path = points.map((p, k) => `${k === 0 ? 'M' : 'L'}${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ');
  out.push(`<path d="${path}" fill="none" stroke="${color}" stroke-width="2"/>`);
  for (const p of points) {
    out.push(`<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="3.5" fill="${color}"><title>${esc(`${xFormat(p.x)}: ${p.y.toFixed(1)} MB/s`)}</title></circle>`);
  }
  out.push('</g>');
  return out.join('\n');
}

/**
 * `bySize`: [{mb, mbps}] at a fixed dictionary; `byDict`: [{aliases, mbps}] at a fixed text
 * size; `floorMbps` for the target line; `caption` under the panels.
 */
export function scalingSvg({ bySize, byDict, floorMbps, dictLabel, sizeLabel, caption }) {
  const target = floorMbps ? floorMbps * 0.08 : undefined;
  const left = panel(
    {
      title: `Throughput vs text size (${dictLabel})`,
      xLabel: 'text size (MB, log scale)',
      points: bySize.map((p) => ({ x: p.mb, y: p.mbps })),
      xTicks: bySize.map((p) => p.mb),
      xFormat: (x) => `${x}`,
      hline: target,
      hlineLabel: 'target: 8% of floor',
      color: '#2471a3',
    },
    0,
  );
  const right = panel(
    {
      title: `Throughput vs dictionary size (${sizeLabel})`,
      xLabel: 'aliases (log scale)',
      points: byDict.map((p) => ({ x: p.aliases, y: p.mbps })),
      xTicks: byDict.map((p) => p.aliases),
      xFormat: (x) => (x >= 1000 ? `${x / 1000}k` : `${x}`),
      hline: target,
      hlineLabel: 'target: 8% of floor',
      color: '#1e8449',
    },
    W,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * W}" height="${H + 24}" viewBox="0 0 ${2 * W} ${H + 24}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    left,
    right,
    `<text x="${W}" y="${H + 14}" text-anchor="middle" font-size="11" fill="#555">${esc(caption)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
