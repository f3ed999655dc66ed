#pragma once

#include <crisis/core/storage/revision.h>
#include <crisis/core/storage/storelocation.h>
#include <crisis/core/support/result.h>

#include <QObject>

#include <memory>

class QThread;
class QTimer;

namespace crisis::core {

/// Tells of every change saved to a shared store as soon as it is committed, by anyone: listens on a connection of
/// its own (PostgreSQL's LISTEN/NOTIFY) and reads each new revision from the store's history. Only a store that
/// keeps history has one (a team database). Works on the thread it was opened on, which needs an event loop. Reads
/// the history every few seconds too, so that a connection lost (a server restarted, a network gone) is noticed
/// although no notification comes: failed() then says so, once.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    /// Starts listening to the store at a location, from the revision after `after` (-1: after the latest one);
    /// revisions saved since `after` are told first.
    static Result<std::unique_ptr<ChangeFeed>> open(const StoreLocation& location, qint64 after = -1);
    ~ChangeFeed() override;

    /// The last revision told (or the one listening started after).
    qint64 lastRevision() const { return m_last; }
    /// Whether a revision was saved by this program on the feed's store (through any of its connections there).
    bool savedHere(const Revision& revision) const;
    /// Reads and tells the revisions saved since the last one told (open(), each notification and the regular
    /// check call it).
    void catchUp();
    /// How often every feed opened after this call reads the history when no notification comes: 5 s unless set
    /// (tests set less).
    static void setCheckInterval(int milliseconds);

Q_SIGNALS:
    void revision(const crisis::core::Revision& revision);
    /// The history could not be read (the connection was lost): what went wrong, naming the store.
    void failed(const QString& message);

private:
    ChangeFeed(StoreLocation location, QString connectionName, qint64 last);

    StoreLocation m_location;
    QString m_connectionName;
    qint64 m_last = 0;
    QTimer* m_check = nullptr;
    bool m_failed = false;
};

/// Follows a shared store's changes on a thread of its own, so that a server that does not answer holds up no
/// window: opens a ChangeFeed there, from the revision after `after`, and tells its revisions and its failure on
/// the thread that made the follower. Deleting it stops the following without waiting for a read under way (its
/// thread ends, and is deleted, once that read returns).
class ChangeFollower : public QObject
{
    Q_OBJECT

public:
    ChangeFollower(const StoreLocation& location, qint64 after, QObject* parent = nullptr);
    ~ChangeFollower() override;

    /// Whether a revision was saved by this program on the store (ChangeFeed::savedHere).
    bool savedHere(const Revision& revision) const;

Q_SIGNALS:
    void revision(const crisis::core::Revision& revision);
    /// The history could not be read any more (the connection was lost), naming the store.
    void failed(const QString& message);
    /// The store's changes could not be followed at all (ChangeFeed::open failed).
    void unavailable(const QString& message);

private:
    StoreLocation m_location;
    QThread* m_thread = nullptr;
};

} // namespace crisis::core
