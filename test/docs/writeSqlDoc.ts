// `npm run docs:sql`: writes the demo model's query into docs/sql.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { withDemoQuery } from '../support/demoModelSql';

const file = 'docs/sql.md';
writeFileSync(file, withDemoQuery(readFileSync(file, 'utf8')));
console.log(`wrote the demo model's query into ${file}`);
