#pragma once

#include <QStringList>

namespace hearth {

// The checks behind `hearth --self-test`: can this installation do its basic
// work (SQLite through Qt Sql, XML, OpenSSL) without a display or a network?
class SelfTest
{
public:
    // Runs every check; returns one line per failed check, empty when all pass.
    static QStringList run();

private:
    static QString checkInMemoryDatabase();
    static QString checkXmlReader();
    static QString checkCrypto();
};

} // namespace hearth
