#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/articles/articleimport.h>
#include <crisis/core/support/textposition.h>

#include <QFileInfo>

#include <cmath>

namespace crisis::core {

namespace {

// Line and column of UTF-16 indexes, counted on from the index asked before (from the start again for an earlier
// one): an article's numbers are asked in text order, so its text is read once, not once per number.
class IndexPositions
{
public:
    explicit IndexPositions(QStringView text)
        : m_text(text)
    { }
    TextPosition at(qsizetype index)
    {
        if (index < m_index) {
            m_index = 0;
            m_position = {};
        }
        for (; m_index < index && m_index < m_text.size(); ++m_index) {
            if (m_text.at(m_index) == u'\n') {
                ++m_position.line;
                m_position.column = 1;
            } else if (!m_text.at(m_index).isLowSurrogate()) {
                ++m_position.column;
            }
        }
        return m_position;
    }

private:
    QStringView m_text;
    qsizetype m_index = 0;
    TextPosition m_position;
};

Problem problemAt(const QString& fileName, IndexPositions& positions, const FigureProposal& proposal,
    Problem::Severity severity, const QString& detail)
{
    const TextPosition at = positions.at(proposal.numberStart);
    return { severity, fileName, at.line, at.column, detail };
}

QString tooLong()
{
    return QStringLiteral("longer than an article is read (%1 MB): is this an article?")
        .arg(QString::number(maxArticleBytes / (1024 * 1024)));
}

QString describe(const FigureProposal& proposal)
{
    return QStringLiteral("\u201c%1\u201d").arg(proposal.numberText);
}

} // namespace

ParseResult<ArticleReading> readArticleProposals(
    const QByteArray& bytes, const QString& fileName, const MetricRegistry& metrics)
{
    ParseResult<ArticleReading> result;
    if (bytes.isEmpty()) {
        result.problems.append({ Problem::Severity::Error, fileName, 0, 0, QStringLiteral("the file is empty") });
        return result;
    }
    ParseResult<DecodedText> decoded = decodeText(bytes, fileName);
    result.problems = decoded.problems;
    if (!decoded.ok())
        return result;
    if (decoded.value.utf8.size() > maxArticleBytes) {
        result.problems.append({ Problem::Severity::Error, fileName, 1, 1, tooLong() });
        return result;
    }
    result.value.text = decoded.value;
    result.value.string = QString::fromUtf8(decoded.value.utf8);
    // Offsets count a byte order mark the file starts with, as check-citations reads it.
    if (codePointOffsetBase(decoded.value) > 0)
        result.value.string.prepend(QChar(0xFEFF));
    ArticleScanOptions options;
    options.metrics = metrics;
    result.value.proposals = proposeFigures(result.value.string, options);
    return result;
}

ParseResult<ImportedData> articleFigures(
    const ArticleReading& article, const QList<FigureProposal>& accepted, const ImportContext& context)
{
    ParseResult<ImportedData> result;
    ImportedData& data = result.value;
    data.format = QStringLiteral("article");
    data.repair = article.text.repair;
    const QString sourceId = sourceIdForFile(context);
    Source source = sourceForFile(context, sourceId, QStringLiteral("article"));
    // The headline: the first line, when it is one.
    const QString first = article.string.section(u'\n', 0, 0).trimmed().remove(QChar(0xFEFF));
    if (!first.isEmpty() && first.size() <= 200 && !first.endsWith(u'.'))
        source.title = first;
    source.published = context.published;
    FigureTable::Builder figures(accepted.size());
    IndexPositions positions(article.string);
    int number = 0;
    for (const FigureProposal& proposal : accepted) {
        ++number;
        const auto error = [&](const QString& detail) {
            result.problems.append(problemAt(context.fileName, positions, proposal, Problem::Severity::Error, detail));
        };
        const Metric* metric = context.metrics.find(proposal.metric);
        if (proposal.metric.isEmpty()) {
            error(QStringLiteral("%1: which metric? none was found in its sentence").arg(describe(proposal)));
            continue;
        }
        if (!metric) {
            error(QStringLiteral("%1: unknown metric \u201c%2\u201d").arg(describe(proposal), proposal.metric));
            continue;
        }
        // A level with no date of its own holds when the article was published, if the user says when.
        const bool atPublication = (!proposal.period || !proposal.period->isValid()) && context.published.isValid()
            && metric->kind == Metric::Kind::Stock;
        if ((!proposal.period || !proposal.period->isValid()) && !atPublication) {
            error(QStringLiteral("%1: no period stated; give the date the figure holds at or the period it counts")
                      .arg(describe(proposal)));
            continue;
        }
        if (!std::isfinite(proposal.value)) {
            error(QStringLiteral("%1: not a number").arg(describe(proposal)));
            continue;
        }
        // The number in the metric's unit: "half" of an area under gang control is 50 percent, "80%" of a whole
        // is a share of 0.8; a percentage is never a count.
        double value = proposal.value;
        const bool fractionWord = !proposal.percent && value > 0 && value < 1;
        if (metric->unit == u"percent" && fractionWord) {
            value *= 100;
        } else if (metric->unit == u"fraction" && proposal.percent) {
            value /= 100;
        } else if (proposal.percent && metric->unit != u"percent") {
            error(QStringLiteral("%1 is a percentage: it cannot be %2 (%3)")
                      .arg(describe(proposal), metric->label.toLower(), metric->unit));
            continue;
        }
        Figure figure;
        figure.id = QStringLiteral("fig-%1-%2").arg(sourceId.mid(4), QString::number(number));
        figure.metric = metric->key;
        figure.value = value;
        figure.qualifier = proposal.qualifier;
        figure.subject = proposal.subject;
        figure.reported = context.published;
        figure.reportedInferred = false;
        if (atPublication) {
            figure.period = Period(context.published);
            figure.periodInferred = true;
            figure.periodNote = QStringLiteral("no date in the sentence: taken to hold at the article's publication");
        } else {
            figure.period = *proposal.period;
        }
        if (!atPublication && proposal.periodYearInferred) {
            figure.periodInferred = true;
            figure.periodNote = QStringLiteral("the year is not in the sentence: taken from the article's date");
        }
        figure.citation.sourceId = sourceId;
        figure.citation.quote = proposal.sentence;
        figure.citation.offset = proposal.sentenceOffset;
        figures.append(figure);
        data.figureLines.push_back(positions.at(proposal.numberStart).line);
    }
    if (!hasErrors(result.problems) && accepted.isEmpty())
        result.problems.append({ Problem::Severity::Error, context.fileName, 0, 0,
            QStringLiteral("no figures accepted: check the ones to import") });
    if (hasErrors(result.problems)) {
        result.value = ImportedData();
        return result;
    }
    data.data.figures = figures.finish();
    data.data.sources.append(source);
    data.sourceLines.push_back(1);
    return result;
}

ParseResult<ImportedData> readArticle(const DecodedText& text, const ImportContext& context)
{
    if (text.utf8.size() > maxArticleBytes) {
        ParseResult<ImportedData> result;
        result.problems.append({ Problem::Severity::Error, context.fileName, 1, 1, tooLong() });
        return result;
    }
    ArticleReading article;
    article.text = text;
    article.string = QString::fromUtf8(text.utf8);
    if (codePointOffsetBase(text) > 0)
        article.string.prepend(QChar(0xFEFF));
    ArticleScanOptions options;
    options.metrics = context.metrics;
    if (context.published.isValid())
        options.articleDate = context.published;
    article.proposals = proposeFigures(article.string, options);
    QList<FigureProposal> complete;
    QList<Problem> leftOut;
    qsizetype leftOutCount = 0;
    IndexPositions positions(article.string);
    for (const FigureProposal& proposal : std::as_const(article.proposals)) {
        QString missing;
        if (proposal.metric.isEmpty() || !context.metrics.find(proposal.metric))
            missing = QStringLiteral("no metric found in its sentence");
        else if (!proposal.period
            && (!context.published.isValid() || context.metrics.find(proposal.metric)->kind != Metric::Kind::Stock))
            missing = context.published.isValid() ? QStringLiteral("a count with no period stated")
                                                  : QStringLiteral("no period stated (--published gives levels one)");
        if (missing.isEmpty())
            complete.append(proposal);
        else if (++leftOutCount <= maxImportProblems) // each said up to a limit, the rest counted
            leftOut.append(problemAt(context.fileName, positions, proposal, Problem::Severity::Warning,
                QStringLiteral("%1 left out: %2 (review it in File \u2192 Import)").arg(describe(proposal), missing)));
    }
    if (leftOutCount > maxImportProblems)
        leftOut.append({ Problem::Severity::Warning, context.fileName, 0, 0,
            QStringLiteral("and %1 more figures left out").arg(leftOutCount - maxImportProblems) });
    if (complete.isEmpty()) {
        ParseResult<ImportedData> result;
        result.problems = leftOut;
        result.problems.append({ Problem::Severity::Error, context.fileName, 0, 0,
            QStringLiteral("%1 figures proposed, none with both a metric and a stated period: review them in File "
                           "\u2192 Import")
                .arg(article.proposals.size()) });
        return result;
    }
    ParseResult<ImportedData> result = articleFigures(article, complete, context);
    result.problems = leftOut + result.problems;
    return result;
}

} // namespace crisis::core
