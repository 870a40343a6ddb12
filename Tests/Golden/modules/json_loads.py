# json.loads: nested structures, numbers (int/float/exponent), unicode escapes, whitespace, round trips.
import json
doc = '''
{
  "users": [
    {"id": 1, "name": "Ann", "roles": ["admin", "dev"], "score": 9.5},
    {"id": 2, "name": "B\\u00f6b", "roles": [], "score": -1e3, "manager": null}
  ],
  "meta": {"count": 2, "ok": true, "ratio": 0.25, "big": 123456789012345678901234567890}
}
'''
obj = json.loads(doc)
print(obj)
print(obj['users'][1]['name'], obj['meta']['big'] + 1, type(obj['users'][0]['score']).__name__)
print(json.loads('"\\ud83d\\ude00"'), json.loads('"\\n\\t\\"\\\\\\/"'), json.loads('"caf\\u00e9"'))
print(json.loads('[1, 2.0, 3e2, -0, -0.0, 1E-2, 10000000000000000000000]'))
print(json.loads('  true '), json.loads('null'), json.loads('"str"'), json.loads('{}'), json.loads('[[]]'))
print(json.loads('NaN'), json.loads('Infinity'), json.loads('-Infinity'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"b": 1, "a": 2}'))
for v in [{'k': [1, 2.5, None, True]}, 'x', [], 0.1, 10 ** 20]:
    print(json.loads(json.dumps(v)) == v)
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5]', parse_float=lambda s: 'float:' + s), json.loads('[7]', parse_int=lambda s: int(s) * 2))
