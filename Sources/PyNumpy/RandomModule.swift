import BigInt
import PyRuntime

/// `numpy.random.default_rng(seed).random(size)`: numpy's default generator, PCG64 seeded through
/// `SeedSequence`, so a seed gives the same floats as numpy.
enum NumpyRandom {
    static let extensionKey = "numpy.random"

    /// The `numpy.random` module of `interp` (one per interpreter, shared by `import numpy.random` and
    /// `np.random`).
    static func module(_ interp: Interpreter) -> PyModule {
        if let m = interp.extensions[extensionKey] as? PyModule { return m }
        let m = PyModule(name: "numpy.random")
        m.set("Generator", .object(generatorType))
        m.set(
            "default_rng",
            .object(
                PyBuiltinFunction(name: "default_rng", module: "numpy.random") { (interp, args) throws(PyError) -> Value in
                    try args.expect("default_rng", min: 0, max: 1, keywords: true)
                    let seed = args.argument(0, "seed") ?? .none
                    var words: [UInt32]
                    if seed.isNone {
                        var entropy = [UInt32](repeating: 0, count: 4)
                        for i in 0..<4 { entropy[i] = UInt32.random(in: 0...UInt32.max) }
                        words = entropy
                    } else {
                        guard let big = interp.bigIntValue(seed), big.sign == .plus else {
                            throw .valueError("Seed must be a non-negative integer or None")
                        }
                        words = []
                        var n = big
                        repeat {
                            words.append(UInt32(truncatingIfNeeded: n & 0xFFFF_FFFF))
                            n >>= 32
                        } while n > 0
                    }
                    return .object(PyGenerator(PCG64(seedWords: words)))
                }))
        interp.extensions[extensionKey] = m
        return m
    }

    static let generatorType: PyType = {
        let t = NDArrayType.makeType("Generator", bases: [])
        Builtins.method(t, "random") { (interp, v, args) throws(PyError) -> Value in
            guard let g = v.asObject as? PyGenerator else { throw .typeError("descriptor requires a 'Generator'") }
            let size = args.argument(0, "size") ?? .none
            let dtype = try NumpyBridge.dtypeArgument(args.argument(1, "dtype")) ?? .float64
            guard dtype == .float64 || dtype == .float32 else {
                throw .typeError("Unsupported dtype \(dtype.name) for random")
            }
            if size.isNone {
                return .object(NumpyBridge.scalar(dtype, .float(g.rng.nextDouble(float32: dtype == .float32))))
            }
            let shape = try NumpyBridge.shapeArgument(interp, size)
            let out = try PyNDArray.allocate(dtype: dtype, shape: shape)
            for i in 0..<out.size {
                NumpyValue.float(g.rng.nextDouble(float32: dtype == .float32)).store(dtype, out.data + i * dtype.itemSize)
            }
            return .object(out)
        }
        Builtins.method(t, "__repr__") { (_, _, _) throws(PyError) -> Value in .str("Generator(PCG64)") }
        return t
    }()
}

/// A `numpy.random.Generator`.
final class PyGenerator: PyNativeObject, @unchecked Sendable {  // thread-confined
    var rng: PCG64

    init(_ rng: PCG64) {
        self.rng = rng
        super.init(type: NumpyRandom.generatorType)
    }
}

/// numpy's PCG64 (128-bit LCG, XSL-RR output), seeded from `SeedSequence` words.
struct PCG64 {
    var state: UInt128
    let increment: UInt128
    static let multiplier = UInt128(2_549_297_995_355_413_924) << 64 | UInt128(4_865_540_595_714_422_341)
    /// A spare 32-bit half of the last 64-bit output, for float32 draws (numpy's `next_uint32` buffer).
    var spare: UInt32?

    init(seedWords: [UInt32]) {
        let pool = SeedSequence.pool(seedWords)
        let w = SeedSequence.generateState(pool, words: 8)
        func u64(_ i: Int) -> UInt64 { UInt64(w[2 * i]) | UInt64(w[2 * i + 1]) << 32 }
        let initState = UInt128(u64(0)) << 64 | UInt128(u64(1))
        let initSeq = UInt128(u64(2)) << 64 | UInt128(u64(3))
        increment = initSeq << 1 | 1
        state = 0
        step()
        state &+= initState
        step()
    }

    mutating func step() { state = state &* Self.multiplier &+ increment }

    mutating func next64() -> UInt64 {
        step()
        let high = UInt64(truncatingIfNeeded: state >> 64)
        let low = UInt64(truncatingIfNeeded: state)
        let rotation = UInt64(truncatingIfNeeded: state >> 122)
        let x = high ^ low
        return (x >> rotation) | (x << ((64 &- rotation) & 63))
    }

    mutating func next32() -> UInt32 {
        if let s = spare {
            spare = nil
            return s
        }
        let v = next64()
        spare = UInt32(truncatingIfNeeded: v >> 32)
        return UInt32(truncatingIfNeeded: v)
    }

    mutating func nextDouble(float32: Bool) -> Double {
        if float32 { return Double(Float(next32() >> 8) * (1.0 / 16_777_216.0)) }
        return Double(next64() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// numpy's `SeedSequence`: entropy words hashed into a pool of four words, from which state words are drawn.
enum SeedSequence {
    static let initA: UInt32 = 0x43b0_d7e5, multA: UInt32 = 0x931e_8875
    static let initB: UInt32 = 0x8b51_f9dd, multB: UInt32 = 0x58f3_8ded
    static let mixMultL: UInt32 = 0xca01_f9dd, mixMultR: UInt32 = 0x4973_f715

    static func pool(_ entropy: [UInt32]) -> [UInt32] {
        var hashConst = initA
        func hashmix(_ value: UInt32) -> UInt32 {
            var v = value ^ hashConst
            hashConst = hashConst &* multA
            v = v &* hashConst
            return v ^ (v >> 16)
        }
        func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
            let r = mixMultL &* x &- mixMultR &* y
            return r ^ (r >> 16)
        }
        var mixer = [UInt32](repeating: 0, count: 4)
        for i in 0..<4 { mixer[i] = hashmix(i < entropy.count ? entropy[i] : 0) }
        for src in 0..<4 {
            for dst in 0..<4 where src != dst { mixer[dst] = mix(mixer[dst], hashmix(mixer[src])) }
        }
        if entropy.count > 4 {
            for src in 4..<entropy.count {
                for dst in 0..<4 { mixer[dst] = mix(mixer[dst], hashmix(entropy[src])) }
            }
        }
        return mixer
    }

    static func generateState(_ pool: [UInt32], words: Int) -> [UInt32] {
        var hashConst = initB
        var out: [UInt32] = []
        for i in 0..<words {
            var v = pool[i % pool.count] ^ hashConst
            hashConst = hashConst &* multB
            v = v &* hashConst
            out.append(v ^ (v >> 16))
        }
        return out
    }
}
