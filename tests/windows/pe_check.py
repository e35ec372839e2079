"""Checks a Windows executable's PE header (scripts/platforms): its subsystem, and that its
resources hold an icon group (RT_GROUP_ICON) and version information (RT_VERSION) whose strings
name it and its version. Usage: pe_check.py EXE gui|console VERSION"""
import struct
import sys

path, want, version = sys.argv[1], sys.argv[2], sys.argv[3]
data = open(path, "rb").read()
pe = struct.unpack_from("<I", data, 0x3C)[0]
assert data[pe:pe + 4] == b"PE\0\0", "not a PE file"
subsystem = struct.unpack_from("<H", data, pe + 24 + 68)[0]
expected = {"gui": 2, "console": 3}[want]
assert subsystem == expected, f"{path}: subsystem {subsystem}, want {expected} ({want})"

count = struct.unpack_from("<H", data, pe + 6)[0]
optional = struct.unpack_from("<H", data, pe + 20)[0]
table = pe + 24 + optional
rsrc = None
for i in range(count):
    entry = table + 40 * i
    if data[entry:entry + 8].rstrip(b"\0") == b".rsrc":
        size, rva, raw_size, raw = struct.unpack_from("<IIII", data, entry + 8)
        rsrc = raw
assert rsrc is not None, f"{path}: no resource section"
named, ids = struct.unpack_from("<HH", data, rsrc + 12)
types = [struct.unpack_from("<I", data, rsrc + 16 + 8 * (named + i))[0] for i in range(ids)]
types += [struct.unpack_from("<I", data, rsrc + 16 + 8 * i)[0] for i in range(named)]
assert 14 in types, f"{path}: no icon group in the resources ({types})"
assert 16 in types, f"{path}: no version information in the resources ({types})"
for text in ["FileDescription", "ProductVersion", "printer-oauth", version]:
    assert text.encode("utf-16-le") in data, f"{path}: no {text} in the version information"
print(f"ok: {path.rsplit('/', 1)[-1]} is a {want} program with an icon and version information")
