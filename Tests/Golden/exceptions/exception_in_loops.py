# Exceptions as control flow: parsing input lines, retry loops, collecting errors, else on success.
raw = ['10', '2.5', 'abc', '', '-7', '1e3', '0x10']
parsed, errors = [], []
for r in raw:
    try:
        parsed.append(int(r))
    except ValueError:
        try:
            parsed.append(float(r))
        except ValueError as e:
            errors.append(str(e))
print(parsed)
print(errors)
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f'attempt {attempts} failed')
    return 'connected'
while True:
    try:
        result = flaky()
    except ConnectionError as e:
        print('retrying after:', e)
        continue
    else:
        print(result, 'after', attempts, 'attempts')
        break
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float('inf')
    except TypeError as e:
        return f'bad types: {e}'
print([safe_div(1, x) for x in [1, 0, 4]], safe_div('a', 1))
data = {'a': 1}
print(data.get('b', 'via get'), 'b' in data)
try:
    value = data['b']
except KeyError:
    value = 'via exception'
print(value)
