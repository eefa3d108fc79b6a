"""Render a numpydoc docstring as Markdown with LaTeX, for notebook text cells."""

import inspect
import re

SECTION = re.compile(r"^(\w[\w ]*)\n-{3,}\s*$", re.M)


def _math_blocks(text):
    """``.. math:: formula`` (on one or more indented lines) -> ``$$formula$$``."""
    out, lines, index = [], text.splitlines(), 0
    while index < len(lines):
        line = lines[index]
        match = re.match(r"^(\s*)\.\. math::\s*(.*)$", line)
        if not match:
            out.append(line)
            index += 1
            continue
        formula = [match.group(2)] if match.group(2) else []
        index += 1
        while index < len(lines) and (not lines[index].strip() or lines[index].startswith(match.group(1) + " ")):
            if lines[index].strip():
                formula.append(lines[index].strip())
            index += 1
        out.append(f"$$ {' '.join(formula)} $$\n")
    return "\n".join(out)


def docstring_markdown(docstring):
    """Markdown for a docstring: math as ``$$…$$``, sections as bold headings, examples as code."""
    text = inspect.cleandoc(docstring or "")
    text = _math_blocks(text).replace("\\\\", "\\")
    text = re.sub(r":math:`([^`]*)`", r"$\1$", text)
    text = re.sub(r"``([^`]*)``", r"`\1`", text)
    text = re.sub(r":(?:func|class|meth|mod):`~?([^`]*)`", r"`\1`", text)
    parts = SECTION.split(text)
    markdown = [parts[0].strip()]
    for title, body in zip(parts[1::2], parts[2::2]):
        body = body.strip("\n")
        if title.strip() == "Examples":
            body = "```python\n" + body + "\n```"
        elif title.strip() in ("Parameters", "Returns", "Raises", "Yields"):
            body = re.sub(r"^(\S[^\n]*)$", r"- **\1**", body, flags=re.M)
            body = re.sub(r"^\s{2,}(\S)", r"  \1", body, flags=re.M)
        markdown.append(f"**{title.strip()}**\n\n{body}")
    return "\n\n".join(markdown)
