// What the dialogue needs from the outside world. The store/ and queue/ adapters implement these.

export type Role = 'parent' | 'helper' | 'unit_contact' | 'office_admin';
export type RoleOrStranger = Role | 'stranger';

export interface Person {
  id: string;
  name: string;
  role: Role;
  language: string;
  unitId: string | null;
}

export type BindOutcome =
  | { ok: true; person: Person }
  | { ok: false; reason: 'unknown_code' | 'code_used' | 'contact_already_bound'; boundTo?: Person };

export interface PeopleDirectory {
  findByContact(contactId: string): Promise<Person | null>;
  /** Binds the contact with a one-time invite code; atomic, so a code works once. */
  bindContact(contactId: string, code: string, at: Date): Promise<BindOutcome>;
}

export interface ConversationState {
  flow: string;
  step: string;
  data: Record<string, unknown>;
  updatedAt: string;
}

export interface ConversationStore {
  get(key: string): Promise<ConversationState | null>;
  set(key: string, state: ConversationState, ttlSeconds: number): Promise<void>;
  clear(key: string): Promise<void>;
}

export interface AuditEntry {
  actorId: string | null;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditTrail {
  record(entry: AuditEntry): Promise<void>;
}

export interface InboundLog {
  /** 'resumed' means an earlier attempt was interrupted: handle again (handling is idempotent). */
  begin(message: import('./inbound-message.js').InboundMessage): Promise<'new' | 'resumed' | 'already_handled'>;
  finish(messageId: string, outcome: { at: Date; replyCount: number; capability: string | null; worker: string }): Promise<void>;
}

export interface ReplyQueue {
  /** Idempotent per origin id: queuing the same replies twice sends them once. */
  enqueue(
    accountId: string,
    messages: import('./inbound-message.js').OutgoingMessage[],
    origin: { id: string; causedAt: Date },
  ): Promise<number>;
}
