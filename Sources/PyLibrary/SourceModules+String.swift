extension SourceModules {
    /// `string`: the character-class constants, capwords, and Template ($-substitution, parsed by hand since
    /// there is no `re`).
    static let stringSource = #"""
"""String constants, capwords() and the $-substitution Template class."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep (whitespace runs by default), capitalize each word, and join them with sep (or a
    single space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


class _ChainLookup:
    # Keyword arguments first, then the mapping (what collections.ChainMap(kws, mapping) does here).
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Template:
    """A template string with $name and ${name} placeholders ($$ is a literal $)."""

    delimiter = '$'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls):
        if 'pattern' in cls.__dict__ or 'idpattern' in cls.__dict__:
            raise NotImplementedError('Template subclasses with a custom pattern or idpattern need the re module')

    def _scan(self):
        """Yield (kind, start, end, name) for each placeholder: kind is 'escaped', 'named', 'braced' or
        'invalid'; start..end is the text it replaces; name is the identifier (or None)."""
        template = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(template)
        i = template.find(delim)
        while i >= 0:
            j = i + dlen
            if template.startswith(delim, j):
                yield ('escaped', i, j + dlen, None)
                i = template.find(delim, j + dlen)
                continue
            if j < n and template[j] in _ID_START:
                k = j + 1
                while k < n and template[k] in _ID_CHARS:
                    k += 1
                yield ('named', i, k, template[j:k])
                i = template.find(delim, k)
                continue
            if j + 1 < n and template[j] == '{' and template[j + 1] in _ID_START:
                k = j + 2
                while k < n and template[k] in _ID_CHARS:
                    k += 1
                if k < n and template[k] == '}':
                    yield ('braced', i, k + 1, template[j + 1:k])
                    i = template.find(delim, k + 1)
                    continue
            yield ('invalid', i, j, None)
            i = template.find(delim, j)

    def _invalid(self, start):
        i = start + len(self.delimiter)
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        template = self.template
        parts = []
        last = 0
        for kind, start, end, name in self._scan():
            parts.append(template[last:start])
            last = end
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(start)
            else:
                parts.append('%s' % (mapping[name],))
        parts.append(template[last:])
        return ''.join(parts)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        template = self.template
        parts = []
        last = 0
        for kind, start, end, name in self._scan():
            parts.append(template[last:start])
            last = end
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                parts.append(self.delimiter)
            else:
                try:
                    parts.append('%s' % (mapping[name],))
                except KeyError:
                    parts.append(template[start:end])
        parts.append(template[last:])
        return ''.join(parts)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


class Formatter:
    """str.format() as a class whose steps (parse, get_field, convert_field, format_field) can be
    overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) tuples, like _string.formatter_parser."""
        s = format_string
        n = len(s)
        i = 0
        literal = []
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    # An escaped brace ends the literal chunk.
                    literal.append('{')
                    yield (''.join(literal), None, None, None)
                    literal = []
                    i += 2
                    continue
                # A replacement field: find its matching close brace, allowing nested fields in the spec.
                depth = 1
                j = i + 1
                while j < n:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                        if depth == 0:
                            break
                    j += 1
                if j >= n:
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1:j]
                name_end = 0
                bracket = False
                while name_end < len(field):
                    ch = field[name_end]
                    if ch == '[':
                        bracket = True
                    elif ch == ']':
                        bracket = False
                    elif not bracket and ch in '!:':
                        break
                    name_end += 1
                field_name = field[:name_end]
                rest = field[name_end:]
                conversion = None
                format_spec = ''
                if rest.startswith('!'):
                    if len(rest) < 2:
                        raise ValueError('end of string while looking for conversion specifier')
                    conversion = rest[1]
                    rest = rest[2:]
                    if rest and not rest.startswith(':'):
                        raise ValueError('expected \':\' after conversion specifier')
                if rest.startswith(':'):
                    format_spec = rest[1:]
                yield (''.join(literal), field_name, format_spec, conversion)
                literal = []
                i = j + 1
            elif c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    literal.append('}')
                    yield (''.join(literal), None, None, None)
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield (''.join(literal), None, None, None)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first


def _split_field_name(field_name):
    # 'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); a leading integer becomes an int.
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if field_name[i] == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            name = field_name[i + 1:j]
            if not name:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name))
            i = j
        elif field_name[i] == '[':
            j = field_name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and field_name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, rest
"""#
}
