# finally with return/break/continue: finally overriding returns and swallowing exceptions.
def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')
def f2():
    try:
        return 'try'
    finally:
        return 'finally'
def f3():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallowed exception'
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
def f5():
    for i in range(5):
        try:
            if i == 2:
                return f'returned at {i}'
        finally:
            if i == 2:
                print('finally at', i)
def f6():
    results = []
    for i in range(4):
        try:
            if i % 2:
                continue
            results.append(i)
        finally:
            results.append(f'f{i}')
    return results
def f7():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'break swallowed KeyError'
print(f1(), f2(), f3(), f4(), f5(), f6(), f7(), sep='\n')
def counter():
    count = 0
    while True:
        try:
            count += 1
            if count == 3:
                return count
        finally:
            print('iteration', count)
print(counter())
