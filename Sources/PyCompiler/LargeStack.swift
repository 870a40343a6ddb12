import PySyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps deeply nested source from overflowing the native stack.
///
/// Both compiler passes recurse over the AST, and the parser accepts operator chains thousands of nodes
/// deep (`a + a + ... + a` is a left-deep tree). That is far beyond what a default 512 KB–8 MB thread stack
/// holds in a debug build, so `Compiler` first measures the nesting depth without recursion and, when it is
/// large, runs the compilation on a helper thread with a big stack. Ordinary code compiles in place.
enum LargeStack {
    /// Nesting depth above which compilation moves to a large-stack thread.
    static let depthThreshold = 150
    /// The helper thread's stack: reserved address space, committed only as it is used.
    static let stackSize = 1 << 28

    /// The maximum nesting depth of statements and expressions in `body`, computed with an explicit work list.
    static func depth(of body: [Stmt], expression: Expr? = nil) -> Int {
        enum Node {
            case stmt(Stmt)
            case expr(Expr)
        }
        var work: [(Node, Int)] = body.map { (.stmt($0), 1) }
        if let expression { work.append((.expr(expression), 1)) }
        var maxDepth = 0
        while let (node, depth) = work.popLast() {
            maxDepth = max(maxDepth, depth)
            if depth > depthThreshold { return depth }
            func add(_ e: Expr?) { if let e { work.append((.expr(e), depth + 1)) } }
            func add(_ es: [Expr]) { for e in es { work.append((.expr(e), depth + 1)) } }
            func add(_ ss: [Stmt]) { for s in ss { work.append((.stmt(s), depth + 1)) } }
            func add(_ a: Arguments) {
                add(a.defaults)
                for d in a.kwDefaults { add(d) }
                for arg in a.posOnly + a.args + a.kwOnly { add(arg.annotation) }
                add(a.vararg?.annotation)
                add(a.kwarg?.annotation)
            }
            switch node {
            case .stmt(let s):
                switch s.kind {
                case .expr(let e): add(e)
                case .assign(let targets, let value):
                    add(targets)
                    add(value)
                case .augAssign(let t, _, let v):
                    add(t)
                    add(v)
                case .annAssign(let t, let a, let v, _):
                    add(t)
                    add(a)
                    add(v)
                case .functionDef(let def):
                    add(def.args)
                    add(def.decorators)
                    add(def.returns)
                    add(def.body)
                case .classDef(let def):
                    add(def.bases)
                    add(def.keywords.map(\.value))
                    add(def.decorators)
                    add(def.body)
                case .return(let v): add(v)
                case .delete(let targets): add(targets)
                case .if(let t, let b, let o), .while(let t, let b, let o):
                    add(t)
                    add(b)
                    add(o)
                case .for(let t, let i, let b, let o, _):
                    add(t)
                    add(i)
                    add(b)
                    add(o)
                case .with(let items, let b, _):
                    for item in items {
                        add(item.contextExpr)
                        add(item.optionalVars)
                    }
                    add(b)
                case .raise(let e, let c):
                    add(e)
                    add(c)
                case .try(let b, let handlers, let o, let f):
                    add(b)
                    for h in handlers {
                        add(h.type)
                        add(h.body)
                    }
                    add(o)
                    add(f)
                case .assert(let t, let m):
                    add(t)
                    add(m)
                case .import, .importFrom, .global, .nonlocal, .pass, .break, .continue:
                    break
                }
            case .expr(let e):
                switch e.kind {
                case .name, .constant: break
                case .joinedStr(let parts): add(parts)
                case .formattedValue(let v, _, let spec):
                    add(v)
                    add(spec)
                case .tuple(let xs), .list(let xs), .set(let xs), .boolOp(_, let xs): add(xs)
                case .dict(let keys, let values):
                    for k in keys { add(k) }
                    add(values)
                case .starred(let v), .attribute(let v, _), .unaryOp(_, let v), .await(let v), .yieldFrom(let v):
                    add(v)
                case .yield(let v): add(v)
                case .subscript(let v, let i):
                    add(v)
                    add(i)
                case .slice(let l, let u, let s):
                    add(l)
                    add(u)
                    add(s)
                case .call(let f, let args, let kws):
                    add(f)
                    add(args)
                    add(kws.map(\.value))
                case .binOp(let l, _, let r):
                    add(l)
                    add(r)
                case .compare(let l, _, let cs):
                    add(l)
                    add(cs)
                case .ifExp(let t, let b, let o):
                    add(t)
                    add(b)
                    add(o)
                case .lambda(let a, let b):
                    add(a)
                    add(b)
                case .listComp(let elt, let gens), .setComp(let elt, let gens), .generatorExp(let elt, let gens):
                    add(elt)
                    for g in gens {
                        add(g.target)
                        add(g.iter)
                        add(g.ifs)
                    }
                case .dictComp(let k, let v, let gens):
                    add(k)
                    add(v)
                    for g in gens {
                        add(g.target)
                        add(g.iter)
                        add(g.ifs)
                    }
                case .namedExpr(let t, let v):
                    add(t)
                    add(v)
                }
            }
        }
        return maxDepth
    }

    private final class Box: @unchecked Sendable {
        let body: () -> Result<CodeObject, SyntaxError>
        var result: Result<CodeObject, SyntaxError>?
        init(_ body: @escaping () -> Result<CodeObject, SyntaxError>) { self.body = body }
    }

    /// Runs `body` on a thread with a large stack and waits for it (runs in place if no thread can be made).
    static func run(_ body: @escaping () -> Result<CodeObject, SyntaxError>) throws(SyntaxError) -> CodeObject {
        let box = Box(body)
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        let retained = Unmanaged.passRetained(box)
        #if canImport(Darwin)
            var thread: pthread_t?
        #else
            var thread = pthread_t()
        #endif
        let status = pthread_create(
            &thread, &attributes,
            { raw in
                #if canImport(Darwin)
                    let box = Unmanaged<Box>.fromOpaque(raw).takeUnretainedValue()
                #else
                    let box = Unmanaged<Box>.fromOpaque(raw!).takeUnretainedValue()
                #endif
                box.result = box.body()
                return nil
            }, retained.toOpaque())
        guard status == 0 else {
            retained.release()
            return try body().get()
        }
        #if canImport(Darwin)
            pthread_join(thread!, nil)
        #else
            pthread_join(thread, nil)
        #endif
        retained.release()
        return try box.result!.get()
    }
}
