#include "core/diagnostics/SelfTest.h"

#include <QSqlDatabase>
#include <QTest>

class TestSelfTest : public QObject
{
    Q_OBJECT
private slots:
    void passesOnAWorkingInstallation() { QCOMPARE(hearth::SelfTest::run(), QStringList()); }

    void leavesNoDatabaseConnectionBehind()
    {
        hearth::SelfTest::run();
        QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSelfTest)
#include "tst_selftest.moc"
