#include <crisis/core/storage/repository.h>

namespace crisis::core {

Result<Dataset> Repository::load()
{
    Result<Snapshot> snapshot = loadSnapshot();
    if (!snapshot)
        return snapshot.error();
    return snapshot.value().toDataset();
}

} // namespace crisis::core
