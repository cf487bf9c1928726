// Runs the built `hearth` program the way a user or a script would.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestHearthCli : public QObject
{
    Q_OBJECT
private:
    QProcess *runHearth(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        // No display: these options must work over SSH and in CI.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(HEARTH_BINARY_DIR "/bin/hearth"), arguments);
        process->waitForFinished(30000);
        return process;
    }

    static QString sample(const QString &name)
    {
        return QStringLiteral(HEARTH_SHARED_DIR "/samples/") + name;
    }

    // `hearth --profile DIR --import ...`; when the session has no keychain
    // the profile takes a passphrase from standard input.
    QProcess *runImport(const QString &profile, const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(HEARTH_BINARY_DIR "/bin/hearth"),
            QStringList { QStringLiteral("--profile"), profile, QStringLiteral("--import") }
                + arguments);
        process->write("a test passphrase\n");
        process->closeWriteChannel();
        process->waitForFinished(60000);
        return process;
    }

    // `hearth --profile DIR --export FILE ...`, passphrase on standard input.
    QProcess *runExport(const QString &profile, const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(HEARTH_BINARY_DIR "/bin/hearth"),
            QStringList { QStringLiteral("--profile"), profile } + arguments);
        process->write("a test passphrase\n");
        process->closeWriteChannel();
        process->waitForFinished(60000);
        return process;
    }

private slots:
    void exportWritesTheRecord()
    {
        if (!QFile::exists(sample(QStringLiteral("ccda/CCD.XML"))))
            QSKIP("The sample documents (HEARTH_SHARED_DIR/samples) are missing");
        QTemporaryDir profile;
        QProcess *import = runImport(profile.path(), { sample(QStringLiteral("ccda/CCD.XML")) });
        QVERIFY2(import->exitCode() == 0, import->readAllStandardError().constData());

        const QString ccr = profile.filePath(QStringLiteral("eve.xml"));
        QProcess *hearth = runExport(profile.path(),
            { QStringLiteral("--export"), ccr, QStringLiteral("--format"), QStringLiteral("ccr"),
                QStringLiteral("--record"), QStringLiteral("Eve Betterhalf") });
        const QString out = QString::fromUtf8(hearth->readAllStandardOutput());
        QVERIFY2(hearth->exitCode() == 0, hearth->readAllStandardError().constData());
        QVERIFY2(out.startsWith(QLatin1String(
                     "Exported \"Eve Betterhalf\" to eve.xml as ASTM CCR: 29 items (medication 2, "
                     "allergy 2, problem 4, immunization 3, procedure 4, lab-result 6, "
                     "vital-sign 8)")),
            qPrintable(out));
        QFile file(ccr);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("<ContinuityOfCareRecord xmlns=\"urn:astm-org:CCR\">"));
        QVERIFY(bytes.contains("<Value>8480-6</Value>"));

        // The only record is the default; CCD is the default format.
        const QString ccd = profile.filePath(QStringLiteral("eve-ccd.xml"));
        hearth = runExport(profile.path(), { QStringLiteral("--export"), ccd });
        QVERIFY2(hearth->exitCode() == 0, hearth->readAllStandardError().constData());
        QVERIFY(hearth->readAllStandardOutput().contains("as C-CDA CCD"));
        QVERIFY(QFile::exists(ccd));

        hearth = runExport(profile.path(),
            { QStringLiteral("--export"), ccd, QStringLiteral("--format"), QStringLiteral("pdf") });
        QCOMPARE(hearth->exitCode(), 2);
        QVERIFY(hearth->readAllStandardError().contains("Unknown format \"pdf\""));
        hearth = runExport(profile.path(),
            { QStringLiteral("--export"), ccd, QStringLiteral("--record"), QStringLiteral("Bob") });
        QCOMPARE(hearth->exitCode(), 2);
        QVERIFY(hearth->readAllStandardError().contains("There is no record \"Bob\""));
        // A folder that does not exist: a clear message, exit 1.
        hearth = runExport(profile.path(),
            { QStringLiteral("--export"), profile.filePath(QStringLiteral("no/such.xml")) });
        QCOMPARE(hearth->exitCode(), 1);
        QVERIFY(hearth->readAllStandardError().contains("such.xml could not be created"));
    }

    void versionPrintsTheProjectVersion()
    {
        QProcess *hearth = runHearth({ QStringLiteral("--version") });
        QCOMPARE(hearth->exitCode(), 0);
        QCOMPARE(hearth->readAllStandardOutput().trimmed(), QByteArray("Hearth " HEARTH_VERSION));
    }

    void selfTestPassesWithoutADisplay()
    {
        QProcess *hearth = runHearth({ QStringLiteral("--self-test") });
        QVERIFY2(hearth->exitStatus() == QProcess::NormalExit,
            hearth->readAllStandardError().constData());
        QCOMPARE(hearth->exitCode(), 0);
        QVERIFY(hearth->readAllStandardOutput().contains("self-test passed"));
    }

    void selfTestReportsAMissingDicomDictionary()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        auto *hearth = new QProcess(this);
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("DCMDICTPATH"), QStringLiteral("/nonexistent/dicom.dic"));
        hearth->setProcessEnvironment(env);
        hearth->start(
            QStringLiteral(HEARTH_BINARY_DIR "/bin/hearth"), { QStringLiteral("--self-test") });
        QVERIFY(hearth->waitForFinished(30000));
        QCOMPARE(hearth->exitCode(), 1);
        QVERIFY(hearth->readAllStandardError().contains("DICOM data dictionary"));
    }

    void importIntoAnEmptyProfileAndAgain()
    {
        if (!QFile::exists(sample(QStringLiteral("ccda/CCD.XML"))))
            QSKIP("The sample documents (HEARTH_SHARED_DIR/samples) are missing");
        QTemporaryDir profile;
        QProcess *first = runImport(profile.path(), { sample(QStringLiteral("ccda/CCD.XML")) });
        const QString out = QString::fromUtf8(first->readAllStandardOutput());
        QVERIFY2(first->exitCode() == 0, first->readAllStandardError().constData());
        // A record named after the document's patient, then one line for the file.
        QVERIFY2(
            out.contains(QLatin1String("Created the record \"Eve Betterhalf\"")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String(
                     "CCD.XML: 31 of 34 items imported into \"Eve Betterhalf\" (medication 2, "
                     "allergy 2, problem 4, immunization 3, procedure 4, lab-result 6, "
                     "vital-sign 8, contact 2)")),
            qPrintable(out));
        QVERIFY(QFile::exists(profile.filePath(QStringLiteral("hearth.db"))));

        // The second run finds everything and the document in the file.
        QProcess *second = runImport(profile.path(),
            { sample(QStringLiteral("ccda/CCD.XML")), QStringLiteral("--record"),
                QStringLiteral("eve betterhalf") });
        const QString again = QString::fromUtf8(second->readAllStandardOutput());
        QVERIFY2(second->exitCode() == 0, second->readAllStandardError().constData());
        QVERIFY2(
            again.contains(QLatin1String("CCD.XML: 0 of 34 items imported")), qPrintable(again));
        QVERIFY2(again.contains(QLatin1String("31 already there")), qPrintable(again));
        QVERIFY2(
            again.contains(QLatin1String("the document was already stored")), qPrintable(again));
    }

    void badFilesAreRefusedAndTheRestImported()
    {
        if (!QFile::exists(sample(QStringLiteral("ccr/CCR.xml"))))
            QSKIP("The sample documents (HEARTH_SHARED_DIR/samples) are missing");
        QTemporaryDir profile;
        QProcess *hearth = runImport(profile.path(),
            { sample(QStringLiteral("ccda/broken.xml")), sample(QStringLiteral("ccr/CCR.xml")),
                profile.filePath(QStringLiteral("missing.xml")),
                sample(QStringLiteral("ccda/UD_sample.pdf")) });
        QCOMPARE(hearth->exitCode(), 1);
        const QString err = QString::fromUtf8(hearth->readAllStandardError());
        const QString out = QString::fromUtf8(hearth->readAllStandardOutput());
        QVERIFY2(err.contains(QLatin1String("broken.xml: refused: ")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("missing.xml: refused: ")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("UD_sample.pdf: refused: ")), qPrintable(err));
        QVERIFY2(out.contains(QLatin1String("CCR.xml: ")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("document stored.")), qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("broken.xml")));
    }

    void anotherPatientOrAnUnknownRecordIsRefused()
    {
        if (!QFile::exists(sample(QStringLiteral("ccr/CCR.xml"))))
            QSKIP("The sample documents (HEARTH_SHARED_DIR/samples) are missing");
        QTemporaryDir profile;
        QProcess *first = runImport(profile.path(), { sample(QStringLiteral("ccda/CCD.XML")) });
        QCOMPARE(first->exitCode(), 0);

        // The only record is Eve Betterhalf's; the CCR is about someone else.
        QProcess *other = runImport(profile.path(), { sample(QStringLiteral("ccr/CCR.xml")) });
        QCOMPARE(other->exitCode(), 1);
        const QString err = QString::fromUtf8(other->readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("CCR.xml: refused: This document is about")),
            qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("--other-patient")), qPrintable(err));
        QVERIFY(other->readAllStandardOutput().isEmpty());

        QProcess *anyway = runImport(profile.path(),
            { sample(QStringLiteral("ccr/CCR.xml")), QStringLiteral("--other-patient") });
        QCOMPARE(anyway->exitCode(), 0);
        QVERIFY(anyway->readAllStandardOutput().contains("CCR.xml: "));

        QProcess *unknown = runImport(profile.path(),
            { sample(QStringLiteral("ccr/CCR.xml")), QStringLiteral("--record"),
                QStringLiteral("Nobody") });
        QCOMPARE(unknown->exitCode(), 2);
        QVERIFY(unknown->readAllStandardError().contains(
            "There is no record \"Nobody\" in this profile. Its records: \"Eve Betterhalf\""));

        QProcess *nothing = runImport(profile.path(), {});
        QCOMPARE(nothing->exitCode(), 2);
        QVERIFY(nothing->readAllStandardError().contains("--import needs at least one file"));
    }
};

QTEST_GUILESS_MAIN(TestHearthCli)
#include "tst_hearthcli.moc"
