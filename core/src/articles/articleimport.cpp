#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/articles/articleimport.h>
#include <crisis/core/support/textposition.h>

#include <QFileInfo>
#include <QHash>

#include <cmath>

namespace crisis::core {

namespace {

Problem problemAt(const QString& fileName, const TextIndexPositions& positions, const FigureProposal& proposal,
    Problem::Severity severity, Problem::Kind kind, const QString& detail)
{
    const TextPosition at = positions.at(proposal.numberStart);
    return { severity, kind, fileName, at.line, at.column, detail };
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
        result.problems.append({ Problem::Severity::Error, Problem::Kind::EmptyFile, fileName, 0, 0,
            QStringLiteral("the file is empty") });
        return result;
    }
    ParseResult<DecodedText> decoded = decodeText(bytes, fileName);
    result.problems = decoded.problems;
    if (!decoded.ok())
        return result;
    if (decoded.value.utf8.size() > maxArticleBytes) {
        result.problems.append({ Problem::Severity::Error, Problem::Kind::LimitExceeded, fileName, 1, 1, tooLong() });
        return result;
    }
    result.value.text = decoded.value;
    result.value.string = QString::fromUtf8(decoded.value.utf8);
    // Offsets count a byte order mark the file starts with, as check-citations reads it.
    if (codePointOffsetBase(decoded.value) > 0)
        result.value.string.prepend(QChar(0xFEFF));
    ArticleScanOptions options;
    options.metrics = metrics;
    // The reviewer sees every number, and may name the metric of one the reader could not.
    options.withoutMetric = true;
    result.value.proposals = proposeFigures(result.value.string, options);
    return result;
}

namespace {

// The narrowest date that holds a publication date given as an interval: "2025-07/2025-12" is 2025.
PartialDate dateHolding(const Period& period)
{
    if (!period.isInterval())
        return period.start();
    const PartialDate& start = period.start();
    const PartialDate& end = period.end();
    if (start.year() != end.year())
        return {};
    if (start.month() && start.month() == end.month())
        return PartialDate::fromParts(start.year(), start.month(), start.day() == end.day() ? start.day() : 0);
    return PartialDate::fromParts(start.year());
}

QString confidenceText(const FigureProposal& p)
{
    return p.confidence == ProposalConfidence::Sure ? QStringLiteral("sure") : QStringLiteral("review");
}

} // namespace

QString describeProposal(const FigureProposal& p, const QList<FigureProposal>& all)
{
    QString text = p.qualifier.isEmpty() ? p.numberText : p.qualifier + u' ' + p.numberText;
    text += QStringLiteral(" \u2014 %1, %2, %3")
                .arg(p.metric.isEmpty() ? QStringLiteral("no metric") : p.metric,
                    p.subject.isEmpty() ? QStringLiteral("no subject") : p.subject,
                    p.period ? p.period->toEdtf() : QStringLiteral("no period"));
    if (p.status != FigureStatus::Actual)
        text += u", " + statusKey(p.status);
    if (p.parent >= 0 && p.parent < all.size())
        text += QStringLiteral(", %1 of %2")
                    .arg(p.subgroup.isEmpty() ? QStringLiteral("part") : p.subgroup, all.at(p.parent).numberText);
    return text;
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
    const Period& published = context.article.published;
    source.published = published.isValid() ? dateHolding(published) : PartialDate();
    if (published.isInterval())
        source.publishedNote = QStringLiteral("Published between %1 and %2, as given on import.")
                                   .arg(published.start().toEdtf(), published.end().toEdtf());
    FigureTable::Builder figures(accepted.size());
    // Positions found in one pass over the text, however many proposals (they come in text order).
    const TextIndexPositions positions(article.string);
    // Each accepted proposal's figure id, by the place of its number in the text (parts name their total's).
    QHash<qsizetype, QString> idAt;
    for (qsizetype i = 0; i < accepted.size(); ++i)
        idAt.insert(
            accepted.at(i).numberStart, QStringLiteral("fig-%1-%2").arg(sourceId.mid(4), QString::number(i + 1)));
    for (const FigureProposal& proposal : accepted) {
        const auto error = [&](Problem::Kind kind, const QString& detail) {
            result.problems.append(
                problemAt(context.fileName, positions, proposal, Problem::Severity::Error, kind, detail));
        };
        const Metric* metric = context.metrics.find(proposal.metric);
        if (proposal.metric.isEmpty()) {
            error(Problem::Kind::MissingField,
                QStringLiteral("%1: which metric? none was found in its sentence").arg(describe(proposal)));
            continue;
        }
        if (!metric) {
            error(Problem::Kind::UnknownReference,
                QStringLiteral("%1: unknown metric \u201c%2\u201d").arg(describe(proposal), proposal.metric));
            continue;
        }
        // A level with no date of its own holds when the article was published, if the user says when.
        const bool atPublication = (!proposal.period || !proposal.period->isValid()) && published.isValid()
            && metric->kind == Metric::Kind::Stock;
        if ((!proposal.period || !proposal.period->isValid()) && !atPublication) {
            error(Problem::Kind::MissingField,
                QStringLiteral("%1: no period stated; give the date the figure holds at or the period it counts")
                    .arg(describe(proposal)));
            continue;
        }
        if (!std::isfinite(proposal.value)) {
            error(Problem::Kind::InvalidValue, QStringLiteral("%1: not a number").arg(describe(proposal)));
            continue;
        }
        // A part needs its total: "247 women" alone would be a total of its own.
        QString parentId;
        if (proposal.parent >= 0 && proposal.parent < article.proposals.size()) {
            const FigureProposal& total = article.proposals.at(proposal.parent);
            parentId = idAt.value(total.numberStart);
            if (parentId.isEmpty()) {
                error(Problem::Kind::UnknownReference,
                    QStringLiteral("%1 is part of %2, which is not imported: import %2 too, or clear the part")
                        .arg(describe(proposal), describe(total)));
                continue;
            }
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
            error(Problem::Kind::InvalidValue,
                QStringLiteral("%1 is a percentage: it cannot be %2 (%3)")
                    .arg(describe(proposal), metric->label.toLower(), metric->unit));
            continue;
        }
        Figure figure;
        figure.id = idAt.value(proposal.numberStart);
        figure.metric = metric->key;
        figure.value = value;
        figure.qualifier = proposal.qualifier;
        figure.subject = proposal.subject;
        figure.status = proposal.status;
        figure.reported = source.published;
        figure.reportedInferred = false;
        figure.parentId = parentId;
        figure.subgroup = proposal.subgroup;
        if (atPublication) {
            figure.period = published;
            figure.periodInferred = true;
            figure.periodNote = QStringLiteral("no date in the sentence: taken to hold at the article's publication");
        } else {
            figure.period = *proposal.period;
            figure.periodInferred = proposal.periodInferred;
            figure.periodNote = proposal.periodNote;
            if (figure.periodInferred && figure.periodNote.isEmpty())
                figure.periodNote = QStringLiteral("the year is not in the sentence: taken from the article's date");
        }
        if (proposal.subjectInferred)
            figure.note = QStringLiteral("Subject %1.").arg(proposal.subjectNote);
        figure.citation.sourceId = sourceId;
        figure.citation.quote = proposal.sentence;
        figure.citation.offset = proposal.sentenceOffset;
        figures.append(figure);
        data.figureLines.push_back(positions.at(proposal.numberStart).line);
    }
    if (!hasErrors(result.problems) && accepted.isEmpty())
        result.problems.append({ Problem::Severity::Error, Problem::Kind::NothingToImport, context.fileName, 0, 0,
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
        result.problems.append(
            { Problem::Severity::Error, Problem::Kind::LimitExceeded, context.fileName, 1, 1, tooLong() });
        return result;
    }
    ArticleReading article;
    article.text = text;
    article.string = QString::fromUtf8(text.utf8);
    if (codePointOffsetBase(text) > 0)
        article.string.prepend(QChar(0xFEFF));
    ArticleScanOptions options;
    options.metrics = context.metrics;
    if (context.article.published.isValid())
        options.articleDate = context.article.published;
    article.proposals = proposeFigures(article.string, options);
    // Written: the proposals the reader is sure of, or with --accept all every one with a metric and a period (and
    // its total, for a part).
    const auto complete = [&](const FigureProposal& p) {
        return !p.metric.isEmpty() && context.metrics.find(p.metric) && p.period.has_value();
    };
    QList<bool> chosen(article.proposals.size(), false);
    for (qsizetype i = 0; i < article.proposals.size(); ++i) {
        const FigureProposal& p = article.proposals.at(i);
        chosen[i] = context.article.acceptAll ? complete(p) : p.confidence == ProposalConfidence::Sure;
    }
    for (int round = 0; round < 2; ++round) {
        for (qsizetype i = 0; i < article.proposals.size(); ++i) {
            const int parent = article.proposals.at(i).parent;
            if (chosen[i] && parent >= 0 && !chosen[parent])
                chosen[i] = false;
        }
    }
    QList<FigureProposal> written;
    QList<Problem> leftOut;
    qsizetype leftOutCount = 0;
    QStringList listing;
    const TextIndexPositions positions(article.string);
    for (qsizetype i = 0; i < article.proposals.size(); ++i) {
        const FigureProposal& proposal = article.proposals.at(i);
        const TextPosition at = positions.at(proposal.numberStart);
        QString line = QStringLiteral("%1:%2:%3: %4: %5")
                           .arg(context.fileName, QString::number(at.line), QString::number(at.column),
                               confidenceText(proposal), describeProposal(proposal, article.proposals));
        if (!proposal.why.isEmpty())
            line += QStringLiteral(" (%1)").arg(proposal.why.join(QStringLiteral("; ")));
        listing.append(line);
        if (chosen[i]) {
            written.append(proposal);
            continue;
        }
        QString why = proposal.why.isEmpty() ? QStringLiteral("its total is left out") : proposal.why.join(u"; ");
        const QString next = context.article.acceptAll ? QStringLiteral("review it in File \u2192 Import")
                                                       : QStringLiteral("--accept all writes it if it has a metric "
                                                                        "and a period; or review it in File \u2192 "
                                                                        "Import");
        if (++leftOutCount <= maxImportProblems) // each said up to a limit, the rest counted
            leftOut.append({ Problem::Severity::Warning, Problem::Kind::Ignored, context.fileName, at.line, at.column,
                QStringLiteral("%1 left out: %2 (%3)").arg(describe(proposal), why, next) });
    }
    if (leftOutCount > maxImportProblems)
        leftOut.append({ Problem::Severity::Warning, Problem::Kind::MoreProblems, context.fileName, 0, 0,
            QStringLiteral("and %1 more figures left out").arg(leftOutCount - maxImportProblems) });
    // The events it announces or says are sought, for a reviewer to make events of (events are not imported from
    // an article).
    for (const EventProposal& event : proposeEvents(article.string, options)) {
        const TextPosition at = positions.at(event.wordsStart);
        QString line = QStringLiteral("%1:%2:%3: event, %4 (\u201c%5\u201d")
                           .arg(context.fileName, QString::number(at.line), QString::number(at.column),
                               eventStatusKey(event.status), event.statusWords);
        if (event.period)
            line += QStringLiteral("; %1%2").arg(
                event.period->toEdtf(), event.periodInferred ? QStringLiteral(", year inferred") : QString());
        line += QStringLiteral("): %1").arg(event.sentence);
        listing.append(line);
    }
    if (written.isEmpty()) {
        ParseResult<ImportedData> result;
        result.problems = leftOut;
        result.value.listing = listing;
        result.value.format = QStringLiteral("article");
        result.problems.append({ Problem::Severity::Error, Problem::Kind::NothingToImport, context.fileName, 0, 0,
            context.article.acceptAll
                ? QStringLiteral("%1 figures proposed, none with both a metric and a period: review them in File "
                                 "\u2192 Import")
                      .arg(article.proposals.size())
                : QStringLiteral("%1 figures proposed, none sure of its value, metric, subject and period: --dry-run "
                                 "lists them, --accept all writes those with a metric and a period, File \u2192 Import "
                                 "reviews them")
                      .arg(article.proposals.size()) });
        return result;
    }
    ParseResult<ImportedData> result = articleFigures(article, written, context);
    result.problems = leftOut + result.problems;
    result.value.listing = listing;
    return result;
}

} // namespace crisis::core
