/** Running totals of one unit's flows over the months of a business case (timeline.ts). */
import type { Flow } from './timeline-types.ts';

export class Running {
  cash = 0;
  capacityCost = 0;
  value = 0;
  presentValue = 0;
  add(cash: number, capacityCost: number, value: number, discount: number): Flow {
    this.cash += cash;
    this.capacityCost += capacityCost;
    this.value += value;
    this.presentValue += (value - cash - capacityCost) * discount;
    const cost = cash + capacityCost;
    const cumulativeCost = this.cash + this.capacityCost;
    return {
      cash,
      capacityCost,
      cost,
      capacityValue: value,
      net: value - cost,
      cumulativeCost,
      cumulativeCapacityValue: this.value,
      cumulativeNet: this.value - cumulativeCost,
      cumulativePresentValue: this.presentValue,
    };
  }
  get net(): number {
    return this.value - this.cash - this.capacityCost;
  }
}
