# json.dumps: separators, indent, sort_keys, ensure_ascii, special floats, nested structures, non-str keys.
import json
data = {'name': 'Widget', 'tags': ['a', 'b'], 'price': 9.99, 'stock': None, 'active': True, 'dims': {'w': 1, 'h': 2.5}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps([1, [2, [3]]], indent=1))
print(json.dumps({'é': 'ü', 'emoji': '😀'}), json.dumps({'é': 'ü'}, ensure_ascii=False))
print(json.dumps('quote " backslash \\ newline \n tab \t ctrl \x01'))
print(json.dumps(1e16), json.dumps(0.1), json.dumps(1.0), json.dumps(-0.0), json.dumps(10 ** 20), json.dumps(3))
print(json.dumps(float('inf')), json.dumps(float('nan')), json.dumps(float('-inf')))
print(json.dumps({1: 'int key', 2.5: 'float key', True: 'bool key', None: 'none key'}))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(''), json.dumps([{}], indent=2))
print(json.dumps({'a': []}, indent=2), json.dumps({'b': {}}, indent='\t'))
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
print(json.dumps({'z': 1, 'a': {'y': 2, 'b': 3}}, sort_keys=True, indent=2, separators=(',', ': ')))
print(json.dumps(['x'], default=str), json.dumps({'o': object()}, default=lambda o: 'OBJ'))
