# NameError for a name with no close match: no suggestion is added.
def compute():
    return undefined_thing_xyz * 2
compute()
