// `npm run gen:api`: regenerate src/api/schema.gen.ts from src/api/openapi.yaml.
import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { generateApiTypes, schemaFile } from './gen-api-lib.mjs';

await writeFile(schemaFile, await generateApiTypes());
console.log(`wrote ${relative(process.cwd(), schemaFile)}`);
