#include "server/api/DataXmlValidator.h"

#include "core/thing/Allergy.h"
#include "core/thing/AppSpecific.h"
#include "core/thing/BloodGlucose.h"
#include "core/thing/BloodOxygenSaturation.h"
#include "core/thing/BloodPressure.h"
#include "core/thing/CholesterolProfile.h"
#include "core/thing/Condition.h"
#include "core/thing/Exercise.h"
#include "core/thing/File.h"
#include "core/thing/HbA1C.h"
#include "core/thing/HeartRate.h"
#include "core/thing/Height.h"
#include "core/thing/Immunization.h"
#include "core/thing/Medication.h"
#include "core/thing/PersonalImage.h"
#include "core/thing/Procedure.h"
#include "core/thing/SleepJournalAm.h"
#include "core/thing/VitalSigns.h"
#include "core/thing/Weight.h"
#include "core/thing/XmlNode.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QXmlStreamWriter>

#include <cmath>
#include <deque>
#include <limits>

namespace hearth::vault {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr int kUnbounded = -1;

enum class Value { String, Double, Int, Long, Boolean };

struct Type;

// One element of a sequence or choice with its occurrence bounds.
struct Particle
{
    QString name;
    int min = 1;
    int max = 1; // kUnbounded: any number
    const Type *type = nullptr;
};

// An element's content model: a simple value, a sequence or a choice of
// elements, nothing, or anything (content Hearth does not check).
struct Type
{
    enum class Content { Simple, Sequence, Choice, Empty, Any };
    Content content = Content::Simple;
    Value value = Value::String;
    double minimum = -kInfinity;
    bool minimumExclusive = false;
    double maximum = kInfinity;
    QList<Particle> particles;
    QStringList requiredAttributes;
    bool openTail = false; // any elements may follow the sequence
};

Particle one(const char *name, const Type *type)
{
    return { QString::fromLatin1(name), 1, 1, type };
}

Particle optional(const char *name, const Type *type)
{
    return { QString::fromLatin1(name), 0, 1, type };
}

Particle many(const char *name, const Type *type, int min = 0)
{
    return { QString::fromLatin1(name), min, kUnbounded, type };
}

// The content models of the typed thing types and the shared value types
// they use, following core/thing's classes (which follow the official type
// schemas). Built once.
class Definitions
{
public:
    static const Definitions &instance()
    {
        static const Definitions definitions;
        return definitions;
    }

    const QPair<QString, const Type *> *find(const QUuid &typeId) const
    {
        auto it = m_roots.constFind(typeId);
        return it == m_roots.constEnd() ? nullptr : &*it;
    }

private:
    Definitions();

    const Type *make(Type type)
    {
        m_types.push_back(std::move(type));
        return &m_types.back();
    }
    const Type *simple(Value value, double minimum = -kInfinity, double maximum = kInfinity,
        bool minimumExclusive = false)
    {
        Type type;
        type.value = value;
        type.minimum = minimum;
        type.maximum = maximum;
        type.minimumExclusive = minimumExclusive;
        return make(type);
    }
    const Type *sequence(QList<Particle> particles, bool openTail = false)
    {
        Type type;
        type.content = Type::Content::Sequence;
        type.particles = std::move(particles);
        type.openTail = openTail;
        return make(type);
    }
    const Type *choice(QList<Particle> particles)
    {
        Type type;
        type.content = Type::Content::Choice;
        type.particles = std::move(particles);
        return make(type);
    }
    void root(const QUuid &typeId, const char *name, const Type *type)
    {
        m_roots.insert(typeId, { QString::fromLatin1(name), type });
    }

    std::deque<Type> m_types;
    QHash<QUuid, QPair<QString, const Type *>> m_roots;
};

Definitions::Definitions()
{
    const Type *string = simple(Value::String);
    const Type *number = simple(Value::Double);
    const Type *nonNegativeDouble = simple(Value::Double, 0);
    const Type *positiveDouble = simple(Value::Double, 0, kInfinity, true);
    const Type *percentage = simple(Value::Double, 0, 1);
    const Type *nonNegativeInt = simple(Value::Int, 0);
    const Type *positiveInt = simple(Value::Int, 1);
    const Type *oneToFive = simple(Value::Int, 1, 5);
    const Type *boolean = simple(Value::Boolean);
    Type anyType;
    anyType.content = Type::Content::Any;
    const Type *any = make(anyType);
    Type emptyType;
    emptyType.content = Type::Content::Empty;
    const Type *empty = make(emptyType);

    // base.xsd and dates.xsd value types.
    const Type *codedValue = sequence({ one("value", string), optional("family", string),
        one("type", string), optional("version", string) });
    const Type *codableValue = sequence({ one("text", string), many("code", codedValue) });
    Type displayType;
    displayType.value = Value::Double;
    displayType.requiredAttributes = { QStringLiteral("units") };
    const Type *displayValue = make(displayType);
    const Type *date = sequence({ one("y", simple(Value::Int, 1000, 9999)),
        one("m", simple(Value::Int, 1, 12)), one("d", simple(Value::Int, 1, 31)) });
    const Type *time
        = sequence({ one("h", simple(Value::Int, 0, 23)), one("m", simple(Value::Int, 0, 59)),
            optional("s", simple(Value::Int, 0, 59)), optional("f", simple(Value::Int, 0, 999)) });
    const Type *dateTime
        = sequence({ one("date", date), optional("time", time), optional("tz", codableValue) });
    const Type *approxDate = sequence({ one("y", simple(Value::Int, 1000, 9999)),
        optional("m", simple(Value::Int, 1, 12)), optional("d", simple(Value::Int, 1, 31)) });
    const Type *approxDateTime
        = choice({ one("structured",
                       sequence({ one("date", approxDate), optional("time", time),
                           optional("tz", codableValue) })),
            one("descriptive", string) });
    auto siValue = [&](const char *element, const Type *valueType) {
        return sequence({ one(element, valueType), optional("display", displayValue) });
    };
    const Type *structuredMeasurement
        = sequence({ one("value", number), one("units", codableValue) });
    const Type *generalMeasurement
        = sequence({ one("display", string), many("structured", structuredMeasurement) });
    const Type *name = sequence({ one("full", string), optional("title", codableValue),
        optional("first", string), optional("middle", string), optional("last", string),
        optional("suffix", codableValue) });
    const Type *person = sequence({ one("name", name), optional("organization", string),
        optional("professional-training", string), optional("id", string), optional("contact", any),
        optional("type", codableValue) });

    root(Weight::typeId(), "weight",
        sequence({ one("when", dateTime), one("value", siValue("kg", nonNegativeDouble)) }));
    root(Height::typeId(), "height",
        sequence({ one("when", dateTime), one("value", siValue("m", positiveDouble)) }));
    root(BloodPressure::typeId(), "blood-pressure",
        sequence({ one("when", dateTime), one("systolic", nonNegativeInt),
            one("diastolic", nonNegativeInt), optional("pulse", nonNegativeInt),
            optional("irregular-heartbeat", boolean) }));
    root(BloodGlucose::typeId(), "blood-glucose",
        sequence({ one("when", dateTime), one("value", siValue("mmolPerL", positiveDouble)),
            one("glucose-measurement-type", codableValue),
            optional("outside-operating-temp", boolean), optional("is-control-test", boolean),
            optional("normalcy", oneToFive), optional("measurement-context", codableValue) }));
    root(HeartRate::typeId(), "heart-rate",
        sequence({ one("when", dateTime), one("value", nonNegativeInt),
            optional("measurement-method", codableValue),
            optional("measurement-conditions", codableValue),
            optional("measurement-flags", codableValue) }));
    root(BloodOxygenSaturation::typeId(), "blood-oxygen-saturation",
        sequence({ one("when", dateTime), one("value", percentage),
            optional("measurement-method", codableValue),
            optional("measurement-flags", codableValue) }));
    const Type *concentration = siValue("mmolPerL", nonNegativeDouble);
    root(CholesterolProfile::typeId(), "cholesterol-profile",
        sequence({ one("when", dateTime), optional("ldl", concentration),
            optional("hdl", concentration), optional("total-cholesterol", concentration),
            optional("triglyceride", concentration) }));
    root(HbA1C::typeId(), "HbA1C",
        sequence({ one("when", dateTime), one("value", siValue("mmol-per-mol", number)),
            optional("HbA1C-assay-method", codableValue), optional("device-id", string) }));
    root(VitalSigns::typeId(), "vital-signs",
        sequence({ one("when", dateTime),
            many("vital-signs-results",
                sequence({ one("title", codableValue), optional("value", number),
                    optional("unit", codableValue), optional("reference-minimum", number),
                    optional("reference-maximum", number), optional("text-value", string),
                    optional("flag", codableValue) })),
            optional("site", string), optional("position", string) }));
    const Type *prescription = sequence({ one("prescribed-by", person),
        optional("date-prescribed", approxDateTime),
        optional("amount-prescribed", generalMeasurement), optional("substitution", codableValue),
        optional("refills", nonNegativeInt), optional("days-supply", positiveInt),
        optional("prescription-expiration", date), optional("instructions", codableValue) });
    root(Medication::typeId(), "medication",
        sequence({ one("name", codableValue), optional("generic-name", codableValue),
            optional("dose", generalMeasurement), optional("strength", generalMeasurement),
            optional("frequency", generalMeasurement), optional("route", codableValue),
            optional("indication", codableValue), optional("date-started", approxDateTime),
            optional("date-discontinued", approxDateTime), optional("prescribed", codableValue),
            optional("prescription", prescription) }));
    root(Allergy::typeId(), "allergy",
        sequence({ one("name", codableValue), optional("reaction", codableValue),
            optional("first-observed", approxDateTime), optional("allergen-type", codableValue),
            optional("allergen-code", codableValue), optional("treatment-provider", person),
            optional("treatment", codableValue), optional("is-negated", boolean) }));
    root(Condition::typeId(), "condition",
        sequence({ one("name", codableValue), optional("onset-date", approxDateTime),
            optional("status", codableValue), optional("stop-date", approxDateTime),
            optional("stop-reason", string) }));
    root(Immunization::typeId(), "immunization",
        sequence({ one("name", codableValue), optional("administration-date", approxDateTime),
            optional("administrator", person), optional("manufacturer", codableValue),
            optional("lot", string), optional("route", codableValue),
            optional("expiration-date", approxDate), optional("sequence", string),
            optional("anatomic-surface", codableValue), optional("adverse-event", string),
            optional("consent", string) }));
    root(Procedure::typeId(), "procedure",
        sequence({ optional("when", approxDateTime), one("name", codableValue),
            optional("anatomic-location", codableValue), optional("primary-provider", person),
            optional("secondary-provider", person) }));
    const Type *detail = sequence({ one("name", codedValue), one("value", structuredMeasurement) });
    const Type *distance = siValue("m", positiveDouble);
    const Type *segment = sequence({ one("activity", codableValue), optional("title", string),
        optional("distance", distance), optional("duration", positiveDouble),
        optional("offset", nonNegativeDouble), many("detail", detail) });
    root(Exercise::typeId(), "exercise",
        sequence(
            { one("when", approxDateTime), one("activity", codableValue), optional("title", string),
                optional("distance", distance), optional("duration", positiveDouble),
                many("detail", detail), many("segment", segment) }));
    root(SleepJournalAm::typeId(), "sleep-am",
        sequence({ one("when", dateTime), one("bed-time", time), one("wake-time", time),
            one("sleep-minutes", nonNegativeInt), one("settling-minutes", nonNegativeInt),
            many("awakening", sequence({ one("when", time), one("minutes", nonNegativeInt) })),
            optional("medications", codableValue), one("wake-state", simple(Value::Int, 1, 3)),
            optional("times-woken-up", nonNegativeInt),
            optional("average-resting-hr", nonNegativeInt),
            optional("calories-burned", nonNegativeInt), optional("awake-minutes", nonNegativeInt),
            optional("sleep-phase-summary-group",
                sequence({ many("sleep-phase-summary",
                    sequence({ one("phase", codableValue), one("minutes", nonNegativeInt) }),
                    1) })) }));
    // file.xsd says positiveInteger; Hearth stores empty files (size 0) and
    // files beyond 2 GiB.
    root(File::typeId(), "file",
        sequence({ one("name", string), one("size", simple(Value::Long, 0)),
            optional("content-type", codableValue) }));
    root(PersonalImage::typeId(), "personal-image", empty);
    root(AppSpecific::typeId(), "app-specific",
        sequence({ one("format-appid", string), one("format-tag", string),
                     optional("when", dateTime), one("summary", string) },
            true));
}

constexpr auto kXs = "http://www.w3.org/2001/XMLSchema";

void writeType(QXmlStreamWriter &w, const Type &type);

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

// An element declaration with its content model inline.
void writeElement(QXmlStreamWriter &w, const QString &name, const Type &type, int min, int max,
    bool global = false)
{
    w.writeStartElement(QLatin1String(kXs), QStringLiteral("element"));
    w.writeAttribute(QStringLiteral("name"), name);
    if (!global) {
        if (min != 1)
            w.writeAttribute(QStringLiteral("minOccurs"), QString::number(min));
        if (max != 1)
            w.writeAttribute(QStringLiteral("maxOccurs"),
                max == kUnbounded ? QStringLiteral("unbounded") : QString::number(max));
    }
    writeType(w, type);
    w.writeEndElement();
}

void writeAnyAttribute(QXmlStreamWriter &w)
{
    w.writeEmptyElement(QLatin1String(kXs), QStringLiteral("anyAttribute"));
    w.writeAttribute(QStringLiteral("processContents"), QStringLiteral("skip"));
}

void writeAnyElements(QXmlStreamWriter &w)
{
    w.writeEmptyElement(QLatin1String(kXs), QStringLiteral("any"));
    w.writeAttribute(QStringLiteral("processContents"), QStringLiteral("skip"));
    w.writeAttribute(QStringLiteral("minOccurs"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("maxOccurs"), QStringLiteral("unbounded"));
}

// The simple type of a value, with its range as facets.
void writeSimpleType(QXmlStreamWriter &w, const Type &type, const QString &base)
{
    w.writeStartElement(QLatin1String(kXs), QStringLiteral("simpleType"));
    w.writeStartElement(QLatin1String(kXs), QStringLiteral("restriction"));
    w.writeAttribute(QStringLiteral("base"), base);
    if (type.minimum > -kInfinity) {
        w.writeEmptyElement(QLatin1String(kXs),
            type.minimumExclusive ? QStringLiteral("minExclusive")
                                  : QStringLiteral("minInclusive"));
        w.writeAttribute(QStringLiteral("value"), number(type.minimum));
    }
    if (type.maximum < kInfinity) {
        w.writeEmptyElement(QLatin1String(kXs), QStringLiteral("maxInclusive"));
        w.writeAttribute(QStringLiteral("value"), number(type.maximum));
    }
    w.writeEndElement();
    w.writeEndElement();
}

QString baseOf(Value value)
{
    switch (value) {
    case Value::String:
        return QStringLiteral("xs:string");
    case Value::Double:
        return QStringLiteral("xs:double");
    case Value::Int:
        return QStringLiteral("xs:int");
    case Value::Long:
        return QStringLiteral("xs:long");
    case Value::Boolean:
        return QStringLiteral("xs:boolean");
    }
    return QStringLiteral("xs:string");
}

void writeType(QXmlStreamWriter &w, const Type &type)
{
    const bool ranged = type.minimum > -kInfinity || type.maximum < kInfinity;
    switch (type.content) {
    case Type::Content::Simple:
        if (type.requiredAttributes.isEmpty()) {
            if (ranged)
                writeSimpleType(w, type, baseOf(type.value));
            else
                w.writeAttribute(QStringLiteral("type"), baseOf(type.value));
            return;
        }
        // A value with attributes (display-value): simple content.
        w.writeStartElement(QLatin1String(kXs), QStringLiteral("complexType"));
        w.writeStartElement(QLatin1String(kXs), QStringLiteral("simpleContent"));
        w.writeStartElement(QLatin1String(kXs), QStringLiteral("extension"));
        w.writeAttribute(QStringLiteral("base"), baseOf(type.value));
        for (const QString &attribute : type.requiredAttributes) {
            w.writeEmptyElement(QLatin1String(kXs), QStringLiteral("attribute"));
            w.writeAttribute(QStringLiteral("name"), attribute);
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("xs:string"));
            w.writeAttribute(QStringLiteral("use"), QStringLiteral("required"));
        }
        writeAnyAttribute(w);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        return;
    case Type::Content::Empty:
        w.writeStartElement(QLatin1String(kXs), QStringLiteral("complexType"));
        writeAnyAttribute(w);
        w.writeEndElement();
        return;
    case Type::Content::Any:
        w.writeStartElement(QLatin1String(kXs), QStringLiteral("complexType"));
        w.writeAttribute(QStringLiteral("mixed"), QStringLiteral("true"));
        w.writeStartElement(QLatin1String(kXs), QStringLiteral("sequence"));
        writeAnyElements(w);
        w.writeEndElement();
        writeAnyAttribute(w);
        w.writeEndElement();
        return;
    case Type::Content::Sequence:
    case Type::Content::Choice:
        w.writeStartElement(QLatin1String(kXs), QStringLiteral("complexType"));
        w.writeStartElement(QLatin1String(kXs),
            type.content == Type::Content::Choice ? QStringLiteral("choice")
                                                  : QStringLiteral("sequence"));
        for (const Particle &particle : type.particles)
            writeElement(w, particle.name, *particle.type, particle.min, particle.max);
        if (type.openTail)
            writeAnyElements(w);
        w.writeEndElement();
        writeAnyAttribute(w);
        w.writeEndElement();
        return;
    }
}

QString describe(const QString &path, const QString &problem)
{
    return path + QStringLiteral(": ") + problem;
}

QString checkValue(const QString &text, const Type &type, const QString &path)
{
    const QString value = text.trimmed();
    double number = 0;
    switch (type.value) {
    case Value::String:
        return {};
    case Value::Boolean:
        if (value == QLatin1String("true") || value == QLatin1String("false")
            || value == QLatin1String("1") || value == QLatin1String("0"))
            return {};
        return describe(path, QStringLiteral("\"%1\" is not true or false").arg(value.left(40)));
    case Value::Long: {
        bool ok = false;
        number = double(value.toLongLong(&ok));
        if (!ok)
            return describe(
                path, QStringLiteral("\"%1\" is not a whole number").arg(value.left(40)));
        break;
    }
    case Value::Int: {
        bool ok = false;
        number = value.toInt(&ok);
        if (!ok)
            return describe(
                path, QStringLiteral("\"%1\" is not a whole number").arg(value.left(40)));
        break;
    }
    case Value::Double: {
        bool ok = false;
        number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return describe(path, QStringLiteral("\"%1\" is not a number").arg(value.left(40)));
        break;
    }
    }
    const bool belowMinimum
        = type.minimumExclusive ? number <= type.minimum : number < type.minimum;
    if (belowMinimum || number > type.maximum)
        return describe(path, QStringLiteral("%1 is out of range").arg(value.left(40)));
    return {};
}

QString checkElement(const XmlNode &element, const Type &type, const QString &path);

QString checkChildren(const XmlNode &element, const Type &type, const QString &path)
{
    QList<const XmlNode *> children;
    for (const XmlNode &child : element.children()) {
        if (child.isElement())
            children << &child;
        else if (child.isText() && !child.value().trimmed().isEmpty())
            return describe(path, QStringLiteral("text is not allowed here"));
    }
    if (type.content == Type::Content::Choice) {
        if (children.size() != 1)
            return describe(path, QStringLiteral("needs exactly one of its choices"));
        for (const Particle &particle : type.particles) {
            if (particle.name == children.first()->name())
                return checkElement(
                    *children.first(), *particle.type, path + QLatin1Char('/') + particle.name);
        }
        return describe(
            path, QStringLiteral("unexpected element <%1>").arg(children.first()->name()));
    }
    // A sequence: every particle in order, each within its bounds.
    int index = 0;
    int count = 0;
    for (const XmlNode *child : std::as_const(children)) {
        while (index < type.particles.size() && type.particles[index].name != child->name()) {
            if (count < type.particles[index].min)
                return describe(
                    path, QStringLiteral("<%1> is missing").arg(type.particles[index].name));
            ++index;
            count = 0;
        }
        if (index == type.particles.size()) {
            if (type.openTail)
                return {};
            return describe(path,
                QStringLiteral("unexpected element <%1> (unknown or out of order)")
                    .arg(child->name()));
        }
        const Particle &particle = type.particles[index];
        ++count;
        if (particle.max != kUnbounded && count > particle.max)
            return describe(path, QStringLiteral("<%1> occurs too often").arg(particle.name));
        const QString problem
            = checkElement(*child, *particle.type, path + QLatin1Char('/') + particle.name);
        if (!problem.isEmpty())
            return problem;
    }
    for (; index < type.particles.size(); ++index, count = 0) {
        if (count < type.particles[index].min)
            return describe(
                path, QStringLiteral("<%1> is missing").arg(type.particles[index].name));
    }
    return {};
}

QString checkElement(const XmlNode &element, const Type &type, const QString &path)
{
    for (const QString &attribute : type.requiredAttributes) {
        if (!element.hasAttribute(attribute))
            return describe(path, QStringLiteral("the attribute %1 is missing").arg(attribute));
    }
    switch (type.content) {
    case Type::Content::Any:
        return {};
    case Type::Content::Empty:
        if (element.childElementCount() > 0 || !element.text().trimmed().isEmpty())
            return describe(path, QStringLiteral("must be empty"));
        return {};
    case Type::Content::Simple:
        if (element.childElementCount() > 0)
            return describe(path, QStringLiteral("must hold a value, not elements"));
        return checkValue(element.text(), type, path);
    case Type::Content::Sequence:
    case Type::Content::Choice:
        return checkChildren(element, type, path);
    }
    return {};
}

} // namespace

bool DataXmlValidator::hasDefinition(const QUuid &typeId)
{
    return Definitions::instance().find(typeId) != nullptr;
}

QString DataXmlValidator::check(const QUuid &typeId, const XmlNode &root)
{
    const auto *definition = Definitions::instance().find(typeId);
    if (!definition)
        return {};
    // A client may put the root into its schema namespace with a prefix.
    const QString rootName = root.name().section(QLatin1Char(':'), -1);
    if (rootName != definition->first)
        return QStringLiteral("the data-xml root must be <%1>, not <%2>")
            .arg(definition->first, rootName);
    return checkElement(root, *definition->second, definition->first);
}

QByteArray DataXmlValidator::schema(const QUuid &typeId, const QString &targetNamespace)
{
    const auto *definition = Definitions::instance().find(typeId);
    if (!definition)
        return {};
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeNamespace(QLatin1String(kXs), QStringLiteral("xs"));
    w.writeStartElement(QLatin1String(kXs), QStringLiteral("schema"));
    w.writeAttribute(QStringLiteral("targetNamespace"), targetNamespace);
    writeElement(w, definition->first, *definition->second, 1, 1, true);
    w.writeEndElement();
    return out;
}

} // namespace hearth::vault
