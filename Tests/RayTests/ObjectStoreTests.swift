import Foundation
import XCTest

/// The node's object store with numpy arrays: one-copy puts, zero-copy read-only gets, capacity, spilling and
/// restoring every byte, deletion when the last reference goes, `list_objects` and `swiftray memory`.
final class ObjectStoreTests: XCTestCase {
    func testGetMapsTheStoreReadOnlyWithoutCopying() throws {
        let r = try ScriptHarness.run(source: """
            import ray
            import numpy as np
            a = np.arange(1_000_000, dtype=np.float64)
            ref = ray.put(a)
            b = ray.get(ref)
            address = b.__array_interface__["data"][0]
            mapped = None
            for line in open("/proc/self/maps"):
                fields = line.split()
                low, high = (int(x, 16) for x in fields[0].split("-"))
                if low <= address < high:
                    mapped = fields[-1]
            print(mapped.startswith("/dev/shm/swiftray_"), b.flags.writeable, bool((a == b).all()))
            try:
                b[0] = 5
            except ValueError as e:
                print("ValueError:", e)
            @ray.remote
            def inside(x):
                return x.flags.writeable, float(x.sum())
            print(ray.get(inside.remote(ref)), ray.get(inside.remote(a)))
            print(ray.get(ray.put(np.ones(10))).flags.writeable)
            """)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(
            r.stdout,
            "True False True\nValueError: assignment destination is read-only\n"
                + "(False, 499999500000.0) (False, 499999500000.0)\nFalse\n")
    }

    func testSpillingAndRestoringKeepEveryByte() throws {
        let r = try ScriptHarness.run(source: """
            import os, sys, time
            import ray
            import numpy as np
            os.environ["RAY_verbose_spill_logs"] = "1"
            session = ray.init(object_store_memory=64 * 1024 * 1024)["session_dir"]
            refs = [ray.put(np.full(16 * 1024 * 1024, i, dtype=np.uint8)) for i in range(10)]
            print(all(bool((ray.get(r) == i).all()) for i, r in enumerate(refs)))
            @ray.remote
            def check(x, i):
                return bool((x == i).all())
            print(all(ray.get([check.remote(r, i) for i, r in enumerate(refs)])))
            from ray.util.state import list_objects
            rows = list_objects()
            print(len(rows), sorted(set(o.reference_type for o in rows)), {o.object_size for o in rows} == {16 * 1024 * 1024 + 128})
            spilled = os.listdir(session + "/spill")
            print(len(spilled) > 0)
            del refs, rows
            # Deleted objects leave the spill directory at once and /dev/shm within the 2 s their pages are
            # kept for reuse.
            tag = session.rsplit("session_", 1)[1]
            for _ in range(100):
                left = os.listdir(session + "/spill") + [f for f in os.listdir("/dev/shm") if tag in f]
                if not left:
                    break
                time.sleep(0.05)
            print(os.listdir(session + "/spill"), [f for f in os.listdir("/dev/shm") if tag in f])
            """)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "True\nTrue\n10 ['LOCAL_REFERENCE'] True\nTrue\n[] []\n")
        XCTAssertTrue(
            r.stderr.contains(
                "(raylet) Spilled 16 MiB, 1 objects, write throughput "),
            r.stderr)
        XCTAssertTrue(r.stderr.contains("Set RAY_verbose_spill_logs=0 to disable this message."), r.stderr)
    }

    func testMemoryCommandShowsObjectsAndTotals() throws {
        guard let binary = ScriptHarness.binary else { throw XCTSkip("swiftray executable not found") }
        let r = try ScriptHarness.run(source: """
            import os
            import ray
            import numpy as np
            session = ray.init(object_store_memory=100 * 1024 * 1024)["session_dir"]
            keep = ray.put(np.ones(8 * 1024 * 1024, dtype=np.uint8))
            os.system("\(binary.path) memory --session " + session)
            """)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("00ffffffffffffffffffffffffffffffffffffff0100000001e1f505  8.0 MiB  shared memory"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Shared memory usage 8.0 MiB, 1 objects, 8.0% full (capacity 100.0 MiB)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Spilled 0 MiB, 0 objects"), r.stdout)
    }
}
