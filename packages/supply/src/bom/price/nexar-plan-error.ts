import { NexarSupplyError } from '../../errors.js';

/** A purchase-plan option that cannot be used: which one, and what to give instead. */
export class NexarPlanError extends NexarSupplyError {
  override readonly name: string = 'NexarPlanError';
  /** The option at fault, e.g. `maxSellers`. */
  readonly option: string;

  constructor(option: string, message: string) {
    super(`${option}: ${message}`);
    this.option = option;
  }
}
