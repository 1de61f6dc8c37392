/**
 * Count roll-ups: "23/24 chỉ tiêu KT-XH đạt, vượt kế hoạch", "10/18 chỉ tiêu NQ đạt và vượt",
 * "đạt 134/190 tiêu chí", and the slash-less "đề ra 26 chỉ tiêu … có 23 chỉ tiêu hoàn thành và
 * vượt". A rank ("xếp thứ 3/8") is no roll-up; the scanner reads it before it gets here.
 */
import type { RollupStatus } from "./types.ts";

const STOP = String.raw`(?:đạt|vượt|hoàn\s+thành|không|chưa|được|của|trên|so|có|chiếm|bằng|tăng|giảm|là|trong|theo)`;
const NOUN = new RegExp(
  String.raw`^\s*((?:[\p{L}\p{M}][\p{L}\p{M}\-–]*)(?:\s+(?!${STOP}(?![\p{L}\p{M}]))[\p{L}\p{M}][\p{L}\p{M}\-–]*){0,5})`,
  "u",
);
const STATUS =
  /^[^.;()]{0,40}?(?<![\p{L}\p{M}])(đạt\s*(?:,|và|hoặc)\s*vượt|hoàn\s+thành\s*(?:,|và)\s*vượt|đạt\s+trở\s+lên|không\s+đạt|chưa\s+đạt|chưa\s+hoàn\s+thành|vượt|đạt|hoàn\s+thành)(?![\p{L}\p{M}])/iu;
const RESOLUTION = /(?<![\p{L}\p{M}])(?:NQ|nghị\s+quyết)/iu;

/** The counted noun after "23/24": "chỉ tiêu KT-XH", "tiêu chí nông thôn mới", "làng". */
export function readCountNoun(tail: string): { noun: string; length: number } | null {
  const match = NOUN.exec(tail.slice(0, 120));
  if (!match) return null;
  return { noun: match[1]!.trim(), length: match[0].length };
}

/** The status a roll-up states after its noun ("đạt, vượt" → met_or_exceeded), or `met`. */
export function readRollupStatus(after: string): { status: RollupStatus; length: number } {
  const match = STATUS.exec(after.slice(0, 120));
  if (!match) return { status: "met", length: 0 };
  const word = match[1]!.toLowerCase().replace(/\s+/g, " ");
  let status: RollupStatus = "met";
  if (/vượt|trở lên/.test(word) && /đạt|hoàn thành/.test(word)) status = "met_or_exceeded";
  else if (/^(?:không|chưa)/.test(word)) status = "not_met";
  else if (word === "vượt") status = "exceeded";
  return { status, length: match[0].length };
}

/** Whether a roll-up is counted against a resolution ("chỉ tiêu NQ", "so với Nghị quyết"). */
export function isResolutionRollup(noun: string, after: string): boolean {
  return (
    RESOLUTION.test(noun) || /^[^.;]{0,40}?so\s+(?:với\s+)?(?:NQ|nghị\s+quyết)/iu.test(after.slice(0, 80))
  );
}

/** Whether a counted noun can be a roll-up's: targets, criteria, villages, households… */
export function isRollupNoun(noun: string): boolean {
  return /^(?:chỉ tiêu|tiêu chí|nhiệm vụ|làng|thôn|bản|xã|hộ|khu dân cư|công trình|dự án|sản phẩm|trường|nội dung|mục tiêu|đơn vị|cơ quan|phường)/iu.test(
    noun,
  );
}

const SLASHLESS = /(?<![\d.,/])(\d{1,3})\s+(chỉ\s+tiêu)(?=[^.;]{0,30}?(?:đạt|hoàn\s+thành|vượt))/giu;
const TOTAL = /(?<![\d.,])(\d{1,3})\s+chỉ\s+tiêu/giu;

export interface SlashlessRollup {
  met: number;
  total: number;
  start: number;
  end: number;
}

/**
 * "Đề ra 26 chỉ tiêu … có 23 chỉ tiêu hoàn thành và vượt": the met count in a sentence, with
 * the total from an earlier mention of a larger number of targets in the passage.
 */
export function findSlashlessRollups(sentence: string, passageBefore: string): SlashlessRollup[] {
  const found: SlashlessRollup[] = [];
  for (const match of sentence.matchAll(SLASHLESS)) {
    const met = Number(match[1]);
    const head = sentence.slice(Math.max(0, match.index - 12), match.index);
    if (!/(?:có|với|đạt|được|là|[,:;])\s*$/iu.test(head)) continue;
    const earlier = passageBefore + sentence.slice(0, match.index);
    let total: number | null = null;
    for (const t of earlier.slice(-2000).matchAll(TOTAL)) {
      const n = Number(t[1]);
      if (n > met) total = n;
    }
    if (total !== null) found.push({ met, total, start: match.index, end: match.index + match[0].length });
  }
  return found;
}
