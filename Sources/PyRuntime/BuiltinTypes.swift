/// The builtin type objects, created once per process in dependency order.
///
/// Bootstrapping is delicate: `type` is its own type, every type's namespace is a `dict`, and `dict` is a type.
/// So the table creates bare type objects first, then their namespaces, without touching `Builtins` (whose
/// lazy initialization is this very table). Methods are installed later by `Builtins.installMethods`.
public final class BuiltinTypeTable: @unchecked Sendable {
    let type, object, int, float, bool, none, str, bytes, bytearray, list, tuple, dict, set, frozenset: PyType
    let complex, function, builtinFunction, methodDescriptor, method, cell, module, code: PyType
    let generator, coroutine, asyncGenerator, range, slice, property, staticmethod, classmethod: PyType
    let notImplementedType, ellipsisType, iterator, dictKeys, dictValues, dictItems: PyType
    /// Exception types by name.
    var exceptions: [String: PyType] = [:]
    let baseException: PyType
    let notImplemented: PyObject
    let ellipsis: PyObject

    init() {
        let type = PyType(bootstrapTypeNamed: "type")
        var all: [PyType] = [type]
        func make(_ name: String, _ base: PyType?, _ kind: ObjectKind) -> PyType {
            let t = PyType(
                name: name, metatype: type, bases: base.map { [$0] } ?? [], instanceKind: kind, isBuiltin: true,
                namespace: nil)
            t.mro = [t] + (base?.mro ?? [])
            all.append(t)
            return t
        }
        let object = make("object", nil, .instance)
        type.bases = [object]
        type.mro = [type, object]
        self.type = type
        self.object = object
        int = make("int", object, .bigInt)
        bool = make("bool", int, .bigInt)
        float = make("float", object, .instance)
        none = make("NoneType", object, .instance)
        str = make("str", object, .str)
        bytes = make("bytes", object, .bytes)
        bytearray = make("bytearray", object, .bytearray)
        list = make("list", object, .list)
        tuple = make("tuple", object, .tuple)
        dict = make("dict", object, .dict)
        set = make("set", object, .set)
        frozenset = make("frozenset", object, .set)
        complex = make("complex", object, .complex)
        function = make("function", object, .function)
        builtinFunction = make("builtin_function_or_method", object, .builtinFunction)
        methodDescriptor = make("method_descriptor", object, .methodDescriptor)
        method = make("method", object, .boundMethod)
        cell = make("cell", object, .cell)
        module = make("module", object, .module)
        code = make("code", object, .code)
        generator = make("generator", object, .generator)
        coroutine = make("coroutine", object, .generator)
        asyncGenerator = make("async_generator", object, .generator)
        range = make("range", object, .range)
        slice = make("slice", object, .slice)
        property = make("property", object, .property)
        staticmethod = make("staticmethod", object, .staticMethod)
        classmethod = make("classmethod", object, .classMethod)
        notImplementedType = make("NotImplementedType", object, .instance)
        ellipsisType = make("ellipsis", object, .instance)
        iterator = make("iterator", object, .iterator)
        dictKeys = make("dict_keys", object, .iterator)
        dictValues = make("dict_values", object, .iterator)
        dictItems = make("dict_items", object, .iterator)

        let base = make("BaseException", object, .exception)
        base.isException = true
        baseException = base
        var exceptions: [String: PyType] = ["BaseException": base]
        for (name, parent) in BuiltinTypeTable.exceptionHierarchy {
            let t = make(name, exceptions[parent]!, .exception)
            t.isException = true
            exceptions[name] = t
        }
        self.exceptions = exceptions

        // Namespaces, now that `dict` exists.
        for t in all { t.dict = PyDict(type: dict) }
        notImplemented = PyObject(kind: .instance, type: notImplementedType)
        ellipsis = PyObject(kind: .instance, type: ellipsisType)
    }

    /// (name, parent) in an order where parents come first: CPython 3.11's hierarchy.
    static let exceptionHierarchy: [(String, String)] = [
        ("SystemExit", "BaseException"), ("KeyboardInterrupt", "BaseException"),
        ("GeneratorExit", "BaseException"), ("Exception", "BaseException"),
        ("StopIteration", "Exception"), ("StopAsyncIteration", "Exception"),
        ("ArithmeticError", "Exception"), ("FloatingPointError", "ArithmeticError"),
        ("OverflowError", "ArithmeticError"), ("ZeroDivisionError", "ArithmeticError"),
        ("AssertionError", "Exception"), ("AttributeError", "Exception"), ("BufferError", "Exception"),
        ("EOFError", "Exception"), ("ImportError", "Exception"), ("ModuleNotFoundError", "ImportError"),
        ("LookupError", "Exception"), ("IndexError", "LookupError"), ("KeyError", "LookupError"),
        ("MemoryError", "Exception"), ("NameError", "Exception"), ("UnboundLocalError", "NameError"),
        ("OSError", "Exception"), ("BlockingIOError", "OSError"), ("ChildProcessError", "OSError"),
        ("ConnectionError", "OSError"), ("BrokenPipeError", "ConnectionError"),
        ("ConnectionAbortedError", "ConnectionError"), ("ConnectionRefusedError", "ConnectionError"),
        ("ConnectionResetError", "ConnectionError"), ("FileExistsError", "OSError"),
        ("FileNotFoundError", "OSError"), ("InterruptedError", "OSError"), ("IsADirectoryError", "OSError"),
        ("NotADirectoryError", "OSError"), ("PermissionError", "OSError"), ("ProcessLookupError", "OSError"),
        ("TimeoutError", "OSError"), ("ReferenceError", "Exception"), ("RuntimeError", "Exception"),
        ("NotImplementedError", "RuntimeError"), ("RecursionError", "RuntimeError"),
        ("SyntaxError", "Exception"), ("IndentationError", "SyntaxError"), ("TabError", "IndentationError"),
        ("SystemError", "Exception"), ("TypeError", "Exception"), ("ValueError", "Exception"),
        ("UnicodeError", "ValueError"), ("UnicodeDecodeError", "UnicodeError"),
        ("UnicodeEncodeError", "UnicodeError"), ("UnicodeTranslateError", "UnicodeError"),
        ("Warning", "Exception"), ("DeprecationWarning", "Warning"), ("PendingDeprecationWarning", "Warning"),
        ("RuntimeWarning", "Warning"), ("SyntaxWarning", "Warning"), ("UserWarning", "Warning"),
        ("FutureWarning", "Warning"), ("ImportWarning", "Warning"), ("UnicodeWarning", "Warning"),
        ("BytesWarning", "Warning"), ("ResourceWarning", "Warning"), ("EncodingWarning", "Warning"),
    ]
}

/// Shortcuts to the builtin types and singletons.
public enum Builtins {
    static let table = BuiltinTypeTable()

    public static var typeType: PyType { table.type }
    public static var objectType: PyType { table.object }
    public static var intType: PyType { table.int }
    public static var boolType: PyType { table.bool }
    public static var floatType: PyType { table.float }
    public static var noneType: PyType { table.none }
    public static var strType: PyType { table.str }
    public static var bytesType: PyType { table.bytes }
    public static var bytearrayType: PyType { table.bytearray }
    public static var listType: PyType { table.list }
    public static var tupleType: PyType { table.tuple }
    public static var dictType: PyType { table.dict }
    public static var setType: PyType { table.set }
    public static var frozensetType: PyType { table.frozenset }
    public static var complexType: PyType { table.complex }
    public static var functionType: PyType { table.function }
    public static var builtinFunctionType: PyType { table.builtinFunction }
    public static var methodDescriptorType: PyType { table.methodDescriptor }
    public static var methodType: PyType { table.method }
    public static var cellType: PyType { table.cell }
    public static var moduleType: PyType { table.module }
    public static var codeType: PyType { table.code }
    public static var generatorType: PyType { table.generator }
    public static var coroutineType: PyType { table.coroutine }
    public static var asyncGeneratorType: PyType { table.asyncGenerator }
    public static var rangeType: PyType { table.range }
    public static var sliceType: PyType { table.slice }
    public static var propertyType: PyType { table.property }
    public static var staticmethodType: PyType { table.staticmethod }
    public static var classmethodType: PyType { table.classmethod }
    public static var iteratorType: PyType { table.iterator }
    public static var dictKeysType: PyType { table.dictKeys }
    public static var dictValuesType: PyType { table.dictValues }
    public static var dictItemsType: PyType { table.dictItems }
    public static var notImplemented: Value { .object(table.notImplemented) }
    public static var ellipsis: Value { .object(table.ellipsis) }

    public static func exceptionType(_ name: String) -> PyType { table.exceptions[name]! }
    public static var allExceptionTypes: [String: PyType] { table.exceptions }
    public static var baseExceptionType: PyType { table.baseException }
    public static var exceptionType: PyType { table.exceptions["Exception"]! }
    public static var typeErrorType: PyType { table.exceptions["TypeError"]! }
    public static var valueErrorType: PyType { table.exceptions["ValueError"]! }
    public static var indexErrorType: PyType { table.exceptions["IndexError"]! }
    public static var keyErrorType: PyType { table.exceptions["KeyError"]! }
    public static var attributeErrorType: PyType { table.exceptions["AttributeError"]! }
    public static var nameErrorType: PyType { table.exceptions["NameError"]! }
    public static var unboundLocalErrorType: PyType { table.exceptions["UnboundLocalError"]! }
    public static var zeroDivisionErrorType: PyType { table.exceptions["ZeroDivisionError"]! }
    public static var overflowErrorType: PyType { table.exceptions["OverflowError"]! }
    public static var runtimeErrorType: PyType { table.exceptions["RuntimeError"]! }
    public static var recursionErrorType: PyType { table.exceptions["RecursionError"]! }
    public static var notImplementedErrorType: PyType { table.exceptions["NotImplementedError"]! }
    public static var stopIterationType: PyType { table.exceptions["StopIteration"]! }
    public static var stopAsyncIterationType: PyType { table.exceptions["StopAsyncIteration"]! }
    public static var generatorExitType: PyType { table.exceptions["GeneratorExit"]! }
    public static var keyboardInterruptType: PyType { table.exceptions["KeyboardInterrupt"]! }
    public static var systemExitType: PyType { table.exceptions["SystemExit"]! }
    public static var assertionErrorType: PyType { table.exceptions["AssertionError"]! }
    public static var importErrorType: PyType { table.exceptions["ImportError"]! }
    public static var moduleNotFoundErrorType: PyType { table.exceptions["ModuleNotFoundError"]! }
    public static var osErrorType: PyType { table.exceptions["OSError"]! }
    public static var syntaxErrorType: PyType { table.exceptions["SyntaxError"]! }
    public static var lookupErrorType: PyType { table.exceptions["LookupError"]! }

    public static let emptyStr = PyStr(utf8: [], count: 0)
    public static let emptyTuple = PyTuple([])
}
