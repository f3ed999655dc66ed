# Project-wide compile settings, applied per target with crisis_target_defaults().

function(crisis_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_NO_URL_CAST_FROM_STRING
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
        if(CRISIS_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()

# Precompiled headers: the Qt, standard and GoogleTest headers nearly every file of a target includes, parsed once
# per target instead of once per file (the test command builds the tree twice, and parsing them is a good part of
# each file's time). Turn it off (-DCRISIS_PRECOMPILED_HEADERS=OFF; the release preset does) to check that every
# file includes what it uses; clang-tidy (scripts/tidy.sh) reads every file without them.
option(CRISIS_PRECOMPILED_HEADERS "Precompile the common Qt, standard and GoogleTest headers per target" ON)

# crisis_precompile_headers(TARGET [WIDGETS] [GTEST])
function(crisis_precompile_headers target)
    if(NOT CRISIS_PRECOMPILED_HEADERS)
        return()
    endif()
    cmake_parse_arguments(ARG "WIDGETS;GTEST" "" "" ${ARGN})
    set(headers
        <algorithm> <functional> <memory> <optional> <utility> <vector>
        <QtCore/QByteArray> <QtCore/QDate> <QtCore/QHash> <QtCore/QJsonObject> <QtCore/QList> <QtCore/QObject>
        <QtCore/QString> <QtCore/QStringList> <QtCore/QVariant>)
    if(ARG_WIDGETS)
        list(APPEND headers <QtGui/QPainter> <QtWidgets/QWidget> <QtWidgets/QDialog> <QtWidgets/QMainWindow>
            <QtWidgets/QAbstractItemView>)
    endif()
    if(ARG_GTEST)
        list(APPEND headers <gtest/gtest.h>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
