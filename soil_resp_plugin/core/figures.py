"""Shared style of the report figures (training and comparison reports): sizes and fonts that
stay readable when a figure is printed at column width, 200 dpi PNGs embedded in the HTML with
a real alt text, and units written with proper superscripts (matplotlib mathtext).

Everything is drawn on matplotlib ``Figure`` objects with the Agg canvas, never pyplot:
algorithms run in a background thread.
"""
import base64
import functools
import html
import io
import re

import matplotlib

matplotlib.use("Agg")
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402

#: resolution of the embedded PNGs (journals ask for >= 200-300 dpi for line art at print size)
DPI = 200
#: font sizes in points; the smallest text (legends, tick labels) stays >= 8 pt
STYLE = {
    "font.size": 10,
    "axes.titlesize": 10.5,
    "axes.labelsize": 10,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 8.5,
    "legend.title_fontsize": 9,
    "figure.titlesize": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "lines.linewidth": 1.3,
    "savefig.dpi": DPI,
    "figure.dpi": 100,
}
SMALL = 8  # points: the smallest font any figure uses
#: words that are not an alt text
GENERIC_ALT = {"", "figure", "image", "plot", "chart", "graph", "img", "picture"}

_POWER = re.compile(r"^([A-Za-z°]+|\d*d|\d*[a-z]+)(-?\d+)$")


def styled(function):
    """Run a figure-building function with :data:`STYLE` (fonts are fixed when text is
    created, so the whole function runs inside the style)."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        with matplotlib.rc_context(STYLE):
            return function(*args, **kwargs)

    return wrapper


def unit(text):
    """A unit as mathtext with superscripts: 'g C m-2 d-1' -> 'g C m$^{-2}$ d$^{-1}$',
    '(g C m-2 d-1)2' -> '(g C m$^{-2}$ d$^{-1}$)$^{2}$', 'degC' -> '°C', 'm3 m-3' ->
    'm$^{3}$ m$^{-3}$', 'kg C m-2 8d-1' -> 'kg C m$^{-2}$ (8 d)$^{-1}$'."""
    text = str(text)
    squared = re.fullmatch(r"\((.*)\)(\d+)", text)
    if squared:
        return f"({unit(squared.group(1))})$^{{{squared.group(2)}}}$"
    words = []
    for word in text.split(" "):
        if word in ("degC", "deg_C", "Celsius"):
            words.append("°C")
            continue
        eight_day = re.fullmatch(r"(\d+)d(-?\d+)", word)
        if eight_day:
            words.append(f"({eight_day.group(1)} d)$^{{{eight_day.group(2)}}}$")
            continue
        match = re.fullmatch(r"([A-Za-z°]+)(-?\d+)", word)
        if match and match.group(1) not in ("MOD", "C"):
            words.append(f"{match.group(1)}$^{{{match.group(2)}}}$")
        else:
            words.append(word.replace("$", r"\$"))
    return " ".join(words)


def label(quantity, unit_text):
    """Axis label 'quantity [unit]' with the unit's superscripts."""
    return f"{quantity} [{unit(unit_text)}]"


def png_bytes(figure, dpi=DPI):
    """The figure as PNG bytes at ``dpi`` (stored in the file's pHYs chunk)."""
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    with matplotlib.rc_context(STYLE):
        figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", pad_inches=0.08)
    return buffer.getvalue()


def embed(figure, alt, dpi=DPI):
    """``<img>`` with the figure as a base64 PNG at ``dpi`` and ``alt`` describing it (what is
    plotted, against what, for whom). The image is shown at its print size (dpi/100 scaled)."""
    alt = " ".join(str(alt).split())
    if alt.lower().strip(" .") in GENERIC_ALT or len(alt) < 25:
        raise ValueError(f"a figure needs an alt text that describes it, not {alt!r}")
    data = png_bytes(figure, dpi)
    width = _png_width(data)
    style = f' style="width:{round(width * 100 / dpi)}px"' if width else ""
    encoded = base64.b64encode(data).decode("ascii")
    return (f'<img alt="{html.escape(alt, quote=True)}"{style} '
            f'src="data:image/png;base64,{encoded}">')


def _png_width(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return int.from_bytes(data[16:20], "big")


def png_dpi(data):
    """(x, y) dots per inch from a PNG's pHYs chunk (None when absent)."""
    position = 8
    while position + 8 <= len(data):
        length = int.from_bytes(data[position:position + 4], "big")
        kind = data[position + 4:position + 8]
        if kind == b"pHYs":
            body = data[position + 8:position + 8 + length]
            x, y, metre = (int.from_bytes(body[0:4], "big"), int.from_bytes(body[4:8], "big"),
                           body[8])
            if metre != 1:
                return None
            return x * 0.0254, y * 0.0254
        if kind == b"IEND":
            break
        position += 12 + length
    return None


def text_overlaps(figure, texts=None, margin=0.0):
    """Pairs of visible, non-empty texts of ``figure`` whose drawn boxes overlap (for tests and
    for placing labels): [(text a, text b), ...]."""
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    if texts is None:
        from matplotlib.text import Text

        texts = [t for t in figure.findobj(Text) if t.get_visible() and t.get_text().strip()
                 and t.get_figure() is figure]
    boxes = [(t, t.get_window_extent(renderer).expanded(1 + margin, 1 + margin)) for t in texts]
    pairs = []
    for i, (a, box_a) in enumerate(boxes):
        for b, box_b in boxes[i + 1:]:
            if box_a.overlaps(box_b):
                pairs.append((a.get_text(), b.get_text()))
    return pairs
