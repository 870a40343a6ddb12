extension SourceModules {
    /// `textwrap`: wrap, fill, shorten, dedent, indent and TextWrapper. CPython splits text into chunks with
    /// a regular expression; there is no `re` here, so `_split_words` reproduces that expression's matches by
    /// hand (whitespace runs, words, hyphenated-word pieces, em-dashes).
    static let textwrapSource = #"""
"""Text wrapping and filling."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these count as whitespace when wrapping (not every Unicode space, so that e.g. a no-break space keeps
# two words together).
_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    # \w
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a digit.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    # [\w!"'&.,?]
    return c.isalnum() or c in '_!"\'&.,?'


def _split_words(text):
    """The chunks CPython's TextWrapper.wordsep_re splits `text` into: whitespace runs; em-dashes (two or
    more hyphens between a word/punctuation character and a word character); and words, which are broken
    after a hyphen that joins two letters (as in "long-" "term"), or before an em-dash."""
    chunks = []
    n = len(text)
    ws = _whitespace

    def letter_at(k):
        return 0 <= k < n and _is_letter(text[k])

    def dashes_then_word(k):
        # -{2,}\w starting at k
        m = k
        while m < n and text[m] == '-':
            m += 1
        return m - k >= 2 and m < n and _is_word_char(text[m])

    i = 0
    while i < n:
        c = text[i]
        if c in ws:
            j = i + 1
            while j < n and text[j] in ws:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # An em-dash: (?<=wp) -{2,} (?=\w)
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]):
            m = i
            while m < n and text[m] == '-':
                m += 1
            if m - i >= 2 and m < n and _is_word_char(text[m]):
                chunks.append(text[i:m])
                i = m
                continue
        # A word: the shortest run of non-whitespace followed by a break point. Only hyphens make breaks
        # inside a run, so a run without any is one chunk.
        end = i + 1
        while end < n and text[end] not in ws:
            end += 1
        if '-' not in text[i:end]:
            chunks.append(text[i:end])
            i = end
            continue
        j = i + 1
        while True:
            # text[i:j] is the candidate; j <= n and text[j - 1] is not whitespace.
            if j < n and text[j] == '-':
                # Hyphenated word: the hyphen follows two letters, or letter-hyphen-letter, and is followed
                # by letter (hyphen) letter.
                if ((letter_at(j - 2) and letter_at(j - 1)) or
                        (letter_at(j - 3) and j - 2 >= 0 and text[j - 2] == '-' and letter_at(j - 1))):
                    if letter_at(j + 1) and (letter_at(j + 2) or
                                             (j + 2 < n and text[j + 2] == '-' and letter_at(j + 3))):
                        j += 1
                        break
            if j == n or text[j] in ws:
                break
            if _is_word_punct(text[j - 1]) and dashes_then_word(j):
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    # Whitespace runs and the runs of non-whitespace between them.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        is_ws = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == is_ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _is_sentence_end(chunk):
    # [a-z][.!?]["']?\Z
    k = len(chunk)
    if k and chunk[k - 1] in '"\'':
        k -= 1
    return k >= 2 and chunk[k - 1] in '.!?' and 'a' <= chunk[k - 2] <= 'z'


class TextWrapper:
    """Wraps paragraphs into lines; every option is an attribute that can be changed between calls:
    width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace, fix_sentence_endings,
    break_long_words, drop_whitespace, break_on_hyphens, tabsize, max_lines, placeholder.
    """

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # The steps of wrap(), which subclasses may override.

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space (as configured)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if c in _whitespace else c for c in text)
        return text

    def _split(self, text):
        """Split the text into chunks that can't be broken further: words (or word pieces) and whitespace."""
        if self.break_on_hyphens is True:
            chunks = _split_words(text)
        else:
            chunks = _split_simple(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Make sure there are two spaces after a sentence-ending word (one followed by a single space)."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _is_sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk longer than the line: break it (preferably after a hyphen) if break_long_words,
        else put it on a line of its own."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that fits, unless the chunk is all hyphens before it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())
        # Otherwise the long chunk starts the next line.

    def _wrap_chunks(self, chunks):
        """Lay the chunks out into lines of at most self.width characters (greedy)."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # Pop from the end: reverse once.
        chunks.reverse()

        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # Leading whitespace is dropped, except at the very start of the text.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            # Trailing whitespace is dropped.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    # The last allowed line: end it with the placeholder, dropping chunks until it fits.
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)


    def wrap(self, text):
        """Wrap the paragraph `text` into a list of lines, each at most self.width long, without final
        newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap the paragraph `text` and return the lines joined with newlines."""
        return "\n".join(self.wrap(text))


# Module-level shortcuts

def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines of at most `width` characters (see TextWrapper for the options)."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph and join the lines with newlines (see TextWrapper for the options)."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate `text` to fit in `width` characters, ending it with the placeholder
    (' [...]' by default) when words had to be dropped."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


# Indentation

def dedent(text):
    """Remove the longest common leading whitespace (spaces and tabs) from every line.

    Lines made only of whitespace are normalized to empty lines and do not count towards the margin. Tabs and
    spaces are not equivalent: "  " and "\t" have no common margin.
    """
    lines = text.split('\n')
    margin = None
    for idx, line in enumerate(lines):
        k = 0
        while k < len(line) and line[k] in ' \t':
            k += 1
        if k == len(line):
            # Blank (or whitespace-only) line.
            if k:
                lines[idx] = ''
            continue
        indent = line[:k]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            # The longest common prefix.
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        size = len(margin)
        lines = [line[size:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add `prefix` to the lines of `text` for which predicate(line) is true (by default, the lines that are
    not entirely whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
"""#
}
