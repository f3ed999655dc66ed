#pragma once

#include <crisis/core/story.h>
#include <crisis/core/workspace.h>

#include <QPersistentModelIndex>
#include <QWidget>

#include <memory>

class QComboBox;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace crisis::ui {

class StoryModel;

/// The stories of the database: pick one, or none for all events in date order; add events to it, drag its
/// steps into order, write a note per step; present it or write its handout. Each change asks to be saved
/// (storySaveRequested); the panel never writes the database itself.
class StoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StoryPanel(QWidget* parent = nullptr);

    /// Shows the database's stories (from the workspace), none chosen.
    void setWorkspace(std::shared_ptr<const core::Workspace> workspace);

    const QList<core::Story>& stories() const { return m_stories; }
    /// The story chosen, or null for "all events in date order".
    const core::Story* currentStory() const;
    void setCurrentStory(const QString& id);

    /// Adds a story with this title, chooses it and asks to save it; returns its id.
    QString createStory(const QString& title);
    void renameCurrentStory(const QString& title);
    void deleteCurrentStory();
    /// Adds the event to the story chosen (creating one named "Story" when none is); false if it is there.
    bool addEvent(qsizetype eventIndex);

    StoryModel* model() const { return m_model; }
    QListView* stepList() const { return m_steps; }
    QPlainTextEdit* noteEditor() const { return m_note; }

Q_SIGNALS:
    void storySaveRequested(const core::Story& story);
    void storyDeleteRequested(const QString& id);
    void presentRequested();
    void handoutRequested();
    /// A step was chosen in the list: the event to select in the other views.
    void eventActivated(qsizetype eventIndex);

private:
    void refreshStoryList();
    void showCurrentStory();
    void updateButtons();
    void commitNote();
    void stepsEdited();
    QString uniqueId(const QString& title) const;

    std::shared_ptr<const core::Workspace> m_workspace;
    QList<core::Story> m_stories;
    int m_current = -1;
    QPersistentModelIndex m_noteStep;

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
};

} // namespace crisis::ui
