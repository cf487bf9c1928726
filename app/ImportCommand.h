#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace hearth {
class Store;
}

// `hearth --import FILE... [--record NAME]`: imports clinical documents into
// a record without a window. Every new item of each file is taken; one line
// per file says what was imported or why the file was refused.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    enum ExitCode { Success = 0, SomeRefused = 1, Unusable = 2 };

    struct Options
    {
        QStringList files;
        QString record; // name or row id; empty: the only record, or a new one
        bool otherPatient = false; // import even when the patient is not the record's
    };

    // Lines go to `out` (imported) and `err` (refused, problems).
    static int run(hearth::Store &store, const Options &options,
        const std::function<void(const QString &)> &out,
        const std::function<void(const QString &)> &err);
};
