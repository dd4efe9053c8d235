// Parsing one visit report, over the parser table's reports.
import { parseCheckIn } from '../../src/check-ins/index.js';
import { CHECK_IN_ROWS } from '../check-ins/check-in-table.js';
import { figure, round, type BenchModule } from './report.js';

const ROUNDS = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const checkinParseModule: BenchModule = {
  name: 'checkin-parse',
  description: 'parsing one visit report in-process',
  async run() {
    const rows = CHECK_IN_ROWS.map((row) => ({ text: row.text, now: new Date(row.now ?? '2025-03-12T10:00:00+08:00'), names: row.householdNames }));
    for (const row of rows) parseCheckIn(row.text, row.now, { householdNames: row.names }); // warm-up
    const samples: number[] = [];
    for (let round_ = 0; round_ < ROUNDS; round_++) {
      for (const row of rows) {
        const start = performance.now();
        parseCheckIn(row.text, row.now, { householdNames: row.names });
        samples.push(performance.now() - start);
      }
    }
    samples.sort((a, b) => a - b);
    return {
      figures: [
        figure('checkin_parse_p50_ms', round(percentile(samples, 50), 3), 'ms', `${rows.length} reports × ${ROUNDS}`),
        figure('checkin_parse_p99_ms', round(percentile(samples, 99), 3), 'ms', `${rows.length} reports × ${ROUNDS}`),
      ],
    };
  },
};
