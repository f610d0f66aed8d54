#!/usr/bin/env python3
"""Writes COPIES copies of a manifest set (pairs.csv and its files) into OUT, with a pairs.csv listing them all.

    scripts/copy-set.py SET OUT COPIES same|diverse

same: hard links to the set's files (the same words again, so set-level word-pair counts stop growing after the
first copy). diverse: every word of copy k gets a suffix of two letters of its own (Arabic letters on Arabic words,
Latin ones on others), so that each copy brings new stems and the counts grow with the copies, as on diverse text.
Numbers are left as they are.
"""
import os
import re
import sys

ARABIC = 'ثجحخدذرزسشصضطظعغفقل'  # letters Arabic light stemmers do not strip
LATIN = 'bcdfghjklmpqrstvwxz'
WORD = re.compile(r'[^\W\d_]+')


def main(src, out, copies, mode):
    os.makedirs(out, exist_ok=True)
    lines = open(os.path.join(src, 'pairs.csv'), encoding='utf-8').read().splitlines()
    header, rows = lines[0], [line.split(',') for line in lines[1:] if line.strip()]
    with open(os.path.join(out, 'pairs.csv'), 'w', encoding='utf-8') as manifest:
        manifest.write(header + '\n')
        for k in range(copies):
            arabic = ARABIC[k % 19] + ARABIC[k // 19 % 19]
            latin = LATIN[k % 19] + LATIN[k // 19 % 19]

            def suffixed(match):
                word = match.group(0)
                return word + (arabic if '\u0600' <= word[0] <= '\u06ff' else latin)

            for row in rows:
                for name in row[:2]:
                    target = os.path.join(out, 'c%d-%s' % (k, name))
                    if mode == 'same':
                        os.link(os.path.join(src, name), target)
                    else:
                        text = open(os.path.join(src, name), encoding='utf-8').read()
                        with open(target, 'w', encoding='utf-8') as copy:
                            copy.write(WORD.sub(suffixed, text))
                manifest.write(','.join(['c%d-%s' % (k, row[0]), 'c%d-%s' % (k, row[1])] + row[2:]) + '\n')


if __name__ == '__main__':
    if len(sys.argv) != 5 or sys.argv[4] not in ('same', 'diverse'):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
