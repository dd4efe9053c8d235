import { normalizeChatText } from './text-normalize.js';

export type Acknowledgement = 'acknowledged' | 'submitted';

// A question ("收到了吗？", "要报送吗") asks rather than answers, so it never counts.
const QUESTION = /[?]|[吗嘛么呢][\s!.~。！～…]*$|是否|有没有|了没|什么|啥|怎么|哪|几号|几点|多久|请问|\b(when|what|how|where|why|should|did|is it)\b/u;

// "没收到", "还没提交", "not done yet": a reply, but neither an acknowledgement nor a submission.
const NEGATED = /(没|未|不|尚未|还没|没有)(有)?(法)?(收到|提交|报送|上报|完成|交|报)|\b(not|haven'?t|hasn'?t|didn'?t|can'?t)\b/u;

const SUBMITTED = [
  /(已经?|都|均)(提交|报送|上报|完成|交|报|发送|上传|发)/u,
  /(提交|报送|上报|完成|交|报|发|传)(好|完)?了/u,
  /\b(submitted|done|sent|uploaded|completed|finished|delivered)\b/u,
];

const ACKNOWLEDGED_WORDS = /收到|好的|明白|知道了|知悉|了解|已阅|遵照执行|照办|\b(ok|okay|received|noted|got it|roger|copy that|will do)\b|👌|👍|🙏/u;
const ACKNOWLEDGED_AT_START = /^(收到|好的|明白|知道了|知悉|了解|已阅|\b(ok|okay|received|noted|got it|roger|copy)\b|👌|👍)/u;
const BARE_OK = /^(好|嗯|嗯嗯|好滴|好嘞|k)[\s!.~。！～]*$/u;
// Beyond this length an ack word is probably part of some other sentence ("这个方案好的地方…").
const SHORT_REPLY_LENGTH = 12;

/**
 * Reads a unit's reply to a reminder. Submission wins over acknowledgement ("收到，已提交");
 * questions, negations and unrelated text give null, so the bot never records a false 收到.
 */
export function parseAcknowledgement(text: string): Acknowledgement | null {
  const reply = normalizeChatText(text);
  if (!reply || QUESTION.test(reply) || NEGATED.test(reply)) return null;
  if (SUBMITTED.some((pattern) => pattern.test(reply))) return 'submitted';
  if (ACKNOWLEDGED_AT_START.test(reply) || BARE_OK.test(reply)) return 'acknowledged';
  if (ACKNOWLEDGED_WORDS.test(reply) && [...reply].length <= SHORT_REPLY_LENGTH) return 'acknowledged';
  return null;
}
