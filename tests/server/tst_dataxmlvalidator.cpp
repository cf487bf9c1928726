#include "core/documents/DocumentImporter.h"
#include "core/documents/DocumentThings.h"
#include "core/thing/BloodPressure.h"
#include "core/thing/Medication.h"
#include "core/thing/Thing.h"
#include "core/thing/Weight.h"
#include "server/api/DataXmlValidator.h"

#include <QDir>
#include <QFile>
#include <QTest>

using hearth::Thing;
using hearth::ThingError;
using hearth::vault::DataXmlValidator;

namespace {

const QUuid kWeight = QUuid::fromString(u"3d34d87e-7fc1-4153-800f-f56592cb0d17");

QString samplesDir()
{
    return QStringLiteral(HEARTH_SHARED_DIR "/reference/healthvault/samples/things");
}

// The problem DataXmlValidator finds in dataXml of typeId ("" when valid).
QString problemIn(const QUuid &typeId, const QByteArray &dataXml)
{
    ThingError error;
    const auto thing = Thing::fromDataXml(typeId, dataXml, &error);
    if (!thing || !thing->dataRoot())
        return QStringLiteral("not parsed: ") + error.message;
    return DataXmlValidator::check(typeId, *thing->dataRoot());
}

const QByteArray kWhen = "<when><date><y>2024</y><m>5</m><d>1</d></date></when>";

} // namespace

// The vault's data-xml checks: the official samples and what Hearth's typed
// classes write pass; broken values, missing or misplaced elements fail.
class TestDataXmlValidator : public QObject
{
    Q_OBJECT
private slots:
    void officialSamplesPass_data()
    {
        QTest::addColumn<QString>("file");
        if (!QDir(samplesDir()).exists())
            QSKIP("The HealthVault reference samples (../shared) are not present");
        int defined = 0;
        for (const QString &name : QDir(samplesDir()).entryList({ QStringLiteral("*.xml") })) {
            if (!DataXmlValidator::hasDefinition(QUuid::fromString(name.chopped(4))))
                continue;
            QTest::newRow(qPrintable(name)) << name;
            ++defined;
        }
        // Every type with a definition has an official sample.
        QCOMPARE(defined, 19);
    }

    void officialSamplesPass()
    {
        QFETCH(QString, file);
        QFile in(QDir(samplesDir()).filePath(file));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString problem = problemIn(QUuid::fromString(file.chopped(4)), in.readAll());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void typedClassesPass()
    {
        hearth::Weight weight;
        weight.setWhen(hearth::HealthDateTime(QDate(2024, 5, 1), QTime(8, 30)));
        weight.setValue(hearth::WeightValue::fromUnit(160, hearth::MassUnit::Pound));
        QCOMPARE(DataXmlValidator::check(hearth::Weight::typeId(), *weight.thing().dataRoot()),
            QString());

        hearth::BloodPressure pressure;
        pressure.setWhen(hearth::HealthDateTime(QDate(2024, 5, 1)));
        pressure.setSystolic(120);
        pressure.setDiastolic(80);
        pressure.setIrregularHeartbeat(false);
        QCOMPARE(
            DataXmlValidator::check(hearth::BloodPressure::typeId(), *pressure.thing().dataRoot()),
            QString());

        hearth::Medication medication;
        medication.setName(hearth::CodableValue(QStringLiteral("Lisinopril")));
        hearth::GeneralMeasurement dose;
        dose.display = QStringLiteral("10 mg");
        medication.setDose(dose);
        QCOMPARE(
            DataXmlValidator::check(hearth::Medication::typeId(), *medication.thing().dataRoot()),
            QString());

        // A weight without its value is what a half-filled editor would write.
        hearth::Weight empty;
        empty.setWhen(hearth::HealthDateTime(QDate(2024, 5, 1)));
        QVERIFY(!DataXmlValidator::check(hearth::Weight::typeId(), *empty.thing().dataRoot())
                     .isEmpty());
    }

    // What Hearth's document import makes goes to the vault by sync; the
    // vault must take it, or the outbound queue would stall on it.
    void importedThingsPass()
    {
        const QDir samples(QStringLiteral(HEARTH_SHARED_DIR "/samples"));
        if (!samples.exists())
            QSKIP("The sample documents (../shared/samples) are not present");
        int checked = 0;
        for (const char *folder : { "ccda", "ccr" }) {
            const QDir dir(samples.filePath(QString::fromLatin1(folder)));
            for (const QString &name : dir.entryList(QDir::Files)) {
                const auto result = hearth::DocumentImporter::readFile(dir.filePath(name));
                if (!result.ok())
                    continue;
                hearth::RelatedThing link;
                link.clientThingId = QStringLiteral("document");
                const auto converted
                    = hearth::DocumentThings::itemThings(result.document, {}, link);
                for (const auto &item : converted) {
                    const hearth::XmlNode *root = item.thing.dataRoot();
                    QVERIFY(root);
                    const QString problem = DataXmlValidator::check(item.thing.typeId(), *root);
                    QVERIFY2(problem.isEmpty(), qPrintable(name + QStringLiteral(": ") + problem));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 50);
    }

    void typesWithoutDefinitionPass()
    {
        // Advance directive has no typed class: anything under its root passes here.
        const QUuid directive = QUuid::fromString(u"822a5e5a-14f1-4d06-b92f-8f3f1b05218f");
        QVERIFY(!DataXmlValidator::hasDefinition(directive));
        QCOMPARE(problemIn(directive, "<directive><anything>x</anything></directive>"), QString());
    }

    void invalidDataFails_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");
        const QString weight = kWeight.toString(QUuid::WithoutBraces);
        const QString bp = QStringLiteral("ca3c57f4-f4c1-4e15-be67-0a3caf5414ed");
        const QString glucose = QStringLiteral("879e7c04-4e8a-4707-9ad3-b054df467ce4");
        const QString condition = QStringLiteral("7ea7a1f9-880b-4bd4-b593-f5660f20eda8");
        const QString image = QStringLiteral("a5294488-f865-4ce3-92fa-187cd3b58930");
        const QString appSpecific = QStringLiteral("a5033c9d-08cf-4204-9bd3-cb412ce39fc0");
        const QString sleep = QStringLiteral("11c52484-7f1a-11db-aeac-87d355d89593");

        QTest::newRow("weight without value")
            << weight << QByteArray("<weight>" + kWhen + "</weight>")
            << "weight: <value> is missing";
        QTest::newRow("weight without when")
            << weight << QByteArray("<weight><value><kg>70</kg></value></weight>")
            << "weight: <when> is missing";
        QTest::newRow("kg not a number")
            << weight << QByteArray("<weight>" + kWhen + "<value><kg>heavy</kg></value></weight>")
            << "weight/value/kg: \"heavy\" is not a number";
        QTest::newRow("kg negative")
            << weight << QByteArray("<weight>" + kWhen + "<value><kg>-1</kg></value></weight>")
            << "weight/value/kg: -1 is out of range";
        QTest::newRow("kg infinite")
            << weight << QByteArray("<weight>" + kWhen + "<value><kg>INF</kg></value></weight>")
            << "weight/value/kg: \"INF\" is not a number";
        QTest::newRow("display without units")
            << weight
            << QByteArray(
                   "<weight>" + kWhen + "<value><kg>70</kg><display>70</display></value></weight>")
            << "weight/value/display: the attribute units is missing";
        QTest::newRow("out of order")
            << weight << QByteArray("<weight><value><kg>70</kg></value>" + kWhen + "</weight>")
            << "weight: <when> is missing";
        QTest::newRow("unknown element")
            << weight
            << QByteArray("<weight>" + kWhen + "<value><kg>70</kg></value><mood/></weight>")
            << "weight: unexpected element <mood> (unknown or out of order)";
        QTest::newRow("twice") << weight
                               << QByteArray("<weight>" + kWhen + kWhen
                                      + "<value><kg>70</kg></value></weight>")
                               << "weight: <when> occurs too often";
        QTest::newRow("text in a structure")
            << weight << QByteArray("<weight>" + kWhen + "72<value><kg>70</kg></value></weight>")
            << "weight: text is not allowed here";
        QTest::newRow("hour out of range")
            << weight
            << QByteArray("<weight><when><date><y>2024</y><m>5</m><d>1</d></date><time><h>24</h>"
                          "<m>0</m></time></when><value><kg>70</kg></value></weight>")
            << "weight/when/time/h: 24 is out of range";
        QTest::newRow("wrong root") << weight << QByteArray("<height>" + kWhen + "</height>")
                                    << "the data-xml root must be <weight>, not <height>";
        QTest::newRow("systolic not whole")
            << bp
            << QByteArray("<blood-pressure>" + kWhen
                   + "<systolic>120.5</systolic><diastolic>80</diastolic></blood-pressure>")
            << "blood-pressure/systolic: \"120.5\" is not a whole number";
        QTest::newRow("boolean")
            << bp
            << QByteArray("<blood-pressure>" + kWhen
                   + "<systolic>120</systolic><diastolic>80</diastolic>"
                     "<irregular-heartbeat>yes</irregular-heartbeat></blood-pressure>")
            << "blood-pressure/irregular-heartbeat: \"yes\" is not true or false";
        QTest::newRow("normalcy six")
            << glucose
            << QByteArray("<blood-glucose>" + kWhen
                   + "<value><mmolPerL>5</mmolPerL></value><glucose-measurement-type><text>"
                     "Whole blood</text></glucose-measurement-type><normalcy>6</normalcy>"
                     "</blood-glucose>")
            << "blood-glucose/normalcy: 6 is out of range";
        QTest::newRow("codable value without text")
            << condition
            << QByteArray("<condition><name><code><value>x</value><type>t</type>"
                          "</code></name></condition>")
            << "condition/name: <text> is missing";
        QTest::newRow("choice of two")
            << condition
            << QByteArray("<condition><name><text>Asthma</text></name><onset-date><descriptive>"
                          "spring</descriptive><descriptive>again</descriptive></onset-date>"
                          "</condition>")
            << "condition/onset-date: needs exactly one of its choices";
        QTest::newRow("wake state")
            << sleep
            << QByteArray("<sleep-am>" + kWhen
                   + "<bed-time><h>22</h><m>0</m></bed-time><wake-time><h>6</h><m>0</m>"
                     "</wake-time><sleep-minutes>400</sleep-minutes><settling-minutes>10"
                     "</settling-minutes><wake-state>4</wake-state></sleep-am>")
            << "sleep-am/wake-state: 4 is out of range";
        QTest::newRow("picture with content")
            << image << QByteArray("<personal-image><x/></personal-image>")
            << "personal-image: must be empty";
        QTest::newRow("app-specific without summary")
            << appSpecific
            << QByteArray("<app-specific><format-appid>a</format-appid><format-tag>t</format-tag>"
                          "<mine/></app-specific>")
            << "app-specific: <summary> is missing";
    }

    void invalidDataFails()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        QCOMPARE(problemIn(QUuid::fromString(type), xml), expected);
    }

    void fileSizesOfEveryLength()
    {
        const QUuid file = QUuid::fromString(u"bd0403c5-4ae2-4b0e-a8db-1888678e4528");
        auto sized = [&](const char *size) {
            return problemIn(
                file, QByteArray("<file><name>a.bin</name><size>") + size + "</size></file>");
        };
        QCOMPARE(sized("0"), QString()); // an empty file
        QCOMPARE(sized("5368709120"), QString()); // 5 GiB
        QCOMPARE(sized("-1"), QStringLiteral("file/size: -1 is out of range"));
        QCOMPARE(sized("1.5"), QStringLiteral("file/size: \"1.5\" is not a whole number"));
    }

    void appSpecificKeepsItsOwnContent()
    {
        const QUuid appSpecific = QUuid::fromString(u"a5033c9d-08cf-4204-9bd3-cb412ce39fc0");
        QCOMPARE(problemIn(appSpecific,
                     "<app-specific><format-appid>a</format-appid><format-tag>t</format-tag>"
                     "<summary>s</summary><mine><deep>1</deep></mine></app-specific>"),
            QString());
    }
};

QTEST_GUILESS_MAIN(TestDataXmlValidator)
#include "tst_dataxmlvalidator.moc"
