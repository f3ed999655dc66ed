#include "lexicon.h"
#include "periodphrases.h"
#include "sentencescanner.h"
#include "subjects.h"

#include <crisis/core/articles/articlescan.h>
#include <crisis/core/support/numberscanner.h>

#include <QHash>

#include <algorithm>
#include <utility>

namespace crisis::core {

using namespace articles;

namespace {

// A line of its own that does not end as a sentence does: a headline, a heading, a byline.
bool isHeading(QStringView text, const ArticleSentence& sentence)
{
    const qsizetype end = sentence.start + sentence.length;
    if (sentence.length > 200)
        return false;
    const QChar last = text.at(end - 1);
    if (last == u'.' || last == u'!' || last == u'?' || last == QChar(0x2026) || last == u'"' || last == QChar(0x201d)
        || last == u')' || last == u'\'' || last == QChar(0x2019))
        return false;
    qsizetype before = sentence.start;
    while (before > 0 && (text.at(before - 1) == u' ' || text.at(before - 1) == u'\t'))
        --before;
    qsizetype after = end;
    while (after < text.size() && (text.at(after) == u' ' || text.at(after) == u'\t'))
        ++after;
    const bool lineStart = before == 0 || text.at(before - 1) == u'\n' || text.at(before - 1) == u'\r'
        || text.at(before - 1) == QChar(0xfeff);
    const bool lineEnd = after == text.size() || text.at(after) == u'\n' || text.at(after) == u'\r';
    return lineStart && lineEnd;
}

bool samePeriod(const std::optional<Period>& a, const std::optional<Period>& b)
{
    return a && b && a->earliest() == b->earliest() && a->latest() == b->latest();
}

// What the sentences alone cannot know: periods stated in an earlier sentence, levels that hold when the article
// was published, restatements, parts added to a total stated after them, and how sure each proposal is.
QList<FigureProposal> finishArticle(
    QList<Scanned>& scanned, const ArticleSubjects& subjects, const ArticleScanOptions& options)
{
    const auto isFlow = [&](const FigureProposal& p) {
        const Metric* metric = options.metrics.find(p.metric);
        return metric && metric->kind == Metric::Kind::Flow;
    };
    // "during this period": the period stated last; a count in the sentence right after one that states the
    // period of its counts: that period.
    std::optional<Period> lastStated;
    QString lastStatedText;
    int flowSentence = -1;
    std::optional<Period> flowPeriod;
    QString flowPeriodText;
    for (qsizetype i = 0; i < scanned.size();) {
        const int sentence = scanned.at(i).sentence;
        qsizetype end = i;
        while (end < scanned.size() && scanned.at(end).sentence == sentence)
            ++end;
        std::optional<Period> statedHere;
        QString statedHereText;
        bool flowsHere = false;
        for (qsizetype k = i; k < end; ++k) {
            Scanned& s = scanned[k];
            FigureProposal& p = s.proposal;
            if (s.sameAsBefore && lastStated) {
                p.period = lastStated;
                p.periodInferred = true;
                p.periodNote = QStringLiteral("\u201c%1\u201d: the period stated before, \u201c%2\u201d")
                                   .arg(p.periodText, lastStatedText);
            } else if (!p.period && isFlow(p) && p.parent < 0 && flowPeriod && flowSentence == sentence - 1) {
                p.period = flowPeriod;
                p.periodText = flowPeriodText;
                p.periodInferred = true;
                p.periodNote
                    = QStringLiteral("no period in the sentence: the sentence before counts over \u201c%1\u201d")
                          .arg(flowPeriodText);
            }
            if (s.periodFromPhrase && p.period && !statedHere) {
                statedHere = p.period;
                statedHereText = p.periodText;
            }
            flowsHere = flowsHere || (isFlow(p) && s.periodFromPhrase && p.period);
        }
        if (statedHere) {
            lastStated = statedHere;
            lastStatedText = statedHereText;
        }
        flowSentence = flowsHere ? sentence : -1;
        if (flowsHere) {
            flowPeriod = statedHere;
            flowPeriodText = statedHereText;
        }
        i = end;
    }
    // A level with no date of its own holds when the article was published.
    for (Scanned& s : scanned) {
        FigureProposal& p = s.proposal;
        const Metric* metric = options.metrics.find(p.metric);
        if (p.period || !options.articleDate || !metric || metric->kind != Metric::Kind::Stock)
            continue;
        if (p.parent >= 0 && scanned.at(p.parent).proposal.period)
            continue;
        p.period = options.articleDate;
        p.periodInferred = true;
        p.periodNote = QStringLiteral("no date in the sentence: taken to hold when the article was published");
    }
    for (Scanned& s : scanned) {
        FigureProposal& p = s.proposal;
        if (p.parent >= 0 && !p.period && scanned.at(p.parent).proposal.period) {
            const FigureProposal& parent = scanned.at(p.parent).proposal;
            p.period = parent.period;
            p.periodInferred = parent.periodInferred;
            p.periodNote = parent.periodNote;
        }
    }

    // Restatements: the same value again for the same metric and subject, or "the 1,000 Kenyan personnel" after
    // 1,000 was stated. The first statement is kept; the parts of a restated total name the first.
    QList<int> keptAs(scanned.size(), -1);
    // The statements kept so far, by value: a long article is read in linear time.
    QHash<QString, QList<int>> keptByValue;
    for (qsizetype i = 0; i < scanned.size(); ++i) {
        const FigureProposal& p = scanned.at(i).proposal;
        const QString key = QString::number(p.value, 'g', 17) + (p.percent ? u"%" : u"");
        QList<int>& same = keptByValue[key];
        for (const int j : std::as_const(same)) {
            const FigureProposal& q = scanned.at(j).proposal;
            const bool restated = q.metric == p.metric && q.subject == p.subject
                && (samePeriod(q.period, p.period) || !p.period || !q.period);
            if (restated || scanned.at(i).definite) {
                keptAs[i] = j;
                break;
            }
        }
        if (keptAs[i] < 0) {
            keptAs[i] = static_cast<int>(i);
            same.append(static_cast<int>(i));
        }
    }
    // "41 of the dead", "Of those, 590 come from Tessaly": a part of the figure stated last before it that is
    // larger, in this sentence or the one before; it counts what that one counts.
    for (qsizetype i = 0; i < scanned.size(); ++i) {
        Scanned& s = scanned[i];
        if (keptAs[i] != i || !s.partOfEarlier || s.proposal.parent >= 0)
            continue;
        for (qsizetype k = i - 1; k >= 0 && scanned.at(k).sentence >= s.sentence - 1; --k) {
            const FigureProposal& total = scanned.at(k).proposal;
            const bool sameKind = total.metric == s.proposal.metric || s.proposal.metric.isEmpty();
            if (keptAs[k] == k && !total.percent && total.value > s.proposal.value && sameKind
                && total.metric != u"share") {
                FigureProposal& part = s.proposal;
                part.parent = static_cast<int>(k);
                if (part.metric.isEmpty()) {
                    part.metric = total.metric;
                    part.metricWords = total.metricWords;
                }
                if (!s.ownSubject) {
                    part.subject = total.subject;
                    part.subjectInferred = total.subjectInferred;
                    part.subjectNote = total.subjectNote;
                }
                if (!part.period || part.periodInferred) {
                    part.period = total.period;
                    part.periodInferred = total.periodInferred;
                    part.periodNote = total.periodNote;
                }
                part.status = total.status;
                break;
            }
        }
    }
    // "600 more officers ... brings the total to around 1,000": the 600 are part of the total.
    for (qsizetype i = 0; i < scanned.size(); ++i) {
        Scanned& s = scanned[i];
        if (keptAs[i] != i || !s.additional || s.proposal.parent >= 0)
            continue;
        for (qsizetype k = i + 1; k < scanned.size() && scanned.at(k).sentence <= s.sentence + 1; ++k) {
            const Scanned& total = scanned.at(k);
            if (keptAs[k] == k && total.total && total.proposal.parent < 0 && total.proposal.metric == s.proposal.metric
                && total.proposal.subject == s.proposal.subject && total.proposal.value > s.proposal.value) {
                s.proposal.parent = static_cast<int>(k);
                const QString noun = s.proposal.metricWords.section(u' ', -1);
                s.proposal.subgroup = noun.isEmpty() ? QStringLiteral("additional") : u"additional " % noun;
                break;
            }
        }
    }

    // How sure: everything stated where the figure stands.
    QList<bool> sure(scanned.size(), false);
    for (qsizetype i = 0; i < scanned.size(); ++i) {
        Scanned& s = scanned[i];
        FigureProposal& p = s.proposal;
        QStringList why;
        if (p.metric.isEmpty())
            why.append(QStringLiteral("no metric found in its sentence"));
        else if (!s.metricBound && p.parent < 0)
            why.append(
                QStringLiteral("the metric is taken from words further off (\u201c%1\u201d)").arg(p.metricWords));
        if (p.subject.isEmpty())
            why.append(QStringLiteral("no subject: the article names no country or body for it"));
        else if (p.subjectInferred && !(p.subject == subjects.mainSubject() && subjects.mainSubjectInLead()))
            why.append(p.subjectNote);
        if (!p.period)
            why.append(options.articleDate ? QStringLiteral("no period stated")
                                           : QStringLiteral("no period stated (the article\u2019s date would give a "
                                                            "level one)"));
        else if (p.periodInferred)
            why.append(p.periodNote);
        why += p.why;
        p.why = why;
        sure[i] = why.isEmpty();
    }
    // A part is sure when its total is.
    for (int round = 0; round < 2; ++round) {
        for (qsizetype i = 0; i < scanned.size(); ++i) {
            const int parent = scanned.at(i).proposal.parent;
            if (parent >= 0 && sure[i] && !sure[parent]) {
                sure[i] = false;
                scanned[i].proposal.why.append(QStringLiteral("its total is not sure"));
            }
        }
    }

    QList<int> outIndex(scanned.size(), -1);
    QList<FigureProposal> out;
    for (qsizetype i = 0; i < scanned.size(); ++i) {
        if (keptAs[i] != i || (scanned.at(i).proposal.metric.isEmpty() && !options.withoutMetric))
            continue;
        outIndex[i] = static_cast<int>(out.size());
        FigureProposal p = scanned.at(i).proposal;
        p.confidence = sure[i] ? ProposalConfidence::Sure : ProposalConfidence::Review;
        out.append(p);
    }
    for (FigureProposal& p : out) {
        if (p.parent >= 0)
            p.parent = outIndex[keptAs[p.parent]];
        if (p.parent < 0)
            p.subgroup.clear();
    }
    return out;
}

} // namespace

QList<EventProposal> proposeEvents(QStringView text, const ArticleScanOptions& options)
{
    QList<EventProposal> proposals;
    DateContext context;
    context.articleDate = options.articleDate;
    for (const ArticleSentence& sentence : splitSentences(text)) {
        if (sentence.link || isHeading(text, sentence))
            continue;
        const QStringView view = text.mid(sentence.start, sentence.length);
        const std::optional<StatusWords> words = eventStatusWords(view);
        if (!words)
            continue;
        EventProposal proposal;
        proposal.status = words->status;
        proposal.statusWords = view.mid(words->start, words->length).toString();
        proposal.wordsStart = sentence.start + words->start;
        for (const PeriodPhrase& phrase : periodPhrases(text, sentence, context)) {
            if (!phrase.period)
                continue;
            proposal.period = phrase.period;
            proposal.periodText = text.mid(phrase.start, phrase.end - phrase.start).toString();
            proposal.periodInferred = phrase.yearInferred;
            break;
        }
        proposal.sentence = view.toString();
        proposal.sentenceOffset = sentence.codePointOffset;
        proposals.append(proposal);
    }
    return proposals;
}

QList<FigureProposal> proposeFigures(QStringView text, const ArticleScanOptions& options)
{
    const QList<NumberMention> mentions = scanNumbers(text);
    if (mentions.isEmpty())
        return {};
    const QList<ArticleSentence> sentences = splitSentences(text);
    const QList<Span> excluded = dateAndAddressSpans(text);
    const ArticleSubjects subjects(text, sentences);
    QList<Scanned> scanned;
    auto mention = mentions.cbegin();
    for (int i = 0; i < sentences.size(); ++i) {
        const ArticleSentence& sentence = sentences.at(i);
        const qsizetype end = sentence.start + sentence.length;
        while (mention != mentions.cend() && mention->start < sentence.start)
            ++mention;
        auto last = mention;
        while (last != mentions.cend() && last->start < end)
            ++last;
        if (mention != last && !sentence.link && !isHeading(text, sentence))
            scanSentence(text, sentence, options, mention, last, excluded, subjects, i, scanned);
        mention = last;
    }
    return finishArticle(scanned, subjects, options);
}

} // namespace crisis::core
