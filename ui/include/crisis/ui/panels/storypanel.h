#pragma once

#include <crisis/core/analysis/workspace.h>
#include <crisis/core/model/story.h>
#include <crisis/core/support/result.h>

#include <QPersistentModelIndex>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace crisis::ui {

class StoryModel;

/// The stories of the database: pick one, or none for all events in date order; add events to it, drag its
/// steps into order, write a note per step; present it or write its handout. Each change is saved at once
/// through the storage functions it is given; when that fails the panel says so and keeps the change.
class StoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StoryPanel(QWidget* parent = nullptr);

    /// Told, later, whether a story was saved or deleted.
    using Saved = std::function<void(const core::Result<void>& result)>;
    using SaveStory = std::function<void(const core::Story& story, const Saved& saved)>;
    using DeleteStory = std::function<void(const QString& id, const Saved& deleted)>;
    /// Where changes go (the database, in the background); without it they stay in the panel.
    void setStorage(SaveStory save, DeleteStory remove);

    /// Shows the database's stories (from the workspace): none chosen, or for the same database changed, the one
    /// chosen before while it is there.
    void setWorkspace(std::shared_ptr<const core::Workspace> workspace);
    /// Saves the note being typed (otherwise saved after a pause in typing): call before presenting,
    /// writing a handout, opening another database or closing.
    void flushNote();
    /// Why the last change could not be saved; empty when it was.
    QString saveError() const { return m_saveError; }

    const QList<core::Story>& stories() const { return m_stories; }
    /// The story chosen, or null for "all events in date order".
    const core::Story* currentStory() const;
    void setCurrentStory(const QString& id);

    /// Adds a story with this title, chooses it and saves it; returns its id.
    QString createStory(const QString& title);
    void renameCurrentStory(const QString& title);
    /// Deletes the story chosen from the database, then (once the database has) from the panel; when that
    /// fails, it stays and saveError() says so.
    void deleteCurrentStory();
    /// Adds the events to the story chosen (creating one named "Story" when none is), leaving out those it
    /// has; returns how many were added. The last one added becomes the current step.
    int addEvents(const QList<qsizetype>& eventIndexes);

    StoryModel* model() const { return m_model; }
    QListView* stepList() const { return m_steps; }
    QPlainTextEdit* noteEditor() const { return m_note; }

Q_SIGNALS:
    void presentRequested();
    void handoutRequested();
    /// A step was chosen in the list: the event to select in the other views.
    void eventActivated(qsizetype eventIndex);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshStoryList();
    void showCurrentStory();
    void updateChooserName();
    void updateButtons();
    void stepsEdited();
    void save(const core::Story& story);
    void showSaveError(const QString& error);
    void removeStory(const QString& id);
    QString uniqueId(const QString& title) const;

    std::shared_ptr<const core::Workspace> m_workspace;
    QList<core::Story> m_stories;
    int m_current = -1;
    QPersistentModelIndex m_noteStep;
    SaveStory m_saveStory;
    DeleteStory m_deleteStory;
    QString m_saveError;
    /// Adding several steps at once: the other views are not told of each.
    bool m_adding = false;

    QComboBox* m_chooser = nullptr;
    QToolButton* m_new = nullptr;
    QToolButton* m_rename = nullptr;
    QToolButton* m_delete = nullptr;
    StoryModel* m_model = nullptr;
    QListView* m_steps = nullptr;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
    QToolButton* m_remove = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QTimer* m_noteTimer = nullptr;
    QPushButton* m_present = nullptr;
    QPushButton* m_handout = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace crisis::ui
