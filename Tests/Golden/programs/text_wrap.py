# Text wrapping by hand (greedy), justification, and comparison with textwrap.fill/wrap/dedent/indent/shorten.
import textwrap
TEXT = ('The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. '
        'How vexingly quick daft zebras jump! Sphinx of black quartz, judge my vow.')
def wrap(text, width):
    lines, cur = [], ''
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f'{cur} {word}' if cur else word
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    out = ''
    for i, w in enumerate(words[:-1]):
        out += w + ' ' * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
for width in (20, 33):
    mine = wrap(TEXT, width)
    print(mine == textwrap.wrap(TEXT, width))
    for line in mine:
        print('|' + justify(line, width) + '|')
print(textwrap.fill('one two three four five six', 10))
print(textwrap.dedent('''
    indented
      more
    back
'''))
print(textwrap.indent('a\nb\n\nc', '> '))
print(textwrap.shorten(TEXT, 40), textwrap.shorten('short', 40))
