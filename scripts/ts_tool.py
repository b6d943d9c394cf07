#!/usr/bin/env python3
"""Small helpers for Qt .ts catalogues.

  ts_tool.py stats FILE...                 messages and unfinished counts
  ts_tool.py fill-source FILE              translation = source for every message (English)
  ts_tool.py export FILE OUT.json          unfinished messages as [{context, source, plural}]
  ts_tool.py import FILE IN.json           fill translations from [{context, source, translation}]
                                           ("translation" is a list of two forms for plurals)
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def save(tree, path):
    root = tree.getroot()
    ET.indent(tree, space="    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")


def messages(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def unfinished(msg):
    tr = msg.find("translation")
    return tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete")


def cmd_stats(paths):
    for p in paths:
        _, root = load(p)
        msgs = list(messages(root))
        n_unf = sum(1 for _, m in msgs if unfinished(m))
        print(f"{p}: {len(msgs)} messages, {n_unf} unfinished")


def cmd_fill_source(path):
    tree, root = load(path)
    for _, msg in messages(root):
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        # A finished English text (a hand-written plural, a reworded source) is kept as it is.
        filled = (tr.text or "").strip() or any((f.text or "").strip() for f in tr)
        if tr.get("type") != "unfinished" and filled:
            continue
        src = msg.findtext("source")
        if msg.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for _ in range(2):
                ET.SubElement(tr, "numerusform").text = src
        else:
            tr.text = src
        tr.attrib.pop("type", None)
    save(tree, path)


def cmd_export(path, out):
    _, root = load(path)
    items = [{"context": c, "source": m.findtext("source"), "plural": m.get("numerus") == "yes"}
             for c, m in messages(root) if unfinished(m)]
    json.dump(items, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"{len(items)} unfinished messages written to {out}")


def cmd_import(path, src):
    tree, root = load(path)
    table = {(i["context"], i["source"]): i["translation"] for i in json.load(open(src, encoding="utf-8"))}
    by_source = {i["source"]: i["translation"] for i in json.load(open(src, encoding="utf-8"))}
    done = 0
    for ctx, msg in messages(root):
        if not unfinished(msg):
            continue
        key = (ctx, msg.findtext("source"))
        t = table.get(key, by_source.get(key[1]))
        if t is None:
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        for child in list(tr):
            tr.remove(child)
        if msg.get("numerus") == "yes":
            forms = t if isinstance(t, list) else [t, t]
            tr.text = None
            for f in forms[:2]:
                ET.SubElement(tr, "numerusform").text = f
        else:
            tr.text = t[0] if isinstance(t, list) else t
        tr.attrib.pop("type", None)
        done += 1
    save(tree, path)
    print(f"{done} messages translated in {path}")


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    {"stats": lambda: cmd_stats(args), "fill-source": lambda: cmd_fill_source(args[0]),
     "export": lambda: cmd_export(args[0], args[1]), "import": lambda: cmd_import(args[0], args[1])}[cmd]()
