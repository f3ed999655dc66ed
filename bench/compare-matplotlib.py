"""Draws the casualty chart with matplotlib from the points our brief pack lists, as our export draws it:
each report a span over the period it counts at its rate per 30 days, a marker and a label at its middle,
title, subtitle, legend and numbered sources below; 1920x1080 at 2x (3840x2160 pixels).

Usage: python3 compare-matplotlib.py POINTS_CSV OUTPUT_PNG   (run by bench/compare-matplotlib.sh)
"""
import csv
import datetime
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402


def main(points_path, output_path):
    with open(points_path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))[1:]  # the first row under the header holds the HXL hashtags
    sources = []
    series = {}
    for row in rows:
        if row["source"] not in sources:
            sources.append(row["source"])
        series.setdefault(row["series"], []).append(row)

    fig = plt.figure(figsize=(19.2, 10.8), dpi=100)
    ax = fig.add_axes([0.05, 0.2, 0.92, 0.66])
    for name, points in series.items():
        colour = None
        for row in points:
            start = datetime.date.fromisoformat(row["date_start"])
            end = datetime.date.fromisoformat(row["date_end"])
            value = float(row["plotted_value"])
            middle = start + (end - start) / 2
            line = ax.plot([start, end], [value, value], linewidth=3, color=colour,
                           label=name if colour is None else None)[0]
            colour = line.get_color()
            ax.plot([middle], [value], "o", color=colour)
            number = sources.index(row["source"]) + 1
            ax.annotate(f"{value:,.1f} [{number}]", (middle, value), xytext=(6, 4),
                        textcoords="offset points", color=colour)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    ax.set_ylabel("Reported per 30 days")
    ax.set_ylim(bottom=0)
    ax.grid(True, color="#e6e6e6")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.06), ncol=len(series), frameon=False)
    fig.text(0.05, 0.95, "Casualty trends in Haiti", fontsize=28, weight="bold")
    fig.text(0.05, 0.91, "Each report as a rate per 30 days over the period it counts", fontsize=16, color="#555")
    fig.text(0.05, 0.03, "Sources: " + "   ".join(f"{i + 1}. {s}" for i, s in enumerate(sources)),
             fontsize=11, wrap=True)
    fig.savefig(output_path, dpi=200)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
