#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/Measurements.h"
#include "core/thing/PersonValues.h"
#include "core/thing/Units.h"
#include "core/thing/XmlParser.h"

#include <QTest>

using namespace hearth;

namespace {

XmlNode parse(const QByteArray &xml)
{
    hearth::ThingError error;
    auto node = XmlParser::parseDocument(xml, &error);
    if (!node)
        qFatal("test XML does not parse: %s", qPrintable(error.toString()));
    return *node;
}

} // namespace

class TestThingValues : public QObject
{
    Q_OBJECT
private slots:
    void convertsMass()
    {
        QCOMPARE(Units::toKilograms(160, MassUnit::Pound), 72.5747792);
        QCOMPARE(Units::toKilograms(1, MassUnit::Stone), 6.35029318);
        QCOMPARE(Units::toKilograms(16, MassUnit::Ounce), 0.45359237);
        QCOMPARE(Units::toKilograms(1500, MassUnit::Gram), 1.5);
        QCOMPARE(Units::fromKilograms(72.5747792, MassUnit::Pound), 160.0);
        QCOMPARE(Units::fromKilograms(63.5029318, MassUnit::Stone), 10.0);
    }

    void convertsLength()
    {
        QCOMPARE(Units::toMeters(70, LengthUnit::Inch), 1.778);
        QCOMPARE(Units::toMeters(6, LengthUnit::Foot), 1.8288);
        QCOMPARE(Units::toMeters(180, LengthUnit::Centimeter), 1.8);
        QCOMPARE(Units::toMeters(25, LengthUnit::Millimeter), 0.025);
        QCOMPARE(Units::fromMeters(1.8288, LengthUnit::Foot), 6.0);
    }

    void convertsGlucoseAndTemperature()
    {
        QCOMPARE(Units::fromMmolPerL(5.5, GlucoseUnit::MilligramPerDeciliter), 99.0858);
        QCOMPARE(Units::toMmolPerL(180.156, GlucoseUnit::MilligramPerDeciliter), 10.0);
        QCOMPARE(Units::toMmolPerL(6.1, GlucoseUnit::MillimolePerLiter), 6.1);
        QCOMPARE(Units::toCelsius(98.6, TemperatureUnit::Fahrenheit), 37.0);
        QCOMPARE(Units::fromCelsius(100, TemperatureUnit::Fahrenheit), 212.0);
        QCOMPARE(Units::toCelsius(-40, TemperatureUnit::Fahrenheit), -40.0);
    }

    void readsUnitNames()
    {
        QCOMPARE(Units::massUnit(QStringLiteral("lbs")), MassUnit::Pound);
        QCOMPARE(Units::massUnit(QStringLiteral(" Kg ")), MassUnit::Kilogram);
        QCOMPARE(Units::lengthUnit(QStringLiteral("inches")), LengthUnit::Inch);
        QCOMPARE(Units::glucoseUnit(QStringLiteral("mg/dl")), GlucoseUnit::MilligramPerDeciliter);
        QCOMPARE(Units::temperatureUnit(QStringLiteral("°F")), TemperatureUnit::Fahrenheit);
        QVERIFY(!Units::massUnit(QStringLiteral("furlong")));
    }

    void keepsTheValueThePersonTyped()
    {
        const WeightValue weight = WeightValue::fromUnit(160, MassUnit::Pound);
        QCOMPARE(weight.kilograms(), 72.5747792);
        QCOMPARE(weight.toString(), u"160 lb");
        XmlNode value(QStringLiteral("value"));
        weight.writeTo(value);
        QCOMPARE(value.toXml(),
            QByteArray("<value><kg>72.57477920000001</kg>"
                       "<display units=\"lb\" units-code=\"lb\">160</display></value>"));
        const WeightValue back = WeightValue::read(parse(value.toXml()));
        QCOMPARE(back.kilograms(), 72.5747792);
        QCOMPARE(back.toString(), u"160 lb");
        QCOMPARE(back.in(MassUnit::Pound), 160.0);
    }

    void keepsTheDisplayTextAsWritten()
    {
        const WeightValue weight = WeightValue::read(
            parse("<value><kg>72.58</kg><display units=\"lb\">160.00</display></value>"));
        QCOMPARE(weight.toString(), u"160.00 lb");
        const WeightValue plain = WeightValue::read(parse("<value><kg>72.5</kg></value>"));
        QCOMPARE(plain.toString(), u"72.5 kg");
        const LengthValue height = LengthValue::fromUnit(70, LengthUnit::Inch);
        QCOMPARE(height.meters(), 1.778);
        QCOMPARE(height.toString(), u"70 in");
        const BloodGlucoseValue glucose
            = BloodGlucoseValue::fromUnit(99, GlucoseUnit::MilligramPerDeciliter);
        QCOMPARE(glucose.toString(), u"99 mg/dL");
        QVERIFY(qAbs(glucose.mmolPerL() - 5.4952) < 0.0001);
    }

    void readsAndWritesCodableValues()
    {
        const QByteArray xml = "<name><text>Lisinopril</text><code><value>29046</value>"
                               "<family>RxNorm</family><type>RxNorm</type><version>1</version>"
                               "</code></name>";
        const CodableValue value = CodableValue::read(parse(xml));
        QCOMPARE(value.text, u"Lisinopril");
        QCOMPARE(value.codes.size(), 1);
        QCOMPARE(value.code(QStringLiteral("RxNorm"))->value, u"29046");
        XmlNode out(QStringLiteral("name"));
        value.writeTo(out);
        QCOMPARE(out.toXml(), xml);
    }

    void readsDates()
    {
        const HealthDateTime when
            = HealthDateTime::read(parse("<when><date><y>1990</y><m>1</m><d>1</d></date>"
                                         "<time><h>1</h><m>2</m><s>3</s><f>4</f></time></when>"));
        QCOMPARE(when.date, QDate(1990, 1, 1));
        QCOMPARE(*when.time, QTime(1, 2, 3, 4));
        XmlNode out(QStringLiteral("when"));
        HealthDateTime(QDate(2020, 2, 29), QTime(8, 30)).writeTo(out);
        QCOMPARE(out.toXml(),
            QByteArray("<when><date><y>2020</y><m>2</m><d>29</d></date>"
                       "<time><h>8</h><m>30</m><s>0</s></time></when>"));

        const ApproxDateTime approx
            = ApproxDateTime::read(parse("<onset-date><structured><date><y>2005</y><m>3</m></date>"
                                         "</structured></onset-date>"));
        QVERIFY(approx.isStructured());
        QCOMPARE(approx.toString(), u"2005-03");
        QCOMPARE(approx.toDateTime().date(), QDate(2005, 3, 1));
        const ApproxDateTime text = ApproxDateTime::read(
            parse("<onset-date><descriptive>as a child</descriptive></onset-date>"));
        QVERIFY(!text.isStructured());
        QCOMPARE(text.toString(), u"as a child");
        XmlNode written(QStringLiteral("d"));
        ApproxDateTime::fromDate(QDate(2001, 2, 3)).writeTo(written);
        QCOMPARE(written.toXml(),
            QByteArray("<d><structured><date><y>2001</y><m>2</m><d>3</d>"
                       "</date></structured></d>"));
    }

    void readsPeople()
    {
        const PersonInfo person = PersonInfo::read(
            parse("<person><name><full>Dr. Ada Smith</full><first>Ada</first><last>Smith</last>"
                  "</name><organization>Clinic</organization><contact><address><street>1 Main St"
                  "</street><city>Springfield</city><postcode>12345</postcode><country>US</country>"
                  "</address><phone><number>555-0100</number></phone></contact></person>"));
        QCOMPARE(person.name.full, u"Dr. Ada Smith");
        QCOMPARE(person.name.last, u"Smith");
        QCOMPARE(person.organization, u"Clinic");
        QCOMPARE(person.contact->addresses.first().city, u"Springfield");
        QCOMPARE(person.contact->phones.first().number, u"555-0100");
        XmlNode out(QStringLiteral("person"));
        person.writeTo(out);
        QVERIFY(out.canonicallyEquals(parse(out.toXml())));
        QCOMPARE(PersonInfo::read(out).contact->addresses.first().street,
            QStringList { QStringLiteral("1 Main St") });
    }
};

QTEST_GUILESS_MAIN(TestThingValues)
#include "tst_thingvalues.moc"
