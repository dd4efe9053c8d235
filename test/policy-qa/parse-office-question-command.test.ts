import { describe, expect, it } from 'vitest';
import { parseOfficeQuestionCommand } from '../../src/policy-qa/parse-office-question-command.js';

describe('parseOfficeQuestionCommand', () => {
  it.each([
    ['答复 Q12 营养餐直接发到食堂', { kind: 'answer', number: 12, answer: '营养餐直接发到食堂' }],
    ['答复Q12：营养餐直接发到食堂', { kind: 'answer', number: 12, answer: '营养餐直接发到食堂' }],
    ['答复 ｑ１２，多行\n第二行', { kind: 'answer', number: 12, answer: '多行\n第二行' }],
    ['answer q7 It is free.', { kind: 'answer', number: 7, answer: 'It is free.' }],
    ['答复 Q3', { kind: 'answer', number: 3, answer: '' }],
    ['待答', { kind: 'list' }],
    ['待答问题？', { kind: 'list' }],
    ['转为政策 Q12', { kind: 'promote', number: 12 }],
    ['转为政策Ｑ１２。', { kind: 'promote', number: 12 }],
    ['「帮扶助手：待答问题 Q12：校车几点发车？」\n- - - - - - - - - - - - - - -\n早上7点', { kind: 'answer', number: 12, answer: '早上7点' }],
    ['「帮扶助手：待答问题 Q12：校车几点发车？\n（提问人：王大山，私聊）」\n- - - - - - - - - - - - - - -\n答复 Q13 以这条为准', { kind: 'answer', number: 13, answer: '以这条为准' }],
  ])('%s', (text, expected) => expect(parseOfficeQuestionCommand(text)).toEqual(expected));

  it.each(['营养餐一天补多少钱？', '答复一下我', '待答的问题有几个是家长问的', '「李主任：明天开会」\n- - - - - - - - - - - - - - -\n收到', '转为政策'])(
    'is not a command: %s',
    (text) => expect(parseOfficeQuestionCommand(text)).toBeNull(),
  );
});
