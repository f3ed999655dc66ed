#pragma once

#include <crisis/core/analysis/workspace.h>
#include <crisis/core/model/story.h>

#include <QAbstractListModel>

#include <memory>

namespace crisis::ui {

/// The steps of one story, as a list: each event's date and title, the note as its tooltip. Rows move by drag
/// and drop inside the list (moveRows) or with moveStep; every change by the user emits stepsEdited.
class StoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { EventIndexRole = Qt::UserRole, NoteRole };

    explicit StoryModel(QObject* parent = nullptr);

    void setWorkspace(std::shared_ptr<const core::Workspace> workspace);
    /// Shows a story's steps (no stepsEdited).
    void setSteps(QList<core::StoryStep> steps);
    const QList<core::StoryStep>& steps() const { return m_steps; }

    /// Appends the event; false if the story has it already.
    bool appendEvent(const QString& eventId);
    void removeStep(int row);
    void moveStep(int from, int to);
    void setNote(int row, const QString& note);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count, const QModelIndex& destinationParent,
        int destinationChild) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const override;
    bool dropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;

Q_SIGNALS:
    void stepsEdited();

private:
    QByteArray dragOrigin() const;

    std::shared_ptr<const core::Workspace> m_workspace;
    QList<core::StoryStep> m_steps;
};

} // namespace crisis::ui
