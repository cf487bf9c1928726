#include "server/ListenAddress.h"

#include <QTest>

using hearth::vault::ListenAddress;

class TestListenAddress : public QObject
{
    Q_OBJECT
private slots:
    void parsesValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("ipv4") << "127.0.0.1:8080"
                              << "127.0.0.1" << 8080;
        QTest::newRow("ipv6") << "[::1]:443"
                              << "::1" << 443;
        QTest::newRow("localhost") << "localhost:0"
                                   << "127.0.0.1" << 0;
    }
    void parsesValid()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        QFETCH(int, port);
        ListenAddress parsed;
        QString error;
        QVERIFY2(ListenAddress::parse(text, &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.address.toString(), address);
        QCOMPARE(int(parsed.port), port);
    }

    void rejectsInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no port") << "127.0.0.1"
                                 << "ADDRESS:PORT";
        QTest::newRow("port too large") << "127.0.0.1:70000"
                                        << "not a port";
        QTest::newRow("port not a number") << "127.0.0.1:http"
                                           << "not a port";
        QTest::newRow("host name") << "example.org:80"
                                   << "not an IP address";
    }
    void rejectsInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        ListenAddress parsed;
        QString error;
        QVERIFY(!ListenAddress::parse(text, &parsed, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestListenAddress)
#include "tst_listenaddress.moc"
