"""Mentions highlighted in the text, right to left, as HTML (for ``IPython.display.HTML``)."""
from __future__ import annotations

import html

import pandas as pd

COLORS = {"PERS": "#cfe3f5", "ORG": "#f8d9c4", "LOC": "#d4ecd8", "MISC": "#e6dcf2"}


def mentions_html(sentences: pd.DataFrame, mentions: pd.DataFrame, *,
                  article_id: str | None = None) -> str:
    """One ``<div dir="rtl">`` per article: paragraphs in reading order, each mention wrapped in a
    ``<mark>`` coloured by type, with its type and canonical name in the tooltip and a small label."""
    parts = ['<div dir="rtl" lang="ar" style="font-family: \'Noto Naskh Arabic\', \'Amiri\', '
             'serif; font-size: 1.1em; line-height: 2.1; text-align: right">']
    legend = " ".join(f'<mark style="background:{c};padding:0 4px;border-radius:3px">{t}</mark>'
                      for t, c in COLORS.items())
    parts.append(f'<p style="font-size:0.8em">{legend}</p>')
    if article_id is not None:
        sentences = sentences[sentences["article_id"] == article_id]
    by_sentence: dict[tuple, list] = {}
    for row in mentions.itertuples(index=False):
        key = (row.article_id, int(row.paragraph_id), int(row.sentence_id))
        by_sentence.setdefault(key, []).append(row)
    ordered = sentences.sort_values(["article_id", "paragraph_id", "sentence_id"], kind="stable")
    current = None
    for row in ordered.itertuples(index=False):
        para = (row.article_id, int(row.paragraph_id))
        if para != current:
            if current is not None:
                parts.append("</p>")
            tag = "h3" if getattr(row, "kind", "body") == "title" else "p"
            parts.append("<p>" if tag == "p" else '<p style="font-weight:bold;font-size:1.2em">')
            current = para
        text = str(row.text)
        marks = sorted(by_sentence.get((row.article_id, int(row.paragraph_id), int(row.sentence_id)), []),
                       key=lambda m: (int(m.char_start), -int(m.char_end)))
        pos = 0
        for m in marks:
            start, end = int(m.char_start), int(m.char_end)
            if start < pos:
                continue  # overlapping mention: keep the first
            parts.append(html.escape(text[pos:start]))
            color = COLORS.get(m.type, "#eeeeee")
            title = html.escape(f"{m.type}: {m.canonical}", quote=True)
            parts.append(f'<mark title="{title}" style="background:{color};padding:0 2px;'
                         f'border-radius:3px">{html.escape(text[start:end])}'
                         f'<sub style="font-size:0.6em;color:#555"> {m.type}</sub></mark>')
            pos = end
        parts.append(html.escape(text[pos:]) + " ")
    if current is not None:
        parts.append("</p>")
    parts.append("</div>")
    return "".join(parts)
