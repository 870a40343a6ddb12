# A tokenizer and recursive-descent evaluator for arithmetic expressions, built from str methods only.
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            tokens.append(('NUM', float(text) if '.' in text else int(text)))
            i = j
        elif ch.isalpha() or ch == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            tokens.append(('NAME', src[i:j]))
            i = j
        elif src.startswith('**', i):
            tokens.append(('OP', '**'))
            i += 2
        elif ch in '+-*/()%,':
            tokens.append(('OP', ch))
            i += 1
        else:
            raise SyntaxError(f'unexpected character {ch!r} at {i}')
    return tokens
class Parser:
    FUNCS = {'max': max, 'min': min, 'abs': abs}
    def __init__(self, tokens, env):
        self.toks, self.pos, self.env = tokens, 0, env
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ('EOF', None)
    def take(self, value=None):
        tok = self.peek()
        if value is not None and tok[1] != value:
            raise SyntaxError(f'expected {value!r}, got {tok[1]!r}')
        self.pos += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek()[1] in ('+', '-'):
            op = self.take()[1]
            v = v + self.term() if op == '+' else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ('*', '/', '%'):
            op = self.take()[1]
            r = self.factor()
            v = v * r if op == '*' else v / r if op == '/' else v % r
        return v
    def factor(self):
        if self.peek()[1] == '-':
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek()[1] == '**':
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        kind, val = self.take()
        if kind == 'NUM':
            return val
        if kind == 'NAME':
            if self.peek()[1] == '(':
                self.take('(')
                args = [self.expr()]
                while self.peek()[1] == ',':
                    self.take()
                    args.append(self.expr())
                self.take(')')
                return self.FUNCS[val](*args)
            return self.env[val]
        if val == '(':
            v = self.expr()
            self.take(')')
            return v
        raise SyntaxError(f'unexpected token {val!r}')
env = {'x': 3, 'y': 4.5, 'big': 10 ** 20}
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ** 2', 'x * y - 1', '7 % 3 + 10 / 4',
            'max(1, x, 2) + abs(-5)', 'big * big + 1', '1.5 + .5', 'min(x, y) ** 2']:
    toks = tokenize(src)
    print(f'{src:24} => {Parser(toks, env).expr()!r:>28}   tokens={len(toks)}')
print(tokenize('a_1+b2*(c)'))
for bad in ['1 + $', '(1 + 2', '1 +', 'q']:
    try:
        Parser(tokenize(bad), env).expr()
    except (SyntaxError, KeyError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
