import PyRuntime

extension RegexParser {
    // MARK: Groups and extensions

    /// Everything that starts with `(`; nil for constructs that produce no node (comments, global flags).
    mutating func parseGroup(_ verbose: inout Bool, nested: Int, first: Bool, isEmpty: Bool) throws(RegexError)
        -> RegexNode?
    {
        let start = source.tell - 1
        var capture = true
        var atomic = false
        var name: String?
        var addFlags = 0
        var delFlags = 0
        if try source.match("?") {
            guard let char = try source.get() else { throw source.error("unexpected end of pattern") }
            if char.isChar("P") {
                if try source.match("<") {
                    name = try source.getUntil(">", "group name")
                    try source.checkGroupName(name!, 1)
                } else if try source.match("=") {
                    let ref = try source.getUntil(")", "group name")
                    try source.checkGroupName(ref, 1)
                    let length = ref.unicodeScalars.count
                    guard let gid = groupNames.first(where: { $0.0 == ref })?.1 else {
                        throw source.error("unknown group name \(Interpreter.strRepr(PyStr(ref)))", length + 1)
                    }
                    if !checkGroup(gid) { throw source.error("cannot refer to an open group", length + 1) }
                    try checkLookbehindGroup(gid)
                    return .groupRef(gid)
                } else {
                    guard let c = try source.get() else { throw source.error("unexpected end of pattern") }
                    throw source.error("unknown extension ?P" + c.text, c.length + 2)
                }
            } else if char.isChar(":") {
                capture = false
            } else if char.isChar("#") {
                while true {
                    if source.next == nil {
                        throw source.error("missing ), unterminated comment", source.tell - start)
                    }
                    if let t = try source.get(), t.isChar(")") { break }
                }
                return nil
            } else if char.isChar("=") || char.isChar("!") || char.isChar("<") {
                var kind = char
                var behind = false
                let savedLookbehind = lookbehindGroups
                if char.isChar("<") {
                    guard let c = try source.get() else { throw source.error("unexpected end of pattern") }
                    if !(c.isChar("=") || c.isChar("!")) {
                        throw source.error("unknown extension ?<" + c.text, c.length + 2)
                    }
                    kind = c
                    behind = true
                    if lookbehindGroups == nil { lookbehindGroups = groups }
                }
                let p = try parseSub(verbose: verbose, nested: nested + 1)
                if behind && savedLookbehind == nil { lookbehindGroups = nil }
                if !(try source.match(")")) {
                    throw source.error("missing ), unterminated subpattern", source.tell - start)
                }
                return .look(behind: behind, negated: kind.isChar("!"), p)
            } else if char.isChar("(") {
                return try parseConditional(start: start, verbose: verbose, nested: nested)
            } else if char.isChar(">") {
                capture = false
                atomic = true
            } else if !char.isEscape && (RegexFlag.letters[char.first] != nil || char.first == 0x2D) {
                guard let (add, del) = try parseFlags(char) else {
                    if !first || !isEmpty {
                        throw source.error("global flags not at the start of the expression", source.tell - start)
                    }
                    verbose = flags & RegexFlag.verbose != 0
                    return nil
                }
                addFlags = add
                delFlags = del
                capture = false
            } else {
                throw source.error("unknown extension ?" + char.text, char.length + 1)
            }
        }
        var group: Int?
        if capture { group = try openGroup(name) }
        let subVerbose = (verbose || addFlags & RegexFlag.verbose != 0) && delFlags & RegexFlag.verbose == 0
        let p = try parseSub(verbose: subVerbose, nested: nested + 1)
        if !(try source.match(")")) {
            throw source.error("missing ), unterminated subpattern", source.tell - start)
        }
        if let group { groupWidths[group] = regexWidth(p, groupWidths) }
        if atomic { return .atomic(p) }
        return .group(index: group, add: addFlags, remove: delFlags, p)
    }

    /// `(?(id/name)yes|no)`.
    mutating func parseConditional(start: Int, verbose: Bool, nested: Int) throws(RegexError) -> RegexNode {
        let condName = try source.getUntil(")", "group name")
        let length = condName.unicodeScalars.count
        let condGroup: Int
        if UnicodeText.isIdentifier(condName.unicodeScalars) {
            guard let gid = groupNames.first(where: { $0.0 == condName })?.1 else {
                throw source.error("unknown group name \(Interpreter.strRepr(PyStr(condName)))", length + 1)
            }
            condGroup = gid
        } else {
            guard !condName.isEmpty, condName.unicodeScalars.allSatisfy({ regexIsDigit($0.value) }),
                let n = Int(condName)
            else {
                throw source.error("bad character in group name \(Interpreter.strRepr(PyStr(condName)))", length + 1)
            }
            if n == 0 { throw source.error("bad group number", length + 1) }
            if n >= regexMaxGroups { throw source.error("invalid group reference \(n)", length + 1) }
            if !groupRefPos.contains(where: { $0.0 == n }) { groupRefPos.append((n, source.tell - length - 1)) }
            condGroup = n
        }
        try checkLookbehindGroup(condGroup)
        let yes = try parse(verbose: verbose, nested: nested + 1)
        var no: [RegexNode]?
        if try source.match("|") {
            no = try parse(verbose: verbose, nested: nested + 1)
            if let n = source.next, n.isChar("|") {
                throw source.error("conditional backref with more than two branches")
            }
        }
        if !(try source.match(")")) {
            throw source.error("missing ), unterminated subpattern", source.tell - start)
        }
        return .groupExists(condGroup, yes: yes, no: no)
    }

    /// Inline flags after `(?`: nil for global flags (`(?i)`), else the flags turned on and off for a scoped
    /// group (`(?i-s:...)`).
    mutating func parseFlags(_ first: RegexToken) throws(RegexError) -> (Int, Int)? {
        var add = 0
        var del = 0
        var char: RegexToken? = first
        func flag(_ t: RegexToken?) -> Int? {
            guard let t, !t.isEscape else { return nil }
            return RegexFlag.letters[t.first]
        }
        func isAlpha(_ t: RegexToken) -> Bool {
            Unicode.Scalar(t.first).map { UnicodeText.isAlpha($0) } ?? false
        }
        if !first.isChar("-") {
            while true {
                let f = flag(char)!
                if source.isText {
                    if char!.isChar("L") {
                        throw source.error("bad inline flags: cannot use 'L' flag with a str pattern")
                    }
                } else if char!.isChar("u") {
                    throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
                }
                add |= f
                if f & RegexFlag.typeFlags != 0 && add & RegexFlag.typeFlags != f {
                    throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                }
                char = try source.get()
                guard let c = char else { throw source.error("missing -, : or )") }
                if c.isChar(")") || c.isChar("-") || c.isChar(":") { break }
                if flag(c) == nil {
                    throw source.error(isAlpha(c) && !c.isEscape ? "unknown flag" : "missing -, : or )", c.length)
                }
            }
        }
        if char!.isChar(")") {
            flags |= add
            return nil
        }
        if add & RegexFlag.globalOnly != 0 { throw source.error("bad inline flags: cannot turn on global flag", 1) }
        if char!.isChar("-") {
            char = try source.get()
            guard let c = char else { throw source.error("missing flag") }
            if flag(c) == nil { throw source.error(isAlpha(c) && !c.isEscape ? "unknown flag" : "missing flag", c.length) }
            while true {
                let f = flag(char)!
                if f & RegexFlag.typeFlags != 0 {
                    throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                }
                del |= f
                char = try source.get()
                guard let c = char else { throw source.error("missing :") }
                if c.isChar(":") { break }
                if flag(c) == nil { throw source.error(isAlpha(c) && !c.isEscape ? "unknown flag" : "missing :", c.length) }
            }
        }
        if del & RegexFlag.globalOnly != 0 { throw source.error("bad inline flags: cannot turn off global flag", 1) }
        if add & del != 0 { throw source.error("bad inline flags: flag turned on and off", 1) }
        return (add, del)
    }
}
