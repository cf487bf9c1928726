#include "XsdValidator.h"
#include "core/thing/Allergy.h"
#include "core/thing/AppSpecific.h"
#include "core/thing/BasicDemographics.h"
#include "core/thing/BloodGlucose.h"
#include "core/thing/BloodOxygenSaturation.h"
#include "core/thing/BloodPressure.h"
#include "core/thing/Ccd.h"
#include "core/thing/Ccr.h"
#include "core/thing/CholesterolProfile.h"
#include "core/thing/Condition.h"
#include "core/thing/Contact.h"
#include "core/thing/Exercise.h"
#include "core/thing/File.h"
#include "core/thing/HbA1C.h"
#include "core/thing/HealthGoal.h"
#include "core/thing/HeartRate.h"
#include "core/thing/Height.h"
#include "core/thing/Immunization.h"
#include "core/thing/LabTestResults.h"
#include "core/thing/MedicalImageStudy.h"
#include "core/thing/Medication.h"
#include "core/thing/MedicationFill.h"
#include "core/thing/PersonalContactInformation.h"
#include "core/thing/PersonalDemographics.h"
#include "core/thing/PersonalImage.h"
#include "core/thing/Plan.h"
#include "core/thing/Procedure.h"
#include "core/thing/SleepJournalAm.h"
#include "core/thing/Task.h"
#include "core/thing/ThingTypeRegistry.h"
#include "core/thing/VitalSigns.h"
#include "core/thing/Weight.h"

#include <QFile>
#include <QTest>

using namespace hearth;

namespace {

Thing sample(const char *typeId)
{
    const QString path = QStringLiteral(HEARTH_SHARED_DIR "/reference/healthvault/samples/things/")
        + QLatin1String(typeId) + QStringLiteral(".xml");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", typeId);
    ThingError error;
    auto thing
        = Thing::fromDataXml(QUuid::fromString(QLatin1String(typeId)), file.readAll(), &error);
    if (!thing)
        qFatal("sample %s: %s", typeId, qPrintable(error.toString()));
    return *thing;
}

const HealthDateTime kWhen(QDate(2024, 3, 5), QTime(7, 45));

} // namespace

#define REQUIRE_SAMPLES()                                                                          \
    if (!XsdValidator::available())                                                                \
    QSKIP("The HealthVault reference samples and schemas (../shared) are not present")

// Typed classes: real values from the official samples, XSD-valid XML when
// built from scratch, summaries, effective dates and the registry.
class TestThingTypes : public QObject
{
    Q_OBJECT

    XsdValidator m_validator;

    QString problems(const Thing &thing)
    {
        const ThingTypeInfo *type = ThingTypeRegistry::find(thing.typeId());
        if (!type)
            return QStringLiteral("unknown type");
        return m_validator.validate(*thing.dataRoot(), *type);
    }

private slots:
    void registryKnowsTheTypes()
    {
        QCOMPARE(ThingTypeRegistry::all().size(), 109);
        const ThingTypeInfo *weight = ThingTypeRegistry::find(Weight::typeId());
        QVERIFY(weight);
        QCOMPARE(weight->name, u"Weight");
        QCOMPARE(weight->rootElement, u"weight");
        QCOMPARE(weight->schemaNamespace, u"urn:com.microsoft.wc.thing.weight");
        QVERIFY(weight->hasTypedClass);
        // Upper-case ids in the reference compare equal.
        QVERIFY(
            ThingTypeRegistry::find(QUuid::fromString(u"4B18AEB6-5F01-444C-8C70-DBF13A2F510B")));
        QCOMPARE(ThingTypeRegistry::newestVersion(Medication::olderTypeIds().first())->id,
            Medication::typeId());
        QCOMPARE(ThingTypeRegistry::newestVersion(Medication::typeId())->id, Medication::typeId());
        QVERIFY(!ThingTypeRegistry::find(QUuid::createUuid()));
        int typed = 0;
        for (const ThingTypeInfo &type : ThingTypeRegistry::all())
            typed += type.hasTypedClass ? 1 : 0;
        QCOMPARE(typed, 35);
    }

    void weight()
    {
        REQUIRE_SAMPLES();
        const auto weight = Weight::fromThing(sample("3d34d87e-7fc1-4153-800f-f56592cb0d17"));
        QVERIFY(weight);
        QCOMPARE(weight->value().kilograms(), 60.0);
        QCOMPARE(weight->value().display->value, 132.0);
        QCOMPARE(weight->value().display->units, u"lb");
        QCOMPARE(weight->when().date, QDate(1990, 1, 1));
        QCOMPARE(*weight->when().time, QTime(1, 0));
        QCOMPARE(weight->summary(), u"132 lb");
        QCOMPARE(ThingTypeRegistry::effectiveDate(weight->thing()),
            QDateTime(QDate(1990, 1, 1), QTime(1, 0)));

        Weight fresh;
        fresh.setValue(WeightValue::fromUnit(160, MassUnit::Pound));
        fresh.setWhen(kWhen);
        QVERIFY(fresh.thing().dataXml().startsWith("<weight><when><date><y>2024</y>"));
        QCOMPARE(problems(fresh.thing()), QString());
        QCOMPARE(ThingTypeRegistry::summary(fresh.thing()), u"160 lb");
        const auto reread = Weight::fromThing(*Thing::fromXml(fresh.thing().toXml()));
        QVERIFY(qAbs(reread->value().kilograms() - 72.5747792) < 1e-9);
        QCOMPARE(reread->summary(), u"160 lb");
        QVERIFY(!Height::fromThing(fresh.thing()));

        // The schema check does fail: a weight needs a value.
        Weight incomplete;
        incomplete.setWhen(kWhen);
        QVERIFY(problems(incomplete.thing()).contains(u"value"));
    }

    void keepsUnknownElementsWhenSetting()
    {
        auto thing = Thing::fromDataXml(Weight::typeId(),
            "<weight><when><date><y>2020</y><m>1</m><d>2</d></date>"
            "</when><value><kg>70</kg></value><x-future a=\"1\"/>"
            "</weight><common><note>kept</note></common>");
        auto weight = Weight::fromThing(*thing);
        weight->setValue(WeightValue::fromUnit(71, MassUnit::Kilogram));
        QCOMPARE(weight->thing().dataXml(),
            QByteArray("<weight><when><date><y>2020</y><m>1</m><d>2</d></date></when>"
                       "<value><kg>71</kg><display units=\"kg\" units-code=\"kg\">71</display>"
                       "</value><x-future a=\"1\"/></weight><common><note>kept</note></common>"));
    }

    void heightBloodPressureGlucoseHeartRate()
    {
        REQUIRE_SAMPLES();
        const auto height = Height::fromThing(sample("40750a6a-89b2-455c-bd8d-b420a4cb500b"));
        QCOMPARE(height->value().meters(), 1.8);
        QCOMPARE(height->summary(), u"6 feets");
        const auto bp = BloodPressure::fromThing(sample("ca3c57f4-f4c1-4e15-be67-0a3caf5414ed"));
        QCOMPARE(bp->systolic(), 115);
        QCOMPARE(bp->diastolic(), 76);
        QCOMPARE(bp->pulse(), 80);
        QCOMPARE(bp->irregularHeartbeat(), false);
        QCOMPARE(bp->summary(), u"115/76 mmHg");
        const auto glucose
            = BloodGlucose::fromThing(sample("879e7c04-4e8a-4707-9ad3-b054df467ce4"));
        QCOMPARE(glucose->value().mmolPerL(), 7.444444);
        QCOMPARE(glucose->measurementType().text, u"Whole blood");
        const auto rate = HeartRate::fromThing(sample("b81eb4a6-6eac-4292-ae93-3872d6870994"));
        QCOMPARE(rate->beatsPerMinute(), 76);
        QCOMPARE(rate->summary(), u"76 bpm");

        Height h;
        h.setWhen(kWhen);
        h.setValue(LengthValue::fromUnit(70, LengthUnit::Inch));
        QCOMPARE(problems(h.thing()), QString());
        QCOMPARE(h.summary(), u"70 in");
        BloodPressure p;
        p.setPulse(61);
        p.setDiastolic(80);
        p.setSystolic(120);
        p.setWhen(kWhen);
        QCOMPARE(problems(p.thing()), QString());
        QCOMPARE(p.summary(), u"120/80 mmHg");
        BloodGlucose g;
        g.setWhen(kWhen);
        g.setMeasurementType(CodableValue(QStringLiteral("Plasma")));
        g.setValue(BloodGlucoseValue::fromUnit(99, GlucoseUnit::MilligramPerDeciliter));
        g.setNormalcy(3);
        QCOMPARE(problems(g.thing()), QString());
        QCOMPARE(g.summary(), u"99 mg/dL");
        HeartRate r;
        r.setWhen(kWhen);
        r.setBeatsPerMinute(58);
        QCOMPARE(problems(r.thing()), QString());
    }

    void otherMeasurements()
    {
        REQUIRE_SAMPLES();
        const auto spo2
            = BloodOxygenSaturation::fromThing(sample("3a54f95f-03d8-4f62-815f-f691fc94a500"));
        QCOMPARE(spo2->fraction(), 0.97);
        QCOMPARE(spo2->summary(), u"97 %");
        const auto lipids
            = CholesterolProfile::fromThing(sample("98f76958-e34f-459b-a760-83c1699add38"));
        QCOMPARE(lipids->ldl()->mmolPerL(), 2.331);
        QCOMPARE(lipids->summary().left(28), u"Total 170 mg/dL, LDL 90 mg/d");
        const auto a1c = HbA1C::fromThing(sample("62160199-b80f-4905-a55a-ac4ba825ceae"));
        QCOMPARE(a1c->value().si, 48.0);
        QCOMPARE(a1c->deviceId(), u"12345");
        QCOMPARE(a1c->summary(), u"48 mmol/mol");
        const auto swim = Exercise::fromThing(sample("85a21ddb-db20-4c65-8d30-33c899ccf612"));
        QCOMPARE(swim->activity().text, u"Swimming");
        QCOMPARE(swim->distance()->meters(), 800.0);
        QCOMPARE(swim->durationMinutes(), 47.0);
        QCOMPARE(swim->summary(), u"Swimming, 47 min, 800 meters");
        const auto sleep
            = SleepJournalAm::fromThing(sample("11C52484-7F1A-11DB-AEAC-87D355D89593"));
        QCOMPARE(sleep->sleepMinutes(), 420);
        QCOMPARE(sleep->wakeTime(), QTime(7, 0));
        QCOMPARE(sleep->summary(), u"7 h 0 min asleep");
        const auto vitals = VitalSigns::fromThing(sample("73822612-C15F-4B49-9E65-6AF369E55C65"));
        QCOMPARE(vitals->bodyTemperature()->celsius(), 68.0);

        BloodOxygenSaturation o;
        o.setWhen(kWhen);
        o.setFraction(0.95);
        QCOMPARE(problems(o.thing()), QString());
        CholesterolProfile c;
        c.setWhen(kWhen);
        ConcentrationValue ldl;
        ldl.si = 2.6;
        c.setLdl(ldl);
        QCOMPARE(problems(c.thing()), QString());
        QCOMPARE(c.summary(), u"LDL 2.6 mmol/L");
        HbA1C h;
        h.setWhen(kWhen);
        HbA1CValue value;
        value.si = 53;
        h.setValue(value);
        QCOMPARE(problems(h.thing()), QString());
        Exercise e;
        e.setActivity(CodableValue(QStringLiteral("Running")));
        e.setWhen(ApproxDateTime::fromDate(QDate(2024, 3, 5)));
        e.setDurationMinutes(30);
        e.setDistance(LengthValue::fromUnit(5000, LengthUnit::Meter));
        QCOMPARE(problems(e.thing()), QString());
        SleepJournalAm s;
        s.setWhen(kWhen);
        s.setBedTime(QTime(23, 0));
        s.setWakeTime(QTime(7, 0));
        s.setSleepMinutes(450);
        s.setSettlingMinutes(10);
        s.setWakeState(1);
        QCOMPARE(problems(s.thing()), QString());
        QCOMPARE(s.summary(), u"7 h 30 min asleep");
        VitalSigns v;
        v.setWhen(kWhen);
        v.setBodyTemperature(TemperatureValue::fromUnit(98.6, TemperatureUnit::Fahrenheit));
        QCOMPARE(problems(v.thing()), QString());
        QCOMPARE(v.bodyTemperature()->celsius(), 37.0);
    }

    void medication()
    {
        REQUIRE_SAMPLES();
        const auto ibuprofen
            = Medication::fromThing(sample("30cafccc-047d-4288-94ef-643571f7919d"));
        QVERIFY(ibuprofen);
        QCOMPARE(ibuprofen->name().text, u"Ibuprofen");
        QCOMPARE(ibuprofen->strength()->display, u"600mg");
        QCOMPARE(ibuprofen->strength()->structured.first().value, 600.0);
        QCOMPARE(ibuprofen->route()->code(QStringLiteral("medication-routes"))->value, u"po");
        QCOMPARE(ibuprofen->summary(), u"Ibuprofen 600mg 1 tablet every 8 hours");
        QCOMPARE(ThingTypeRegistry::effectiveDate(ibuprofen->thing()).date(), QDate(2005, 1, 1));

        Medication lisinopril;
        lisinopril.setName(CodableValue(QStringLiteral("Lisinopril"),
            { { QStringLiteral("29046"), QStringLiteral("RxNorm"), QStringLiteral("RxNorm"),
                QString() } }));
        lisinopril.setFrequency(GeneralMeasurement(QStringLiteral("once daily")));
        lisinopril.setStrength(GeneralMeasurement(QStringLiteral("10 mg")));
        lisinopril.setDateStarted(ApproxDateTime::fromDate(QDate(2023, 5, 1)));
        QCOMPARE(problems(lisinopril.thing()), QString());
        QCOMPARE(ThingTypeRegistry::summary(lisinopril.thing()), u"Lisinopril 10 mg once daily");
    }

    void readsMedicationVersion1AsVersion2()
    {
        REQUIRE_SAMPLES();
        const Thing old = sample("5C5F1223-F63C-4464-870C-3E36BA471DEF");
        const auto amoxicillin = Medication::fromThing(old);
        QVERIFY(amoxicillin);
        QCOMPARE(amoxicillin->thing().typeId(), Medication::typeId());
        QCOMPARE(amoxicillin->name().text, u"Amoxicillin");
        QCOMPARE(amoxicillin->dose()->display, u"0.6 combination forms");
        QCOMPARE(amoxicillin->strength()->display, u"20 group");
        QCOMPARE(amoxicillin->frequency()->display, u"0.5 to 0.6 per day.");
        QCOMPARE(amoxicillin->indication()->text, u"Feeling cold still");
        QCOMPARE(amoxicillin->prescribed()->text, u"Prescribed");
        QCOMPARE(amoxicillin->dateDiscontinued()->date->year, 2005);
        QCOMPARE(problems(amoxicillin->thing()), QString());
        // The version 1 XML is still there, whole.
        const auto extensions = amoxicillin->thing().extensions();
        QCOMPARE(extensions.size(), 1);
        QCOMPARE(extensions.first()->attribute(u"source"), u"hearth.original-version");
        const XmlNode *original = extensions.first()->child(u"original");
        QVERIFY(original->child(u"medication")->canonicallyEquals(*old.dataRoot()));
        QCOMPARE(ThingTypeRegistry::summary(old), u"Amoxicillin 20 group 0.5 to 0.6 per day.");
    }

    void clinicalTypes()
    {
        REQUIRE_SAMPLES();
        const auto allergy = Allergy::fromThing(sample("52bf9104-2c5e-4f1f-a66d-552ebcc53df7"));
        QCOMPARE(allergy->name().text, u"allergy other than medicinal agents");
        QCOMPARE(allergy->isNegated(), true);
        QCOMPARE(allergy->treatment()->text, u"Hotwatertreament");
        const auto condition = Condition::fromThing(sample("7ea7a1f9-880b-4bd4-b593-f5660f20eda8"));
        QCOMPARE(condition->name().text, u"High blood pressure ");
        QCOMPARE(condition->stopReason(), u"In Control");
        QCOMPARE(condition->stopDate()->date->year, 2009);
        const auto anthrax
            = Immunization::fromThing(sample("cd3587b5-b6e1-4565-ab3b-1c3ad45eb04f"));
        QCOMPARE(anthrax->name().text, u"Anthrax vaccine");
        const auto amputation
            = Procedure::fromThing(sample("df4db479-a1ba-42a2-8714-2b083b88150f"));
        QCOMPARE(amputation->name().text, u"Amputation");
        QCOMPARE(amputation->summary(), u"Amputation 2005-01-01 06:00");
        const auto fill = MedicationFill::fromThing(sample("167ecf6b-bb54-43f9-a473-507b334907e0"));
        QCOMPARE(fill->daysSupply(), 12);
        QCOMPARE(fill->pharmacy()->name, u"Inter lake pharmacy");
        QCOMPARE(fill->nextRefillDate()->day, 13);

        Allergy a;
        a.setName(CodableValue(QStringLiteral("Penicillin")));
        a.setReaction(CodableValue(QStringLiteral("hives")));
        a.setFirstObserved(ApproxDateTime::fromText(QStringLiteral("as a child")));
        QCOMPARE(problems(a.thing()), QString());
        QCOMPARE(a.summary(), u"Penicillin (hives)");
        Condition c;
        c.setStatus(CodableValue(QStringLiteral("active")));
        c.setName(CodableValue(QStringLiteral("Asthma")));
        c.setOnsetDate(ApproxDateTime::fromDate(QDate(2001, 4, 2)));
        QCOMPARE(problems(c.thing()), QString());
        QCOMPARE(c.summary(), u"Asthma (active)");
        QCOMPARE(ThingTypeRegistry::effectiveDate(c.thing()).date(), QDate(2001, 4, 2));
        Immunization i;
        i.setName(CodableValue(QStringLiteral("Tetanus")));
        i.setAdministrationDate(ApproxDateTime::fromDate(QDate(2019, 1, 1)));
        PersonInfo nurse;
        nurse.name.full = QStringLiteral("Nurse Jo");
        i.setAdministrator(nurse);
        i.setLot(QStringLiteral("A1"));
        QCOMPARE(problems(i.thing()), QString());
        Procedure p;
        p.setName(CodableValue(QStringLiteral("Appendectomy")));
        p.setWhen(ApproxDateTime::fromDate(QDate(2010, 6, 7)));
        QCOMPARE(problems(p.thing()), QString());
        QCOMPARE(p.summary(), u"Appendectomy 2010-06-07");
        MedicationFill f;
        f.setName(CodableValue(QStringLiteral("Amoxicillin")));
        f.setDaysSupply(10);
        QCOMPARE(problems(f.thing()), QString());
    }

    void readsVersion1ImmunizationAndProcedure()
    {
        REQUIRE_SAMPLES();
        const auto adenovirus
            = Immunization::fromThing(sample("3d817dbe-af42-4a9d-a553-d1298b4d08fc"));
        QVERIFY(adenovirus);
        QCOMPARE(adenovirus->thing().typeId(), Immunization::typeId());
        QCOMPARE(adenovirus->name().text, u"adenovirus vaccine, type 7, live, oral");
        QVERIFY(adenovirus->manufacturer());
        QCOMPARE(problems(adenovirus->thing()), QString());
        const auto amputation
            = Procedure::fromThing(sample("0A5F9A43-DC88-4E9F-890F-1F9159B76E7B"));
        QVERIFY(amputation);
        QCOMPARE(amputation->name().text, u"Amputation");
        QCOMPARE(amputation->when()->date->year, 2005);
        QCOMPARE(*amputation->when()->time, QTime(6, 0));
        QCOMPARE(problems(amputation->thing()), QString());
    }

    void labResults()
    {
        REQUIRE_SAMPLES();
        const auto labs = LabTestResults::fromThing(sample("5800eab5-a8c2-482a-a4d6-f1db25ae08c3"));
        QVERIFY(labs);
        const auto results = labs->results();
        QVERIFY(!results.isEmpty());
        QVERIFY(labs->summary().contains(u"results") || labs->summary().contains(u"result"));

        LabTestResults fresh;
        LabTestResult hemoglobin;
        hemoglobin.name = QStringLiteral("Hemoglobin");
        hemoglobin.measurement = GeneralMeasurement(QStringLiteral("13.5 g/dL"));
        LabTestResult platelets;
        platelets.name = QStringLiteral("Platelets");
        fresh.addGroup(
            CodableValue(QStringLiteral("Complete blood count")), { hemoglobin, platelets });
        fresh.setWhen(ApproxDateTime::fromDate(QDate(2024, 2, 1)));
        QCOMPARE(problems(fresh.thing()), QString());
        QCOMPARE(fresh.results().size(), 2);
        QCOMPARE(fresh.results().first().measurement->display, u"13.5 g/dL");
        QCOMPARE(fresh.summary(), u"Complete blood count (2 results)");
    }

    void fileAndPicture()
    {
        REQUIRE_SAMPLES();
        const auto file = File::fromThing(sample("bd0403c5-4ae2-4b0e-a8db-1888678e4528"));
        QCOMPARE(file->name(), u"HVCCTest.xml");
        QCOMPARE(file->size(), 20000);
        QVERIFY(PersonalImage::fromThing(sample("a5294488-f865-4ce3-92fa-187cd3b58930")));

        File f;
        f.setContent(QStringLiteral("report.pdf"), QByteArray("%PDF-1.4 ..."),
            QStringLiteral("application/pdf"));
        QCOMPARE(problems(f.thing()), QString());
        const auto reread = File::fromThing(*Thing::fromXml(f.thing().toXml()));
        QCOMPARE(reread->content(), QByteArray("%PDF-1.4 ..."));
        QCOMPARE(reread->size(), 12);
        QCOMPARE(reread->thing().blobs().first().contentType, u"application/pdf");
        PersonalImage picture;
        picture.setImage(QByteArray("\x89PNG", 4), QStringLiteral("image/png"));
        QCOMPARE(problems(picture.thing()), QString());
        QCOMPARE(picture.image().inlineData, QByteArray("\x89PNG", 4));
    }

    void documentsAndImaging()
    {
        REQUIRE_SAMPLES();
        const auto ccr = Ccr::fromThing(sample("1e1ccbfc-a55d-4d91-8940-fa2fbf73c195"));
        QVERIFY(ccr);
        QVERIFY(ccr->summary().startsWith(u"Continuity of Care Record"));
        QVERIFY(ccr->documentXml().size() > 30000);
        const auto ccd = Ccd::fromThing(sample("9c48a2b8-952c-4f5a-935d-f3292326bf54"));
        QVERIFY(ccd);
        QVERIFY(!ccd->summary().isEmpty());
        const auto study
            = MedicalImageStudy::fromThing(sample("cdfc0a9b-6d3b-4d16-afa8-02b86d621a8d"));
        QCOMPARE(study->patientName(), u"MUNDAY LETICIA");
        QCOMPARE(study->description(), u"Study of head");
        QVERIFY(study->seriesCount() >= 1);
        QCOMPARE(study->summary(), u"Study of head 2009-01-08");
    }

    void peopleAndDemographics()
    {
        REQUIRE_SAMPLES();
        const auto contact = Contact::fromThing(sample("25c94a9f-9d3d-4576-96dc-6791178a8143"));
        QCOMPARE(contact->person().name.full, u"John Mc Kense");
        const auto basic
            = BasicDemographics::fromThing(sample("3b3e6b16-eb69-483c-8d7e-dfe116ae6092"));
        QCOMPARE(basic->gender(), u"m");
        QCOMPARE(basic->birthYear(), 1974);
        QCOMPARE(basic->postcode(), u"98102");
        QCOMPARE(basic->summary(), u"m, 1974");
        const auto app = AppSpecific::fromThing(sample("a5033c9d-08cf-4204-9bd3-cb412ce39fc0"));
        QCOMPARE(app->formatAppId(), u"MyAppName");

        Contact doctor;
        PersonInfo person;
        person.name.full = QStringLiteral("Dr. Ada Smith");
        person.organization = QStringLiteral("Clinic");
        ContactInfo reach;
        reach.phones.append({ QString(), true, QStringLiteral("555-0100") });
        person.contact = reach;
        doctor.setPerson(person);
        QCOMPARE(problems(doctor.thing()), QString());
        QCOMPARE(doctor.summary(), u"Dr. Ada Smith (Clinic)");
        PersonalContactInformation mine;
        ContactInfo info;
        info.emails.append({ QString(), std::nullopt, QStringLiteral("me@example.org") });
        mine.setContact(info);
        QCOMPARE(problems(mine.thing()), QString());
        BasicDemographics b;
        b.setBirthYear(1980);
        b.setGender(QStringLiteral("f"));
        QCOMPARE(problems(b.thing()), QString());
        PersonalDemographics p;
        PersonName name;
        name.full = QStringLiteral("Jane Doe");
        p.setName(name);
        p.setBirthDate(HealthDateTime(QDate(1980, 2, 3)));
        p.setIsVeteran(false);
        QCOMPARE(problems(p.thing()), QString());
        QCOMPARE(p.summary(), u"Jane Doe, 1980-02-03");
    }

    void goalsPlansTasksAndCustomData()
    {
        REQUIRE_SAMPLES();
        HealthGoal goal;
        goal.setName(CodableValue(QStringLiteral("Walk more")));
        goal.setStartDate(ApproxDateTime::fromDate(QDate(2024, 1, 1)));
        QCOMPARE(problems(goal.thing()), QString());
        Plan plan;
        plan.setName(QStringLiteral("Sleep better"));
        plan.setStatus(QStringLiteral("InProgress"));
        plan.setCategory(QStringLiteral("Sleep"));
        plan.addObjective(QUuid::fromString(u"5f1e7a2c-38a5-4d6b-9b0c-0c7b6f7a1d11"),
            QStringLiteral("Bed by 11"), QStringLiteral("Every night"), QStringLiteral("Active"));
        QCOMPARE(problems(plan.thing()), QString());
        QCOMPARE(plan.objectiveNames(), QStringList { QStringLiteral("Bed by 11") });
        Task task;
        task.setName(QStringLiteral("Lights out"));
        task.setDateStarted(kWhen);
        task.setShortDescription(QStringLiteral("Lights out at 11"));
        task.setLongDescription(QStringLiteral("Turn the lights out at 11 pm."));
        task.setStatus(QStringLiteral("InProgress"));
        QCOMPARE(problems(task.thing()), QString());
        AppSpecific custom;
        custom.setFormatAppId(QStringLiteral("hearth"));
        custom.setFormatTag(QStringLiteral("mood"));
        custom.setSummaryText(QStringLiteral("Mood: good"));
        XmlNode mood(QStringLiteral("mood"));
        mood.setText(QStringLiteral("good"));
        custom.appendCustomElement(mood);
        QCOMPARE(problems(custom.thing()), QString());
        QCOMPARE(custom.customElements().size(), 1);
        QCOMPARE(custom.summary(), u"Mood: good");
    }

    void effectiveDateFallsBackToCreated()
    {
        Thing thing;
        thing.setTypeId(QUuid::fromString(u"bd0403c5-4ae2-4b0e-a8db-1888678e4528"));
        QVERIFY(thing.setDataXml("<file><name>a</name><size>1</size></file>"));
        QVERIFY(!ThingTypeRegistry::effectiveDate(thing).isValid());
        ThingAudit created;
        created.timestamp = QDateTime(QDate(2022, 8, 9), QTime(10, 0), Qt::UTC);
        thing.setCreated(created);
        QCOMPARE(ThingTypeRegistry::effectiveDate(thing), created.timestamp);
        QCOMPARE(ThingTypeRegistry::summary(thing), u"a (1 bytes)");
    }
};

QTEST_GUILESS_MAIN(TestThingTypes)
#include "tst_thingtypes.moc"
