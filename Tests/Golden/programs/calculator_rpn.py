# Reverse Polish notation calculator with a stack, error handling, and infix-to-RPN (shunting-yard).
import operator
OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv, '^': operator.pow}
PREC = {'+': 1, '-': 1, '*': 2, '/': 2, '^': 3}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            if len(stack) < 2:
                raise ValueError(f'stack underflow at {tok!r}')
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok](a, b))
        else:
            stack.append(float(tok) if '.' in tok else int(tok))
    if len(stack) != 1:
        raise ValueError(f'leftover stack {stack}')
    return stack[0]
def to_rpn(infix):
    out, ops = [], []
    for tok in infix.replace('(', ' ( ').replace(')', ' ) ').split():
        if tok in PREC:
            while ops and ops[-1] in PREC and (PREC[ops[-1]] > PREC[tok] or (PREC[ops[-1]] == PREC[tok] and tok != '^')):
                out.append(ops.pop())
            ops.append(tok)
        elif tok == '(':
            ops.append(tok)
        elif tok == ')':
            while ops[-1] != '(':
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(tok)
    return ' '.join(out + ops[::-1])
for e in ['3 4 +', '5 1 2 + 4 * + 3 -', '2 3 ^ 2 ^', '10 4 /', '1.5 2 *']:
    print(f'{e!r:24} = {rpn(e)!r}')
for infix in ['3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3', '(1 + 2) * (3 + 4)', '2 ^ 3 ^ 2', '100 - 10 - 1']:
    r = to_rpn(infix)
    print(f'{infix!r} -> {r!r} = {rpn(r)!r}')
for bad in ['1 +', '1 2', '4 0 /']:
    try:
        rpn(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(repr(bad), type(e).__name__, e)
