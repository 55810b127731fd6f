#!/usr/bin/env python3
"""Writes src/Timeline.Importing/Institutions/LatinLetters.Table.cs: each Latin letter with marks (U+00C0 to U+024F,
U+1E00 to U+1EFF) and the few letters Unicode does not decompose, grouped by the plain ASCII letters they fold to.
The service runs without ICU (invariant globalization), where string.Normalize leaves these letters as they are."""
import unicodedata, collections, pathlib

# Letters that are not a base letter plus marks, folded as their usual transliteration.
OWN = {'Æ': 'AE', 'æ': 'ae', 'Œ': 'OE', 'œ': 'oe', 'ß': 'ss', 'ẞ': 'SS', 'Ø': 'O', 'ø': 'o', 'Ł': 'L', 'ł': 'l',
       'Đ': 'D', 'đ': 'd', 'Ð': 'D', 'ð': 'd', 'Þ': 'TH', 'þ': 'th', 'Ħ': 'H', 'ħ': 'h', 'ı': 'i', 'Ŋ': 'N', 'ŋ': 'n',
       'ĸ': 'k', 'Ŀ': 'L', 'ŀ': 'l', 'Ŧ': 'T', 'ŧ': 't', 'Ƀ': 'B', 'ƀ': 'b', 'Ɨ': 'I', 'ɨ': 'i', 'Ƶ': 'Z', 'ƶ': 'z'}

def fold(ch):
    if ch in OWN:
        return OWN[ch]
    base = ''.join(c for c in unicodedata.normalize('NFD', ch) if not unicodedata.combining(c))
    return base if base.isascii() and base.isalpha() else None

groups = collections.defaultdict(str)
for start, end in ((0xC0, 0x250), (0x1E00, 0x1F00)):
    for cp in range(start, end):
        ch = chr(cp)
        if ch in '×÷':
            continue
        to = fold(ch)
        if to:
            groups[to] += ch

lines = [f'        ("{to}", "{chars}"),' for to, chars in sorted(groups.items())]
out = pathlib.Path(__file__).resolve().parents[2] / 'src/Timeline.Importing/Institutions/LatinLetters.Table.cs'
out.write_text('''// Made by tools/latin-letters/make.py from Unicode's decompositions; run it again rather than editing this file.
namespace Timeline.Importing;

internal static partial class LatinLetters
{
    // A method, not a field: the other part's field is made from it, and fields of two files have no set order.
    private static (string Plain, string Letters)[] Table() =>
    [
''' + '\n'.join(lines) + '''
    ];
}
''', encoding='utf-8')
print(f'{sum(len(c) for c in groups.values())} letters in {len(groups)} groups -> {out.name}')
