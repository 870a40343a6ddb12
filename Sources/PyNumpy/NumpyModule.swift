import PyRuntime

/// The `numpy` module of the subset (`import numpy as np`): array creation, the scalar types and `dtype`,
/// reductions and `dot` as functions, `array_equal`. Registered with the interpreter's module registry by
/// `NumpyModule.register()`, next to the `ray` module, together with the array codec that lets arrays travel
/// between processes (in band, or out of band through the object store).
public enum NumpyModule {
    nonisolated(unsafe) static var registered = false

    public static func register() {
        if registered { return }
        registered = true
        ArrayCodec.register()
        ModuleRegistry.register("numpy", make)
        ModuleRegistry.register("numpy.random") { (interp) throws(PyError) -> PyModule in NumpyRandom.module(interp) }
    }

    static func make(_ interp: Interpreter) throws(PyError) -> PyModule {
        let m = PyModule(name: "numpy")
        m.set("ndarray", .object(NDArrayType.type))
        m.set("dtype", .object(DTypeObjectType.type))
        m.set("generic", .object(ScalarTypes.genericType))
        for d in DType.allCases { m.set(d.name, .object(ScalarTypes.type(for: d))) }
        m.set("bool_", .object(ScalarTypes.type(for: .bool)))
        m.set("int_", .object(ScalarTypes.type(for: .int64)))
        m.set("double", .object(ScalarTypes.type(for: .float64)))
        m.set("newaxis", .none)
        m.set("True_", .object(NumpyBridge.scalar(.bool, .bool(true))))
        m.set("False_", .object(NumpyBridge.scalar(.bool, .bool(false))))
        m.set("pi", .float(Double.pi))
        m.set("e", .float(2.718281828459045))
        m.set("inf", .float(.infinity))
        m.set("nan", .float(.nan))
        m.set("__version__", .str("2.4.0"))
        let exceptions = PyModule(name: "numpy.exceptions")
        exceptions.set("AxisError", .object(NumpyErrors.axisError))
        m.set("exceptions", .object(exceptions))
        m.set("random", .object(NumpyRandom.module(interp)))
        PrintOptions.install(m)
        installCreation(m)
        installFunctions(m)
        return m
    }

    static func function(_ m: PyModule, _ name: String, _ body: @escaping PyBuiltinFunction.Body) {
        m.set(name, .object(PyBuiltinFunction(name: name, module: "numpy", body)))
    }

    static func installCreation(_ m: PyModule) {
        function(m, "array") { (interp, args) throws(PyError) -> Value in
            guard let obj = args.argument(0, "object") else { throw .typeError("array() missing required argument 'object' (pos 0)") }
            let dtype = try NumpyBridge.dtypeArgument(args.argument(1, "dtype"))
            return .object(try Creation.array(interp, obj, dtype: dtype))
        }
        function(m, "asarray") { (interp, args) throws(PyError) -> Value in
            guard let obj = args.argument(0, "a") else { throw .typeError("asarray() missing required argument 'a' (pos 0)") }
            let dtype = try NumpyBridge.dtypeArgument(args.argument(1, "dtype"))
            if let a = obj.asObject as? PyNDArray, !a.isScalar, dtype == nil || dtype == a.dtype { return obj }
            return .object(try Creation.array(interp, obj, dtype: dtype))
        }
        for name in ["zeros", "ones", "empty"] {
            function(m, name) { (interp, args) throws(PyError) -> Value in
                guard let shapeValue = args.argument(0, "shape") else {
                    throw .typeError("\(name)() missing required argument 'shape' (pos 0)")
                }
                let shape = try NumpyBridge.shapeArgument(interp, shapeValue)
                let dtype = try NumpyBridge.dtypeArgument(args.argument(1, "dtype")) ?? .float64
                return .object(try Creation.filled(interp, shape, dtype, name == "ones" ? .int(1) : nil))
            }
            function(m, name + "_like") { (interp, args) throws(PyError) -> Value in
                guard let proto = args.argument(0, "a") else { throw .typeError("\(name)_like() missing required argument 'a'") }
                let a = try Creation.array(interp, proto, dtype: nil)
                let dtype = try NumpyBridge.dtypeArgument(args.argument(1, "dtype")) ?? a.dtype
                return .object(try Creation.filled(interp, a.shape, dtype, name == "ones" ? .int(1) : nil))
            }
        }
        function(m, "full") { (interp, args) throws(PyError) -> Value in
            guard let shapeValue = args.argument(0, "shape"), let fill = args.argument(1, "fill_value") else {
                throw .typeError("full() missing required argument 'fill_value' (pos 1)")
            }
            let shape = try NumpyBridge.shapeArgument(interp, shapeValue)
            var dtype = try NumpyBridge.dtypeArgument(args.argument(2, "dtype"))
            if dtype == nil { dtype = try inferredType(interp, fill) }
            return .object(try Creation.filled(interp, shape, dtype!, fill))
        }
        function(m, "full_like") { (interp, args) throws(PyError) -> Value in
            guard let proto = args.argument(0, "a"), let fill = args.argument(1, "fill_value") else {
                throw .typeError("full_like() missing required argument 'fill_value' (pos 1)")
            }
            let a = try Creation.array(interp, proto, dtype: nil)
            let dtype = try NumpyBridge.dtypeArgument(args.argument(2, "dtype")) ?? a.dtype
            return .object(try Creation.filled(interp, a.shape, dtype, fill))
        }
        function(m, "arange") { (interp, args) throws(PyError) -> Value in
            var positional = Array(args.positional)
            if positional.isEmpty, let stop = args.keyword("stop") { positional = [stop] }
            if positional.isEmpty { throw .typeError("arange() requires stop to be specified.") }
            if let start = args.keyword("start") { positional.insert(start, at: 0) }
            if let step = args.keyword("step") {
                if positional.count == 1 { positional.insert(.int(0), at: 0) }
                positional.append(step)
            }
            let dtype = try NumpyBridge.dtypeArgument(args.keyword("dtype"))
            return .object(try Creation.arange(interp, Array(positional.prefix(3)), dtype: dtype))
        }
        function(m, "linspace") { (interp, args) throws(PyError) -> Value in
            guard let start = args.argument(0, "start"), let stop = args.argument(1, "stop") else {
                throw .typeError("linspace() missing required argument 'stop'")
            }
            let num = try args.argument(2, "num").map { (x) throws(PyError) -> Int in try NumpyBridge.index(interp, x) } ?? 50
            let endpoint = try args.argument(3, "endpoint").map { (x) throws(PyError) -> Bool in try interp.isTrue(x) } ?? true
            let dtype = try NumpyBridge.dtypeArgument(args.keyword("dtype"))
            return .object(
                try Creation.linspace(
                    interp, start: try interp.floatArgument(start), stop: try interp.floatArgument(stop), num: num,
                    endpoint: endpoint, dtype: dtype))
        }
    }

    /// The dtype `np.full` infers from a fill value.
    static func inferredType(_ interp: Interpreter, _ v: Value) throws(PyError) -> DType {
        if let a = v.asObject as? PyNDArray { return a.dtype }
        return try Creation.leafType(v)
    }

    /// `v` as an array operand of a module function (arrays as they are, anything else through `np.array`).
    static func arrayArgument(_ interp: Interpreter, _ v: Value) throws(PyError) -> PyNDArray {
        if let a = v.asObject as? PyNDArray { return a }
        return try Creation.array(interp, v, dtype: nil)
    }

    static func installFunctions(_ m: PyModule) {
        let reductions: [(String, Reductions.Kind)] = [
            ("sum", .sum), ("prod", .prod), ("mean", .mean), ("min", .min), ("max", .max), ("amin", .min), ("amax", .max),
            ("argmax", .argmax), ("argmin", .argmin), ("any", .any), ("all", .all),
        ]
        for (name, kind) in reductions {
            function(m, name) { (interp, args) throws(PyError) -> Value in
                guard let x = args.argument(0, "a") else { throw .typeError("\(name)() missing required argument 'a'") }
                let a = try arrayArgument(interp, x)
                return try ArrayMethods.reduce(interp, kind, .object(a), args.argument(1, "axis"), keepdims: args.keyword("keepdims"))
            }
        }
        for (name, kind) in [("cumsum", Reductions.Kind.sum), ("cumprod", .prod)] {
            function(m, name) { (interp, args) throws(PyError) -> Value in
                guard let x = args.argument(0, "a") else { throw .typeError("\(name)() missing required argument 'a'") }
                return try ArrayMethods.cumulative(interp, kind, try arrayArgument(interp, x), args.argument(1, "axis"))
            }
        }
        for (name, root) in [("var", false), ("std", true)] {
            function(m, name) { (interp, args) throws(PyError) -> Value in
                guard let x = args.argument(0, "a") else { throw .typeError("\(name)() missing required argument 'a'") }
                return try ArrayMethods.statistic(
                    interp, try arrayArgument(interp, x), args.argument(1, "axis"), args.keyword("ddof"), root: root)
            }
        }
        function(m, "dot") { (interp, args) throws(PyError) -> Value in
            try args.expect("dot", min: 2, max: 2)
            return try LinearAlgebra.dot(try arrayArgument(interp, args[0]), try arrayArgument(interp, args[1]))
        }
        function(m, "matmul") { (interp, args) throws(PyError) -> Value in
            try args.expect("matmul", min: 2, max: 2)
            return try LinearAlgebra.dot(try arrayArgument(interp, args[0]), try arrayArgument(interp, args[1]))
        }
        function(m, "array_equal") { (interp, args) throws(PyError) -> Value in
            guard let x = args.argument(0, "a1"), let y = args.argument(1, "a2") else {
                throw .typeError("array_equal() missing required argument 'a2'")
            }
            let a = try arrayArgument(interp, x)
            let b = try arrayArgument(interp, y)
            if a.shape != b.shape { return .false }
            let eq = try Operations.compute(.eq, .array(a), .array(b), into: nil)
            let all = try Reductions.reduce(.all, eq, axis: nil)
            return .bool((all.asObject as? PyNDArray)?.element(at: 0).asBool ?? false)
        }
        do {
            // Whether the memory spans of the two arrays' elements overlap (numpy's bounds check; interleaved
            // views such as a[:, 0] and a[:, 1] may share by this test without sharing an element).
            let name = "may_share_memory"
            function(m, name) { (interp, args) throws(PyError) -> Value in
                try args.expect(name, min: 2, max: 2)
                let a = try arrayArgument(interp, args[0])
                let b = try arrayArgument(interp, args[1])
                guard let x = a.byteExtent, let y = b.byteExtent else { return .false }
                return .bool(x.lowerBound < y.upperBound && y.lowerBound < x.upperBound)
            }
        }
        function(m, "reshape") { (interp, args) throws(PyError) -> Value in
            try args.expect("reshape", min: 2, max: 2)
            let a = try arrayArgument(interp, args[0])
            return .object(try ArrayMethods.reshape(a, try NumpyBridge.shapeArgumentAllowingUnknown(interp, args[1])))
        }
        function(m, "ravel") { (interp, args) throws(PyError) -> Value in
            try args.expect("ravel", min: 1, max: 1)
            return .object(try ArrayMethods.reshape(try arrayArgument(interp, args[0]), [-1]))
        }
        function(m, "transpose") { (interp, args) throws(PyError) -> Value in
            guard let x = args.argument(0, "a") else { throw .typeError("transpose() missing required argument 'a'") }
            let axes = try args.argument(1, "axes").flatMap { (v) throws(PyError) -> [Int]? in
                v.isNone ? nil : try NumpyBridge.shapeArgument(interp, v)
            }
            return NumpyBridge.wrap(try ArrayMethods.transposeChecked(try arrayArgument(interp, x), axes))
        }
        function(m, "copy") { (interp, args) throws(PyError) -> Value in
            try args.expect("copy", min: 1, max: 1)
            return .object(try arrayArgument(interp, args[0]).contiguous(force: true))
        }
        for name in ["abs", "absolute"] {
            function(m, name) { (interp, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 1)
                return try Operations.unary(.absolute, try arrayArgument(interp, args[0]))
            }
        }
        for (name, f, keepsIntegers) in MathFunctions.table {
            function(m, name) { (interp, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 1)
                return try MathFunctions.apply(name, f, keepsIntegers: keepsIntegers, try arrayArgument(interp, args[0]))
            }
        }
        function(m, "square") { (interp, args) throws(PyError) -> Value in
            try args.expect("square", min: 1, max: 1)
            var a = try arrayArgument(interp, args[0])
            if a.dtype == .bool { a = NumpyBridge.cast(a, to: .int8) }  // numpy squares bools as int8
            return NumpyBridge.wrap(try Operations.compute(.mul, .array(a), .array(a), into: nil))
        }
        for name in ["round", "around"] {
            function(m, name) { (interp, args) throws(PyError) -> Value in
                guard let x = args.argument(0, "a") else { throw .typeError("\(name)() missing required argument 'a'") }
                let decimals = try args.argument(1, "decimals").map { (v) throws(PyError) -> Int in try NumpyBridge.index(interp, v) } ?? 0
                return try MathFunctions.round(try arrayArgument(interp, x), decimals: decimals)
            }
        }
        function(m, "concatenate") { (interp, args) throws(PyError) -> Value in
            guard let seq = args.argument(0, "arrays") else { throw .typeError("concatenate() missing required argument 'arrays'") }
            var arrays: [PyNDArray] = []
            for x in try interp.iterate(seq) { arrays.append(try arrayArgument(interp, x)) }
            let axisValue = args.argument(1, "axis")
            let flatten = axisValue?.isNone ?? false
            let axis = flatten ? nil : try axisValue.map { (v) throws(PyError) -> Int in try NumpyBridge.index(interp, v) }
            return .object(try Joining.concatenate(arrays, axis: axis, flatten: flatten))
        }
        function(m, "stack") { (interp, args) throws(PyError) -> Value in
            guard let seq = args.argument(0, "arrays") else { throw .typeError("stack() missing required argument 'arrays'") }
            var arrays: [PyNDArray] = []
            for x in try interp.iterate(seq) { arrays.append(try arrayArgument(interp, x)) }
            let axis = try args.argument(1, "axis").map { (v) throws(PyError) -> Int in try NumpyBridge.index(interp, v) } ?? 0
            return .object(try Joining.stack(arrays, axis: axis))
        }
        function(m, "where") { (interp, args) throws(PyError) -> Value in
            guard args.count == 3 else {
                if args.count == 2 { throw .valueError("either both or neither of x and y should be given") }
                try args.expect("where", min: 1, max: 3)
                // one argument: the indices of the true elements, as nonzero
                let lists = try Predicates.nonzero(try arrayArgument(interp, args[0]))
                return .object(PyTuple(lists.map { .object(Predicates.intArray($0)) }))
            }
            let condition = try arrayArgument(interp, args[0])
            guard let x = try Operations.operand(interp, args[1]), let y = try Operations.operand(interp, args[2]) else {
                throw .typeError("where() arguments must be numbers or arrays")
            }
            return .object(try Joining.select(condition, x, y))  // a 0-d array stays an array, as in numpy
        }
        for (name, op) in [("maximum", Kernels.Operation.maximum), ("minimum", .minimum)] {
            function(m, name) { (interp, args) throws(PyError) -> Value in
                try args.expect(name, min: 2, max: 2)
                guard let x = try Operations.operand(interp, args[0]), let y = try Operations.operand(interp, args[1]) else {
                    throw .typeError("\(name)() arguments must be numbers or arrays")
                }
                return NumpyBridge.wrap(try Operations.compute(op, x, y, into: nil))
            }
        }
        function(m, "clip") { (interp, args) throws(PyError) -> Value in
            try args.expect("clip", min: 3, max: 3)
            let a = try arrayArgument(interp, args[0])
            guard let low = try Operations.operand(interp, args[1]), let high = try Operations.operand(interp, args[2]) else {
                throw .typeError("clip() bounds must be numbers or arrays")
            }
            let raised = try Operations.compute(.maximum, .array(a), low, into: nil)
            return NumpyBridge.wrap(try Operations.compute(.minimum, .array(raised), high, into: nil))
        }
        function(m, "sort") { (interp, args) throws(PyError) -> Value in
            guard let x = args.argument(0, "a") else { throw .typeError("sort() missing required argument 'a'") }
            let a = try arrayArgument(interp, x)
            let axisValue = args.argument(1, "axis")
            let axis = axisValue?.isNone == true ? nil : try NumpyBridge.axisArgument(interp, axisValue ?? .int(-1), ndim: Swift.max(a.ndim, 1))
            return .object(try Sorting.sorted(a, axis: axis))
        }
        function(m, "unique") { (interp, args) throws(PyError) -> Value in
            guard let x = args.argument(0, "ar") else { throw .typeError("unique() missing required argument 'ar'") }
            let (values, counts) = Sorting.unique(try arrayArgument(interp, x))
            if let flag = args.keyword("return_counts"), try interp.isTrue(flag) {
                let c = PyNDArray(dtype: .int64, shape: [counts.count])
                for (i, n) in counts.enumerated() { c.data.storeBytes(of: Int64(n), toByteOffset: i * 8, as: Int64.self) }
                return .object(PyTuple([.object(values), .object(c)]))
            }
            return .object(values)
        }
        let classifiers: [(String, (Double) -> Bool, Bool)] = [
            ("isnan", { $0.isNaN }, false), ("isinf", { $0.isInfinite }, false), ("isfinite", { $0.isFinite }, true),
        ]
        for (name, test, integers) in classifiers {
            function(m, name) { (interp, args) throws(PyError) -> Value in
                try args.expect(name, min: 1, max: 1)
                return try Predicates.classify(try arrayArgument(interp, args[0]), test, integers: integers)
            }
        }
        for name in ["isclose", "allclose"] {
            function(m, name) { (interp, args) throws(PyError) -> Value in
                guard let x = args.argument(0, "a"), let y = args.argument(1, "b") else {
                    throw .typeError("\(name)() missing required argument 'b'")
                }
                let rtol = try args.argument(2, "rtol").map { (v) throws(PyError) -> Double in try interp.floatArgument(v) } ?? 1e-05
                let atol = try args.argument(3, "atol").map { (v) throws(PyError) -> Double in try interp.floatArgument(v) } ?? 1e-08
                let equalNaN = try args.argument(4, "equal_nan").map { (v) throws(PyError) -> Bool in try interp.isTrue(v) } ?? false
                let close = try Predicates.isclose(
                    try arrayArgument(interp, x), try arrayArgument(interp, y), rtol: rtol, atol: atol, equalNaN: equalNaN)
                if name == "isclose" { return NumpyBridge.wrap(close) }
                let all = try Reductions.reduce(.all, close, axis: nil)
                return .bool((all.asObject as? PyNDArray)?.element(at: 0).asBool ?? true)
            }
        }
        function(m, "nonzero") { (interp, args) throws(PyError) -> Value in
            try args.expect("nonzero", min: 1, max: 1)
            let lists = try Predicates.nonzero(try arrayArgument(interp, args[0]))
            return .object(PyTuple(lists.map { .object(Predicates.intArray($0)) }))
        }
        function(m, "flatnonzero") { (interp, args) throws(PyError) -> Value in
            try args.expect("flatnonzero", min: 1, max: 1)
            let a = try arrayArgument(interp, args[0])
            let flat = try ArrayMethods.reshape(a, [-1])
            return .object(Predicates.intArray(try Predicates.nonzero(flat)[0]))
        }
        function(m, "argwhere") { (interp, args) throws(PyError) -> Value in
            try args.expect("argwhere", min: 1, max: 1)
            let a = try arrayArgument(interp, args[0])
            let lists = try Predicates.nonzero(a)
            let count = lists.first?.count ?? 0
            let width = a.ndim
            var values: [Int] = []
            for i in 0..<count { for k in 0..<width { values.append(lists[k][i]) } }
            return .object(Predicates.intArray(values, shape: [count, width]))
        }
        function(m, "count_nonzero") { (interp, args) throws(PyError) -> Value in
            guard let x = args.argument(0, "a") else { throw .typeError("count_nonzero() missing required argument 'a'") }
            let a = try arrayArgument(interp, x)
            if let axisValue = args.argument(1, "axis"), !axisValue.isNone {
                let mask = NumpyBridge.cast(a, to: .bool)
                return try ArrayMethods.reduce(interp, .sum, .object(mask), axisValue, keepdims: nil)
            }
            return .int(try Predicates.nonzero(a).first?.count ?? 0)
        }
        for name in ["eye", "identity"] {
            function(m, name) { (interp, args) throws(PyError) -> Value in
                guard let nValue = args.argument(0, "N") ?? args.argument(0, "n") else {
                    throw .typeError("\(name)() missing required argument 'N'")
                }
                let n = try NumpyBridge.index(interp, nValue)
                let columns = name == "eye" ? args.argument(1, "M").flatMap { $0.isNone ? nil : $0 } : nil
                let mCount = try columns.map { (v) throws(PyError) -> Int in try NumpyBridge.index(interp, v) } ?? n
                let k = name == "eye" ? try args.argument(2, "k").map { (v) throws(PyError) -> Int in try NumpyBridge.index(interp, v) } ?? 0 : 0
                let dtype = try NumpyBridge.dtypeArgument(name == "eye" ? args.keyword("dtype") : args.argument(1, "dtype")) ?? .float64
                return .object(try Predicates.eye(n, mCount, k, dtype))
            }
        }
        function(m, "argsort") { (interp, args) throws(PyError) -> Value in
            guard let x = args.argument(0, "a") else { throw .typeError("argsort() missing required argument 'a'") }
            let a = try arrayArgument(interp, x)
            let axisValue = args.argument(1, "axis")
            if axisValue?.isNone == true {
                return .object(try Predicates.argsort(try ArrayMethods.reshape(a, [-1]), axis: 0))
            }
            guard let axis = try NumpyBridge.axisArgument(interp, axisValue ?? .int(-1), ndim: Swift.max(a.ndim, 1)) else {
                throw .typeError("argsort: bad axis")
            }
            return .object(try Predicates.argsort(a.ndim == 0 ? try ArrayMethods.reshape(a, [1]) : a, axis: axis))
        }
        function(m, "shape") { (interp, args) throws(PyError) -> Value in
            try args.expect("shape", min: 1, max: 1)
            return NumpyBridge.shapeTuple(try arrayArgument(interp, args[0]).shape)
        }
        function(m, "ndim") { (interp, args) throws(PyError) -> Value in
            try args.expect("ndim", min: 1, max: 1)
            return .int(try arrayArgument(interp, args[0]).ndim)
        }
        function(m, "size") { (interp, args) throws(PyError) -> Value in
            try args.expect("size", min: 1, max: 1)
            return .int(try arrayArgument(interp, args[0]).size)
        }
        let binaries: [(String, Kernels.Operation)] = [
            ("add", .add), ("subtract", .sub), ("multiply", .mul), ("divide", .trueDiv), ("true_divide", .trueDiv),
            ("floor_divide", .floorDiv), ("mod", .mod), ("remainder", .mod), ("power", .pow), ("equal", .eq),
            ("not_equal", .ne), ("less", .lt), ("less_equal", .le), ("greater", .gt), ("greater_equal", .ge),
        ]
        for (name, op) in binaries {
            function(m, name) { (interp, args) throws(PyError) -> Value in
                try args.expect(name, min: 2, max: 2)
                guard let x = try Operations.operand(interp, args[0]), let y = try Operations.operand(interp, args[1]) else {
                    throw .typeError("ufunc '\(name)' did not contain a loop with signature matching types")
                }
                return NumpyBridge.wrap(try Operations.compute(op, x, y, into: nil))
            }
        }
    }
}
