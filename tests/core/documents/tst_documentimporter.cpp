#include "core/documents/DocumentImporter.h"
#include "core/documents/DocumentSummary.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace hearth;

// Golden-file test: every document under samples/ccda and samples/ccr is read
// and its summary compared with the reviewed file in tests/data/documents.
// HEARTH_UPDATE_GOLDEN=1 writes the actual summaries as *.actual next to the
// golden files for review (never over them).
class TestDocumentImporter : public QObject
{
    Q_OBJECT
private slots:
    void golden_data();
    void golden();
    void negativeSamples_data();
    void negativeSamples();

private:
    static QString samples() { return QStringLiteral(HEARTH_SHARED_DIR "/samples"); }
    static QString goldenDir() { return QStringLiteral(HEARTH_SOURCE_DIR "/tests/data/documents"); }
};

void TestDocumentImporter::golden_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("goldenPath");
    if (!QDir(samples()).exists())
        return;
    const QStringList negatives = { QStringLiteral("broken.xml"), QStringLiteral("empty.xml"),
        QStringLiteral("empty_no_declaration.xml") };
    for (const QString &folder : { QStringLiteral("ccda"), QStringLiteral("ccr") }) {
        const QDir dir(samples() + QLatin1Char('/') + folder);
        for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Name)) {
            if (negatives.contains(info.fileName()) || info.suffix() == QLatin1String("pdf"))
                continue;
            const QString name = folder + QLatin1Char('/') + info.fileName();
            QTest::newRow(qPrintable(name))
                << info.filePath()
                << goldenDir() + QLatin1Char('/') + name + QStringLiteral(".txt");
        }
    }
}

void TestDocumentImporter::golden()
{
    if (!QDir(samples()).exists())
        QSKIP("The shared samples folder (HEARTH_SHARED_DIR/samples) is not there.");
    QFETCH(QString, path);
    QFETCH(QString, goldenPath);
    const ImportResult result = DocumentImporter::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QString actual = DocumentSummary::full(result.document);
    if (qEnvironmentVariableIntValue("HEARTH_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(goldenPath).path());
        QFile out(goldenPath + QStringLiteral(".actual"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual.toUtf8());
    }
    QFile golden(goldenPath);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(goldenPath));
    const QString expected = QString::fromUtf8(golden.readAll());
    const QStringList a = actual.split(QLatin1Char('\n'));
    const QStringList e = expected.split(QLatin1Char('\n'));
    for (int i = 0; i < qMin(a.size(), e.size()); ++i)
        QCOMPARE(a.at(i), e.at(i));
    QCOMPARE(a.size(), e.size());
}

void TestDocumentImporter::negativeSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("broken") << "broken.xml" << int(ImportError::NotWellFormed)
                            << "not well-formed XML";
    QTest::newRow("empty") << "empty.xml" << int(ImportError::NotClinicalDocument)
                           << "starts with <empty>";
    QTest::newRow("empty, no declaration")
        << "empty_no_declaration.xml" << int(ImportError::NotClinicalDocument)
        << "not a clinical document";
    QTest::newRow("a PDF") << "UD_sample.pdf" << int(ImportError::BadEncoding) << "not valid UTF-8";
}

void TestDocumentImporter::negativeSamples()
{
    if (!QDir(samples()).exists())
        QSKIP("The shared samples folder (HEARTH_SHARED_DIR/samples) is not there.");
    QFETCH(QString, file);
    QFETCH(int, error);
    QFETCH(QString, messagePart);
    const ImportResult result
        = DocumentImporter::readFile(samples() + QStringLiteral("/ccda/") + file);
    QCOMPARE(int(result.error), error);
    QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
    QVERIFY(result.document.items.isEmpty());
}

QTEST_GUILESS_MAIN(TestDocumentImporter)
#include "tst_documentimporter.moc"
