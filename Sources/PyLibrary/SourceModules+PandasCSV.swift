extension SourceModules {
    /// `pandas._csv`: read_csv (RFC 4180 quoting, per-column int64/float64/bool/str inference, NaN for missing) and
    /// DataFrame.to_csv.
    static let pandasCSVSource = #"""
"""pandas._csv: read_csv (RFC 4180 fields, per-column type inference) and DataFrame.to_csv."""
from pandas._common import nan, NA_STRINGS, TRUE_STRINGS, FALSE_STRINGS, is_missing, normalize_dtype
from pandas._index import Index, RangeIndex


class ParserError(ValueError):
    """A malformed CSV (pandas.errors.ParserError)."""


class EmptyDataError(ValueError):
    """No columns to parse (pandas.errors.EmptyDataError)."""


def _records(text, sep, quotechar='"'):
    """Split CSV text into records of fields, with the line number each record starts on.

    Fields may be quoted: a quoted field can hold the separator, newlines and doubled quotes; text after
    the closing quote up to the separator is kept. A quote inside an unquoted field is kept as it is.
    Blank lines are skipped.
    """
    lines = text.split("\n")
    n = len(lines)
    if n and lines[-1] == "":
        n -= 1
    records = []
    i = 0
    while i < n:
        line = lines[i]
        start_line = i + 1
        i += 1
        if line.endswith("\r"):
            line = line[:-1]
        if quotechar not in line:
            if line != "":
                records.append((line.split(sep), start_line))
            continue
        fields = []
        pos = 0
        while True:
            if line.startswith(quotechar, pos):
                parts = []
                pos += 1
                while True:
                    q = line.find(quotechar, pos)
                    if q < 0:
                        if i >= n:
                            raise ParserError("Error tokenizing data. C error: EOF inside string starting at row "
                                              + str(start_line - 1))
                        parts.append(line[pos:])
                        parts.append("\n")
                        line = lines[i]
                        i += 1
                        if line.endswith("\r"):
                            line = line[:-1]
                        pos = 0
                        continue
                    parts.append(line[pos:q])
                    if line.startswith(quotechar, q + 1):
                        parts.append(quotechar)
                        pos = q + 2
                        continue
                    pos = q + 1
                    break
                nxt = line.find(sep, pos)
                if nxt < 0:
                    parts.append(line[pos:])
                    fields.append("".join(parts))
                    break
                parts.append(line[pos:nxt])
                fields.append("".join(parts))
                pos = nxt + 1
            else:
                nxt = line.find(sep, pos)
                if nxt < 0:
                    fields.append(line[pos:])
                    break
                fields.append(line[pos:nxt])
                pos = nxt + 1
        records.append((fields, start_line))
    return records


def _is_int_text(s):
    t = s.strip()
    if t[:1] in ("+", "-"):
        t = t[1:]
    return t.isdigit() and t.isascii()


def _parse_float(s):
    t = s.strip()
    if not t or "_" in t:
        return None
    try:
        return float(t)
    except ValueError:
        return None


def _convert(texts, missing, dtype):
    """A column of field texts as (values, dtype): explicit dtype, else int64, float64, bool or str."""
    present = [t for t, m in zip(texts, missing) if not m]
    has_missing = len(present) != len(texts)
    if dtype is None:
        if not texts:
            return [], "object"
        if present and all(_is_int_text(t) for t in present):
            if not has_missing:
                return [int(t) for t in texts], "int64"
            return [nan if m else float(int(t)) for t, m in zip(texts, missing)], "float64"
        if not present:
            return [nan] * len(texts), "float64"
        if all(_parse_float(t) is not None for t in present):
            return [nan if m else _parse_float(t) for t, m in zip(texts, missing)], "float64"
        if all(t in TRUE_STRINGS or t in FALSE_STRINGS for t in present):
            values = [nan if m else t in TRUE_STRINGS for t, m in zip(texts, missing)]
            return values, "object" if has_missing else "bool"
        return [nan if m else t for t, m in zip(texts, missing)], "str"
    if dtype == "int64":
        if has_missing:
            raise ValueError("Integer column has NA values")
        return [int(t) for t in texts], "int64"
    if dtype == "float64":
        return [nan if m else float(t) for t, m in zip(texts, missing)], "float64"
    if dtype == "bool":
        return [t in TRUE_STRINGS for t in texts], "bool"
    return [nan if m else t for t, m in zip(texts, missing)], dtype


def _header_names(fields):
    names = []
    counts = {}
    for i, name in enumerate(fields):
        if name == "":
            name = "Unnamed: " + str(i)
        if name in counts:
            counts[name] += 1
            candidate = name + "." + str(counts[name])
            while candidate in counts:
                counts[name] += 1
                candidate = name + "." + str(counts[name])
            counts[candidate] = 0
            name = candidate
        else:
            counts[name] = 0
        names.append(name)
    return names


def read_csv(filepath_or_buffer, sep=",", delimiter=None, header="infer", names=None, index_col=None,
             usecols=None, dtype=None, nrows=None, skiprows=None, na_values=None, keep_default_na=True,
             quotechar='"', encoding=None):
    """Read a CSV file (a path or an object with read()) into a DataFrame."""
    from pandas._frame import DataFrame
    if delimiter is not None:
        sep = delimiter
    if hasattr(filepath_or_buffer, "read"):
        text = filepath_or_buffer.read()
    else:
        with open(filepath_or_buffer, encoding=encoding or "utf-8") as f:
            text = f.read()
    if isinstance(text, bytes):
        text = text.decode(encoding or "utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    records = _records(text, sep, quotechar)
    if isinstance(skiprows, int):
        records = records[skiprows:]
    elif skiprows is not None:
        skip = set(skiprows)
        records = [r for r in records if r[1] - 1 not in skip]
    if header == "infer":
        header = None if names is not None else 0
    if header is None:
        if not records and names is None:
            raise EmptyDataError("No columns to parse from file")
        width = len(records[0][0]) if records else len(names)
        labels = list(names) if names is not None else list(range(width))
        body = records
    else:
        if len(records) <= header:
            raise EmptyDataError("No columns to parse from file")
        labels = _header_names(records[header][0])
        if names is not None:
            labels = list(names)
        body = records[header + 1:]
    if nrows is not None:
        body = body[:nrows]
    width = len(labels)
    implicit_index = bool(body) and len(body[0][0]) == width + 1 and index_col is None
    if implicit_index:
        labels = [""] + labels
        width += 1
    na_strings = set(NA_STRINGS) if keep_default_na else set()
    if na_values is not None:
        na_strings |= set([na_values] if isinstance(na_values, str) else na_values)
    rows = []
    for fields, line in body:
        if len(fields) != width:
            if len(fields) > width:
                raise ParserError("Error tokenizing data. C error: Expected " + str(width) + " fields in line "
                                  + str(line) + ", saw " + str(len(fields)) + "\n")
            fields = fields + [""] * (width - len(fields))
        rows.append(fields)
    texts = [list(column) for column in zip(*rows)] if rows else [[] for _ in range(width)]
    keep = list(range(width))
    if usecols is not None:
        wanted = list(usecols)
        if callable(usecols):
            keep = [j for j in keep if usecols(labels[j])]
        elif all(isinstance(u, int) for u in wanted):
            keep = [j for j in keep if j in wanted]
        else:
            missing = [u for u in wanted if u not in labels]
            if missing:
                raise ValueError("Usecols do not match columns, columns expected but not found: " + str(missing))
            keep = [j for j in keep if labels[j] in wanted]
    per_column = dtype if isinstance(dtype, dict) else None
    data = {}
    dtypes = {}
    for j in keep:
        label = labels[j]
        wanted = normalize_dtype(per_column.get(label) if per_column is not None else dtype)
        missing = [t in na_strings for t in texts[j]]
        values, kind = _convert(texts[j], missing, wanted)
        data[j] = values
        dtypes[j] = kind
    cols = [[data[j], dtypes[j]] for j in keep]
    kept_labels = [labels[j] for j in keep]
    columns = Index(kept_labels)
    n = len(body)
    frame = DataFrame._new(cols, columns, RangeIndex(0, n))
    if implicit_index:
        index_col = 0
    if index_col is not None and index_col is not False:
        label = kept_labels[index_col] if isinstance(index_col, int) and index_col not in kept_labels else index_col
        frame = frame.set_index(label)
        if implicit_index:
            frame.index.name = None
    return frame


def _quote(text, sep):
    if sep in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _cell(v, na_rep):
    if is_missing(v):
        return na_rep
    return str(v)


def write_csv(frame, path_or_buf=None, sep=",", index=True, header=True, na_rep="", lineterminator=None):
    """DataFrame.to_csv: minimal quoting; returns the text when no path or buffer is given."""
    end = lineterminator or "\n"
    lines = []
    columns = list(frame.columns)
    if header:
        row = []
        if index:
            row.append(_quote("" if frame.index.name is None else str(frame.index.name), sep))
        row += [_quote(str(c), sep) for c in columns]
        lines.append(sep.join(row))
    labels = list(frame.index)
    for i in range(len(frame)):
        row = []
        if index:
            row.append(_quote(_cell(labels[i], na_rep), sep))
        for values, d in frame._cols:
            row.append(_quote(_cell(values[i], na_rep), sep))
        lines.append(sep.join(row))
    text = end.join(lines) + end
    if path_or_buf is None:
        return text
    if hasattr(path_or_buf, "write"):
        path_or_buf.write(text)
        return None
    with open(path_or_buf, "w") as f:
        f.write(text)
    return None
"""#
}
