#pragma once

#include <crisis/core/analysis/workspace.h>
#include <crisis/core/storage/repository.h>

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace crisis::ui {

/// Opens and loads a database off the GUI thread, reporting progress, so the window stays responsive while
/// a million figures load.
class DatabaseLoader : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseLoader(QObject* parent = nullptr);
    ~DatabaseLoader() override;

    /// Starts loading; a load already running is cancelled first.
    void start(const core::StoreLocation& location, core::OpenMode mode);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void loaded(std::shared_ptr<const core::Workspace> workspace);
    void failed(const QString& message);
    void cancelled();

private:
    void stop();

    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace crisis::ui
