extension SourceModules {
    /// `pandas._style`: Styler (`df.style`): queued apply/map CSS functions rendered into pandas' Styler HTML table.
    static let pandasStyleSource = #"""
"""pandas._style: Styler (df.style), per-cell CSS rendered to the HTML table pandas' Styler renders.

Styles are computed when the table is rendered, as pandas does: apply/map calls are queued, then run in
order, each adding CSS properties to cells. The <style> block groups the cells whose properties are
identical, in the order those groups first appear reading the table row by row.
"""
from pandas._common import is_missing, is_list_like
from pandas._series import Series


def _css_pairs(css):
    """'a: b; c: d' (or a list of (property, value) pairs) as a list of (property, value) pairs."""
    if not isinstance(css, str):
        return [(str(k), str(v)) for k, v in css]
    pairs = []
    for part in css.split(";"):
        if part.strip() == "":
            continue
        name, _, value = part.partition(":")
        pairs.append((name.strip(), value.strip()))
    return pairs


def _display(v, precision):
    if isinstance(v, float):
        return format(v, "." + str(precision) + "f")
    return str(v)


def _new_uuid():
    import uuid
    return uuid.uuid4().hex[:5]


class Styler:
    """Conditional CSS for a DataFrame's HTML table: apply/map queue style functions, to_html renders."""

    __module__ = "pandas.io.formats.style"

    def __init__(self, data, precision=None, caption=None, uuid=None, cell_ids=True, table_attributes=None):
        from pandas._frame import DataFrame
        if isinstance(data, Series):
            data = data.to_frame()
        if not isinstance(data, DataFrame):
            raise TypeError("``data`` must be a Series or DataFrame")
        if hasattr(data.index, "nlevels"):
            raise NotImplementedError("pandas subset: Styler tables of frames with a MultiIndex are not implemented")
        self.data = data
        self.index = data.index
        self.columns = data.columns
        self.uuid = uuid or _new_uuid()
        self.caption = caption
        self.precision = 6 if precision is None else precision
        self.table_attributes = table_attributes
        self.cell_ids = cell_ids
        self.hide_index_ = False
        self.hide_columns_ = False
        self.hidden_rows = []
        self.hidden_columns = []
        self._todo = []
        self._formatters = {}
        self.table_styles = []

    # -- styling functions (queued) -----------------------------------------------------------------------
    def apply(self, func, axis=0, subset=None, **kwargs):
        self._todo.append(("apply", func, axis, subset, kwargs))
        return self

    def map(self, func, subset=None, **kwargs):
        self._todo.append(("map", func, None, subset, kwargs))
        return self

    def set_properties(self, subset=None, **kwargs):
        css = "; ".join(k.replace("_", "-") + ": " + str(v) for k, v in kwargs.items())
        return self.map(lambda v: css, subset=subset)

    def highlight_max(self, subset=None, color="yellow", axis=0, props=None):
        props = props or "background-color: " + color
        return self.apply(lambda s: [props if v == s.max() else "" for v in s], axis=axis, subset=subset)

    def highlight_min(self, subset=None, color="yellow", axis=0, props=None):
        props = props or "background-color: " + color
        return self.apply(lambda s: [props if v == s.min() else "" for v in s], axis=axis, subset=subset)

    def set_caption(self, caption):
        self.caption = caption
        return self

    def set_table_styles(self, table_styles=None, overwrite=True):
        """CSS rules for selectors inside the table: [{"selector": "th", "props": "color: red"}, ...]."""
        if isinstance(table_styles, dict):
            raise NotImplementedError("pandas subset: per-column table styles (a dict) are not implemented")
        rules = [(style["selector"], _css_pairs(style["props"])) for style in (table_styles or [])]
        self.table_styles = rules if overwrite else self.table_styles + rules
        return self

    def set_uuid(self, uuid):
        self.uuid = uuid
        return self

    def set_table_attributes(self, attributes):
        self.table_attributes = attributes
        return self

    def format(self, formatter=None, subset=None, na_rep=None, precision=None):
        positions = self._subset_positions(subset)[1]
        for j in positions:
            self._formatters[j] = (formatter, na_rep, precision)
        return self

    def hide(self, subset=None, axis=0, level=None, names=False):
        rows_axis = axis in (0, "index", "rows")
        if subset is None:
            if rows_axis:
                self.hide_index_ = True
            else:
                self.hide_columns_ = True
            return self
        labels = subset if is_list_like(subset) else [subset]
        if rows_axis:
            self.hidden_rows = self.hidden_rows + [self.index.get_loc(label) for label in labels]
        else:
            self.hidden_columns = self.hidden_columns + [self.columns.get_loc(label) for label in labels]
        return self

    # -- computing styles ---------------------------------------------------------------------------------
    def _subset_positions(self, subset):
        """Row and column positions (in self.data) a subset selects: a column label, labels, or (rows, cols)."""
        from pandas._indexing import FrameLoc
        rows = list(range(len(self.data)))
        cols = list(range(len(self.columns)))
        if subset is None:
            return rows, cols
        if isinstance(subset, tuple):
            row_key, col_key = subset
            if not (isinstance(row_key, slice) and row_key == slice(None)):
                rows = list(FrameLoc(self.data)._rows(row_key)[0])
        else:
            col_key = subset
        if isinstance(col_key, slice) and col_key == slice(None):
            return rows, cols
        labels = list(col_key) if is_list_like(col_key) else [col_key]
        return rows, [self.columns.get_loc(label) for label in labels]

    def _compute(self):
        ctx = {}
        self._parsed = {}
        for kind, func, axis, subset, kwargs in self._todo:
            rows, cols = self._subset_positions(subset)
            sub = self.data._take_rows(rows)._take_columns(cols)
            if kind == "map":
                for a, i in enumerate(rows):
                    for b, j in enumerate(cols):
                        self._add(ctx, i, j, func(sub._cols[b][0][a], **kwargs))
            elif axis is None:
                self._apply_table(ctx, func(sub, **kwargs), sub, rows, cols, func)
            elif axis in (0, "index", "rows"):
                for b, j in enumerate(cols):
                    result = func(sub._column(b), **kwargs)
                    self._apply_line(ctx, result, sub.index, [(i, j) for i in rows], func)
            else:
                dtype = sub._row_dtype()
                for a, i in enumerate(rows):
                    result = func(sub._row(a, dtype), **kwargs)
                    self._apply_line(ctx, result, sub.columns, [(i, j) for j in cols], func)
        return ctx

    def _add(self, ctx, i, j, css):
        if isinstance(css, str):
            pairs = self._parsed.get(css)
            if pairs is None:
                pairs = _css_pairs(css)
                self._parsed[css] = pairs
        elif css is None or (not isinstance(css, (list, tuple)) and is_missing(css)):
            return
        else:
            pairs = _css_pairs(css)
        if pairs:
            ctx.setdefault((i, j), []).extend(pairs)

    def _apply_line(self, ctx, result, labels, cells, func):
        if isinstance(result, Series):
            values = [result[label] if label in result.index else None for label in labels]
        elif is_list_like(result):
            values = list(result)
        else:
            raise ValueError("Function " + repr(func) + " resulted in the apply method collapsing to a Series.\n"
                             "Usually, this is the result of the function returning a single value, instead of "
                             "list-like.")
        if len(values) != len(cells):
            raise ValueError("Function " + repr(func) + " returned the wrong shape.\nResult has shape: ("
                             + str(len(values)) + ",)\nExpected shape:   (" + str(len(cells)) + ",)")
        for (i, j), css in zip(cells, values):
            self._add(ctx, i, j, css)

    def _apply_table(self, ctx, result, sub, rows, cols, func):
        from pandas._frame import DataFrame
        if isinstance(result, DataFrame):
            for b, j in enumerate(cols):
                label = sub.columns[b]
                if label not in result.columns:
                    continue
                column = result[label]
                for a, i in enumerate(rows):
                    row_label = sub.index[a]
                    if row_label in column.index:
                        self._add(ctx, i, j, column[row_label])
            return
        grid = [list(r) for r in result]
        if len(grid) != len(rows) or any(len(r) != len(cols) for r in grid):
            raise ValueError("Function " + repr(func) + " returned the wrong shape.")
        for a, i in enumerate(rows):
            for b, j in enumerate(cols):
                self._add(ctx, i, j, grid[a][b])

    # -- rendering ----------------------------------------------------------------------------------------
    def _cell_text(self, v, j):
        if j in self._formatters:
            formatter, na_rep, precision = self._formatters[j]
            if na_rep is not None and is_missing(v):
                return na_rep
            if formatter is None:
                return _display(v, self.precision if precision is None else precision)
            if isinstance(formatter, str):
                return formatter.format(v)
            return str(formatter(v))
        return _display(v, self.precision)

    def to_html(self, buf=None, table_uuid=None, caption=None, doctype_html=False, encoding=None):
        if table_uuid is not None:
            self.uuid = table_uuid
        if caption is not None:
            self.caption = caption
        html = self._render(self._compute())
        if doctype_html:
            html = ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="' + (encoding or "utf-8")
                    + '">\n</head>\n<body>\n' + html + "</body>\n</html>\n")
        if buf is None:
            return html
        if hasattr(buf, "write"):
            buf.write(html)
        else:
            with open(buf, "w") as f:
                f.write(html)
        return None

    def _repr_html_(self):
        return self.to_html()

    def _render(self, ctx):
        uid = "T_" + self.uuid
        nrows, ncols = len(self.data), len(self.columns)
        visible_rows = [i for i in range(nrows) if i not in self.hidden_rows]
        visible_cols = [j for j in range(ncols) if j not in self.hidden_columns]
        groups = {}
        order = []
        for i in visible_rows:
            for j in visible_cols:
                props = ctx.get((i, j))
                if not props:
                    continue
                key = tuple(props)
                if key not in groups:
                    groups[key] = []
                    order.append(key)
                groups[key].append("row" + str(i) + "_col" + str(j))
        out = ['<style type="text/css">\n']
        for selector, props in self.table_styles:
            out.append("#" + uid + " " + selector + " {\n")
            for name, value in props:
                out.append("  " + name + ": " + value + ";\n")
            out.append("}\n")
        for key in order:
            out.append(", ".join("#" + uid + "_" + s for s in groups[key]) + " {\n")
            for name, value in key:
                out.append("  " + name + ": " + value + ";\n")
            out.append("}\n")
        out.append("</style>\n")
        attrs = " " + self.table_attributes if self.table_attributes else ""
        out.append('<table id="' + uid + '"' + attrs + ">\n")
        if self.caption:
            caption = self.caption if isinstance(self.caption, str) else self.caption[0]
            out.append("  <caption>" + str(caption) + "</caption>\n")
        out.append("  <thead>\n")
        show_index = not self.hide_index_
        index_name = self.index.name
        if not self.hide_columns_:
            out.append("    <tr>\n")
            if show_index:
                out.append('      <th class="blank level0" >&nbsp;</th>\n')
            for j in visible_cols:
                out.append('      <th id="' + uid + "_level0_col" + str(j) + '" class="col_heading level0 col' + str(j)
                           + '" >' + _display(self.columns[j], self.precision) + "</th>\n")
            out.append("    </tr>\n")
        if show_index and index_name is not None:
            out.append("    <tr>\n")
            out.append('      <th class="index_name level0" >' + str(index_name) + "</th>\n")
            for j in visible_cols:
                out.append('      <th class="blank col' + str(j) + '" >&nbsp;</th>\n')
            out.append("    </tr>\n")
        out.append("  </thead>\n")
        out.append("  <tbody>\n")
        columns_data = [self.data._cols[j][0] for j in range(ncols)]
        for i in visible_rows:
            out.append("    <tr>\n")
            if show_index:
                out.append(f'      <th id="{uid}_level0_row{i}" class="row_heading level0 row{i}" >'
                           f"{_display(self.index[i], self.precision)}</th>\n")
            for j in visible_cols:
                text = self._cell_text(columns_data[j][i], j)
                out.append(f'      <td id="{uid}_row{i}_col{j}" class="data row{i} col{j}" >{text}</td>\n')
            out.append("    </tr>\n")
        out.append("  </tbody>\n")
        out.append("</table>\n")
        return "".join(out)
"""#
}
