/** The public pages' stylesheet, served as /assets/site.css (static-assets.ts). */
export const SITE_STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1f2937;background:#fff}
a{color:#1d4ed8}a:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:2}
header.site{border-bottom:1px solid #d1d5db;padding:8px 16px;display:flex;flex-wrap:wrap;gap:8px 24px;align-items:baseline;justify-content:space-between}
header.site .name{font-weight:700;font-size:1.15rem;text-decoration:none;color:#111827}
nav.lang a,nav.lang span{padding:0 4px}nav.lang [aria-current]{font-weight:700}
main{max-width:72rem;margin:0 auto;padding:16px}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
.note{background:#fffbeb;border:1px solid #b45309;padding:8px 12px;border-radius:4px}
.lead{font-weight:600}
.scroll{overflow-x:auto}.scroll:focus{outline:3px solid #fd0}
table{border-collapse:collapse;width:100%;font-size:.92rem}
caption{text-align:left;font-weight:600;padding:4px 0}
th,td{border:1px solid #d1d5db;padding:4px 6px;text-align:left;vertical-align:top}
thead th{background:#f3f4f6}td.num{text-align:right;white-space:nowrap}
figure{margin:0 0 1.5rem}.downloads{font-size:.9rem;margin:.25rem 0}
.status{white-space:nowrap}.status .icon{display:inline-block;width:1.2em;text-align:center;font-weight:700}
.s-exceeded .icon{color:#1b7837}.s-met .icon{color:#2166ac}.s-nearly_met .icon{color:#8a4500}.s-not_met .icon{color:#b2182b}.s-no_data .icon{color:#4b5563}
.rollup{font-size:1.4rem;font-weight:700}
.chart svg,.map svg{max-width:100%;height:auto}
details{margin:.5rem 0}pre{white-space:pre-wrap;font-size:.85rem}
ul.cols{columns:16rem;padding-left:1.2rem}
footer{border-top:1px solid #d1d5db;padding:12px 16px;font-size:.85rem;color:#4b5563}
article .dateline{color:#4b5563}article .byline{font-style:italic;text-align:right}
.share a,.share button{margin-right:12px}
`;
