// ID-card and mobile numbers never appear whole in replies or logs.
const ID_CARD = /(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)/g;
const MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;

export function maskPersonalData(text: string): string {
  return text.replace(ID_CARD, '$1********$2').replace(MOBILE, '$1****$2');
}
