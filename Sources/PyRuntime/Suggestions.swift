/// "Did you mean: 'x'?" hints for NameError and AttributeError, computed when the traceback is printed (as
/// CPython 3.11 does), with CPython's weighted Levenshtein distance so the same name is suggested.
enum Suggestions {
    private static let moveCost = 2
    private static let caseCost = 1
    private static let maxCandidates = 750
    private static let maxStringSize = 40

    private static func substitutionCost(_ a: UInt8, _ b: UInt8) -> Int {
        if a & 31 != b & 31 { return moveCost }
        if a == b { return 0 }
        let la = (65...90).contains(a) ? a + 32 : a
        let lb = (65...90).contains(b) ? b + 32 : b
        return la == lb ? caseCost : moveCost
    }

    static func distance(_ a0: [UInt8], _ b0: [UInt8], maxCost: Int) -> Int {
        var a = a0[...]
        var b = b0[...]
        while let x = a.first, let y = b.first, x == y {
            a = a.dropFirst()
            b = b.dropFirst()
        }
        while let x = a.last, let y = b.last, x == y {
            a = a.dropLast()
            b = b.dropLast()
        }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
        if a.count > maxStringSize || b.count > maxStringSize { return maxCost + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * moveCost > maxCost { return maxCost + 1 }
        let aa = Array(a)
        let bb = Array(b)
        var buffer = (0..<aa.count).map { ($0 + 1) * moveCost }
        var result = 0
        for (bIndex, code) in bb.enumerated() {
            var distance = bIndex * moveCost
            result = distance
            var minimum = Int.max
            for index in 0..<aa.count {
                let substitute = distance + substitutionCost(code, aa[index])
                distance = buffer[index]
                let insertDelete = min(result, distance) + moveCost
                result = min(insertDelete, substitute)
                buffer[index] = result
                if result < minimum { minimum = result }
            }
            if minimum > maxCost { return maxCost + 1 }
        }
        return result
    }

    /// The closest candidate to `name`, or nil when none is close enough.
    static func best(_ name: String, among candidates: [String]) -> String? {
        if candidates.count >= maxCandidates { return nil }
        let n = Array(name.utf8)
        var bestDistance = Int.max
        var best: String?
        for c in candidates where c != name {
            let item = Array(c.utf8)
            var maxDistance = (n.count + item.count + 3) * moveCost / 6
            maxDistance = min(maxDistance, bestDistance - 1)
            let d = distance(n, item, maxCost: maxDistance)
            if d > maxDistance { continue }
            if best == nil || d < bestDistance {
                best = c
                bestDistance = d
            }
        }
        return best
    }
}

/// What a NameError needs to suggest a name later: the names visible where it was raised.
final class NameErrorContext {
    let localNames: [String]
    let globals: PyDict
    let builtins: PyDict

    init(localNames: [String], globals: PyDict, builtins: PyDict) {
        self.localNames = localNames
        self.globals = globals
        self.builtins = builtins
    }

    func suggestion(for name: String) -> String? {
        if let s = Suggestions.best(name, among: localNames) { return s }
        if let s = Suggestions.best(name, among: globals.keys.compactMap { $0.asStr?.string }) { return s }
        return Suggestions.best(name, among: builtins.keys.compactMap { $0.asStr?.string })
    }
}

extension Interpreter {
    /// The hint CPython appends to the last line of a NameError or AttributeError traceback.
    func suggestionSuffix(for exc: PyException) -> String {
        guard let d = exc.dict, let name = d.getItem("name")?.asStr?.string else { return "" }
        if exc.type.isSubtype(of: Builtins.nameErrorType), let context = exc.suggestionContext as? NameErrorContext,
            let s = context.suggestion(for: name)
        {
            return ". Did you mean: '\(s)'?"
        }
        if exc.type.isSubtype(of: Builtins.attributeErrorType), let obj = d.getItem("obj") {
            var names = Set<String>()
            if case .object(let o) = obj, let dict = o.dict, o.kind != .type {
                for k in dict.keys { if let s = k.asStr?.string { names.insert(s) } }
            }
            for t in obj.asType?.mro ?? obj.type.mro {
                for k in t.namespace.keys { if let s = k.asStr?.string { names.insert(s) } }
            }
            if let s = Suggestions.best(name, among: names.sorted()) { return ". Did you mean: '\(s)'?" }
        }
        return ""
    }
}
