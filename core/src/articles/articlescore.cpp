#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/articles/articlescore.h>

#include <cmath>

namespace crisis::core {

namespace {

double valueInUnit(const FigureProposal& proposal, const Metric* metric)
{
    const bool fractionWord = !proposal.percent && proposal.value > 0 && proposal.value < 1;
    if (metric && metric->unit == u"percent" && fractionWord)
        return proposal.value * 100;
    if (metric && metric->unit == u"fraction" && proposal.percent)
        return proposal.value / 100;
    return proposal.value;
}

QString describe(const FigureProposal& p)
{
    return QStringLiteral("%1 %2, %3, %4 \u2014 \u201c%5\u201d")
        .arg(p.numberText, p.metric.isEmpty() ? QStringLiteral("(no metric)") : p.metric,
            p.subject.isEmpty() ? QStringLiteral("(no subject)") : p.subject,
            p.period ? p.period->toEdtf() : QStringLiteral("(no period)"), p.sentence.left(90));
}

QString describe(const Figure& f)
{
    return QStringLiteral("%1: %2 %3, %4, %5").arg(f.id, formatNumber(f.value), f.metric, f.subject, f.period.toEdtf());
}

} // namespace

ArticleScore& ArticleScore::operator+=(const ArticleScore& other)
{
    proposed += other.proposed;
    correct += other.correct;
    truth += other.truth;
    found += other.found;
    wrong += other.wrong;
    missed += other.missed;
    return *this;
}

bool proposalMatches(const FigureProposal& proposal, const Figure& figure, const MetricRegistry& metrics)
{
    if (proposal.metric != figure.metric || proposal.subject != figure.subject || !proposal.period)
        return false;
    const double value = valueInUnit(proposal, metrics.find(proposal.metric));
    if (std::abs(value - figure.value) > 1e-9 * std::max(1.0, std::abs(figure.value)))
        return false;
    return proposal.period->earliest() == figure.period.earliest()
        && proposal.period->latest() == figure.period.latest();
}

ArticleScore scoreProposals(
    const QList<FigureProposal>& proposals, const QList<Figure>& truth, const MetricRegistry& metrics)
{
    ArticleScore score;
    score.proposed = static_cast<int>(proposals.size());
    score.truth = static_cast<int>(truth.size());
    QList<bool> claimed(truth.size(), false);
    for (const FigureProposal& proposal : proposals) {
        bool matched = false;
        for (qsizetype i = 0; i < truth.size() && !matched; ++i) {
            if (!claimed[i] && proposalMatches(proposal, truth.at(i), metrics)) {
                claimed[i] = true;
                matched = true;
            }
        }
        if (matched)
            ++score.correct;
        else
            score.wrong.append(describe(proposal));
    }
    for (qsizetype i = 0; i < truth.size(); ++i) {
        if (claimed[i])
            ++score.found;
        else
            score.missed.append(describe(truth.at(i)));
    }
    return score;
}

} // namespace crisis::core
