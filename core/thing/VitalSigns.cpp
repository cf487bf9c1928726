#include "core/thing/VitalSigns.h"

#include "core/thing/Units.h"

#include <QStringList>

namespace hearth {

QUuid VitalSigns::typeId()
{
    return QUuid::fromString(u"73822612-c15f-4b49-9e65-6af369e55c65");
}

VitalSigns::VitalSigns()
    : TypedThing(typeId(), QStringLiteral("vital-signs"))
{ }

std::optional<VitalSigns> VitalSigns::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"vital-signs"))
        return std::nullopt;
    return VitalSigns(std::move(thing));
}

const XmlOrder &VitalSigns::order() const
{
    static const XmlOrder order = {
        QLatin1String("when"),
        QLatin1String("vital-signs-results"),
        QLatin1String("site"),
        QLatin1String("position"),
    };
    return order;
}

HealthDateTime VitalSigns::when() const
{
    return readValue<HealthDateTime>(u"when").value_or(HealthDateTime());
}

void VitalSigns::setWhen(const HealthDateTime &value)
{
    writeValue(QStringLiteral("when"), value);
}

QString VitalSigns::site() const
{
    return text(u"site");
}

void VitalSigns::setSite(const QString &value)
{
    setText(QStringLiteral("site"), value);
}

QString VitalSigns::position() const
{
    return text(u"position");
}

void VitalSigns::setPosition(const QString &value)
{
    setText(QStringLiteral("position"), value);
}

QList<VitalSignResult> VitalSigns::results() const
{
    QList<VitalSignResult> out;
    for (const XmlNode *node : root().childElements(u"vital-signs-results")) {
        VitalSignResult result;
        if (const XmlNode *title = node->child(u"title"))
            result.title = CodableValue::read(*title);
        bool ok = false;
        const double value = node->childText(u"value").trimmed().toDouble(&ok);
        if (ok)
            result.value = value;
        if (const XmlNode *unit = node->child(u"unit"))
            result.unit = CodableValue::read(*unit);
        out.append(result);
    }
    return out;
}

void VitalSigns::addResult(const VitalSignResult &result)
{
    XmlNode node(QStringLiteral("vital-signs-results"));
    result.title.writeTo(node.appendChild(XmlNode(QStringLiteral("title"))));
    if (result.value)
        node.appendChild(XmlNode(QStringLiteral("value")))
            .setText(Units::formatNumber(*result.value));
    if (result.unit)
        result.unit->writeTo(node.appendChild(XmlNode(QStringLiteral("unit"))));
    root().insertChild(std::move(node), order());
}

std::optional<TemperatureValue> VitalSigns::bodyTemperature() const
{
    for (const VitalSignResult &result : results()) {
        const CodedValue *code = result.title.code(QStringLiteral("vital-statistics"));
        if (!code || code->value != u"Tmp" || !result.value)
            continue;
        const QString unit = result.unit ? result.unit->text : QString();
        const TemperatureUnit scale
            = Units::temperatureUnit(unit).value_or(TemperatureUnit::Celsius);
        TemperatureValue temperature = TemperatureValue::fromUnit(*result.value, scale);
        return temperature;
    }
    return std::nullopt;
}

void VitalSigns::setBodyTemperature(const TemperatureValue &temperature)
{
    VitalSignResult result;
    result.title = CodableValue(QStringLiteral("Temperature"),
        { { QStringLiteral("Tmp"), QStringLiteral("wc"), QStringLiteral("vital-statistics"),
            QStringLiteral("1") } });
    result.value = temperature.celsius();
    result.unit = CodableValue(QStringLiteral("celsius"),
        { { QStringLiteral("Cel"), QStringLiteral("wc"), QStringLiteral("lab-results-units"),
            QStringLiteral("1") } });
    addResult(result);
}

QString VitalSigns::summary() const
{
    QStringList parts;
    for (const VitalSignResult &result : results()) {
        QString part = result.title.text;
        if (result.value)
            part += u' ' + Units::formatNumber(*result.value);
        if (result.unit)
            part += u' ' + result.unit->text;
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace hearth
