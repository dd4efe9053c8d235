// Which features answer, in which order. Capabilities add themselves here.
import { cancelFeature } from '../dialogue/features/cancel.js';
import { bindFeature } from '../dialogue/features/bind.js';
import { fallbackFeature } from '../dialogue/features/fallback.js';
import { helpFeature } from '../dialogue/features/help.js';
import { HelpCatalog } from '../dialogue/help-catalog.js';
import type { PeopleDirectory } from '../dialogue/ports.js';
import { checkInFeature } from '../check-ins/check-in-feature.js';
import { CHECK_IN_HELP } from '../check-ins/check-in-help.js';
import type { VisitLedger } from '../check-ins/ports.js';
import { DialogueRouter } from '../dialogue/router.js';

export type RouterDeps = { people: PeopleDirectory; visits: VisitLedger };

export function buildRouter(deps: RouterDeps): DialogueRouter {
  const help = new HelpCatalog()
    .add({ roles: ['stranger', 'parent'], text: { zh: '绑定身份：发送「绑定 邀请码」（邀请码由办公室发放）', en: 'Register: send "bind <invite code>" (the office gives you the code)' } });
  for (const entry of CHECK_IN_HELP) help.add(entry);
  return new DialogueRouter()
    // Before 取消 (cancelling a report withdraws its draft) and before any policy answers
    // (a helper's report is not a question).
    .use(checkInFeature({ ledger: deps.visits }))
    .use(cancelFeature)
    .use(helpFeature(help))
    .use(bindFeature(deps.people))
    .use(fallbackFeature);
}
