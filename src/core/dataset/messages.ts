// Every message the dataset loader produces, in English and Japanese side by side. Codes live
// with the callers; only the wording is here. Identifiers (field names, ids, values) are
// quoted with backticks in both languages so they read the same in either.

import type { Localized } from '../l10n';

const q = (s: string): string => '`' + s + '`';
const qlist = (items: readonly string[]): string => items.map(q).join(', ');

/** Human names of YAML node kinds and field kinds, for "must be a …" messages. */
export type Kind =
  | 'mapping'
  | 'list'
  | 'string'
  | 'number'
  | 'boolean'
  | 'text'
  | 'date'
  | 'id'
  | 'list-of-strings';

const KIND: Record<Kind, Localized> = {
  mapping: { en: 'a mapping (key: value)', ja: 'マッピング（キー: 値）' },
  list: { en: 'a list', ja: 'リスト' },
  string: { en: 'a string', ja: '文字列' },
  number: { en: 'a number', ja: '数値' },
  boolean: { en: '`true` or `false`', ja: '`true` か `false`' },
  text: { en: 'text per language (`{en: …, ja: …}`)', ja: '言語ごとのテキスト（`{en: …, ja: …}`）' },
  date: { en: 'a date (`2025`, `2025-03` or `2025-03-24`)', ja: '日付（`2025`、`2025-03`、`2025-03-24`）' },
  id: { en: 'an entity id', ja: 'エンティティ ID' },
  'list-of-strings': { en: 'a list of strings', ja: '文字列のリスト' },
};

export function kindName(kind: Kind): Localized {
  return KIND[kind];
}

/** What a YAML node turned out to be, for "… but is …" messages. */
export function foundName(found: string): Localized {
  switch (found) {
    case 'mapping':
      return { en: 'a mapping', ja: 'マッピング' };
    case 'list':
      return { en: 'a list', ja: 'リスト' };
    case 'string':
      return { en: 'a string', ja: '文字列' };
    case 'number':
      return { en: 'a number', ja: '数値' };
    case 'boolean':
      return { en: 'a boolean', ja: '真偽値' };
    case 'null':
      return { en: 'empty', ja: '空' };
    default:
      return { en: 'something else', ja: '別の種類の値' };
  }
}

const TYPE_NAME: Record<string, Localized> = {
  quantity: { en: 'quantity', ja: '数量' },
  money: { en: 'money', ja: '金額' },
  date: { en: 'date', ja: '日付' },
  entity: { en: 'entity', ja: 'エンティティ' },
  text: { en: 'text', ja: 'テキスト' },
  list: { en: 'list', ja: 'リスト' },
};

/** A property type's name in both languages (`entity` → エンティティ). */
export function typeName(t: string): Localized {
  return TYPE_NAME[t] ?? { en: t, ja: t };
}

// Japanese wording for the yaml library's error codes; the library's own (English) detail follows.
const YAML_CODE_JA: Record<string, string> = {
  ALIAS_PROPS: 'エイリアスにアンカーやタグは付けられません',
  BAD_ALIAS: 'エイリアスが正しくありません',
  BAD_COLLECTION_TYPE: 'コレクションの種類が正しくありません',
  BAD_DIRECTIVE: 'ディレクティブが正しくありません',
  BAD_DQ_ESCAPE: '二重引用符内のエスケープが正しくありません',
  BAD_INDENT: 'インデントが正しくありません',
  BAD_PROP_ORDER: 'アンカーとタグの順序が正しくありません',
  BAD_SCALAR_START: 'この文字で値を始めることはできません',
  BLOCK_AS_IMPLICIT_KEY: 'ブロックをキーとして使うことはできません',
  BLOCK_IN_FLOW: 'フロー（[ ] や { }）の中にブロックは書けません',
  DUPLICATE_KEY: '同じキーが 2 回あります',
  IMPOSSIBLE: 'YAML を解析できません',
  KEY_OVER_1024_CHARS: 'キーが 1024 文字を超えています',
  MISSING_CHAR: '必要な文字がありません',
  MULTILINE_IMPLICIT_KEY: 'キーは 1 行に書く必要があります',
  MULTIPLE_ANCHORS: 'アンカーが複数あります',
  MULTIPLE_DOCS: 'ファイルに複数の YAML ドキュメントがあります（`---` は 1 つまで）',
  MULTIPLE_TAGS: 'タグが複数あります',
  NON_STRING_KEY: 'キーが文字列ではありません',
  TAB_AS_INDENT: 'インデントにタブは使えません',
  TAG_RESOLVE_FAILED: 'タグを解決できません',
  UNEXPECTED_TOKEN: '予期しない記号があります',
};

export const M = {
  yamlSyntax(code: string, detail: string): Localized {
    const ja = YAML_CODE_JA[code] ?? 'YAML の構文エラーです';
    return { en: `YAML syntax error: ${detail}`, ja: `YAML の構文エラー: ${ja}（${detail}）` };
  },
  yamlWarning(code: string, detail: string): Localized {
    const ja = YAML_CODE_JA[code] ?? 'YAML の警告です';
    return { en: `YAML warning: ${detail}`, ja: `YAML の警告: ${ja}（${detail}）` };
  },
  aliasUnknown(name: string): Localized {
    return {
      en: `The alias ${q('*' + name)} refers to no anchor ${q('&' + name)} before it.`,
      ja: `エイリアス ${q('*' + name)} に対応するアンカー ${q('&' + name)} が前にありません。`,
    };
  },
  aliasCycle(name: string): Localized {
    return {
      en: `The alias ${q('*' + name)} refers to a node that contains it; it is ignored.`,
      ja: `エイリアス ${q('*' + name)} が自分を含むノードを参照しています。無視します。`,
    };
  },
  aliasBudget(name: string): Localized {
    return {
      en: `Too many alias expansions (at ${q('*' + name)}); the file looks like an alias bomb, and further aliases are ignored.`,
      ja: `エイリアスの展開が多すぎます（${q('*' + name)}）。エイリアス爆弾の可能性があるため、以降のエイリアスは無視します。`,
    };
  },
  tooDeep(max: number): Localized {
    return {
      en: `Collections are nested more than ${max} levels deep here; the file is not read.`,
      ja: `ここでコレクションが ${max} 段より深く入れ子になっています。このファイルは読み込みません。`,
    };
  },
  internal(detail: string): Localized {
    return {
      en: `The loader could not read this part of the file (${detail}).`,
      ja: `ファイルのこの部分を読み込めませんでした（${detail}）。`,
    };
  },
  rootNotMapping(found: string): Localized {
    const f = foundName(found);
    return {
      en: `A dataset file must be a mapping with ${qlist(['version', 'properties', 'entities', 'tests'])}, but this is ${f.en}.`,
      ja: `データセットファイルは ${qlist(['version', 'properties', 'entities', 'tests'])} を持つマッピングでなければなりませんが、${f.ja}です。`,
    };
  },
  mustBe(field: string, kind: Kind, found: string): Localized {
    const k = kindName(kind);
    const f = foundName(found);
    return {
      en: `${q(field)} must be ${k.en}, but is ${f.en}.`,
      ja: `${q(field)} は${k.ja}でなければなりませんが、${f.ja}です。`,
    };
  },
  missing(field: string, where: Localized): Localized {
    return {
      en: `${where.en} has no ${q(field)}; it is required.`,
      ja: `${where.ja}に ${q(field)} がありません（必須です）。`,
    };
  },
  unknownField(key: string, known: readonly string[]): Localized {
    return {
      en: `Unknown field ${q(key)}; it is ignored. Fields here: ${qlist(known)}.`,
      ja: `未知のフィールド ${q(key)} は無視します。ここで使えるフィールド: ${qlist(known)}。`,
    };
  },
  versionMissing(): Localized {
    return {
      en: 'The file has no `version`; assuming `version: 1`.',
      ja: 'ファイルに `version` がありません。`version: 1` とみなします。',
    };
  },
  unsupportedVersion(actual: string): Localized {
    return {
      en: `Unsupported dataset version ${q(actual)}; this version of Entity Lens reads \`version: 1\`.`,
      ja: `データセットのバージョン ${q(actual)} には対応していません。このバージョンの Entity Lens が読めるのは \`version: 1\` です。`,
    };
  },
  badId(id: string): Localized {
    return {
      en: `Entity id ${q(id)} must use lower-case letters, digits, '.', '_' and '-', and start with a letter or digit; the entity is not loaded.`,
      ja: `エンティティ ID ${q(id)} には英小文字・数字・'.'・'_'・'-' だけを使い、英小文字か数字で始めてください。このエンティティは読み込まれません。`,
    };
  },
  emptyField(field: string): Localized {
    return { en: `${q(field)} is empty.`, ja: `${q(field)} が空です。` };
  },
  duplicateId(id: string): Localized {
    return {
      en: `Entity id ${q(id)} appears twice in this file; this second entry is ignored (give the id again in another file to extend an entity).`,
      ja: `エンティティ ID ${q(id)} がこのファイルに 2 回あります。2 つ目は無視します（エンティティを拡張するには別のファイルで同じ ID を書きます）。`,
    };
  },
  unknownPropertyType(t: string): Localized {
    return {
      en: `Unknown property type ${q(t)}; use ${qlist(['quantity', 'money', 'date', 'entity', 'text'])}.`,
      ja: `未知のプロパティ型 ${q(t)} です。${qlist(['quantity', 'money', 'date', 'entity', 'text'])} のどれかを使ってください。`,
    };
  },
  unitNotQuantity(name: string, type: string): Localized {
    return {
      en: `Property ${q(name)} is of type ${q(type)}; ${q('unit')} applies to quantities only and is ignored.`,
      ja: `プロパティ ${q(name)} の型は ${q(type)} です。${q('unit')} は数量（quantity）にだけ使えるため無視します。`,
    };
  },
  propertyNoType(name: string): Localized {
    return {
      en: `Property ${q(name)} has no ${q('type')} in any file; its facts are ignored.`,
      ja: `プロパティ ${q(name)} にはどのファイルにも ${q('type')} がありません。このプロパティの事実は無視します。`,
    };
  },
  entityNoType(id: string): Localized {
    return {
      en: `Entity ${q(id)} has no ${q('type')} in any file; assuming ${q('thing')}.`,
      ja: `エンティティ ${q(id)} にはどのファイルにも ${q('type')} がありません。${q('thing')} とみなします。`,
    };
  },
  badLangKey(key: string): Localized {
    return {
      en: `${q(key)} does not look like a language tag (\`en\`, \`ja\`, \`zh-Hant\`, …).`,
      ja: `${q(key)} は言語タグ（\`en\`、\`ja\`、\`zh-Hant\` など）ではないようです。`,
    };
  },
  emptyAlias(): Localized {
    return { en: 'The alias is empty; it is ignored.', ja: '別名が空です。無視します。' };
  },
  emptyLabel(field: string, lang: string): Localized {
    return {
      en: `${q(field + '.' + lang)} is empty; it is ignored.`,
      ja: `${q(field + '.' + lang)} が空です。無視します。`,
    };
  },
  badStatus(s: string, known: readonly string[]): Localized {
    return {
      en: `Unknown status ${q(s)}; use ${qlist(known)}.`,
      ja: `未知のステータス ${q(s)} です。${qlist(known)} のどれかを使ってください。`,
    };
  },
  // Values -----------------------------------------------------------------------------------
  valueMissing(): Localized {
    return { en: 'The fact has no `value`.', ja: '事実に `value` がありません。' };
  },
  badDate(text: string): Localized {
    return {
      en: `${q(text)} is not a valid date; write \`2025\`, \`2025-03\` or \`2025-03-24\`.`,
      ja: `${q(text)} は正しい日付ではありません。\`2025\`、\`2025-03\`、\`2025-03-24\` の形で書いてください。`,
    };
  },
  badAmount(text: string): Localized {
    return {
      en: `${q('amount')} must be a finite number, but is ${q(text)}.`,
      ja: `${q('amount')} は有限の数値でなければなりませんが、${q(text)} です。`,
    };
  },
  badCurrency(text: string): Localized {
    return {
      en: `${q('currency')} must be a three-letter ISO 4217 code such as \`JPY\` or \`USD\`, but is ${q(text)}.`,
      ja: `${q('currency')} は \`JPY\` や \`USD\` のような 3 文字の ISO 4217 コードでなければなりませんが、${q(text)} です。`,
    };
  },
  unitAndCurrency(): Localized {
    return {
      en: 'A value has either a `unit` (quantity) or a `currency` (money), not both.',
      ja: '値に書けるのは `unit`（数量）か `currency`（金額）のどちらか一方です。',
    };
  },
  badEntityRef(text: string): Localized {
    return {
      en: `${q(text)} is not an entity id (lower-case letters, digits, '.', '_' and '-').`,
      ja: `${q(text)} はエンティティ ID ではありません（英小文字・数字・'.'・'_'・'-'）。`,
    };
  },
  badValueForm(keys: readonly string[]): Localized {
    const forms = qlist(['{amount: …}', '{date: …}', '{entity: …}', '{text: …}']);
    return {
      en: `This value has none or several of the value forms (${qlist(keys)}); write one of ${forms}, or a shorthand.`,
      ja: `この値は値の形（${qlist(keys)}）がないか複数あります。${forms} のどれか 1 つか、省略形で書いてください。`,
    };
  },
  badShorthand(found: string): Localized {
    const f = foundName(found);
    return {
      en: `A value must be a number, a string, a mapping or a list, but is ${f.en}.`,
      ja: `値は数値・文字列・マッピング・リストのどれかでなければなりませんが、${f.ja}です。`,
    };
  },
  nestedList(): Localized {
    return { en: 'A list value may not contain lists.', ja: 'リストの値の中にリストは書けません。' };
  },
  emptyList(): Localized {
    return { en: 'A list value may not be empty.', ja: 'リストの値を空にすることはできません。' };
  },
  typeMismatch(property: string, type: string, kind: string, text: string): Localized {
    const t = typeName(type);
    const k = typeName(kind);
    return {
      en: `Property ${q(property)} takes ${t.en} values, but ${q(text)} is ${k.en}.`,
      ja: `プロパティ ${q(property)} の値は${t.ja}ですが、${q(text)} は${k.ja}です。`,
    };
  },
  shorthandMismatch(property: string, type: string, text: string): Localized {
    const t = typeName(type);
    const hint =
      type === 'money'
        ? { en: ' Write money as `{amount: …, currency: …}`.', ja: '金額は `{amount: …, currency: …}` の形で書いてください。' }
        : type === 'quantity'
          ? { en: ' Write a number, or `{amount: …, unit: …}`.', ja: '数値か `{amount: …, unit: …}` の形で書いてください。' }
          : type === 'date'
            ? { en: ' Write `2025`, `2025-03` or `2025-03-24`.', ja: '`2025`、`2025-03`、`2025-03-24` の形で書いてください。' }
            : type === 'entity'
              ? { en: ' Write an entity id.', ja: 'エンティティ ID を書いてください。' }
              : { en: '', ja: '' };
    return {
      en: `${q(text)} is not a valid ${t.en} value for property ${q(property)}.${hint.en}`,
      ja: `${q(text)} はプロパティ ${q(property)} の${t.ja}の値として正しくありません。${hint.ja}`,
    };
  },
  moneyNoCurrency(property: string): Localized {
    return {
      en: `Property ${q(property)} takes money values; give a ${q('currency')} (\`JPY\`, \`USD\`, …).`,
      ja: `プロパティ ${q(property)} の値は金額です。${q('currency')}（\`JPY\`、\`USD\` など）を書いてください。`,
    };
  },
  unitMismatch(property: string, unit: string, declared: string): Localized {
    return {
      en: `The unit ${q(unit)} differs from property ${q(property)}'s unit ${q(declared)}.`,
      ja: `単位 ${q(unit)} がプロパティ ${q(property)} の単位 ${q(declared)} と違います。`,
    };
  },
  unknownProperty(name: string, suggestions: readonly string[], ignored: boolean): Localized {
    const s = suggestions.length > 0;
    return {
      en: `Property ${q(name)} is not declared in any dataset file${ignored ? '; the fact is ignored' : ''}.${s ? ` Did you mean ${qlist(suggestions)}?` : ''}`,
      ja: `プロパティ ${q(name)} はどのデータセットファイルにも宣言されていません${ignored ? '。この事実は無視します' : ''}。${s ? `${qlist(suggestions)} の誤りではありませんか？` : ''}`,
    };
  },
  unknownEntity(id: string, suggestions: readonly string[], ignored: boolean): Localized {
    const s = suggestions.length > 0;
    return {
      en: `No dataset file has an entity ${q(id)}${ignored ? '; the fact is ignored' : ''}.${s ? ` Did you mean ${qlist(suggestions)}?` : ''}`,
      ja: `エンティティ ${q(id)} はどのデータセットファイルにもありません${ignored ? '。この事実は無視します' : ''}。${s ? `${qlist(suggestions)} の誤りではありませんか？` : ''}`,
    };
  },
};

/** "the file", "an entity", … for "… has no X" messages. */
export const WHERE = {
  entity: { en: 'The entity', ja: 'エンティティ' },
  fact: { en: 'The fact', ja: '事実' },
  alias: { en: 'The alias', ja: '別名' },
  source: { en: 'The source', ja: '出典' },
  test: { en: 'The test', ja: 'テスト' },
  conflict: { en: 'The expected conflict', ja: '期待する矛盾' },
} satisfies Record<string, Localized>;
