# SyntaxError: unterminated triple-quoted string literal (reported at its start, detected at end of file).
x = 1
doc = """this string
never ends
