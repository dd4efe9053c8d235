// `npm start` without a real puppet: talk to the bot as anyone in the demo county, in a private
// chat or a group, and see replies as WeChat would show them.
import { createInterface } from 'node:readline/promises';
import type { MockWorld } from './mock-world.js';
import { DEMO_PEOPLE, DEMO_UNITS, OFFICE_ROOM, PARENTS_ROOM, STRANGER_CONTACT, UNBOUND_ROOM } from '../store/seed/demo-county.js';
import { formatBeijing, fromBeijing } from '../shared/beijing-time.js';

type Speaker = { id: string; name: string; label: string };

const speakers = (): Record<string, Speaker> => {
  const byKey = (key: string, label: string): Speaker => {
    const person = DEMO_PEOPLE.find((candidate) => candidate.key === key)!;
    return { id: person.contactId!, name: person.name, label };
  };
  const unit = DEMO_UNITS[2] ?? DEMO_UNITS[0]!;
  const water = DEMO_UNITS.find((candidate) => candidate.code === 'water-resources') ?? unit;
  return {
    parent: byKey('parent', '家长'),
    helper: byKey('helper', '帮扶干部'),
    admin: byKey('admin', '办公室管理员'),
    unit: { id: unit.contact.contactId!, name: unit.contact.name, label: `${unit.nameZh}联络人` },
    water: { id: water.contact.contactId!, name: water.contact.name, label: `${water.nameZh}联络人` },
    stranger: { id: STRANGER_CONTACT.id, name: STRANGER_CONTACT.name, label: '陌生人' },
  };
};

const HELP = `命令 commands:
  /as parent|helper|unit|admin|stranger   换一个人说话 (speak as someone else)
  /room parents|office|unit|new           到群里说话 (talk in a group; @助手 is added for you, start with "-" to not mention)
  /private                                回到私聊 (back to the private chat)
  /clock 2027-01-22 09:00                 把时钟拨到那一刻，到期的提醒立即发出 (move the clock; due reminders go out)
  /quit                                   退出
在「new」群里以水利局联络人（/as water）发送「绑定单位 DW-DEMO08」可把该群绑定为水利局工作群。`;

/** What the demo can do besides chatting: move its clock, which fires what has come due. */
export interface DemoControls {
  jumpTo(instant: Date): Promise<{ reminders: number; followUps: number }>;
  now(): Date;
}

export async function runTerminalDemo(world: MockWorld, controls: DemoControls, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  const people = speakers();
  let speaker = people.parent!;
  let roomId: string | null = null;
  const roomIds: Record<string, string> = {
    parents: PARENTS_ROOM.id,
    office: OFFICE_ROOM.id,
    unit: (DEMO_UNITS[2] ?? DEMO_UNITS[0]!).roomId,
    new: UNBOUND_ROOM.id,
  };

  world.onSent((message) => {
    const where = message.roomId ? `[${world.room(message.roomId).payload.topic}] ` : `[私聊 → ${world.contact(message.conversationId).payload.name}] `;
    output.write(`\n🤖 ${where}\n${message.text}\n`);
  });

  output.write(`\n帮扶助手 Bangfu demo county — ${HELP}\n`);
  const prompt = () => `${speaker.name}(${speaker.label})${roomId ? `@${world.room(roomId).payload.topic}` : ''} > `;
  const input = createInterface({ input: process.stdin, output: output as NodeJS.WriteStream, terminal: process.stdin.isTTY });
  // The line iterator buffers what is typed while a reply is on its way; question() would drop it.
  const lines = input[Symbol.asyncIterator]();
  try {
    for (;;) {
      output.write(prompt());
      const next = await lines.next();
      if (next.done) return;
      const line: string = next.value;
      const text = line.trim();
      if (text === '/quit' || text === '/exit') return;
      if (text.startsWith('/as ')) {
        speaker = people[text.slice(4).trim()] ?? speaker;
        continue;
      }
      if (text.startsWith('/room ')) {
        roomId = roomIds[text.slice(6).trim()] ?? roomId;
        continue;
      }
      if (text === '/private') {
        roomId = null;
        continue;
      }
      if (text.startsWith('/clock')) {
        output.write(`${await moveClock(controls, text.slice(6).trim())}\n`);
        continue;
      }
      if (text === '/help') {
        output.write(`${HELP}\n`);
        continue;
      }
      if (roomId) {
        const unmentioned = text.startsWith('-');
        world.sayInRoom(speaker.id, roomId, unmentioned ? text.slice(1).trim() : text, { mentionBot: !unmentioned });
      } else {
        world.sayPrivately(speaker.id, line);
      }
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
  } finally {
    input.close();
  }
}

async function moveClock(controls: DemoControls, argument: string): Promise<string> {
  const match = /^(\d{4}-\d{2}-\d{2})(?:\s+(\d{1,2}:\d{2}))?$/.exec(argument);
  if (!match) return `现在是北京时间 ${formatBeijing(controls.now())}。用法：/clock 2027-01-22 09:00`;
  const instant = fromBeijing(match[1]!, (match[2] ?? '09:00').padStart(5, '0'));
  if (Number.isNaN(instant.getTime())) return `「${argument}」不是有效的时间。用法：/clock 2027-01-22 09:00`;
  const fired = await controls.jumpTo(instant);
  return `⏰ 时钟已拨到北京时间 ${formatBeijing(instant)}：发出 ${fired.reminders} 条提醒、${fired.followUps} 条催办。`;
}
