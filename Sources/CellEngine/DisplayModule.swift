import PyLibrary
import PyRuntime

/// The `IPython.display` API cells use: `display`, `update_display`, `clear_output`, `DisplayHandle`, and the
/// display classes `HTML`, `Markdown`, `Latex`, `SVG`, `JSON`, `Javascript`, `Image`. Our own Python source
/// (module `IPython.core.display`, also importable as `IPython.display`), calling the session's hidden
/// `_cellengine_publish`/`_cellengine_clear` builtins; reprs name the classes as IPython's
/// (`<IPython.core.display.HTML object>`), because that is the `text/plain` Jupyter users see.
///
/// Differences from IPython: `SVG` keeps the markup as given (IPython re-serializes it through minidom);
/// `Image` embeds PNG and JPEG only (from bytes or a file) or links a URL; there is no `Video`, `Audio`,
/// `IFrame` or `ProgressBar`.
enum DisplayModule {
    static let coreName = "IPython.core.display"
    static let publishFunction = "_cellengine_publish"
    static let clearFunction = "_cellengine_clear"
    /// Make `IPython`, `IPython.core`, `IPython.display` and `IPython.core.display` importable (once per
    /// process; the modules themselves load per interpreter on first import).
    static func register() {
        EngineModules.once("IPython.display") {
            for package in ["IPython", "IPython.core"] {
                ModuleRegistry.register(package) { (interp) throws(PyError) -> PyModule in
                    let module = PyModule(name: package)
                    module.set("__path__", .object(PyList([])))
                    module.set("__builtins__", .object(interp.builtinsModule))
                    return module
                }
            }
            EngineModules.registerSource(coreName, source)
            ModuleRegistry.register("IPython.display") { (interp) throws(PyError) -> PyModule in
                guard let module = try interp.importSingle(coreName).asObject as? PyModule else {
                    throw .runtimeError("\(coreName) is not a module")
                }
                return module
            }
        }
    }

    static let source = #"""
"""Rich display for SwiftRay's cell engine (the IPython.display API)."""
import json as _json

_REPR_METHODS = (
    ("text/html", "_repr_html_"),
    ("text/markdown", "_repr_markdown_"),
    ("image/svg+xml", "_repr_svg_"),
    ("image/png", "_repr_png_"),
    ("image/jpeg", "_repr_jpeg_"),
    ("text/latex", "_repr_latex_"),
    ("application/json", "_repr_json_"),
    ("application/javascript", "_repr_javascript_"),
    ("application/pdf", "_repr_pdf_"),
)


def _json_text(value):
    return _json.dumps(value)


def _item(mime, data, metadata):
    """(mime, kind, payload, metadata JSON or None) for the engine."""
    md = None if metadata is None else _json.dumps(metadata)
    if isinstance(data, str):
        return (mime, "str", data, md)
    if isinstance(data, (bytes, bytearray)):
        if mime.startswith("text/") or mime == "image/svg+xml":
            return (mime, "str", bytes(data).decode("utf-8", "replace"), md)
        return (mime, "bytes", bytes(data), md)
    return (mime, "json", _json.dumps(data), md)


def _real_method(obj, name):
    # An object whose __getattr__ answers every name (a mock, a proxy) has no real repr methods.
    try:
        canary = getattr(obj, "_ipython_canary_method_should_not_exist_", None)
    except Exception:
        return None
    if canary is not None:
        return None
    try:
        method = getattr(obj, name, None)
    except Exception:
        return None
    return method if callable(method) else None


def _wanted(mime, include, exclude):
    return (include is None or mime in include) and mime not in exclude


def _rich_reprs(obj, include=None, exclude=()):
    """The object's forms besides text/plain, and the errors its repr methods raised."""
    items = []
    errors = []
    seen = set()
    bundle_method = _real_method(obj, "_repr_mimebundle_")
    if bundle_method is not None:
        try:
            answer = bundle_method(include=include, exclude=exclude)
        except Exception as exc:
            errors.append(exc)
            answer = None
        if answer is not None:
            metadata = {}
            if isinstance(answer, tuple) and len(answer) == 2:
                answer, metadata = answer
            for mime, data in (answer or {}).items():
                if mime == "text/plain" or not _wanted(mime, include, exclude):
                    continue
                seen.add(mime)
                items.append(_item(mime, data, (metadata or {}).get(mime)))
    for mime, name in _REPR_METHODS:
        if mime in seen or not _wanted(mime, include, exclude):
            continue
        method = _real_method(obj, name)
        if method is None:
            continue
        try:
            data = method()
        except Exception as exc:
            errors.append(exc)
            continue
        if data is None:
            continue
        metadata = None
        if isinstance(data, tuple) and len(data) == 2:
            data, metadata = data
        items.append(_item(mime, data, metadata))
    return items, errors


def _raw_items(bundle):
    return [_item(mime, data, None) for mime, data in bundle.items()]


def _new_display_id():
    import uuid
    return uuid.uuid4().hex


class DisplayHandle:
    """A display that can be shown again or updated in place (`display(obj, display_id=True)`)."""

    def __init__(self, display_id=None):
        if display_id is None:
            display_id = _new_display_id()
        self.display_id = display_id

    def __repr__(self):
        return "<%s display_id=%s>" % (type(self).__name__, self.display_id)

    def display(self, obj, **kwargs):
        display(obj, display_id=self.display_id, **kwargs)

    def update(self, obj, **kwargs):
        kwargs["update"] = True
        display(obj, display_id=self.display_id, **kwargs)


def display(*objs, include=None, exclude=None, metadata=None, transient=None, display_id=None, raw=False,
            clear=False, **kwargs):
    """Show each object in the cell's output with all its representations."""
    update = kwargs.pop("update", False)
    if clear:
        clear_output(wait=True)
    if transient and display_id is None:
        display_id = transient.get("display_id")
    if display_id is True:
        display_id = _new_display_id()
    if update and display_id is None:
        raise TypeError("display_id required for update_display")
    for obj in objs:
        _cellengine_publish(obj, raw, metadata, display_id, update, include, exclude)
    if display_id is not None:
        return DisplayHandle(display_id)


def update_display(obj, *, display_id, **kwargs):
    """Replace what was displayed under `display_id`."""
    kwargs["update"] = True
    display(obj, display_id=display_id, **kwargs)


def clear_output(wait=False):
    """Clear the cell's output now, or (wait=True) when new output arrives."""
    _cellengine_clear(wait)


class DisplayObject:
    """An object shown through one of its _repr_*_ methods; data may come from a file."""

    _read_flags = "r"

    def __init__(self, data=None, url=None, filename=None, metadata=None):
        if isinstance(data, str) and data.startswith(("http://", "https://")) and url is None:
            url, data = data, None
        self.data = data
        self.url = url
        self.filename = filename
        self.metadata = dict(metadata) if metadata else {}
        self.reload()
        self._check_data()

    def __repr__(self):
        cls = type(self)
        return "<%s.%s object>" % (cls.__module__, cls.__name__)

    def _check_data(self):
        pass

    def reload(self):
        if self.filename is not None:
            with open(self.filename, self._read_flags) as f:
                self.data = f.read()

    def _data_and_metadata(self):
        if self.metadata:
            return self.data, self.metadata
        return self.data


class TextDisplayObject(DisplayObject):
    def _check_data(self):
        if self.data is not None and not isinstance(self.data, str):
            raise TypeError("%s expects text, not %r" % (type(self).__name__, self.data))


class HTML(TextDisplayObject):
    def _repr_html_(self):
        return self._data_and_metadata()

    def __html__(self):
        return self.data


class Markdown(TextDisplayObject):
    def _repr_markdown_(self):
        return self._data_and_metadata()


class Latex(TextDisplayObject):
    def _repr_latex_(self):
        return self._data_and_metadata()


class Javascript(TextDisplayObject):
    def _repr_javascript_(self):
        return self._data_and_metadata()


class SVG(DisplayObject):
    def _check_data(self):
        if isinstance(self.data, (bytes, bytearray)):
            self.data = bytes(self.data).decode("utf-8")

    def _repr_svg_(self):
        return self._data_and_metadata()


class JSON(DisplayObject):
    def __init__(self, data=None, url=None, filename=None, expanded=False, metadata=None, root="root", **kwargs):
        md = {"expanded": expanded, "root": root}
        if metadata:
            md.update(metadata)
        md.update(kwargs)
        super().__init__(data=data, url=url, filename=filename, metadata=md)
        if isinstance(self.data, str):
            self.data = _json.loads(self.data)

    def _check_data(self):
        if self.data is not None and not isinstance(self.data, (dict, list, str)):
            raise TypeError("%s expects JSONable dict or list, not %r" % (type(self).__name__, self.data))

    def _repr_json_(self):
        return self._data_and_metadata()


def _image_format(data, filename):
    if filename is not None:
        lower = filename.lower()
        if lower.endswith(".png"):
            return "png"
        if lower.endswith((".jpg", ".jpeg")):
            return "jpeg"
    if isinstance(data, (bytes, bytearray)):
        if bytes(data[:8]) == b"\x89PNG\r\n\x1a\n":
            return "png"
        if bytes(data[:2]) == b"\xff\xd8":
            return "jpeg"
    return "png"


class Image(DisplayObject):
    """A PNG or JPEG image: embedded from bytes or a file, or linked by URL."""

    _read_flags = "rb"

    def __init__(self, data=None, url=None, filename=None, format=None, embed=None, width=None, height=None,
                 retina=False, unconfined=False, metadata=None, alt=None):
        if isinstance(data, str) and not data.startswith(("http://", "https://")) and filename is None:
            filename, data = data, None
        self.format = format if format is not None else _image_format(data, filename)
        if self.format == "jpg":
            self.format = "jpeg"
        if self.format not in ("png", "jpeg"):
            raise ValueError("Cannot embed the '%s' image format" % self.format)
        if embed is None:
            embed = url is None or data is not None or filename is not None
        self.embed = embed
        self.width = width
        self.height = height
        self.alt = alt
        self.unconfined = unconfined
        super().__init__(data=data, url=url, filename=filename, metadata=metadata)

    def _image_metadata(self):
        md = dict(self.metadata)
        if self.width:
            md["width"] = self.width
        if self.height:
            md["height"] = self.height
        if self.unconfined:
            md["unconfined"] = True
        if self.alt:
            md["alt"] = self.alt
        return md

    def _embedded(self, fmt):
        if not self.embed or self.format != fmt or self.data is None:
            return None
        md = self._image_metadata()
        return (self.data, md) if md else self.data

    def _repr_png_(self):
        return self._embedded("png")

    def _repr_jpeg_(self):
        return self._embedded("jpeg")

    def _repr_html_(self):
        if self.embed or self.url is None:
            return None
        attrs = ""
        if self.width:
            attrs += ' width="%s"' % self.width
        if self.height:
            attrs += ' height="%s"' % self.height
        if self.alt:
            attrs += ' alt="%s"' % self.alt
        return '<img src="%s"%s/>' % (self.url, attrs)


for _cls in (DisplayObject, TextDisplayObject, HTML, Markdown, Latex, Javascript, SVG, JSON, Image):
    _cls.__module__ = "IPython.core.display"
for _f in (display, update_display, clear_output, DisplayHandle):
    _f.__module__ = "IPython.core.display_functions"
del _cls, _f
"""#
}

/// Registration of the engine's own modules in the interpreter's module registry: once per process (the
/// registry is global); each module loads per interpreter on its first import.
enum EngineModules {
    private static let lock = NSLockLite()
    nonisolated(unsafe) private static var done: Set<String> = []

    /// Run `body` the first time `key` is seen.
    static func once(_ key: String, _ body: () -> Void) {
        let first = lock.withLock { done.insert(key).inserted }
        if first { body() }
    }

    /// A module compiled from Python `source` on first import.
    static func registerSource(_ name: String, _ source: String) {
        ModuleRegistry.register(name) { (interp) throws(PyError) -> PyModule in
            try Library.loadSourceModule(name, source, interp)
        }
    }
}
