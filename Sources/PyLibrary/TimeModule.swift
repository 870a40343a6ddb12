import PyRuntime

#if canImport(Glibc)
    import Glibc
#endif

/// `time`: clocks (`time`, `perf_counter`, `monotonic`, `process_time`, `thread_time` and their `_ns` forms),
/// interruptible `sleep`, `struct_time`, `gmtime`/`localtime`/`mktime`, `strftime`/`strptime` through the C
/// library, `asctime`/`ctime`, and the time-zone constants.
///
/// Left out: `get_clock_info`, `clock_gettime`/`clock_settime`, `tzset`, `pthread_getcpuclockid`. `strptime` uses
/// the C library's parser, which accepts the common directives but not every locale subtlety of CPython's
/// `_strptime`.
enum TimeModule {
    static let fields = [
        "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
    ]

    static let structTimeType: PyType = {
        let t = Lib.structSequenceType("struct_time", module: "time", fields: fields, reprName: "time.struct_time")
        for extra in ["tm_zone", "tm_gmtoff"] {
            Builtins.attribute(t, extra) { (_, v) throws(PyError) -> Value in
                v.asObject?.dict?.getItem(extra) ?? .none
            }
        }
        t.constructor = { (interp, type, args) throws(PyError) -> Value in
            try args.expect("struct_time", min: 1, max: 1, keywords: false)
            let items = try interp.iterate(args[0])
            if items.count < 9 || items.count > 11 {
                let rule = items.count < 9 ? "at least" : "at most"
                let n = items.count < 9 ? 9 : 11
                throw .typeError("time.struct_time() takes \(rule) \(n)-sequence (\(items.count)-sequence given)")
            }
            let extras: [(String, Value)] = [
                ("tm_zone", items.count > 9 ? items[9] : .none), ("tm_gmtoff", items.count > 10 ? items[10] : .none),
            ]
            return Lib.structSequence(type, Array(items.prefix(9)), extras: extras)
        }
        return t
    }()

    static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
        let m = PyModule(name: "time")
        m.set("struct_time", .object(structTimeType))
        installClocks(m)
        installConversions(m)
        installFormatting(m)
        tzset()
        var jan = tm()
        var jul = tm()
        var now = Glibc.time(nil)
        localtime_r(&now, &jan)
        var janTime = timegmFor(year: Int(jan.tm_year), month: 0)
        var julTime = timegmFor(year: Int(jan.tm_year), month: 6)
        localtime_r(&janTime, &jan)
        localtime_r(&julTime, &jul)
        let janOffset = -Int(jan.tm_gmtoff)
        let julOffset = -Int(jul.tm_gmtoff)
        let janName = jan.tm_zone.map { String(cString: $0) } ?? ""
        let julName = jul.tm_zone.map { String(cString: $0) } ?? ""
        if janOffset < julOffset {
            // Southern hemisphere: daylight saving time in January.
            m.set("timezone", .int(julOffset))
            m.set("altzone", .int(janOffset))
            m.set("tzname", .object(PyTuple([.str(julName), .str(janName)])))
        } else {
            m.set("timezone", .int(janOffset))
            m.set("altzone", .int(julOffset))
            m.set("tzname", .object(PyTuple([.str(janName), .str(julName)])))
        }
        m.set("daylight", .int(janOffset != julOffset ? 1 : 0))
        return m
    }

    private static func timegmFor(year: Int, month: Int32) -> time_t {
        var t = tm()
        t.tm_year = Int32(year)
        t.tm_mon = month
        t.tm_mday = 1
        return timegm(&t)
    }

    // MARK: Clocks

    static func installClocks(_ m: PyModule) {
        let clocks: [(String, clockid_t)] = [
            ("time", CLOCK_REALTIME), ("perf_counter", CLOCK_MONOTONIC), ("monotonic", CLOCK_MONOTONIC),
            ("process_time", CLOCK_PROCESS_CPUTIME_ID), ("thread_time", CLOCK_THREAD_CPUTIME_ID),
        ]
        for (name, clock) in clocks {
            Lib.function(m, name) { (_, args) throws(PyError) -> Value in
                try args.expect(name, min: 0, max: 0)
                return .float(seconds(LibraryClock.nanoseconds(clock)))
            }
            Lib.function(m, name + "_ns") { (_, args) throws(PyError) -> Value in
                try args.expect(name + "_ns", min: 0, max: 0)
                return .int(LibraryClock.nanoseconds(clock))
            }
        }
        Lib.function(m, "sleep") { (interp, args) throws(PyError) -> Value in
            try args.expect("sleep", min: 1, max: 1)
            let secs: Double
            if case .float(let d) = args[0] {
                secs = d
            } else {
                secs = Double(try Lib.indexBigInt(interp, args[0]))
            }
            if secs.isNaN { throw .valueError("Invalid value NaN (not a number)") }
            if secs < 0 { throw .valueError("sleep length must be non-negative") }
            try sleep(interp, secs)
            return .none
        }
    }

    /// Nanoseconds as float seconds, as CPython converts them.
    static func seconds(_ ns: Int) -> Double {
        ns % 1_000_000_000 == 0 ? Double(ns / 1_000_000_000) : Double(ns) / 1e9
    }

    /// Sleep `secs` seconds in slices of at most 50 ms, raising KeyboardInterrupt when interrupted.
    static func sleep(_ interp: Interpreter, _ secs: Double) throws(PyError) {
        interp.stdout.flush()
        let deadline = LibraryClock.nanoseconds(CLOCK_MONOTONIC) + Int((secs * 1e9).rounded())
        while true {
            try interp.checkInterrupt()
            let left = deadline - LibraryClock.nanoseconds(CLOCK_MONOTONIC)
            if left <= 0 { return }
            let slice = Swift.min(left, 50_000_000)
            var ts = timespec(tv_sec: 0, tv_nsec: slice)
            interp.releasingLock { _ = nanosleep(&ts, nil) }
        }
    }

    // MARK: struct_time conversions

    static func structTime(_ t: tm) -> Value {
        let items: [Value] = [
            .int(Int(t.tm_year) + 1900), .int(Int(t.tm_mon) + 1), .int(Int(t.tm_mday)), .int(Int(t.tm_hour)),
            .int(Int(t.tm_min)), .int(Int(t.tm_sec)), .int((Int(t.tm_wday) + 6) % 7), .int(Int(t.tm_yday) + 1),
            .int(Int(t.tm_isdst)),
        ]
        let zone: Value = t.tm_zone.map { .str(String(cString: $0)) } ?? .none
        return Lib.structSequence(
            structTimeType, items, extras: [("tm_zone", zone), ("tm_gmtoff", .int(Int(t.tm_gmtoff)))])
    }

    /// A `struct tm` from a struct_time or 9-tuple, with CPython's range checks.
    static func cTime(_ interp: Interpreter, _ v: Value, _ fname: String) throws(PyError) -> tm {
        guard let tuple = v.asTuple else {
            throw .typeError("Tuple or struct_time argument required")
        }
        if tuple.count != 9 {
            throw .typeError("\(fname)(): illegal time tuple argument")
        }
        var f: [Int] = []
        for x in tuple.items { f.append(try interp.intArgument(x)) }
        var t = tm()
        t.tm_year = Int32(truncatingIfNeeded: f[0] - 1900)
        t.tm_mon = Int32(truncatingIfNeeded: f[1] - 1)
        t.tm_mday = Int32(truncatingIfNeeded: f[2])
        t.tm_hour = Int32(truncatingIfNeeded: f[3])
        t.tm_min = Int32(truncatingIfNeeded: f[4])
        t.tm_sec = Int32(truncatingIfNeeded: f[5])
        t.tm_wday = Int32(truncatingIfNeeded: (f[6] + 1) % 7)
        t.tm_yday = Int32(truncatingIfNeeded: f[7] - 1)
        t.tm_isdst = Int32(truncatingIfNeeded: f[8])
        if let d = tuple.dict {
            if let off = d.getItem("tm_gmtoff"), case .int(let o) = off { t.tm_gmtoff = o }
            if let zone = d.getItem("tm_zone")?.asStr?.string { t.tm_zone = UnsafePointer(zoneName(zone)) }
        }
        return t
    }

    nonisolated(unsafe) private static var zoneNames: [String: UnsafeMutablePointer<CChar>] = [:]
    private static let zoneLock = NSLockLite()

    /// A C string for a zone name that lives as long as the process (struct tm keeps a bare pointer).
    static func zoneName(_ name: String) -> UnsafeMutablePointer<CChar> {
        zoneLock.withLock {
            if let p = zoneNames[name] { return p }
            let p = strdup(name)!
            zoneNames[name] = p
            return p
        }
    }

    static func checkRanges(_ t: inout tm) throws(PyError) {
        if t.tm_mon == -1 {
            t.tm_mon = 0
        } else if t.tm_mon < 0 || t.tm_mon > 11 {
            throw .valueError("month out of range")
        }
        if t.tm_mday == 0 {
            t.tm_mday = 1
        } else if t.tm_mday < 0 || t.tm_mday > 31 {
            throw .valueError("day of month out of range")
        }
        if t.tm_hour < 0 || t.tm_hour > 23 { throw .valueError("hour out of range") }
        if t.tm_min < 0 || t.tm_min > 59 { throw .valueError("minute out of range") }
        if t.tm_sec < 0 || t.tm_sec > 61 { throw .valueError("seconds out of range") }
        if t.tm_wday < 0 { throw .valueError("day of week out of range") }
        if t.tm_yday == -1 {
            t.tm_yday = 0
        } else if t.tm_yday < 0 || t.tm_yday > 365 {
            throw .valueError("day of year out of range")
        }
    }

    /// The seconds argument of `gmtime`/`localtime`/`ctime` (None means now).
    static func secondsArgument(_ interp: Interpreter, _ args: Args, _ fname: String) throws(PyError) -> time_t {
        try args.expect(fname, min: 0, max: 1)
        guard args.count == 1, !args[0].isNone else { return Glibc.time(nil) }
        if case .float(let d) = args[0] {
            if d.isNaN { throw .valueError("Invalid value NaN (not a number)") }
            if Swift.abs(d) > 1e18 { throw .overflowError("timestamp out of range for platform time_t") }
            return time_t(d.rounded(.towardZero))
        }
        return time_t(try interp.intArgument(args[0]))
    }

    static func installConversions(_ m: PyModule) {
        Lib.function(m, "gmtime") { (interp, args) throws(PyError) -> Value in
            var secs = try secondsArgument(interp, args, "gmtime")
            var t = tm()
            guard gmtime_r(&secs, &t) != nil else { throw .overflowError("timestamp out of range for platform time_t") }
            return structTime(t)
        }
        Lib.function(m, "localtime") { (interp, args) throws(PyError) -> Value in
            var secs = try secondsArgument(interp, args, "localtime")
            var t = tm()
            guard localtime_r(&secs, &t) != nil else {
                throw .overflowError("timestamp out of range for platform time_t")
            }
            return structTime(t)
        }
        Lib.function(m, "mktime") { (interp, args) throws(PyError) -> Value in
            try args.expect("mktime", min: 1, max: 1)
            var t = try cTime(interp, args[0], "mktime")
            t.tm_wday = -1
            let r = Glibc.mktime(&t)
            if r == -1 && t.tm_wday == -1 { throw .overflowError("mktime argument out of range") }
            return .float(Double(r))
        }
        Lib.function(m, "ctime") { (interp, args) throws(PyError) -> Value in
            var secs = try secondsArgument(interp, args, "ctime")
            var t = tm()
            localtime_r(&secs, &t)
            return .str(asctime(t))
        }
        Lib.function(m, "asctime") { (interp, args) throws(PyError) -> Value in
            try args.expect("asctime", min: 0, max: 1)
            var t = tm()
            if args.count == 1 {
                t = try cTime(interp, args[0], "asctime")
                try checkRanges(&t)
            } else {
                var now = Glibc.time(nil)
                localtime_r(&now, &t)
            }
            return .str(asctime(t))
        }
    }

    /// `Thu Jan  1 00:00:00 1970`.
    static func asctime(_ t: tm) -> String {
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int32) -> String { String(n).leftPadded(to: 2) }
        let day = String(t.tm_mday).leftPadded(to: 2, with: " ")
        let clock = "\(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec))"
        return "\(days[Int(t.tm_wday) % 7]) \(months[Int(t.tm_mon) % 12]) \(day) \(clock) \(Int(t.tm_year) + 1900)"
    }

    // MARK: strftime and strptime

    static func installFormatting(_ m: PyModule) {
        Lib.function(m, "strftime") { (interp, args) throws(PyError) -> Value in
            try args.expect("strftime", min: 1, max: 2)
            guard let format = args[0].asStr?.string else {
                throw .typeError("strftime() argument 1 must be str, not \(args[0].typeName)")
            }
            var t = tm()
            if args.count == 2 {
                t = try cTime(interp, args[1], "strftime")
                try checkRanges(&t)
                if t.tm_isdst < -1 { t.tm_isdst = -1 } else if t.tm_isdst > 1 { t.tm_isdst = 1 }
            } else {
                var now = Glibc.time(nil)
                localtime_r(&now, &t)
            }
            return .str(strftime(format, t))
        }
        Lib.function(m, "strptime") { (interp, args) throws(PyError) -> Value in
            try args.expect("strptime", min: 1, max: 2)
            guard let text = args[0].asStr?.string else {
                throw .typeError("strptime() argument 0 must be str, not \(args[0].typeName)")
            }
            let format = args.count > 1 ? (args[1].asStr?.string ?? "") : "%a %b %d %H:%M:%S %Y"
            return try strptime(text, format)
        }
    }

    /// C `strftime` with a buffer that grows until the result fits.
    static func strftime(_ format: String, _ t: tm) -> String {
        if format.isEmpty { return "" }
        var t = t
        var size = 256
        while size < 1 << 20 {
            var buffer = [CChar](repeating: 0, count: size)
            let n = Glibc.strftime(&buffer, size, format, &t)
            if n > 0 || size > format.utf8.count * 64 {
                return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            size *= 4
        }
        return ""
    }

    /// `strptime` for the common directives, with `_strptime`'s rules: numbers take as many digits as their field
    /// allows, names match case-insensitively, whitespace in the format matches any run of whitespace.
    static func strptime(_ text: String, _ format: String) throws(PyError) -> Value {
        let mismatch = PyError.valueError(
            "time data \(Interpreter.strRepr(PyStr(text))) does not match format \(Interpreter.strRepr(PyStr(format)))")
        let input = Array(text.unicodeScalars)
        let pattern = Array(format.unicodeScalars)
        var pos = 0
        var year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, pm: Bool? = nil
        var yday: Int? = nil
        func number(_ maxDigits: Int, _ range: ClosedRange<Int>, exact: Bool = false) -> Int? {
            var digits = 0
            var value = 0
            var best: (Int, Int)? = nil
            while digits < maxDigits, pos + digits < input.count, let d = input[pos + digits].properties.numericType,
                d == .decimal, let v = Int(String(input[pos + digits]))
            {
                value = value * 10 + v
                digits += 1
                if range.contains(value) && (!exact || digits == maxDigits) { best = (value, digits) }
            }
            guard let (v, n) = best else { return nil }
            pos += n
            return v
        }
        func name(_ names: [String]) -> Int? {
            for (i, n) in names.enumerated().sorted(by: { $0.element.count > $1.element.count }) {
                let end = pos + n.unicodeScalars.count
                if end <= input.count, String(String.UnicodeScalarView(input[pos..<end])).lowercased() == n.lowercased()
                {
                    pos = end
                    return i
                }
            }
            return nil
        }
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ]
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        var i = 0
        while i < pattern.count {
            let c = pattern[i]
            if c == "%" && i + 1 < pattern.count {
                let d = pattern[i + 1]
                i += 2
                var ok = true
                switch d {
                case "Y": if let v = number(4, 0...9999, exact: true) { year = v } else { ok = false }
                case "y": if let v = number(2, 0...99) { year = v < 69 ? 2000 + v : 1900 + v } else { ok = false }
                case "m": if let v = number(2, 1...12) { month = v } else { ok = false }
                case "d": if let v = number(2, 1...31) { day = v } else { ok = false }
                case "H": if let v = number(2, 0...23) { hour = v } else { ok = false }
                case "I": if let v = number(2, 1...12) { hour = v } else { ok = false }
                case "M": if let v = number(2, 0...59) { minute = v } else { ok = false }
                case "S": if let v = number(2, 0...61) { second = v } else { ok = false }
                case "j": if let v = number(3, 1...366) { yday = v } else { ok = false }
                case "f": ok = number(6, 0...999_999) != nil
                case "p": if let v = name(["AM", "PM"]) { pm = v == 1 } else { ok = false }
                case "b", "h":
                    if let v = name(months.map { String($0.prefix(3)) }) { month = v + 1 } else { ok = false }
                case "B": if let v = name(months) { month = v + 1 } else { ok = false }
                case "a": ok = name(days.map { String($0.prefix(3)) }) != nil
                case "A": ok = name(days) != nil
                case "%": if pos < input.count && input[pos] == "%" { pos += 1 } else { ok = false }
                default: ok = false
                }
                if !ok { throw mismatch }
            } else if c.properties.isWhitespace {
                i += 1
                while i < pattern.count && pattern[i].properties.isWhitespace { i += 1 }
                guard pos < input.count, input[pos].properties.isWhitespace else { throw mismatch }
                while pos < input.count && input[pos].properties.isWhitespace { pos += 1 }
            } else {
                guard pos < input.count, String(input[pos]).lowercased() == String(c).lowercased() else {
                    throw mismatch
                }
                pos += 1
                i += 1
            }
        }
        if pos < input.count {
            throw .valueError("unconverted data remains: \(String(String.UnicodeScalarView(input[pos...])))")
        }
        if let pm {
            if pm && hour != 12 { hour += 12 } else if !pm && hour == 12 { hour = 0 }
        }
        var t = tm()
        t.tm_year = Int32(year - 1900)
        t.tm_mon = Int32(month - 1)
        t.tm_mday = Int32(day)
        if let yday, month == 1, day == 1 { t.tm_mday = Int32(yday) }
        var copy = t
        _ = timegm(&copy)
        let items: [Value] = [
            .int(Int(copy.tm_year) + 1900), .int(Int(copy.tm_mon) + 1), .int(Int(copy.tm_mday)), .int(hour),
            .int(minute), .int(second), .int((Int(copy.tm_wday) + 6) % 7), .int(yday ?? Int(copy.tm_yday) + 1),
            .int(-1),
        ]
        return Lib.structSequence(structTimeType, items, extras: [("tm_zone", .none), ("tm_gmtoff", .none)])
    }
}
