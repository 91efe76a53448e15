// How large the code of a model has grown during its lowering. Loops are unrolled and helpers
// inlined, so a short source can stand for millions of IR nodes (a 4096-step loop inside
// another); counting them as they are made lets the lowering stop with a diagnostic at the
// construct that grew them instead of running for minutes and out of memory.
import type { Expr, IntegrationMethod, OdeFn } from '../ir/types';
import { walkDag } from '../ir/expr';

/**
 * The most distinct IR nodes a model may have: ample for real models (the built-in ones have at
 * most 150 before integrator expansion, a Poisson sampler unrolled 64 times about 650), and
 * small enough that hitting it takes seconds and LLVM can still compile what stays under it.
 */
export const MAX_IR_NODES = 250_000;

/** About how many times integrator expansion copies the right-hand side for one step() call. */
const RHS_COPIES: Record<IntegrationMethod, number> = { euler: 1, rk2: 2, rk4: 4, exp_euler: 3, euler_maruyama: 3 };

export class CodeSize {
  private readonly seen = new Set<Expr>();
  /** Nodes that the integrator pass will make, estimated at each step() call. */
  private expanded = 0;
  private readonly odeSizes = new Map<OdeFn, number>();

  get nodes(): number {
    return this.seen.size + this.expanded;
  }

  /** Counts the nodes below `roots` not counted before (each node is walked once overall). */
  count(roots: Expr[]): void {
    walkDag(roots, { done: (e) => this.seen.has(e), leave: (e) => this.seen.add(e) });
  }

  /** Counts the expansion of one step() call of `ode`. */
  countStep(ode: OdeFn): void {
    let size = this.odeSizes.get(ode);
    if (size === undefined) {
      size = 0;
      walkDag(ode.returns, { leave: () => size!++ });
      this.odeSizes.set(ode, size);
    }
    this.expanded += size * RHS_COPIES[ode.method];
  }

  get exceeded(): boolean {
    return this.nodes > MAX_IR_NODES;
  }
}
