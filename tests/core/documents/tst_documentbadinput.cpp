#include "core/documents/DocumentImporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

// Bad and unusual input: every refusal is a clear message and an empty
// document (nothing half-read), and nothing hangs.
class TestDocumentBadInput : public QObject
{
    Q_OBJECT
private slots:
    void refused_data();
    void refused();
    void encodings_data();
    void encodings();
    void fiftyMegabyteFileIsRefusedBeforeReading();
    void fiftyMegabyteBufferIsRefused();
    void truncatedRealDocument();

private:
    static QByteArray minimalCda(const QByteArray &declaration, const QByteArray &family);
};

QByteArray TestDocumentBadInput::minimalCda(const QByteArray &declaration, const QByteArray &family)
{
    return declaration
        + "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>T</title><recordTarget><patientRole>"
          "<patient><name><given>Eve</given><family>"
        + family
        + "</family></name></patient></patientRole></recordTarget>"
          "<component><structuredBody/></component></ClinicalDocument>";
}

void TestDocumentBadInput::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QByteArray() << int(ImportError::Empty) << "empty";
    QTest::newRow("whitespace") << QByteArray(" \n\t ") << int(ImportError::Empty) << "empty";
    QTest::newRow("declaration only")
        << QByteArray("<?xml version=\"1.0\"?>") << int(ImportError::Empty) << "no XML content";
    QTest::newRow("not XML") << QByteArray("Name,Date\nEve,2020-01-01\n")
                             << int(ImportError::NotWellFormed) << "not well-formed";
    QTest::newRow("FHIR XML") << QByteArray(
        "<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"x\"/></Patient>")
                              << int(ImportError::NotClinicalDocument) << "<Patient>";
    QTest::newRow("XHTML") << QByteArray("<html><body><p>CCD</p></body></html>")
                           << int(ImportError::NotClinicalDocument) << "not a clinical document";
    QTest::newRow("CDA name, wrong namespace")
        << QByteArray("<ClinicalDocument xmlns=\"urn:example\"/>")
        << int(ImportError::NotClinicalDocument) << "not a clinical document";
    QTest::newRow("truncated") << minimalCda("<?xml version=\"1.0\"?>", "Betterhalf").left(120)
                               << int(ImportError::NotWellFormed) << "truncated";
    QTest::newRow("entity bomb") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
        "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>&lol3;</title></ClinicalDocument>")
                                 << int(ImportError::Doctype) << "DOCTYPE";
    QTest::newRow("external entity") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        "<ContinuityOfCareRecord xmlns=\"urn:astm-org:CCR\">&x;</ContinuityOfCareRecord>")
                                     << int(ImportError::Doctype) << "DOCTYPE";
    QTest::newRow("undeclared entity") << QByteArray(
        "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>&x;</title></ClinicalDocument>")
                                       << int(ImportError::NotWellFormed) << "not well-formed";
    QTest::newRow("nesting bomb") << (QByteArray("<ClinicalDocument xmlns=\"urn:hl7-org:v3\">")
        + QByteArray("<a>").repeated(100000))
                                  << int(ImportError::TooDeep) << "levels deep";
    QTest::newRow("Latin-1 bytes declared UTF-8")
        << minimalCda("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "M\xfcller")
        << int(ImportError::BadEncoding) << "not valid UTF-8";
    QTest::newRow("Latin-1 bytes, no declaration")
        << minimalCda("", "M\xfcller") << int(ImportError::BadEncoding) << "not valid UTF-8";
    QTest::newRow("unknown encoding")
        << minimalCda("<?xml version=\"1.0\" encoding=\"x-klingon\"?>", "Betterhalf")
        << int(ImportError::UnsupportedEncoding) << "\"x-klingon\"";
}

void TestDocumentBadInput::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, error);
    QFETCH(QString, messagePart);
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = DocumentImporter::read(bytes);
    QCOMPARE(int(result.error), error);
    QVERIFY2(result.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(result.message));
    QVERIFY(!result.ok());
    QVERIFY(result.document.items.isEmpty());
    QVERIFY(result.document.sections.isEmpty());
    QVERIFY(result.document.header.patientName.isEmpty());
    QVERIFY(timer.elapsed() < 5000);
}

void TestDocumentBadInput::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("family");

    const QString name = QStringLiteral("M\u00fcller \u20ac");
    const QByteArray utf8 = name.toUtf8();
    QTest::newRow("UTF-8, declared")
        << minimalCda("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", utf8) << name;
    QTest::newRow("UTF-8 with BOM")
        << minimalCda("\xEF\xBB\xBF<?xml version=\"1.0\"?>", utf8) << name;
    QTest::newRow("UTF-8, no declaration") << minimalCda("", utf8) << name;
    const QString utf16Text
        = QString::fromUtf8(minimalCda("<?xml version=\"1.0\" encoding=\"UTF-16\"?>", utf8));
    QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("UTF-16 LE with BOM") << QByteArray(le(utf16Text)) << name;
    QStringEncoder be(QStringEncoder::Utf16BE);
    QTest::newRow("UTF-16 BE without BOM") << QByteArray(be(utf16Text)) << name;
    QStringEncoder le2(QStringEncoder::Utf16LE);
    QTest::newRow("UTF-16 LE without BOM") << QByteArray(le2(utf16Text)) << name;
    QTest::newRow("ISO-8859-1") << minimalCda("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
        "M\xfcller") << QStringLiteral("M\u00fcller");
    QTest::newRow("Windows-1252") << minimalCda("<?xml version='1.0' encoding='windows-1252'?>",
        "M\xfcller \x80") << name;
}

void TestDocumentBadInput::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, family);
    const ImportResult result = DocumentImporter::read(bytes);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.document.header.patientFamily, family);
    QCOMPARE(result.document.header.title, QStringLiteral("T"));
}

void TestDocumentBadInput::fiftyMegabyteFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("big.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(50LL * 1024 * 1024)); // sparse: no 50 MB written
    file.close();
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = DocumentImporter::readFile(file.fileName());
    QCOMPARE(result.error, ImportError::TooLarge);
    QCOMPARE(result.message,
        QStringLiteral("The document is 50.0 MB; Hearth imports documents up to 32.0 MB."));
    QVERIFY(timer.elapsed() < 1000);
}

void TestDocumentBadInput::fiftyMegabyteBufferIsRefused()
{
    // A real-looking 50 MB CDA: one section with a huge narrative.
    QByteArray big
        = "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><component><structuredBody><component>"
          "<section><text>";
    big += QByteArray("<paragraph>lorem ipsum</paragraph>").repeated(50 * 1024 * 1024 / 34);
    big += "</text></section></component></structuredBody></component></ClinicalDocument>";
    QVERIFY(big.size() > 50 * 1024 * 1024);
    const ImportResult result = DocumentImporter::read(big);
    QCOMPARE(result.error, ImportError::TooLarge);
    QVERIFY(result.message.contains(QLatin1String("up to 32.0 MB")));
    // With a limit of 1 KB, a small document is refused the same way.
    DocumentImporter::Options options;
    options.maxBytes = 1024;
    QCOMPARE(DocumentImporter::read(big.left(2048), options).error, ImportError::TooLarge);
}

void TestDocumentBadInput::truncatedRealDocument()
{
    QFile file(QStringLiteral(HEARTH_SHARED_DIR "/samples/ccda/CCD.XML"));
    if (!file.exists())
        QSKIP("The shared samples folder (HEARTH_SHARED_DIR/samples) is not there.");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const double fraction : { 0.1, 0.5, 0.99 }) {
        const ImportResult result
            = DocumentImporter::read(bytes.left(qsizetype(bytes.size() * fraction)));
        QCOMPARE(result.error, ImportError::NotWellFormed);
        QVERIFY(result.message.contains(QLatin1String("line")));
        QVERIFY(result.document.items.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestDocumentBadInput)
#include "tst_documentbadinput.moc"
