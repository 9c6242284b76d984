"""vbaProject.bin written from VBA source: MS-OVBA compression and an MS-CFB compound file.

Excel compiles a VBA project from its compressed module source when the project carries no
performance cache (_VBA_PROJECT version 0xFFFF), which is how this module writes it. The project
information and references are taken from the xlwings template's dir stream unchanged; the module
records, the PROJECT and PROJECTwm streams and the module streams are written here.

References: [MS-OVBA] 2.3 (streams and dir records) and 2.4.1 (compression); [MS-CFB] 2 (the
compound file: header, FAT, mini FAT, directory as a red-black tree).
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass

# --------------------------------------------------------------------------------------------
# MS-OVBA 2.4.1: compression


def _copy_token_split(position: int) -> tuple[int, int]:
    """(bit count of the length, maximum length) for a copy token at ``position`` in its chunk."""
    bits = max(math.ceil(math.log2(position)) if position > 1 else 0, 4)
    length_bits = 16 - bits
    return length_bits, (0xFFFF >> bits) + 3


def decompress(data: bytes) -> bytes:
    """The bytes of a CompressedContainer (MS-OVBA 2.4.1.3.1)."""
    if not data or data[0] != 1:
        raise ValueError("not an MS-OVBA compressed container")
    out = bytearray()
    pos = 1
    while pos < len(data):
        header = struct.unpack_from("<H", data, pos)[0]
        size = (header & 0x0FFF) + 3
        compressed = header & 0x8000
        chunk, pos = data[pos + 2 : pos + size], pos + size
        start = len(out)
        if not compressed:
            out += chunk
            continue
        i = 0
        while i < len(chunk):
            flags = chunk[i]
            i += 1
            for bit in range(8):
                if i >= len(chunk):
                    break
                if not flags & (1 << bit):
                    out.append(chunk[i])
                    i += 1
                    continue
                token = struct.unpack_from("<H", chunk, i)[0]
                i += 2
                length_bits, _ = _copy_token_split(len(out) - start)
                length = (token & (0xFFFF >> (16 - length_bits))) + 3
                offset = (token >> length_bits) + 1
                for _ in range(length):  # byte by byte: a copy may overlap what it writes
                    out.append(out[-offset])
    return bytes(out)


def compress(data: bytes) -> bytes:
    """A CompressedContainer for ``data`` (MS-OVBA 2.4.1.3.6), deterministic."""
    out = bytearray(b"\x01")
    for start in range(0, len(data), 4096):
        chunk = data[start : start + 4096]
        body = _compress_chunk(chunk)
        if len(body) > 4096:  # incompressible: a raw chunk must hold exactly 4096 bytes
            if len(chunk) < 4096:
                raise ValueError("VBA source chunk does not compress")
            out += struct.pack("<H", 0x3000 | 0x0FFF) + chunk
        else:
            out += struct.pack("<H", 0x8000 | 0x3000 | (len(body) + 2 - 3)) + body
    return bytes(out)


def _compress_chunk(chunk: bytes) -> bytes:
    body = bytearray()
    positions: dict[bytes, list[int]] = {}
    i = 0
    while i < len(chunk):
        flag_at = len(body)
        body.append(0)
        flags = 0
        for bit in range(8):
            if i >= len(chunk):
                break
            best_len, best_off = 0, 0
            if i > 0 and i + 3 <= len(chunk):
                _, max_len = _copy_token_split(i)
                for candidate in reversed(positions.get(chunk[i : i + 3], [])[-64:]):
                    length = 0
                    limit = min(max_len, len(chunk) - i)
                    while length < limit and chunk[candidate + length] == chunk[i + length]:
                        length += 1
                    if length > best_len:
                        best_len, best_off = length, i - candidate
                        if length == limit:
                            break
            if best_len >= 3:
                length_bits, _ = _copy_token_split(i)
                token = ((best_off - 1) << length_bits) | (best_len - 3)
                body += struct.pack("<H", token)
                flags |= 1 << bit
                for k in range(i, i + best_len):
                    positions.setdefault(chunk[k : k + 3], []).append(k)
                i += best_len
            else:
                body.append(chunk[i])
                positions.setdefault(chunk[i : i + 3], []).append(i)
                i += 1
        body[flag_at] = flags
    return bytes(body)


# --------------------------------------------------------------------------------------------
# MS-OVBA 2.3: the project


@dataclass(frozen=True)
class Module:
    name: str
    kind: str  # "document", "class" or "module"
    source: str  # VBA source with its Attribute lines, CRLF line ends


def _record(rid: int, data: bytes) -> bytes:
    return struct.pack("<HI", rid, len(data)) + data


def _dir_head(template_dir: bytes, project_name: str) -> bytes:
    """The template's dir records before PROJECTMODULES, with our project name."""
    pos, head = 0, bytearray()
    while pos < len(template_dir):
        rid, size = struct.unpack_from("<HI", template_dir, pos)
        if rid == 0x000F:  # PROJECTMODULES: everything from here on is written anew
            return bytes(head)
        length = 6 + (6 if rid == 0x0009 else size)  # PROJECTVERSION: Reserved(4) then 6 bytes
        record = template_dir[pos : pos + length]
        if rid == 0x0004:  # PROJECTNAME
            record = _record(0x0004, project_name.encode("ascii"))
        head += record
        pos += length
    raise ValueError("template dir stream has no PROJECTMODULES record")


def _module_records(module: Module, codepage: str) -> bytes:
    name = module.name.encode(codepage)
    uname = module.name.encode("utf-16-le")
    records = [
        _record(0x0019, name),
        _record(0x0047, uname),
        _record(0x001A, name) + struct.pack("<HI", 0x0032, len(uname)) + uname,
        _record(0x001C, b"") + struct.pack("<HI", 0x0048, 0),
        _record(0x0031, struct.pack("<I", 0)),  # MODULEOFFSET: source starts at 0, no p-code
        _record(0x001E, struct.pack("<I", 0)),
        _record(0x002C, struct.pack("<H", 0xFFFF)),
        struct.pack("<HI", 0x0021 if module.kind == "module" else 0x0022, 0),
        struct.pack("<HI", 0x002B, 0),
    ]
    return b"".join(records)


def build_vba_project(template: bytes, modules: list[Module], project_name: str = "ledgerdesk") -> bytes:
    """A vbaProject.bin holding ``modules``, with the template's project information and references."""
    import io

    import olefile

    ole = olefile.OleFileIO(io.BytesIO(template))
    template_dir = decompress(ole.openstream("VBA/dir").read())
    project_text = ole.openstream("PROJECT").read().decode("latin-1")
    codepage = "cp1252"
    dir_stream = (
        _dir_head(template_dir, project_name)
        + _record(0x000F, struct.pack("<H", len(modules)))
        + _record(0x0013, struct.pack("<H", 0xFFFF))
        + b"".join(_module_records(m, codepage) for m in modules)
        + struct.pack("<HI", 0x0010, 0)
    )
    kept = [
        line
        for line in project_text.split("\r\n")
        if line.startswith(("ID=", "HelpContextID=", "VersionCompatible32=", "CMG=", "DPB=", "GC="))
    ]
    lines = [kept[0]]
    for m in modules:
        lines.append(
            {"document": f"Document={m.name}/&H00000000", "class": f"Class={m.name}"}.get(
                m.kind, f"Module={m.name}"
            )
        )
    lines += [
        f'Name="{project_name}"',
        *kept[1:],
        "",
        "[Host Extender Info]",
        "&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000",
        "",
        "[Workspace]",
    ]
    lines += [f"{m.name}=0, 0, 0, 0, C" for m in modules]
    project = ("\r\n".join(lines) + "\r\n").encode(codepage)
    project_wm = (
        b"".join(m.name.encode(codepage) + b"\0" + m.name.encode("utf-16-le") + b"\0\0" for m in modules)
        + b"\0\0"
    )
    streams: dict[tuple[str, ...], bytes] = {
        ("PROJECT",): project,
        ("PROJECTwm",): project_wm,
        ("VBA", "_VBA_PROJECT"): bytes.fromhex("cc61ffff000100"),  # version 0xFFFF: no p-code cache
        ("VBA", "dir"): compress(dir_stream),
        **{("VBA", m.name): compress(m.source.encode(codepage)) for m in modules},
    }
    return write_cfb(streams)


def read_modules(vba_project: bytes) -> dict[str, str]:
    """Module name -> source of a vbaProject.bin (for tests and for reading the template)."""
    import io

    import olefile

    ole = olefile.OleFileIO(io.BytesIO(vba_project))
    dir_stream = decompress(ole.openstream("VBA/dir").read())
    modules: dict[str, str] = {}
    pos, offset = 0, 0
    name: str | None = None
    stream: str | None = None
    while pos < len(dir_stream):
        rid, size = struct.unpack_from("<HI", dir_stream, pos)
        if rid == 0x0009:
            pos += 12
            continue
        data = dir_stream[pos + 6 : pos + 6 + size]
        pos += 6 + size
        if rid == 0x0019:
            name = data.decode("cp1252")
        elif rid == 0x001A:
            stream = data.decode("cp1252")
            usize = struct.unpack_from("<I", dir_stream, pos + 2)[0]
            pos += 6 + usize
        elif rid == 0x001C:
            usize = struct.unpack_from("<I", dir_stream, pos + 2)[0]
            pos += 6 + usize
        elif rid == 0x0031:
            offset = struct.unpack("<I", data)[0]
        elif rid == 0x002B and name and stream:
            raw = ole.openstream(f"VBA/{stream}").read()
            modules[name] = decompress(raw[offset:]).decode("cp1252")
            name = stream = None
    return modules


# --------------------------------------------------------------------------------------------
# MS-CFB: the compound file

SECTOR, MINI, CUTOFF = 512, 64, 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[int] | None = None
    left: int = NOSTREAM
    right: int = NOSTREAM
    child: int = NOSTREAM
    black: bool = True
    start: int = END
    size: int = 0


def _key(name: str) -> tuple[int, str]:
    return len(name), name.upper()  # MS-CFB 2.6.4: shorter names first, then case-insensitively


def write_cfb(streams: dict[tuple[str, ...], bytes]) -> bytes:
    """A version 3 compound file holding ``streams`` (path tuple -> bytes); deterministic."""
    entries = [_Entry("Root Entry", 5, children=[])]
    index: dict[tuple[str, ...], int] = {(): 0}
    for path in sorted(streams, key=lambda p: [_key(part) for part in p]):
        for depth in range(1, len(path)):
            storage = path[:depth]
            if storage not in index:
                index[storage] = len(entries)
                entries.append(_Entry(storage[-1], 1, children=[]))
                parent = entries[index[storage[:-1]]].children
                assert parent is not None
                parent.append(index[storage])
        index[path] = len(entries)
        entries.append(_Entry(path[-1], 2, data=streams[path]))
        siblings = entries[index[path[:-1]]].children
        assert siblings is not None
        siblings.append(index[path])
    for entry in entries:
        if entry.children:
            ordered = sorted(entry.children, key=lambda i: _key(entries[i].name))
            entry.child = _tree(entries, ordered)

    mini = bytearray()
    mini_fat: list[int] = []
    big: list[_Entry] = []
    for entry in entries:
        if entry.kind != 2:
            continue
        entry.size = len(entry.data)
        if entry.size < CUTOFF:
            if entry.size:
                first = len(mini_fat)
                count = math.ceil(entry.size / MINI)
                mini_fat += list(range(first + 1, first + count)) + [END]
                entry.start = first
                mini += entry.data + b"\0" * (count * MINI - entry.size)
            else:
                entry.start = END
        else:
            big.append(entry)

    dir_sectors = math.ceil(len(entries) * 128 / SECTOR)
    minifat_sectors = math.ceil(len(mini_fat) * 4 / SECTOR)
    ministream_sectors = math.ceil(len(mini) / SECTOR)
    big_sectors = [math.ceil(e.size / SECTOR) for e in big]
    data_sectors = dir_sectors + minifat_sectors + ministream_sectors + sum(big_sectors)
    fat_sectors = 1
    while fat_sectors * (SECTOR // 4) < data_sectors + fat_sectors:
        fat_sectors += 1
    if fat_sectors > 109:
        raise ValueError("compound file too large for a header-only DIFAT")

    fat: list[int] = [FATSECT] * fat_sectors

    def chain(count: int) -> int:
        if count == 0:
            return END
        first = len(fat)
        fat.extend(list(range(first + 1, first + count)) + [END])
        return first

    dir_start = chain(dir_sectors)
    minifat_start = chain(minifat_sectors) if minifat_sectors else END
    entries[0].start = chain(ministream_sectors) if ministream_sectors else END
    entries[0].size = len(mini)
    for entry, count in zip(big, big_sectors, strict=True):
        entry.start = chain(count)
    fat += [FREE] * (fat_sectors * (SECTOR // 4) - len(fat))

    header = bytearray(SECTOR)
    struct.pack_into(
        "<8s16sHHHHH6sIIIIIIIII",
        header,
        0,
        bytes.fromhex("d0cf11e0a1b11ae1"),
        b"\0" * 16,
        0x003E,
        0x0003,
        0xFFFE,
        9,
        6,
        b"\0" * 6,
        0,
        fat_sectors,
        dir_start,
        0,
        CUTOFF,
        minifat_start,
        minifat_sectors,
        END,
        0,
    )
    difat = list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)
    struct.pack_into("<109I", header, 76, *difat)

    out = bytearray(header)
    out += struct.pack(f"<{len(fat)}I", *fat)
    directory = b"".join(_dir_entry(e) for e in entries)
    directory += _unused() * (dir_sectors * SECTOR // 128 - len(entries))
    out += directory
    out += _pad(struct.pack(f"<{len(mini_fat)}I", *mini_fat) + b"", FREE) if mini_fat else b""
    out += _pad_zero(bytes(mini))
    for entry in big:
        out += _pad_zero(entry.data)
    return bytes(out)


def _tree(entries: list[_Entry], ordered: list[int]) -> int:
    """Siblings as a balanced search tree, coloured so that it is a valid red-black tree."""
    full_depth = math.floor(math.log2(len(ordered) + 1))  # levels that are completely filled

    def build(items: list[int], level: int) -> int:
        if not items:
            return NOSTREAM
        mid = len(items) // 2
        node = items[mid]
        entries[node].left = build(items[:mid], level + 1)
        entries[node].right = build(items[mid + 1 :], level + 1)
        entries[node].black = level < full_depth  # the last, partly filled level is red
        return node

    return build(ordered, 0)


def _dir_entry(e: _Entry) -> bytes:
    name = e.name.encode("utf-16-le") + b"\0\0"
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        name,
        len(name),
        e.kind,
        1 if e.black else 0,
        e.left,
        e.right,
        e.child,
        b"\0" * 16,
        0,
        0,
        0,
        e.start if e.kind != 1 else 0,
        e.size,
    )


def _unused() -> bytes:
    return struct.pack(
        "<64sHBBIII16sIQQIQ", b"", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM, b"\0" * 16, 0, 0, 0, 0, 0
    )


def _pad(data: bytes, fill: int) -> bytes:
    extra = (-len(data)) % SECTOR
    return data + struct.pack(f"<{extra // 4}I", *([fill] * (extra // 4)))


def _pad_zero(data: bytes) -> bytes:
    return data + b"\0" * ((-len(data)) % SECTOR)
