import PyRuntime

/// `itertools.product`, `permutations`, `combinations` and `combinations_with_replacement`: each reads its input
/// into a pool up front (as CPython does) and then walks index vectors lazily, in CPython's (lexicographic) order.
enum ItertoolsCombinatorics {
    static func install(_ m: PyModule) {
        Lib.function(m, "product") { (interp, args) throws(PyError) -> Value in
            for (k, _) in args.keywords where k != "repeat" {
                throw .typeError("product() got an unexpected keyword argument '\(k)'")
            }
            let repeatCount = try args.keyword("repeat").map { (v) throws(PyError) in try interp.intArgument(v) } ?? 1
            if repeatCount < 0 { throw .valueError("repeat argument cannot be negative") }
            var pools: [ContiguousArray<Value>] = []
            for i in 0..<args.count { pools.append(try interp.iterate(args[i])) }
            var all: [ContiguousArray<Value>] = []
            for _ in 0..<repeatCount { all.append(contentsOf: pools) }
            return product(all)
        }
        Lib.function(m, "permutations") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("permutations", args, ["iterable", "r"], required: 1)
            let pool = try interp.iterate(a[0]!)
            let r =
                try a[1].flatMap { $0.isNone ? nil : $0 }.map { (v) throws(PyError) in try interp.intArgument(v) }
                ?? pool.count
            if r < 0 { throw .valueError("r must be non-negative") }
            return permutations(pool, r)
        }
        Lib.function(m, "combinations") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("combinations", args, ["iterable", "r"], required: 2)
            let pool = try interp.iterate(a[0]!)
            let r = try interp.intArgument(a[1]!)
            if r < 0 { throw .valueError("r must be non-negative") }
            return combinations(pool, r)
        }
        Lib.function(m, "combinations_with_replacement") { (interp, args) throws(PyError) -> Value in
            let a = try Lib.bind("combinations_with_replacement", args, ["iterable", "r"], required: 2)
            let pool = try interp.iterate(a[0]!)
            let r = try interp.intArgument(a[1]!)
            if r < 0 { throw .valueError("r must be non-negative") }
            return combinationsWithReplacement(pool, r)
        }
    }

    static func tuple(_ pool: ContiguousArray<Value>, _ indices: ArraySlice<Int>) -> Value {
        .object(PyTuple(ContiguousArray(indices.map { pool[$0] })))
    }

    static func product(_ pools: [ContiguousArray<Value>]) -> Value {
        var indices: [Int]? = pools.contains(where: { $0.isEmpty }) ? nil : [Int](repeating: 0, count: pools.count)
        var first = true
        return ItertoolsModule.iterator("product") { (_) throws(PyError) -> Value? in
            guard var idx = indices else { return nil }
            if first {
                first = false
            } else {
                var i = idx.count - 1
                while i >= 0 {
                    idx[i] += 1
                    if idx[i] < pools[i].count { break }
                    idx[i] = 0
                    i -= 1
                }
                if i < 0 {
                    indices = nil
                    return nil
                }
                indices = idx
            }
            return .object(PyTuple(ContiguousArray(idx.enumerated().map { pools[$0.offset][$0.element] })))
        }
    }

    static func permutations(_ pool: ContiguousArray<Value>, _ r: Int) -> Value {
        let n = pool.count
        var indices = Array(0..<n)
        var cycles = Array(stride(from: n, to: n - r, by: -1))
        var state = r > n ? 2 : 0  // 0: first, 1: running, 2: done
        return ItertoolsModule.iterator("permutations") { (_) throws(PyError) -> Value? in
            switch state {
            case 0:
                state = 1
                return tuple(pool, indices[0..<r])
            case 1:
                if n == 0 {
                    state = 2
                    return nil
                }
                var i = r - 1
                while i >= 0 {
                    cycles[i] -= 1
                    if cycles[i] == 0 {
                        let moved = indices.remove(at: i)
                        indices.append(moved)
                        cycles[i] = n - i
                    } else {
                        let j = cycles[i]
                        indices.swapAt(i, n - j)
                        return tuple(pool, indices[0..<r])
                    }
                    i -= 1
                }
                state = 2
                return nil
            default:
                return nil
            }
        }
    }

    static func combinations(_ pool: ContiguousArray<Value>, _ r: Int) -> Value {
        let n = pool.count
        var indices = Array(0..<r)
        var state = r > n ? 2 : 0
        return ItertoolsModule.iterator("combinations") { (_) throws(PyError) -> Value? in
            switch state {
            case 0:
                state = 1
                return tuple(pool, indices[...])
            case 1:
                var i = r - 1
                while i >= 0 && indices[i] == i + n - r { i -= 1 }
                if i < 0 {
                    state = 2
                    return nil
                }
                indices[i] += 1
                for j in (i + 1)..<r { indices[j] = indices[j - 1] + 1 }
                return tuple(pool, indices[...])
            default:
                return nil
            }
        }
    }

    static func combinationsWithReplacement(_ pool: ContiguousArray<Value>, _ r: Int) -> Value {
        let n = pool.count
        var indices = [Int](repeating: 0, count: r)
        var state = (n == 0 && r > 0) ? 2 : 0
        return ItertoolsModule.iterator("combinations_with_replacement") { (_) throws(PyError) -> Value? in
            switch state {
            case 0:
                state = 1
                return tuple(pool, indices[...])
            case 1:
                var i = r - 1
                while i >= 0 && indices[i] == n - 1 { i -= 1 }
                if i < 0 {
                    state = 2
                    return nil
                }
                let v = indices[i] + 1
                for j in i..<r { indices[j] = v }
                return tuple(pool, indices[...])
            default:
                return nil
            }
        }
    }
}
