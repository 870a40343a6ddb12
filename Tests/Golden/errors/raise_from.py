# Explicit chaining with raise ... from: both tracebacks with the "direct cause" separator line.
class ConfigError(Exception):
    pass
def parse_port(text):
    return int(text)
def load(settings):
    try:
        return parse_port(settings['port'])
    except ValueError as exc:
        raise ConfigError(f'bad port {settings["port"]!r}') from exc
print('loading')
load({'port': 'eighty'})
