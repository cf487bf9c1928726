#include "XsdValidator.h"
#include "core/thing/Thing.h"
#include "core/thing/ThingTypeRegistry.h"
#include "core/thing/XmlParser.h"

#include <QDir>
#include <QFile>
#include <QTest>

using hearth::Thing;
using hearth::ThingError;
using hearth::ThingTypeRegistry;
using hearth::XmlNode;
using hearth::XmlParser;

namespace {

QString samplesDir()
{
    return QStringLiteral(HEARTH_SHARED_DIR "/reference/healthvault/samples/things");
}

// Elements of two fragments, compared canonically one by one.
bool sameFragment(const std::vector<XmlNode> &a, const std::vector<XmlNode> &b)
{
    XmlNode left(QStringLiteral("f"));
    left.children() = a;
    XmlNode right(QStringLiteral("f"));
    right.children() = b;
    return left.canonicallyEquals(right);
}

} // namespace

// Every official sample thing: parse, write back canonically equal, and the
// written data-xml valid against the type's official schema.
class TestThingSamples : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QDir(samplesDir()).exists())
            QSKIP("The HealthVault reference samples (../shared) are not present");
        QCOMPARE(QDir(samplesDir()).entryList({ QStringLiteral("*.xml") }).size(), 92);
    }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &name : QDir(samplesDir()).entryList({ QStringLiteral("*.xml") }))
            QTest::newRow(qPrintable(name)) << name;
    }

    void roundTrips()
    {
        QFETCH(QString, file);
        QFile in(QDir(samplesDir()).filePath(file));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray original = in.readAll();
        const QUuid typeId = QUuid::fromString(file.chopped(4));
        QVERIFY(ThingTypeRegistry::find(typeId));

        ThingError error;
        const auto thing = Thing::fromDataXml(typeId, original, &error);
        QVERIFY2(thing, qPrintable(error.toString()));
        QVERIFY(thing->dataRoot());
        QCOMPARE(thing->dataRoot()->name(), ThingTypeRegistry::find(typeId)->rootElement);

        // data-xml written back equals the sample.
        const auto before = XmlParser::parseFragment(original, &error);
        QVERIFY(before);
        const auto after = XmlParser::parseFragment(thing->dataXml(), &error);
        QVERIFY2(after, qPrintable(error.toString()));
        QVERIFY(sameFragment(*before, *after));

        // The whole thing survives a second trip byte for byte.
        const QByteArray written = thing->toXml();
        const auto reread = Thing::fromXml(written, &error);
        QVERIFY2(reread, qPrintable(error.toString()));
        QVERIFY(reread->canonicallyEquals(*thing));
        QCOMPARE(reread->toXml(), written);
    }

    void validatesAgainstTheSchema_data() { roundTrips_data(); }

    void validatesAgainstTheSchema()
    {
        QFETCH(QString, file);
        if (!XsdValidator::available())
            QSKIP("The HealthVault schemas (../shared) are not present");
        QFile in(QDir(samplesDir()).filePath(file));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QUuid typeId = QUuid::fromString(file.chopped(4));
        const auto thing = Thing::fromDataXml(typeId, in.readAll());
        QVERIFY(thing);
        // Re-read what Hearth writes, so the check covers the writer.
        const auto written = XmlParser::parseFragment(thing->dataXml(), nullptr);
        QVERIFY(written);
        const XmlNode *root = nullptr;
        for (const XmlNode &node : *written) {
            if (node.isElement()) {
                root = &node;
                break;
            }
        }
        QVERIFY(root);
        if (typeId == QUuid::fromString(u"9d006053-116c-43cc-9554-e0cda43558cb"))
            QEXPECT_FAIL("",
                "genetic-snp-results.xsd declares \"dbSNP-build \" with a trailing "
                "space, so no document can hold that element",
                Continue);
        const QString problems = m_validator.validate(*root, *ThingTypeRegistry::find(typeId));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

private:
    XsdValidator m_validator;
};

QTEST_GUILESS_MAIN(TestThingSamples)
#include "tst_thingsamples.moc"
