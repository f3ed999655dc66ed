#include <crisis/core/analysis/sourcetextcache.h>
#include <crisis/core/articles/articleimport.h>
#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/interchange/hxl.h>
#include <crisis/core/interchange/importing.h>
#include <crisis/core/interchange/tableimport.h>
#include <crisis/core/interchange/timelinejs.h>
#include <crisis/core/model/figureparents.h>
#include <crisis/core/support/files.h>
#include <crisis/core/support/textposition.h>

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

namespace crisis::core {

namespace {

Problem fileProblem(Problem::Kind kind, const QString& fileName, const QString& detail)
{
    return { Problem::Severity::Error, kind, fileName, 0, 0, detail };
}

// A problem with what the file is, at its first character that is not white space (where a reader sees it).
Problem contentProblem(Problem::Kind kind, const QByteArray& utf8, const QString& fileName, const QString& detail)
{
    qsizetype at = 0;
    while (at < utf8.size() && (utf8[at] == ' ' || utf8[at] == '\t' || utf8[at] == '\r' || utf8[at] == '\n'))
        ++at;
    const TextPosition position = textPositionOfByteOffset(utf8, at);
    return { Problem::Severity::Error, kind, fileName, position.line, position.column, detail };
}

QString firstNonSpace(const QByteArray& utf8)
{
    for (const char c : utf8) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return QString(QLatin1Char(c));
    }
    return {};
}

ParseResult<ImportedData> readOurJson(const DecodedText& text, const ImportContext& context)
{
    ParseResult<ImportedData> result;
    // Parents may be figures the database has already: listed, and looked for there before anything is written.
    QList<std::pair<QString, TextPosition>> outsideParents;
    ParseResult<Dataset> dataset = readDatasetJson(text.utf8, context.fileName, context.metrics, &outsideParents);
    result.problems = dataset.problems;
    if (!dataset.ok())
        return result;
    ImportedData& imported = result.value;
    imported.format = QStringLiteral("Crisis Timeline JSON");
    imported.repair = text.repair;
    imported.data = Snapshot::fromDataset(dataset.value);
    imported.outsideParents = std::move(outsideParents);
    // The file's own metrics are added with it; its title is the database's only if it has none.
    // Lines found once per kind of record, when first asked: every element's offset in one pass.
    struct Lines
    {
        QByteArray json;
        std::optional<TextPositions> positions;
        std::map<RecordKind, std::vector<qsizetype>> offsets;

        // The byte offset of a record's element in its array, or -1 when there is no such element.
        qsizetype elementAt(RecordKind kind, qsizetype index)
        {
            auto found = offsets.find(kind);
            if (found == offsets.end()) {
                const QString member = kind == RecordKind::Figure ? QStringLiteral("/figures")
                    : kind == RecordKind::Event                   ? QStringLiteral("/events")
                                                                  : QStringLiteral("/sources");
                found = offsets.emplace(kind, jsonArrayElementOffsets(json, member)).first;
            }
            if (index < 0 || index >= static_cast<qsizetype>(found->second.size()))
                return -1;
            if (!positions)
                positions.emplace(json);
            return found->second[static_cast<size_t>(index)];
        }
    };
    auto lines = std::make_shared<Lines>();
    lines->json = text.utf8;
    imported.locate = [lines](RecordKind kind, qsizetype index) {
        const qsizetype element = lines->elementAt(kind, index);
        return element < 0 ? 0 : lines->positions->at(element).line;
    };
    imported.locateId = [lines](RecordKind kind, qsizetype index) {
        const qsizetype element = lines->elementAt(kind, index);
        return element < 0 ? TextPosition { 0, 0 }
                           : lines->positions->at(locateJsonPointerOffset(lines->json, QStringLiteral("/id"), element));
    };
    return result;
}

// Whether text reads as prose rather than a table: its first line has no field separator and several words.
bool looksLikeProse(const QByteArray& utf8)
{
    const QByteArray line = utf8.left(utf8.indexOf('\n') < 0 ? utf8.size() : utf8.indexOf('\n')).trimmed();
    return !line.contains(',') && !line.contains('\t') && !line.contains(';') && line.count(' ') >= 3;
}

// Names what differs between two descriptions of a source.
QString differenceOf(const Source& ours, const Source& theirs)
{
    const auto describe = [](const QString& name, const QString& there, const QString& here) {
        return QStringLiteral("its %1 is \u201c%2\u201d in the database, \u201c%3\u201d here").arg(name, there, here);
    };
    if (ours.document != theirs.document)
        return describe(QStringLiteral("document"), ours.document, theirs.document);
    if (ours.outlet != theirs.outlet)
        return describe(QStringLiteral("outlet"), ours.outlet, theirs.outlet);
    if (ours.title != theirs.title)
        return describe(QStringLiteral("title"), ours.title, theirs.title);
    if (ours.published != theirs.published)
        return describe(QStringLiteral("publication date"), ours.published.toEdtf(), theirs.published.toEdtf());
    if (ours.url != theirs.url)
        return describe(QStringLiteral("URL"), ours.url, theirs.url);
    return QStringLiteral("its details differ from the database's");
}

} // namespace

QString idSlug(const QString& text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.endsWith(u'-') && !out.isEmpty())
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(40);
}

QString sourceIdForFile(const ImportContext& context)
{
    const QString name = idSlug(QFileInfo(context.fileName).completeBaseName());
    const QString base = QStringLiteral("src-") + (name.isEmpty() ? QStringLiteral("import") : name);
    QString id = base;
    for (int n = 2; context.sourceIdTaken && context.sourceIdTaken(id); ++n)
        id = base + QStringLiteral("-%1").arg(n);
    return id;
}

Source sourceForFile(const ImportContext& context, const QString& id, const QString& formatName)
{
    Source source;
    source.id = id;
    source.document = QFileInfo(context.fileName).fileName();
    source.description = QStringLiteral("Imported from %1 (%2)").arg(source.document, formatName);
    return source;
}

TextPosition ImportedData::positionOf(RecordKind kind, qsizetype index) const
{
    if (locateId && index >= 0) {
        if (const TextPosition at = locateId(kind, index); at.line > 0)
            return at;
    }
    const int line = lineOf(kind, index);
    return line > 0 ? TextPosition { line, 1 } : TextPosition { 1, 1 };
}

void placeImportErrors(QList<Problem>& problems)
{
    for (Problem& problem : problems) {
        if (problem.severity != Problem::Severity::Error)
            continue;
        if (problem.line <= 0) {
            problem.line = 1;
            problem.column = 1;
        } else if (problem.column <= 0) {
            problem.column = 1;
        }
    }
}

int ImportedData::lineOf(RecordKind kind, qsizetype index) const
{
    const std::vector<int>& lines = kind == RecordKind::Figure ? figureLines
        : kind == RecordKind::Event                            ? eventLines
                                                               : sourceLines;
    if (index >= 0 && index < static_cast<qsizetype>(lines.size()))
        return lines[static_cast<size_t>(index)];
    return locate && index >= 0 ? locate(kind, index) : 0;
}

std::optional<ImportFormat> importFormatFromKey(QStringView key)
{
    if (key == u"auto")
        return ImportFormat::Auto;
    if (key == u"json")
        return ImportFormat::Json;
    if (key == u"hxl")
        return ImportFormat::Hxl;
    if (key == u"timelinejs")
        return ImportFormat::TimelineJs;
    if (key == u"table")
        return ImportFormat::Table;
    if (key == u"article")
        return ImportFormat::Article;
    return std::nullopt;
}

QString importFormatKey(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return QStringLiteral("auto");
    case ImportFormat::Json:
        return QStringLiteral("json");
    case ImportFormat::Hxl:
        return QStringLiteral("hxl");
    case ImportFormat::TimelineJs:
        return QStringLiteral("timelinejs");
    case ImportFormat::Table:
        return QStringLiteral("table");
    case ImportFormat::Article:
        return QStringLiteral("article");
    }
    return {};
}

ParseResult<ImportFormat> detectImportFormat(const DecodedText& text, const ImportContext& context)
{
    ParseResult<ImportFormat> result;
    result.value = ImportFormat::Auto;
    const auto refuse = [&](const Problem& problem) {
        result.problems.append(problem);
        return result;
    };
    if (!context.mapping.isEmpty()) {
        result.value = ImportFormat::Table; // a mapping says the file is a table
        return result;
    }
    const QString first = firstNonSpace(text.utf8);
    if (first.isEmpty())
        return refuse(
            fileProblem(Problem::Kind::EmptyFile, context.fileName, QStringLiteral("the file holds only blank lines")));
    // Plain text is an article: by its name, or because its first line is prose rather than a header.
    const QString suffix = QFileInfo(context.fileName).suffix().toLower();
    if (suffix == u"txt" || suffix == u"text" || suffix == u"md") {
        result.value = ImportFormat::Article;
        return result;
    }
    if (first == u"{" || first == u"[") {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.utf8, &error);
        if (document.isObject() && document.object().value(QStringLiteral("format")).toString() == datasetFormatName)
            result.value = ImportFormat::Json;
        else if (error.error == QJsonParseError::NoError && isTimelineJsJson(text.utf8))
            result.value = ImportFormat::TimelineJs;
        else if (error.error == QJsonParseError::NoError && isJsonRecordArray(text.utf8))
            result.value = ImportFormat::Table;
        else if (error.error != QJsonParseError::NoError)
            result.value = ImportFormat::Json; // our reader says where the JSON breaks
        else
            return refuse(contentProblem(Problem::Kind::UnsupportedFormat, text.utf8, context.fileName,
                QStringLiteral("JSON, but not a format we import: a Crisis Timeline dataset has \"format\": \"%1\", "
                               "a TimelineJS timeline an \"events\" array, a table is an array of records")
                    .arg(datasetFormatName)));
    } else if (isTimelineJsCsv(text.utf8)) {
        result.value = ImportFormat::TimelineJs;
    } else if (std::optional<Problem> broken; findHxlHashtagRow(text.utf8, context.fileName, &broken) >= 0) {
        result.value = hxlHasValueColumn(text.utf8, context.metrics) ? ImportFormat::Hxl : ImportFormat::Table;
    } else if (broken) {
        return refuse(*broken); // the CSV breaks before any hashtag row
    } else if (looksLikeProse(text.utf8)) {
        result.value = ImportFormat::Article;
    } else if (first != u"<") {
        result.value = ImportFormat::Table; // a table from elsewhere: the mapping says what its columns hold
    } else {
        return refuse(contentProblem(Problem::Kind::UnsupportedFormat, text.utf8, context.fileName,
            QStringLiteral("not a format we import: a Crisis Timeline JSON dataset, CSV with an HXL hashtag row "
                           "(such as #date, #affected+killed) under its header, a TimelineJS sheet or JSON, or a "
                           "table")));
    }
    return result;
}

namespace {

ParseResult<ImportedData> readImportAsItComes(
    const QByteArray& bytes, ImportFormat format, const ImportContext& context)
{
    ParseResult<ImportedData> result;
    if (bytes.isEmpty()) {
        result.problems.append(
            fileProblem(Problem::Kind::EmptyFile, context.fileName, QStringLiteral("the file is empty")));
        return result;
    }
    ParseResult<DecodedText> decoded = decodeText(bytes, context.fileName);
    if (!decoded.ok()) {
        result.problems = decoded.problems;
        return result;
    }
    const DecodedText& text = decoded.value;
    const QString first = firstNonSpace(text.utf8);
    if (format == ImportFormat::Auto) {
        const ParseResult<ImportFormat> detected = detectImportFormat(text, context);
        if (!detected.ok()) {
            result.problems = detected.problems;
            return result;
        }
        format = detected.value;
    }
    switch (format) {
    case ImportFormat::Json:
        result = readOurJson(text, context);
        break;
    case ImportFormat::Hxl:
        result = readHxlFigures(text, context);
        break;
    case ImportFormat::TimelineJs:
        result = first == u"{" || first == u"[" ? readTimelineJsJson(text, context) : readTimelineJsCsv(text, context);
        break;
    case ImportFormat::Table:
        result = readTable(text, context);
        break;
    case ImportFormat::Article:
        result = readArticle(text, context);
        break;
    case ImportFormat::Auto:
        break;
    }
    if (!text.encoding.startsWith(QStringLiteral("UTF-8")))
        result.value.format += QStringLiteral(", ") + text.encoding;
    return result;
}

} // namespace

ParseResult<ImportedData> readImport(const QByteArray& bytes, ImportFormat format, const ImportContext& context)
{
    ParseResult<ImportedData> result = readImportAsItComes(bytes, format, context);
    placeImportErrors(result.problems);
    return result;
}

namespace {

// Figures handed from the reading thread to the writing one, a few parts at a time.
class PartQueue
{
public:
    bool push(FigureTable&& part)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [&] { return m_parts.size() < 3 || m_closed; });
        if (m_closed)
            return false;
        m_parts.push_back(std::move(part));
        m_ready.notify_one();
        return true;
    }
    // The reader is done: no more parts.
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_ready.notify_all();
    }
    // The writer is done: parts are no longer taken.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_parts.clear();
        m_space.notify_all();
    }
    std::optional<FigureTable> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_parts.empty() || m_finished; });
        if (m_parts.empty())
            return std::nullopt;
        FigureTable part = std::move(m_parts.front());
        m_parts.pop_front();
        m_space.notify_one();
        return part;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<FigureTable> m_parts;
    bool m_finished = false;
    bool m_closed = false;
};

// Whether a file is HXL CSV as readImport would find (cheaply: the first rows only).
bool isHxlFile(const QByteArray& bytes, const QString& fileName, ImportFormat format)
{
    if (format == ImportFormat::Hxl)
        return true;
    if (format != ImportFormat::Auto)
        return false;
    const QString first = firstNonSpace(bytes.left(4096));
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (first.isEmpty() || first == u"{" || first == u"[" || suffix == u"txt" || suffix == u"text" || suffix == u"md")
        return false;
    // Only plain UTF-8 (a byte order mark or UTF-16 goes the usual way).
    if (bytes.startsWith("\xEF\xBB\xBF") || bytes.left(4096).contains('\0'))
        return false;
    const QByteArray head = bytes.left(1024 * 1024);
    return !isTimelineJsCsv(head) && findHxlHashtagRow(head) >= 0;
}

// A source text as check-citations reads it, with the code point offsets that quotes give turned into UTF-16
// indexes without counting from the start each time (a million quotes of one file stay linear).
class QuotedText
{
public:
    explicit QuotedText(QString text)
        : m_text(std::move(text))
    {
        for (qsizetype i = 0; i + 1 < m_text.size(); ++i) {
            if (m_text.at(i).isHighSurrogate() && m_text.at(i + 1).isLowSurrogate()) {
                m_pairs.push_back(i - static_cast<qsizetype>(m_pairs.size())); // the pair's code point offset
                ++i;
            }
        }
    }
    /// Length in code points.
    qint64 length() const { return m_text.size() - static_cast<qsizetype>(m_pairs.size()); }
    /// Whether the quote stands at the code point offset.
    bool standsAt(const QString& quote, qint64 offset) const
    {
        if (offset < 0 || offset > length())
            return false;
        const auto before = std::lower_bound(m_pairs.begin(), m_pairs.end(), offset) - m_pairs.begin();
        return QStringView(m_text).mid(static_cast<qsizetype>(offset + before)).startsWith(quote);
    }
    bool contains(const QString& quote) const { return m_text.contains(quote); }

private:
    QString m_text;
    std::vector<qsizetype> m_pairs;
};

// Figures at least this many bytes of HXL are read and written side by side.
constexpr qsizetype overlapBytes = 16 * 1024 * 1024;

ImportReport importWith(Repository& repository, const QString& fileName,
    const std::function<ParseResult<ImportedData>(ImportContext& context)>& read, bool dryRun, const Progress& progress,
    bool overlap, bool skipImported)
{
    ImportReport report;
    const auto fail = [&](Problem::Kind kind, const QString& detail) {
        report.problems.append(fileProblem(kind, fileName, detail));
        return report;
    };
    auto catalog = repository.loadCatalog();
    if (!catalog)
        return fail(Problem::Kind::Io, catalog.error().message);
    ImportContext context;
    context.fileName = fileName;
    for (const Metric& metric : std::as_const(catalog.value().metrics))
        context.metrics.insert(metric);
    QHash<QString, qsizetype> existingSources;
    for (qsizetype i = 0; i < catalog.value().sources.size(); ++i)
        existingSources.insert(catalog.value().sources.at(i).id, i);
    context.sourceExists = [&](QStringView id) { return existingSources.contains(id.toString()); };
    context.sourceIdTaken = context.sourceExists;

    ParseResult<ImportedData> parsed;
    ImportedData& imported = parsed.value;
    const auto errorAt = [&](Problem::Kind problem, RecordKind kind, qsizetype index, const QString& detail) {
        const TextPosition at = imported.positionOf(kind, index);
        report.problems.append({ Problem::Severity::Error, problem, fileName, at.line, at.column, detail });
    };
    // Records whose quote a record imported before from a file of this name has (the source made for the file,
    // imported again): counted and said; with skipImported, left out.
    const auto leaveOutWhatWasImported = [&] {
        const QString document = QFileInfo(fileName).fileName();
        QSet<QString> before;
        for (const Source& source : std::as_const(catalog.value().sources)) {
            if (source.document == document && source.description.startsWith(QStringLiteral("Imported from ")))
                before.insert(source.id);
        }
        if (before.isEmpty() || (imported.data.figures.isEmpty() && imported.data.events.isEmpty()))
            return;
        auto stored = repository.loadSnapshot();
        if (!stored)
            return;
        QSet<QString> quotes;
        const FigureTable& old = stored.value().figures;
        for (qsizetype row = 0; row < old.size(); ++row) {
            if (before.contains(old.sourceId(row)))
                quotes.insert(old.quote(row));
        }
        for (const Event& event : std::as_const(stored.value().events)) {
            for (const Citation& citation : event.citations) {
                if (before.contains(citation.sourceId))
                    quotes.insert(citation.quote);
            }
        }
        const FigureTable& figures = imported.data.figures;
        std::vector<bool> seenFigure(static_cast<size_t>(figures.size()), false);
        qsizetype figuresAgain = 0;
        for (qsizetype row = 0; row < figures.size(); ++row) {
            seenFigure[static_cast<size_t>(row)] = quotes.contains(figures.quote(row));
            figuresAgain += seenFigure[static_cast<size_t>(row)] ? 1 : 0;
        }
        qsizetype again = figuresAgain;
        std::vector<bool> seenEvent;
        for (const Event& event : std::as_const(imported.data.events)) {
            const bool seen = std::any_of(event.citations.cbegin(), event.citations.cend(),
                [&](const Citation& citation) { return quotes.contains(citation.quote); });
            seenEvent.push_back(seen);
            again += seen ? 1 : 0;
        }
        if (again == 0)
            return;
        report.alreadyImported = again;
        const qsizetype total = figures.size() + imported.data.events.size();
        const QString ids = QStringList(before.cbegin(), before.cend()).join(QStringLiteral(", "));
        if (!skipImported) {
            report.problems.append({ Problem::Severity::Warning, Problem::Kind::AlreadyImported, fileName, 1, 1,
                QStringLiteral("%1 of %2 records were imported from a file named %3 before (source %4): importing "
                               "them again makes duplicates; skip them with --skip-imported (in the window: "
                               "\u201cSkip what was imported before\u201d)")
                    .arg(QString::number(again), QString::number(total), document, ids) });
            return;
        }
        // Left out, with the lines they were read from.
        FigureTable::Builder kept(figures.size() - figuresAgain);
        std::vector<int> keptLines;
        for (qsizetype row = 0; row < figures.size(); ++row) {
            if (seenFigure[static_cast<size_t>(row)])
                continue;
            kept.append(figures.figure(row));
            keptLines.push_back(imported.lineOf(RecordKind::Figure, row));
        }
        QList<Event> keptEvents;
        std::vector<int> keptEventLines;
        for (qsizetype i = 0; i < imported.data.events.size(); ++i) {
            if (seenEvent[static_cast<size_t>(i)])
                continue;
            keptEvents.append(imported.data.events.at(i));
            keptEventLines.push_back(imported.lineOf(RecordKind::Event, i));
        }
        imported.data.figures = kept.finish();
        imported.data.events = keptEvents;
        imported.figureLines = std::move(keptLines);
        imported.eventLines = std::move(keptEventLines);
        imported.locateId = nullptr; // the indexes moved: lines only
        imported.locate = nullptr;
        report.skipped = again;
        report.problems.append({ Problem::Severity::Warning, Problem::Kind::AlreadyImported, fileName, 1, 1,
            QStringLiteral("%1 of %2 records were imported from a file named %3 before (source %4): left out")
                .arg(QString::number(again), QString::number(total), document, ids) });
    };
    // Quotes whose source's text is beside the database must stand in it at their offsets, as check-citations
    // would find them.
    const auto checkQuotesAgainstTexts = [&] {
        const QString folder = repository.location().sourceTextsFolder();
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            return;
        QHash<QString, QString> documentOf;
        for (const Source& source : std::as_const(catalog.value().sources))
            documentOf.insert(source.id, source.document);
        for (const Source& source : std::as_const(imported.data.sources))
            documentOf.insert(source.id, source.document);
        SourceTextCache sourceTexts({ folder });
        std::map<QString, std::optional<QuotedText>> texts;
        // By source, as each record names it: a million figures of a few thousand sources look up a few thousand
        // documents.
        QHash<QString, const QuotedText*> textOfSource;
        const auto textOf = [&](const QString& sourceId) -> const QuotedText* {
            if (const auto known = textOfSource.constFind(sourceId); known != textOfSource.cend())
                return *known;
            const QString document = documentOf.value(sourceId);
            auto found = texts.find(document);
            if (found == texts.end()) {
                std::optional<QuotedText> text;
                if (const SourceTextCache::Document& read = sourceTexts.document(document);
                    read.status == SourceTextCache::Document::Status::Read)
                    text.emplace(read.text);
                found = texts.emplace(document, std::move(text)).first;
            }
            const QuotedText* text = found->second ? &*found->second : nullptr;
            textOfSource.insert(sourceId, text);
            return text;
        };
        int wrong = 0;
        const auto check = [&](RecordKind kind, qsizetype index, const QString& id, const Citation& citation) {
            const QuotedText* text = textOf(citation.sourceId);
            if (!text || text->standsAt(citation.quote, citation.offset))
                return;
            ++wrong;
            const QString document = documentOf.value(citation.sourceId);
            errorAt(Problem::Kind::QuoteNotFound, kind, index,
                citation.offset > text->length()
                    ? QStringLiteral("%1 \u201c%2\u201d quotes %3 at %4, past its end (%5 characters)")
                          .arg(recordKindName(kind), id, document, QString::number(citation.offset),
                              QString::number(text->length()))
                    : text->contains(citation.quote)
                    ? QStringLiteral(
                        "%1 \u201c%2\u201d: its quote is not at %3 in %4 (check-citations says where it stands)")
                          .arg(recordKindName(kind), id, QString::number(citation.offset), document)
                    : QStringLiteral("%1 \u201c%2\u201d: its quote is not in %3, the text beside the database")
                          .arg(recordKindName(kind), id, document));
        };
        const FigureTable& figures = imported.data.figures;
        for (qsizetype row = 0; row < figures.size() && wrong < maxImportProblems; ++row) {
            const QString sourceId = figures.sourceId(row);
            if (textOf(sourceId)) // else no text to check against: the quote is not even read
                check(RecordKind::Figure, row, figures.id(row),
                    { sourceId, figures.quote(row), figures.quoteOffset(row) });
        }
        for (qsizetype i = 0; i < imported.data.events.size() && wrong < maxImportProblems; ++i) {
            for (const Citation& citation : imported.data.events.at(i).citations)
                check(RecordKind::Event, i, imported.data.events.at(i).id, citation);
        }
    };
    // What the file says checked against the database; false (with the problems in the report) when it cannot go in.
    const auto check = [&]() -> bool {
        report.problems = parsed.problems;
        report.listing = imported.listing;
        placeImportErrors(report.problems);
        if (!parsed.ok())
            return false;
        report.format = imported.format;
        report.repair = imported.repair;
        // Stories are made in the window: one from a file could replace one of the user's with the same id, and
        // an import with stories could not be undone (its events are their steps).
        if (!imported.data.stories.isEmpty()) {
            report.problems.append({ Problem::Severity::Warning, Problem::Kind::Ignored, fileName, 0, 0,
                QStringLiteral("%1 stories left out: stories are made in the window's Story dock")
                    .arg(imported.data.stories.size()) });
            imported.data.stories.clear();
        }
        // No figure may be its own ancestor, whatever the format: the rule every importer shares (JSON's reader
        // has said so already, at the member).
        {
            const FigureTable& figures = imported.data.figures;
            const std::vector<qsizetype> cycles = figuresOnParentCycles(
                figures.size(), [&](qsizetype row) { return figures.id(row); },
                [&](qsizetype row) { return figures.parentId(row); });
            for (size_t i = 0; i < cycles.size() && i < static_cast<size_t>(maxImportProblems); ++i)
                errorAt(Problem::Kind::ParentCycle, RecordKind::Figure, cycles[i],
                    QStringLiteral("figure \u201c%1\u201d is its own ancestor: its parents lead back to it")
                        .arg(figures.id(cycles[i])));
        }
        // What is imported before from a file of the same name (a source made for it): said, and left out on asking.
        leaveOutWhatWasImported();
        // Counts are never negative: a metric counted in people, cases or countries, or over a period.
        {
            MetricRegistry metrics = context.metrics;
            for (const Metric& metric : std::as_const(imported.data.metrics))
                metrics.insert(metric);
            const FigureTable& figures = imported.data.figures;
            int negative = 0;
            for (qsizetype row = 0; row < figures.size() && negative < maxImportProblems; ++row) {
                if (figures.value(row) >= 0)
                    continue; // the metric looked up only for a negative value: a million lookups otherwise
                const Metric* metric = metrics.find(figures.metric(row));
                if (metric && metric->isCount()) {
                    ++negative;
                    errorAt(Problem::Kind::InvalidValue, RecordKind::Figure, row,
                        QStringLiteral("figure \u201c%1\u201d counts %2 %3: a count cannot be negative")
                            .arg(figures.id(row), QString::number(figures.value(row)), metric->label.toLower()));
                }
            }
        }
        checkQuotesAgainstTexts();
        // Sources the database has: the same description, and then not added again.
        QList<Source> newSources;
        std::vector<int> newSourceLines;
        for (qsizetype i = 0; i < imported.data.sources.size(); ++i) {
            const Source& source = imported.data.sources.at(i);
            const auto existing = existingSources.constFind(source.id);
            if (existing == existingSources.cend()) {
                newSources.append(source);
                newSourceLines.push_back(imported.lineOf(RecordKind::Source, i));
            } else if (catalog.value().sources.at(*existing) != source) {
                errorAt(Problem::Kind::Conflict, RecordKind::Source, i,
                    QStringLiteral("source \u201c%1\u201d is in the database already, described differently: %2")
                        .arg(source.id, differenceOf(catalog.value().sources.at(*existing), source)));
            }
        }
        // Parents outside the file must be in the database.
        if (!imported.outsideParents.isEmpty()) {
            QStringList ids;
            for (const auto& parent : std::as_const(imported.outsideParents))
                ids.append(parent.first);
            ids.removeDuplicates();
            const auto found = repository.existingIds(RecordKind::Figure, ids);
            if (!found) {
                fail(Problem::Kind::Io, found.error().message);
                return false;
            }
            const QSet<QString> there(found.value().cbegin(), found.value().cend());
            for (const auto& [parent, at] : std::as_const(imported.outsideParents)) {
                if (!there.contains(parent))
                    report.problems.append(
                        { Problem::Severity::Error, Problem::Kind::UnknownReference, fileName, at.line, at.column,
                            QStringLiteral("parent figure \u201c%1\u201d is neither in the file nor in the database")
                                .arg(parent) });
            }
        }
        // A dry run checks the ids too (a real import leaves that to the database, which refuses a taken id).
        if (dryRun) {
            const auto taken = [&](RecordKind kind, const QStringList& ids) {
                const auto found = repository.existingIds(kind, ids);
                if (!found) {
                    report.problems.append(fileProblem(Problem::Kind::Io, fileName, found.error().message));
                    return;
                }
                QHash<QString, qsizetype> indexOf;
                if (!found.value().isEmpty()) {
                    for (qsizetype i = 0; i < ids.size(); ++i)
                        indexOf.insert(ids.at(i), i);
                }
                for (const QString& id : found.value().mid(0, maxImportProblems))
                    errorAt(Problem::Kind::DuplicateId, kind, indexOf.value(id, -1),
                        QStringLiteral("the database has a %1 with the id \u201c%2\u201d already")
                            .arg(recordKindName(kind), id));
                if (found.value().size() > maxImportProblems)
                    report.problems.append(fileProblem(Problem::Kind::MoreProblems, fileName,
                        QStringLiteral("and %1 more ids the database has already")
                            .arg(found.value().size() - maxImportProblems)));
            };
            QStringList figureIds;
            figureIds.reserve(imported.data.figures.size());
            for (qsizetype row = 0; row < imported.data.figures.size(); ++row)
                figureIds.append(imported.data.figures.id(row));
            taken(RecordKind::Figure, figureIds);
            QStringList eventIds;
            for (const Event& event : std::as_const(imported.data.events))
                eventIds.append(event.id);
            taken(RecordKind::Event, eventIds);
        }
        report.figures = imported.data.figures.size();
        report.events = imported.data.events.size();
        if (report.figures == 0 && report.events == 0 && report.ok() && report.skipped > 0) {
            // Every record was imported before and is left out: nothing to write, not even the file's source.
            report.sources = 0;
            report.nothingNew = true;
            return false;
        }
        report.sources = newSources.size();
        imported.data.sources = newSources;
        imported.sourceLines = newSourceLines;
        return report.ok();
    };

    Result<void> added;
    if (!overlap || dryRun) {
        parsed = read(context);
        if (!check() || dryRun)
            return report;
        added = repository.add(imported.data, progress);
    } else {
        // Reading on one thread, writing on this one: the parts read are written while the rest is read.
        PartQueue queue;
        context.figureParts = [&queue](FigureTable&& part) { return queue.push(std::move(part)); };
        std::thread reader([&] {
            parsed = read(context);
            queue.finish();
        });
        bool joined = false;
        added = repository.addInParts([&]() -> Result<std::optional<FigureTable>> { return queue.pop(); },
            [&]() -> Result<const Snapshot*> {
                reader.join();
                joined = true;
                if (!check())
                    return Error { Error::Code::InvalidInput, QStringLiteral("the file has problems"), {} };
                return &imported.data;
            },
            progress);
        queue.close();
        if (!joined)
            reader.join();
        if (!added && !joined) // the writer stopped first: the reader's own problems come first
            check();
        if (!report.ok())
            return report;
    }
    if (!added) {
        const Error& error = added.error();
        if (error.code == Error::Code::Cancelled)
            return fail(Problem::Kind::Cancelled, QStringLiteral("cancelled: nothing was imported"));
        if (error.record.id.isEmpty())
            return fail(Problem::Kind::Io, error.message);
        qsizetype index = -1;
        if (error.record.kind == RecordKind::Figure) {
            index = imported.data.figures.rowOfId(error.record.id);
        } else if (error.record.kind == RecordKind::Event) {
            for (qsizetype i = 0; i < imported.data.events.size() && index < 0; ++i)
                index = imported.data.events.at(i).id == error.record.id ? i : -1;
        } else {
            for (qsizetype i = 0; i < imported.data.sources.size() && index < 0; ++i)
                index = imported.data.sources.at(i).id == error.record.id ? i : -1;
        }
        const bool taken = error.message.contains(QStringLiteral("UNIQUE"));
        errorAt(taken ? Problem::Kind::DuplicateId : Problem::Kind::Io, error.record.kind, index,
            taken ? QStringLiteral("the database has a %1 with the id \u201c%2\u201d already: nothing was imported")
                        .arg(recordKindName(error.record.kind), error.record.id)
                  : QStringLiteral("%1 \u201c%2\u201d could not be added (%3): nothing was imported")
                        .arg(recordKindName(error.record.kind), error.record.id, error.message));
        return report;
    }
    report.written = true;
    report.revision = repository.lastSavedRevision();
    report.figureIds.reserve(imported.data.figures.size());
    for (qsizetype row = 0; row < imported.data.figures.size(); ++row)
        report.figureIds.append(imported.data.figures.id(row));
    for (const Event& event : std::as_const(imported.data.events))
        report.eventIds.append(event.id);
    for (const Source& source : std::as_const(imported.data.sources))
        report.sourceIds.append(source.id);
    return report;
}

} // namespace

ImportReport importInto(Repository& repository, const QByteArray& bytes, const QString& fileName, ImportFormat format,
    bool dryRun, const Progress& progress, const TableMapping& mapping, const ArticleImportOptions& article,
    bool skipImported)
{
    // Leaving out what was imported before needs every figure read before any is written.
    const bool overlap = !dryRun && !skipImported && mapping.isEmpty() && bytes.size() >= overlapBytes
        && isHxlFile(bytes, fileName, format);
    return importWith(
        repository, fileName,
        [&](ImportContext& context) {
            context.mapping = mapping;
            context.article = article;
            return readImport(bytes, format, context);
        },
        dryRun, progress, overlap, skipImported);
}

ImportReport importInto(Repository& repository, const QString& fileName,
    const std::function<ParseResult<ImportedData>(ImportContext& context)>& read, bool dryRun, const Progress& progress,
    bool skipImported)
{
    return importWith(repository, fileName, read, dryRun, progress, false, skipImported);
}

} // namespace crisis::core
