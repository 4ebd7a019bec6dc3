// Common Japanese family names. Prose writes an unknown person as 「山田大臣」 or 「防衛大臣の井上誠」,
// frames that ministries (外務大臣) and common nouns (防衛大臣の指示) also fill; a name that opens
// with one of the commonest family names is a person's. Two or three kanji only: one-kanji names
// (林, 森, 原) are words too often, and names that are also places (千葉, 横田, 福島) are left out.
const COMMON_SURNAMES = new Set(
  (
    '佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 山田 佐々木 松本 井上 木村 斎藤 斉藤 清水 山崎 池田 橋本 阿部 山下 中島 ' +
    '石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 ' +
    '小野 田村 和田 石田 森田 上田 内田 柴田 酒井 横山 高木 安藤 宮本 大野 小島 谷口 今井 工藤 高田 増田 丸山 杉山 村田 大塚 新井 ' +
    '小山 平野 藤本 河野 野口 武田 松井 岩崎 菅原 木下 久保 佐野 野村 松尾 菊地 杉本 古川 大西 島田 水野 桜井 高野 渡部 吉川 山内 ' +
    '西田 飯田 菊池 西川 小松 北村 安田 五十嵐 川口 平田 中田 久保田 服部 岩田 土屋 本田 樋口 秋山 田口 永井 山中 中西 吉村 川上 ' +
    '石原 大橋 松岡 馬場 浜田 森本 星野 矢野 浅野 大久保 松下 小池 野田 荒木 大谷 内藤 松浦 熊谷 黒田 尾崎 永田 川村 望月 田辺 ' +
    '松村 荒井 大島 平井 早川 菅野 栗原 西山 広瀬 石橋 萩原 岩本 片山 関口 宮田 大石 高山 本間 吉岡 宮下 小西 小田 矢島 須藤 ' +
    '中谷 木原 吉田 折木'
  ).split(' '),
);

/** The common family name `name` opens with, if any (longest first: 佐々木 before 佐々). */
export function commonSurnameAt(name: string): string | undefined {
  for (const n of [3, 2]) {
    const head = name.slice(0, n);
    if (head.length === n && COMMON_SURNAMES.has(head)) return head;
  }
  return undefined;
}
