# raise SystemExit with a non-int, non-None code: the code is printed to stderr and the exit status is 1.
print('before')
raise SystemExit(['list', 'code'])
