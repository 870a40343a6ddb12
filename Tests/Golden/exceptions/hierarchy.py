# Exception hierarchy: issubclass relations among builtins, catching via base classes, __mro__ names.
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (LookupError, Exception), (UnboundLocalError, NameError),
         (FileNotFoundError, OSError), (IsADirectoryError, OSError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (StopIteration, Exception), (GeneratorExit, Exception),
         (KeyboardInterrupt, Exception), (SystemExit, BaseException), (Exception, BaseException),
         (ModuleNotFoundError, ImportError), (IndentationError, SyntaxError), (TabError, IndentationError),
         (UnicodeDecodeError, ValueError), (TypeError, ValueError), (AssertionError, Exception),
         (TimeoutError, OSError), (BrokenPipeError, ConnectionError), (StopAsyncIteration, Exception)]
for sub, base in pairs:
    print(f'{sub.__name__} <: {base.__name__}: {issubclass(sub, base)}')
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
def risky(kind):
    if kind == 'key':
        return {}['missing']
    if kind == 'index':
        return [][0]
    if kind == 'zero':
        return 1 // 0
    if kind == 'type':
        return 'a' + 1
for kind in ['key', 'index', 'zero', 'type']:
    try:
        risky(kind)
    except LookupError as e:
        print(kind, 'LookupError branch', type(e).__name__)
    except ArithmeticError as e:
        print(kind, 'ArithmeticError branch', type(e).__name__)
    except Exception as e:
        print(kind, 'Exception branch', type(e).__name__)
print(EnvironmentError is OSError, IOError is OSError)
