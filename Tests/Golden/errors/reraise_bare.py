# A bare raise in a handler re-raises the original exception with its original traceback plus the handler frame line.
def risky():
    return {}['token']
def caller():
    try:
        risky()
    except KeyError:
        print('logging the error, then re-raising')
        raise
caller()
