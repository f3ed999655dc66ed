#pragma once

#include <crisis/core/analysis/workspace.h>

#include <QTextBrowser>

#include <memory>

namespace crisis::ui {

/// Where a selected figure or event comes from: its quote, the outlet, author and date of its source
/// (with the reason where the date is inferred), the document and offset, and the other records citing
/// the same source, as links.
class SourcePanel : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SourcePanel(QWidget* parent = nullptr);

    void setWorkspace(std::shared_ptr<const core::Workspace> workspace);
    void showFigure(qsizetype row);
    void showEventRecord(qsizetype eventIndex);
    void showNothing();

Q_SIGNALS:
    void figureLinkActivated(qsizetype row);
    void eventLinkActivated(qsizetype eventIndex);

protected:
    void changeEvent(QEvent* event) override;

private:
    QString sourceBlock(const QString& sourceId, const QString& quote, qint64 offset) const;
    QString alsoCiting(const QStringList& sourceIds, qsizetype exceptFigure, qsizetype exceptEvent) const;
    QString figureLink(qsizetype row) const;
    QString eventLink(qsizetype index) const;

    std::shared_ptr<const core::Workspace> m_workspace;
    /// What is shown, to show it again in a new theme's colours.
    qsizetype m_shownFigure = -1;
    qsizetype m_shownEvent = -1;
};

} // namespace crisis::ui
