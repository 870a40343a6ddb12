"""Writing one section of BENCHMARKS.md: each benchmark script owns the text between its markers
(`<!-- NAME:begin -->` and `<!-- NAME:end -->`) and leaves the rest of the file alone."""
import os


def write_section(out_file, name, section):
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    block = f"{begin}\n{section}\n{end}"
    text = open(out_file).read() if os.path.exists(out_file) else "# Benchmarks\n"
    if begin in text and end in text:
        text = text[: text.index(begin)] + block + text[text.index(end) + len(end):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    with open(out_file, "w") as f:
        f.write(text)
