#include <crisis/ui/charts/theme.h>
#include <crisis/ui/dialogs/plainmessage.h>
#include <crisis/ui/models/storymodel.h>
#include <crisis/ui/panels/storypanel.h>
#include <crisis/ui/window/accessibility.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace crisis::ui {

using namespace crisis::core;

namespace {

QToolButton* toolButton(const QString& text, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

StoryPanel::StoryPanel(QWidget* parent)
    : QWidget(parent)
    , m_chooser(new QComboBox(this))
    , m_new(toolButton(tr("New\u2026"), tr("Start a new story"), this))
    , m_rename(toolButton(tr("Rename\u2026"), tr("Rename the story"), this))
    , m_delete(toolButton(tr("Delete"), tr("Delete the story"), this))
    , m_model(new StoryModel(this))
    , m_steps(new QListView(this))
    , m_up(toolButton(tr("Up"), tr("Move the step earlier (or drag it)"), this))
    , m_down(toolButton(tr("Down"), tr("Move the step later (or drag it)"), this))
    , m_remove(toolButton(tr("Remove"), tr("Remove the step from the story"), this))
    , m_note(new QPlainTextEdit(this))
    , m_noteTimer(new QTimer(this))
    , m_present(new QPushButton(tr("Present"), this))
    , m_handout(new QPushButton(tr("Handout PDF\u2026"), this))
    , m_status(new QLabel(this))
{
    m_chooser->setObjectName(QStringLiteral("storyChooser"));
    m_steps->setObjectName(QStringLiteral("storySteps"));
    m_steps->setModel(m_model);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setDragDropMode(QAbstractItemView::InternalMove);
    m_steps->setDefaultDropAction(Qt::MoveAction);
    m_steps->setDropIndicatorShown(true);
    m_steps->setWordWrap(true);
    m_steps->setAlternatingRowColors(true);
    m_steps->setSpacing(2);
    m_note->setPlaceholderText(tr("A note for this step, shown while presenting"));
    m_note->setMaximumHeight(90);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(600);
    m_present->setToolTip(tr("Present the story full screen (F5); with no story, all events shown, in date order"));
    m_present->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // errors name stories and files
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(errorTextColor(palette()).name()));
    m_status->hide();
    setAccessibleName(tr("Story"));
    setAccessibleText(m_steps, tr("Story steps"), tr("The events of the story, in the order they are presented"));
    setAccessibleText(m_note, tr("Step note"), m_note->placeholderText());
    updateChooserName();

    auto* header = new QHBoxLayout;
    header->addWidget(m_chooser, 1);
    header->addWidget(m_new);
    header->addWidget(m_rename);
    header->addWidget(m_delete);
    auto* stepButtons = new QHBoxLayout;
    stepButtons->addWidget(new QLabel(tr("Drag steps into order"), this), 1);
    stepButtons->addWidget(m_up);
    stepButtons->addWidget(m_down);
    stepButtons->addWidget(m_remove);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_present);
    actions->addWidget(m_handout);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_steps, 1);
    layout->addLayout(stepButtons);
    layout->addWidget(m_note);
    layout->addLayout(actions);
    layout->addWidget(m_status);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this](int index) {
        flushNote();
        m_current = index - 1;
        showCurrentStory();
        updateChooserName();
    });
    connect(m_new, &QToolButton::clicked, this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("New Story"), tr("Title:"), QLineEdit::Normal, {}, &ok);
        if (ok && !title.trimmed().isEmpty())
            createStory(title.trimmed());
    });
    connect(m_rename, &QToolButton::clicked, this, [this] {
        const Story* story = currentStory();
        if (!story)
            return;
        bool ok = false;
        const QString title
            = QInputDialog::getText(this, tr("Rename Story"), tr("Title:"), QLineEdit::Normal, story->title, &ok);
        if (ok && !title.trimmed().isEmpty())
            renameCurrentStory(title.trimmed());
    });
    connect(m_delete, &QToolButton::clicked, this, [this] {
        const Story* story = currentStory();
        if (!story)
            return;
        const QString question = story->steps.size() == 1
            ? tr("Delete the story \u201c%1\u201d and its step? The events stay.").arg(story->title)
            : tr("Delete the story \u201c%1\u201d and its %2 steps? The events stay.")
                  .arg(story->title, QString::number(story->steps.size()));
        if (askPlainly(this, tr("Delete Story"), question))
            deleteCurrentStory();
    });
    connect(m_up, &QToolButton::clicked, this, [this] {
        const int row = m_steps->currentIndex().row();
        if (row > 0) {
            flushNote();
            m_model->moveStep(row, row - 1);
        }
    });
    connect(m_down, &QToolButton::clicked, this, [this] {
        const int row = m_steps->currentIndex().row();
        if (row >= 0 && row + 1 < m_model->rowCount()) {
            flushNote();
            m_model->moveStep(row, row + 1);
        }
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = m_steps->currentIndex().row();
        if (row >= 0) {
            m_noteTimer->stop();
            m_noteStep = QPersistentModelIndex();
            m_model->removeStep(row);
        }
    });
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        flushNote();
        m_noteStep = current;
        {
            const QSignalBlocker blocker(m_note);
            m_note->setPlainText(current.data(StoryModel::NoteRole).toString());
        }
        updateButtons();
        const qsizetype event = current.data(StoryModel::EventIndexRole).toLongLong();
        if (current.isValid() && event >= 0 && !m_adding)
            Q_EMIT eventActivated(event);
    });
    connect(m_note, &QPlainTextEdit::textChanged, m_noteTimer, qOverload<>(&QTimer::start));
    connect(m_noteTimer, &QTimer::timeout, this, &StoryPanel::flushNote);
    connect(m_model, &StoryModel::stepsEdited, this, &StoryPanel::stepsEdited);
    connect(m_model, &StoryModel::rowsMoved, this, &StoryPanel::updateButtons);
    connect(m_model, &StoryModel::rowsRemoved, this, &StoryPanel::updateButtons);
    connect(m_model, &StoryModel::rowsInserted, this, &StoryPanel::updateButtons);
    connect(m_present, &QPushButton::clicked, this, [this] {
        flushNote();
        Q_EMIT presentRequested();
    });
    connect(m_handout, &QPushButton::clicked, this, [this] {
        flushNote();
        Q_EMIT handoutRequested();
    });
    refreshStoryList();
}

void StoryPanel::setStorage(SaveStory save, DeleteStory remove)
{
    m_saveStory = std::move(save);
    m_deleteStory = std::move(remove);
}

void StoryPanel::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    const bool same = m_workspace && workspace && m_workspace->location() == workspace->location();
    const QString chosen = same && currentStory() ? currentStory()->id : QString();
    m_noteTimer->stop();
    m_noteStep = QPersistentModelIndex();
    if (!same)
        showSaveError({});
    m_workspace = std::move(workspace);
    m_stories = m_workspace ? m_workspace->data().stories : QList<Story>();
    m_current = -1;
    m_model->setWorkspace(m_workspace);
    refreshStoryList();
    if (!chosen.isEmpty())
        setCurrentStory(chosen);
}

const Story* StoryPanel::currentStory() const
{
    return m_current >= 0 && m_current < m_stories.size() ? &m_stories.at(m_current) : nullptr;
}

void StoryPanel::setCurrentStory(const QString& id)
{
    for (qsizetype i = 0; i < m_stories.size(); ++i) {
        if (m_stories.at(i).id == id)
            m_chooser->setCurrentIndex(static_cast<int>(i) + 1);
    }
}

QString StoryPanel::createStory(const QString& title)
{
    flushNote();
    Story story;
    story.id = uniqueId(title);
    story.title = title;
    m_stories.append(story);
    refreshStoryList();
    m_chooser->setCurrentIndex(static_cast<int>(m_stories.size()));
    save(story);
    return story.id;
}

void StoryPanel::renameCurrentStory(const QString& title)
{
    if (m_current < 0 || m_current >= m_stories.size())
        return;
    flushNote();
    m_stories[m_current].title = title;
    m_chooser->setItemText(m_current + 1, title);
    save(m_stories.at(m_current));
}

void StoryPanel::deleteCurrentStory()
{
    if (m_current < 0 || m_current >= m_stories.size())
        return;
    m_noteTimer->stop();
    const QString id = m_stories.at(m_current).id;
    if (!m_deleteStory) {
        removeStory(id);
        return;
    }
    m_deleteStory(id, [self = QPointer<StoryPanel>(this), id](const Result<void>& deleted) {
        if (!self)
            return;
        if (!deleted)
            self->showSaveError(tr("The story was not deleted: %1").arg(deleted.error().message));
        else
            self->removeStory(id);
    });
}

void StoryPanel::removeStory(const QString& id)
{
    showSaveError({});
    for (qsizetype i = 0; i < m_stories.size(); ++i) {
        if (m_stories.at(i).id != id)
            continue;
        if (i == m_current) {
            m_noteStep = QPersistentModelIndex();
            m_current = -1;
        }
        m_stories.removeAt(i);
        const QString chosen = currentStory() ? currentStory()->id : QString();
        refreshStoryList();
        if (!chosen.isEmpty())
            setCurrentStory(chosen);
        return;
    }
}

int StoryPanel::addEvents(const QList<qsizetype>& eventIndexes)
{
    if (!m_workspace)
        return 0;
    flushNote();
    if (!currentStory())
        createStory(tr("Story"));
    int added = 0;
    for (const qsizetype index : eventIndexes) {
        if (index >= 0 && index < m_workspace->events().size())
            added += m_model->appendEvent(m_workspace->events().at(index).id) ? 1 : 0;
    }
    if (added > 0) {
        m_adding = true;
        m_steps->setCurrentIndex(m_model->index(m_model->rowCount() - 1));
        m_adding = false;
    }
    return added;
}

void StoryPanel::refreshStoryList()
{
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    m_chooser->addItem(tr("All events shown, in date order"));
    for (const Story& story : std::as_const(m_stories))
        m_chooser->addItem(story.title.isEmpty() ? story.id : story.title);
    m_chooser->setCurrentIndex(m_current + 1);
    updateChooserName();
    showCurrentStory();
}

void StoryPanel::showCurrentStory()
{
    m_noteTimer->stop();
    m_noteStep = QPersistentModelIndex();
    const Story* story = currentStory();
    m_model->setSteps(story ? story->steps : QList<StoryStep>());
    {
        const QSignalBlocker blocker(m_note);
        m_note->clear();
    }
    updateButtons();
}

void StoryPanel::updateButtons()
{
    const bool story = currentStory() != nullptr;
    const int row = m_steps->currentIndex().row();
    const int rows = m_model->rowCount();
    m_rename->setEnabled(story);
    m_delete->setEnabled(story);
    m_steps->setEnabled(story);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < rows);
    m_remove->setEnabled(row >= 0);
    m_note->setEnabled(row >= 0);
    m_present->setEnabled(m_workspace && !m_workspace->events().isEmpty());
    m_handout->setEnabled(m_workspace && !m_workspace->events().isEmpty());
}

void StoryPanel::flushNote()
{
    m_noteTimer->stop();
    if (m_noteStep.isValid())
        m_model->setNote(m_noteStep.row(), m_note->toPlainText());
}

void StoryPanel::stepsEdited()
{
    if (m_current < 0 || m_current >= m_stories.size())
        return;
    m_stories[m_current].steps = m_model->steps();
    save(m_stories.at(m_current));
}

void StoryPanel::save(const Story& story)
{
    if (!m_saveStory)
        return;
    m_saveStory(story, [self = QPointer<StoryPanel>(this)](const Result<void>& saved) {
        if (self)
            self->showSaveError(saved
                    ? QString()
                    : tr("Not saved: %1. The change stays here until the app closes.").arg(saved.error().message));
    });
}

void StoryPanel::showSaveError(const QString& error)
{
    m_saveError = error;
    m_status->setText(error);
    m_status->setVisible(!error.isEmpty());
}

QString StoryPanel::uniqueId(const QString& title) const
{
    QString slug;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c;
        else if (!slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    const QString base = QStringLiteral("story-") + (slug.isEmpty() ? QStringLiteral("untitled") : slug.left(40));
    QString id = base;
    for (int n = 2;; ++n) {
        const bool taken
            = std::any_of(m_stories.cbegin(), m_stories.cend(), [&](const Story& story) { return story.id == id; });
        if (!taken)
            return id;
        id = base + QStringLiteral("-%1").arg(n);
    }
}

void StoryPanel::updateChooserName()
{
    setAccessibleText(m_chooser, tr("Story: %1").arg(m_chooser->currentText()), tr("The story to present"));
}

void StoryPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        m_status->setStyleSheet(QStringLiteral("color: %1;").arg(errorTextColor(palette()).name()));
}

} // namespace crisis::ui
