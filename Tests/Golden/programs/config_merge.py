# JSON-ish config merging: deep merge of nested dicts, list strategies, dotted-path get/set, JSON output.
import json
DEFAULTS = {'server': {'host': 'localhost', 'port': 8080, 'tls': {'enabled': False}},
            'features': ['login'], 'log': {'level': 'info', 'targets': ['stdout']}}
USER = {'server': {'port': 9090, 'tls': {'enabled': True, 'cert': '/etc/cert.pem'}},
        'features': ['search'], 'log': {'level': 'debug'}, 'extra': None}
def deep_merge(base, override, list_mode='replace'):
    result = dict(base)
    for key, value in override.items():
        if key in result and isinstance(result[key], dict) and isinstance(value, dict):
            result[key] = deep_merge(result[key], value, list_mode)
        elif key in result and isinstance(result[key], list) and isinstance(value, list) and list_mode == 'extend':
            result[key] = result[key] + [v for v in value if v not in result[key]]
        else:
            result[key] = value
    return result
def get_path(cfg, path, default=None):
    node = cfg
    for part in path.split('.'):
        if not isinstance(node, dict) or part not in node:
            return default
        node = node[part]
    return node
def set_path(cfg, path, value):
    parts = path.split('.')
    node = cfg
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value
merged = deep_merge(DEFAULTS, USER)
print(json.dumps(merged, indent=2))
print(json.dumps(deep_merge(DEFAULTS, USER, 'extend'), sort_keys=True))
print(get_path(merged, 'server.tls.cert'), get_path(merged, 'server.missing', 'n/a'), get_path(merged, 'log.level'))
set_path(merged, 'db.pool.size', 10)
set_path(merged, 'server.port', 443)
print(merged['db'], merged['server']['port'], DEFAULTS['server']['port'])
def flatten(cfg, prefix=''):
    for k, v in cfg.items():
        key = f'{prefix}.{k}' if prefix else k
        if isinstance(v, dict):
            yield from flatten(v, key)
        else:
            yield key, v
for k, v in sorted(flatten(merged)):
    print(f'{k} = {json.dumps(v)}')
