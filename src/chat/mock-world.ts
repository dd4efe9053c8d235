// The only module that touches wechaty-puppet-mock (pinned at 1.19.4, last released 2022).
// It builds the demo county's WeChat: the bot's own account, every person's contact and every
// room, for the terminal demo, the tests and the benchmark.
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { WechatyBuilder, type Message, type Wechaty } from 'wechaty';
import { BOT_CONTACT, DEMO_PEOPLE, DEMO_UNITS, OFFICE_ROOM, PARENTS_ROOM, STRANGER_CONTACT, UNBOUND_ROOM } from '../store/seed/demo-county.js';

type ContactMock = ReturnType<mock.Mocker['createContact']>;
type RoomMock = ReturnType<mock.Mocker['createRoom']>;

export type SentMessage = { conversationId: string; roomId: string | null; text: string; mentionIds: string[]; at: number };

export class MockWorld {
  readonly mocker = new mock.Mocker();
  readonly bot: Wechaty;
  readonly botUser: ContactMock;
  readonly contacts = new Map<string, ContactMock>();
  readonly rooms = new Map<string, RoomMock>();
  /** Everything the bot sent, in the order the puppet received it. */
  readonly sent: SentMessage[] = [];
  private readonly sentListeners: ((message: SentMessage) => void)[] = [];

  constructor() {
    const puppet = new PuppetMock({ mocker: this.mocker });
    this.bot = WechatyBuilder.build({ name: 'bangfu-mock', puppet });
    this.botUser = this.mocker.createContact({ id: BOT_CONTACT.id, name: BOT_CONTACT.name });
    for (const person of [...DEMO_PEOPLE, ...DEMO_UNITS.map((unit) => unit.contact)]) {
      const id = person.contactId ?? `wxid_demo_${person.key}`;
      this.contacts.set(id, this.mocker.createContact({ id, name: person.name }));
    }
    this.contacts.set(STRANGER_CONTACT.id, this.mocker.createContact({ id: STRANGER_CONTACT.id, name: STRANGER_CONTACT.name }));
    const everyone = [...this.contacts.keys()];
    const admin = DEMO_PEOPLE.find((person) => person.role === 'OFFICE_ADMIN')!.contactId!;
    this.addRoom(OFFICE_ROOM.id, OFFICE_ROOM.topic, [admin]);
    this.addRoom(PARENTS_ROOM.id, PARENTS_ROOM.topic, everyone.filter((id) => id.startsWith('wxid_parent') || id === STRANGER_CONTACT.id));
    for (const unit of DEMO_UNITS) this.addRoom(unit.roomId, `${unit.nameZh} · 边境扶贫专项行动`, [unit.contact.contactId!, admin]);
    const waterUnit = DEMO_UNITS.find((unit) => unit.code === 'water-resources') ?? DEMO_UNITS[0]!;
    this.addRoom(UNBOUND_ROOM.id, UNBOUND_ROOM.topic, [waterUnit.contact.contactId!, admin]);
    this.bot.on('message', (message: Message) => {
      if (message.self()) this.recordSent(message);
    });
  }

  addRoom(id: string, topic: string, memberIds: string[]): RoomMock {
    const room = this.mocker.createRoom({ id, topic, memberIdList: [BOT_CONTACT.id, ...memberIds] });
    this.rooms.set(id, room);
    return room;
  }

  addContact(id: string, name: string): ContactMock {
    const contact = this.mocker.createContact({ id, name });
    this.contacts.set(id, contact);
    return contact;
  }

  /** Starts the bot and logs the mock account in (the mock never emits `ready`). */
  async start(): Promise<void> {
    const loggedIn = new Promise<void>((resolve) => this.bot.once('login', () => resolve()));
    await this.bot.start();
    this.mocker.login(this.botUser);
    await loggedIn;
  }

  async stop(): Promise<void> {
    await this.bot.stop();
  }

  contact(id: string): ContactMock {
    const contact = this.contacts.get(id);
    if (!contact) throw new Error(`No mock contact ${id}`);
    return contact;
  }

  room(id: string): RoomMock {
    const room = this.rooms.get(id);
    if (!room) throw new Error(`No mock room ${id}`);
    return room;
  }

  /** A person writes to the bot privately. Returns the platform message id. */
  sayPrivately(fromId: string, text: string): string {
    this.contact(fromId).say(text).to(this.botUser);
    return this.lastMessageId();
  }

  /** A person writes in a room, optionally @-mentioning the bot as WeChat does ("@帮扶助手 ..."). */
  sayInRoom(fromId: string, roomId: string, text: string, options: { mentionBot?: boolean } = {}): string {
    const body = options.mentionBot ? `@${BOT_CONTACT.name}\u2005${text}` : text;
    this.contact(fromId).say(body, options.mentionBot ? [this.botUser] : []).to(this.room(roomId));
    return this.lastMessageId();
  }

  /** WeChat delivering the same message again (it does, after reconnects). */
  redeliver(messageId: string): void {
    this.bot.puppet.emit('message', { messageId });
  }

  private lastMessageId(): string {
    return [...this.mocker.cacheMessagePayload.keys()].at(-1)!;
  }

  /** Sends a file (an image when its name ends in .jpg/.png) as the person. */
  sendFile(fromId: string, to: { roomId?: string }, file: Parameters<ContactMock['say']>[0]): void {
    this.contact(fromId).say(file).to(to.roomId ? this.room(to.roomId) : this.botUser);
  }

  /** Replies the bot sent into one conversation (a room id, or a contact id for private chats). */
  sentTo(conversationId: string): SentMessage[] {
    return this.sent.filter((message) => message.conversationId === conversationId);
  }

  onSent(listener: (message: SentMessage) => void): void {
    this.sentListeners.push(listener);
  }

  private recordSent(message: Message): void {
    const room = message.room();
    const listener = message.listener();
    const sent: SentMessage = {
      conversationId: room ? room.id : listener?.id ?? '',
      roomId: room?.id ?? null,
      text: message.text(),
      mentionIds: ((message.payload as { mentionIdList?: string[] } | undefined)?.mentionIdList) ?? [],
      at: Date.now(),
    };
    this.sent.push(sent);
    for (const notify of this.sentListeners) notify(sent);
  }
}
