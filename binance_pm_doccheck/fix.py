"""``--fix``: make the spec agree with the doc pages wherever that is mechanical.

The checker finds the differences (``compare_pages``, on the very document being edited);
``edits`` applies each one that can be applied to the spec, loaded in a round trip that
keeps its comments, key order and quoting (``roundtrip``). Then the edited spec is read
back the way every tool reads it and compared with the pages again: what still differs
is what needs a person, and the spec is written only when it changed. A second run
therefore changes nothing.

Left to a person: a field that looks renamed or moved, a changed method, path, host or
field type, an enum value missing from a comment, a weight text that cannot be read, a
page that cannot be drafted, and a difference the Chinese half does not confirm.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from binance_pm_spec import SpecError, iter_operations, load_document, read_facts

from . import roundtrip
from .checker import UnreadablePages, compare_pages, read_pages
from .docpage import DocPage, PageError
from .edits import Editor, Outcome

__all__ = ["Outcome", "update_spec"]


def _check_pages(pages: list[DocPage]) -> None:
    """Pages ``--fix`` cannot work from at all: empty, or without the HTTP request."""
    errors: list[PageError] = []
    for page in pages:
        if not page.path.read_text(encoding="utf-8").strip():
            errors.append(PageError(page.path, "an empty file, not a doc page"))
        elif page.en.method is None or page.en.path is None:
            problem = dict(page.en.problems).get("method", "no method and path")
            errors.append(
                PageError(page.path, f"its English half has {problem}" if problem.startswith("no ") else problem)
            )
    if errors:
        raise UnreadablePages(errors)


def update_spec(docs: Path, spec: Path) -> Outcome:
    """Applies to ``spec`` every mechanical change the pages in ``docs`` call for.

    Raises ``UnreadablePages`` (a file is no page, is empty or lacks its HTTP request) and
    ``SpecError`` (the spec cannot be read) before anything is changed."""
    pages = read_pages(docs)
    _check_pages(pages)
    # The reader every tool uses must accept the spec first. It is also much faster than
    # the round trip (0.2 s against 4 s to load the spec here), which is loaded only when
    # there is a difference to look at.
    found = [report for result in compare_pages(pages, load_document(spec)) for report in result.reports]
    if not found:
        return Outcome()
    text = spec.read_text(encoding="utf-8")
    document = roundtrip.load(text, str(spec))
    editor = Editor(document)
    for result in compare_pages(pages, document):
        editor.page(result)
    editor.apply_located()
    outcome = editor.outcome
    if not outcome.applied and not outcome.copies:
        outcome.needs_person = found
        return outcome
    new_text = roundtrip.dump(document)
    # Read back the way every tool reads the spec, and compared again, before it is written.
    with tempfile.TemporaryDirectory(prefix="update-spec-") as scratch:
        written = Path(scratch) / spec.name
        written.write_text(new_text, encoding="utf-8")
        edited = load_document(written)
    read_facts(edited)
    operation_ids = [op.get("operationId") for _, _, op, _ in iter_operations(edited)]
    if len(set(operation_ids)) != len(operation_ids):
        raise SpecError("the edited spec would have two operations with one operationId")
    outcome.needs_person = [report for result in compare_pages(pages, edited) for report in result.reports]
    if new_text != text:
        spec.write_text(new_text, encoding="utf-8")
        outcome.changed = True
    return outcome
