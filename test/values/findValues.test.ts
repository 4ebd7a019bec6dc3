import { strict as assert } from 'node:assert';
import { findValues } from '../../src/core/values';
import { day, money, month, q, seen, year, type Seen, yearless } from './helpers';

// Each case: a sentence and every value found in it, in order.
const cases: Array<[string, Seen[]]> = [
  // --- Plain numbers and counters (English)
  ['The unit has 240 personnel.', [{ text: '240 personnel', value: q(240, 'persons') }]],
  ['240', [{ text: '240', value: q(240) }]],
  ['It has 1,200 staff.', [{ text: '1,200 staff', value: q(1200, 'persons') }]],
  ['a ratio of 10.5', [{ text: '10.5', value: q(10.5) }]],
  ['1,234,567 people', [{ text: '1,234,567 people', value: q(1234567, 'persons') }]],
  ['240 persons', [{ text: '240 persons', value: q(240, 'persons') }]],
  ['240 troops and 30 officers', [
    { text: '240 troops', value: q(240, 'persons') },
    { text: '30 officers', value: q(30, 'persons') },
  ]],
  ['240 service members', [{ text: '240 service members', value: q(240, 'persons') }]],
  ['240 soldiers', [{ text: '240 soldiers', value: q(240, 'persons') }]],
  ['240 employees', [{ text: '240 employees', value: q(240, 'persons') }]],
  ['240 members', [{ text: '240 members', value: q(240, 'persons') }]],
  ['a 240-strong unit', [{ text: '240-strong', value: q(240, 'persons') }]],
  ['the 1,200-strong force', [{ text: '1,200-strong', value: q(1200, 'persons') }]],
  ['a 30-minute drive', [{ text: '30-minute', value: q(30, 'minutes') }]],
  ['90 minutes', [{ text: '90 minutes', value: q(90, 'minutes') }]],
  ['2 hours', [{ text: '2 hours', value: q(2, 'hours') }]],
  ['1.5 hours', [{ text: '1.5 hours', value: q(1.5, 'hours') }]],
  ['10.5%', [{ text: '10.5%', value: q(10.5, 'percent') }]],
  ['50 percent', [{ text: '50 percent', value: q(50, 'percent') }]],
  ['240 million people', [{ text: '240 million people', value: q(240e6, 'persons') }]],
  ['2.5 thousand', [{ text: '2.5 thousand', value: q(2500) }]],
  ['1.2 trillion', [{ text: '1.2 trillion', value: q(1.2e12) }]],
  ['240 tanks', [{ text: '240', value: q(240) }]],

  // --- Plain numbers and counters (Japanese)
  ['兵員は240人。', [{ text: '240人', value: q(240, 'persons') }]],
  ['２４０人', [{ text: '２４０人', value: q(240, 'persons') }]],
  ['２４０', [{ text: '２４０', value: q(240) }]],
  ['１０．５', [{ text: '１０．５', value: q(10.5) }]],
  ['１，２００人', [{ text: '１，２００人', value: q(1200, 'persons') }]],
  ['240名', [{ text: '240名', value: q(240, 'persons') }]],
  ['二百五十人', [{ text: '二百五十人', value: q(250, 'persons') }]],
  ['二百八十名', [{ text: '二百八十名', value: q(280, 'persons') }]],
  ['千二百人', [{ text: '千二百人', value: q(1200, 'persons') }]],
  ['三十人', [{ text: '三十人', value: q(30, 'persons') }]],
  ['〇人', [{ text: '〇人', value: q(0, 'persons') }]],
  ['兵員は二百五十。', [{ text: '二百五十', value: q(250) }]],
  ['3万人', [{ text: '3万人', value: q(30000, 'persons') }]],
  ['三万人', [{ text: '三万人', value: q(30000, 'persons') }]],
  ['3千人', [{ text: '3千人', value: q(3000, 'persons') }]],
  ['1.5万人', [{ text: '1.5万人', value: q(15000, 'persons') }]],
  ['85分間', [{ text: '85分間', value: q(85, 'minutes') }]],
  ['85分', [{ text: '85分', value: q(85, 'minutes') }]],
  ['3時間', [{ text: '3時間', value: q(3, 'hours') }]],
  ['二十四時間', [{ text: '二十四時間', value: q(24, 'hours') }]],
  ['30日間', [{ text: '30日間', value: q(30, 'days') }]],
  ['５０％', [{ text: '５０％', value: q(50, 'percent') }]],
  ['50パーセント', [{ text: '50パーセント', value: q(50, 'percent') }]],
  ['240 人', [{ text: '240 人', value: q(240, 'persons') }]],

  // --- PDF-extracted Japanese: digits separated by single spaces
  ['約 8 5 分間', [{ text: '約 8 5 分間', value: q(85, 'minutes'), approximate: true }]],
  ['兵員 2 4 0 人', [{ text: '2 4 0 人', value: q(240, 'persons') }]],
  ['約 1 0 5 億 円', [{ text: '約 1 0 5 億 円', value: money(10.5e9, 'JPY'), approximate: true }]],
  ['1 0 . 5 億円', [{ text: '1 0 . 5 億円', value: money(1.05e9, 'JPY') }]],
  // In English, spaced digits stay separate numbers.
  ['1 2 3', [
    { text: '1', value: q(1) },
    { text: '2', value: q(2) },
    { text: '3', value: q(3) },
  ]],

  // --- Approximation markers
  ['about 300 troops', [{ text: 'about 300 troops', value: q(300, 'persons'), approximate: true }]],
  ['around 240', [{ text: 'around 240', value: q(240), approximate: true }]],
  ['roughly 240', [{ text: 'roughly 240', value: q(240), approximate: true }]],
  ['approximately 240 staff', [{ text: 'approximately 240 staff', value: q(240, 'persons'), approximate: true }]],
  ['some 240 service members', [{ text: 'some 240 service members', value: q(240, 'persons'), approximate: true }]],
  ['nearly 240', [{ text: 'nearly 240', value: q(240), approximate: true }]],
  ['almost 240 employees', [{ text: 'almost 240 employees', value: q(240, 'persons'), approximate: true }]],
  ['an estimated 240 soldiers', [{ text: 'an estimated 240 soldiers', value: q(240, 'persons'), approximate: true }]],
  ['~240', [{ text: '~240', value: q(240), approximate: true }]],
  ['About 240 personnel', [{ text: 'About 240 personnel', value: q(240, 'persons'), approximate: true }]],
  ['約240人', [{ text: '約240人', value: q(240, 'persons'), approximate: true }]],
  ['およそ240人', [{ text: 'およそ240人', value: q(240, 'persons'), approximate: true }]],
  ['概ね240人', [{ text: '概ね240人', value: q(240, 'persons'), approximate: true }]],
  ['240人ほど', [{ text: '240人ほど', value: q(240, 'persons'), approximate: true }]],
  ['240人程度', [{ text: '240人程度', value: q(240, 'persons'), approximate: true }]],
  ['240人前後', [{ text: '240人前後', value: q(240, 'persons'), approximate: true }]],
  ['240 or so', [{ text: '240 or so', value: q(240), approximate: true }]],
  ['240-odd troops', [{ text: '240-odd troops', value: q(240, 'persons'), approximate: true }]],
  // A marker that does not touch the number is not a marker.
  ['about the 240 personnel', [{ text: '240 personnel', value: q(240, 'persons') }]],
  ['handsome 240', [{ text: '240', value: q(240) }]],
  // `~` between numbers is a range, not an approximation.
  ['200~240人', [{ text: '200', value: q(200) }, { text: '240人', value: q(240, 'persons') }]],

  // --- Bounds
  ['more than 240 personnel', [{ text: 'more than 240 personnel', value: q(240, 'persons'), bound: 'min', strict: true }]],
  ['over 240', [{ text: 'over 240', value: q(240), bound: 'min', strict: true }]],
  ['at least 240', [{ text: 'at least 240', value: q(240), bound: 'min' }]],
  ['upwards of 240', [{ text: 'upwards of 240', value: q(240), bound: 'min' }]],
  ['fewer than 240 people', [{ text: 'fewer than 240 people', value: q(240, 'persons'), bound: 'max', strict: true }]],
  ['less than 240', [{ text: 'less than 240', value: q(240), bound: 'max', strict: true }]],
  ['under 240', [{ text: 'under 240', value: q(240), bound: 'max', strict: true }]],
  ['up to 240 staff', [{ text: 'up to 240 staff', value: q(240, 'persons'), bound: 'max' }]],
  ['at most 240', [{ text: 'at most 240', value: q(240), bound: 'max' }]],
  ['up to 2000', [{ text: 'up to 2000', value: q(2000), bound: 'max' }]],
  ['240 or more', [{ text: '240 or more', value: q(240), bound: 'min' }]],
  ['240+ personnel', [{ text: '240+ personnel', value: q(240, 'persons'), bound: 'min' }]],
  ['240人以上', [{ text: '240人以上', value: q(240, 'persons'), bound: 'min' }]],
  ['240人超', [{ text: '240人超', value: q(240, 'persons'), bound: 'min', strict: true }]],
  ['3万人超の部隊', [{ text: '3万人超', value: q(30000, 'persons'), bound: 'min', strict: true }]],
  ['240人を超える', [{ text: '240人を超える', value: q(240, 'persons'), bound: 'min', strict: true }]],
  ['240人余り', [{ text: '240人余り', value: q(240, 'persons'), bound: 'min', strict: true }]],
  ['240余人', [{ text: '240余人', value: q(240, 'persons'), bound: 'min', strict: true }]],
  ['240人強', [{ text: '240人強', value: q(240, 'persons'), bound: 'min', strict: true }]],
  ['240人以下', [{ text: '240人以下', value: q(240, 'persons'), bound: 'max' }]],
  ['240人未満', [{ text: '240人未満', value: q(240, 'persons'), bound: 'max', strict: true }]],
  ['240人弱', [{ text: '240人弱', value: q(240, 'persons'), bound: 'max', strict: true }]],
  ['約240人以上', [{ text: '約240人以上', value: q(240, 'persons'), approximate: true, bound: 'min' }]],
  // 強 starting a word (強化) is not a marker.
  ['240人強化', [{ text: '240人', value: q(240, 'persons') }]],

  // --- Money
  ['10.5 billion yen', [{ text: '10.5 billion yen', value: money(10.5e9, 'JPY') }]],
  ['¥10.5 billion', [{ text: '¥10.5 billion', value: money(10.5e9, 'JPY') }]],
  ['JPY 10.5 billion', [{ text: 'JPY 10.5 billion', value: money(10.5e9, 'JPY') }]],
  ['105億円', [{ text: '105億円', value: money(10.5e9, 'JPY') }]],
  ['１０５億円', [{ text: '１０５億円', value: money(10.5e9, 'JPY') }]],
  ['百五億円', [{ text: '百五億円', value: money(10.5e9, 'JPY') }]],
  ['1兆円', [{ text: '1兆円', value: money(1e12, 'JPY') }]],
  ['1兆2000億円', [{ text: '1兆2000億円', value: money(1.2e12, 'JPY') }]],
  ['10.5億円', [{ text: '10.5億円', value: money(1.05e9, 'JPY') }]],
  ['$71.2 million', [{ text: '$71.2 million', value: money(71.2e6, 'USD') }]],
  ['US$71.2 million', [{ text: 'US$71.2 million', value: money(71.2e6, 'USD') }]],
  ['$71.2m', [{ text: '$71.2m', value: money(71.2e6, 'USD') }]],
  ['$10bn', [{ text: '$10bn', value: money(10e9, 'USD') }]],
  ['71.2 million dollars', [{ text: '71.2 million dollars', value: money(71.2e6, 'USD') }]],
  ['71.2 million US dollars', [{ text: '71.2 million US dollars', value: money(71.2e6, 'USD') }]],
  ['USD 71.2 million', [{ text: 'USD 71.2 million', value: money(71.2e6, 'USD') }]],
  ['7120万ドル', [{ text: '7120万ドル', value: money(71.2e6, 'USD') }]],
  ['7120万米ドル', [{ text: '7120万米ドル', value: money(71.2e6, 'USD') }]],
  ['€5 million', [{ text: '€5 million', value: money(5e6, 'EUR') }]],
  ['5 million euros', [{ text: '5 million euros', value: money(5e6, 'EUR') }]],
  ['500万ユーロ', [{ text: '500万ユーロ', value: money(5e6, 'EUR') }]],
  ['A$5 million', [{ text: 'A$5 million', value: money(5e6, 'AUD') }]],
  ['5 million Australian dollars', [{ text: '5 million Australian dollars', value: money(5e6, 'AUD') }]],
  ['5億豪ドル', [{ text: '5億豪ドル', value: money(5e8, 'AUD') }]],
  ['5000億ウォン', [{ text: '5000億ウォン', value: money(5e11, 'KRW') }]],
  ['£3 billion', [{ text: '£3 billion', value: money(3e9, 'GBP') }]],
  ['30億元', [{ text: '30億元', value: money(3e9, 'CNY') }]],
  ['about $71 million', [{ text: 'about $71 million', value: money(71e6, 'USD'), approximate: true }]],
  ['約105億円', [{ text: '約105億円', value: money(10.5e9, 'JPY'), approximate: true }]],
  ['105億円超', [{ text: '105億円超', value: money(10.5e9, 'JPY'), bound: 'min', strict: true }]],
  ['more than ¥10 billion', [{ text: 'more than ¥10 billion', value: money(10e9, 'JPY'), bound: 'min', strict: true }]],
  ['The budget was 10.5 billion yen ($71.2 million).', [
    { text: '10.5 billion yen', value: money(10.5e9, 'JPY') },
    { text: '$71.2 million', value: money(71.2e6, 'USD') },
  ]],
  // Without a currency sign `m` is no scale.
  ['71.2m', []],

  // --- Dates (English)
  ['March 24, 2025', [{ text: 'March 24, 2025', value: day(2025, 3, 24) }]],
  ['Mar. 24, 2025', [{ text: 'Mar. 24, 2025', value: day(2025, 3, 24) }]],
  // A span of days is dated by its first when the year follows; without a year, the second day is a number.
  ['July 28-29, 2024', [{ text: 'July 28-29, 2024', value: day(2024, 7, 28) }]],
  ['June 28th and 29th, 2024', [{ text: 'June 28th and 29th, 2024', value: day(2024, 6, 28) }]],
  ['Mar 24 2025', [{ text: 'Mar 24 2025', value: day(2025, 3, 24) }]],
  ['Sept. 1, 2025', [{ text: 'Sept. 1, 2025', value: day(2025, 9, 1) }]],
  ['MARCH 24, 2025', [{ text: 'MARCH 24, 2025', value: day(2025, 3, 24) }]],
  ['24 March 2025', [{ text: '24 March 2025', value: day(2025, 3, 24) }]],
  ['24th of March, 2025', [{ text: '24th of March, 2025', value: day(2025, 3, 24) }]],
  ['March 24th, 2025', [{ text: 'March 24th, 2025', value: day(2025, 3, 24) }]],
  ['March 2025', [{ text: 'March 2025', value: month(2025, 3) }]],
  ['May 2025', [{ text: 'May 2025', value: month(2025, 5) }]],
  ['February 29, 2024', [{ text: 'February 29, 2024', value: day(2024, 2, 29) }]],
  ['On March 24, 2025, the JOC was launched with 240 personnel.', [
    { text: 'March 24, 2025', value: day(2025, 3, 24) },
    { text: '240 personnel', value: q(240, 'persons') },
  ]],
  // Without a year, a date of unknown year (news writes dates of its own year so), and its
  // numbers are no quantities.
  ['the March 24 launch', [{ text: 'March 24', value: yearless(3, 24) }]],
  ['on 24 March', [{ text: '24 March', value: yearless(3, 24) }]],
  ['on Mar. 31', [{ text: 'Mar. 31', value: yearless(3, 31) }]],
  // A month alone is a time only after a word that makes it one, and only written in full.
  ['opened in March', [{ text: 'March', value: yearless(3) }]],
  ['after an April summit', [{ text: 'April', value: yearless(4) }]],
  ['at their March summit', [{ text: 'March', value: yearless(3) }]],
  ["Kishida's April visit", [{ text: 'April', value: yearless(4) }]],
  ['their March of protest', []],
  ['since mid-June', [{ text: 'June', value: yearless(6) }]],
  ['by the end of February next year', [{ text: 'February', value: yearless(2) }]],
  ['at the beginning of April', [{ text: 'April', value: yearless(4) }]],
  ['the end of the March Hare', []],
  ['May the command open soon', []],
  ['troops march in formation; the March Hare', []],
  ['opened in Mar', []],
  ['in MARCH', []],
  ['on February 30', []],
  // Lower-case `may` is a verb.
  ['may 2025', [{ text: '2025', value: q(2025) }]],

  // --- Dates (numeric)
  ['2025-03-24', [{ text: '2025-03-24', value: day(2025, 3, 24) }]],
  ['2025-03', [{ text: '2025-03', value: month(2025, 3) }]],
  ['2025/3/24', [{ text: '2025/3/24', value: day(2025, 3, 24) }]],
  ['2025/03', [{ text: '2025/03', value: month(2025, 3) }]],

  // --- Dates (Japanese)
  ['2025年3月24日', [{ text: '2025年3月24日', value: day(2025, 3, 24) }]],
  ['2025年3月', [{ text: '2025年3月', value: month(2025, 3) }]],
  ['2025年', [{ text: '2025年', value: year(2025) }]],
  ['2025 年 3 月 24 日', [{ text: '2025 年 3 月 24 日', value: day(2025, 3, 24) }]],
  ['２０２５年３月２４日', [{ text: '２０２５年３月２４日', value: day(2025, 3, 24) }]],
  ['二〇二五年三月二十四日', [{ text: '二〇二五年三月二十四日', value: day(2025, 3, 24) }]],
  ['二千二十五年', [{ text: '二千二十五年', value: year(2025) }]],
  ['令和7年3月24日', [{ text: '令和7年3月24日', value: day(2025, 3, 24) }]],
  ['令和七年三月二十四日', [{ text: '令和七年三月二十四日', value: day(2025, 3, 24) }]],
  ['令和 7 年 3 月', [{ text: '令和 7 年 3 月', value: month(2025, 3) }]],
  ['令和 7 年 3 月 3 0 日', [{ text: '令和 7 年 3 月 3 0 日', value: day(2025, 3, 30) }]],
  ['令和元年', [{ text: '令和元年', value: year(2019) }]],
  // Hours and minutes are one length of time.
  ['約1時間20分', [{ text: '約1時間20分', value: q(80, 'minutes'), approximate: true }]],
  ['1 hour and 20 minutes', [{ text: '1 hour and 20 minutes', value: q(80, 'minutes') }]],
  // The year again in the other calendar, in brackets, also with the opening one lost in a scrape.
  ['2024年(令和6年)2月15日', [{ text: '2024年(令和6年)2月15日', value: day(2024, 2, 15) }]],
  ['令和7年（2025年）3月', [{ text: '令和7年（2025年）3月', value: month(2025, 3) }]],
  ['2025年令和7年)3月24日', [{ text: '2025年令和7年)3月24日', value: day(2025, 3, 24) }]],
  ['平成23(2011)年3月11日午後', [{ text: '平成23(2011)年3月11日', value: day(2011, 3, 11) }]],
  ['令和6（2024）年1月1日', [{ text: '令和6（2024）年1月1日', value: day(2024, 1, 1) }]],
  ['令和元年5月1日', [{ text: '令和元年5月1日', value: day(2019, 5, 1) }]],
  ['平成31年', [{ text: '平成31年', value: year(2019) }]],
  ['昭和64年', [{ text: '昭和64年', value: year(1989) }]],
  ['統合作戦司令部は2025年3月24日に約240人で発足した。', [
    { text: '2025年3月24日', value: day(2025, 3, 24) },
    { text: '約240人', value: q(240, 'persons'), approximate: true },
  ]],
  ['3月24日に発足', [{ text: '3月24日', value: yearless(3, 24) }]],
  ['同年３月に発足', [{ text: '３月', value: yearless(3) }]],
  ['13月に', []],
  ['24日', [{ text: '24日', value: { kind: 'date', year: 0, day: 24, precision: 'day', yearless: true } }]],
  ['32日', []],
  ['1990年代', []],
  ['5年間', [{ text: '5年間', value: q(5, 'years') }]],

  // --- Fiscal years and bare years
  ['FY2024', [{ text: 'FY2024', value: year(2024) }]],
  ['FY 2024', [{ text: 'FY 2024', value: year(2024) }]],
  ['FY2024/25 budget', [{ text: 'FY2024/25', value: year(2024) }]],
  ['fiscal 2024', [{ text: 'fiscal 2024', value: year(2024) }]],
  ['fiscal year 2024', [{ text: 'fiscal year 2024', value: year(2024) }]],
  ['2024年度', [{ text: '2024年度', value: year(2024) }]],
  ['令和7年度', [{ text: '令和7年度', value: year(2025) }]],
  ['In 2024, 240 troops were deployed.', [
    { text: '2024', value: year(2024) },
    { text: '240 troops', value: q(240, 'persons') },
  ]],
  ['since 1999', [{ text: '1999', value: year(1999) }]],
  ['by 2030.', [{ text: '2030', value: year(2030) }]],
  ['until 2025', [{ text: '2025', value: year(2025) }]],
  ['a report of 2019', [{ text: '2019', value: year(2019) }]],
  ['from 2019 to 2025', [{ text: '2019', value: year(2019) }, { text: '2025', value: year(2025) }]],
  ['2019–2025', [{ text: '2019', value: year(2019) }, { text: '2025', value: year(2025) }]],
  ['mid-2025', [{ text: '2025', value: year(2025) }]],
  ['2025', [{ text: '2025', value: year(2025) }]],
  ['(2019)', [{ text: '2019', value: year(2019) }]],
  ['March 2025 and 2,000 troops', [
    { text: 'March 2025', value: month(2025, 3) },
    { text: '2,000 troops', value: q(2000, 'persons') },
  ]],
  // A counter makes it a quantity; no year context, a bare number; out of range, a number.
  ['in 2000 troops', [{ text: '2000 troops', value: q(2000, 'persons') }]],
  ['2025人', [{ text: '2025人', value: q(2025, 'persons') }]],
  ['the 2025 figure', [{ text: '2025', value: q(2025) }]],
  ['in 2500', [{ text: '2500', value: q(2500) }]],

  // --- Invalid dates are no dates (and no quantities)
  ['2025年2月30日', []],
  ['February 29, 2025', []],
  ['2025-13-01', []],
  ['2025年13月', []],
  ['令和7年4月31日', []],
  ['平成31年5月1日', []],
  ['昭和65年', []],
  ['2024-25', []],

  // --- Not values: ordinals, times, fractions, codes, indefinite numbers, words
  ['1st Brigade', []],
  ['the 2nd and 3rd units', []],
  ['第1', []],
  ['第1師団の240人', [{ text: '240人', value: q(240, 'persons') }]],
  ['第一師団', []],
  ['初代司令官', []],
  ['3人目', []],
  ['3年目', []],
  ['10:30', []],
  ['10時30分', []],
  ['午前10時', []],
  ['3分の1', []],
  ['F-35 fighters', []],
  ['COVID-19', []],
  ['A400M', []],
  ['3D', []],
  ['数百人', []],
  ['数十万円', []],
  ['十分な人数', []],
  ['十分間', [{ text: '十分間', value: q(10, 'minutes') }]],
  ['一般', []],
  ['千葉県', []],
  ['五十嵐', []],
  ['', []],
];

describe('findValues', () => {
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => {
      const found = findValues(input);
      assert.deepEqual(found.map(seen), expected);
      for (const v of found) assert.equal(input.slice(v.start, v.end), v.text);
    });
  }

  it('gives offsets in UTF-16 code units', () => {
    const text = '😀 240人と😀約85分間';
    const found = findValues(text);
    assert.deepEqual(found.map((v) => [v.start, v.end]), [[3, 7], [10, 15]]);
  });

  it('keeps the tolerance of the last written digit', () => {
    const tol = (s: string) => findValues(s)[0]?.tolerance;
    assert.equal(tol('240'), 0);
    assert.equal(tol('二百四十人'), 0);
    assert.equal(tol('10.5'), 0.05);
    assert.equal(tol('71 million'), 500000);
    assert.equal(tol('$71.2 million'), 50000);
    assert.equal(tol('3万人'), 5000);
    assert.equal(tol('1兆2000億円'), 5e7);
    assert.equal(tol('二万五千人'), 500);
  });

  it('marks scaled numbers', () => {
    assert.equal(findValues('240')[0]?.scaled, false);
    assert.equal(findValues('10.5')[0]?.scaled, false);
    assert.equal(findValues('3万人')[0]?.scaled, true);
    assert.equal(findValues('$5m')[0]?.scaled, true);
  });

  it('returns segments that spell the found text', () => {
    for (const [input] of cases) {
      for (const v of findValues(input)) assert.equal(v.segments.map((s) => s.text).join(''), v.text, input);
    }
  });
});
