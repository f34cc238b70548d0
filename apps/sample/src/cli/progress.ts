/**
 * Progress of a BOM run on stderr: a bar redrawn in place on a terminal, plain lines otherwise (logs,
 * CI, pipes), so stdout keeps only the result.
 */
import type { BomProgress } from '@nexar/supply';
import { count } from './format.js';

export interface ProgressReporter {
  onProgress(progress: BomProgress): void;
  /** Ends the bar's line. */
  done(): void;
}

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  let drawn = false;
  return {
    onProgress(progress) {
      if (stream.isTTY) {
        stream.write(
          `\r${bar(progress.linesDone / Math.max(1, progress.linesTotal))} ${describe(progress)}\x1b[K`,
        );
        drawn = true;
      } else if (progress.linesDone > 0 || progress.requests > 0) {
        // A log gets lines that say something: not the empty start (a run that fails at once stays one line).
        stream.write(`${describe(progress)}\n`);
      }
    },
    done() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}

function describe(p: BomProgress): string {
  const eta = p.etaMs === undefined || p.etaMs === 0 ? '' : `, about ${Math.ceil(p.etaMs / 1000)} s left`;
  return `${p.linesDone}/${count(p.linesTotal, 'line')} done, ${count(p.requests, 'request')}, ${count(p.partsUsed, 'part')} used${eta}`;
}

function bar(fraction: number, width = 24): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}
