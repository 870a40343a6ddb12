import BigInt

/// MT19937, the generator behind `random`, seeded exactly as CPython seeds it so that every sequence a seeded
/// program draws matches CPython's: an int seed is split into 32-bit words (least significant first) and fed to
/// the reference `init_by_array`.
struct MersenneTwister {
    private static let n = 624
    private static let m = 397
    private(set) var state = [UInt32](repeating: 0, count: 624)
    private(set) var index = 625

    /// The reference `init_genrand`.
    private mutating func initGenrand(_ seed: UInt32) {
        state[0] = seed
        for i in 1..<Self.n {
            let prev = state[i - 1]
            state[i] = 1_812_433_253 &* (prev ^ (prev >> 30)) &+ UInt32(i)
        }
        index = Self.n
    }

    /// The reference `init_by_array`.
    mutating func seed(words key: [UInt32]) {
        let key = key.isEmpty ? [0] : key
        initGenrand(19_650_218)
        var i = 1
        var j = 0
        for _ in 0..<Swift.max(Self.n, key.count) {
            let prev = state[i - 1]
            state[i] = (state[i] ^ ((prev ^ (prev >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1
            j += 1
            if i >= Self.n {
                state[0] = state[Self.n - 1]
                i = 1
            }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(Self.n - 1) {
            let prev = state[i - 1]
            state[i] = (state[i] ^ ((prev ^ (prev >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= Self.n {
                state[0] = state[Self.n - 1]
                i = 1
            }
        }
        state[0] = 0x8000_0000
        index = Self.n
    }

    /// Seed from a non-negative integer, as CPython does for `random.seed(n)` (the sign is dropped first).
    mutating func seed(_ value: BigInt) {
        var words: [UInt32] = []
        var mag = value.magnitude
        while mag > 0 {
            words.append(UInt32(truncatingIfNeeded: mag & 0xFFFF_FFFF))
            mag >>= 32
        }
        seed(words: words)
    }

    /// Restore a state saved by `getstate`.
    mutating func restore(_ words: [UInt32], index: Int) {
        state = words
        self.index = index
    }

    private mutating func twist() {
        let upper: UInt32 = 0x8000_0000
        let lower: UInt32 = 0x7FFF_FFFF
        let matrix: UInt32 = 0x9908_B0DF
        for k in 0..<Self.n {
            let y = (state[k] & upper) | (state[(k + 1) % Self.n] & lower)
            state[k] = state[(k + Self.m) % Self.n] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : matrix)
        }
        index = 0
    }

    /// The next 32-bit output.
    mutating func next32() -> UInt32 {
        if index >= Self.n { twist() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    mutating func nextDouble() -> Double {
        let a = Double(next32() >> 5)
        let b = Double(next32() >> 6)
        return (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for k <= 64.
    mutating func bits(_ k: Int) -> UInt64 {
        if k == 0 { return 0 }
        if k <= 32 { return UInt64(next32() >> UInt32(32 - k)) }
        let low = UInt64(next32())
        let high = UInt64(next32() >> UInt32(64 - k))
        return low | high << 32
    }

    /// `getrandbits(k)` for any k: 32-bit words, least significant first, the last one truncated.
    mutating func bigBits(_ k: Int) -> BigInt {
        if k <= 64 { return BigInt(bits(k)) }
        var result = BigUInt(0)
        var remaining = k
        var shift = 0
        while remaining > 0 {
            var word = next32()
            if remaining < 32 { word >>= UInt32(32 - remaining) }
            result |= BigUInt(word) << shift
            shift += 32
            remaining -= 32
        }
        return BigInt(result)
    }

    /// A uniform int in [0, n) by rejection sampling on `n.bit_length()` bits (CPython's `_randbelow`).
    mutating func below(_ n: Int) -> Int {
        let k = Int.bitWidth - n.leadingZeroBitCount
        var r = bits(k)
        while r >= UInt64(n) { r = bits(k) }
        return Int(r)
    }

    mutating func below(_ n: BigInt) -> BigInt {
        if let small = Int(exactly: n) { return BigInt(below(small)) }
        let k = n.magnitude.bitWidth
        var r = bigBits(k)
        while r >= n { r = bigBits(k) }
        return r
    }
}
