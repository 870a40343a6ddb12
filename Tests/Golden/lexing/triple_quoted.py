# Triple-quoted strings: newlines, indentation, embedded quotes, escapes and line joining.
doc = """First line
  second line with "quotes"
\tthird with tab
fourth\
 joined"""
for i, line in enumerate(doc.split('\n')):
    print(i, repr(line))
print(len(doc))
empty = """
"""
print(repr(empty))
q = '''He said "hi" and 'bye' '''
print(q)
def f():
    """Docstring of f."""
    return 1
print(f.__doc__, f())
class C:
    '''Class doc.'''
print(C.__doc__)
print("""'''""", '''"""''')
print(repr("""a""b"""), repr('''x''y'''))
