#!/usr/bin/env python3
"""Lists C++ function definitions longer than N lines and files longer than M lines.

Measured on the text, with no compiler: comments, string and character literals (raw strings
too) and preprocessor lines are blanked first, then braces are matched. A `{` opens a function
body when the text before it since the last `;`, `{` or `}` at namespace or class scope holds a
`(` and is neither a type (`class`, `struct`, `union`, `enum`), a `namespace` nor an initializer
(`= {`). Braces inside a head (`: m_a{a}`, `m_b(f({1, 2}))`) stay in the head. A function's
length runs from the first line of its signature to its closing brace, blank and comment lines
included; lambdas and local classes count inside the function that holds them.

A data table (a function that only lists data, such as the demo's procedures) is exempt from the
function limit when the comment line just above its signature starts with `// Data table:`.

usage: scripts/function_lengths.py [--max-function 80] [--max-file 600] [DIR_OR_FILE ...]
(default folders: core ui app). Exits 1 when anything is over, 0 otherwise.
"""
import argparse
import os
import re
import sys

SOURCE_ENDINGS = (".cpp", ".h", ".hpp", ".cc")


def blank_non_code(text):
    """Returns text of the same length and lines with comments, literals and # lines blanked."""
    out = []
    i, n = 0, len(text)
    at_line_start = True
    while i < n:
        c = text[i]
        if c == "\n":
            out.append(c)
            i += 1
            at_line_start = True
            continue
        if at_line_start and c in " \t":
            out.append(c)
            i += 1
            continue
        if at_line_start and c == "#":  # a preprocessor line, with its continuations
            while i < n and text[i] != "\n":
                if text[i] == "\\" and i + 1 < n and text[i + 1] == "\n":
                    out.append(" \n")
                    i += 2
                    continue
                out.append(" ")
                i += 1
            continue
        at_line_start = False
        if text.startswith("//", i):
            while i < n and text[i] != "\n":
                out.append(" ")
                i += 1
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
            continue
        raw = re.match(r'(?:u8|u|U|L)?R"([^()\\ ]{0,16})\(', text[i:i + 24])
        if raw and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            close = ")" + raw.group(1) + '"'
            end = text.find(close, i + raw.end())
            end = n if end < 0 else end + len(close)
            out.append('""' + re.sub(r"[^\n]", " ", text[i + 2:end]))
            i = end
            continue
        if c in "\"'":
            if c == "'" and i > 0 and text[i - 1].isalnum():  # digit separator: 1'000'000
                out.append(" ")
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(c + " " * (j - i - 2) + c if j - i >= 2 else c)
            i = j
            continue
        out.append(c)
        i += 1
    return "".join(out)


TYPE_HEAD = re.compile(r"\b(class|struct|union|enum)\b")
NAMESPACE_HEAD = re.compile(r"\bnamespace\b")
INIT_LIST_HEAD = re.compile(r"\)\s*(?:noexcept\s*)?:(?!:)")
NAME = re.compile(r"(~?[A-Za-z_][\w:<>,~ ]*?(?:operator\s*\S+?)?)\s*\($")


def function_name(head):
    """The qualified name before the parameter list that opens the signature."""
    depth = 0
    for k, ch in enumerate(head):
        if ch == "(" and depth == 0:
            m = NAME.search(head[:k + 1])
            if m:
                return " ".join(m.group(1).split()[-1:]) or "?"
            return "?"
        if ch == "<":
            depth += 1
        elif ch == ">" and depth:
            depth -= 1
    return "?"


def functions(path):
    """Yields (name, first_line, last_line) for each function definition in the file."""
    with open(path, encoding="utf-8", errors="replace") as f:
        code = blank_non_code(f.read())
    line_of = []
    line = 1
    for ch in code:
        line_of.append(line)
        if ch == "\n":
            line += 1
    # scope stack entries: "ns" (namespace or file), "type", or ("fn", name, start) / "other"
    stack = ["ns"]
    head_start = 0
    i, n = 0, len(code)
    parens = 0  # open parentheses in the current head at namespace or class scope

    def skip_braces(i):
        """The index after the brace that closes the one at i."""
        depth = 0
        while i < n:
            if code[i] == "{":
                depth += 1
            elif code[i] == "}":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        return n

    while i < n:
        c = code[i]
        top = stack[-1]
        if c in "()" and top in ("ns", "type"):
            parens += 1 if c == "(" else -1
        elif c == ";":
            head_start = i + 1
            parens = 0
        elif c == "{" and top in ("ns", "type") and parens > 0:
            i = skip_braces(i)  # a braced argument in a head, e.g. in a member initializer
            continue
        elif c == "{":
            head = code[head_start:i]
            parens = 0
            if top in ("ns", "type"):
                stripped = head.strip()
                if NAMESPACE_HEAD.search(head) and "(" not in head:
                    stack.append("ns")
                elif TYPE_HEAD.search(head) and "(" not in head.split("{")[0]:
                    stack.append("type")
                elif "(" in head and not re.search(r"=\s*$", stripped) and not stripped.startswith("="):
                    if INIT_LIST_HEAD.search(head) and re.search(r"[\w>]\s*$", head):
                        i = skip_braces(i)  # a member initializer with braces: m_a{a}
                        continue
                    first = head_start + (len(head) - len(head.lstrip()))
                    stack.append(("fn", function_name(stripped), line_of[first]))
                else:
                    stack.append("other")
            else:
                stack.append("other")
            head_start = i + 1
        elif c == "}":
            parens = 0
            if len(stack) > 1:
                top = stack.pop()
                if isinstance(top, tuple):
                    yield top[1], top[2], line_of[i]
            head_start = i + 1
        i += 1


DATA_TABLE_MARK = re.compile(r"^\s*//\s*Data table:")


def is_data_table(raw_lines, first):
    """True when the line above the signature (1-based `first`) marks a data table."""
    return first >= 2 and bool(DATA_TABLE_MARK.match(raw_lines[first - 2]))


def source_files(roots):
    for root in roots:
        if os.path.isfile(root):
            yield root
            continue
        for folder, dirs, files in os.walk(root):
            dirs.sort()
            for name in sorted(files):
                if name.endswith(SOURCE_ENDINGS):
                    yield os.path.join(folder, name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-function", type=int, default=80, help="longest function allowed (lines)")
    parser.add_argument("--max-file", type=int, default=600, help="longest file allowed (lines)")
    parser.add_argument("paths", nargs="*", default=["core", "ui", "app"])
    args = parser.parse_args()
    over = 0
    for path in source_files(args.paths):
        with open(path, encoding="utf-8", errors="replace") as f:
            raw_lines = f.read().split("\n")
        lines = len(raw_lines) - 1
        if lines > args.max_file:
            print(f"{path}: file {lines} lines")
            over += 1
        for name, first, last in functions(path):
            length = last - first + 1
            if length > args.max_function and not is_data_table(raw_lines, first):
                print(f"{path}:{first}: {name} {length} lines")
                over += 1
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
