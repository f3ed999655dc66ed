#include <crisis/core/analysis/displayformat.h>
#include <crisis/ui/models/labels.h>
#include <crisis/ui/models/storymodel.h>

#include <QCoreApplication>
#include <QMimeData>

namespace crisis::ui {

using namespace crisis::core;

namespace {

const QString rowsMimeType = QStringLiteral("application/x-crisis-timeline-story-rows");

} // namespace

QByteArray StoryModel::dragOrigin() const
{
    // Rows mean something only to the model they came from: this process, this model.
    return QByteArray::number(QCoreApplication::applicationPid()) + ':'
        + QByteArray::number(reinterpret_cast<quintptr>(this));
}

StoryModel::StoryModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void StoryModel::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    beginResetModel();
    m_workspace = std::move(workspace);
    m_steps.clear();
    endResetModel();
}

void StoryModel::setSteps(QList<StoryStep> steps)
{
    beginResetModel();
    m_steps = std::move(steps);
    endResetModel();
}

bool StoryModel::appendEvent(const QString& eventId)
{
    for (const StoryStep& step : std::as_const(m_steps)) {
        if (step.eventId == eventId)
            return false;
    }
    const int row = static_cast<int>(m_steps.size());
    beginInsertRows({}, row, row);
    m_steps.append({ eventId, QString() });
    endInsertRows();
    Q_EMIT stepsEdited();
    return true;
}

void StoryModel::removeStep(int row)
{
    if (row < 0 || row >= m_steps.size())
        return;
    beginRemoveRows({}, row, row);
    m_steps.removeAt(row);
    endRemoveRows();
    Q_EMIT stepsEdited();
}

void StoryModel::moveStep(int from, int to)
{
    moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

void StoryModel::setNote(int row, const QString& note)
{
    if (row < 0 || row >= m_steps.size() || m_steps.at(row).note == note)
        return;
    m_steps[row].note = note;
    Q_EMIT dataChanged(index(row), index(row), { Qt::ToolTipRole, NoteRole });
    Q_EMIT stepsEdited();
}

int StoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

QVariant StoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoryStep& step = m_steps.at(index.row());
    const qsizetype eventIndex = m_workspace ? m_workspace->eventIndex(step.eventId) : -1;
    const Event* event = eventIndex >= 0 ? &m_workspace->events().at(eventIndex) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (!event)
            return tr("(event %1 is not in this database)").arg(step.eventId);
        return QStringLiteral("%1 \u2014 %2").arg(formatPeriod(event->period), event->title);
    case Qt::ToolTipRole:
        if (!step.note.isEmpty())
            return plainToolTip(step.note);
        return event ? plainToolTip(event->summary) : QVariant();
    case EventIndexRole:
        return eventIndex;
    case NoteRole:
        return step.note;
    default:
        return {};
    }
}

Qt::ItemFlags StoryModel::flags(const QModelIndex& index) const
{
    // Steps are dragged; the drop lands between them, never onto one.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

bool StoryModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
    const QModelIndex& destinationParent, int destinationChild)
{
    const int size = static_cast<int>(m_steps.size());
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 || sourceRow + count > size
        || destinationChild < 0 || destinationChild > size)
        return false;
    // Onto itself or just after itself: nothing moves.
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild))
        return false;
    const QList<StoryStep> moved = m_steps.mid(sourceRow, count);
    m_steps.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_steps.insert(insertAt + i, moved.at(i));
    endMoveRows();
    Q_EMIT stepsEdited();
    return true;
}

Qt::DropActions StoryModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList StoryModel::mimeTypes() const
{
    return { rowsMimeType };
}

QMimeData* StoryModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList rows;
    for (const QModelIndex& index : indexes) {
        if (index.isValid())
            rows.append(QString::number(index.row()));
    }
    if (rows.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(rowsMimeType, dragOrigin() + ';' + rows.join(u',').toLatin1());
    return data;
}

bool StoryModel::canDropMimeData(
    const QMimeData* data, Qt::DropAction action, int, int, const QModelIndex& parent) const
{
    return data && data->hasFormat(rowsMimeType) && action == Qt::MoveAction && !parent.isValid()
        && data->data(rowsMimeType).split(';').constFirst() == dragOrigin();
}

bool StoryModel::dropMimeData(
    const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    // The list selects one step at a time: one row moves.
    const QList<QByteArray> parts = data->data(rowsMimeType).split(';');
    const int from = parts.size() == 2 ? parts.at(1).split(',').constFirst().toInt(&ok) : -1;
    if (!ok)
        return false;
    const int to = row < 0 ? rowCount() : row;
    // The view would remove the dragged rows after a move; this model moves them itself and removes rows only
    // through removeStep, so removeRows (not overridden) refuses that.
    return moveRows({}, from, 1, {}, to);
}

} // namespace crisis::ui
