// Compiles a Typst file into a tagged PDF/UA-1 with the Typst compiler of the
// @myriaddreamin/typst-ts-node-compiler package, the way benchmarks/compare.sh times it:
//   node benchmarks/typst/compile.js report.typ report.pdf
// Exits with 1 and Typst's diagnostics when the file does not compile.
'use strict';
const path = require('path');
const fs = require('fs');
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');

const [source, target] = process.argv.slice(2);
if (!source || !target) {
  console.error('usage: node compile.js SOURCE.typ TARGET.pdf');
  process.exit(2);
}
const folder = path.dirname(path.resolve(source));
const compiler = NodeCompiler.create({ workspace: folder });
const compiled = compiler.compile({ mainFilePath: path.resolve(source) });
const diagnostics = compiled.takeDiagnostics();
if (!compiled.result) {
  console.error(JSON.stringify(compiler.fetchDiagnostics(diagnostics), null, 2));
  process.exit(1);
}
try {
  fs.writeFileSync(target, compiler.pdf(compiled.result, { pdfStandard: 'ua-1', creationTimestamp: 1700000000 }));
} catch (e) {
  console.error(`${source}: ${e.message}`);
  process.exit(1);
}
