// The portal's i18n catalogues: English and Norwegian Bokmål have the same keys, every plural has both forms, and the
// {placeholders} of each text are the same in both languages. Needs no browser and no platform.
const fs = require('fs');
const path = require('path');

const SOURCE = process.env.I18N_JS || path.join(__dirname, '../../../../gateway/src/main/resources/META-INF/resources/portal/js/i18n.js');

async function main() {
  const code = fs.readFileSync(SOURCE, 'utf8');
  const { dictionaries } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const { en, nb } = dictionaries;
  const problems = [];
  for (const k of Object.keys(en)) if (!(k in nb)) problems.push(`nb lacks ${k}`);
  for (const k of Object.keys(nb)) if (!(k in en)) problems.push(`en lacks ${k}`);
  const names = (s) => [...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
  for (const k of Object.keys(en)) {
    if (k in nb && names(en[k]) !== names(nb[k])) problems.push(`${k}: placeholders {${names(en[k])}} in en, {${names(nb[k])}} in nb`);
    if (k.endsWith('.one') && !(`${k.slice(0, -4)}.other` in en)) problems.push(`${k} has no .other`);
  }
  for (const k of Object.keys(nb)) if (!String(nb[k]).trim()) problems.push(`nb ${k} is empty`);
  if (problems.length) {
    console.log(`FAIL catalogues:\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(`OK catalogues: ${Object.keys(en).length} keys in en and nb, same placeholders`);
}

main().catch((e) => {
  console.log(`FAIL catalogues: ${e.stack || e}`);
  process.exit(1);
});
