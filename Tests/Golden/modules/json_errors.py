# json.loads error messages with line/column positions (JSONDecodeError is a ValueError subclass).
import json
bad_docs = ['', '{', '[1, 2', '{"a" 1}', '{"a": }', '[1,]', "{'a': 1}", 'tru', '"unterminated', '[1] x',
            '{"a": 1,}', '\n\n  {"k": nope}', '01', '[1 2]', '{"a":1 "b":2}', '"bad \\x escape"', '-', '{"a"}']
for doc in bad_docs:
    try:
        json.loads(doc)
        print(repr(doc), 'parsed?!')
    except json.JSONDecodeError as e:
        print(repr(doc).ljust(22), '|', e, '|', e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('{"x": [1, 2,, 3]}')
except ValueError as e:
    print(type(e).__name__, e.msg)
