# Reprs and id shapes of ObjectRefs, remote functions and options wrappers (ids checked by pattern).
import re
import ray

ray.init(num_cpus=2)


@ray.remote
def f():
    return 1


r = f.remote()
put = ray.put("v")
hexre = re.compile(r"[0-9a-f]+")
print("type:", type(r), [c.__name__ for c in type(r).__mro__])
print("repr pattern:", bool(re.fullmatch(r"ObjectRef\([0-9a-f]{56}\)", repr(r))), repr(r) == str(r))
print("hex:", len(r.hex()), bool(hexre.fullmatch(r.hex())), "binary:", len(r.binary()))
print("task return index (LE uint32 suffix):", int.from_bytes(r.binary()[-4:], "little"))
print("task_id:", bool(re.fullmatch(r"TaskID\([0-9a-f]{48}\)", repr(r.task_id()))), r.task_id().hex() == r.hex()[:48])
print("job_id:", repr(r.job_id()))
print("put ref:", bool(re.fullmatch(r"ObjectRef\([0-9a-f]{56}\)", repr(put))), "job id inside:", put.hex()[40:48] == r.job_id().hex())
print("put refs differ:", ray.put(1) != ray.put(1))
print("same ref equal/hash:", r == r, hash(r) == hash(ray.ObjectRef(r.binary())))
print("remote function:", repr(f))
print("str:", str(f) == repr(f), type(f))
print("options:", repr(f.options(num_cpus=1)))
print("f.remote:", repr(f.remote))
refs = [f.remote(), f.remote()]
print("list of refs repr pattern:", bool(re.fullmatch(r"\[ObjectRef\([0-9a-f]{56}\), ObjectRef\([0-9a-f]{56}\)\]", repr(refs))))
print("two tasks have different task ids:", refs[0].task_id() != refs[1].task_id())
ray.shutdown()
