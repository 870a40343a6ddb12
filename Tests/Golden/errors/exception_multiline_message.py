# Exception whose message contains newlines: printed verbatim after "ValueError: ".
lines = ['first problem', 'second problem', '  indented third']
raise ValueError('several problems:\n' + '\n'.join(lines))
