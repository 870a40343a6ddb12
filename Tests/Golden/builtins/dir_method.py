class P:
    def __dir__(self): return ["b", "a"]
print(dir(P()))
class Q: pass
print([n for n in dir(Q()) if not n.startswith("__")])
