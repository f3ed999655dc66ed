#include "changefeedhome.h"
#include "postgres/postgresschema.h"
#include "postgres/postgressupport.h"

#include <crisis/core/storage/changefeed.h>

#include <QCoreApplication>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>

namespace crisis::core {

using namespace postgres;

namespace {
std::atomic<int> checkInterval { 5000 };
}

ChangeFeed::ChangeFeed(StoreLocation location, QString connectionName, qint64 last)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
    , m_last(last)
    , m_check(new QTimer(this))
{
    m_check->setInterval(checkInterval.load());
    connect(m_check, &QTimer::timeout, this, &ChangeFeed::catchUp);
    m_check->start();
}

void ChangeFeed::setCheckInterval(int milliseconds)
{
    checkInterval.store(std::max(10, milliseconds));
}

ChangeFeed::~ChangeFeed()
{
    closeConnection(m_connectionName);
}

Result<std::unique_ptr<ChangeFeed>> ChangeFeed::open(const StoreLocation& location, qint64 after)
{
    if (!location.isServer())
        return Error(Error::Code::NotFound,
            QStringLiteral("%1 keeps no history of its changes to follow (a team database on a PostgreSQL server does)")
                .arg(location.toString()));
    ScopedConnection connection(location);
    if (auto opened = connection.open(); !opened)
        return opened.error();
    QSqlDatabase db = connection.db();
    const sql::Store store = storeOf(db, location);
    auto identity = identify(store);
    if (!identity)
        return identity.error();
    if (identity.value().kind != Identity::Ours)
        return Error(Error::Code::NotCrisisDatabase,
            QStringLiteral("%1 holds no Crisis Timeline dataset whose changes could be followed")
                .arg(location.toString()));
    // Listening first, then reading where the history stands: nothing committed in between is missed.
    if (!db.driver()->subscribeToNotification(QLatin1String(changeChannel)))
        return serverError(location, QStringLiteral("cannot listen for changes"), db.driver()->lastError());
    if (after < 0) {
        auto latest = latestRevision(store);
        if (!latest)
            return latest.error();
        after = latest.value();
    }
    std::unique_ptr<ChangeFeed> feed(new ChangeFeed(location, connection.release(), after));
    QObject::connect(db.driver(), &QSqlDriver::notification, feed.get(), [feed = feed.get()](const QString& name) {
        if (name == QLatin1String(changeChannel))
            feed->catchUp();
    });
    return feed;
}

bool ChangeFeed::savedHere(const Revision& revision) const
{
    return revision.client == clientName(m_location);
}

void ChangeFeed::catchUp()
{
    if (m_failed)
        return;
    const sql::Store store = storeOf(QSqlDatabase::database(m_connectionName, false), m_location);
    for (;;) {
        auto revisions = postgres::revisions(store, m_last, {}, 1000);
        if (!revisions) {
            // Said once: the connection is not tried again (the window opens the store again when it is back).
            m_failed = true;
            m_check->stop();
            Q_EMIT failed(revisions.error().message);
            return;
        }
        for (const Revision& saved : std::as_const(revisions.value())) {
            m_last = saved.number;
            Q_EMIT revision(saved);
        }
        if (revisions.value().size() < 1000)
            return;
    }
}

void detail::FeedHome::open(const StoreLocation& location, qint64 after)
{
    auto feed = ChangeFeed::open(location, after);
    if (!feed) {
        Q_EMIT unavailable(feed.error().message);
        return;
    }
    ChangeFeed* opened = feed.value().release();
    opened->setParent(this);
    connect(opened, &ChangeFeed::revision, this, &FeedHome::revision);
    connect(opened, &ChangeFeed::failed, this, &FeedHome::failed);
    opened->catchUp();
}

ChangeFollower::ChangeFollower(const StoreLocation& location, qint64 after, QObject* parent)
    : QObject(parent)
    , m_location(location)
    , m_thread(new QThread)
{
    qRegisterMetaType<crisis::core::Revision>();
    m_thread->setObjectName(QStringLiteral("change feed"));
    auto* home = new detail::FeedHome;
    connect(home, &detail::FeedHome::revision, this, &ChangeFollower::revision);
    connect(home, &detail::FeedHome::failed, this, &ChangeFollower::failed);
    connect(home, &detail::FeedHome::unavailable, this, &ChangeFollower::unavailable);
    // The feed and its connection are deleted on their thread when it ends; the thread itself afterwards, here.
    home->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, home, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    // At the program's end, a feed still reading is given a moment to end before Qt's own teardown (which its
    // connection lives in); the connection fails, and the read with it, when the process goes.
    if (QCoreApplication* application = QCoreApplication::instance()) {
        connect(application, &QCoreApplication::aboutToQuit, m_thread, [thread = m_thread] {
            thread->quit();
            thread->wait(2000);
        });
    }
    m_thread->start();
    QMetaObject::invokeMethod(home, [home, location, after] { home->open(location, after); });
}

ChangeFollower::~ChangeFollower()
{
    m_thread->quit();
}

bool ChangeFollower::savedHere(const Revision& revision) const
{
    return revision.client == clientName(m_location);
}

} // namespace crisis::core
