# Exception notes (add_note, new in 3.11) are printed after the exception message line.
def step(n):
    if n == 3:
        err = RuntimeError(f'step {n} failed')
        err.add_note('while processing batch 7')
        err.add_note('hint: retry with --force')
        raise err
for i in range(5):
    print('step', i)
    step(i)
