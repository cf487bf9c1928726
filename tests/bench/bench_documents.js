// Runs @amida-tech/blue-button's parser over the files listed in argv[2],
// argv[3] times, and prints its throughput (used by bench_documents.sh).
'use strict';
const fs = require('fs');
const bb = require('@amida-tech/blue-button');

const files = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const iterations = Number(process.argv[3] || 20);
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);

let failures = 0;
const start = process.hrtime.bigint();
for (let i = 0; i < iterations; ++i) {
    for (const text of texts) {
        try {
            bb.parseString(text);
        } catch (e) {
            ++failures;
        }
    }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const mb = (bytes * iterations) / (1024 * 1024);
console.log(`blue-button parse: ${((files.length * iterations) / seconds).toFixed(1).padStart(8)} documents/s ` +
    `${(mb / seconds).toFixed(2).padStart(8)} MB/s (${failures / iterations} of ${files.length} files threw)`);
console.log(`BLUEBUTTON_MBPS=${(mb / seconds).toFixed(3)}`);
