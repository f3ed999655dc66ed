#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/interchange/briefpack.h>
#include <crisis/core/support/csv.h>
#include <crisis/core/support/files.h>
#include <crisis/core/support/jsonwriter.h>
#include <crisis/core/support/textposition.h>

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <cmath>

namespace crisis::core {

namespace {

QString number(double value)
{
    return QString::fromLatin1(JsonWriter::formatNumber(std::round(value * 1000) / 1000));
}

QString sourceLabelOf(const Workspace& w, qsizetype row)
{
    const Source* source = w.sourceOf(row);
    return source ? w.sourceLabel(*source) : w.figures().sourceId(row);
}

QString range(QDate from, QDate to)
{
    return formatPeriod(Period::interval(PartialDate::fromDate(from), PartialDate::fromDate(to)));
}

// "a and b and c": the pieces of a sentence's list.
QString listed(const QStringList& items)
{
    QString text = items.value(0);
    for (qsizetype i = 1; i < items.size(); ++i)
        text = QCoreApplication::translate("BriefPack", "%1 and %2", "two items of a list").arg(text, items.at(i));
    return text;
}

} // namespace

QByteArray plottedPointsCsv(const ChartSpec& spec, const Workspace& w)
{
    const FigureTable& f = w.figures();
    QString out = csvRecord({ QStringLiteral("point"), QStringLiteral("series"), QStringLiteral("metric"),
        QStringLiteral("subject"), QStringLiteral("status"), QStringLiteral("date_start"), QStringLiteral("date_end"),
        QStringLiteral("plotted_value"), QStringLiteral("plotted_unit"), QStringLiteral("reported_value"),
        QStringLiteral("qualifier"), QStringLiteral("period"), QStringLiteral("reported"), QStringLiteral("source"),
        QStringLiteral("document"), QStringLiteral("quote"), QStringLiteral("figure_id"),
        QStringLiteral("also_reported_by") });
    out += csvRecord({ QStringLiteral("#meta+id+point"), QStringLiteral("#meta+series"),
        QStringLiteral("#indicator+code"), QStringLiteral("#meta+subject"), QStringLiteral("#status"),
        QStringLiteral("#date+start"), QStringLiteral("#date+end"), QStringLiteral("#indicator+value+plotted"),
        QStringLiteral("#indicator+unit"), QStringLiteral("#indicator+value+reported"),
        // The EDTF forms ("2023-09~", "2022-10/2023-06") in #meta columns: every #date cell is an ISO date.
        QStringLiteral("#meta+qualifier"), QStringLiteral("#meta+period+edtf"), QStringLiteral("#meta+reported+edtf"),
        QStringLiteral("#meta+source"), QStringLiteral("#meta+document"), QStringLiteral("#meta+quote"),
        QStringLiteral("#meta+id"), QStringLiteral("#meta+id+also") });
    int point = 0;
    const auto row
        = [&](const QString& series, qsizetype figure, double plotted, const QString& unit, const QStringList& also) {
              const Source* source = w.sourceOf(figure);
              // Cells as a spreadsheet shows them: a quote starting "=HYPERLINK(" is text, not a formula.
              out += spreadsheetRecord({ QString::number(++point), series, f.metric(figure), f.subject(figure),
                  statusKey(f.status(figure)), QDate::fromJulianDay(f.earliestDay(figure)).toString(Qt::ISODate),
                  QDate::fromJulianDay(f.latestDay(figure)).toString(Qt::ISODate), number(plotted), unit,
                  number(f.value(figure)), f.qualifier(figure), f.period(figure).toEdtf(), f.reported(figure).toEdtf(),
                  sourceLabelOf(w, figure), source ? source->document : QString(), f.quote(figure), f.id(figure),
                  also.join(u';') });
          };
    for (const ChartSeries& series : spec.series) {
        for (const ChartMark& mark : series.marks) {
            QStringList also;
            for (qsizetype i = 1; i < mark.rows.size(); ++i)
                also.append(f.id(mark.rows.at(i)));
            row(series.name, mark.rows.first(), mark.value, spec.unit, also);
            for (const ChartMark::Part& part : mark.parts)
                row(series.name + QStringLiteral(": ") + f.subgroup(part.row), part.row, part.value, spec.unit, {});
        }
    }
    return out.toUtf8();
}

QStringList plottedFigureIds(const ChartSpec& spec, const Workspace& w)
{
    const FigureTable& f = w.figures();
    QStringList ids;
    QSet<QString> seen;
    const auto add = [&](qsizetype row) {
        const QString id = f.id(row);
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    };
    for (const ChartSeries& series : spec.series) {
        for (const ChartMark& mark : series.marks) {
            for (const qsizetype row : mark.rows)
                add(row);
            for (const ChartMark::Part& part : mark.parts)
                add(part.row);
        }
    }
    return ids;
}

QByteArray BriefPackOrigin::toJson() const
{
    JsonWriter json;
    json.beginObject();
    json.field(u"store", store);
    json.key(u"revision");
    if (revision > 0)
        json.value(revision);
    else
        json.null();
    json.field(u"view", view);
    json.field(u"made", made.toUTC().toString(Qt::ISODate));
    json.key(u"figures").beginArray();
    for (const QString& id : figureIds)
        json.value(id);
    json.endArray();
    json.endObject();
    return json.toJson();
}

Result<BriefPackOrigin> BriefPackOrigin::read(const QString& path)
{
    auto bytes = readInputFile(path, qint64(64) * 1024 * 1024);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const TextPosition at = textPositionOfByteOffset(bytes.value(), parseError.offset);
        return Error(Error::Code::InvalidInput,
            QStringLiteral("%1:%2:%3: %4")
                .arg(QDir::toNativeSeparators(path), QString::number(at.line), QString::number(at.column),
                    parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                 : QStringLiteral("not a JSON object")));
    }
    const QJsonObject object = document.object();
    BriefPackOrigin origin;
    origin.store = object.value(u"store").toString();
    const QJsonValue revision = object.value(u"revision");
    if (!revision.isNull() && !revision.isUndefined() && (!revision.isDouble() || revision.toDouble() < 1))
        return Error(Error::Code::InvalidInput,
            QStringLiteral("%1: \"revision\" is not a revision number").arg(QDir::toNativeSeparators(path)));
    origin.revision = revision.isDouble() ? static_cast<qint64>(revision.toDouble()) : 0;
    origin.view = object.value(u"view").toString();
    origin.made = QDateTime::fromString(object.value(u"made").toString(), Qt::ISODate);
    const QJsonArray figures = object.value(u"figures").toArray();
    for (const auto& id : figures)
        origin.figureIds.append(id.toString());
    return origin;
}

QString altText(const ChartSpec& spec, const Workspace& w)
{
    const FigureTable& f = w.figures();
    if (spec.isEmpty())
        return QCoreApplication::translate("BriefPack", "%1: no figures to show.", "a chart's title").arg(spec.title);
    QStringList sentences;
    sentences.append(QCoreApplication::translate("BriefPack", "%1.", "a chart's title, as a sentence").arg(spec.title));
    QStringList what;
    for (const ChartSeries& series : spec.series) {
        what.append(series.marks.size() == 1
                ? QCoreApplication::translate("BriefPack", "%1 (1 report)", "a series, and the one report it plots")
                      .arg(series.name)
                : QCoreApplication::translate("BriefPack", "%1 (%n reports)", "a series, and how many reports it plots",
                    pluralCount(series.marks.size()))
                      .arg(series.name));
    }
    const bool rates = spec.unit == u"per 30 days";
    const QString plotted = what.join(QStringLiteral(", "));
    sentences.append(rates
            ? QCoreApplication::translate("BriefPack",
                "The chart plots %1, each as a rate per 30 days over the period it covers.", "a list of series")
                  .arg(plotted)
            : QCoreApplication::translate("BriefPack", "The chart plots %1.", "a list of series").arg(plotted));
    if (!spec.categories.isEmpty())
        sentences.append(QCoreApplication::translate("BriefPack", "It compares %1.", "a list of funders")
                             .arg(listed(spec.categories)));
    else if (spec.from.isValid())
        sentences.append(QCoreApplication::translate("BriefPack", "It covers %1.", "a range of dates")
                             .arg(range(spec.from, spec.to)));

    // The largest and the latest plotted values.
    const ChartSeries* largestSeries = nullptr;
    const ChartMark* largest = nullptr;
    const ChartSeries* latestSeries = nullptr;
    const ChartMark* latest = nullptr;
    for (const ChartSeries& series : spec.series) {
        for (const ChartMark& mark : series.marks) {
            if (!largest || mark.value > largest->value) {
                largest = &mark;
                largestSeries = &series;
            }
            if (!latest || mark.to > latest->to || (mark.to == latest->to && mark.value > latest->value)) {
                latest = &mark;
                latestSeries = &series;
            }
        }
    }
    const auto describe = [&](const ChartSeries* series, const ChartMark* mark) {
        const qsizetype row = mark->rows.first();
        return QCoreApplication::translate(
            "BriefPack", "%1 for %2 (%3, %4)", "a value, its series, its date, its source")
            .arg(mark->label, series->name, formatPeriod(f.period(row)), sourceLabelOf(w, row));
    };
    sentences.append(QCoreApplication::translate("BriefPack", "The largest value shown is %1.")
                         .arg(describe(largestSeries, largest)));
    if (latest != largest && spec.categories.isEmpty())
        sentences.append(
            QCoreApplication::translate("BriefPack", "The latest is %1.").arg(describe(latestSeries, latest)));
    for (const ChartSeries& series : spec.series) {
        QStringList disagree;
        for (const ChartMark& mark : series.marks) {
            if (mark.conflicting)
                disagree.append(mark.label);
        }
        if (disagree.size() > 1)
            sentences.append(QCoreApplication::translate("BriefPack", "Reports of %1 disagree: %2; both are shown.")
                                 .arg(series.name, listed(disagree)));
    }
    for (const ShortfallBand& band : spec.shortfalls)
        sentences.append(QCoreApplication::translate("BriefPack", "%1, %2.", "a shortfall, and how it was computed")
                             .arg(band.label, band.arithmetic));
    for (const QString& note : spec.notes)
        sentences.append(note);
    if (spec.asOf.isValid())
        sentences.append(QCoreApplication::translate("BriefPack", "Figures as of %1.").arg(formatDate(spec.asOf)));
    QStringList sources;
    for (const ChartFootnote& footnote : spec.footnotes)
        sources.append(QStringLiteral("(%1) %2").arg(QString::number(footnote.number), footnote.text));
    if (!sources.isEmpty())
        sentences.append(
            QCoreApplication::translate("BriefPack", "Sources: %1.").arg(sources.join(QStringLiteral("; "))));
    return sentences.join(u' ') + u'\n';
}

QByteArray timelineEventsCsv(const Workspace& w, const std::vector<qint32>& events, QDate from, QDate to)
{
    QString out = csvRecord(
        { QStringLiteral("event"), QStringLiteral("period"), QStringLiteral("date_start"), QStringLiteral("date_end"),
            QStringLiteral("inferred"), QStringLiteral("category"), QStringLiteral("status"), QStringLiteral("title"),
            QStringLiteral("summary"), QStringLiteral("source"), QStringLiteral("document"), QStringLiteral("quote") });
    out += csvRecord({ QStringLiteral("#event+id"), QStringLiteral("#meta+period+edtf"), QStringLiteral("#date+start"),
        QStringLiteral("#date+end"), QStringLiteral("#meta+inferred"), QStringLiteral("#event+type"),
        QStringLiteral("#status+event"), QStringLiteral("#event+name"), QStringLiteral("#description"),
        QStringLiteral("#meta+source"), QStringLiteral("#meta+document"), QStringLiteral("#meta+quote") });
    for (const qint32 index : events) {
        const Event& e = w.events().at(index);
        if (e.period.latest() < from || e.period.earliest() > to)
            continue;
        const Citation citation = e.citations.value(0);
        const Source* source = w.source(citation.sourceId);
        out += spreadsheetRecord({ e.id, e.period.toEdtf(), e.period.earliest().toString(Qt::ISODate),
            e.period.latest().toString(Qt::ISODate),
            e.periodInferred ? QStringLiteral("true") : QStringLiteral("false"), categoryKey(e.category),
            eventStatusKey(e.status), e.title, e.summary, source ? w.sourceLabel(*source) : citation.sourceId,
            source ? source->document : QString(), citation.quote });
    }
    return out.toUtf8();
}

QString timelineAltText(const Workspace& w, const std::vector<qint32>& events, QDate from, QDate to)
{
    QList<const Event*> shown;
    for (const qint32 index : events) {
        const Event& e = w.events().at(index);
        if (e.period.latest() >= from && e.period.earliest() <= to)
            shown.append(&e);
    }
    if (shown.isEmpty())
        return QCoreApplication::translate("BriefPack", "Timeline: no events between %1.").arg(range(from, to)) + u'\n';
    // The events' own first and last dates, not the axis around them: the first is the one that starts earliest,
    // the last the one that ends latest.
    const Event* first = *std::min_element(shown.cbegin(), shown.cend(), [](const Event* a, const Event* b) {
        return std::pair(a->period.earliest(), a->period.latest())
            < std::pair(b->period.earliest(), b->period.latest());
    });
    const Event* last = *std::max_element(shown.cbegin(), shown.cend(), [](const Event* a, const Event* b) {
        return std::pair(a->period.latest(), a->period.earliest())
            < std::pair(b->period.latest(), b->period.earliest());
    });
    QStringList sentences { QCoreApplication::translate(
        "BriefPack", "Timeline of %n events, from %1 to %2, in lanes by category.", nullptr, pluralCount(shown.size()))
                                .arg(formatPeriod(first->period), formatPeriod(last->period)) };
    sentences.append(QCoreApplication::translate("BriefPack", "The first is %1: %2.", "a date: an event")
                         .arg(formatPeriod(first->period), first->title));
    sentences.append(QCoreApplication::translate("BriefPack", "The last is %1: %2.", "a date: an event")
                         .arg(formatPeriod(last->period), last->title));
    const auto countOf = [&](EventStatus status) {
        return std::count_if(shown.cbegin(), shown.cend(), [status](const Event* e) { return e->status == status; });
    };
    const qsizetype expected = countOf(EventStatus::Expected);
    const qsizetype proposed = countOf(EventStatus::Proposed);
    if (expected + proposed > 0)
        sentences.append(QCoreApplication::translate(
            "BriefPack", "%1 expected and %2 proposed, not reported as done, are drawn hollow.")
                             .arg(expected)
                             .arg(proposed));
    const qsizetype inferred
        = std::count_if(shown.cbegin(), shown.cend(), [](const Event* e) { return e->periodInferred; });
    if (inferred > 0)
        sentences.append(QCoreApplication::translate("BriefPack",
            "%n of the dates are inferred from the articles rather than stated.", nullptr, pluralCount(inferred)));
    return sentences.join(u' ') + u'\n';
}

} // namespace crisis::core
