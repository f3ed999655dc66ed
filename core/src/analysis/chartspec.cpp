#include <crisis/core/analysis/chartspec.h>
#include <crisis/core/analysis/displayformat.h>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace crisis::core {

namespace {

constexpr std::array chartKeyTable { std::pair { ChartKind::Deployment, u"deployment" },
    std::pair { ChartKind::Casualties, u"casualties" }, std::pair { ChartKind::Displacement, u"displacement" },
    std::pair { ChartKind::Funding, u"funding" } };

bool overlapsOptions(const ChartOptions& options, QDate from, QDate to)
{
    return (!options.to.isValid() || from <= options.to) && (!options.from.isValid() || to >= options.from);
}

QDate midpoint(QDate from, QDate to)
{
    return from.addDays(from.daysTo(to) / 2);
}

// A figure's value in words: "over 1,379", "up to $625 million".
QString valueLabel(const Workspace& w, qsizetype row)
{
    const FigureTable& f = w.figures();
    const Metric* metric = w.metricOf(row);
    const QString value = formatValue(f.value(row), metric ? QStringView(metric->unit) : QStringView());
    return f.qualifier(row).isEmpty() ? value : f.qualifier(row) + u' ' + value;
}

QString boundWord(ValueBound bound)
{
    switch (bound) {
    case ValueBound::LowerBound:
        return QCoreApplication::translate("ChartSpec", "at least ", "before a number");
    case ValueBound::UpperBound:
        return QCoreApplication::translate("ChartSpec", "at most ", "before a number");
    case ValueBound::Approximate:
        return QCoreApplication::translate("ChartSpec", "about ", "before a number");
    case ValueBound::Exact:
        break;
    }
    return {};
}

// Whether a figure reports for itself rather than breaks down a figure of the same subject.
bool ownReport(const FigureTable& f, qsizetype row)
{
    const QString& parentId = f.parentId(row);
    if (parentId.isEmpty())
        return true;
    const qsizetype parent = f.rowOfId(parentId);
    return parent < 0 || f.subjectCode(parent) != f.subjectCode(row);
}

ChartMark markFor(const Workspace& w, qsizetype row)
{
    const FigureTable& f = w.figures();
    ChartMark mark;
    mark.rows = { row };
    mark.from = QDate::fromJulianDay(f.earliestDay(row));
    mark.to = QDate::fromJulianDay(f.latestDay(row));
    mark.value = f.value(row);
    mark.bound = f.bound(row);
    mark.dateApproximate = f.period(row).isApproximate();
    mark.periodInferred = f.periodInferred(row);
    mark.conflicting = w.conflictGroupOf(row) >= 0;
    mark.label = valueLabel(w, row);
    return mark;
}

// The subject with the most own reports of these metrics.
QString mostReportedSubject(const Workspace& w, const QSet<quint32>& metricCodes)
{
    const FigureTable& f = w.figures();
    std::vector<qint64> counts(static_cast<size_t>(f.subjects().size()), 0);
    for (qsizetype row = 0; row < f.size(); ++row) {
        if (metricCodes.contains(f.metricCode(row)))
            ++counts[f.subjectCode(row)];
    }
    const auto best = std::max_element(counts.cbegin(), counts.cend());
    if (best == counts.cend() || *best == 0)
        return {};
    return f.subjects().text(static_cast<quint32>(best - counts.cbegin()));
}

// Keeps at most one mark per pixel column, the highest: what cannot be told apart is not drawn twice.
bool downsample(QList<ChartMark>& marks, QDate from, QDate to, int width)
{
    if (marks.size() <= width || width <= 0 || !from.isValid() || !to.isValid())
        return false;
    const double days = std::max<qint64>(1, from.daysTo(to));
    QHash<int, qsizetype> best;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const int column
            = static_cast<int>(from.daysTo(midpoint(marks.at(i).from, marks.at(i).to)) / days * (width - 1));
        const auto it = best.constFind(column);
        if (it == best.cend() || marks.at(i).value > marks.at(*it).value)
            best.insert(column, i);
    }
    QList<qsizetype> keep = best.values();
    std::sort(keep.begin(), keep.end());
    QList<ChartMark> kept;
    for (const qsizetype i : keep)
        kept.append(marks.at(i));
    marks = kept;
    return true;
}

QString seriesName(const QString& subject, FigureStatus status)
{
    switch (status) {
    case FigureStatus::Actual:
        return QCoreApplication::translate("ChartSpec", "%1 deployed", "legend: who, and the status of their figures")
            .arg(subject);
    case FigureStatus::Pledged:
        return QCoreApplication::translate("ChartSpec", "%1 pledged", "legend: who, and the status of their figures")
            .arg(subject);
    case FigureStatus::Target:
        return QCoreApplication::translate("ChartSpec", "%1 target", "legend: who, and the status of their figures")
            .arg(subject);
    case FigureStatus::ProposedTarget:
        return QCoreApplication::translate(
            "ChartSpec", "%1 proposed target", "legend: who, and the status of their figures")
            .arg(subject);
    case FigureStatus::Estimate:
        return QCoreApplication::translate("ChartSpec", "%1 estimated", "legend: who, and the status of their figures")
            .arg(subject);
    }
    return subject;
}

QString sourceFootnote(const Source& source)
{
    QString date = formatDate(source.published);
    if (source.publishedInferred && !source.published.isApproximate())
        date = approximately(date);
    const QString outlet
        = source.outlet.isEmpty() ? QCoreApplication::translate("ChartSpec", "Outlet not stated") : source.outlet;
    const QString what = source.title.isEmpty()
        ? source.description
        : QCoreApplication::translate("ChartSpec", "\u201c%1\u201d", "a title in quotation marks").arg(source.title);
    QStringList parts { outlet };
    if (!what.isEmpty())
        parts.append(what);
    if (!date.isEmpty())
        parts.append(date);
    return parts.join(QStringLiteral(", "));
}

// Numbers the sources of everything plotted in order of first appearance along the time axis, then fills in
// each mark's and marker's numbers, the footnote list, the range and the "as of" date.
void finish(ChartSpec& spec, const Workspace& w, const ChartOptions& options)
{
    const FigureTable& f = w.figures();
    struct Use
    {
        QDate date;
        int order;
        QString sourceId;
    };
    QList<Use> uses;
    int order = 0;
    QDate first;
    QDate last;
    const auto extend = [&](QDate a, QDate b) {
        first = !first.isValid() || a < first ? a : first;
        last = !last.isValid() || b > last ? b : last;
    };
    qint64 latestReported = -1;
    for (const ChartSeries& series : std::as_const(spec.series)) {
        for (const ChartMark& mark : series.marks) {
            extend(mark.from, mark.to);
            for (const qsizetype row : mark.rows) {
                uses.append({ mark.from, order++, f.sourceId(row) });
                const PartialDate reported = f.reported(row);
                if (reported.isValid() && reported.latest().toJulianDay() > latestReported) {
                    latestReported = reported.latest().toJulianDay();
                    spec.asOf = reported;
                }
            }
            for (const ChartMark::Part& part : mark.parts)
                uses.append({ mark.from, order++, f.sourceId(part.row) });
        }
    }
    for (const ChartMarker& marker : std::as_const(spec.markers)) {
        const qsizetype index = w.eventIndex(marker.eventId);
        if (index >= 0 && !w.events().at(index).citations.isEmpty())
            uses.append({ marker.from, order++, w.events().at(index).citations.first().sourceId });
    }
    std::stable_sort(uses.begin(), uses.end(),
        [](const Use& a, const Use& b) { return a.date != b.date ? a.date < b.date : a.order < b.order; });
    QHash<QString, int> numbers;
    for (const Use& use : std::as_const(uses)) {
        if (numbers.contains(use.sourceId))
            continue;
        const int number = static_cast<int>(numbers.size()) + 1;
        numbers.insert(use.sourceId, number);
        const Source* source = w.source(use.sourceId);
        spec.footnotes.append({ number, use.sourceId, source ? sourceFootnote(*source) : use.sourceId });
    }
    for (ChartSeries& series : spec.series) {
        for (ChartMark& mark : series.marks) {
            for (const qsizetype row : std::as_const(mark.rows)) {
                const int number = numbers.value(f.sourceId(row));
                if (!mark.footnotes.contains(number))
                    mark.footnotes.append(number);
            }
        }
    }
    for (ChartMarker& marker : spec.markers) {
        const qsizetype index = w.eventIndex(marker.eventId);
        if (index >= 0 && !w.events().at(index).citations.isEmpty())
            marker.footnote = numbers.value(w.events().at(index).citations.first().sourceId);
    }
    if (spec.categories.isEmpty()) {
        spec.from = options.from.isValid() ? options.from : first;
        spec.to = options.to.isValid() ? options.to : last;
    }
    double top = 0;
    for (const ChartSeries& series : std::as_const(spec.series)) {
        for (const ChartMark& mark : series.marks) {
            double parts = 0;
            for (const ChartMark::Part& part : mark.parts)
                parts += part.value;
            top = std::max({ top, mark.value, parts });
        }
    }
    for (const ShortfallBand& band : std::as_const(spec.shortfalls))
        top = std::max(top, band.target);
    spec.yMax = top > 0 ? top * 1.15 : 1;
    if (spec.from.isValid() && spec.to.isValid() && spec.subtitle.isEmpty())
        spec.subtitle = QCoreApplication::translate("ChartSpec", "Reports from %1 to %2", "from a month to a month")
                            .arg(formatDate(PartialDate::fromParts(spec.from.year(), spec.from.month())),
                                formatDate(PartialDate::fromParts(spec.to.year(), spec.to.month())));
}

void addMarkers(ChartSpec& spec, const Workspace& w, ChartKind kind, const ChartOptions& options)
{
    const QString key = chartKey(kind);
    for (const Event& event : w.events()) {
        if (!event.charts.contains(key) || !overlapsOptions(options, event.period.earliest(), event.period.latest()))
            continue;
        ChartMarker marker;
        marker.from = event.period.earliest();
        marker.to = event.period.latest();
        marker.eventId = event.id;
        marker.approximate = event.period.isApproximate();
        marker.label = QCoreApplication::translate("ChartSpec", "%1: %2", "a date: what happened")
                           .arg(formatPeriod(event.period), event.title);
        spec.markers.append(marker);
    }
}

// ---- the four charts ------------------------------------------------------------------------------

ChartSpec deploymentChart(const Workspace& w, const ChartOptions& options)
{
    const FigureTable& f = w.figures();
    ChartSpec spec;
    spec.kind = ChartKind::Deployment;
    spec.title = QCoreApplication::translate("ChartSpec", "Deployment versus target");
    spec.subtitle = QCoreApplication::translate(
        "ChartSpec", "Police and soldiers deployed, pledged and targeted, as the sources report them");
    spec.yTitle = QCoreApplication::translate("ChartSpec", "Personnel", "axis title");
    spec.unit = QStringLiteral("people");
    const QList<StepSeries> all = stepSeries(f, w.metrics(), u"personnel");

    // The mission: subjects with a pledge or a target, and the subjects that are part of them.
    QSet<QString> mission;
    for (const StepSeries& s : all) {
        if (s.status == FigureStatus::Pledged || s.status == FigureStatus::Target
            || s.status == FigureStatus::ProposedTarget)
            mission.insert(s.subject);
    }
    const qint64 personnel = f.metrics().find(u"personnel");
    for (qsizetype row = 0; personnel >= 0 && row < f.size(); ++row) {
        if (f.metricCode(row) != personnel || f.parentId(row).isEmpty())
            continue;
        const qsizetype parent = f.rowOfId(f.parentId(row));
        if (parent >= 0 && mission.contains(f.subject(parent)))
            mission.insert(f.subject(row));
    }
    QHash<QString, int> colorOfSubject;
    QList<const StepSeries*> chosen;
    for (const StepSeries& s : all) {
        if (mission.contains(s.subject))
            chosen.append(&s);
    }
    // Most reports first when there are more series than fit; then back in first-appearance order.
    if (chosen.size() > options.maxSeries) {
        QList<const StepSeries*> byCount = chosen;
        std::stable_sort(byCount.begin(), byCount.end(),
            [](const StepSeries* a, const StepSeries* b) { return a->points.size() > b->points.size(); });
        const QSet<const StepSeries*> kept(byCount.cbegin(), byCount.cbegin() + options.maxSeries);
        spec.notes.append(
            QCoreApplication::translate("ChartSpec", "%n more series are not drawn; narrow the subject to see them.",
                nullptr, pluralCount(chosen.size() - options.maxSeries)));
        chosen.erase(
            std::remove_if(chosen.begin(), chosen.end(), [&](const StepSeries* s) { return !kept.contains(s); }),
            chosen.end());
    }
    for (const StepSeries* s : std::as_const(chosen)) {
        if (!colorOfSubject.contains(s->subject))
            colorOfSubject.insert(s->subject, static_cast<int>(colorOfSubject.size()));
        ChartSeries series;
        series.name = seriesName(s->subject, s->status);
        series.metric = s->metric;
        series.subject = s->subject;
        series.status = s->status;
        series.style = ChartSeries::Style::Step;
        series.colorIndex = colorOfSubject.value(s->subject);
        // A level holds from one report to the next: the report before the range and the one after it are kept
        // (drawn outside the axis, their line crossing the range) when the level holds through the range.
        qsizetype before = -1;
        qsizetype after = -1;
        bool inside = false;
        for (qsizetype i = 0; i < s->points.size(); ++i) {
            const StepPoint& point = s->points.at(i);
            if (options.from.isValid() && point.period.latest() < options.from) {
                if (before < 0 || point.period.latest() >= s->points.at(before).period.latest())
                    before = i;
            } else if (options.to.isValid() && point.period.earliest() > options.to) {
                if (after < 0 || point.period.earliest() < s->points.at(after).period.earliest())
                    after = i;
            } else {
                inside = true;
            }
        }
        const bool holdsInto = before >= 0 && (inside || after >= 0);
        const bool holdsOut = after >= 0 && (inside || before >= 0);
        for (qsizetype i = 0; i < s->points.size(); ++i) {
            const StepPoint& point = s->points.at(i);
            if (!overlapsOptions(options, point.period.earliest(), point.period.latest()) && !(holdsInto && i == before)
                && !(holdsOut && i == after))
                continue;
            // Agreeing reports become one mark, labelled by an exact one where there is one.
            qsizetype labelRow = point.rows.first();
            for (const qsizetype row : point.rows) {
                if (f.bound(row) == ValueBound::Exact) {
                    labelRow = row;
                    break;
                }
            }
            ChartMark mark = markFor(w, labelRow);
            mark.rows = point.rows;
            mark.rows.removeOne(labelRow);
            mark.rows.prepend(labelRow);
            mark.bound = point.bound;
            mark.conflicting = point.conflicting;
            if (point.rows.size() > 1) {
                // Every report's qualifier stays: "1,000 / around 1,000 (2 reports)", not the exact one alone.
                QStringList labels { mark.label };
                for (const qsizetype row : std::as_const(mark.rows)) {
                    const QString label = valueLabel(w, row);
                    if (!labels.contains(label))
                        labels.append(label);
                }
                mark.label = QCoreApplication::translate("ChartSpec", "%1 (%n reports)",
                    "values that differ, and how many reports give them", pluralCount(point.rows.size()))
                                 .arg(labels.join(QStringLiteral(" / ")));
            }
            series.marks.append(mark);
        }
        if (series.marks.isEmpty())
            continue;
        downsample(series.marks, options.from.isValid() ? options.from : series.marks.first().from,
            options.to.isValid() ? options.to : series.marks.last().to, options.widthPixels);
        // The line: each level holds until the next report; conflicting reports break it.
        QList<QPair<QDate, double>> segment;
        for (qsizetype i = 0; i < series.marks.size(); ++i) {
            const ChartMark& mark = series.marks.at(i);
            const QDate at = midpoint(mark.from, mark.to);
            if (mark.conflicting) {
                if (segment.size() > 1)
                    series.path.append(segment);
                segment.clear();
                continue;
            }
            if (!segment.isEmpty())
                segment.append({ at, segment.last().second });
            if (segment.isEmpty() || segment.last().second != mark.value)
                segment.append({ at, mark.value });
        }
        if (segment.size() > 1)
            series.path.append(segment);
        spec.series.append(series);
    }

    // Shortfall: where a subject's deployed and target reports overlap in time.
    for (const ChartSeries& target : std::as_const(spec.series)) {
        if (target.status != FigureStatus::Target)
            continue;
        for (const ChartSeries& deployed : std::as_const(spec.series)) {
            if (deployed.status != FigureStatus::Actual || deployed.subject != target.subject)
                continue;
            for (const ChartMark& t : target.marks) {
                ShortfallBand band;
                band.target = t.value;
                band.subject = target.subject;
                band.rows = t.rows;
                bool any = false;
                bool approximate = t.bound != ValueBound::Exact;
                for (const ChartMark& d : deployed.marks) {
                    if (d.to < t.from || d.from > t.to)
                        continue;
                    band.from = any ? std::min(band.from, std::max(t.from, d.from)) : std::max(t.from, d.from);
                    band.to = any ? std::max(band.to, std::min(t.to, d.to)) : std::min(t.to, d.to);
                    band.deployedLow = any ? std::min(band.deployedLow, d.value) : d.value;
                    band.deployedHigh = any ? std::max(band.deployedHigh, d.value) : d.value;
                    band.rows.append(d.rows);
                    approximate = approximate || d.bound != ValueBound::Exact;
                    any = true;
                }
                if (!any || band.deployedHigh >= band.target)
                    continue;
                const QString low = formatNumber(band.target - band.deployedHigh);
                const QString high = formatNumber(band.target - band.deployedLow);
                // A value we compute, not one a source reports: said so, with its arithmetic.
                const QString gap = low == high ? low : low + QStringLiteral("\u2013") + high;
                band.label = approximate
                    ? QCoreApplication::translate("ChartSpec", "Shortfall (computed): about %1 below the %2 target")
                          .arg(gap, formatNumber(band.target))
                    : QCoreApplication::translate("ChartSpec", "Shortfall (computed): %1 below the %2 target")
                          .arg(gap, formatNumber(band.target));
                if (low != high)
                    band.label = QCoreApplication::translate("ChartSpec", "%1 (reports differ)").arg(band.label);
                QStringList sums;
                for (const double deployed : { band.deployedLow, band.deployedHigh }) {
                    const QString sum = QStringLiteral("%1 \u2212 %2 = %3")
                                            .arg(formatNumber(band.target), formatNumber(deployed),
                                                formatNumber(band.target - deployed));
                    if (!sums.contains(sum))
                        sums.append(sum);
                }
                const QString both = sums.size() > 1
                    ? QCoreApplication::translate("ChartSpec", "%1 and %2", "two sums").arg(sums.at(0), sums.at(1))
                    : sums.value(0);
                band.arithmetic = QCoreApplication::translate("ChartSpec",
                    "computed by Crisis Timeline as the %1 target minus the %2 deployed reported: %3; no source states "
                    "it")
                                      .arg(formatNumber(band.target), band.subject, both);
                spec.shortfalls.append(band);
            }
        }
    }
    addMarkers(spec, w, ChartKind::Deployment, options);
    return spec;
}

ChartSpec casualtiesChart(const Workspace& w, const ChartOptions& options)
{
    const FigureTable& f = w.figures();
    ChartSpec spec;
    spec.kind = ChartKind::Casualties;
    QList<const Metric*> flows;
    QSet<quint32> flowCodes;
    for (const Metric& metric : w.metrics().metrics()) {
        const qint64 code = f.metrics().find(metric.key);
        if (metric.kind == Metric::Kind::Flow && code >= 0) {
            flows.append(&metric);
            flowCodes.insert(static_cast<quint32>(code));
        }
    }
    const QString subject = options.subject.isEmpty() ? mostReportedSubject(w, flowCodes) : options.subject;
    spec.title = subject.isEmpty()
        ? QCoreApplication::translate("ChartSpec", "Casualty trends")
        : QCoreApplication::translate("ChartSpec", "Casualty trends in %1", "a place").arg(subject);
    spec.yTitle = options.perThirtyDays
        ? QCoreApplication::translate("ChartSpec", "Reported per 30 days", "axis title")
        : QCoreApplication::translate("ChartSpec", "Reported for the period", "axis title");
    spec.subtitle = options.perThirtyDays
        ? QCoreApplication::translate("ChartSpec", "Each report as a rate per 30 days over the period it counts")
        : QCoreApplication::translate("ChartSpec", "Each report's total over the period it counts");
    spec.unit = options.perThirtyDays ? QStringLiteral("per 30 days") : QStringLiteral("people");
    const qint64 subjectCode = f.subjects().find(subject);
    int color = 0;
    for (const Metric* metric : std::as_const(flows)) {
        const qint64 code = f.metrics().find(metric->key);
        ChartSeries series;
        series.name = metricLabel(*metric);
        series.metric = metric->key;
        series.subject = subject;
        series.style = ChartSeries::Style::Span;
        series.colorIndex = color++;
        for (qsizetype row = 0; row < f.size(); ++row) {
            if (f.metricCode(row) != code || f.subjectCode(row) != subjectCode || !ownReport(f, row))
                continue;
            ChartMark mark = markFor(w, row);
            if (!overlapsOptions(options, mark.from, mark.to))
                continue;
            if (options.perThirtyDays) {
                const Rate rate = *ratePer30Days(f, row, *metric);
                mark.value = rate.perThirtyDays;
                mark.label = QCoreApplication::translate("ChartSpec", "%1%2 per 30 days (%3 in %n days)",
                    "bound word, rate, the value reported, its days", pluralCount(rate.days))
                                 .arg(boundWord(rate.bound), formatNumber(std::round(rate.perThirtyDays * 10) / 10),
                                     valueLabel(w, row));
            }
            series.marks.append(mark);
        }
        if (series.marks.isEmpty())
            continue;
        std::stable_sort(series.marks.begin(), series.marks.end(),
            [](const ChartMark& a, const ChartMark& b) { return a.from < b.from; });
        if (downsample(series.marks, options.from.isValid() ? options.from : series.marks.first().from,
                options.to.isValid() ? options.to : series.marks.last().to, options.widthPixels))
            spec.notes.append(QCoreApplication::translate(
                "ChartSpec", "%1: at this zoom, the highest report in each pixel column is drawn.")
                                  .arg(metricLabel(*metric)));
        if (metric->key == u"killed_or_injured")
            series.note = QCoreApplication::translate(
                "ChartSpec", "people killed or injured: a different measure from homicides");
        spec.series.append(series);
    }
    const bool anyInferred = std::any_of(spec.series.cbegin(), spec.series.cend(), [](const ChartSeries& s) {
        return std::any_of(s.marks.cbegin(), s.marks.cend(), [](const ChartMark& m) { return m.periodInferred; });
    });
    if (anyInferred)
        spec.notes.append(QCoreApplication::translate(
            "ChartSpec", "Dashed: the report's period is inferred from the article, not stated in the sentence."));
    spec.notes.prepend(QCoreApplication::translate(
        "ChartSpec", "Each report is drawn over the period it counts; reports are never joined or summed."));
    addMarkers(spec, w, ChartKind::Casualties, options);
    return spec;
}

ChartSpec displacementChart(const Workspace& w, const ChartOptions& options)
{
    const FigureTable& f = w.figures();
    ChartSpec spec;
    spec.kind = ChartKind::Displacement;
    const qint64 displaced = f.metrics().find(u"displaced");
    const QString subject = options.subject.isEmpty() && displaced >= 0
        ? mostReportedSubject(w, { static_cast<quint32>(displaced) })
        : options.subject;
    spec.title = subject.isEmpty()
        ? QCoreApplication::translate("ChartSpec", "Displacement")
        : QCoreApplication::translate("ChartSpec", "People displaced in %1", "a place").arg(subject);
    spec.yTitle = QCoreApplication::translate("ChartSpec", "People displaced", "axis title");
    spec.subtitle = QCoreApplication::translate(
        "ChartSpec", "People displaced at each date reported, with the breakdowns stated");
    spec.unit = QStringLiteral("people");
    const qint64 subjectCode = f.subjects().find(subject);
    ChartSeries series;
    series.name = QCoreApplication::translate("ChartSpec", "Displaced people", "legend");
    series.metric = QStringLiteral("displaced");
    series.subject = subject;
    series.style = ChartSeries::Style::Bar;
    QHash<QString, qsizetype> markOfId;
    for (qsizetype row = 0; displaced >= 0 && row < f.size(); ++row) {
        if (f.metricCode(row) != displaced || f.subjectCode(row) != subjectCode || !ownReport(f, row))
            continue;
        ChartMark mark = markFor(w, row);
        if (!overlapsOptions(options, mark.from, mark.to))
            continue;
        markOfId.insert(f.id(row), series.marks.size());
        series.marks.append(mark);
    }
    // Breakdowns as stated: a share ("half of whom are children") or a count of a subgroup.
    for (qsizetype row = 0; row < f.size() && !markOfId.isEmpty(); ++row) {
        const auto it = markOfId.constFind(f.parentId(row));
        if (f.parentId(row).isEmpty() || it == markOfId.cend())
            continue;
        ChartMark& mark = series.marks[*it];
        const bool share = f.metric(row) == u"share";
        const double value = share ? f.value(row) * mark.value : f.value(row);
        const QString stated = !share ? valueLabel(w, row)
            : f.value(row) == 0.5
            ? QCoreApplication::translate("ChartSpec", "half of the total, as stated")
            : QCoreApplication::translate("ChartSpec", "%1 of the total, as stated", "a percentage")
                  .arg(formatValue(f.value(row), u"fraction"));
        mark.parts.append({ row, value,
            QCoreApplication::translate("ChartSpec", "%1: %2", "a group: its value").arg(f.subgroup(row), stated) });
    }
    std::stable_sort(series.marks.begin(), series.marks.end(),
        [](const ChartMark& a, const ChartMark& b) { return a.from < b.from; });
    if (!series.marks.isEmpty()) {
        downsample(series.marks, options.from.isValid() ? options.from : series.marks.first().from,
            options.to.isValid() ? options.to : series.marks.last().to, options.widthPixels);
        spec.series.append(series);
    }
    addMarkers(spec, w, ChartKind::Displacement, options);
    return spec;
}

ChartSpec fundingChart(const Workspace& w, const ChartOptions& options)
{
    const FigureTable& f = w.figures();
    ChartSpec spec;
    spec.kind = ChartKind::Funding;
    spec.title = QCoreApplication::translate("ChartSpec", "Funding reported, by funder");
    spec.yTitle = QCoreApplication::translate("ChartSpec", "US dollars", "axis title");
    spec.unit = QStringLiteral("USD");
    const qint64 funding = f.metrics().find(u"funding");
    // The latest own report of each funder.
    QHash<quint32, qsizetype> latest;
    for (qsizetype row = 0; funding >= 0 && row < f.size(); ++row) {
        if (f.metricCode(row) != funding || !ownReport(f, row) || f.status(row) != FigureStatus::Actual)
            continue;
        if (!overlapsOptions(options, QDate::fromJulianDay(f.earliestDay(row)), QDate::fromJulianDay(f.latestDay(row))))
            continue;
        const auto it = latest.find(f.subjectCode(row));
        if (it == latest.end() || f.latestDay(row) > f.latestDay(*it))
            latest.insert(f.subjectCode(row), row);
    }
    QList<qsizetype> rows = latest.values();
    std::sort(rows.begin(), rows.end(),
        [&](qsizetype a, qsizetype b) { return f.value(a) != f.value(b) ? f.value(a) > f.value(b) : a < b; });
    if (rows.size() > options.maxSeries) {
        spec.notes.append(QCoreApplication::translate(
            "ChartSpec", "%n smaller funders are not drawn.", nullptr, pluralCount(rows.size() - options.maxSeries)));
        rows.resize(options.maxSeries);
    }
    ChartSeries series;
    series.name = QCoreApplication::translate("ChartSpec", "Funding", "legend");
    series.metric = QStringLiteral("funding");
    series.style = ChartSeries::Style::Bar;
    QHash<QString, qsizetype> markOfId;
    for (const qsizetype row : std::as_const(rows)) {
        spec.categories.append(f.subject(row));
        markOfId.insert(f.id(row), series.marks.size());
        series.marks.append(markFor(w, row));
    }
    // Components, as stated: parts of the same funder's total.
    for (qsizetype row = 0; row < f.size() && !markOfId.isEmpty(); ++row) {
        const auto it = markOfId.constFind(f.parentId(row));
        if (f.parentId(row).isEmpty() || it == markOfId.cend())
            continue;
        series.marks[*it].parts.append({ row, f.value(row),
            QCoreApplication::translate("ChartSpec", "%1: %2", "a group: its value")
                .arg(f.subgroup(row), valueLabel(w, row)) });
    }
    for (const ChartMark& mark : std::as_const(series.marks)) {
        double sum = 0;
        for (const ChartMark::Part& part : mark.parts)
            sum += part.value;
        if (!mark.parts.isEmpty() && sum == mark.value)
            spec.notes.append(QCoreApplication::translate(
                "ChartSpec", "%1: the stated components add up to %2; the total is reported as \u201c%3\u201d.")
                                  .arg(f.subject(mark.rows.first()), formatValue(sum, u"USD"), mark.label));
    }
    if (!series.marks.isEmpty())
        spec.series.append(series);
    spec.subtitle
        = QCoreApplication::translate("ChartSpec", "The latest report for each funder, with its stated components");
    return spec;
}

} // namespace

QString chartKey(ChartKind kind)
{
    for (const auto& [k, key] : chartKeyTable) {
        if (k == kind)
            return QString::fromUtf16(key);
    }
    return {};
}

std::optional<ChartKind> chartFromKey(QStringView key)
{
    for (const auto& [k, text] : chartKeyTable) {
        if (key == QStringView(text))
            return k;
    }
    return std::nullopt;
}

QStringList chartKeys()
{
    QStringList keys;
    for (const auto& entry : chartKeyTable)
        keys.append(QString::fromUtf16(entry.second));
    return keys;
}

QList<ChartKind> allCharts()
{
    return { ChartKind::Deployment, ChartKind::Casualties, ChartKind::Displacement, ChartKind::Funding };
}

qsizetype ChartSpec::markCount() const
{
    qsizetype count = 0;
    for (const ChartSeries& s : series)
        count += s.marks.size();
    return count;
}

QPair<qsizetype, qsizetype> ChartSpec::findRow(qsizetype row) const
{
    for (qsizetype s = 0; s < series.size(); ++s) {
        for (qsizetype m = 0; m < series.at(s).marks.size(); ++m) {
            const ChartMark& mark = series.at(s).marks.at(m);
            if (mark.rows.contains(row)
                || std::any_of(
                    mark.parts.cbegin(), mark.parts.cend(), [&](const ChartMark::Part& p) { return p.row == row; }))
                return { s, m };
        }
    }
    return { -1, -1 };
}

ChartSpec buildChart(const Workspace& workspace, ChartKind kind, const ChartOptions& options)
{
    ChartSpec spec;
    switch (kind) {
    case ChartKind::Deployment:
        spec = deploymentChart(workspace, options);
        break;
    case ChartKind::Casualties:
        spec = casualtiesChart(workspace, options);
        break;
    case ChartKind::Displacement:
        spec = displacementChart(workspace, options);
        break;
    case ChartKind::Funding:
        spec = fundingChart(workspace, options);
        break;
    }
    finish(spec, workspace, options);
    return spec;
}

} // namespace crisis::core
