import type { Plugin } from 'graphql-yoga';
import type { ApplicationRegistry } from '../applications.js';
import type { EmulatorStats } from '../stats.js';
import type { ApiContext } from './api-context.js';
import { ApiErrorCode, apiError } from './api-errors.js';
import { lostParts } from './returned-parts.js';

/**
 * Charges the part objects a response returns to the calling application as one amount: every SupPart
 * object in the answer, nested ones included, each time it appears; parts an error nulled out are not
 * returned and not charged. A response that does not
 * fit in what is left is replaced whole by Nexar's over-limit error and charges nothing, so the counter
 * never moves for parts the caller did not receive.
 */
export function chargeParts(applications: ApplicationRegistry, stats: EmulatorStats): Plugin<ApiContext> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as ApiContext;
      const before = context.meter.parts;
      const entriesBefore = context.meter.entries?.length ?? 0;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const resolved = context.meter.parts - before;
          // Only what the answer holds: a part an error nulled out (with its parent) is not returned.
          const lost =
            resolved > 0 && result.errors?.length
              ? lostParts(result.data, context.meter.entries?.slice(entriesBefore) ?? [], args.schema)
              : 0;
          const parts = resolved - lost;
          if (parts === 0) return;
          const charge = applications.chargeParts(context.auth.clientId, parts);
          if (charge.allowed) {
            stats.partsReturned += parts;
            return;
          }
          setResult({
            data: null,
            errors: [
              apiError(
                ApiErrorCode.partLimitExceeded,
                `Part limit exceeded: this response has ${parts} parts and the application has used ` +
                  `${charge.partCounter} of its ${charge.partLimit} parts. Raise the plan's limit at ` +
                  'portal.nexar.com or wait for the monthly reset.',
              ),
            ],
          });
        },
      };
    },
  };
}
