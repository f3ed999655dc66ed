// Any file given to `import` without --format: the format told by the content, then read.
// What it does and checks is in harness.cpp, which the test suite runs over tests/data/fuzz-regressions too.
#include "harness.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const crisis::fuzz::Reader read = crisis::fuzz::reader("import");
    read(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    return 0;
}
