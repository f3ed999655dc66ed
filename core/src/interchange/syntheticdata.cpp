#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/interchange/syntheticdata.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <string>

namespace crisis::core {

namespace {

// splitmix64: fast, and the same everywhere for a given seed.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, n).
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    double uniform() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
    bool chance(double p) { return uniform() < p; }
    template<typename T, size_t N> const T& pick(const std::array<T, N>& items)
    {
        return items[static_cast<size_t>(below(static_cast<int>(N)))];
    }

private:
    quint64 m_state;
};

constexpr std::array countries { "Haiti", "Kenya", "Sudan", "South Sudan", "Somalia", "Ethiopia", "DR Congo",
    "Central African Republic", "Mali", "Burkina Faso", "Niger", "Nigeria", "Cameroon", "Chad", "Mozambique", "Libya",
    "Yemen", "Syria", "Iraq", "Afghanistan", "Myanmar", "Bangladesh", "Ukraine", "Colombia", "Venezuela", "Honduras",
    "El Salvador", "Guatemala", "Ecuador", "Mexico", "Lebanon", "Palestine", "Pakistan", "Philippines",
    "Papua New Guinea", "Burundi", "Rwanda", "Uganda", "Zimbabwe", "Madagascar", "Eritrea", "Djibouti", "Senegal",
    "Guinea", "Sierra Leone", "Liberia", "Côte d'Ivoire", "Togo", "Benin", "Ghana", "Angola", "Zambia", "Malawi",
    "Tanzania", "Sri Lanka", "Nepal", "Tajikistan", "Georgia", "Armenia", "Azerbaijan" };
constexpr std::array regions { "", " (North)", " (South)", " (East)", " (West)" };
constexpr std::array outlets { "Reuters", "Associated Press", "AFP", "Al Jazeera", "UN News", "OCHA", "BBC News",
    "The Guardian", "Le Monde", "The New Humanitarian", "ReliefWeb", "Deutsche Welle", "VOA News", "France 24",
    "El País", "Le Nouvelliste", "Daily Nation", "The Standard", "Radio France Internationale", "IOM" };
constexpr std::array authors { "", "", "", "Maria Lopez", "Jean Baptiste", "Amina Yusuf", "David Chen", "Sarah Okafor",
    "Pierre Martin", "Fatima Hassan", "John Mwangi", "Ana Souza" };
constexpr std::array reporters { "The U.N.", "The government", "Local officials", "Aid agencies", "The ministry",
    "Human rights monitors", "The police", "A UN report", "Health authorities", "The mission" };
constexpr std::array qualifiers { "", "", "", "", "", "", "about", "over", "more than", "approximately", "nearly",
    "up to", "at least", "around", "only", "some" };
constexpr std::array subgroups { "women", "children", "men", "girls", "boys" };
constexpr std::array periodNotes {
    "The year is not stated; inferred from the article's date.",
    "\"during this period\" refers to the period named earlier in the article.",
    "No date in the sentence; the figure is given as current in the article.",
};
constexpr std::array eventVerbs { "Clashes erupt in", "Ceasefire announced in", "Peacekeepers deploy to",
    "Aid convoy reaches", "Elections held in", "Donor conference pledges support for", "Curfew imposed in",
    "Talks open on", "Flooding displaces families in", "Security Council debates" };

struct MetricProfile
{
    const char* key;
    const char* noun; // as written in a quote after the number
    double low;
    double high;
    bool flow;
};

constexpr std::array metrics {
    MetricProfile { "homicides", "people were killed", 5, 4000, true },
    MetricProfile { "killed_or_injured", "people were killed or injured", 10, 6000, true },
    MetricProfile { "kidnappings", "people were kidnapped", 2, 1500, true },
    MetricProfile { "rapes", "cases of rape were reported", 2, 800, true },
    MetricProfile { "displaced", "people have been displaced", 500, 2000000, false },
    MetricProfile { "personnel", "officers are deployed", 50, 20000, false },
    MetricProfile { "funding", "has been allocated", 1e5, 2e9, false },
    MetricProfile { "population", "people live there", 1e5, 1e8, false },
    MetricProfile { "gang_control", "of the area is under armed group control", 5, 95, false },
    MetricProfile { "contributing_countries", "countries contribute", 1, 20, false },
};

double logUniform(Random& random, double low, double high)
{
    return std::exp(std::log(low) + random.uniform() * (std::log(high) - std::log(low)));
}

// A value as a reporter would round it.
double rounded(double value)
{
    if (value < 100)
        return std::round(value);
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)) - 1);
    return std::round(value / magnitude) * magnitude;
}

PartialDate randomDay(Random& random, int fromYear, int toYear)
{
    const int year = fromYear + random.below(toYear - fromYear + 1);
    const int month = 1 + random.below(12);
    const int day = 1 + random.below(QDate(year, month, 1).daysInMonth());
    return PartialDate::fromParts(year, month, day);
}

std::string utf8(const QString& text)
{
    return text.toStdString();
}

} // namespace

Snapshot syntheticSnapshot(const SyntheticOptions& options)
{
    Random random(options.seed);
    Snapshot snapshot;
    snapshot.title = QStringLiteral("Synthetic data: %1 figures, %2 events")
                         .arg(QString::number(options.figures), QString::number(options.events));
    snapshot.description
        = QStringLiteral("Generated by crisis-timeline generate (seed %1); not real data.").arg(options.seed);

    std::vector<std::string> subjects;
    for (const char* country : countries)
        for (const char* region : regions)
            subjects.push_back(std::string(country) + region);

    // One source for every few hundred figures, published over the same years.
    const qint64 sourceCount = std::max<qint64>(5, options.figures / 250);
    std::vector<PartialDate> published;
    for (qint64 i = 0; i < sourceCount; ++i) {
        Source source;
        source.id = QStringLiteral("syn-s-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        source.document = source.id + QStringLiteral(".txt");
        source.outlet = QString::fromUtf8(random.pick(outlets));
        source.author = QString::fromUtf8(random.pick(authors));
        const PartialDate day = randomDay(random, 1990, 2025);
        const bool inferred = random.chance(0.15);
        source.published = inferred ? PartialDate::fromParts(day.year(), day.month(), 0, true) : day;
        source.publishedInferred = inferred;
        source.publishedNote
            = inferred ? QStringLiteral("Not stated; inferred from the events the article reports.") : QString();
        source.description = QStringLiteral("%1 report on %2")
                                 .arg(source.outlet,
                                     QString::fromStdString(subjects[random.below(static_cast<int>(subjects.size()))]));
        source.title = random.chance(0.7) ? source.description : QString();
        published.push_back(source.published);
        snapshot.sources.append(source);
    }

    FigureTable::Builder builder(options.figures);
    std::string id, quote, parentId, sourceId;
    std::vector<std::string> sourceIds;
    for (const Source& source : std::as_const(snapshot.sources))
        sourceIds.push_back(utf8(source.id));
    qint64 lastParentable = -1;
    double lastValue = 0;
    MetricProfile lastMetric = metrics[0];
    std::string lastSubject;
    std::string lastPeriod;
    for (qint64 n = 0; n < options.figures; ++n) {
        char buffer[48];
        std::snprintf(buffer, sizeof buffer, "syn-f-%07lld", static_cast<long long>(n + 1));
        id = buffer;
        const size_t sourceIndex = static_cast<size_t>(random.below(static_cast<int>(sourceCount)));
        const PartialDate reportDate = published[sourceIndex];
        FigureTable::Builder::Utf8Row row;
        row.id = id;
        row.sourceId = sourceIds[sourceIndex];
        row.reported = reportDate;
        row.reportedInferred = snapshot.sources.at(static_cast<qsizetype>(sourceIndex)).publishedInferred;
        row.quoteOffset = random.below(20000);

        // About one figure in twenty breaks down the one before it.
        const bool breakdown = lastParentable >= 0 && random.chance(0.05);
        MetricProfile metric = breakdown ? lastMetric : random.pick(metrics);
        std::string subject = breakdown ? lastSubject : subjects[random.below(static_cast<int>(subjects.size()))];
        double value = 0;
        const char* subgroup = "";
        if (breakdown) {
            subgroup = random.pick(subgroups);
            value = std::max(1.0, rounded(lastValue * (0.05 + 0.5 * random.uniform())));
            std::snprintf(buffer, sizeof buffer, "syn-f-%07lld", static_cast<long long>(lastParentable + 1));
            parentId = buffer;
        } else {
            value = rounded(logUniform(random, metric.low, metric.high));
            parentId.clear();
        }
        const int year = reportDate.year();
        Period period;
        if (breakdown) {
            period = Period::parse(QString::fromStdString(lastPeriod)).value();
        } else if (metric.flow) {
            // A count over the months before the report.
            const int months = std::array { 1, 2, 3, 3, 6, 6, 9, 12 }[static_cast<size_t>(random.below(8))];
            const QDate end = reportDate.earliest().addMonths(-random.below(3));
            const QDate start = end.addMonths(-(months - 1));
            period = random.chance(0.2) ? Period::interval(
                         PartialDate::fromDate(QDate(start.year(), start.month(), 1)), PartialDate::fromDate(end))
                                        : Period::interval(PartialDate::fromParts(start.year(), start.month()),
                                            PartialDate::fromParts(end.year(), end.month()));
        } else {
            const int precision = random.below(10);
            period = Period(precision < 5
                    ? reportDate.isApproximate() ? reportDate : PartialDate::fromDate(reportDate.earliest())
                    : precision < 9 ? PartialDate::fromParts(year, reportDate.month(), 0, random.chance(0.3))
                                    : PartialDate::fromParts(year, 0, 0, true));
        }
        const bool periodInferred = random.chance(0.1);
        row.period = period;
        row.periodInferred = periodInferred;
        row.periodNote = periodInferred ? random.pick(periodNotes) : "";
        row.value = value;
        row.metric = metric.key;
        row.subject = subject;
        row.subgroup = subgroup;
        const char* qualifier = random.pick(qualifiers);
        row.qualifier = qualifier;
        const int statusRoll = random.below(100);
        const bool promise = std::string_view(metric.key) == "personnel" || std::string_view(metric.key) == "funding";
        row.status = promise && statusRoll < 15 ? FigureStatus::Pledged
            : promise && statusRoll < 22        ? FigureStatus::Target
            : promise && statusRoll < 25        ? FigureStatus::ProposedTarget
            : statusRoll > 90                   ? FigureStatus::Estimate
                                                : FigureStatus::Actual;
        row.parentId = parentId;

        const QString written = formatValue(value,
            std::string_view(metric.key) == "funding"            ? QStringView(u"USD")
                : std::string_view(metric.key) == "gang_control" ? QStringView(u"percent")
                                                                 : QStringView());
        quote = random.pick(reporters);
        quote += " said ";
        if (*qualifier) {
            quote += qualifier;
            quote += ' ';
        }
        quote += written.toStdString();
        quote += ' ';
        if (*subgroup) {
            quote += subgroup;
            quote += " among them, ";
        }
        quote += metric.noun;
        quote += " in ";
        quote += subject;
        quote += metric.flow ? " over the period" : " at the time";
        quote += random.chance(0.5) ? ", according to the latest figures." : ".";
        row.quote = quote;
        row.note = random.chance(0.02) ? "The source notes that the actual number is likely higher." : "";
        builder.append(row);

        if (!breakdown) {
            lastParentable = n;
            lastValue = value;
            lastMetric = metric;
            lastSubject = subject;
            lastPeriod = period.toEdtf().toStdString();
        }
    }
    snapshot.figures = builder.finish();

    for (qint64 n = 0; n < options.events; ++n) {
        Event event;
        event.id = QStringLiteral("syn-e-%1").arg(n + 1, 7, 10, QLatin1Char('0'));
        const QString subject = QString::fromStdString(subjects[random.below(static_cast<int>(subjects.size()))]);
        const QString verb = QString::fromUtf8(random.pick(eventVerbs));
        event.title = verb + u' ' + subject;
        event.summary = QStringLiteral("%1 %2, as reported at the time.").arg(verb, subject);
        event.category = allCategories().at(random.below(static_cast<int>(allCategories().size())));
        const PartialDate day = randomDay(random, 1990, 2025);
        const int precision = random.below(10);
        event.period = Period(precision < 6 ? day
                : precision < 9             ? PartialDate::fromParts(day.year(), day.month(), 0, random.chance(0.2))
                                            : PartialDate::fromParts(day.year()));
        if (random.chance(0.1)) {
            event.periodInferred = true;
            event.periodNote = QStringLiteral("Not dated in the article; inferred from its publication date.");
        }
        event.actors = { subject };
        event.location = subject;
        const qsizetype citations = 1 + random.below(2);
        for (qsizetype c = 0; c < citations; ++c) {
            const Source& source = snapshot.sources.at(random.below(static_cast<int>(sourceCount)));
            event.citations.append({ source.id, event.summary.left(60), random.below(20000) });
        }
        if (random.chance(0.01))
            event.charts = { chartKeys().at(random.below(2)) };
        snapshot.events.append(event);
    }
    return snapshot;
}

} // namespace crisis::core
