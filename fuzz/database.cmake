# The database fuzz target (fuzz_database.cpp): a file opened as the app opens a database, then read and written.
# It needs the storage backends, which the readers' targets do not.
add_executable(fuzz_database fuzz_database.cpp)
target_link_libraries(fuzz_database PRIVATE crisis::storage)
target_link_options(fuzz_database PRIVATE -fsanitize=fuzzer)
crisis_target_defaults(fuzz_database)
