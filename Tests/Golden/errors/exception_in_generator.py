# Exception raised inside a generator body propagates through the consuming for loop: generator frame in traceback.
def parse_numbers(items):
    for item in items:
        yield int(item)
total = 0
for n in parse_numbers(['1', '2', 'three', '4']):
    total += n
    print('running total', total)
