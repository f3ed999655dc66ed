# Draws the casualty chart with gnuplot (pngcairo, 3840x2160) from the points our brief pack lists, as our export
# draws it: each report a span over the period it counts at its rate per 30 days, a marker and a label at its
# middle, title, subtitle, legend and numbered sources below.
# Usage: gnuplot -e "points='POINTS_TSV'; output='OUTPUT_PNG'" compare-gnuplot.gp   (run by bench/compare-peers.sh)
# POINTS_TSV: series number, series, start, end, plotted value, source number, source; tab-separated, because
# gnuplot's CSV reading splits quoted fields at their commas.
set datafile separator "\t"

# The series' names in order of appearance, and the footer's numbered sources.
names = "|"
footer = "Sources:"
addName(list, s) = strstrt(list, "|" . s . "|") ? list : list . s . "|"
addSource(text, n, s) = strstrt(text, sprintf("  %d. ", n)) ? text : text . sprintf("  %d. %s", n, s)
stats points using (names = addName(names, strcol(2)), footer = addSource(footer, column(6), strcol(7)), 0) nooutput
rest(list) = list[strstrt(list[2:], "|") + 1:]
nth(list, i) = i <= 1 ? list[2:strstrt(list[2:], "|")] : nth(rest(list), i - 1)
countNames(list) = strlen(list) <= 1 ? 0 : 1 + countNames(rest(list))
count = countNames(names)

set terminal pngcairo size 3840,2160 font "DejaVu Sans,28" linewidth 2
set output output
set xdata time
set timefmt "%Y-%m-%d"
set format x "%b %Y"
set ylabel "Reported per 30 days"
set yrange [0:*]
set grid lc rgb "#e6e6e6"
set border lc rgb "#555555"
set key at screen 0.5, 0.13 center horizontal noautotitle
set lmargin at screen 0.06
set rmargin at screen 0.97
set tmargin at screen 0.84
set bmargin at screen 0.24
set label 1 "Casualty trends in Haiti" at screen 0.05, 0.95 font ",52"
set label 2 "Each report as a rate per 30 days over the period it counts" at screen 0.05, 0.905 font ",34" \
    tc rgb "#555555"
set label 3 footer at screen 0.05, 0.035 font ",24"
middle(a, b) = a + (b - a) / 2
plot for [i=1:count] points using (column(1) == i ? timecolumn(3) : NaN):5:(timecolumn(4) - timecolumn(3)):(0) \
        with vectors nohead lw 3 lc i title nth(names, i), \
     for [i=1:count] points using (column(1) == i ? middle(timecolumn(3), timecolumn(4)) : NaN):5 \
        with points pt 7 ps 2 lc i notitle, \
     for [i=1:count] points \
        using (column(1) == i ? middle(timecolumn(3), timecolumn(4)) : NaN):5:(sprintf("%.1f [%d]", column(5), column(6))) \
        with labels left offset 1, 0.6 tc lt i notitle
