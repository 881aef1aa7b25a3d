#!/usr/bin/env python3
"""Checks and fills the Qt Linguist .ts files of MaaS Playground.

  translations.py check TS...        exit 1 when a message is unfinished, empty or obsolete, or when a
                                     translation lost a placeholder (%1, %n), an accelerator (&), an
                                     HTML tag, leading/trailing spaces or the final punctuation
  translations.py list TS            the unfinished messages as JSON, to translate
  translations.py apply TS JSON      writes the JSON's translations (same shape as `list`, with
                                     "translation" filled: a string, or a list of plural forms) into TS
                                     and marks them finished

After `apply`, run the update target (cmake --build build --target update_translations) so lupdate
writes the file back in its own layout. ctest runs `check` on the shipped files (translations_check).
"""

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter

# Plural forms Qt uses per language (Qt's numerus rules); unknown languages need at least one.
PLURAL_FORMS = {"fr": 2, "it": 2, "de": 2, "es": 2, "pt": 2, "nl": 2, "en": 2, "ja": 1, "zh": 1,
                "pl": 3, "ru": 3, "uk": 3, "cs": 3}

PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+);")
FINAL_PUNCTUATION = "…:.?!"


def accelerators(text):
    """How many mnemonic ampersands the text holds (&& is a literal &, &nbsp; an HTML entity)."""
    text = ENTITY.sub("", text.replace("&&", ""))
    return len(re.findall(r"&(?=\S)", text))


def tags(text):
    return Counter(name.lower() for name in TAG.findall(text))


def language_of(root):
    return (root.get("language") or "").split("_")[0]


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def forms_of(translation):
    numerus = translation.findall("numerusform")
    if numerus:
        return [form.text or "" for form in numerus]
    return [translation.text or ""]


def problems_of(source, numerus, forms, plural_forms):
    found = []
    if numerus and len(forms) < plural_forms:
        found.append(f"needs {plural_forms} plural forms, has {len(forms)}")
    for form in forms:
        if not form.strip():
            found.append("empty translation")
            continue
        wanted = set(PLACEHOLDER.findall(source))
        have = set(PLACEHOLDER.findall(form))
        if numerus:
            # A plural form may spell the number out ("une minute"); every other placeholder stays.
            wanted.discard("%n")
            have.discard("%n")
        if wanted != have:
            found.append(f"placeholders {sorted(wanted)} became {sorted(have)} in {form!r}")
        if (accelerators(source) > 0) != (accelerators(form) > 0):
            found.append(f"accelerator (&) lost or added in {form!r}")
        if tags(source) != tags(form):
            found.append(f"HTML tags differ in {form!r}")
        if source[:1].isspace() != form[:1].isspace() or source[-1:].isspace() != form[-1:].isspace():
            found.append(f"leading or trailing space differs in {form!r}")
        end = source.rstrip()[-1:]
        if end and end in FINAL_PUNCTUATION and not form.rstrip().endswith(end):
            found.append(f"does not end with {end!r} like the source: {form!r}")
    return found


def check(paths):
    failed = 0
    for path in paths:
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError) as error:
            print(f"{path}: cannot read it as a .ts file: {error}")
            failed += 1
            continue
        plural_forms = PLURAL_FORMS.get(language_of(root), 1)
        count = 0
        for context, message in messages(root):
            count += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{path}: [{context}] {source!r}"
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("vanished", "obsolete"):
                print(f"{where}: obsolete entry; run the update target (it drops them)")
                failed += 1
                continue
            if kind == "unfinished" or kind == "missing":
                print(f"{where}: unfinished; translate it and remove type=\"unfinished\"")
                failed += 1
                continue
            for problem in problems_of(source, message.get("numerus") == "yes", forms_of(translation),
                                       plural_forms):
                print(f"{where}: {problem}")
                failed += 1
        print(f"{path}: {count} messages checked")
    if failed:
        print(f"{failed} problem(s); list the unfinished ones with: {sys.argv[0]} list TS")
    return 1 if failed else 0


def list_unfinished(path):
    root = ET.parse(path).getroot()
    out = []
    for context, message in messages(root):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            out.append({"context": context, "source": message.findtext("source") or "",
                        "comment": message.findtext("comment") or "",
                        "numerus": message.get("numerus") == "yes",
                        "translation": forms_of(translation) if translation is not None else ""})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


def apply(path, json_path):
    tree = ET.parse(path)
    root = tree.getroot()
    with open(json_path, encoding="utf-8") as file:
        # The comment tells apart messages with the same text in one context ("Copy" and the narrow
        # pane's "Copy").
        wanted = {(entry["context"], entry["source"], entry.get("comment", "")): entry["translation"]
                  for entry in json.load(file)}
    applied = 0
    for context, message in messages(root):
        key = (context, message.findtext("source") or "", message.findtext("comment") or "")
        if key not in wanted:
            continue
        value = wanted.pop(key)
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for form in list(translation):
            translation.remove(form)
        if message.get("numerus") == "yes":
            translation.text = None
            for text in value if isinstance(value, list) else [value]:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = value[0] if isinstance(value, list) else value
        applied += 1
    for context, source, _ in wanted:
        print(f"not in {path} (source changed?): [{context}] {source!r}", file=sys.stderr)
    ET.indent(tree, space="    ")
    with open(path, "w", encoding="utf-8") as file:
        file.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        file.write(ET.tostring(root, encoding="unicode"))
        file.write("\n")
    print(f"{path}: {applied} translations written")
    return 0


def main(argv):
    if len(argv) >= 2 and argv[0] == "check":
        return check(argv[1:])
    if len(argv) == 2 and argv[0] == "list":
        return list_unfinished(argv[1])
    if len(argv) == 3 and argv[0] == "apply":
        return apply(argv[1], argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
