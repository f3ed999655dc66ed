#include <crisis/core/storage/openrepository.h>
#include <crisis/ui/window/databaseloader.h>

#include <QThread>

namespace crisis::ui {

using namespace crisis::core;

DatabaseLoader::DatabaseLoader(QObject* parent)
    : QObject(parent)
{ }

DatabaseLoader::~DatabaseLoader()
{
    stop();
}

bool DatabaseLoader::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DatabaseLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void DatabaseLoader::stop()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void DatabaseLoader::start(const StoreLocation& location, OpenMode mode)
{
    stop();
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelFlag;
    // Results come back to this object's thread as queued calls; a cancelled load reports nothing more.
    m_thread = QThread::create([this, location, mode, cancelFlag] {
        const auto post = [this, cancelFlag](auto&& function) {
            QMetaObject::invokeMethod(
                this,
                [cancelFlag, function] {
                    if (!cancelFlag->load())
                        function();
                },
                Qt::QueuedConnection);
        };
        auto repository = openRepository(location, mode);
        if (!repository) {
            post([this, message = repository.error().message] { Q_EMIT failed(message); });
            return;
        }
        auto snapshot = repository.value()->loadSnapshot([&](qint64 done, qint64 total) {
            post([this, done, total] { Q_EMIT progress(done, total); });
            return !cancelFlag->load();
        });
        repository.value().reset();
        if (!snapshot) {
            if (snapshot.error().code == Error::Code::Cancelled)
                QMetaObject::invokeMethod(
                    this, [this] { Q_EMIT cancelled(); }, Qt::QueuedConnection);
            else
                post([this, message = snapshot.error().message] { Q_EMIT failed(message); });
            return;
        }
        std::shared_ptr<const Workspace> workspace = Workspace::build(std::move(snapshot.value()), location);
        post([this, workspace] { Q_EMIT loaded(workspace); });
    });
    m_thread->start();
}

} // namespace crisis::ui
