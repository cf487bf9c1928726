#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace hearth {
class Clock;
class Store;
} // namespace hearth

// `hearth --export FILE [--format ccd|ccr] [--record NAME]`: writes a record
// as a C-CDA CCD or an ASTM CCR without a window, and says in one line what
// it wrote.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    enum ExitCode { Success = 0, Failed = 1, Unusable = 2 };

    struct Options
    {
        QString file;
        QString format; // "ccd" (also when empty) or "ccr"
        QString record; // name or row id; empty: the only record
    };

    static int run(const hearth::Store &store, const hearth::Clock &clock, const Options &options,
        const std::function<void(const QString &)> &out,
        const std::function<void(const QString &)> &err);
};
