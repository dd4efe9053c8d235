// Which features answer, in which order. Capabilities add themselves here.
import { cancelFeature } from '../dialogue/features/cancel.js';
import { bindFeature } from '../dialogue/features/bind.js';
import { fallbackFeature } from '../dialogue/features/fallback.js';
import { helpFeature } from '../dialogue/features/help.js';
import { HelpCatalog } from '../dialogue/help-catalog.js';
import type { PeopleDirectory } from '../dialogue/ports.js';
import { DialogueRouter } from '../dialogue/router.js';

export type RouterDeps = { people: PeopleDirectory };

export function buildRouter(deps: RouterDeps): DialogueRouter {
  const help = new HelpCatalog()
    .add({ roles: ['stranger', 'parent'], text: { zh: '绑定身份：发送「绑定 邀请码」（邀请码由办公室发放）', en: 'Register: send "bind <invite code>" (the office gives you the code)' } });
  return new DialogueRouter()
    .use(cancelFeature)
    .use(helpFeature(help))
    .use(bindFeature(deps.people))
    .use(fallbackFeature);
}
