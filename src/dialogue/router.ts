import type { DialogueContext, Feature } from './context.js';

/**
 * Features run in order, like middleware: each either handles the message or calls next().
 * Group messages that do not @-mention the bot only reach the group listeners (e.g. `收到`
 * in a unit group); everything else needs the bot to be addressed.
 */
export class DialogueRouter {
  private readonly groupListeners: Feature[] = [];
  private readonly features: Feature[] = [];

  /** Sees every group message, mentioned or not. */
  listenInGroups(feature: Feature): this {
    this.groupListeners.push(feature);
    return this;
  }

  use(feature: Feature): this {
    this.features.push(feature);
    return this;
  }

  async handle(ctx: DialogueContext): Promise<void> {
    const chain = ctx.isGroup && !ctx.addressed ? this.groupListeners : [...this.groupListeners, ...this.features];
    const run = async (index: number): Promise<void> => {
      const feature = chain[index];
      if (feature) await feature(ctx, () => run(index + 1));
    };
    await run(0);
  }
}
