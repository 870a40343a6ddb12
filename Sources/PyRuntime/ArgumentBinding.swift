/// Binding call arguments to a Python function's parameters, with CPython's error messages.
extension Interpreter {
    /// Fill the parameter slots of `f`'s frame at `base` (already initialized to `.undefined`) from `args`.
    func bindArguments(_ f: PyFunction, _ args: Args, into base: UnsafeMutablePointer<Value>) throws(PyError) {
        let code = f.code
        let c = code.code
        let nPos = Int(c.argCount)
        let nKwOnly = Int(c.kwOnlyArgCount)
        let hasVarArgs = c.flags.contains(.varArgs)
        let hasVarKw = c.flags.contains(.varKeywords)
        let given = args.count
        let fname = f.qualifiedName

        // Positional arguments.
        let direct = Swift.min(given, nPos)
        for i in 0..<direct { base[i] = args[i] }
        if hasVarArgs {
            let extra = given > nPos ? ContiguousArray(args.values[nPos..<given]) : []
            base[nPos + nKwOnly] = .object(PyTuple(extra))
        } else if given > nPos {
            var kwOnlyGiven = 0
            if let names = args.kwNames {
                for n in names.items {
                    for j in nPos..<(nPos + nKwOnly) where code.varNames[j].equals(n.asStr!) { kwOnlyGiven += 1 }
                }
            }
            throw tooManyPositional(f, given: given, kwOnlyGiven: kwOnlyGiven)
        }

        // Keyword arguments.
        var varKw: PyDict?
        if hasVarKw {
            varKw = PyDict()
            base[nPos + nKwOnly + (hasVarArgs ? 1 : 0)] = .object(varKw!)
        }
        if let names = args.kwNames {
            var posOnlyPassed: [String] = []
            for (k, nameValue) in names.items.enumerated() {
                let name = nameValue.asStr!
                let value = args.values[args.count + k]
                var slot = -1
                for j in Int(c.posOnlyArgCount)..<(nPos + nKwOnly) where code.varNames[j].equals(name) {
                    slot = j
                    break
                }
                if slot >= 0 {
                    if !base[slot].isUndefined {
                        throw .typeError("\(fname)() got multiple values for argument '\(name.string)'")
                    }
                    base[slot] = value
                } else if let d = varKw {
                    d.setItem(str: name, value)
                } else {
                    if (0..<Int(c.posOnlyArgCount)).contains(where: { code.varNames[$0].equals(name) }) {
                        posOnlyPassed.append(name.string)
                        continue
                    }
                    throw .typeError("\(fname)() got an unexpected keyword argument '\(name.string)'")
                }
            }
            if !posOnlyPassed.isEmpty {
                throw .typeError(
                    "\(fname)() got some positional-only arguments passed as keyword arguments: '\(posOnlyPassed.joined(separator: ", "))'"
                )
            }
        }

        // Defaults and missing arguments.
        let nDefaults = f.defaults.count
        var missing: [String] = []
        for i in 0..<nPos where base[i].isUndefined {
            let d = i - (nPos - nDefaults)
            if d >= 0 {
                base[i] = f.defaults[d]
            } else {
                missing.append(code.varNames[i].string)
            }
        }
        if !missing.isEmpty {
            throw .typeError("\(fname)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(Self.nameList(missing))")
        }
        var missingKw: [String] = []
        for i in nPos..<(nPos + nKwOnly) where base[i].isUndefined {
            if let d = f.kwDefaults, let v = d.getItem(str: code.varNames[i]) {
                base[i] = v
            } else {
                missingKw.append(code.varNames[i].string)
            }
        }
        if !missingKw.isEmpty {
            throw .typeError("\(fname)() missing \(missingKw.count) required keyword-only argument\(missingKw.count == 1 ? "" : "s"): \(Self.nameList(missingKw))")
        }
    }

    /// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists missing arguments.
    static func nameList(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        switch quoted.count {
        case 1: return quoted[0]
        case 2: return "\(quoted[0]) and \(quoted[1])"
        default: return quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
    }

    private func tooManyPositional(_ f: PyFunction, given: Int, kwOnlyGiven: Int) -> PyError {
        let c = f.code.code
        let nPos = Int(c.argCount)
        let nDefaults = f.defaults.count
        let takes: String
        if nDefaults > 0 {
            takes = "from \(nPos - nDefaults) to \(nPos) positional arguments"
        } else {
            takes = "\(nPos) positional argument\(nPos == 1 ? "" : "s")"
        }
        let was = given == 1 ? "was" : "were"
        if kwOnlyGiven > 0 {
            let kw = "\(kwOnlyGiven) keyword-only argument\(kwOnlyGiven == 1 ? "" : "s")"
            return .typeError(
                "\(f.qualifiedName)() takes \(takes) but \(given) positional argument\(given == 1 ? "" : "s") (and \(kw)) were given")
        }
        return .typeError("\(f.qualifiedName)() takes \(takes) but \(given) \(was) given")
    }
}
