#include "testsupport.h"

#include <crisis/core/analysis/calendaraxis.h>
#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/analysis/labellayout.h>

#include <gtest/gtest.h>

#include <cmath>

using namespace crisis::core;

namespace {

const Workspace& bundled()
{
    return *crisis::test::bundledWorkspace();
}

bool overlaps(const QRectF& a, const QRectF& b)
{
    return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom();
}

// A page as the exporter lays it out: pages larger than Full HD are laid out at Full HD's proportions, text in
// pixels relative to the page's height; the plot inside axes' labels on the left and below, the legend below them.
struct Page
{
    QRectF page;
    QRectF plot;
    QList<QRectF> axisLabels;
    QRectF legend;
    double textHeight = 0;
    double charWidth = 0;
};

Page pageOf(QSize size)
{
    const double magnified = std::max(1.0, std::min(size.width() / 1920.0, size.height() / 1080.0));
    const double width = std::floor(size.width() / magnified);
    const double height = std::floor(size.height() / magnified);
    const double base = std::clamp(height / 48.0, 9.0, 60.0);
    Page p;
    p.page = QRectF(0, 0, width, height);
    p.textHeight = std::ceil(base * 0.7 * 0.85 * 1.2);
    p.charWidth = base * 0.7 * 0.85 * 0.62; // DejaVu Sans is about this wide on average, a little generous
    const double margin = std::max(12.0, std::min(width, height) * 0.03);
    const double top = margin + base * 4; // title, subtitle, dates shown
    const double footer = height / 6;
    p.legend = QRectF(margin, height - footer - p.textHeight * 2, width - 2 * margin, p.textHeight * 1.5);
    p.plot = QRectF(QPointF(margin + p.charWidth * 8, top), QPointF(width - margin, p.legend.top() - p.textHeight * 3));
    for (int i = 0; i <= 5; ++i) {
        const double y = p.plot.bottom() - i * p.plot.height() / 5;
        p.axisLabels.append(QRectF(margin, y - p.textHeight / 2, p.charWidth * 7, p.textHeight));
    }
    for (int i = 0; i <= 6; ++i) {
        const double x = p.plot.left() + i * p.plot.width() / 6;
        p.axisLabels.append(QRectF(x - p.charWidth * 4, p.plot.bottom() + 4, p.charWidth * 8, p.textHeight));
    }
    return p;
}

ChartLabelGeometry geometryOf(const ChartSpec& spec, const Page& page)
{
    ChartLabelGeometry g;
    g.plot = page.plot;
    double x0 = -0.6;
    double x1 = static_cast<double>(spec.categories.size()) - 0.4;
    if (spec.categories.isEmpty()) {
        const CalendarAxis axis = calendarAxis(spec.from, spec.to, 10);
        x0 = static_cast<double>(axis.from.toJulianDay());
        x1 = static_cast<double>(axis.to.toJulianDay() + 1);
    }
    const double yMax = spec.yMax > 0 ? spec.yMax : 1;
    const QRectF plot = page.plot;
    g.map = [=](double x, double value) {
        return QPointF(plot.left() + (x - x0) / (x1 - x0) * plot.width(), plot.bottom() - value / yMax * plot.height());
    };
    const double charWidth = page.charWidth;
    const double textHeight = page.textHeight;
    g.measure = [=](const QString& text) { return QSizeF(charWidth * static_cast<double>(text.size()), textHeight); };
    return g;
}

// What every layout must hold to: no box over another, over an obstacle it does not own, over the axes' labels
// or the legend, or outside the plot; each leader from its box to its own mark; every label placed or listed.
void expectReadable(const ChartLabels& labels, const Page& page, const QString& what)
{
    const LabelLayout& layout = labels.layout;
    ASSERT_EQ(layout.labels.size(), labels.requests.size()) << qPrintable(what);
    QList<qsizetype> drawn;
    for (qsizetype i = 0; i < layout.labels.size(); ++i) {
        const PlacedLabel& placed = layout.labels.at(i);
        const LabelRequest& request = labels.requests.at(i);
        if (placed.state == PlacedLabel::State::Noted) {
            EXPECT_GE(placed.note, 1) << qPrintable(what);
            EXPECT_EQ(layout.noted.value(placed.note - 1, -1), i) << qPrintable(what) << ": listed under its number";
        } else {
            EXPECT_EQ(placed.box.size(), request.size) << qPrintable(what) << ": drawn whole, not cut";
        }
        if (placed.box.isEmpty())
            continue;
        drawn.append(i);
        EXPECT_TRUE(page.plot.contains(placed.box)) << qPrintable(what) << ": " << qPrintable(labels.labels.at(i).text);
        EXPECT_TRUE(page.page.contains(placed.box)) << qPrintable(what);
        for (const QRectF& axisLabel : page.axisLabels)
            EXPECT_FALSE(overlaps(placed.box, axisLabel)) << qPrintable(what) << ": over an axis label";
        EXPECT_FALSE(overlaps(placed.box, page.legend)) << qPrintable(what) << ": over the legend";
        for (const LabelObstacle& obstacle : labels.obstacles) {
            if ((obstacle.owner >= 0 && (obstacle.owner == request.owner || obstacle.owner == request.parentOwner))
                || (obstacle.series >= 0 && obstacle.series == request.series))
                continue;
            EXPECT_FALSE(overlaps(placed.box, obstacle.box))
                << qPrintable(what) << ": \"" << qPrintable(labels.labels.at(i).text) << "\" over another mark";
        }
        if (placed.state == PlacedLabel::State::Leader) {
            EXPECT_EQ(placed.leaderTo, request.anchor.center()) << qPrintable(what) << ": leader ends at its own mark";
            const QRectF box = placed.box.adjusted(-0.01, -0.01, 0.01, 0.01);
            EXPECT_TRUE(box.contains(placed.leaderFrom)) << qPrintable(what) << ": leader starts at its label";
        }
    }
    for (qsizetype a = 0; a < drawn.size(); ++a) {
        for (qsizetype b = a + 1; b < drawn.size(); ++b) {
            EXPECT_FALSE(overlaps(layout.labels.at(drawn.at(a)).box, layout.labels.at(drawn.at(b)).box))
                << qPrintable(what) << ": \"" << qPrintable(labels.labels.at(drawn.at(a)).text) << "\" over \""
                << qPrintable(labels.labels.at(drawn.at(b)).text) << '"';
        }
    }
    EXPECT_EQ(layout.labels.size(),
        std::count_if(layout.labels.cbegin(), layout.labels.cend(),
            [](const PlacedLabel& p) { return p.state != PlacedLabel::State::Noted || p.note > 0; }))
        << qPrintable(what) << ": every label placed or listed";
}

QList<QSize> presetSizes()
{
    return { { 1280, 720 }, { 1920, 1080 }, { 3840, 2160 }, { 1123, 794 } };
}

} // namespace

TEST(LabelLayout, EveryChartAtEveryPresetSizeReadsCleanly)
{
    for (const ChartKind kind : allCharts()) {
        const ChartSpec spec = buildChart(bundled(), kind);
        ASSERT_FALSE(spec.isEmpty());
        for (const QSize size : presetSizes()) {
            const Page page = pageOf(size);
            const ChartLabels labels = layoutChartLabels(spec, geometryOf(spec, page));
            const QString what
                = QStringLiteral("%1 at %2x%3")
                      .arg(chartKey(kind), QString::number(size.width()), QString::number(size.height()));
            EXPECT_FALSE(labels.labels.isEmpty()) << qPrintable(what);
            expectReadable(labels, page, what);
            // At slide sizes the bundled charts need no notes: every value stands beside its mark or at a leader.
            EXPECT_TRUE(labels.layout.noted.isEmpty())
                << qPrintable(what) << ": " << labels.layout.noted.size() << " labels listed below the chart";
        }
    }
}

TEST(LabelLayout, LabelsKeepClearOfTheEventLabels)
{
    const ChartSpec spec = buildChart(bundled(), ChartKind::Deployment);
    const Page page = pageOf({ 1280, 720 });
    ChartLabelGeometry g = geometryOf(spec, page);
    const QRectF events(page.plot.left(), page.plot.top(), page.plot.width(), page.textHeight * 3);
    g.obstacles.append({ events, -1, -1 });
    const ChartLabels labels = layoutChartLabels(spec, g);
    expectReadable(labels, page, QStringLiteral("deployment with event labels"));
    for (const PlacedLabel& placed : labels.layout.labels)
        EXPECT_FALSE(overlaps(placed.box, events));
}

TEST(LabelLayout, ConflictsAndTheLatestValueComeFirst)
{
    const ChartSpec spec = buildChart(bundled(), ChartKind::Deployment);
    const ChartLabels labels = layoutChartLabels(spec, geometryOf(spec, pageOf({ 1280, 720 })));
    bool sawConflict = false;
    for (qsizetype i = 0; i < labels.labels.size(); ++i) {
        const ChartLabel& label = labels.labels.at(i);
        if (!label.conflicting)
            continue;
        sawConflict = true;
        EXPECT_TRUE(label.text.contains(QStringLiteral("conflicting report")));
        for (qsizetype j = 0; j < labels.labels.size(); ++j) {
            if (!labels.labels.at(j).conflicting) {
                EXPECT_GT(labels.requests.at(i).priority, labels.requests.at(j).priority);
            }
        }
        EXPECT_NE(labels.layout.labels.at(i).state, PlacedLabel::State::Noted) << qPrintable(label.text);
    }
    EXPECT_TRUE(sawConflict) << "the bundled deployment chart has conflicting reports";
}

TEST(LabelLayout, EachLabelStandsBesideItsOwnMark)
{
    // A label beside a mark touches that mark's box and no other mark's: "more than 700" (Kenya) is not read
    // as the MSS's.
    const ChartSpec spec = buildChart(bundled(), ChartKind::Deployment);
    const Page page = pageOf({ 1920, 1080 });
    const ChartLabels labels = layoutChartLabels(spec, geometryOf(spec, page));
    for (qsizetype i = 0; i < labels.labels.size(); ++i) {
        const PlacedLabel& placed = labels.layout.labels.at(i);
        if (placed.state != PlacedLabel::State::Beside)
            continue;
        const QRectF own = labels.requests.at(i).anchor;
        const QRectF reach = placed.box.adjusted(-4, -4, 4, 4);
        EXPECT_TRUE(reach.intersects(own)) << qPrintable(labels.labels.at(i).text);
    }
}

TEST(LabelLayout, ShortfallIsLabelledAsComputed)
{
    const ChartSpec spec = buildChart(bundled(), ChartKind::Deployment);
    ASSERT_FALSE(spec.shortfalls.isEmpty());
    const ChartLabels labels = layoutChartLabels(spec, geometryOf(spec, pageOf({ 1920, 1080 })));
    const auto it = std::find_if(labels.labels.cbegin(), labels.labels.cend(),
        [](const ChartLabel& l) { return l.kind == ChartLabel::Kind::Shortfall; });
    ASSERT_NE(it, labels.labels.cend());
    EXPECT_TRUE(it->computed);
}

TEST(LabelLayout, FortyLabelsOnOneDateOverlapNothingAndLoseNothing)
{
    // Forty reports on one day, long titles, in conflicting pairs: what does not fit beside or at a leader is
    // numbered at its mark and listed, never dropped.
    ChartSpec spec;
    spec.kind = ChartKind::Deployment;
    spec.from = QDate(2024, 1, 1);
    spec.to = QDate(2024, 12, 31);
    spec.yMax = 2100;
    for (int i = 0; i < 40; ++i) {
        ChartSeries series;
        series.name = QStringLiteral("A subject with a very long name indeed, number %1").arg(i);
        series.style = ChartSeries::Style::Step;
        series.colorIndex = i;
        ChartMark mark;
        mark.from = QDate(2024, 6, 15);
        mark.to = mark.from;
        mark.value = 1000 + (i / 2) * 50 + (i % 2) * 10; // pairs that nearly agree and are flagged as conflicting
        mark.conflicting = i % 4 < 2;
        mark.footnotes = { i + 1 };
        mark.label = QStringLiteral("about %1 personnel according to the report of a long-named outlet")
                         .arg(static_cast<int>(mark.value));
        series.marks.append(mark);
        spec.series.append(series);
    }
    for (const QSize size : presetSizes()) {
        const Page page = pageOf(size);
        const ChartLabels labels = layoutChartLabels(spec, geometryOf(spec, page));
        const QString what
            = QStringLiteral("stress at %1x%2").arg(QString::number(size.width()), QString::number(size.height()));
        ASSERT_EQ(labels.labels.size(), 40);
        expectReadable(labels, page, what);
        qsizetype placed = 0;
        for (const PlacedLabel& label : labels.layout.labels)
            placed += label.state != PlacedLabel::State::Noted ? 1 : 0;
        EXPECT_EQ(placed + labels.layout.noted.size(), 40) << qPrintable(what);
        EXPECT_GT(placed, 0) << qPrintable(what);
        // Conflicting reports are placed first: the most important label of all is placed, and so is a conflict.
        qsizetype first = 0;
        for (qsizetype i = 1; i < 40; ++i) {
            if (labels.requests.at(i).priority > labels.requests.at(first).priority)
                first = i;
        }
        EXPECT_TRUE(labels.labels.at(first).conflicting);
        EXPECT_NE(labels.layout.labels.at(first).state, PlacedLabel::State::Noted) << qPrintable(what);
    }
}

TEST(LabelLayout, ANoteIsNumberedInTheChartsOrder)
{
    // Two marks with room for neither label: both noted, numbered left to right.
    const QRectF bounds(0, 0, 100, 40);
    QList<LabelRequest> requests(2);
    requests[0].anchor = QRectF(70, 15, 10, 10);
    requests[1].anchor = QRectF(20, 15, 10, 10);
    for (LabelRequest& r : requests) {
        r.size = QSizeF(300, 12);
        r.noteSize = QSizeF(16, 12);
    }
    const LabelLayout layout = layoutLabels(bounds, requests, {});
    ASSERT_EQ(layout.noted.size(), 2);
    EXPECT_EQ(layout.noted.at(0), 1);
    EXPECT_EQ(layout.labels.at(1).note, 1);
    EXPECT_EQ(layout.labels.at(0).note, 2);
    EXPECT_FALSE(layout.labels.at(0).box.isEmpty()) << "the number finds room at its mark";
    EXPECT_FALSE(overlaps(layout.labels.at(0).box, layout.labels.at(1).box));
}

TEST(LabelLayout, ALeaderWhenTheSideIsTaken)
{
    const QRectF bounds(0, 0, 400, 300);
    QList<LabelRequest> requests(1);
    requests[0].anchor = QRectF(195, 145, 10, 10);
    requests[0].size = QSizeF(60, 12);
    // Everything beside the mark is taken by other marks.
    const QList<LabelObstacle> obstacles { { QRectF(130, 110, 140, 80), -1, -1 } };
    const LabelLayout layout = layoutLabels(bounds, requests, obstacles);
    ASSERT_EQ(layout.labels.at(0).state, PlacedLabel::State::Leader);
    EXPECT_EQ(layout.labels.at(0).leaderTo, QPointF(200, 150));
    EXPECT_FALSE(overlaps(layout.labels.at(0).box, obstacles.at(0).box));
}

TEST(CalendarAxis, TicksFallOnCalendarBoundariesAndTheRangeIsWholeUnits)
{
    // Sep 2023 to Dec 2025: quarters are too many for eight ticks, so every second quarter, on Jan and Jul.
    const CalendarAxis axis = calendarAxis(QDate(2023, 9, 27), QDate(2025, 12, 31), 8);
    EXPECT_EQ(axis.unit, CalendarAxis::Unit::Quarter);
    EXPECT_EQ(axis.from.day(), 1);
    EXPECT_EQ((axis.from.month() - 1) % 3, 0);
    EXPECT_EQ(axis.to.addDays(1).day(), 1) << "the axis ends on the last day of a quarter";
    ASSERT_FALSE(axis.ticks.isEmpty());
    EXPECT_LE(axis.ticks.size(), 8);
    for (const CalendarAxis::Tick& tick : axis.ticks) {
        EXPECT_EQ(tick.date.day(), 1);
        EXPECT_TRUE(tick.date.month() == 1 || tick.date.month() == 7) << qPrintable(tick.label);
        EXPECT_GE(tick.date, axis.from);
    }
    EXPECT_EQ(datesShown(axis),
        formatDate(PartialDate::fromParts(axis.from.year(), axis.from.month())) + u" \u2013 "
            + formatDate(PartialDate::fromParts(axis.to.year(), axis.to.month())));
    // Ten years: whole years; three months: months.
    EXPECT_EQ(calendarAxis(QDate(2016, 6, 7), QDate(2025, 10, 1), 12).unit, CalendarAxis::Unit::Year);
    EXPECT_EQ(calendarAxis(QDate(2016, 6, 7), QDate(2025, 10, 1), 12).from, QDate(2016, 1, 1));
    EXPECT_EQ(datesShown(calendarAxis(QDate(2016, 6, 7), QDate(2025, 10, 1), 12)), u"2016 \u2013 2025");
    const CalendarAxis months = calendarAxis(QDate(2024, 7, 1), QDate(2024, 8, 31), 12);
    EXPECT_EQ(months.unit, CalendarAxis::Unit::Month);
    // A range of whole months asked for is shown as it is.
    EXPECT_EQ(months.ticks.first().label, u"Jul 2024");
    EXPECT_EQ(months.from, QDate(2024, 7, 1));
    EXPECT_EQ(months.to, QDate(2024, 8, 31));
}

TEST(LabelLayout, ALevelHeldIntoTheRangeIsLabelledWhereItEnters)
{
    // July and August 2024: no report inside, but Kenya's 2023 pledge holds through; its label says so.
    ChartOptions options;
    options.from = QDate(2024, 7, 1);
    options.to = QDate(2024, 8, 31);
    const ChartSpec spec = buildChart(bundled(), ChartKind::Deployment, options);
    const Page page = pageOf({ 1280, 720 });
    const ChartLabels labels = layoutChartLabels(spec, geometryOf(spec, page));
    expectReadable(labels, page, QStringLiteral("deployment Jul-Aug 2024"));
    const auto held = std::find_if(labels.labels.cbegin(), labels.labels.cend(),
        [](const ChartLabel& l) { return l.text.contains(QStringLiteral("held")); });
    ASSERT_NE(held, labels.labels.cend());
    EXPECT_TRUE(held->text.startsWith(QStringLiteral("1,000"))) << qPrintable(held->text);
    EXPECT_TRUE(held->text.contains(QStringLiteral("reported c. Sep 2023, held"))) << qPrintable(held->text);
}

namespace {

// The captions of a chart's events as the chart draws them: at the middle of the part of each band the plot
// shows, whole, the footnote number bound to the last word.
QList<CaptionRequest> captionsOf(const ChartSpec& spec, const ChartLabelGeometry& g)
{
    QList<CaptionRequest> captions;
    for (const ChartMarker& marker : spec.markers) {
        const double x0 = std::max(g.plot.left(), g.map(static_cast<double>(marker.from.toJulianDay()), 0).x());
        const double x1
            = std::min(g.plot.right(), g.map(static_cast<double>(marker.to.addDays(1).toJulianDay()), 0).x());
        if (x1 >= x0)
            captions.append({ (x0 + x1) / 2, marker.label + u'\u00a0' + superscriptNumbers({ marker.footnote }) });
    }
    return captions;
}

CaptionGeometry captionGeometryOf(const Page& page)
{
    CaptionGeometry g;
    g.plot = page.plot;
    const double charWidth = page.charWidth;
    g.width = [charWidth](const QString& text) { return charWidth * static_cast<double>(text.size()); };
    g.lineHeight = page.textHeight + 1;
    g.maxWidth = std::max(160.0, std::min(320.0, page.plot.width() / 3));
    return g;
}

// Every caption whole (its lines are its words, in order), inside the plot, none over another.
void expectWholeCaptions(
    const QList<CaptionRequest>& captions, const QList<PlacedCaption>& placed, const QRectF& plot, const QString& what)
{
    ASSERT_EQ(placed.size(), captions.size()) << qPrintable(what);
    for (qsizetype i = 0; i < placed.size(); ++i) {
        const PlacedCaption& caption = placed.at(i);
        EXPECT_EQ(caption.lines.join(u' '), captions.at(i).text) << qPrintable(what) << ": cut";
        if (caption.box.isEmpty())
            continue;
        EXPECT_TRUE(plot.contains(caption.box)) << qPrintable(what) << ": " << qPrintable(captions.at(i).text);
        for (qsizetype j = i + 1; j < placed.size(); ++j) {
            EXPECT_FALSE(overlaps(caption.box, placed.at(j).box))
                << qPrintable(what) << ": \"" << qPrintable(captions.at(i).text) << "\" over \""
                << qPrintable(captions.at(j).text) << '"';
        }
    }
}

} // namespace

TEST(EventCaptions, EveryChartAtEveryPresetSizeShowsItsEventsWhole)
{
    qsizetype seen = 0;
    qsizetype placedCount = 0;
    for (const ChartKind kind : allCharts()) {
        const ChartSpec spec = buildChart(bundled(), kind);
        for (const QSize size : presetSizes()) {
            const Page page = pageOf(size);
            const ChartLabelGeometry chartGeometry = geometryOf(spec, page);
            const QList<CaptionRequest> captions = captionsOf(spec, chartGeometry);
            CaptionGeometry g = captionGeometryOf(page);
            g.marks = chartMarkAreas(spec, chartGeometry);
            const QList<PlacedCaption> placed = layoutEventCaptions(captions, g);
            const QString what
                = QStringLiteral("%1 at %2x%3")
                      .arg(chartKey(kind), QString::number(size.width()), QString::number(size.height()));
            expectWholeCaptions(captions, placed, page.plot, what);
            for (qsizetype i = 0; i < placed.size(); ++i) {
                if (placed.at(i).box.isEmpty())
                    continue; // listed below the chart
                for (const QRectF& area : std::as_const(g.marks)) {
                    EXPECT_FALSE(overlaps(placed.at(i).box, area))
                        << qPrintable(what) << ": \"" << qPrintable(captions.at(i).text)
                        << "\" over a mark, span, bar or line";
                }
                // Beside its own band: the box starts at the band's middle, or is moved left only to stay inside.
                EXPECT_TRUE(qFuzzyCompare(placed.at(i).box.left(), captions.at(i).x + 3)
                    || qFuzzyCompare(placed.at(i).box.right(), page.plot.right()))
                    << qPrintable(what);
                EXPECT_LE(placed.at(i).box.width(), g.maxWidth + 1) << qPrintable(what);
            }
            seen += captions.size();
            placedCount += std::count_if(
                placed.cbegin(), placed.cend(), [](const PlacedCaption& c) { return !c.box.isEmpty(); });
        }
    }
    EXPECT_GT(seen, 20); // the bundled charts do carry events
    EXPECT_GT(placedCount, seen * 3 / 4) << "most events are captioned on the chart, not listed below it";
}

TEST(EventCaptions, AMarksAreaIsWhatItCoversAsDrawn)
{
    // A casualty report's span covers its whole period, a bar its height: captions keep off all of it.
    const ChartSpec spec = buildChart(bundled(), ChartKind::Casualties);
    const Page page = pageOf({ 1920, 1080 });
    const QList<QRectF> areas = chartMarkAreas(spec, geometryOf(spec, page));
    const auto widest = std::max_element(
        areas.cbegin(), areas.cend(), [](const QRectF& a, const QRectF& b) { return a.width() < b.width(); });
    ASSERT_NE(widest, areas.cend());
    EXPECT_GT(widest->width(), page.plot.width() / 4) << "a span over months, not a dot";
    const ChartSpec funding = buildChart(bundled(), ChartKind::Funding);
    const QList<QRectF> bars = chartMarkAreas(funding, geometryOf(funding, page));
    EXPECT_TRUE(std::any_of(bars.cbegin(), bars.cend(), [&](const QRectF& bar) {
        return bar.height() > page.plot.height() / 2 && std::abs(bar.bottom() - page.plot.bottom()) < 1;
    })) << "a bar from its top to the axis";
}

TEST(EventCaptions, AWordWiderThanTheBoxHasALineOfItsOwnAndTheFootnoteStaysWithItsWord)
{
    CaptionGeometry g;
    g.plot = QRectF(0, 0, 600, 300);
    g.width = [](const QString& text) { return 7.0 * static_cast<double>(text.size()); };
    g.maxWidth = 100;
    const QString title = QStringLiteral("Antidisestablishmentarianism rises\u00a0\u00b9");
    const QList<PlacedCaption> placed = layoutEventCaptions({ { 50, title } }, g);
    ASSERT_EQ(placed.size(), 1);
    EXPECT_EQ(placed.at(0).lines,
        QStringList({ QStringLiteral("Antidisestablishmentarianism"), QStringLiteral("rises\u00a0\u00b9") }));
    EXPECT_GE(placed.at(0).box.width(), 7.0 * 28) << "the long word whole, its box as wide as it";
    // Wider than the plot: not drawn cut, listed.
    g.plot = QRectF(0, 0, 150, 300);
    EXPECT_TRUE(layoutEventCaptions({ { 50, title } }, g).at(0).box.isEmpty());
}

TEST(EventCaptions, ALongCaptionIsWrappedAtWordsNeverCut)
{
    CaptionGeometry g;
    g.plot = QRectF(0, 0, 600, 300);
    g.width = [](const QString& text) { return 7.0 * static_cast<double>(text.size()); };
    g.lineHeight = 14;
    g.maxWidth = 200;
    const QString title = QStringLiteral("c. 2023: Kenya pledges to lead a multinational security force to Haiti ¹");
    const QList<PlacedCaption> placed = layoutEventCaptions({ { 100, title } }, g);
    ASSERT_EQ(placed.size(), 1);
    EXPECT_GT(placed.at(0).lines.size(), 1);
    EXPECT_EQ(placed.at(0).lines.join(u' '), title);
    for (const QString& line : placed.at(0).lines)
        EXPECT_LE(7.0 * static_cast<double>(line.size()), 200 - g.padding) << qPrintable(line);
    EXPECT_EQ(placed.at(0).box.height(), 14.0 * static_cast<double>(placed.at(0).lines.size()));
    EXPECT_EQ(placed.at(0).box.top(), 2); // at the top of the plot
}

TEST(EventCaptions, FortyEventsOnOneDateOverlapNothingAndThoseWithoutRoomAreReturnedToBeListed)
{
    CaptionGeometry g;
    g.plot = QRectF(50, 40, 800, 300);
    g.width = [](const QString& text) { return 6.5 * static_cast<double>(text.size()); };
    g.lineHeight = 14;
    g.maxWidth = 260;
    g.marks = { QRectF(440, 40, 16, 16) }; // a mark at the top, under the first caption's place
    QList<CaptionRequest> captions;
    for (int i = 0; i < 40; ++i)
        captions.append({ 400, QStringLiteral("Event number %1 of the same day, with a long title to wrap").arg(i) });
    const QList<PlacedCaption> placed = layoutEventCaptions(captions, g);
    expectWholeCaptions(captions, placed, g.plot, QStringLiteral("forty on one date"));
    const auto room = std::count_if(
        placed.cbegin(), placed.cend(), [](const PlacedCaption& caption) { return !caption.box.isEmpty(); });
    EXPECT_EQ(room, 4); // two-line captions, 30 px each, in the top 45 % of a 300 px plot; the rest are listed
    for (const PlacedCaption& caption : placed) {
        EXPECT_FALSE(overlaps(caption.box, g.marks.first())) << "no caption over a mark";
        EXPECT_LE(caption.box.bottom(), g.plot.top() + g.plot.height() * g.depth) << "the data keeps its room";
    }
}
