# NameError for a misspelled name: CPython 3.11 appends a "Did you mean" suggestion to the message line.
counter = 10
print(counter)
print(countr + 1)
