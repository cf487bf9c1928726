#include "core/documents/DocumentImporter.h"
#include "core/documents/NarrativeRenderer.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace hearth;

class TestNarrativeRenderer : public QObject
{
    Q_OBJECT
private slots:
    void elements_data();
    void elements();
    void goldenSection();
    void everySampleRendersSafely();
};

void TestNarrativeRenderer::elements_data()
{
    QTest::addColumn<QString>("narrative");
    QTest::addColumn<QString>("html");
    QTest::newRow("paragraph and br") << "<paragraph>a<br/>b</paragraph>"
                                      << "<p>a<br>b</p>";
    QTest::newRow("styles") << "<content styleCode=\"Bold Italics\">x</content>"
                            << "<b><i>x</i></b>";
    QTest::newRow("deleted") << "<content revised=\"delete\">x</content>"
                             << "<del>x</del>";
    QTest::newRow("plain content") << "<content ID=\"a1\">x</content>"
                                   << "x";
    QTest::newRow("ordered list") << "<list listType=\"ordered\"><item>1</item></list>"
                                  << "<ol><li>1</li></ol>";
    QTest::newRow("list") << "<list><item>1</item><item>2</item></list>"
                          << "<ul><li>1</li><li>2</li></ul>";
    QTest::newRow("table")
        << "<table border=\"1\" width=\"100%\"><thead><tr><th>A</th></tr></thead>"
           "<tbody><tr><td colspan=\"2\" onclick=\"x()\">1</td></tr></tbody></table>"
        << "<table><thead><tr><th>A</th></tr></thead><tbody><tr><td "
           "colspan=\"2\">1</td></tr></tbody></table>";
    QTest::newRow("bad colspan dropped")
        << "<table><tr><td colspan=\"2&quot; onload=&quot;x\">1</td></tr></table>"
        << "<table><tr><td>1</td></tr></table>";
    QTest::newRow("text is escaped") << "&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"q\""
                                     << "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;";
    QTest::newRow("links are text") << "<linkHtml href=\"javascript:alert(1)\">site</linkHtml>"
                                    << "site";
    QTest::newRow("unknown elements show their text") << "<script>alert(1)</script><img src=\"x\"/>"
                                                      << "alert(1)";
    QTest::newRow("multimedia is not fetched")
        << "<renderMultiMedia referencedObject=\"MM1\"/>"
        << "<span class=\"media\">[picture not shown]</span>";
    QTest::newRow("sub and sup") << "H<sub>2</sub>O m<sup>2</sup>"
                                 << "H<sub>2</sub>O m<sup>2</sup>";
    QTest::newRow("not well-formed") << "<paragraph>a"
                                     << "<pre>&lt;paragraph&gt;a</pre>";
}

void TestNarrativeRenderer::elements()
{
    QFETCH(QString, narrative);
    QFETCH(QString, html);
    QCOMPARE(NarrativeRenderer::renderNarrative(narrative), html);
}

void TestNarrativeRenderer::goldenSection()
{
    // The allergies narrative of the HL7 CCD sample, rendered; the expected
    // HTML was checked by hand against the section's <text>.
    const QString path = QStringLiteral(HEARTH_SHARED_DIR "/samples/ccda/CCD.XML");
    if (!QFile::exists(path))
        QSKIP("The shared samples folder (HEARTH_SHARED_DIR/samples) is not there.");
    const ImportResult result = DocumentImporter::readFile(path);
    QVERIFY(result.ok());
    QCOMPARE(result.document.sections.at(1).code.code, QStringLiteral("48765-2"));
    const QString html
        = NarrativeRenderer::renderNarrative(result.document.sections.at(1).narrativeXml);
    QFile golden(
        QStringLiteral(HEARTH_SOURCE_DIR "/tests/data/documents/narrative/CCD.XML-allergies.html"));
    if (qEnvironmentVariableIntValue("HEARTH_UPDATE_GOLDEN")) {
        QFile out(golden.fileName() + QStringLiteral(".actual"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(html.toUtf8());
    }
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QCOMPARE(html.trimmed(), QString::fromUtf8(golden.readAll()).trimmed());
}

void TestNarrativeRenderer::everySampleRendersSafely()
{
    const QString dir = QStringLiteral(HEARTH_SHARED_DIR "/samples");
    if (!QDir(dir).exists())
        QSKIP("The shared samples folder (HEARTH_SHARED_DIR/samples) is not there.");
    int rendered = 0;
    for (const QString &folder : { QStringLiteral("/ccda"), QStringLiteral("/ccr") }) {
        for (const QFileInfo &info : QDir(dir + folder).entryInfoList(QDir::Files)) {
            const ImportResult result = DocumentImporter::readFile(info.filePath());
            if (!result.ok())
                continue;
            const QString html = NarrativeRenderer::renderDocument(result.document);
            QVERIFY2(html.contains(result.document.header.title.toHtmlEscaped()),
                qPrintable(info.fileName()));
            for (const char *forbidden :
                { "<script", "href=", "src=", "<a ", "<img", "url(", "@import" })
                QVERIFY2(!html.contains(QLatin1String(forbidden), Qt::CaseInsensitive),
                    qPrintable(info.fileName() + QLatin1Char(' ') + QLatin1String(forbidden)));
            for (const DocumentSection &s : result.document.sections)
                QVERIFY2(!NarrativeRenderer::renderNarrative(s.narrativeXml)
                              .startsWith(QLatin1String("<pre>")),
                    qPrintable(info.fileName() + QLatin1Char(' ') + s.title));
            ++rendered;
        }
    }
    QCOMPARE(rendered, 24);
}

QTEST_GUILESS_MAIN(TestNarrativeRenderer)
#include "tst_narrativerenderer.moc"
