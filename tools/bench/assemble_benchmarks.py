#!/usr/bin/env python3
"""Rebuilds docs/benchmarks.md from the per-area pages in docs/benchmarks/ (run from the repository root).

Each page's headings move down one level (outside code blocks) under the common header below; edit the pages,
not docs/benchmarks.md.
"""
import pathlib

HEADER = """# Benchmarks

Every figure below was measured on the project's development machine: 2 cores (AMD EPYC), 23 GiB of memory, .NET 10.0.401, Release builds. Other builds were running on the same machine during some runs; each area's page gives the exact command to reproduce its figures. The per-area pages in [benchmarks/](benchmarks/) hold the full tables.

"""
PAGES = ["0-targets", "fhir", "guidance", "pk", "statistics", "storage"]


def demoted(text: str) -> str:
    lines, fenced = [], False
    for line in text.split("\n"):
        if line.startswith("```"):
            fenced = not fenced
        lines.append("#" + line if not fenced and line.startswith("#") else line)
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    docs = pathlib.Path("docs")
    parts = [demoted((docs / "benchmarks" / f"{page}.md").read_text(encoding="utf-8")) for page in PAGES]
    (docs / "benchmarks.md").write_text(HEADER + "\n".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
