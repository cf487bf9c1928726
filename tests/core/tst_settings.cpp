#include "core/Settings.h"

#include <QTemporaryDir>
#include <QTest>

using hearth::Settings;
namespace settings = hearth::settings;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void unsetSettingsGiveTheirDefaults()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("hearth.ini")));
        QCOMPARE(s.value(settings::lastPage), 0);
        QCOMPARE(s.value(settings::lastRecordId), QString());
        QVERIFY(s.value(settings::windowGeometry).isEmpty());
    }

    void valuesSurviveAReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hearth.ini"));
        {
            Settings s(path);
            s.setValue(settings::lastPage, 3);
            s.setValue(
                settings::lastRecordId, QStringLiteral("5b1f0c2e-1111-4222-8333-444455556666"));
            s.setValue(settings::windowGeometry, QByteArray("\x01\x02\xff", 3));
            s.sync();
        }
        Settings s(path);
        QCOMPARE(s.value(settings::lastPage), 3);
        QCOMPARE(s.value(settings::lastRecordId),
            QStringLiteral("5b1f0c2e-1111-4222-8333-444455556666"));
        QCOMPARE(s.value(settings::windowGeometry), QByteArray("\x01\x02\xff", 3));
    }

    void aValueOfTheWrongTypeGivesTheDefault()
    {
        const hearth::Setting<int> answer { "test/answer", 42 };
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hearth.ini"));
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("test/answer"), QStringLiteral("not a number"));
        }
        Settings s(path);
        QCOMPARE(s.value(answer), 42);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
