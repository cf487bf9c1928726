#include "core/thing/AppSpecific.h"

namespace hearth {

QUuid AppSpecific::typeId()
{
    return QUuid::fromString(u"a5033c9d-08cf-4204-9bd3-cb412ce39fc0");
}

AppSpecific::AppSpecific()
    : TypedThing(typeId(), QStringLiteral("app-specific"))
{ }

std::optional<AppSpecific> AppSpecific::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"app-specific"))
        return std::nullopt;
    return AppSpecific(std::move(thing));
}

const XmlOrder &AppSpecific::order() const
{
    static const XmlOrder order = {
        QLatin1String("format-appid"),
        QLatin1String("format-tag"),
        QLatin1String("when"),
        QLatin1String("summary"),
    };
    return order;
}

QString AppSpecific::formatAppId() const
{
    return text(u"format-appid");
}

void AppSpecific::setFormatAppId(const QString &value)
{
    setText(QStringLiteral("format-appid"), value);
}

QString AppSpecific::formatTag() const
{
    return text(u"format-tag");
}

void AppSpecific::setFormatTag(const QString &value)
{
    setText(QStringLiteral("format-tag"), value);
}

std::optional<HealthDateTime> AppSpecific::when() const
{
    return readValue<HealthDateTime>(u"when");
}

void AppSpecific::setWhen(const std::optional<HealthDateTime> &value)
{
    writeValue(QStringLiteral("when"), value);
}

QString AppSpecific::summaryText() const
{
    return text(u"summary");
}

void AppSpecific::setSummaryText(const QString &value)
{
    setText(QStringLiteral("summary"), value);
}

QList<const XmlNode *> AppSpecific::customElements() const
{
    QList<const XmlNode *> custom;
    for (const XmlNode &child : root().children()) {
        if (child.isElement() && !order().contains(QLatin1String(child.name().toLatin1())))
            custom.append(&child);
    }
    return custom;
}

void AppSpecific::appendCustomElement(XmlNode element)
{
    root().appendChild(std::move(element));
}

QString AppSpecific::summary() const
{
    return summaryText();
}

} // namespace hearth
