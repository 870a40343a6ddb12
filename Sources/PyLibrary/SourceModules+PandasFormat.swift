extension SourceModules {
    /// `pandas._format`: the text and HTML reprs of frames and series, laid out by pandas' rules (shared float
    /// precision, leading spaces, 50-character cells, 60-row and terminal-width truncation).
    static let pandasFormatSource = #"""
"""pandas._format: text and HTML reprs of frames and series, laid out as pandas lays them out.

The rules follow pandas' formatters: a column's floats share one number of decimals (at most 6, trailing
zeros trimmed together, scientific notation when tiny or huge values would not fit), every value gets a
leading space, columns are right-justified to their widest cell and joined by one space, cells are cut
to 50 characters, frames longer than 60 rows show their first and last 5 rows, and a text repr wider
than the terminal (COLUMNS, else 80) drops middle columns behind a `...` column.
"""
import os
from pandas._common import is_missing, NA
from pandas._config import get_option

NA_REP = "NaN"


def pprint_thing(v):
    """A cell's text: strings with tabs and newlines escaped, sequences without quotes."""
    if isinstance(v, str):
        return v.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")
    if isinstance(v, list):
        return "[" + ", ".join(pprint_thing(x) for x in v) + "]"
    if isinstance(v, tuple):
        if len(v) == 1:
            return "(" + pprint_thing(v[0]) + ",)"
        return "(" + ", ".join(pprint_thing(x) for x in v) + ")"
    return str(v)


def _is_decimal_number(s):
    s = s.strip()
    if s[:1] in ("+", "-"):
        s = s[1:]
    whole, dot, frac = s.partition(".")
    return dot == "." and whole.isdigit() and (frac == "" or frac.isdigit())


def _trim_zeros(strings):
    """Drop trailing zeros from every decimal number together, keeping at least one decimal."""
    while True:
        numbers = [s for s in strings if _is_decimal_number(s)]
        if not numbers or not all(s.endswith("0") for s in numbers):
            break
        strings = [s[:-1] if _is_decimal_number(s) else s for s in strings]
    return [s + "0" if _is_decimal_number(s) and s.endswith(".") else s for s in strings]


def _format_floats(values, leading_space, na_rep=NA_REP):
    precision = get_option("display.precision")

    def with_format(spec):
        out = []
        for v in values:
            if is_missing(v):
                out.append(na_rep)
            elif leading_space:
                out.append(format(v, " ." + str(precision) + spec))
            else:
                out.append(format(v, "." + str(precision) + spec))
        return _trim_zeros(out)

    result = with_format("f")
    too_long = bool(result) and max(len(s) for s in result) > precision + 6
    finite = [abs(v) for v in values if not is_missing(v)]
    has_large = any(a > 1e6 for a in finite)
    has_small = any(0 < a < 10 ** (-precision) for a in finite)
    if has_small or (too_long and has_large):
        result = with_format("e")
    return result


def _trim_single_float(s):
    s = s.rstrip("0")
    return s + "0" if s.endswith(".") else s


def format_values(values, dtype, leading_space=True, na_rep=NA_REP):
    """Each value of a column as pandas prints it (before justification)."""
    if dtype == "float64":
        return _format_floats(values, leading_space, na_rep)
    if dtype == "int64":
        return [format(v, " d" if leading_space else "d") for v in values]
    out = []
    for v in values:
        if isinstance(v, float) and not is_missing(v):
            out.append(_trim_single_float(format(v, " ." + str(get_option("display.precision")) + "f")))
            continue
        if v is None:
            text = "None"
        elif v is NA:
            text = "<NA>"
        elif is_missing(v):
            text = na_rep
        else:
            text = pprint_thing(v)
        out.append(" " + text if leading_space else text)
    return out


def make_fixed_width(strings, justify="right", minimum=0, limit=-1):
    """Pad cells to a common width (at most display.max_colwidth, 50; longer cells end in '...')."""
    if not strings:
        return strings
    width = max(minimum, max(len(s) for s in strings))
    if limit == -1:
        limit = get_option("display.max_colwidth")
    if limit is not None and width > limit:
        width = limit
    out = []
    for s in strings:
        if limit is not None and limit > 3 and len(s) > width:
            s = s[:width - 3] + "..."
        out.append(justify_text(s, width, justify))
    return out


def justify_text(s, width, mode):
    if mode == "left":
        return s.ljust(width)
    if mode == "center":
        return s.center(width)
    return s.rjust(width)


def adjoin(space, columns):
    """Join columns of lines side by side, each padded to its width plus `space` (the last one unpadded)."""
    widths = [max(len(s) for s in col) + space for col in columns[:-1]]
    widths.append(max(len(s) for s in columns[-1]))
    height = max(len(col) for col in columns)
    lines = []
    for row in range(height):
        parts = []
        for col, width in zip(columns, widths):
            parts.append((col[row] if row < len(col) else "").ljust(width))
        lines.append("".join(parts))
    return "\n".join(lines)


def format_index_labels(index):
    """Row labels as pandas prints them: formatted like a column, then the spaces every label starts with
    removed (so a sign column stays only when some number is negative); numbers padded to one width."""
    # Labels are left-justified, and pandas gives a left-justified float's NaN a leading space.
    na_rep = " " + NA_REP if index._dtype == "float64" else NA_REP
    cells = format_values(list(index), index._dtype, True, na_rep)
    while cells and all(c[:1] == " " for c in cells):
        cells = [c[1:] for c in cells]
    if index._dtype in ("int64", "float64", "bool"):
        width = max(len(s) for s in cells) if cells else 0
        return [s.ljust(width) for s in cells]
    return cells


def is_numeric(dtype):
    return dtype in ("int64", "float64", "bool")


def terminal_width():
    """What shutil.get_terminal_size reports: COLUMNS, else the terminal on stdout, else 80."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    if hasattr(os, "get_terminal_size"):
        try:
            return os.get_terminal_size(1).columns or 80
        except (OSError, ValueError):
            pass
    return 80


def _row_positions(n):
    """Rows shown of `n` and where the '...' row goes (None when all rows are shown)."""
    max_rows = get_option("display.max_rows")
    min_rows = get_option("display.min_rows")
    if max_rows and n > max_rows:
        shown = min(min_rows, max_rows) if min_rows else max_rows
        half = shown // 2
        if half >= 1:
            return list(range(half)) + list(range(n - half, n)), half
        return list(range(shown)), shown
    return list(range(n)), None


def frame_to_string(df, full=False, show_index=True, header=True):
    """`repr(df)`, or with `full` `df.to_string()`: every row and column, cells never cut."""
    columns = list(df.columns)
    if not columns or len(df) == 0:
        return ("Empty DataFrame\nColumns: " + pprint_thing([c for c in columns]) + "\nIndex: "
                + pprint_thing(list(df.index)))
    rows, dot_row = (list(range(len(df))), None) if full else _row_positions(len(df))
    shown = df._take_rows(rows)
    layout = _Layout(show_index, header, None if full else -1)
    max_cols = get_option("display.max_columns")
    dot_col = None
    if full:
        text = adjoin(1, _string_columns(shown, dot_row, layout))
    elif max_cols == 0:
        strcols, dot_col = _fit_to_terminal(_string_columns(shown, dot_row, layout), show_index)
        text = adjoin(1, strcols)
    else:
        if max_cols is not None and len(columns) > max_cols:
            dot_col = max(max_cols // 2, 1) if max_cols >= 2 else None
            keep = list(range(dot_col)) + list(range(len(columns) - dot_col, len(columns))) if dot_col \
                else list(range(max_cols))
            shown = shown._take_columns(keep)
            if dot_col is None:
                dot_col = max_cols
        strcols = _string_columns(shown, dot_row, layout)
        offset = 1 if show_index else 0
        if dot_col is not None and dot_col < len(columns):
            strcols.insert(dot_col + offset, [" ..."] * len(strcols[0]))
        width = get_option("display.width")
        text = _join_multiline(strcols, width, show_index) if width is not None else adjoin(1, strcols)
    if dot_row is not None or dot_col is not None:
        text += "\n\n[" + str(len(df)) + " rows x " + str(len(columns)) + " columns]"
    return text


class _Layout:
    """What a text table shows: the index column, the header rows, and the cell width limit."""

    def __init__(self, show_index=True, header=True, limit=-1):
        self.show_index = show_index
        self.header = header
        self.limit = limit


def _join_multiline(strcols, line_width, show_index):
    """Wrap a wide table into blocks of columns that fit `line_width`, each but the last ending in ' \\'."""
    strcols = list(strcols)
    index = strcols.pop(0) if show_index else None
    if index is not None:
        line_width -= max(len(x) for x in index) + 1
    widths = [max(len(x) for x in col) if col else 0 for col in strcols]
    bins = []
    current = 0
    for i, w in enumerate(widths):
        current += w + 1
        limit = current + 1 if i == len(widths) - 1 else current + 2
        if limit > line_width and i > 0:
            bins.append(i)
            current = w + 1
    bins.append(len(widths))
    blocks = []
    start = 0
    for i, end in enumerate(bins):
        row = strcols[start:end]
        if index is not None:
            row.insert(0, index)
        if len(bins) > 1:
            height = len(row[-1])
            if end <= len(strcols) and i < len(bins) - 1:
                row.append([" \\"] + ["  "] * (height - 1))
            else:
                row.append([" "] * height)
        blocks.append(adjoin(1, row))
        start = end
    return "\n\n".join(blocks)


def _fit_to_terminal(strcols, show_index):
    """Drop middle columns until the table fits the terminal, as pandas 3.1 does: the width counts the
    ' ...' column that replaces them, columns go from the middle outwards, at least two stay."""
    lens = [max(len(s) for s in col) for col in strcols]
    excess = sum(lens) + len(lens) - 1 - terminal_width() + 1
    if excess <= 0:
        return strcols, None
    excess += 5
    n = len(lens)
    while excess > 0 and n > 1:
        excess -= lens.pop(round(n / 2)) + 1
        n -= 1
    offset = 1 if show_index else 0
    fitted = max(n - offset, 2)
    if fitted >= len(strcols) - offset:
        return strcols, None
    half = fitted // 2
    kept = strcols[:half + offset] + strcols[-half:]
    kept.insert(half + offset, [" ..."] * len(kept[0]))
    return kept, half


def _string_columns(shown, dot_row, layout):
    """The frame's text as columns of cells (index first), with the '...' row inserted."""
    from pandas._index import Index
    index = shown.index
    multi = hasattr(index, "nlevels")
    named = any(n is not None for n in index.names) if multi else index.name is not None
    names_row = named and layout.header and layout.show_index
    header_rows = (2 if names_row else 1) if layout.header else 0
    strcols = []
    if layout.show_index and multi:
        levels = []
        for k in range(index.nlevels):
            name = index.names[k]
            cells = format_index_labels(Index(index.level_values(k)))
            levels.append(([pprint_thing(name) if name is not None else ""] if names_row else []) + cells)
        levels = _sparsify(levels) if names_row else _sparsify([[""] + lev for lev in levels])
        if not names_row:
            levels = [lev[1:] for lev in levels]
        lines = adjoin(1, [make_fixed_width(lev, "left", 0, layout.limit) for lev in levels]).split("\n")
        strcols.append(([""] if layout.header else []) + lines)
    elif layout.show_index:
        index_cells = make_fixed_width(format_index_labels(index), "left", 0, layout.limit)
        index_col = ([""] if layout.header else []) + ([pprint_thing(index.name)] if names_row else []) + index_cells
        strcols.append(index_col)
    columns = list(shown.columns)
    for pos in range(len(columns)):
        values, dtype = shown._column_data(pos)
        header = pprint_thing(columns[pos])
        if is_numeric(dtype):
            header = " " + header
        if not layout.header:
            header = ""
        cells = make_fixed_width(format_values(values, dtype, layout.show_index), "right", len(header), layout.limit)
        width = max([len(header)] + [len(c) for c in cells])
        col = ([header.rjust(width)] if layout.header else []) + ([" " * width] if names_row else [])
        strcols.append(col + cells)
    if dot_row is not None:
        for i, col in enumerate(strcols):
            width = len(col[dot_row])
            dots = "..." if width > 3 else ".."
            col.insert(header_rows + dot_row, dots.ljust(width) if i == 0 and layout.show_index else dots.rjust(width))
    return strcols


def _sparsify(levels):
    """Blank each level's label where it repeats the row above (and every level before it does too)."""
    rows = list(zip(*levels))
    result = rows[:2]
    prev = rows[1] if len(rows) > 1 else None
    for cur in rows[2:]:
        sparse = []
        for i, (p, t) in enumerate(zip(prev, cur)):
            if i == len(levels) - 1:
                sparse.append(t)
                break
            if p == t:
                sparse.append("")
            else:
                sparse.extend(cur[i:])
                break
        result.append(sparse)
        prev = cur
    return [list(col) for col in zip(*result)]


def multi_index_lines(index):
    """A MultiIndex as text lines: the level names first, then the labels with repeats blanked."""
    from pandas._index import Index
    levels = []
    for k in range(index.nlevels):
        cells = format_index_labels(Index(index.level_values(k)))
        name = index.names[k]
        levels.append([pprint_thing(name) if name is not None else ""] + cells)
    return adjoin(2, _sparsify(levels)).split("\n")


def series_to_string(s, full=False):
    """`repr(series)`: index and values three spaces apart, then the Name/Length/dtype footer; with `full`
    `series.to_string()`: every row, no footer."""
    n = len(s)
    footer = []
    if s.name is not None:
        footer.append("Name: " + pprint_thing(s.name))
    rows, dot_row = (list(range(n)), None) if full else _row_positions(n)
    if dot_row is not None:
        footer.append("Length: " + str(n))
    footer.append("dtype: " + s._dtype)
    footer = ", ".join(footer)
    if n == 0:
        return "Series([], " + footer + ")"
    shown = s._take(rows)
    values = make_fixed_width(format_values(shown._values, shown._dtype), "right", 0, None if full else -1)
    multi = hasattr(shown.index, "nlevels")
    if multi:
        lines = multi_index_lines(shown.index)
        header, labels = lines[0], lines[1:]
    else:
        header = pprint_thing(shown.index.name) if shown.index.name is not None else None
        labels = format_index_labels(shown.index)
    if dot_row is not None:
        width = len(values[dot_row - 1])
        values.insert(dot_row, ("..." if width > 3 else "..").center(width))
        labels.insert(dot_row, "")
    text = adjoin(3, [labels, values])
    if multi and all(n is None for n in shown.index.names):
        header = None
    if header is not None:
        text = header + "\n" + text
    return text if full else text + "\n" + footer


def escape_html(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _html_column_slots(ncols, notebook):
    """Column positions a notebook table shows, None where the '...' column goes (display.max_columns)."""
    max_cols = get_option("display.max_columns") if notebook else None
    if not max_cols or ncols <= max_cols:
        return list(range(ncols))
    half = max_cols // 2
    if half >= 1:
        return list(range(half)) + [None] + list(range(ncols - half, ncols))
    return list(range(max_cols)) + [None]


def frame_to_html(df, notebook=True, show_index=True):
    """`df._repr_html_()` (notebook: a scoped style block, at most display.max_rows rows and
    display.max_columns columns, cut cells) or `df.to_html()` (the bare table, everything, whole cells)."""
    if hasattr(df.index, "nlevels"):
        raise NotImplementedError("pandas subset: HTML tables of frames with a MultiIndex are not implemented")
    columns = list(df.columns)
    rows, dot_row = _row_positions(len(df)) if notebook else (list(range(len(df))), None)
    slots = _html_column_slots(len(columns), notebook)
    limit = -1 if notebook else None
    shown = df._take_rows(rows)
    lines = []
    if notebook:
        lines += ["<div>", "<style scoped>", "    .dataframe tbody tr th:only-of-type {",
                  "        vertical-align: middle;", "    }", "", "    .dataframe tbody tr th {",
                  "        vertical-align: top;", "    }", "", "    .dataframe thead th {",
                  "        text-align: right;", "    }", "</style>"]
    lines += ['<table border="1" class="dataframe">', "  <thead>", '    <tr style="text-align: right;">']
    if show_index:
        lines.append("      <th></th>")
    for pos in slots:
        lines.append("      <th>" + ("..." if pos is None else escape_html(pprint_thing(columns[pos]))) + "</th>")
    lines.append("    </tr>")
    if show_index and shown.index.name is not None:
        lines.append("    <tr>")
        lines.append("      <th>" + escape_html(pprint_thing(shown.index.name)) + "</th>")
        for pos in slots:
            lines.append("      <th></th>")
        lines.append("    </tr>")
    lines.append("  </thead>")
    lines.append("  <tbody>")
    cells = {}
    for pos in slots:
        if pos is not None:
            values, dtype = shown._column_data(pos)
            cells[pos] = make_fixed_width(format_values(values, dtype), "right", 0, limit)
    labels = format_index_labels(shown.index)
    for r in range(len(shown)):
        if dot_row is not None and r == dot_row:
            lines.append("    <tr>")
            if show_index:
                lines.append("      <th>...</th>")
            for pos in slots:
                lines.append("      <td>...</td>")
            lines.append("    </tr>")
        lines.append("    <tr>")
        if show_index:
            lines.append("      <th>" + escape_html(labels[r].strip()) + "</th>")
        for pos in slots:
            lines.append("      <td>" + ("..." if pos is None else escape_html(cells[pos][r].strip())) + "</td>")
        lines.append("    </tr>")
    lines.append("  </tbody>")
    lines.append("</table>")
    if dot_row is not None or len(slots) != len(columns):
        lines.append("<p>" + str(len(df)) + " rows × " + str(len(columns)) + " columns</p>")
    if notebook:
        lines.append("</div>")
    return "\n".join(lines)


def _quoted(v):
    if isinstance(v, str):
        return "'" + pprint_thing(v) + "'"
    if is_missing(v) and v is not None:
        return "nan"
    return str(v)


def index_repr(index):
    """`repr(index)`: the labels wrapped at 80 columns under the opening bracket, then dtype, name and length."""
    name = type(index).__name__
    values = list(index)
    n = len(values)
    width = 80
    space1 = "\n" + " " * (len(name) + 1)
    space2 = "\n" + " " * (len(name) + 2)
    truncated = n > 100
    if n == 0:
        summary = "[], "
    elif n == 1:
        summary = "[" + _quoted(values[0]) + "], "
    elif n == 2:
        summary = "[" + _quoted(values[0]) + ", " + _quoted(values[1]) + "], "
    else:
        if truncated:
            head = [_quoted(v) for v in values[:10]]
            tail = [_quoted(v) for v in values[-10:]]
        else:
            head = []
            tail = [_quoted(v) for v in values]
        if index._dtype == "int64":
            longest = max(len(x) for x in head + tail)
            head = [x.rjust(longest) for x in head]
            tail = [x.rjust(longest) for x in tail]
        summary = ""
        line = space2

        def extend(summary, line, word, limit):
            if len(line.rstrip()) + len(word.rstrip()) >= limit:
                summary += line.rstrip()
                line = space2
            return summary, line + word

        for word in head:
            summary, line = extend(summary, line, word + ", ", width)
        if truncated:
            summary += line.rstrip() + space2 + "..."
            line = space2
        for word in tail[:-1]:
            summary, line = extend(summary, line, word + ", ", width)
        summary, line = extend(summary, line, tail[-1], width - 2)
        summary += line + "],"
        summary += space1 if len(summary) > width else " "
        summary = "[" + summary[len(space2):]
    attrs = ["dtype='" + index._dtype + "'"]
    if index.name is not None:
        attrs.append("name=" + _quoted(index.name))
    if truncated:
        attrs.append("length=" + str(n))
    return name + "(" + summary + ", ".join(attrs) + ")"
"""#
}
