/// `repr` and `str` of arrays as numpy 2 prints them with its default print options (linewidth 75,
/// threshold 1000, edgeitems 3, precision 8): one formatter per array chosen from the values shown (ints and
/// bools right-aligned to a common width; floats positional or scientific with common padding), rows wrapped
/// at the line width under a hanging indent, and `...` in place of the middle of long axes.
enum ArrayFormat {
    static var lineWidth: Int { PrintOptions.current.lineWidth }
    static var threshold: Int { PrintOptions.current.threshold }
    static var edgeItems: Int { PrintOptions.current.edgeItems }

    /// Formats one element with the padding shared by all elements shown.
    struct ElementFormatter {
        let dtype: DType
        var width = 0
        var float: FloatLayout?

        struct FloatLayout {
            var exp = false
            var padLeft = 0
            var padRight = 0
            var precision = 8
            var minDigits = 0
            var expSize = 2
        }

        init(dtype: DType, values: [NumpyValue], isZeroDimensional: Bool) {
            self.dtype = dtype
            switch dtype {
            case .bool:
                width = isZeroDimensional ? 0 : (values.contains { !$0.asBool } ? 5 : 5)
            case .float32, .float64:
                float = Self.layout(values.map(\.asDouble), float32: dtype == .float32)
            default:
                for v in values { width = Swift.max(width, Self.integerText(v).count) }
            }
        }

        static func integerText(_ v: NumpyValue) -> String {
            switch v {
            case .int(let i): String(i)
            case .uint(let u): String(u)
            case .bool(let b): b ? "1" : "0"
            case .float(let d): String(d)
            }
        }

        static func layout(_ data: [Double], float32: Bool) -> FloatLayout {
            var l = FloatLayout()
            l.precision = PrintOptions.current.precision
            let finite = data.filter { $0.isFinite }
            let nonZero = finite.filter { $0 != 0 }.map { Swift.abs($0) }
            if let maxValue = nonZero.max(), let minValue = nonZero.min() {
                // float32 arrays switch at 1e6 (their ~7 significant digits), float64 ones at 1e8; numpy makes
                // the comparisons in the array's own precision.
                // With `suppress`, only values from 1e8 (1e6) on switch to scientific notation.
                let small = !PrintOptions.current.suppress
                if float32 {
                    let (hi, lo) = (Float(maxValue), Float(minValue))
                    if hi >= 1e6 || (small && (lo < Float(0.0001) || hi / lo > 1000)) { l.exp = true }
                } else if maxValue >= 1e8 || (small && (minValue < 0.0001 || maxValue / minValue > 1000)) {
                    l.exp = true
                }
            }
            if finite.isEmpty {
                l.padLeft = 0
                l.padRight = 0
                l.exp = false
            } else if l.exp {
                var fracMax = 0
                var intMax = 0
                var expMax = 0
                for x in finite {
                    let (first, frac, e) = FloatText.scientificParts(x, float32: float32, precision: PrintOptions.current.precision)
                    fracMax = Swift.max(fracMax, frac.count)
                    intMax = Swift.max(intMax, first.count + (x.sign == .minus ? 1 : 0))
                    expMax = Swift.max(expMax, Swift.max(2, String(Swift.abs(e)).count))
                }
                l.expSize = expMax
                l.precision = fracMax
                l.minDigits = fracMax
                l.padLeft = intMax
                l.padRight = l.expSize + 2 + l.precision
            } else {
                for x in finite {
                    let (intPart, frac) = FloatText.positionalParts(x, float32: float32, precision: PrintOptions.current.precision)
                    l.padLeft = Swift.max(l.padLeft, intPart.count + (x.sign == .minus ? 1 : 0))
                    l.padRight = Swift.max(l.padRight, frac.count)
                }
            }
            if finite.count != data.count {
                let negativeInfinity = data.contains { $0.isInfinite && $0 < 0 }
                let offset = l.padRight + 1
                l.padLeft = Swift.max(l.padLeft, 3 - offset, 3 + (negativeInfinity ? 1 : 0) - offset)
            }
            return l
        }

        func format(_ v: NumpyValue) -> String {
            switch dtype {
            case .bool:
                let s = v.asBool ? "True" : "False"
                return String(repeating: " ", count: Swift.max(0, width - s.count)) + s
            case .float32, .float64:
                let l = float!
                let x = v.asDouble
                if !x.isFinite {
                    let s = x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf")
                    return String(repeating: " ", count: Swift.max(0, l.padLeft + l.padRight + 1 - s.count)) + s
                }
                if l.exp {
                    return FloatText.scientific(
                        x, float32: dtype == .float32, precision: l.precision, minDigits: l.minDigits,
                        padLeft: l.padLeft, expDigits: l.expSize)
                }
                return FloatText.positional(
                    x, float32: dtype == .float32, precision: l.precision, padLeft: l.padLeft, padRight: l.padRight)
            default:
                let s = Self.integerText(v)
                return String(repeating: " ", count: Swift.max(0, width - s.count)) + s
            }
        }
    }

    /// The text of `a`'s elements in brackets (numpy's `array2string`), for a first line that starts after
    /// `prefix` characters.
    static func body(_ a: PyNDArray, separator: String, prefixLength: Int, suffixLength: Int) -> String {
        let summarise = a.size > threshold
        var shown: [NumpyValue] = []
        collect(a, axis: 0, position: 0, summarise: summarise, into: &shown)
        let formatter = ElementFormatter(dtype: a.dtype, values: shown, isZeroDimensional: a.ndim == 0)
        if a.ndim == 0 { return formatter.format(a.element(at: 0)) }
        let hanging = String(repeating: " ", count: prefixLength + 1)
        return format(
            a, formatter, axis: 0, position: 0, hanging: hanging, width: lineWidth - suffixLength,
            separator: separator, summarise: summarise)
    }

    /// The elements shown, in order (the edges of long axes when summarising).
    static func collect(_ a: PyNDArray, axis: Int, position: Int, summarise: Bool, into out: inout [NumpyValue]) {
        if axis == a.ndim {
            out.append(a.element(at: position))
            return
        }
        for i in shownIndices(a.shape[axis], summarise) {
            collect(a, axis: axis + 1, position: position + i * a.strides[axis], summarise: summarise, into: &out)
        }
    }

    static func shownIndices(_ n: Int, _ summarise: Bool) -> [Int] {
        if summarise && n > 2 * edgeItems { return Array(0..<edgeItems) + Array((n - edgeItems)..<n) }
        return Array(0..<n)
    }

    /// numpy's `_formatArray` recursion: rows of the last axis wrapped at `width`, blank lines between blocks.
    static func format(
        _ a: PyNDArray, _ f: ElementFormatter, axis: Int, position: Int, hanging: String, width: Int,
        separator: String, summarise: Bool
    ) -> String {
        if axis == a.ndim { return f.format(a.element(at: position)) }
        let n = a.shape[axis]
        let axesLeft = a.ndim - axis
        let nextHanging = hanging + " "
        let nextWidth = width - 1
        let showSummary = summarise && n > 2 * edgeItems
        let leading = showSummary ? edgeItems : 0
        let trailing = showSummary ? edgeItems : n
        var s = ""
        func child(_ i: Int) -> String {
            format(
                a, f, axis: axis + 1, position: position + i * a.strides[axis], hanging: nextHanging,
                width: nextWidth, separator: separator, summarise: summarise)
        }
        let trimmedSeparator = String(separator.reversed().drop { $0 == " " }.reversed())
        if axesLeft == 1 {
            let elementWidth = width - Swift.max(trimmedSeparator.count, 1)
            var line = hanging
            func extend(_ word: String, _ limit: Int) {
                var wrap = line.count + word.count > limit
                if line.count <= hanging.count { wrap = false }
                if wrap {
                    s += String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
                    line = hanging
                }
                line += word
            }
            for i in 0..<leading {
                extend(child(i), elementWidth)
                line += separator
            }
            if showSummary {
                extend("...", elementWidth)
                line += separator
            }
            var i = trailing
            while i > 1 {
                extend(child(n - i), elementWidth)
                line += separator
                i -= 1
            }
            if n > 0 { extend(child(n - 1), elementWidth) }
            s += line
        } else {
            let lineSeparator = trimmedSeparator + String(repeating: "\n", count: axesLeft - 1)
            for i in 0..<leading { s += hanging + child(i) + lineSeparator }
            if showSummary { s += hanging + "..." + lineSeparator }
            var i = trailing
            while i > 1 {
                s += hanging + child(n - i) + lineSeparator
                i -= 1
            }
            if n > 0 { s += hanging + child(n - 1) }
        }
        return "[" + String(s.dropFirst(hanging.count)) + "]"
    }

    /// `repr(a)`: `array([...])`, then `shape=` when summarised and `dtype=` unless the type is a default one
    /// (both always for empty arrays), on a new line when they would pass the line width.
    static func repr(_ a: PyNDArray) -> String {
        let prefix = "array("
        var text: String
        if a.size > 0 || a.shape == [0] {
            text = prefix + (a.size == 0 ? "[]" : body(a, separator: ", ", prefixLength: prefix.count, suffixLength: 1))
        } else {
            text = prefix + "[], shape=" + NumpyBridge.shapeText(a.shape)
        }
        var extras: [String] = []
        if a.size > threshold { extras.append("shape=" + NumpyBridge.shapeText(a.shape)) }
        if !a.dtype.isReprDefault || a.size == 0 { extras.append("dtype=" + a.dtype.name) }
        if extras.isEmpty { return text + ")" }
        text += ","
        let extra = extras.joined(separator: ", ") + ")"
        let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).last!.count
        let spacer = lastLine + extra.count + 1 > lineWidth ? "\n" + String(repeating: " ", count: prefix.count) : " "
        return text + spacer + extra
    }

    /// `str(a)`: the elements in brackets separated by spaces.
    static func str(_ a: PyNDArray) -> String {
        if a.size == 0 { return "[]" }
        if a.ndim == 0 { return ScalarText.str(a.dtype, a.element(at: 0)) }
        return body(a, separator: " ", prefixLength: 0, suffixLength: 0)
    }
}

/// The text of numpy scalars: `str` is the plain value (`3`, `0.5`, `True`), `repr` names the type
/// (`np.int64(3)`, `np.float32(0.5)`, `np.True_`).
enum ScalarText {
    static func str(_ dtype: DType, _ v: NumpyValue) -> String {
        switch dtype {
        case .bool: return v.asBool ? "True" : "False"
        case .float32, .float64: return FloatText.scalarText(v.asDouble, float32: dtype == .float32)
        default: return ArrayFormat.ElementFormatter.integerText(v)
        }
    }

    static func repr(_ dtype: DType, _ v: NumpyValue) -> String {
        if dtype == .bool { return v.asBool ? "np.True_" : "np.False_" }
        return "np.\(dtype.name)(\(str(dtype, v)))"
    }
}
