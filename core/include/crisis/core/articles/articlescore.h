#pragma once

#include <crisis/core/articles/articlescan.h>
#include <crisis/core/model/figure.h>

#include <QList>
#include <QStringList>

namespace crisis::core {

/// How the figures proposed for an article compare with the figures a careful reader took from it.
struct ArticleScore
{
    /// Proposals, and those that match a figure of the truth (each figure matched once).
    int proposed = 0;
    int correct = 0;
    /// Figures of the truth, and those some proposal matches.
    int truth = 0;
    int found = 0;
    /// The proposals that match no figure, and the figures no proposal matches, described for a report.
    QStringList wrong;
    QStringList missed;

    /// Proposals that match a figure, of all proposals (1 when there are none).
    double precision() const { return proposed ? static_cast<double>(correct) / proposed : 1.0; }
    /// Figures matched, of all figures (1 when there are none).
    double recall() const { return truth ? static_cast<double>(found) / truth : 1.0; }

    ArticleScore& operator+=(const ArticleScore& other);
};

/// True when the proposal states the figure: the same value (in the metric's unit: "half" is 50 of a percentage,
/// "80%" is 0.8 of a fraction), metric and subject, and a period with the same first and last day.
bool proposalMatches(const FigureProposal& proposal, const Figure& figure, const MetricRegistry& metrics);

/// Scores proposals against the figures of the same article, matching each figure to one proposal at most.
ArticleScore scoreProposals(
    const QList<FigureProposal>& proposals, const QList<Figure>& truth, const MetricRegistry& metrics);

} // namespace crisis::core
