#include <crisis/core/analysis/sourcetextcache.h>
#include <crisis/core/storage/storesession.h>
#include <crisis/core/support/files.h>
#include <crisis/ui/dialogs/conflictdialog.h>
#include <crisis/ui/dialogs/eventdialog.h>
#include <crisis/ui/dialogs/figuredialog.h>
#include <crisis/ui/dialogs/importdialog.h>
#include <crisis/ui/dialogs/plainmessage.h>
#include <crisis/ui/dialogs/sourcedialog.h>
#include <crisis/ui/window/changecommand.h>
#include <crisis/ui/window/recordeditor.h>
#include <crisis/ui/window/settings.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QUndoStack>

#include <algorithm>

namespace crisis::ui {

using namespace crisis::core;

RecordEditor::RecordEditor(StoreSession* session, QUndoStack* undoStack, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_undoStack(undoStack)
    , m_window(window)
{ }

void RecordEditor::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_workspace = std::move(workspace);
}

void RecordEditor::commit(const QString& text, const ChangeSet& change, const std::function<void()>& whenFailed)
{
    m_session->apply(change, [this, text, change, whenFailed](const Result<ChangeSet>& undo) {
        if (!undo && undo.error().code == Error::Code::Conflict) {
            resolveConflict(text, change, undo.error());
            return;
        }
        if (!undo) {
            changeFailed(text, undo.error(), whenFailed);
            return;
        }
        m_undoStack->push(newChangeCommand(text, undo.value()));
    });
}

ChangeCommand* RecordEditor::newChangeCommand(const QString& text, const ChangeSet& undo)
{
    return new ChangeCommand(
        text, undo,
        [this](std::shared_ptr<ChangeSet> next, std::function<void(const Result<void>&)> done) {
            m_session->applyInTurn(std::move(next), std::move(done));
        },
        [this](const QString& action, const Error& error) { changeFailed(action, error); });
}

void RecordEditor::changeFailed(const QString& action, const Error& error, const std::function<void()>& then)
{
    Q_EMIT changeNotApplied(action, error);
    QStringList details;
    for (const Problem& problem : error.problems)
        details.append(problem.detail);
    QString text = tr("%1 failed: %2").arg(action, error.message);
    if (then)
        text += u'\n' + tr("Your version opens again, so that nothing you typed is lost: save it again, or cancel.");
    // Not modal to the app: the window goes on (the answer arrived in the background).
    auto* box = new QMessageBox(QMessageBox::Warning, action, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("changeFailed"));
    box->setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box->setDetailedText(details.join(u'\n'));
    if (then)
        connect(box, &QDialog::finished, this, [then](int) { then(); });
    box->open();
}

void RecordEditor::reopenEditor(const QString& action, const ChangeSet& change)
{
    if (!m_workspace)
        return;
    // A new record's draft stays new: its id free to change, checked as a new one's.
    const RecordOrigin origin = change.addOnly ? RecordOrigin::NewDraft : RecordOrigin::Stored;
    if (!change.putFigures.isEmpty())
        openEditor(new FigureDialog(m_workspace, &change.putFigures.constFirst(), sourceTexts(), m_window, origin),
            action, &change);
    else if (!change.putEvents.isEmpty())
        openEditor(new EventDialog(m_workspace, &change.putEvents.constFirst(), sourceTexts(), m_window, origin),
            action, &change);
    else if (!change.putSources.isEmpty())
        openEditor(new SourceDialog(m_workspace, &change.putSources.constFirst(), m_window, origin), action, &change);
}

std::function<std::optional<QString>(const Source&)> RecordEditor::sourceTexts() const
{
    // Read afresh for each dialog (the files may have changed), each document once while it is open.
    auto cache = std::make_shared<SourceTextCache>(QStringList {
        Settings().sourceTextsFolder(), m_workspace ? m_workspace->location().sourceTextsFolder() : QString() });
    return [cache](const Source& source) { return cache->text(source); };
}

namespace {

// The record with an id in a list, when it is there.
template<typename Record> std::optional<Record> withId(const QList<Record>& records, const QString& id)
{
    const auto found
        = std::find_if(records.cbegin(), records.cend(), [&](const Record& record) { return record.id == id; });
    return found == records.cend() ? std::nullopt : std::optional<Record>(*found);
}

} // namespace

void RecordEditor::resolveConflict(const QString& action, const ChangeSet& change, const Error& error)
{
    const Error::Record record = error.record;
    // Theirs, as stored now; reading it brings the window up to date with it too.
    m_session->run<Snapshot>(
        [record](Repository& repository, StoreSession::Touched& touched) -> Result<Snapshot> {
            switch (record.kind) {
            case RecordKind::Figure:
                touched.putFigures = { record.id };
                return repository.loadRecords({ record.id }, {});
            case RecordKind::Event:
                touched.putEvents = { record.id };
                return repository.loadRecords({}, { record.id });
            case RecordKind::Source:
                break;
            }
            touched.catalog = true;
            return repository.loadCatalog();
        },
        [this, action, change, error](const Result<Snapshot>& stored) {
            if (!stored) {
                changeFailed(action, stored.error());
                return;
            }
            const Error::Record& record = error.record;
            std::optional<ConflictDialog::Fields> theirs;
            std::optional<ConflictDialog::Fields> mine;
            std::optional<Figure> myFigure;
            std::optional<Event> myEvent;
            std::optional<Source> mySource;
            const Snapshot& now = stored.value();
            switch (record.kind) {
            case RecordKind::Figure:
                if (const qsizetype row = now.figures.rowOfId(record.id); row >= 0)
                    theirs = ConflictDialog::fieldsOf(now.figures.figure(row));
                myFigure = withId(change.putFigures, record.id);
                break;
            case RecordKind::Event:
                if (const auto stored = withId(now.events, record.id))
                    theirs = ConflictDialog::fieldsOf(*stored);
                myEvent = withId(change.putEvents, record.id);
                break;
            case RecordKind::Source:
                if (const auto stored = withId(now.sources, record.id))
                    theirs = ConflictDialog::fieldsOf(*stored);
                mySource = withId(change.putSources, record.id);
                break;
            }
            if (myFigure)
                mine = ConflictDialog::fieldsOf(*myFigure);
            else if (myEvent)
                mine = ConflictDialog::fieldsOf(*myEvent);
            else if (mySource)
                mine = ConflictDialog::fieldsOf(*mySource);
            auto* dialog = new ConflictDialog(error.message, theirs, mine, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::finished, this, [this, dialog, action, change, myFigure, myEvent, mySource](int) {
                switch (dialog->choice()) {
                case ConflictDialog::Choice::KeepTheirs:
                    Q_EMIT message(tr("%1: their version kept, yours dropped").arg(action), 10000);
                    return;
                case ConflictDialog::Choice::KeepMine: {
                    // Over theirs, knowingly: not checked against their change again.
                    ChangeSet again = change;
                    again.basedOn = 0;
                    commit(action, again, [this, action, again] { reopenEditor(action, again); });
                    return;
                }
                case ConflictDialog::Choice::Merge:
                    // The user's version to edit, saved over theirs (now on screen) when the editor is accepted.
                    if (!m_workspace)
                        return;
                    if (myFigure)
                        openEditor(new FigureDialog(m_workspace, &*myFigure, sourceTexts(), m_window), action);
                    else if (myEvent)
                        openEditor(new EventDialog(m_workspace, &*myEvent, sourceTexts(), m_window), action);
                    else if (mySource)
                        openEditor(new SourceDialog(m_workspace, &*mySource, m_window), action);
                    return;
                }
            });
            dialog->open();
        });
}

template<typename Dialog>
QDialog* RecordEditor::openEditor(Dialog* dialog, const QString& action, const ChangeSet* retried)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What the dialog shows is the store as of this revision: a change someone else saves to the record meanwhile
    // is not overwritten unseen. An editor opened again after a failed save keeps the revision the first one read.
    const qint64 basedOn = retried ? retried->basedOn : m_workspace ? m_workspace->data().revision : 0;
    const std::optional<bool> addOnly = retried ? std::optional<bool>(retried->addOnly) : std::nullopt;
    connect(dialog, &QDialog::accepted, this, [this, dialog, action, basedOn, addOnly] {
        ChangeSet change;
        if constexpr (std::is_same_v<Dialog, FigureDialog>)
            change.putFigures.append(dialog->figure());
        else if constexpr (std::is_same_v<Dialog, EventDialog>)
            change.putEvents.append(dialog->event());
        else
            change.putSources.append(dialog->source());
        // A new record must not replace one made since the dialog opened (the window shows the database as it was).
        change.addOnly = addOnly.value_or(dialog->isNew());
        change.basedOn = basedOn;
        commit(action, change, [this, action, change] { reopenEditor(action, change); });
    });
    dialog->setModal(true);
    dialog->show();
    return dialog;
}

QDialog* RecordEditor::newFigure()
{
    if (!m_workspace)
        return nullptr;
    return openEditor(new FigureDialog(m_workspace, nullptr, sourceTexts(), m_window), tr("New figure"));
}

QDialog* RecordEditor::newEvent()
{
    if (!m_workspace)
        return nullptr;
    return openEditor(new EventDialog(m_workspace, nullptr, sourceTexts(), m_window), tr("New event"));
}

QDialog* RecordEditor::newSource()
{
    if (!m_workspace)
        return nullptr;
    return openEditor(new SourceDialog(m_workspace, nullptr, m_window), tr("New source"));
}

QDialog* RecordEditor::editFigure(qsizetype row)
{
    if (!m_workspace || row < 0 || row >= m_workspace->figures().size())
        return nullptr;
    const Figure figure = m_workspace->figures().figure(row);
    return openEditor(
        new FigureDialog(m_workspace, &figure, sourceTexts(), m_window), tr("Edit figure %1").arg(figure.id));
}

QDialog* RecordEditor::editEvent(qsizetype eventIndex)
{
    if (!m_workspace || eventIndex < 0 || eventIndex >= m_workspace->events().size())
        return nullptr;
    const Event& event = m_workspace->events().at(eventIndex);
    return openEditor(new EventDialog(m_workspace, &event, sourceTexts(), m_window), tr("Edit event %1").arg(event.id));
}

QDialog* RecordEditor::editSource(const Source& source)
{
    if (!m_workspace)
        return nullptr;
    return openEditor(new SourceDialog(m_workspace, &source, m_window), tr("Edit source %1").arg(source.id));
}

void RecordEditor::deleteFigure(qsizetype row)
{
    ChangeSet change;
    change.removeFigures.append(m_workspace->figures().id(row));
    change.basedOn = m_workspace->data().revision;
    commit(tr("Delete figure %1").arg(change.removeFigures.constFirst()), change);
}

void RecordEditor::deleteEvent(qsizetype eventIndex)
{
    ChangeSet change;
    change.removeEvents.append(m_workspace->events().at(eventIndex).id);
    change.basedOn = m_workspace->data().revision;
    commit(tr("Delete event %1").arg(change.removeEvents.constFirst()), change);
}

void RecordEditor::deleteSource(const Source& source)
{
    ChangeSet change;
    change.removeSources.append(source.id);
    change.basedOn = m_workspace->data().revision;
    commit(tr("Delete source %1").arg(source.id), change);
}

ImportDialog* RecordEditor::importFile(const QString& path)
{
    if (!m_workspace) {
        QMessageBox::information(m_window, tr("Import"), tr("Open a database first: imports go into it."));
        return nullptr;
    }
    // Refused before it is read: a folder, a device or a FIFO (which may never end), a file over the size limit.
    Result<QByteArray> read = readInputFile(path);
    if (!read) {
        warnPlainly(m_window, tr("Import"), read.error().message);
        return nullptr;
    }
    auto* dialog = new ImportDialog(path, std::move(read.value()), m_workspace, m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this, path](const ImportReport& report) {
        ChangeSet undo;
        undo.removeFigures = report.figureIds;
        undo.removeEvents = report.eventIds;
        undo.removeSources = report.sourceIds;
        // Undone on the state the import left: refused, like an edit's undo, if someone changes its records since.
        undo.basedOn = report.revision;
        m_undoStack->push(newChangeCommand(tr("Import %1").arg(QFileInfo(path).fileName()), undo));
        // Each count whole, its noun singular or plural, so that a translation can make them agree ("1 new source").
        const auto counted = [](qsizetype n, const char* one, const char* many) {
            return tr(n == 1 ? one : many).replace(QStringLiteral("%n"), QString::number(n));
        };
        Q_EMIT message(tr("Imported %1, %2 and %3 from %4")
                           .arg(counted(report.figures, QT_TR_NOOP("%n figure"), QT_TR_NOOP("%n figures")),
                               counted(report.events, QT_TR_NOOP("%n event"), QT_TR_NOOP("%n events")),
                               counted(report.sources, QT_TR_NOOP("%n new source"), QT_TR_NOOP("%n new sources")),
                               QFileInfo(path).fileName()),
            10000);
    });
    dialog->setModal(true);
    dialog->show();
    return dialog;
}

} // namespace crisis::ui
