#pragma once

// Reading a team database: as every SQL store is read, but its figures streamed by COPY.

#include "../sql/sqlreader.h"

namespace crisis::core::postgres {

/// Reads a dataset as sql::Reader does, but all its figures in one COPY … TO STDOUT on the connection's libpq
/// handle, parsed straight into the columnar table: no value of a million rows goes through a QVariant. Falls back
/// to the statements when the connection is not libpq's.
class Reader final : public sql::Reader
{
public:
    using sql::Reader::Reader;

protected:
    Result<void> figures(Snapshot& data, const Progress& progress) override;
};

} // namespace crisis::core::postgres
