# Uncaught KeyError at module level after some output; the message is the repr of the key.
config = {'host': 'localhost', 'port': 8080}
print('host is', config['host'])
print('user is', config['user'])
