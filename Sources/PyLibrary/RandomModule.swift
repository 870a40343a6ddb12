import BigInt
import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// `random`: the `Random` class (a Mersenne Twister seeded like CPython's, so seeded programs draw the same
/// numbers) and the module functions bound to a hidden instance: `seed` (None, int, float, str, bytes),
/// `random`, `getrandbits`, `randbytes`, `randrange`, `randint`, `choice`, `choices`, `shuffle`, `sample`,
/// `uniform`, `triangular`, `gauss`, `normalvariate`, `lognormvariate`, `expovariate`, `paretovariate`,
/// `weibullvariate`, `getstate`/`setstate`.
///
/// Left out: `SystemRandom`, `gammavariate`, `betavariate`, `vonmisesvariate`, `binomialvariate` (3.12), seeding
/// version 1. Methods call the generator directly, so a subclass overriding `random()` does not change what the
/// other methods draw.
enum RandomModule {
    final class Generator: PyNativeObject, @unchecked Sendable {  // thread-confined, as every PyObject
        var twister = MersenneTwister()
        var gaussNext: Double?

        init(type: PyType, seedValue: Value, interp: Interpreter) throws(PyError) {
            super.init(type: type)
            dict = PyDict()
            try RandomModule.seed(self, seedValue, interp)
        }
    }

    static let randomType: PyType = {
        let t = Lib.makeType("Random", module: "random", kind: .native)
        t.constructor = { (interp, type, args) throws(PyError) -> Value in
            try args.expect("Random", min: 0, max: 1)
            return .object(try Generator(type: type, seedValue: args.count > 0 ? args[0] : .none, interp: interp))
        }
        installMethods(t)
        return t
    }()

    static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
        let m = PyModule(name: "random")
        m.set("Random", .object(randomType))
        let instance = Value.object(try Generator(type: randomType, seedValue: .none, interp: interp))
        m.set("_inst", instance)
        for (k, v) in randomType.namespace.items {
            guard let name = k.asStr?.string, !name.hasPrefix("_"), v.asObject is PyMethodDescriptor else { continue }
            m.set(name, .object(PyBoundMethod(function: v, receiver: instance)))
        }
        return m
    }

    static func generator(_ v: Value, _ name: String) throws(PyError) -> Generator {
        guard let g = v.asObject as? Generator else {
            throw .typeError("descriptor '\(name)' requires a 'random.Random' object but received '\(v.typeName)'")
        }
        return g
    }

    // MARK: Seeding

    static func seed(_ g: Generator, _ a: Value, _ interp: Interpreter) throws(PyError) {
        g.gaussNext = nil
        switch a {
        case .none:
            var words = [UInt32](repeating: 0, count: 624)
            if !RandomSource.fill(&words) {
                let t = UInt32(truncatingIfNeeded: LibraryClock.nanoseconds(CLOCK_REALTIME))
                words = [t, UInt32(truncatingIfNeeded: getpid())]
            }
            g.twister.seed(words: words)
        case .int, .bool:
            g.twister.seed(Lib.bigInt(a)!)
        case .float:
            g.twister.seed(BigInt(try Interpreter.hash(a, interp)))
        default:
            if let big = a.asBigInt {
                g.twister.seed(big.value)
                return
            }
            var bytes: [UInt8]
            if let s = a.asStr {
                bytes = Array(s.utf8)
            } else if let b = a.asObject as? PyBytes {
                bytes = Array(b.bytes)
            } else {
                throw .typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
            }
            bytes.append(contentsOf: SHA512.digest(bytes))
            var n = BigUInt(0)
            for byte in bytes { n = n << 8 | BigUInt(byte) }
            g.twister.seed(BigInt(n))
        }
    }

    // MARK: Methods

    static func installMethods(_ t: PyType) {
        Lib.method(t, "seed") { (interp, v, args) throws(PyError) -> Value in
            let a = try Lib.bind("seed", args, ["a", "version"])
            try seed(try generator(v, "seed"), a[0] ?? .none, interp)
            return .none
        }
        Lib.method(t, "random") { (_, v, args) throws(PyError) -> Value in
            try args.expect("random", min: 0, max: 0)
            return .float(try generator(v, "random").twister.nextDouble())
        }
        Lib.method(t, "getrandbits") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("getrandbits", min: 1, max: 1)
            let k = try interp.intArgument(args[0])
            if k < 0 { throw .valueError("number of bits must be non-negative") }
            return PyBigInt.make(try generator(v, "getrandbits").twister.bigBits(k))
        }
        Lib.method(t, "randbytes") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("randbytes", min: 1, max: 1)
            let n = try interp.intArgument(args[0])
            if n < 0 { throw .valueError("number of bits must be non-negative") }
            var value = try generator(v, "randbytes").twister.bigBits(n * 8).magnitude
            var bytes = ContiguousArray<UInt8>()
            for _ in 0..<n {
                bytes.append(UInt8(truncatingIfNeeded: value & 0xFF))
                value >>= 8
            }
            return .object(PyBytes(bytes))
        }
        Lib.method(t, "randrange") { (interp, v, args) throws(PyError) -> Value in
            let a = try Lib.bind("randrange", args, ["start", "stop", "step"], required: 1)
            return try randrange(interp, try generator(v, "randrange"), a[0]!, a[1] ?? .none, a[2])
        }
        Lib.method(t, "randint") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("randint", min: 2, max: 2)
            let stop = try interp.binaryOp(args[1], .int(1), .add)
            return try randrange(interp, try generator(v, "randint"), args[0], stop, nil)
        }
        Lib.method(t, "choice") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("choice", min: 1, max: 1)
            let n = try interp.length(args[0])
            if n == 0 { throw .indexError("Cannot choose from an empty sequence") }
            return try interp.getItem(args[0], .int(try generator(v, "choice").twister.below(n)))
        }
        Lib.method(t, "shuffle") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("shuffle", min: 1, max: 1)
            let g = try generator(v, "shuffle")
            let x = args[0]
            if let list = x.asList {
                var i = list.items.count - 1
                while i >= 1 {
                    let j = g.twister.below(i + 1)
                    list.items.swapAt(i, j)
                    i -= 1
                }
                return .none
            }
            var i = try interp.length(x) - 1
            while i >= 1 {
                let j = g.twister.below(i + 1)
                let a = try interp.getItem(x, .int(i))
                let b = try interp.getItem(x, .int(j))
                try interp.setItem(x, .int(i), b)
                try interp.setItem(x, .int(j), a)
                i -= 1
            }
            return .none
        }
        Lib.method(t, "sample") { (interp, v, args) throws(PyError) -> Value in
            let a = try Lib.bind("sample", args, ["population", "k", "counts"], required: 2, positionalCount: 2)
            return try sample(interp, try generator(v, "sample"), a[0]!, a[1]!, a[2] ?? .none)
        }
        Lib.method(t, "choices") { (interp, v, args) throws(PyError) -> Value in
            let a = try Lib.bind(
                "choices", args, ["population", "weights", "cum_weights", "k"], required: 1, positionalCount: 2)
            return try choices(
                interp, try generator(v, "choices"), a[0]!, a[1] ?? .none, a[2] ?? .none, a[3] ?? .int(1))
        }
        installDistributions(t)
        Lib.method(t, "getstate") { (_, v, _) throws(PyError) -> Value in
            let g = try generator(v, "getstate")
            var words = g.twister.state.map { Value.int(Int($0)) }
            words.append(.int(g.twister.index))
            return .object(PyTuple([.int(3), .object(PyTuple(words)), g.gaussNext.map { .float($0) } ?? .none]))
        }
        Lib.method(t, "setstate") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("setstate", min: 1, max: 1)
            let g = try generator(v, "setstate")
            guard let state = args[0].asTuple, state.count == 3, let words = state.items[1].asTuple, words.count == 625
            else { throw .valueError("state vector is the wrong size") }
            var mt: [UInt32] = []
            for w in words.items.prefix(624) {
                guard let x = Lib.smallInt(w), x >= 0, x <= Int(UInt32.max) else { throw .valueError("invalid state") }
                mt.append(UInt32(x))
            }
            let index = try interp.intArgument(words.items[624])
            if index < 0 || index > 624 { throw .valueError("invalid state") }
            g.twister.restore(mt, index: index)
            g.gaussNext = state.items[2].isNone ? nil : try Lib.double(interp, state.items[2])
            return .none
        }
    }

    static func installDistributions(_ t: PyType) {
        Lib.method(t, "uniform") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("uniform", min: 2, max: 2)
            let r = try generator(v, "uniform").twister.nextDouble()
            let width = try interp.binaryOp(args[1], args[0], .sub)
            return try interp.binaryOp(args[0], try interp.binaryOp(width, .float(r), .mul), .add)
        }
        Lib.method(t, "triangular") { (interp, v, args) throws(PyError) -> Value in
            let a = try Lib.bind("triangular", args, ["low", "high", "mode"])
            let low = try a[0].map { (x) throws(PyError) in try Lib.double(interp, x) } ?? 0
            let high = try a[1].map { (x) throws(PyError) in try Lib.double(interp, x) } ?? 1
            var u = try generator(v, "triangular").twister.nextDouble()
            if high == low { return .float(low) }
            var c = 0.5
            if let mode = a[2], !mode.isNone { c = (try Lib.double(interp, mode) - low) / (high - low) }
            var (lo, hi) = (low, high)
            if u > c {
                u = 1 - u
                c = 1 - c
                swap(&lo, &hi)
            }
            return .float(lo + (hi - lo) * (u * c).squareRoot())
        }
        Lib.method(t, "gauss") { (interp, v, args) throws(PyError) -> Value in
            let a = try Lib.bind("gauss", args, ["mu", "sigma"])
            let (mu, sigma) = try meanAndDeviation(interp, a)
            let g = try generator(v, "gauss")
            var z: Double
            if let next = g.gaussNext {
                z = next
                g.gaussNext = nil
            } else {
                let angle = g.twister.nextDouble() * 2 * Double.pi
                let radius = (-2.0 * log(1.0 - g.twister.nextDouble())).squareRoot()
                z = cos(angle) * radius
                g.gaussNext = sin(angle) * radius
            }
            return .float(mu + z * sigma)
        }
        for name in ["normalvariate", "lognormvariate"] {
            Lib.method(t, name) { (interp, v, args) throws(PyError) -> Value in
                let a = try Lib.bind(name, args, ["mu", "sigma"], required: name == "lognormvariate" ? 2 : 0)
                let (mu, sigma) = try meanAndDeviation(interp, a)
                let g = try generator(v, name)
                let magic = 4 * exp(-0.5) / 2.0.squareRoot()
                var z = 0.0
                while true {
                    let u1 = g.twister.nextDouble()
                    let u2 = 1.0 - g.twister.nextDouble()
                    z = magic * (u1 - 0.5) / u2
                    if z * z / 4.0 <= -log(u2) { break }
                }
                let r = mu + z * sigma
                return .float(name == "lognormvariate" ? exp(r) : r)
            }
        }
        Lib.method(t, "expovariate") { (interp, v, args) throws(PyError) -> Value in
            let a = try Lib.bind("expovariate", args, ["lambd"])
            let lambd = try a[0].map { (x) throws(PyError) in try Lib.double(interp, x) } ?? 1.0
            let r = try generator(v, "expovariate").twister.nextDouble()
            if lambd == 0 { throw .zeroDivision("float division by zero") }
            return .float(-log(1.0 - r) / lambd)
        }
        Lib.method(t, "paretovariate") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("paretovariate", min: 1, max: 1)
            let alpha = try Lib.double(interp, args[0])
            let u = 1.0 - (try generator(v, "paretovariate").twister.nextDouble())
            return .float(1.0 / pow(u, 1.0 / alpha))
        }
        Lib.method(t, "weibullvariate") { (interp, v, args) throws(PyError) -> Value in
            try args.expect("weibullvariate", min: 2, max: 2)
            let alpha = try Lib.double(interp, args[0])
            let beta = try Lib.double(interp, args[1])
            let u = 1.0 - (try generator(v, "weibullvariate").twister.nextDouble())
            return .float(alpha * pow(-log(u), 1.0 / beta))
        }
    }

    static func meanAndDeviation(_ interp: Interpreter, _ a: [Value?]) throws(PyError) -> (Double, Double) {
        let mu = try a[0].map { (x) throws(PyError) in try Lib.double(interp, x) } ?? 0
        let sigma = try a[1].map { (x) throws(PyError) in try Lib.double(interp, x) } ?? 1
        return (mu, sigma)
    }

    // MARK: randrange, sample, choices

    /// An argument of randrange as an int: integral floats are accepted (CPython deprecates them).
    static func rangeArgument(_ interp: Interpreter, _ v: Value, _ what: String) throws(PyError) -> BigInt {
        if case .float(let d) = v {
            if d.isFinite && d == d.rounded() { return BigInt(d) }
            throw .valueError("non-integer \(what) for randrange()")
        }
        return try Lib.indexBigInt(interp, v)
    }

    static func randrange(
        _ interp: Interpreter, _ g: Generator, _ start: Value, _ stop: Value, _ step: Value?
    )
        throws(PyError) -> Value
    {
        let istart = try rangeArgument(interp, start, "arg 1")
        if stop.isNone {
            if let step, !(Lib.smallInt(step) == 1) { throw .typeError("Missing a non-None stop argument") }
            if istart > 0 { return PyBigInt.make(g.twister.below(istart)) }
            throw .valueError("empty range for randrange()")
        }
        let istop = try rangeArgument(interp, stop, "stop")
        let width = istop - istart
        let istep = try step.map { (s) throws(PyError) in try rangeArgument(interp, s, "step") } ?? 1
        if istep == 1 {
            if width > 0 { return PyBigInt.make(istart + g.twister.below(width)) }
            throw .valueError("empty range for randrange() (\(istart), \(istop), \(width))")
        }
        var n: BigInt
        if istep > 0 {
            n = floorDivide(width + istep - 1, istep)
        } else if istep < 0 {
            n = floorDivide(width + istep + 1, istep)
        } else {
            throw .valueError("zero step for randrange()")
        }
        if n <= 0 { throw .valueError("empty range for randrange()") }
        n = g.twister.below(n)
        return PyBigInt.make(istart + istep * n)
    }

    static func floorDivide(_ a: BigInt, _ b: BigInt) -> BigInt {
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        return (r != 0 && (r < 0) != (b < 0)) ? q - 1 : q
    }

    static func isSequence(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o.kind {
        case .list, .tuple, .str, .range, .bytes, .bytearray: return true
        case .dict, .set: return false
        default: return o.type.lookup("__getitem__") != nil && o.type.lookup("__len__") != nil
        }
    }

    static func sample(
        _ interp: Interpreter, _ g: Generator, _ population: Value, _ kValue: Value, _ counts: Value
    )
        throws(PyError) -> Value
    {
        guard isSequence(population) else {
            throw .typeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        }
        let n = try interp.length(population)
        if !counts.isNone {
            var cumulative: [Value] = []
            var acc: Value = .int(0)
            for c in try interp.iterate(counts) {
                acc = try interp.binaryOp(acc, c, .add)
                cumulative.append(acc)
            }
            if cumulative.count != n { throw .valueError("The number of counts does not match the population") }
            let total = cumulative.removeLast()
            guard Lib.isInt(total) else { throw .typeError("Counts must be integers") }
            guard let totalCount = Lib.smallInt(total), totalCount > 0 else {
                throw .valueError("Total of counts must be greater than zero")
            }
            let picks = try sample(interp, g, .object(PyRange(start: 0, stop: totalCount, step: 1)), kValue, .none)
            var out = ContiguousArray<Value>()
            for s in picks.asList!.items {
                var index = 0
                while index < cumulative.count, try !interp.lessThan(s, cumulative[index]) { index += 1 }
                out.append(try interp.getItem(population, .int(index)))
            }
            return .object(PyList(out))
        }
        let k = try interp.intArgument(kValue)
        if k < 0 || k > n { throw .valueError("Sample larger than population or is negative") }
        var result = ContiguousArray<Value>(repeating: .none, count: k)
        var setSize = 21
        if k > 5 {
            let exponent = Int((log(Double(k * 3)) / log(4.0)).rounded(.up))
            setSize += Int(pow(4.0, Double(exponent)))
        }
        if n <= setSize {
            var pool = try interp.iterate(population)
            for i in 0..<k {
                let j = g.twister.below(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for i in 0..<k {
                var j = g.twister.below(n)
                while selected.contains(j) { j = g.twister.below(n) }
                selected.insert(j)
                result[i] = try interp.getItem(population, .int(j))
            }
        }
        return .object(PyList(result))
    }

    static func choices(
        _ interp: Interpreter, _ g: Generator, _ population: Value, _ weights: Value, _ cumWeights: Value,
        _ kValue: Value
    ) throws(PyError) -> Value {
        let n = try interp.length(population)
        var out = ContiguousArray<Value>()
        if cumWeights.isNone && weights.isNone {
            let k = try interp.intArgument(kValue)
            for _ in 0..<Swift.max(0, k) {
                let i = Int((g.twister.nextDouble() * Double(n)).rounded(.down))
                out.append(try interp.getItem(population, .int(i)))
            }
            return .object(PyList(out))
        }
        var cumulative: [Value] = []
        if cumWeights.isNone {
            guard case .object = weights else {
                if Lib.isInt(weights) {
                    throw .typeError("The number of choices must be a keyword argument: k=\(try interp.repr(weights))")
                }
                throw .typeError("'\(weights.typeName)' object is not iterable")
            }
            var acc: Value? = nil
            for w in try interp.iterate(weights) {
                acc = acc == nil ? w : try interp.binaryOp(acc!, w, .add)
                cumulative.append(acc!)
            }
        } else if !weights.isNone {
            throw .typeError("Cannot specify both weights and cumulative weights")
        } else {
            cumulative = Array(try interp.iterate(cumWeights))
        }
        if cumulative.count != n { throw .valueError("The number of weights does not match the population") }
        let cum = try cumulative.map { (w) throws(PyError) -> Double in try Lib.double(interp, w) }
        let total = cum.last ?? 0
        if total <= 0 { throw .valueError("Total of weights must be greater than zero") }
        if !total.isFinite { throw .valueError("Total of weights must be finite") }
        let k = try interp.intArgument(kValue)
        let hi = n - 1
        for _ in 0..<Swift.max(0, k) {
            let x = g.twister.nextDouble() * total
            // bisect_right(cum, x, 0, hi)
            var lo = 0
            var up = hi
            while lo < up {
                let mid = (lo + up) / 2
                if x < cum[mid] { up = mid } else { lo = mid + 1 }
            }
            out.append(try interp.getItem(population, .int(lo)))
        }
        return .object(PyList(out))
    }
}

/// The operating system's randomness (`/dev/urandom`).
enum RandomSource {
    /// Fill `words` with random bits; false when the system source failed.
    static func fill<T>(_ words: inout [T]) -> Bool {
        words.withUnsafeMutableBytes { buf in bytes(buf) }
    }

    static func bytes(_ buf: UnsafeMutableRawBufferPointer) -> Bool {
        let fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        if fd < 0 { return false }
        defer { close(fd) }
        var offset = 0
        while offset < buf.count {
            let n = read(fd, buf.baseAddress! + offset, buf.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }
}
